"""Picture credits: ``王明 摄``, ``本报记者 王明 通讯员 李华 摄``, ``新华社发(王明 摄)``.

A credit is the people of the byline grammar (``docs/bylines.md``) with at least one
photographer: a picture mark (``摄``, ``/图``, ``文/摄``, ``摄影报道``) after the names it
covers, or a photographer's role word (``摄影记者 王明``, ``■摄影 记者 王明``). It may be
bracketed, and the agency that distributed the picture may stand before or after it in brackets
(``新华社发(王明 摄)``, ``王明摄(新华社发)``).
"""

from __future__ import annotations

from typing import Final

import attrs
import regex

from .blocks import content_bounds
from .chars import CLOSERS, SENTENCE_ENDS
from .credit_sources import nameless, supplied
from .errors import NotTextError
from .marks import People
from .model import PhotoCredit, Span
from .names import is_name, is_organisation
from .people import read_people

#: An inline credit is looked for only in this many last characters of a line, so that the
#: search stays linear on lines of any length.
_INLINE_WINDOW: Final = 64
_BLANKS: Final = " \t\u3000"
#: Where a credit glued to a caption may start: after a sentence end, a closing mark, a picture
#: number (``①``) or white space.
_CREDIT_STARTS: Final = SENTENCE_ENDS + CLOSERS + "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳" + _BLANKS
#: A credit printed as a sentence ends with a full stop: ``王明摄。``.
_FULL_STOPS: Final = "。."
#: Every credit holds one of these (摄, 攝影, /图).
_PICTURE_CHARS: Final = "摄攝图圖"
_ORG_FIRST_RE: Final = regex.compile(
    r"(?P<org>[^()（）\n]{0,16}?)[(（](?P<inner>[^()（）\n]{1,60})[)）]"
)
_ORG_LAST_RE: Final = regex.compile(
    r"(?P<inner>[^()（）\n]{1,60}?)[(（](?P<org>[^()（）\n]{1,16})[)）]"
)


#: The date a picture was taken, printed before its credit: ``(5月8日新华社记者王明摄)``.
_DATE_FIRST_RE: Final = regex.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})月\d{1,2}日")
#: The agency that distributed a picture, after a slash: ``李华 摄/某某图片``,
#: ``特约摄影 王明/某某视觉`` (a name after the slash is a second photographer instead).
_AGENCY_AFTER_RE: Final = regex.compile(
    r"(?P<inner>[^/／\n]{1,60}?)[ \t\u3000]{0,2}[/／][ \t\u3000]{0,2}"
    r"(?P<org>[\p{Han}A-Za-z·]{2,12})"
)


def _read(text: str, start: int, end: int) -> People | None:
    """The people of ``text[start:end]``, past a date printed before the credit and an agency
    printed after its slash."""
    people = read_people(text, start, end, credit=True)
    if people is not None:
        return people
    date = _DATE_FIRST_RE.match(text, start, end)
    if date is not None:
        return _read(text, date.end(), end)
    agency = _AGENCY_AFTER_RE.fullmatch(text, start, end)
    if agency is not None and not is_name(agency.group("org"), bare=True):
        people = read_people(text, agency.start("inner"), agency.end("inner"), credit=True)
        if people is not None and people.source is None:
            people.source = agency.group("org")
    return people


def _people(text: str, start: int, end: int) -> People | None:
    """The people of a credit filling ``text[start:end]``, brackets and agency unwrapped."""
    first = _ORG_FIRST_RE.fullmatch(text, start, end)
    if first is not None:
        org = first.group("org").strip(_BLANKS)
        if not org or is_organisation(org):
            people = _read(text, first.start("inner"), first.end("inner"))
            if people is not None and people.source is None and org:
                people.source = org
            return people
    last = _ORG_LAST_RE.fullmatch(text, start, end)
    if last is not None and is_organisation(last.group("org").strip(_BLANKS)):
        return _read(text, last.start("inner"), last.end("inner"))
    if last is not None and last.group("inner").rstrip(_BLANKS)[-1:] in _PICTURE_CHARS:
        # 王明 摄(无人机照片): a note on the picture after a whole credit
        return _read(text, last.start("inner"), last.end("inner"))
    return _read(text, start, end)


def _credit(text: str, start: int, end: int) -> PhotoCredit | None:
    if end - start > 2 and text[end - 1] in _FULL_STOPS:  # 王明摄。: a stop after the credit
        credit = _credit_of(text, start, end - 1)
        if credit is not None:
            span = Span(start, end)
            return attrs.evolve(credit, text=span.slice(text), span=span)
    return _credit_of(text, start, end)


def _credit_of(text: str, start: int, end: int) -> PhotoCredit | None:
    people = _people(text, start, end)
    if people is None or not people.photographers:
        return supplied(text, start, end) or nameless(text, start, end)
    photographers = people.photographers
    if not people.has_mark:  # 摄影 记者 王明 / 通讯员 李华: the credit's lines credit them all
        photographers = tuple(r.name for r in people.roles)
    span = Span(start, end)
    return PhotoCredit(
        text=span.slice(text),
        photographers=photographers,
        span=span,
        roles=tuple(people.roles),
    )


def match_credit_line(text: str, start: int, end: int) -> PhotoCredit | None:
    """A credit filling ``text[start:end]`` but for white space (up to two lines).

    Examples:
        >>> match_credit_line("左晓燕 摄", 0, 5).photographers
        ('左晓燕',)
        >>> credit = match_credit_line("本报记者 王明 通讯员 李华 摄", 0, 16)
        >>> [(r.name, r.role) for r in credit.roles]
        [('王明', 'reporter'), ('李华', 'correspondent')]
        >>> match_credit_line("现场拍摄", 0, 4) is None
        True
    """
    start, end = content_bounds(text, start, end)
    return _credit(text, start, end) if start < end else None


def match_inline_credit(text: str, start: int, end: int) -> PhotoCredit | None:
    """A credit ending ``text[start:end]`` after the caption's last sentence, a picture number
    or a space (``…交流。 孙战浩 摄``); the longest such credit.

    Examples:
        >>> match_inline_credit("走访交流。 孙战浩 摄", 0, 11).text
        '孙战浩 摄'
        >>> match_inline_credit("记者在现场拍摄", 0, 7) is None
        True
    """
    start, end = content_bounds(text, start, end)
    window = max(start + 1, end - _INLINE_WINDOW)
    if not any(mark in text[window:end] for mark in _PICTURE_CHARS):  # cheap test first
        return None
    for pos in range(window, end):
        bracketed = text[pos] in "(（"  # a bracketed credit may be glued to any character
        if not bracketed and (text[pos - 1] not in _CREDIT_STARTS or text[pos] in _CREDIT_STARTS):
            continue
        credit = _credit(text, pos, end)
        if credit is not None:
            return credit
    return None


def extract_photo_credit(text: str) -> PhotoCredit | None:
    """The credit in a caption or credit block, or ``None``. Spans are offsets into ``text``.

    Examples:
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
