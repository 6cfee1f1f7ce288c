"""Shared fixtures: seed paths and texts."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
EXPECTED = ROOT / "tests" / "expected"


@pytest.fixture(params=SEEDS, ids=[p.stem[:3] for p in SEEDS])
def seed_path(request: pytest.FixtureRequest) -> Path:
    """Each seed issue file in turn."""
    path: Path = request.param
    return path


@pytest.fixture
def seed_text(seed_path: Path) -> str:
    """Each seed issue's text in turn."""
    return seed_path.read_text(encoding="utf-8")
