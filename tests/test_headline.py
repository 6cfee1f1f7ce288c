"""Headline roles: title, kickers, subtitles, banner (``gaoxin_parse.headline``), via parses."""

from __future__ import annotations

import pytest

import gaoxin_parse as gx

from .invariants import check_all

BODY = "本报讯(记者王小明)近日,某区召开工作会议。"


def first_article(text: str) -> gx.Article:
    """The first article of ``text``, after checking every invariant."""
    return check_all(text).articles[0]


class TestRoles:
    """Which headline line is the title, which are kickers and subtitles."""

    def test_largest_type_is_title(self) -> None:
        """Fewest ``#`` is the title; lines above are kickers, lines below subtitles."""
        article = first_article(f"### 引题一行\n\n# 主题一行\n\n## 副题一行\n\n{BODY}")

        assert (article.kickers, article.title, article.subtitles) == (
            ("引题一行",),
            "主题一行",
            ("副题一行",),
        )

    def test_kicker_in_larger_type_than_the_title(self) -> None:
        """``## 某区：`` over ``### title``: the largest type holds only a kicker, so the first
        unmarked line is the title (an article never loses its title to inconsistent marks)."""
        article = first_article(f"## 江城高新区：\n\n### 新增专精特新企业12家\n\n{BODY}")

        assert (article.kickers, article.title, article.subtitles) == (
            ("江城高新区",),
            "新增专精特新企业12家",
            (),
        )

    @pytest.mark.parametrize("colon", [":", "："])
    def test_kicker_colon_standalone(self, colon: str) -> None:
        """A plain line ending with a colon is a kicker; the colon is removed from the role."""
        article = first_article(f"某某产业园区{colon}\n\n锻造能力强作风\n\n{BODY}")

        assert (article.kickers, article.title) == (("某某产业园区",), "锻造能力强作风")
        assert [h.text for h in article.headlines] == [f"某某产业园区{colon}", "锻造能力强作风"]

    def test_kicker_colon_inline(self) -> None:
        """A kicker written inline before the title is split at the colon."""
        article = first_article(f"某某产业园区：锻造能力强作风\n\n{BODY}")

        assert (article.kickers, article.title) == (("某某产业园区",), "锻造能力强作风")
        assert [h.text for h in article.headlines] == ["某某产业园区：锻造能力强作风"]

    def test_time_colon_is_not_a_kicker(self) -> None:
        """A colon between digits (a time) does not split a title."""
        article = first_article(f"明早9:30开幕\n\n{BODY}")

        assert (article.kickers, article.title) == ((), "明早9:30开幕")

    def test_kicker_dash_and_subtitle_dash(self) -> None:
        """``——`` ends a kicker and starts a subtitle; marks are removed from the roles."""
        article = first_article(
            f"位居全省第五——\n\n空气质量是这样炼成的\n\n——某区治理工作综述\n\n{BODY}"
        )

        assert article.kickers == ("位居全省第五",)
        assert article.title == "空气质量是这样炼成的"
        assert article.subtitles == ("某区治理工作综述",)

    def test_plain_default_first_is_title(self) -> None:
        """Where neither type nor marks decide, the first line is the title (documented)."""
        article = first_article(f"改革创新闯出路\n\n某区部署今年工作\n\n{BODY}")

        assert (article.kickers, article.title, article.subtitles) == (
            (),
            "改革创新闯出路",
            ("某区部署今年工作",),
        )

    def test_equal_levels_default_first_is_title(self) -> None:
        """Equal markdown levels decide nothing either: the first line is the title."""
        article = first_article(f"## 第一行标题\n\n## 第二行标题\n\n{BODY}")

        assert (article.title, article.subtitles) == ("第一行标题", ("第二行标题",))

    @pytest.mark.parametrize("wrap", ["\n", "  \n"])
    def test_wrapped_headline_is_one_entry(self, wrap: str) -> None:
        """A headline wrapped over two lines of one block (newline or hard break) is one line."""
        article = first_article(f"企业家代表座谈{wrap}为发展支招\n\n{BODY}")

        assert [h.text for h in article.headlines] == ["企业家代表座谈为发展支招"]
        assert article.title == "企业家代表座谈为发展支招"


class TestBanner:
    """Rule ``banner_over_kicker``."""

    def test_banner_above_smaller_kicker(self) -> None:
        """A heading in the title's type above a smaller kicker names a group, not the article."""
        issue = check_all(f"## 创建文明城市\n\n### 某区举办培训会\n\n## 为创建蓄力赋能\n\n{BODY}")
        article = issue.articles[0]

        assert article.banner is not None
        assert article.banner.text == "创建文明城市"
        assert [h.text for h in article.headlines] == ["某区举办培训会", "为创建蓄力赋能"]
        assert (article.kickers, article.title) == (("某区举办培训会",), "为创建蓄力赋能")
        assert [b.kind for b in issue.blocks][:3] == [
            gx.BlockKind.BANNER,
            gx.BlockKind.HEADLINE,
            gx.BlockKind.HEADLINE,
        ]

    def test_title_then_subtitles_is_not_a_banner(self) -> None:
        """Type that only shrinks (title, subtitle, smaller subtitle) has no banner."""
        article = first_article(f"# 主题\n\n## 副题一\n\n### 副题二\n\n{BODY}")

        assert article.banner is None
        assert (article.title, article.subtitles) == ("主题", ("副题一", "副题二"))

    def test_kicker_title_subtitle_is_not_a_banner(self) -> None:
        """Small, large, small is the ordinary kicker/title/subtitle shape."""
        article = first_article(f"### 引题\n\n## 主题\n\n### 副题\n\n{BODY}")

        assert article.banner is None
        assert (article.kickers, article.title, article.subtitles) == (("引题",), "主题", ("副题",))


class TestMarkedStackLines:
    """Rule ``marked_stack_lines``: in one plain block, a kicker's mark ends a line of the
    stack and a subtitle's mark starts one; unmarked lines are one wrapped headline."""

    def test_kicker_title_subtitle_in_one_block(self) -> None:
        """``某区：`` / title / ``——subtitle`` printed in one block are three lines of the stack."""
        issue = check_all(
            "江城高新区：\n推进产业链招商取得实效\n——今年已签约项目18个\n\n"
            "本报讯(记者 王明)今年以来,园区开展产业链招商。"
        )

        (article,) = issue.articles
        assert tuple(h.text for h in article.headlines) == (
            "江城高新区：",
            "推进产业链招商取得实效",
            "——今年已签约项目18个",
        )
        assert (article.kickers, article.title, article.subtitles) == (
            ("江城高新区",),
            "推进产业链招商取得实效",
            ("今年已签约项目18个",),
        )

    def test_kicker_ending_with_dashes(self) -> None:
        """A line ending with ``——`` is a kicker over the next line."""
        issue = check_all("新质生产力在园区——\n数字孪生让工厂运行“看得见”\n\n本报讯 正文。")

        (article,) = issue.articles
        assert (article.kickers, article.title) == (("新质生产力在园区",), "数字孪生让工厂运行“看得见”")

    def test_unmarked_lines_are_one_wrapped_headline(self) -> None:
        """Two lines with no mark are one headline wrapped by the column."""
        issue = check_all("南湖高新区首批“揭榜挂帅”项目\n集中签约\n\n本报讯 正文。")

        (article,) = issue.articles
        assert tuple(h.text for h in article.headlines) == ("南湖高新区首批“揭榜挂帅”项目集中签约",)
        assert (article.kickers, article.subtitles) == ((), ())


class TestColumnInTitle:
    """Rule ``column_in_title``: a column name printed at the head of the title line."""

    @pytest.mark.parametrize(
        "line",
        [
            "【科技人物】园区新材料项目投产",
            "(园区走访记)园区新材料项目投产",
            "（园区走访记）园区新材料项目投产",
            "园区走访记丨园区新材料项目投产",
            "园区走访记|园区新材料项目投产",
        ],
    )
    def test_column_before_the_title(self, line: str) -> None:
        """In lenticular or round brackets, or before a vertical bar, the name is the column;
        the headline keeps the line as printed."""
        article = first_article(f"## {line}\n\n{BODY}")

        assert article.title == "园区新材料项目投产"
        assert article.column is not None
        assert article.column.text == ("科技人物" if "科技" in line else "园区走访记")
        assert article.headlines[0].text == line

    @pytest.mark.parametrize(
        "line",
        ["(一)园区新材料项目投产", "(2023)园区新材料项目投产", "园区新材料项目投产(图)"],
    )
    def test_not_a_column(self, line: str) -> None:
        """A number in brackets or a bracket at the end is no column printed in the title
        line."""
        article = first_article(f"## {line}\n\n{BODY}")

        assert article.title == line
        assert article.column is None
