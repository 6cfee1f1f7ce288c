"""Mismatch lines of ``evaluate``: each says what the gold expected and what the parse found,
both cut short, so that a reader sees the difference without opening the files."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Final

from .model import Article, Break, Photo

#: Characters of the expected and the found text shown in a mismatch line.
SHOWN: Final = 30


def short(text: str | None, limit: int = SHOWN) -> str:
    """A text as shown in a mismatch line: quoted, cut to ``limit`` characters.

    Examples:
        >>> short("一二三四五", 3), short(None)
        ("'一二三…'", 'nothing')
    """
    if text is None:
        return "nothing"
    return repr(text[:limit] + "…" if len(text) > limit else text)


def _shared_start(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` share at their start, white space ignored."""
    a, b = "".join(a.split()), "".join(b.split())
    return next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )


def closest(want: str, found: Iterable[str]) -> str | None:
    """The found text that starts most like ``want``; ``None`` when none shares its start.

    Examples:
        >>> closest("甲乙丙丁", ["甲乙戊", "甲戊", "丙"]), closest("甲", ["乙"])
        ('甲乙戊', None)
    """
    best = max(found, key=lambda text: _shared_start(want, text), default=None)
    return best if best is not None and _shared_start(want, best) > 0 else None


def title_miss(name: str, want: str | None, got: Article | None) -> str:
    """A title the parse got wrong, or an article it did not find."""
    found = "no article with its paragraphs" if got is None else short(got.title)
    return f"{name}: expected {short(want)}, found {found}"


def names_miss(name: str, gold: dict[str, Any], want: list[str], got: list[str]) -> str:
    """Byline names of one article, expected and found."""
    return f"{name}: article {short(gold['title'])}: expected {want}, found {got}"


def paragraph_miss(name: str, want: str, found: Sequence[str]) -> str:
    """A gold paragraph not parsed, and the parsed paragraph that starts most like it."""
    return f"{name}: expected {short(want)}, found {short(closest(want, found))}"


def _photo(title: str | None, caption: str, photographers: Sequence[str]) -> str:
    return f"{short(title)} {short(caption)} by {list(photographers)}"


def photo_miss(name: str, want: dict[str, Any], photos: Sequence[Photo]) -> str:
    """A gold photo not parsed, and the parsed photo whose caption starts most like it."""
    expected = _photo(want["title"], want["caption"], want["photographers"])
    caption = closest(want["caption"], [p.caption for p in photos])
    twin = next((p for p in photos if p.caption == caption), None)
    found = "nothing like it"
    if twin is not None:
        found = _photo(twin.title.text if twin.title else None, twin.caption, twin.photographers)
    return f"{name}: expected {expected}, found {found}"


def break_miss(name: str, brk: Break, before: str, after: str, join: bool) -> str:
    """A line break the parse decided otherwise than the gold paragraphs."""
    where = f"offset {brk.span.start} ({before[-8:]!r}|{after[:8]!r})"
    expected = "join" if join else "keep"
    return f"breaks: {name}: {where}: expected {expected}, found {brk.decision}"
