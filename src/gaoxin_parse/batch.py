"""Parse many issue files from Python: one result per file, in input order, in parallel.

A bad file never stops the batch: its result carries the error instead of an issue.

Examples:
    >>> import gaoxin_parse as gx
    >>> from pathlib import Path
    >>> paths = sorted(Path("seeds").glob("*.txt"))
    >>> [len(r.issue.articles) for r in gx.parse_many(paths, jobs=2)]
    [7, 7, 8, 9]
"""

from __future__ import annotations

import functools
import hashlib
import pickle
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import cast

import attrs

from .decode import MAX_INPUT_BYTES, check_encoding, decode_bytes, read_limited
from .errors import InputTooLargeError
from .model import Issue
from .pipeline import parse_issue
from .workers import map_ordered

__all__ = ["Parsed", "map_ordered", "parse_many", "parse_one"]


@attrs.frozen(kw_only=True)
class Parsed:
    """What became of one file: ``issue`` or ``error``, never both."""

    path: Path
    issue: Issue | None = None
    #: the error raised for this file (``OSError``, ``SourceDecodeError``, or any other
    #: ``Exception`` the parse raised, which is a bug to report)
    error: Exception | None = None
    sha256: str | None = None  #: of the file's bytes, ``None`` when it could not be read
    size: int = 0  #: bytes
    seconds: float = 0.0  #: time taken to decode and parse

    @property
    def ok(self) -> bool:
        """Whether the file was parsed."""
        return self.error is None

    def __reduce__(self) -> tuple[object, ...]:
        fields = attrs.asdict(self, recurse=False)
        if self.error is not None:
            fields["error"] = _portable(self.error)
        return (_rebuild_parsed, (fields,))


def _portable(error: Exception) -> object:
    """``error`` itself if pickle can rebuild it, else what `_rebuild_error` needs.

    Pickle rebuilds an exception by calling its class with ``args``, which fails for classes
    whose ``__init__`` takes other arguments (``SourceDecodeError``); ``__new__`` does not.
    """
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:
        return (type(error), error.args, dict(vars(error)))
    return error


def _rebuild_error(carried: object) -> Exception | None:
    if carried is None or isinstance(carried, Exception):
        return carried
    cls, args, state = cast(tuple[type[Exception], tuple[object, ...], dict[str, object]], carried)
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


def _rebuild_parsed(fields: dict[str, object]) -> Parsed:
    fields["error"] = _rebuild_error(fields["error"])
    return Parsed(**fields)  # type: ignore[arg-type]


def parse_one(
    path: str | Path, encoding: str | None = None, max_bytes: int = MAX_INPUT_BYTES
) -> Parsed:
    """Read, hash, decode and parse one file; any error is returned in the result."""
    path = Path(path)
    started = time.perf_counter()
    try:  # a regular file of at most max_bytes: a FIFO or device must not block the batch
        data = read_limited(path, max_bytes)
    except (OSError, InputTooLargeError) as error:
        return Parsed(path=path, error=error, seconds=time.perf_counter() - started)
    digest = hashlib.sha256(data).hexdigest()
    try:
        issue = parse_issue(decode_bytes(data, path, encoding))
    except Exception as error:  # one bad file must not stop a batch; the caller sees why
        return Parsed(
            path=path, error=error, sha256=digest, size=len(data),
            seconds=time.perf_counter() - started,
        )  # fmt: skip
    return Parsed(
        path=path, issue=issue, sha256=digest, size=len(data),
        seconds=time.perf_counter() - started,
    )  # fmt: skip


def parse_many(
    paths: Iterable[str | Path],
    *,
    jobs: int | None = None,
    encoding: str | None = None,
    max_bytes: int = MAX_INPUT_BYTES,
) -> Iterator[Parsed]:
    """Parse files in parallel processes; yield one `Parsed` per path, in input order.

    A file that cannot be read, decoded or parsed yields a result whose ``error`` says why;
    the batch goes on. The command line's ``--jobs`` runs on the same machinery
    (`gaoxin_parse.workers.map_ordered`).

    Args:
        paths: issue files (folders are not expanded: ``Path(d).rglob("*.txt")`` does that).
        jobs: worker processes (default: one per core; never more than files or cores; 1
            parses in this process).
        encoding: force an encoding (default: UTF-8, UTF-8 with BOM, GB18030 or Big5, detected).
        max_bytes: a larger file's result carries ``InputTooLargeError``.

    Raises:
        OptionsError: ``jobs`` is below 1 or ``encoding`` is not a text encoding (before any
            file is read).

    Examples:
        >>> type(next(parse_many(["no/such/issue.txt"])).error).__name__
        'FileNotFoundError'
    """
    if encoding is not None:
        check_encoding(encoding)
    work = functools.partial(parse_one, encoding=encoding, max_bytes=max_bytes)
    return map_ordered(work, paths, jobs)
