"""What a user gets from the wheel, away from a checkout: the seed issues and both JSON Schemas
inside the package, and the docs' examples for users running as written (they read the seeds
through ``gaoxin_parse.testing.seed_path``, not through ``seeds/`` of a checkout).

The wheel is built once, unpacked into a folder put first on ``PYTHONPATH``, and each example
runs in a folder of its own, where no ``seeds/`` exists.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
#: Docs pages whose examples promise to run wherever the package is installed.
USER_PAGES = ["index.md", "data-model.md", "pytest-plugin.md"]
SEEDS = sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def unpacked(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel of this checkout, built from a clean copy of what goes into it (an in-tree
    ``build/`` could hold modules since removed) and unpacked, as pip would install it."""
    out = tmp_path_factory.mktemp("wheel")
    source = out / "source"
    for part in ("src", "seeds", "docs"):
        shutil.copytree(ROOT / part, source / part, ignore=shutil.ignore_patterns("__pycache__"))
    for part in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / part, source / part)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(out), str(source)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = out.glob("gaoxin_parse-*.whl")
    target = out / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(target)
    return target


def run_python(code: str, unpacked: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run ``code`` with the unpacked wheel first on the path, in ``cwd``."""
    env = {**os.environ, "PYTHONPATH": str(unpacked)}
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_wheel_holds_the_seeds_and_both_schemas(unpacked: Path) -> None:
    """The four seeds and the issue and gold schemas are package data."""
    package = unpacked / "gaoxin_parse"

    assert sorted(p.name for p in (package / "seeds").glob("*.txt")) == SEEDS
    assert json.loads((package / "schemas" / "schema.json").read_text("utf-8"))["$id"]
    gold = json.loads((package / "schemas" / "gold.schema.json").read_text("utf-8"))
    assert gold["required"] == ["articles", "photos"]


def test_installed_package_reads_its_own_data(unpacked: Path, tmp_path: Path) -> None:
    """From the wheel: the package is the unpacked one, and its seeds and gold schema are read
    from inside it."""
    code = (
        "import gaoxin_parse, gaoxin_parse.testing as t, gaoxin_parse.goldfile as g\n"
        "print(gaoxin_parse.__file__)\n"
        "print(t.seed_path('000_1c68c8fc2e42573b.txt'))\n"
        "print(sorted(g.gold_schema()['$defs']))\n"
    )

    proc = run_python(code, unpacked, tmp_path)

    assert proc.returncode == 0, proc.stderr
    module, seed, defs = proc.stdout.splitlines()
    assert Path(module).is_relative_to(unpacked)
    assert Path(seed).is_relative_to(unpacked)
    assert "article" in defs
    assert "photo" in defs


@pytest.mark.parametrize("page", USER_PAGES)
def test_user_docs_examples_run_from_the_wheel(page: str, unpacked: Path, tmp_path: Path) -> None:
    """Each example of the page runs as a doctest from the installed package, in a folder
    without the checkout's ``seeds/``."""
    path = ROOT / "docs" / page
    code = (
        "import doctest, sys\n"
        f"result = doctest.testfile({str(path)!r}, module_relative=False)\n"
        "print(result.attempted, result.failed)\n"
        "sys.exit(1 if result.failed or not result.attempted else 0)\n"
    )

    proc = run_python(code, unpacked, tmp_path)

    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert not (tmp_path / "seeds").exists()
