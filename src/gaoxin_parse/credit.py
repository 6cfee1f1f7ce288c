"""Photographer credits: ``左晓燕 摄`` as a block of its own or at the end of a caption."""

from __future__ import annotations

from typing import Final

import regex

from .blocks import content_bounds
from .chars import CREDIT_LINE_RE, INLINE_CREDIT_RE, NAME_RE, NAME_SPACE_RE
from .errors import NotTextError
from .model import PhotoCredit, Span

#: An inline credit is looked for only in this many last characters of a line, so that the
#: search stays linear on lines of any length.
_INLINE_WINDOW: Final = 64


def _credit(text: str, match: regex.Match[str]) -> PhotoCredit:
    names = tuple(NAME_SPACE_RE.sub("", m.group()) for m in NAME_RE.finditer(match.group("names")))
    span = Span(match.start("credit"), match.end("credit"))
    return PhotoCredit(text=span.slice(text), photographers=names, span=span)


def match_credit_line(text: str, start: int, end: int) -> PhotoCredit | None:
    """A credit filling all of ``text[start:end]``.

    >>> match_credit_line("左晓燕 摄", 0, 5).photographers
    ('左晓燕',)
    >>> match_credit_line("现场拍摄", 0, 4) is None
    True
    """
    match = CREDIT_LINE_RE.fullmatch(text, start, end)
    return _credit(text, match) if match else None


def match_inline_credit(text: str, start: int, end: int) -> PhotoCredit | None:
    """A credit ending ``text[start:end]`` right after a sentence end (``…交流。 孙战浩 摄``).

    >>> match_inline_credit("走访交流。 孙战浩 摄", 0, 11).text
    '孙战浩 摄'
    >>> match_inline_credit("记者在现场拍摄", 0, 7) is None
    True
    """
    window = max(start, end - _INLINE_WINDOW)
    if "摄" not in text[window:end] and "攝" not in text[window:end]:  # cheap test first
        return None
    match = INLINE_CREDIT_RE.search(text, window, end)
    if match is None or match.start("credit") == start:
        return None
    return _credit(text, match)


def extract_photo_credit(text: str) -> PhotoCredit | None:
    """The credit in a caption or credit block, or ``None``. Spans are offsets into ``text``.

    >>> extract_photo_credit("左晓燕 摄").photographers
    ('左晓燕',)
    >>> extract_photo_credit("…开关零部件制造有限公司走访交流。 孙战浩 摄").text
    '孙战浩 摄'
    >>> extract_photo_credit("该公司开足马力生产。") is None
    True
    """
    if not isinstance(text, str):
        raise NotTextError(text, function="extract_photo_credit")
    start, end = content_bounds(text, 0, len(text))
    return match_credit_line(text, start, end) or match_inline_credit(text, start, end)
