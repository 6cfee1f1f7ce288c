"""``parse_issue`` and friends: the only place where the stage order is written.

blocks (split) → layout → classify → page facts → decoder → elements → repair/build → model.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .blocks import split_chunks
from .build import build
from .classify import announced_columns, classify
from .decode import MAX_INPUT_BYTES, read_issue_text
from .decoder import decode
from .elements import build_elements
from .errors import NotTextError, OptionsError
from .layout import refine_chunks
from .model import Article, Issue, Photo
from .page import read_page
from .repair import BREAK_RULES, apply_repairs
from .script import Punctuation, normalize_issue_punctuation, simplify_names
from .two_clause import promote_two_clause_titles


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection inside the block; the caller's setting is restored after.

    A parse makes many small objects and almost no cycles (reference counting frees them), yet
    the collector ran a pass every 700 allocations: about a third of a large parse's time.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def parse_issue(
    text: str, *, punctuation: Punctuation = None, simplified_names: bool = False
) -> Issue:
    """Parse the text of one issue into articles, photos, blocks and break decisions.

    Never raises on a ``str``; anything it cannot place is kept as a ``stray`` block.
    Traditional-script text parses as simplified text does; the output keeps its characters.

    Args:
        text: the issue's text.
        punctuation: ``"fullwidth"`` normalises half-width punctuation in Chinese text (GB/T
            15834) in every text field, each change recorded in ``repairs``; spans still
            point at the source as given.
        simplified_names: report byline and credit names in simplified script.

    Raises:
        NotTextError: ``text`` is not a ``str``.
        OptionsError: an option has an unknown value.

    Examples:
        >>> issue = parse_issue("## 标题\\n\\n本报讯(记者高轶鹏)体制机制持\\n\\n续创新。\\n")
        >>> issue.articles[0].title, issue.articles[0].paragraphs[0].text
        ('标题', '体制机制持续创新。')
    """
    if not isinstance(text, str):
        raise NotTextError(text, function="parse_issue")
    if punctuation not in (None, "fullwidth"):
        raise OptionsError(f"punctuation must be None or 'fullwidth', got {punctuation!r}")
    with gc_paused():
        style, chunks = refine_chunks(text, split_chunks(text))
        columns = announced_columns(text, chunks)
        units = [classify(text, chunk, columns) for chunk in chunks]
        units = promote_two_clause_titles(text, units)
        page = read_page(text, units, style)
        choices = decode(page)
        assembly = build_elements(text, units, [c.tag for c in choices])
        issue = build(text, assembly, BREAK_RULES, choices)
        if punctuation == "fullwidth":
            issue = normalize_issue_punctuation(issue)
        if simplified_names:
            issue = simplify_names(issue)
    return issue


def parse_file(
    path: str | Path, encoding: str | None = None, *, max_bytes: int = MAX_INPUT_BYTES
) -> Issue:
    """Read an issue file (UTF-8, UTF-8 with BOM, GB18030 or Big5, or ``encoding``) and parse it.

    Args:
        path: a regular file (a FIFO, device or folder is refused: it could block forever).
        encoding: force a text encoding instead of detecting one.
        max_bytes: refuse a larger file (default ``MAX_INPUT_BYTES``, 64 MiB).

    Raises:
        NotTextError: ``path`` is not a ``str`` or path.
        NotAFileError: ``path`` is not a regular file.
        InputTooLargeError: the file is larger than ``max_bytes``.
        OptionsError: ``encoding`` is not a text encoding.
        SourceDecodeError: the bytes do not decode; the message names the file and byte offset.
        UnclearEncodingError: GB18030 and Big5 both decode it and neither reads clearly better.
        OSError: the file cannot be read.
    """
    return parse_issue(read_issue_text(path, encoding, max_bytes))


def segment_articles(text: str) -> tuple[Article, ...]:
    """The articles of an issue text.

    Examples:
        >>> articles = segment_articles("# 一\\n\\n本报讯 正文。\\n\\n# 二\\n\\n本报讯 正文。")
        >>> " ".join(a.title for a in articles)
        '一 二'
    """
    if not isinstance(text, str):
        raise NotTextError(text, function="segment_articles")
    return parse_issue(text).articles


def extract_photos(text: str) -> tuple[Photo, ...]:
    """The photos of an issue text: title, caption and credit.

    Examples:
        >>> text = "正文。\\n\\n\\n\\n花生大丰收\\n\\n花生收获了。\\n\\n姜朝凯 摄"
        >>> photo = extract_photos(text)[0]
        >>> photo.title.text, photo.photographers
        ('花生大丰收', ('姜朝凯',))
    """
    if not isinstance(text, str):
        raise NotTextError(text, function="extract_photos")
    return parse_issue(text).photos


def repair_line_breaks(text: str) -> str:
    """The text with every break between adjacent body blocks that the rules join removed.

    Nothing else changes: a paragraph cut by a photo is rejoined in the `Issue`, but
    here the photo stays where it was printed. The repairs are applied until none is left, so
    the result is a fixed point (idempotent); usually one pass, ``apply_repairs(text,
    parse_issue(text).repairs)``, already is.

    Examples:
        >>> repair_line_breaks("# 标题\\n\\n体制机制持\\n\\n续创新。\\n")
        '# 标题\\n\\n体制机制持续创新。\\n'
    """
    if not isinstance(text, str):
        raise NotTextError(text, function="repair_line_breaks")
    current = text
    while True:  # to a fixed point, as ftfy does: rarely, a join lets the parse see another
        repaired = apply_repairs(current, parse_issue(current).repairs)
        if repaired == current:  # joins only remove text, so this ends
            return current
        current = repaired
