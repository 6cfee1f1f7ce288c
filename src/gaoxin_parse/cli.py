"""The ``gaoxin-parse`` command line: parse issue files, folders and archives.

Each file is reported on its own: one that cannot be read or decoded is named on standard
error with the reason, the others are still processed, and the exit status is 1. Output files
are written whole or not at all (a temporary file, then a rename).
"""

from __future__ import annotations

import argparse
import codecs
import functools
import io
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Final, TextIO

import attrs

from . import __version__
from .batch import map_ordered
from .decode import decode_bytes
from .errors import GaoxinParseError, OptionsError
from .model import Issue
from .pipeline import parse_issue
from .render import to_markdown, to_tei, to_text

EXAMPLES: Final = """examples:
  gaoxin-parse seeds/000_1c68c8fc2e42573b.txt            one issue as JSON on standard output
  gaoxin-parse seeds/ --output issues.jsonl              a folder, one JSON line per issue
  gaoxin-parse archive/ --glob '*.txt' --output out/     one file per issue, tree mirrored
  gaoxin-parse --format markdown issue.txt               readable markdown
  cat issue.txt | gaoxin-parse -                         standard input
  gaoxin-parse evaluate GOLD_DIR ISSUE_DIR               accuracy against gold annotations
  gaoxin-parse index seeds/ --db archive.sqlite          index, then search, stats, export
"""
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


@attrs.frozen
class Result:
    """What a worker made of one job."""

    name: str
    output: str | None
    error: str | None
    counts: tuple[int, int, int, int] = (0, 0, 0, 0)  #: articles, photos, repairs, nameless


def _render(issue: Issue, name: str, fmt: str, compact: bool) -> str:
    if fmt == "json":
        return issue.to_json(indent=None if compact else 2) + "\n"
    if fmt == "jsonl":
        return json.dumps({"path": name, **issue.to_dict()}, ensure_ascii=False) + "\n"
    if fmt == "markdown":
        return to_markdown(issue)
    if fmt == "tei":
        return to_tei(issue, title=name)
    return to_text(issue)


def work(job: Job, *, fmt: str, compact: bool, encoding: str | None, script: str | None) -> Result:
    """Read, decode, parse and render one job; errors are returned, not raised."""
    try:
        data = job.data if job.path is None else job.path.read_bytes()
        assert data is not None
        issue = parse_issue(decode_bytes(data, job.name, encoding))
        if script is not None:
            issue = issue.convert(script)
    except OSError as error:
        return Result(job.name, None, error.strerror or str(error))
    except GaoxinParseError as error:
        return Result(job.name, None, str(error).removeprefix(f"{job.name}: "))
    nameless = sum(1 for a in issue.articles if a.byline is not None and not a.byline.names)
    counts = (len(issue.articles), len(issue.photos), len(issue.repairs), nameless)
    return Result(job.name, _render(issue, job.name, fmt, compact), None, counts)


def collect(inputs: Sequence[str], pattern: str, stdin: Callable[[], bytes]) -> Iterator[Job]:
    """Jobs for files, folders (recursive, files matching ``pattern``) and ``-``."""
    for item in inputs:
        path = Path(item)
        if item == "-":
            yield Job("-", None, Path("stdin"), stdin())
        elif path.is_dir():
            for file in sorted(p for p in path.rglob(pattern) if p.is_file()):
                yield Job(str(file), file, file.relative_to(path))
        else:
            yield Job(item, path, Path(path.name))


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` whole or not at all: a temporary file, then a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace", newline="") as out:
            out.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class Progress:
    """A one-line progress bar on standard error, shown only on a terminal."""

    def __init__(self, total: int, stream: TextIO, enabled: bool) -> None:
        self.total, self.stream, self.enabled, self.done = total, stream, enabled, 0

    def step(self) -> None:
        """Count one file done and redraw."""
        self.done += 1
        if self.enabled:
            filled = 30 * self.done // self.total
            bar = "#" * filled + "." * (30 - filled)
            self.stream.write(f"\r[{bar}] {self.done}/{self.total} files")
            if self.done == self.total:
                self.stream.write("\n")
            self.stream.flush()


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the parse command."""
    parser = argparse.ArgumentParser(
        prog="gaoxin-parse",
        description="Parse 高新 page issue texts into articles and photos.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "inputs", nargs="+", metavar="PATH", help="issue files, folders, or - for standard input"
    )
    parser.add_argument(
        "--glob", default="*.txt", help="file pattern inside folders (default: %(default)s)"
    )
    parser.add_argument(
        "--format", choices=sorted(SUFFIXES), default="json", help="output format (default: json)"
    )
    parser.add_argument("--compact", action="store_true", help="JSON on one line")
    parser.add_argument(
        "--output", "-o", metavar="DIR|FILE.jsonl", help="write here instead of standard output"
    )
    parser.add_argument(
        "--encoding", help="force an encoding (default: UTF-8, UTF-8 with BOM or GB18030)"
    )
    parser.add_argument(
        "--script",
        metavar="CONFIG",
        help="convert output text with an OpenCC configuration (s2t, t2s, s2tw …)",
    )
    parser.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=os.cpu_count() or 1,
        help="parallel workers (default: cores)",
    )
    parser.add_argument(
        "--summary", action="store_true", help="print a summary table on standard error"
    )
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _results(jobs: list[Job], worker: Callable[[Job], Result], n_jobs: int) -> Iterator[Result]:
    return map_ordered(worker, jobs, n_jobs)  # parse_many's machinery; render in the workers


def _summary(results: list[Result], seconds: float) -> str:
    ok = [r for r in results if r.error is None]
    totals = [sum(r.counts[k] for r in ok) for k in range(4)]
    rows = [
        ("files", len(results)),
        ("articles", totals[0]),
        ("photos", totals[1]),
        ("repaired breaks", totals[2]),
        ("bylines without names", totals[3]),
        ("files failed", len(results) - len(ok)),
        ("time taken (s)", f"{seconds:.2f}"),
    ]
    return "\n".join(f"{label:<22} {value:>10}" for label, value in rows) + "\n"


def _write(path: Path, text: str, stderr: TextIO) -> bool:
    """Write atomically; report a failure on standard error instead of raising."""
    try:
        write_atomically(path, text)
    except OSError as error:
        stderr.write(f"gaoxin-parse: {path}: cannot write: {error.strerror or error}\n")
        return False
    return True


def run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    """Run the parse command; return the exit status."""
    started = time.perf_counter()
    if args.script is not None:
        from .script import check_config

        check_config(args.script)
    if args.encoding is not None:
        try:
            codecs.lookup(args.encoding)
        except LookupError:
            raise OptionsError(f"unknown encoding {args.encoding!r}") from None
    jobs = list(collect(args.inputs, args.glob, lambda: sys.stdin.buffer.read()))
    if not jobs:
        stderr.write("gaoxin-parse: no input files found\n")
        return 1
    output = Path(args.output) if args.output else None
    fmt = "jsonl" if output is not None and output.suffix == ".jsonl" else args.format
    worker = functools.partial(
        work, fmt=fmt, compact=args.compact, encoding=args.encoding, script=args.script
    )
    progress = Progress(len(jobs), stderr, len(jobs) > 1 and not args.quiet and stderr.isatty())
    results: list[Result] = []
    lines: list[str] = []
    for result in _results(jobs, worker, args.jobs):
        results.append(result)
        progress.step()
        if result.error is not None or result.output is None:
            stderr.write(f"gaoxin-parse: {result.name}: {result.error}\n")
        elif output is None:
            stdout.write(result.output)
        elif fmt == "jsonl" and output.suffix == ".jsonl":
            lines.append(result.output)
        else:
            target = output / jobs[len(results) - 1].relative.with_suffix(SUFFIXES[fmt])
            if not _write(target, result.output, stderr):
                results[-1] = attrs.evolve(result, error=f"cannot write {target}")
    if (
        output is not None
        and output.suffix == ".jsonl"
        and not _write(output, "".join(lines), stderr)
    ):
        return 1
    if args.summary:
        stderr.write(_summary(results, time.perf_counter() - started))
    return 1 if any(r.error is not None for r in results) else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``gaoxin-parse`` and ``python -m gaoxin_parse``."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["evaluate"]:
        from .evaluate import main as evaluate_main

        return evaluate_main(argv[1:])
    if argv[:1] and argv[0] in ("index", "search", "stats", "export"):
        from .archive.cli import main as archive_main

        return archive_main(argv)
    args = build_parser().parse_args(argv)
    if args.jobs < 1:
        build_parser().error("--jobs must be at least 1")
    if isinstance(sys.stdout, io.TextIOWrapper):  # JSON of any str: never fail on output
        sys.stdout.reconfigure(encoding="utf-8", errors="backslashreplace")
    try:
        return run(args, sys.stdout, sys.stderr)
    except GaoxinParseError as error:
        sys.stderr.write(f"gaoxin-parse: {error}\n")
        return 2
