"""Flat tables of articles, photos and people, for pandas, DuckDB, Spark or a datasets library.

The same rows come from an index (`tables_from_db`) or straight from a parse
(`tables_from_issue`, which the Dask export maps over an archive). Written as CSV (lists
as JSON text) or as Parquet (lists as Parquet lists; needs the ``parquet`` extra: pyarrow).
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Final

from gaoxin_parse.errors import OptionsError
from gaoxin_parse.model import Issue

from . import rows
from .schema import HEADLINE_KINDS

Row = dict[str, Any]
Tables = dict[str, list[Row]]

#: Columns of each table and their types: str, int, float, list (of str) or spans.
COLUMNS: Final = {
    "articles": {
        "path": "str", "index": "int", "title": "str", "headlines": "list",
        "reporters": "list", "correspondents": "list", "byline": "str", "column": "str",
        "paragraphs": "int", "text": "str", "start": "int", "end": "int", "spans": "spans",
        "confidence": "float",
    },
    "photos": {
        "path": "str", "index": "int", "title": "str", "caption": "str", "credit": "str",
        "photographers": "list", "start": "int", "end": "int", "confidence": "float",
    },
    "people": {"path": "str", "name": "str", "role": "str", "article": "int", "photo": "int"},
}  # fmt: skip
FORMATS: Final = ("csv", "parquet")


def tables_from_issue(path: str, issue: Issue) -> Tables:
    """The rows of one parsed issue file."""
    articles: list[Row] = []
    photos: list[Row] = []
    people: list[Row] = []
    for i, a in enumerate(issue.articles):
        pairs = rows.article_people(a)
        articles.append({
            "path": path, "index": i, "title": a.title,
            "headlines": [h.text for _, h in rows.headline_texts(a)],
            "reporters": [n for n, r in pairs if r == rows.REPORTER],
            "correspondents": [n for n, r in pairs if r == rows.CORRESPONDENT],
            "byline": a.byline and a.byline.text, "column": a.column and a.column.text,
            "paragraphs": len(a.paragraphs), "text": a.text,
            "start": a.span.start, "end": a.span.end,
            "spans": [[s.start, s.end] for p in a.paragraphs for s in p.spans],
            "confidence": rows.confidence(a),
        })  # fmt: skip
        people.extend({"path": path, "name": n, "role": r, "article": i, "photo": None}
                      for n, r in pairs)  # fmt: skip
    for i, p in enumerate(issue.photos):
        photos.append({
            "path": path, "index": i, "title": p.title and p.title.text, "caption": p.caption,
            "credit": p.credit and p.credit.text, "photographers": list(p.photographers),
            "start": p.span.start, "end": p.span.end, "confidence": rows.confidence(p),
        })  # fmt: skip
        people.extend({"path": path, "name": n, "role": r, "article": None, "photo": i}
                      for n, r in rows.photo_people(p))  # fmt: skip
    return {"articles": articles, "photos": photos, "people": people}


def _grouped(db: sqlite3.Connection, sql: str, issue_id: int) -> dict[int, list[Any]]:
    groups: dict[int, list[Any]] = defaultdict(list)
    for key, *value in db.execute(sql, (issue_id,)):
        groups[key].append(value[0] if len(value) == 1 else value)
    return groups


def tables_from_db(db: sqlite3.Connection) -> Iterator[Tables]:
    """The rows of every parsed file of an index, one file at a time, in path order."""
    kinds = ",".join(f"'{k}'" for k in HEADLINE_KINDS)
    issues = db.execute("SELECT id, path FROM issues WHERE error IS NULL ORDER BY path")
    for issue_id, path in issues.fetchall():
        heads = _grouped(
            db,
            "SELECT article_id, text FROM texts WHERE issue_id = ? AND"
            f" article_id IS NOT NULL AND kind IN ({kinds}) ORDER BY id",
            issue_id,
        )
        paras = _grouped(
            db,
            "SELECT article_id, text, spans FROM texts WHERE issue_id = ? AND"
            " kind IN ('paragraph', 'intertitle') ORDER BY id",
            issue_id,
        )
        names = _grouped(
            db,
            "SELECT article_id, name, role FROM people WHERE issue_id = ?"
            " AND article_id IS NOT NULL ORDER BY id",
            issue_id,
        )
        shot = _grouped(db, "SELECT photo_id, name FROM people WHERE issue_id = ?"
                        " AND photo_id IS NOT NULL ORDER BY id", issue_id)  # fmt: skip
        tables: Tables = {"articles": [], "photos": [], "people": []}
        for row in db.execute(
            "SELECT id, idx, title, byline, column_name, paragraphs, span_start, span_end,"
            " confidence FROM articles WHERE issue_id = ? ORDER BY idx",
            (issue_id,),
        ):
            aid, idx, title, byline, column, count, start, end, conf = row
            pairs = names.get(aid, [])
            tables["articles"].append({
                "path": path, "index": idx, "title": title, "headlines": heads.get(aid, []),
                "reporters": [n for n, r in pairs if r == rows.REPORTER],
                "correspondents": [n for n, r in pairs if r == rows.CORRESPONDENT],
                "byline": byline, "column": column, "paragraphs": count,
                "text": "\n".join(t for t, _ in paras.get(aid, [])),
                "start": start, "end": end,
                "spans": [s for _, spans in paras.get(aid, []) for s in json.loads(spans)],
                "confidence": conf,
            })  # fmt: skip
            tables["people"].extend(
                {"path": path, "name": n, "role": r, "article": idx, "photo": None}
                for n, r in pairs
            )
        for pid, idx, title, caption, credit, start, end, conf in db.execute(
            "SELECT id, idx, title, caption, credit, span_start, span_end, confidence"
            " FROM photos WHERE issue_id = ? ORDER BY idx",
            (issue_id,),
        ):
            tables["photos"].append({
                "path": path, "index": idx, "title": title, "caption": caption,
                "credit": credit, "photographers": shot.get(pid, []), "start": start,
                "end": end, "confidence": conf,
            })  # fmt: skip
            tables["people"].extend(
                {"path": path, "name": n, "role": rows.PHOTOGRAPHER, "article": None,
                 "photo": idx} for n in shot.get(pid, [])
            )  # fmt: skip
        yield tables


def arrow_schema(table: str) -> Any:
    """The pyarrow schema of a table (lists as lists, spans as lists of [start, end])."""
    import pyarrow as pa

    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(),
             "list": pa.list_(pa.string()), "spans": pa.list_(pa.list_(pa.int64()))}  # fmt: skip
    return pa.schema([(name, types[kind]) for name, kind in COLUMNS[table].items()])


def write_parquet(path: Path, table: str, batches: list[list[Row]]) -> None:
    """Write one table's rows (in batches) as one Parquet file."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = arrow_schema(table)
    with pq.ParquetWriter(path, schema) as writer:
        for batch in batches:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))


def _csv_value(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list) else value


def export(db: sqlite3.Connection, out: Path, to: str) -> list[Path]:
    """Write ``articles``, ``photos`` and ``people`` tables of an index into folder ``out``.

    Raises:
        OptionsError: ``to`` is not ``csv`` or ``parquet``.
        ImportError: Parquet without pyarrow (``pip install 'gaoxin_parse[parquet]'``).
    """
    if to not in FORMATS:
        raise OptionsError(f"export format must be csv or parquet, got {to!r}")
    if to == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise ImportError(
                "Parquet export needs pyarrow: pip install 'gaoxin_parse[parquet]'"
            ) from None
    out.mkdir(parents=True, exist_ok=True)
    batches: dict[str, list[list[Row]]] = {name: [] for name in COLUMNS}
    for tables in tables_from_db(db):
        for name, table_rows in tables.items():
            batches[name].append(table_rows)
    written = []
    for name, columns in COLUMNS.items():
        target = out / f"{name}.{to}"
        if to == "parquet":
            write_parquet(target, name, [b for b in batches[name] if b])
        else:
            with target.open("w", encoding="utf-8", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(columns)
                for batch in batches[name]:
                    writer.writerows([_csv_value(r[c]) for c in columns] for r in batch)
        written.append(target)
    return written
