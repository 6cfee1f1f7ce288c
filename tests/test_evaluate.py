"""Evaluation (``gaoxin_parse.evaluate``): scores move when the parse and the gold disagree."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import gaoxin_parse as gx
from gaoxin_parse.evaluate import compare, evaluate, report, scores
from gaoxin_parse.goldfile import GoldFolderError

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


def _gold_folder(tmp_path: Path) -> tuple[Path, Path]:
    """A gold folder with the seed's good gold file, and the seeds as issue folder."""
    folder = tmp_path / "gold"
    folder.mkdir()
    stem = SEEDS[0].stem
    (folder / f"{stem}.json").write_bytes((EXPECTED / f"{stem}.json").read_bytes())
    return folder, SEEDS[0].parent


def _good_gold() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (EXPECTED / f"{SEEDS[1].stem}.json").read_text(encoding="utf-8")
    )
    return data


def _broken(change: Callable[[dict[str, Any]], object]) -> str:
    gold = _good_gold()
    change(gold)
    return json.dumps(gold, ensure_ascii=False)


BAD_GOLD = {
    "invalid-json": ("{", "not JSON"),
    "not-an-object": ("[1, 2]", "expected an object, got a list"),
    "deep-nesting": ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    "missing-key": (_broken(lambda g: g.pop("photos")), "photos: missing"),
    "string-for-list": (
        _broken(lambda g: g["articles"][0].update(headlines="标题")),
        "articles[0].headlines: expected a list, got a string",
    ),
    "wrong-type-inside": (
        _broken(lambda g: g["articles"][1]["paragraphs"].append({"text": 3})),
        "articles[1].paragraphs[",
    ),
    "misspelled-key": (
        _broken(lambda g: g["articles"][0].update(subtitle=[])),
        "articles[0].subtitle: unknown key",
    ),
    "unknown-top-key": (_broken(lambda g: g.update(comment="x")), "comment: unknown key"),
    "escaping-issue": (
        _broken(lambda g: g.update(issue="../../../etc/hostname")),
        "issue: '../../../etc/hostname' is outside the issue folder",
    ),
    "absolute-issue": (
        _broken(lambda g: g.update(issue="/etc/hostname")),
        "issue: '/etc/hostname' is outside the issue folder",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_GOLD))
def test_bad_gold_file_is_named_and_the_others_still_scored(tmp_path: Path, case: str) -> None:
    """A malformed gold file is reported with its file and key; the good one is still scored;
    no file outside the issue folder is read."""
    folder, issues = _gold_folder(tmp_path)
    content, message = BAD_GOLD[case]
    bad = folder / "zz_bad.json"
    bad.write_text(content, encoding="utf-8")

    counts, problems = evaluate(folder, issues)

    assert len(counts) == 1
    assert len(problems) == 1
    assert problems[0].startswith(f"{bad}: ")
    assert message in problems[0]


def test_gold_file_with_a_bom_is_read(tmp_path: Path) -> None:
    """A byte order mark before the JSON is allowed."""
    folder, issues = _gold_folder(tmp_path)
    stem = SEEDS[1].stem
    (folder / f"{stem}.json").write_bytes(
        b"\xef\xbb\xbf" + (EXPECTED / f"{stem}.json").read_bytes()
    )

    counts, problems = evaluate(folder, issues)

    assert (len(counts), problems) == (2, [])


def test_evaluate_command_reports_bad_gold_without_traceback(tmp_path: Path) -> None:
    """On the command line: the bad file named on standard error, status 1, the table still
    printed for the others."""
    folder, issues = _gold_folder(tmp_path)
    (folder / "bad.json").write_text("{", encoding="utf-8")

    proc = subprocess.run(
        [sys.executable, "-m", "gaoxin_parse", "evaluate", folder, issues],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert f"{folder / 'bad.json'}: not JSON" in proc.stderr
    assert "issues: 1" in proc.stdout


def test_source_key_of_articles_and_photos_is_accepted(tmp_path: Path) -> None:
    """Some annotators note where an article or photo came from (``source``): not scored, and
    not refused as an unknown key."""
    folder, issues = _gold_folder(tmp_path)
    gold = _good_gold()
    gold["articles"][0]["source"] = "李华 标注"
    gold["photos"][0]["source"] = {"page": 1}
    (folder / f"{SEEDS[1].stem}.json").write_text(json.dumps(gold, ensure_ascii=False), "utf-8")

    counts, problems = evaluate(folder, issues)

    assert (len(counts), problems) == (2, [])


def _evaluate_cli(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gaoxin_parse", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_empty_gold_folder_is_a_usage_error(tmp_path: Path) -> None:
    """An empty (or mistyped) gold folder is an error naming it, not a table of 1.000."""
    empty = tmp_path / "gold"
    empty.mkdir()

    with pytest.raises(GoldFolderError, match="no gold file"):
        evaluate(empty, SEEDS[0].parent)
    proc = _evaluate_cli("evaluate", empty, SEEDS[0].parent)
    missing = _evaluate_cli("evaluate", tmp_path / "nothing", SEEDS[0].parent)

    assert proc.returncode == 2
    assert f"{empty}: no gold file" in proc.stderr
    assert proc.stdout == ""
    assert missing.returncode == 2
    assert f"{tmp_path / 'nothing'}: no such gold folder" in missing.stderr


def test_gold_file_without_its_issue_is_a_usage_error(tmp_path: Path) -> None:
    """A gold file whose issue file is not in the issue folder: exit 2 naming that issue file,
    before anything is scored."""
    folder, issues = _gold_folder(tmp_path)
    gold = _good_gold()
    gold["issue"] = "999_missing.txt"
    (folder / "999_missing.json").write_text(json.dumps(gold, ensure_ascii=False), "utf-8")

    proc = _evaluate_cli("evaluate", folder, issues)

    assert proc.returncode == 2
    assert f"{folder / '999_missing.json'}: no issue file {issues / '999_missing.txt'}" in (
        proc.stderr
    )
    assert "Traceback" not in proc.stderr
    assert proc.stdout == ""


def test_nothing_scored_is_no_table_of_ones(tmp_path: Path) -> None:
    """When no gold file can be compared (here: its issue does not decode), the command names
    the issue file once and says nothing was scored: status 1, and no table of 1.000."""
    folder, _ = _gold_folder(tmp_path)
    issues = tmp_path / "issues"
    issues.mkdir()
    (issues / f"{SEEDS[0].stem}.txt").write_bytes(b"\x00\xff\x00\xff")
    scores = tmp_path / "scores.json"

    proc = _evaluate_cli("evaluate", folder, issues, "--json", scores)

    assert proc.returncode == 1
    assert proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"gaoxin-parse evaluate: {issues / SEEDS[0].stem}.txt: cannot ")
    assert lines[0].count(SEEDS[0].stem) == 1
    assert "nothing scored" in lines[1]
    assert not scores.exists()


def test_mismatch_lines_show_expected_and_found() -> None:
    """Each mismatch says what the gold expected and what the parse found, cut short."""
    gold, issue = gold_and_issue()
    changed: dict[str, Any] = copy.deepcopy(gold)
    title = changed["articles"][0]["title"]
    changed["articles"][0]["title"] = "别的标题"
    photographers = changed["photos"][0]["photographers"]
    changed["photos"][0]["photographers"] = ["某某某"]
    text = changed["articles"][0]["paragraphs"][1]["text"]
    cut = text.index("体制机制持") + len("体制机制持")
    changed["articles"][0]["paragraphs"][1]["text"] = text[:cut]
    changed["articles"][0]["paragraphs"].insert(2, {"kind": "paragraph", "text": text[cut:]})

    lines = compare(issue, changed, "000").mismatches

    assert f"titles: 000: expected '别的标题', found {title!r}" in lines
    assert any(
        line.startswith("photos: 000:")
        and "by ['某某某'], found" in line
        and line.endswith(f"by {photographers}")
        for line in lines
    )
    first = f"'{text[:30]}…'"
    assert f"paragraphs: 000: expected '{text[:30]}…', found {first}" in lines
    assert any(
        line.startswith("breaks: 000:") and line.endswith("expected keep, found join")
        for line in lines
    )


def _table_cells(text: str) -> dict[tuple[str, str], tuple[float, float, float]]:
    """``(metric, field) -> (value, low, high)`` read from the printed tables."""
    cells: dict[tuple[str, str], tuple[float, float, float]] = {}
    header: list[str] = []
    for line in text.splitlines():
        parts = [p.strip() for p in line.strip().strip("|").split("|")]
        if line.startswith(("| metric", "| exact match")):
            header = ["precision", "recall", "f1"] if line.startswith("| metric") else ["exact"]
            continue
        if not header or len(parts) != len(header) + 1 or "[" not in line:
            continue
        for field, cell in zip(header, parts[1:], strict=True):
            value, interval = cell.split(" [")
            low, high = interval.rstrip("]").split(", ")
            cells[(parts[0], field)] = (float(value), float(low), float(high))
    return cells


def test_json_scores_carry_the_intervals_the_report_shows(tmp_path: Path) -> None:
    """``--json FILE``: every score of the printed tables with the same 95% interval; one title
    of two issues' articles made wrong gives a title rate of (n-1)/n and an interval below 1."""
    folder, issues = _gold_folder(tmp_path)
    gold = _good_gold()
    gold["articles"][0]["title"] = "别的标题"
    (folder / f"{SEEDS[1].stem}.json").write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
    articles = len(gold["articles"]) + len(
        json.loads((EXPECTED / f"{SEEDS[0].stem}.json").read_text(encoding="utf-8"))["articles"]
    )

    proc = _evaluate_cli("evaluate", folder, issues, "--json", tmp_path / "scores.json")

    assert proc.returncode == 0, proc.stderr
    document = json.loads((tmp_path / "scores.json").read_text(encoding="utf-8"))
    shown = _table_cells(proc.stdout)
    assert ("articles", "f1") in shown
    assert ("titles", "exact") in shown
    for (metric, field), (value, low, high) in shown.items():
        score = document["scores"][metric][field]
        assert f"{score['value']:.3f}" == f"{value:.3f}", (metric, field)
        assert (f"{score['low']:.3f}", f"{score['high']:.3f}") == (f"{low:.3f}", f"{high:.3f}")
    titles = document["scores"]["titles"]["exact"]
    assert titles["value"] == pytest.approx((articles - 1) / articles)
    assert titles["low"] < titles["value"] <= titles["high"] == 1.0
    assert document["issues"] == 2
    assert document["mismatches"] >= 1
    assert sum(band["elements"] for band in document["bands"].values()) > 0


def test_names_without_a_gold_field_are_not_scored() -> None:
    """The gold format has reporters and correspondents only: an intern named in the byline
    (``others``) is neither a missing nor an extra name."""
    text = "## 园区新建实验室揭牌\n\n本报讯 5日,青山科技园实验室揭牌。\n\n实习生 李小红"
    gold = {
        "issue": "x.txt",
        "articles": [
            {
                "headlines": ["园区新建实验室揭牌"],
                "banner": None,
                "kickers": [],
                "title": "园区新建实验室揭牌",
                "subtitles": [],
                "byline": {
                    "text": "实习生 李小红",
                    "position": "trail",
                    "source": "本报",
                    "reporters": [],
                    "correspondents": [],
                },
                "paragraphs": [{"kind": "paragraph", "text": "5日,青山科技园实验室揭牌。"}],
                "column": None,
                "note": None,
            }
        ],
        "photos": [],
        "strays": [],
    }

    result = scores([compare(gx.parse_issue(text), gold, "x")])

    assert result["byline names"]["exact"] == 1.0
    assert result["byline-article"]["precision"] == 1.0
