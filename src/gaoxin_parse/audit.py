"""The decoder's choices as the user sees them: decisions and element confidences.

Each block gets a ``role`` decision, each article and photo a ``boundary`` decision at its
first block; both carry the margin the decoder chose by (`gaoxin_parse.decoder`). An
element's confidence is read from the smallest margin among its blocks: a block whose best
reading beat the runner-up by ``m`` points has confidence ``1 - exp(-m / CONFIDENCE_SCALE) / 2``
— 0.5 for a tie, above 0.9 once ``m`` exceeds 3.2, 1.0 where no other reading was possible.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Final

from .decoder import Choice
from .model import DecisionKind, SegmentDecision, Span
from .units import Unit

#: Margin (in evidence points) at which confidence has climbed from 0.5 to 1 - 0.5 / e ≈ 0.82.
CONFIDENCE_SCALE: Final = 2.0


def confidence(margin: float) -> float:
    """Confidence in a decision taken by ``margin`` points.

    >>> confidence(0.0), round(confidence(4.0), 3), confidence(math.inf)
    (0.5, 0.932, 1.0)
    """
    if math.isinf(margin):
        return 1.0
    return 1.0 - 0.5 * math.exp(-max(margin, 0.0) / CONFIDENCE_SCALE)


def element_confidence(choices: Sequence[Choice], members: Iterable[int]) -> float:
    """An element's confidence: that of its least clear block (1.0 for no blocks)."""
    return min((confidence(choices[i].margin) for i in members), default=1.0)


def _decision(unit: Unit, choice: Choice, kind: DecisionKind, what: str) -> SegmentDecision:
    margin = None if math.isinf(choice.margin) else round(choice.margin, 3)
    return SegmentDecision(
        span=Span(unit.chunk.span.start, unit.chunk.span.end),
        kind=kind,
        choice=what,
        rule=choice.rule,
        reason=choice.reason,
        margin=margin,
        rival=choice.rival.value if choice.rival is not None else None,
    )


def decisions(
    units: Sequence[Unit], choices: Sequence[Choice], starts: dict[int, str]
) -> tuple[SegmentDecision, ...]:
    """Every block's role and, before it, the element it starts (``starts``: unit → element)."""
    out: list[SegmentDecision] = []
    for i, (unit, choice) in enumerate(zip(units, choices, strict=True)):
        if i in starts:
            out.append(_decision(unit, choice, "boundary", starts[i]))
        out.append(_decision(unit, choice, "role", choice.tag.value))
    return tuple(out)
