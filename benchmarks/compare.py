"""Before/after timing of two source trees of ``gaoxin_parse``, interleaved on the same inputs.

    git archive <commit> src | tar -x -C /tmp/before
    python benchmarks/compare.py --before /tmp/before/src --rounds 5

Each round runs one fresh child process per tree (``PYTHONPATH`` set to it), alternating, so
that both trees see the same load on a shared machine. A child times ``parse_issue`` and
``to_json()`` (of issues parsed before) on the seeds (best of 20 passes) and on a 1 MB
seed-shaped archive (``inputs.synthetic_issues``, best of 2), and ``parse_issue`` on one
page of 20,000 tiny blocks; the parent prints the median of the rounds and the load average
before and after.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: A page of many tiny blocks (a credit alone, again and again): the per-block cost.
TINY = "王明 摄\n\n" * 20_000


def _best(work: Callable[[], object], passes: int) -> float:
    best = float("inf")
    for _ in range(passes):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def child(archive_mb: float) -> dict[str, float]:
    """One round's figures for the ``gaoxin_parse`` on ``sys.path``."""
    sys.path.insert(0, str(HERE))
    import inputs  # benchmarks/inputs.py: the seeds and the archive builder

    import gaoxin_parse as gx

    seeds = [text for _, text in inputs.load_seeds(HERE.parent / "seeds")]
    archive = inputs.synthetic_issues(seeds, int(archive_mb * 1e6), 20240321)
    mb = inputs.utf8_bytes(archive) / 1e6
    parsed = [gx.parse_issue(text) for text in seeds]
    parsed_archive = [gx.parse_issue(text) for text in archive]
    return {
        "seed_parse_ms": _best(lambda: [gx.parse_issue(t) for t in seeds], 20) * 1e3 / len(seeds),
        "seed_to_json_ms": _best(lambda: [i.to_json() for i in parsed], 20) * 1e3 / len(seeds),
        "archive_parse_mbs": mb / _best(lambda: [gx.parse_issue(t) for t in archive], 2),
        "archive_to_json_mbs": mb / _best(lambda: [i.to_json() for i in parsed_archive], 2),
        "tiny_blocks_mbs": len(TINY.encode("utf-8")) / 1e6 / _best(lambda: gx.parse_issue(TINY), 2),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path)
    parser.add_argument("--after", type=Path, default=HERE.parent / "src")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--archive-mb", type=float, default=1.0)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.archive_mb)))
        return 0
    if args.before is None:
        parser.error("--before is required")
    trees = {"before": args.before.resolve(), "after": args.after.resolve()}
    rounds: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
    load_start = os.getloadavg()
    for _ in range(args.rounds):
        for name, src in trees.items():
            env = {**os.environ, "PYTHONPATH": str(src)}
            cmd = [sys.executable, __file__, "--child", "--archive-mb", str(args.archive_mb)]
            out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
            rounds[name].append(json.loads(out.stdout))
    load_end = os.getloadavg()
    print(f"load average (1, 5, 15 min): start {load_start}, end {load_end}")
    print("| figure | before | after | speed-up |")
    print("|---|---|---|---|")
    for key in rounds["before"][0]:
        b = statistics.median(r[key] for r in rounds["before"])
        a = statistics.median(r[key] for r in rounds["after"])
        gain = b / a if key.endswith("_ms") else a / b
        print(f"| {key} | {b:.2f} | {a:.2f} | {gain:.2f} × |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
