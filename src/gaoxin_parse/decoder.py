"""The page decoder: the best-scoring tag for every block, chosen over the whole page at once.

A path's score is the sum, over its blocks, of the grammar weight of each (tag before, tag)
pair (`gaoxin_parse.grammar.FOLLOWS`) and of every evidence rule's vote
(`gaoxin_parse.evidence`). Dynamic programming (Viterbi) finds the best path in time
linear in the number of blocks; running it from both ends gives, for every block and tag, the
best path through that choice, hence the *margin* of each decision: how much worse the best
path is that gives the block another tag.
"""

from __future__ import annotations

import math
from functools import cache

import attrs

from .evidence import (
    ALL,
    CAN_BE,
    PAIR_GATES,
    PAIR_RULES_FOR,
    UNIT_RULES_FOR,
    PairRule,
    UnitRule,
    possible,
)
from .grammar import FOLLOWS, Tag
from .page import Page
from .reasons import reason_of

_NEG: float = -math.inf
#: Scores of one block: its own score per tag, and per allowed (tag before, tag) pair the
#: grammar weight plus the pair rules' votes.
_Own = dict[Tag, float]
_Pairs = dict[tuple[Tag, Tag], float]
#: For each tag, the tags allowed before it with the grammar's weight.
_BEFORE: dict[Tag, dict[Tag, float]] = {}
for (_before, _after), _weight in FOLLOWS.items():
    _BEFORE.setdefault(_after, {})[_before] = _weight


@attrs.frozen
class Choice:
    """The decoder's choice for one block."""

    tag: Tag
    margin: float  #: best path score minus the best path giving this block another tag
    rival: Tag | None  #: the tag of that other path
    rule: str  #: the evidence (or ``grammar``) that most favours ``tag`` over ``rival``
    reason: str


_GATES = tuple(PAIR_GATES.values())
_GATED = tuple(PAIR_GATES)


class _Active:
    """The pair rules whose gates a block passes: all of them, and those of each tag."""

    __slots__ = ("by_tag", "rules")

    def __init__(self, passed: tuple[bool, ...]) -> None:
        self.rules = frozenset(rule for rule, ok in zip(_GATED, passed, strict=True) if ok)
        self.by_tag = {tag: tuple(r for r in PAIR_RULES_FOR[tag] if r in self.rules) for tag in ALL}


#: ``_Active`` by the gates' answers: pages repeat a few patterns, so each is built once.
_ACTIVE: dict[tuple[bool, ...], _Active] = {}
_ACTIVE_MAX = 4096


def _active(page: Page, i: int) -> _Active:
    passed = tuple([gate(page, i) for gate in _GATES])
    active = _ACTIVE.get(passed)
    if active is None:
        active = _Active(passed)
        if len(_ACTIVE) < _ACTIVE_MAX:
            _ACTIVE[passed] = active
    return active


#: For the tags a block may take after a block that may take ``previous``: the grammar's
#: weight of each allowed pair, keyed as ``_Pairs`` is, in the order of ``previous``.
_STEPS: dict[tuple[Tag, ...], dict[Tag, _Pairs]] = {}


def _step(previous: tuple[Tag, ...], tag: Tag) -> _Pairs:
    allowed = _BEFORE[tag]
    return {(before, tag): allowed[before] for before in previous if before in allowed}


def _scores(page: Page) -> tuple[list[_Own], list[_Pairs], list[frozenset[PairRule]]]:
    """Every block's own scores and pair scores, each rule asked once per choice (plain loops:
    this is the parser's innermost loop), and the gates tried at each block."""
    owns: list[_Own] = []
    pairs: list[_Pairs] = []
    tried: list[frozenset[PairRule]] = []
    previous: tuple[Tag, ...] = (Tag.START,)
    units = page.units
    for i in range(len(units)):
        own: _Own = {}
        for tag in CAN_BE[units[i].kind]:
            if possible(page, i, tag):
                score = 0.0
                for unit_rule in UNIT_RULES_FOR[tag]:
                    score += unit_rule(page, i, tag)
                own[tag] = score
        by_tag = (active := _active(page, i)).by_tag
        pair: _Pairs = {}
        steps = _STEPS.get(previous)
        if steps is None:
            steps = _STEPS[previous] = {}
        for tag in own:
            step = steps.get(tag)
            if step is None:
                step = steps[tag] = _step(previous, tag)
            rules = by_tag[tag]
            if not rules:
                pair.update(step)
                continue
            for key, weight in step.items():
                before = key[0]
                for rule in rules:
                    weight += rule(page, i, before, tag)
                pair[key] = weight
        owns.append(own)
        pairs.append(pair)
        tried.append(active.rules)
        previous = tuple(own)
    return owns, pairs, tried


def _forward(owns: list[_Own], pairs: list[_Pairs]) -> list[dict[Tag, tuple[float, Tag]]]:
    best: dict[Tag, float] = {Tag.START: 0.0}
    table: list[dict[Tag, tuple[float, Tag]]] = []
    for own, pair in zip(owns, pairs, strict=True):
        row: dict[Tag, tuple[float, Tag]] = {}
        for (before, tag), score in pair.items():
            if before in best:
                value = best[before] + score + own[tag]
                if tag not in row or value > row[tag][0]:
                    row[tag] = (value, before)
        table.append(row)
        best = {tag: value for tag, (value, _) in row.items()}
    return table


def _backward(owns: list[_Own], pairs: list[_Pairs]) -> list[dict[Tag, float]]:
    n = len(owns)
    out: list[dict[Tag, float]] = [{} for _ in range(n)]
    for tag in owns[-1]:
        if (tag, Tag.END) in FOLLOWS:
            out[-1][tag] = FOLLOWS[(tag, Tag.END)]
    for i in range(n - 2, -1, -1):
        rest, own, row = out[i + 1], owns[i + 1], out[i]
        for (before, tag), score in pairs[i + 1].items():
            if tag in rest:
                value = score + own[tag] + rest[tag]
                if value > row.get(before, _NEG):
                    row[before] = value
    return out


@cache
def _rivalry(tag: Tag, rival: Tag) -> tuple[tuple[UnitRule, ...], tuple[PairRule, ...]]:
    """The unit and pair rules that can vote on ``tag`` or ``rival``, each once, in order."""
    units = tuple(dict.fromkeys(UNIT_RULES_FOR[tag] + UNIT_RULES_FOR[rival]))
    return units, tuple(dict.fromkeys(PAIR_RULES_FOR[tag] + PAIR_RULES_FOR[rival]))


def _explain(
    page: Page, i: int, before: Tag, tag: Tag, rival: Tag | None, active: frozenset[PairRule]
) -> tuple[str, str]:
    """The rule whose votes most favour ``tag`` over ``rival`` at block ``i`` (a pair rule
    whose gate fails votes nothing, so gains nothing, and is not asked)."""
    if rival is None:
        return "grammar", "No other role fits this block where it stands."
    best, name, reason = 0.0, "grammar", "The page grammar allows no better reading."
    unit_rules, pair_rules = _rivalry(tag, rival)
    for rule in unit_rules:
        gain = rule(page, i, tag) - rule(page, i, rival)
        if gain > best:
            best, name, reason = gain, rule.__name__, reason_of(rule)
    for pair_rule in pair_rules:
        if pair_rule not in active:
            continue
        gain = pair_rule(page, i, before, tag) - pair_rule(page, i, before, rival)
        if gain > best:
            best, name, reason = gain, pair_rule.__name__, reason_of(pair_rule)
    return name, reason


def decode(page: Page) -> tuple[Choice, ...]:
    """The best tag of every block of ``page``, with its margin and the rule behind it."""
    if not page.units:
        return ()
    owns, pairs, tried = _scores(page)
    forward = _forward(owns, pairs)
    backward = _backward(owns, pairs)
    ends = {
        tag: value + FOLLOWS[(tag, Tag.END)]
        for tag, (value, _) in forward[-1].items()
        if (tag, Tag.END) in FOLLOWS
    }
    if not ends:  # pragma: no cover - any block may be a stray, so a page always has a reading
        raise AssertionError("no tag sequence fits the page")
    tag = max(ends, key=ends.__getitem__)
    total = ends[tag]
    path = [tag]
    for i in range(len(owns) - 1, 0, -1):
        path.append(forward[i][path[-1]][1])
    path.reverse()
    choices = []
    for i, chosen in enumerate(path):
        through = {
            t: value + backward[i][t]
            for t, (value, _) in forward[i].items()
            if t in backward[i] and t is not chosen
        }
        rival = max(through, key=through.__getitem__) if through else None
        margin = total - through[rival] if rival is not None else math.inf
        before = path[i - 1] if i else Tag.START
        rule, reason = _explain(page, i, before, chosen, rival, tried[i])
        choices.append(Choice(chosen, margin, rival, rule, reason))
    return tuple(choices)
