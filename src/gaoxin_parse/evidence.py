"""Named evidence for the page decoder: each rule scores one choice of role for one block.

A rule reads the `gaoxin_parse.page.Page` facts and returns a weight: positive votes
for the choice, negative against it, ``0.0`` when it has nothing to say. Unit rules see a block
and a tag; pair rules also see the tag of the block before, so evidence can come from either
side (a picture above a block and a credit below it both vote for a photo). The first paragraph of
each docstring is the rule's reason, shown in ``Issue.decisions``. The tables at the end list
every rule in one place; ``docs/rules.md`` lists them with their tests. The rules live in
``evidence_headings.py``, ``evidence_text.py`` and ``evidence_photos.py``, by what they are
about.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from .evidence_headings import (
    column_label,
    column_label_position,
    heading_is_headline,
    intertitle_after_text,
    intertitle_form,
    label_after_article,
    lone_line_is_cut_paragraph,
    note_label_takes_text,
    picture_splits_stack,
    plain_line_by_markdown,
    stacks_are_short,
    unplaceable_is_stray,
)
from .evidence_photos import (
    caption_runs_on,
    captions_need_a_picture,
    credit_closes_photo,
    cut_article_resumes,
    heading_before_picture,
    headline_above_photo,
    line_under_picture,
    photo_opens_page,
    photo_titles_are_short,
    picture_starts_photo,
    titled_photos_are_credited,
)
from .evidence_text import (
    byline_reads_as_byline,
    byline_under_headline,
    cut_text_goes_on,
    lead_starts_article,
    lone_names_trail,
    names_close_article,
    report_opens_article,
    trailing_byline_ends,
)
from .grammar import BYLINES, CAPTIONS, CREDITS, TEXT, TITLES, Tag
from .page import Page
from .units import UnitKind

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
    K.LEAD: frozenset({T.BODY, T.BODY_TRAIL}),
    K.BYLINE: frozenset({T.LEAD_LINE, T.TRAIL}),
    K.CREDIT: frozenset({T.CREDIT, T.CREDIT_IN, T.TRAIL, T.LEAD_LINE}),
    K.NOTE: frozenset({T.NOTE}),
    K.COLUMN: frozenset({T.COLUMN_BEFORE, T.COLUMN_AFTER}),
}
#: Kinds that can always be placed: text can follow any role (as a new article if need be) and
#: a note can start anywhere. Any other block can also be kept as a stray, so that every page
#: has a reading (rule ``unplaceable_is_stray``).
_ALWAYS_PLACED: Final = frozenset({K.BODY, K.LEAD, K.NOTE})
#: The tags each local kind of block can take at all, in the order of ``Tag``.
CAN_BE: Final = {
    kind: tuple(t for t in Tag if t in tags or (t is T.STRAY and kind not in _ALWAYS_PLACED))
    for kind, tags in _CAN_BE.items()
}
CAN_BE_SET: Final = {kind: frozenset(tags) for kind, tags in CAN_BE.items()}


def possible(page: Page, i: int, tag: Tag) -> bool:
    """Whether block ``i`` can take ``tag`` at all (its local kind and what it holds)."""
    unit = page.units[i]
    if tag not in CAN_BE_SET[unit.kind]:
        return False
    if tag is T.BODY_TRAIL:
        return unit.trail is not None
    if tag in BYLINES and unit.kind in (K.HEAD, K.CREDIT):
        return unit.byline is not None
    if unit.credit is not None and unit.kind is K.BODY:  # text ending with a credit: a caption
        return tag in CAPTIONS
    if page.marked[i] and (tag in TEXT or tag in CAPTIONS):  # marked up as a heading
        return False
    if tag in (T.COLUMN_AFTER, T.COLUMN_BEFORE) and unit.kind is K.HEAD:
        return len(unit.chunk.lines) == 1  # a column label is one line
    return not (tag is T.INTERTITLE and len(unit.entries) > 1)


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
    line_under_picture,
    titled_photos_are_credited,
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
    names_close_article,
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
    line_under_picture: TITLES | {T.HEAD},
    titled_photos_are_credited: TITLES,
    picture_starts_photo: TITLES | CAPTIONS | CREDITS | TEXT | {T.INTERTITLE},
    photo_opens_page: TITLES | CAPTIONS,
    credit_closes_photo: CREDITS,
    cut_text_goes_on: ALL,
    caption_runs_on: CAPTIONS | TEXT,
    cut_article_resumes: TEXT | {T.CAPTION_IN},
    byline_under_headline: TEXT | {T.LEAD_LINE},
    lead_starts_article: TEXT,
    trailing_byline_ends: BYLINES,
    names_close_article: frozenset({T.TRAIL}),
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

#: For each pair rule, a cheap test of the block alone that must hold for the rule to vote at
#: all: the decoder asks a pair rule only at blocks that pass it (the rule checks it again).
#: ``tests/test_evidence.py`` checks that a rule says nothing where its test fails.
PAIR_GATES: Final[dict[PairRule, Callable[[Page, int], bool]]] = {
    picture_starts_photo: lambda page, i: page.gap[i],
    photo_opens_page: lambda page, i: not page.gap[i],
    credit_closes_photo: lambda page, i: page.units[i].kind is K.CREDIT,
    cut_text_goes_on: lambda page, i: (
        i > 0
        and page.unterminated[i - 1]
        and not page.gap[i]
        and not page.news_opening[i]
        and page.units[i - 1].kind is not K.HEAD
    ),
    caption_runs_on: lambda page, i: i > 0 and not page.gap[i],
    cut_article_resumes: lambda page, i: page.pending_cut[i],
    byline_under_headline: lambda page, i: i > 0 and page.units[i - 1].kind is K.HEAD,
    lead_starts_article: lambda page, i: page.units[i].kind is K.LEAD,
    trailing_byline_ends: lambda page, i: page.units[i].kind in (K.BYLINE, K.CREDIT, K.HEAD),
    names_close_article: lambda page, i: (
        i > 0 and page.units[i].kind is K.HEAD and page.units[i].byline is not None
    ),
    plain_line_by_markdown: lambda page, i: page.plain_line[i] and not page.gap[i],
    label_after_article: lambda page, i: page.plain_line[i] and not page.gap[i],
    column_label_position: lambda page, i: page.units[i].kind is K.COLUMN,
    note_label_takes_text: lambda page, i: i > 0 and page.units[i - 1].kind in (K.NOTE, K.BODY),
    report_opens_article: lambda page, i: page.news_opening[i],
    headline_above_photo: lambda page, i: page.photo_under_head[i],
    intertitle_after_text: lambda page, i: page.units[i].kind is K.HEAD,
    picture_splits_stack: lambda page, i: page.gap[i] and page.units[i].kind is K.HEAD,
}
