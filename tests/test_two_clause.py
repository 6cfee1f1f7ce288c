"""Rule ``two_clause_title`` (``gaoxin_parse.two_clause``): a plain line of two clauses heads a
report only where its place says so."""

from __future__ import annotations

import gaoxin_parse as gx

from .invariants import check_all

LINE = "春风送暖,园区8个科技项目同步开建"
REPORT = "2月6日,青山科技园8个科技项目同步开建。"


def titles(issue: gx.Issue) -> list[str | None]:
    return [a.title for a in issue.articles]


def test_heads_a_report_on_a_plain_page() -> None:
    """After a finished sentence, above a report's opening: a new article's title."""
    issue = check_all(f"上一篇报道到此结束。\n\n{LINE}\n\n{REPORT}")

    assert titles(issue) == [None, LINE]
    assert issue.articles[1].paragraphs[0].text == REPORT


def test_heads_a_lead_byline() -> None:
    """Above a lead byline it is the title too."""
    issue = check_all(f"{LINE}\n\n本报讯(记者 王明)青山科技园8个项目同步开建。")

    assert titles(issue) == [LINE]
    assert issue.articles[0].byline is not None


def test_text_on_a_marked_up_page() -> None:
    """Where headlines are marked up, a plain line with a comma is text."""
    issue = check_all(f"## 园区要闻\n\n第一段结束。\n\n{LINE}\n\n{REPORT}")

    assert titles(issue) == ["园区要闻"]
    assert [p.text for p in issue.articles[0].paragraphs][1] == LINE


def test_text_where_no_report_opens_below() -> None:
    """Above text that goes on like any paragraph it stays text (here the start of the
    paragraph the next block finishes)."""
    issue = check_all(f"上一篇报道到此结束。\n\n{LINE}\n\n其中新材料项目6个。")

    assert titles(issue) == [None]
    assert issue.articles[0].paragraphs[1].text == LINE + "其中新材料项目6个。"


def test_a_cut_piece_is_not_promoted() -> None:
    """After a sentence cut by a column break the line is that sentence's next piece."""
    issue = check_all(f"本报讯 园区推进改革,体制机制持\n\n续创新,全区8个项目同步开建\n\n{REPORT}")

    assert all(a.title is None for a in issue.articles)
    assert "续创新,全区8个项目同步开建" not in titles(issue)
