"""Lint and types are part of the tests: ``ruff check`` and ``mypy --strict`` on ``src/``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=False)


def test_ruff_check() -> None:
    """``ruff check src tests`` reports nothing."""
    ruff = str(Path(sys.executable).parent / "ruff")

    paths = [p for p in ("src", "tests", "benchmarks") if (ROOT / p).is_dir()]

    result = _run(ruff, "check", *paths)

    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict() -> None:
    """``mypy --strict src`` reports nothing."""
    result = _run(sys.executable, "-m", "mypy", "--strict", "src")

    assert result.returncode == 0, result.stdout + result.stderr
