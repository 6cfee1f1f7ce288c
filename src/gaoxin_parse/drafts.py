"""Drafts: the mutable articles and photos read off the decoded tags, before the frozen model."""

from __future__ import annotations

import attrs

from .headline import Roles
from .model import Byline, Column, Headline, Note, ParagraphKind, PhotoCredit, Span
from .units import Unit


@attrs.define
class Segment:
    """A piece of an element's text: body lines of one unit, or an intertitle."""

    kind: ParagraphKind
    unit: int
    pieces: tuple[Span, ...]


@attrs.define
class ArticleDraft:
    """An article read off the decoded tags."""

    head: list[int] = attrs.Factory(list)  #: indices of its headline units
    roles: Roles | None = None
    bylines: list[tuple[int, Byline]] = attrs.Factory(list)
    #: further blocks of a byline printed over several blocks (the first is in ``bylines``)
    byline_lines: list[int] = attrs.Factory(list)
    segments: list[Segment] = attrs.Factory(list)
    column: tuple[int, Column] | None = None
    note: tuple[list[int], Note] | None = None


@attrs.define
class PhotoDraft:
    """A photo read off the decoded tags."""

    title: tuple[int, Headline] | None = None
    segments: list[Segment] = attrs.Factory(list)
    credit: tuple[int, PhotoCredit] | None = None


@attrs.frozen
class Assembly:
    """The elements the decoded tags describe."""

    units: tuple[Unit, ...]
    articles: tuple[ArticleDraft, ...]
    photos: tuple[PhotoDraft, ...]
    strays: frozenset[int]  #: units that are stray headings
    glued_trails: frozenset[int] = frozenset()  #: text units whose glued trailing byline is used
