"""Bylines: lead and trailing forms, roles, separators and brackets (``gaoxin_parse.byline``)."""

from __future__ import annotations

import pytest

import gaoxin_parse as gx


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
