"""The fast indented JSON writer writes exactly what ``json.dumps`` writes."""

from __future__ import annotations

import json
import math
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from gaoxin_parse.json_text import dumps

PLAIN = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),  # NaN and infinities too: json writes them as NaN, Infinity
    st.text(alphabet=st.sampled_from('ab高新"\\\n\t{}[],: \x00\u2028')),
)
VALUES = st.recursive(
    PLAIN,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.tuples(inner, inner),
        st.dictionaries(st.text(alphabet='k高"{},\n', max_size=3), inner, max_size=4),
    ),
    max_leaves=30,
)


@settings(max_examples=400)
@given(VALUES, st.integers(0, 4))
def test_same_text_as_json_dumps(value: Any, indent: int) -> None:
    assert dumps(value, indent) == json.dumps(value, ensure_ascii=False, indent=indent)


def test_records_whose_text_looks_like_a_record_boundary() -> None:
    # strings holding "}," and "{" must not be taken for the boundary between two records
    value = {"rows": [{"a": "},\n      {"}, {"a": 1.5, "b": math.inf}, {"c": None}], "e": []}
    assert dumps(value, 2) == json.dumps(value, ensure_ascii=False, indent=2)


def test_lists_of_spans_and_empty_members() -> None:
    value = {"spans": [[0, 3], [5, 9]], "none": [{}, [], [[]]], "k": {1: True, None: False}}
    assert dumps(value, 2) == json.dumps(value, ensure_ascii=False, indent=2)
