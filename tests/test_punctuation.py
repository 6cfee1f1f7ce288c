"""Punctuation normalisation (``gaoxin_parse.punctuation``): each rule, and what it leaves alone."""

from __future__ import annotations

import pytest

import gaoxin_parse as gx
from gaoxin_parse.punctuation import RULES

from .invariants import check_blocks_tile

RULE_NAMES = {rule.__name__ for rule in RULES}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本报讯(记者高轶鹏)10月9日,高新区", "本报讯（记者高轶鹏）10月9日，高新区"),
        ("办结率100%,企业", "办结率100%，企业"),
        ("要抓学习;要抓谋划", "要抓学习；要抓谋划"),
        ("会议要求:全力以赴", "会议要求：全力以赴"),
        ("真方便!一本手册", "真方便！一本手册"),
        ("是如何炼成的?", "是如何炼成的？"),
        ("位居 11 月份", "位居11月份"),
        ("延时加班(早6点至晚12点)", "延时加班（早6点至晚12点）"),
    ],
)
def test_normalises(text: str, expected: str) -> None:
    """Half-width marks with a Chinese neighbour become full width; brackets as a pair."""
    assert gx.normalize_punctuation(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "1.26亿元",
        "1,000台",
        "G60科创走廊",
        "上午10:30开始",
        "see http://example.com/a?b=1,2;c=3 now",
        "f(x) = (a+b), y; z: w!",
        "携手共进步 互助同发展",
        "使用 AI 技术",
    ],
)
def test_leaves_alone(text: str) -> None:
    """Marks inside numbers, times, Latin words and URLs, and spaces between words, stay."""
    assert gx.normalize_punctuation(text) == text


def test_issue_option_records_each_change(seed_text: str) -> None:
    """``punctuation="fullwidth"`` normalises every text field, records every change as a
    repair replayable on the source, and keeps every span valid."""
    plain = gx.parse_issue(seed_text)

    issue = gx.parse_issue(seed_text, punctuation="fullwidth")

    check_blocks_tile(issue)
    punctuation = [r for r in issue.repairs if r.rule in RULE_NAMES]
    assert punctuation, "the seeds use half-width punctuation"
    assert all(
        issue.source[r.offset : r.offset + len(r.removed)] == r.removed for r in issue.repairs
    )
    assert [p.spans for a in issue.articles for p in a.paragraphs] == [
        p.spans for a in plain.articles for p in a.paragraphs
    ]
    assert all("," not in p.text for a in issue.articles for p in a.paragraphs if "，" in p.text)
    assert issue.articles[0].byline is not None
    assert "（" in issue.articles[0].byline.text or "(" not in issue.articles[0].byline.text
    replayed = gx.apply_repairs(seed_text, punctuation)
    assert replayed == gx.normalize_punctuation(seed_text)


def test_unknown_punctuation_option() -> None:
    """An unknown option value is refused."""
    with pytest.raises(gx.OptionsError, match="punctuation"):
        gx.parse_issue("正文。", punctuation="halfwidth")  # type: ignore[arg-type]
