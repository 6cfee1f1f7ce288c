"""``parse_many``: one result per file, in input order, errors per file, in parallel processes."""

from __future__ import annotations

import itertools
import subprocess
import sys
from pathlib import Path

import pytest

import gaoxin_parse as gx
from gaoxin_parse.batch import map_ordered

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def _inputs(tmp_path: Path) -> list[Path]:
    """Seeds with an unreadable path and an undecodable file between them."""
    bad = tmp_path / "bad.txt"
    bad.write_bytes("本报讯".encode() + b"\xff\xfe" + "正文。".encode())
    return [SEEDS[0], tmp_path / "missing.txt", SEEDS[1], bad, *SEEDS[2:]]


@pytest.mark.parametrize("jobs", [1, 2])
def test_one_result_per_file_in_input_order(tmp_path: Path, jobs: int) -> None:
    """Every path gets its result at its place; good files parse as ``parse_file`` parses them."""
    paths = _inputs(tmp_path) * 3

    results = list(gx.parse_many(paths, jobs=jobs))

    assert [r.path for r in results] == paths
    for path, result in zip(paths, results, strict=True):
        if path.name in ("missing.txt", "bad.txt"):
            assert result.issue is None
            assert not result.ok
        else:
            assert result.error is None
            assert result.issue is not None
            assert result.issue.to_dict() == gx.parse_file(path).to_dict()


def test_errors_keep_their_type_across_processes(tmp_path: Path) -> None:
    """A worker's error arrives as the exception the file raised, with its attributes."""
    results = list(gx.parse_many(_inputs(tmp_path), jobs=2))

    missing, bad = results[1].error, results[3].error
    assert isinstance(missing, FileNotFoundError)
    assert "missing.txt" in str(missing)
    assert isinstance(bad, gx.SourceDecodeError)
    assert bad.offset == len("本报讯".encode())
    assert results[3].sha256 is not None  # read, so hashed
    assert results[1].sha256 is None


def test_hash_and_size_are_of_the_bytes() -> None:
    """``sha256`` and ``size`` describe the file's bytes, so an index can skip unchanged files."""
    import hashlib

    (result,) = gx.parse_many([SEEDS[0]])

    data = SEEDS[0].read_bytes()
    assert result.sha256 == hashlib.sha256(data).hexdigest()
    assert result.size == len(data)


def test_bad_options_raise_before_any_file() -> None:
    """An unknown encoding or fewer than one job is the caller's error, not a file's."""
    with pytest.raises(gx.OptionsError, match="encoding"):
        gx.parse_many(SEEDS, encoding="no-such-codec")
    with pytest.raises(gx.OptionsError, match="jobs"):
        list(gx.parse_many(SEEDS, jobs=0))


def test_forced_encoding_is_used() -> None:
    """``encoding`` reaches the worker: Latin-1 decodes any bytes, so nothing fails."""
    results = list(gx.parse_many(SEEDS[:2], jobs=2, encoding="latin-1"))

    assert all(r.ok for r in results)
    assert results[0].issue is not None
    assert "本报" not in results[0].issue.source  # UTF-8 read as Latin-1


def test_stopping_early_does_not_hang() -> None:
    """A consumer that takes a few results and stops leaves no work queued."""
    first = list(itertools.islice(map_ordered(abs, range(-5000, 0), 2), 3))

    assert first == [5000, 4999, 4998]


def test_parse_many_is_loaded_on_first_use() -> None:
    # Importing the package for one parse must not pay for multiprocessing; the name still
    # works, appears in dir() and raises AttributeError for a typo as a module should.
    code = (
        "import sys, gaoxin_parse as gx\n"
        "assert 'multiprocessing' not in sys.modules, 'imported eagerly'\n"
        "assert 'parse_many' in dir(gx) and 'Parsed' in dir(gx)\n"
        "assert gx.parse_many.__module__ == 'gaoxin_parse.batch'\n"
        "try:\n    gx.parse_manny\nexcept AttributeError as e:\n    assert 'parse_manny' in str(e)\n"
        "else:\n    raise SystemExit('no AttributeError')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
