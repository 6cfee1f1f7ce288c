"""Where and under what load the figures were taken: platform, CPU, commit, competing tasks.

The machines these benchmarks run on are often shared, so every figure comes with the load
average and with how often another task was waiting for the CPU while the benchmark ran.
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from typing import Any

from inputs import ROOT

import gaoxin_parse

#: A run is flagged as disturbed when another task was runnable in more than this share of
#: the samples.
BUSY_FRACTION = 0.2

#: How many other tasks were runnable each time ``sample_other_runnable`` read /proc/loadavg.
_OTHER_RUNNABLE: list[int] = []


def sample_other_runnable() -> None:
    """Record how many tasks besides this one are runnable now (Linux ``/proc/loadavg``)."""
    try:
        with open("/proc/loadavg", encoding="ascii") as f:
            running = int(f.read().split()[3].split("/")[0])
    except (OSError, ValueError, IndexError):
        return
    _OTHER_RUNNABLE.append(max(0, running - 1))


def busy_figures() -> dict[str, Any]:
    """The samples taken so far: their number and the share in which another task waited."""
    samples = _OTHER_RUNNABLE
    return {
        "other_runnable_samples": len(samples),
        "other_runnable_busy_fraction": (
            sum(1 for n in samples if n > 0) / len(samples) if samples else None
        ),
    }


def log(message: str) -> None:
    """Progress on stderr; each message is also a load sample."""
    sample_other_runnable()
    print(message, file=sys.stderr, flush=True)


def load_average() -> float | None:
    """The 1-minute load average, where the OS has one."""
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):
        return None


def _git(*args: str) -> str | None:
    """Output of ``git -C ROOT args`` (stripped), or ``None`` when git or the repo is missing."""
    try:
        done = subprocess.run(
            ["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=False
        )
    except OSError:
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def _cpu_model() -> str | None:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or None


def machine_info() -> dict[str, Any]:
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    commit = _git("rev-parse", "--short", "HEAD")
    if commit and _git("status", "--porcelain", "--", "src"):
        commit += " + uncommitted changes in src/"
    return {
        "platform": platform.platform(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "cpu_count": os.cpu_count(),
        "cpu_usable": usable,
        "cpu_model": _cpu_model(),
        "gaoxin_parse": gaoxin_parse.__version__,
        "gaoxin_parse_file": gaoxin_parse.__file__,
        "git_commit": commit,
        "load_average_start": load_average(),
    }
