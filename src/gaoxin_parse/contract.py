"""The versions every JSON output carries, and the JSON Schema shipped in the package.

``SCHEMA_VERSION`` changes whenever a key is added, removed or changes meaning, so that a
reader can refuse a document it was not written for; ``__version__`` names the library that
wrote it. The schema is ``docs/schema.json`` of the repository, installed as package data
(``gaoxin_parse/schemas/schema.json``: setuptools maps the ``docs`` folder there, so the two
are one file and cannot drift).
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

__version__ = "0.1.0"

#: The version of the JSON contract (a string, compared for equality, never ordered).
SCHEMA_VERSION = "2"

#: The ``$id`` of the issue schema.
SCHEMA_ID = "https://gaoxin-parse.invalid/schema/issue-2.json"


@cache
def _schema_text() -> str:
    try:
        folder = resources.files("gaoxin_parse.schemas")
    except ModuleNotFoundError:  # an editable install: the checkout's own docs/ folder
        return (Path(__file__).resolve().parents[2] / "docs" / "schema.json").read_text("utf-8")
    return folder.joinpath("schema.json").read_text("utf-8")


def issue_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``Issue.to_dict()``, a fresh copy on each call.

    Examples:
        >>> schema = issue_schema()
        >>> schema["$id"] == SCHEMA_ID, schema["properties"]["schema_version"]["const"]
        (True, '2')
    """
    data: dict[str, Any] = json.loads(_schema_text())
    return data
