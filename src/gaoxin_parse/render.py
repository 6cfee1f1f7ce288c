"""Readable renderings of an issue: markdown, plain text and TEI P5 XML.

JSON lives in :mod:`gaoxin_parse.serialise`; these are for people and digital libraries.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Final

import regex

from .model import Article, Issue, Photo

TEI_NS: Final = "http://www.tei-c.org/ns/1.0"
#: Namespace of the source-offset attributes (``gx:start``, ``gx:end``) in TEI output.
GX_NS: Final = "urn:gaoxin-parse:offsets"
#: Characters XML 1.0 cannot hold (C0 controls but tab/newline/CR, surrogates, U+FFFE/U+FFFF).
_NOT_XML_RE: Final = regex.compile(r"[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

ET.register_namespace("", TEI_NS)
ET.register_namespace("gx", GX_NS)

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


def _article_markdown(article: Article) -> list[str]:
    e = escape_markdown
    lines: list[str] = []
    if article.column:
        lines += [f"【{e(article.column.text)}】", ""]
    if article.banner:
        lines += [f"# {e(article.banner.text)}", ""]
    lines += [f"### {e(k)}" for k in article.kickers]
    lines.append(f"## {e(article.title)}" if article.title else "## (无标题)")
    lines += [f"#### {e(s)}" for s in article.subtitles]
    lines.append("")
    if article.note:
        lines += [f"> **{e(article.note.label)}** {e(article.note.text)}", ""]
    if article.byline:
        lines += [f"*{e(article.byline.text)}*", ""]
    for paragraph in article.paragraphs:
        text = e(paragraph.text)
        lines += [f"#### {text}" if paragraph.kind == "intertitle" else text, ""]
    for byline in article.bylines[1:]:
        lines += [f"*{e(byline.text)}*", ""]
    return lines


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
    """The issue as markdown: headlines as headings, byline, paragraphs, photos as quotes.
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
    for article in issue.articles:
        lines += _article_markdown(article)
    for photo in issue.photos:
        lines += _photo_markdown(photo)
    return "\n".join(lines)


def to_text(issue: Issue) -> str:
    """Repaired plain text: each article's headlines and paragraphs, then the photo captions.

    >>> from gaoxin_parse import parse_issue
    >>> print(to_text(parse_issue("标题\\n\\n本报讯 体制机制持\\n\\n续创新。")))
    标题
    体制机制持续创新。
    <BLANKLINE>
    """
    parts: list[str] = []
    for article in issue.articles:
        lines = [h.text for h in article.headlines] + [p.text for p in article.paragraphs]
        parts.append("\n".join(lines) + "\n")
    for photo in issue.photos:
        lines = ([photo.title.text] if photo.title else []) + [p.text for p in photo.captions]
        lines += [photo.credit.text] if photo.credit else []
        parts.append("\n".join(lines) + "\n")
    return "\n".join(parts)


def _xml_text(text: str) -> str:
    return _NOT_XML_RE.sub("\N{REPLACEMENT CHARACTER}", text)


def _el(parent: ET.Element, tag: str, text: str | None = None, **attrs: str | int) -> ET.Element:
    element = ET.SubElement(parent, f"{{{TEI_NS}}}{tag}")
    for key, value in attrs.items():
        name = f"{{{GX_NS}}}{key}" if key in ("start", "end") else key
        element.set(name, str(value))
    if text is not None:
        element.text = _xml_text(text)
    return element


def _article_tei(body: ET.Element, article: Article, n: int) -> None:
    div = _el(body, "div", type="article", n=n, start=article.span.start, end=article.span.end)
    if article.banner:
        _el(div, "head", article.banner.text, type="banner")
    for kicker in article.kickers:
        _el(div, "head", kicker, type="kicker")
    if article.title:
        _el(div, "head", article.title, type="main")
    for subtitle in article.subtitles:
        _el(div, "head", subtitle, type="sub")
    if article.column:
        _el(div, "label", article.column.text, type="column")
    if article.note:
        _el(div, "note", article.note.text, type=article.note.label)
    for byline in article.bylines:
        _el(div, "byline", byline.text, start=byline.span.start, end=byline.span.end)
    for paragraph in article.paragraphs:
        attrs: dict[str, str | int] = {
            "start": paragraph.spans[0].start,
            "end": paragraph.spans[-1].end,
        }
        if paragraph.kind == "intertitle":
            attrs["rend"] = "intertitle"
        _el(div, "p", paragraph.text, **attrs)


def _credit_tei(byline: ET.Element, text: str, names: tuple[str, ...]) -> None:
    """The credit's text, each photographer's name marked where it stands in it."""
    pos, last = 0, None
    for name in names:
        at = text.find(name, pos)
        if at < 0:
            continue
        if last is None:
            byline.text = _xml_text(text[pos:at])
        else:
            last.tail = _xml_text(text[pos:at])
        last = _el(byline, "name", name, type="photographer")
        pos = at + len(name)
    if last is None:
        byline.text = _xml_text(text)
    else:
        last.tail = _xml_text(text[pos:])


def _photo_tei(body: ET.Element, photo: Photo) -> None:
    figure = _el(body, "figure", start=photo.span.start, end=photo.span.end)
    if photo.title:
        _el(figure, "head", photo.title.text)
    _el(figure, "figDesc", photo.caption)
    if photo.credit:
        _credit_tei(_el(figure, "byline"), photo.credit.text, photo.photographers)


def to_tei(issue: Issue, *, title: str = "gaoxin_parse issue") -> str:
    """TEI P5 XML: one ``<div type="article">`` per article, ``<figure>`` per photo; source
    offsets kept as ``gx:start``/``gx:end`` attributes. Always well-formed: characters XML
    cannot hold are replaced by U+FFFD.
    """
    tei = ET.Element(f"{{{TEI_NS}}}TEI")
    header = _el(tei, "teiHeader")
    file_desc = _el(header, "fileDesc")
    _el(_el(file_desc, "titleStmt"), "title", title)
    _el(_el(file_desc, "publicationStmt"), "p", "Converted by gaoxin_parse.")
    _el(_el(file_desc, "sourceDesc"), "p", title)
    body = _el(_el(tei, "text"), "body")
    for n, article in enumerate(issue.articles, 1):
        _article_tei(body, article, n)
    for photo in issue.photos:
        _photo_tei(body, photo)
    ET.indent(tei)
    for photo, figure in zip(issue.photos, body.iter(f"{{{TEI_NS}}}figure"), strict=True):
        byline = figure.find(f"{{{TEI_NS}}}byline")
        if byline is not None and photo.credit:  # indent put white space into its mixed content
            byline.clear()
            _credit_tei(byline, photo.credit.text, photo.photographers)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(tei, encoding="unicode") + "\n"
