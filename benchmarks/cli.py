"""Benchmark the ``gaoxin-parse`` command line on a folder of 1,000 issue files.

Run from the repository root, after ``pip install .``::

    python benchmarks/cli.py                      # 1,000 files, --jobs 1 and --jobs 2, 3 runs each
    python benchmarks/cli.py --files 200 --repeat 1
    python benchmarks/cli.py --jobs 4 --check     # exit 1 if the speed-up misses the target
    python benchmarks/cli.py --to dir             # --output DIR/ instead of one JSONL file

What it does:

* builds, in a temporary folder, N issue files from the seeds: file ``i`` is seed ``i mod 4``
  with its picture-separated groups (split at three or more blank lines) shuffled by
  ``random.Random`` (fixed seed), saved as ``<seed>_<i>.txt``;
* runs the real command, ``python -m gaoxin_parse DIR --output OUT.jsonl --quiet`` (or, with
  ``--to dir``, ``--output OUT/``: one JSON file per issue), serially (``--jobs 1``) and in
  parallel (``--jobs 2`` by default), each ``--repeat`` times, timing the whole process
  (interpreter and worker start-up included) and its CPU time with its workers';
* checks that every run exits 0 and that serial and parallel outputs are byte-identical;
* reports files per second (median run) and the speed-up, against a target of 1.7x.

Standard library only. The temporary folder is removed unless ``--keep`` is given.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SEEDS = ROOT / "seeds"
RNG_SEED = 20240321
TARGET_SPEEDUP = 1.7
#: Three or more blank lines: where a picture stood; the groups between are shuffled.
GROUP_BREAK = re.compile(r"\n(?:[ \t\u3000]*\n){3,}")


def build_folder(seeds: Sequence[Path], folder: Path, n_files: int, shuffle: bool) -> int:
    """Write ``n_files`` seed-shaped issue files into ``folder``; return the total bytes."""
    rng = random.Random(RNG_SEED)
    texts = [seed.read_text(encoding="utf-8") for seed in seeds]
    total = 0
    width = len(str(n_files - 1))
    for i in range(n_files):
        k = i % len(seeds)
        text = texts[k]
        if shuffle:
            groups = GROUP_BREAK.split(text)
            rng.shuffle(groups)
            text = "\n\n\n\n".join(groups)
        data = text.encode("utf-8")
        (folder / f"{seeds[k].stem}_{i:0{width}d}.txt").write_bytes(data)
        total += len(data)
    return total


def _clear(output: Path) -> None:
    if output.is_dir():
        shutil.rmtree(output)
    else:
        output.unlink(missing_ok=True)


def run_once(folder: Path, output: Path, jobs: int) -> tuple[float, float]:
    """Run the command once on ``folder``; return its wall time and CPU time (user + system,
    the process and its workers) in seconds."""
    _clear(output)
    cmd = [
        sys.executable,
        "-m",
        "gaoxin_parse",
        str(folder),
        "--output",
        str(output) + ("/" if not output.suffix else ""),
        "--quiet",
        "--jobs",
        str(jobs),
    ]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, check=False)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode != 0:
        stderr = proc.stderr.decode("utf-8", errors="replace")
        raise SystemExit(f"--jobs {jobs} exited {proc.returncode}:\n{stderr}")
    return seconds, cpu


def measure(folder: Path, output: Path, jobs: int, repeat: int) -> tuple[list[float], float]:
    """Wall times of ``repeat`` runs with ``--jobs jobs``, and their median CPU time."""
    runs = [run_once(folder, output, jobs) for _ in range(repeat)]
    return [wall for wall, _ in runs], statistics.median(cpu for _, cpu in runs)


def outputs(output: Path) -> list[tuple[str, bytes]]:
    """What one run wrote: the JSONL file's lines, or each file of the output folder."""
    if output.is_dir():
        files = sorted(p for p in output.rglob("*") if p.is_file())
        return [(str(p.relative_to(output)), p.read_bytes()) for p in files]
    return [("", line) for line in output.read_bytes().splitlines()]


def compare_jobs(
    seeds: Sequence[Path],
    files: int,
    jobs: int,
    repeat: int,
    *,
    to: str = "jsonl",
    shuffle: bool = True,
    keep: bool = False,
) -> dict[str, Any]:
    """Build the folder, time ``--jobs 1`` and ``--jobs jobs`` ``repeat`` times each into one
    JSONL file (``to="jsonl"``) or a folder of JSON files (``to="dir"``); the figures."""
    work = Path(tempfile.mkdtemp(prefix="gaoxin-cli-bench-"))
    try:
        folder = work / "issues"
        folder.mkdir()
        total_bytes = build_folder(seeds, folder, files, shuffle)
        suffix = ".jsonl" if to == "jsonl" else ""
        serial_out, parallel_out = work / f"serial{suffix}", work / f"parallel{suffix}"
        serial, serial_cpu = measure(folder, serial_out, 1, repeat)
        parallel, parallel_cpu = measure(folder, parallel_out, jobs, repeat)
        written = outputs(serial_out)
        identical = written == outputs(parallel_out)
    finally:
        if keep:
            print(f"kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)
    t1, tn = statistics.median(serial), statistics.median(parallel)
    return {
        "files": files,
        "output": to,
        "megabytes": total_bytes / 1e6,
        "cpu_count": os.cpu_count(),
        "python": sys.version.split()[0],
        "jobs": jobs,
        "repeat": repeat,
        "serial_seconds": serial,
        "parallel_seconds": parallel,
        "serial_cpu_seconds": serial_cpu,
        "parallel_cpu_seconds": parallel_cpu,
        "serial_files_per_second": files / t1,
        "parallel_files_per_second": files / tn,
        "speedup": t1 / tn,
        "target_speedup": TARGET_SPEEDUP,
        "outputs_identical": identical,
        "jsonl_lines": len(written),
        "load_average": os.getloadavg()[0],
    }


def print_figures(figures: dict[str, Any]) -> None:
    files, jobs = figures["files"], figures["jobs"]
    print(
        f"{files} files, {figures['megabytes']:.1f} MB, output {figures['output']}, "
        f"{figures['cpu_count']} CPUs, Python {figures['python']}, "
        f"median of {figures['repeat']} run(s), load average {figures['load_average']:.2f} at end"
    )
    print(f"{'':<12} {'seconds':>9} {'files/s':>9} {'CPU s':>7}   runs (s)")
    for label, key in (("--jobs 1", "serial"), (f"--jobs {jobs}", "parallel")):
        times = figures[f"{key}_seconds"]
        t = statistics.median(times)
        runs = ", ".join(f"{x:.2f}" for x in times)
        cpu = figures[f"{key}_cpu_seconds"]
        print(f"{label:<12} {t:>9.2f} {files / t:>9.1f} {cpu:>7.2f}   runs {runs}")
    speedup = figures["speedup"]
    verdict = "meets" if speedup >= TARGET_SPEEDUP else "misses"
    print(f"speed-up    {speedup:>9.2f}x  ({verdict} the {TARGET_SPEEDUP}x target)")
    identical = "yes" if figures["outputs_identical"] else "NO"
    print(f"outputs identical: {identical} ({figures['jsonl_lines']} outputs)")


def main(argv: Sequence[str] | None = None) -> int:
    """Build the folder, time serial and parallel runs, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000, help="issue files (default 1000)")
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS, help="folder of seeds")
    parser.add_argument("--jobs", type=int, default=2, help="parallel workers (default 2)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each (default 3)")
    parser.add_argument(
        "--to",
        choices=("jsonl", "dir"),
        default="jsonl",
        help="one JSONL file (default), or a folder of one JSON file per issue",
    )
    parser.add_argument("--no-shuffle", action="store_true", help="plain copies of the seeds")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    parser.add_argument(
        "--check",
        action="store_true",
        help=f"exit 1 if the speed-up is below {TARGET_SPEEDUP}x",
    )
    args = parser.parse_args(argv)
    seeds = sorted(args.seeds.glob("*.txt"))
    if not seeds:
        parser.error(f"no seeds in {args.seeds}")
    if args.files < 1 or args.repeat < 1 or args.jobs < 2:
        parser.error("--files and --repeat must be at least 1, --jobs at least 2")
    figures = compare_jobs(
        seeds,
        args.files,
        args.jobs,
        args.repeat,
        to=args.to,
        shuffle=not args.no_shuffle,
        keep=args.keep,
    )
    print_figures(figures)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    if not figures["outputs_identical"] or figures["jsonl_lines"] != args.files:
        return 1
    return 1 if args.check and figures["speedup"] < TARGET_SPEEDUP else 0


if __name__ == "__main__":
    sys.exit(main())
