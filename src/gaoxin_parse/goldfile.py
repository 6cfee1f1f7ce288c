"""Reading gold annotation files for ``evaluate``: each checked against the format of
``tests/expected/README.md`` before it is used, every problem naming the file and the key.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

from .errors import GaoxinParseError

Check = Callable[[object, str], None]


class GoldFileError(GaoxinParseError, ValueError):
    """A gold file is not valid JSON of the gold format; the message names file and key."""

    def __init__(self, path: Path | str, key: str, problem: str) -> None:
        self.path = str(path)
        self.key = key
        super().__init__(f"{self.path}: {key}: {problem}" if key else f"{self.path}: {problem}")


class GoldFolderError(GaoxinParseError, ValueError):
    """The gold folder cannot be evaluated at all: missing, empty, or a gold file whose issue is
    not in the issue folder (a mistyped folder would otherwise score a perfect empty table)."""


class _InvalidError(Exception):
    def __init__(self, key: str, problem: str) -> None:
        super().__init__(key, problem)
        self.key, self.problem = key, problem


def _kind(value: object) -> str:
    names = {dict: "an object", list: "a list", str: "a string", type(None): "null"}
    return names.get(type(value), type(value).__name__)


def _string(value: object, key: str) -> None:
    if not isinstance(value, str):
        raise _InvalidError(key, f"expected a string, got {_kind(value)}")


def _anything(value: object, key: str) -> None:
    """Any JSON value: an annotator's note that is not scored (``source``)."""


def _optional(check: Check) -> Check:
    def run(value: object, key: str) -> None:
        if value is not None:
            check(value, key)

    return run


def _list_of(check: Check) -> Check:
    def run(value: object, key: str) -> None:
        if not isinstance(value, list):  # a string here would be scored letter by letter
            raise _InvalidError(key, f"expected a list, got {_kind(value)}")
        for i, item in enumerate(value):
            check(item, f"{key}[{i}]")

    return run


def _object(required: dict[str, Check], optional: dict[str, Check] | None = None) -> Check:
    def run(value: object, key: str) -> None:
        if not isinstance(value, dict):
            raise _InvalidError(key, f"expected an object, got {_kind(value)}")
        for name, check in required.items():
            if name not in value:
                raise _InvalidError(f"{key}.{name}".lstrip("."), "missing")
            check(value[name], f"{key}.{name}".lstrip("."))
        known = {**required, **(optional or {})}
        for name in value:  # a misspelled key would otherwise be silently ignored
            if name not in known:
                where = f"{key}.{name}".lstrip(".")
                raise _InvalidError(where, f"unknown key (known: {', '.join(sorted(known))})")
        for name, check in (optional or {}).items():
            if name in value:
                check(value[name], f"{key}.{name}".lstrip("."))

    return run


_NAMES: Final = _list_of(_string)
_TEXT: Final = _optional(_string)
_BYLINE: Final = _object(
    {},
    {
        "text": _TEXT,
        "position": _TEXT,
        "source": _TEXT,
        "reporters": _NAMES,
        "correspondents": _NAMES,
    },
)
_PARAGRAPH: Final = _object({"text": _string}, {"kind": _string})
_NOTE: Final = _optional(_object({}, {"label": _TEXT, "text": _TEXT}))
_ARTICLE: Final = _object(
    {
        "headlines": _NAMES,
        "title": _TEXT,
        "byline": _optional(_BYLINE),
        "paragraphs": _list_of(_PARAGRAPH),
    },
    {
        "banner": _TEXT,
        "kickers": _NAMES,
        "subtitles": _NAMES,
        "column": _TEXT,
        "note": _NOTE,
        "source": _anything,
    },
)
_PHOTO: Final = _object(
    {"title": _TEXT, "caption": _string, "photographers": _NAMES},
    {"credit": _TEXT, "source": _anything},
)
_GOLD: Final = _object(
    {"articles": _list_of(_ARTICLE), "photos": _list_of(_PHOTO)},
    {"issue": _string, "strays": _NAMES},
)


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
    try:
        _GOLD(gold, "")
    except _InvalidError as invalid:
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
        if not folder.is_dir():
            raise GoldFolderError(f"{folder}: the {what} is not a folder")
    paths = sorted(gold_dir.glob("*.json"))
    if not paths:
        raise GoldFolderError(f"{gold_dir}: no gold file (*.json) in the gold folder")
    return paths


def check_issues_present(gold_dir: Path, issues: list[Path]) -> None:
    """Refuse a gold folder in which a gold file's issue file is missing.

    Raises:
        GoldFolderError: naming each missing issue file.
    """
    missing = [str(path) for path in issues if not path.is_file()]
    if missing:
        raise GoldFolderError(f"{gold_dir}: no issue file for a gold file: {', '.join(missing)}")
