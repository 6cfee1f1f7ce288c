"""Bad input: empty text, wrong types, undecodable files (``gaoxin_parse.errors``)."""

from __future__ import annotations

import os
from collections.abc import Callable
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


@pytest.mark.parametrize(
    ("call", "name"),
    [
        (lambda: gx.parse_file(None), "parse_file"),  # type: ignore[arg-type]
        (lambda: gx.parse_file(3), "parse_file"),  # type: ignore[arg-type]
        (lambda: gx.apply_repairs(None, []), "apply_repairs"),  # type: ignore[arg-type]
    ],
)
def test_wrong_types_to_file_and_repair_functions(call: Callable[[], object], name: str) -> None:
    """``parse_file`` and ``apply_repairs`` raise the library's type error naming themselves."""
    with pytest.raises(gx.NotTextError, match=f"{name}\\(\\) expects"):
        call()


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


@pytest.mark.parametrize("codec", ["rot13", "hex", "uu", "base64", "zlib", "bz2"])
def test_only_text_encodings(tmp_path: Path, codec: str) -> None:
    """A codec that does not turn bytes into text is an options error naming it."""
    path = tmp_path / "a.txt"
    path.write_bytes("正文。".encode())

    with pytest.raises(gx.OptionsError, match=f"'{codec}' is not a text encoding"):
        gx.parse_file(path, encoding=codec)


TRADITIONAL = "## 高新區舉辦創新大會\n\n本報訊(記者王明)會議提出，要加快發展。\n"


def test_big5_file_is_detected(tmp_path: Path) -> None:
    """A Big5 file (which also decodes as GB18030, into nonsense) is read as Big5."""
    path = tmp_path / "big5.txt"
    path.write_bytes(TRADITIONAL.encode("big5"))

    issue = gx.parse_file(path)

    assert issue.source == TRADITIONAL
    assert issue.articles[0].title == "高新區舉辦創新大會"


def test_traditional_text_in_gb18030_is_gb18030(tmp_path: Path) -> None:
    """Traditional characters encoded as GB18030 are read as GB18030."""
    path = tmp_path / "gb.txt"
    path.write_bytes(TRADITIONAL.encode("gb18030"))

    assert gx.parse_file(path).source == TRADITIONAL


def test_unclear_encoding_is_refused_naming_the_candidates(tmp_path: Path) -> None:
    """Bytes that read as common characters in both GB18030 and Big5 are refused, not
    guessed; the message names both and says how to force one."""
    path = tmp_path / "short.txt"
    path.write_bytes("本报讯".encode("gb18030"))

    with pytest.raises(gx.UnclearEncodingError) as info:
        gx.parse_file(path)

    assert set(info.value.encodings) == {"gb18030", "big5"}
    assert "--encoding" in str(info.value)
    assert gx.parse_file(path, encoding="gb18030").source == "本报讯"


def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    """A FIFO given as a path is an error at once (reading it would wait for a writer)."""
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)

    with pytest.raises(gx.NotAFileError, match="FIFO"):
        gx.parse_file(fifo)


@pytest.mark.parametrize("path", ["/dev/zero", "/dev/null"])
def test_devices_are_refused(path: str) -> None:
    """A device is not read (``/dev/zero`` never ends)."""
    with pytest.raises(gx.NotAFileError, match="character device"):
        gx.parse_file(path)


def test_folder_is_refused(tmp_path: Path) -> None:
    """A folder given as a file is an error naming it, and an ``OSError`` as ``open`` gives."""
    with pytest.raises(gx.NotAFileError, match="folder") as info:
        gx.parse_file(tmp_path)

    assert isinstance(info.value, OSError)


def test_size_limit_can_be_raised(tmp_path: Path) -> None:
    """A file over the limit is refused with a message saying how to raise it; a raised limit
    reads it."""
    path = tmp_path / "big.txt"
    path.write_bytes("正文。".encode() * 10)  # 90 bytes

    with pytest.raises(gx.InputTooLargeError, match="max_bytes=") as info:
        gx.parse_file(path, max_bytes=89)

    assert info.value.max_bytes == 89
    assert gx.parse_file(path, max_bytes=90).source == "正文。" * 10
