"""The JSON contract is versioned, shipped in the package, and reads back into the same model."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings

import gaoxin_parse as gx
from gaoxin_parse.contract import SCHEMA_ID, issue_schema
from gaoxin_parse.errors import ContractError

from .conftest import ROOT
from .strategies import page_text

LAYOUTS = sorted((ROOT / "tests" / "layouts").glob("*.txt"))
#: An article with a banner, kicker, column, note, lead byline, a photo cut into its paragraph,
#: a trailing photo with a credit and roles, and a stray heading.
EXAMPLE = (
    "【高新故事】\n\n"
    "## 园区动态\n\n"
    "### 某某园区项目建设\n\n"
    "## 新项目开工建设\n\n"
    "编者按：本报开设专栏。\n\n"
    "本报讯(记者王明 通讯员李华)今年以来,园区项目建设持\n\n\n\n"
    "项目现场\n\n"
    "工人正在施工。 张小红 摄\n\n"
    "续推进。\n\n\n\n"
    "## 画中标题\n\n\n\n"
    "本报记者 赵立新 摄\n"
)


def test_every_output_names_its_versions() -> None:
    """Each document carries the contract's version and the library's."""
    document = gx.parse_issue(EXAMPLE).to_dict()

    assert document["schema_version"] == gx.SCHEMA_VERSION == "2"
    assert document["library_version"] == gx.__version__


def test_library_version_is_the_packaged_one() -> None:
    """``__version__`` is the version in ``pyproject.toml`` (the one pip reports)."""
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")

    assert f'version = "{gx.__version__}"' in pyproject


def test_packaged_schema_is_the_docs_schema() -> None:
    """The schema the package ships is ``docs/schema.json``, with its ``$id``."""
    docs = json.loads((ROOT / "docs" / "schema.json").read_text(encoding="utf-8"))

    assert issue_schema() == docs
    assert docs["$id"] == SCHEMA_ID
    assert docs["properties"]["schema_version"]["const"] == gx.SCHEMA_VERSION


def test_packaged_schema_is_package_data() -> None:
    """``pyproject.toml`` installs ``docs/schema.json`` as ``gaoxin_parse/schemas/schema.json``."""
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")

    assert '"gaoxin_parse.schemas" = "docs"' in pyproject
    assert '"gaoxin_parse.schemas" = ["schema.json", "gold.schema.json"]' in pyproject


def _assert_round_trip(issue: gx.Issue) -> None:
    assert gx.Issue.from_json(issue.to_json()) == issue
    assert gx.Issue.from_json(issue.to_json(indent=None)) == issue
    assert gx.Issue.from_dict(issue.to_dict()) == issue


def test_seed_round_trips(seed_path: Path) -> None:
    """Every seed's JSON reads back into an equal ``Issue``."""
    _assert_round_trip(gx.parse_file(seed_path))


@pytest.mark.parametrize("path", LAYOUTS, ids=[p.stem for p in LAYOUTS])
def test_layout_round_trips(path: Path) -> None:
    """Every layout page's JSON reads back into an equal ``Issue``."""
    _assert_round_trip(gx.parse_file(path))


def test_example_round_trips_every_optional_part() -> None:
    """The example has what a seed may lack: banner, column, note, photo title and credit."""
    issue = gx.parse_issue(EXAMPLE)
    article = issue.articles[0]
    assert article.banner is not None
    assert article.column is not None
    assert article.note is not None
    assert any(p.credit is not None and p.credit.roles for p in issue.photos)
    assert issue.strays

    _assert_round_trip(issue)


@settings(max_examples=40, deadline=None)
@given(page_text())
def test_generated_text_round_trips(text: str) -> None:
    """Any page-like text's JSON reads back into an equal ``Issue``."""
    _assert_round_trip(gx.parse_issue(text))


def test_confidence_is_rounded_in_the_model() -> None:
    """A confidence is held to three decimals, so the JSON shows exactly the model's value."""
    article = gx.parse_issue(EXAMPLE).articles[0]

    assert attrs.evolve(article, confidence=0.81234).confidence == 0.812
    assert attrs.evolve(article, confidence=1).confidence == 1.0


def test_other_schema_version_is_refused() -> None:
    """A document of another contract version is refused, naming the key."""
    document = gx.parse_issue(EXAMPLE).to_dict()
    document["schema_version"] = "1"

    with pytest.raises(ContractError, match="schema_version"):
        gx.Issue.from_dict(document)


def test_missing_key_is_refused_with_its_name() -> None:
    """A document with a key missing raises ``ContractError`` naming it."""
    document = gx.parse_issue(EXAMPLE).to_dict()
    del document["articles"][0]["headline_lines"]

    with pytest.raises(ContractError, match="headline_lines"):
        gx.Issue.from_dict(document)


def test_not_json_is_refused() -> None:
    """Text that is not JSON raises ``ContractError``, a ``ValueError``."""
    with pytest.raises(ValueError, match="not JSON"):
        gx.Issue.from_json("{")
