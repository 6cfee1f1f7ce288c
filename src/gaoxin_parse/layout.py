"""Stage 1b: the page's export style, and chunks refined into the blocks the decoder reads.

E-paper sites export a page in one of two styles:

- **blocks**: blank lines between blocks, three or more where a picture stood, a paragraph cut
  by a column break printed as two blocks;
- **lines**: one line per paragraph (headline, byline, caption and credit lines alike), no blank
  lines between them, a single empty line where a picture stood, paragraphs often indented.

Rules (``docs/rules.md``):

- ``line_per_paragraph_export``: most body lines touch another non-blank line → lines style.
- ``split_mixed_block``: in the blocks style, body text never wraps together with a heading,
  byline or credit, so a chunk is cut wherever a body line meets another line.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, Literal

from .blocks import Chunk
from .headline import is_headline_like
from .model import Span

Style = Literal["blocks", "lines"]
#: Body lines needed before a page can be told to be in the lines style.
MIN_BODY_LINES: Final = 3
#: Blank lines that mark a picture in the lines style.
LINES_PICTURE_GAP: Final = 1


def _is_body_line(text: str, line: Span) -> bool:
    return not is_headline_like(line.slice(text))


def detect_style(text: str, chunks: Sequence[Chunk]) -> Style:
    """Rule ``line_per_paragraph_export``: most body lines touch another non-blank line.

    In the blocks style a body line stands alone between blank lines; in the lines style body
    lines follow one another directly.

    >>> from gaoxin_parse.blocks import split_chunks
    >>> page = "标题\\n第一段，正文。\\n第二段，正文。\\n第三段，正文。"
    >>> detect_style(page, split_chunks(page))
    'lines'
    >>> page = "标题\\n\\n第一段，正文。\\n\\n第二段，正文。\\n\\n第三段，正文。"
    >>> detect_style(page, split_chunks(page))
    'blocks'
    """
    body = touching = 0
    for chunk in chunks:
        for line in chunk.lines:
            if _is_body_line(text, line):
                body += 1
                touching += len(chunk.lines) > 1
    return "lines" if body >= MIN_BODY_LINES and 2 * touching > body else "blocks"


def _sub_chunk(chunk: Chunk, lines: Sequence[Span], first: int, gap: int) -> Chunk:
    return Chunk(
        span=Span(lines[0].start, lines[-1].end),
        lines=tuple(lines),
        line=chunk.line + first,
        blank_before=chunk.blank_before if first == 0 else 0,
        picture_gap=gap,
    )


def split_mixed_block(text: str, chunk: Chunk) -> list[Chunk]:
    """Rule ``split_mixed_block``: cut a chunk wherever a body line meets another line.

    Headline-like lines stay together (a wrapped headline, a two-line byline or credit).

    >>> from gaoxin_parse.blocks import split_chunks
    >>> page = "## 标题\\n本报讯 正文，正文。"
    >>> [c.span.slice(page) for c in split_mixed_block(page, split_chunks(page)[0])]
    ['## 标题', '本报讯 正文，正文。']
    >>> page = "企业家代表座谈\\n为发展支招"
    >>> [c.span.slice(page) for c in split_mixed_block(page, split_chunks(page)[0])]
    ['企业家代表座谈\\n为发展支招']
    """
    if len(chunk.lines) == 1:
        return [chunk]
    body = [_is_body_line(text, line) for line in chunk.lines]
    out: list[Chunk] = []
    first = 0
    for k in range(1, len(chunk.lines)):
        if body[k] or body[k - 1]:
            out.append(_sub_chunk(chunk, chunk.lines[first:k], first, chunk.picture_gap))
            first = k
    out.append(_sub_chunk(chunk, chunk.lines[first:], first, chunk.picture_gap))
    return out


def one_chunk_per_line(text: str, chunk: Chunk) -> list[Chunk]:
    """In the lines style every line is a block; one empty line marks a picture."""
    return [  # lines of a chunk are consecutive: the k-th is k lines below the first
        _sub_chunk(chunk, [line], k, LINES_PICTURE_GAP) for k, line in enumerate(chunk.lines)
    ]


def refine_chunks(text: str, chunks: Sequence[Chunk]) -> tuple[Style, tuple[Chunk, ...]]:
    """The page's style and its chunks as the decoder reads them."""
    style = detect_style(text, chunks)
    refine = one_chunk_per_line if style == "lines" else split_mixed_block
    return style, tuple(part for chunk in chunks for part in refine(text, chunk))
