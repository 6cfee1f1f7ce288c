"""Bad input: empty text, wrong types, undecodable files (``gaoxin_parse.errors``)."""

from __future__ import annotations

from pathlib import Path

import pytest

import gaoxin_parse as gx


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "\ufeff", "\r\n\t\u3000\r\n"])
def test_empty_and_blank_give_empty_issue(text: str) -> None:
    """Empty or blank text is an empty issue, not an error."""
    issue = gx.parse_issue(text)

    assert (issue.articles, issue.photos, issue.blocks, issue.breaks) == ((), (), (), ())


@pytest.mark.parametrize(
    "function",
    [
        gx.parse_issue,
        gx.segment_articles,
        gx.repair_line_breaks,
        gx.extract_photos,
        gx.extract_byline,
    ],
)
@pytest.mark.parametrize("value", [b"\xe6\x9c\xac", None, 3])
def test_non_str_raises_type_error_naming_type(function: object, value: object) -> None:
    """Every text function raises TypeError (and the library's root error) naming the type."""
    with pytest.raises(gx.NotTextError, match=type(value).__name__) as info:
        function(value)  # type: ignore[operator]

    assert isinstance(info.value, TypeError)


def test_bytes_hint_says_decode_first() -> None:
    """The message for bytes says what to do instead."""
    with pytest.raises(TypeError, match="decode it first"):
        gx.parse_issue(b"abc")  # type: ignore[arg-type]


def test_utf8_bom_and_gb18030_files(tmp_path: Path) -> None:
    """UTF-8 with BOM and GB18030 files decode and parse alike."""
    text = "## 标题\n\n本报讯(记者王小明)正文。\n"
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + text.encode())
    (tmp_path / "gb.txt").write_bytes(text.encode("gb18030"))

    bom = gx.parse_file(tmp_path / "bom.txt")
    gb = gx.parse_file(tmp_path / "gb.txt")

    assert bom.articles[0].title == gb.articles[0].title == "标题"
    assert bom.source.startswith("\ufeff")
    assert [p.text for p in bom.articles[0].paragraphs] == [
        p.text for p in gb.articles[0].paragraphs
    ]


def test_undecodable_file_names_file_and_offset(tmp_path: Path) -> None:
    """A damaged UTF-8 file raises an error naming the file and the byte offset."""
    path = tmp_path / "bad.txt"
    path.write_bytes("## 标题\n\n正文".encode() + b"\xff\xfe" + "。".encode())

    with pytest.raises(gx.SourceDecodeError) as info:
        gx.parse_file(path)

    assert info.value.offset == len("## 标题\n\n正文".encode())
    assert str(path) in str(info.value)
    assert f"byte offset {info.value.offset}" in str(info.value)
    assert isinstance(info.value, ValueError)


def test_forced_encoding(tmp_path: Path) -> None:
    """``encoding=`` forces a codec; an unknown codec is an options error."""
    path = tmp_path / "gb.txt"
    path.write_bytes("本报讯 正文。".encode("gbk"))

    assert gx.parse_file(path, encoding="gbk").articles[0].byline is not None
    with pytest.raises(gx.OptionsError, match="no-such-codec"):
        gx.parse_file(path, encoding="no-such-codec")


def test_span_validation() -> None:
    """A reversed span is refused with a message saying what is wrong."""
    with pytest.raises(gx.SpanError, match="reversed"):
        gx.Span(5, 3)
    with pytest.raises(gx.SpanError, match=">= 0"):
        gx.Span(-1, 3)
