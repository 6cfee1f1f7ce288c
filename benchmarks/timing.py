"""Time ``parse_issue``, ``Issue.to_dict`` and ``Issue.to_json`` against the naive floor on the
seeds and on synthetic archives; the scaling ratio between archive sizes."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from inputs import MB, synthetic_issues, utf8_bytes, write_archive
from machine import log, sample_other_runnable
from naive import naive_parse

import gaoxin_parse

#: An archive pass of 100 MB takes about 20 s: at most this many passes, whatever the time.
ARCHIVE_MAX_RUNS = 3


def time_pass(issues: Sequence[str]) -> dict[str, Any]:
    """Parse every issue once; time ``parse_issue``, ``to_dict`` and ``to_json`` separately
    (wall time, and CPU time of this process for the parse), and the naive floor in its own
    pass."""
    parse_issue = gaoxin_parse.parse_issue
    clock, cpu = time.perf_counter, time.process_time
    parse_s = parse_cpu_s = to_dict_s = to_json_s = 0.0
    articles = 0
    for i, text in enumerate(issues):
        if i % 256 == 255:  # a few checks for competing processes, outside the timed calls
            sample_other_runnable()
        c0 = cpu()
        t0 = clock()
        issue = parse_issue(text)
        t1 = clock()
        c1 = cpu()
        issue.to_dict()
        t2 = clock()
        issue.to_json()
        t3 = clock()
        parse_s += t1 - t0
        parse_cpu_s += c1 - c0
        to_dict_s += t2 - t1
        to_json_s += t3 - t2
        articles += len(issue.articles)
    del issue
    naive_articles = 0
    c0 = cpu()
    t0 = clock()
    for text in issues:
        naive_articles += len(naive_parse(text)["articles"])
    naive_s = clock() - t0
    naive_cpu_s = cpu() - c0
    return {
        "parse_s": parse_s,
        "parse_cpu_s": parse_cpu_s,
        "to_dict_s": to_dict_s,
        "to_json_s": to_json_s,
        "naive_s": naive_s,
        "naive_cpu_s": naive_cpu_s,
        "articles": articles,
        "naive_articles": naive_articles,
    }


def time_repeated(
    issues: Sequence[str], min_seconds: float, min_runs: int, max_runs: int | None = None
) -> dict[str, Any]:
    """``time_pass`` repeated until ``min_runs`` passes and ``min_seconds`` have passed (but
    no more than ``max_runs`` passes); the median of each figure."""
    runs: list[dict[str, Any]] = []
    started = time.perf_counter()
    while len(runs) < min_runs or time.perf_counter() - started < min_seconds:
        if max_runs is not None and len(runs) >= max_runs:
            break
        sample_other_runnable()
        runs.append(time_pass(issues))
    result = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    result["runs"] = len(runs)
    return result


def figures(name: str, issues: Sequence[str], timing: dict[str, Any]) -> dict[str, Any]:
    """One row of the table: throughput, time per issue and ratio to the naive floor."""
    nbytes = utf8_bytes(issues)
    parse_s = timing["parse_s"]
    return {
        "input": name,
        "issues": len(issues),
        "bytes": nbytes,
        "mb": nbytes / MB,
        "parse_s": parse_s,
        "to_dict_s": timing["to_dict_s"],
        "naive_s": timing["naive_s"],
        "mb_per_s": nbytes / MB / parse_s,
        "mb_per_s_with_to_dict": nbytes / MB / (parse_s + timing["to_dict_s"]),
        "ms_per_issue": 1000 * parse_s / len(issues),
        "naive_ratio": parse_s / timing["naive_s"],
        "parse_cpu_s": timing["parse_cpu_s"],
        "naive_cpu_s": timing["naive_cpu_s"],
        "cpu_mb_per_s": nbytes / MB / timing["parse_cpu_s"],
        "cpu_naive_ratio": timing["parse_cpu_s"] / timing["naive_cpu_s"],
        "to_json_s": timing["to_json_s"],
        "mb_per_s_with_json": nbytes / MB / (parse_s + timing["to_json_s"]),
        "naive_ratio_with_json": (parse_s + timing["to_json_s"]) / timing["naive_s"],
        "articles_per_issue": timing["articles"] / len(issues),
        "naive_articles_per_issue": timing["naive_articles"] / len(issues),
        "runs": timing.get("runs", 1),
    }


def time_seeds(named_seeds: Sequence[tuple[str, str]], seconds: float) -> list[dict[str, Any]]:
    """A row per seed (when there are at most ten) and one for all the seeds."""
    seeds = [text for _, text in named_seeds]
    rows = []
    if len(seeds) <= 10:
        for name, text in named_seeds:
            log(f"timing seed {name} ...")
            timing = time_repeated([text], seconds / len(seeds), 5)
            rows.append(figures(f"seed {Path(name).stem[:23]}", [text], timing))
    log("timing all seeds ...")
    rows.append(figures("seeds (each parsed)", seeds, time_repeated(seeds, seconds, 5)))
    return rows


def time_archives(
    seeds: Sequence[str], sizes: Sequence[float], rng_seed: int, seconds: float, out: Path | None
) -> tuple[list[dict[str, Any]], dict[float, list[str]]]:
    """A row per archive size, and the archives themselves (for the memory tests)."""
    rows = []
    archives: dict[float, list[str]] = {}
    for size in sizes:
        log(f"building {size:g} MB archive ...")
        issues = synthetic_issues(seeds, int(size * MB), rng_seed)
        archives[size] = issues
        if out is not None:
            where = write_archive(out, f"archive-{size:g}MB", issues)
            log(f"  wrote {len(issues)} issues under {where}")
        log(f"timing {size:g} MB archive ({len(issues)} issues) ...")
        gc.collect()
        timing = time_repeated(issues, seconds, 1, ARCHIVE_MAX_RUNS)
        rows.append(figures(f"archive {size:g} MB", issues, timing))
    return rows, archives


def scaling(archive_rows: Sequence[dict[str, Any]], low: float, high: float) -> dict[str, Any]:
    """time(largest) ÷ (size ratio × time(smallest)); linear work gives 1."""
    small, large = archive_rows[0], archive_rows[-1]
    size_ratio = large["bytes"] / small["bytes"]
    ratio = large["parse_s"] / (size_ratio * small["parse_s"])
    return {
        "between": f"{large['input'][len('archive ') :]} vs {small['input'][len('archive ') :]}",
        "size_ratio": size_ratio,
        "small_s": small["parse_s"],
        "large_s": large["parse_s"],
        "ratio": ratio,
        "met": low <= ratio <= high,
    }
