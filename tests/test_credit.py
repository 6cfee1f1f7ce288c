"""Photographer credits (``gaoxin_parse.credit``)."""

from __future__ import annotations

import pytest

import gaoxin_parse as gx
from gaoxin_parse.credit import match_credit_line, match_inline_credit
from gaoxin_parse.model import Role


class TestExtractPhotoCredit:
    """``extract_photo_credit`` on credit blocks and caption ends."""

    @pytest.mark.parametrize(
        ("text", "names"),
        [
            ("王小明 摄", ("王小明",)),
            ("王小明摄", ("王小明",)),
            ("王小明 李四 摄", ("王小明", "李四")),
            ("王小明、李四 摄", ("王小明", "李四")),
            ("本报记者 王小明 摄", ("王小明",)),
            ("王小明 摄影", ("王小明",)),
        ],
    )
    def test_credit_block(self, text: str, names: tuple[str, ...]) -> None:
        """A block that is all credit yields its photographers."""
        credit = gx.extract_photo_credit(text)

        assert credit is not None
        assert credit.photographers == names

    @pytest.mark.parametrize(
        "text",
        ["工人正在加工零件。 王小明 摄", "工人正在加工零件。王小明 摄", "他说:“好。” 王小明 摄"],
    )
    def test_inline_credit_with_or_without_space(self, text: str) -> None:
        """A credit after the caption's last sentence, with or without a space before it."""
        credit = gx.extract_photo_credit(text)

        assert credit is not None
        assert credit.text == "王小明 摄"
        assert text[credit.span.start : credit.span.end] == "王小明 摄"

    @pytest.mark.parametrize(
        "text",
        ["记者在现场拍摄", "无人机航拍摄", "工人正在加工零件。", "该片由王小明摄制完成。", "摄"],
    )
    def test_not_a_credit(self, text: str) -> None:
        """Words ending in 摄 inside prose, and prose itself, are not credits."""
        assert gx.extract_photo_credit(text) is None


def test_spaced_two_character_names() -> None:
    """A credit with a two-character name printed with a space (``王 芳 摄``)."""
    credit = gx.extract_photo_credit("王 芳 摄")

    assert credit is not None
    assert credit.photographers == ("王芳",)
    inline = gx.extract_photo_credit("工人正在加工零件。 王 芳 李小明 摄")
    assert inline is not None
    assert inline.photographers == ("王芳", "李小明")


class TestCreditForms:
    """``match_credit_line``: one case per form; photographers and their roles."""

    @pytest.mark.parametrize(
        ("text", "photographers", "roles"),
        [
            ("本报记者 王明 通讯员 李华 摄", ("王明", "李华"), ("reporter", "correspondent")),
            ("■记者 王明 摄", ("王明",), ("reporter",)),
            ("□摄影 记者 王 芳", ("王芳",), ("photographer",)),
            ("某某日报全媒体记者 王明 摄", ("王明",), ("reporter",)),
            ("新华社发(王明 摄)", ("王明",), ("photographer",)),
            ("新华社发 王明 摄", ("王明",), ("photographer",)),
            ("王明摄(新华社发)", ("王明",), ("photographer",)),
            ("(某某网 王明 攝)", ("王明",), ("photographer",)),
            ("(新華社記者 王明攝)", ("王明",), ("reporter",)),
            ("王明/摄", ("王明",), ("photographer",)),
            ("李华/图", ("李华",), ("photographer",)),
            ("本报记者 王明 文/摄", ("王明",), ("reporter",)),
            ("(王明/文 李华/图)", ("李华",), ("reporter", "photographer")),
            ("摄影记者 王明", ("王明",), ("photographer",)),
            ("攝影記者 王明", ("王明",), ("photographer",)),
            ("-摄影记者王明", ("王明",), ("photographer",)),
            ("記者 王明 通訊員 李華 攝", ("王明", "李華"), ("reporter", "correspondent")),
            ("本報記者 王明 實習生 李華 攝", ("王明", "李華"), ("reporter", "intern")),
            ("特约记者 王明 摄", ("王明",), ("reporter",)),
            ("(某某日报某某记者站 王明 李华 摄影报道)", ("王明", "李华"), ("photographer",) * 2),
            ("圖片來源:某某記者 王明 攝", ("王明",), ("reporter",)),
            ("作者:王明 文/摄", ("王明",), ("reporter",)),
            (
                "■摄影 记者 王明\n通讯员 李华 赵立新",
                ("王明", "李华", "赵立新"),
                ("photographer", "correspondent", "correspondent"),
            ),
        ],
    )
    def test_form(self, text: str, photographers: tuple[str, ...], roles: tuple[str, ...]) -> None:
        """Every name a picture mark or a photographer's role word covers is a photographer;
        ``roles`` keeps what each is (a 摄 credit names the photographers' own roles)."""
        credit = match_credit_line(text, 0, len(text))

        assert credit is not None
        assert credit.photographers == photographers
        assert tuple(r.role for r in credit.roles) == roles
        assert credit.span.slice(text) == credit.text

    def test_role_word_as_printed(self) -> None:
        """Each role keeps its role word as printed."""
        credit = match_credit_line("本报记者 王明 通讯员 李华 摄", 0, 16)

        assert credit is not None
        assert credit.roles == (
            Role("王明", "本报记者", "reporter", "摄"),
            Role("李华", "通讯员", "correspondent", "摄"),
        )

    @pytest.mark.parametrize(
        ("text", "printed"),
        [("■摄影 记者 王明", "摄影 记者"), ("■攝影 記者 王明", "攝影 記者")],
    )
    def test_photo_role_word_in_the_script_printed(self, text: str, printed: str) -> None:
        """``攝影 記者`` keeps its traditional characters (it was given as ``摄影 記者``)."""
        credit = match_credit_line(text, 0, len(text))

        assert credit is not None
        assert credit.roles == (Role("王明", printed, "photographer", None),)

    @pytest.mark.parametrize(
        ("caption", "credit_text"),
        [
            ("工人正在加工零件。①王明 摄", "王明 摄"),
            ("工人正在加工零件。本报记者 王明 通讯员 李华 摄", "本报记者 王明 通讯员 李华 摄"),
            ("工人正在加工零件(无人机照片)。新华社发(王明摄)", "新华社发(王明摄)"),
            ("大会现场 王明 摄", "王明 摄"),
        ],
    )
    def test_inline(self, caption: str, credit_text: str) -> None:
        """A credit glued to the caption is cut after the sentence end, number or space."""
        credit = match_inline_credit(caption, 0, len(caption))

        assert credit is not None
        assert credit.text == credit_text

    @pytest.mark.parametrize(
        "text",
        [
            "游客在现场拍摄",
            "游客们 争相 拍摄",
            "王明摄影作品",
            "(无人机照片)",
            "记者 王明",
            "通讯员 王明 李华",
            "摄",
            "王明",
        ],
    )
    def test_look_alikes(self, text: str) -> None:
        """拍摄, a photographer's exhibition, a picture note and bylines are not credits."""
        assert gx.extract_photo_credit(text) is None


class TestSuppliedPicture:
    """Rule ``supplied_picture``: ``某某供图`` / ``图片由某某提供`` credit a picture to its supplier."""

    @pytest.mark.parametrize(
        ("text", "photographers"),
        [
            ("受访者供图", ()),
            ("青山科技园管委会 供图", ()),
            ("图片由青山科技园管委会提供", ()),
            ("CFP供图", ()),
            ("王明 供图", ("王明",)),
        ],
    )
    def test_supplier_credits_the_picture(self, text: str, photographers: tuple[str, ...]) -> None:
        """The whole line is the credit; a person supplying it is its photographer, an
        organisation is named in the text only."""
        credit = gx.extract_photo_credit(text)

        assert credit is not None
        assert credit.text == text
        assert credit.photographers == photographers

    def test_supplier_glued_to_the_caption(self) -> None:
        """``…作业。受访者供图``: cut off the caption like any glued credit."""
        credit = gx.extract_photo_credit("工人正在车间作业。受访者供图")

        assert credit is not None
        assert credit.text == "受访者供图"

    @pytest.mark.parametrize(
        "text",
        ["园区提供技术支持", "企业为员工提供住房", "该公司供图书馆使用的设备", "(资料图)"],
    )
    def test_not_a_supplier_credit(self, text: str) -> None:
        """A picture note in round brackets (part of the caption), or 提供/供图 inside a
        sentence, credits nobody."""
        assert gx.extract_photo_credit(text) is None


class TestCreditForms2:
    """Credits with a title after a picture prefix, or a note on the picture after them."""

    def test_title_after_a_picture_prefix(self) -> None:
        """``图/本报记者 王明``: 王明 is a reporter by title who took the picture."""
        credit = gx.extract_photo_credit("图/本报记者 王明")

        assert credit is not None
        assert credit.photographers == ("王明",)
        assert credit.roles == (Role("王明", "本报记者", "reporter", "图/"),)

    def test_note_on_the_picture_after_the_credit(self) -> None:
        """``王明 摄(无人机照片)``: the bracket notes the picture; the credit is read before it."""
        credit = gx.extract_photo_credit("本报记者 王明 摄(无人机照片)")

        assert credit is not None
        assert credit.photographers == ("王明",)

    def test_a_note_alone_credits_nobody(self) -> None:
        """The note without a credit before it names nobody."""
        assert gx.extract_photo_credit("(无人机照片)") is None


class TestCreditForms3:
    """More credit forms: 航拍, a work label before a title, a titled supplier."""

    @pytest.mark.parametrize(
        ("text", "roles"),
        [
            ("本报记者 王明 航拍", (Role("王明", "本报记者", "reporter", "航拍"),)),
            ("摄影：本报记者 王明", (Role("王明", "本报记者", "reporter", "摄影"),)),
            ("通讯员 李华 供图", (Role("李华", "通讯员", "correspondent", "供图"),)),
        ],
    )
    def test_title_kept_and_picture_credited(self, text: str, roles: tuple[Role, ...]) -> None:
        """The printed title stays the role; the work word makes the name a photographer."""
        credit = gx.extract_photo_credit(text)

        assert credit is not None
        assert credit.roles == roles
        assert credit.photographers == (roles[0].name,)

    def test_photography_role_word_without_colon(self) -> None:
        """``摄影 记者 王明`` (no colon) is the photojournalist's title: a photographer."""
        credit = gx.extract_photo_credit("摄影 记者 王明")

        assert credit is not None
        assert credit.roles == (Role("王明", "摄影 记者", "photographer", None),)


class TestCreditForms4:
    """A stop after the credit, the picture's date before it, an agency after its slash, and a
    vertical bar for a colon."""

    @pytest.mark.parametrize(
        ("text", "photographers"),
        [
            ("王明摄影。", ("王明",)),  # a credit printed as a sentence
            ("(李华 摄/某某图片)", ("李华",)),  # the distributing agency after a slash
            ("特约摄影 王明/某某视觉", ("王明",)),  # the same after a photographer's role
            ("(5月8日新华社记者王明摄)", ("王明",)),  # the day the picture was taken
            ("航拍丨王明 李华", ("王明", "李华")),  # a bar where a colon stands
        ],
    )
    def test_form(self, text: str, photographers: tuple[str, ...]) -> None:
        """The whole line is the credit, and its photographers are read."""
        credit = gx.extract_photo_credit(text)

        assert credit is not None
        assert (credit.text, credit.photographers) == (text, photographers)

    def test_bracketed_credit_glued_to_a_caption(self) -> None:
        """A credit in brackets may follow the caption's last word directly; a bracket of
        anything else there (a note, a position in the picture) is no credit."""
        credit = gx.extract_photo_credit("图为参观团参观生产线(李华 摄)")

        assert credit is not None
        assert (credit.text, credit.photographers) == ("(李华 摄)", ("李华",))
        assert gx.extract_photo_credit("工人在作业(左二)") is None
        assert gx.extract_photo_credit("图为园区一角(资料图)") is None

    def test_stop_after_a_glued_credit(self) -> None:
        """Glued after a caption's last sentence, the credit keeps its own stop."""
        credit = gx.extract_photo_credit("科技园一角。王明摄。")

        assert credit is not None
        assert credit.text == "王明摄。"

    @pytest.mark.parametrize("text", ["现场拍摄。", "4月24日拍摄", "(摄/某某图片)", "他说摄影很难。"])
    def test_not_a_credit(self, text: str) -> None:
        """A sentence about taking pictures, a date alone, and a mark with no name credit no one."""
        assert gx.extract_photo_credit(text) is None


class TestCreditNamesNoOne:
    """Rule ``credit_names_no_one``: where a picture came from, printed where a credit stands,
    is a credit that names no photographer."""

    @pytest.mark.parametrize(
        "text",
        [
            "资料图",
            "【资料图】",
            "資料圖片",
            "▲图片来源:某某网",
            "本版图文据新华社",
            "本组图片由 某某单位提供",
            "图／某某管理局提供",
            "(某某公司图片)",
            "新华社照片",
            "本报记者摄",
        ],
    )
    def test_credit_without_a_name(self, text: str) -> None:
        """The whole line is the credit, with no photographer."""
        credit = gx.extract_photo_credit(text)

        assert credit is not None
        assert (credit.text, credit.photographers) == (text, ())

    def test_glued_after_the_caption(self) -> None:
        """After a caption's last sentence and a space, ``资料图`` is its credit."""
        credit = gx.extract_photo_credit("科技园一角。 资料图")

        assert credit is not None
        assert credit.text == "资料图"

    @pytest.mark.parametrize("text", ["他年轻时的照片", "这是资料图", "科技园一角。（资料图）", "据新华社"])
    def test_not_a_credit(self, text: str) -> None:
        """A photo of someone, a note inside a sentence or in round brackets, or a source
        line that names no picture is no credit."""
        assert gx.extract_photo_credit(text) is None
