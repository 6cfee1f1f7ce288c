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

    Examples:
        >>> line_and_column("一\\n二三", 3)
        (2, 2)
    """
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


class NotTextError(GaoxinParseError, TypeError):
    """The input is not a ``str`` (or, for a function taking a file, not a path)."""

    def __init__(self, value: object, *, function: str, expected: str = "str") -> None:
        self.type_name = type(value).__name__
        hint = (
            " (decode it first, or use parse_file)"
            if isinstance(value, bytes | bytearray) and expected == "str"
            else ""
        )
        super().__init__(f"{function}() expects {expected}, got {self.type_name}{hint}")


class NotAFileError(GaoxinParseError, OSError):
    """A path names a folder, FIFO, device or socket: only regular files are read."""

    def __init__(self, path: object, kind: str) -> None:
        self.path = str(path)
        self.kind = kind
        super().__init__(f"{self.path}: is {kind}, not a regular file; only files are read")


class InputTooLargeError(GaoxinParseError, ValueError):
    """An input is larger than the size limit (which the caller can raise)."""

    def __init__(self, path: object, max_bytes: int) -> None:
        self.path = str(path)
        self.max_bytes = max_bytes
        super().__init__(
            f"{self.path}: larger than the limit of {max_bytes} bytes; raise it with "
            "max_bytes= (command line: --max-size)"
        )


class UnclearEncodingError(GaoxinParseError, ValueError):
    """Several encodings decode a file and none reads clearly better: refused, not guessed."""

    def __init__(self, path: object, shares: tuple[tuple[str, float], ...]) -> None:
        self.path = str(path)
        self.encodings = tuple(e for e, _ in shares)
        found = ", ".join(f"{e} ({share:.0%} common characters)" for e, share in shares)
        super().__init__(
            f"{self.path}: cannot tell the encoding: it decodes as {found}; "
            "force one with encoding= (command line: --encoding)"
        )


class SourceDecodeError(GaoxinParseError, ValueError):
    """A file does not decode: not valid UTF-8 (with or without BOM), GB18030 nor Big5, or
    not valid in the forced encoding."""

    def __init__(
        self,
        path: Path | str,
        offset: int,
        encodings: tuple[str, ...],
        window: bytes,
        hint: str = "force one with encoding= (command line: --encoding)",
    ):
        self.path = str(path)
        self.offset = offset
        self.encodings = encodings
        super().__init__(
            f"{self.path}: cannot decode byte {window[:8].hex(' ')} at byte offset {offset} "
            f"as {' or '.join(encodings)}; {hint}"
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


class ContractError(GaoxinParseError, ValueError):
    """A JSON document is not one ``Issue.from_dict`` can read: another ``schema_version``,
    a missing key, or a value of the wrong type; the message names the key."""

    def __init__(self, key: str, problem: str) -> None:
        self.key = key
        super().__init__(f"{key}: {problem}")
