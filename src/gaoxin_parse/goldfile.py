"""Reading gold annotation files for ``evaluate``: each checked against the gold schema
(``docs/gold.schema.json``, shown on the docs' page on annotating gold) before it is used,
every problem naming the file and the key.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Final

from .errors import GaoxinParseError
from .json_check import InvalidError, check, check_keywords

#: Where the gold schema is found in a checkout (an editable install has no ``schemas`` package).
_CHECKOUT_SCHEMA: Final = Path(__file__).resolve().parents[2] / "docs" / "gold.schema.json"


class GoldFileError(GaoxinParseError, ValueError):
    """A gold file is not valid JSON of the gold format; the message names file and key."""

    def __init__(self, path: Path | str, key: str, problem: str) -> None:
        self.path = str(path)
        self.key = key
        super().__init__(f"{self.path}: {key}: {problem}" if key else f"{self.path}: {problem}")


class GoldFolderError(GaoxinParseError, ValueError):
    """The gold folder cannot be evaluated at all: missing, empty, or a gold file whose issue is
    not in the issue folder (a mistyped folder would otherwise score a perfect empty table)."""


@cache
def _schema_text() -> str:
    try:
        folder = resources.files("gaoxin_parse.schemas")
    except ModuleNotFoundError:  # an editable install: the checkout's own docs/ folder
        return _CHECKOUT_SCHEMA.read_text(encoding="utf-8")
    return folder.joinpath("gold.schema.json").read_text(encoding="utf-8")


def gold_schema() -> dict[str, Any]:
    """The JSON Schema of a gold file (``docs/gold.schema.json``, shipped in the package as
    ``gaoxin_parse/schemas/gold.schema.json``), a fresh copy on each call.

    Examples:
        >>> schema = gold_schema()
        >>> schema["required"], sorted(schema["$defs"]["photo"]["required"])
        (['articles', 'photos'], ['caption', 'photographers', 'title'])
    """
    schema: dict[str, Any] = json.loads(_schema_text())
    check_keywords(schema)  # every constraint the schema states is one that is checked
    return schema


def load_gold(path: Path) -> dict[str, Any]:
    """A gold file's content, checked (a leading BOM is allowed).

    Raises:
        GoldFileError: unreadable, not JSON, too deeply nested, or not of the gold format.
    """
    try:
        gold = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as error:
        raise GoldFileError(path, "", f"cannot read: {error.strerror or error}") from None
    except UnicodeDecodeError as error:
        raise GoldFileError(path, "", f"not UTF-8 at byte {error.start}") from None
    except json.JSONDecodeError as error:
        raise GoldFileError(path, "", f"not JSON: {error}") from None
    except RecursionError:
        raise GoldFileError(path, "", "nested too deeply") from None
    schema = gold_schema()
    try:
        check(gold, schema, schema)
    except InvalidError as invalid:
        raise GoldFileError(path, invalid.key, invalid.problem) from None
    except RecursionError:
        raise GoldFileError(path, "", "nested too deeply") from None
    result: dict[str, Any] = gold
    return result


def issue_path(gold_path: Path, gold: dict[str, Any], issue_dir: Path) -> Path:
    """The issue file a gold file is about, confined to ``issue_dir``: ``"issue"`` may not be
    absolute nor climb out with ``..`` (nor through a link).

    Raises:
        GoldFileError: naming the key ``issue``.
    """
    name = gold.get("issue") or f"{gold_path.stem}.txt"
    candidate = issue_dir / name
    root = issue_dir.resolve()
    if Path(name).is_absolute() or not candidate.resolve().is_relative_to(root):
        raise GoldFileError(gold_path, "issue", f"{name!r} is outside the issue folder {issue_dir}")
    return candidate


def gold_files(gold_dir: Path, issue_dir: Path) -> list[Path]:
    """The gold files (``*.json``) of ``gold_dir``, sorted.

    Raises:
        GoldFolderError: either folder is not a folder, or ``gold_dir`` holds no gold file.
    """
    for folder, what in ((gold_dir, "gold folder"), (issue_dir, "issue folder")):
        if not folder.exists():
            raise GoldFolderError(f"{folder}: no such {what}")
        if not folder.is_dir():
            raise GoldFolderError(f"{folder}: the {what} is not a folder")
    paths = sorted(gold_dir.glob("*.json"))
    if not paths:
        raise GoldFolderError(f"{gold_dir}: no gold file (*.json) in the gold folder")
    return paths


def check_issues_present(issues: list[tuple[Path, Path]]) -> None:
    """Refuse a gold folder in which a gold file's issue file is missing (``issues``: each
    gold file with its issue file).

    Raises:
        GoldFolderError: naming each gold file and its missing issue file.
    """
    missing = [f"{gold}: no issue file {issue}" for gold, issue in issues if not issue.is_file()]
    if missing:
        raise GoldFolderError("; ".join(missing))
