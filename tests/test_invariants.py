"""Invariants on every seed: spans, tiling blocks, repair replay, idempotence, determinism."""

from __future__ import annotations

from .invariants import check_all


def test_seed_invariants(seed_text: str) -> None:
    """A seed satisfies every invariant of ``tests/invariants.py``."""
    issue = check_all(seed_text)

    assert issue.articles, "a seed has articles"
