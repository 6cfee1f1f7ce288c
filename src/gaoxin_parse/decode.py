"""Reading issue files: UTF-8 (with or without BOM) or GB18030, or a forced encoding."""

from __future__ import annotations

import codecs
from pathlib import Path

from .errors import OptionsError, SourceDecodeError

#: Encodings tried, in order, when none is forced.
AUTO_ENCODINGS = ("utf-8", "gb18030")


def mostly_invalid_utf8(data: bytes) -> bool:
    """Whether most non-ASCII characters of ``data`` are invalid as UTF-8.

    >>> mostly_invalid_utf8("平顶山高新区".encode("gb18030"))
    True
    >>> mostly_invalid_utf8("平顶山".encode() + b"\\xff")
    False
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\N{REPLACEMENT CHARACTER}")
    good = sum(1 for ch in text if ord(ch) > 0x7F) - bad
    return bad > good


def decode_bytes(data: bytes, path: Path | str = "<bytes>", encoding: str | None = None) -> str:
    """Decode an issue file's bytes.

    Rule ``utf8_unless_invalid``: a UTF-8 BOM means UTF-8; valid UTF-8 is UTF-8; a file whose
    non-ASCII text is mostly valid UTF-8 is damaged UTF-8, not GB18030 (GB18030 would decode it
    silently into nonsense); otherwise GB18030 is tried. (A GB18030 file is almost all invalid
    as UTF-8, even where a few character pairs happen to be valid: 平 is ``C6 BD``.) A leading
    BOM is kept in the text (it is blank to the parser), so that offsets match the decoded file.

    >>> decode_bytes("本报讯".encode("gb18030"))
    '本报讯'
    """
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise OptionsError(f"unknown encoding {encoding!r}") from None
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as error:
            raise SourceDecodeError(
                path, error.start, (encoding,), data[error.start : error.start + 8]
            ) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        utf8_error = error
    if data.startswith(codecs.BOM_UTF8) or not mostly_invalid_utf8(data):
        raise SourceDecodeError(
            path, utf8_error.start, ("utf-8",), data[utf8_error.start : utf8_error.start + 8]
        )
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError as error:
        raise SourceDecodeError(
            path, error.start, AUTO_ENCODINGS, data[error.start : error.start + 8]
        ) from None


def read_issue_text(path: Path | str, encoding: str | None = None) -> str:
    """Read and decode one issue file."""
    data = Path(path).read_bytes()
    return decode_bytes(data, path, encoding)
