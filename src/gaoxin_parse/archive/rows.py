"""What an archive keeps of one parsed file: people with roles, texts with source spans, rows.

The functions here read only the parsed `gaoxin_parse.Issue`; the index (SQLite) and
the table export both use them, so the two cannot disagree about who wrote what.
"""

from __future__ import annotations

import json
from array import array
from bisect import bisect_right
from collections.abc import Iterator

import regex

from gaoxin_parse.model import Article, Byline, Headline, Photo, Span

#: Roles stored for the two named byline groups and for photo credits.
REPORTER, CORRESPONDENT, PHOTOGRAPHER = "reporter", "correspondent", "photographer"

_DATE_RE = regex.compile(
    r"(?<!\d)((?:19|20)\d\d)[-_/.]?(0[1-9]|1[0-2])[-_/.]?(0[1-9]|[12]\d|3[01])(?!\d)"
)


def byline_roles(byline: Byline) -> tuple[tuple[str, str], ...]:
    """``(name, role)`` for every name of a byline, in print order.

    The one place that reads roles from a byline: when ``Byline`` gives each name its role,
    only this function changes. Other role words (实习生 …) are kept as printed.

    >>> from gaoxin_parse import extract_byline
    >>> byline_roles(extract_byline("本报讯(记者王明 通讯员李华 实习生张小红)"))
    (('王明', 'reporter'), ('李华', 'correspondent'), ('张小红', '实习生'))
    """
    return (
        *((name, REPORTER) for name in byline.reporters),
        *((name, CORRESPONDENT) for name in byline.correspondents),
        *((name, role) for role, name in byline.others),
    )


def article_people(article: Article) -> tuple[tuple[str, str], ...]:
    """Distinct ``(name, role)`` pairs of all an article's bylines, in print order."""
    pairs = (pair for byline in article.bylines or (article.byline,) if byline
             for pair in byline_roles(byline))  # fmt: skip
    return tuple(dict.fromkeys(pairs))


def photo_people(photo: Photo) -> tuple[tuple[str, str], ...]:
    """``(name, "photographer")`` for each name in a photo's credit."""
    return tuple((name, PHOTOGRAPHER) for name in dict.fromkeys(photo.photographers))


def confidence(element: object) -> float | None:
    """The element's ``confidence`` in [0, 1], or ``None`` while the parser gives none."""
    value = getattr(element, "confidence", None)
    return None if value is None else float(value)


def date_from_path(path: str) -> str | None:
    """Rule ``date_from_path``: the first date written in a file's path (YYYY-MM-DD).

    Archives name issues by date (``2021/10/09.txt``, ``20211009.txt``); the text itself
    gives month and day but rarely the year.

    >>> date_from_path("archive/2021/10/09/page3.txt"), date_from_path("2021-10-09.txt")
    ('2021-10-09', '2021-10-09')
    >>> date_from_path("seeds/000_1c68c8fc2e42573b.txt") is None
    True
    """
    match = _DATE_RE.search(path.replace("\\", "/"))
    return "-".join(match.groups()) if match else None


def align(text: str, source: str, span: Span) -> tuple[tuple[int, int], ...]:
    """Source spans whose slices, joined, give ``text``: where a headline's characters were.

    A headline's text drops markup and line breaks, so it is found in its span as a
    subsequence. When it cannot be found at all, the whole span is returned.

    >>> align("标题", "## 标题\\n", Span(0, 5))
    ((3, 5),)
    >>> align("上下", "上 \\n下", Span(0, 4))
    ((0, 1), (3, 4))
    """
    window = span.slice(source)
    at = window.find(text)
    if at >= 0:
        return ((span.start + at, span.start + at + len(text)),)
    spans: list[list[int]] = []
    j = 0
    for i, char in enumerate(window):
        if j < len(text) and char == text[j]:
            offset = span.start + i
            if spans and spans[-1][1] == offset:
                spans[-1][1] += 1
            else:
                spans.append([offset, offset + 1])
            j += 1
    if j < len(text):
        return ((span.start, span.end),)
    return tuple((s, e) for s, e in spans)


def headline_texts(article: Article) -> Iterator[tuple[str, Headline]]:
    """``(role, headline)`` for the banner and each headline of an article, in print order."""
    if article.banner is not None:
        yield "banner", article.banner
    for headline in article.headlines:
        if article.banner is not None and headline.span == article.banner.span:
            continue
        if headline.text == article.title:
            yield "title", headline
        elif headline.text in article.kickers:
            yield "kicker", headline
        elif headline.text in article.subtitles:
            yield "subtitle", headline
        else:
            yield "headline", headline


def spans_json(spans: tuple[tuple[int, int], ...] | tuple[Span, ...]) -> str:
    """Spans as compact JSON ``[[start, end], …]``."""
    pairs = [[s.start, s.end] if isinstance(s, Span) else list(s) for s in spans]
    return json.dumps(pairs, separators=(",", ":"))


def line_starts(source: str) -> bytes:
    """The offset of each line's first character, as uint32 little-endian bytes."""
    starts = array("I", [0])
    at = source.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = source.find("\n", at + 1)
    if starts.itemsize != 4:  # pragma: no cover - "I" is 4 bytes on every platform we run on
        raise RuntimeError("array('I') is not 32-bit here")
    return starts.tobytes()


def line_and_column(starts: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column of a source offset, from `line_starts` bytes.

    >>> line_and_column(line_starts("一\\n二三"), 3)
    (2, 2)
    """
    table = array("I")
    table.frombytes(starts)
    line = bisect_right(table, offset)
    return line, offset - table[line - 1] + 1
