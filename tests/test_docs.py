"""The docs cannot drift from the code: they build cleanly, and their examples run.

``pycon`` examples in ``docs/*.md`` and ``README.md`` run as doctests (``--doctest-glob``);
``console`` examples run here: each ``$`` line must exit 0, and each output line shown under it
must appear in what it printed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import regex

ROOT = Path(__file__).resolve().parent.parent
PAGES = [*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md"]
_CONSOLE_RE = regex.compile(r"```console\n(.*?)```", regex.DOTALL)


def console_examples() -> list[tuple[str, str, list[str]]]:
    """``(page, command, shown output lines)`` for every console example."""
    examples = []
    for page in PAGES:
        for block in _CONSOLE_RE.findall(page.read_text(encoding="utf-8")):
            for chunk in regex.split(r"(?m)^\$ ", block)[1:]:
                command, *shown = chunk.rstrip("\n").split("\n")
                examples.append((page.name, command, [s for s in shown if s.strip()]))
    return examples


@pytest.mark.parametrize(("page", "command", "shown"), console_examples())
def test_console_example(page: str, command: str, shown: list[str], tmp_path: Path) -> None:
    """A console example exits 0 and prints what the page shows."""
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}

    result = subprocess.run(
        command, shell=True, cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )

    assert result.returncode == 0, f"{page}: {command}\n{result.stderr}"
    printed = [" ".join(line.split()) for line in (result.stdout + result.stderr).splitlines()]
    for line in shown:
        assert " ".join(line.split()) in printed, f"{page}: {command!r} did not print {line!r}"


def test_accuracy_table_is_reproduced() -> None:
    """``docs/accuracy.md`` shows exactly what ``evaluate`` prints on the seeds."""
    page = (ROOT / "docs" / "accuracy.md").read_text(encoding="utf-8")
    table = page.split("```text\n", 1)[1].split("```", 1)[0]

    result = subprocess.run(
        [sys.executable, "-m", "gaoxin_parse", "evaluate", "tests/expected", "seeds"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )

    assert result.stdout.startswith(table)


def test_docs_build_without_warnings(tmp_path: Path) -> None:
    """``mkdocs build --strict`` succeeds: no warning, no broken link, API reference renders."""
    mkdocs = str(Path(sys.executable).parent / "mkdocs")

    result = subprocess.run(
        [mkdocs, "build", "--strict", "-d", str(tmp_path / "site")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert (tmp_path / "site" / "api" / "index.html").read_text(encoding="utf-8").count(
        "parse_issue"
    ) > 0
