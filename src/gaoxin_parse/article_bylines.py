"""The byline of an article, from the bylines printed for it.

An article may print its people over two blocks (``□记者 王明`` / ``通讯员 李华``), or name
them once at the end after a bare lead label (``本报讯 …`` … ``(王明)``): these functions make
one byline of two lines, and choose which byline is the article's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs

from .model import Byline, Span


def join_bylines(text: str, first: Byline, second: Byline) -> Byline:
    """One byline printed over two lines (``□记者 王明`` / ``通讯员 李华``)."""
    span = Span(first.span.start, second.span.end)
    return attrs.evolve(
        first,
        text=span.slice(text),
        span=span,
        reporters=first.reporters + second.reporters,
        correspondents=first.correspondents + second.correspondents,
        others=first.others + second.others,
        photographers=first.photographers + second.photographers,
        roles=first.roles + second.roles,
        source=first.source or second.source,
    )


#: Sources that name no paper (``晚报记者``): a lead label's source (``本报讯``) says more.
GENERIC_SOURCES: Final = frozenset({"晚报", "日报", "晚報", "日報", "报社", "報社"})


def main_byline(bylines: Sequence[Byline]) -> Byline | None:
    """The article's byline: the first that names someone; a bare label (``本报讯``) lends it
    its source. With no names anywhere, the first byline."""
    named = [b for b in bylines if b.names]
    if not named:
        return bylines[0] if bylines else None
    main = named[0]
    label = next((b for b in bylines if not b.names and b.source), None)
    if label is not None and (main.source is None or main.source in GENERIC_SOURCES):
        return attrs.evolve(main, source=label.source)
    return main
