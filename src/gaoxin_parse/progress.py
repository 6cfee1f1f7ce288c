"""The progress bar of the command line: one line on standard error, only on a terminal, with
the rate and the time left; cleared before anything else is written, so that it never glues
itself to a result or a message on the same screen."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Final, TextIO

#: Characters of the bar itself.
WIDTH: Final = 24
#: Fewest seconds between two redraws: a terminal is slow, and the eye slower.
REDRAW_SECONDS: Final = 0.1


def clock(seconds: float) -> str:
    """``m:ss`` (or ``h:mm:ss``) of a duration.

    Examples:
        >>> clock(0.4), clock(75), clock(3725)
        ('0:00', '1:15', '1:02:05')
    """
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def bar_line(done: int, total: int, seconds: float) -> str:
    """The bar after ``done`` of ``total`` files in ``seconds``: rate, then time left (or, when
    all are done, the time taken).

    Examples:
        >>> bar_line(1, 4, 2.0)
        '[######..................]  25% 1/4 files 0.5 files/s 0:06 left'
        >>> bar_line(4, 4, 8.0)
        '[########################] 100% 4/4 files 0.5 files/s in 0:08'
    """
    filled = WIDTH * done // total
    rate = done / seconds if seconds > 0 else 0.0
    if done == total:
        when = f"in {clock(seconds)}"
    elif rate > 0:
        when = f"{clock((total - done) / rate)} left"
    else:
        when = "time left unknown"
    return (
        f"[{'#' * filled}{'.' * (WIDTH - filled)}] {100 * done // total:3d}% "
        f"{done}/{total} files {rate:.1f} files/s {when}"
    )


class Progress:
    """A progress bar on ``stream`` (standard error), drawn only when ``enabled``.

    ``clear()`` before writing anything else to the screen (a result on standard output, a
    message on standard error); the next ``step()`` draws the bar again below it.
    """

    def __init__(
        self,
        total: int,
        stream: TextIO,
        enabled: bool,
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        self.total, self.stream, self.enabled, self.done = total, stream, enabled, 0
        self._now, self._started = now, now()
        self._drawn = 0  # characters of the bar now on the screen
        self._last_draw: float | None = None

    def step(self) -> None:
        """Count one file done and redraw (at most every `REDRAW_SECONDS`, and always at
        the first and the last file)."""
        self.done += 1
        if not self.enabled:
            return
        now = self._now()
        last = self.done == self.total
        if not last and self._last_draw is not None and now - self._last_draw < REDRAW_SECONDS:
            return
        line = bar_line(self.done, self.total, now - self._started)
        self.stream.write("\r" + line + " " * max(0, self._drawn - len(line)))
        self._drawn, self._last_draw = len(line), now
        if last:  # the finished bar stays, on a line of its own
            self.stream.write("\n")
            self._drawn = 0
        self.stream.flush()

    def clear(self) -> None:
        """Take the bar off the screen, leaving the cursor at the start of its line."""
        if self.enabled and self._drawn:
            self.stream.write("\r" + " " * self._drawn + "\r")
            self.stream.flush()
            self._drawn, self._last_draw = 0, None
