"""Segmentation of small issues written for each layout: photos, strays, intertitles, text around
headlines, columns and notes (the page decoder and its evidence, end to end)."""

from __future__ import annotations

import gaoxin_parse as gx

from .invariants import check_all

PICTURE = "\n\n\n\n"  # three blank lines: where a picture stood


def texts(article: gx.Article) -> list[str]:
    """Paragraph texts of an article."""
    return [p.text for p in article.paragraphs]


def kinds(issue: gx.Issue) -> list[str]:
    """Block kinds of an issue, in order."""
    return [b.kind.value for b in issue.blocks]


class TestPhotos:
    """Photos: ``picture_starts_photo``, ``credit_closes_photo``, ``caption_runs_on``,
    ``cut_article_resumes``, ``photo_opens_page``."""

    def test_photo_between_articles(self) -> None:
        """After a picture: title, caption paragraphs, credit; the next headline starts anew."""
        issue = check_all(
            "## 甲文\n\n本报讯 第一篇正文。"
            + PICTURE
            + "车间忙\n\n工人正在加工零件。\n\n企业订单饱满。\n\n王小明 摄\n\n## 乙文\n\n本报讯 第二篇正文。"
        )

        assert [a.title for a in issue.articles] == ["甲文", "乙文"]
        (photo,) = issue.photos
        assert photo.title is not None
        assert (photo.title.text, photo.caption, photo.photographers) == (
            "车间忙",
            "工人正在加工零件。\n企业订单饱满。",
            ("王小明",),
        )

    def test_supplied_picture_credit_closes_the_photo(self) -> None:
        """``某某供图`` ends a photo as a photographer's credit does: the plain line after it is
        the next article's headline, not a label; a photo last on the page keeps its credit."""
        issue = check_all(
            "## 甲文\n\n本报讯 第一篇正文。"
            + PICTURE
            + "车间忙\n\n工人正在加工零件。\n\n青山科技园管委会供图\n\n## 乙文\n\n本报讯 第二篇正文。"
            + PICTURE
            + "新建成的创新中心\n\n创新中心外景。\n\n受访者供图"
        )

        assert [a.title for a in issue.articles] == ["甲文", "乙文"]
        assert [texts(a) for a in issue.articles] == [["第一篇正文。"], ["第二篇正文。"]]
        first, second = issue.photos
        assert first.credit is not None
        assert (first.caption, first.credit.text, first.photographers) == (
            "工人正在加工零件。",
            "青山科技园管委会供图",
            (),
        )
        assert second.title is not None
        assert second.credit is not None
        assert (second.title.text, second.caption, second.credit.text) == (
            "新建成的创新中心",
            "创新中心外景。",
            "受访者供图",
        )

    def test_photo_cuts_a_sentence_with_credit(self) -> None:
        """A photo inside an article mid-sentence: the article resumes after the credit and the
        cut paragraph is rejoined across the photo; ``repair_line_breaks`` leaves it in place."""
        source = (
            "## 甲文\n\n本报讯(记者王小明)某区推进体制机制改"
            + PICTURE
            + "车间忙\n\n工人正在加工零件。\n\n李四 摄\n\n革,取得明显成效。\n\n第二段。"
        )
        issue = check_all(source)

        (article,) = issue.articles
        assert texts(article) == ["某区推进体制机制改革,取得明显成效。", "第二段。"]
        assert issue.photos[0].caption == "工人正在加工零件。"
        (across,) = [b for b in issue.breaks if b.across_photo]
        assert across.decision == "join"
        assert "改\n\n\n\n车间忙" in gx.repair_line_breaks(source)

    def test_photo_cuts_a_sentence_without_title_or_credit(self) -> None:
        """With neither title nor credit, the caption is the one whole-sentence block after the
        picture; the article resumes with the block that continues the cut sentence."""
        issue = check_all(
            "## 甲文\n\n本报讯 某区推进体制机制改"
            + PICTURE
            + "工人正在加工零件。\n\n革,取得明显成效。\n\n第二段。"
        )

        assert texts(issue.articles[0]) == ["某区推进体制机制改革,取得明显成效。", "第二段。"]
        (photo,) = issue.photos
        assert (photo.title, photo.caption, photo.credit) == (None, "工人正在加工零件。", None)

    def test_photo_between_paragraphs_going_on_to_trailing_byline(self) -> None:
        """Text that runs on into a trailing byline is the article's, not the caption's."""
        issue = check_all(
            "## 综述\n\n第一段。" + PICTURE + "工人正在加工零件。\n\n第二段。\n\n(本报记者 王小明)"
        )

        assert texts(issue.articles[0]) == ["第一段。", "第二段。"]
        assert issue.photos[0].caption == "工人正在加工零件。"
        assert issue.articles[0].byline is not None

    def test_photo_without_title_or_credit_between_articles(self) -> None:
        """Rule ``caption_runs_on``: a picture with no credit has a caption of one block, and
        the article resumes after it (the devset's and the second reader's reading of
        caption-only pictures); with a credit ahead the caption runs on to it."""
        issue = check_all(
            "## 甲文\n\n本报讯 正文。"
            + PICTURE
            + "工人正在加工零件。\n\n企业订单饱满。\n\n## 乙文\n\n本报讯 正文。"
        )

        assert issue.photos[0].caption == "工人正在加工零件。"
        assert texts(issue.articles[0]) == ["正文。", "企业订单饱满。"]
        assert len(issue.articles) == 2
        credited = check_all(
            "## 甲文\n\n本报讯 正文。"
            + PICTURE
            + "工人正在加工零件。\n\n企业订单饱满。\n\n王明 摄\n\n## 乙文\n\n本报讯 正文。"
        )
        assert credited.photos[0].caption == "工人正在加工零件。\n企业订单饱满。"

    def test_credit_without_picture_gap(self) -> None:
        """A credit with no open photo takes the text above it back to a title line."""
        issue = check_all(
            "## 甲文\n\n本报讯 第一段。\n\n第二段。\n\n车间忙\n\n工人正在加工零件。\n\n王小明 摄"
        )

        assert texts(issue.articles[0]) == ["第一段。", "第二段。"]
        (photo,) = issue.photos
        assert photo.title is not None
        assert (photo.title.text, photo.caption) == ("车间忙", "工人正在加工零件。")

    def test_inline_credit_closes_caption(self) -> None:
        """A credit at the end of the caption ends the photo; the next headline is an article."""
        issue = check_all(
            "正文。"
            + PICTURE
            + "走访学经验\n\n企业负责人走访交流。 王小明 摄\n\n某局开展检查\n\n本报讯 正文。"
        )

        assert issue.photos[0].caption == "企业负责人走访交流。"
        assert issue.articles[-1].title == "某局开展检查"


class TestStrays:
    """Strays: ``heading_before_picture``, ``stacks_are_short``."""

    def test_heading_before_picture_is_stray(self) -> None:
        """A heading with no body before a picture is neither an article nor glued to one."""
        issue = check_all(
            "## 甲文\n\n本报讯 正文。\n\n## 会议横幅文字"
            + PICTURE
            + "### 表彰先进\n\n颁奖现场。\n\n王小明 摄"
        )

        assert [a.title for a in issue.articles] == ["甲文"]
        assert texts(issue.articles[0]) == ["正文。"]
        assert [issue.source[b.span.start : b.span.end] for b in issue.strays] == [
            "## 会议横幅文字"
        ]
        assert issue.photos[0].title is not None

    def test_heading_at_end_is_stray(self) -> None:
        """A heading with nothing after it is a stray."""
        issue = check_all("## 甲文\n\n本报讯 正文。\n\n## 孤立的标题")

        assert len(issue.articles) == 1
        assert kinds(issue)[-1] == "stray"


class TestIntertitles:
    """Rules ``intertitle_form``, ``intertitle_after_text`` and ``lone_line_is_cut_paragraph``."""

    def test_markdown_intertitle_text_has_no_marks(self) -> None:
        """A smaller markdown heading between paragraphs is an intertitle; its text is its
        words, as a headline's is, without the ``#`` marks."""
        issue = check_all(
            "## 标题\n\n本报讯(记者王小明)第一段。\n\n#### 一企一策解难题\n\n第二段。\n\n"
            "#### 抱团发展强链条\n\n第三段。"
        )

        intertitles = [p.text for p in issue.articles[0].paragraphs if p.kind == "intertitle"]
        assert intertitles == ["一企一策解难题", "抱团发展强链条"]

    def test_series_of_plain_intertitles(self) -> None:
        """Short unpunctuated lines between paragraphs of one article are its intertitles."""
        issue = check_all(
            "聚势争先攀高峰\n\n导语段落。\n\n抓实项目建设\n\n项目段落。\n\n创新招商模式\n\n招商段落。"
            "\n\n(本报记者 王小明)"
        )

        (article,) = issue.articles
        assert [(p.kind, p.text) for p in article.paragraphs] == [
            ("paragraph", "导语段落。"),
            ("intertitle", "抓实项目建设"),
            ("paragraph", "项目段落。"),
            ("intertitle", "创新招商模式"),
            ("paragraph", "招商段落。"),
        ]

    def test_lone_plain_line_is_a_cut_paragraph_start(self) -> None:
        """A lone short line is the start of a paragraph cut by a column break, and is joined."""
        issue = check_all(
            "## 甲文\n\n本报讯 第一段。\n\n培训以改进创新文明城市、文明村\n\n镇创建工作为切入点。"
        )

        assert texts(issue.articles[0]) == [
            "第一段。",
            "培训以改进创新文明城市、文明村镇创建工作为切入点。",
        ]

    def test_marked_intertitle_smaller_than_title(self) -> None:
        """A markdown heading smaller than the article's title is an intertitle, even alone."""
        issue = check_all("## 甲文\n\n本报讯 第一段。\n\n### 小标题\n\n第二段。")

        assert len(issue.articles) == 1
        assert [p.kind for p in issue.articles[0].paragraphs] == [
            "paragraph",
            "intertitle",
            "paragraph",
        ]

    def test_heading_in_a_title_type_of_the_issue_starts_article(self) -> None:
        """A heading smaller than this article's title, but in the type the issue's other titles
        use, starts a new article even without a byline."""
        issue = check_all(
            "# 头条\n\n本报讯 第一段。\n\n## 乙文\n\n第二篇第一段。\n\n## 丙文\n\n本报讯 第三篇。"
        )

        assert [a.title for a in issue.articles] == ["头条", "乙文", "丙文"]

    def test_marked_heading_as_large_as_title_starts_article(self) -> None:
        """A heading in the title's type starts a new article."""
        issue = check_all("## 甲文\n\n本报讯 第一段。\n\n## 乙文\n\n第二篇第一段。")

        assert [a.title for a in issue.articles] == ["甲文", "乙文"]

    def test_question_paragraph_is_not_an_intertitle(self) -> None:
        """A short body paragraph ending with ? is a paragraph, and is not joined."""
        issue = check_all("## 甲文\n\n第一段。\n\n如此好“气质”,是如何炼成的?\n\n第二段。")

        assert [(p.kind, p.text) for p in issue.articles[0].paragraphs] == [
            ("paragraph", "第一段。"),
            ("paragraph", "如此好“气质”,是如何炼成的?"),
            ("paragraph", "第二段。"),
        ]


class TestTextAroundHeadlines:
    """Text around headlines: ``cut_text_goes_on``, ``plain_line_by_markdown``,
    ``lead_starts_article``, ``trailing_byline_ends``, ``names_close_article``."""

    def test_short_unpunctuated_continuation(self) -> None:
        """A short unpunctuated block after a cut sentence continues it."""
        issue = check_all("## 甲文\n\n本报讯 某区加大\n\n宣传力度\n\n让群众满意。")

        assert texts(issue.articles[0]) == ["某区加大宣传力度让群众满意。"]

    def test_plain_line_under_markdown_heading(self) -> None:
        """In a markdown-headed issue, a plain short line below a heading is text."""
        issue = check_all("# 标题\n\n体制机制持\n\n续创新。")

        assert issue.articles[0].headlines[0].text == "标题"
        assert texts(issue.articles[0]) == ["体制机制持续创新。"]

    def test_plain_subtitle_under_markdown_title_stays_a_headline(self) -> None:
        """A plain line marked as a subtitle (leading ``——``) stays in the headline stack."""
        issue = check_all(
            "## 聚势争先攀高峰\n\n——某区项目建设综述\n\n导语段落。\n\n(本报记者 王小明)"
        )

        article = issue.articles[0]
        assert (article.title, article.subtitles) == ("聚势争先攀高峰", ("某区项目建设综述",))
        assert texts(article) == ["导语段落。"]

    def test_headline_ending_with_dash_is_never_joined(self) -> None:
        """A kicker ending with ``——`` does not end a sentence but is never joined into text."""
        issue = check_all("正文。\n\n位居全省第五——\n\n气质是这样炼成的\n\n本报讯 正文。")

        article = issue.articles[-1]
        assert article.kickers == ("位居全省第五",)
        assert texts(article) == ["正文。"]

    def test_lead_byline_starts_an_article(self) -> None:
        """Two lead bylines without a headline between them are two articles."""
        issue = check_all("## 甲文\n\n本报讯 第一篇。\n\n本报讯(记者王小明)第二篇。")

        assert len(issue.articles) == 2
        assert issue.articles[1].title is None

    def test_names_alone_after_the_last_sentence_close_the_article(self) -> None:
        """Rule ``names_close_article``: a block of names alone after a finished paragraph, before
        the next headline, is the article's trailing byline (not a column label)."""
        issue = check_all(
            "## 甲文\n\n本报讯 某区推进改革,取得成效。\n\n王明 李华\n\n## 乙文\n\n本报讯 正文二。"
        )

        first, second = issue.articles
        assert first.byline is not None
        assert (first.byline.position, first.byline.reporters) == ("trail", ("王明", "李华"))
        assert first.column is None
        assert second.title == "乙文"

    def test_trailing_byline_closes_article(self) -> None:
        """A trailing byline ends its article; the headline after it starts the next."""
        issue = check_all("甲文\n\n正文。\n\n(本报记者 王小明)\n\n乙文\n\n正文二。")

        assert [a.title for a in issue.articles] == ["甲文", "乙文"]
        assert issue.articles[0].byline is not None
        assert issue.articles[0].byline.position == "trail"


class TestOwnLineBylines:
    """A byline on its own line under the headline: ``byline_reads_as_byline``."""

    def test_text_and_picture_byline_under_a_plain_headline(self) -> None:
        """``文/图 本报记者 X`` under a headline is the article's lead byline (its writer also
        took the pictures), not the credit of a photo titled by the headline."""
        issue = check_all(
            "青山科技园举办创新大赛\n\n文/图 本报记者 赵立新\n\n"
            "日前,青山科技园第三届创新创业大赛落下帷幕。\n\n大赛评出一等奖3个。"
        )

        (article,) = issue.articles
        assert not issue.photos
        assert article.title == "青山科技园举办创新大赛"
        assert article.byline is not None
        assert (article.byline.text, article.byline.position) == ("文/图 本报记者 赵立新", "lead")
        assert (article.byline.reporters, article.byline.photographers) == (("赵立新",), ("赵立新",))
        assert texts(article) == ["日前,青山科技园第三届创新创业大赛落下帷幕。", "大赛评出一等奖3个。"]


class TestShortReports:
    """A report of one block: the lead label and the trailing names in the same block."""

    def test_bare_label_and_glued_names_in_one_block(self) -> None:
        """``本报讯 …。(张小红)``: the names glued after the last sentence are the byline
        (``trail``, source from the label), not paragraph text."""
        issue = check_all(
            "园区举办用工对接会\n\n本报讯 日前,园区举办企业用工对接会,120家企业提供岗位3000余个。(张小红)"
        )

        (article,) = issue.articles
        assert article.byline is not None
        assert (article.byline.text, article.byline.position, article.byline.source) == (
            "(张小红)",
            "trail",
            "本报",
        )
        assert article.byline.reporters == ("张小红",)
        assert texts(article) == ["日前,园区举办企业用工对接会,120家企业提供岗位3000余个。"]
        # the block is cut as it reads: the label, the text, the names
        assert kinds(issue) == ["headline", "byline", "paragraph", "byline"]

    def test_lead_byline_alone_in_its_block(self) -> None:
        """``本报讯(记者 王明)`` alone in its block is the byline only: no paragraph of it."""
        issue = check_all("## 园区新设人才驿站\n\n本报讯(记者 王明)\n\n日前,驿站揭牌。\n\n驿站有床位60张。")

        (article,) = issue.articles
        assert article.byline is not None
        assert (article.byline.text, article.byline.reporters) == ("本报讯(记者 王明)", ("王明",))
        assert texts(article) == ["日前,驿站揭牌。", "驿站有床位60张。"]

    def test_named_lead_keeps_a_closing_bracket_in_the_text(self) -> None:
        """With names in the lead byline, a bracket at the end is the text's own."""
        issue = check_all("园区举办用工对接会\n\n本报讯(记者 王明)日前,园区举办对接会。(张小红)")

        (article,) = issue.articles
        assert article.byline is not None
        assert article.byline.reporters == ("王明",)
        assert texts(article) == ["日前,园区举办对接会。(张小红)"]

    def test_appended_note_ends_the_paragraph(self) -> None:
        """``…。(作者单位：…)`` ends its sentence: the plain line after it is the next headline,
        not the rest of a cut paragraph."""
        issue = check_all(
            "## 甲文\n\n本报讯 正文。\n\n大赛评出一等奖3个。(作者单位：青山科技园管委会)\n\n"
            "园区举办用工对接会\n\n本报讯 日前,园区举办对接会。"
        )

        assert [a.title for a in issue.articles] == ["甲文", "园区举办用工对接会"]
        assert texts(issue.articles[0])[-1] == "大赛评出一等奖3个。(作者单位：青山科技园管委会)"


class TestGeneralForms:
    """Forms other papers print: a writer named in a credit-like line, genre labels, a note
    under the headline before an own-line byline, a caption-only picture inside an article."""

    def test_writer_named_is_a_byline_not_a_credit(self) -> None:
        """Rule ``writer_named_is_byline``: ``文/X 图/Y`` after the last paragraph is the
        article's trailing byline, though it names a photographer too."""
        issue = check_all("## 园区新闻\n\n第一段内容。\n\n第二段内容。\n\n文/王明 图/李华")

        (article,) = issue.articles
        assert not issue.photos
        assert article.byline is not None
        assert (article.byline.position, article.byline.reporters) == ("trail", ("王明",))
        assert article.byline.photographers == ("李华",)

    def test_photographer_alone_stays_a_credit(self) -> None:
        """``王明 摄`` names no writer: under a caption it is the photo's credit."""
        issue = check_all("## 园区新闻\n\n第一段内容。" + PICTURE + "车间一角。\n\n王明 摄")

        (photo,) = issue.photos
        assert photo.photographers == ("王明",)
        assert issue.articles[0].byline is None

    def test_genre_label_over_a_title(self) -> None:
        """Rule ``genre_label``: ``记者手记`` over a plain title is the piece's column."""
        issue = check_all("记者手记\n\n让企业和高校坐在一起\n\n采访中,记者听到最多的一句话。")

        (article,) = issue.articles
        assert article.title == "让企业和高校坐在一起"
        assert article.column is not None
        assert article.column.text == "记者手记"

    def test_brief_news_label_over_a_title(self) -> None:
        """A short label ending in 简讯 (``高新简讯``) over a title is its column."""
        issue = check_all("高新简讯\n\n园区举办用工对接会\n\n本报讯 日前,园区举办企业用工对接会。")

        (article,) = issue.articles
        assert article.column is not None
        assert (article.column.text, article.title) == ("高新简讯", "园区举办用工对接会")

    def test_dotted_series_name_over_a_title(self) -> None:
        """Rule ``dotted_series_label``: ``科创走廊·园区行`` over a title is its column."""
        issue = check_all("科创走廊·园区行\n\n让企业和高校坐在一起\n\n采访中,记者听到最多的一句话。")

        (article,) = issue.articles
        assert article.column is not None
        assert (article.column.text, article.title) == ("科创走廊·园区行", "让企业和高校坐在一起")

    def test_dotted_title_with_a_long_phrase_stays_a_headline(self) -> None:
        """A dotted line with a phrase longer than a series name is a headline line."""
        issue = check_all("科创走廊·园区企业跑出加速度\n\n采访中,记者听到最多的一句话。")

        (article,) = issue.articles
        assert article.column is None
        assert article.title == "科创走廊·园区企业跑出加速度"

    def test_quoted_parallel_intertitles(self) -> None:
        """``从“坐诊”到“驻厂”`` / ``从“一个人”到“一个团队”``: parallel in length once the quotes
        are not counted, so intertitles of one article, not two new articles."""
        issue = check_all(
            "## 园区新闻\n\n本报讯 第一段内容。\n\n从“坐诊”到“驻厂”\n\n过去,专家到企业多是短期走访。"
            "\n\n从“一个人”到“一个团队”\n\n不少专家身后,都有一个团队。\n\n(本报记者 王明)"
        )

        (article,) = issue.articles
        kinds = [p.kind for p in article.paragraphs]
        assert kinds == ["paragraph", "intertitle", "paragraph", "intertitle", "paragraph"]
        assert article.byline is not None

    def test_other_short_line_over_a_title_is_not_a_column(self) -> None:
        """An ordinary short line over a title is part of the headline, not a label."""
        issue = check_all("园区纪事\n\n让企业和高校坐在一起\n\n采访中,记者听到最多的一句话。")

        (article,) = issue.articles
        assert article.column is None
        assert article.title == "园区纪事"

    def test_note_under_headline_before_own_line_byline(self) -> None:
        """One line per paragraph: headline, ``编者按`` and its line, then the own-line byline:
        the note is the article's and the byline its lead."""
        issue = check_all(
            "临川科学城首批项目通过验收\n编者按\n今起,本报推出系列报道,敬请关注。\n"
            "本报记者 王明 通讯员 李华\n日前,科学城首批项目验收会举行。\n据介绍,项目全部通过验收。"
        )

        (article,) = issue.articles
        assert article.note is not None
        assert article.note.text == "今起,本报推出系列报道,敬请关注。"
        assert article.byline is not None
        assert (article.byline.position, article.byline.correspondents) == ("lead", ("李华",))
        assert texts(article) == ["日前,科学城首批项目验收会举行。", "据介绍,项目全部通过验收。"]

    def test_note_after_own_line_byline(self) -> None:
        """Headline, own-line byline, then a note with its text glued after the label's colon:
        the note is the article's, and the text after it is the article's body, not more
        note."""
        issue = check_all(
            "## 临川科学城首批项目通过验收\n\n本报记者 王明 通讯员 李华\n\n"
            "开栏的话:今起,本报推出系列报道。\n\n3月9日下午,科学城首批项目验收会举行。"
            "\n\n据介绍,项目全部通过验收。"
        )

        (article,) = issue.articles
        assert article.note is not None
        assert article.note.text == "今起,本报推出系列报道。"
        assert article.byline is not None
        assert article.byline.position == "lead"
        assert texts(article) == ["3月9日下午,科学城首批项目验收会举行。", "据介绍,项目全部通过验收。"]

    def test_unpunctuated_caption_with_glued_credit_is_no_headline(self) -> None:
        """``车间一角 李华 摄``: a short caption with its credit glued is a caption, not a
        headline line (a headline never ends with a photographer's credit)."""
        issue = check_all("## 园区新闻\n\n第一段内容。" + PICTURE + "工人在车间内作业 李华 摄")

        (photo,) = issue.photos
        assert photo.credit is not None
        assert (photo.caption, photo.credit.text) == ("工人在车间内作业", "李华 摄")

    def test_two_line_intertitle(self) -> None:
        """A section heading printed as two short plain lines between paragraphs is two
        intertitle lines of the article, not a new article's headline."""
        issue = check_all(
            "## 园区新闻\n\n本报讯 园区发展迅速。\n\n四大工程\n\n引来企业注册"
            "\n\n漫步园区,道路宽阔整洁。\n\n## 下一篇\n\n本报讯 正文。"
        )

        first = issue.articles[0]
        assert [a.title for a in issue.articles] == ["园区新闻", "下一篇"]
        assert [(p.kind, p.text) for p in first.paragraphs] == [
            ("paragraph", "园区发展迅速。"),
            ("intertitle", "四大工程"),
            ("intertitle", "引来企业注册"),
            ("paragraph", "漫步园区,道路宽阔整洁。"),
        ]

    def test_caption_only_picture_inside_an_article(self) -> None:
        """A picture with no credit: its caption is one block (here without a full stop) and
        the article resumes after it, up to its trailing byline."""
        issue = check_all(
            "## 园区新闻\n\n第一段内容。"
            + PICTURE
            + "咖啡馆里,科研人员在交流\n\n“在这里聊一聊,常常就有了思路。”工程师说。"
            "\n\n第三段内容。\n\n(本报记者 王明)"
        )

        (article,) = issue.articles
        (photo,) = issue.photos
        assert photo.caption == "咖啡馆里,科研人员在交流"
        assert texts(article) == [
            "第一段内容。",
            "“在这里聊一聊,常常就有了思路。”工程师说。",
            "第三段内容。",
        ]
        assert article.byline is not None
        assert article.byline.reporters == ("王明",)


class TestColumnsAndNotes:
    """Columns and notes: ``column_label_position``, ``label_after_article``,
    ``plain_line_by_markdown``, ``note_label_takes_text``."""

    def test_bracketed_column_above_headline(self) -> None:
        """A bracketed series name above a headline is the column of the article below."""
        issue = check_all("【高新故事】\n\n## 甲文\n\n本报讯 正文。")

        (article,) = issue.articles
        assert article.column is not None
        assert article.column.text == "高新故事"
        assert article.title == "甲文"
        assert kinds(issue)[0] == "column"

    def test_editors_note_between_headline_and_body(self) -> None:
        """``编者按：`` inside an article's head is its note, not body text."""
        issue = check_all(
            "## 甲文\n\n编者按：今起本报开设“企业风采”栏目,敬请关注。\n\n本报讯 正文。"
        )

        (article,) = issue.articles
        assert article.note is not None
        assert (article.note.label, article.note.text) == (
            "编者按",
            "今起本报开设“企业风采”栏目,敬请关注。",
        )
        assert texts(article) == ["正文。"]

    def test_note_label_alone_takes_next_block(self) -> None:
        """A label on its own line (``【开栏的话】``) takes the next block as its text."""
        issue = check_all("【开栏的话】\n\n今起开设“企业风采”栏目。\n\n## 甲文\n\n本报讯 正文。")

        (article,) = issue.articles
        assert article.note is not None
        assert (article.note.label, article.note.text) == ("开栏的话", "今起开设“企业风采”栏目。")

    def test_plain_headline_under_a_notes_text(self) -> None:
        """Plain headlines only: the line after a note's paragraphs heads the article the
        note opens; it is not a paragraph start cut by a column break."""
        issue = check_all(
            "开栏语\n\n本报今起推出“园区新面孔”栏目,讲述新落户企业的故事。\n\n"
            "青山科技园迎来第一百家入驻企业\n\n"
            "在日前公布的入驻名单中,一家做智能传感器的初创公司成为第一百家企业。"
        )

        (article,) = issue.articles
        assert article.title == "青山科技园迎来第一百家入驻企业"
        assert article.note is not None
        assert article.note.label == "开栏语"
        assert texts(article) == ["在日前公布的入驻名单中,一家做智能传感器的初创公司成为第一百家企业。"]

    def test_announced_column_after_text(self) -> None:
        """A line naming the column the note announced, printed after the text, is the column."""
        issue = check_all(
            "## 甲文\n\n编者按：本报推出“企业风采”专栏。\n\n本报讯 正文。\n\n企业风采\n\n## 乙文\n\n本报讯 正文二。"
        )

        first, second = issue.articles
        assert first.column is not None
        assert first.column.text == "企业风采"
        assert second.column is None
        assert texts(first) == ["正文。"]

    def test_note_after_article(self) -> None:
        """``编后`` follows its article."""
        issue = check_all(
            "## 甲文\n\n本报讯 正文。\n\n编后：此事值得深思。\n\n## 乙文\n\n本报讯 正文二。"
        )

        assert issue.articles[0].note is not None
        assert issue.articles[0].note.label == "编后"
        assert issue.articles[1].note is None

    def test_sentence_starting_like_a_label_is_text(self) -> None:
        """``编者按照`` is not the label ``编者按``."""
        issue = check_all("## 甲文\n\n本报讯 正文。\n\n编者按照要求修改了稿件。")

        assert issue.articles[0].note is None
        assert texts(issue.articles[0]) == ["正文。", "编者按照要求修改了稿件。"]
