"""Bylines: lead and trailing forms, roles, separators and brackets (``gaoxin_parse.byline``)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import gaoxin_parse as gx
from gaoxin_parse.byline import (
    match_byline_line,
    match_glued_trail_byline,
    match_lead_byline,
    match_trail_byline,
)
from gaoxin_parse.model import Role

from .strategies import EXTRAS, SEED_BLOCKS


class TestExtractByline:
    """``extract_byline`` on paragraphs and blocks."""

    def test_lead_with_reporter_and_correspondent(self) -> None:
        """Roles written without spaces before the names are split at the role words."""
        byline = gx.extract_byline("本报讯(记者王小明 通讯员李四)3月1日,某区召开会议。")

        assert byline is not None
        assert (byline.source, byline.reporters, byline.correspondents) == (
            "本报",
            ("王小明",),
            ("李四",),
        )
        assert byline.text == "本报讯(记者王小明 通讯员李四)"
        assert byline.position == "lead"

    def test_full_width_brackets_and_enumeration_comma(self) -> None:
        """Full-width brackets and names separated by 、 are read the same way."""
        byline = gx.extract_byline("本报讯（记者 王小明、赵六 通讯员 李四）近日,…")

        assert byline is not None
        assert byline.reporters == ("王小明", "赵六")
        assert byline.correspondents == ("李四",)

    def test_repeated_roles(self) -> None:
        """A role may be repeated; names accumulate in print order."""
        byline = gx.extract_byline("本报讯(记者王小明 记者赵六 通讯员李四 通讯员钱七)正文")

        assert byline is not None
        assert byline.reporters == ("王小明", "赵六")
        assert byline.correspondents == ("李四", "钱七")

    def test_missing_reporter(self) -> None:
        """A byline may name correspondents only."""
        byline = gx.extract_byline("本报讯(通讯员李四)正文")

        assert byline is not None
        assert (byline.reporters, byline.correspondents) == ((), ("李四",))

    def test_opener_without_names(self) -> None:
        """``本报讯`` alone is a byline without names."""
        byline = gx.extract_byline("本报讯 近日,某区召开会议。")

        assert byline is not None
        assert byline.text == "本报讯"
        assert byline.names == ()

    def test_other_roles_and_names_without_role(self) -> None:
        """Names before any role word are reporters; 实习生 is kept in ``others``."""
        byline = gx.extract_byline("本报讯(王小明 实习生赵六)正文")

        assert byline is not None
        assert byline.reporters == ("王小明",)
        assert byline.others == (("实习生", "赵六"),)

    def test_trailing_form(self) -> None:
        """A bracket block of roles and names is a trailing byline."""
        byline = gx.extract_byline("(本报记者 王小明 通讯员 李四)")

        assert byline is not None
        assert byline.position == "trail"
        assert (byline.source, byline.reporters, byline.correspondents) == (
            "本报",
            ("王小明",),
            ("李四",),
        )

    @pytest.mark.parametrize(
        "text",
        [
            "记者10月10日从某镇获悉,当前该镇正在做好秸秆禁烧工作。",
            "公司法人告诉记者,多亏了科技创新局的大力支持。",
            "(早6点至晚12点)",
            "(记者从会上获悉,全年目标已完成)",
            "本报讯是本报的栏目名称之一,",
        ],
    )
    def test_mere_mentions_are_not_bylines(self, text: str) -> None:
        """A sentence that merely mentions 记者, or a bracket of prose, is not a byline."""
        byline = gx.extract_byline(text)

        assert byline is None or byline.names == ()
        if byline is not None:
            assert byline.text == "本报讯"

    def test_bracket_of_prose_after_opener_is_not_part_of_byline(self) -> None:
        """A bracket after 本报讯 that holds prose is left in the paragraph."""
        byline = gx.extract_byline("本报讯(2023年度)全年目标已完成。")

        assert byline is not None
        assert byline.text == "本报讯"

    def test_rejects_bytes(self) -> None:
        """Non-text input raises a TypeError naming the type."""
        with pytest.raises(TypeError, match="bytes"):
            gx.extract_byline(b"x")  # type: ignore[arg-type]


def test_two_character_name_printed_with_a_space() -> None:
    """``王 芳`` (a two-character name padded to three) is one name, reported without the space."""
    byline = gx.extract_byline("(本报记者 王 芳 通讯员 李四)")

    assert byline is not None
    assert (byline.reporters, byline.correspondents) == (("王芳",), ("李四",))
    assert gx.extract_byline("(本报记者 王 芳 李)") is None


def reading(byline: gx.Byline | None) -> tuple[object, ...] | None:
    """The parts of a byline a person reads: source, dateline, reporters, correspondents,
    photographers and other (role, name) pairs."""
    if byline is None:
        return None
    return (
        byline.source,
        byline.dateline,
        byline.reporters,
        byline.correspondents,
        byline.photographers,
        byline.others,
    )


class TestLeadForms:
    """``match_lead_byline``: one case per form of the opener and of what follows it."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("本报讯(记者 王明 通讯员 李华)", ("本报", None, ("王明",), ("李华",), (), ())),
            ("本报讯 (王明 李华)", ("本报", None, ("王明", "李华"), (), (), ())),
            ("本报北京4月17日讯(记者王明)", ("本报", "北京4月17日", ("王明",), (), (), ())),
            ("新华社江城10月9日电(记者 王明)", ("新华社", "江城10月9日", ("王明",), (), (), ())),
            ("【新华社江城10月9日电】", ("新华社", "江城10月9日", (), (), (), ())),
            ("某某网5月3日讯(记者 王明)", ("某某网", "5月3日", ("王明",), (), (), ())),
            ("某某网5月3日海城讯(本网记者 王明)", ("某某网", "5月3日海城", ("王明",), (), (), ())),
            ("某某日报十四日电(记者 王明)", ("某某日报", "十四日", ("王明",), (), (), ())),
            ("本报海城电(特派记者 王明)", ("本报", "海城", ("王明",), (), (), ())),
            ("某某新闻网讯(某某日报见习记者 王明)", ("某某新闻网", None, ("王明",), (), (), ())),
            ("某报融媒讯", ("某报融媒", None, (), (), (), ())),
            ("今日4月28日讯", ("今日", "4月28日", (), (), (), ())),
            ("·某某新闻2月3日讯", ("某某新闻", "2月3日", (), (), (), ())),
            ("某某网(记者王明 李华)", ("某某网", None, ("王明", "李华"), (), (), ())),
            ("(记者王明通讯员李华)", (None, None, ("王明",), ("李华",), (), ())),
            (
                "本报讯(王明、李华、实习生张小红)",
                ("本报", None, ("王明", "李华"), (), (), (("实习生", "张小红"),)),
            ),
            ("某某日报江城11月7日电 记者王明", ("某某日报", "江城11月7日", ("王明",), (), (), ())),
            ("本報訊(記者 王明 通訊員 李華)", ("本報", None, ("王明",), ("李華",), (), ())),
            # a date with its year
            ("某某网2024年5月6日讯(记者 王明)", ("某某网", "2024年5月6日", ("王明",), (), (), ())),
            # a space after the source, before the place
            ("某某网 江城8月6日电(王明)", ("某某网", "江城8月6日", ("王明",), (), (), ())),
            # a reprint's 据 is not part of the source
            ("据新华社江城11月12日电", ("新华社", "江城11月12日", (), (), (), ())),
            # 报道 and 消息 inside 【】 need no date; 消息 after a date, or before a colon
            ("【某某新闻报道】", ("某某新闻", None, (), (), (), ())),
            ("【本報消息】", ("本報", None, (), (), (), ())),
            ("某某网8月7日江城消息", ("某某网", "8月7日江城", (), (), (), ())),
            ("某某网消息:", ("某某网", None, (), (), (), ())),
            # a unit's press team glued to its short name is a role of its own
            (
                "本报江城10月2日电 (记者 王明 李华 区委报道组 张小红)",
                ("本报", "江城10月2日", ("王明", "李华"), (), (), (("报道组", "张小红"),)),
            ),
            # a station and its app joined by a slash are one source
            ("江城电视台/江城视听讯(记者 王明)", ("江城电视台/江城视听", None, ("王明",), (), (), ())),
            # a paper's name and the day before the bracket, with no 讯 or 电
            ("某某网12月7日 (记者 王明)", ("某某网", "12月7日", ("王明",), (), (), ())),
            # 在线 ends a site's name as 网 does; a slash after each role word
            (
                "江城在线青山5月6日电(江城日报见习记者/王明 通讯员/李华)",
                ("江城在线", "青山5月6日", ("王明",), ("李华",), (), ()),
            ),
            # some sites print the hour in the dateline
            ("某某网7月30日8时35分讯(记者 王明)", ("某某网", "7月30日8时35分", ("王明",), (), (), ())),
            # a copy that lost the line's indent shows question marks before it
            ("??? 本报讯(记者 王明)", ("本报", None, ("王明",), (), (), ())),
            # a paper's own name may hold digits and letters, never a date's
            ("看点1TV-某某网讯(记者 王明)", ("看点1TV-某某网", None, ("王明",), (), (), ())),
        ],
    )
    def test_form(self, text: str, expected: tuple[object, ...]) -> None:
        """The opener gives the source and dateline; the bracket or role words the people."""
        byline = match_lead_byline(text, 0, len(text))

        assert reading(byline) == expected
        assert byline is not None
        assert byline.span.slice(text) == byline.text
        assert byline.position == "lead"

    def test_colon_after_the_bracket_ends_the_byline(self) -> None:
        """``本报讯(记者 王明)：正文``: the colon belongs to the byline, not to the text."""
        text = "本报讯(记者 王明):连日来,园区一批项目投产。"
        byline = match_lead_byline(text, 0, len(text))

        assert byline is not None
        assert byline.text == "本报讯(记者 王明):"
        spaced = "本报讯(记者 王明) 连日来:园区一批项目投产。"  # a colon further on is the text's
        later = match_lead_byline(spaced, 0, len(spaced))
        assert later is not None
        assert later.text == "本报讯(记者 王明)"

    def test_body_after_the_byline_is_not_read(self) -> None:
        """The byline stops at its bracket; the body after it is left to the paragraph."""
        text = "新华社江城10月9日电(记者 王明)近日,某区召开会议。"
        byline = match_lead_byline(text, 0, len(text))

        assert byline is not None
        assert byline.text == "新华社江城10月9日电(记者 王明)"

    @pytest.mark.parametrize(
        "text",
        [
            "新华社江城2月15日电 题:特写:某地的春天",
            "近日电网公司召开会议。",
            "本报记者从会上获悉,全年目标已完成。",
            "今年1月5日电力公司开始检修。",
            # 报道 and 消息 where they are prose: undated, not bracketed, no colon after 消息
            "据某某网报道,园区开工。",
            "某某网消息称,园区开工。",
            "《某某日报》消息",
            "据悉,某某网5日报道",
        ],
    )
    def test_not_an_opener(self, text: str) -> None:
        """An agency's title line and sentences with 电 or 记者 are not lead bylines."""
        assert match_lead_byline(text, 0, len(text)) is None


class TestLineForms:
    """``match_byline_line``: a byline on its own line(s) under the headline."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("□记者 王明", (None, None, ("王明",), (), (), ())),
            ("■本报记者 王 芳 李华", ("本报", None, ("王芳", "李华"), (), (), ())),
            ("记者 王明 通讯员 李华", (None, None, ("王明",), ("李华",), (), ())),
            ("某某网记者 王明 海城报道", ("某某网", "海城", ("王明",), (), (), ())),
            (
                "□晚报记者 王明\n通讯员 李华 赵立新",
                ("晚报", None, ("王明",), ("李华", "赵立新"), (), ()),
            ),
            ("某某日报社全媒体记者 王明", ("某某日报社", None, ("王明",), (), (), ())),
            ("某某日报·某某客户端记者 王明", ("某某日报·某某客户端", None, ("王明",), (), (), ())),
            ("某报融媒记者 王明", ("某报融媒", None, ("王明",), (), (), ())),
            ("-记者王明", (None, None, ("王明",), (), (), ())),
            ("首席记者 王明 实习生 李华", (None, None, ("王明",), (), (), (("实习生", "李华"),))),
            (
                "本报记者王明李小红文/图",
                ("本报", None, ("王明", "李小红"), (), ("王明", "李小红"), ()),
            ),
            ("记者 王明 摄影 李华", (None, None, ("王明",), (), ("李华",), ())),
            ("文/王明 图/李华", (None, None, ("王明",), (), ("李华",), ())),
            # a role word after a picture prefix is the title; the prefix says what he did
            ("文/本报记者 王明 图/本报记者 李华", ("本报", None, ("王明",), (), ("李华",), ())),
            # a letter N where a copy lost a paper's logo before the byline
            ("N本报记者 王明 李华", ("本报", None, ("王明", "李华"), (), (), ())),
            # marks glued to the next name after their slash: X/文Y/图
            ("江城报实习记者王明/文李华/图", ("江城报", None, ("王明",), (), ("李华",), ())),
            # ... also with the paper's name glued before the role word, and a note that the
            # pictures not credited otherwise are his
            (
                "文/江城晚报记者 王明 李华 图/江城晚报记者 赵立新(除署名外)",
                ("江城晚报", None, ("王明", "李华"), (), ("赵立新",), ()),
            ),
            # ... but a role word after names of the prefix starts a group of its own
            ("图/李华 记者 王明", (None, None, ("王明",), (), ("李华",), ())),
            # a place ending in 台 before 报道 is a dateline, not a television station
            ("记者 王明 邢台报道", (None, "邢台", ("王明",), (), (), ())),
            # rule name_before_report: a three-character name before 报道 is a reporter ...
            ("记者 王明 李小红报道", (None, None, ("王明", "李小红"), (), (), ())),
            # ... but a three-character place ends in a place word, even after a family name
            ("记者 王明 石家庄报道", (None, "石家庄", ("王明",), (), (), ())),
            ("记者 王明 张家口报道", (None, "张家口", ("王明",), (), (), ())),
            # ... and two characters stay a place (papers file from cities far more often)
            ("记者 王明 黄山报道", (None, "黄山", ("王明",), (), (), ())),
            # right after a role word the run before 报道 is a name, not a place
            ("记者王明 通讯员李华报道", (None, None, ("王明",), ("李华",), (), ())),
            # a reporter posted elsewhere: the paper is the source, 驻某地 is the posting
            ("本报驻江城记者 王明", ("本报", None, ("王明",), (), (), ())),
            # the full-width slash papers also print
            ("本报记者 王明 文／图", ("本报", None, ("王明",), (), ("王明",), ())),
            ("文·图/本报记者 王明", ("本报", None, ("王明",), (), ("王明",), ())),
            # a dateline after the names: 发自某地
            ("本报特派记者 王明 发自江城", ("本报", "江城", ("王明",), (), (), ())),
            # divided work keeps a correspondent's title; a reporter with pictures only is their
            # photographer
            ("记者 王明／文 通讯员 李华／图", (None, None, ("王明",), ("李华",), ("李华",), ())),
            # one-character marks printed as words: 文 and 图 after the names
            ("本报记者 王明 文 李华 图", ("本报", None, ("王明",), (), ("李华",), ())),
            # 摄影报道 in a byline: reported and took the pictures
            ("本报记者 王明 摄影报道", ("本报", None, ("王明",), (), ("王明",), ())),
            # a work mark printed before the names covers them (文/图: wrote and took pictures)
            ("文/图 本报记者 赵立新", ("本报", None, ("赵立新",), (), ("赵立新",), ())),
            # ... the first group only
            ("文/摄 记者 王明 通讯员 李华", (None, None, ("王明",), ("李华",), ("王明",), ())),
        ],
    )
    def test_form(self, text: str, expected: tuple[object, ...]) -> None:
        """Marker, organisation, role words, names and work marks each take their place."""
        byline = match_byline_line(text, 0, len(text))

        assert reading(byline) == expected
        assert byline is not None
        assert byline.position == "lead"

    def test_four_characters_alone_need_a_compound_family_name(self) -> None:
        """Printed without a role word, four characters are a name only after 欧阳, 司马 …"""
        assert match_byline_line("王明远志", 0, 4, bare_names=True) is None
        byline = match_byline_line("□ 司马光华", 0, 6, bare_names=True)
        assert byline is not None
        assert byline.reporters == ("司马光华",)

    def test_common_modern_family_names(self) -> None:
        """Family names outside the 百家姓 (朴, 涂, 丛) start names too; a word starting with
        a character that is no family name does not."""
        text = "记者 朴明 涂小红 丛林"
        byline = match_byline_line(text, 0, len(text))
        assert byline is not None
        assert byline.reporters == ("朴明", "涂小红", "丛林")
        assert match_byline_line("□ 由此可见", 0, 6, bare_names=True) is None

    def test_vertical_bar_for_a_colon_and_as_a_marker(self) -> None:
        """``记者丨王明`` reads as ``记者：王明``; a bar before the line is a marker."""
        for text in ("记者丨王明 李华", "记者｜王明 李华", "|本刊记者 王明 李华"):
            byline = match_byline_line(text, 0, len(text))
            assert byline is not None, text
            assert byline.reporters == ("王明", "李华")

    def test_spaced_out_role_word(self) -> None:
        """``记 者`` spaced out like a padded name is the role word, not a name."""
        byline = match_byline_line("记 者 林小红", 0, 7)

        assert byline is not None
        assert byline.reporters == ("林小红",)

    def test_two_media_names_joined_by_a_slash(self) -> None:
        """``某某早报/某某新闻记者``, ``某某云/某某日报记者``: a paper and its app joined by a slash
        are one source; a slash between names (``王明/李华``) joins nothing."""
        lines = ("(江城早报/江城新闻记者 王明)", "江城云/江城日报记者 王明", "(记者 王明/李华)")
        agencies = "(江城通讯社/江城新闻中心 王明)"
        both = match_trail_byline(agencies, 0, len(agencies))
        assert both is not None
        assert (both.source, both.reporters) == ("江城通讯社/江城新闻中心", ("王明",))
        paper = match_trail_byline(lines[0], 0, len(lines[0]))
        app = match_byline_line(lines[1], 0, len(lines[1]))
        names = match_trail_byline(lines[2], 0, len(lines[2]))

        assert paper is not None
        assert app is not None
        assert names is not None
        assert (paper.source, paper.reporters) == ("江城早报/江城新闻", ("王明",))
        assert (app.source, app.reporters) == ("江城云/江城日报", ("王明",))
        assert (names.source, names.reporters) == (None, ("王明", "李华"))

    def test_two_bare_names_glued(self) -> None:
        """Two three-character names glued in a bracket are two names; five characters are
        not split without a role word."""
        two = match_trail_byline("(王晓宁崔正博)", 0, 8)
        assert two is not None
        assert two.reporters == ("王晓宁", "崔正博")
        assert match_trail_byline("(王晓宁崔正)", 0, 7, bare_names=True) is None

    def test_letter_n_marks_only_before_a_han_character(self) -> None:
        """A letter N is taken for a lost logo only right before Chinese text: a Latin word at
        a line's start is no marker, so the line is no byline."""
        line = "NBA记者 王明"
        assert match_byline_line(line, 0, len(line)) is None

    def test_given_names_after_a_role_word(self) -> None:
        """Rule ``given_name_after_role``: papers may print reporters' given names only
        (``记者 春明 晓云``): after a role word and a space they are names; words of time or
        reporting there (``今天``, ``调查``) are not, nor is anything glued or printed bare."""
        given = match_trail_byline("(记者 春明 晓云)", 0, 10)
        assert given is not None
        assert given.reporters == ("春明", "晓云")
        for text in ("(记者 今天)", "(记者 调查)"):
            assert match_trail_byline(text, 0, len(text)) is None
        assert match_trail_byline("(春明 晓云)", 0, 7, bare_names=True) is None

    def test_label_word_is_no_name(self) -> None:
        """``来源 新华社`` names a source, not a person called 来源 (来 is a family name)."""
        assert gx.extract_byline("来源 新华社") is None
        byline = gx.extract_byline("记者 来明")  # a name with the family name 来 still reads
        assert byline is not None
        assert byline.reporters == ("来明",)

    def test_media_before_a_unit(self) -> None:
        """Rule ``media_before_unit``: a site or paper glued to a unit before the role word is
        the source (the unit is where the correspondent works); a paper's own 社 is no unit."""
        unit_line, paper_line = "(江城网青山区科技局通讯员 王明)", "(江城日报社全媒体记者 王明)"
        unit = match_trail_byline(unit_line, 0, len(unit_line))
        paper = match_trail_byline(paper_line, 0, len(paper_line))

        assert unit is not None
        assert paper is not None
        assert (unit.source, unit.correspondents) == ("江城网", ("王明",))
        assert (paper.source, paper.reporters) == ("江城日报社", ("王明",))

    def test_leading_mark_alone_is_no_byline(self) -> None:
        """``文/图`` with no names after it names nobody."""
        assert match_byline_line("文/图", 0, 3) is None

    def test_bare_names_only_when_the_caller_says_so(self) -> None:
        """``王明 李华`` alone is a byline only where its position shows it."""
        assert match_byline_line("王明 李华", 0, 5) is None
        byline = match_byline_line("王明 李华", 0, 5, bare_names=True)
        assert byline is not None
        assert byline.reporters == ("王明", "李华")

    def test_roles_in_print_order(self) -> None:
        """``roles`` lists every name with the role word as printed and the normalised role."""
        text = "见习记者 王明 通讯员 李华 实习生 张小红"
        byline = match_byline_line(text, 0, len(text))

        assert byline is not None
        assert byline.roles == (
            Role("王明", "见习记者", "reporter"),
            Role("李华", "通讯员", "correspondent"),
            Role("张小红", "实习生", "intern"),
        )


class TestTrailForms:
    """``match_trail_byline`` and ``match_glued_trail_byline``."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("(本报记者 王明 通讯员 李华)", ("本报", None, ("王明",), ("李华",), (), ())),
            ("(王明)", (None, None, ("王明",), (), (), ())),
            ("(王 芳)", (None, None, ("王芳",), (), (), ())),
            ("（王明 李华）", (None, None, ("王明", "李华"), (), (), ())),
            ("某某日报全媒体记者 王明", ("某某日报", None, ("王明",), (), (), ())),
            # the marks divide the work: 王明 wrote (a reporter), 李华 made the picture only
            ("记者 王明/文 李华/图", (None, None, ("王明",), (), ("李华",), ())),
            (
                "某某今报记者 王明/文\n李华/图",
                ("某某今报", None, ("王明",), (), ("李华",), ()),
            ),
            ("记者:王明、李华", (None, None, ("王明", "李华"), (), (), ())),
            ("——本报某某分社记者王明", ("本报某某分社", None, ("王明",), (), (), ())),
            ("(某某区招商局 王明)", ("某某区招商局", None, ("王明",), (), (), ())),
            (
                "(撰稿:王明;摄像:李华)",
                (None, None, (), (), (), (("撰稿", "王明"), ("摄像", "李华"))),
            ),
            (
                "(记者:王明 通讯员:李华 编辑:赵立新)",
                (None, None, ("王明",), ("李华",), (), (("编辑", "赵立新"),)),
            ),
        ],
    )
    def test_form(self, text: str, expected: tuple[object, ...]) -> None:
        """Brackets, role words, colons and marks of trailing bylines."""
        byline = match_trail_byline(text, 0, len(text))

        assert reading(byline) == expected
        assert byline is not None
        assert byline.position == "trail"

    @pytest.mark.parametrize(
        ("paragraph", "byline_text", "names"),
        [
            ("…取得成效。(通讯员 王明 李华)", "(通讯员 王明 李华)", ("王明", "李华")),
            ("…取得成效。(王 明)", "(王 明)", ("王明",)),
            ("…取得成效。王明 李华", "王明 李华", ("王明", "李华")),
            ("…取得成效。” 赵立新", "赵立新", ("赵立新",)),
        ],
    )
    def test_glued(self, paragraph: str, byline_text: str, names: tuple[str, ...]) -> None:
        """A byline after the last sentence end; its span covers the byline only."""
        byline = match_glued_trail_byline(paragraph, 0, len(paragraph))

        assert byline is not None
        assert byline.text == byline_text
        assert byline.span.slice(paragraph) == byline_text
        assert byline.names == names

    @pytest.mark.parametrize(
        "paragraph",
        [
            "…取得成效。目前",
            "…取得成效。全年",
            "…取得成效。高新区",
            "…取得成效。王明李华",
            "…取得成效。(资料图)",
            "…取得成效。(完)",
            "…取得成效",
            "…取得成效。",
        ],
    )
    def test_glued_look_alikes(self, paragraph: str) -> None:
        """A sentence's first word, a note or glued names are not read as a byline."""
        assert match_glued_trail_byline(paragraph, 0, len(paragraph)) is None


@pytest.mark.parametrize(
    "text",
    [
        "责任编辑:王明",
        "(责任编辑:王明)",
        "[責任編輯:王明]",
        "编辑 王明 校对 李华",
        "编辑:王明 美编:李华 组版:赵立新",
        "(校对/王明)",
        "(责编:王明、李华)",
        "初审编辑:王明",
        "二審:王明",
        "②16",
        "作者:王明 李华",
        "作者:王明(某某大学教授)",
        "来源:某某客户端 编辑:王明",
        "(来源:某某日报)",
        "记者们沿着台阶缓缓而上,来到碑前。",
        "两年前,记者曾经踏访过这片土地。",
        "“我们会好好宣传。”某某电台记者王明说。",
        "王明摄影作品",
        "某某社音视频部制作",
        "【编者按】",
        "(完)",
        "——编 者",
        "图片说明:",
        "《某某日报》(2025年09月17日 01版)",
    ],
)
def test_look_alikes_are_not_bylines(text: str) -> None:
    """Desk credits, editor's codes, author lines, sentences that mention 记者, notes and
    labels: no reading function fires on them, even with bare names allowed."""
    n = len(text)
    assert match_lead_byline(text, 0, n) is None
    assert match_byline_line(text, 0, n, bare_names=True) is None
    assert match_trail_byline(text, 0, n, bare_names=True) is None
    assert match_glued_trail_byline(text, 0, n) is None
    assert gx.extract_byline(text) is None
    assert gx.extract_photo_credit(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "本报讯(" * 100_000,
        "记者 王明 " * 100_000,
        "。王明" * 200_000,
        "(" * 200_000 + "王明)",
        "新华社" * 200_000 + "电",
        "王 " * 300_000,
    ],
    ids=["openers", "role-lines", "glued-names", "open-brackets", "long-source", "padded"],
)
def test_huge_input_is_read_in_linear_time(text: str) -> None:
    """Every reading function looks at a bounded window or refuses long lines at once, so these
    return (a catastrophic pattern would hang here)."""
    n = len(text)
    for match in (match_lead_byline, match_byline_line, match_trail_byline):
        match(text, 0, n)
    match_glued_trail_byline(text, 0, n)
    gx.extract_byline(text)
    gx.extract_photo_credit(text)


@settings(max_examples=300)
@given(
    st.one_of(
        st.sampled_from(SEED_BLOCKS + EXTRAS),
        st.text(alphabet="(（)）记者通讯员本报王明李华 摄/文图\n"),
    )
)
def test_trail_and_line_bylines_find_the_same_blocks(block: str) -> None:
    """``classify_byline`` asks only ``match_trail_byline``: a block that it does not read as a
    byline is not one for ``match_byline_line`` either (they differ in the position only)."""
    trail = match_trail_byline(block, 0, len(block))
    line = match_byline_line(block, 0, len(block))
    assert (trail is None) == (line is None)


class TestBracketsAndOpeners:
    """Lenticular brackets around people, and 某网消息 before a bracket."""

    def test_lenticular_brackets_with_role_words(self) -> None:
        """``【记者 王明 通讯员 李华】`` is a bracket of people like ``(…)``."""
        byline = match_trail_byline("【记者 王明 通讯员 李华】", 0, 14)

        assert byline is not None
        assert (byline.reporters, byline.correspondents) == (("王明",), ("李华",))

    def test_lenticular_brackets_need_a_role_word(self) -> None:
        """``【金句】`` is a label, not a bracketed name: no role word, no byline."""
        assert match_trail_byline("【金句】", 0, 4, bare_names=True) is None

    def test_news_opener_before_a_bracket(self) -> None:
        """``某网消息（记者 …）`` opens a lead byline; ``某网消息`` without people does not."""
        text = "江城网消息（记者 王明）园区开工。"
        byline = match_lead_byline(text, 0, len(text))

        assert byline is not None
        assert (byline.source, byline.reporters) == ("江城网", ("王明",))
        assert match_lead_byline("江城网消息（新闻联播）：园区开工。", 0, 17) is None
        assert match_lead_byline("江城网消息，园区开工。", 0, 11) is None


@pytest.mark.parametrize("text", ["图/本报记者 王明", "图：本报记者 王明", "本报记者 王明 航拍"])
def test_picture_only_lines_are_credits_not_bylines(text: str) -> None:
    """Rule ``byline_names_an_author`` whatever form the picture mark takes (before the names,
    as a label, or after them): a line that names only who made the pictures is no byline."""
    assert gx.extract_byline(text) is None
    credit = gx.extract_photo_credit(text)
    assert credit is not None
    assert credit.photographers == ("王明",)
