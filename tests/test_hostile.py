"""Hostile input: huge, degenerate or binary-ish text gives a sane issue or a documented error.

Time is not asserted here (that is the benchmark's job, ``benchmarks/run.py``); every pattern
is bounded so that these finish in time linear in their size, and a catastrophic pattern would
make this file hang rather than pass.
"""

from __future__ import annotations

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
