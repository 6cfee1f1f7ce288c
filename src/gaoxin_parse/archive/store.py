"""``Archive``: an SQLite index of parsed issues, built incrementally, one transaction per file.

A file whose bytes (SHA-256) and parser version are unchanged is not parsed again. Each file
is written in one transaction, so a run that is killed leaves every file either wholly
indexed or not at all, and a rerun resumes. A file that fails is recorded with its error.
"""

from __future__ import annotations

import datetime
import hashlib
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs

from gaoxin_parse import __version__
from gaoxin_parse.batch import Parsed, parse_many
from gaoxin_parse.decode import read_limited
from gaoxin_parse.errors import GaoxinParseError, InputTooLargeError
from gaoxin_parse.model import Issue

from . import rows
from .schema import SCHEMA, SCHEMA_VERSION
from .search import Hit, search


class ArchiveError(GaoxinParseError, ValueError):
    """A database is not an archive index this version can use."""


@attrs.frozen(kw_only=True)
class IndexReport:
    """What one ``index`` run did."""

    files: int  #: files found
    parsed: int  #: files parsed and stored
    unchanged: int  #: skipped: same bytes, same parser version
    failed: tuple[tuple[str, str], ...]  #: ``(path, error)`` of files that failed


def find_files(inputs: Iterable[str | Path], pattern: str = "*.txt") -> list[Path]:
    """Files named, and files matching ``pattern`` below folders (recursively, sorted)."""
    found: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob(pattern) if p.is_file()))
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def _digest(path: Path) -> str | None:
    try:  # regular files only: hashing a FIFO or a device would block or never end
        return hashlib.sha256(read_limited(path)).hexdigest()
    except (OSError, InputTooLargeError):  # parse_one records why
        return None


class Archive:
    """An archive index in one SQLite file (created if missing).

    Examples:
        >>> import tempfile, pathlib
        >>> db = pathlib.Path(tempfile.mkdtemp()) / "archive.sqlite"
        >>> with Archive(db) as archive:
        ...     report = archive.index(["seeds"], jobs=1)
        ...     hit = archive.search("体制机制持续创新")[0]
        >>> report.parsed, hit.citation
        (4, 'seeds/000_1c68c8fc2e42573b.txt:9:174')
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.db = sqlite3.connect(self.path, isolation_level=None)  # transactions are explicit
        try:
            tables = {name for (name,) in self.db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}  # fmt: skip
            if tables and "meta" not in tables:
                raise sqlite3.DatabaseError("it holds other tables")
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute("PRAGMA journal_mode = WAL")  # readers do not block the indexer
            self.db.execute("PRAGMA synchronous = NORMAL")  # safe in WAL: a kill loses no commit
            self.db.executescript(SCHEMA)
        except sqlite3.DatabaseError as error:
            self.db.close()
            raise ArchiveError(f"{self.path}: not an archive index ({error})") from None
        found = self.db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        if found is None:
            self.db.execute("INSERT INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
        elif found[0] != str(SCHEMA_VERSION):
            self.db.close()
            raise ArchiveError(
                f"{self.path}: index schema {found[0]}, this version uses {SCHEMA_VERSION}: "
                "index into a new database"
            )

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the database."""
        self.db.close()

    def query(self, sql: str, parameters: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Rows of a read-only SQL query (for the schema in ``docs/archive.md``)."""
        return self.db.execute(sql, parameters).fetchall()

    def search(self, query: str, *, limit: int | None = 50) -> list[Hit]:
        """Hits for ``query``, each cited as ``path:line:column`` (see `.search.search`)."""
        return search(self.db, query, limit=limit)

    def index(
        self,
        inputs: Iterable[str | Path],
        *,
        pattern: str = "*.txt",
        jobs: int | None = None,
        encoding: str | None = None,
        on_file: Callable[[Parsed | Path], None] | None = None,
    ) -> IndexReport:
        """Parse and store the files below ``inputs`` that are new or changed.

        Args:
            inputs: files and folders (folders are searched recursively for ``pattern``).
            pattern: file name pattern inside folders.
            jobs: parallel parse processes (default: one per core).
            encoding: force an encoding (default: UTF-8, UTF-8 with BOM, GB18030 or Big5).
            on_file: called once per file, with the result or the skipped path (progress).
        """
        files = find_files(inputs, pattern)
        known = dict(self.db.execute("SELECT path, sha256 || ' ' || version FROM issues"))
        todo: list[Path] = []
        for path in files:
            digest = _digest(path)
            if digest is not None and known.get(str(path)) == f"{digest} {__version__}":
                if on_file is not None:
                    on_file(path)
            else:
                todo.append(path)
        failed: list[tuple[str, str]] = []
        for result in parse_many(todo, jobs=jobs, encoding=encoding):
            self._store(result)
            if result.error is not None:
                failed.append((str(result.path), str(result.error)))
            if on_file is not None:
                on_file(result)
        return IndexReport(
            files=len(files), parsed=len(todo) - len(failed),
            unchanged=len(files) - len(todo), failed=tuple(failed),
        )  # fmt: skip

    def _store(self, result: Parsed) -> None:
        """Replace one file's rows, in one transaction."""
        issue, error = result.issue, result.error
        now = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute("DELETE FROM issues WHERE path = ?", (str(result.path),))
            cursor = self.db.execute(
                "INSERT INTO issues (path, sha256, bytes, chars, date, parsed_at, seconds,"
                " version, error_type, error, line_starts) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (
                    str(result.path), result.sha256, result.size,
                    None if issue is None else len(issue.source),
                    rows.date_from_path(str(result.path)), now, result.seconds, __version__,
                    None if error is None else type(error).__name__,
                    None if error is None else str(error),
                    None if issue is None else rows.line_starts(issue.source),
                ),
            )  # fmt: skip
            if issue is not None:
                assert cursor.lastrowid is not None
                _insert_issue(self.db, cursor.lastrowid, issue)
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")


def _insert_texts(
    db: sqlite3.Connection, owner: tuple[int, int | None, int | None], texts: Iterator[Any]
) -> None:
    db.executemany(
        "INSERT INTO texts (issue_id, article_id, photo_id, kind, idx, text, spans)"
        " VALUES (?,?,?,?,?,?,?)",
        ((*owner, kind, i, text, rows.spans_json(spans)) for i, (kind, text, spans) in
         enumerate(texts)),
    )  # fmt: skip


def _insert_issue(db: sqlite3.Connection, issue_id: int, issue: Issue) -> None:
    source = issue.source
    for idx, article in enumerate(issue.articles):
        byline = article.byline
        article_id = db.execute(
            "INSERT INTO articles (issue_id, idx, title, byline, source, column_name, note,"
            " paragraphs, span_start, span_end, confidence) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (
                issue_id, idx, article.title, byline and byline.text, byline and byline.source,
                article.column and article.column.text, article.note and article.note.text,
                len(article.paragraphs), article.span.start, article.span.end,
                rows.confidence(article),
            ),
        ).lastrowid  # fmt: skip
        db.executemany(
            "INSERT INTO people (issue_id, article_id, name, role) VALUES (?,?,?,?)",
            ((issue_id, article_id, name, role) for name, role in rows.article_people(article)),
        )
        heads = ((role, h.text, rows.align(h.text, source, h.span))
                 for role, h in rows.headline_texts(article))  # fmt: skip
        bylines = (("byline", b.text, rows.align(b.text, source, b.span))
                   for b in article.bylines or (article.byline,) if b)  # fmt: skip
        _insert_texts(db, (issue_id, article_id, None), bylines)
        paras = ((p.kind, p.text, p.spans) for p in article.paragraphs)
        _insert_texts(db, (issue_id, article_id, None), heads)
        _insert_texts(db, (issue_id, article_id, None), paras)
    for idx, photo in enumerate(issue.photos):
        photo_id = db.execute(
            "INSERT INTO photos (issue_id, idx, title, caption, credit, span_start, span_end,"
            " confidence) VALUES (?,?,?,?,?,?,?,?)",
            (
                issue_id, idx, photo.title and photo.title.text, photo.caption,
                photo.credit and photo.credit.text, photo.span.start, photo.span.end,
                rows.confidence(photo),
            ),
        ).lastrowid  # fmt: skip
        db.executemany(
            "INSERT INTO people (issue_id, photo_id, name, role) VALUES (?,?,?,?)",
            ((issue_id, photo_id, name, role) for name, role in rows.photo_people(photo)),
        )
        texts: list[tuple[str, str, Any]] = [("caption", p.text, p.spans) for p in photo.captions]
        if photo.title is not None:
            title = photo.title
            texts.insert(0, ("photo_title", title.text, rows.align(title.text, source, title.span)))
        _insert_texts(db, (issue_id, None, photo_id), iter(texts))
    db.executemany(
        "INSERT INTO breaks (issue_id, span_start, span_end, decision, rule, reason,"
        " across_photo) VALUES (?,?,?,?,?,?,?)",
        ((issue_id, b.span.start, b.span.end, b.decision, b.rule, b.reason, b.across_photo)
         for b in issue.breaks),
    )  # fmt: skip
