"""Bylines: ``本报讯(记者高轶鹏 通讯员禄建海)`` and ``(本报记者 高轶鸣 通讯员 张冰楠)``."""

from __future__ import annotations

from typing import Final

import regex

from .blocks import content_bounds
from .chars import (
    BRACKET_RE,
    CORRESPONDENT_ROLES,
    LEAD_OPENER_RE,
    NAME_RE,
    NAME_SEPARATORS_RE,
    OTHER_ROLES,
    OWN_SOURCES,
    REPORTER_ROLES,
    ROLES_RE,
)
from .errors import NotTextError
from .model import Byline, Position, Span

_TRAIL_RE: Final = regex.compile(r"[(（](?P<inner>[^()（）\n]{1,80})[)）]")
_ROLE_CATEGORY: Final = {
    **dict.fromkeys(REPORTER_ROLES, "reporter"),
    **dict.fromkeys(CORRESPONDENT_ROLES, "correspondent"),
    **dict.fromkeys(OTHER_ROLES, "other"),
}
_Roles = tuple[list[str], list[str], list[tuple[str, str]]]


def split_names(segment: str) -> list[str] | None:
    """Names in ``segment`` separated by spaces or ``、``; ``None`` if any token is not a name.

    >>> split_names("高轶鹏、禄建海")
    ['高轶鹏', '禄建海']
    >>> split_names("王 芳 李四")
    ['王芳', '李四']
    >>> split_names("10月10日从高新区获悉") is None
    True
    """
    tokens = [t for t in NAME_SEPARATORS_RE.split(segment) if t]
    names: list[str] = []
    for token in tokens:  # a two-character name printed with a space: 王 芳
        if names and len(token) == 1 and len(names[-1]) == 1:
            names[-1] += token
        else:
            names.append(token)
    if all(NAME_RE.fullmatch(name) for name in names):
        return names
    return None


def parse_roles(inner: str) -> _Roles | None:
    """Reporters, correspondents and other (role, name) pairs inside a byline's brackets.

    ``None`` when the text is not made of role words and names only.

    >>> parse_roles("记者高轶鹏 通讯员禄建海")
    (['高轶鹏'], ['禄建海'], [])
    """
    parts = ROLES_RE.split(inner)
    reporters: list[str] = []
    correspondents: list[str] = []
    others: list[tuple[str, str]] = []
    unroled = split_names(parts[0])
    if unroled is None:
        return None
    reporters.extend(unroled)  # names before any role word: the paper's own reporters
    for role, segment in zip(parts[1::2], parts[2::2], strict=True):
        names = split_names(segment)
        if names is None:
            return None
        category = _ROLE_CATEGORY[role]
        if category == "reporter":
            reporters.extend(names)
        elif category == "correspondent":
            correspondents.extend(names)
        else:
            others.extend((role, name) for name in names)
    return reporters, correspondents, others


def _byline(text: str, span: Span, source: str | None, roles: _Roles, position: Position) -> Byline:
    reporters, correspondents, others = roles
    return Byline(
        text=span.slice(text),
        source=source,
        reporters=tuple(reporters),
        correspondents=tuple(correspondents),
        others=tuple(others),
        position=position,
        span=span,
    )


def match_lead_byline(text: str, start: int, end: int) -> Byline | None:
    """The lead byline opening ``text[start:end]``, or ``None``.

    The opener (``本报讯``) alone is a byline without names; the bracket after it counts only if
    it holds nothing but roles and names.
    """
    opener = LEAD_OPENER_RE.match(text, start, end)
    if opener is None:
        return None
    stop = opener.end()
    roles: _Roles = ([], [], [])
    bracket = BRACKET_RE.match(text, stop, end)
    if bracket is not None:
        parsed = parse_roles(bracket.group("inner"))
        if parsed is not None:
            roles = parsed
            stop = bracket.end()
    return _byline(text, Span(start, stop), opener.group("source"), roles, "lead")


def match_trail_byline(text: str, start: int, end: int) -> Byline | None:
    """A trailing byline filling all of ``text[start:end]``: a bracket holding at least one
    role word and nothing but roles and names."""
    match = _TRAIL_RE.fullmatch(text, start, end)
    if match is None:
        return None
    inner = match.group("inner")
    first_role = ROLES_RE.search(inner)
    parsed = parse_roles(inner) if first_role else None
    if first_role is None or parsed is None:
        return None
    role = first_role.group(1)
    source = role[:2] if role.startswith(OWN_SOURCES) else None
    return _byline(text, Span(start, end), source, parsed, "trail")


def extract_byline(text: str) -> Byline | None:
    """The byline of a paragraph or block: lead form at its start, or trailing form.

    Spans are offsets into ``text``.

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
    return match_lead_byline(text, start, end) or match_trail_byline(text, start, end)


# --- provisional own-line and glued forms (the byline grammar of issue 11 replaces these) ---

_MARKER_RE: Final = regex.compile(r"[□■◎●▶▲★◆◇○\-—]{0,2}[ \t\u3000]{0,2}")
_SOURCE_PREFIX_RE: Final = regex.compile(
    r"(?P<source>本报|本報|本网|本網|\p{Han}{1,8}?(?:日报|日報|晚报|晚報|商报|商報|网|網))(?=\p{Han}{0,3}记者|\p{Han}{0,3}記者)"
)
_GLUED_BRACKET_RE: Final = regex.compile(r"[(（](?P<inner>[^()（）\n]{1,40})[)）]$")
_GLUED_NAMES_RE: Final = regex.compile(r"\p{Han}{2,3}(?:[ \u3000]{1,3}\p{Han}{2,3}){0,3}$")


def match_byline_line(text: str, start: int, end: int, *, bare_names: bool = False) -> Byline | None:
    """An own-line byline filling ``text[start:end]``: ``□记者 王明``, ``本报记者 王明 李华``."""
    if end - start > 80:
        return None
    marker = _MARKER_RE.match(text, start, end)
    pos = marker.end() if marker else start
    source_match = _SOURCE_PREFIX_RE.match(text, pos, end)
    source = None
    if source_match is not None:
        source = source_match.group("source")
        pos = source_match.end()
    inner = text[pos:end]
    if not bare_names and ROLES_RE.search(inner) is None:
        return None
    parsed = parse_roles(inner)
    if parsed is None or not any(parsed):
        return None
    if source is None and ROLES_RE.match(inner) and inner.startswith(OWN_SOURCES):
        source = inner[:2]
    return _byline(text, Span(start, end), source, parsed, "lead")


def match_glued_trail_byline(text: str, start: int, end: int) -> Byline | None:
    """A trailing byline glued after the last sentence of ``text[start:end]``."""
    window = max(start, end - 48)
    bracket = _GLUED_BRACKET_RE.search(text, window, end)
    if bracket is not None and bracket.start() > start:
        parsed = parse_roles(bracket.group("inner"))
        if parsed is not None and any(parsed):
            return _byline(text, Span(bracket.start(), end), None, parsed, "trail")
    names = _GLUED_NAMES_RE.search(text, window, end)
    if names is None or names.start() == start:
        return None
    before = text[:names.start()].rstrip(" \u3000")
    if not before or before[-1] not in "。！？!?":
        return None
    found = split_names(names.group())
    if found is None or len(found) > 3:
        return None
    return _byline(text, Span(names.start(), end), None, (found, [], []), "trail")
