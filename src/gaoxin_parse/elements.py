"""Decoded tags → article and photo drafts: the elements of the page, as the tags say.

Nothing is decided here that the decoder did not decide; this module only reads the tag
sequence: where an element starts (a headline stack after anything but a headline, a caption
after a picture …), which article a note or column label belongs to, and which pieces of each
block are text.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from .article_bylines import join_bylines
from .blocks import content_bounds
from .classify import is_after_note
from .drafts import ArticleDraft, Assembly, PhotoDraft, Segment
from .grammar import OPEN_BODY, PHOTO, PHOTO_IN, Tag
from .headline import assign_roles
from .model import Column, Note, Position, Span
from .unit_lines import trimmed
from .units import Unit, UnitKind

T = Tag
#: Tags after which an article's body, byline or trailing label still belong to it.
_IN_ARTICLE = OPEN_BODY | {T.HEAD, T.LEAD_LINE}
_CAPTIONS = frozenset({T.CAPTION, T.CAPTION_IN})
_CREDITS = frozenset({T.CREDIT, T.CREDIT_IN})
_TITLES = frozenset({T.PHOTO_TITLE, T.PHOTO_TITLE_IN})


def text_pieces(text: str, unit: Unit) -> tuple[Span, ...]:
    """The text lines of a unit: its body, or its lines when a headline-like block is text (a
    lead byline alone in its block, ``本报讯(记者 王明)``, has no text)."""
    if unit.body or unit.kind is UnitKind.LEAD:
        return unit.body
    return trimmed(text, unit.chunk.lines)


def _clip(text: str, pieces: Sequence[Span], start: int, end: int) -> tuple[Span, ...]:
    """``pieces`` within ``[start, end)``, trimmed: the text before a glued trailing byline, or
    an intertitle's words without its markdown marks."""
    out = []
    for piece in pieces:
        a, b = content_bounds(text, max(piece.start, start), min(piece.end, end))
        if a < b:
            out.append(Span(a, b))
    return tuple(out)


class _Builder:
    """Reads the tags once, left to right; every choice was made by the decoder."""

    def __init__(self, text: str, units: Sequence[Unit], tags: Sequence[Tag]) -> None:
        self.text, self.units, self.tags = text, units, tags
        self.articles: list[ArticleDraft] = []
        self.photos: list[PhotoDraft] = []
        self.strays: set[int] = set()
        self.trails: set[int] = set()
        self.column: tuple[int, Column] | None = None
        self.note: tuple[list[int], Note] | None = None
        self.article: ArticleDraft | None = None
        self.photo: PhotoDraft | None = None

    def new_article(self, head: list[int]) -> ArticleDraft:
        draft = ArticleDraft(head=head)  # roles are read once the stack is complete (run)
        draft.column, draft.note = self.column, self.note
        self.column = self.note = None
        self.articles.append(draft)
        self.article = draft
        return draft

    def _title_column(self, draft: ArticleDraft) -> None:
        """Rule ``column_in_title``: a column name printed at the head of the title line."""
        roles = draft.roles
        if roles is None or roles.column is None or draft.column is not None:
            return
        name, offset = roles.column
        for k in draft.head:
            for entry in self.units[k].entries:
                if entry.text[offset : offset + len(name)] == name:
                    start = entry.span.start + offset
                    if self.text[start : start + len(name)] == name:
                        draft.column = (k, Column(text=name, span=Span(start, start + len(name))))
                        return

    def current(self, i: int) -> ArticleDraft:
        """The article block ``i`` goes on, or a new one with no headline: after a complete
        element, or (a lead byline starts an article) at a lead byline below text."""
        before = self.tags[i - 1] if i else T.START
        article = self.article
        if article is None or not (before in _IN_ARTICLE or self._note_of_current(i)):
            return self.new_article([])
        if self.units[i].kind is UnitKind.LEAD and article.segments:
            return self.new_article([])
        return article

    def _note_of_current(self, i: int) -> bool:
        return (
            self.tags[i - 1] in (T.NOTE, T.NOTE_TEXT)
            and self.article is not None
            and self.article.note is not None
            and not self.article.segments
        )

    def on_head(self, i: int) -> None:
        before = self.tags[i - 1] if i else T.START
        if before is T.HEAD and self.article is not None:
            self.article.head.append(i)
        else:
            self.new_article([i])

    def on_text(self, i: int, tag: Tag) -> None:
        unit = self.units[i]
        article = self.current(i)
        if unit.kind is UnitKind.LEAD and unit.byline is not None:
            article.bylines.append((i, unit.byline))
        pieces = text_pieces(self.text, unit)
        if tag is T.BODY_TRAIL and unit.trail is not None:
            pieces = _clip(self.text, pieces, 0, unit.trail.span.start)
            article.bylines.append((i, unit.trail))
            self.trails.add(i)
        if pieces:
            article.segments.append(Segment("paragraph", i, pieces))

    def on_byline(self, i: int, tag: Tag) -> None:
        byline = self.units[i].byline
        assert byline is not None
        position: Position = "trail" if tag is T.TRAIL else "lead"  # where the decoder placed it
        byline = attrs.evolve(byline, position=position)
        article = self.current(i)
        before = self.tags[i - 1] if i else T.START
        if before is tag and article.bylines:  # one byline printed over two lines
            k, first = article.bylines[-1]
            article.bylines[-1] = (k, join_bylines(self.text, first, byline))
            article.byline_lines.append(i)
        else:
            article.bylines.append((i, byline))

    def on_photo(self, i: int, tag: Tag) -> None:
        unit = self.units[i]
        before = self.tags[i - 1] if i else T.START
        continues = (
            self.photo is not None
            and not unit.picture_before
            and before in PHOTO | PHOTO_IN
            and (tag not in _TITLES)
        )
        if not continues:
            self.photo = PhotoDraft()
            self.photos.append(self.photo)
        photo = self.photo
        assert photo is not None
        if tag in _TITLES:
            photo.title = (i, unit.entries[0])
        elif tag in _CREDITS:
            photo.credit = (i, unit.credit) if unit.credit is not None else None
        else:
            pieces = text_pieces(self.text, unit)
            if pieces:
                photo.segments.append(Segment("paragraph", i, pieces))
            if unit.credit is not None:
                photo.credit = (i, unit.credit)

    def on_note(self, i: int) -> None:
        unit = self.units[i]
        assert unit.label is not None
        members, blocks = [i], [unit.body] if unit.body else []
        k = i + 1
        while k < len(self.tags) and self.tags[k] is T.NOTE_TEXT:
            members.append(k)
            blocks.append(text_pieces(self.text, self.units[k]))
            k += 1
        span = Span(unit.chunk.span.start, self.units[members[-1]].chunk.span.end)
        note_text = "\n".join("".join(p.slice(self.text) for p in b) for b in blocks)
        note = (members, Note(label=unit.label, text=note_text, span=span))
        before = self.tags[i - 1] if i else T.START
        after = self.tags[k] if k < len(self.tags) else T.END
        if before is T.HEAD and self.article is not None and self.article.note is None:
            self.article.note = note
        elif after in (T.HEAD, T.COLUMN_BEFORE) and not is_after_note(unit.label):
            self.note = note
        elif self.articles and self.articles[-1].note is None and before is not T.START:
            self.articles[-1].note = note
        elif after in (T.BODY, T.BODY_TRAIL):
            self.new_article([]).note = note
        else:
            self.strays.update(members)

    def on_column(self, i: int, tag: Tag) -> None:
        unit = self.units[i]
        if unit.label is not None and unit.label_span is not None:
            column = (i, Column(text=unit.label, span=unit.label_span))
        else:
            entry = unit.entries[0]
            column = (i, Column(text=entry.text, span=entry.span))
        if tag is T.COLUMN_BEFORE:
            self.column = column
        elif self.articles and self.articles[-1].column is None:
            self.articles[-1].column = column
        else:
            self.strays.add(i)

    def run(self) -> Assembly:
        for i, tag in enumerate(self.tags):
            if tag is T.HEAD:
                self.on_head(i)
            elif tag in (T.BODY, T.BODY_TRAIL):
                self.on_text(i, tag)
            elif tag is T.INTERTITLE:
                entry = self.units[i].entries[0]
                lines = self.units[i].chunk.lines
                pieces = _clip(self.text, lines, entry.span.start, entry.span.end)
                self.current(i).segments.append(Segment("intertitle", i, pieces))
            elif tag in (T.LEAD_LINE, T.TRAIL):
                self.on_byline(i, tag)
            elif tag in PHOTO | PHOTO_IN:
                self.on_photo(i, tag)
            elif tag is T.NOTE:
                self.on_note(i)
            elif tag in (T.COLUMN_BEFORE, T.COLUMN_AFTER):
                self.on_column(i, tag)
            elif tag is T.STRAY:
                self.strays.add(i)
        self._leftovers()
        for draft in self.articles:
            entries = [e for k in draft.head for e in self.units[k].entries]
            draft.roles = assign_roles(entries) if entries else None
            self._title_column(draft)
        return Assembly(
            units=tuple(self.units),
            articles=tuple(self.articles),
            photos=tuple(self.photos),
            strays=frozenset(self.strays),
            glued_trails=frozenset(self.trails),
        )

    def _leftovers(self) -> None:
        """A column or note announced for an article that never came joins the last one."""
        if self.column is None and self.note is None:
            return
        last = self.articles[-1] if self.articles else self.new_article([])
        if self.column is not None:
            if last.column is None:
                last.column = self.column
            else:
                self.strays.add(self.column[0])
        if self.note is not None:
            if last.note is None:
                last.note = self.note
            else:
                self.strays.update(self.note[0])


def build_elements(text: str, units: Sequence[Unit], tags: Sequence[Tag]) -> Assembly:
    """The articles, photos and strays the tags describe."""
    return _Builder(text, units, tags).run()
