"""Where the command line writes: one output per input, checked before anything is written,
each file written whole or not at all; and the progress bar."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from .errors import OptionsError
from .jobs import Result


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def check_targets(
    inputs: Sequence[tuple[str, Path | None]], targets: Sequence[Path], *, shared: bool = False
) -> None:
    """Refuse outputs that would collide: two inputs mapped to one output file (``x.txt`` and
    ``x.md``, or two files of the same name), or an output that would replace an input.
    ``targets`` holds one output per input, or with ``shared`` the one file all go to.

    Raises:
        OptionsError: naming the inputs and the output, before anything is written.

    >>> check_targets([("a/x.txt", None), ("b/x.txt", None)], [Path("o/x.json")] * 2)
    Traceback (most recent call last):
    gaoxin_parse.errors.OptionsError: a/x.txt and b/x.txt would both be written to o/x.json; ...
    """
    seen: dict[Path, str] = {}
    for name, target in zip([n for n, _ in inputs], targets, strict=not shared):
        key = Path(os.path.abspath(target))
        if key in seen:
            raise OptionsError(
                f"{seen[key]} and {name} would both be written to {target}; "
                "write them to different --output folders, or rename one"
            )
        seen[key] = name
    for target in seen:
        for name, path in inputs:
            if path is not None and (
                Path(os.path.abspath(path)) == target or _same_file(path, target)
            ):
                raise OptionsError(
                    f"the output {target} would replace the input {name}; choose another --output"
                )


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` whole or not at all: a temporary file, flushed to disk
    (``fsync``: after a crash the file holds the old or the new text, never an empty one),
    then renamed over ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace", newline="") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class Progress:
    """A one-line progress bar on standard error, shown only on a terminal."""

    def __init__(self, total: int, stream: TextIO, enabled: bool) -> None:
        self.total, self.stream, self.enabled, self.done = total, stream, enabled, 0

    def step(self) -> None:
        """Count one file done and redraw."""
        self.done += 1
        if self.enabled:
            filled = 30 * self.done // self.total
            bar = "#" * filled + "." * (30 - filled)
            self.stream.write(f"\r[{bar}] {self.done}/{self.total} files")
            if self.done == self.total:
                self.stream.write("\n")
            self.stream.flush()


def summary(results: list[Result], seconds: float, workers: int) -> str:
    """The ``--summary`` table: files, elements, failures, workers and time."""
    ok = [r for r in results if r.error is None]
    totals = [sum(r.counts[k] for r in ok) for k in range(4)]
    rows = [
        ("files", len(results)),
        ("articles", totals[0]),
        ("photos", totals[1]),
        ("repaired breaks", totals[2]),
        ("bylines without names", totals[3]),
        ("files failed", len(results) - len(ok)),
        ("workers", workers),
        ("time taken (s)", f"{seconds:.2f}"),
    ]
    return "\n".join(f"{label:<22} {value:>10}" for label, value in rows) + "\n"
