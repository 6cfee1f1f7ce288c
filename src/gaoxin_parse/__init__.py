"""gaoxin_parse: the raw text of 高新 newspaper pages → typed, traceable articles and photos.

The public API. Import from here::

    import gaoxin_parse as gx
    issue = gx.parse_issue(text)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .byline import extract_byline
from .contract import SCHEMA_VERSION, __version__
from .credit import extract_photo_credit
from .errors import (
    GaoxinParseError,
    InputTooLargeError,
    NotAFileError,
    NotTextError,
    OptionsError,
    SourceDecodeError,
    SpanError,
    UnclearEncodingError,
)
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
from .pipeline import extract_photos, parse_file, parse_issue, repair_line_breaks, segment_articles
from .punctuation import normalize_punctuation
from .repair import apply_repairs
from .review import render_review
from .review_gold import gold_from_issue

if TYPE_CHECKING:
    from .batch import Parsed, parse_many

#: Names loaded on first use: ``parse_many`` brings in ``multiprocessing`` and ``ctypes``, a
#: large share of the import time that a caller parsing one issue should not pay.
_LAZY = {"Parsed": "batch", "parse_many": "batch"}

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "Block",
    "BlockKind",
    "Break",
    "Byline",
    "Column",
    "GaoxinParseError",
    "Headline",
    "InputTooLargeError",
    "Issue",
    "NotAFileError",
    "NotTextError",
    "Note",
    "OptionsError",
    "Paragraph",
    "Parsed",
    "Photo",
    "PhotoCredit",
    "Repair",
    "Role",
    "SegmentDecision",
    "SourceDecodeError",
    "Span",
    "SpanError",
    "UnclearEncodingError",
    "__version__",
    "apply_repairs",
    "extract_byline",
    "extract_photo_credit",
    "extract_photos",
    "gold_from_issue",
    "normalize_punctuation",
    "parse_file",
    "parse_issue",
    "parse_many",
    "render_review",
    "repair_line_breaks",
    "segment_articles",
]


def __getattr__(name: str) -> object:
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
