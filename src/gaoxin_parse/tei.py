"""TEI P5 XML of an issue, valid against the TEI ``tei_all`` schema, in print order.

Source offsets use only TEI's own means: every element taken from the source has
``@corresp="src:START,END"``, a pointer in a private URI scheme that the header's ``prefixDef``
expands to ``FILE#char=START,END``, an RFC 5147 character range of the source text file.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence
from typing import Final
from urllib.parse import quote

import regex

from .model import Byline, Column, Headline, Issue, Note, Paragraph, Photo, Role, Span
from .print_order import Headlines, Part, Placed, article_parts, first_title, print_order

TEI_NS: Final = "http://www.tei-c.org/ns/1.0"
XML_NS: Final = "http://www.w3.org/XML/1998/namespace"
#: The private URI scheme of source offsets: ``src:120,245`` is source text ``[120, 245)``.
OFFSET_SCHEME: Final = "src"
#: Characters XML 1.0 cannot hold (C0 controls but tab/newline/CR, surrogates, U+FFFE/U+FFFF).
_NOT_XML_RE: Final = regex.compile(r"[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
#: Blanks a printed name may hold between its characters (``王 芳`` for ``王芳``).
_NAME_PAD: Final = r"[ \t\u3000]*"

#: Elements whose content is text (with names marked in it): never indented.
_TEXT_TAGS: Final = frozenset(f"{{{TEI_NS}}}{t}" for t in ("byline", "ab", "p", "head", "note"))

ET.register_namespace("", TEI_NS)


def xml_text(text: str) -> str:
    """``text`` with each character XML 1.0 cannot hold replaced by U+FFFD."""
    return _NOT_XML_RE.sub("\N{REPLACEMENT CHARACTER}", text)


def _el(
    parent: ET.Element, tag: str, text: str | None = None, span: Span | None = None, **attrs: str
) -> ET.Element:
    element = ET.SubElement(parent, f"{{{TEI_NS}}}{tag}")
    for key, value in attrs.items():
        element.set(f"{{{XML_NS}}}lang" if key == "lang" else key, value)
    if span is not None:
        element.set("corresp", f"{OFFSET_SCHEME}:{span.start},{span.end}")
    if text is not None:
        element.text = xml_text(text)
    return element


def _names(parent: ET.Element, text: str, roles: Sequence[tuple[str, str]]) -> None:
    """``text`` as printed into ``parent``, each (name, role) marked as a ``persName`` with its
    ``@role`` where it stands; a name not found after the previous one is left unmarked."""
    pos, last = 0, None
    for name, role in roles:
        pattern = _NAME_PAD.join(regex.escape(ch) for ch in name)
        found = regex.compile(pattern).search(text, pos) if name else None
        if found is None:
            continue
        if last is None:
            parent.text = xml_text(text[pos : found.start()])
        else:
            last.tail = xml_text(text[pos : found.start()])
        last = _el(parent, "persName", found.group(), role=role)
        pos = found.end()
    if last is None:
        parent.text = xml_text(text)
    else:
        last.tail = xml_text(text[pos:])


def _byline_roles(byline: Byline) -> list[tuple[str, str]]:
    if byline.roles:
        return [(r.name, r.role) for r in byline.roles]
    return [(n, "reporter") for n in byline.reporters] + [
        (n, "correspondent") for n in byline.correspondents
    ]


def _role_pairs(roles: Sequence[Role], photographers: Sequence[str]) -> list[tuple[str, str]]:
    return [(r.name, r.role) for r in roles] or [(n, "photographer") for n in photographers]


def _figure(parent: ET.Element, photo: Photo, n: int) -> None:
    """A ``figure`` where the photo stood: title as ``head``, captions as ``p``, the credit as a
    ``byline`` naming each photographer."""
    figure = _el(parent, "figure", span=photo.span, n=str(n))
    if photo.title:
        _el(figure, "head", photo.title.text, photo.title.span)
    for caption in photo.captions:
        _el(figure, "p", caption.text, _paragraph_span(caption))
    if photo.credit:
        credit = _el(figure, "byline", span=photo.credit.span)
        _names(credit, photo.credit.text, _role_pairs(photo.credit.roles, photo.photographers))


def _paragraph_span(paragraph: Paragraph) -> Span | None:
    spans = paragraph.spans
    return Span(spans[0].start, spans[-1].end) if spans else None


def _kind(part: Part) -> str:
    if isinstance(part, Paragraph):
        return "body"
    if isinstance(part, Note | Photo):
        return "any"  # TEI's model.global: allowed anywhere in a div
    return "byline" if isinstance(part, Byline) else "head"


def _phases(parts: Sequence[Part]) -> list[str]:
    """Each part's place in a TEI ``div``: ``top`` (heads, bylines) before the body, ``body``
    (paragraphs), ``bottom`` (bylines after the body), ``any`` (notes, figures). A headline
    after the first paragraph, or a byline between two, is made body: the ``div`` stays valid."""
    kinds = [_kind(p) for p in parts]
    body = [i for i, k in enumerate(kinds) if k == "body"]
    if not body:
        return ["top" if k in ("head", "byline") else k for k in kinds]
    first = body[0]
    kinds = ["body" if k == "head" and i > first else k for i, k in enumerate(kinds)]
    last = max(i for i, k in enumerate(kinds) if k == "body")
    return [
        k if k in ("body", "any") else "top" if i < first else "body" if i < last else "bottom"
        for i, k in enumerate(kinds)
    ]


def _heads(div: ET.Element, placed: Placed, phase: str) -> None:
    """The headline stack as ``head`` elements (``ab`` where only body may stand)."""
    article, tag = placed.article, "head" if phase == "top" else "ab"
    for kicker in article.kickers:
        _el(div, tag, kicker, type="kicker")
    if article.title:
        _el(div, tag, article.title, type="main")
    for subtitle in article.subtitles:
        _el(div, tag, subtitle, type="sub")


def _part(div: ET.Element, placed: Placed, part: Part, phase: str, photo_n: int) -> None:
    head_tag = "head" if phase == "top" else "ab"
    if isinstance(part, Headline):
        _el(div, head_tag, part.text, part.span, type="banner")
    elif isinstance(part, Column):
        _el(div, head_tag, part.text, part.span, type="column")
    elif isinstance(part, Headlines):
        _heads(div, placed, phase)
    elif isinstance(part, Note):
        _el(div, "note", part.text, part.span, type=part.label)
    elif isinstance(part, Byline):
        tag = "byline" if phase in ("top", "bottom") else "ab"
        attrs = {"type": "byline"} if tag == "ab" else {}
        _names(_el(div, tag, span=part.span, **attrs), part.text, _byline_roles(part))
    elif isinstance(part, Paragraph):
        attrs = {"rend": "intertitle"} if part.kind == "intertitle" else {}
        _el(div, "p", part.text, _paragraph_span(part), **attrs)
    else:
        _figure(div, part, photo_n)


def _header(tei: ET.Element, title: str, source: str, version: str) -> None:
    header = _el(tei, "teiHeader")
    file_desc = _el(header, "fileDesc")
    _el(_el(file_desc, "titleStmt"), "title", title)
    _el(
        _el(file_desc, "publicationStmt"),
        "p",
        f"Converted by gaoxin_parse {version} from the text file named below.",
        lang="en",
    )
    _el(_el(_el(file_desc, "sourceDesc"), "bibl"), "idno", source, type="file")
    prefix = _el(
        _el(_el(header, "encodingDesc"), "listPrefixDef"),
        "prefixDef",
        ident=OFFSET_SCHEME,
        matchPattern=r"(\d+),(\d+)",
        replacementPattern=f"{quote(source)}#char=$1,$2",
    )
    _el(
        prefix,
        "p",
        f"{OFFSET_SCHEME}:START,END points at the characters [START, END) of the source text "
        "(Unicode code points counted from 0, as in the JSON spans).",
        lang="en",
    )


def to_tei(issue: Issue, *, title: str | None = None, source: str = "-") -> str:
    """TEI P5 XML (``xml:lang="zh"``), valid against TEI ``tei_all``: the header names the
    source file and its title is ``title`` or the first article's; one ``div type="article"``
    per article and one ``figure`` per photo, in print order; bylines and credits mark each
    name as a ``persName`` with its ``@role``; source offsets in ``@corresp``. Always
    well-formed: characters XML cannot hold are replaced by U+FFFD.

    >>> from gaoxin_parse import parse_issue
    >>> xml = to_tei(parse_issue("## 标题\\n\\n本报讯(记者王明)正文。"), source="a.txt")
    >>> print(xml[xml.index("<byline"):xml.index("</byline>") + 9])
    <byline corresp="src:7,16">本报讯(记者<persName role="reporter">王明</persName>)</byline>
    """
    from . import __version__

    elements = print_order(issue)
    tei = ET.Element(f"{{{TEI_NS}}}TEI", {f"{{{XML_NS}}}lang": "zh"})
    _header(tei, title or first_title(elements) or "gaoxin_parse issue", source, __version__)
    body = _el(_el(tei, "text"), "body")
    article_n = photo_n = 0  # numbered in print order, each kind on its own
    for element in elements:
        if isinstance(element, Photo):
            photo_n += 1
            _figure(body, element, photo_n)
            continue
        article_n += 1
        div = _el(body, "div", span=element.article.span, type="article", n=str(article_n))
        parts = article_parts(element)
        for part, phase in zip(parts, _phases(parts), strict=True):
            photo_n += isinstance(part, Photo)
            _part(div, element, part, phase, photo_n)
    if not article_n:  # a TEI body holds a div or a block, not figures alone: an empty p
        _el(body, "p")
    _indent(tei)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(tei, encoding="unicode") + "\n"


def _indent(element: ET.Element, level: int = 0) -> None:
    """Indent elements that hold only elements; those that hold text (a byline's text around
    its names) are left as they are, so that their text reads as printed."""
    children = list(element)
    if not children or element.tag in _TEXT_TAGS:
        return
    pad = "\n" + "  " * (level + 1)
    element.text = pad
    for child in children:
        child.tail = pad
        _indent(child, level + 1)
    children[-1].tail = "\n" + "  " * level
