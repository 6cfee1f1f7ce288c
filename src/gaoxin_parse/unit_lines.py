"""The lines of a chunk as a unit's text: trimmed, from an offset on, or split from the
credit that closes a caption. Offsets only; nothing here decides a block's kind."""

from __future__ import annotations

from collections.abc import Sequence

from .blocks import content_bounds
from .credit import match_credit_line, match_inline_credit
from .model import PhotoCredit, Span


def lines_from(lines: Sequence[Span], offset: int) -> tuple[Span, ...]:
    """The lines from ``offset`` on, the first one cut there and stripped of leading blanks."""
    out: list[Span] = []
    for line in lines:
        if line.end <= offset:
            continue
        start = max(line.start, offset)
        out.append(Span(start, line.end))
    return tuple(out)


def body_and_credit(
    text: str, lines: Sequence[Span]
) -> tuple[tuple[Span, ...], PhotoCredit | None]:
    """The lines of text, and the credit printed at the end of the last one, if any."""
    if not lines:
        return (), None
    last = lines[-1]
    whole_line = match_credit_line(text, last.start, last.end) if len(lines) > 1 else None
    credit = whole_line or match_inline_credit(text, last.start, last.end)
    if credit is None:
        return trimmed(text, lines), None
    head = [*lines[:-1], Span(last.start, credit.span.start)]
    return trimmed(text, head), credit


def trimmed(text: str, lines: Sequence[Span]) -> tuple[Span, ...]:
    """The lines with their blanks trimmed, blank ones dropped."""
    out = []
    for line in lines:
        a, b = content_bounds(text, line.start, line.end)
        if a < b:
            out.append(Span(a, b))
    return tuple(out)
