"""The printed report: one section per module's figures, then the targets."""

from __future__ import annotations

import unicodedata
from typing import Any

from cli import print_figures
from inputs import MB
from machine import BUSY_FRACTION
from targets import TARGET_MEMORY_RATIO, TARGET_SCALING, TARGET_TINY_MBPS, status


def _pad(text: str, width: int) -> str:
    """``text`` padded to ``width`` terminal columns, counting wide (CJK) characters as two."""
    used = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return text + " " * max(0, width - used)


def print_machine(m: dict[str, Any]) -> None:
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
            "  WARNING: other processes competed for the CPU, wall times may be slower and"
            " noisier (compare the cpu MB/s columns)"
            if busy > BUSY_FRACTION
            else ""
        )
        print(
            f"  busy       another task was runnable in {100 * busy:.0f}% of "
            f"{m['other_runnable_samples']} samples{warn}"
        )


def print_inputs(rows: list[dict[str, Any]]) -> None:
    header = (
        f"{'input':<28} {'MB':>6} {'issues':>6} {'runs':>4} {'parse s':>8} {'MB/s':>5} "
        f"{'cpu MB/s':>8} {'ms/iss':>6} {'to_dict s':>9} {'to_json s':>9} {'naive s':>7} "
        f"{'x naive':>7} {'+JSON':>6}"
    )
    print(header)
    print("-" * len(header))
    for r in rows:
        print(
            f"{r['input']:<28} {r['mb']:>6.2f} {r['issues']:>6} {r['runs']:>4} "
            f"{r['parse_s']:>8.4f} {r['mb_per_s']:>5.2f} {r['cpu_mb_per_s']:>8.2f} "
            f"{r['ms_per_issue']:>6.2f} {r['to_dict_s']:>9.4f} {r['to_json_s']:>9.4f} "
            f"{r['naive_s']:>7.4f} {r['naive_ratio']:>7.1f} {r['naive_ratio_with_json']:>6.1f}"
        )
    print(
        "  (parse s: sum of the parse_issue calls of one pass, median of the passes; cpu MB/s:"
        " the same from process_time;\n   to_dict s, to_json s: Issue.to_dict(), Issue.to_json()"
        " alone; x naive: parse s / naive s; +JSON: (parse s + to_json s) / naive s)"
    )


def print_scaling(report: dict[str, Any]) -> None:
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


def print_memory(memory: dict[str, dict[str, Any]]) -> None:
    print(f"peak memory, parse + to_json (target <= {TARGET_MEMORY_RATIO:g}x input UTF-8 size)")
    for name, mem in memory.items():
        rss = (
            f"RSS growth {mem['rss_growth_bytes'] / MB:.1f} MB = {mem['rss_ratio']:.1f}x (median)"
            if mem.get("rss_ratio") is not None
            else "RSS growth n/a"
        )
        worst = max(mem["tracemalloc_ratio_with_json"], mem.get("rss_ratio") or 0.0)
        print(
            f"  {name:<22} input {mem['bytes'] / MB:7.3f} MB  tracemalloc peak: parse "
            f"{mem['tracemalloc_ratio']:5.1f}x, + JSON "
            f"{mem['tracemalloc_peak_with_json_bytes'] / MB:6.1f} MB = "
            f"{mem['tracemalloc_ratio_with_json']:5.1f}x  {rss}  parse {mem['wall_s']:.3f} s  "
            f"{status(worst <= TARGET_MEMORY_RATIO)}"
        )


def print_import(imp: dict[str, Any]) -> None:
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


def print_tiny_blocks(rows: list[dict[str, Any]]) -> None:
    print(
        f"tiny-block pages (target >= {TARGET_TINY_MBPS:g} MB/s; MB/s from wall time, cpu from"
        " process_time; median of the runs)"
    )
    header = (
        f"  {'page':<24} {'first block':<20} {'blocks':>6} {'MB':>5} {'runs':>4} "
        f"{'parse':>6} {'cpu':>6} {'+JSON':>6} {'cpu':>6} {'µs/blk':>6}  read as"
    )
    print(header)
    for r in rows:
        met = min(r["mb_per_s"], r["mb_per_s_with_json"]) >= TARGET_TINY_MBPS
        print(
            f"  {r['input']:<24} {_pad(r['example'], 20)} {r['blocks']:>6} "
            f"{r['bytes'] / MB:>5.2f} {r['runs']:>4} {r['mb_per_s']:>6.2f} "
            f"{r['cpu_mb_per_s']:>6.2f} {r['mb_per_s_with_json']:>6.2f} "
            f"{r['cpu_mb_per_s_with_json']:>6.2f} {r['us_per_block']:>6.0f}  "
            f"{r['kind']} {100 * r['kind_share']:.0f}%  {status(met)}"
        )


def print_report(report: dict[str, Any]) -> None:
    print_machine(report["machine"])
    print()
    print_inputs(report["inputs"])
    print()
    print_scaling(report)
    print()
    print_memory(report["memory"])
    print()
    print_import(report["import"])
    if report.get("tiny_blocks"):
        print()
        print_tiny_blocks(report["tiny_blocks"])
    if report.get("cli"):
        print()
        print("command line, serial against parallel")
        print_figures(report["cli"])
    print()
    print("targets")
    for row in report["targets"]:
        print(f"  {row['status']:<7} {row['target']:<58} {row['value']}")
