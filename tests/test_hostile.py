"""Hostile input: huge, degenerate or binary-ish text gives a sane issue or a documented error.

Absolute times are the benchmark's job (``benchmarks/run.py``); here the shapes that once cost
quadratic time are timed at 1× and 4× their size, and the test fails on super-linear growth
(a ratio of CPU times, best of several runs, so that a loaded machine does not fail it).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

import gaoxin_parse as gx

from .invariants import check_blocks_tile, check_spans

SEED = (Path(__file__).resolve().parent.parent / "seeds" / "000_1c68c8fc2e42573b.txt").read_text(
    encoding="utf-8"
)


def sane(text: str) -> gx.Issue:
    """Parse ``text`` and check that blocks tile it and spans hold."""
    issue = gx.parse_issue(text)
    check_blocks_tile(issue)
    check_spans(issue)
    return issue


def test_twenty_megabytes_of_issues() -> None:
    """A 20 MB text of concatenated issues parses with every block accounted for."""
    copies = 20_000_000 // len(SEED.encode()) + 1
    issue = gx.parse_issue("\n\n".join([SEED] * copies))

    assert len(issue.articles) == copies * len(gx.parse_issue(SEED).articles)


def test_single_five_megabyte_line() -> None:
    """One 5 MB line without any break is one paragraph."""
    line = "体制机制持续创新,创新创业环境明显改善" * (5_000_000 // 57)
    issue = sane(line)

    assert len(issue.blocks) == 1
    assert issue.articles[0].paragraphs[0].text == line


@pytest.mark.parametrize(
    "text",
    [
        "\n" * 100_000,
        "\r\n" * 100_000 + "正文。",
        "## 标题\n\n" * 100_000,
        "标题\n\n" * 100_000,
        "本报讯(" * 200_000,
        "本报讯(记者" + "王" * 1_000_000,
        "(" * 500_000 + "本报记者 王小明",
        "王小明 " * 300_000 + "摄",
        "。" * 1_000_000 + " 王小明 摄",
        "#" * 1_000_000,
        "编者按" * 300_000,
        "【" * 500_000,
        "——" * 500_000,
        "一是；\n\n" * 50_000,
    ],
    ids=[
        "blank-lines",
        "crlf-blank-lines",
        "markdown-headings",
        "plain-headings",
        "unclosed-byline-openers",
        "endless-byline",
        "open-brackets",
        "names-then-credit",
        "marks-then-credit",
        "hashes",
        "note-labels",
        "lenticular-brackets",
        "dashes",
        "list-items",
    ],
)
def test_degenerate_text(text: str) -> None:
    """Long degenerate inputs parse, with every block accounted for."""
    sane(text)


def _parse_time(text: str, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        gx.parse_issue(text)
        best = min(best, time.process_time() - start)
    return max(best, 1e-4)


#: Shapes whose parse was quadratic: a heading with a long run of spaces (the heading pattern
#: backtracked), headings each with a line below in one block (each entry rescanned every
#: line, each block counted its line from the block's start), one heading wrapped over many
#: lines (its text grew by concatenation), many heading lines in one block.
LINEAR_SHAPES: dict[str, tuple[Callable[[int], str], int]] = {
    "heading-spaces": (lambda n: "# a" + " " * n + "b", 400_000),
    "headings-over-lines": (lambda n: "## 标题\n正文，正文。\n" * n, 1_000),
    "heading-wrapped-lines": (lambda n: "## 标题\n" + "续行\n" * n, 2_000),
    "heading-lines-in-one-block": (lambda n: "## 标题\n" * n, 1_000),
    "one-line-per-paragraph": (lambda n: "正文，正文一段。\n" * n, 1_000),
}


@pytest.mark.parametrize("name", sorted(LINEAR_SHAPES))
def test_parse_time_is_linear(name: str) -> None:
    """4× the text costs less than ×8 the time (quadratic work would be ×16)."""
    shape, n = LINEAR_SHAPES[name]
    small, large = shape(n), shape(4 * n)
    gx.parse_issue(small)  # warm caches

    assert _parse_time(large) / _parse_time(small) < 8.0


def test_headings_each_over_a_line_keep_every_block() -> None:
    """Many headings, each with a sentence under it in one chunk: a headline block and a
    paragraph block each (rule ``split_mixed_block``), an article each."""
    issue = sane("## 标题\n正文，正文。\n" * 20_000)

    assert len(issue.blocks) == 40_000
    assert len(issue.articles) == 20_000


def test_heading_with_a_sentence_below_is_an_article() -> None:
    """A heading with a sentence on the next line (no blank line between) is an article."""
    issue = sane("## 标题\n正文，正文。\n\n## 标题二\n正文，正文。\n")

    assert [a.title for a in issue.articles] == ["标题", "标题二"]


@pytest.mark.parametrize(
    "text",
    [
        "标题\n\ufeff续\n\n本报讯 正文。",
        "标题\ufeff\n续\n\n本报讯 正文。",
        "## 标题\n\ufeff续\n\n本报讯 正文。",
        "## 标题\u2003\n\u2003续\n\n本报讯 正文。",
    ],
    ids=["bom-line-start", "bom-line-end", "bom-under-heading", "em-spaces"],
)
def test_blank_marks_at_a_headline_wrap(text: str) -> None:
    """A BOM or other blank at a wrap of a headline is not in its text; its span covers both
    lines, and slices to the text once the wrap (line end and blanks around it) is removed."""
    issue = sane(text)

    assert issue.articles[0].title == "标题续"


def test_many_headings_are_strays_or_headlines() -> None:
    """100 000 headings with no body make no article and lose nothing."""
    issue = sane("## 标题\n\n" * 100_000)

    assert issue.articles == ()
    assert len(issue.blocks) == 100_000


@pytest.mark.parametrize(
    "text",
    [
        "正文\x00含有NUL。\n\n\x00\x00",
        "控制\x01\x02\x07\x1b字符。\n\x0c\n下一页。\x7f",
        "\x1c\x1d\x1e\x1f\x85\u2028\u2029\x0b正文。",
        b"\xe6\x9c\xac\xff\xfe\xe6\x8a\xa5".decode("utf-8", "surrogateescape") + "正文。",
        "\ud800孤立代理\udfff。\n\n\udcff",
    ],
    ids=["nul", "controls", "unicode-separators", "surrogateescape", "lone-surrogates"],
)
def test_control_characters_and_surrogates(text: str) -> None:
    """NUL, control characters and lone surrogates are kept as text; JSON still serialises."""
    issue = sane(text)

    assert issue.to_json()
