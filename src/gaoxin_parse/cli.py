"""The ``gaoxin-parse`` command line: parse issue files, folders and archives.

Each file is reported on its own: one that cannot be read, decoded or written is named on
standard error with the reason, the others are still processed, and the exit status is 1.
Output files are checked before anything is written (no two inputs to one file, no input
overwritten) and written whole or not at all. No traceback: a closed pipe ends the command
quietly (status 141), Ctrl-C with one line (status 130), usage errors with status 2.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import io
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Final, TextIO

import attrs

from . import __version__
from .decode import MAX_INPUT_BYTES, check_encoding, read_at_most
from .destination import Destination, destination, head, piece, tail
from .errors import GaoxinParseError, OptionsError
from .jobs import SUFFIXES, Job, Result, collect, work
from .outputs import Progress, check_targets, summary, write_atomically
from .workers import map_ordered, worker_count

#: Exit statuses besides 0 (all well) and 1 (some file failed).
EXIT_USAGE: Final = 2
EXIT_BROKEN_PIPE: Final = 141  # 128 + SIGPIPE, as a shell reports a command a pipe ended
EXIT_INTERRUPTED: Final = 130  # 128 + SIGINT

EXAMPLES: Final = """examples:
  gaoxin-parse seeds/000_1c68c8fc2e42573b.txt            one issue as JSON on standard output
  gaoxin-parse seeds/ --output issues.jsonl              a folder, one JSON line per issue
  gaoxin-parse archive/ --glob '*.txt' --output out/     one file per issue, tree mirrored
  gaoxin-parse --format markdown issue.txt               readable markdown
  cat issue.txt | gaoxin-parse -                         standard input
  gaoxin-parse evaluate GOLD_DIR ISSUE_DIR               accuracy against gold annotations
  gaoxin-parse review issue.txt -o review.html           check and correct a parse in a browser
  gaoxin-parse index seeds/ --db archive.sqlite          index, then search, stats, export
"""
#: Subcommands of the archive (``gaoxin_parse.archive.cli``).
ARCHIVE_COMMANDS: Final = ("index", "search", "stats", "export")
#: Options of every command that may also stand before a subcommand.
GLOBAL_FLAGS: Final = ("-q", "--quiet")


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
        "--format",
        choices=sorted(SUFFIXES),
        help="output format (default: the --output file's suffix, or json)",
    )
    parser.add_argument("--compact", action="store_true", help="JSON on one line")
    parser.add_argument(
        "--title", help="title of the TEI header (default: the first article's title)"
    )
    parser.add_argument(
        "--output", "-o", metavar="DIR|FILE", help="a folder, or a file of the format's suffix"
    )
    parser.add_argument(
        "--encoding",
        help="force a text encoding (default: UTF-8, UTF-8 with BOM, GB18030 or Big5, detected)",
    )
    parser.add_argument(
        "--max-size",
        type=_size,
        default=MAX_INPUT_BYTES,
        metavar="SIZE",
        help="refuse larger inputs: bytes, or with K, M or G (default: 64M)",
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
        help="parallel workers (default: cores; never more than files or cores)",
    )
    parser.add_argument(
        "--summary", action="store_true", help="print a summary table on standard error"
    )
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _size(value: str) -> int:
    """``--max-size``: ``1000``, ``64K``, ``64M`` or ``1G`` (powers of 1024)."""
    units = {"K": 2**10, "M": 2**20, "G": 2**30}
    unit = units.get(value[-1:].upper(), 1)
    number = value[:-1] if unit > 1 else value
    if not number.isdigit() or int(number) < 1:
        raise argparse.ArgumentTypeError(f"not a size: {value!r} (e.g. 1000, 64K, 64M, 1G)")
    return int(number) * unit


def _write(path: Path, text: str, stderr: TextIO) -> bool:
    """Write atomically; report a failure on standard error instead of raising."""
    try:
        write_atomically(path, text)
    except OSError as error:
        stderr.write(f"gaoxin-parse: {path}: cannot write: {error.strerror or error}\n")
        return False
    return True


class _StdoutError(Exception):
    """Standard output failed (a full disk): reported once, the run stops."""


def _emit(stdout: TextIO, text: str) -> None:
    try:
        stdout.write(text)
    except BrokenPipeError:
        raise
    except OSError as error:
        raise _StdoutError(error.strerror or str(error)) from None


def _targets(jobs: list[Job], where: Destination) -> list[Path]:
    """Each job's output file (none for one shared file or standard output), checked."""
    inputs = [(job.name, job.path) for job in jobs]
    if where.file is not None:
        check_targets(inputs, [where.file], shared=True)
    if where.folder is None:
        return []
    targets = [where.folder / job.relative.with_suffix(SUFFIXES[where.fmt]) for job in jobs]
    check_targets(inputs, targets)
    return targets


def run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    """Run the parse command; return the exit status."""
    started = time.perf_counter()
    if args.script is not None:
        from .script import check_config

        check_config(args.script)
    if args.encoding is not None:
        check_encoding(args.encoding)
    stdin = functools.partial(read_at_most, sys.stdin.buffer, "-", args.max_size)
    jobs = list(collect(args.inputs, args.glob, stdin))
    if not jobs:
        stderr.write("gaoxin-parse: no input files found\n")
        return 1
    where = destination(args.output, args.format, len(jobs))  # before anything is parsed
    fmt, output, n = where.fmt, where.file or where.folder, len(jobs)
    if args.title is not None and fmt != "tei":
        raise OptionsError(f"--title titles TEI output, not {fmt}; add --format tei")
    targets = _targets(jobs, where)
    worker = functools.partial(
        work,
        fmt=fmt,
        compact=args.compact,
        encoding=args.encoding,
        script=args.script,
        max_bytes=args.max_size,
        title=args.title,
    )
    n_workers = worker_count(args.jobs, len(jobs))
    progress = Progress(len(jobs), stderr, len(jobs) > 1 and not args.quiet and stderr.isatty())
    results: list[Result] = []
    written = 0  # issues in the stream so far: the separator goes between them
    lines: list[str] = [head(fmt, n, args.title)]
    if output is None:
        _emit(stdout, lines.pop())
    # render in the workers; parse_many's ordered map (workers capped, stopped, die with us)
    with contextlib.closing(map_ordered(worker, jobs, n_workers)) as stream:
        for result in stream:
            results.append(result)
            progress.step()
            if result.error is not None or result.output is None:
                stderr.write(f"gaoxin-parse: {result.name}: {result.error}\n")
            elif output is None:
                _emit(stdout, piece(fmt, n, written, result.output))
                written += 1
            elif not targets:
                lines.append(piece(fmt, n, written, result.output))
                written += 1
            elif not _write(targets[len(results) - 1], result.output, stderr):
                results[-1] = attrs.evolve(result, error="cannot write")
    if output is None:
        try:
            stdout.write(tail(fmt, n))
            stdout.flush()
        except BrokenPipeError:
            raise
        except OSError as error:
            raise _StdoutError(error.strerror or str(error)) from None
    elif not targets and not _write(output, "".join(lines) + tail(fmt, n), stderr):
        return 1
    if args.summary:
        stderr.write(summary(results, time.perf_counter() - started, n_workers))
    return 1 if any(r.error is not None for r in results) else 0


def _globals_after_subcommand(argv: list[str]) -> list[str]:
    """``-q evaluate …`` as ``evaluate … -q``: global flags may stand before a subcommand
    (dropped for one without a progress bar to silence), else they are the parse command's."""
    n = next((i for i, a in enumerate(argv) if a not in GLOBAL_FLAGS), len(argv))
    command = argv[n : n + 1]
    if n == 0 or not command or command[0] not in ("evaluate", "review", *ARCHIVE_COMMANDS):
        return argv
    kept = command[0] in ("evaluate", "review", "index")
    return [*command, *argv[n + 1 :], *(argv[:n] if kept else [])]


def _quiet_stdout() -> None:
    """Point standard output at the null device, so that the interpreter's final flush of a
    closed pipe does not print an error after we have exited quietly."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``gaoxin-parse`` and ``python -m gaoxin_parse``."""
    argv = _globals_after_subcommand(list(sys.argv[1:] if argv is None else argv))
    if isinstance(sys.stdout, io.TextIOWrapper):  # JSON of any str: never fail on output
        sys.stdout.reconfigure(encoding="utf-8", errors="backslashreplace")
    try:  # every subcommand ends on a closed pipe or Ctrl-C as the parse command does
        if argv[:1] == ["evaluate"]:
            from .evaluate_cli import main as evaluate_main

            status = evaluate_main(argv[1:])
            sys.stdout.flush()  # a closed pipe is met here, not at exit
            return status
        if argv[:1] == ["review"]:
            from .review_cli import main as review_main

            status = review_main(argv[1:])
            sys.stdout.flush()
            return status
        if argv[:1] and argv[0] in ARCHIVE_COMMANDS:
            from .archive.cli import main as archive_main

            return archive_main(argv)
        args = build_parser().parse_args(argv)
        if args.jobs < 1:
            build_parser().error("--jobs must be at least 1")
        return run(args, sys.stdout, sys.stderr)
    except GaoxinParseError as error:
        sys.stderr.write(f"gaoxin-parse: {error}\n")
        return EXIT_USAGE
    except BrokenPipeError:  # the reader went away (``| head``): nothing left to say
        _quiet_stdout()
        return EXIT_BROKEN_PIPE
    except _StdoutError as error:
        _quiet_stdout()
        sys.stderr.write(f"gaoxin-parse: standard output: cannot write: {error}\n")
        return 1
    except KeyboardInterrupt:  # workers are stopped by the time we get here
        sys.stderr.write("gaoxin-parse: interrupted\n")
        return EXIT_INTERRUPTED
