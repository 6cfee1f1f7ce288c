"""Full-text search of an archive index, each hit cited as ``path:line:column`` of its source.

Search runs on the repaired text, so a phrase the page cut at a line break is found; the hit's
offsets are then mapped back through the text's source spans, so the citation and its
``pieces`` cover exactly the original characters (two pieces when the match crosses a break).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

import attrs

from gaoxin_parse.errors import OptionsError
from gaoxin_parse.model import Span

from .rows import line_and_column

#: Shortest term the trigram index can look up; shorter terms are matched by a scan.
TRIGRAM = 3


@attrs.frozen(kw_only=True)
class Hit:
    """One occurrence of the query's first term, with where it is printed."""

    path: str
    line: int  #: 1-based line of the first matched character
    column: int  #: 1-based column (characters) of the first matched character
    end_line: int  #: line of the last matched character
    end_column: int  #: column of the last matched character
    span: Span  #: source offsets from the first to past the last matched character
    pieces: tuple[Span, ...]  #: the source slices that, joined, are the match
    kind: str  #: paragraph, intertitle, caption, title, subtitle, photo_title …
    passage: str  #: the repaired text the match is in
    at: Span  #: the match's offsets in ``passage``
    article: int | None  #: index of the article in its issue, if in an article
    photo: int | None  #: index of the photo in its issue, if in a photo
    title: str | None  #: of the article or photo
    byline: str | None

    @property
    def citation(self) -> str:
        """``path:line:column``, as compilers and editors print a place in a file."""
        return f"{self.path}:{self.line}:{self.column}"

    def to_dict(self) -> dict[str, object]:
        """Plain data for JSON: spans as ``[start, end]``."""
        data = attrs.asdict(self, recurse=False)
        data["span"] = [self.span.start, self.span.end]
        data["pieces"] = [[p.start, p.end] for p in self.pieces]
        data["at"] = [self.at.start, self.at.end]
        return {"citation": self.citation, **data}


def to_source(spans: Sequence[Sequence[int]], length: int, start: int, end: int) -> list[Span]:
    """The source slices of ``text[start:end]``, for a text made by joining ``spans``.

    Examples:
        >>> to_source([[10, 15], [17, 20]], 8, 3, 7)
        [Span(start=13, end=15), Span(start=17, end=19)]
    """
    if sum(e - s for s, e in spans) != length:  # not aligned: cite the whole element
        return [Span(spans[0][0], spans[-1][1])]
    pieces: list[Span] = []
    position = 0
    for s, e in spans:
        low, high = max(start, position), min(end, position + e - s)
        if low < high:
            pieces.append(Span(s + low - position, s + high - position))
        position += e - s
    return pieces


def _find_all(text: str, term: str) -> list[int]:
    """Offsets of ``term`` in ``text``; ASCII case is ignored, as the trigram index does."""
    haystack, needle = text.lower(), term.lower()
    if len(haystack) != len(text):  # lower() changed a length: fall back to exact case
        haystack, needle = text, term
    found, at = [], haystack.find(needle)
    while at >= 0:
        found.append(at)
        at = haystack.find(needle, at + len(needle))
    return found


def search(db: sqlite3.Connection, query: str, *, limit: int | None = 50) -> list[Hit]:
    """Every occurrence of the query's first term in texts holding all its terms.

    Terms are separated by white space; each must occur in the same paragraph (or headline,
    or caption). Hits come in archive order: by path, then by place in the issue.

    Raises:
        OptionsError: the query has no term, or ``limit`` is below 1.
    """
    terms = query.split()
    if not terms:
        raise OptionsError("the search query is empty")
    if limit is not None and limit < 1:
        raise OptionsError(f"limit must be at least 1, got {limit}")
    long_terms = [t for t in terms if len(t) >= TRIGRAM]
    where, parameters = [], []
    if long_terms:
        where.append("t.id IN (SELECT rowid FROM texts_fts WHERE texts_fts MATCH ?)")
        parameters.append(" AND ".join('"' + t.replace('"', '""') + '"' for t in long_terms))
    for term in terms:
        if len(term) < TRIGRAM:
            where.append("instr(lower(t.text), lower(?)) > 0")
            parameters.append(term)
    sql = (
        "SELECT i.path, i.line_starts, t.kind, t.text, t.spans, a.idx, p.idx,"
        " coalesce(a.title, p.title), a.byline FROM texts t JOIN issues i ON i.id = t.issue_id"
        " LEFT JOIN articles a ON a.id = t.article_id LEFT JOIN photos p ON p.id = t.photo_id"
        f" WHERE {' AND '.join(where)} ORDER BY i.path, t.issue_id, t.id"
    )
    hits: list[Hit] = []
    for path, starts, kind, text, spans_text, article, photo, title, byline in db.execute(
        sql, parameters
    ):
        spans = json.loads(spans_text)
        for at in _find_all(text, terms[0]):
            pieces = to_source(spans, len(text), at, at + len(terms[0]))
            line, column = line_and_column(starts, pieces[0].start)
            end_line, end_column = line_and_column(starts, pieces[-1].end - 1)
            hits.append(
                Hit(
                    path=path, line=line, column=column, end_line=end_line,
                    end_column=end_column, span=Span(pieces[0].start, pieces[-1].end),
                    pieces=tuple(pieces), kind=kind, passage=text,
                    at=Span(at, at + len(terms[0])), article=article, photo=photo,
                    title=title, byline=byline,
                )
            )  # fmt: skip
            if limit is not None and len(hits) >= limit:
                return hits
    return hits
