"""How long ``import gaoxin_parse`` takes in a fresh interpreter, warm cache and as is."""

from __future__ import annotations

import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import gaoxin_parse


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
    """``(self µs, cumulative µs, module)`` of every line ``-X importtime`` wrote."""
    rows = []
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "[us]" in line:
            continue
        self_us, cumulative_us, name = line[len("import time:") :].split("|", 2)
        rows.append((int(self_us), int(cumulative_us), name))
    return rows
