"""Headlines: lines of a chunk → headline entries; a stack of entries → banner and roles."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs
import regex

from .chars import (
    CLAUSE_MARKS,
    EXCLAIMS,
    HEADING_RE,
    HEADLINE_MAX_CHARS,
    HEADLINE_MAX_LINES,
    SECTION_MARK_RE,
    SENTENCE_ENDS,
)
from .model import Headline, Span

#: A title of two phrases joined by a comma is at most this long.
_TWO_CLAUSE_MAX: Final = 30
#: Level given to a plain line when comparing type sizes: smaller than any markdown heading.
PLAIN_LEVEL: Final = 7
_KICKER_END_RE: Final = regex.compile(r"(?:[:：]|[—─―]{1,2}|-{2})$")
_SUBTITLE_START_RE: Final = regex.compile(r"^(?:[—─―]{1,2}|-{2})")
#: A column name at the head of a title line: in lenticular brackets (``【栏目】标题``), in
#: round ones (``(园区走访记)标题``, not a number: ``(一)``), or before a vertical bar
#: (``栏目丨标题``, ``栏目|标题``).
_TITLE_COLUMN_RE: Final = regex.compile(
    r"(?:[【〖][ \t\u3000]{0,4}(?P<name>[^】〗\s](?:[^】〗\n]{0,22}[^】〗\s])?)"
    r"[ \t\u3000]{0,4}[】〗]"
    r"|[(（][ \t\u3000]{0,2}"
    r"(?P<name>[^()（）\s\d一二三四五六七八九十](?:[^()（）\n]{0,14}[^()（）\s])?)"
    r"[ \t\u3000]{0,2}[)）]"
    r"|(?P<name>[^丨|｜\s](?:[^丨|｜\n]{0,14}[^丨|｜\s])?)[ \t\u3000]{0,2}[丨|｜])"
    r"[ \t\u3000]*"
)
#: An inline kicker: a short lead-in, a colon (not between digits, as in ``10:30``), the title.
_INLINE_KICKER_RE: Final = regex.compile(
    r"(?P<kicker>[^:：]{1,20}?)(?<!\d)[:：](?!\d)(?P<title>.+)"
)


@attrs.frozen
class Roles:
    """The roles of a headline stack, marks removed."""

    banner: Headline | None
    headlines: tuple[Headline, ...]
    kickers: tuple[str, ...]
    title: str | None
    subtitles: tuple[str, ...]
    title_level: int | None
    #: a column label printed at the head of the title line: ``【栏目】标题`` (rule
    #: ``column_in_title``), as (name, offset of the name in the title line)
    column: tuple[str, int] | None = None


def heading_entries(text: str, lines: Sequence[Span]) -> tuple[Headline, ...] | None:
    """Entries of a chunk opening with a markdown heading: one per ``#`` line, plain lines
    below a heading wrap into it. ``None`` if the first line is not a heading."""
    if text[lines[0].start] != "#":
        return None
    # Each entry is gathered as (first line's span, level, wrapped line spans) and its text
    # joined once at the end: growing a string line by line would be quadratic.
    entries: list[tuple[Span, int | None, list[Span]]] = []
    wrap = True  # a plain line wraps into the heading above it, not past an empty heading
    for line in lines:
        match = HEADING_RE.fullmatch(text, line.start, line.end)
        if match is not None and match.group(2):
            entries.append((Span(match.start(2), match.end(2)), len(match.group(1)), []))
            wrap = True
        elif match is not None:  # marks alone: an empty heading, kept in the block, no entry
            wrap = False
        elif entries and not wrap:
            entries.append((line, None, []))
        elif entries:
            entries[-1][2].append(line)
        else:
            return None
    return tuple(
        Headline(
            "".join([first.slice(text), *(w.slice(text) for w in wrapped)]),
            Span(first.start, wrapped[-1].end),
            level,
        )
        if wrapped
        else Headline(first.slice(text), first, level)
        for first, level, wrapped in entries
    )


def is_headline_like(line: str, *, two_clause: bool = False) -> bool:
    """Rule ``headline_like``: a short line without clause punctuation may be a headline.

    Headlines and intertitles never hold ``，；。！？``; body text nearly always does.

    >>> is_headline_like("携手共进步 互助同发展")
    True
    >>> is_headline_like("如此好“气质”,高新区是如何炼成的?")
    False
    >>> is_headline_like("喜讯!某区两家企业获批专精特新企业")
    True
    >>> is_headline_like("某省推动创新,在“链”上求发展——")
    True
    >>> is_headline_like("(作者单位:某某大学)"), is_headline_like("(二)畅通机制,打通回流通道")
    (False, True)
    """
    if len(line) > HEADLINE_MAX_CHARS or not any(ch.isalnum() for ch in line):
        return False
    if line[:1] in "(（" and line[-1:] in ")）":  # a note in brackets: ``(作者单位:…)``
        return False
    # a kicker (…——), subtitle (——…) or numbered section (二、…) may hold commas, never a 。
    if has_role_mark(line) or SECTION_MARK_RE.match(line):
        return not any(mark in line for mark in SENTENCE_ENDS)
    if any(mark in line for mark in CLAUSE_MARKS) and not (
        two_clause and is_two_clause_title(line)
    ):
        return False
    # An exclamation or question inside a short line is a headline's (喜讯!…, 如何炼成?);
    # one closing a line that also holds another is a sentence's.
    return sum(line.count(mark) for mark in EXCLAIMS) <= 1


def is_two_clause_title(line: str) -> bool:
    """A short line of two phrases joined by one comma, which may be a title
    (``春风送暖,某地8个项目同步开建``) where its place says so (rule ``two_clause_title``).

    Both phrases have at least four characters and no other clause mark stands in the line.

    >>> is_two_clause_title("春风送暖,某地8个科技项目同步开建"), is_two_clause_title("据了解,")
    (True, False)
    """
    parts = regex.split(r"[，,]", line)
    return (
        len(parts) == 2
        and not any(mark in line for mark in "；;。")
        and all(len(part) >= 4 for part in parts)
        and len(line) <= _TWO_CLAUSE_MAX
    )


def plain_entries(
    text: str, lines: Sequence[Span], *, two_clause: bool = False
) -> tuple[Headline, ...] | None:
    """The headline lines of a plain chunk, or ``None`` if the chunk does not look like a
    headline (rule ``headline_like`` on every line).

    A headline wraps over lines, which are joined; a role mark ends or starts a line of the
    stack (rule ``marked_stack_lines``): after a kicker's colon or ``——``, and before a
    subtitle's ``——``, a new line of the stack begins.

    >>> [h.text for h in plain_entries("某区：\\n推进招商见成效\\n——今年签约18个", [
    ...     Span(0, 3), Span(4, 11), Span(12, 21)])]
    ['某区：', '推进招商见成效', '——今年签约18个']
    >>> [h.text for h in plain_entries("南湖高新区首批项目\\n集中签约", [Span(0, 9), Span(10, 14)])]
    ['南湖高新区首批项目集中签约']
    """
    if len(lines) > HEADLINE_MAX_LINES:
        return None
    parts = [line.slice(text) for line in lines]
    if not all(is_headline_like(part, two_clause=two_clause) for part in parts):
        return None
    groups: list[list[int]] = []
    for i, part in enumerate(parts):
        if not groups or _SUBTITLE_START_RE.match(part) or _KICKER_END_RE.search(parts[i - 1]):
            groups.append([i])
        else:
            groups[-1].append(i)
    return tuple(
        Headline(
            "".join(parts[i] for i in group),
            Span(lines[group[0]].start, lines[group[-1]].end),
            None,
        )
        for group in groups
    )


def has_role_mark(line: str) -> bool:
    """Whether a kicker mark (trailing colon or ``——``) or subtitle mark (leading ``——``)
    decides this line's role."""
    return bool(_KICKER_END_RE.search(line) or _SUBTITLE_START_RE.match(line))


def _level(entry: Headline) -> int:
    return PLAIN_LEVEL if entry.level is None else entry.level


def split_banner(entries: Sequence[Headline]) -> tuple[Headline | None, Sequence[Headline]]:
    """Rule ``banner_over_kicker``: a heading above a smaller kicker that has a larger line
    below it names a group of articles, not this article.

    A stack's type grows to the title and shrinks after it; shrinking then growing again means
    the top line belongs to something larger. Only markdown levels can tell this.
    """
    levels = [_level(e) for e in entries]
    if (
        len(entries) >= 3
        and entries[0].level is not None
        and levels[1] > levels[0]
        and any(level < levels[1] for level in levels[2:])
    ):
        return entries[0], entries[1:]
    return None, entries


def strip_kicker_mark(line: str) -> str:
    """``临港物流产业园区:`` → ``临港物流产业园区``."""
    return _KICKER_END_RE.sub("", line).rstrip()


def strip_subtitle_mark(line: str) -> str:
    """``——高新区…综述`` → ``高新区…综述``."""
    return _SUBTITLE_START_RE.sub("", line).lstrip()


def assign_roles(entries: Sequence[Headline]) -> Roles:
    """Kickers, title and subtitles of a headline stack.

    The title is the line in the largest type; among equals, marks decide (a kicker ends with a
    colon or ``——``, a subtitle starts with ``——``); where nothing decides, the first line is the
    title (documented default). Lines above the title are kickers, lines below subtitles. A
    colon inside the title line splits off an inline kicker.

    >>> r = assign_roles([Headline("临港物流产业园区:", Span(0, 9), 3),
    ...                   Headline("基层党建", Span(10, 14), 2)])
    >>> r.kickers, r.title
    (('临港物流产业园区',), '基层党建')
    """
    banner, rest = split_banner(entries)
    smallest = min((_level(e) for e in rest), default=PLAIN_LEVEL)
    candidates = [i for i, e in enumerate(rest) if _level(e) == smallest]
    unmarked = [i for i in candidates if not has_role_mark(rest[i].text)]
    if not unmarked:  # the largest type is all kicker marks: the first unmarked line is the title
        unmarked = [i for i, e in enumerate(rest) if not has_role_mark(e.text)]
    title_index = unmarked[0] if unmarked else None
    kickers = (
        [strip_kicker_mark(e.text) for e in rest[:title_index]] if title_index is not None else []
    )
    subtitles: list[str] = []
    title: str | None = None
    column: tuple[str, int] | None = None
    if title_index is None:
        kickers = [strip_kicker_mark(e.text) for e in rest if not _SUBTITLE_START_RE.match(e.text)]
        subtitles = [strip_subtitle_mark(e.text) for e in rest if _SUBTITLE_START_RE.match(e.text)]
    else:
        title = rest[title_index].text
        bracket = _TITLE_COLUMN_RE.match(title)
        if bracket is not None and bracket.end() < len(title):  # rule column_in_title
            column = (bracket.group("name"), bracket.start("name"))
            title = title[bracket.end() :].strip()
        inline = _INLINE_KICKER_RE.fullmatch(title)
        if inline is not None:
            kickers.append(inline.group("kicker").strip())
            title = inline.group("title").strip()
        subtitles = [strip_subtitle_mark(e.text) for e in rest[title_index + 1 :]]
    return Roles(
        banner=banner,
        headlines=tuple(rest),
        kickers=tuple(kickers),
        title=title,
        subtitles=tuple(subtitles),
        title_level=rest[title_index].level if title_index is not None else None,
        column=column,
    )
