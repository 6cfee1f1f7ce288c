"""Scale test of the archive index: 1,000 issues indexed, searched and indexed again.

Run from the repository root, after ``pip install .``::

    python benchmarks/archive.py                 # 1,000 issues, all cores
    python benchmarks/archive.py --issues 200 --jobs 1 --json figures.json

It writes the issues (copies of the seeds, each made distinct) and the index to a temporary
folder, then reports: issues/s and MB/s of the first index run, database size per MB of
text, the median (and 90th percentile) latency of 100 searches for phrases taken from the
issues, and the second run, which must parse nothing. See ``docs/performance.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from gaoxin_parse.archive import Archive

ROOT = Path(__file__).resolve().parent.parent
RNG_SEED = 20240321
MB = 1_000_000


def make_issues(folder: Path, count: int, rng: random.Random) -> int:
    """Write ``count`` distinct issues (a seed, its articles' order kept, one numbered line
    and one random paragraph from another seed added); return the bytes written."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    paragraphs = [b for s in seeds for b in s.split("\n\n") if len(b) > 40 and b[0] != "#"]
    total = 0
    for i in range(count):
        day = f"{2001 + i // 300}/{1 + i // 25 % 12:02d}/{1 + i % 25:02d}"
        path = folder / day / f"issue{i:04d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        text = f"{seeds[i % len(seeds)]}\n\n{rng.choice(paragraphs)}\n\n本期编号{i}。\n"
        path.write_text(text, encoding="utf-8")
        total += len(text.encode())
    return total


def queries(archive: Archive, count: int, rng: random.Random) -> list[str]:
    """Phrases of 3-8 characters cut from random paragraphs of the index."""
    texts = [t for (t,) in archive.query("SELECT text FROM texts WHERE kind = 'paragraph'")]
    found = []
    while len(found) < count:
        text = rng.choice(texts)
        size = rng.randint(3, 8)
        if len(text) > size:
            start = rng.randrange(len(text) - size)
            found.append(text[start : start + size].strip() or "高新区")
    return found


def run(issues: int, jobs: int | None, keep: Path | None) -> dict[str, object]:
    """Make, index, search and reindex; return the figures."""
    rng = random.Random(RNG_SEED)
    with tempfile.TemporaryDirectory() as tmp:
        base = keep or Path(tmp)
        folder = base / "issues"
        size = make_issues(folder, issues, rng)
        db = base / "archive.sqlite"
        with Archive(db) as archive:
            started = time.perf_counter()
            first = archive.index([folder], jobs=jobs)
            seconds = time.perf_counter() - started
            latencies = []
            hits = 0
            for query in queries(archive, 100, rng):
                started = time.perf_counter()
                hits += len(archive.search(query, limit=20))
                latencies.append(time.perf_counter() - started)
            started = time.perf_counter()
            second = archive.index([folder], jobs=jobs)
            rerun = time.perf_counter() - started
            archive.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            db_bytes = db.stat().st_size
        latencies.sort()
        return {
            "issues": issues,
            "jobs": jobs or os.cpu_count(),
            "text_mb": round(size / MB, 2),
            "index_s": round(seconds, 2),
            "issues_per_s": round(issues / seconds, 1),
            "mb_per_s": round(size / MB / seconds, 2),
            "failed": len(first.failed),
            "db_mb": round(db_bytes / MB, 2),
            "db_mb_per_text_mb": round(db_bytes / size, 2),
            "search_median_ms": round(statistics.median(latencies) * 1000, 2),
            "search_p90_ms": round(latencies[89] * 1000, 2),
            "hits_per_query": round(hits / 100, 1),
            "rerun_parsed": second.parsed,
            "rerun_unchanged": second.unchanged,
            "rerun_s": round(rerun, 2),
        }


def main() -> int:
    """Run the scale test and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--issues", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=None, help="default: cores")
    parser.add_argument("--keep", type=Path, help="write issues and index here, and keep them")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    figures = run(args.issues, args.jobs, args.keep)
    for key, value in figures.items():
        print(f"{key:<20} {value}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0 if figures["rerun_parsed"] == 0 and not figures["failed"] else 1


if __name__ == "__main__":
    sys.exit(main())
