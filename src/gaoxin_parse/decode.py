"""Reading issue files: UTF-8 (with or without BOM), GB18030 or Big5, or a forced encoding.

Only regular files are read (a FIFO or device given as a path would block or never end), and
at most a size limit a caller can raise.
"""

from __future__ import annotations

import codecs
import functools
import os
import stat
from pathlib import Path
from typing import BinaryIO, Final

from .errors import (
    InputTooLargeError,
    NotAFileError,
    NotTextError,
    OptionsError,
    SourceDecodeError,
    UnclearEncodingError,
)

#: Encodings tried, in order, when none is forced.
AUTO_ENCODINGS: Final = ("utf-8", "gb18030", "big5")
#: Files larger than this are refused unless the caller raises the limit (an issue is ~10 KB;
#: a whole year's archive in one file is ~30 MB). Parsing needs ~20× the file's size in memory.
MAX_INPUT_BYTES: Final = 64 * 2**20
#: A guessed encoding must read at least this share of its non-ASCII characters as common ...
MIN_COMMON_SHARE: Final = 0.8
#: ... and this much more than any other candidate (mojibake scores about 0.5).
MIN_COMMON_LEAD: Final = 0.2


def check_encoding(encoding: str) -> None:
    """Raise `OptionsError` unless ``encoding`` names a text codec (not ``rot13``,
    ``hex``, ``base64``, ``zlib`` …, which map bytes to bytes or text to text).

    >>> check_encoding("base64")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    gaoxin_parse.errors.OptionsError: 'base64' is not a text encoding (bytes to text); ...
    """
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        raise OptionsError(f"unknown encoding {encoding!r}") from None
    if not getattr(info, "_is_text_encoding", True):
        raise OptionsError(
            f"{encoding!r} is not a text encoding (bytes to text); use one such as utf-8, "
            "gb18030, gbk or big5"
        )


def _two_byte_chars(encoding: str, leads: range, trails: tuple[range, ...]) -> set[str]:
    out = set()
    for lead in leads:
        for trail in (t for r in trails for t in r):
            try:
                out.add(bytes((lead, trail)).decode(encoding))
            except UnicodeDecodeError:
                continue
    return out


@functools.cache
def common_characters() -> frozenset[str]:
    """The frequent Han characters and the punctuation of both scripts: GB2312 rows 1-3
    (punctuation, numbers, full-width ASCII) and level 1 (3755 characters); Big5 rows A1-A2
    (punctuation, full-width forms) and its frequent set A4-C6 (5401 characters). Kana, Greek,
    Cyrillic and box drawing are left out: mojibake is full of them."""
    gb_trail = (range(0xA1, 0xFF),)
    big5_trail = (range(0x40, 0x7F), range(0xA1, 0xFF))
    return frozenset(
        _two_byte_chars("gb2312", range(0xA1, 0xA4), gb_trail)
        | _two_byte_chars("gb2312", range(0xB0, 0xD8), gb_trail)
        | _two_byte_chars("big5", range(0xA1, 0xA3), big5_trail)
        | _two_byte_chars("big5", range(0xA4, 0xC7), big5_trail)
    )


def common_share(text: str) -> float:
    """The share of ``text``'s non-ASCII characters that are common (1.0 if it has none).

    >>> common_share("本报讯(记者王明)"), common_share("本報訊(記者王明)")
    (1.0, 1.0)
    >>> mojibake = "本報訊(記者王明)".encode("big5").decode("gb18030")
    >>> round(common_share(mojibake), 2)
    0.43
    """
    common = common_characters()
    wide = [ch for ch in text if ch > "\x7f"]
    return sum(1 for ch in wide if ch in common) / len(wide) if wide else 1.0


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


def _forced(data: bytes, path: Path | str, encoding: str) -> str:
    check_encoding(encoding)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise SourceDecodeError(
            path, error.start, (encoding,), data[error.start : error.start + 8]
        ) from None


def _hint(data: bytes) -> tuple[str, ...]:
    """What to tell the user of bytes that do not decode, when they look like a known case
    (else nothing: the error's own advice to force an encoding).

    >>> print(*_hint("高新".encode("utf-16")))  # doctest: +ELLIPSIS
    it starts with a UTF-16 byte order mark: force encoding="utf-16" (command line: ...)
    >>> print(*_hint(b"\\x7fELF\\x02\\x01\\x01\\x00"))
    it holds NUL bytes: a binary file, not text
    """
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):  # before UTF-16: FF FE 00 00
        name = "utf-32"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        name = "utf-16"
    elif b"\0" in data:  # NUL is never in a text file of these encodings
        return ("it holds NUL bytes: a binary file, not text",)
    else:
        return ()
    return (
        f"it starts with a {name.upper()} byte order mark: force encoding=\"{name}\" "
        f"(command line: --encoding {name})",
    )


def decode_bytes(data: bytes, path: Path | str = "<bytes>", encoding: str | None = None) -> str:
    """Decode an issue file's bytes.

    Bytes holding NUL are refused (no text of these encodings has one: a binary file, or
    UTF-16/32, which must be forced).

    Rule ``utf8_unless_invalid``: a UTF-8 BOM means UTF-8; valid UTF-8 is UTF-8; a file whose
    non-ASCII text is mostly valid UTF-8 is damaged UTF-8, not GB18030 (GB18030 would decode it
    silently into nonsense). A leading BOM is kept in the text (it is blank to the parser), so
    that offsets match the decoded file.

    Rule ``most_common_characters``: otherwise GB18030 and Big5 are tried. Most Big5 files
    also decode as GB18030 (and some GB files as Big5), so decoding without error proves
    nothing: of the candidates that decode, the one whose non-ASCII characters are most often
    common characters (`common_share`; right: ~1.0, mojibake: ~0.5) is taken if it
    reaches ``MIN_COMMON_SHARE`` and leads the other by ``MIN_COMMON_LEAD``. Otherwise the
    file is refused (`UnclearEncodingError`, naming the candidates) rather than read as
    mojibake.

    >>> decode_bytes("平顶山高新区".encode("gb18030")), decode_bytes("本報訊 記者".encode("big5"))
    ('平顶山高新区', '本報訊 記者')
    >>> # too short to tell: as Big5 its bytes are three common characters too
    >>> decode_bytes("本报讯".encode("gb18030"))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    gaoxin_parse.errors.UnclearEncodingError: <bytes>: cannot tell the encoding: ...
    """
    if encoding is not None:
        return _forced(data, path, encoding)
    nul = data.find(b"\0")
    if nul >= 0:  # NUL is in no text of these encodings: binary, or UTF-16/32 to be forced
        raise SourceDecodeError(path, nul, AUTO_ENCODINGS, data[nul : nul + 8], *_hint(data))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        utf8_error = error
    if data.startswith(codecs.BOM_UTF8) or not mostly_invalid_utf8(data):
        window = data[utf8_error.start : utf8_error.start + 8]
        raise SourceDecodeError(path, utf8_error.start, ("utf-8",), window, *_hint(data))
    decoded: dict[str, str] = {}
    furthest: UnicodeDecodeError | None = None
    for candidate in AUTO_ENCODINGS[1:]:
        try:
            decoded[candidate] = data.decode(candidate)
        except UnicodeDecodeError as error:
            if furthest is None or error.start > furthest.start:
                furthest = error
    if not decoded:
        assert furthest is not None
        window = data[furthest.start : furthest.start + 8]
        raise SourceDecodeError(path, furthest.start, AUTO_ENCODINGS, window, *_hint(data))
    shares = sorted(((common_share(t), e) for e, t in decoded.items()), reverse=True)
    best, runner_up = shares[0][0], shares[1][0] if len(shares) > 1 else 0.0
    if best < MIN_COMMON_SHARE or best - runner_up < MIN_COMMON_LEAD:
        raise UnclearEncodingError(path, tuple((e, s) for s, e in shares))
    return decoded[shares[0][1]]


def read_limited(path: Path | str, max_bytes: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of a regular file, refusing a FIFO, device, socket or folder (reading one
    could block forever or never end) and a file over ``max_bytes``.

    Raises:
        NotTextError: ``path`` is not a ``str`` or path.
        NotAFileError: ``path`` is not a regular file.
        InputTooLargeError: the file holds more than ``max_bytes`` bytes.
        OSError: the file cannot be opened or read.
    """
    if not isinstance(path, str | os.PathLike):
        raise NotTextError(path, function="parse_file", expected="str or path")
    # O_NONBLOCK: opening a FIFO without a writer returns at once instead of waiting.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        mode = os.fstat(fd).st_mode
    except BaseException:
        os.close(fd)
        raise
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise NotAFileError(path, _file_kind(mode))
    with os.fdopen(fd, "rb") as file:
        return read_at_most(file, path, max_bytes)


def read_at_most(file: BinaryIO, name: Path | str, max_bytes: int) -> bytes:
    """Read ``file`` to its end, refusing more than ``max_bytes`` bytes."""
    data: bytes = file.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputTooLargeError(name, max_bytes)
    return data


def _file_kind(mode: int) -> str:
    kinds = (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    )
    return next((name for test, name in kinds if test(mode)), "not a regular file")


def read_issue_text(
    path: Path | str, encoding: str | None = None, max_bytes: int = MAX_INPUT_BYTES
) -> str:
    """Read and decode one issue file."""
    return decode_bytes(read_limited(path, max_bytes), path, encoding)
