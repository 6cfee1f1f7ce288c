"""The gold format's JSON Schema (``docs/gold.schema.json``) and ``evaluate``'s own check of gold
files agree: every gold file of the project passes both, every broken one fails both, and the
check (which must not need ``jsonschema`` at run time) names the key of the mistake.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from gaoxin_parse.evaluate import evaluate, scores
from gaoxin_parse.goldfile import GoldFileError, gold_schema, load_gold
from gaoxin_parse.json_check import SchemaKeywordError, check_keywords

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT.parent / "shared" / "devset" / "pages"
GOLD_FILES = sorted(
    [*(ROOT / "tests" / "expected").glob("*.json"), *(ROOT / "tests" / "layouts").glob("*.json")]
)
DEVSET_GOLD = sorted(DEVSET.glob("*.json")) if DEVSET.is_dir() else []
SCHEMA_FILE = ROOT / "docs" / "gold.schema.json"


def validator() -> jsonschema.Draft202012Validator:
    """The reference validator of the schema file."""
    return jsonschema.Draft202012Validator(json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))


def base_gold() -> dict[str, Any]:
    """A hand-written gold file of a seed, to break in one place at a time."""
    path = ROOT / "tests" / "expected" / "000_1c68c8fc2e42573b.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def changed(change: Callable[[dict[str, Any]], object]) -> dict[str, Any]:
    """The base gold with one change."""
    gold = copy.deepcopy(base_gold())
    change(gold)
    return gold


def loads_cleanly(gold: dict[str, Any], tmp_path: Path) -> GoldFileError | None:
    """What ``evaluate``'s check says of ``gold`` written to a file: ``None`` if accepted."""
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    try:
        load_gold(path)
    except GoldFileError as error:
        return error
    return None


def test_schema_is_a_valid_2020_12_schema_with_an_id() -> None:
    """The file is itself a valid JSON Schema, and the package reads the same one."""
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))

    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$id"].endswith("gold-1.json")
    assert gold_schema() == schema


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_gold_file_of_the_tests_is_valid(path: Path) -> None:
    """The hand-written gold files of the tests pass the schema and ``evaluate``'s check."""
    validator().validate(json.loads(path.read_text(encoding="utf-8")))
    load_gold(path)


@pytest.mark.skipif(not DEVSET_GOLD, reason="no development set beside the checkout")
@pytest.mark.parametrize("path", DEVSET_GOLD, ids=lambda p: p.name)
def test_every_gold_file_of_the_development_set_is_valid(path: Path) -> None:
    """The development set's gold files (read only here) pass both too."""
    validator().validate(json.loads(path.read_text(encoding="utf-8")))
    load_gold(path)


def test_gold_files_were_found() -> None:
    """The parametrised tests above run on the four seed golds and the layout pages."""
    assert len([p for p in GOLD_FILES if p.parent.name == "expected"]) == 4
    assert len([p for p in GOLD_FILES if p.parent.name == "layouts"]) >= 30


BROKEN: dict[str, tuple[Callable[[dict[str, Any]], object], str]] = {
    "unknown top key": (lambda g: g.update(comment="x"), "comment"),
    "misspelled article key": (
        lambda g: g["articles"][0].update(subtitle=[]),
        "articles[0].subtitle",
    ),
    "unknown byline position": (
        lambda g: g["articles"][0]["byline"].update(position="lede"),
        "articles[0].byline.position",
    ),
    "unknown paragraph kind": (
        lambda g: g["articles"][0]["paragraphs"][0].update(kind="heading"),
        "articles[0].paragraphs[0].kind",
    ),
    "one name instead of a list": (
        lambda g: g["articles"][0]["byline"].update(reporters="高轶鹏"),
        "articles[0].byline.reporters",
    ),
    "caption null": (lambda g: g["photos"][0].update(caption=None), "photos[0].caption"),
    "photographers missing": (
        lambda g: g["photos"][0].pop("photographers"),
        "photos[0].photographers",
    ),
    "misspelled note key": (
        lambda g: g["articles"][0].update(note={"label": "编者按", "txt": "说明"}),
        "articles[0].note.txt",
    ),
    "stray not a string": (lambda g: g.update(strays=[1]), "strays[0]"),
    "issue a number": (lambda g: g.update(issue=3), "issue"),
    "nested list of headlines": (
        lambda g: g["articles"][0].update(headlines=[["标题"]]),
        "articles[0].headlines[0]",
    ),
    "title a boolean": (lambda g: g["articles"][0].update(title=True), "articles[0].title"),
    "paragraph without text": (
        lambda g: g["articles"][0]["paragraphs"].append({"kind": "paragraph"}),
        "articles[0].paragraphs[",
    ),
    "articles an object": (lambda g: g.update(articles={}), "articles"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_gold_is_refused_by_both_naming_the_key(case: str, tmp_path: Path) -> None:
    """One mistake: the schema refuses it, and ``evaluate``'s check names the file and key."""
    change, key = BROKEN[case]
    gold = changed(change)

    assert not validator().is_valid(gold)
    error = loads_cleanly(gold, tmp_path)
    assert error is not None
    assert error.key.startswith(key)
    assert str(error).startswith(f"{tmp_path / 'gold.json'}: {key}")


ACCEPTED: dict[str, Callable[[dict[str, Any]], object]] = {
    "optional keys left out": lambda g: [
        g.pop("issue"),
        g.pop("strays"),
        [a.pop(k) for a in g["articles"] for k in ("banner", "kickers", "subtitles", "column")],
        [p.pop("credit") for p in g["photos"]],
    ],
    "nulls where allowed": lambda g: g["articles"][0].update(
        title=None, byline=None, note=None, banner=None, column=None
    ),
    "annotators' sources of any kind": lambda g: [
        g["articles"][0].update(source={"page": 1}),
        g["photos"][0].update(source=["a", 2]),
    ],
    "partial byline": lambda g: g["articles"][0].update(byline={"reporters": ["王小明"]}),
    "paragraph without kind": lambda g: g["articles"][0]["paragraphs"][0].pop("kind"),
    "nothing found": lambda g: g.update(articles=[], photos=[]),
}


@pytest.mark.parametrize("case", sorted(ACCEPTED))
def test_what_the_format_allows_is_accepted_by_both(case: str, tmp_path: Path) -> None:
    """Optional keys left out, nulls and annotators' notes: valid for both."""
    gold = changed(ACCEPTED[case])

    validator().validate(gold)
    assert loads_cleanly(gold, tmp_path) is None


def test_schema_keyword_the_check_would_ignore_is_refused() -> None:
    """A constraint added to the schema that ``evaluate`` could not check fails at once, so the
    schema never promises more than is checked."""
    schema = gold_schema()
    schema["$defs"]["photo"]["properties"]["caption"]["minLength"] = 1

    with pytest.raises(SchemaKeywordError, match="minLength"):
        check_keywords(schema)


def test_the_example_on_the_gold_page_is_valid_and_read_alike(tmp_path: Path) -> None:
    """docs/gold.md's example gold file passes the schema, and ``evaluate`` on its example
    issue finds no mismatch (the page's reading and the parser's agree)."""
    page = (ROOT / "docs" / "gold.md").read_text(encoding="utf-8")
    text = re.search(r"```text\n(.*?)```", page, re.DOTALL)
    example = re.search(r"```json\n(\{.*?)```", page, re.DOTALL)
    assert text is not None
    assert example is not None
    gold = json.loads(example.group(1))
    validator().validate(gold)
    (tmp_path / "gold").mkdir()
    (tmp_path / "issues").mkdir()
    (tmp_path / "gold" / "0312.json").write_text(example.group(1), encoding="utf-8")
    (tmp_path / "issues" / gold["issue"]).write_text(text.group(1), encoding="utf-8")

    counts, problems = evaluate(tmp_path / "gold", tmp_path / "issues")

    assert problems == []
    assert [c.mismatches for c in counts] == [[]]
    assert scores(counts)["articles"]["f1"] == 1.0
