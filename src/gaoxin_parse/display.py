"""Short views of an `gaoxin_parse.model.Issue` for a terminal and for a notebook.

The default attrs ``repr`` of an issue prints its whole source and every block (tens of
thousands of characters on one line); these show counts and titles instead.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model import Article, Issue

#: Titles listed in a ``repr`` before the rest are elided.
REPR_TITLES = 3


def _title(article: Article) -> str:
    if article.title is not None:
        return article.title
    return article.headlines[0].text if article.headlines else "(no headline)"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _counts(issue: Issue) -> str:
    return ", ".join(
        (
            _count(len(issue.articles), "article"),
            _count(len(issue.photos), "photo"),
            _count(len(issue.strays), "stray"),
            _count(len(issue.source), "character"),
        )
    )


def issue_repr(issue: Issue) -> str:
    """One line: counts, then the first titles.

    >>> from gaoxin_parse import parse_issue
    >>> parse_issue("## 园区新闻\\n\\n本报讯(记者王明)园区开工。\\n")
    Issue(1 article, 0 photos, 0 strays, 24 characters; titles: '园区新闻')
    """
    titles = [repr(_title(a)) for a in issue.articles[:REPR_TITLES]]
    if len(issue.articles) > REPR_TITLES:
        titles.append("…")
    listed = f"; titles: {', '.join(titles)}" if titles else ""
    return f"Issue({_counts(issue)}{listed})"


def issue_html(issue: Issue) -> str:
    """A small HTML table for notebooks: each article's title, byline names and size, and
    each photo's title and caption start."""
    rows = [
        f"<tr><td>article</td><td>{escape(_title(a))}</td>"
        f"<td>{escape(' '.join(a.byline.names) if a.byline else '')}</td>"
        f"<td>{len(a.text)}</td></tr>"
        for a in issue.articles
    ]
    rows += [
        f"<tr><td>photo</td><td>{escape(p.title.text if p.title else '')}</td>"
        f"<td>{escape(' '.join(p.photographers))}</td><td>{escape(p.caption[:40])}</td></tr>"
        for p in issue.photos
    ]
    head = "<tr><th>element</th><th>title</th><th>names</th><th>characters / caption</th></tr>"
    return f"<div><p>Issue: {escape(_counts(issue))}</p><table>{head}{''.join(rows)}</table></div>"
