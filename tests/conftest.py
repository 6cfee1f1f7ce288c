"""Shared fixtures: seed paths and texts."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

#: The default profile is derandomized: CI runs the same examples every time, so that a
#: result does not depend on luck. ``HYPOTHESIS_PROFILE=thorough pytest tests/test_properties.py``
#: explores anew: random, 5000 examples per test (20 000 over the four properties), examples
#: saved in the local database so that a failure found once is replayed first. Each profile
#: is registered whole (not derived from the default), so it cannot inherit ``derandomize``.
settings.register_profile("default", max_examples=150, derandomize=True, database=None)
settings.register_profile("thorough", max_examples=5000, derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

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


pytest_plugins = ["pytester"]
