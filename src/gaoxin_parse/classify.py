"""Stage 2: each chunk → a unit of one local kind, by an ordered list of small rules.

A rule looks at one chunk (and the column names the issue's notes announce) and returns a
`Unit` or ``None``; the first rule that answers wins. Whether a headline-like unit is an
article's headline, an intertitle, a photo title or a stray is decided later, over the whole
page, by `gaoxin_parse.decoder` from the evidence in `gaoxin_parse.evidence`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

import regex

from .blocks import Chunk
from .byline import (
    match_byline_line,
    match_glued_trail_byline,
    match_lead_byline,
    match_trail_byline,
)
from .chars import (
    ANNOUNCED_COLUMN_RE,
    COLUMN_MAX_CHARS,
    COLUMN_RE,
    DOTTED_SERIES_RE,
    GENRE_COLUMNS,
    GENRE_LABEL_MAX_CHARS,
    GENRE_SUFFIXES,
    HEADING_RE,
    NOTE_LABELS_AFTER,
    NOTE_LABELS_BEFORE,
    NOTE_RE,
)
from .credit import match_credit_line, match_inline_credit
from .headline import heading_entries, plain_entries
from .model import Byline, Span
from .unit_lines import body_and_credit, lines_from, trimmed
from .units import Unit, UnitKind

#: First characters a note or a column label can start with (cheap tests before the patterns).
NOTE_FIRST_CHARS: Final = frozenset("【[〔(（") | {
    label[0] for label in NOTE_LABELS_BEFORE + NOTE_LABELS_AFTER
}
COLUMN_FIRST_CHARS: Final = frozenset("【〖[［#栏欄专專")
#: The longest lead-byline opener: source (≤ 8), place (≤ 4), date (≤ 6), then 讯 or 电, or
#: a bracket (``某某网(记者…)``).
LEAD_OPENER_MAX: Final = 20


Rule = Callable[[str, Chunk, frozenset[str]], "Unit | None"]


#: A byline or credit standing alone is at most this long (two lines of names and roles).
BYLINE_MAX_CHARS: Final = 80
_CREDIT_MARKS: Final = frozenset("摄攝图圖")


#: Cheap tests before the byline grammar (it tokenizes, so it is asked only where it may
#: answer): a bracket, or a character of a role word or work mark.
_BYLINE_CHARS: Final = frozenset("(（【[记記员員生者师師摄攝文图圖讯訊报報")
#: Names printed alone: at most this many characters (a few names and the spaces between).
NAMES_MAX_CHARS: Final = 16
#: A byline glued after the last sentence ends within this many characters of the block's end.
GLUED_BYLINE_MAX_CHARS: Final = 40


def _may_be_names(line: str) -> bool:
    return len(line) <= 4 or (len(line) <= NAMES_MAX_CHARS and any(c in line for c in " 、\u3000"))


def _may_end_with_names(text: str, line: Span) -> bool:
    """A bracket closes the block, or it ends with a word soon after a sentence end."""
    last = text[line.end - 1]
    if last in ")）":
        return True
    tail = text[max(line.start, line.end - GLUED_BYLINE_MAX_CHARS) : line.end]
    return last.isalnum() and any(mark in tail for mark in "。！？!?")


def _known(name: str, columns: frozenset[str]) -> bool:
    """A column name a note announced, or a genre label (rule ``genre_label``)."""
    return name in columns or name in GENRE_COLUMNS


def _genre_label(line: str) -> bool:
    """Rule ``genre_label``: a short line ending in a brief-news word (``高新简讯``)."""
    return len(line) <= GENRE_LABEL_MAX_CHARS and line.endswith(GENRE_SUFFIXES)


def _wrote(mark: str | None) -> bool:
    """A work mark (``/文``, ``文/图``) or prefix (``文/``) saying the names wrote the text."""
    return mark is not None and "文" in mark and "摄" not in mark


def _glued_trail(text: str, body: Sequence[Span]) -> Byline | None:
    """A byline glued after the last sentence of ``body`` (cheap tests before the grammar)."""
    if not body or not _may_end_with_names(text, body[-1]):
        return None
    return match_glued_trail_byline(text, body[-1].start, body[-1].end)


def _short(chunk: Chunk) -> bool:
    return len(chunk.lines) <= 2 and len(chunk.span) <= BYLINE_MAX_CHARS


def classify_credit(text: str, chunk: Chunk, _columns: frozenset[str]) -> Unit | None:
    """A chunk of one or two lines that is all credit: ``左晓燕 摄``, ``摄影 记者 王明``."""
    if not _short(chunk) or _CREDIT_MARKS.isdisjoint(chunk.span.slice(text)):
        return None
    credit = match_credit_line(text, chunk.span.start, chunk.span.end)
    if credit is None:
        return None
    # Rule ``writer_named_is_byline``: ``王明/文 李华/图``, ``文/王明 图/李华`` name who wrote
    # the text; a picture's credit never does, so the line is a byline (of text and pictures).
    if any(_wrote(role.mark) or _wrote(role.printed) for role in credit.roles):
        byline = match_trail_byline(text, chunk.span.start, chunk.span.end)
        if byline is not None:
            return Unit(kind=UnitKind.BYLINE, chunk=chunk, rule="classify_credit", byline=byline)
    return Unit(kind=UnitKind.CREDIT, chunk=chunk, rule="classify_credit", credit=credit)


def classify_byline(text: str, chunk: Chunk, _columns: frozenset[str]) -> Unit | None:
    """A chunk of one or two lines holding a byline only: ``(本报记者 高轶鸣)``, ``□记者 王明``.

    Whether it leads or trails its article is the decoder's decision, from where it stands.
    """
    if not _short(chunk) or _BYLINE_CHARS.isdisjoint(chunk.span.slice(text)):
        return None
    # Read once: ``match_byline_line`` asks the same questions of the same block (only the
    # position it records differs), so it finds a byline exactly when this does.
    byline = match_trail_byline(text, chunk.span.start, chunk.span.end)
    if byline is None:
        return None
    return Unit(kind=UnitKind.BYLINE, chunk=chunk, rule="classify_byline", byline=byline)


def match_note_label(text: str, chunk: Chunk) -> regex.Match[str] | None:
    """The note label opening ``chunk``, if any (a cheap first-character test first)."""
    if text[chunk.span.start] not in NOTE_FIRST_CHARS:
        return None
    return NOTE_RE.match(text, chunk.span.start, chunk.lines[0].end)


def classify_note(text: str, chunk: Chunk, _columns: frozenset[str]) -> Unit | None:
    """A chunk opening with an editor's-note label: ``编者按：…``, ``【开栏的话】``."""
    match = match_note_label(text, chunk)
    if match is None:
        return None
    body = lines_from(chunk.lines, match.end())
    return Unit(
        kind=UnitKind.NOTE,
        chunk=chunk,
        rule="classify_note",
        body=body,
        label=match.group("label"),
        label_span=Span(match.start("label"), match.end("label")),
    )


def classify_column(text: str, chunk: Chunk, columns: frozenset[str]) -> Unit | None:
    """A one-line series name: ``【高新故事】``, ``栏目：高新故事``, or a name a note announced."""
    if len(chunk.lines) != 1 or len(chunk.span) > COLUMN_MAX_CHARS + 10:
        return None
    line = chunk.span.slice(text)
    series = _genre_label(line) or DOTTED_SERIES_RE.fullmatch(line) is not None
    if text[chunk.span.start] not in COLUMN_FIRST_CHARS and not (series or _known(line, columns)):
        return None
    start, end = chunk.span.start, chunk.span.end
    heading = HEADING_RE.fullmatch(text, start, end)
    if heading is not None and heading.group(2):
        start, end = heading.start(2), heading.end(2)
    match = COLUMN_RE.fullmatch(text, start, end)
    if match is not None:
        group = "bracketed" if match.group("bracketed") is not None else "labelled"
        name_span = Span(match.start(group), match.end(group))
    elif _known(text[start:end], columns) or (series and text[start:end] == line):
        name_span = Span(start, end)
    else:
        return None
    return Unit(
        kind=UnitKind.COLUMN,
        chunk=chunk,
        rule="classify_column",
        label=name_span.slice(text).strip(),
        label_span=name_span,
    )


def classify_heading(text: str, chunk: Chunk, _columns: frozenset[str]) -> Unit | None:
    """A chunk opening with a markdown heading (``#`` … ``######``)."""
    entries = heading_entries(text, chunk.lines)
    if not entries:
        return None
    return Unit(kind=UnitKind.HEAD, chunk=chunk, rule="classify_heading", entries=entries)


def classify_lead(text: str, chunk: Chunk, _columns: frozenset[str]) -> Unit | None:
    """Text opening with a lead byline: ``本报讯(记者高轶鹏)10月9日,…``."""
    opening = text[chunk.span.start : chunk.span.start + LEAD_OPENER_MAX]
    if not any(mark in opening for mark in "讯訊电電(（【"):  # cheap test before the grammar
        return None
    byline = match_lead_byline(text, chunk.span.start, chunk.lines[0].end)
    if byline is None:
        return None
    body = trimmed(text, lines_from(chunk.lines, byline.span.end))
    # a short report of one block: ``本报讯 …。(王明)``, the names glued after its last sentence
    trail = None if byline.names else _glued_trail(text, body)
    return Unit(
        kind=UnitKind.LEAD, chunk=chunk, rule="classify_lead", byline=byline, body=body, trail=trail
    )


def classify_plain_headline(text: str, chunk: Chunk, _columns: frozenset[str]) -> Unit | None:
    """Short lines without clause punctuation (rule ``headline_like``): one wrapped headline."""
    entries = plain_entries(text, chunk.lines)
    if entries is None:
        return None
    last = chunk.lines[-1]
    if match_inline_credit(text, last.start, last.end) is not None:
        return None  # ``车间一角 李华 摄``: a caption with its credit, never a headline
    names = None
    if len(entries) == 1 and _may_be_names(entries[0].text):
        names = match_byline_line(text, chunk.span.start, chunk.span.end, bare_names=True)
    return Unit(
        kind=UnitKind.HEAD,
        chunk=chunk,
        rule="classify_plain_headline",
        entries=entries,
        byline=names,
    )


def classify_body(text: str, chunk: Chunk, _columns: frozenset[str]) -> Unit:
    """Anything else is text; a credit at its very end is split off."""
    body, credit = body_and_credit(text, chunk.lines)
    trail = None if credit is not None else _glued_trail(text, body)
    return Unit(
        kind=UnitKind.BODY,
        chunk=chunk,
        rule="classify_body",
        body=body,
        credit=credit,
        trail=trail,
    )


#: Order is priority: the first rule that answers decides.
RULES: Final[tuple[Rule, ...]] = (
    classify_credit,
    classify_byline,
    classify_note,
    classify_column,
    classify_heading,
    classify_lead,
    classify_plain_headline,
    classify_body,
)


def classify(text: str, chunk: Chunk, columns: frozenset[str] = frozenset()) -> Unit:
    """The unit the first answering rule makes of ``chunk``."""
    for rule in RULES:
        unit = rule(text, chunk, columns)
        if unit is not None:
            return unit
    raise AssertionError("classify_body always answers")  # pragma: no cover


def announced_columns(text: str, chunks: Sequence[Chunk]) -> frozenset[str]:
    """Column names that editor's notes announce: ``开设“高新故事”栏目`` → ``高新故事``."""
    names: set[str] = set()
    for chunk in chunks:
        if match_note_label(text, chunk):
            names.update(
                m.group("name") for m in ANNOUNCED_COLUMN_RE.finditer(chunk.span.slice(text))
            )
    return frozenset(names)


def is_after_note(label: str) -> bool:
    """Whether a note with this label is printed after its article (``编后``)."""
    return label in NOTE_LABELS_AFTER
