"""Sixty more made-up byline, credit and look-alike lines (``tests/reader_bylines_3.tsv``), each
with the reading a third reader gave it without running the parser, read exactly.

They add forms the first two lists lack: 特约记者/特约通讯员 with 本报 glued, 见习记者 with 本报
glued, interns printed first, names separated by ``、`` in several groups, full-width ``／文``
``／图`` marks, ``文·图/``, ``发自某地``, ``航拍``, bracketed credits, and look-alikes such as
continuation marks (``（上接第一版）``), interview lines (``记者：…``), headlines opening with a
role word, page desk lines. Same columns and comparison as ``tests/test_reader_bylines.py`` (the
one of ``benchmarks/bylines.py``).
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from .reader_lists import BENCHMARK, rows

ROWS = rows("reader_bylines_3.tsv")


def test_every_kind_is_there() -> None:
    """Sixty lines: 15 leads, 14 trailing bylines, 13 credits and 18 look-alikes."""
    assert len(ROWS) == 60
    assert Counter(row["kind"] for row in ROWS) == {"lead": 15, "trail": 14, "credit": 13, "none": 18}


def test_no_line_repeats_the_other_lists() -> None:
    """The third list adds lines; it does not count the first two lists' lines again."""
    old: set[str] = set()
    for name in ("reader_bylines.tsv", "reader_bylines_2.tsv"):
        path = Path(__file__).parent / name
        old |= {row["text"] for row in csv.DictReader(path.open(encoding="utf-8"), delimiter="\t")}
    assert not old & {row["text"] for row in ROWS}


@pytest.mark.parametrize("row", ROWS, ids=[f"{n}-{row['kind']}" for n, row in enumerate(ROWS)])
def test_line_reads_as_the_reader_read_it(row: dict[str, str]) -> None:
    """Names, roles and source exactly; a look-alike reads as nothing."""
    got = BENCHMARK.read(row["kind"], row["text"])

    assert BENCHMARK.problems(row, got) == []
