"""Stage 3: units → article and photo drafts, by a small state machine over the units.

The decisions it takes, each a named rule documented in ``docs/rules.md``:

- ``stack_headings``: consecutive headline units form one stack, unless a picture stands
  between them.
- ``stray_heading``: a stack followed by a picture or by nothing has no body: it is a stray.
- ``photo_after_picture``: after a picture, a single title line and text up to a credit are a
  photo; so is text without a title. A headline followed by a byline starts an article.
- ``photo_caption_extent``: a photo's caption runs to its credit; without a credit, to the
  next headline, byline or picture, except that it is a single block when the article around
  it was cut mid-sentence or goes on to a trailing byline.
- ``intertitle_in_article``: a single unmarked headline line between paragraphs of an open
  article, followed by text (not a byline), is an intertitle. A markdown heading is one only
  when its type is smaller than the article's title and not used for titles elsewhere in the
  issue.
- ``intertitles_in_series``, ``continuation_not_headline``, ``plain_line_under_markdown``:
  context rules in :mod:`gaoxin_parse.reclassify`, run before and after the walk.
- ``lead_starts_article``: a lead byline always starts an article.
- ``trail_closes_article``: a trailing byline ends its article.
- ``photo_from_credit``: a credit with no open photo makes a photo of the text just above it.
- ``note_and_column_placement``: notes and column labels attach to the article they stand
  beside (see :meth:`_Assembler.on_note`).
"""

from __future__ import annotations

from collections.abc import Sequence

from .classify import Unit, UnitKind, is_after_note
from .drafts import ArticleDraft, Assembly, PhotoDraft, Segment
from .headline import assign_roles, has_role_mark
from .model import Column, Headline, Note, Span
from .reclassify import demote_continuations, demote_lone_intertitle
from .repair import ends_sentence


def assemble(text: str, units: Sequence[Unit]) -> Assembly:
    """Run the state machine over ``units`` (in source order)."""
    assembler = _Assembler(text, tuple(demote_continuations(text, units)))
    assembler.run()
    for article in assembler.articles:
        demote_lone_intertitle(article, assembler.units)
    return Assembly(
        units=assembler.units,
        articles=tuple(assembler.articles),
        photos=tuple(assembler.photos),
        strays=frozenset(assembler.strays),
    )


class _Assembler:
    def __init__(self, text: str, units: tuple[Unit, ...]) -> None:
        self.text = text
        self.units = units
        self.articles: list[ArticleDraft] = []
        self.photos: list[PhotoDraft] = []
        self.strays: set[int] = set()
        self.cur: ArticleDraft | None = None
        self.photo: PhotoDraft | None = None
        self.pending_column: tuple[int, Column] | None = None
        self.pending_note: tuple[list[int], Note] | None = None
        self.title_levels = self._title_levels()
        self.handlers = {
            UnitKind.HEAD: self.on_stack,
            UnitKind.BODY: self.on_body,
            UnitKind.LEAD: self.on_lead,
            UnitKind.TRAIL: self.on_trail,
            UnitKind.CREDIT: self.on_credit,
            UnitKind.NOTE: self.on_note,
            UnitKind.COLUMN: self.on_column,
        }

    # --- helpers -----------------------------------------------------------------------

    def _unit(self, i: int) -> Unit | None:
        return self.units[i] if i < len(self.units) else None

    def _stack_end(self, i: int) -> int:
        """Rule ``stack_headings``: the end of the stack of headline units starting at ``i``."""
        j = i + 1
        while (
            j < len(self.units)
            and self.units[j].kind is UnitKind.HEAD
            and not self.units[j].picture_before
        ):
            j += 1
        return j

    def _run_end(self, i: int) -> int:
        """End of the run of text units from ``i`` on (no picture inside)."""
        j = i
        while (
            j < len(self.units)
            and self.units[j].kind is UnitKind.BODY
            and (j == i or not self.units[j].picture_before)
        ):
            if self.units[j].credit is not None:
                return j
            j += 1
        return j

    def _credit_at(self, j: int) -> bool:
        unit = self._unit(j)
        if unit is None:
            return False
        if unit.kind is UnitKind.BODY and unit.credit is not None:
            return True
        return unit.kind is UnitKind.CREDIT and not unit.picture_before

    def _open_article(self) -> ArticleDraft | None:
        return self.cur if self.cur is not None and not self.cur.closed else None

    def _cut_mid_sentence(self) -> bool:
        article = self._open_article()
        if article is None or not article.segments or article.segments[-1].kind != "paragraph":
            return False
        return not ends_sentence(article.segments[-1].pieces[-1].slice(self.text))

    def _body_segment(self, i: int) -> Segment | None:
        unit = self.units[i]
        return Segment("paragraph", i, unit.body) if unit.body else None

    # --- elements ------------------------------------------------------------------------

    def start_article(self, head: list[int]) -> ArticleDraft:
        self.photo = None
        entries = [e for i in head for e in self.units[i].entries]
        draft = ArticleDraft(head=head, roles=assign_roles(entries) if entries else None)
        if self.pending_column is not None:
            draft.column, self.pending_column = self.pending_column, None
        if self.pending_note is not None:
            draft.note, self.pending_note = self.pending_note, None
        self.articles.append(draft)
        self.cur = draft
        return draft

    def start_photo(
        self, caption_start: int, title: tuple[int, Headline] | None = None
    ) -> PhotoDraft:
        """Rule ``photo_caption_extent``: a credit ahead bounds the caption; else see module doc."""
        end = self._run_end(caption_start)
        has_credit = self._credit_at(end)
        stop = self._unit(end)
        one_block = not has_credit and (
            self._cut_mid_sentence() or (stop is not None and stop.kind is UnitKind.TRAIL)
        )
        self.photo = PhotoDraft(title=title, one_block=one_block)
        self.photos.append(self.photo)
        return self.photo

    def add_caption(self, i: int) -> None:
        assert self.photo is not None
        segment = self._body_segment(i)
        if segment is not None:
            self.photo.segments.append(segment)
        unit = self.units[i]
        if unit.credit is not None:
            self.photo.credit = (i, unit.credit)
            self.photo = None
        elif self.photo.one_block:
            self.photo = None

    # --- the walk ------------------------------------------------------------------------

    def run(self) -> None:
        i = 0
        while i < len(self.units):
            unit = self.units[i]
            if unit.picture_before:
                self.photo = None
            i = self.handlers[unit.kind](i)
        if self.pending_column is not None or self.pending_note is not None:
            self._attach_leftover()

    def on_stack(self, i: int) -> int:
        j = self._stack_end(i)
        head = list(range(i, j))
        entries = [e for k in head for e in self.units[k].entries]
        nxt = self._unit(j)
        if nxt is None or nxt.picture_before:  # rule stray_heading
            self.strays.update(head)
            self.photo = None
            return j
        single = len(entries) == 1
        if self.units[i].picture_before:  # rule photo_after_picture
            if single and (
                nxt.kind is UnitKind.CREDIT
                or (nxt.kind is UnitKind.BODY and not self._article_ahead(j))
            ):
                photo = self.start_photo(j, (i, entries[0]))
                if nxt.kind is UnitKind.CREDIT:
                    photo.credit = (j, nxt.credit) if nxt.credit else None
                    self.photo = None
                    return j + 1
                return j
            self.start_article(head)
            return j
        if self.photo is not None and self.photo.segments and not self.photo.one_block:
            self.photo = None
        if single and nxt.kind is UnitKind.BODY and self._takes_intertitle(entries[0]):
            assert self.cur is not None
            self.photo = None
            self.cur.segments.append(Segment("intertitle", i, self._entry_pieces(i, entries[0])))
            return j
        self.start_article(head)
        return j

    def _article_ahead(self, j: int) -> bool:
        """After a picture: text running into a trailing byline is an article, not a caption.

        Lines that may be intertitles (or cut paragraph starts) are part of that text.
        """
        k = j
        while (unit := self._unit(k)) is not None and not (k > j and unit.picture_before):
            text_like = unit.kind is UnitKind.BODY and unit.credit is None
            if not (text_like or (unit.kind is UnitKind.HEAD and self._may_be_intertitle(unit))):
                return unit.kind is UnitKind.TRAIL
            k += 1
        return False

    @staticmethod
    def _may_be_intertitle(unit: Unit) -> bool:
        return (
            len(unit.entries) == 1
            and not unit.is_marked
            and not has_role_mark(unit.entries[0].text)
        )

    def _title_levels(self) -> frozenset[int]:
        """Markdown levels of the largest line of stacks that are surely headlines: stacks of
        two or more lines, or stacks followed by a lead byline."""
        levels: set[int] = set()
        i = 0
        while i < len(self.units):
            if self.units[i].kind is not UnitKind.HEAD:
                i += 1
                continue
            j = self._stack_end(i)
            entries = [e for unit in self.units[i:j] for e in unit.entries]
            nxt = self._unit(j)
            marked = [e.level for e in entries if e.level is not None]
            if marked and (len(entries) > 1 or (nxt is not None and nxt.kind is UnitKind.LEAD)):
                levels.add(min(marked))
            i = j
        return frozenset(levels)

    def _takes_intertitle(self, entry: Headline) -> bool:
        """Rule ``intertitle_in_article``."""
        article = self._open_article()
        if article is None or not article.segments or has_role_mark(entry.text):
            return False
        if entry.level in self.title_levels:  # that type is used for titles in this issue
            return False
        title_level = article.roles.title_level if article.roles else None
        return entry.level is None or title_level is None or entry.level > title_level

    def _entry_pieces(self, i: int, entry: Headline) -> tuple[Span, ...]:
        pieces = []
        for line in self.units[i].chunk.lines:
            start, end = max(line.start, entry.span.start), min(line.end, entry.span.end)
            if start < end:
                pieces.append(Span(start, end))
        return tuple(pieces)

    def on_body(self, i: int) -> int:
        unit = self.units[i]
        if self.photo is not None:
            self.add_caption(i)
            return i + 1
        if unit.picture_before:
            self.start_photo(i)
            self.add_caption(i)
            return i + 1
        if unit.credit is not None:  # rule photo_from_credit
            self.photo_from_tail(i)
            return i + 1
        article = self._open_article() or self.start_article([])
        segment = self._body_segment(i)
        if segment is not None:
            article.segments.append(segment)
        return i + 1

    def on_lead(self, i: int) -> int:  # rule lead_starts_article
        unit = self.units[i]
        assert unit.byline is not None
        self.photo = None
        article = (
            self.cur if self.cur is not None and self.cur.fresh and not self.cur.closed else None
        )
        if article is None:
            article = self.start_article([])
        article.bylines.append((i, unit.byline))
        segment = self._body_segment(i)
        if segment is not None:
            article.segments.append(segment)
        return i + 1

    def on_trail(self, i: int) -> int:  # rule trail_closes_article
        unit = self.units[i]
        assert unit.byline is not None
        self.photo = None
        article = self._open_article() or (
            self.articles[-1] if self.articles else self.start_article([])
        )
        article.bylines.append((i, unit.byline))
        article.closed = True
        return i + 1

    def on_credit(self, i: int) -> int:
        unit = self.units[i]
        assert unit.credit is not None
        if self.photo is not None:
            self.photo.credit = (i, unit.credit)
            self.photo = None
            return i + 1
        if unit.picture_before:
            self.photos.append(PhotoDraft(credit=(i, unit.credit)))
            return i + 1
        self.photo_from_tail(i)
        return i + 1

    def photo_from_tail(self, i: int) -> None:
        """Rule ``photo_from_credit``: a credit with no open photo. The photo is the text just
        above it: back to an intertitle (its title) if one stands within the last three text
        blocks, else the block that ends with the credit, else the last text block."""
        unit = self.units[i]
        assert unit.credit is not None
        photo = PhotoDraft(credit=(i, unit.credit))
        article = self.cur
        if (
            article is not None
            and article.fresh
            and article.roles is not None
            and len(article.head) == 1
        ):
            head = article.head[0]
            entries = self.units[head].entries
            if len(entries) == 1:  # a lone headline above text-less credit: a photo title
                self.articles.remove(article)
                self.cur = None
                photo.title = (head, entries[0])
        elif article is not None and not article.closed:
            taken = self._tail_segments(article, include_last=unit.kind is UnitKind.CREDIT)
            if taken and taken[0].kind == "intertitle":
                entry = self.units[taken[0].unit].entries[0]
                photo.title = (taken[0].unit, entry)
                taken = taken[1:]
            photo.segments.extend(taken)
        if unit.kind is UnitKind.BODY:
            segment = self._body_segment(i)
            if segment is not None:
                photo.segments.append(segment)
        self.photos.append(photo)
        self.photo = None

    def _tail_segments(self, article: ArticleDraft, *, include_last: bool) -> list[Segment]:
        segments = article.segments
        for back in range(1, min(4, len(segments)) + 1):
            if segments[-back].kind == "intertitle":
                if back == 1:
                    break
                taken = segments[-back:]
                del segments[-back:]
                return taken
        if include_last and len(segments) > 1 and segments[-1].kind == "paragraph":
            return [segments.pop()]
        return []

    def on_note(self, i: int) -> int:
        """Rule ``note_and_column_placement`` for notes: a note printed after its article
        (``编后``) joins the article above; one standing before a headline joins the article
        below; one inside an article's head joins that article; a label alone takes the next
        text block as its text."""
        unit = self.units[i]
        assert unit.label is not None
        assert unit.label_span is not None
        members = [i]
        pieces = list(unit.body)
        nxt_index = i + 1
        nxt = self._unit(nxt_index)
        if not pieces and nxt is not None and nxt.kind is UnitKind.BODY and not nxt.picture_before:
            members.append(nxt_index)
            pieces.extend(nxt.body)
            nxt_index += 1
            nxt = self._unit(nxt_index)
        note_text = "".join(p.slice(self.text) for p in pieces)
        span = Span(unit.chunk.span.start, self.units[members[-1]].chunk.span.end)
        note = (members, Note(label=unit.label, text=note_text, span=span))
        self.photo = None
        article = self._open_article()
        if is_after_note(unit.label) and self.articles:
            self._attach_note(self.articles[-1], note)
        elif nxt is not None and nxt.kind in (UnitKind.HEAD, UnitKind.COLUMN):
            self.pending_note = note
        elif article is not None and not article.segments and article.note is None:
            article.note = note
        else:
            self.start_article([]).note = note
        return nxt_index

    def _attach_note(self, article: ArticleDraft, note: tuple[list[int], Note]) -> None:
        if article.note is None:
            article.note = note
        else:
            self.strays.update(note[0])

    def on_column(self, i: int) -> int:
        """Rule ``note_and_column_placement`` for column labels: a label standing above a
        headline or note belongs to the article below, unless the article above announced it
        in its note; otherwise to the article above."""
        unit = self.units[i]
        assert unit.label is not None
        assert unit.label_span is not None
        column = (i, Column(text=unit.label, span=unit.label_span))
        nxt = self._unit(i + 1)
        above = self.cur
        announced = (
            above is not None and above.note is not None and unit.label in above.note[1].text
        )
        if (
            nxt is not None
            and nxt.kind in (UnitKind.HEAD, UnitKind.NOTE)
            and not nxt.picture_before
            and not announced
        ):
            self.pending_column = column
        elif above is not None and above.column is None:
            above.column = column
        else:
            self.pending_column = column
        self.photo = None
        return i + 1

    def _attach_leftover(self) -> None:
        article = self.articles[-1] if self.articles else self.start_article([])
        if self.pending_column is not None:
            if article.column is None:
                article.column = self.pending_column
            else:
                self.strays.add(self.pending_column[0])
        if self.pending_note is not None:
            self._attach_note(article, self.pending_note)
        self.pending_column = self.pending_note = None
