"""Parse many issue files from Python: one result per file, in input order, in parallel.

A bad file never stops the batch: its result carries the error instead of an issue.

>>> import gaoxin_parse as gx
>>> from pathlib import Path
>>> paths = sorted(Path("seeds").glob("*.txt"))
>>> [len(r.issue.articles) for r in gx.parse_many(paths, jobs=2)]
[7, 7, 8, 9]
"""

from __future__ import annotations

import codecs
import functools
import hashlib
import os
import pickle
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import TypeVar, cast

import attrs

from .decode import decode_bytes
from .errors import OptionsError
from .model import Issue
from .pipeline import parse_issue

T = TypeVar("T")
R = TypeVar("R")

#: Files sent to a worker at a time: large enough that round trips cost little, small enough
#: that both cores stay busy on a short list.
MAX_CHUNK = 128


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
    """``error`` itself if pickle can rebuild it, else what :func:`_rebuild_error` needs.

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


def parse_one(path: str | Path, encoding: str | None = None) -> Parsed:
    """Read, hash, decode and parse one file; any error is returned in the result."""
    path = Path(path)
    started = time.perf_counter()
    try:
        data = path.read_bytes()
    except OSError as error:
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


def _run_chunk(function: Callable[[T], R], items: list[T]) -> list[R]:
    return [function(item) for item in items]


def map_ordered(function: Callable[[T], R], items: Iterable[T], jobs: int | None) -> Iterator[R]:
    """``map(function, items)`` over ``jobs`` worker processes, results in input order.

    Items go to workers in chunks, and only a few chunks per worker are in flight at once, so
    a slow consumer does not make results pile up in memory. ``function`` must be picklable
    (a module-level function or a ``functools.partial`` of one) and should return its errors
    rather than raise them. With ``jobs`` 1 (or a single item) it runs in this process.
    """
    items = list(items)
    jobs = os.cpu_count() or 1 if jobs is None else jobs
    if jobs < 1:
        raise OptionsError(f"jobs must be at least 1, got {jobs}")
    if jobs == 1 or len(items) <= 1:
        yield from map(function, items)
        return
    size = max(1, min(MAX_CHUNK, len(items) // (jobs * 4)))
    chunks = (items[i : i + size] for i in range(0, len(items), size))
    task = functools.partial(_run_chunk, function)
    pending: deque[Future[list[R]]] = deque()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        try:
            for chunk in chunks:
                pending.append(pool.submit(task, chunk))
                if len(pending) >= 2 * jobs:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        finally:  # the consumer stopped early or an error escaped: drop the queued chunks
            for future in pending:
                future.cancel()


def parse_many(
    paths: Iterable[str | Path], *, jobs: int | None = None, encoding: str | None = None
) -> Iterator[Parsed]:
    """Parse files in parallel processes; yield one :class:`Parsed` per path, in input order.

    A file that cannot be read, decoded or parsed yields a result whose ``error`` says why;
    the batch goes on. The same machinery runs the command line's ``--jobs``.

    Args:
        paths: issue files (folders are not expanded: ``Path(d).rglob("*.txt")`` does that).
        jobs: worker processes (default: one per core; 1 parses in this process).
        encoding: force an encoding (default: UTF-8, UTF-8 with BOM or GB18030).

    Raises:
        OptionsError: ``jobs`` is below 1 or ``encoding`` is unknown (before any file is read).

    >>> type(next(parse_many(["no/such/issue.txt"])).error).__name__
    'FileNotFoundError'
    """
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise OptionsError(f"unknown encoding {encoding!r}") from None
    return map_ordered(functools.partial(parse_one, encoding=encoding), paths, jobs)
