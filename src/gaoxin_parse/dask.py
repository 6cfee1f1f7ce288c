"""Parse an archive with Dask and write the export tables as Parquet: a laptop or a cluster.

Needs the ``dask`` extra (``pip install 'gaoxin_parse[dask]'``: dask, distributed, pyarrow).
The files are read by the workers, so on a cluster they must sit where every worker sees them
(a shared file system); the output folder likewise.

Each partition of a Dask bag of paths is parsed and written as one Parquet part file per
table (``OUT/articles/part-00000.parquet`` …), with the same columns and rows as
``gaoxin-parse export --to parquet``; ``pandas.read_parquet("OUT/articles")`` reads them.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import attrs

from .archive.export import COLUMNS, Row, tables_from_issue, write_parquet
from .archive.store import find_files
from .batch import parse_one


@attrs.frozen(kw_only=True)
class DaskExport:
    """What `export_parquet` wrote."""

    files: int
    failed: tuple[tuple[str, str], ...]  #: ``(path, error)`` of files that did not parse
    tables: tuple[Path, ...]  #: one folder of part files per table


def write_partition(
    number: int, paths: list[str], out: str, encoding: str | None
) -> list[tuple[str, str]]:
    """Parse one partition's files and write its part file of each table; return failures."""
    batches: dict[str, list[Row]] = {name: [] for name in COLUMNS}
    failed = []
    for path in paths:
        result = parse_one(path, encoding)
        if result.issue is None:
            failed.append((path, str(result.error)))
            continue
        for name, rows in tables_from_issue(path, result.issue).items():
            batches[name].extend(rows)
    for name, rows in batches.items():
        folder = Path(out) / name
        folder.mkdir(parents=True, exist_ok=True)
        write_parquet(folder / f"part-{number:05d}.parquet", name, [rows])
    return failed


def export_parquet(
    inputs: Iterable[str | Path],
    out: str | Path,
    *,
    pattern: str = "*.txt",
    files_per_partition: int = 100,
    encoding: str | None = None,
    client: Any = None,
) -> DaskExport:
    """Parse files (and folders, searched for ``pattern``) with Dask; write Parquet tables.

    Args:
        inputs: issue files and folders, as the workers will see them.
        out: folder for ``articles/``, ``photos/`` and ``people/``.
        files_per_partition: files parsed by one task (one part file per table).
        encoding: force an encoding (default: UTF-8, UTF-8 with BOM, GB18030 or Big5).
        client: a ``distributed.Client`` to run on (default: Dask's current scheduler).

    Paths are written as found here (``str(path)``), as the index stores them.
    """
    import dask.bag as db

    paths = [str(p) for p in find_files(inputs, pattern)]
    chunks = [paths[i : i + files_per_partition]
              for i in range(0, len(paths), files_per_partition)]  # fmt: skip
    jobs = list(enumerate(chunks))
    bag = db.from_sequence(jobs, npartitions=max(1, len(chunks)))  # type: ignore[no-untyped-call]
    tasks = bag.map(lambda job: write_partition(job[0], job[1], str(out), encoding))
    results = tasks.compute() if client is None else client.compute(tasks).result()
    failed = tuple(tuple(f) for part in results for f in part)
    tables = tuple(Path(out) / name for name in COLUMNS)
    return DaskExport(files=len(paths), failed=failed, tables=tables)
