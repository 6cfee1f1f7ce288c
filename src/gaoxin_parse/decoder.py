"""The page decoder: the best-scoring tag for every block, chosen over the whole page at once.

A path's score is the sum, over its blocks, of the grammar weight of each (tag before, tag)
pair (:data:`gaoxin_parse.grammar.FOLLOWS`) and of every evidence rule's vote
(:mod:`gaoxin_parse.evidence`). Dynamic programming (Viterbi) finds the best path in time
linear in the number of blocks; running it from both ends gives, for every block and tag, the
best path through that choice, hence the *margin* of each decision: how much worse the best
path is that gives the block another tag.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import attrs

from .evidence import PAIR_RULES, UNIT_RULES, possible
from .grammar import BLOCK_TAGS, FOLLOWS, Tag
from .page import Page

_NEG: float = -math.inf
#: Allowed predecessors of each tag, and successors, from the grammar.
_BEFORE: dict[Tag, list[tuple[Tag, float]]] = {}
for (_b, _a), _w in FOLLOWS.items():
    _BEFORE.setdefault(_a, []).append((_b, _w))


@attrs.frozen
class Choice:
    """The decoder's choice for one block."""

    tag: Tag
    margin: float  #: best path score minus the best path giving this block another tag
    rival: Tag | None  #: the tag of that other path
    rule: str  #: the evidence (or ``grammar``) that most favours ``tag`` over ``rival``
    reason: str


def _reason(rule: object) -> str:
    doc = getattr(rule, "__doc__", None) or ""
    return doc.strip().splitlines()[0] if doc.strip() else str(rule)


def _unit_scores(page: Page, i: int) -> dict[Tag, float]:
    return {
        tag: sum(rule(page, i, tag) for rule in UNIT_RULES)
        for tag in BLOCK_TAGS
        if possible(page, i, tag)
    }


def _pair(page: Page, i: int, before: Tag, after: Tag) -> float:
    return sum(rule(page, i, before, after) for rule in PAIR_RULES)


def _forward(page: Page, units: Sequence[dict[Tag, float]]) -> list[dict[Tag, tuple[float, Tag]]]:
    prev: dict[Tag, float] = {Tag.START: 0.0}
    table: list[dict[Tag, tuple[float, Tag]]] = []
    for i, scores in enumerate(units):
        row: dict[Tag, tuple[float, Tag]] = {}
        for tag, own in scores.items():
            best, arg = _NEG, Tag.START
            for before, weight in _BEFORE.get(tag, ()):
                if before in prev:
                    score = prev[before] + weight + _pair(page, i, before, tag)
                    if score > best:
                        best, arg = score, before
            if best > _NEG:
                row[tag] = (best + own, arg)
        table.append(row)
        prev = {tag: value for tag, (value, _) in row.items()}
    return table


def _backward(page: Page, units: Sequence[dict[Tag, float]]) -> list[dict[Tag, float]]:
    n = len(units)
    out: list[dict[Tag, float]] = [{} for _ in range(n)]
    for tag in units[-1] if n else ():
        weight = FOLLOWS.get((tag, Tag.END))
        if weight is not None:
            out[-1][tag] = weight
    for i in range(n - 2, -1, -1):
        nxt = out[i + 1]
        for tag in units[i]:
            best = _NEG
            for after, rest in nxt.items():
                weight = FOLLOWS.get((tag, after))
                if weight is not None:
                    score = weight + _pair(page, i + 1, tag, after) + units[i + 1][after] + rest
                    best = max(best, score)
            if best > _NEG:
                out[i][tag] = best
    return out


def _explain(page: Page, i: int, before: Tag, tag: Tag, rival: Tag | None) -> tuple[str, str]:
    """The rule whose votes most favour ``tag`` over ``rival`` at block ``i``."""
    if rival is None:
        return "grammar", "No other role fits this block where it stands."
    best, name, reason = 0.0, "grammar", "The page grammar allows no better reading."
    for unit_rule in UNIT_RULES:
        gain = unit_rule(page, i, tag) - unit_rule(page, i, rival)
        if gain > best:
            best, name, reason = gain, unit_rule.__name__, _reason(unit_rule)
    for pair_rule in PAIR_RULES:
        gain = pair_rule(page, i, before, tag) - pair_rule(page, i, before, rival)
        if gain > best:
            best, name, reason = gain, pair_rule.__name__, _reason(pair_rule)
    return name, reason


def decode(page: Page) -> tuple[Choice, ...]:
    """The best tag of every block of ``page``, with its margin and the rule behind it."""
    n = len(page.units)
    if n == 0:
        return ()
    units = [_unit_scores(page, i) for i in range(n)]
    forward = _forward(page, units)
    backward = _backward(page, units)
    ends = {
        tag: value + FOLLOWS[(tag, Tag.END)]
        for tag, (value, _) in forward[-1].items()
        if (tag, Tag.END) in FOLLOWS
    }
    if not ends:  # pragma: no cover - the grammar always lets a page end as strays or text
        raise AssertionError("no tag sequence fits the page")
    tag = max(ends, key=ends.__getitem__)
    total = ends[tag]
    path = [tag]
    for i in range(n - 1, 0, -1):
        path.append(forward[i][path[-1]][1])
    path.reverse()
    choices = []
    for i, chosen in enumerate(path):
        through = {
            t: forward[i][t][0] + backward[i][t]
            for t in forward[i]
            if t in backward[i] and t is not chosen
        }
        rival = max(through, key=through.__getitem__) if through else None
        margin = total - through[rival] if rival is not None else math.inf
        before = path[i - 1] if i else Tag.START
        rule, reason = _explain(page, i, before, chosen, rival)
        choices.append(Choice(chosen, margin, rival, rule, reason))
    return tuple(choices)
