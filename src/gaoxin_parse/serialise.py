"""Serialisation of an `gaoxin_parse.model.Issue` to the JSON contract.

The contract is described field by field in ``docs/schema.json`` (shipped in the package, see
`gaoxin_parse.contract`). It holds every field of the model, so that
`gaoxin_parse.deserialise.issue_from_dict` rebuilds an equal ``Issue``.
"""

from __future__ import annotations

import json
from typing import Any

from . import json_text
from .chars import HEADING_RE
from .contract import SCHEMA_VERSION, __version__
from .model import (
    Article,
    Block,
    Break,
    Byline,
    Headline,
    Issue,
    Paragraph,
    Photo,
    Repair,
    Role,
    SegmentDecision,
    Span,
)


def _span(span: Span | None) -> list[int] | None:
    return None if span is None else [span.start, span.end]


def _headline(headline: Headline | None) -> dict[str, Any] | None:
    if headline is None:
        return None
    span = headline.span
    return {"text": headline.text, "start": span.start, "end": span.end, "level": headline.level}


def _role(role: Role) -> dict[str, Any]:
    return {"name": role.name, "printed": role.printed, "role": role.role, "mark": role.mark}


def _byline(byline: Byline | None) -> dict[str, Any] | None:
    if byline is None:
        return None
    return {
        "text": byline.text,
        "source": byline.source,
        "reporters": list(byline.reporters),
        "correspondents": list(byline.correspondents),
        "others": [{"role": role, "name": name} for role, name in byline.others],
        "photographers": list(byline.photographers),
        "dateline": byline.dateline,
        "roles": [_role(r) for r in byline.roles],
        "position": byline.position,
        "start": byline.span.start,
        "end": byline.span.end,
    }


def _paragraph(paragraph: Paragraph) -> dict[str, Any]:
    return {
        "kind": paragraph.kind,
        "text": paragraph.text,
        "spans": [[s.start, s.end] for s in paragraph.spans],
    }


def _note(article: Article) -> dict[str, Any] | None:
    note = article.note
    if note is None:
        return None
    return {"label": note.label, "text": note.text, "start": note.span.start, "end": note.span.end}


def article_to_dict(article: Article) -> dict[str, Any]:
    """One article of the JSON contract."""
    return {
        "headlines": [h.text for h in article.headlines],
        "headline_lines": [_headline(h) for h in article.headlines],
        "banner": article.banner.text if article.banner else None,
        "banner_line": _headline(article.banner),
        "kickers": list(article.kickers),
        "title": article.title,
        "subtitles": list(article.subtitles),
        "byline": _byline(article.byline),
        "bylines": [_byline(b) for b in article.bylines],
        "paragraphs": [_paragraph(p) for p in article.paragraphs],
        "column": article.column.text if article.column else None,
        "column_span": _span(article.column.span if article.column else None),
        "note": _note(article),
        "start": article.span.start,
        "end": article.span.end,
        "confidence": article.confidence,
    }


def photo_to_dict(photo: Photo) -> dict[str, Any]:
    """One photo of the JSON contract."""
    return {
        "title": photo.title.text if photo.title else None,
        "title_line": _headline(photo.title),
        "caption": photo.caption,
        "captions": [_paragraph(p) for p in photo.captions],
        "photographers": list(photo.photographers),
        "credit": photo.credit.text if photo.credit else None,
        "roles": [_role(r) for r in photo.credit.roles] if photo.credit else [],
        "credit_span": _span(photo.credit.span if photo.credit else None),
        "start": photo.span.start,
        "end": photo.span.end,
        "confidence": photo.confidence,
    }


def _block(block: Block) -> dict[str, Any]:
    return {
        "kind": block.kind.value,
        "start": block.span.start,
        "end": block.span.end,
        "line": block.line,
    }


def _break(brk: Break) -> dict[str, Any]:
    return {
        "start": brk.span.start,
        "end": brk.span.end,
        "decision": brk.decision,
        "rule": brk.rule,
        "reason": brk.reason,
        "across_photo": brk.across_photo,
    }


def _repair(repair: Repair) -> dict[str, Any]:
    return {
        "offset": repair.offset,
        "removed": repair.removed,
        "inserted": repair.inserted,
        "rule": repair.rule,
        "reason": repair.reason,
        "before": repair.before,
        "after": repair.after,
        "across_photo": repair.across_photo,
    }


def _decision(decision: SegmentDecision) -> dict[str, Any]:
    return {
        "kind": decision.kind,
        "start": decision.span.start,
        "end": decision.span.end,
        "choice": decision.choice,
        "rule": decision.rule,
        "reason": decision.reason,
        "margin": decision.margin,
        "rival": decision.rival,
    }


def stray_text(source: str, block: Block) -> str:
    """A stray block's text, markdown heading marks removed as in headlines.

    >>> from gaoxin_parse.model import BlockKind, Span
    >>> stray_text("## 会议横幅", Block(BlockKind.STRAY, Span(0, 7), 1))
    '会议横幅'
    """
    text = block.span.slice(source)
    heading = HEADING_RE.fullmatch(text)
    return heading.group(2) if heading is not None and heading.group(2) else text


def issue_to_dict(issue: Issue) -> dict[str, Any]:
    """The whole JSON contract as plain data."""
    return {
        "schema_version": SCHEMA_VERSION,
        "library_version": __version__,
        "articles": [article_to_dict(a) for a in issue.articles],
        "photos": [photo_to_dict(p) for p in issue.photos],
        "strays": [
            {
                "text": stray_text(issue.source, b),
                "start": b.span.start,
                "end": b.span.end,
                "line": b.line,
            }
            for b in issue.strays
        ],
        "blocks": [_block(b) for b in issue.blocks],
        "breaks": [_break(b) for b in issue.breaks],
        "repairs": [_repair(r) for r in issue.repairs],
        "decisions": [_decision(d) for d in issue.decisions],
        "source": issue.source,
    }


def issue_to_json(issue: Issue, *, indent: int | None = 2) -> str:
    """The JSON contract as text; characters are kept as they are (``ensure_ascii=False``)."""
    if isinstance(indent, int):
        return json_text.dumps(issue_to_dict(issue), indent)
    return json.dumps(issue_to_dict(issue), ensure_ascii=False, indent=indent)
