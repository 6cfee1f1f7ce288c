"""What the evidence rules read about each block, computed once per page.

A `Page` holds the units (classified blocks) and, for each, the facts the rules of
`gaoxin_parse.evidence` ask about: is there a picture above it, does its text stop
mid-sentence, is it one plain line between paragraphs, which markdown levels the page uses for
titles. Facts about neighbours are looked up here, in both directions, so that the rules stay
small and the decoder stays linear.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from . import page_facts as facts
from .layout import Style
from .units import Unit, UnitKind


@attrs.frozen
class Page:
    """The units of one page and the facts the evidence rules read."""

    text: str
    units: tuple[Unit, ...]
    style: Style  #: the page's export style (``layout.py``)
    gap: tuple[bool, ...]  #: a picture stood just above the unit
    cut: tuple[bool, ...]  #: text that stops mid-sentence (a break cut it)
    #: ``cut``, or a plain line (read as text, a headline-like line never ends a sentence)
    unterminated: tuple[bool, ...]
    plain_line: tuple[bool, ...]  #: one unmarked headline-like line with no role mark
    marked: tuple[bool, ...]  #: a markdown heading
    between: tuple[bool, ...]  #: a plain line standing between two paragraphs
    series: tuple[int, ...]  #: how many such lines stand in the unit's stretch of text
    pending_cut: tuple[bool, ...]  #: text cut above a photo that ends just before this unit
    news_opening: tuple[bool, ...]  #: text that opens like a report's first paragraph
    title_levels: frozenset[int]  #: markdown levels of lines that are surely titles
    heads_above: tuple[int, ...]  #: headings right above the unit, with no picture between
    credit_ahead: tuple[bool, ...]  #: text running (no picture, no heading) into a credit
    bare_lead_above: tuple[bool, ...]  #: the article's lead label (``本报讯``) names no one
    #: a byline (or text opening with one) with only a photo between it and a heading above
    photo_under_head: tuple[bool, ...]
    heads_photo: tuple[bool, ...]  #: a heading with a photo, then a byline, below it
    #: text after a note label that stands above its headline (its text runs to the headline)
    note_above_head: tuple[bool, ...]
    #: a column label that a note of the article above announced (``开设“某某”专栏``)
    announced_above: tuple[bool, ...]

    def unit(self, i: int) -> Unit | None:
        """The unit at ``i``, or ``None`` past either end."""
        return self.units[i] if 0 <= i < len(self.units) else None

    def kind(self, i: int) -> UnitKind | None:
        """The local kind at ``i``, or ``None`` past either end."""
        unit = self.unit(i)
        return unit.kind if unit is not None else None


def read_page(text: str, units: Sequence[Unit], style: Style = "blocks") -> Page:
    """The facts of every unit of a page."""
    cut = [facts.cut(text, u) for u in units]
    plain = [facts.plain_line(u) for u in units]
    between = facts.between(units, cut, plain)
    opening = facts.news_opening(text, units)
    credit_ahead = facts.credit_ahead(units)
    under, heads = facts.photo_under_head(units, opening, credit_ahead, cut)
    return Page(
        text=text,
        units=tuple(units),
        style=style,
        gap=tuple(u.picture_before for u in units),
        cut=tuple(cut),
        unterminated=tuple(c or p for c, p in zip(cut, plain, strict=True)),
        plain_line=tuple(plain),
        marked=tuple(u.kind is UnitKind.HEAD and u.is_marked for u in units),
        between=tuple(between),
        series=tuple(facts.series(units, between)),
        pending_cut=tuple(facts.pending_cut(units, cut)),
        news_opening=tuple(opening),
        title_levels=facts.title_levels(units),
        heads_above=tuple(facts.heads_above(units)),
        announced_above=tuple(facts.announced_above(text, units)),
        credit_ahead=tuple(credit_ahead),
        bare_lead_above=tuple(facts.bare_lead_above(units)),
        photo_under_head=tuple(under),
        heads_photo=tuple(heads),
        note_above_head=tuple(facts.note_above_head(units)),
    )
