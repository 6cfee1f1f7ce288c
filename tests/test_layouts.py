"""Each made-up layout page in ``tests/layouts`` parses to its hand-written gold annotation.

The pages and their gold files were written by a second reader from the layouts the
segmentation issue lists (photo first, cut captions, own-line bylines, columns after their
article, notes, the one-line-per-paragraph export …), never by running the parser; see
``tests/layouts/README.md``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import gaoxin_parse as gx

from .gold import differences
from .invariants import check_all

LAYOUTS = Path(__file__).parent / "layouts"
PAGES = sorted(LAYOUTS.glob("*.txt"))


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_layout_matches_gold(page: Path) -> None:
    """Articles, bylines, paragraphs, photos and strays equal the gold annotation."""
    gold = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    issue = gx.parse_file(page)

    problems = differences(issue, gold)

    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_layout_keeps_the_invariants(page: Path) -> None:
    """Tiling, spans, repair replay and idempotence hold on every layout page."""
    check_all(page.read_text(encoding="utf-8"))


def test_every_layout_has_gold() -> None:
    """No page without its annotation (a page alone would test nothing)."""
    assert PAGES
    assert all(p.with_suffix(".json").exists() for p in PAGES)
