"""The opener of a lead byline: source and dateline before 讯/电 (``新华社郑州10月9日电``).

opener   := [marker] [【] [据] source [place] [date] [place] (讯 | 电 | 报道 | 消息) [】] [:]
source   := 本报 | 本网 | a name ending in a media word (某某日报, 某某网, 某某融媒 …)
          | any name when a date follows (今日4月28日讯)
date     := [[N年] N月] N日 [N时[N分]], in Arabic or Chinese numerals (十四日, 2024年5月6日)

报道 and 消息 end an opener only where they cannot be prose: after a date, inside 【】, or
(消息) before the bracket of people or a colon. A space may stand after the source
(``中新网 江城8月6日电``); a leading 据 (a reprint's "according to") is not part of the source.
"""

from __future__ import annotations

from typing import Final

import attrs
import regex

from .roles import LINE_MARKERS, LOST_INDENT_RE_TEXT, MEDIA_SUFFIXES, SOURCE_EXTENSIONS

_START_RE: Final = regex.compile(
    rf"(?P<marker>{LOST_INDENT_RE_TEXT}"
    rf"(?:[{regex.escape(LINE_MARKERS)}]{{1,3}}[ \t\u3000]{{0,2}})?)"
    r"(?P<bracket>【)?"
)
# 通讯员 and 讯息 are words, not the opener's 讯
_VERB_RE: Final = regex.compile(r"(?:讯|訊)(?![员員息问問號号])|电|電|报道|報道|消息")
#: 消息 before the bracket of people or a colon (``某某网消息（记者 王明）``, ``某某网消息:``);
#: elsewhere, undated, it is a reprint attribution (``《某报》消息``) that stays in the text
_NEWS_BEFORE_RE: Final = regex.compile(r"[ \t\u3000]{0,2}[(（:：]")
_HEAD_RE: Final = regex.compile(
    r"[\p{Han}\dA-Za-z·•・?\-]{1,24}(?:[/／][\p{Han}]{2,12})?"
    r"(?:[ \t\u3000]{1,2}[\p{Han}\d·•・?\-]{1,20})?"
)
#: A source may hold digits and letters (``看点1TV-某某网``), never a date's.
_DATE_PART_RE: Final = regex.compile(r"\d[年月日号號]")
_LATIN_RE: Final = regex.compile(r"[A-Za-z]")
_BLANK_RE: Final = regex.compile(r"[ \t\u3000]{1,2}")
_DATE_RE: Final = regex.compile(
    r"(?:(?:(?:\d{4}|[〇零一二三四五六七八九]{4})年)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月)?"
    r"(?:\d{1,2}|[〇一二三四五六七八九十廿卅]{1,3})日"
    r"(?:\d{1,2}[时時](?:\d{1,2}分)?)?"  # 7月30日8时35分讯: some sites print the hour
)
_TITLE_RE: Final = regex.compile(r"[ \t\u3000]{0,3}(?:题|題)[:：]")
_HAN_RE: Final = regex.compile(r"\p{Han}")
#: The source of an opener is at most this long; a place before the date at most this long.
_SOURCE_MAX: Final = 16
_PLACE_MAX: Final = 6


@attrs.frozen
class Opener:
    """A lead byline's opener: where it ends, its source and its dateline as printed."""

    end: int
    source: str
    dateline: str | None


def split_source(head: str, *, dated: bool) -> tuple[str, str] | None:
    """``head`` split into the source and the place after it, or ``None``.

    The source runs to its first media word and on over a following media name (``福州新闻``
    + ``网``, ``红网`` + ``平江站``); without a media word it must be followed by a date.

    >>> split_source("本报烟台", dated=False)
    ('本报', '烟台')
    >>> split_source("福州新闻网", dated=False)
    ('福州新闻网', '')
    >>> split_source("近", dated=False) is None
    True
    """
    cut = next((i for i in range(1, len(head) + 1) if head[:i].endswith(MEDIA_SUFFIXES)), None)
    if cut is None:
        return (head, "") if dated and head else None
    rest = head[cut:]
    ext = next((i for i in range(len(rest), 0, -1) if rest[:i].endswith(SOURCE_EXTENSIONS)), None)
    if ext is not None:
        cut += ext
    return head[:cut], head[cut:]


def _source_alone(part: str) -> bool:
    """Whether ``part`` is a source with nothing after it (no place)."""
    parts = split_source(part, dated=False)
    return parts is not None and not parts[1]


def _joined_source(head: str, *, dated: bool) -> tuple[str, str] | None:
    """`split_source`, where two names joined by a slash (``某某电视台/某某视听``: a station
    and its app) are one source when the first is a source on its own."""
    left, slash, right = head.replace("／", "/").partition("/")
    if not slash:
        return split_source(head, dated=dated)
    if not _source_alone(left):
        return None
    parts = split_source(right, dated=dated) or (right, "")
    return f"{head[: len(left) + 1]}{parts[0]}", parts[1]


def match_opener(text: str, start: int, end: int) -> Opener | None:
    """The opener at ``text[start:end]``, or ``None``.

    >>> o = match_opener("新华社郑州10月9日电 (记者 王明)", 0, 20)
    >>> o.source, o.dateline, o.end
    ('新华社', '郑州10月9日', 11)
    >>> match_opener("近日电网公司召开会议", 0, 10) is None
    True
    """
    begin = _START_RE.match(text, start, end)
    head_start = begin.end() if begin else start
    bracketed = bool(begin and begin.group("bracket"))
    for verb in _VERB_RE.finditer(text, head_start, min(end, head_start + 26)):
        head = text[head_start : verb.start()]
        if not _HEAD_RE.fullmatch(head):
            return None
        opener = _opener(text, end, head, verb, bracketed=bracketed)
        if opener is not None:
            return opener
    return None


def _opener(
    text: str, end: int, head: str, verb: regex.Match[str], *, bracketed: bool
) -> Opener | None:
    stop = verb.end()
    blank = _BLANK_RE.search(head)
    if blank is not None:  # 中新网 江城8月6日电: a space only right after a source of its own
        if not _source_alone(head[: blank.start()]):
            return None
        head = head[: blank.start()] + head[blank.end() :]
    if head.startswith("据") and len(head) > 1:
        head = head[1:]  # 据新华社某地某日电: a reprint names the agency after "according to"
    date = _DATE_RE.search(head)
    before = head[: date.start()] if date else head
    after = head[date.end() :] if date else ""
    if not before or len(after) > 4 or not _HAN_RE.match(before):
        return None
    parts = _joined_source(before, dated=date is not None)
    if parts is None or len(parts[0]) > _SOURCE_MAX or len(parts[1]) > _PLACE_MAX:
        return None
    if any(c.isdigit() for c in parts[1] + after) or _DATE_PART_RE.search(parts[0]):
        return None
    if _LATIN_RE.search(parts[1] + after) or (
        _LATIN_RE.search(parts[0]) and not parts[0].endswith(MEDIA_SUFFIXES)
    ):
        return None  # letters only in a paper's own name
    undated_ok = bracketed or (
        verb.group() == "消息" and _NEWS_BEFORE_RE.match(text, stop, end) is not None
    )
    if verb.group() in ("报道", "報道", "消息") and date is None and not undated_ok:
        return None  # 某地报道 is an opener only with its date: 某网某站1月8日报道
    if verb.group() not in ("讯", "訊") and _HAN_RE.match(text, stop, end):
        return None  # 电 and 报道 start words (电网, 电商, 报道组): the opener ends there
    if bracketed:
        if not text.startswith("】", stop):
            return None
        stop += 1
    if _TITLE_RE.match(text, stop, end):
        return None  # 新华社某地某日电 题:… is the agency's title line
    dateline = head[len(parts[0]) :] or None
    return Opener(end=stop, source=parts[0], dateline=dateline)
