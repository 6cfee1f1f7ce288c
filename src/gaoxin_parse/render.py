"""Readable renderings of an issue: markdown and plain text, in print order.

JSON lives in :mod:`gaoxin_parse.serialise`, TEI P5 XML in :mod:`gaoxin_parse.tei`.
"""

from __future__ import annotations

from typing import Final

import regex

from .model import Byline, Column, Headline, Issue, Note, Paragraph, Photo
from .print_order import Headlines, Placed, article_parts, print_order

#: Characters markdown reads as markup anywhere in a line: escaped with a backslash.
_MARKDOWN_INLINE_RE: Final = regex.compile(r"([\\`*_\[\]])")
#: Marks that make a line a heading, quote, list item or rule when they start it.
_MARKDOWN_LINE_START_RE: Final = regex.compile(r"(?m)^([ \t]*)(?:([#+\-=])|(\d{1,9})([.)]))")
_HTML_ENTITIES: Final = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def escape_markdown(text: str) -> str:
    """``text`` as markdown that shows it literally: no HTML (``<``, ``>`` and ``&`` as
    entities), no links or emphasis (``[ ] * _ ` \\`` escaped), and no line read as a heading,
    list item, quote or rule.

    >>> print(escape_markdown("<script>[x](javascript:y)"))
    &lt;script&gt;\\[x\\](javascript:y)
    >>> print(escape_markdown("* 一\\n1. 二\\n# 三"))
    \\* 一
    1\\. 二
    \\# 三
    """
    text = regex.sub(r"[&<>]", lambda m: _HTML_ENTITIES[m.group()], text)
    text = _MARKDOWN_INLINE_RE.sub(r"\\\1", text)
    return _MARKDOWN_LINE_START_RE.sub(_escape_line_start, text)


def _escape_line_start(match: regex.Match[str]) -> str:
    indent, mark, number, delimiter = match.groups()
    if mark is not None:
        return f"{indent}&#61;" if mark == "=" else f"{indent}\\{mark}"
    return f"{indent}{number}\\{delimiter}"


def _part_markdown(placed: Placed, part: object) -> list[str]:
    """One printed part of an article as markdown lines, a blank line after."""
    e, article = escape_markdown, placed.article
    if isinstance(part, Headline):  # the banner names a group of articles: the largest heading
        return [f"# {e(part.text)}", ""]
    if isinstance(part, Column):
        return [f"【{e(part.text)}】", ""]
    if isinstance(part, Headlines):
        # the title is the article's heading; a kicker above it is a bold line (never a larger
        # heading than its title), a subtitle below it a smaller heading
        lines = [f"**{e(k)}**" for k in article.kickers]
        lines.append(f"## {e(article.title)}" if article.title else "## (无标题)")
        return [*lines, *(f"### {e(s)}" for s in article.subtitles), ""]
    if isinstance(part, Note):
        return [f"> **{e(part.label)}** {e(part.text)}", ""]
    if isinstance(part, Byline):
        return [f"*{e(part.text)}*", ""]
    if isinstance(part, Paragraph):
        return [f"#### {e(part.text)}" if part.kind == "intertitle" else e(part.text), ""]
    assert isinstance(part, Photo)
    return _photo_markdown(part)


def _photo_markdown(photo: Photo) -> list[str]:
    e = escape_markdown
    lines = []
    if photo.title:
        lines.append(f"> **{e(photo.title.text)}**")
        lines.append(">")
    for paragraph in photo.captions:
        lines += [f"> {e(paragraph.text)}", ">"]
    if photo.credit:
        lines.append(f"> — {e(photo.credit.text)}")
    elif lines:
        lines.pop()
    return [*lines, ""]


def to_markdown(issue: Issue) -> str:
    """The issue as markdown, in print order: an article's title as a ``##`` heading (a banner
    ``#``, kickers as bold lines above it, subtitles ``###`` below it, intertitles ``####``),
    column, note, bylines and paragraphs where they stood, photos as quotes where they stood.
    Every text is escaped (:func:`escape_markdown`): it shows as printed, never as markup.

    >>> from gaoxin_parse import parse_issue
    >>> print(to_markdown(parse_issue("## 标题\\n\\n本报讯(记者王小明)正文。")))
    ## 标题
    <BLANKLINE>
    *本报讯(记者王小明)*
    <BLANKLINE>
    正文。
    <BLANKLINE>
    """
    lines: list[str] = []
    for element in print_order(issue):
        if isinstance(element, Photo):
            lines += _photo_markdown(element)
        else:
            for part in article_parts(element):
                lines += _part_markdown(element, part)
    return "\n".join(lines)


def _part_text(placed: Placed, part: object) -> list[str]:
    """One printed part of an article as plain lines, as printed."""
    article = placed.article
    if isinstance(part, Headline):
        return [part.text]
    if isinstance(part, Column):
        in_title = any(h.span.start <= part.span.start < h.span.end for h in article.headlines)
        return [] if in_title else [f"【{part.text}】"]  # in the title line it is printed there
    if isinstance(part, Headlines):
        return [h.text for h in article.headlines]
    if isinstance(part, Note):
        return [f"{part.label}：{part.text}"]
    if isinstance(part, Byline | Paragraph):
        return [part.text]
    assert isinstance(part, Photo)
    return _photo_text(part)


def _photo_text(photo: Photo) -> list[str]:
    lines = ([photo.title.text] if photo.title else []) + [p.text for p in photo.captions]
    return lines + ([photo.credit.text] if photo.credit else [])


def to_text(issue: Issue) -> str:
    """Repaired plain text in print order: each article's lines (headlines as printed, bylines,
    paragraphs) as one block, each photo's (title, captions, credit) as another, a blank line
    between blocks; a photo printed inside an article splits its block where it stood.

    >>> from gaoxin_parse import parse_issue
    >>> print(to_text(parse_issue("标题\\n\\n本报讯(记者王明)体制机制持\\n\\n续创新。")))
    标题
    本报讯(记者王明)
    体制机制持续创新。
    <BLANKLINE>
    """
    blocks: list[list[str]] = []
    for element in print_order(issue):
        if isinstance(element, Photo):
            blocks.append(_photo_text(element))
            continue
        blocks.append([])
        for part in article_parts(element):
            if isinstance(part, Photo):
                blocks += [_photo_text(part), []]
            else:
                blocks[-1] += _part_text(element, part)
    return "\n".join("\n".join(lines) + "\n" for lines in blocks if lines)
