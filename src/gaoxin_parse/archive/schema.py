"""The SQLite schema of an archive index (documented in ``docs/archive.md``).

Offsets are character offsets into the decoded source file, half-open, as ``Span`` has them.
Lists (``spans``) are JSON text. Every table hangs off ``issues`` and goes with it: reparsing a
file deletes its rows (``ON DELETE CASCADE``) and inserts the new ones in one transaction.
"""

from __future__ import annotations

from typing import Final

#: Bumped when the tables change; an index made with another version must be rebuilt.
SCHEMA_VERSION: Final = 1

#: Kinds of ``texts`` rows that are headlines (the ``headlines`` view).
HEADLINE_KINDS: Final = ("banner", "kicker", "title", "subtitle", "headline", "photo_title")
#: Kinds of ``texts`` rows that are paragraphs (the ``paragraphs`` view).
PARAGRAPH_KINDS: Final = ("paragraph", "intertitle", "caption")
#: Kinds of ``texts`` rows that are bylines as printed (searchable, so names are found).
BYLINE_KINDS: Final = ("byline",)

SCHEMA: Final = f"""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS issues (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,        -- as given to index (folder joined with the file)
    sha256 TEXT,                      -- of the file's bytes; NULL if it could not be read
    bytes INTEGER NOT NULL,
    chars INTEGER,                    -- length of the decoded text
    date TEXT,                        -- YYYY-MM-DD read from the path, or NULL
    parsed_at TEXT NOT NULL,          -- UTC, ISO 8601
    seconds REAL NOT NULL,            -- decode + parse time
    version TEXT NOT NULL,            -- gaoxin_parse version that parsed it
    error_type TEXT,                  -- NULL when the file parsed
    error TEXT,
    line_starts BLOB                  -- offset of each line's start, uint32 little-endian
);

CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,             -- 0-based position in the issue
    title TEXT,
    byline TEXT,                      -- the first byline as printed
    source TEXT,                      -- 本报, 新华社 …
    column_name TEXT,
    note TEXT,
    paragraphs INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    confidence REAL,                  -- NULL until the parser gives one
    UNIQUE (issue_id, idx)
);

CREATE TABLE IF NOT EXISTS photos (
    id INTEGER PRIMARY KEY,
    issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    title TEXT,
    caption TEXT NOT NULL,
    credit TEXT,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    confidence REAL,
    UNIQUE (issue_id, idx)
);

CREATE TABLE IF NOT EXISTS people (
    id INTEGER PRIMARY KEY,
    issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
    article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,
    photo_id INTEGER REFERENCES photos(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    role TEXT NOT NULL,               -- reporter, correspondent, photographer, or as printed
    CHECK ((article_id IS NULL) != (photo_id IS NULL))
);

CREATE TABLE IF NOT EXISTS texts (
    id INTEGER PRIMARY KEY,
    issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
    article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,
    photo_id INTEGER REFERENCES photos(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,               -- one of HEADLINE_, PARAGRAPH_ or BYLINE_KINDS
    idx INTEGER NOT NULL,             -- position among the element's texts of its group
    text TEXT NOT NULL,               -- repaired text
    spans TEXT NOT NULL               -- JSON [[start, end], …]: text = their slices joined
);

CREATE TABLE IF NOT EXISTS breaks (
    id INTEGER PRIMARY KEY,
    issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    decision TEXT NOT NULL,           -- join or keep
    rule TEXT NOT NULL,
    reason TEXT NOT NULL,
    across_photo INTEGER NOT NULL
);

CREATE INDEX IF NOT EXISTS articles_issue ON articles(issue_id);
CREATE INDEX IF NOT EXISTS photos_issue ON photos(issue_id);
CREATE INDEX IF NOT EXISTS people_name ON people(name, role);
CREATE INDEX IF NOT EXISTS people_issue ON people(issue_id);
CREATE INDEX IF NOT EXISTS texts_issue ON texts(issue_id);
CREATE INDEX IF NOT EXISTS breaks_issue ON breaks(issue_id);

CREATE VIEW IF NOT EXISTS headlines AS
    SELECT * FROM texts WHERE kind IN {HEADLINE_KINDS!r};
CREATE VIEW IF NOT EXISTS paragraphs AS
    SELECT * FROM texts WHERE kind IN {PARAGRAPH_KINDS!r};

-- Substring search: the trigram tokenizer needs no word boundaries, which Chinese lacks.
CREATE VIRTUAL TABLE IF NOT EXISTS texts_fts USING fts5(
    text, content='texts', content_rowid='id', tokenize='trigram'
);
CREATE TRIGGER IF NOT EXISTS texts_ai AFTER INSERT ON texts BEGIN
    INSERT INTO texts_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER IF NOT EXISTS texts_ad AFTER DELETE ON texts BEGIN
    INSERT INTO texts_fts(texts_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
"""
