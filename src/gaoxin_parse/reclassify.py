"""Stage 3a: context rules that turn units which merely look like headlines into text.

``classify`` looks at one chunk alone; these rules look at its neighbours (before assembly) or
at the whole article (after it).
"""

from __future__ import annotations

from collections.abc import Sequence

from .classify import Unit, UnitKind, classify_body
from .drafts import ArticleDraft, Segment
from .headline import has_role_mark
from .repair import ends_sentence


def is_text_between(text: str, prev: Unit, unit: Unit, nxt: Unit) -> bool:
    """Rules ``continuation_not_headline`` and ``plain_line_under_markdown``: a plain short
    line that merely looks like a headline is text, when text follows it and it stands right
    below a markdown heading or right after text cut mid-sentence."""
    if unit.kind is not UnitKind.HEAD or unit.is_marked or unit.picture_before:
        return False
    if any(has_role_mark(e.text) for e in unit.entries):  # a kicker or subtitle says what it is
        return False
    if nxt.kind not in (UnitKind.BODY, UnitKind.TRAIL) or nxt.picture_before:
        return False
    under_heading = prev.kind is UnitKind.HEAD and prev.is_marked
    after_cut = (
        prev.kind in (UnitKind.BODY, UnitKind.LEAD)
        and bool(prev.body)
        and prev.credit is None
        and not ends_sentence(prev.body[-1].slice(text))
    )
    return under_heading or after_cut


def demote_continuations(text: str, units: Sequence[Unit]) -> list[Unit]:
    """Units that :func:`is_text_between` finds are text, reclassified as text."""
    out = list(units)
    for i in range(1, len(out) - 1):
        if is_text_between(text, out[i - 1], out[i], out[i + 1]):
            out[i] = classify_body(text, out[i].chunk, frozenset())
    return out


def demote_lone_intertitle(article: ArticleDraft, units: Sequence[Unit]) -> None:
    """Rule ``intertitles_in_series``: a lone unmarked intertitle is text after all."""
    plain = [
        k
        for k, s in enumerate(article.segments)
        if s.kind == "intertitle" and not units[s.unit].is_marked
    ]
    marked = any(s.kind == "intertitle" and units[s.unit].is_marked for s in article.segments)
    if len(plain) == 1 and not marked:
        segment = article.segments[plain[0]]
        article.segments[plain[0]] = Segment("paragraph", segment.unit, segment.pieces)
