"""``gaoxin-parse index | search | stats | export``: the archive commands of the command line."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final, TextIO

from gaoxin_parse.batch import Parsed
from gaoxin_parse.errors import GaoxinParseError
from gaoxin_parse.jobs import nothing_found
from gaoxin_parse.outputs import Progress, write_atomically

from . import stats
from .export import FORMATS, export
from .report import html_report
from .store import Archive, ArchiveError, find_files

COMMANDS: Final = ("index", "search", "stats", "export")
EXAMPLES: Final = """examples:
  gaoxin-parse index seeds/ --db archive.sqlite        parse and index (only new or changed files)
  gaoxin-parse search archive.sqlite 体制机制持续创新    hits cited as path:line:column
  gaoxin-parse stats archive.sqlite --html report.html figures, and charts in one HTML page
  gaoxin-parse export archive.sqlite --to parquet out/ articles, photos and people tables
"""


DB_HELP: Final = "the SQLite index that gaoxin-parse index wrote"


def _command(commands: Any, name: str, text: str) -> argparse.ArgumentParser:
    """A subcommand whose own ``--help`` says what it does (``help`` alone shows only in the
    list of commands)."""
    sentence = text[0].upper() + text[1:] + ("" if text.endswith("…") else ".")
    parser: argparse.ArgumentParser = commands.add_parser(name, help=text, description=sentence)
    return parser


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the archive commands."""
    parser = argparse.ArgumentParser(
        prog="gaoxin-parse", epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    index = _command(commands, "index", "parse files and folders into an archive index")
    index.add_argument("inputs", nargs="+", metavar="PATH", help="issue files or folders")
    index.add_argument("--db", required=True, metavar="FILE", help="the SQLite index")
    index.add_argument("--glob", default="*.txt", help="file pattern in folders (%(default)s)")
    index.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1, help="workers")
    index.add_argument("--encoding", help="force an encoding (default: detected)")
    index.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    search = _command(commands, "search", "find text; hits cited as path:line:column")
    search.add_argument("db", metavar="DB", help=DB_HELP)
    search.add_argument("query", nargs="+", metavar="QUERY", help="terms, all in one paragraph")
    search.add_argument("--format", choices=("text", "json"), default="text")
    search.add_argument("--limit", type=int, default=50, help="most hits shown (%(default)s)")
    figures = _command(commands, "stats", "articles per reporter, photos per photographer…")
    figures.add_argument("db", metavar="DB", help=DB_HELP)
    figures.add_argument("--format", choices=("table", "csv", "json"), default="table")
    figures.add_argument("--html", metavar="FILE", help="also write the figures as charts")
    tables = _command(commands, "export", "articles, photos and people as tables")
    tables.add_argument("db", metavar="DB", help=DB_HELP)
    tables.add_argument("--to", choices=FORMATS, required=True, help="table format")
    tables.add_argument("out", metavar="DIR", help="folder for the table files")
    return parser


def _open_existing(path: str) -> Archive:
    if not Path(path).is_file():
        raise ArchiveError(f"{path}: no such index (make one with gaoxin-parse index)")
    return Archive(path)


def failure(path: Path, error: Exception) -> str:
    """``path: reason``, the path once: the library's errors already start with it, an
    ``OSError`` gives its reason alone.

    >>> failure(Path("a.txt"), FileNotFoundError(2, "No such file or directory", "a.txt"))
    'a.txt: No such file or directory'
    """
    text = str(error)
    if isinstance(error, GaoxinParseError) and text.startswith(f"{path}: "):
        return text
    reason = error.strerror if isinstance(error, OSError) and error.strerror else text
    return f"{path}: {reason}"


def run_index(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    """Index files; report what was parsed, skipped and failed."""
    files = find_files(args.inputs, args.glob)
    if not files:  # as the parse command: nothing to index is an error, not an empty success
        stderr.write(f"gaoxin-parse index: {nothing_found(args.inputs, args.glob)}\n")
        return 1
    progress = Progress(len(files), stderr, len(files) > 1 and not args.quiet and stderr.isatty())

    def on_file(result: Parsed | Path) -> None:
        if isinstance(result, Parsed) and result.error is not None:
            progress.clear()  # the message on a line of its own, never after the bar
            stderr.write(f"gaoxin-parse: {failure(result.path, result.error)}\n")
        progress.step()

    with Archive(args.db) as archive:
        report = archive.index(files, jobs=args.jobs, encoding=args.encoding, on_file=on_file)
    stdout.write(
        f"{report.files} files: {report.parsed} parsed, {report.unchanged} unchanged, "
        f"{len(report.failed)} failed\n"
    )
    return 1 if report.failed else 0


def run_search(args: argparse.Namespace, stdout: TextIO) -> int:
    """Print hits as text (citation, title, byline, passage) or JSON; 1 if none."""
    with _open_existing(args.db) as archive:
        hits = archive.search(" ".join(args.query), limit=args.limit)
    if args.format == "json":
        stdout.write(json.dumps([h.to_dict() for h in hits], ensure_ascii=False, indent=2))
        stdout.write("\n")
        return 0 if hits else 1
    for hit in hits:
        head = " ".join(x for x in (hit.title, hit.byline) if x)
        start, end = hit.at.start, hit.at.end
        before = hit.passage[max(0, start - 30) : start].replace("\n", " ")
        after = hit.passage[end : end + 30].replace("\n", " ")
        stdout.write(f"{hit.citation}: {head}\n    …{before}【{hit.passage[start:end]}】{after}…\n")
    if len(hits) == args.limit:
        stdout.write(f"(first {args.limit} hits; --limit shows more)\n")
    return 0 if hits else 1


def run_stats(args: argparse.Namespace, stdout: TextIO) -> int:
    """Print the figures; with ``--html`` also write them as a report page."""
    with _open_existing(args.db) as archive:
        found = stats.figures(archive.db)
    render = {"table": stats.as_table, "csv": stats.as_csv, "json": stats.as_json}
    stdout.write(render[args.format](found))
    if args.html:
        write_atomically(Path(args.html), html_report(found, title=f"Archive {args.db}"))
    return 0


def run_export(args: argparse.Namespace, stdout: TextIO) -> int:
    """Write the tables; print their paths."""
    with _open_existing(args.db) as archive:
        written = export(archive.db, Path(args.out), args.to)
    stdout.write("".join(f"{path}\n" for path in written))
    return 0


def main(argv: Sequence[str]) -> int:
    """Run one archive command; 2 for a usage or database error."""
    args = build_parser().parse_args(argv)
    if getattr(args, "jobs", 1) < 1:
        build_parser().error("--jobs must be at least 1")
    try:
        if args.command == "index":
            return run_index(args, sys.stdout, sys.stderr)
        if args.command == "search":
            return run_search(args, sys.stdout)
        if args.command == "stats":
            return run_stats(args, sys.stdout)
        return run_export(args, sys.stdout)
    except BrokenPipeError:  # the caller (``gaoxin_parse.cli.main``) ends quietly: 141
        raise
    except (GaoxinParseError, ImportError, OSError) as error:
        sys.stderr.write(f"gaoxin-parse: {error}\n")
        return 2
