"""Compare a parsed issue with a hand-written gold annotation (``tests/expected/README.md``)."""

from __future__ import annotations

from typing import Any

import gaoxin_parse as gx
from gaoxin_parse.serialise import stray_text

ARTICLE_FIELDS = ("headlines", "banner", "kickers", "title", "subtitles", "column")


def article_view(article: gx.Article) -> dict[str, Any]:
    """The fields of an article that gold files record."""
    byline = article.byline
    return {
        "headlines": [h.text for h in article.headlines],
        "banner": article.banner.text if article.banner else None,
        "kickers": list(article.kickers),
        "title": article.title,
        "subtitles": list(article.subtitles),
        "byline": None
        if byline is None
        else {
            "text": byline.text,
            "position": byline.position,
            "source": byline.source,
            "reporters": list(byline.reporters),
            "correspondents": list(byline.correspondents),
        },
        "paragraphs": [{"kind": p.kind, "text": p.text} for p in article.paragraphs],
        "column": article.column.text if article.column else None,
        "note": {"label": article.note.label, "text": article.note.text} if article.note else None,
    }


def photo_view(photo: gx.Photo) -> dict[str, Any]:
    """The fields of a photo that gold files record."""
    return {
        "title": photo.title.text if photo.title else None,
        "caption": photo.caption,
        "photographers": list(photo.photographers),
        "credit": photo.credit.text if photo.credit else None,
    }


def differences(issue: gx.Issue, gold: dict[str, Any]) -> list[str]:
    """Readable differences between a parse and its gold annotation; empty when they agree."""
    out: list[str] = []
    got_articles = [article_view(a) for a in issue.articles]
    want_articles = gold["articles"]
    if len(got_articles) != len(want_articles):
        out.append(
            f"articles: expected {len(want_articles)}, got {len(got_articles)}: "
            f"titles expected {[a['title'] for a in want_articles]}, "
            f"got {[a['title'] for a in got_articles]}"
        )
    for n, (got, want) in enumerate(zip(got_articles, want_articles, strict=False)):
        for field in (
            "headlines",
            "banner",
            "kickers",
            "title",
            "subtitles",
            "byline",
            "column",
            "note",
        ):
            if got[field] != want.get(field):
                out.append(
                    f"article {n} ({want['title']}): {field}: "
                    f"expected {want.get(field)!r}, got {got[field]!r}"
                )
        gp, wp = got["paragraphs"], want["paragraphs"]
        if len(gp) != len(wp):
            out.append(
                f"article {n} ({want['title']}): expected {len(wp)} paragraphs, got {len(gp)}"
            )
        for k, (g, w) in enumerate(zip(gp, wp, strict=False)):
            if g != w:
                out.append(
                    f"article {n} ({want['title']}) paragraph {k}: expected {w!r}\n   got {g!r}"
                )
    got_photos = [photo_view(p) for p in issue.photos]
    if len(got_photos) != len(gold["photos"]):
        out.append(f"photos: expected {len(gold['photos'])}, got {len(got_photos)}: {got_photos}")
    for n, (got, want) in enumerate(zip(got_photos, gold["photos"], strict=False)):
        for field in ("title", "caption", "photographers", "credit"):
            if got[field] != want.get(field):
                out.append(f"photo {n}: {field}: expected {want.get(field)!r}, got {got[field]!r}")
    got_strays = [stray_text(issue.source, b) for b in issue.strays]
    want_strays = gold.get("strays", [])
    if got_strays != want_strays:
        out.append(f"strays: expected {want_strays}, got {got_strays}")
    return out
