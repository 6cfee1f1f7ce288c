"""``gaoxin-parse evaluate GOLD_DIR ISSUE_DIR``: the accuracy table, then the mismatches.

Exit status 0 when every gold file was scored, 1 when some gold file is malformed or its issue
does not parse (each named on standard error, the others scored), 2 for a usage error: an
unknown option, a folder missing or without gold files, a gold file whose issue is missing.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Final

from .evaluate import evaluate, report, scores_document
from .goldfile import GoldFolderError
from .outputs import write_atomically

EXIT_USAGE: Final = 2


def main(argv: Sequence[str]) -> int:
    """``gaoxin-parse evaluate GOLD_DIR ISSUE_DIR``."""
    parser = argparse.ArgumentParser(
        prog="gaoxin-parse evaluate",
        description="Score the parser against gold annotations: the accuracy tables, then the "
        "mismatches.",
    )
    parser.add_argument(
        "gold_dir", type=Path, metavar="GOLD_DIR", help="folder of gold files (*.json)"
    )
    parser.add_argument(
        "issue_dir", type=Path, metavar="ISSUE_DIR", help="folder of the issue files they name"
    )
    parser.add_argument(
        "--json",
        dest="json_out",
        type=Path,
        metavar="FILE",
        help="also write the scores, with their 95%% intervals, as JSON",
    )
    loudness = parser.add_mutually_exclusive_group()
    loudness.add_argument(
        "--quiet", "-q", action="store_true", help="the tables and the count of mismatches only"
    )
    loudness.add_argument(
        "--verbose", "-v", action="store_true", help="also one line per issue on standard error"
    )
    args = parser.parse_args(argv)
    try:
        counts, problems = evaluate(args.gold_dir, args.issue_dir)
    except GoldFolderError as error:
        print(f"gaoxin-parse evaluate: {error}", file=sys.stderr)
        return EXIT_USAGE
    for problem in problems:
        print(f"gaoxin-parse evaluate: {problem}", file=sys.stderr)
    if not counts:  # every gold file failed: the tables would show 1.000 for nothing
        print("gaoxin-parse evaluate: nothing scored (no table, no --json)", file=sys.stderr)
        return 1
    if args.verbose:
        for issue in counts:
            print(f"gaoxin-parse evaluate: {issue.line()}", file=sys.stderr)
    print(report(counts), end="")
    mismatches = [m for c in counts for m in c.mismatches]
    print(f"\nmismatches: {len(mismatches)}")
    for mismatch in [] if args.quiet else mismatches:
        print(f"- {mismatch}")
    if args.json_out:
        document = json.dumps(scores_document(counts), indent=2, ensure_ascii=False)
        try:
            write_atomically(args.json_out, document + "\n")
        except OSError as error:
            print(f"gaoxin-parse evaluate: {args.json_out}: cannot write: {error}", file=sys.stderr)
            return 1
    return 1 if problems or not counts else 0
