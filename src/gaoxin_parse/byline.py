"""Bylines: ``本报讯(记者王明 通讯员李华)``, ``□记者 王明``, ``(本报记者 王明)``, ``…。王明 李华``.

The grammar is written down in ``docs/bylines.md``: an opener (`gaoxin_parse.opener`)
and the people (`gaoxin_parse.people`), with or without brackets. Each ``match_*``
function reads one place a byline is printed; all spans are offsets into ``text``.
"""

from __future__ import annotations

from typing import Final

import regex

from .blocks import content_bounds
from .chars import CLOSERS, SENTENCE_ENDS
from .errors import NotTextError
from .marks import People, mark_meaning
from .model import Byline, Position, Span
from .names import is_organisation
from .opener import match_opener
from .people import read_people

#: Round brackets, or lenticular ones (``【记者 王明】``: read only with a role word inside, so
#: that a bracketed column name such as ``【金句】`` is not taken for a name).
_BRACKET_RE: Final = regex.compile(
    r"(?P<open>[(（【〔])(?P<inner>[^()（）【】〔〕\n]{1,80})[)）】〕]"
)
#: A paper's name, perhaps with the day, before a bracket of people: ``某某网(记者 王明)``,
#: ``某某网12月7日 (记者 王明)``.
_ORG_BRACKET_RE: Final = regex.compile(
    r"(?P<org>[\p{Han}·•・?\-]{2,16}?)(?P<date>\d{1,2}月\d{1,2}日)?[ \t\u3000]{0,2}(?=[(（])"
)
_GAP_RE: Final = regex.compile(r"[:：]?[ \t\u3000]{0,4}")
#: A colon right after a lead byline's bracket belongs to the byline, not to the text.
_COLON_AFTER_RE: Final = regex.compile(r"[ \t\u3000]{0,2}[:：]")
_BLANKS: Final = " \t\u3000"
#: A byline glued to the last paragraph is looked for in this many last characters only.
_GLUED_WINDOW: Final = 48
#: Unbracketed names after an opener (``…电 记者 王明 正文``) are looked for this far.
_UNBRACKETED_MAX: Final = 40
_NOT_OTHERS: Final = ("reporter", "correspondent", "photographer")


def has_author(people: People) -> bool:
    """Rule ``byline_names_an_author``: someone wrote the text; a line that names only
    photographers (``记者 王明 摄``, ``摄影记者 王明``) is a picture credit, not a byline."""
    return any(
        r.role != "photographer" and (r.mark is None or mark_meaning(r.mark) != "photo")
        for r in people.roles
    )


def has_evidence(people: People) -> bool:
    """Rule ``byline_needs_a_role``: a role word or a writing mark (``/文``) shows a byline;
    bare names alone do so only where the caller knows the position."""
    return people.has_role_word or any(
        r.mark is not None and mark_meaning(r.mark) in ("text", "text+photo")
        for r in people.roles
    )


def make_byline(
    text: str,
    span: Span,
    people: People | None,
    position: Position,
    *,
    source: str | None = None,
    dateline: str | None = None,
) -> Byline:
    """A `Byline` of ``people`` printed at ``span`` (``None``: an opener alone)."""
    roles = tuple(people.roles) if people else ()
    return Byline(
        text=span.slice(text),
        source=source or (people.source if people else None),
        reporters=tuple(r.name for r in roles if r.role == "reporter"),
        correspondents=tuple(r.name for r in roles if r.role == "correspondent"),
        others=tuple((r.printed or "", r.name) for r in roles if r.role not in _NOT_OTHERS),
        position=position,
        span=span,
        photographers=people.photographers if people else (),
        dateline=dateline or (people.place if people else None),
        roles=roles,
    )


def _read_block(text: str, start: int, end: int) -> tuple[People | None, bool]:
    """The people of a whole block, bracketed or not, and whether it was bracketed."""
    bracket = _BRACKET_RE.fullmatch(text, start, end)
    if bracket is not None:
        return _bracketed(text, bracket), True
    return read_people(text, start, end), False


def _bracketed(text: str, bracket: regex.Match[str]) -> People | None:
    """The people inside a bracket; inside 【】 only with a role word."""
    people = read_people(text, bracket.start("inner"), bracket.end("inner"))
    if people is not None and bracket.group("open") in "【〔" and not people.has_role_word:
        return None
    return people


def _unbracketed(text: str, start: int, end: int) -> tuple[People, int] | None:
    """Role words and names right after an opener (``…电 记者刘坤``), ending at a space or at
    the end: the longest such run that reads as people led by a role word."""
    limit = min(end, start + _UNBRACKETED_MAX)
    newline = text.find("\n", start, limit)
    limit = limit if newline < 0 else newline
    stops = [
        i for i in range(start + 1, limit) if text[i] in _BLANKS and text[i - 1] not in _BLANKS
    ]
    if limit == end or newline >= 0:
        stops.append(limit)
    for stop in reversed(stops):
        people = read_people(text, start, stop)
        if people and people.roles[0].printed and has_author(people):
            return people, stop
    return None


def match_lead_byline(text: str, start: int, end: int) -> Byline | None:
    """The lead byline opening ``text[start:end]``, or ``None``.

    An opener alone (``本报讯``) is a byline without names; the bracket after it counts only if
    it holds nothing but roles and names. Without an opener, a bracket of roles opening the
    paragraph (``(记者 王明)``) or after a paper's name (``某某网(记者 王明)``) is a lead byline.
    """
    opener = match_opener(text, start, end)
    if opener is None:
        return _lead_without_opener(text, start, end)
    gap = _GAP_RE.match(text, opener.end, end)
    pos = gap.end() if gap else opener.end
    bracket = _BRACKET_RE.match(text, pos, end)
    people: People | None = None
    stop = opener.end
    if bracket is not None:
        people = _bracketed(text, bracket)
        if people is not None and has_author(people):
            stop = bracket.end()
            colon = _COLON_AFTER_RE.match(text, stop, end)
            if colon is not None:  # 本报讯(记者 王明)：正文: the colon ends the byline
                stop = colon.end()
        else:
            people = None
    elif (found := _unbracketed(text, pos, end)) is not None:
        people, stop = found
    if people is None and bracket is not None and text.startswith("消息", opener.end - 2):
        return None  # 某网消息（新闻联播）: a bracket after 消息 holds the people, or it is prose
    return make_byline(
        text, Span(start, stop), people, "lead", source=opener.source, dateline=opener.dateline
    )


def _lead_without_opener(text: str, start: int, end: int) -> Byline | None:
    source = None
    pos = start
    org = _ORG_BRACKET_RE.match(text, start, end)
    dateline = None
    if org is not None and is_organisation(org.group("org")):
        source, pos, dateline = org.group("org"), org.end(), org.group("date")
    bracket = _BRACKET_RE.match(text, pos, end)
    if bracket is None:
        return None
    people = read_people(text, bracket.start("inner"), bracket.end("inner"))
    if people is None or not people.has_role_word or not has_author(people):
        return None
    return make_byline(
        text, Span(start, bracket.end()), people, "lead", source=source, dateline=dateline
    )


def match_byline_line(
    text: str, start: int, end: int, *, bare_names: bool = False
) -> Byline | None:
    """A byline on its own line(s) between a headline and the body, filling ``text[start:end]``
    but for white space: ``□记者 王明``, ``本报记者 王明 李华``, ``记者 王明\\n通讯员 李华``.

    Names without a role word (``王明 李华``) count only with ``bare_names=True``, which the
    caller passes where the position alone shows a byline.

    Examples:
        >>> match_byline_line("□记者 王 芳", 0, 7).reporters
        ('王芳',)
        >>> match_byline_line("王芳", 0, 2) is None
        True
        >>> match_byline_line("王芳", 0, 2, bare_names=True).reporters
        ('王芳',)
    """
    return _whole_block(text, start, end, "lead", bare_names=bare_names)


def match_trail_byline(
    text: str, start: int, end: int, *, bare_names: bool = False
) -> Byline | None:
    """A trailing byline filling ``text[start:end]`` but for white space: a bracket of roles
    and names or of names alone (``(本报记者 王明)``, ``(王明 李华)``), or a line with role
    words (``某某日报全媒体记者 王明``, ``记者 王明/文 李华/图``), possibly on two lines.

    Examples:
        >>> match_trail_byline("(王 芳 李华)", 0, 8).reporters
        ('王芳', '李华')
    """
    return _whole_block(text, start, end, "trail", bare_names=bare_names)


def _whole_block(
    text: str, start: int, end: int, position: Position, *, bare_names: bool
) -> Byline | None:
    start, end = content_bounds(text, start, end)
    people, bracketed = _read_block(text, start, end)
    if people is None or not has_author(people):
        return None
    if not (bracketed or bare_names or has_evidence(people)):
        return None
    return make_byline(text, Span(start, end), people, position)


def match_glued_trail_byline(text: str, start: int, end: int) -> Byline | None:
    """A trailing byline glued to the end of the last paragraph ``text[start:end]``, after its
    last sentence: ``…取得成效。(通讯员 王明)``, ``…取得成效。王明 李华``. The span covers the
    byline only. Names without a role word must each be 2-3 characters and start with a
    family name.

    Examples:
        >>> b = match_glued_trail_byline("…取得成效。王明 李华", 0, 11)
        >>> b.text, b.reporters
        ('王明 李华', ('王明', '李华'))
        >>> match_glued_trail_byline("…取得成效。目前", 0, 8) is None
        True
    """
    start, end = content_bounds(text, start, end)
    window = max(start, end - _GLUED_WINDOW)
    i = end - 1
    while i >= window and text[i] not in SENTENCE_ENDS:
        i -= 1
    if i < window:
        return None
    pos = i + 1
    while pos < end and (text[pos] in _BLANKS or (text[pos] in CLOSERS and text[pos] not in ")）")):
        pos += 1
    if pos >= end:
        return None
    people, _ = _read_block(text, pos, end)
    if people is None or not has_author(people):
        return None
    return make_byline(text, Span(pos, end), people, "trail")


def extract_byline(text: str) -> Byline | None:
    """The byline of a paragraph or block: a lead byline at its start (position ``lead``), a
    bracket of names or a line of role words and names filling it (``trail`` when bracketed,
    else ``lead``: such a line usually stands under the headline), or a byline glued after
    its last sentence (``trail``). Spans are offsets into ``text``.

    Examples:
        >>> b = extract_byline("本报讯(记者高轶鹏 通讯员禄建海)自此次创卫工作启动…")
        >>> b.source, b.reporters, b.correspondents, b.position
        ('本报', ('高轶鹏',), ('禄建海',), 'lead')
        >>> extract_byline("(本报记者 高轶鸣 通讯员 张冰楠)").position
        'trail'
        >>> extract_byline("记者10月10日从高新区遵化店镇获悉,当前…") is None
        True
    """
    if not isinstance(text, str):
        raise NotTextError(text, function="extract_byline")
    start, end = content_bounds(text, 0, len(text))
    if _BRACKET_RE.fullmatch(text, start, end) is not None:
        return match_trail_byline(text, start, end) or match_lead_byline(text, start, end)
    return (
        match_lead_byline(text, start, end)
        or match_byline_line(text, start, end)
        or match_glued_trail_byline(text, start, end)
    )
