"""Scores of ``evaluate``: counts per issue, precision, recall and F1 summed over issues, 95%
bootstrap confidence intervals (issues resampled with replacement), precision per confidence
band, and the two ways they are shown: the markdown table and the ``--json`` document, which
carry the same figures and the same intervals.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any, Final

import attrs

BOOTSTRAP_SAMPLES: Final = 1000
PR_METRICS: Final = (
    "articles",
    "headline-article",
    "byline-article",
    "caption-photo",
    "photographer-photo",
    "breaks",
)
EXACT_METRICS: Final = ("titles", "byline names", "paragraphs", "photos")
#: Confidence bands (lower bounds) in which precision of articles and photos is reported, so
#: that a reviewer can check the doubtful elements first.
BANDS: Final = (0.5, 0.7, 0.85, 0.95)


def band_of(confidence: float) -> str:
    """The band ``[low, high)`` a confidence falls in.

    Examples:
        >>> band_of(0.5), band_of(0.9), band_of(1.0)
        ('0.50–0.70', '0.85–0.95', '0.95–1.00')
    """
    lows = [b for b in BANDS if b <= confidence] or [BANDS[0]]
    low = lows[-1]
    high = BANDS[BANDS.index(low) + 1] if low != BANDS[-1] else 1.0
    return f"{low:.2f}–{high:.2f}"


@attrs.define
class Counts:
    """Counts of one issue: true positives, predicted and gold totals, exact matches."""

    pr: dict[str, Counter[str]] = attrs.Factory(dict)  #: metric → {"tp", "pred", "gold"}
    exact: dict[str, Counter[str]] = attrs.Factory(dict)  #: metric → {"hit", "total"}
    mismatches: list[str] = attrs.Factory(list)
    bands: dict[str, Counter[str]] = attrs.Factory(dict)  #: band → {"tp", "pred"}
    name: str = ""  #: the issue's name, as in the mismatch lines

    def line(self) -> str:
        """What ``evaluate --verbose`` says of this issue."""
        articles = self.pr.get("articles", Counter())
        return (
            f"{self.name}: {articles['pred']} articles found, {articles['gold']} in the gold, "
            f"{articles['tp']} alike; {len(self.mismatches)} mismatches"
        )

    def add_banded(self, confidence: float, hit: bool) -> None:
        """Count one predicted element in its confidence band."""
        self.bands.setdefault(band_of(confidence), Counter()).update(tp=int(hit), pred=1)

    def add_sets(self, metric: str, predicted: Iterable[Any], gold: Iterable[Any]) -> None:
        """Count a precision/recall metric from two multisets of items."""
        p, g = Counter(predicted), Counter(gold)
        counter = self.pr.setdefault(metric, Counter())
        counter.update(tp=sum((p & g).values()), pred=sum(p.values()), gold=sum(g.values()))

    def add_exact(self, metric: str, hit: bool, what: str) -> None:
        """Count one exact-match trial, remembering a miss."""
        counter = self.exact.setdefault(metric, Counter())
        counter.update(hit=int(hit), total=1)
        if not hit:
            self.mismatches.append(f"{metric}: {what}")


def scores(counts: Sequence[Counts]) -> dict[str, dict[str, float]]:
    """Precision, recall, F1 and exact-match rates summed over issues."""
    out: dict[str, dict[str, float]] = {}
    for metric in PR_METRICS:
        total = sum((c.pr.get(metric, Counter()) for c in counts), Counter())
        p = total["tp"] / total["pred"] if total["pred"] else 1.0
        r = total["tp"] / total["gold"] if total["gold"] else 1.0
        out[metric] = {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}
    for metric in EXACT_METRICS:
        total = sum((c.exact.get(metric, Counter()) for c in counts), Counter())
        out[metric] = {"exact": total["hit"] / total["total"] if total["total"] else 1.0}
    return out


def bootstrap(
    counts: Sequence[Counts], samples: int = BOOTSTRAP_SAMPLES, seed: int = 0
) -> dict[str, dict[str, tuple[float, float]]]:
    """95% confidence intervals of every score, by resampling issues with replacement."""
    rng = random.Random(seed)
    draws = [scores([rng.choice(counts) for _ in counts]) for _ in range(samples)] if counts else []
    out: dict[str, dict[str, tuple[float, float]]] = {}
    for metric, values in scores(counts).items():
        for field in values:
            series = sorted(d[metric][field] for d in draws) or [values[field]]
            low, high = (
                series[int(0.025 * (len(series) - 1))],
                series[int(0.975 * (len(series) - 1))],
            )
            out.setdefault(metric, {})[field] = (low, high)
    return out


def report(counts: Sequence[Counts]) -> str:
    """The accuracy table (markdown) with 95% intervals."""
    s, ci = scores(counts), bootstrap(counts)
    lines = [
        f"issues: {len(counts)}",
        "",
        "| metric | precision | recall | F1 |",
        "|---|---|---|---|",
    ]
    for m in PR_METRICS:
        cells = [
            f"{s[m][f]:.3f} [{ci[m][f][0]:.3f}, {ci[m][f][1]:.3f}]"
            for f in ("precision", "recall", "f1")
        ]
        lines.append(f"| {m} | " + " | ".join(cells) + " |")
    lines += ["", "| exact match | rate |", "|---|---|"]
    lines += [
        f"| {m} | {s[m]['exact']:.3f} [{ci[m]['exact'][0]:.3f}, {ci[m]['exact'][1]:.3f}] |"
        for m in EXACT_METRICS
    ]
    lines += ["", "| confidence | elements | precision |", "|---|---|---|"]
    for band, total in sorted(band_totals(counts).items()):
        lines.append(f"| {band} | {total['pred']} | {total['tp'] / total['pred']:.3f} |")
    return "\n".join(lines) + "\n"


def band_totals(counts: Sequence[Counts]) -> dict[str, Counter[str]]:
    """Articles and photos, right and predicted, per confidence band over all issues."""
    totals: dict[str, Counter[str]] = {}
    for c in counts:
        for band, counter in c.bands.items():
            totals.setdefault(band, Counter()).update(counter)
    return totals


def scores_document(counts: Sequence[Counts]) -> dict[str, Any]:
    """What ``evaluate --json`` writes: every score of `report` with its 95% interval,
    and each confidence band's elements and precision.

    Examples:
        >>> document = scores_document([])
        >>> document["scores"]["articles"]["precision"]
        {'value': 1.0, 'low': 1.0, 'high': 1.0}
    """
    values, intervals = scores(counts), bootstrap(counts)
    return {
        "issues": len(counts),
        "interval": f"95% bootstrap over issues, {BOOTSTRAP_SAMPLES} samples",
        "scores": {
            metric: {
                field: {
                    "value": value,
                    "low": intervals[metric][field][0],
                    "high": intervals[metric][field][1],
                }
                for field, value in fields.items()
            }
            for metric, fields in values.items()
        },
        "bands": {
            band: {"elements": total["pred"], "precision": total["tp"] / total["pred"]}
            for band, total in sorted(band_totals(counts).items())
        },
        "mismatches": sum(len(c.mismatches) for c in counts),
    }
