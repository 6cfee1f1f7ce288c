"""Break decisions (``gaoxin_parse.repair``): each rule where it fires and where it must not."""

from __future__ import annotations

import pytest

import gaoxin_parse as gx
from gaoxin_parse.reasons import reason_of
from gaoxin_parse.repair import (
    BREAK_RULES,
    decide,
    join_unterminated,
    keep_after_bare_marks,
    keep_after_colon,
    keep_after_sentence_end,
    keep_before_forming_byline,
    keep_before_list_item,
)

from .invariants import check_all


@pytest.mark.parametrize(
    ("before", "after", "decision", "rule"),
    [
        ("…体制机制持", "续创新,…", "join", join_unterminated),  # mid-word
        ("…实现销售收入1.3", "亿元,…", "join", join_unterminated),  # mid-number
        ("…按照周例会、月", "研讨、季总结…", "join", join_unterminated),  # after 、
        ("…排查隐患点,", "督促指导…", "join", join_unterminated),  # after a comma
        ("…获得称号", "“十强企业”…", "join", join_unterminated),  # before an opening quote
        ("…强化招商合力;建立", "重点项目…", "join", join_unterminated),
        ("…公司负责人手中。", "近年来,…", "keep", keep_after_sentence_end),
        ("…浇灌幼苗早日长成参天大树。”", "10月11日,…", "keep", keep_after_sentence_end),
        ("…是如何炼成的?", "为准确把握…", "keep", keep_after_sentence_end),
        ("…好消息!", "…", "keep", keep_after_sentence_end),
        ("…心连心……", "…", "keep", keep_after_sentence_end),
        ("会议要求：", "要抓学习。", "keep", keep_after_colon),
        ("…他忍不住感叹道:", "“太蓝了!”第一次来的记者表示…", "join", join_unterminated),  # a quote
        ("#", "# 标题", "keep", keep_after_bare_marks),
        ("本", "报讯(记者王小明)近日,", "keep", keep_before_forming_byline),
        ("——", "正文。", "keep", keep_after_bare_marks),
        ("一是抓创新驱动；", "二是抓产业培育；", "keep", keep_before_list_item),
        ("(一)抓创新;", "(二)抓产业;", "keep", keep_before_list_item),
    ],
)
def test_decide(before: str, after: str, decision: str, rule: object) -> None:
    """The first answering rule decides; keep rules fire only on their case."""
    got, by = decide(before, after)

    assert (got, by) == (decision, rule)


def test_every_rule_has_a_reason() -> None:
    """Each rule's docstring opens with a one-line reason."""
    for rule in BREAK_RULES:
        assert reason_of(rule).startswith(("Keep:", "Join:")), rule.__name__


class TestBreaksInIssue:
    """Breaks recorded in an :class:`Issue`."""

    def test_join_and_keep_are_both_recorded(self) -> None:
        """Every break between body pieces is audited, joined or kept, with rule and reason."""
        issue = check_all("## 甲文\n\n本报讯 某区推进改\n\n革。\n\n第二段。")

        assert [(b.decision, b.rule) for b in issue.breaks] == [
            ("join", "join_unterminated"),
            ("keep", "keep_after_sentence_end"),
        ]
        (repair,) = issue.repairs
        assert (repair.removed, repair.before, repair.after) == (
            "\n\n",
            "某区推进改\n\n革。",
            "某区推进改革。",
        )

    def test_headlines_bylines_credits_never_joined(self) -> None:
        """No break is ever taken between text and a headline, byline or credit."""
        issue = check_all("## 甲文没有句号\n\n本报讯(记者王小明)正文没有句号\n\n(本报记者 王小明)")

        assert issue.breaks == ()

    def test_repair_line_breaks_changes_only_breaks(self) -> None:
        """Only the blank lines between joined blocks go; headlines and photos stay."""
        source = "## 甲文\n\n本报讯 某区推进改\n\n革。\n\n第二段。\n"

        assert gx.repair_line_breaks(source) == "## 甲文\n\n本报讯 某区推进改革。\n\n第二段。\n"

    def test_crlf_breaks(self) -> None:
        """CRLF blank lines are removed whole."""
        assert gx.repair_line_breaks("本报讯 推进改\r\n\r\n革。") == "本报讯 推进改革。"

    def test_lines_inside_a_block(self) -> None:
        """Single newlines inside a text block are breaks too, decided by the same rules."""
        issue = check_all("本报讯 推进改\n革。\n第二段。")

        assert [p.text for p in issue.articles[0].paragraphs] == ["推进改革。", "第二段。"]
