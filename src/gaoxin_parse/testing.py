"""Helpers for tests in other projects: build an issue text from parts.

The pytest plugin (`gaoxin_parse.pytest_plugin`) exposes these as fixtures.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

#: Three blank lines: where a picture stood on the page.
PICTURE_GAP = "\n\n\n\n"


def _seed_folder() -> Traversable:
    try:
        return resources.files("gaoxin_parse.seeds")
    except ModuleNotFoundError:  # an editable install: the checkout's own seeds/ folder
        return Path(__file__).resolve().parents[2] / "seeds"


def seed_path(name: str) -> Path:
    """The path of a seed issue shipped with the package, for examples and tests that need a
    file (in a checkout, the file in ``seeds/``; from an installed wheel, the packaged copy).

    Raises:
        FileNotFoundError: no seed of that name.

    Examples:
        >>> import gaoxin_parse as gx
        >>> path = seed_path("000_1c68c8fc2e42573b.txt")
        >>> len(gx.parse_file(path).articles)
        7
    """
    item = _seed_folder().joinpath(name)
    if not isinstance(item, Path) or not item.is_file():
        known = ", ".join(sorted(seed_texts()))
        raise FileNotFoundError(f"no seed issue {name!r} (the seeds: {known})")
    return item


def seed_texts() -> dict[str, str]:
    """The seed issues shipped with the package, by file name.

    Examples:
        >>> sorted(seed_texts())[0]
        '000_1c68c8fc2e42573b.txt'
    """
    folder = _seed_folder()
    return {
        item.name: item.read_text(encoding="utf-8")
        for item in sorted(folder.iterdir(), key=lambda p: p.name)
        if item.name.endswith(".txt")
    }


def cut(text: str, offsets: Sequence[int], separator: str = "\n\n") -> str:
    """``text`` cut by breaks (blank lines) at the given character offsets.

    Examples:
        >>> cut("体制机制持续创新。", [5])
        '体制机制持\\n\\n续创新。'
    """
    out, pos = [], 0
    for offset in sorted(offsets):
        out += [text[pos:offset], separator]
        pos = offset
    return "".join([*out, text[pos:]])


def make_issue_text(
    *,
    headlines: Sequence[str] = ("标题",),
    byline: str | None = "本报讯(记者王小明 通讯员李四)",
    paragraphs: Sequence[str] = ("正文第一段。",),
    photo: Mapping[str, str] | None = None,
    breaks: Mapping[int, Sequence[int]] | None = None,
    marks: str = "## ",
) -> str:
    """The text of a one-article issue (and an optional photo) built from parts.

    Args:
        headlines: headline lines, top to bottom (each gets ``marks`` before it).
        byline: lead byline put before the first paragraph, or ``None``.
        paragraphs: paragraph texts.
        photo: ``{"title": …, "caption": …, "credit": …}`` (each optional), printed after the
            article behind three blank lines.
        breaks: paragraph index → character offsets where a column break cuts it.
        marks: markdown heading marks for the headlines (``""`` for plain lines).

    Examples:
        >>> import gaoxin_parse as gx
        >>> text = make_issue_text(paragraphs=["体制机制持续创新。"], breaks={0: [5]})
        >>> gx.parse_issue(text).articles[0].paragraphs[0].text
        '体制机制持续创新。'
    """
    blocks = [f"{marks}{h}" for h in headlines]
    breaks = breaks or {}
    for i, paragraph in enumerate(paragraphs):
        body = cut(paragraph, breaks.get(i, ()))
        blocks.append(f"{byline}{body}" if i == 0 and byline else body)
    text = "\n\n".join(blocks) + "\n"
    if photo:
        parts = [photo[k] for k in ("title", "caption", "credit") if photo.get(k)]
        text = text.rstrip("\n") + PICTURE_GAP + "\n\n".join(parts) + "\n"
    return text
