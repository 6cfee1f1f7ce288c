"""Archives: an SQLite index of many parsed issues, searched with citations, exported as tables.

See ``docs/archive.md``.
"""

from __future__ import annotations

from .search import Hit
from .store import Archive, ArchiveError, IndexReport, find_files

__all__ = ["Archive", "ArchiveError", "Hit", "IndexReport", "find_files"]
