"""Invariants every parse must satisfy, checked on seeds, inline cases and generated text."""

from __future__ import annotations

import regex

import gaoxin_parse as gx
from gaoxin_parse.blocks import content_bounds
from gaoxin_parse.chars import BLANKS

#: Where a headline wraps: a line end and the blanks around it (white space and the BOM, as
#: the parser trims every line of them), which the headline's text leaves out.
_INLINE_BLANKS = regex.escape("".join(sorted(BLANKS - set("\r\n"))))
_WRAP_RE = regex.compile(rf"[{_INLINE_BLANKS}]*(?:\r\n|\r|\n)[{_INLINE_BLANKS}]*")


def _blank(char: str) -> bool:
    return char.isspace() or char == "\ufeff"


def _content(text: str) -> str:
    return "".join(c for c in text if not _blank(c))


def check_blocks_tile(issue: gx.Issue) -> None:
    """Blocks are sorted, disjoint, trimmed, and cover every non-blank character once."""
    source = issue.source
    pos = 0
    for block in issue.blocks:
        start, end = block.span.start, block.span.end
        assert pos <= start < end <= len(source), f"block {block} overlaps or is empty"
        assert all(_blank(c) for c in source[pos:start]), f"text before {block} is in no block"
        assert content_bounds(source, start, end) == (start, end), f"{block} is not trimmed"
        pos = end
    assert all(_blank(c) for c in source[pos:]), "text after the last block is in no block"


def check_spans(issue: gx.Issue) -> None:
    """Every span points at the text its element claims."""
    source = issue.source
    for article in issue.articles:
        for paragraph in article.paragraphs:
            assert paragraph.text == "".join(s.slice(source) for s in paragraph.spans)
        for headline in article.headlines + ((article.banner,) if article.banner else ()):
            assert _WRAP_RE.sub("", headline.span.slice(source)) == headline.text
        if article.byline:
            assert article.byline.span.slice(source) == article.byline.text
        if article.note:
            assert article.note.label in article.note.span.slice(source)
        if article.column:
            assert article.column.span.slice(source).strip() == article.column.text
        assert article.span.start <= article.span.end <= len(source)
    for photo in issue.photos:
        for paragraph in photo.captions:
            assert paragraph.text == "".join(s.slice(source) for s in paragraph.spans)
        if photo.credit:
            assert photo.credit.span.slice(source) == photo.credit.text
        if photo.title:
            assert _WRAP_RE.sub("", photo.title.span.slice(source)) == photo.title.text
    for repair in issue.repairs:
        assert source[repair.offset : repair.offset + len(repair.removed)] == repair.removed
    joined = {(r.offset, r.offset + len(r.removed)) for r in issue.repairs}
    decided = {(b.span.start, b.span.end) for b in issue.breaks if b.decision == "join"}
    assert joined == decided, "repairs are exactly the joined breaks"


def check_repair_text(source: str) -> None:
    """``repair_line_breaks`` changes only line breaks, starts from the issue's repairs, is
    idempotent."""
    issue = gx.parse_issue(source)
    repaired = gx.repair_line_breaks(source)
    assert gx.repair_line_breaks(gx.apply_repairs(source, issue.repairs)) == repaired
    assert _content(repaired) == _content(source)
    assert gx.repair_line_breaks(repaired) == repaired


def check_all(source: str) -> gx.Issue:
    """Parse ``source`` and check every invariant; return the issue."""
    issue = gx.parse_issue(source)
    check_blocks_tile(issue)
    check_spans(issue)
    check_repair_text(source)
    assert gx.parse_issue(source) == issue, "parse is deterministic"
    return issue
