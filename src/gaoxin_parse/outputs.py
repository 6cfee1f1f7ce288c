"""Where the command line writes: one output per input, checked before anything is written,
each file written whole or not at all, with the permissions the user's umask gives."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from .atomic import new_file_mode, umask, write_atomically
from .errors import OptionsError
from .jobs import Result
from .progress import Progress

__all__ = ["Progress", "check_targets", "new_file_mode", "summary", "umask", "write_atomically"]


def _file_id(path: Path) -> tuple[int, int] | None:
    """The device and inode of an existing file, ``None`` when there is none to stat."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino


def check_targets(
    inputs: Sequence[tuple[str, Path | None]], targets: Sequence[Path], *, shared: bool = False
) -> None:
    """Refuse outputs that would collide: two inputs mapped to one output file (``x.txt`` and
    ``x.md``, or two files of the same name), or an output that would replace an input (by
    its path, or by a link to it). ``targets`` holds one output per input, or with ``shared``
    the one file all go to. Linear in the inputs: one ``stat`` per input and per output.

    Raises:
        OptionsError: naming the inputs and the output, before anything is written.

    Examples:
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
    by_path: dict[Path, str] = {}
    by_id: dict[tuple[int, int], str] = {}
    for name, path in inputs:
        if path is not None:
            by_path.setdefault(Path(os.path.abspath(path)), name)
            if (file_id := _file_id(path)) is not None:
                by_id.setdefault(file_id, name)
    for target in seen:
        replaced = by_path.get(target)
        if replaced is None and (file_id := _file_id(target)) is not None:
            replaced = by_id.get(file_id)
        if replaced is not None:
            raise OptionsError(
                f"the output {target} would replace the input {replaced}; choose another --output"
            )


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
