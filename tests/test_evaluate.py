"""Evaluation (``gaoxin_parse.evaluate``): scores move when the parse and the gold disagree."""

from __future__ import annotations

import copy
import json

import gaoxin_parse as gx
from gaoxin_parse.evaluate import compare, report, scores

from .conftest import EXPECTED, SEEDS


def gold_and_issue(index: int = 0) -> tuple[dict[str, object], gx.Issue]:
    """A seed's gold annotation and its parse."""
    path = SEEDS[index]
    return json.loads((EXPECTED / f"{path.stem}.json").read_text(encoding="utf-8")), gx.parse_file(
        path
    )


def test_perfect_parse_scores_one() -> None:
    """A parse equal to its gold scores 1.0 everywhere and lists no mismatch."""
    gold, issue = gold_and_issue()

    counts = compare(issue, gold, "000")

    assert all(v == 1.0 for metric in scores([counts]).values() for v in metric.values())
    assert counts.mismatches == []


def test_split_paragraph_in_gold_counts_a_false_join() -> None:
    """When gold keeps a break the parser joined, break precision drops and the paragraphs
    are mismatches; the article itself (same text) still matches."""
    gold, issue = gold_and_issue()
    changed = copy.deepcopy(gold)
    paragraphs = changed["articles"][0]["paragraphs"]  # type: ignore[index]
    text = paragraphs[1]["text"]
    cut = text.index("体制机制持") + len("体制机制持")
    paragraphs[1:2] = [
        {"kind": "paragraph", "text": text[:cut]},
        {"kind": "paragraph", "text": text[cut:]},
    ]

    counts = compare(issue, changed, "000")
    result = scores([counts])

    assert result["breaks"]["precision"] < 1.0
    assert result["articles"]["precision"] == 1.0  # same text, same article: segmentation holds
    assert result["paragraphs"]["exact"] < 1.0
    assert any(m.startswith("breaks:") for m in counts.mismatches)


def test_wrong_photographer_and_title() -> None:
    """A wrong photographer and a wrong title lower their association and exact scores."""
    gold, issue = gold_and_issue()
    changed = copy.deepcopy(gold)
    changed["photos"][0]["photographers"] = ["某某某"]  # type: ignore[index]
    changed["articles"][0]["title"] = "别的标题"  # type: ignore[index]

    result = scores([compare(issue, changed, "000")])

    assert result["photographer-photo"]["recall"] < 1.0
    assert result["photos"]["exact"] < 1.0
    assert result["titles"]["exact"] < 1.0


def test_report_has_intervals() -> None:
    """The report shows each metric with a 95% interval."""
    gold, issue = gold_and_issue()

    text = report([compare(issue, gold, "000")])

    assert "| articles | 1.000 [1.000, 1.000]" in text
