"""Forty more made-up byline, credit and look-alike lines (``tests/reader_bylines_4.tsv``), each
with the reading a fourth reader gave it without running the parser, read exactly.

They add forms the first three lists lack: an opener ending ``消息`` (``央视网消息（记者 …）``),
``本报记者`` repeated inside the bracket after ``本报讯``, lenticular brackets ``【…】`` as a lead and
as a trailing byline, a photographer's role word inside a byline, ``文`` / ``图`` marks without a
slash, the role word printed before each of two marked names, ``摄影报道`` and ``/摄`` covering two
role groups, an intern word covering two names, ``图：`` with a full-width colon, ``摄`` glued to
the name; and look-alikes such as ``（本报综合）``, a page note saying 稿件…提供, desk lines with a
bar or without a colon, a picture index line, prompts and cross-references holding ``报道``, and a
headline opening with ``通讯员`` and a name. Same columns and comparison as
``tests/test_reader_bylines.py`` (the one of ``benchmarks/bylines.py``).
"""

from __future__ import annotations

from collections import Counter

import pytest

from .reader_lists import BENCHMARK, rows

ROWS = rows("reader_bylines_4.tsv")


def test_every_kind_is_there() -> None:
    """Forty lines: 10 leads, 10 trailing bylines, 9 credits and 11 look-alikes."""
    assert len(ROWS) == 40
    assert Counter(row["kind"] for row in ROWS) == {"lead": 10, "trail": 10, "credit": 9, "none": 11}


def test_no_line_repeats_the_other_lists() -> None:
    """The fourth list adds lines; it does not count the other lists' lines again."""
    old = {
        row["text"]
        for name in ("reader_bylines.tsv", "reader_bylines_2.tsv", "reader_bylines_3.tsv")
        for row in rows(name)
    }
    assert not old & {row["text"] for row in ROWS}


@pytest.mark.parametrize("row", ROWS, ids=[f"{n}-{row['kind']}" for n, row in enumerate(ROWS)])
def test_line_reads_as_the_reader_read_it(row: dict[str, str]) -> None:
    """Names, roles and source exactly; a look-alike reads as nothing."""
    got = BENCHMARK.read(row["kind"], row["text"])

    assert BENCHMARK.problems(row, got) == []
