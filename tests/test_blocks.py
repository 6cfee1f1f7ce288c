"""Stage 1 (``gaoxin_parse.blocks``): chunks, spans, picture gaps."""

from __future__ import annotations

from gaoxin_parse.blocks import split_chunks


def test_chunks_and_picture_gap() -> None:
    """Chunks are runs of non-blank lines; three blank lines before one mark a picture."""
    text = "标题\n\n正文。\n\n\n\n图片说明。\n"
    chunks = split_chunks(text)

    assert [c.span.slice(text) for c in chunks] == ["标题", "正文。", "图片说明。"]
    assert [c.picture_before for c in chunks] == [False, False, True]
    assert [c.line for c in chunks] == [1, 3, 7]


def test_two_blank_lines_are_not_a_picture() -> None:
    """Two blank lines are an ordinary separation."""
    chunks = split_chunks("甲。\n\n\n乙。")

    assert [c.picture_before for c in chunks] == [False, False]


def test_whitespace_only_lines_and_bom_are_blank() -> None:
    """Lines of spaces, ideographic spaces or a BOM are blank; line contents are trimmed."""
    text = "\ufeff\n \u3000\n  甲。  \n\t\n乙。"
    chunks = split_chunks(text)

    assert [c.span.slice(text) for c in chunks] == ["甲。", "乙。"]


def test_cr_and_crlf_line_ends() -> None:
    """``\\r\\n`` and lone ``\\r`` end lines as ``\\n`` does."""
    for sep in ("\r\n", "\r"):
        text = f"甲。{sep}{sep}乙。{sep}丙。"
        chunks = split_chunks(text)

        assert [[ln.slice(text) for ln in c.lines] for c in chunks] == [["甲。"], ["乙。", "丙。"]]


def test_empty_and_blank_text() -> None:
    """No chunks in empty or blank text."""
    assert split_chunks("") == ()
    assert split_chunks(" \n\n\t\n") == ()


def test_blank_characters_are_isspace_and_bom() -> None:
    """``chars.BLANKS`` is exactly what ``str.isspace`` accepts, plus the BOM."""
    from gaoxin_parse.chars import BLANKS, BOM

    assert {chr(c) for c in range(0x110000) if chr(c).isspace()} | {BOM} == BLANKS


def test_block_lines_count_every_kind_of_line_end() -> None:
    """A block's line number counts ``\\r``, ``\\n`` and ``\\r\\n`` line ends alike, inside a
    block of several headings as between blocks."""
    import gaoxin_parse as gx

    for end in ("\n", "\r", "\r\n"):
        text = f"# 一{end}# 二{end}{end}本报讯 正文。"
        issue = gx.parse_issue(text)

        assert [b.line for b in issue.blocks] == [1, 2, 4, 4], repr(end)
