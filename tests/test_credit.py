"""Photographer credits (``gaoxin_parse.credit``)."""

from __future__ import annotations

import pytest

import gaoxin_parse as gx


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
