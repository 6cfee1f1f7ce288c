"""``gaoxin-parse review ISSUE.txt -o review.html``: the review page of an issue; of a folder
(or several files), one page per issue below ``-o DIR`` and an ``index.html`` linking them.

Exit status 0 when every page was written, 1 when some issue could not be read, parsed or
written (each named on standard error, the others still done), 2 for a usage error.
"""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Final, TextIO
from urllib.parse import quote

from .decode import MAX_INPUT_BYTES, check_encoding, decode_bytes, read_at_most, read_limited
from .errors import GaoxinParseError, OptionsError
from .jobs import Job, collect, nothing_found
from .model import Issue
from .outputs import check_targets, write_atomically
from .pipeline import parse_issue
from .review import IndexEntry, index_entry, render_index, render_review

EXIT_USAGE: Final = 2
PAGE_SUFFIXES: Final = (".html", ".htm")
INDEX: Final = "index.html"


def _parse(job: Job, encoding: str | None) -> Issue | str:
    """The job's issue, or why there is none."""
    if job.error is not None:
        return job.error
    try:
        data = job.data if job.path is None else read_limited(job.path, MAX_INPUT_BYTES)
        assert data is not None
        return parse_issue(decode_bytes(data, job.name, encoding))
    except GaoxinParseError as error:  # first: NotAFileError is an OSError too
        return str(error).removeprefix(f"{job.name}: ")
    except OSError as error:
        return error.strerror or str(error)


def _issue_name(job: Job) -> str | None:
    """The name the gold file gives its issue: its path below the folder given."""
    return None if job.path is None else job.relative.as_posix()


def _write(path: Path, text: str, stderr: TextIO) -> bool:
    try:
        write_atomically(path, text)
    except OSError as error:
        stderr.write(f"gaoxin-parse review: {path}: cannot write: {error.strerror or error}\n")
        return False
    return True


def _one_page(job: Job, output: str | None, encoding: str | None, stdout: TextIO) -> int:
    stderr = sys.stderr
    issue = _parse(job, encoding)
    if isinstance(issue, str):
        stderr.write(f"gaoxin-parse review: {job.name}: {issue}\n")
        return 1
    page = render_review(issue, _issue_name(job))
    if output is None:
        stdout.write(page)
        return 0
    return 0 if _write(Path(output), page, stderr) else 1


def _folder(jobs: list[Job], folder: Path, encoding: str | None) -> int:
    targets = [folder / job.relative.with_suffix(".html") for job in jobs]
    index = folder / INDEX
    check_targets(
        [(job.name, job.path) for job in jobs] + [("the index page", None)], [*targets, index]
    )
    entries, failed = [], 0
    for job, target in zip(jobs, targets, strict=True):
        issue = _parse(job, encoding)
        if isinstance(issue, str):
            sys.stderr.write(f"gaoxin-parse review: {job.name}: {issue}\n")
            entries.append(IndexEntry(name=job.name, href=None, error=issue))
            failed += 1
        elif _write(target, render_review(issue, _issue_name(job)), sys.stderr):
            href = quote(target.relative_to(folder).as_posix())
            entries.append(index_entry(issue, job.name, href))
        else:
            entries.append(IndexEntry(name=job.name, href=None, error="cannot write"))
            failed += 1
    if not _write(index, render_index(entries), sys.stderr):
        failed += 1
    return 1 if failed else 0


def _run(args: argparse.Namespace) -> int:
    if args.encoding is not None:
        check_encoding(args.encoding)
    stdin = functools.partial(read_at_most, sys.stdin.buffer, "-", MAX_INPUT_BYTES)
    jobs = list(collect(args.inputs, args.glob, stdin))
    if not jobs:
        sys.stderr.write(f"gaoxin-parse review: {nothing_found(args.inputs, args.glob)}\n")
        return 1
    output: str | None = args.output
    many = len(jobs) > 1 or any(Path(i).is_dir() for i in args.inputs)
    to_folder = output is not None and (Path(output).is_dir() or not Path(output).suffix)
    if not many and not to_folder:
        if output is not None and Path(output).suffix.lower() not in PAGE_SUFFIXES:
            raise OptionsError(f"--output {output}: a review page is a .html file, or a folder")
        return _one_page(jobs[0], output, args.encoding, sys.stdout)
    if output is None or not to_folder:  # a new x.txt names a file, not a folder
        raise OptionsError(
            f"{len(jobs)} issues need a folder for their pages and index: --output DIR "
            "(an existing folder, or a new path without suffix)"
        )
    return _folder(jobs, Path(output), args.encoding)


def main(argv: Sequence[str]) -> int:
    """``gaoxin-parse review PATH... [-o FILE.html | -o DIR]``."""
    parser = argparse.ArgumentParser(
        prog="gaoxin-parse review",
        description="Write the page to check and correct a parse in the browser: one issue's "
        "page to -o FILE.html (or standard output); for several issues or a folder, one page "
        "each below -o DIR and an index.html.",
    )
    parser.add_argument("inputs", nargs="+", metavar="PATH", help="issue files, folders, or -")
    parser.add_argument(
        "--output", "-o", metavar="FILE.html|DIR", help="the page (default: standard output)"
    )
    parser.add_argument(
        "--glob", default="*.txt", help="file pattern inside folders (default: %(default)s)"
    )
    parser.add_argument("--encoding", help="force a text encoding (default: detected)")
    parser.add_argument("--quiet", "-q", action="store_true", help="accepted; review is quiet")
    args = parser.parse_args(argv)
    try:
        return _run(args)
    except OptionsError as error:
        print(f"gaoxin-parse review: {error}", file=sys.stderr)
        return EXIT_USAGE
