"""What the command line does with one input: read, decode, parse, render; every error
returned as a message, never raised (a worker process must not die of one bad file)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Final

import attrs

from .atomic import write_atomically
from .decode import MAX_INPUT_BYTES, decode_bytes, read_limited
from .errors import GaoxinParseError
from .model import Issue
from .pipeline import parse_issue
from .render import to_markdown, to_text
from .tei import to_tei

SUFFIXES: Final = {
    "json": ".json",
    "jsonl": ".jsonl",
    "markdown": ".md",
    "text": ".txt",
    "tei": ".xml",
}


@attrs.frozen
class Job:
    """One input: a file (or standard input, ``path is None``) and where its output goes."""

    name: str  #: as shown in messages and in JSONL records
    path: Path | None
    relative: Path  #: output path below ``--output DIR``
    data: bytes | None = None
    error: str | None = None  #: standard input could not be read
    #: with ``--output DIR``: the worker writes the output here itself, whole or not at all
    target: Path | None = None


@attrs.frozen
class Result:
    """What a worker made of one job."""

    name: str
    output: str | None
    error: str | None
    counts: tuple[int, int, int, int] = (0, 0, 0, 0)  #: articles, photos, repairs, nameless
    written: bool = False  #: the worker wrote ``output`` to its job's target
    write_problem: str | None = None  #: why the worker could not write it (the message to show)


def _render(issue: Issue, name: str, fmt: str, compact: bool, title: str | None) -> str:
    if fmt == "json":
        return issue.to_json(indent=None if compact else 2) + "\n"
    if fmt == "jsonl":
        return json.dumps({"path": name, **issue.to_dict()}, ensure_ascii=False) + "\n"
    if fmt == "markdown":
        return to_markdown(issue)
    if fmt == "tei":
        return to_tei(issue, title=title, source=name)
    return to_text(issue)


def work(
    job: Job,
    *,
    fmt: str,
    compact: bool,
    encoding: str | None,
    script: str | None,
    max_bytes: int = MAX_INPUT_BYTES,
    title: str | None = None,
) -> Result:
    """Read, decode, parse and render one job; errors are returned, not raised."""
    if job.error is not None:
        return Result(job.name, None, job.error)
    try:
        data = job.data if job.path is None else read_limited(job.path, max_bytes)
        assert data is not None
        issue = parse_issue(decode_bytes(data, job.name, encoding))
        if script is not None:
            issue = issue.convert(script)
    except GaoxinParseError as error:  # first: NotAFileError is an OSError too
        return Result(job.name, None, str(error).removeprefix(f"{job.name}: "))
    except OSError as error:
        return Result(job.name, None, error.strerror or str(error))
    nameless = sum(1 for a in issue.articles if a.byline is not None and not a.byline.names)
    counts = (len(issue.articles), len(issue.photos), len(issue.repairs), nameless)
    text = _render(issue, job.name, fmt, compact, title)
    if job.target is None:
        return Result(job.name, text, None, counts)
    try:  # written here, the text need not travel back to the parent process
        write_atomically(job.target, text)
    except OSError as error:
        problem = f"gaoxin-parse: {job.target}: cannot write: {error.strerror or error}"
        return Result(job.name, None, "cannot write", counts, write_problem=problem)
    return Result(job.name, None, None, counts, written=True)


def collect(inputs: Sequence[str], pattern: str, stdin: Callable[[], bytes]) -> Iterator[Job]:
    """Jobs for files, folders (recursive, regular files matching ``pattern``) and ``-``."""
    for item in inputs:
        path = Path(item)
        if item == "-":
            try:
                yield Job("-", None, Path("stdin"), stdin())
            except GaoxinParseError as error:
                yield Job("-", None, Path("stdin"), error=str(error).removeprefix("-: "))
        elif path.is_dir():
            for file in sorted(p for p in path.rglob(pattern) if p.is_file()):
                yield Job(str(file), file, file.relative_to(path))
        else:
            yield Job(item, path, Path(path.name))


def nothing_found(inputs: Sequence[str], pattern: str) -> str:
    """Why `collect` found no input: only folders were given, and none holds a matching file.

    >>> nothing_found(["archive", "more"], "*.txt")
    "no input files: no file matching '*.txt' in archive, more"
    """
    return f"no input files: no file matching {pattern!r} in {', '.join(inputs)}"
