"""Checking a JSON value against a JSON Schema written with a few keywords, without the
``jsonschema`` package (a test dependency only): enough for the gold format, whose schema
(``docs/gold.schema.json``) is the one description of it that both this check and the docs use.

Every problem names the key where it was found (``articles[0].headlines``). A schema keyword
this check does not know is refused when the schema is read, so that the schema can never say
more than is checked.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

#: Keywords that only describe.
ANNOTATIONS: Final = frozenset({"$schema", "$id", "$defs", "title", "description"})
#: Keywords that constrain, all checked here.
CONSTRAINTS: Final = frozenset(
    {"$ref", "type", "enum", "properties", "required", "additionalProperties", "items"}
)
_TYPES: Final = {
    "object": (dict, "an object"),
    "array": (list, "a list"),
    "string": (str, "a string"),
    "null": (type(None), "null"),
}


class SchemaKeywordError(ValueError):
    """The schema uses a keyword (or a form of one) that `check` does not check."""


class InvalidError(Exception):
    """The value does not match the schema at ``key`` (``""``: the whole value)."""

    def __init__(self, key: str, problem: str) -> None:
        super().__init__(key, problem)
        self.key, self.problem = key, problem


def kind(value: object) -> str:
    """How a JSON value's type is named in a problem.

    Examples:
        >>> kind([]), kind(None), kind(True), kind(1.5)
        ('a list', 'null', 'a boolean', 'a number')
    """
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    return next((name for cls, name in _TYPES.values() if type(value) is cls), "a value")


def check_keywords(schema: Mapping[str, Any]) -> None:
    """Refuse a schema with a keyword `check` would ignore.

    Raises:
        SchemaKeywordError: naming the keyword.

    Examples:
        >>> check_keywords({"type": "string", "minLength": 1})
        Traceback (most recent call last):
        gaoxin_parse.json_check.SchemaKeywordError: unsupported schema keyword 'minLength'
    """
    for word, value in schema.items():
        if word not in ANNOTATIONS | CONSTRAINTS:
            raise SchemaKeywordError(f"unsupported schema keyword {word!r}")
        if word == "additionalProperties" and value is not False:
            raise SchemaKeywordError("additionalProperties must be false")
        if word == "$ref" and not str(value).startswith("#/$defs/"):
            raise SchemaKeywordError(f"only local references are supported, not {value!r}")
        if word == "type" and not set(_listed(value)) <= set(_TYPES):
            raise SchemaKeywordError(f"unsupported type {value!r}")
        if word in ("properties", "$defs"):
            for part in value.values():
                check_keywords(part)
        if word == "items":
            check_keywords(value)


def _listed(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _at(key: str, name: str) -> str:
    return f"{key}.{name}" if key else name


def check(value: Any, schema: Mapping[str, Any], root: Mapping[str, Any], key: str = "") -> None:
    """Check ``value`` against ``schema`` (a part of ``root``, where references point).

    Raises:
        InvalidError: at the first problem, naming its key.

    Examples:
        >>> schema = {"type": "object", "required": ["a"], "additionalProperties": False,
        ...           "properties": {"a": {"type": "array", "items": {"type": "string"}}}}
        >>> check({"a": ["x", 1]}, schema, schema)
        Traceback (most recent call last):
        gaoxin_parse.json_check.InvalidError: ('a[1]', 'expected a string, got a number')
    """
    if "$ref" in schema:
        check(value, root["$defs"][schema["$ref"].removeprefix("#/$defs/")], root, key)
    if "type" in schema:
        types = _listed(schema["type"])
        if not any(type(value) is _TYPES[t][0] for t in types):
            wanted = " or ".join(_TYPES[t][1] for t in types)
            raise InvalidError(key, f"expected {wanted}, got {kind(value)}")
    if "enum" in schema and not any(
        type(value) is type(choice) and value == choice for choice in schema["enum"]
    ):
        choices = ", ".join("null" if c is None else repr(c) for c in schema["enum"])
        raise InvalidError(key, f"expected one of {choices}, got {value!r}")
    if isinstance(value, dict):
        _check_object(value, schema, root, key)
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            check(item, schema["items"], root, f"{key}[{i}]")


def _check_object(
    value: dict[str, Any], schema: Mapping[str, Any], root: Mapping[str, Any], key: str
) -> None:
    properties: Mapping[str, Any] = schema.get("properties", {})
    for name in schema.get("required", ()):
        if name not in value:
            raise InvalidError(_at(key, name), "missing")
    if schema.get("additionalProperties", True) is False:
        for name in value:  # a misspelled key would otherwise be silently ignored
            if name not in properties:
                known = ", ".join(sorted(properties))
                raise InvalidError(_at(key, name), f"unknown key (known: {known})")
    for name, part in properties.items():
        if name in value:
            check(value[name], part, root, _at(key, name))
