"""A parse as a gold annotation: the file format ``gaoxin-parse evaluate`` reads
(``tests/expected/README.md``), holding what the parser read.

The review page starts from this reading and lets a person correct it; downloaded without a
correction, the page's gold file equals :func:`gold_from_issue` of the same issue.
"""

from __future__ import annotations

from typing import Any

from .model import Article, Byline, Issue, Photo
from .serialise import stray_text


def _byline(byline: Byline | None) -> dict[str, Any] | None:
    if byline is None:
        return None
    return {
        "text": byline.text,
        "position": byline.position,
        "source": byline.source,
        "reporters": list(byline.reporters),
        "correspondents": list(byline.correspondents),
    }


def article_gold(article: Article) -> dict[str, Any]:
    """One article in the gold format: headlines with their roles, byline, paragraphs."""
    note = article.note
    return {
        "headlines": [h.text for h in article.headlines],
        "banner": article.banner.text if article.banner else None,
        "kickers": list(article.kickers),
        "title": article.title,
        "subtitles": list(article.subtitles),
        "byline": _byline(article.byline),
        "paragraphs": [{"kind": p.kind, "text": p.text} for p in article.paragraphs],
        "column": article.column.text if article.column else None,
        "note": {"label": note.label, "text": note.text} if note else None,
    }


def photo_gold(photo: Photo) -> dict[str, Any]:
    """One photo in the gold format: title, caption paragraphs joined by newlines, credit."""
    return {
        "title": photo.title.text if photo.title else None,
        "caption": photo.caption,
        "photographers": list(photo.photographers),
        "credit": photo.credit.text if photo.credit else None,
    }


def gold_from_issue(issue: Issue, name: str | None = None) -> dict[str, Any]:
    """The gold annotation a parse amounts to; ``name`` is the issue file's name, which
    ``evaluate`` looks for in the issue folder (left out: the gold file's own name, ``.txt``).

    Examples:
        >>> from gaoxin_parse import parse_issue
        >>> issue = parse_issue("## 园区新闻\\n\\n本报讯(记者王明)园区开工。\\n")
        >>> gold = gold_from_issue(issue, "a.txt")
        >>> gold["issue"], gold["articles"][0]["title"], gold["articles"][0]["byline"]["reporters"]
        ('a.txt', '园区新闻', ['王明'])
    """
    gold: dict[str, Any] = {} if name is None else {"issue": name}
    gold["articles"] = [article_gold(a) for a in issue.articles]
    gold["photos"] = [photo_gold(p) for p in issue.photos]
    gold["strays"] = [stray_text(issue.source, b) for b in issue.strays]
    return gold
