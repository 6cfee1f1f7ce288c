"""The facts about each block that the evidence rules read, one function per fact.

Each function reads the units of a page (and the text) once, left to right or right to left, so
that every fact costs linear time; `gaoxin_parse.page.read_page` gathers them.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Final

import regex

from .chars import REPORT_OPENING_RE
from .headline import has_role_mark
from .repair import ends_sentence
from .units import Unit, UnitKind

#: A report's first paragraph opens with when it happened, or with where the reporter learnt it.
#: A reprinted report opens with its source: ``《某某日报》消息``.
NEWS_OPENING_RE: Final = regex.compile(r"记者从|記者從|《[^》\n]{1,12}》消息")
#: Intertitles are short phrases: a plain line this short between paragraphs is one.
SHORT_INTERTITLE_CHARS: Final = 8
#: A headline stack has at most this many lines (kicker, title, subtitles, banner).
HEADLINE_STACK_MAX: Final = 4
#: Photo titles are short phrases (words counted: letters and digits, not quotes or spaces); a
#: longer headline-like line under a picture is a caption.
PHOTO_TITLE_MAX_CHARS: Final = 12
#: Column names are short: a plain line longer than this is not one.
SHORT_LABEL_CHARS: Final = 10
#: Intertitles in parallel differ in length by at most this many characters.
PARALLEL_CHARS: Final = 3
#: A photo stands inside an article over at most this many blocks.
PHOTO_MAX_BLOCKS: Final = 5


def is_text(unit: Unit) -> bool:
    """Text with a body (a paragraph, or one opening with a lead byline)."""
    return unit.kind in (UnitKind.BODY, UnitKind.LEAD) and bool(unit.body)


def cut(text: str, unit: Unit) -> bool:
    if not is_text(unit) or unit.credit is not None:
        return False
    end = unit.trail.span.start if unit.trail is not None else unit.body[-1].end
    return not ends_sentence(text[unit.body[-1].start : end])


def plain_line(unit: Unit) -> bool:
    return (
        unit.kind is UnitKind.HEAD
        and len(unit.entries) == 1
        and unit.entries[0].level is None
        and not has_role_mark(unit.entries[0].text)
    )


def between(units: Sequence[Unit], cut: Sequence[bool], plain: Sequence[bool]) -> list[bool]:
    """Plain lines standing between two text blocks, the first ending its sentence."""
    return [
        plain[i]
        and 0 < i < len(units) - 1
        and is_text(units[i - 1])
        and not cut[i - 1]
        and not units[i - 1].picture_before  # right under a picture: a caption, not text
        and not units[i + 1].picture_before
        and units[i + 1].kind is UnitKind.BODY
        and not units[i].picture_before
        for i in range(len(units))
    ]


#: Quotation and book-title marks: decoration, not length (``从“坐诊”到“驻厂”`` is 7 long).
_QUOTES: Final = frozenset("“”‘’「」『』《》\"'")


def words(line: str) -> int:
    """A line's length without its quotation marks."""
    return sum(1 for ch in line if ch not in _QUOTES)


def series(units: Sequence[Unit], between: Sequence[bool]) -> list[int]:
    """For each plain line between paragraphs, how many such lines of about its length
    (intertitles of one article are written in parallel) stand in its stretch: a run of blocks
    with no byline, note, column, picture or headline stack of two lines."""
    out = [0] * len(units)
    start = 0
    for i in range(len(units) + 1):
        boundary = i == len(units) or (
            (
                units[i].kind is not UnitKind.BODY
                and not (units[i].kind is UnitKind.HEAD and between[i])
            )
            or units[i].picture_before
            or (i > 0 and units[i - 1].trail is not None)
        )
        if boundary:
            lengths = sorted(words(units[k].entries[0].text) for k in range(start, i) if between[k])
            for k in range(start, i):
                if between[k]:
                    size = words(units[k].entries[0].text)
                    low = bisect.bisect_left(lengths, size - PARALLEL_CHARS)
                    out[k] = bisect.bisect_right(lengths, size + PARALLEL_CHARS) - low
            start = i
    return out


def pending_cut(units: Sequence[Unit], cut: Sequence[bool]) -> list[bool]:
    """Whether text cut mid-sentence stands just above a photo that ends before unit ``i``."""
    out = [False] * len(units)
    for j, is_cut in enumerate(cut):
        if not is_cut or j + 1 >= len(units) or not units[j + 1].picture_before:
            continue
        for i in range(j + 2, min(len(units), j + 2 + PHOTO_MAX_BLOCKS)):
            out[i] = True
            if is_text(units[i - 1]) and cut[i - 1]:  # the caption itself goes on
                continue
            closed = units[i - 1].kind not in (UnitKind.HEAD, UnitKind.BODY) or (
                units[i - 1].credit is not None  # a credit glued to the caption's end
            )
            if units[i].picture_before or closed:
                break  # a credit closes the photo: the article resumes here or not at all
    return out


def title_levels(units: Sequence[Unit]) -> frozenset[int]:
    """Markdown levels of the largest line of stacks that are surely headlines: stacks of two
    or more lines, or stacks followed by a byline."""
    levels: set[int] = set()
    i = 0
    while i < len(units):
        if units[i].kind is not UnitKind.HEAD:
            i += 1
            continue
        j = i + 1
        while j < len(units) and units[j].kind is UnitKind.HEAD and not units[j].picture_before:
            j += 1
        entries = [e for unit in units[i:j] for e in unit.entries]
        marked = [e.level for e in entries if e.level is not None]
        after = units[j].kind if j < len(units) else None
        if marked and (len(entries) > 1 or after in (UnitKind.LEAD, UnitKind.BYLINE)):
            levels.add(min(marked))
        i = j
    return frozenset(levels)


def opens_report(text: str, unit: Unit) -> bool:
    """Whether ``unit`` is text that opens like a report: with its date, or where the reporter
    learnt it."""
    return is_text(unit) and (
        REPORT_OPENING_RE.match(text, unit.body[0].start) is not None
        or NEWS_OPENING_RE.match(text, unit.body[0].start) is not None
    )


def news_opening(text: str, units: Sequence[Unit]) -> list[bool]:
    """`opens_report` for every unit."""
    return [opens_report(text, u) for u in units]


def credit_ahead(units: Sequence[Unit]) -> list[bool]:
    out = [False] * len(units)
    for i in range(len(units) - 1, -1, -1):
        unit = units[i]
        if unit.kind is UnitKind.BODY:
            nxt = units[i + 1] if i + 1 < len(units) else None
            out[i] = unit.credit is not None or (
                nxt is not None
                and not nxt.picture_before
                and (
                    (nxt.kind is UnitKind.CREDIT and nxt.byline is None)  # no writer: a credit
                    or (nxt.kind is UnitKind.BODY and out[i + 1])
                )
            )
    return out


def bare_lead_above(units: Sequence[Unit]) -> list[bool]:
    out = [False] * len(units)
    bare = False
    for i, unit in enumerate(units):
        if unit.kind is UnitKind.LEAD and unit.byline is not None:
            bare = not unit.byline.names
        elif unit.kind is UnitKind.HEAD and not unit.picture_before and len(unit.entries) > 1:
            bare = False
        out[i] = bare
    return out


PHOTO_KINDS: Final = frozenset({UnitKind.HEAD, UnitKind.BODY, UnitKind.CREDIT})


def note_above_head(units: Sequence[Unit]) -> list[bool]:
    out = [False] * len(units)
    floating = False
    for i, unit in enumerate(units):
        if unit.kind is UnitKind.NOTE:  # under a headline (or its own-line byline): no float
            floating = not (i > 0 and units[i - 1].kind in (UnitKind.HEAD, UnitKind.BYLINE))
        elif unit.kind is not UnitKind.BODY or unit.picture_before:
            floating = False
        out[i] = floating and unit.kind is UnitKind.BODY
    return out


def photo_under_head(
    units: Sequence[Unit],
    opening: Sequence[bool],
    credit_ahead: Sequence[bool],
    cut: Sequence[bool],
) -> tuple[list[bool], list[bool]]:
    """Bylines, or text not running into a credit (opening like a report, or not going on
    with a cut piece above it), with only photos (one or more) between them and a heading
    above."""
    under, heads = [False] * len(units), [False] * len(units)
    for i, unit in enumerate(units):
        starts = unit.kind in (UnitKind.LEAD, UnitKind.BYLINE) or (
            unit.kind is UnitKind.BODY
            and not credit_ahead[i]
            and (opening[i] or (i > 0 and not cut[i - 1]))
        )
        if not starts or unit.picture_before:
            continue
        for j in range(i - 1, max(-1, i - 2 - 2 * PHOTO_MAX_BLOCKS), -1):
            if units[j].kind not in PHOTO_KINDS:
                break
            if units[j].kind is UnitKind.HEAD and not units[j].picture_before:
                break  # a heading below the picture heads this text itself (a photo title
                # stands right under its picture)
            if units[j].picture_before and j > 0:
                above = units[j - 1]
                if above.kind is UnitKind.HEAD and not above.picture_before:
                    under[i] = heads[j - 1] = True
                    break
                if not (above.kind is UnitKind.HEAD and above.picture_before):
                    break  # only a caption-only picture's line may stand between
    return under, heads


def announced_above(text: str, units: Sequence[Unit]) -> list[bool]:
    out = [False] * len(units)
    note = ""
    for i, unit in enumerate(units):
        if unit.kind is UnitKind.NOTE:
            note = unit.chunk.span.slice(text)
        elif unit.kind is UnitKind.HEAD:
            note = ""
        elif unit.kind is UnitKind.COLUMN and unit.label and note:
            out[i] = unit.label in note
    return out


def heads_above(units: Sequence[Unit]) -> list[int]:
    out = [0] * len(units)
    for i in range(1, len(units)):
        above = units[i - 1].kind is UnitKind.HEAD and not units[i].picture_before
        out[i] = out[i - 1] + 1 if above else 0
    return out
