"""Named evidence for the page decoder: each rule scores one choice of role for one block.

A rule reads the :class:`~gaoxin_parse.page.Page` facts and returns a weight: positive votes
for the choice, negative against it, ``0.0`` when it has nothing to say. Unit rules see a block
and a tag; pair rules also see the tag of the block before, so evidence can come from either
side (a picture above a block and a credit below it both vote for a photo). The first line of
each docstring is the rule's reason, shown in ``Issue.decisions``. The tables at the end list
every rule in one place; ``docs/rules.md`` lists them with their tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from .classify import UnitKind
from .grammar import OPEN_BODY, PHOTO, PHOTO_IN, Tag
from .page import (
    HEADLINE_STACK_MAX,
    PHOTO_TITLE_MAX_CHARS,
    SHORT_INTERTITLE_CHARS,
    SHORT_LABEL_CHARS,
    Page,
)

T = Tag
K = UnitKind
UnitRule = Callable[[Page, int, Tag], float]
PairRule = Callable[[Page, int, Tag, Tag], float]

#: The tags each local kind of block can take at all (sets; see ``CAN_BE`` for the order).
_CAN_BE: Final = {
    K.HEAD: frozenset(
        {T.HEAD, T.INTERTITLE, T.PHOTO_TITLE, T.PHOTO_TITLE_IN, T.STRAY, T.BODY, T.CAPTION}
        | {T.CAPTION_IN, T.COLUMN_BEFORE, T.COLUMN_AFTER, T.LEAD_LINE, T.TRAIL}
    ),
    K.BODY: frozenset({T.BODY, T.BODY_TRAIL, T.CAPTION, T.CAPTION_IN, T.NOTE_TEXT}),
    K.LEAD: frozenset({T.BODY}),
    K.BYLINE: frozenset({T.LEAD_LINE, T.TRAIL}),
    K.CREDIT: frozenset({T.CREDIT, T.CREDIT_IN, T.TRAIL}),
    K.NOTE: frozenset({T.NOTE}),
    K.COLUMN: frozenset({T.COLUMN_BEFORE, T.COLUMN_AFTER}),
}
#: The tags each local kind of block can take at all, in the order of ``Tag``; any block can be
#: kept as a stray, so that every page has a reading (rule ``unplaceable_is_stray``).
CAN_BE: Final = {
    kind: tuple(t for t in Tag if t in tags or t is T.STRAY) for kind, tags in _CAN_BE.items()
}
CAPTIONS: Final = frozenset({T.CAPTION, T.CAPTION_IN})
CREDITS: Final = frozenset({T.CREDIT, T.CREDIT_IN})
TITLES: Final = frozenset({T.PHOTO_TITLE, T.PHOTO_TITLE_IN})
BYLINES: Final = frozenset({T.LEAD_LINE, T.TRAIL})
TEXT: Final = frozenset({T.BODY, T.BODY_TRAIL})
#: Tags of running text, which a break may cut.
RUNNING: Final = TEXT | CAPTIONS | {T.NOTE, T.NOTE_TEXT}


def possible(page: Page, i: int, tag: Tag) -> bool:
    """Whether block ``i`` can take ``tag`` at all (its local kind and what it holds)."""
    unit = page.units[i]
    if tag not in _CAN_BE[unit.kind] and tag is not T.STRAY:
        return False
    if tag is T.BODY_TRAIL:
        return unit.trail is not None
    if tag in BYLINES and unit.kind in (K.HEAD, K.CREDIT):
        return unit.byline is not None
    if unit.credit is not None and unit.kind is K.BODY:  # text ending with a credit: a caption
        return tag in CAPTIONS
    if page.marked[i] and (tag in TEXT or tag in CAPTIONS):  # marked up as a heading
        return False
    return not (tag in (T.INTERTITLE, T.COLUMN_AFTER, T.COLUMN_BEFORE) and len(unit.entries) > 1)


# --- unit rules ----------------------------------------------------------------------------


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


def byline_reads_as_byline(page: Page, i: int, tag: Tag) -> float:
    """Role words and names alone make a byline; bare names need their place to say so."""
    if tag not in BYLINES:
        return 0.0
    kind = page.units[i].kind
    return 2.0 if kind is K.BYLINE else 1.0 if kind is K.CREDIT else -2.0


def column_label(page: Page, i: int, tag: Tag) -> float:
    """A bracketed or announced series name is a column label."""
    if tag not in (T.COLUMN_BEFORE, T.COLUMN_AFTER):
        return 0.0
    return 1.0 if page.units[i].kind is K.COLUMN else -2.5


def captions_need_a_picture(page: Page, i: int, tag: Tag) -> float:
    """Text is an article's until a picture or a credit below it says it is a caption."""
    if page.units[i].kind is not K.BODY or tag not in CAPTIONS | {T.NOTE_TEXT}:
        return 0.0
    return 0.5 if tag in CAPTIONS and page.credit_ahead[i] else -0.5


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


def lone_line_is_cut_paragraph(page: Page, i: int, tag: Tag) -> float:
    """A lone longer plain line between paragraphs, before text that does not open a report,
    is a paragraph start cut by a column break."""
    if tag is not T.BODY or not page.between[i] or page.series[i] != 1:
        return 0.0
    if page.style == "lines":  # a page exported one line per paragraph cuts no paragraph
        return 0.0
    if page.news_opening[i + 1] or len(page.units[i].entries[0].text) <= SHORT_INTERTITLE_CHARS:
        return 0.0
    return 3.5


def intertitle_form(page: Page, i: int, tag: Tag) -> float:
    """Intertitles are short single lines, often in a series inside one article."""
    if tag is not T.INTERTITLE:
        return 0.0
    unit = page.units[i]
    entry = unit.entries[0]
    if entry.level is not None:
        if entry.level in page.title_levels:
            return -3.0
        smaller = bool(page.title_levels) and entry.level > min(page.title_levels)
        return 2.5 if smaller else 1.0
    if not page.plain_line[i]:
        return -3.0
    score = 3.0 if page.between[i] and page.series[i] >= 2 else 0.0
    if len(entry.text) <= SHORT_INTERTITLE_CHARS:
        score += 2.0
    if page.title_levels:  # titles are marked on this page: a plain line is smaller type
        score += 1.5
    return score


# --- pair rules ----------------------------------------------------------------------------


def picture_starts_photo(page: Page, i: int, before: Tag, after: Tag) -> float:
    """A picture above a block votes for a photo starting there, and against text running on."""
    if not page.gap[i]:
        return 0.0
    if after in TITLES or (after in CAPTIONS | CREDITS and before not in TITLES):
        return 2.5
    if after in CAPTIONS | CREDITS:  # a title above the picture belongs to something else
        return -3.0
    if after in TEXT and before not in PHOTO | PHOTO_IN:
        return -1.0
    if after is T.INTERTITLE:  # an intertitle right under a picture would have no caption
        return -2.0
    return 0.0


def photo_opens_page(page: Page, i: int, before: Tag, after: Tag) -> float:
    """Without a picture above, a photo starts only at the top of the page or before a credit."""
    if page.gap[i] or before is T.START:
        return 0.0
    starting = after in TITLES or (after in CAPTIONS and before not in PHOTO | PHOTO_IN)
    if starting and before is T.HEAD:  # under a headline, only a picture can start a photo
        return -5.0
    return -1.5 if starting else 0.0


def credit_closes_photo(page: Page, i: int, before: Tag, after: Tag) -> float:
    """A credit below a caption or title closes that photo."""
    if after in CREDITS and before in (TITLES | CAPTIONS):
        return 2.0
    return 0.0


def cut_text_goes_on(page: Page, i: int, before: Tag, after: Tag) -> float:
    """Text cut mid-sentence goes on in the next block, in the same element."""
    if i == 0 or not page.unterminated[i - 1] or page.gap[i] or before not in RUNNING:
        return 0.0
    if page.news_opening[i]:  # text opening with its date starts anew, whatever stood above
        return 0.0
    if page.units[i - 1].kind is K.HEAD:  # a cut paragraph start: lone_line_is_cut_paragraph
        return 0.0
    same = (
        (before in TEXT | {T.LEAD_LINE} and after in TEXT)
        or (before in CAPTIONS and after is before)
        or (before in (T.NOTE, T.NOTE_TEXT) and after is T.NOTE_TEXT)
    )
    return 3.0 if same else -3.0


def caption_runs_on(page: Page, i: int, before: Tag, after: Tag) -> float:
    """Without a credit to close it or a cut article to resume, text after a caption goes on
    with the caption; a caption of one headline-like line is complete."""
    if page.gap[i] or before not in CAPTIONS:
        return 0.0
    if page.units[i - 1].kind is K.HEAD:  # a caption line without a full stop is complete
        return -2.0 if after is before else 0.0
    if before is T.CAPTION_IN and after in TEXT and not page.pending_cut[i]:
        return -1.0
    return 0.0


def cut_article_resumes(page: Page, i: int, before: Tag, after: Tag) -> float:
    """An article cut mid-sentence by a photo resumes right after that photo."""
    if not page.pending_cut[i] or before not in PHOTO_IN:
        return 0.0
    if after in TEXT:
        return 3.0
    if after is T.CAPTION_IN and before is T.CAPTION_IN and not page.cut[i - 1]:
        return -2.0
    return 0.0


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


def heading_before_picture(page: Page, i: int, tag: Tag) -> float:
    """A heading right above a picture (or the page's end) heads nothing: it is a stray."""
    if tag is not T.STRAY:
        return 0.0
    if page.heads_photo[i]:  # the photo below it stands between a headline and its text
        return 0.0
    nxt = page.unit(i + 1)
    return 2.5 if nxt is None or nxt.picture_before else 0.0


def stacks_are_short(page: Page, i: int, tag: Tag) -> float:
    """A headline stack has a few lines: a heading deep in a longer run of headings is not one
    of its lines."""
    return -3.0 if tag is T.HEAD and page.heads_above[i] >= HEADLINE_STACK_MAX else 0.0


def photo_titles_are_short(page: Page, i: int, tag: Tag) -> float:
    """Photo titles are short phrases; a longer headline-like line under a picture is a
    caption sentence printed without its full stop, a short one is not."""
    unit = page.units[i]
    if unit.kind is not K.HEAD or not page.plain_line[i]:
        return 0.0
    long = sum(ch.isalnum() for ch in unit.entries[0].text) > PHOTO_TITLE_MAX_CHARS
    if tag in TITLES:
        return -1.5 if long else 0.0
    if tag in CAPTIONS:  # a short one is a title or a heading, not a caption sentence
        return 1.5 if long else -0.5
    return 0.0


def note_label_takes_text(page: Page, i: int, before: Tag, after: Tag) -> float:
    """A note label alone in its block takes the next text block as its text; a note standing
    above its headline runs on to that headline."""
    if after in TEXT and before in (T.NOTE, T.NOTE_TEXT) and page.note_above_head[i]:
        return -1.5
    if after is not T.NOTE_TEXT:
        return 0.0
    if before is T.NOTE:
        return 2.0 if not page.units[i - 1].body else -2.0
    return 1.5 if before is T.NOTE_TEXT and page.note_above_head[i] else 0.0


def report_opens_article(page: Page, i: int, before: Tag, after: Tag) -> float:
    """Text that opens like a report (with its date) after a headline votes for a new article."""
    if not page.news_opening[i] or after not in TEXT:
        return 0.0
    if before is T.HEAD:
        return 1.0
    return -0.5 if before is T.INTERTITLE else 0.0


def headline_above_photo(page: Page, i: int, before: Tag, after: Tag) -> float:
    """A byline below a photo that stands right under a headline belongs to that headline."""
    if not page.photo_under_head[i] or before not in (T.CAPTION_IN, T.CREDIT_IN):
        return 0.0
    return 3.0 if after in TEXT | {T.LEAD_LINE} else 0.0


def intertitle_after_text(page: Page, i: int, before: Tag, after: Tag) -> float:
    """An intertitle stands between paragraphs, not under a photo."""
    return -2.0 if after is T.INTERTITLE and before not in TEXT else 0.0


def picture_splits_stack(page: Page, i: int, before: Tag, after: Tag) -> float:
    """A picture between two headline lines means they head different elements."""
    return -4.0 if page.gap[i] and before is T.HEAD and after is T.HEAD else 0.0


#: Unit rules, in the order they are listed in ``docs/rules.md``.
UNIT_RULES: Final[tuple[UnitRule, ...]] = (
    heading_is_headline,
    unplaceable_is_stray,
    byline_reads_as_byline,
    column_label,
    captions_need_a_picture,
    lone_names_trail,
    lone_line_is_cut_paragraph,
    intertitle_form,
    heading_before_picture,
    stacks_are_short,
    photo_titles_are_short,
)
#: Pair rules, in the order they are listed in ``docs/rules.md``.
PAIR_RULES: Final[tuple[PairRule, ...]] = (
    picture_starts_photo,
    photo_opens_page,
    credit_closes_photo,
    cut_text_goes_on,
    caption_runs_on,
    cut_article_resumes,
    byline_under_headline,
    lead_starts_article,
    trailing_byline_ends,
    plain_line_by_markdown,
    label_after_article,
    column_label_position,
    note_label_takes_text,
    report_opens_article,
    picture_splits_stack,
    headline_above_photo,
    intertitle_after_text,
)

#: The tags each rule can vote on (the block's own tag): the decoder asks a rule only about
#: these, and ``tests/test_evidence.py`` checks that a rule says nothing about the others.
ALL: Final = frozenset(Tag) - {T.START, T.END}
RULE_TAGS: Final[dict[Callable[..., float], frozenset[Tag]]] = {
    heading_is_headline: TEXT | CAPTIONS | {T.HEAD, T.STRAY},
    unplaceable_is_stray: frozenset({T.STRAY}),
    byline_reads_as_byline: BYLINES,
    column_label: frozenset({T.COLUMN_BEFORE, T.COLUMN_AFTER}),
    captions_need_a_picture: CAPTIONS | {T.NOTE_TEXT},
    lone_names_trail: frozenset({T.BODY_TRAIL}),
    lone_line_is_cut_paragraph: frozenset({T.BODY}),
    intertitle_form: frozenset({T.INTERTITLE}),
    heading_before_picture: frozenset({T.STRAY}),
    stacks_are_short: frozenset({T.HEAD}),
    photo_titles_are_short: TITLES | CAPTIONS,
    picture_starts_photo: TITLES | CAPTIONS | CREDITS | TEXT | {T.INTERTITLE},
    photo_opens_page: TITLES | CAPTIONS,
    credit_closes_photo: CREDITS,
    cut_text_goes_on: ALL,
    caption_runs_on: CAPTIONS | TEXT,
    cut_article_resumes: TEXT | {T.CAPTION_IN},
    byline_under_headline: TEXT | {T.LEAD_LINE},
    lead_starts_article: TEXT,
    trailing_byline_ends: BYLINES,
    plain_line_by_markdown: TEXT | {T.COLUMN_BEFORE, T.HEAD},
    label_after_article: frozenset({T.COLUMN_AFTER}),
    column_label_position: frozenset({T.COLUMN_BEFORE, T.COLUMN_AFTER}),
    note_label_takes_text: TEXT | {T.NOTE_TEXT},
    report_opens_article: TEXT,
    headline_above_photo: TEXT | {T.LEAD_LINE},
    intertitle_after_text: frozenset({T.INTERTITLE}),
    picture_splits_stack: frozenset({T.HEAD}),
}
#: For each tag, the unit rules and pair rules that can vote on it, in table order.
UNIT_RULES_FOR: Final = {t: tuple(r for r in UNIT_RULES if t in RULE_TAGS[r]) for t in ALL}
PAIR_RULES_FOR: Final = {t: tuple(r for r in PAIR_RULES if t in RULE_TAGS[r]) for t in ALL}
