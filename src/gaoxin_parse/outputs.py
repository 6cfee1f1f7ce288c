"""Where the command line writes: one output per input, checked before anything is written,
each file written whole or not at all, with the permissions the user's umask gives."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Sequence
from pathlib import Path

from .errors import OptionsError
from .jobs import Result
from .progress import Progress

__all__ = ["Progress", "check_targets", "summary", "write_atomically"]


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


def umask() -> int:
    """The process's umask, read without changing it where the system tells it (Linux), else
    set and set back (the only portable way)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def new_file_mode(path: Path) -> int:
    """The permissions a file written to ``path`` gets: those of the file it replaces, else
    what the umask gives a new file (``0o666`` less the mask), as a shell's ``>`` would.

    Examples:
        >>> old = os.umask(0o027)
        >>> oct(new_file_mode(Path("/nonexistent/x.json")))
        '0o640'
        >>> _ = os.umask(old)
    """
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return 0o666 & ~umask()


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` whole or not at all: a temporary file, flushed to disk
    (``fsync``: after a crash the file holds the old or the new text, never an empty one),
    then renamed over ``path``. The file gets the permissions of `new_file_mode` (a
    temporary file is created private, ``0o600``: it is opened up before it is renamed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = new_file_mode(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace", newline="") as out:
            out.write(text)
            out.flush()
            os.chmod(tmp, mode)  # before the fsync, so that it is on disk with the text
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


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
