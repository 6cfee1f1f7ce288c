"""The targets each figure is judged against, and the printed report."""

from __future__ import annotations

from typing import Any

from inputs import MB
from machine import BUSY_FRACTION

TARGET_MBPS = 10.0
TARGET_NAIVE_RATIO = 4.0
TARGET_SCALING = (0.9, 1.1)
TARGET_MEMORY_RATIO = 30.0
TARGET_IMPORT_MS = 100.0


def status(met: bool | None) -> str:
    return "n/a" if met is None else ("met" if met else "MISSED")


def targets(report: dict[str, Any]) -> list[dict[str, Any]]:
    largest = report["inputs"][-1]
    scaling = report.get("scaling")
    memory = report["memory"]
    ratios = [m["tracemalloc_ratio"] for m in memory.values()]
    ratios += [m["rss_ratio"] for m in memory.values() if m.get("rss_ratio") is not None]
    low, high = TARGET_SCALING
    rows = [
        {
            "target": f"throughput >= {TARGET_MBPS:g} MB/s per core ({largest['input']})",
            "value": f"{largest['mb_per_s']:.2f} MB/s",
            "met": largest["mb_per_s"] >= TARGET_MBPS,
        },
        {
            "target": f"<= {TARGET_NAIVE_RATIO:g}x naive floor ({largest['input']})",
            "value": f"{largest['naive_ratio']:.1f}x",
            "met": largest["naive_ratio"] <= TARGET_NAIVE_RATIO,
        },
        {
            "target": f"scaling ratio in [{low}, {high}]"
            + (f" ({scaling['between']})" if scaling else ""),
            "value": f"{scaling['ratio']:.3f}" if scaling else "n/a (one archive size)",
            "met": low <= scaling["ratio"] <= high if scaling else None,
        },
        {
            "target": f"peak memory < {TARGET_MEMORY_RATIO:g}x input (worst measurement)",
            "value": f"{max(ratios):.1f}x",
            "met": max(ratios) < TARGET_MEMORY_RATIO,
        },
        {
            "target": f"import gaoxin_parse < {TARGET_IMPORT_MS:g} ms (bytecode cached)",
            "value": f"{report['import']['ms']:.1f} ms",
            "met": report["import"]["ms"] < TARGET_IMPORT_MS,
        },
    ]
    for row in rows:
        row["status"] = status(row["met"])
    return rows


def print_report(report: dict[str, Any]) -> None:
    m = report["machine"]
    print()
    print("machine")
    print(f"  platform   {m['platform']}")
    print(f"  python     {m['python']}")
    print(f"  cpu        {m['cpu_model']} ({m['cpu_count']} logical, {m['cpu_usable']} usable)")
    print(f"  package    gaoxin_parse {m['gaoxin_parse']} from {m['gaoxin_parse_file']}")
    print(f"  repo       git {m['git_commit']}")
    start, end = m["load_average_start"], m["load_average_end"]
    busy = m["other_runnable_busy_fraction"]
    if start is not None and end is not None:
        print(f"  load avg   {start:.2f} at start, {end:.2f} at end (1 min; this run adds ~1)")
    if busy is not None:
        warn = (
            "  WARNING: other processes competed for the CPU, timings may be slower and noisier"
            if busy > BUSY_FRACTION
            else ""
        )
        print(
            f"  busy       another task was runnable in {100 * busy:.0f}% of "
            f"{m['other_runnable_samples']} samples{warn}"
        )
    print()
    header = (
        f"{'input':<28} {'MB':>7} {'issues':>6} {'runs':>4} {'parse s':>8} {'MB/s':>6} "
        f"{'ms/iss':>7} {'to_dict s':>9} {'naive s':>8} {'x naive':>7}  targets"
    )
    print(header)
    print("-" * len(header))
    for r in report["inputs"]:
        marks = (
            f"MB/s {status(r['mb_per_s'] >= TARGET_MBPS)}, "
            f"naive {status(r['naive_ratio'] <= TARGET_NAIVE_RATIO)}"
        )
        print(
            f"{r['input']:<28} {r['mb']:>7.2f} {r['issues']:>6} {r['runs']:>4} "
            f"{r['parse_s']:>8.4f} {r['mb_per_s']:>6.2f} {r['ms_per_issue']:>7.2f} "
            f"{r['to_dict_s']:>9.4f} {r['naive_s']:>8.4f} {r['naive_ratio']:>7.1f}  {marks}"
        )
    print(
        "  (parse s: sum of the parse_issue calls of one pass, median of the passes; to_dict s:"
        " Issue.to_dict() alone;\n   x naive: parse s / naive s; number of passes"
        " in the runs column)"
    )
    print()
    if report.get("scaling"):
        s = report["scaling"]
        print(
            f"scaling  {s['between']}: {s['large_s']:.3f} s / ({s['size_ratio']:.3f} x "
            f"{s['small_s']:.3f} s) = {s['ratio']:.3f}   target [{TARGET_SCALING[0]}, "
            f"{TARGET_SCALING[1]}]: {status(s['met'])}"
        )
    c = report.get("concat_scaling")
    if c:
        print(
            f"single-string scaling (informational) {c['between']}: {c['ratio']:.3f} "
            f"({c['large_s']:.3f} s vs {c['small_s']:.3f} s)"
        )
    print()
    print(f"peak memory (target < {TARGET_MEMORY_RATIO:g}x input UTF-8 size)")
    for name, mem in report["memory"].items():
        rss = (
            f"RSS growth {mem['rss_growth_bytes'] / MB:.1f} MB = {mem['rss_ratio']:.1f}x (median)"
            if mem.get("rss_ratio") is not None
            else "RSS growth n/a"
        )
        worst = max(mem["tracemalloc_ratio"], mem.get("rss_ratio") or 0.0)
        print(
            f"  {name:<30} input {mem['bytes'] / MB:7.3f} MB  tracemalloc peak "
            f"{mem['tracemalloc_peak_bytes'] / MB:8.1f} MB = {mem['tracemalloc_ratio']:5.1f}x"
            f"  {rss}  parse {mem['wall_s']:.3f} s  {status(worst < TARGET_MEMORY_RATIO)}"
        )
    print()
    imp = report["import"]
    print(
        f"import gaoxin_parse, bytecode cached: {imp['ms']:.1f} ms (median of {imp['runs']}: "
        f"{imp['python_import_ms']:.1f} ms with import - {imp['python_pass_ms']:.1f} ms bare); "
        f"-X importtime cumulative {imp['importtime_cumulative_ms']:.1f} ms"
    )
    as_is = imp["as_is"]
    note = "" if imp["as_is_has_pyc"] else "; no .pyc for gaoxin_parse here, sources compiled"
    if imp["dont_write_bytecode"]:
        note += " (PYTHONDONTWRITEBYTECODE is set)"
    print(
        f"  environment as is: {as_is['ms']:.1f} ms, -X importtime cumulative "
        f"{as_is['importtime_cumulative_ms']:.1f} ms{note}"
    )
    heavy = ", ".join(f"{k} {v:.1f}" for k, v in list(imp["heaviest_self_ms"].items())[:6])
    print(f"  heaviest modules (self ms): {heavy}")
    print()
    print("targets")
    for row in report["targets"]:
        print(f"  {row['status']:<7} {row['target']:<58} {row['value']}")
