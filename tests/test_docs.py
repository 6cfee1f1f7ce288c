"""The docs cannot drift from the code: they build cleanly, and their examples run.

``pycon`` examples in ``docs/*.md`` and ``README.md`` run as doctests (``--doctest-glob``);
``console`` examples run here: each ``$`` line must exit 0, and each output line shown under it
must appear in what it printed.
"""

from __future__ import annotations

import html
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import attrs
import pytest
import regex

import gaoxin_parse as gx

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


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The docs site, built once with ``mkdocs build --strict`` (a warning fails the build)."""
    folder = tmp_path_factory.mktemp("site")
    mkdocs = str(Path(sys.executable).parent / "mkdocs")
    result = subprocess.run(
        [mkdocs, "build", "--strict", "-d", str(folder)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, result.stderr
    return folder


def _api_sections(site: Path) -> dict[str, str]:
    """Each documented object's id on the API page → its HTML up to the next heading."""
    page = (site / "api" / "index.html").read_text(encoding="utf-8")
    heads = list(regex.finditer(r'<h\d id="([^"]+)"', page))
    return {
        head.group(1): page[head.end() : following.start() if following else len(page)]
        for head, following in zip(heads, [*heads[1:], None], strict=True)
    }


def _text(fragment: str) -> str:
    """The text of an HTML fragment, tags removed."""
    return html.unescape(regex.sub(r"<[^>]+>", "", fragment))


def test_docs_build_without_warnings(site: Path) -> None:
    """``mkdocs build --strict`` succeeds with the material theme, and every page is there."""
    index = (site / "index.html").read_text(encoding="utf-8")
    assert 'content="mkdocs-' in index
    assert "md-header" in index  # the material theme
    for page in ("api", "gold", "pytest-plugin", "changelog", "cli"):
        assert (site / page / "index.html").is_file(), page


def test_api_page_shows_every_public_name_with_its_signature(site: Path) -> None:
    """Every name of ``gaoxin_parse.__all__`` has a heading on the API page and a signature:
    ``name(…)`` for a function or class, ``name = value`` for a constant."""
    sections = _api_sections(site)

    for name in gx.__all__:
        section = sections.get(f"gaoxin_parse.{name}")
        assert section is not None, f"{name} has no heading on the API page"
        signature = regex.search(r'class="doc-signature[^"]*">(.*?)</div>', section, regex.S)
        assert signature is not None, f"{name} has no signature"
        shown = " ".join(_text(signature.group(1)).split())
        assert shown.startswith((f"{name}(", f"{name} = ")), (name, shown)


def test_api_page_lists_every_field_of_the_model_classes(site: Path) -> None:
    """Each public attrs class shows each of its fields (as a member with its type), and each
    field appears in the class's signature."""
    sections = _api_sections(site)
    classes = [getattr(gx, name) for name in gx.__all__ if attrs.has(getattr(gx, name))]
    assert len(classes) >= 15

    for cls in classes:
        signature = _text(sections[f"gaoxin_parse.{cls.__name__}"])
        for field in attrs.fields(cls):
            member = sections.get(f"gaoxin_parse.{cls.__name__}.{field.name}")
            assert member is not None, f"{cls.__name__}.{field.name} is not listed"
            assert f"{field.name}:" in _text(member) or f"{field.name}:" in signature


def test_api_page_renders_examples_as_code_and_no_roles(site: Path) -> None:
    """Doctest examples are code blocks (their ``>>>`` kept), and no Sphinx role (``:class:``)
    is shown literally."""
    page = (site / "api" / "index.html").read_text(encoding="utf-8")
    outside_code = regex.sub(r"<pre.*?</pre>", "", page, flags=regex.S)

    assert page.count("&gt;&gt;&gt;") >= 10
    assert "&gt;&gt;&gt;" not in outside_code
    for role in (":class:", ":func:", ":mod:", ":data:", ":meth:"):
        assert role not in _text(page), role


def test_docs_extra_is_separate_from_the_test_extra() -> None:
    """``pip install 'gaoxin_parse[docs]'`` brings what builds the site; ``test`` includes it
    (the site is built by the tests in CI) without being it."""
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "optional-dependencies"
    ]

    names = {regex.split(r"[<>=\[ ]", item, maxsplit=1)[0] for item in extras["docs"]}
    assert {"mkdocs", "mkdocs-material", "mkdocstrings"} <= names
    assert "gaoxin_parse[docs]" in extras["test"]
    assert not any(item.startswith("pytest") for item in extras["docs"])
