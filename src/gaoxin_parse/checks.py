"""Type checks for the model's fields: a wrong value raises at once, naming the field.

Plain ``attrs`` validators (``instance_of`` and ``in_``): the model is built on the parse's hot
path, so every check is one ``isinstance`` (per item for tuples) and nothing deeper; a
``Span``'s own check lives in its ``__attrs_post_init__``.
"""

from __future__ import annotations

from typing import Any

from attrs import validators as v

Validator = Any  # attrs' validator protocol has no public type

STR: Validator = v.instance_of(str)
OPT_STR: Validator = v.optional(STR)
INT: Validator = v.instance_of(int)
OPT_INT: Validator = v.optional(INT)
BOOL: Validator = v.instance_of(bool)
OPT_NUMBER: Validator = v.optional(v.instance_of((int, float)))


def tuple_of(kind: type | tuple[type, ...]) -> Validator:
    """A tuple whose every item is a ``kind``."""
    return v.deep_iterable(v.instance_of(kind), v.instance_of(tuple))


def optional(kind: type) -> Validator:
    """``None`` or a ``kind``."""
    return v.optional(v.instance_of(kind))


def one_of(*values: str) -> Validator:
    """One of the literal ``values``."""
    return v.in_(values)


def confidence(value: float) -> float:
    """Round to three decimals, so that the model and its JSON hold the same number."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"confidence must be a number, got {type(value).__name__}")
    return round(float(value), 3)
