"""Print order: the articles and photos of an issue, and the parts of each article, in the order
they stood in the source, by the start of their first span.

The model keeps each kind in its own list (headlines, bylines, paragraphs; articles, photos);
the readable renderings (markdown, text, TEI) interleave them again as they were printed: a
photo between the articles it stood between, a trailing byline after the last paragraph, a
photo printed inside an article (the article's text resumes after it) inside it.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from .model import Article, Byline, Column, Headline, Issue, Note, Paragraph, Photo


@attrs.frozen
class Headlines:
    """The place of an article's headline stack: kickers above the title, subtitles below (the
    roles' own order is their print order). The texts are the article's fields."""

    start: int


#: One printed part of an article. A ``Headline`` part is the banner.
Part = Headline | Column | Headlines | Note | Byline | Paragraph | Photo


@attrs.frozen
class Placed:
    """An article with the photos printed inside it (between its first and last block)."""

    article: Article
    photos: tuple[Photo, ...] = ()


def print_order(issue: Issue) -> list[Placed | Photo]:
    """The issue's articles and photos in print order; a photo printed inside an article is
    listed with that article, not on its own.

    >>> from gaoxin_parse import parse_issue
    >>> text = "## 甲\\n\\n正文甲。\\n\\n\\n\\n图说。\\n\\n李四 摄\\n\\n## 乙\\n\\n正文乙。"
    >>> issue = parse_issue(text)
    >>> [e.article.title if isinstance(e, Placed) else "photo" for e in print_order(issue)]
    ['甲', 'photo', '乙']
    """
    inside: dict[int, list[Photo]] = {}
    alone: list[Photo] = []
    for photo in issue.photos:
        at = photo.span.start
        host = next(
            (n for n, a in enumerate(issue.articles) if a.span.start < at < a.span.end), None
        )
        if host is None:
            alone.append(photo)
        else:
            inside.setdefault(host, []).append(photo)
    elements: list[Placed | Photo] = [
        Placed(article, tuple(inside.get(n, ()))) for n, article in enumerate(issue.articles)
    ]
    elements += alone
    # sorted() is stable: elements starting at one offset (hand-made spans) keep their order
    return sorted(elements, key=_element_start)


def _element_start(element: Placed | Photo) -> int:
    return element.article.span.start if isinstance(element, Placed) else element.span.start


def article_parts(placed: Placed) -> list[Part]:
    """The parts of an article in print order: banner, column, headline stack, note, bylines,
    paragraphs and the photos printed inside it.

    A column printed at the head of the title line (``【栏目】标题``) comes just before the
    headline stack. An article without headlines still has its (empty) stack, at its start.
    """
    article = placed.article
    stack = Headlines(article.headlines[0].span.start if article.headlines else article.span.start)
    stack_end = article.headlines[-1].span.end if article.headlines else stack.start
    keyed: list[tuple[int, int, Part]] = [(stack.start, 1, stack)]
    if article.banner is not None:
        keyed.append((article.banner.span.start, 0, article.banner))
    if article.column is not None:
        at = article.column.span.start
        in_title = stack.start <= at < stack_end
        keyed.append((stack.start, 0, article.column) if in_title else (at, 1, article.column))
    if article.note is not None:
        keyed.append((article.note.span.start, 1, article.note))
    keyed += [(b.span.start, 1, b) for b in article.bylines]
    keyed += [(p.spans[0].start if p.spans else stack.start, 1, p) for p in article.paragraphs]
    keyed += [(p.span.start, 1, p) for p in placed.photos]
    return [part for _, _, part in sorted(keyed, key=lambda k: (k[0], k[1]))]


def first_title(elements: Sequence[Placed | Photo]) -> str | None:
    """The first article title (else the first photo title) in print order, or ``None``."""
    for element in elements:
        if isinstance(element, Placed) and element.article.title:
            return element.article.title
    for element in elements:
        if isinstance(element, Photo) and element.title is not None:
            return element.title.text
    return None
