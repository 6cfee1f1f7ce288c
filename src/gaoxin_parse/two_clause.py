"""Rule ``two_clause_title``, a second look at text blocks once every block is classified.

Headlines seldom hold a comma and text nearly always does, so `classify` reads a line with a
comma as text. A title of two phrases joined by one comma (``春风送暖,某地8个项目同步开建``)
is told apart by its place, which one block cannot see: on a page whose headlines are plain
lines (no markdown heading anywhere), it stands alone in its block, after a finished sentence
(or a picture, or the page's top), right above a lead byline or a report's opening
(``2月6日,``, ``记者从…获悉``) — where a piece of a paragraph cut by a column break never
stands, since a cut sentence never goes on with a report's opening.
"""

from __future__ import annotations

from collections.abc import Sequence

from .headline import is_two_clause_title, plain_entries
from .page_facts import cut, opens_report
from .units import Unit, UnitKind


def _candidate(text: str, unit: Unit) -> bool:
    return (
        unit.kind is UnitKind.BODY
        and len(unit.chunk.lines) == 1
        and unit.credit is None
        and unit.trail is None
        and is_two_clause_title(unit.chunk.lines[0].slice(text).strip())
    )


def promote_two_clause_titles(text: str, units: Sequence[Unit]) -> list[Unit]:
    """``units`` with each two-clause line that heads a report read as a plain headline.

    Examples:
        >>> from gaoxin_parse.blocks import split_chunks
        >>> from gaoxin_parse.classify import classify
        >>> page = "上一篇结束。\\n\\n春风送暖,园区8个项目同步开建\\n\\n2月6日,园区举行开建仪式。"
        >>> units = [classify(page, chunk) for chunk in split_chunks(page)]
        >>> [u.kind.name for u in promote_two_clause_titles(page, units)]
        ['BODY', 'HEAD', 'BODY']
    """
    out = list(units)
    if any(u.kind is UnitKind.HEAD and u.is_marked for u in units):
        return out  # headlines are marked up: a plain line is not one of them
    for i, unit in enumerate(units):
        if not _candidate(text, unit) or i + 1 >= len(units):
            continue
        nxt = units[i + 1]
        heads_report = not nxt.picture_before and (
            nxt.kind in (UnitKind.LEAD, UnitKind.BYLINE) or opens_report(text, nxt)
        )
        after_cut = i > 0 and not unit.picture_before and cut(text, units[i - 1])
        entries = plain_entries(text, unit.chunk.lines, two_clause=True)
        if heads_report and not after_cut and entries is not None:
            out[i] = Unit(
                kind=UnitKind.HEAD, chunk=unit.chunk, rule="two_clause_title", entries=entries
            )
    return out
