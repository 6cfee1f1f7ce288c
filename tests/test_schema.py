"""The JSON contract: ``docs/schema.json`` is a valid schema and real output validates against it."""

from __future__ import annotations

import copy
import io
import json
from collections.abc import Callable, Iterator
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any, get_args

import jsonschema
import pytest

import gaoxin_parse as gx
from gaoxin_parse import cli
from gaoxin_parse.model import Decision, ParagraphKind, Position
from gaoxin_parse.roles import ROLE_WORDS

from .conftest import ROOT

SCHEMA_PATH = ROOT / "docs" / "schema.json"

#: A small issue: an article with a lead byline, a markdown intertitle and a paragraph cut by a
#: photo (a join across the photo); an article with a column, kicker, subtitle, note and trailing
#: byline; a stray heading printed inside a picture; a photo that is a credit alone.
EXAMPLE = (
    "## 高新区项目建设提速\n\n"
    "本报讯(记者高轶鹏)今年以来,高新区持续推进项目建设。\n\n"
    "#### 抓实项目建设\n\n"
    "项目建设成效明显,体制机制持\n\n\n\n"
    "花生大丰收\n\n"
    "花生收获了。 姜朝凯 摄\n\n"
    "续创新。\n\n"
    "【高新故事】\n\n"
    "## 企业发展：一季度综述\n\n"
    "### ——开局良好\n\n"
    "编者按：本报开设专栏。\n\n"
    "一季度,全区经济运行平稳。\n\n"
    "二季度继续发展。\n\n"
    "(本报记者 高轶鸣 通讯员 王裴 实习生 李明)\n\n\n\n"
    "## 画中标题\n\n\n\n"
    "左晓燕 摄\n"
)


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    """The JSON contract as data."""
    data: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def validator(schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    """A draft 2020-12 validator for the contract."""
    return jsonschema.Draft202012Validator(schema)


def _errors(validator: jsonschema.Draft202012Validator, document: object) -> list[str]:
    return [
        f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
        for e in validator.iter_errors(document)
    ]


def _objects(node: object) -> Iterator[dict[str, Any]]:
    """Every object schema (one with ``properties``) inside ``node``."""
    if isinstance(node, dict):
        if "properties" in node:
            yield node
        for value in node.values():
            yield from _objects(value)
    elif isinstance(node, list):
        for value in node:
            yield from _objects(value)


def test_schema_is_valid_draft_2020_12(schema: dict[str, Any]) -> None:
    """``docs/schema.json`` is itself a valid draft 2020-12 JSON Schema."""
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_schema_is_closed_and_described(schema: dict[str, Any]) -> None:
    """Every object forbids unknown keys, requires all its keys (but the JSON Lines ``path`` of
    the top level), and describes each of them."""
    objects = list(_objects(schema))
    assert len(objects) >= 10
    for node in objects:
        assert node.get("additionalProperties") is False, node.get("description")
        optional = {"path"} if node is schema else set()
        assert set(node["required"]) == set(node["properties"]) - optional, node.get("description")
        for name, prop in node["properties"].items():
            assert prop.get("description"), f"{name} has no description"


def test_schema_enums_match_model(schema: dict[str, Any]) -> None:
    """The enums of the schema are exactly the values the model can hold."""
    defs = schema["$defs"]
    assert set(defs["block"]["properties"]["kind"]["enum"]) == {k.value for k in gx.BlockKind}
    assert set(defs["break"]["properties"]["decision"]["enum"]) == set(get_args(Decision))
    assert set(defs["paragraph"]["properties"]["kind"]["enum"]) == set(get_args(ParagraphKind))
    assert set(defs["byline"]["properties"]["position"]["enum"]) == set(get_args(Position))
    assert set(defs["role"]["properties"]["role"]["enum"]) == set(ROLE_WORDS.values())


def test_seed_output_validates(seed_path: Path, validator: jsonschema.Draft202012Validator) -> None:
    """``to_dict()`` and the parsed ``to_json()`` of every seed validate against the schema."""
    issue = gx.parse_file(seed_path)

    assert _errors(validator, issue.to_dict()) == []
    assert _errors(validator, json.loads(issue.to_json())) == []


def test_command_line_output_validates(validator: jsonschema.Draft202012Validator) -> None:
    """What ``python -m gaoxin_parse FILE`` prints is the contract."""
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
    out = io.StringIO()
    with redirect_stdout(out):
        status = cli.main([str(seed)])

    assert status == 0
    assert _errors(validator, json.loads(out.getvalue())) == []


def test_json_lines_validate(validator: jsonschema.Draft202012Validator) -> None:
    """Each line of ``--format jsonl`` is the contract, with the file it came from."""
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    out = io.StringIO()
    with redirect_stdout(out):
        status = cli.main(["--format", "jsonl", "--jobs", "1", *map(str, seeds)])
    lines = [json.loads(line) for line in out.getvalue().splitlines()]

    assert status == 0
    assert [Path(line["path"]).name for line in lines] == [seed.name for seed in seeds]
    assert [_errors(validator, line) for line in lines] == [[]] * len(seeds)


def test_empty_text_validates(validator: jsonschema.Draft202012Validator) -> None:
    """The parse of ``""`` validates: every list is present and empty."""
    document = gx.parse_issue("").to_dict()

    assert _errors(validator, document) == []
    lists = {k: v for k, v in document.items() if isinstance(v, list)}
    assert set(lists) == {
        "articles",
        "photos",
        "strays",
        "blocks",
        "breaks",
        "repairs",
        "decisions",
    }
    assert all(value == [] for value in lists.values())
    assert document["source"] == ""


def test_inline_example_validates(validator: jsonschema.Draft202012Validator) -> None:
    """A small issue with photos, an intertitle, lead and trailing bylines validates, and
    exercises the optional parts of the contract (nulls, column, note, stray, both decisions,
    a join across a photo)."""
    document = gx.parse_issue(EXAMPLE).to_dict()

    assert _errors(validator, document) == []
    first, second = document["articles"]
    assert [p["kind"] for p in first["paragraphs"]] == ["paragraph", "intertitle", "paragraph"]
    assert first["byline"]["position"] == "lead"
    assert second["byline"]["position"] == "trail"
    assert second["byline"]["others"] == [{"role": "实习生", "name": "李明"}]
    assert document["photos"][0]["photographers"] == ["姜朝凯"]
    assert any(r["across_photo"] for r in document["repairs"])
    assert {b["decision"] for b in document["breaks"]} == {"join", "keep"}
    assert second["column"] == "高新故事"
    note = second["note"]
    assert (note["label"], note["text"]) == ("编者按", "本报开设专栏。")
    assert EXAMPLE[note["start"] : note["end"]] == "编者按：本报开设专栏。"
    assert document["photos"][1]["title"] is None
    assert len(document["strays"]) == 1


def _add_top_key(d: dict[str, Any]) -> None:
    d["version"] = 1


def _other_schema_version(d: dict[str, Any]) -> None:
    d["schema_version"] = "1"


def _headline_line_without_level(d: dict[str, Any]) -> None:
    del d["articles"][0]["headline_lines"][0]["level"]


def _add_block_key(d: dict[str, Any]) -> None:
    d["blocks"][0]["text"] = "x"


def _add_byline_key(d: dict[str, Any]) -> None:
    d["articles"][0]["byline"]["names"] = []


def _add_span_item(d: dict[str, Any]) -> None:
    d["articles"][0]["paragraphs"][0]["spans"][0].append(0)


def _wrong_block_kind(d: dict[str, Any]) -> None:
    d["blocks"][0]["kind"] = "figure"


def _wrong_decision(d: dict[str, Any]) -> None:
    d["breaks"][0]["decision"] = "merge"


def _wrong_position(d: dict[str, Any]) -> None:
    d["articles"][0]["byline"]["position"] = "middle"


def _wrong_paragraph_kind(d: dict[str, Any]) -> None:
    d["articles"][0]["paragraphs"][0]["kind"] = "heading"


def _missing_key(d: dict[str, Any]) -> None:
    del d["photos"][0]["credit"]


def _negative_offset(d: dict[str, Any]) -> None:
    d["repairs"][0]["offset"] = -1


def _title_not_string(d: dict[str, Any]) -> None:
    d["articles"][0]["title"] = ["高新区项目建设提速"]


MUTATIONS: list[Callable[[dict[str, Any]], None]] = [
    _add_top_key,
    _other_schema_version,
    _headline_line_without_level,
    _add_block_key,
    _add_byline_key,
    _add_span_item,
    _wrong_block_kind,
    _wrong_decision,
    _wrong_position,
    _wrong_paragraph_kind,
    _missing_key,
    _negative_offset,
    _title_not_string,
]


@pytest.mark.parametrize("mutate", MUTATIONS, ids=[m.__name__.lstrip("_") for m in MUTATIONS])
def test_invalid_document_is_rejected(
    mutate: Callable[[dict[str, Any]], None], validator: jsonschema.Draft202012Validator
) -> None:
    """A valid document with one unknown key, wrong enum value, missing key or wrong type
    is rejected, so the schema is strict enough for these tests to fail."""
    document = copy.deepcopy(gx.parse_issue(EXAMPLE).to_dict())
    assert _errors(validator, document) == []

    mutate(document)

    assert _errors(validator, document) != []
