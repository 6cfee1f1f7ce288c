"""Benchmark ``gaoxin_parse.parse_issue`` against its performance targets.

Run from the repository root, after ``pip install .``::

    python benchmarks/run.py                 # seeds, 10 MB and 100 MB archives (a minute or two)
    python benchmarks/run.py --quick         # seeds, 1 MB and 10 MB archives (about 30 s)
    python benchmarks/run.py --sizes 5,50 --json out.json

What it measures (see ``docs/performance.md`` for the figures and how to read them):

* every seed issue, parsed on its own, and synthetic archives of N MB of UTF-8 built in
  memory from the seeds: each synthetic issue is one seed with its article groups shuffled by
  ``random.Random`` (fixed seed), cut to 10-20 KB, so it is seed-shaped;
* wall time of ``parse_issue`` over every issue, and of ``Issue.to_dict()`` separately;
  throughput, mean time per issue;
* a naive floor (``naive_parse`` below) timed on the same issues;
* the scaling ratio between the smallest and the largest archive;
* peak memory (tracemalloc, and peak-RSS growth in a fresh process) on the largest single
  issue and on one 10 MB string made by joining issues;
* the time ``import gaoxin_parse`` adds to a fresh interpreter.

Standard library only, besides ``gaoxin_parse`` itself. Nothing is written to disk unless
``--json`` or ``--out`` asks for it.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import json
import os
import platform
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import gaoxin_parse

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SEEDS = ROOT / "seeds"
DEFAULT_OUT = ROOT / "benchmarks" / "out"
MB = 1_000_000  # sizes and throughputs use decimal megabytes of UTF-8

RNG_SEED = 20240321
ISSUE_MIN_BYTES = 10_000
ISSUE_MAX_BYTES = 20_000
CONCAT_MB = 10.0
IMPORT_RUNS = 5
RSS_RUNS = 3
ARCHIVE_MAX_RUNS = 3
BUSY_FRACTION = 0.2

TARGET_MBPS = 10.0
TARGET_NAIVE_RATIO = 4.0
TARGET_SCALING = (0.9, 1.1)
TARGET_MEMORY_RATIO = 30.0
TARGET_IMPORT_MS = 100.0


# --------------------------------------------------------------------------- inputs


def load_seeds(seeds_dir: Path) -> list[tuple[str, str]]:
    """``(name, text)`` of every ``*.txt`` seed, sorted by name."""
    paths = sorted(seeds_dir.glob("*.txt"))
    if not paths:
        sys.exit(f"run.py: no *.txt seeds in {seeds_dir}")
    return [(p.name, p.read_text(encoding="utf-8")) for p in paths]


_HEADING_KINDS = frozenset({"banner", "headline", "column", "note", "photo_title"})


def article_groups(text: str) -> list[str]:
    """Cut one seed into groups of blocks that each begin an article (or a titled photo).

    A group starts at the first block of a run of heading-like blocks (banner, headline,
    column, note, photo title) and runs to the next such run; photos without a title and
    trailing bylines stay with the article they follow. Each group keeps the white space that
    preceded it in the seed (so picture gaps travel with the group they announce). The block
    kinds come from one untimed ``parse_issue`` of the seed.
    """
    blocks = gaoxin_parse.parse_issue(text).blocks
    starts: list[int] = []  # index into blocks of each group's first block
    previous_heading = False
    for index, block in enumerate(blocks):
        heading = block.kind.value in _HEADING_KINDS
        if heading and not previous_heading:
            starts.append(index)
        previous_heading = heading
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    if not blocks:
        return [text]
    groups = []
    for i, first in enumerate(starts):
        begin = 0 if first == 0 else blocks[first - 1].span.end
        last = (starts[i + 1] if i + 1 < len(starts) else len(blocks)) - 1
        groups.append(text[begin : blocks[last].span.end])
    return groups


def synthetic_issues(seeds: Sequence[str], total_bytes: int, rng_seed: int) -> list[str]:
    """Issues of 10-20 KB of UTF-8, each one seed's article groups in shuffled order, until
    ``total_bytes`` are reached. Deterministic for a given ``rng_seed``."""
    rng = random.Random(rng_seed)
    grouped = [[(g, len(g.encode("utf-8"))) for g in article_groups(s)] for s in seeds]
    issues: list[str] = []
    size = 0
    k = 0
    while size < total_bytes:
        groups = grouped[k % len(grouped)]
        k += 1
        target = rng.randint(ISSUE_MIN_BYTES, ISSUE_MAX_BYTES)
        parts: list[str] = []
        n = 0
        order: list[tuple[str, int]] = []
        while n < target:
            if not order:
                order = groups[:]
                rng.shuffle(order)
            group, nbytes = order.pop()
            if n >= ISSUE_MIN_BYTES and n + nbytes > ISSUE_MAX_BYTES:
                break
            parts.append(group if not parts or group[:1].isspace() else "\n\n" + group)
            n += nbytes
        issue = "".join(parts).lstrip() + "\n"
        issues.append(issue)
        size += len(issue.encode("utf-8"))
    return issues


def utf8_bytes(texts: Sequence[str]) -> int:
    return sum(len(t.encode("utf-8")) for t in texts)


def write_archive(out_dir: Path, name: str, issues: Sequence[str]) -> Path:
    """Write one archive as ``out_dir/name/issue-NNNNN.txt``."""
    target = out_dir / name
    target.mkdir(parents=True, exist_ok=True)
    for i, issue in enumerate(issues):
        (target / f"issue-{i:05d}.txt").write_text(issue, encoding="utf-8")
    return target


# --------------------------------------------------------------------------- naive floor

#: One regex per block, named alternatives tried in order: credit, byline, headline, body.
_NAIVE_BLOCK_RE = re.compile(
    r"(?P<credit>[^\s。，,]{2,5}(?:[ \u3000、，,]+[^\s。，,]{2,5})*[ \u3000]+摄\Z)"
    r"|(?P<byline>(?:本报讯)?[(（](?:本报)?(?:记者|通讯员)[^)）\n]{0,40}[)）])"
    r"|(?P<headline>\#{1,6}[^\n]*(?:\n[ \t]*\#{1,6}[^\n]*)*\Z|[^。！？!?，,；;]{1,40}\Z)"
    r"|(?P<body>.)",
    re.S,
)
_NAIVE_SPLIT_RE = re.compile(r"\n[ \t\u3000\r]*\n\s*")
_SENTENCE_END = ("。", "！", "？", "!", "?")


def naive_parse(text: str) -> dict[str, Any]:
    """The naive floor: one pass, plain dicts, no spans.

    Split into blank-line blocks; one regex per block tells headline / byline / credit / body
    apart; a headline after a non-headline opens an article; a body block is joined to the
    previous body block when that one does not end with 。！？!?.
    """
    articles: list[dict[str, Any]] = []
    article: dict[str, Any] = {"headlines": [], "byline": None, "paragraphs": [], "credits": []}
    previous = ""
    for raw in _NAIVE_SPLIT_RE.split(text):
        block = raw.strip()
        if not block:
            continue
        match = _NAIVE_BLOCK_RE.match(block)
        kind = match.lastgroup if match else "body"
        if kind == "headline":
            if previous != "headline":
                article = {"headlines": [], "byline": None, "paragraphs": [], "credits": []}
                articles.append(article)
            article["headlines"].append(block.lstrip("#").strip())
        elif kind == "credit":
            article["credits"].append(block)
        else:
            if kind == "byline" and match is not None:
                article["byline"] = match.group("byline")
                block = block[match.end() :].strip()
                if not block:
                    previous = "byline"
                    continue
                kind = "body"
            paragraphs = article["paragraphs"]
            if previous == "body" and paragraphs and not paragraphs[-1].endswith(_SENTENCE_END):
                paragraphs[-1] += block
            else:
                paragraphs.append(block)
        previous = kind
    return {"articles": articles}


# --------------------------------------------------------------------------- timing


def time_pass(issues: Sequence[str]) -> dict[str, Any]:
    """Parse every issue once; time ``parse_issue`` and ``to_dict`` separately, and the naive
    floor in its own pass."""
    parse_issue = gaoxin_parse.parse_issue
    clock = time.perf_counter
    parse_s = 0.0
    to_dict_s = 0.0
    articles = 0
    for i, text in enumerate(issues):
        if i % 256 == 255:  # a few checks for competing processes, outside the timed calls
            sample_other_runnable()
        t0 = clock()
        issue = parse_issue(text)
        t1 = clock()
        issue.to_dict()
        t2 = clock()
        parse_s += t1 - t0
        to_dict_s += t2 - t1
        articles += len(issue.articles)
    del issue
    naive_articles = 0
    t0 = clock()
    for text in issues:
        naive_articles += len(naive_parse(text)["articles"])
    naive_s = clock() - t0
    return {
        "parse_s": parse_s,
        "to_dict_s": to_dict_s,
        "naive_s": naive_s,
        "articles": articles,
        "naive_articles": naive_articles,
    }


def time_repeated(
    issues: Sequence[str], min_seconds: float, min_runs: int, max_runs: int | None = None
) -> dict[str, Any]:
    """``time_pass`` repeated until ``min_runs`` passes and ``min_seconds`` have passed (but
    no more than ``max_runs`` passes); the median of each figure."""
    runs = []
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
        "articles_per_issue": timing["articles"] / len(issues),
        "naive_articles_per_issue": timing["naive_articles"] / len(issues),
        "runs": timing.get("runs", 1),
    }


# --------------------------------------------------------------------------- memory


def traced_peak(text: str) -> dict[str, Any]:
    """tracemalloc peak of one ``parse_issue(text)`` (the input itself is not counted), and
    the untraced wall time of the same call."""
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
    finally:
        tracemalloc.stop()
    del issue
    nbytes = len(text.encode("utf-8"))
    return {
        "bytes": nbytes,
        "wall_s": wall,
        "tracemalloc_peak_bytes": peak,
        "tracemalloc_ratio": peak / nbytes,
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
    """``ru_maxrss`` in bytes. Only a fallback: on Linux it survives ``exec`` and so can hold
    the peak of the parent process that spawned us."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss if sys.platform == "darwin" else rss * 1024


def rss_probe(args: argparse.Namespace) -> dict[str, Any] | None:
    """Peak-RSS growth of parsing the ``--concat-mb`` string, in a fresh interpreter running
    this script (``--rss-probe``). RSS of a single 20 KB issue is below the noise, so only the
    big string is probed."""
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--seeds",
        str(args.seeds),
        "--rng-seed",
        str(args.rng_seed),
        "--concat-mb",
        str(args.concat_mb),
        "--rss-probe",
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        print(f"  (RSS probe failed: {done.stderr.strip()[-300:]})", file=sys.stderr)
        return None
    result: dict[str, Any] | None = json.loads(done.stdout)
    return result


def run_rss_probe(args: argparse.Namespace) -> None:
    """Child side of ``rss_probe``: print ``{"bytes", "rss_growth_bytes"}`` as JSON."""
    seeds = [t for _, t in load_seeds(args.seeds)]
    text = concat_text(seeds, args.concat_mb, args.rng_seed)
    gc.collect()
    before = _proc_status_bytes("VmRSS")
    if before is not None:
        _reset_peak_rss()
        before = _proc_status_bytes("VmRSS")
        issue = gaoxin_parse.parse_issue(text)
        after = _proc_status_bytes("VmHWM")
    else:  # no /proc: ru_maxrss before and after
        before = _maxrss_bytes()
        issue = gaoxin_parse.parse_issue(text)
        after = _maxrss_bytes()
    del issue
    growth = None if before is None or after is None else after - before
    json.dump({"bytes": len(text.encode("utf-8")), "rss_growth_bytes": growth}, sys.stdout)


def concat_text(seeds: Sequence[str], mb: float, rng_seed: int) -> str:
    """One string of ``mb`` MB: the synthetic issues of that size joined by blank lines."""
    return "\n\n".join(synthetic_issues(seeds, int(mb * MB), rng_seed))


# --------------------------------------------------------------------------- import time


def import_time(runs: int, env: dict[str, str] | None = None) -> dict[str, Any]:
    """Median wall time of ``python -c "import gaoxin_parse"`` minus ``python -c pass``, and the
    median cumulative time ``-X importtime`` reports for ``gaoxin_parse``, in ``env``."""

    def wall(code: str) -> float:
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, env=env)
        return time.perf_counter() - t0

    wall("import gaoxin_parse")  # warm .pyc files (where allowed) and the OS cache
    diffs, with_import, bare = [], [], []
    for _ in range(runs):
        b = wall("pass")
        w = wall("import gaoxin_parse")
        bare.append(b)
        with_import.append(w)
        diffs.append(w - b)
    cumulative, selfs = [], []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", "import gaoxin_parse"],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        )
        rows = _importtime_rows(done.stderr)
        cumulative.append(next(c for _, c, name in rows if name.strip() == "gaoxin_parse"))
        selfs.append(rows)
    heaviest: dict[str, list[int]] = {}
    for rows in selfs:
        for self_us, _, name in rows:
            heaviest.setdefault(name.strip(), []).append(self_us)
    top = sorted(heaviest.items(), key=lambda kv: -statistics.median(kv[1]))[:8]
    return {
        "ms": 1000 * statistics.median(diffs),
        "python_pass_ms": 1000 * statistics.median(bare),
        "python_import_ms": 1000 * statistics.median(with_import),
        "importtime_cumulative_ms": statistics.median(cumulative) / 1000,
        "heaviest_self_ms": {name: statistics.median(us) / 1000 for name, us in top},
        "runs": runs,
    }


def import_times(runs: int) -> dict[str, Any]:
    """Import time with the bytecode cache warm (what ``pip install .`` gives: it compiles
    ``.pyc`` files), and in the environment exactly as it is.

    The warm figure is taken with ``PYTHONPYCACHEPREFIX`` pointing at a temporary directory
    (filled by a first, untimed import), so it holds even for an editable install under
    ``PYTHONDONTWRITEBYTECODE``, where every import would otherwise compile the sources.
    """
    cached_pyc = Path(importlib.util.cache_from_source(gaoxin_parse.__file__ or "")).exists()
    with tempfile.TemporaryDirectory(prefix="gaoxin-bench-pyc-") as prefix:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = prefix
        warm = import_time(runs, env)
    as_is = import_time(runs)
    warm["as_is"] = as_is
    warm["as_is_has_pyc"] = cached_pyc
    warm["dont_write_bytecode"] = bool(os.environ.get("PYTHONDONTWRITEBYTECODE"))
    return warm


def _importtime_rows(stderr: str) -> list[tuple[int, int, str]]:
    rows = []
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "[us]" in line:
            continue
        self_us, cumulative_us, name = line[len("import time:") :].split("|", 2)
        rows.append((int(self_us), int(cumulative_us), name))
    return rows


# --------------------------------------------------------------------------- machine


def _git(*args: str) -> str | None:
    """Output of ``git -C ROOT args`` (stripped), or ``None`` when git or the repo is missing."""
    try:
        done = subprocess.run(
            ["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=False
        )
    except OSError:
        return None
    return done.stdout.strip() if done.returncode == 0 else None


#: How many other tasks were runnable each time ``log`` sampled ``/proc/loadavg``.
_OTHER_RUNNABLE: list[int] = []


def sample_other_runnable() -> None:
    """Record how many tasks besides this one are runnable now (Linux ``/proc/loadavg``)."""
    try:
        with open("/proc/loadavg", encoding="ascii") as f:
            running = int(f.read().split()[3].split("/")[0])
    except (OSError, ValueError, IndexError):
        return
    _OTHER_RUNNABLE.append(max(0, running - 1))


def load_average() -> float | None:
    """The 1-minute load average, where the OS has one."""
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):
        return None


def machine_info() -> dict[str, Any]:
    cpu_model = None
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu_model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    if cpu_model is None:
        cpu_model = platform.processor() or None
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    commit = _git("rev-parse", "--short", "HEAD")
    if commit and _git("status", "--porcelain", "--", "src"):
        commit += " + uncommitted changes in src/"
    return {
        "platform": platform.platform(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "cpu_count": os.cpu_count(),
        "cpu_usable": usable,
        "cpu_model": cpu_model,
        "gaoxin_parse": gaoxin_parse.__version__,
        "gaoxin_parse_file": gaoxin_parse.__file__,
        "git_commit": commit,
        "load_average_start": load_average(),
    }


# --------------------------------------------------------------------------- report


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


# --------------------------------------------------------------------------- main


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


def log(message: str) -> None:
    sample_other_runnable()
    print(message, file=sys.stderr, flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.rss_probe:
        run_rss_probe(args)
        return 0
    named_seeds = load_seeds(args.seeds)
    seeds = [t for _, t in named_seeds]
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
        },
        "inputs": [],
    }
    for text in seeds:  # warm-up: lazy imports, regex caches
        gaoxin_parse.parse_issue(text).to_dict()
        naive_parse(text)

    rows: list[dict[str, Any]] = report["inputs"]
    if len(seeds) <= 10:
        for name, text in named_seeds:
            log(f"timing seed {name} ...")
            timing = time_repeated([text], args.seed_seconds / len(seeds), 5)
            rows.append(figures(f"seed {Path(name).stem[:23]}", [text], timing))
    log("timing all seeds ...")
    rows.append(figures("seeds (each parsed)", seeds, time_repeated(seeds, args.seed_seconds, 5)))

    archives: dict[float, list[str]] = {}
    for size in sizes:
        log(f"building {size:g} MB archive ...")
        issues = synthetic_issues(seeds, int(size * MB), args.rng_seed)
        archives[size] = issues
        if args.out is not None:
            where = write_archive(args.out, f"archive-{size:g}MB", issues)
            log(f"  wrote {len(issues)} issues under {where}")
        log(f"timing {size:g} MB archive ({len(issues)} issues) ...")
        gc.collect()
        timing = time_repeated(issues, args.archive_seconds, 1, ARCHIVE_MAX_RUNS)
        rows.append(figures(f"archive {size:g} MB", issues, timing))

    archive_rows = rows[-len(sizes) :]
    if len(sizes) >= 2:
        small, large = archive_rows[0], archive_rows[-1]
        size_ratio = large["bytes"] / small["bytes"]
        ratio = large["parse_s"] / (size_ratio * small["parse_s"])
        report["scaling"] = {
            "between": f"{sizes[-1]:g} MB vs {sizes[0]:g} MB",
            "size_ratio": size_ratio,
            "small_s": small["parse_s"],
            "large_s": large["parse_s"],
            "ratio": ratio,
            "met": TARGET_SCALING[0] <= ratio <= TARGET_SCALING[1],
        }

    log("memory: largest single issue ...")
    all_issues = seeds + [t for issues in archives.values() for t in issues]
    largest = max(all_issues, key=lambda t: len(t.encode("utf-8")))
    del all_issues
    memory: dict[str, dict[str, Any]] = {}
    memory["largest single issue"] = traced_peak(largest)
    log(f"memory: one {args.concat_mb:g} MB string ...")
    small_concat = concat_text(seeds, args.concat_mb / 10, args.rng_seed)
    t0 = time.perf_counter()
    gaoxin_parse.parse_issue(small_concat)
    small_concat_s = time.perf_counter() - t0
    concat = concat_text(seeds, args.concat_mb, args.rng_seed)
    memory[f"one {args.concat_mb:g} MB string"] = traced_peak(concat)
    big = memory[f"one {args.concat_mb:g} MB string"]
    report["concat_scaling"] = {
        "between": f"one {args.concat_mb:g} MB string vs one {args.concat_mb / 10:g} MB string",
        "small_s": small_concat_s,
        "large_s": big["wall_s"],
        "ratio": big["wall_s"]
        / (len(concat.encode("utf-8")) / len(small_concat.encode("utf-8")) * small_concat_s),
    }
    del concat, small_concat, archives
    gc.collect()
    log(f"memory: peak RSS growth of one {args.concat_mb:g} MB string, fresh process ...")
    for key, mem in memory.items():
        growths = []
        if key.startswith("one "):
            probes = [rss_probe(args) for _ in range(RSS_RUNS)]
            growths = [p["rss_growth_bytes"] for p in probes if p and p["rss_growth_bytes"]]
        growth = int(statistics.median(growths)) if growths else None
        mem["rss_growth_bytes"] = growth
        mem["rss_growth_runs_bytes"] = growths
        mem["rss_ratio"] = growth / mem["bytes"] if growth is not None else None
    report["memory"] = memory

    log("import time (fresh interpreters) ...")
    report["import"] = import_times(max(1, args.import_runs))
    report["machine"]["load_average_end"] = load_average()
    samples = _OTHER_RUNNABLE
    report["machine"]["other_runnable_samples"] = len(samples)
    report["machine"]["other_runnable_busy_fraction"] = (
        sum(1 for n in samples if n > 0) / len(samples) if samples else None
    )
    report["targets"] = targets(report)
    print_report(report)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", "utf-8")
        log(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
