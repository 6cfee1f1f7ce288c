"""Benchmark ``gaoxin_parse.parse_issue`` against its performance targets.

Run from the repository root, after ``pip install .``::

    python benchmarks/run.py                 # seeds, 10 MB and 100 MB archives (a minute or two)
    python benchmarks/run.py --quick         # seeds, 1 MB and 10 MB archives (about 30 s)
    python benchmarks/run.py --sizes 5,50 --json out.json
    python benchmarks/run.py --sizes 1 --tiny-blocks 0 --cli-files 0   # skip the slow extras

What it measures, each in its own module (see ``docs/performance.md`` for the figures):

* ``inputs``: every seed issue, and synthetic seed-shaped archives of N MB built in memory;
* ``timing``: wall and CPU time of ``parse_issue``, and wall time of ``Issue.to_dict()`` and
  ``Issue.to_json()``, over every issue, against the naive floor of ``naive``; the scaling
  ratio between archive sizes;
* ``memory``: peak memory of parse + ``to_json`` (tracemalloc, and peak-RSS growth in a fresh
  process) on the largest single issue and on one 10 MB string made by joining issues;
* ``importtime``: the time ``import gaoxin_parse`` adds to a fresh interpreter;
* ``tiny_blocks``: pages of many tiny blocks, each block repeated or each one different;
* ``cli``: the command line over a folder of issue files, ``--jobs 2`` against ``--jobs 1``;
* ``machine``: platform, commit and load; ``targets``: what each figure must reach;
  ``report``: the printed tables.

Standard library only, besides ``gaoxin_parse`` itself. Nothing is written to disk unless
``--json`` or ``--out`` asks for it, except the command line's inputs and outputs, in a
temporary folder that is removed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from cli import compare_jobs
from importtime import import_times
from inputs import DEFAULT_OUT, DEFAULT_SEEDS, RNG_SEED, load_seeds
from machine import busy_figures, load_average, log, machine_info
from memory import measure_memory, run_rss_probe
from naive import naive_parse
from report import print_report
from targets import TARGET_SCALING, targets
from timing import scaling, time_archives, time_seeds
from tiny_blocks import DEFAULT_BLOCKS, DEFAULT_RUNS, measure_tiny_blocks

import gaoxin_parse

CONCAT_MB = 10.0
IMPORT_RUNS = 5


def parse_sizes(value: str) -> list[float]:
    try:
        sizes = sorted(float(v) for v in value.split(",") if v.strip())
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"--sizes wants MB numbers like 10,100: {error}") from None
    if not sizes or any(s <= 0 for s in sizes):
        raise argparse.ArgumentTypeError("--sizes wants positive MB numbers like 10,100")
    return sizes


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        description="Benchmark gaoxin_parse.parse_issue on the seeds and synthetic archives.",
    )
    parser.add_argument(
        "--quick", action="store_true", help="archives of 1 MB and 10 MB instead of 10 and 100"
    )
    parser.add_argument(
        "--sizes", type=parse_sizes, metavar="MB,MB", help="archive sizes in MB (overrides --quick)"
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures here")
    parser.add_argument(
        "--out",
        type=Path,
        nargs="?",
        const=DEFAULT_OUT,
        metavar="DIR",
        help="write the synthetic archives as issue files (default DIR: benchmarks/out)",
    )
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS, help="directory of *.txt")
    parser.add_argument("--rng-seed", type=int, default=RNG_SEED, help="shuffle seed")
    parser.add_argument(
        "--concat-mb",
        type=float,
        default=CONCAT_MB,
        help="size of the single-string memory test (default 10)",
    )
    parser.add_argument(
        "--seed-seconds",
        type=float,
        default=2.0,
        help="repeat the seed passes for at least this long (default 2)",
    )
    parser.add_argument(
        "--archive-seconds",
        type=float,
        default=15.0,
        help="repeat an archive pass (at most 3 passes) until this long; median (default 15)",
    )
    parser.add_argument(
        "--import-runs",
        type=int,
        default=IMPORT_RUNS,
        help=f"fresh interpreters per import-time median (default {IMPORT_RUNS})",
    )
    parser.add_argument(
        "--tiny-blocks",
        type=int,
        metavar="N",
        help=f"blocks in each tiny-block page (default {DEFAULT_BLOCKS}, 10000 with --quick;"
        " 0 skips them)",
    )
    parser.add_argument(
        "--tiny-runs",
        type=int,
        metavar="N",
        help=f"timed runs of each tiny-block page (default {DEFAULT_RUNS}, 3 with --quick)",
    )
    parser.add_argument(
        "--cli-files",
        type=int,
        metavar="N",
        help="issue files for the command line's --jobs 2 against --jobs 1 (default 1000,"
        " 200 with --quick; 0 skips it)",
    )
    parser.add_argument(
        "--cli-repeat", type=int, default=3, metavar="N", help="runs of each (default 3)"
    )
    parser.add_argument(
        "--cli-to",
        choices=("jsonl", "dir"),
        default="jsonl",
        help="the command line writes one JSONL file (default) or a folder of JSON files",
    )
    parser.add_argument(
        "--profile",
        type=int,
        metavar="N",
        help="instead of benchmarking, cProfile parsing the seeds N times and print the top",
    )
    parser.add_argument("--rss-probe", action="store_true", help=argparse.SUPPRESS)
    return parser


def run_profile(seeds: Sequence[str], times: int) -> None:
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(times):
        for text in seeds:
            gaoxin_parse.parse_issue(text)
    profiler.disable()
    stats = pstats.Stats(profiler).strip_dirs()
    stats.sort_stats("cumulative").print_stats(30)
    stats.sort_stats("tottime").print_stats(20)


def measure_per_block_and_cli(args: argparse.Namespace, report: dict[str, Any]) -> None:
    """The tiny-block pages and the command line's --jobs 2 against --jobs 1, unless skipped."""
    quick = args.quick
    blocks = args.tiny_blocks if args.tiny_blocks is not None else (10_000 if quick else None)
    blocks = DEFAULT_BLOCKS if blocks is None else blocks
    if blocks > 0:
        runs = args.tiny_runs or (3 if quick else DEFAULT_RUNS)
        report["tiny_blocks"] = measure_tiny_blocks(blocks, runs, args.rng_seed)
    files = args.cli_files if args.cli_files is not None else (200 if quick else 1000)
    if files > 0:
        repeat = max(1, args.cli_repeat)
        log(f"command line: {files} files, --jobs 1 and --jobs 2, {repeat} runs each ...")
        seed_paths = sorted(args.seeds.glob("*.txt"))
        report["cli"] = compare_jobs(seed_paths, files, 2, repeat, to=args.cli_to)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    named_seeds = load_seeds(args.seeds)
    seeds = [t for _, t in named_seeds]
    if args.rss_probe:
        run_rss_probe(seeds, args.rng_seed, args.concat_mb)
        return 0
    if args.profile:
        run_profile(seeds, args.profile)
        return 0
    sizes = args.sizes or ([1.0, 10.0] if args.quick else [10.0, 100.0])

    report: dict[str, Any] = {
        "machine": machine_info(),
        "settings": {
            "sizes_mb": sizes,
            "rng_seed": args.rng_seed,
            "concat_mb": args.concat_mb,
            "seeds": [n for n, _ in named_seeds],
            "tiny_blocks": args.tiny_blocks,
            "cli_files": args.cli_files,
        },
    }
    for text in seeds:  # warm-up: lazy imports, regex caches
        gaoxin_parse.parse_issue(text).to_dict()
        naive_parse(text)

    rows = time_seeds(named_seeds, args.seed_seconds)
    archive_rows, archives = time_archives(
        seeds, sizes, args.rng_seed, args.archive_seconds, args.out
    )
    report["inputs"] = rows + archive_rows
    if len(sizes) >= 2:
        report["scaling"] = scaling(archive_rows, *TARGET_SCALING)
    report["memory"], report["concat_scaling"] = measure_memory(
        seeds, archives, args.seeds, args.rng_seed, args.concat_mb
    )
    del archives

    measure_per_block_and_cli(args, report)

    log("import time (fresh interpreters) ...")
    report["import"] = import_times(max(1, args.import_runs))
    report["machine"]["load_average_end"] = load_average()
    report["machine"].update(busy_figures())
    report["targets"] = targets(report)
    print_report(report)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", "utf-8")
        log(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
