"""Evidence about text and bylines: where text goes on, where a byline stands and what it
opens or closes. Each rule: a name, its reason (first docstring paragraph), its vote."""

from __future__ import annotations

from .grammar import (
    BYLINES,
    CAPTIONS,
    CREDITS,
    OPEN_BODY,
    RUNNING,
    TEXT,
    Tag,
)
from .page import Page
from .roles import LINE_MARKERS
from .units import UnitKind

T = Tag
K = UnitKind


def byline_reads_as_byline(page: Page, i: int, tag: Tag) -> float:
    """Role words and names alone make a byline; bare names need their place (or a byline
    marker, ``□ 王明``) to say so."""
    if tag not in BYLINES:
        return 0.0
    unit = page.units[i]
    if unit.kind is K.HEAD and unit.byline is not None and unit.byline.text[:1] in LINE_MARKERS:
        return 1.0
    return 2.0 if unit.kind is K.BYLINE else 1.0 if unit.kind is K.CREDIT else -2.0


def lone_names_trail(page: Page, i: int, tag: Tag) -> float:
    """Names glued after the last sentence without brackets or roles are weak evidence, unless
    the article's lead label (a bare ``本报讯``) promised names elsewhere."""
    unit = page.units[i]
    if tag is not T.BODY_TRAIL or unit.trail is None:
        return 0.0
    if page.bare_lead_above[i]:
        return 1.5
    bracketed = unit.trail.text[:1] in "(（"
    return 0.5 if bracketed else -0.5


def cut_text_goes_on(page: Page, i: int, before: Tag, after: Tag) -> float:
    """Text cut mid-sentence goes on in the next block, in the same element."""
    if i == 0 or not page.unterminated[i - 1] or page.gap[i] or before not in RUNNING:
        return 0.0
    if page.news_opening[i]:  # text opening with its date starts anew, whatever stood above
        return 0.0
    if page.units[i - 1].kind is K.HEAD:  # a cut paragraph start: lone_line_is_cut_paragraph
        return 0.0
    if before in CAPTIONS and not page.credit_ahead[i - 1] and page.units[i - 1].credit is None:
        return 0.0  # a caption with no credit is one block, often printed without a full stop
    same = (
        (before in TEXT | {T.LEAD_LINE} and after in TEXT)
        or (before in CAPTIONS and after is before)
        or (before in (T.NOTE, T.NOTE_TEXT) and after is T.NOTE_TEXT)
    )
    return 3.0 if same else -3.0


def byline_under_headline(page: Page, i: int, before: Tag, after: Tag) -> float:
    """A byline right under a headline votes for an article, whatever stood before."""
    if before is not T.HEAD:
        return 0.0
    kind = page.units[i].kind
    if (kind is K.LEAD and after in TEXT) or (kind is K.BYLINE and after is T.LEAD_LINE):
        return 2.0
    if kind is K.HEAD and after is T.LEAD_LINE and page.kind(i + 1) in (K.BODY, K.LEAD):
        return 3.5  # names alone between a headline and the text
    return 0.0


def lead_starts_article(page: Page, i: int, before: Tag, after: Tag) -> float:
    """Text opening with a lead byline (本报讯…) starts an article."""
    unit = page.units[i]
    if unit.kind is not K.LEAD or after not in TEXT:
        return 0.0
    if before in (T.START, T.HEAD, T.NOTE, T.NOTE_TEXT, T.LEAD_LINE) or before in OPEN_BODY:
        return 0.0  # under its headline, or (after text) a new article all the same
    return 3.0  # offsets the weak start of an article with no headline


def trailing_byline_ends(page: Page, i: int, before: Tag, after: Tag) -> float:
    """A byline after an article's text closes it; one above text leads the next."""
    if after is T.TRAIL and before in (T.HEAD, T.STRAY):
        return -3.0
    if after is T.TRAIL and before in CAPTIONS | CREDITS:
        return -2.0  # it follows its article's text, not a photo's
    nxt = page.kind(i + 1)
    if after is T.LEAD_LINE and nxt in (K.BODY, K.LEAD):
        return 0.5
    return 0.0


def report_opens_article(page: Page, i: int, before: Tag, after: Tag) -> float:
    """Text that opens like a report (with its date) after a headline votes for a new article."""
    if not page.news_opening[i] or after not in TEXT:
        return 0.0
    if before is T.HEAD:
        return 1.0
    return -0.5 if before is T.INTERTITLE else 0.0


def names_close_article(page: Page, i: int, before: Tag, after: Tag) -> float:
    """Names alone in a block right after an article's last sentence, before the next
    headline, a picture or the page's end, are the article's trailing byline."""
    unit = page.units[i]
    if after is not T.TRAIL or unit.kind is not K.HEAD or unit.byline is None:
        return 0.0
    if before not in TEXT or page.unterminated[i - 1]:
        return 0.0
    nxt = page.unit(i + 1)
    ends = nxt is None or nxt.picture_before or nxt.kind in (K.HEAD, K.COLUMN, K.NOTE)
    return 4.5 if ends else 0.0
