"""Stage 5: drafts → the frozen model: blocks with their final kinds, paragraphs, breaks."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .article_bylines import main_byline
from .audit import decisions, element_confidence
from .blocks import content_bounds, line_numbers
from .decoder import Choice
from .drafts import ArticleDraft, Assembly, PhotoDraft, Segment
from .model import Article, Block, BlockKind, Break, Issue, Paragraph, Photo, Repair, Span
from .repair import BreakRule, build_paragraphs
from .units import Unit, UnitKind

#: Local kinds whose byline is printed inside text (the rest of the block is a paragraph).
TEXT_KINDS = frozenset({UnitKind.LEAD, UnitKind.BODY})
_SEGMENT_KIND = {"paragraph": BlockKind.PARAGRAPH, "intertitle": BlockKind.INTERTITLE}


class _Kinds:
    """The final kind of every unit, or of every headline entry inside a unit."""

    def __init__(self) -> None:
        self.unit: dict[int, BlockKind] = {}
        self.entry: dict[tuple[int, int], BlockKind] = {}


def _entry_spans(text: str, unit: Unit) -> list[Span]:
    """The blocks of a headline unit's entries: each from the end of the one before (lines of
    bare ``#`` marks included) to the end of its last line; the last reaches the chunk's end."""
    spans: list[Span] = []
    start = unit.chunk.span.start
    lines = unit.chunk.lines
    j = 0  # entries are in order: the last line of each is found by walking on, not rescanning
    for k, entry in enumerate(unit.entries):
        while j + 1 < len(lines) and lines[j + 1].start <= entry.span.end:
            j += 1
        end = unit.chunk.span.end if k == len(unit.entries) - 1 else lines[j].end
        spans.append(Span(start, end))
        start = content_bounds(text, end, unit.chunk.span.end)[0]
    return spans


def _unit_blocks(
    text: str, unit: Unit, index: int, kinds: _Kinds, glued: frozenset[int]
) -> Iterable[tuple[Span, BlockKind]]:
    kind = kinds.unit.get(index, BlockKind.STRAY)
    if unit.kind is UnitKind.HEAD:
        for k, span in enumerate(_entry_spans(text, unit)):
            yield span, kinds.entry.get((index, k), kind)
        return
    if index in glued and unit.trail is not None:
        start = unit.chunk.span.start
        if unit.kind is UnitKind.LEAD and unit.byline is not None:  # 本报讯 …。(王明)
            yield unit.byline.span, BlockKind.BYLINE
            start = unit.body[0].start if unit.body else unit.byline.span.end
        a, b = content_bounds(text, start, unit.trail.span.start)
        if a < b:
            yield Span(a, b), kind
        yield unit.trail.span, BlockKind.BYLINE
        return
    if unit.kind is UnitKind.LEAD and unit.byline is not None:
        yield unit.byline.span, BlockKind.BYLINE
        if unit.body:
            yield Span(unit.body[0].start, unit.body[-1].end), kind
        return
    if unit.kind is UnitKind.BODY and unit.credit is not None and kind is not BlockKind.NOTE:
        if unit.body:
            yield Span(unit.body[0].start, unit.body[-1].end), kind
        yield unit.credit.span, BlockKind.CREDIT
        return
    yield unit.chunk.span, kind


def _paragraphs(
    text: str, segments: Sequence[Segment], rules: Sequence[BreakRule]
) -> tuple[list[Paragraph], list[Break], list[Repair]]:
    return build_paragraphs(text, [(s.kind, s.pieces) for s in segments], rules)


def _mark_article(draft: ArticleDraft, units: Sequence[Unit], kinds: _Kinds) -> list[int]:
    members = list(draft.head)
    banner = draft.roles.banner if draft.roles else None
    for i in draft.head:
        for k, entry in enumerate(units[i].entries):
            kinds.entry[(i, k)] = BlockKind.BANNER if entry is banner else BlockKind.HEADLINE
        kinds.unit[i] = BlockKind.HEADLINE
    for i, _ in draft.bylines:
        kinds.unit.setdefault(
            i, BlockKind.PARAGRAPH if units[i].kind in TEXT_KINDS else BlockKind.BYLINE
        )
        members.append(i)
    for i in draft.byline_lines:
        kinds.unit[i] = BlockKind.BYLINE
        members.append(i)
    for segment in draft.segments:
        kinds.unit[segment.unit] = _SEGMENT_KIND[segment.kind]
        members.append(segment.unit)
    if draft.column is not None:
        kinds.unit[draft.column[0]] = BlockKind.COLUMN
        members.append(draft.column[0])
    if draft.note is not None:
        for i in draft.note[0]:
            kinds.unit[i] = BlockKind.NOTE
        members.extend(draft.note[0])
    return members


def _mark_photo(draft: PhotoDraft, kinds: _Kinds) -> list[int]:
    members = []
    if draft.title is not None:
        kinds.unit[draft.title[0]] = BlockKind.PHOTO_TITLE
        members.append(draft.title[0])
    for segment in draft.segments:
        kinds.unit[segment.unit] = BlockKind.CAPTION
        members.append(segment.unit)
    if draft.credit is not None:
        kinds.unit.setdefault(draft.credit[0], BlockKind.CREDIT)
        members.append(draft.credit[0])
    return members


def _span_of(blocks: Sequence[tuple[Span, BlockKind]]) -> Span:
    if not blocks:
        return Span(0, 0)
    return Span(min(s.start for s, _ in blocks), max(s.end for s, _ in blocks))


def build(
    text: str, assembly: Assembly, rules: Sequence[BreakRule], choices: Sequence[Choice]
) -> Issue:
    """The issue: blocks, articles, photos, breaks, repairs and the decoder's decisions."""
    units = assembly.units
    kinds = _Kinds()
    article_members = [_mark_article(d, units, kinds) for d in assembly.articles]
    photo_members = [_mark_photo(d, kinds) for d in assembly.photos]
    for i in assembly.strays:
        kinds.unit[i] = BlockKind.STRAY
    unit_blocks = [
        list(_unit_blocks(text, u, i, kinds, assembly.glued_trails)) for i, u in enumerate(units)
    ]
    blocks = tuple(
        Block(kind, span, line)
        for unit, parts in zip(units, unit_blocks, strict=True)
        for (span, kind), line in zip(
            parts, line_numbers(text, unit.chunk, [s.start for s, _ in parts]), strict=True
        )
    )
    breaks: list[Break] = []
    repairs: list[Repair] = []
    articles = []
    for draft, members in zip(assembly.articles, article_members, strict=True):
        paragraphs, b, r = _paragraphs(text, draft.segments, rules)
        breaks += b
        repairs += r
        roles = draft.roles
        articles.append(
            Article(
                headlines=roles.headlines if roles else (),
                banner=roles.banner if roles else None,
                kickers=roles.kickers if roles else (),
                title=roles.title if roles else None,
                subtitles=roles.subtitles if roles else (),
                byline=main_byline([b for _, b in draft.bylines]),
                bylines=tuple(b for _, b in draft.bylines),
                paragraphs=tuple(paragraphs),
                column=draft.column[1] if draft.column else None,
                note=draft.note[1] if draft.note else None,
                span=_span_of([p for i in members for p in unit_blocks[i]]),
                confidence=element_confidence(choices, members),
            )
        )
    photos = []
    for photo_draft, members in zip(assembly.photos, photo_members, strict=True):
        paragraphs, b, r = _paragraphs(text, photo_draft.segments, rules)
        breaks += b
        repairs += r
        photos.append(
            Photo(
                title=photo_draft.title[1] if photo_draft.title else None,
                captions=tuple(paragraphs),
                credit=photo_draft.credit[1] if photo_draft.credit else None,
                span=_span_of([p for i in members for p in unit_blocks[i]]),
                confidence=element_confidence(choices, members),
            )
        )
    starts = {min(m): "photo" for m in photo_members if m}
    starts.update({min(m): "article" for m in article_members if m})
    breaks.sort(key=lambda b: b.span.start)
    repairs.sort(key=lambda r: r.offset)
    return Issue(
        source=text,
        articles=tuple(articles),
        photos=tuple(photos),
        blocks=blocks,
        breaks=tuple(breaks),
        repairs=tuple(repairs),
        strays=tuple(b for b in blocks if b.kind is BlockKind.STRAY),
        decisions=decisions(units, choices, starts),
    )
