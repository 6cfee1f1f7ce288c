"""What the review page shows and edits, as plain data: the issue's blocks in source order, each
with the element it belongs to, its role there and its share of the element's gold reading;
the breaks with their rules; the decoder's decisions.

The page's script rebuilds the gold annotation from these blocks alone (``review.js``), so a
block carries exactly the gold text it contributes (a paragraph's piece, a headline's parts),
and ``join`` when that piece continues the paragraph of an earlier block.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from typing import Any, Final

from .article_bylines import GENERIC_SOURCES
from .audit import confidence
from .model import Article, Byline, Issue, Paragraph, Photo, SegmentDecision, Span
from .serialise import stray_text

#: Elements and blocks read with less confidence than this are flagged on the page.
LOW_CONFIDENCE: Final = 0.7
#: Blank lines in a row that mark where a picture stood (``tests/expected/README.md``).
PICTURE_GAP: Final = 3

Slot = dict[str, Any]


class _Blocks:
    """The issue's blocks, each claimed by the first element item that covers it."""

    def __init__(self, issue: Issue) -> None:
        self.issue = issue
        self.starts = [b.span.start for b in issue.blocks]
        self.slots: list[Slot | None] = [None] * len(issue.blocks)

    def covering(self, span: Span) -> list[int]:
        """Indices of the blocks that overlap ``span`` (a zero-length span: its block)."""
        first = max(bisect_right(self.starts, span.start) - 1, 0)
        blocks = self.issue.blocks
        out = []
        for i in range(first, len(blocks)):
            block = blocks[i].span
            if block.start >= max(span.end, span.start + 1):
                break
            if block.end > span.start or block.start == span.start:
                out.append(i)
        return out

    def claim(self, span: Span, element: int, role: str, data: dict[str, Any] | None) -> None:
        """The blocks under ``span`` take this role; the first carries ``data`` (a byline
        printed over two blocks gives its text once)."""
        for k, i in enumerate(self.covering(span)):
            if self.slots[i] is None:
                self.slots[i] = {"el": element, "role": role, "data": data if k == 0 else None}

    def pieces(self, element: int, role: str, paragraph: Paragraph) -> None:
        """A paragraph's text, block by block: each block gets the part printed in it."""
        texts: dict[int, str] = {}
        for span in paragraph.spans:
            for i in self.covering(span)[:1]:
                texts[i] = texts.get(i, "") + span.slice(self.issue.source)
        for n, (i, text) in enumerate(texts.items()):
            if self.slots[i] is None:
                data = {"text": text}
                self.slots[i] = {"el": element, "role": role, "data": data, "join": n > 0}


def _headline_parts(article: Article) -> list[list[list[str]]]:
    """Each headline's roles as ``[role, text]`` pairs: usually one, two for a kicker printed
    inline before the title (``园区：标题`` is a kicker and the title)."""
    parts = [["kicker", k] for k in article.kickers]
    parts += [["title", article.title]] if article.title is not None else []
    parts += [["subtitle", s] for s in article.subtitles]
    out: list[list[list[str]]] = []
    for left, headline in zip(range(len(article.headlines), 0, -1), article.headlines, strict=True):
        mine = parts[:1]
        parts = parts[1:]
        while len(parts) > left - 1 and parts[0][1] in headline.text:
            mine.append(parts.pop(0))
        out.append(mine)
    return out


def _names(byline: Byline) -> list[list[str]]:
    named = [[n, "reporter"] for n in byline.reporters]
    named += [[n, "correspondent"] for n in byline.correspondents]
    return named + [[n, "other"] for _, n in byline.others]


def _article(blocks: _Blocks, n: int, article: Article) -> None:
    if article.banner is not None:
        blocks.claim(article.banner.span, n, "banner", {"text": article.banner.text})
    for headline, parts in zip(article.headlines, _headline_parts(article), strict=True):
        roles = [role for role, _ in parts]
        role = "title" if "title" in roles else roles[0] if roles else "title"
        blocks.claim(headline.span, n, role, {"head": headline.text, "parts": parts})
    if article.column is not None:
        blocks.claim(article.column.span, n, "column", {"text": article.column.text})
    if article.note is not None:
        note = {"label": article.note.label, "text": article.note.text}
        blocks.claim(article.note.span, n, "note", note)
    for byline in article.bylines:
        data = {"text": byline.text, "position": byline.position, "source": byline.source}
        blocks.claim(byline.span, n, "byline", {**data, "names": _names(byline)})
    for paragraph in article.paragraphs:
        blocks.pieces(n, paragraph.kind, paragraph)


def _photo(blocks: _Blocks, n: int, photo: Photo) -> None:
    if photo.title is not None:
        blocks.claim(photo.title.span, n, "photo_title", {"text": photo.title.text})
    if photo.credit is not None:
        names = [[name, "photographer"] for name in photo.credit.photographers]
        blocks.claim(photo.credit.span, n, "credit", {"text": photo.credit.text, "names": names})
    for caption in photo.captions:
        blocks.pieces(n, "caption", caption)


def _decision(decision: SegmentDecision) -> dict[str, Any]:
    margin = decision.margin
    return {
        "kind": decision.kind,
        "choice": decision.choice,
        "rule": decision.rule,
        "reason": decision.reason,
        "margin": margin,
        "rival": decision.rival,
        "confidence": round(confidence(float("inf") if margin is None else margin), 3),
    }


def _decisions(blocks: _Blocks, decisions: Iterable[SegmentDecision]) -> list[list[Slot]]:
    """Each block's decisions; a unit the decoder read whole (a lead byline run into its
    paragraph) gives its role to each of its blocks, marked ``wider``, and the element it
    starts to the first."""
    out: list[list[Slot]] = [[] for _ in blocks.slots]
    for decision in decisions:
        covered = blocks.covering(decision.span)
        for i in covered if decision.kind == "role" else covered[:1]:
            out[i].append({**_decision(decision), "wider": len(covered) > 1})
    return out


def _breaks(issue: Issue) -> list[Slot]:
    ends = [b.span.end for b in issue.blocks]
    repairs = {r.offset: r for r in issue.repairs}
    out = []
    for brk in issue.breaks:
        repair = repairs.get(brk.span.start) if brk.decision == "join" else None
        shown = None if repair is None else {"before": repair.before, "after": repair.after}
        out.append(
            {
                "after": max(bisect_right(ends, brk.span.start) - 1, 0),
                "decision": brk.decision,
                "rule": brk.rule,
                "reason": brk.reason,
                "across_photo": brk.across_photo,
                "repair": shown,
            }
        )
    return out


def review_state(issue: Issue, name: str | None = None) -> dict[str, Any]:
    """The page's data: ``name`` (the issue file's name, or None), ``elements`` (articles
    first, then photos, each with its kind and confidence), ``blocks`` and ``breaks``."""
    blocks = _Blocks(issue)
    for n, article in enumerate(issue.articles):
        _article(blocks, n, article)
    for n, photo in enumerate(issue.photos, start=len(issue.articles)):
        _photo(blocks, n, photo)
    elements = [{"kind": "article", "confidence": a.confidence} for a in issue.articles]
    elements += [{"kind": "photo", "confidence": p.confidence} for p in issue.photos]
    decisions = _decisions(blocks, issue.decisions)
    out_blocks = []
    previous_end = 0
    for i, block in enumerate(issue.blocks):
        slot = blocks.slots[i] or {"el": None, "role": "stray", "data": None}
        blank = issue.source.count("\n", previous_end, block.span.start) - 1
        previous_end = block.span.end
        out_blocks.append(
            {
                "text": block.span.slice(issue.source),
                "line": block.line,
                # the block's text as a stray or a retyped line: heading marks removed
                "plain": stray_text(issue.source, block),
                "el": slot["el"],
                "role": slot["role"],
                "data": slot["data"],
                "join": slot.get("join", False),
                "picture": i > 0 and blank >= PICTURE_GAP,
                "decisions": decisions[i],
            }
        )
    return {
        "name": name,
        "low": LOW_CONFIDENCE,
        "generic_sources": sorted(GENERIC_SOURCES),
        "elements": elements,
        "blocks": out_blocks,
        "breaks": _breaks(issue),
    }
