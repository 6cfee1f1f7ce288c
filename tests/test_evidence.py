"""Evidence rules (``gaoxin_parse.evidence``), the decoder and the audit of its choices.

Each rule gets a small made-up page where it fires, with the vote its docstring promises, and
one where it must stay silent. Pages are written as in the blocks export style: one blank line
between blocks, three where a picture stood.
"""

from __future__ import annotations

import itertools
import math
from pathlib import Path

import pytest

import gaoxin_parse as gx
from gaoxin_parse.audit import confidence
from gaoxin_parse.blocks import split_chunks
from gaoxin_parse.classify import announced_columns, classify
from gaoxin_parse.decoder import decode
from gaoxin_parse.evidence import (
    PAIR_GATES,
    PAIR_RULES,
    RULE_TAGS,
    UNIT_RULES,
    byline_reads_as_byline,
    byline_under_headline,
    caption_runs_on,
    captions_need_a_picture,
    column_label,
    column_label_position,
    credit_closes_photo,
    cut_article_resumes,
    cut_text_goes_on,
    heading_before_picture,
    heading_is_headline,
    headline_above_photo,
    intertitle_after_text,
    intertitle_form,
    label_after_article,
    lead_starts_article,
    line_under_picture,
    lone_line_is_cut_paragraph,
    lone_names_trail,
    names_close_article,
    note_label_takes_text,
    photo_opens_page,
    photo_titles_are_short,
    picture_splits_stack,
    picture_starts_photo,
    plain_line_by_markdown,
    possible,
    report_opens_article,
    stacks_are_short,
    titled_photos_are_credited,
    trailing_byline_ends,
    unplaceable_is_stray,
)
from gaoxin_parse.grammar import BLOCK_TAGS, FOLLOWS, Tag
from gaoxin_parse.layout import refine_chunks
from gaoxin_parse.page import Page, read_page
from gaoxin_parse.reasons import reason_of

from .conftest import ROOT, SEEDS

T = Tag
PICTURE = "\n\n\n\n"
LAYOUTS = sorted((ROOT / "tests" / "layouts").glob("*.txt"))


def page_of(text: str) -> Page:
    """The decoder's view of ``text``: refined chunks, classified, with their facts."""
    style, chunks = refine_chunks(text, split_chunks(text))
    columns = announced_columns(text, chunks)
    units = [classify(text, chunk, columns) for chunk in chunks]
    return read_page(text, units, style)


def blocks(*parts: str) -> str:
    """Blocks separated by one blank line (a picture is written as ``PICTURE`` in a part)."""
    return "\n\n".join(parts)


# --- unit rules ----------------------------------------------------------------------------


class TestHeadingIsHeadline:
    """``heading_is_headline``: a heading reads as a headline unless its neighbours say not."""

    def test_votes_for_headline(self) -> None:
        """A markdown heading votes for the headline role."""
        page = page_of(blocks("## 园区举办创新大赛", "5月1日,园区举办创新大赛。"))

        assert heading_is_headline(page, 0, T.HEAD) == 1.0

    def test_plain_line_is_weakly_not_text(self) -> None:
        """A plain unpunctuated line is only weakly against reading as a paragraph."""
        page = page_of(blocks("园区举办创新大赛", "5月1日,园区举办创新大赛。"))

        assert heading_is_headline(page, 0, T.BODY) == -1.5

    def test_plain_line_is_weakly_not_a_caption(self) -> None:
        """A plain unpunctuated line is only weakly against a caption or a stray."""
        page = page_of(blocks("园区举办创新大赛", "5月1日,园区举办创新大赛。"))

        assert (
            heading_is_headline(page, 0, T.CAPTION),
            heading_is_headline(page, 0, T.STRAY),
        ) == (-1.5, -1.5)

    def test_silent_on_text(self) -> None:
        """Text is no heading: the rule says nothing about it."""
        page = page_of(blocks("## 园区举办创新大赛", "5月1日,园区举办创新大赛。"))

        assert heading_is_headline(page, 1, T.BODY) == 0.0


class TestUnplaceableIsStray:
    """``unplaceable_is_stray``: a block is kept as a stray only when nothing can hold it."""

    def test_text_as_stray(self) -> None:
        """Reading a byline block as a stray costs much: only a page with no reading pays it."""
        page = page_of(blocks("## 标题", "第一段内容。", "(本报记者 王明)"))

        assert unplaceable_is_stray(page, 2, T.STRAY) == -8.0

    def test_heading_as_stray(self) -> None:
        """A heading may stand alone as a stray: the rule leaves that to the heading rules."""
        page = page_of(blocks("## 标题", "第一段内容。", "## 孤立的标题"))

        assert unplaceable_is_stray(page, 2, T.STRAY) == 0.0

    def test_silent_on_other_roles(self) -> None:
        """The rule says nothing about a block read in an element."""
        page = page_of(blocks("## 标题", "第一段内容。", "(本报记者 王明)"))

        assert unplaceable_is_stray(page, 2, T.TRAIL) == 0.0


class TestBylineReadsAsByline:
    """``byline_reads_as_byline``: role words make a byline, bare names need their place."""

    def test_byline_with_role_words(self) -> None:
        """A block with a role word and a name votes for a byline role."""
        page = page_of(blocks("## 标题", "第一段内容。", "(本报记者 王明)"))

        assert byline_reads_as_byline(page, 2, T.TRAIL) == 2.0

    def test_bare_names_are_weak(self) -> None:
        """Bare names (a headline-like line) are against a byline role on their own."""
        page = page_of(blocks("## 标题", "王明 李华", "正文内容。"))

        assert byline_reads_as_byline(page, 1, T.LEAD_LINE) == -2.0

    def test_bare_names_after_a_byline_marker(self) -> None:
        """A byline marker before bare names (``□ 王明``) says what the line is."""
        page = page_of(blocks("## 标题", "□ 王明", "正文内容。"))

        assert byline_reads_as_byline(page, 1, T.LEAD_LINE) == 1.0

    def test_silent_on_other_roles(self) -> None:
        """The rule says nothing about a role that is not a byline."""
        page = page_of(blocks("## 标题", "第一段内容。", "(本报记者 王明)"))

        assert byline_reads_as_byline(page, 1, T.BODY) == 0.0


class TestColumnLabel:
    """``column_label``: a bracketed or announced series name is a column label."""

    def test_bracketed_name(self) -> None:
        """A bracketed name votes for a column label."""
        page = page_of(blocks("【园区动态】", "## 标题", "正文内容。"))

        assert column_label(page, 0, T.COLUMN_BEFORE) == 1.0

    def test_plain_line_is_not_a_label(self) -> None:
        """A plain line with no bracket is against a column label."""
        page = page_of(blocks("园区企业加快发展", "正文内容。"))

        assert column_label(page, 0, T.COLUMN_AFTER) == -2.5

    def test_silent_on_other_roles(self) -> None:
        """The rule says nothing about a headline role."""
        page = page_of(blocks("园区企业加快发展", "正文内容。"))

        assert column_label(page, 0, T.HEAD) == 0.0


class TestCaptionsNeedAPicture:
    """``captions_need_a_picture``: text is an article's until a credit says it is a caption."""

    def test_text_running_into_a_credit(self) -> None:
        """Text followed by a credit votes for a caption."""
        page = page_of(blocks("工人正在车间加工零件。", "王明 摄"))

        assert captions_need_a_picture(page, 0, T.CAPTION) == 0.5

    def test_text_with_no_credit(self) -> None:
        """Text with no credit below is weakly against a caption."""
        page = page_of(blocks("## 标题", "第一段内容。", "第二段内容。"))

        assert captions_need_a_picture(page, 2, T.CAPTION_IN) == -0.5

    def test_silent_on_body(self) -> None:
        """The rule says nothing about text read as text."""
        page = page_of(blocks("工人正在车间加工零件。", "王明 摄"))

        assert captions_need_a_picture(page, 0, T.BODY) == 0.0


class TestNamesCloseArticle:
    """``names_close_article``: names alone after an article's last sentence are its byline."""

    def test_names_before_the_next_headline(self) -> None:
        """A block of two names between a finished paragraph and the next headline."""
        page = page_of(
            blocks("## 甲文", "本报讯 某区推进改革,取得成效。", "王明 李华", "## 乙文", "正文。")
        )

        assert names_close_article(page, 2, T.BODY, T.TRAIL) == 4.5

    def test_names_at_the_end_of_the_page(self) -> None:
        """The same block as the page's last."""
        page = page_of(blocks("## 甲文", "本报讯 某区推进改革,取得成效。", "王明 李华"))

        assert names_close_article(page, 2, T.BODY, T.TRAIL) == 4.5

    def test_silent_after_a_cut_sentence(self) -> None:
        """After text cut mid-sentence the block goes on with the text, whatever it holds."""
        page = page_of(
            blocks("## 甲文", "本报讯 某区推进改革,取得", "王明 李华", "## 乙文", "正文。")
        )

        assert names_close_article(page, 2, T.BODY, T.TRAIL) == 0.0

    def test_silent_before_more_text(self) -> None:
        """A short line followed by text is no closing byline."""
        page = page_of(
            blocks("## 甲文", "本报讯 某区推进改革,取得成效。", "王明 李华", "第二段正文。")
        )

        assert names_close_article(page, 2, T.BODY, T.TRAIL) == 0.0

    def test_silent_on_a_title(self) -> None:
        """A headline-like line that is no names gets no vote."""
        page = page_of(
            blocks("## 甲文", "本报讯 某区推进改革,取得成效。", "园区新貌", "## 乙文", "正文。")
        )

        assert names_close_article(page, 2, T.BODY, T.TRAIL) == 0.0


class TestLoneNamesTrail:
    """``lone_names_trail``: unbracketed names glued after the text are weak evidence."""

    def test_bare_lead_label_promises_names(self) -> None:
        """After a bare ``本报讯``, names glued at the end are the article's byline."""
        page = page_of(blocks("## 标题", "本报讯 5月1日,园区举行活动。", "第二段内容。王明 李华"))

        assert lone_names_trail(page, 2, T.BODY_TRAIL) == 1.5

    def test_bracketed_names(self) -> None:
        """Bracketed names with a role glued after the text weakly vote for a trailing byline."""
        page = page_of(blocks("## 标题", "第一段内容。", "第二段内容。(通讯员 王明 李华)"))

        assert lone_names_trail(page, 2, T.BODY_TRAIL) == 0.5

    def test_unbracketed_names_without_bare_lead(self) -> None:
        """Bare names glued after the text, with no lead label promising them, are doubtful."""
        page = page_of(blocks("## 标题", "第一段内容。", "第二段内容。王明 李华"))

        assert lone_names_trail(page, 2, T.BODY_TRAIL) == -0.5

    def test_silent_without_names(self) -> None:
        """Text with nothing glued after its last sentence gets no vote."""
        page = page_of(blocks("## 标题", "第一段内容。", "第二段内容。"))

        assert lone_names_trail(page, 2, T.BODY_TRAIL) == 0.0


class TestLoneLineIsCutParagraph:
    """``lone_line_is_cut_paragraph``: a lone longer plain line between paragraphs is cut text."""

    LONG = "园区企业今年以来持续加大研发投入"

    def test_long_line_before_text(self) -> None:
        """A long plain line between paragraphs, before text going on, is a paragraph start."""
        page = page_of(blocks("## 标题", "第一段内容完整。", self.LONG, "研发费用同比增长两成。"))

        assert lone_line_is_cut_paragraph(page, 2, T.BODY) == 3.5

    def test_short_line_is_an_intertitle(self) -> None:
        """A short plain line between paragraphs is left to the intertitle rules."""
        page = page_of(blocks("## 标题", "第一段内容完整。", "以服务优环境", "第二段内容。"))

        assert lone_line_is_cut_paragraph(page, 2, T.BODY) == 0.0

    def test_section_mark_opens_no_cut_piece(self) -> None:
        """A long line opening with a section mark (``■``, ``三、``) is a section heading: a
        column break never leaves such a mark at a line's start."""
        for mark in ("■ ", "三、", "(三)"):
            page = page_of(
                blocks("## 标题", "第一段内容完整。", mark + self.LONG, "研发费用增长。")
            )

            assert lone_line_is_cut_paragraph(page, 2, T.BODY) == 0.0

    def test_before_a_report_opening(self) -> None:
        """Text after the line that opens with a date starts anew: the line is not cut text."""
        page = page_of(blocks("## 标题", "第一段内容完整。", self.LONG, "5月1日,园区举行活动。"))

        assert lone_line_is_cut_paragraph(page, 2, T.BODY) == 0.0

    def test_lines_style_cuts_no_paragraph(self) -> None:
        """A page exported one line per paragraph has no column breaks inside paragraphs."""
        lines = ["园区新闻标题", "第一段内容完整，效果好。", self.LONG, "研发费用同比增长两成。"]
        page = page_of("\n".join([*lines, "第三段内容，继续推进。"]))

        assert (page.style, lone_line_is_cut_paragraph(page, 2, T.BODY)) == ("lines", 0.0)


class TestIntertitleForm:
    """``intertitle_form``: intertitles are short single lines, often in a series."""

    def test_smaller_markdown_level(self) -> None:
        """A heading of a smaller level than the page's titles votes for an intertitle."""
        text = blocks(
            "## 园区举办创新大赛", "## 百家企业同台竞技", "本报讯 5月1日,园区举办大赛。",
            "### 赛事亮点", "第二段内容。",
        )  # fmt: skip

        assert intertitle_form(page_of(text), 3, T.INTERTITLE) == 2.5

    def test_title_level_is_not_an_intertitle(self) -> None:
        """A heading at the level of the page's titles is against an intertitle."""
        text = blocks(
            "## 园区举办创新大赛", "本报讯(记者 王明)5月1日,园区举办大赛。",
            "## 百家企业同台竞技", "第二段内容。",
        )  # fmt: skip

        assert intertitle_form(page_of(text), 2, T.INTERTITLE) == -3.0

    def test_numbered_line_with_a_comma(self) -> None:
        """A numbered section line may hold a comma and still read as an intertitle."""
        text = blocks(
            "## 园区新闻", "第一段内容完整。", "(一)找准定位,突出园区特色优势", "第二段内容。",
        )  # fmt: skip
        page = page_of(text)

        assert page.units[2].kind.name == "HEAD"
        assert intertitle_form(page, 2, T.INTERTITLE) >= 2.0

    def test_long_unmarked_line_gets_no_form_vote(self) -> None:
        """The same length without a section mark is not voted an intertitle by its form."""
        text = blocks(
            "园区新闻", "第一段内容完整。", "找准定位突出园区特色优势不断发展", "第二段内容。"
        )

        assert intertitle_form(page_of(text), 2, T.INTERTITLE) < 2.0

    def test_short_lines_in_parallel(self) -> None:
        """Two short plain lines of about one length between paragraphs: a series."""
        text = blocks(
            "## 园区新闻", "第一段内容完整。", "抓创新促发展", "第二段内容。",
            "抓服务优环境", "第三段内容。",
        )  # fmt: skip

        assert intertitle_form(page_of(text), 2, T.INTERTITLE) == 5.0

    def test_plain_line_under_marked_titles(self) -> None:
        """Where titles are marked up, a short plain line between paragraphs is smaller type."""
        text = blocks(
            "## 园区举办创新大赛", "## 百家企业同台竞技", "本报讯 5月1日,园区举办大赛。",
            "赛事亮点", "第二段内容。",
        )  # fmt: skip

        assert intertitle_form(page_of(text), 3, T.INTERTITLE) == 3.5

    def test_silent_on_a_long_lone_line(self) -> None:
        """A long plain line at the top of an unmarked page is no evidence either way."""
        page = page_of(blocks("园区企业今年以来持续加大研发投入", "正文内容。"))

        assert intertitle_form(page, 0, T.INTERTITLE) == 0.0


class TestHeadingBeforePicture:
    """``heading_before_picture``: a heading right above a picture heads nothing."""

    def test_heading_above_a_picture(self) -> None:
        """A heading with a picture right below it votes for a stray."""
        text = blocks("## 标题", "正文。", "## 孤立的标题" + PICTURE + "活动现场。", "王明 摄")

        assert heading_before_picture(page_of(text), 2, T.STRAY) == 2.5

    def test_heading_at_the_end(self) -> None:
        """A heading at the very end of the page heads nothing."""
        page = page_of(blocks("## 标题", "正文。", "## 孤立的标题"))

        assert heading_before_picture(page, 2, T.STRAY) == 2.5

    def test_heading_above_text(self) -> None:
        """A heading with text below it gets no vote for a stray."""
        page = page_of(blocks("## 标题", "正文。"))

        assert heading_before_picture(page, 0, T.STRAY) == 0.0

    def test_label_between_pictures_over_a_credited_photo(self) -> None:
        """A line between two pictures, the second photo with its own credited caption, is
        more surely a stray; over article text it gets the plain vote."""
        credited = blocks(
            "## 标题", "正文。" + PICTURE + "大运河" + PICTURE + "工人在作业。", "王明 摄"
        )
        text = blocks("## 标题" + PICTURE + "大运河" + PICTURE + "园区全景", "园区产值增长。")

        assert heading_before_picture(page_of(credited), 2, T.STRAY) == 3.5
        assert heading_before_picture(page_of(text), 1, T.STRAY) == 2.5

    def test_heading_over_photo_and_byline(self) -> None:
        """A heading whose photo stands between it and its byline heads that article."""
        text = blocks(
            "## 标题" + PICTURE + "活动现场。", "王明 摄", "本报讯(记者 李华)5月1日,园区举行活动。"
        )

        assert heading_before_picture(page_of(text), 0, T.STRAY) == 0.0


class TestStacksAreShort:
    """``stacks_are_short``: a heading deep in a long run of headings is no headline line."""

    TEXT = blocks(
        "## 园区动态", "## 园区举办创新大赛", "## 百家企业同台竞技", "## 光谷职工运动会开幕",
        "## 青山科技园签约项目", "5月1日,园区举办创新大赛。",
    )  # fmt: skip

    def test_fifth_heading_in_a_row(self) -> None:
        """A heading under four headings is not a line of their stack."""
        assert stacks_are_short(page_of(self.TEXT), 4, T.HEAD) == -3.0

    def test_fourth_heading_in_a_row(self) -> None:
        """A heading under three headings may still end their stack."""
        assert stacks_are_short(page_of(self.TEXT), 3, T.HEAD) == 0.0

    def test_picture_starts_a_new_run(self) -> None:
        """A picture between headings starts a new run: the heading under it is not deep."""
        text = blocks(
            "## 园区动态", "## 园区举办创新大赛", "## 百家企业同台竞技",
            "## 光谷职工运动会开幕" + PICTURE + "## 青山科技园签约项目", "5月1日,园区举行活动。",
        )  # fmt: skip

        assert stacks_are_short(page_of(text), 4, T.HEAD) == 0.0


class TestPhotoTitlesAreShort:
    """``photo_titles_are_short``: a long headline-like line under a picture is a caption."""

    TEXT = blocks(
        "正文。" + PICTURE + "园区企业员工在生产线上忙碌赶制订单" + PICTURE + "忙碌的车间",
        "王明 摄",
    )

    def test_long_line_is_not_a_title(self) -> None:
        """A line of more than twelve words is against a photo title."""
        assert photo_titles_are_short(page_of(self.TEXT), 1, T.PHOTO_TITLE) == -1.5

    def test_long_line_is_a_caption(self) -> None:
        """A line of more than twelve words votes for a caption sentence."""
        assert photo_titles_are_short(page_of(self.TEXT), 1, T.CAPTION) == 1.5

    def test_short_line_is_not_a_caption(self) -> None:
        """A short line is weakly against a caption sentence."""
        assert photo_titles_are_short(page_of(self.TEXT), 2, T.CAPTION) == -0.5

    def test_short_title(self) -> None:
        """A short line as a photo title gets no vote against it."""
        assert photo_titles_are_short(page_of(self.TEXT), 2, T.PHOTO_TITLE) == 0.0

    def test_silent_on_markdown(self) -> None:
        """A markdown heading is not a plain line: no vote, however long."""
        text = blocks("正文。" + PICTURE + "## 园区企业员工在生产线上忙碌赶制订单", "王明 摄")

        assert photo_titles_are_short(page_of(text), 1, T.CAPTION) == 0.0

    def test_long_line_over_caption_text_running_into_a_credit(self) -> None:
        """A long line over caption paragraphs that end with their credit is their title: no
        vote against it as a title, none for it as a caption."""
        text = blocks(
            "正文。" + PICTURE + "青山科技园新建实验楼主体结构完工封顶",
            "5月4日,工人在楼顶浇筑混凝土。",
            "实验楼明年投入使用。 (本报记者 王明 摄)",
        )
        page = page_of(text)

        assert photo_titles_are_short(page, 1, T.PHOTO_TITLE) == 0.0
        assert photo_titles_are_short(page, 1, T.CAPTION) == 0.0


# --- pair rules ----------------------------------------------------------------------------


class TestPictureStartsPhoto:
    """``picture_starts_photo``: a picture above a block votes for a photo starting there."""

    TEXT = blocks("## 标题", "正文。" + PICTURE + "活动现场。", "王明 摄")

    def test_caption_under_a_picture(self) -> None:
        """A caption right under a picture is voted for."""
        assert picture_starts_photo(page_of(self.TEXT), 2, T.BODY, T.CAPTION_IN) == 2.5

    def test_text_running_on_under_a_picture(self) -> None:
        """Text running on across a picture is voted against."""
        assert picture_starts_photo(page_of(self.TEXT), 2, T.BODY, T.BODY) == -1.0

    def test_title_above_the_picture(self) -> None:
        """A title above the picture does not own the caption below it."""
        assert picture_starts_photo(page_of(self.TEXT), 2, T.PHOTO_TITLE, T.CAPTION) == -3.0

    def test_intertitle_under_a_picture(self) -> None:
        """An intertitle right under a picture is voted against."""
        text = blocks("## 标题", "正文。" + PICTURE + "赛事亮点", "第二段。")

        assert picture_starts_photo(page_of(text), 2, T.BODY, T.INTERTITLE) == -2.0

    def test_silent_without_a_picture(self) -> None:
        """No picture above the block: no vote."""
        assert picture_starts_photo(page_of(self.TEXT), 1, T.HEAD, T.CAPTION_IN) == 0.0


class TestPhotoOpensPage:
    """``photo_opens_page``: without a picture, a photo starts only at the top of the page."""

    TEXT = blocks("## 标题", "第一段内容。", "第二段内容。")

    def test_photo_after_text_without_picture(self) -> None:
        """A caption starting after text with no picture above, and running into no credit,
        is voted against strongly: nothing says it is a photo."""
        assert photo_opens_page(page_of(self.TEXT), 2, T.BODY, T.CAPTION_IN) == -4.0

    def test_photo_before_a_credit_without_picture(self) -> None:
        """One running into a credit is voted against weakly: the credit says it may be."""
        page = page_of(blocks("## 标题", "第一段内容。", "工人在作业。", "王明 摄"))

        assert photo_opens_page(page, 2, T.BODY, T.CAPTION_IN) == -1.5

    def test_photo_under_headline_without_picture(self) -> None:
        """Under a headline only a picture can start a photo."""
        assert photo_opens_page(page_of(self.TEXT), 1, T.HEAD, T.CAPTION_IN) == -5.0

    def test_top_of_page(self) -> None:
        """At the top of the page a photo may start with no picture above."""
        page = page_of(blocks("活动现场。", "王明 摄"))

        assert photo_opens_page(page, 0, T.START, T.CAPTION) == 0.0

    def test_caption_going_on(self) -> None:
        """A second caption block goes on with its photo: no photo starts there."""
        assert photo_opens_page(page_of(self.TEXT), 2, T.CAPTION, T.CAPTION) == 0.0


class TestCreditClosesPhoto:
    """``credit_closes_photo``: a credit below a caption or title closes that photo."""

    TEXT = blocks("## 标题", "正文。" + PICTURE + "活动现场。", "王明 摄")

    def test_credit_under_caption(self) -> None:
        """A credit right under a caption is voted for."""
        assert credit_closes_photo(page_of(self.TEXT), 3, T.CAPTION_IN, T.CREDIT_IN) == 2.0

    def test_credit_under_text(self) -> None:
        """A credit under article text closes no photo: no vote."""
        assert credit_closes_photo(page_of(self.TEXT), 3, T.BODY, T.CREDIT_IN) == 0.0


class TestCutTextGoesOn:
    """``cut_text_goes_on``: text cut mid-sentence goes on in the next block."""

    TEXT = blocks("## 标题", "本报讯 园区推进改", "革工作。")

    def test_text_goes_on(self) -> None:
        """After a cut, text going on in the same article is voted for."""
        assert cut_text_goes_on(page_of(self.TEXT), 2, T.BODY, T.BODY) == 3.0

    def test_element_changes_after_cut(self) -> None:
        """After a cut, the next block turning into a caption is voted against."""
        assert cut_text_goes_on(page_of(self.TEXT), 2, T.BODY, T.CAPTION_IN) == -3.0

    def test_silent_after_a_full_stop(self) -> None:
        """Text ending its sentence cuts nothing: no vote."""
        page = page_of(blocks("## 标题", "本报讯 园区推进改革。", "第二段内容。"))

        assert cut_text_goes_on(page, 2, T.BODY, T.CAPTION_IN) == 0.0

    def test_silent_before_a_report_opening(self) -> None:
        """Text opening with its date starts anew, whatever stood above."""
        page = page_of(blocks("## 标题", "本报讯 园区推进改", "5月2日,园区举行活动。"))

        assert cut_text_goes_on(page, 2, T.BODY, T.BODY) == 0.0

    def test_silent_after_a_caption_with_no_credit(self) -> None:
        """A caption-only picture's caption often has no full stop: it is not cut text."""
        page = page_of(blocks("## 标题", "正文。" + PICTURE + "科研人员在交流", "“我们”正文继续。"))

        assert cut_text_goes_on(page, 3, T.CAPTION_IN, T.BODY) == 0.0

    def test_caption_with_a_credit_ahead_goes_on(self) -> None:
        """With a credit ahead, a caption cut mid-sentence goes on in the next block."""
        page = page_of(
            blocks("## 标题", "正文。" + PICTURE + "车间里,技术人员正在", "操作机械臂。", "王明 摄")
        )

        assert cut_text_goes_on(page, 3, T.CAPTION_IN, T.CAPTION_IN) == 3.0


class TestLineUnderPicture:
    """``line_under_picture``: one line per paragraph, the line under a picture is its title
    (a credit follows) or its caption (none does), not a headline."""

    @staticmethod
    def page(*after: str) -> object:
        lines = [
            "园区新闻标题", "本报讯（记者 王明）第一段内容完整，效果好。", "第二段内容，继续推进。",
            "", "智能仓储系统", *after,
        ]  # fmt: skip
        return page_of("\n".join(lines))

    def test_caption_only_picture_has_no_title(self) -> None:
        """No credit ahead: the short line is not a title, and not a headline."""
        page = self.page("在科技园，这样的车间已有46个。", "园区将继续推进改造。")

        assert page.style == "lines"
        assert line_under_picture(page, 3, T.PHOTO_TITLE_IN) == -2.0
        assert line_under_picture(page, 3, T.HEAD) == -1.5
        assert line_under_picture(page, 3, T.CAPTION_IN) == 0.0

    def test_title_over_a_credited_caption(self) -> None:
        """A credit ahead: the line may be the photo's title."""
        page = self.page("工人在车间内作业。", "本报记者 王明 摄", "园区将继续推进改造。")

        assert line_under_picture(page, 3, T.PHOTO_TITLE_IN) == 0.0

    def test_silent_in_the_block_export(self) -> None:
        """Blank-line blocks: the rule says nothing."""
        text = blocks(
            "## 标题", "正文。" + PICTURE + "智能仓储系统", "在科技园，这样的车间已有46个。"
        )

        assert line_under_picture(page_of(text), 2, T.HEAD) == 0.0


class TestCaptionRunsOn:
    """``caption_runs_on``: text after a caption goes on with it; a one-line caption is done."""

    def test_headline_like_caption_is_complete(self) -> None:
        """A caption of one unpunctuated line is not continued by the next block."""
        text = blocks(
            "正文。" + PICTURE + "园区企业员工在生产线上忙碌赶制订单", "工人正在加工零件。"
        )

        assert caption_runs_on(page_of(text), 2, T.CAPTION, T.CAPTION) == -2.0

    def test_text_after_caption_in_article(self) -> None:
        """With a credit ahead, text after a caption goes on with the caption up to it."""
        text = blocks("## 标题", "第一段内容。" + PICTURE + "活动现场。", "第二段内容。", "王明 摄")

        assert caption_runs_on(page_of(text), 3, T.CAPTION_IN, T.BODY) == -1.0

    def test_lines_export_caption_ending_with_its_credit_is_closed(self) -> None:
        """One line per paragraph: a caption line ending with its credit closes the photo."""
        lines = [
            "园区新闻标题", "本报讯（记者 王明）第一段内容完整，效果好。", "第二段内容，继续推进。",
            "", "工人在车间内作业 李华 摄", "下一步，园区加大支持。", "第四段内容，取得成效。",
        ]  # fmt: skip
        page = page_of("\n".join(lines))

        assert page.style == "lines"
        assert caption_runs_on(page, 4, T.CAPTION_IN, T.BODY) == 1.0

    def test_caption_only_picture_has_one_block(self) -> None:
        """With no credit ahead (nor glued to it), the caption is one block: the article
        resumes after it."""
        text = blocks("## 标题", "第一段内容。" + PICTURE + "活动现场。", "第二段内容。")

        assert caption_runs_on(page_of(text), 3, T.CAPTION_IN, T.BODY) == 1.0

    def test_untitled_caption_ending_with_its_credit_is_closed(self) -> None:
        """An untitled picture's caption ends at the credit glued to it: the article resumes;
        under a photo title the caption may go on (a photo story credited after its first
        paragraph)."""
        untitled = blocks(
            "## 标题", "第一段内容。" + PICTURE + "新建的展览馆。 叶明 摄", "第二段内容。"
        )
        titled = blocks(
            "## 标题",
            "第一段内容。" + PICTURE + "节日里的装配车间",
            "车间里很忙。 叶明 摄",
            "当日是初三。",
        )

        assert caption_runs_on(page_of(untitled), 3, T.CAPTION_IN, T.BODY) == 1.0
        assert caption_runs_on(page_of(titled), 4, T.CAPTION_IN, T.BODY) == -1.0

    def test_silent_when_a_cut_article_resumes(self) -> None:
        """Text cut above the photo may resume after its caption: no vote against it."""
        text = blocks("## 标题", "本报讯 园区推进改" + PICTURE + "活动现场。", "革工作。")

        assert caption_runs_on(page_of(text), 3, T.CAPTION_IN, T.BODY) == 0.0


class TestCutArticleResumes:
    """``cut_article_resumes``: an article cut by a photo resumes right after the photo."""

    TEXT = blocks("## 标题", "本报讯 园区推进改" + PICTURE + "活动现场。", "革工作。")

    def test_text_resumes(self) -> None:
        """The rest of the cut sentence after the caption is the article's text."""
        assert cut_article_resumes(page_of(self.TEXT), 3, T.CAPTION_IN, T.BODY) == 3.0

    def test_not_a_second_caption(self) -> None:
        """After a complete caption, the block is not a second caption block."""
        assert cut_article_resumes(page_of(self.TEXT), 3, T.CAPTION_IN, T.CAPTION_IN) == -2.0

    def test_silent_without_a_cut(self) -> None:
        """An article ending its sentence above the photo has nothing to resume."""
        text = blocks("## 标题", "本报讯 园区推进改革。" + PICTURE + "活动现场。", "第二段。")

        assert cut_article_resumes(page_of(text), 3, T.CAPTION_IN, T.BODY) == 0.0

    def test_photo_ends_at_its_credit(self) -> None:
        """Text running into a credit ahead is still the photo's caption: the article resumes
        after the credit, not before it."""
        text = blocks(
            "## 标题",
            "本报讯 园区推进改" + PICTURE + "活动现场。",
            "工人在楼顶浇筑混凝土。 (本报记者 王明 摄)",
            "革工作。",
        )
        page = page_of(text)

        assert cut_article_resumes(page, 3, T.CAPTION_IN, T.BODY) == 0.0
        assert cut_article_resumes(page, 3, T.CAPTION_IN, T.CAPTION_IN) == 0.0
        assert cut_article_resumes(page, 4, T.CAPTION_IN, T.BODY) == 3.0


class TestBylineUnderHeadline:
    """``byline_under_headline``: a byline right under a headline votes for an article."""

    def test_lead_under_headline(self) -> None:
        """Text opening with a lead byline right under a headline is voted for."""
        page = page_of(blocks("## 标题", "本报讯(记者 王明)5月1日,园区举行活动。"))

        assert byline_under_headline(page, 1, T.HEAD, T.BODY) == 2.0

    def test_own_line_byline_under_headline(self) -> None:
        """A byline on its own line under a headline is voted for as its lead byline."""
        page = page_of(blocks("## 标题", "记者 王明", "正文内容。"))

        assert byline_under_headline(page, 1, T.HEAD, T.LEAD_LINE) == 2.0

    def test_bare_names_between_headline_and_text(self) -> None:
        """Names alone between a headline and the text are its byline."""
        page = page_of(blocks("## 标题", "王明 李华", "正文内容。"))

        assert byline_under_headline(page, 1, T.HEAD, T.LEAD_LINE) == 3.5

    def test_silent_after_text(self) -> None:
        """A lead byline after text is not under a headline: no vote."""
        page = page_of(blocks("## 标题", "正文。", "本报讯(记者 王明)5月1日,园区举行活动。"))

        assert byline_under_headline(page, 2, T.BODY, T.BODY) == 0.0


class TestLeadStartsArticle:
    """``lead_starts_article``: text opening with a lead byline starts an article."""

    TEXT = blocks("## 标题", "正文。", "(本报记者 王明)", "本报讯(记者 李华)5月2日,园区举行活动。")

    def test_lead_after_a_closed_article(self) -> None:
        """A lead after a finished article starts a new one with no headline."""
        assert lead_starts_article(page_of(self.TEXT), 3, T.TRAIL, T.BODY) == 3.0

    def test_silent_under_a_headline(self) -> None:
        """Under its headline the lead needs no help."""
        page = page_of(blocks("## 标题", "本报讯(记者 李华)5月2日,园区举行活动。"))

        assert lead_starts_article(page, 1, T.HEAD, T.BODY) == 0.0

    def test_silent_on_text_without_lead(self) -> None:
        """Text with no lead byline gets no vote."""
        assert lead_starts_article(page_of(self.TEXT), 1, T.TRAIL, T.BODY) == 0.0


class TestTrailingBylineEnds:
    """``trailing_byline_ends``: a byline after the text closes it; one above text leads."""

    def test_not_trailing_a_headline(self) -> None:
        """A byline right under a headline does not trail anything."""
        page = page_of(blocks("## 标题", "(本报记者 王明)", "正文。"))

        assert trailing_byline_ends(page, 1, T.HEAD, T.TRAIL) == -3.0

    def test_not_trailing_a_photo(self) -> None:
        """A byline right under a credit follows no article text."""
        page = page_of(blocks("活动现场。", "李华 摄", "(本报记者 王明)"))

        assert trailing_byline_ends(page, 2, T.CREDIT, T.TRAIL) == -2.0

    def test_leads_the_text_below(self) -> None:
        """A byline with text below it weakly votes for a lead byline."""
        page = page_of(blocks("## 标题", "(本报记者 王明)", "正文。"))

        assert trailing_byline_ends(page, 1, T.HEAD, T.LEAD_LINE) == 0.5

    def test_silent_after_text(self) -> None:
        """A byline after the article's text, trailing it, gets no vote against."""
        page = page_of(blocks("## 标题", "正文。", "(本报记者 王明)"))

        assert trailing_byline_ends(page, 2, T.BODY, T.TRAIL) == 0.0


class TestPlainLineByMarkdown:
    """``plain_line_by_markdown``: beside a marked stack a plain line is a label or text."""

    def test_plain_line_above_marked_stack(self) -> None:
        """A plain line above a marked headline is a column label, not a headline line."""
        page = page_of(blocks("园区动态", "## 园区举办创新大赛", "正文。"))

        assert (
            plain_line_by_markdown(page, 0, T.START, T.COLUMN_BEFORE),
            plain_line_by_markdown(page, 0, T.START, T.HEAD),
        ) == (3.5, -1.0)

    def test_plain_line_below_marked_stack(self) -> None:
        """A plain line under a marked headline, above text, is the first paragraph."""
        page = page_of(blocks("## 园区举办创新大赛", "园区企业加快发展", "正文内容。"))

        assert plain_line_by_markdown(page, 1, T.HEAD, T.BODY) == 3.0

    def test_silent_without_markdown(self) -> None:
        """Where nothing is marked up, a plain line above a plain one gets no vote."""
        page = page_of(blocks("园区动态", "园区企业加快发展", "正文。"))

        assert plain_line_by_markdown(page, 0, T.START, T.COLUMN_BEFORE) == 0.0

    def test_long_line_is_no_label(self) -> None:
        """A plain line too long for a column name gets no vote as a label."""
        page = page_of(blocks("园区企业今年以来持续加大研发投入", "## 标题", "正文。"))

        assert plain_line_by_markdown(page, 0, T.START, T.COLUMN_BEFORE) == 0.0


class TestLabelAfterArticle:
    """``label_after_article``: a short line after an article, before a headline, is its label."""

    def test_short_line_before_next_headline(self) -> None:
        """A short plain line between an article's end and a marked headline is its label."""
        page = page_of(blocks("## 标题", "正文。", "园区动态", "## 第二篇", "正文。"))

        assert label_after_article(page, 2, T.BODY, T.COLUMN_AFTER) == 4.0

    def test_short_line_at_page_end(self) -> None:
        """A short plain line ending the page after an article's byline is its label."""
        page = page_of(blocks("## 标题", "正文。", "(本报记者 王明)", "园区动态"))

        assert label_after_article(page, 3, T.TRAIL, T.COLUMN_AFTER) == 4.0

    def test_silent_before_text(self) -> None:
        """A short line with text below it is no label after the article."""
        page = page_of(blocks("## 标题", "正文。", "园区动态", "第二段。"))

        assert label_after_article(page, 2, T.BODY, T.COLUMN_AFTER) == 0.0


class TestColumnLabelPosition:
    """``column_label_position``: a label above a headline belongs below, else above."""

    def test_label_above_headline(self) -> None:
        """A bracketed label above a headline goes with the article below."""
        page = page_of(blocks("【园区动态】", "## 标题", "正文。"))

        assert (
            column_label_position(page, 0, T.START, T.COLUMN_BEFORE),
            column_label_position(page, 0, T.START, T.COLUMN_AFTER),
        ) == (1.0, 0.0)

    def test_label_at_page_end(self) -> None:
        """A bracketed label with no headline below goes with the article above."""
        page = page_of(blocks("## 标题", "正文。", "【园区动态】"))

        assert (
            column_label_position(page, 2, T.BODY, T.COLUMN_AFTER),
            column_label_position(page, 2, T.BODY, T.COLUMN_BEFORE),
        ) == (1.0, 0.0)

    def test_label_announced_above(self) -> None:
        """A label that the note of the article above announced belongs to that article."""
        text = blocks(
            "## 标题", "正文。", "编后：本报今起开设“园区动态”专栏，记录园区新变化。",
            "【园区动态】", "## 第二篇", "正文。",
        )  # fmt: skip

        assert column_label_position(page_of(text), 3, T.NOTE, T.COLUMN_AFTER) == 1.0

    def test_silent_on_plain_line(self) -> None:
        """A plain line is not a column label: no vote on where it belongs."""
        page = page_of(blocks("园区动态", "## 标题", "正文。"))

        assert column_label_position(page, 0, T.START, T.COLUMN_BEFORE) == 0.0


class TestNoteLabelTakesText:
    """``note_label_takes_text``: a lone note label takes the next text block as its text."""

    TEXT = blocks("编者按", "本报今起推出系列报道。", "## 标题", "正文。")

    def test_lone_label_takes_text(self) -> None:
        """Text under a note label alone in its block is the note's text."""
        assert note_label_takes_text(page_of(self.TEXT), 1, T.NOTE, T.NOTE_TEXT) == 2.0

    def test_note_above_headline_is_not_an_article(self) -> None:
        """Text under a note standing above its headline is not an article's text."""
        assert note_label_takes_text(page_of(self.TEXT), 1, T.NOTE, T.BODY) == -1.5

    def test_note_above_headline_runs_on(self) -> None:
        """A note standing above its headline runs on to the headline."""
        text = blocks("编者按", "本报今起推出系列报道。", "敬请关注。", "## 标题", "正文。")

        assert note_label_takes_text(page_of(text), 2, T.NOTE_TEXT, T.NOTE_TEXT) == 1.5

    def test_label_with_its_text(self) -> None:
        """A note label that holds its text does not take the next block as well."""
        page = page_of(blocks("编者按：本报今起推出系列报道。", "第二段内容。"))

        assert note_label_takes_text(page, 1, T.NOTE, T.NOTE_TEXT) == -2.0

    def test_silent_on_text_under_headline(self) -> None:
        """Text under a headline, with no note above it, gets no vote."""
        assert note_label_takes_text(page_of(self.TEXT), 3, T.HEAD, T.BODY) == 0.0

    PLAIN = blocks("开栏语", "本报今起推出系列报道。", "园区新设创业学院", "3日,学院迎来首批学员。")

    def test_plain_line_after_note_text_is_a_headline(self) -> None:
        """A plain line right after the note's text heads the article, it is not text."""
        assert note_label_takes_text(page_of(self.PLAIN), 2, T.NOTE_TEXT, T.BODY) == -2.0

    def test_plain_line_after_label_with_its_text(self) -> None:
        """The same when the label holds the note's text in its own block."""
        page = page_of(blocks("编者按：本报今起推出系列报道。", "园区新设创业学院", "正文。"))

        assert note_label_takes_text(page, 1, T.NOTE, T.BODY) == -2.0

    def test_plain_line_after_a_bare_label_gets_no_vote(self) -> None:
        """Under a label with no text yet, the rule says nothing about a plain line."""
        page = page_of(blocks("编者按", "园区新设创业学院", "正文。"))

        assert note_label_takes_text(page, 1, T.NOTE, T.BODY) == 0.0

    def test_plain_line_after_paragraphs_gets_no_vote(self) -> None:
        """After an article's paragraph (no note), a plain line is left to the other rules."""
        page = page_of(blocks("## 标题", "正文第一段。", "园区新设创业学院", "正文。"))

        assert note_label_takes_text(page, 2, T.BODY, T.BODY) == 0.0


class TestReportOpensArticle:
    """``report_opens_article``: text opening with a date after a headline is a new article."""

    def test_dated_text_under_headline(self) -> None:
        """Text opening with its date under a headline is voted for."""
        page = page_of(blocks("## 标题", "5月1日,园区举行活动。"))

        assert report_opens_article(page, 1, T.HEAD, T.BODY) == 1.0

    def test_dated_text_under_intertitle(self) -> None:
        """Text opening like a report is weakly against standing under an intertitle."""
        text = blocks("## 标题", "第一段。", "赛事亮点", "5月1日,园区举行活动。")

        assert report_opens_article(page_of(text), 3, T.INTERTITLE, T.BODY) == -0.5

    def test_silent_without_a_date(self) -> None:
        """Text not opening like a report gets no vote."""
        page = page_of(blocks("## 标题", "园区举行活动。"))

        assert report_opens_article(page, 1, T.HEAD, T.BODY) == 0.0


class TestPictureSplitsStack:
    """``picture_splits_stack``: a picture between two headline lines splits them."""

    def test_picture_between_headlines(self) -> None:
        """A headline under a picture does not go on the stack above it."""
        page = page_of(blocks("## 标题一" + PICTURE + "## 标题二", "正文。"))

        assert picture_splits_stack(page, 1, T.HEAD, T.HEAD) == -4.0

    def test_silent_without_picture(self) -> None:
        """Two headline lines with no picture between them may be one stack."""
        page = page_of(blocks("## 标题一", "## 标题二", "正文。"))

        assert picture_splits_stack(page, 1, T.HEAD, T.HEAD) == 0.0


class TestHeadlineAbovePhoto:
    """``headline_above_photo``: a byline or text below photos right under a headline is its."""

    def test_lead_under_photo_under_headline(self) -> None:
        """The lead below the photo belongs to the headline above the photo."""
        text = blocks(
            "## 标题" + PICTURE + "活动现场。", "王明 摄", "本报讯(记者 李华)5月1日,园区举行活动。"
        )

        assert headline_above_photo(page_of(text), 3, T.CREDIT_IN, T.BODY) == 3.0

    def test_text_under_two_caption_only_pictures_under_headline(self) -> None:
        """Text that goes on with no cut piece above it, below two caption-only pictures that
        stand under a headline, is that headline's article."""
        text = blocks(
            "## 标题" + PICTURE + "园区大门" + PICTURE + "园区全景", "园区去年产值增长。"
        )

        assert headline_above_photo(page_of(text), 3, T.CAPTION_IN, T.BODY) == 3.0

    def test_silent_where_text_goes_on_with_a_cut_piece(self) -> None:
        """Text continuing a cut piece under the picture is not a new start under the headline."""
        text = blocks("## 标题" + PICTURE + "近年来,园区", "坚持创新驱动。")

        assert headline_above_photo(page_of(text), 2, T.CAPTION_IN, T.BODY) == 0.0

    def test_silent_without_headline_above(self) -> None:
        """With text, not a headline, above the photo the rule says nothing."""
        text = blocks(
            "## 标题", "正文。" + PICTURE + "活动现场。", "王明 摄",
            "本报讯(记者 李华)5月1日,园区举行活动。",
        )  # fmt: skip

        assert headline_above_photo(page_of(text), 4, T.CREDIT_IN, T.BODY) == 0.0


class TestTitledPhotosAreCredited:
    """``titled_photos_are_credited``: a line under a picture over text that runs into no
    credit is a caption, not a title."""

    def test_no_credit_below(self) -> None:
        """Over text with no credit ahead, the line is voted against as a title."""
        page = page_of(blocks("## 标题" + PICTURE + "园区全景", "园区去年产值增长。"))

        assert titled_photos_are_credited(page, 1, T.PHOTO_TITLE_IN) == -1.5

    def test_credit_below(self) -> None:
        """Over a caption that runs into its credit (or over the credit), no vote."""
        runs = page_of(blocks("## 标题" + PICTURE + "园区全景", "工人在作业。", "王明 摄"))
        direct = page_of(blocks("## 标题" + PICTURE + "园区全景", "王明 摄"))

        assert titled_photos_are_credited(runs, 1, T.PHOTO_TITLE_IN) == 0.0
        assert titled_photos_are_credited(direct, 1, T.PHOTO_TITLE_IN) == 0.0


class TestIntertitleAfterText:
    """``intertitle_after_text``: an intertitle stands between paragraphs."""

    TEXT = blocks("## 标题", "第一段。" + PICTURE + "活动现场。", "赛事亮点", "第二段。")

    def test_intertitle_under_a_caption(self) -> None:
        """An intertitle right under a caption is voted against."""
        assert intertitle_after_text(page_of(self.TEXT), 3, T.CAPTION_IN, T.INTERTITLE) == -2.0

    def test_intertitle_after_text(self) -> None:
        """An intertitle after a paragraph gets no vote against."""
        assert intertitle_after_text(page_of(self.TEXT), 3, T.BODY, T.INTERTITLE) == 0.0

    def test_second_line_of_a_section_heading(self) -> None:
        """The second line of a two-line intertitle (under the first) gets no vote against."""
        assert intertitle_after_text(page_of(self.TEXT), 3, T.INTERTITLE, T.INTERTITLE) == 0.0


# --- the tables ----------------------------------------------------------------------------


def test_every_rule_has_a_test_class() -> None:
    """Each rule of both tables has a ``Test<RuleName>`` class in this module."""
    names = {name for name in globals() if name.startswith("Test")}

    expected = {"Test" + rule.__name__.title().replace("_", "") for rule in UNIT_RULES + PAIR_RULES}
    assert set() == expected - names


def test_rules_page_gives_every_rule_its_reason() -> None:
    """``docs/rules.md`` shows each rule with the reason a decision shows (the first paragraph
    of its docstring, whole)."""
    page = (Path(__file__).parent.parent / "docs" / "rules.md").read_text(encoding="utf-8")

    missing = [r.__name__ for r in UNIT_RULES + PAIR_RULES if f"| {reason_of(r)} |" not in page]

    assert missing == []


def test_rule_tags_lists_every_rule() -> None:
    """``RULE_TAGS`` has an entry for every rule of both tables, and for nothing else."""
    expected = set(UNIT_RULES) | set(PAIR_RULES)

    assert expected == set(RULE_TAGS)


@pytest.mark.parametrize(
    "path", SEEDS + LAYOUTS, ids=[p.stem for p in SEEDS] + [p.stem for p in LAYOUTS]
)
def test_rules_silent_outside_their_tags(path: Path) -> None:
    """A rule says nothing about a tag outside its ``RULE_TAGS`` entry (the decoder never asks)."""
    page = page_of(path.read_text(encoding="utf-8"))
    loud = []
    for i in range(len(page.units)):
        for unit_rule in UNIT_RULES:
            for tag in BLOCK_TAGS:
                if tag not in RULE_TAGS[unit_rule] and unit_rule(page, i, tag) != 0.0:
                    loud.append((i, unit_rule.__name__, tag))
        for pair_rule in PAIR_RULES:
            silent = [
                (b, a) for b, a in FOLLOWS if a not in RULE_TAGS[pair_rule] and a in BLOCK_TAGS
            ]
            loud += [(i, pair_rule.__name__, a) for b, a in silent if pair_rule(page, i, b, a)]

    assert loud == []


def test_pair_gates_list_every_pair_rule() -> None:
    """``PAIR_GATES`` has a gate for every pair rule, and for nothing else."""
    assert set(PAIR_GATES) == set(PAIR_RULES)


@pytest.mark.parametrize(
    "path", SEEDS + LAYOUTS, ids=[p.stem for p in SEEDS] + [p.stem for p in LAYOUTS]
)
def test_pair_rules_silent_where_their_gate_fails(path: Path) -> None:
    """A pair rule says nothing, for any pair of tags the decoder could ask about, at a block
    that fails its gate (the decoder does not ask it there)."""
    page = page_of(path.read_text(encoding="utf-8"))
    loud = []
    for i in range(len(page.units)):
        befores = {Tag.START} if i == 0 else {t for t in BLOCK_TAGS if possible(page, i - 1, t)}
        asked = [(b, a) for b, a in FOLLOWS if b in befores and a in BLOCK_TAGS]
        asked = [(b, a) for b, a in asked if possible(page, i, a)]
        for pair_rule, gate in PAIR_GATES.items():
            if not gate(page, i):
                loud += [
                    (i, pair_rule.__name__, b, a) for b, a in asked if pair_rule(page, i, b, a)
                ]

    assert loud == []


# --- the decoder and its audit -------------------------------------------------------------


class TestDecode:
    """``decode``: the best tag sequence, with margins."""

    TEXT = blocks(
        "工人正在车间加工零件。 李华 摄", "## 园区举办创新大赛",
        "本报讯(记者 王明)5月1日,园区举办创新大赛。", "第二段内容。",
    )  # fmt: skip

    def test_reads_a_photo_and_an_article(self) -> None:
        """A caption with its credit, then a headline, a lead paragraph and a paragraph."""
        choices = decode(page_of(self.TEXT))

        assert [c.tag for c in choices] == [T.CAPTION, T.HEAD, T.BODY, T.BODY]

    def test_margins_are_not_negative(self) -> None:
        """The chosen path is the best: no other reading of a block scores higher."""
        choices = decode(page_of(self.TEXT))

        assert all(c.margin >= 0 for c in choices)

    def test_tags_follow_the_grammar(self) -> None:
        """Each chosen tag may follow the one before, from the page's start to its end."""
        tags = [T.START, *(c.tag for c in decode(page_of(self.TEXT))), T.END]

        assert [pair for pair in itertools.pairwise(tags) if pair not in FOLLOWS] == []

    def test_only_possible_tag(self) -> None:
        """Text ending with a credit is a caption; at the page's top, not one inside an article:
        no rival, margin infinite, the grammar decides."""
        caption = decode(page_of(self.TEXT))[0]

        assert (caption.margin, caption.rival, caption.rule) == (math.inf, None, "grammar")

    @pytest.mark.parametrize(
        "path", SEEDS + LAYOUTS, ids=[p.stem for p in SEEDS] + [p.stem for p in LAYOUTS]
    )
    def test_real_pages(self, path: Path) -> None:
        """On the seeds and layout pages too, no margin is negative and every pair is allowed."""
        choices = decode(page_of(path.read_text(encoding="utf-8")))
        tags = [T.START, *(c.tag for c in choices), T.END]

        assert [c.margin for c in choices if not c.margin >= 0] == []
        assert [pair for pair in itertools.pairwise(tags) if pair not in FOLLOWS] == []

    def test_empty_page(self) -> None:
        """A page with no blocks has no choices."""
        assert decode(page_of("")) == ()


class TestConfidence:
    """``confidence``: from a decision's margin to a number in [0.5, 1]."""

    def test_tie(self) -> None:
        """A tie is a coin toss."""
        assert confidence(0.0) == 0.5

    def test_increasing(self) -> None:
        """A larger margin is a clearer decision."""
        values = [confidence(m) for m in (0.0, 0.5, 1.0, 2.0, 4.0, 8.0)]

        assert values == sorted(set(values))

    def test_no_rival(self) -> None:
        """Where no other reading was possible the decision is certain."""
        assert confidence(math.inf) == 1.0


class TestIssueDecisions:
    """``parse_issue`` records the decoder's decisions and element confidences."""

    TEXT = blocks(
        "## 园区举办创新大赛", "本报讯(记者 王明)5月1日,园区举办创新大赛。",
        "第二段内容。" + PICTURE + "活动现场。", "李华 摄" + PICTURE + "## 光谷职工运动会开幕",
        "本报讯(记者 张小红)5月2日,运动会开幕。",
    )  # fmt: skip

    @pytest.mark.parametrize("path", [None, *SEEDS], ids=["made-up", *(p.stem[:3] for p in SEEDS)])
    def test_confidences_in_range(self, path: Path | None) -> None:
        """Every article and photo has a confidence between a tie and certainty."""
        text = self.TEXT if path is None else path.read_text(encoding="utf-8")
        issue = gx.parse_issue(text)

        assert [
            e.confidence for e in (*issue.articles, *issue.photos) if not 0.5 <= e.confidence <= 1.0
        ] == []

    @pytest.mark.parametrize("path", [None, *SEEDS], ids=["made-up", *(p.stem[:3] for p in SEEDS)])
    def test_one_role_per_block(self, path: Path | None) -> None:
        """Each block the decoder read has exactly one ``role`` decision, in page order."""
        text = self.TEXT if path is None else path.read_text(encoding="utf-8")
        _, chunks = refine_chunks(text, split_chunks(text))
        issue = gx.parse_issue(text)

        expected = [(c.span.start, c.span.end) for c in chunks]
        assert expected == [(d.span.start, d.span.end) for d in issue.decisions if d.kind == "role"]

    @pytest.mark.parametrize("path", [None, *SEEDS], ids=["made-up", *(p.stem[:3] for p in SEEDS)])
    def test_boundary_at_each_element_start(self, path: Path | None) -> None:
        """Each article and photo starts with a ``boundary`` decision at its first block."""
        text = self.TEXT if path is None else path.read_text(encoding="utf-8")
        issue = gx.parse_issue(text)

        expected = sorted(
            [(a.span.start, "article") for a in issue.articles]
            + [(p.span.start, "photo") for p in issue.photos]
        )
        assert expected == sorted(
            (d.span.start, d.choice) for d in issue.decisions if d.kind == "boundary"
        )

    def test_made_up_page_elements(self) -> None:
        """The made-up page holds two articles and one photo, all read with some confidence."""
        issue = gx.parse_issue(self.TEXT)

        assert (len(issue.articles), len(issue.photos)) == (2, 1)
