"""Reading the JSON contract back into the model: the inverse of `gaoxin_parse.serialise`.

``issue_from_dict(issue_to_dict(issue)) == issue`` for every issue: the contract holds every
field of the model (``source`` included), and confidences are rounded to three decimals in the
model itself, so the JSON shows exactly the value the model holds.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from .contract import SCHEMA_VERSION
from .errors import ContractError
from .model import (
    Article,
    Block,
    BlockKind,
    Break,
    Byline,
    Column,
    Headline,
    Issue,
    Note,
    Paragraph,
    Photo,
    PhotoCredit,
    Repair,
    Role,
    SegmentDecision,
    Span,
)

Data = Mapping[str, Any]


def _span(data: Data) -> Span:
    return Span(data["start"], data["end"])


def _pair(pair: list[int]) -> Span:
    start, end = pair
    return Span(start, end)


def _headline(data: Data | None) -> Headline | None:
    return None if data is None else Headline(data["text"], _span(data), data["level"])


def _role(data: Data) -> Role:
    return Role(data["name"], data["printed"], data["role"], data["mark"])


def _byline(data: Data | None) -> Byline | None:
    if data is None:
        return None
    return Byline(
        text=data["text"],
        source=data["source"],
        reporters=tuple(data["reporters"]),
        correspondents=tuple(data["correspondents"]),
        others=tuple((o["role"], o["name"]) for o in data["others"]),
        position=data["position"],
        span=_span(data),
        photographers=tuple(data["photographers"]),
        dateline=data["dateline"],
        roles=tuple(_role(r) for r in data["roles"]),
    )


def _paragraph(data: Data) -> Paragraph:
    spans = tuple(_pair(p) for p in data["spans"])
    return Paragraph(kind=data["kind"], text=data["text"], spans=spans)


def _note(data: Data | None) -> Note | None:
    return None if data is None else Note(label=data["label"], text=data["text"], span=_span(data))


def _article(data: Data) -> Article:
    note, column = data["note"], data["column_span"]
    return Article(
        headlines=tuple(h for h in map(_headline, data["headline_lines"]) if h is not None),
        banner=_headline(data["banner_line"]),
        kickers=tuple(data["kickers"]),
        title=data["title"],
        subtitles=tuple(data["subtitles"]),
        byline=_byline(data["byline"]),
        bylines=tuple(b for b in map(_byline, data["bylines"]) if b is not None),
        paragraphs=tuple(_paragraph(p) for p in data["paragraphs"]),
        column=None if column is None else Column(text=data["column"], span=_pair(column)),
        note=_note(note),
        span=_span(data),
        confidence=data["confidence"],
    )


def _photo(data: Data) -> Photo:
    credit = None
    if data["credit_span"] is not None:
        credit = PhotoCredit(
            text=data["credit"],
            photographers=tuple(data["photographers"]),
            span=_pair(data["credit_span"]),
            roles=tuple(_role(r) for r in data["roles"]),
        )
    return Photo(
        title=_headline(data["title_line"]),
        captions=tuple(_paragraph(p) for p in data["captions"]),
        credit=credit,
        span=_span(data),
        confidence=data["confidence"],
    )


def _break(data: Data) -> Break:
    return Break(
        span=_span(data),
        decision=data["decision"],
        rule=data["rule"],
        reason=data["reason"],
        across_photo=data["across_photo"],
    )


def _repair(data: Data) -> Repair:
    keys = ("offset", "removed", "rule", "reason", "before", "after", "across_photo", "inserted")
    return Repair(**{key: data[key] for key in keys})


def _decision(data: Data) -> SegmentDecision:
    return SegmentDecision(
        span=_span(data),
        kind=data["kind"],
        choice=data["choice"],
        rule=data["rule"],
        reason=data["reason"],
        margin=data["margin"],
        rival=data["rival"],
    )


def _block(data: Data, kind: str | None = None) -> Block:
    return Block(BlockKind(kind or data["kind"]), _span(data), data["line"])


def issue_from_dict(data: Data) -> Issue:
    """The ``Issue`` a document of the JSON contract describes.

    Raises `gaoxin_parse.errors.ContractError` for a document of another
    ``schema_version``, or one with a key missing or a value of the wrong type.
    """
    version = data.get("schema_version") if isinstance(data, Mapping) else None
    if version != SCHEMA_VERSION:
        raise ContractError("schema_version", f"expected {SCHEMA_VERSION!r}, got {version!r}")
    try:
        return Issue(
            source=data["source"],
            articles=tuple(_article(a) for a in data["articles"]),
            photos=tuple(_photo(p) for p in data["photos"]),
            blocks=tuple(_block(b) for b in data["blocks"]),
            breaks=tuple(_break(b) for b in data["breaks"]),
            repairs=tuple(_repair(r) for r in data["repairs"]),
            strays=tuple(_block(b, BlockKind.STRAY) for b in data["strays"]),
            decisions=tuple(_decision(d) for d in data["decisions"]),
        )
    except KeyError as error:
        raise ContractError(str(error.args[0]), "missing") from error
    except (TypeError, ValueError) as error:
        if isinstance(error, ContractError):
            raise
        raise ContractError("<document>", str(error)) from error


def issue_from_json(text: str | bytes) -> Issue:
    """The ``Issue`` a JSON text of the contract describes (see `issue_from_dict`)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ContractError("<document>", f"not JSON: {error}") from error
    return issue_from_dict(data)
