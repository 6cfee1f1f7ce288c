"""Stage 1: source text → chunks (runs of non-blank lines) with their spans.

Lossless: chunks and the white space between them tile the source. Lines end at ``\\r\\n``,
``\\r`` or ``\\n``; a line is blank when it holds only white space (``str.isspace``) and byte order
marks.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs
import regex

from .chars import BLANKS
from .model import Span

#: Blank lines in a row that mark where a picture stood on the page.
PICTURE_GAP_LINES: Final = 3

_LINE_END_RE: Final = regex.compile(r"\r\n|\r|\n")


@attrs.frozen
class Chunk:
    """A run of non-blank lines: the unit the classifier looks at."""

    span: Span  #: first to last non-blank character
    lines: tuple[Span, ...]  #: each line without its leading and trailing blanks
    line: int  #: 1-based number of the first line
    blank_before: int  #: blank lines between the previous chunk (or the start) and this one
    #: blank lines that mark a picture in this page's export style (see ``layout.py``)
    picture_gap: int = PICTURE_GAP_LINES

    @property
    def picture_before(self) -> bool:
        """Whether a picture stood just above this chunk (``picture_gap`` blank lines or more)."""
        return self.blank_before >= self.picture_gap


def content_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` to its first and last non-blank characters.

    >>> content_bounds("  标题  ", 0, 6)
    (2, 4)
    """
    while start < end and text[start] in BLANKS:
        start += 1
    while end > start and text[end - 1] in BLANKS:
        end -= 1
    return start, end


def iter_lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every line, line ends excluded."""
    lines = []
    pos = 0
    for match in _LINE_END_RE.finditer(text):
        lines.append((pos, match.start()))
        pos = match.end()
    lines.append((pos, len(text)))
    return lines


def count_line_ends(text: str, start: int, end: int) -> int:
    """Line ends (``\\r\\n``, ``\\r`` or ``\\n``, as `iter_lines` cuts) in ``[start, end)``.

    >>> count_line_ends("一\\r\\n二\\r三\\n", 0, 7)
    3
    """
    return (
        text.count("\n", start, end) + text.count("\r", start, end) - text.count("\r\n", start, end)
    )


def line_numbers(text: str, chunk: Chunk, starts: Sequence[int]) -> list[int]:
    """1-based line numbers of offsets inside ``chunk``; each counted on from the one before,
    so that numbering the blocks of a chunk costs the chunk's length once, not once per block.

    >>> text = "\\n# 一\\n# 二\\r# 三"
    >>> line_numbers(text, split_chunks(text)[0], [1, 5, 9])
    [2, 3, 4]
    """
    numbers = []
    line, pos = chunk.line, chunk.span.start
    for start in starts:
        if start < pos:  # out of order: count again from the chunk's start
            line, pos = chunk.line, chunk.span.start
        line += count_line_ends(text, pos, start)
        pos = start
        numbers.append(line)
    return numbers


def split_chunks(text: str) -> tuple[Chunk, ...]:
    """Split ``text`` into chunks separated by blank lines.

    >>> [c.span.slice("标题\\n\\n正文。\\n") for c in split_chunks("标题\\n\\n正文。\\n")]
    ['标题', '正文。']
    """
    chunks: list[Chunk] = []
    current: list[Span] = []
    first_line = 0
    blank = 0
    blank_before = 0
    for number, (start, end) in enumerate(iter_lines(text), 1):
        a, b = content_bounds(text, start, end)
        if a == b:
            if current:
                chunks.append(_chunk(current, first_line, blank_before))
                current = []
                blank = 0
            blank += 1
            continue
        if not current:
            first_line = number
            blank_before = blank
        current.append(Span(a, b))
    if current:
        chunks.append(_chunk(current, first_line, blank_before))
    return tuple(chunks)


def _chunk(lines: list[Span], first_line: int, blank_before: int) -> Chunk:
    span = Span(lines[0].start, lines[-1].end)
    return Chunk(span=span, lines=tuple(lines), line=first_line, blank_before=blank_before)
