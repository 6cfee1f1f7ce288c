"""The frozen value classes a parse returns.

Every element keeps the span(s) of source text it came from: half-open character offsets into
the ``str`` given to `gaoxin_parse.parse_issue` (``text[span.start:span.end]``).
Serialisation lives in `gaoxin_parse.serialise`, not here.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any, Literal

import attrs
from attrs.validators import instance_of

from .checks import (
    BOOL,
    INT,
    OPT_INT,
    OPT_NUMBER,
    OPT_STR,
    STR,
    one_of,
    optional,
    tuple_of,
)
from .checks import (
    confidence as _confidence,
)

Position = Literal["lead", "trail"]
Decision = Literal["join", "keep"]
DecisionKind = Literal["role", "boundary"]
ParagraphKind = Literal["paragraph", "intertitle"]


@attrs.frozen
class Span:
    """Half-open character offsets ``[start, end)`` into the source text.

    Examples:
        >>> Span(3, 7).slice("本报讯(记者高轶鹏)")
        '(记者高'
    """

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        # one check, no attrs validator: spans are made by the million
        start, end = self.start, self.end
        if type(start) is not int or type(end) is not int or not 0 <= start <= end:
            from .errors import SpanError

            if type(start) is not int or type(end) is not int:
                raise TypeError(f"Span start and end must be int, got {start!r}, {end!r}")
            raise SpanError(start, end)

    def slice(self, text: str) -> str:
        """Return the text this span points at."""
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start


_SPAN = instance_of(Span)


class BlockKind(enum.StrEnum):
    """What one block of the source is, once the issue is assembled."""

    BANNER = "banner"  #: heading naming a group of articles
    HEADLINE = "headline"  #: kicker, title or subtitle line(s) of an article
    BYLINE = "byline"  #: ``本报讯(记者…)`` or ``(本报记者 …)``
    PARAGRAPH = "paragraph"  #: article body text
    INTERTITLE = "intertitle"  #: 小标题 between paragraphs of one article
    COLUMN = "column"  #: 栏目 label of an article
    NOTE = "note"  #: editor's note (编者按, 开栏的话 …)
    PHOTO_TITLE = "photo_title"
    CAPTION = "caption"
    CREDIT = "credit"  #: ``左晓燕 摄``
    STRAY = "stray"  #: heading with no body, e.g. text printed inside a picture


@attrs.frozen
class Block:
    """A run of source text with one role. Blocks never overlap and, with white space, tile
    the source: every non-blank character belongs to exactly one block.

    A run of non-blank lines holding two roles (a lead byline and its paragraph, a caption and
    its credit) is listed as two blocks.
    """

    kind: BlockKind = attrs.field(validator=instance_of(BlockKind))
    span: Span = attrs.field(validator=_SPAN)
    line: int = attrs.field(validator=INT)  #: 1-based line number of the block's first character


@attrs.frozen
class Headline:
    """One headline line as printed (a wrapped line is one headline), markup removed.

    ``span`` runs from the first line to the last; ``text`` is each line trimmed of blanks
    (white space and the BOM) and joined, so it is the span's text without its wraps.
    """

    text: str = attrs.field(validator=STR)
    span: Span = attrs.field(validator=_SPAN)
    #: markdown heading level, ``None`` for a plain line
    level: int | None = attrs.field(validator=OPT_INT, default=None)


@attrs.frozen
class Role:
    """One name of a byline or credit with its role: ``Role("王明", "本报记者", "reporter")``.

    ``role`` is one of ``reporter`` (记者, 本报记者, 全媒体记者, 见习记者, 特派记者 …, and names
    printed before any role word), ``correspondent`` (通讯员), ``photographer`` (摄影记者,
    摄影, 签约摄影师; in a credit, every name a 摄 covers), ``intern`` (实习生), ``writer``
    (撰稿), ``videographer`` (摄像), ``contributor`` (供稿, 信息员, 报道员) or ``editor``
    (编辑, 审校 printed after the authors).
    """

    name: str = attrs.field(validator=STR)  #: padded names joined: ``王 芳`` → ``王芳``
    #: the role word as printed (``記者``, ``摄影 记者``), None if none
    printed: str | None = attrs.field(validator=OPT_STR)
    role: str = attrs.field(validator=STR)  #: the normalised role
    #: the work mark that covers the name as printed (``摄``, ``文/图``)
    mark: str | None = attrs.field(validator=OPT_STR, default=None)


@attrs.frozen(kw_only=True)
class Byline:
    """Who wrote an article: ``本报讯(记者高轶鹏 通讯员禄建海)``."""

    text: str = attrs.field(validator=STR)  #: as printed, brackets included
    #: ``本报``, ``新华社``, ``某某日报`` … as printed
    source: str | None = attrs.field(validator=OPT_STR)
    #: after 记者 …, and names printed before any role word
    reporters: tuple[str, ...] = attrs.field(validator=tuple_of(str))
    correspondents: tuple[str, ...] = attrs.field(validator=tuple_of(str))
    #: other (role as printed, name) pairs: ``("实习生", "王某")``; photographers not included
    others: tuple[tuple[str, str], ...] = attrs.field(validator=tuple_of(tuple), default=())
    position: Position = attrs.field(validator=one_of("lead", "trail"))
    span: Span = attrs.field(validator=_SPAN)
    #: who made the pictures: ``文/图``, ``摄影报道``, ``Y/图``, ``摄影 王明``
    photographers: tuple[str, ...] = attrs.field(validator=tuple_of(str), default=())
    #: place and date as printed: ``郑州10月9日`` of ``新华社郑州10月9日电``, ``烟台`` of
    #: ``烟台报道``; None if none
    dateline: str | None = attrs.field(validator=OPT_STR, default=None)
    #: every name with its role, in print order
    roles: tuple[Role, ...] = attrs.field(validator=tuple_of(Role), default=())

    @property
    def names(self) -> tuple[str, ...]:
        """All names in print order of their roles: reporters, correspondents, others."""
        return self.reporters + self.correspondents + tuple(n for _, n in self.others)


@attrs.frozen(kw_only=True)
class PhotoCredit:
    """A photographer credit: ``左晓燕 摄``."""

    text: str = attrs.field(validator=STR)
    photographers: tuple[str, ...] = attrs.field(validator=tuple_of(str))
    span: Span = attrs.field(validator=_SPAN)
    #: every name in the credit with its role, in print order (``本报记者 王明 通讯员 李华 摄``:
    #: a reporter and a correspondent, both photographers)
    roles: tuple[Role, ...] = attrs.field(validator=tuple_of(Role), default=())


@attrs.frozen(kw_only=True)
class Paragraph:
    """A repaired paragraph: ``text`` is exactly the concatenation of its ``spans``."""

    kind: ParagraphKind = attrs.field(validator=one_of("paragraph", "intertitle"))
    text: str = attrs.field(validator=STR)
    spans: tuple[Span, ...] = attrs.field(validator=tuple_of(Span))


@attrs.frozen(kw_only=True)
class Note:
    """An editor's note introduced by a label: ``编者按：…``."""

    label: str = attrs.field(validator=STR)
    text: str = attrs.field(validator=STR)
    span: Span = attrs.field(validator=_SPAN)


@attrs.frozen(kw_only=True)
class Column:
    """The name of the series (栏目) an article is printed in."""

    text: str = attrs.field(validator=STR)
    span: Span = attrs.field(validator=_SPAN)


@attrs.frozen(kw_only=True)
class Photo:
    """A picture's text: optional title, caption paragraphs and credit."""

    title: Headline | None = attrs.field(validator=optional(Headline))
    captions: tuple[Paragraph, ...] = attrs.field(validator=tuple_of(Paragraph))
    credit: PhotoCredit | None = attrs.field(validator=optional(PhotoCredit))
    span: Span = attrs.field(validator=_SPAN)
    #: in [0.5, 1]: how clearly the decoder read the photo's blocks (``docs/segmentation.md``),
    #: rounded to three decimals
    confidence: float = attrs.field(default=1.0, converter=_confidence)

    @property
    def caption(self) -> str:
        """Caption paragraphs joined by newlines, credit excluded."""
        return "\n".join(p.text for p in self.captions)

    @property
    def photographers(self) -> tuple[str, ...]:
        """Names in the credit, or ``()``."""
        return self.credit.photographers if self.credit else ()


@attrs.frozen(kw_only=True)
class Article:
    """One article: headlines with their roles, byline, paragraphs, column and note."""

    headlines: tuple[Headline, ...] = attrs.field(validator=tuple_of(Headline))
    banner: Headline | None = attrs.field(validator=optional(Headline), default=None)
    kickers: tuple[str, ...] = attrs.field(validator=tuple_of(str), default=())
    title: str | None = attrs.field(validator=OPT_STR, default=None)
    subtitles: tuple[str, ...] = attrs.field(validator=tuple_of(str), default=())
    #: the first of ``bylines``
    byline: Byline | None = attrs.field(validator=optional(Byline), default=None)
    #: every byline, in print order (lead, then trailing)
    bylines: tuple[Byline, ...] = attrs.field(validator=tuple_of(Byline), default=())
    paragraphs: tuple[Paragraph, ...] = attrs.field(validator=tuple_of(Paragraph), default=())
    column: Column | None = attrs.field(validator=optional(Column), default=None)
    note: Note | None = attrs.field(validator=optional(Note), default=None)
    span: Span = attrs.field(validator=_SPAN)
    #: in [0.5, 1]: how clearly the decoder read the article's blocks (``docs/segmentation.md``),
    #: rounded to three decimals
    confidence: float = attrs.field(default=1.0, converter=_confidence)

    @property
    def text(self) -> str:
        """Body text: paragraphs (intertitles included) separated by newlines."""
        return "\n".join(p.text for p in self.paragraphs)


@attrs.frozen(kw_only=True)
class Break:
    """A decision taken at a break between two pieces of body text of one element."""

    #: what lies between the two pieces (white space, or a whole photo)
    span: Span = attrs.field(validator=_SPAN)
    decision: Decision = attrs.field(validator=one_of("join", "keep"))
    rule: str = attrs.field(validator=STR)  #: the rule's function name
    reason: str = attrs.field(validator=STR)  #: the rule's one-line reason
    across_photo: bool = attrs.field(validator=BOOL, default=False)


@attrs.frozen(kw_only=True)
class SegmentDecision:
    """How the page decoder read one block (``role``), or where it started an element
    (``boundary``), with the rule that decided and the margin it decided by."""

    #: the block (for a boundary: the element's first block)
    span: Span = attrs.field(validator=_SPAN)
    kind: DecisionKind = attrs.field(validator=one_of("role", "boundary"))
    #: the role taken (``headline``, ``caption in article`` …) or the element started
    #: (``article``, ``photo``)
    choice: str = attrs.field(validator=STR)
    #: the evidence rule that most favoured the choice, or ``grammar``
    rule: str = attrs.field(validator=STR)
    reason: str = attrs.field(validator=STR)  #: that rule's one-line reason
    #: score of the best reading minus that of the best reading giving this block another role;
    #: ``None`` when no other role was possible here
    margin: float | None = attrs.field(validator=OPT_NUMBER)
    rival: str | None = attrs.field(validator=OPT_STR)  #: the role of that best alternative reading


@attrs.frozen(kw_only=True)
class Repair:
    """A joined break, as an edit: ``before`` became ``after`` at ``offset``.

    ``before``/``after`` show the join in context: up to eight characters either side.
    """

    #: start of the removed text (the end of the earlier piece)
    offset: int = attrs.field(validator=INT)
    removed: str = attrs.field(validator=STR)  #: the source text dropped between the two pieces
    rule: str = attrs.field(validator=STR)
    reason: str = attrs.field(validator=STR)
    before: str = attrs.field(validator=STR)
    after: str = attrs.field(validator=STR)
    across_photo: bool = attrs.field(validator=BOOL, default=False)
    #: text put in place of ``removed`` (punctuation repairs only)
    inserted: str = attrs.field(validator=STR, default="")


@attrs.frozen(kw_only=True, repr=False)
class Issue:
    """A parsed issue. ``source`` is the text exactly as given."""

    source: str = attrs.field(validator=STR)
    articles: tuple[Article, ...] = attrs.field(validator=tuple_of(Article))
    photos: tuple[Photo, ...] = attrs.field(validator=tuple_of(Photo))
    blocks: tuple[Block, ...] = attrs.field(validator=tuple_of(Block))
    breaks: tuple[Break, ...] = attrs.field(validator=tuple_of(Break))
    repairs: tuple[Repair, ...] = attrs.field(validator=tuple_of(Repair))
    strays: tuple[Block, ...] = attrs.field(validator=tuple_of(Block), default=())
    #: every segmentation decision: each block's role and each element's start, in order
    decisions: tuple[SegmentDecision, ...] = attrs.field(
        validator=tuple_of(SegmentDecision), default=()
    )

    def convert(self, config: str) -> Issue:
        """The same issue with every text converted by an OpenCC configuration (``s2t``,
        ``t2s``, ``s2tw``, ``s2hk`` …). Spans and ``source`` are unchanged."""
        from .script import convert_issue

        return convert_issue(self, config)

    def __repr__(self) -> str:
        """Counts and the first titles, not every block (see `gaoxin_parse.display`)."""
        from .display import issue_repr

        return issue_repr(self)

    def _repr_html_(self) -> str:
        """A table of the articles and photos, for notebooks."""
        from .display import issue_html

        return issue_html(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Issue:
        """The issue a document of the JSON contract describes: the inverse of ``to_dict``."""
        from .deserialise import issue_from_dict

        return issue_from_dict(data)

    @classmethod
    def from_json(cls, text: str | bytes) -> Issue:
        """The issue a JSON text of the contract describes: ``from_json(i.to_json()) == i``."""
        from .deserialise import issue_from_json

        return issue_from_json(text)

    def to_dict(self) -> dict[str, object]:
        """The JSON contract as plain Python data (see ``docs/schema.json``)."""
        from .serialise import issue_to_dict

        return issue_to_dict(self)

    def to_json(self, *, indent: int | None = 2) -> str:
        """The JSON contract as a string (UTF-8 characters kept, not escaped)."""
        from .serialise import issue_to_json

        return issue_to_json(self, indent=indent)
