"""Peak memory of a parse (and of its JSON): tracemalloc here, peak-RSS growth in a fresh process.

RSS of a single 20 KB issue is below the noise, so only the big joined string is probed for
RSS; ``ru_maxrss`` is only a fallback because on Linux it survives ``exec`` and so can hold the
peak of the parent process that spawned the probe.
"""

from __future__ import annotations

import gc
import json
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from inputs import concat_text
from machine import log

import gaoxin_parse

RSS_RUNS = 3
RUN_SCRIPT = Path(__file__).resolve().with_name("run.py")


def traced_peak(text: str) -> dict[str, Any]:
    """tracemalloc peak of one ``parse_issue(text)``, then of it and ``to_json()`` with the
    issue still alive (what the command line does); the input itself is not counted. Also the
    untraced wall time of the parse."""
    gc.collect()
    t0 = time.perf_counter()
    gaoxin_parse.parse_issue(text)
    wall = time.perf_counter() - t0
    gc.collect()
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        issue = gaoxin_parse.parse_issue(text)
        _, peak = tracemalloc.get_traced_memory()
        issue.to_json()
        _, peak_with_json = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    del issue
    nbytes = len(text.encode("utf-8"))
    return {
        "bytes": nbytes,
        "wall_s": wall,
        "tracemalloc_peak_bytes": peak,
        "tracemalloc_ratio": peak / nbytes,
        "tracemalloc_peak_with_json_bytes": peak_with_json,
        "tracemalloc_ratio_with_json": peak_with_json / nbytes,
    }


def _proc_status_bytes(field: str) -> int | None:
    """A ``kB`` field of Linux ``/proc/self/status`` (``VmRSS``, ``VmHWM``) in bytes."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def _reset_peak_rss() -> None:
    """Reset ``VmHWM`` to the current RSS (Linux >= 4.0); harmless where unsupported."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as f:
            f.write("5")
    except OSError:
        pass


def _maxrss_bytes() -> int | None:
    """``ru_maxrss`` in bytes (kilobytes on Linux, bytes on macOS)."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss if sys.platform == "darwin" else rss * 1024


def rss_probe(seeds_dir: Path, rng_seed: int, concat_mb: float) -> dict[str, Any] | None:
    """Peak-RSS growth of parsing the ``concat_mb`` string and writing its JSON, in a fresh
    interpreter running ``run.py --rss-probe`` (which calls ``run_rss_probe``)."""
    cmd = [
        sys.executable,
        str(RUN_SCRIPT),
        "--seeds",
        str(seeds_dir),
        "--rng-seed",
        str(rng_seed),
        "--concat-mb",
        str(concat_mb),
        "--rss-probe",
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        print(f"  (RSS probe failed: {done.stderr.strip()[-300:]})", file=sys.stderr)
        return None
    result: dict[str, Any] | None = json.loads(done.stdout)
    return result


def run_rss_probe(seeds: Sequence[str], rng_seed: int, concat_mb: float) -> None:
    """Child side of ``rss_probe``: print ``{"bytes", "rss_growth_bytes"}`` as JSON."""
    text = concat_text(seeds, concat_mb, rng_seed)
    gc.collect()
    before = _proc_status_bytes("VmRSS")
    if before is not None:
        _reset_peak_rss()
        before = _proc_status_bytes("VmRSS")
        issue = gaoxin_parse.parse_issue(text)
        issue.to_json()
        after = _proc_status_bytes("VmHWM")
    else:  # no /proc: ru_maxrss before and after
        before = _maxrss_bytes()
        issue = gaoxin_parse.parse_issue(text)
        issue.to_json()
        after = _maxrss_bytes()
    del issue
    growth = None if before is None or after is None else after - before
    json.dump({"bytes": len(text.encode("utf-8")), "rss_growth_bytes": growth}, sys.stdout)


def measure_memory(
    seeds: Sequence[str],
    archives: Mapping[float, Sequence[str]],
    seeds_dir: Path,
    rng_seed: int,
    concat_mb: float,
) -> tuple[dict[str, dict[str, Any]], dict[str, Any]]:
    """Peak memory on the largest single issue and on one ``concat_mb`` string, and the
    informational scaling of that string against one a tenth of its size."""
    log("memory: largest single issue ...")
    largest = max(
        [*seeds, *(t for issues in archives.values() for t in issues)],
        key=lambda t: len(t.encode("utf-8")),
    )
    memory: dict[str, dict[str, Any]] = {"largest single issue": traced_peak(largest)}
    log(f"memory: one {concat_mb:g} MB string ...")
    small_concat = concat_text(seeds, concat_mb / 10, rng_seed)
    t0 = time.perf_counter()
    gaoxin_parse.parse_issue(small_concat)
    small_concat_s = time.perf_counter() - t0
    concat = concat_text(seeds, concat_mb, rng_seed)
    big = memory[f"one {concat_mb:g} MB string"] = traced_peak(concat)
    concat_scaling = {
        "between": f"one {concat_mb:g} MB string vs one {concat_mb / 10:g} MB string",
        "small_s": small_concat_s,
        "large_s": big["wall_s"],
        "ratio": big["wall_s"]
        / (len(concat.encode("utf-8")) / len(small_concat.encode("utf-8")) * small_concat_s),
    }
    del concat, small_concat
    gc.collect()
    log(f"memory: peak RSS growth of one {concat_mb:g} MB string, fresh process ...")
    for key, mem in memory.items():
        growths = []
        if key.startswith("one "):
            probes = [rss_probe(seeds_dir, rng_seed, concat_mb) for _ in range(RSS_RUNS)]
            growths = [p["rss_growth_bytes"] for p in probes if p and p["rss_growth_bytes"]]
        growth = int(statistics.median(growths)) if growths else None
        mem["rss_growth_bytes"] = growth
        mem["rss_growth_runs_bytes"] = growths
        mem["rss_ratio"] = growth / mem["bytes"] if growth is not None else None
    return memory, concat_scaling
