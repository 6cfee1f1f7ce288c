"""Files written whole or not at all, with the permissions the user's umask gives: what the
command line writes, from the parent or from a worker process."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


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
