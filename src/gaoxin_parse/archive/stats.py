"""Figures of an archive index: who wrote and photographed what, per issue and per month.

Every figure is a two-column table (a key and a count), so that it prints as a table, CSV or
JSON alike, and draws as a bar chart.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import unicodedata

import attrs

#: Elements whose confidence is below this count as low-confidence: the lowest band that
#: ``gaoxin-parse evaluate`` reports (0.5, a tie, to 0.7), the ones to review first.
LOW_CONFIDENCE = 0.7


@attrs.frozen
class Figure:
    """One figure: ``rows`` of ``(key, count)`` under ``columns``."""

    name: str
    title: str
    columns: tuple[str, str]
    rows: tuple[tuple[str, int], ...]
    note: str = ""  #: said when the figure cannot be computed yet


_FIGURES = (
    (
        "totals",
        "Totals",
        ("what", "count"),
        """
        SELECT 'issues', COUNT(*) FROM issues UNION ALL
        SELECT 'issues failed', COUNT(*) FROM issues WHERE error IS NOT NULL UNION ALL
        SELECT 'articles', COUNT(*) FROM articles UNION ALL
        SELECT 'photos', COUNT(*) FROM photos UNION ALL
        SELECT 'paragraphs', COUNT(*) FROM texts WHERE kind IN ('paragraph', 'intertitle')
        UNION ALL SELECT 'breaks repaired', COUNT(*) FROM breaks WHERE decision = 'join'""",
    ),
    (
        "articles_per_reporter",
        "Articles per reporter",
        ("reporter", "articles"),
        """
        SELECT name, COUNT(DISTINCT article_id) FROM people WHERE role = 'reporter'
        GROUP BY name ORDER BY 2 DESC, name""",
    ),
    (
        "articles_per_correspondent",
        "Articles per correspondent",
        ("correspondent", "articles"),
        """SELECT name, COUNT(DISTINCT article_id) FROM people WHERE role = 'correspondent'
        GROUP BY name ORDER BY 2 DESC, name""",
    ),
    (
        "photos_per_photographer",
        "Photos per photographer",
        ("photographer", "photos"),
        """
        SELECT name, COUNT(DISTINCT photo_id) FROM people WHERE role = 'photographer'
        GROUP BY name ORDER BY 2 DESC, name""",
    ),
    (
        "articles_per_month",
        "Articles per month",
        ("month", "articles"),
        """
        SELECT coalesce(substr(i.date, 1, 7), 'undated'), COUNT(a.id) FROM issues i
        JOIN articles a ON a.issue_id = i.id GROUP BY 1 ORDER BY 1""",
    ),
    (
        "articles_per_issue",
        "Articles per issue",
        ("issue", "articles"),
        """
        SELECT i.path, COUNT(a.id) FROM issues i LEFT JOIN articles a ON a.issue_id = i.id
        WHERE i.error IS NULL GROUP BY i.id ORDER BY i.path""",
    ),
    (
        "breaks_repaired",
        "Breaks repaired, by rule",
        ("rule", "breaks"),
        """
        SELECT rule, COUNT(*) FROM breaks WHERE decision = 'join' GROUP BY rule
        ORDER BY 2 DESC, rule""",
    ),
)


def _low_confidence(db: sqlite3.Connection, threshold: float) -> Figure:
    rows, known = [], 0
    for table in ("articles", "photos"):
        known += db.execute(f"SELECT COUNT(confidence) FROM {table}").fetchone()[0]
        low = f"SELECT COUNT(*) FROM {table} WHERE confidence < ?"
        rows.append((table, int(db.execute(low, (threshold,)).fetchone()[0])))
    note = "" if known else "the parser gives no confidences yet"
    return Figure(
        "low_confidence", f"Elements with confidence below {threshold}",
        ("element", "count"), tuple(rows) if known else (), note,
    )  # fmt: skip


def figures(db: sqlite3.Connection, *, threshold: float = LOW_CONFIDENCE) -> list[Figure]:
    """All figures of the index, in a fixed order."""
    found = [
        Figure(name, title, columns, tuple((str(k), int(v)) for k, v in db.execute(sql)))
        for name, title, columns, sql in _FIGURES
    ]
    found.append(_low_confidence(db, threshold))
    return found


def as_table(found: list[Figure]) -> str:
    """Figures as aligned plain-text tables, one after another."""
    out = []
    for figure in found:
        out.append(f"{figure.title}\n")
        if not figure.rows:
            out.append(f"  ({figure.note or 'none'})\n")
        width = max((_width(k) for k, _ in figure.rows), default=0)
        for key, count in figure.rows:
            out.append(f"  {key}{' ' * (width - _width(key))}  {count:>7}\n")
        out.append("\n")
    return "".join(out)


def _width(text: str) -> int:
    """Columns a string takes in a terminal: CJK characters are two wide."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def as_csv(found: list[Figure]) -> str:
    """Figures as one long CSV: ``figure,key,count``."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["figure", "key", "count"])
    for figure in found:
        writer.writerows((figure.name, key, count) for key, count in figure.rows)
    return buffer.getvalue()


def as_json(found: list[Figure]) -> str:
    """Figures as a JSON object: name → ``{"columns", "rows", "note"}``."""
    data = {
        f.name: {"title": f.title, "columns": list(f.columns),
                 "rows": [list(r) for r in f.rows], "note": f.note}
        for f in found
    }  # fmt: skip
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
