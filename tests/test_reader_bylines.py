"""Eighty made-up byline, credit and look-alike lines, each with the reading a second reader
gave it without running the parser (``tests/reader_bylines.tsv``), read exactly.

The file has the columns of the development list (text, kind, source, reporters,
correspondents, photographers, others, note); the comparison is the one of
``benchmarks/bylines.py``, so a line reads the same here and there.
"""

from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINES = Path(__file__).parent / "reader_bylines.tsv"


def _benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bylines_benchmark", ROOT / "benchmarks" / "bylines.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


BENCHMARK = _benchmark()
ROWS = list(csv.DictReader(LINES.open(encoding="utf-8"), delimiter="\t"))


def test_every_kind_is_there() -> None:
    """Leads, trailing bylines, credits and look-alikes, eighty lines in all."""
    assert len(ROWS) == 80
    assert {row["kind"] for row in ROWS} == {"lead", "trail", "credit", "none"}


@pytest.mark.parametrize("row", ROWS, ids=[f"{n}-{row['kind']}" for n, row in enumerate(ROWS)])
def test_line_reads_as_the_reader_read_it(row: dict[str, str]) -> None:
    """Names, roles and source exactly; a look-alike reads as nothing."""
    got = BENCHMARK.read(row["kind"], row["text"])

    assert BENCHMARK.problems(row, got) == []
