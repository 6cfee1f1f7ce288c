"""Exceptions. One root, and each error also subclasses the builtin a caller would expect.

``parse_issue`` never raises on a ``str``: errors are for wrong types, undecodable files,
bad options and broken invariants (which are bugs: please report them).
"""

from __future__ import annotations

from pathlib import Path


class GaoxinParseError(Exception):
    """Root of every error this library raises."""


def line_and_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset`` in ``text``.

    >>> line_and_column("一\\n二三", 3)
    (2, 2)
    """
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


class NotTextError(GaoxinParseError, TypeError):
    """The input is not a ``str``."""

    def __init__(self, value: object, *, function: str) -> None:
        self.type_name = type(value).__name__
        hint = (
            " (decode it first, or use parse_file)" if isinstance(value, bytes | bytearray) else ""
        )
        super().__init__(f"{function}() expects str, got {self.type_name}{hint}")


class SourceDecodeError(GaoxinParseError, ValueError):
    """A file is not valid UTF-8 (with or without BOM) nor GB18030."""

    def __init__(self, path: Path | str, offset: int, encodings: tuple[str, ...], window: bytes):
        self.path = str(path)
        self.offset = offset
        self.encodings = encodings
        super().__init__(
            f"{self.path}: cannot decode byte {window[:8].hex(' ')} at byte offset {offset} "
            f"as {' or '.join(encodings)}; force one with encoding= (command line: --encoding)"
        )


class SpanError(GaoxinParseError, ValueError):
    """A span is reversed or does not fit its text."""

    def __init__(self, start: int, end: int, length: int | None = None) -> None:
        self.start = start
        self.end = end
        if start < 0:
            what = f"span {start}..{end} starts before the text: offsets must be >= 0"
        elif length is None:
            what = f"span {start}..{end} is reversed: start must be <= end"
        else:
            what = f"span {start}..{end} does not fit a text of {length} characters"
        super().__init__(what)


class OptionsError(GaoxinParseError, ValueError):
    """An option has a value the parser does not know."""
