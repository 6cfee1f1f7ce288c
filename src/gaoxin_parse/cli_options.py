"""The options of the ``gaoxin-parse`` command line, its help, and the global options that may
stand before or after a subcommand (``gaoxin-parse -q evaluate …`` is ``evaluate … -q``)."""

from __future__ import annotations

import argparse
import os
from typing import Final

from .contract import __version__
from .decode import MAX_INPUT_BYTES
from .jobs import SUFFIXES

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
EXIT_STATUSES: Final = """exit status:
  0    every input parsed and written
  1    some input could not be read, decoded, parsed or written (each named on standard error)
  2    usage error (an unknown option, a bad value, an --output that does not fit)
  130  interrupted (Ctrl-C)
  141  standard output closed by its reader (| head)
"""
#: Subcommands of the archive (``gaoxin_parse.archive.cli``).
ARCHIVE_COMMANDS: Final = ("index", "search", "stats", "export")
SUBCOMMANDS: Final = ("evaluate", "review", *ARCHIVE_COMMANDS)
#: Options of every command that may also stand before a subcommand.
GLOBAL_FLAGS: Final = ("-q", "--quiet", "-v", "--verbose", "--fail-fast")
#: Subcommands with nothing for ``-q`` to silence: before them it is accepted and dropped.
_SILENT_ALREADY: Final = ("search", "stats", "export")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the parse command."""
    parser = argparse.ArgumentParser(
        prog="gaoxin-parse",
        description="Parse 高新 page issue texts into articles and photos.",
        epilog=EXAMPLES + "\n" + EXIT_STATUSES,
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
    parser.add_argument(
        "--fail-fast",
        action="store_true",
        help="stop at the first input that fails (exit 1); no output file is left half written",
    )
    loudness = parser.add_mutually_exclusive_group()
    loudness.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    loudness.add_argument(
        "--verbose",
        "-v",
        action="store_true",
        help="one line per input on standard error (what was found), instead of the bar",
    )
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


def globals_after_subcommand(argv: list[str]) -> list[str]:
    """Global options before a subcommand moved after it, where its own parser reads them (and
    refuses one it has not, as a usage error). ``-q`` is dropped before a subcommand with no
    progress to silence. Without a subcommand the arguments are the parse command's.

    Examples:
        >>> globals_after_subcommand(["-q", "-v", "evaluate", "gold", "seeds"])
        ['evaluate', 'gold', 'seeds', '-q', '-v']
        >>> globals_after_subcommand(["-q", "search", "db", "高新"])
        ['search', 'db', '高新']
        >>> globals_after_subcommand(["-q", "seeds"])
        ['-q', 'seeds']
    """
    n = next((i for i, a in enumerate(argv) if a not in GLOBAL_FLAGS), len(argv))
    command = argv[n : n + 1]
    if n == 0 or not command or command[0] not in SUBCOMMANDS:
        return argv
    flags = argv[:n]
    if command[0] in _SILENT_ALREADY:
        flags = [flag for flag in flags if flag not in ("-q", "--quiet")]
    return [*command, *argv[n + 1 :], *flags]
