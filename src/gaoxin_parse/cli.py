"""The ``gaoxin-parse`` command line: parse issue files, folders and archives.

Each file is reported on its own: one that cannot be read, decoded or written is named on
standard error with the reason, the others are still processed (with ``--fail-fast``, none
after it), and the exit status is 1. Output files are checked before anything is written (no
two inputs to one file, no input overwritten) and written whole or not at all, with the
permissions the umask gives. No traceback: a closed pipe ends the command
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

from .cli_options import ARCHIVE_COMMANDS, build_parser, globals_after_subcommand
from .decode import check_encoding, read_at_most
from .destination import Destination, destination, head, piece, tail
from .errors import GaoxinParseError, OptionsError
from .jobs import SUFFIXES, Job, Result, collect, nothing_found, work
from .outputs import check_targets, summary, write_atomically
from .progress import Progress
from .workers import map_ordered, worker_count

#: Exit statuses besides 0 (all well) and 1 (some file failed).
EXIT_USAGE: Final = 2
EXIT_BROKEN_PIPE: Final = 141  # 128 + SIGPIPE, as a shell reports a command a pipe ended
EXIT_INTERRUPTED: Final = 130  # 128 + SIGINT


def _write(path: Path, text: str) -> str | None:
    """Write atomically; a failure returned as the message to show, never raised."""
    try:
        write_atomically(path, text)
    except OSError as error:
        return f"gaoxin-parse: {path}: cannot write: {error.strerror or error}"
    return None


def _found(result: Result) -> str:
    """The ``--verbose`` line of an input parsed."""
    articles, photos, repairs, _ = result.counts
    return (
        f"gaoxin-parse: {result.name}: {articles} articles, {photos} photos, "
        f"{repairs} repaired breaks"
    )


class _StdoutError(Exception):
    """Standard output failed (a full disk): reported once, the run stops."""


def _emit(stdout: TextIO, text: str, *, flush: bool = False) -> None:
    try:
        stdout.write(text)
        if flush:
            stdout.flush()
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
        stderr.write(f"gaoxin-parse: {nothing_found(args.inputs, args.glob)}\n")
        return 1
    where = destination(args.output, args.format, len(jobs))  # before anything is parsed
    fmt, output, n = where.fmt, where.file or where.folder, len(jobs)
    if args.title is not None and fmt != "tei":
        raise OptionsError(f"--title titles TEI output, not {fmt}; add --format tei")
    targets = _targets(jobs, where)
    if targets and not args.fail_fast:  # each worker writes its own output (--fail-fast: the
        # parent writes, so that nothing after the failed input is written)
        jobs = [attrs.evolve(job, target=target) for job, target in zip(jobs, targets, strict=True)]
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
    bar = n > 1 and not args.quiet and not args.verbose and stderr.isatty()
    progress = Progress(n, stderr, bar)
    on_screen = output is None and bar and stdout.isatty()  # results and bar on one terminal

    def say(line: str) -> None:
        progress.clear()
        stderr.write(line + "\n")

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
            index = len(results) - 1
            if result.written:
                pass
            elif result.write_problem is not None:
                say(result.write_problem)
            elif result.error is not None or result.output is None:
                say(f"gaoxin-parse: {result.name}: {result.error}")
            elif output is None:
                if on_screen:
                    progress.clear()
                _emit(stdout, piece(fmt, n, written, result.output), flush=on_screen)
                written += 1
            elif not targets:
                lines.append(piece(fmt, n, written, result.output))
                written += 1
            elif (problem := _write(targets[index], result.output)) is not None:
                say(problem)
                results[-1] = attrs.evolve(result, error="cannot write")
            if args.verbose and results[-1].error is None:
                say(_found(result))
            if args.fail_fast and results[-1].error is not None:
                break  # closing the stream stops the workers
    failed = any(r.error is not None for r in results)
    if args.fail_fast and failed and len(results) < n:
        left = n - len(results)
        say(f"gaoxin-parse: --fail-fast: stopped; {left} input{'s' * (left > 1)} not processed")
    problem = None
    if output is None:
        _emit(stdout, tail(fmt, n), flush=True)
    elif not targets and not (args.fail_fast and failed):  # one file: whole, or not at all
        problem = _write(output, "".join(lines) + tail(fmt, n))
    if problem is not None:
        say(problem)
        return 1
    if args.summary:
        stderr.write(summary(results, time.perf_counter() - started, n_workers))
    return 1 if failed else 0


def _quiet_stdout() -> None:
    """Point standard output at the null device, so that the interpreter's final flush of a
    closed pipe does not print an error after we have exited quietly."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``gaoxin-parse`` and ``python -m gaoxin_parse``."""
    argv = globals_after_subcommand(list(sys.argv[1:] if argv is None else argv))
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
