"""The made-up byline lists (``tests/reader_bylines*.tsv``) and the comparison of
``benchmarks/bylines.py``, shared by the tests of each list."""

from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def _benchmark() -> ModuleType:
    path = ROOT / "benchmarks" / "bylines.py"
    spec = importlib.util.spec_from_file_location("bylines_benchmark", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


#: ``read(kind, text)`` and ``problems(row, got)`` of the byline benchmark.
BENCHMARK = _benchmark()


def rows(name: str) -> list[dict[str, str]]:
    """The rows of one list, by file name."""
    path = Path(__file__).parent / name
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
