"""``parse_many`` and the archive commands under faults: they share the command line's workers,
so they keep its guarantees (workers capped, dying with their parent, regular files only, a
closed pipe ends quietly)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

import gaoxin_parse as gx
from gaoxin_parse import cli
from gaoxin_parse.archive import Archive
from gaoxin_parse.workers import map_ordered

from .test_cli_faults import ROOT, SEEDS, alive, children, needs_proc, wait_until


def _pid_after_a_moment(_: int) -> int:
    time.sleep(0.02)  # long enough that an eager pool would start a worker per item
    return os.getpid()


def test_workers_are_capped_at_items_and_processors() -> None:
    """``jobs=64`` on 20 items starts no more processes than processors (nor than items)."""
    pids = set(map_ordered(_pid_after_a_moment, range(20), 64))

    assert 1 <= len(pids) <= min(20, os.cpu_count() or 1)


def test_fifo_is_a_per_file_error_not_a_hang(tmp_path: Path) -> None:
    """A FIFO among the paths gets ``NotAFileError`` in its result; nothing waits on it."""
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)

    results = list(gx.parse_many([SEEDS[0], fifo, SEEDS[1]], jobs=2))

    assert [r.ok for r in results] == [True, False, True]
    assert isinstance(results[1].error, gx.errors.NotAFileError)


def test_size_limit_is_a_per_file_error() -> None:
    """A file over ``max_bytes`` carries ``InputTooLargeError``; a smaller one parses."""
    small = min(SEEDS, key=lambda p: p.stat().st_size)
    limit = small.stat().st_size

    results = list(gx.parse_many([small, *SEEDS], jobs=1, max_bytes=limit))

    assert results[0].ok
    assert any(isinstance(r.error, gx.errors.InputTooLargeError) for r in results[1:])


def test_non_text_codec_is_refused_before_any_file() -> None:
    """``rot13`` maps text to text: the caller's error, as on the command line."""
    with pytest.raises(gx.OptionsError, match="not a text encoding"):
        gx.parse_many(SEEDS, encoding="rot13")


@needs_proc
def test_parse_many_workers_die_with_their_parent(tmp_path: Path) -> None:
    """A Python program killed (SIGKILL) during ``parse_many`` leaves no worker behind."""
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in SEEDS) * 6
    for k in range(40):
        (tmp_path / f"{k:03}.txt").write_text(text, encoding="utf-8")
    program = (
        "import sys, pathlib, gaoxin_parse as gx\n"
        "paths = sorted(pathlib.Path(sys.argv[1]).glob('*.txt'))\n"
        "for _ in gx.parse_many(paths * 20, jobs=2):\n"
        "    pass\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", program, tmp_path], cwd=ROOT)
    assert wait_until(lambda: len(children(proc.pid)) >= 2, 20)
    workers_seen = children(proc.pid)
    proc.kill()
    proc.wait(timeout=60)

    assert wait_until(lambda: not any(alive(p) for p in workers_seen), 10)


def test_index_skips_a_fifo_instead_of_waiting(tmp_path: Path) -> None:
    """``gaoxin-parse index`` given a FIFO records it as failed and indexes the rest."""
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)

    proc = subprocess.run(
        [sys.executable, "-m", "gaoxin_parse", "index", fifo, SEEDS[0], "--db",
         tmp_path / "a.sqlite", "--quiet"],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip

    assert proc.returncode == 1
    assert "1 parsed, 0 unchanged, 1 failed" in proc.stdout
    assert "is a FIFO" in proc.stderr


class _ClosedPipe(io.StringIO):
    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_search_into_a_closed_pipe_ends_quietly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``gaoxin-parse search DB 高新 | head``: status 141 and nothing on standard error, as
    for the parse command (not a usage error)."""
    db = tmp_path / "a.sqlite"
    with Archive(db) as archive:
        archive.index([SEEDS[0]], jobs=1)
    monkeypatch.setattr(sys, "stdout", _ClosedPipe())

    status = cli.main(["search", str(db), "高新"])

    assert status == cli.EXIT_BROKEN_PIPE
    assert capsys.readouterr().err == ""
