"""The naive floor: the least a parser of these pages could do, timed on the same inputs.

``parse ÷ naive`` is the benchmark's measure of overhead; see ``docs/performance.md``.
"""

from __future__ import annotations

import re
from typing import Any

#: One regex per block, named alternatives tried in order: credit, byline, headline, body.
_NAIVE_BLOCK_RE = re.compile(
    r"(?P<credit>[^\s。，,]{2,5}(?:[ \u3000、，,]+[^\s。，,]{2,5})*[ \u3000]+摄\Z)"
    r"|(?P<byline>(?:本报讯)?[(（](?:本报)?(?:记者|通讯员)[^)）\n]{0,40}[)）])"
    r"|(?P<headline>\#{1,6}[^\n]*(?:\n[ \t]*\#{1,6}[^\n]*)*\Z|[^。！？!?，,；;]{1,40}\Z)"
    r"|(?P<body>.)",
    re.S,
)
_NAIVE_SPLIT_RE = re.compile(r"\n[ \t\u3000\r]*\n\s*")
_SENTENCE_END = ("。", "！", "？", "!", "?")


def naive_parse(text: str) -> dict[str, Any]:
    """The naive floor: one pass, plain dicts, no spans.

    Split into blank-line blocks; one regex per block tells headline / byline / credit / body
    apart; a headline after a non-headline opens an article; a body block is joined to the
    previous body block when that one does not end with 。！？!?.
    """
    articles: list[dict[str, Any]] = []
    article: dict[str, Any] = {"headlines": [], "byline": None, "paragraphs": [], "credits": []}
    previous = ""
    for raw in _NAIVE_SPLIT_RE.split(text):
        block = raw.strip()
        if not block:
            continue
        match = _NAIVE_BLOCK_RE.match(block)
        kind = match.lastgroup if match else "body"
        if kind == "headline":
            if previous != "headline":
                article = {"headlines": [], "byline": None, "paragraphs": [], "credits": []}
                articles.append(article)
            article["headlines"].append(block.lstrip("#").strip())
        elif kind == "credit":
            article["credits"].append(block)
        else:
            if kind == "byline" and match is not None:
                article["byline"] = match.group("byline")
                block = block[match.end() :].strip()
                if not block:
                    previous = "byline"
                    continue
                kind = "body"
            paragraphs = article["paragraphs"]
            if previous == "body" and paragraphs and not paragraphs[-1].endswith(_SENTENCE_END):
                paragraphs[-1] += block
            else:
                paragraphs.append(block)
        previous = kind or "body"
    return {"articles": articles}
