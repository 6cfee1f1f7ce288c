"""The ``gaoxin-parse`` command line: parse issue files and print them as JSON."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import __version__
from .errors import GaoxinParseError
from .pipeline import parse_file


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for documentation and tests)."""
    parser = argparse.ArgumentParser(
        prog="gaoxin-parse",
        description="Parse 高新 page issue texts into articles and photos (JSON).",
        epilog="example: gaoxin-parse seeds/000_1c68c8fc2e42573b.txt > issue.json",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="issue text files")
    parser.add_argument("--encoding", help="force an encoding instead of auto-detection")
    parser.add_argument("--compact", action="store_true", help="one line of JSON per issue")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (1 if any file failed)."""
    args = build_parser().parse_args(argv)
    failed = 0
    for path in args.files:
        try:
            issue = parse_file(path, encoding=args.encoding)
        except (OSError, GaoxinParseError) as error:
            print(f"gaoxin-parse: {path}: {error}", file=sys.stderr)
            failed += 1
            continue
        sys.stdout.write(issue.to_json(indent=None if args.compact else 2) + "\n")
    return 1 if failed else 0
