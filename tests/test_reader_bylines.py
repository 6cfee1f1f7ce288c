"""Eighty made-up byline, credit and look-alike lines, each with the reading a second reader
gave it without running the parser (``tests/reader_bylines.tsv``), read exactly.

The file has the columns of the development list (text, kind, source, reporters,
correspondents, photographers, others, note); the comparison is the one of
``benchmarks/bylines.py``, so a line reads the same here and there.
"""

from __future__ import annotations

import pytest

from .reader_lists import BENCHMARK, rows

ROWS = rows("reader_bylines.tsv")


def test_every_kind_is_there() -> None:
    """Leads, trailing bylines, credits and look-alikes, eighty lines in all."""
    assert len(ROWS) == 80
    assert {row["kind"] for row in ROWS} == {"lead", "trail", "credit", "none"}


@pytest.mark.parametrize("row", ROWS, ids=[f"{n}-{row['kind']}" for n, row in enumerate(ROWS)])
def test_line_reads_as_the_reader_read_it(row: dict[str, str]) -> None:
    """Names, roles and source exactly; a look-alike reads as nothing."""
    got = BENCHMARK.read(row["kind"], row["text"])

    assert BENCHMARK.problems(row, got) == []
