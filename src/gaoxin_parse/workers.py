"""Parallel workers of ``parse_many`` and ``--jobs``: as many as useful, never left behind.

A worker ignores Ctrl-C (the parent stops it: one message, not one traceback per process) and
dies with its parent: on Linux the kernel sends it SIGTERM when the parent dies
(``PR_SET_PDEATHSIG``); elsewhere a thread in the worker notices that its parent changed.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from multiprocessing.pool import AsyncResult, Pool
from typing import Final, TypeVar

from .errors import OptionsError

T = TypeVar("T")
R = TypeVar("R")

#: ``PR_SET_PDEATHSIG`` of ``<linux/prctl.h>``: a signal for the child when its parent dies.
_PR_SET_PDEATHSIG: Final = 1
#: Seconds between two looks at the parent, where the kernel cannot watch it for us.
PARENT_POLL_SECONDS: Final = 1.0
#: Items sent to a worker at a time: large enough that round trips cost little, small enough
#: that both cores stay busy on a short list.
MAX_CHUNK: Final = 128
#: How long stopping the workers may take before this process goes on without waiting.
STOP_SECONDS: Final = 5.0


def worker_count(requested: int, files: int, cpus: int | None = None) -> int:
    """Workers worth starting: no more than files to parse, nor than processors.

    Examples:
        >>> worker_count(128, 4, cpus=8), worker_count(128, 400, cpus=8), worker_count(2, 0, cpus=8)
        (4, 8, 1)
    """
    cpus = cpus if cpus is not None else (os.cpu_count() or 1)
    return max(1, min(requested, files, cpus))


def _die_with_parent(parent: int) -> None:
    """In a worker: ignore Ctrl-C, and end when the parent process ends."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0) == 0:
            if os.getppid() != parent:  # the parent died before prctl took effect
                os._exit(1)
            return

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_POLL_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _run_chunk(function: Callable[[T], R], items: Sequence[T]) -> list[R]:
    return [function(item) for item in items]


def run_parallel(
    function: Callable[[T], R], items: Sequence[T], workers: int, chunksize: int
) -> Iterator[R]:
    """``map(function, items)`` over ``workers`` processes, results in order.

    Items go out in chunks, and only two chunks per worker are in flight at once, so a slow
    consumer does not make results pile up in memory. If the consumer stops early or an
    exception (Ctrl-C, a broken pipe) comes through, the workers are terminated and waited
    for before it goes on.
    """
    # Ctrl-C is held back while the workers start: each is born with it blocked, ignores it,
    # then unblocks it; the parent gets a held-back Ctrl-C once the pool exists.
    can_mask = hasattr(signal, "pthread_sigmask")  # not on Windows
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT}) if can_mask else set()
    try:
        pool = multiprocessing.Pool(workers, initializer=_die_with_parent, initargs=(os.getpid(),))
    finally:
        if can_mask:
            signal.pthread_sigmask(signal.SIG_SETMASK, held)
    task = functools.partial(_run_chunk, function)
    pending: deque[AsyncResult[list[R]]] = deque()
    try:
        for start in range(0, len(items), chunksize):
            pending.append(pool.apply_async(task, (items[start : start + chunksize],)))
            if len(pending) >= 2 * workers:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
        pool.close()
    finally:
        _stop(pool)


def _stop(pool: Pool) -> None:
    """Terminate the workers and wait for them, but never forever.

    ``Pool.terminate`` can deadlock when it interrupts the pool's task thread in the middle of a
    send (seen here about once in ten runs when standard output fails early): it is run in a
    thread of its own and given `STOP_SECONDS`. If it does not finish, the workers still
    end, as they die with this process.
    """
    stopper = threading.Thread(target=pool.terminate, daemon=True)
    stopper.start()
    stopper.join(STOP_SECONDS)
    if not stopper.is_alive():
        pool.join()


def map_ordered(
    function: Callable[[T], R], items: Iterable[T], jobs: int | None
) -> Generator[R, None, None]:
    """``map(function, items)`` over up to ``jobs`` worker processes, results in input order
    (a generator: ``close()`` it to stop the workers early).

    The one parallel path of the library (``parse_many``, the archive index and the command
    line's ``--jobs``): workers capped by `worker_count`, dying with their parent and
    stopped on Ctrl-C (`run_parallel`). ``function`` must be picklable (a module-level
    function or a ``functools.partial`` of one) and should return its errors rather than raise
    them. With one worker (``jobs`` 1, one item or one processor) it runs in this process.

    Raises:
        OptionsError: ``jobs`` is below 1.
    """
    items = list(items)
    jobs = os.cpu_count() or 1 if jobs is None else jobs
    if jobs < 1:
        raise OptionsError(f"jobs must be at least 1, got {jobs}")
    workers = worker_count(jobs, len(items))
    if workers == 1:
        yield from map(function, items)
        return
    chunksize = max(1, min(MAX_CHUNK, len(items) // (workers * 4)))
    yield from run_parallel(function, items, workers, chunksize)
