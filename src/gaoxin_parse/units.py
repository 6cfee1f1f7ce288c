"""Units: blocks with their local kind, what the classifier made of each before decoding."""

from __future__ import annotations

import enum

import attrs

from .blocks import Chunk
from .model import Byline, Headline, PhotoCredit, Span


class UnitKind(enum.Enum):
    """Local kinds, before decoding."""

    HEAD = "head"  #: markdown heading(s) or a short unpunctuated plain line
    BODY = "body"  #: text (may end with an inline credit)
    LEAD = "lead"  #: text opening with a lead byline
    BYLINE = "byline"  #: a byline standing alone: above the body (lead) or below it (trail)
    CREDIT = "credit"
    NOTE = "note"
    COLUMN = "column"


@attrs.frozen(kw_only=True)
class Unit:
    """A chunk with its local kind and what the rule found in it."""

    kind: UnitKind
    chunk: Chunk
    rule: str
    entries: tuple[Headline, ...] = ()  #: HEAD: headline entries
    byline: Byline | None = None  #: LEAD, BYLINE; HEAD: its reading as bare names, if any
    trail: Byline | None = None  #: BODY: a trailing byline glued after its last sentence
    credit: PhotoCredit | None = None  #: CREDIT, or BODY/LEAD ending with an inline credit
    body: tuple[Span, ...] = ()  #: BODY, LEAD, NOTE: text lines, byline/credit/label removed
    label: str | None = None  #: NOTE: its label; COLUMN: the column name
    label_span: Span | None = None

    @property
    def picture_before(self) -> bool:
        """Whether a picture stood just above this unit."""
        return self.chunk.picture_before

    @property
    def is_marked(self) -> bool:
        """HEAD: whether markdown marks it as a heading."""
        return any(e.level is not None for e in self.entries)
