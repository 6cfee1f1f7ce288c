"""Evidence about headline-like lines: headline, intertitle, cut paragraph start, column label,
note, stray. Each rule: a name, its reason (first docstring paragraph), its vote."""

from __future__ import annotations

from .chars import SECTION_MARK_RE
from .grammar import (
    CAPTIONS,
    TEXT,
    Tag,
)
from .page import Page
from .page_facts import (
    HEADLINE_STACK_MAX,
    SHORT_INTERTITLE_CHARS,
    SHORT_LABEL_CHARS,
    words,
)
from .units import UnitKind

T = Tag
K = UnitKind


def heading_is_headline(page: Page, i: int, tag: Tag) -> float:
    """A heading or short unpunctuated line reads as a headline unless its neighbours say not."""
    if page.units[i].kind is not K.HEAD:
        return 0.0
    if tag is T.HEAD:
        return 1.0
    if tag in TEXT or tag in CAPTIONS:
        return -1.5
    if tag is T.STRAY:
        return -1.5
    return 0.0


def unplaceable_is_stray(page: Page, i: int, tag: Tag) -> float:
    """A block that no element can hold where it stands is kept, as a stray; only then."""
    return -8.0 if tag is T.STRAY and page.units[i].kind is not K.HEAD else 0.0


def intertitle_form(page: Page, i: int, tag: Tag) -> float:
    """Intertitles are short single lines, often in a series inside one article."""
    if tag is not T.INTERTITLE:
        return 0.0
    unit = page.units[i]
    entry = unit.entries[0]
    if entry.level is not None:
        if entry.level in page.title_levels:  # a numbered section is never an article's title
            return 2.0 if SECTION_MARK_RE.match(entry.text) else -3.0
        smaller = bool(page.title_levels) and entry.level > min(page.title_levels)
        return 2.5 if smaller else 1.0
    if not page.plain_line[i]:
        return -3.0
    score = 3.0 if page.between[i] and page.series[i] >= 2 else 0.0
    if words(entry.text) <= SHORT_INTERTITLE_CHARS or SECTION_MARK_RE.match(entry.text):
        score += 2.0  # short, or numbered/marked as a section of the article
    if page.title_levels:  # titles are marked on this page: a plain line is smaller type
        score += 1.5
    return score


def lone_line_is_cut_paragraph(page: Page, i: int, tag: Tag) -> float:
    """A lone longer plain line between paragraphs, before text that does not open a report,
    is a paragraph start cut by a column break."""
    if tag is not T.BODY or not page.between[i] or page.series[i] != 1:
        return 0.0
    if page.style == "lines":  # a page exported one line per paragraph cuts no paragraph
        return 0.0
    line = page.units[i].entries[0].text
    if page.news_opening[i + 1] or len(line) <= SHORT_INTERTITLE_CHARS:
        return 0.0
    return 0.0 if SECTION_MARK_RE.match(line) else 3.5  # a section mark opens no cut piece


def stacks_are_short(page: Page, i: int, tag: Tag) -> float:
    """A headline stack has a few lines: a heading deep in a longer run of headings is not one
    of its lines."""
    return -3.0 if tag is T.HEAD and page.heads_above[i] >= HEADLINE_STACK_MAX else 0.0


def plain_line_by_markdown(page: Page, i: int, before: Tag, after: Tag) -> float:
    """Where headlines are marked up, a plain line beside a stack is a label or text, not a line
    of the headline: above the stack a column label, below it the first paragraph."""
    if not page.plain_line[i] or page.units[i].picture_before:
        return 0.0
    if len(page.units[i].entries[0].text) > SHORT_LABEL_CHARS and after is T.COLUMN_BEFORE:
        return 0.0
    above, below = i > 0 and page.marked[i - 1], i + 1 < len(page.units) and page.marked[i + 1]
    if below and not above:
        return {T.COLUMN_BEFORE: 3.5, T.HEAD: -1.0}.get(after, 0.0)
    if above and before is T.HEAD and page.kind(i + 1) is K.BODY:
        return 3.0 if after in TEXT else 0.0
    return 0.0


def intertitle_after_text(page: Page, i: int, before: Tag, after: Tag) -> float:
    """An intertitle stands between paragraphs, not under a photo."""
    return -2.0 if after is T.INTERTITLE and before not in TEXT | {T.INTERTITLE} else 0.0


def picture_splits_stack(page: Page, i: int, before: Tag, after: Tag) -> float:
    """A picture between two headline lines means they head different elements."""
    return -4.0 if page.gap[i] and before is T.HEAD and after is T.HEAD else 0.0


def column_label(page: Page, i: int, tag: Tag) -> float:
    """A bracketed or announced series name is a column label."""
    if tag not in (T.COLUMN_BEFORE, T.COLUMN_AFTER):
        return 0.0
    return 1.0 if page.units[i].kind is K.COLUMN else -2.5


def label_after_article(page: Page, i: int, before: Tag, after: Tag) -> float:
    """A short plain line right after an article's last sentence, before a picture or the next
    headline, is its column label."""
    if after is not T.COLUMN_AFTER or not page.plain_line[i] or page.gap[i]:
        return 0.0
    if len(page.units[i].entries[0].text) > SHORT_LABEL_CHARS:
        return 0.0
    nxt = page.unit(i + 1)
    ends = (
        nxt is None
        or nxt.picture_before
        or nxt.kind in (K.COLUMN, K.NOTE)
        or page.marked[i + 1]  # a plain line above a marked stack is not one of its lines
    )
    return 4.0 if before in TEXT | {T.TRAIL} and ends else 0.0


def column_label_position(page: Page, i: int, before: Tag, after: Tag) -> float:
    """A column label above a headline or note belongs to the article below; one with no
    headline below (a picture, the end) to the article above."""
    if after not in (T.COLUMN_BEFORE, T.COLUMN_AFTER) or page.units[i].kind is not K.COLUMN:
        return 0.0
    nxt = page.unit(i + 1)
    below = nxt is not None and not nxt.picture_before and nxt.kind in (K.HEAD, K.NOTE)
    if page.announced_above[i]:  # the article above said it belongs to this column
        below = False
    return 1.0 if (after is T.COLUMN_BEFORE) == below else 0.0


def note_label_takes_text(page: Page, i: int, before: Tag, after: Tag) -> float:
    """A note label alone in its block takes the next text block as its text; a note standing
    above its headline runs on to that headline, and a plain line after a note's text is a
    headline (of the article the note opens, or the next one after an afterword), not text."""
    if after in TEXT and before in (T.NOTE, T.NOTE_TEXT) and page.note_above_head[i]:
        return -1.5
    noted = before is T.NOTE_TEXT or (before is T.NOTE and bool(page.units[i - 1].body))
    if after in TEXT and noted and page.units[i].kind is K.HEAD:
        return -2.0
    if after is not T.NOTE_TEXT:
        return 0.0
    if before is T.NOTE:
        return 2.0 if not page.units[i - 1].body else -2.0
    return 1.5 if before is T.NOTE_TEXT and page.note_above_head[i] else 0.0
