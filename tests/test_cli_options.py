"""The command line's behaviour a user relies on without reading the code: exit statuses in
``--help``, output files with the umask's permissions, global options before or after a
subcommand, ``-v``/``-q``, ``--fail-fast``, and a progress bar that never mixes with results.
Each command runs in a subprocess and is judged by what a user sees.
"""

from __future__ import annotations

import io
import json
import os
import re
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from gaoxin_parse.outputs import write_atomically
from gaoxin_parse.progress import Progress

from .test_cli import run_with_terminal_stderr

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
EXPECTED = ROOT / "tests" / "expected"
TIMEOUT = 120


def run_cli(*args: object) -> subprocess.CompletedProcess[str]:
    """Run ``python -m gaoxin_parse ARGS`` from the repository root."""
    return subprocess.run(
        [sys.executable, "-m", "gaoxin_parse", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


def gold(seed: Path) -> dict[str, Any]:
    """The hand-written gold file of a seed."""
    data: dict[str, Any] = json.loads((EXPECTED / f"{seed.stem}.json").read_text("utf-8"))
    return data


@pytest.fixture
def umask() -> Iterator[None]:
    """Whatever a test sets with ``os.umask`` is set back afterwards."""
    old = os.umask(0o022)
    os.umask(old)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    """A file's permission bits."""
    return stat.S_IMODE(path.stat().st_mode)


# --- help -------------------------------------------------------------------------------------


def test_help_documents_the_exit_statuses() -> None:
    """``--help`` ends with the exit statuses: 0 all well, 1 some file failed, 2 usage."""
    proc = run_cli("--help")

    assert proc.returncode == 0
    statuses = proc.stdout[proc.stdout.index("exit status") :]
    assert re.search(r"^\s+0\s+every input parsed", statuses, re.MULTILINE)
    assert re.search(r"^\s+1\s+some input could not be", statuses, re.MULTILINE)
    assert re.search(r"^\s+2\s+usage error", statuses, re.MULTILINE)
    for option in ("--fail-fast", "--verbose", "--quiet"):
        assert option in proc.stdout


@pytest.mark.parametrize("command", ["evaluate", "review", "index", "search", "stats", "export"])
def test_each_subcommand_help_says_what_it_does(command: str) -> None:
    """A subcommand's ``--help`` has a plain description between usage and arguments (no
    reStructuredText marks, no sentence cut off), and every positional argument is explained."""
    proc = run_cli(command, "--help")

    assert proc.returncode == 0
    description = proc.stdout.split("\n\n")[1]
    assert description[0].isupper(), description
    assert description.rstrip().endswith((".", "…")), description
    assert "``" not in proc.stdout
    positionals = proc.stdout.split("positional arguments:\n", 1)[1].split("\n\n", 1)[0]
    for line in positionals.splitlines():
        assert len(line.split()) > 1, f"{command}: {line.strip()} is not explained"


# --- permissions ------------------------------------------------------------------------------


@pytest.mark.usefixtures("umask")
@pytest.mark.parametrize(("mask", "expected"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_outputs_get_the_permissions_the_umask_gives(
    tmp_path: Path, mask: int, expected: int
) -> None:
    """A new output file, one per input or one for all, is readable as the user's umask says
    (a temporary file is private; the output must not stay so)."""
    os.umask(mask)

    one = run_cli(SEEDS[0], "-o", tmp_path / "one.json")
    folder = run_cli(*SEEDS[:2], "-o", tmp_path / "folder", "--format", "text")
    write_atomically(tmp_path / "direct.txt", "文字")

    assert one.returncode == folder.returncode == 0, one.stderr + folder.stderr
    assert mode(tmp_path / "one.json") == expected
    assert [mode(p) for p in sorted((tmp_path / "folder").iterdir())] == [expected] * 2
    assert mode(tmp_path / "direct.txt") == expected


@pytest.mark.usefixtures("umask")
def test_a_replaced_output_keeps_its_permissions(tmp_path: Path) -> None:
    """Written over, a file keeps the permissions it had, as a shell's ``>`` would."""
    os.umask(0o022)
    target = tmp_path / "issue.json"
    target.write_text("{}", encoding="utf-8")
    target.chmod(0o640)

    proc = run_cli(SEEDS[0], "-o", target)

    assert proc.returncode == 0, proc.stderr
    assert mode(target) == 0o640
    assert json.loads(target.read_text(encoding="utf-8"))["articles"]


# --- global options, verbosity ----------------------------------------------------------------


def wrong_title_gold(tmp_path: Path) -> Path:
    """A gold folder for the first seed whose first title is wrong: one mismatch."""
    folder = tmp_path / "gold"
    folder.mkdir()
    data = gold(SEEDS[0])
    data["articles"][0]["title"] = "别的标题"
    (folder / f"{SEEDS[0].stem}.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return folder


@pytest.mark.parametrize("where", ["before", "after"])
def test_verbose_and_quiet_evaluate_before_or_after_the_subcommand(
    tmp_path: Path, where: str
) -> None:
    """``-v`` adds a line per issue on standard error; ``-q`` leaves out the mismatch lines
    (keeping their count); both work before and after ``evaluate``."""
    folder = wrong_title_gold(tmp_path)
    issue_dir = SEEDS[0].parent
    articles = len(gold(SEEDS[0])["articles"])

    def evaluate(flag: str) -> subprocess.CompletedProcess[str]:
        rest = ["evaluate", folder, issue_dir]
        return run_cli(flag, *rest) if where == "before" else run_cli(*rest, flag)

    verbose, quiet = evaluate("-v"), evaluate("-q")

    assert verbose.returncode == quiet.returncode == 0, verbose.stderr + quiet.stderr
    assert f"{SEEDS[0].name}: {articles} articles found, {articles} in the gold" in verbose.stderr
    assert "- titles: " in verbose.stdout
    assert "mismatches: 1" in quiet.stdout
    assert "- titles: " not in quiet.stdout
    assert quiet.stderr == ""


def test_verbose_parse_names_what_each_input_holds() -> None:
    """``-v``: one line per input on standard error, with its articles and photos (as many as
    its gold file lists); standard output unchanged."""
    plain = run_cli(*SEEDS[:2], "--format", "jsonl")
    verbose = run_cli("-v", *SEEDS[:2], "--format", "jsonl")

    assert verbose.returncode == 0, verbose.stderr
    assert verbose.stdout == plain.stdout
    for seed in SEEDS[:2]:
        expected = gold(seed)
        line = f"{seed}: {len(expected['articles'])} articles, {len(expected['photos'])} photos"
        assert line in verbose.stderr


@pytest.mark.parametrize("args", [["-q", "-v"], ["-v", "-q", "evaluate", "tests/expected"]])
def test_quiet_and_verbose_together_are_a_usage_error(args: list[str]) -> None:
    """Asking for less and more at once: status 2, nothing on standard output."""
    proc = run_cli(*args, "seeds")

    assert proc.returncode == 2
    assert "not allowed with" in proc.stderr
    assert proc.stdout == ""


def test_an_option_a_subcommand_has_not_is_a_usage_error() -> None:
    """``--fail-fast`` before ``evaluate`` is not silently dropped: evaluate refuses it."""
    proc = run_cli("--fail-fast", "evaluate", "tests/expected", "seeds")

    assert proc.returncode == 2
    assert "--fail-fast" in proc.stderr


# --- fail fast --------------------------------------------------------------------------------


@pytest.fixture
def good_bad_good(tmp_path: Path) -> Path:
    """A folder of three inputs in this order: a good issue, an undecodable one, a good one."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_good.txt").write_bytes(SEEDS[0].read_bytes())
    (folder / "b_bad.txt").write_bytes(b"\xff\xfe\xff\xfe")
    (folder / "c_good.txt").write_bytes(SEEDS[1].read_bytes())
    return folder


def files_below(folder: Path) -> list[str]:
    """Every file below ``folder``, hidden and temporary ones included."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_fail_fast_stops_at_the_first_failed_input(
    good_bad_good: Path, tmp_path: Path, jobs: str
) -> None:
    """``--fail-fast``: the bad input named, status 1, the input after it never written; one
    shared output file is not written at all (it would hold part of the inputs); a folder
    holds the whole outputs of the inputs before it; nothing half written anywhere."""
    shared = run_cli(good_bad_good, "--fail-fast", "-j", jobs, "-o", tmp_path / "all.jsonl")
    folder = run_cli(good_bad_good, "--fail-fast", "-j", jobs, "-o", tmp_path / "out")
    stdout = run_cli(good_bad_good, "--fail-fast", "-j", jobs, "--format", "jsonl")
    going_on = run_cli(good_bad_good, "-j", jobs, "--format", "jsonl")

    for proc in (shared, folder, stdout, going_on):
        assert proc.returncode == 1
        assert "b_bad.txt" in proc.stderr
        assert "Traceback" not in proc.stderr
    assert "stopped; 1 input not processed" in shared.stderr  # c_good.txt
    assert not (tmp_path / "all.jsonl").exists()
    assert files_below(tmp_path / "out") == ["a_good.json"]
    assert json.loads((tmp_path / "out" / "a_good.json").read_text("utf-8"))["articles"]
    assert [json.loads(line)["path"] for line in stdout.stdout.splitlines()] == [
        str(good_bad_good / "a_good.txt")
    ]
    assert [json.loads(line)["path"] for line in going_on.stdout.splitlines()] == [
        str(good_bad_good / "a_good.txt"),
        str(good_bad_good / "c_good.txt"),
    ]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_folder_without_inputs_is_named_with_the_pattern(tmp_path: Path) -> None:
    """A folder holding no matching file: the message names the folder and the pattern, for the
    parse command and for review alike (status 1, one line)."""
    (tmp_path / "notes.md").write_text("# 不是 txt\n", encoding="utf-8")

    for command in ([], ["review"]):
        proc = run_cli(*command, tmp_path)

        assert proc.returncode == 1
        assert proc.stderr.strip().splitlines() == [
            f"gaoxin-parse{' review' * bool(command)}: no input files: "
            f"no file matching '*.txt' in {tmp_path}"
        ]


# --- progress bar -----------------------------------------------------------------------------


def test_bar_shows_rate_and_time_left_then_time_taken() -> None:
    """Four files at one a second: 1.0 files/s, 0:03 left after the first; the finished bar
    says how long it took, on a line of its own; redraws closer than 0.1 s are skipped."""
    times = iter([0.0, 1.0, 1.05, 3.0, 4.0])
    stream = io.StringIO()
    progress = Progress(4, stream, True, now=lambda: next(times))

    for _ in range(4):
        progress.step()

    drawn = stream.getvalue().split("\r")[1:]
    assert drawn[0] == "[######..................]  25% 1/4 files 1.0 files/s 0:03 left"
    assert len(drawn) == 3  # the second file came 0.05 s after the first: not drawn
    assert drawn[1].startswith("[##################......]  75% 3/4 files 1.0 files/s 0:01 left")
    # blanks wipe what remains of the longer line before it
    assert drawn[2].endswith("\n")
    assert drawn[2].rstrip() == "[########################] 100% 4/4 files 1.0 files/s in 0:04"


def test_cleared_bar_leaves_a_blank_line_start() -> None:
    """``clear()`` overwrites the bar with blanks and returns to the line's start."""
    stream = io.StringIO()
    progress = Progress(3, stream, True, now=lambda: 1.0)
    progress.step()
    drawn = stream.getvalue()

    progress.clear()

    assert stream.getvalue() == drawn + "\r" + " " * (len(drawn) - 1) + "\r"


def screen(raw: bytes) -> list[str]:
    """The lines a terminal shows for ``raw``: a carriage return goes back to the start of the
    line, and what follows overwrites what stood there."""
    lines: list[str] = []
    line: list[str] = []
    column = 0
    for char in raw.decode("utf-8"):
        if char == "\n":
            lines.append("".join(line).rstrip())
            line, column = [], 0
        elif char == "\r":
            column = 0
        else:
            line[column : column + 1] = [char]
            column += 1
    if line:
        lines.append("".join(line).rstrip())
    return lines


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_bar_and_results_on_one_terminal_never_share_a_line() -> None:
    """Standard output and standard error on the same terminal: every line the terminal shows
    is either a whole JSON line or the bar; the finished bar stays with its rate."""
    status, _, terminal = run_with_terminal_stderr(*SEEDS, "--format", "jsonl", both=True)

    assert status == 0
    shown = [line for line in screen(terminal) if line.strip()]
    results = [line for line in shown if line.startswith("{")]
    bars = [line for line in shown if not line.startswith("{")]
    assert [json.loads(line)["path"] for line in results] == [str(p) for p in SEEDS]
    assert len(bars) == 1
    assert re.fullmatch(r"\[#+\] 100% 4/4 files [\d.]+ files/s in \d+:\d\d", bars[0])
