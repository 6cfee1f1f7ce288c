"""Sixty more made-up byline, credit and look-alike lines (``tests/reader_bylines_2.tsv``), each
with the reading a second reader gave it without running the parser, read exactly.

They add forms the first eighty lack: bylines without brackets, ``文/图`` and ``文/ 图/`` prefixes,
融媒体记者, 首席记者, agencies' own lines, compound surnames, ``供图`` credits, and look-alikes such as
``（作者单位：…）``, ``据…报道`` sentences, desk and production credits. Same columns and comparison
as ``tests/test_reader_bylines.py`` (the one of ``benchmarks/bylines.py``).
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from .reader_lists import BENCHMARK, rows

ROWS = rows("reader_bylines_2.tsv")


def test_every_kind_is_there() -> None:
    """Sixty lines: 15 leads, 13 trailing bylines, 14 credits and 18 look-alikes."""
    assert len(ROWS) == 60
    assert Counter(row["kind"] for row in ROWS) == {"lead": 15, "trail": 13, "credit": 14, "none": 18}


def test_no_line_repeats_the_first_list() -> None:
    """The second list adds lines; it does not count the first list's lines again."""
    first = Path(__file__).parent / "reader_bylines.tsv"
    old = {row["text"] for row in csv.DictReader(first.open(encoding="utf-8"), delimiter="\t")}
    assert not old & {row["text"] for row in ROWS}


@pytest.mark.parametrize("row", ROWS, ids=[f"{n}-{row['kind']}" for n, row in enumerate(ROWS)])
def test_line_reads_as_the_reader_read_it(row: dict[str, str]) -> None:
    """Names, roles and source exactly; a look-alike reads as nothing."""
    got = BENCHMARK.read(row["kind"], row["text"])

    assert BENCHMARK.problems(row, got) == []
