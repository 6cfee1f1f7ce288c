"""Indented JSON text, byte for byte what ``json.dumps(value, ensure_ascii=False, indent=n)``
writes, without the standard library's pure-Python encoder.

On Python 3.11 ``json.dumps`` with ``indent`` runs the generator-based Python encoder, which
cost more than half a parse. Here every container of plain values (the bulk of the contract:
spans, roles, decisions) is written by one call of the C encoder, its separators set to the
newline and indentation of its depth; only containers holding containers are walked in Python.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]
from typing import Any

_PLAIN_TYPES = frozenset((str, int, float, bool, type(None)))
_COMPACT = json.JSONEncoder(ensure_ascii=False).encode


@cache
def _flat(inner: str) -> Callable[[Any, int], Any]:
    """The C encoder writing one container of plain values with items on lines of ``inner``
    (the object ``json.JSONEncoder.iterencode`` builds, without its per-call set-up)."""
    if c_make_encoder is None:  # pragma: no cover - CPython always has the C encoder
        encode = json.JSONEncoder(ensure_ascii=False, separators=("," + inner, ": ")).encode
        return lambda value, _: (encode(value),)
    return c_make_encoder(  # type: ignore[no-any-return]
        None, None, encode_basestring, None, ": ", "," + inner, False, False, True
    )


def _plain(value: Any) -> str:
    """A plain value as ``json.dumps`` writes it (the common types without its set-up)."""
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if kind is int:
        return int.__repr__(value)
    if value is None:
        return "null"
    if kind is bool:
        return "true" if value else "false"
    return _COMPACT(value)  # floats: json's own spelling of nan and infinity


def _flat_members(members: Any) -> bool:
    """Whether every member is a plain value (the check runs in C: ``map`` and a set)."""
    return _PLAIN_TYPES.issuperset(map(type, members))


def _records(value: Any, kind: Any) -> bool:
    """Whether ``value`` holds only non-empty ``kind`` containers of plain values."""
    return all(
        type(m) is kind and m and _flat_members(m.values() if kind is dict else m) for m in value
    )


def _write(value: Any, unit: str, outer: str) -> str:
    """``value`` at the indentation ``outer`` (a newline and the spaces of its depth)."""
    if isinstance(value, dict):
        members: Any = value.values()
        opener, closer = "{", "}"
    elif isinstance(value, list | tuple):
        members = value
        opener, closer = "[", "]"
    else:
        return _plain(value)
    if not value:
        return opener + closer
    inner = outer + unit
    if _flat_members(members):
        return opener + inner + "".join(_flat(inner)(value, 0))[1:-1] + outer + closer
    if opener == "[":
        kind = type(value[0])
        if kind in (dict, list) and _records(value, kind):
            # One C call for a list of records: the item separator of the records' depth also
            # joins the records; a raw newline never occurs inside a JSON string and a plain
            # value never ends with a bracket, so "}" + separator + "{" only joins records.
            most = inner + unit
            sep = "," + most
            body = "".join(_flat(most)(value, 0))[2:-2]
            a, b = ("{", "}") if kind is dict else ("[", "]")
            body = body.replace(b + sep + a, outer + unit + b + "," + inner + a + most)
            return "[" + inner + a + most + body + inner + b + outer + "]"
        items = [
            _plain(v) if type(v) in _PLAIN_TYPES else _write(v, unit, inner) for v in value
        ]
    else:
        items = [
            _plain_key(k)
            + ": "
            + (_plain(v) if type(v) in _PLAIN_TYPES else _write(v, unit, inner))
            for k, v in value.items()
        ]
    return opener + inner + ("," + inner).join(items) + outer + closer


def _plain_key(key: Any) -> str:
    if type(key) is str:
        return encode_basestring(key)
    return _COMPACT({key: 0})[1:-4]  # non-string keys as json writes them ("1", "true", ...)


def dumps(value: Any, indent: int) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=indent)``, faster.

    >>> dumps({"a": [1, {"b": None}], "c": "高新"}, 2) == json.dumps(
    ...     {"a": [1, {"b": None}], "c": "高新"}, ensure_ascii=False, indent=2)
    True
    """
    return _write(value, " " * indent, "\n")
