"""The review page: one self-contained HTML file showing a parsed issue over its source, in
which a reader corrects the reading and downloads it as a gold annotation for ``evaluate``.

The page needs no network and no server: its style and script are inline (``review_assets``),
its data a JSON document in a ``<script type="application/json">`` element. The script puts
every text in through ``textContent``, so text of the issue is shown and never run; the JSON
is written with ``<``, ``>`` and ``&`` escaped, so no text can close its element early.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from html import escape
from importlib.resources import files
from string import Template
from typing import Final

import attrs

from .model import Issue
from .review_data import LOW_CONFIDENCE, review_state

#: The script files, in the order they are put into the page.
SCRIPTS: Final = ("review_model.js", "review_view.js", "review_edit.js")
#: No request leaves the page: only its own inline style and script run.
POLICY: Final = (
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"
)

_PAGE: Final = Template(
    """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="$policy">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>$title</title>
<style>
$style</style>
</head>
<body>
<header><h1>$title</h1><span id="counts"></span>
<button type="button" id="download">Download gold</button></header>
<noscript><p>This page needs JavaScript to show the issue.</p></noscript>
<div id="page"><main id="source"></main><aside id="panel"></aside></div>
<script type="application/json" id="review-data">$data</script>
<script>
"use strict";
(() => {
$script})();
</script>
</body>
</html>
"""
)


@functools.cache
def _asset(name: str) -> str:
    return files("gaoxin_parse").joinpath("review_assets", name).read_text(encoding="utf-8")


def script_json(data: object) -> str:
    """JSON safe inside a ``<script>`` element: ``<``, ``>`` and ``&`` as ``\\u`` escapes
    (they only occur inside JSON strings, where the escape means the same character).

    >>> script_json({"text": "</script><b>&"})
    '{"text": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render_review(issue: Issue, name: str | None = None) -> str:
    """The review page of ``issue``; ``name`` is its file's name, shown in the title and
    written into the gold file (``evaluate`` looks for that file in the issue folder).

    Examples:
        >>> from gaoxin_parse import parse_issue
        >>> issue = parse_issue("## <b>园区</b>新闻\\n\\n本报讯(记者王明)开工。\\n")
        >>> page = render_review(issue, "a<i>.txt")
        >>> "<b>" in page, "<i>" in page, "Review: a&lt;i&gt;.txt" in page
        (False, False, True)
    """
    title = f"Review: {name}" if name else "Review"
    return _PAGE.substitute(
        policy=POLICY,
        title=escape(title),
        style=_asset("review.css"),
        data=script_json(review_state(issue, name)),
        script="".join(_asset(n) for n in SCRIPTS),
    )


@attrs.frozen(kw_only=True)
class IndexEntry:
    """One issue of an index page: its review page, or why it has none."""

    name: str  #: the issue file as given
    href: str | None  #: the review page, relative to the index; None if the issue failed
    articles: int = 0
    photos: int = 0
    doubtful: int = 0  #: elements read with low confidence
    error: str | None = None


def index_entry(issue: Issue, name: str, href: str) -> IndexEntry:
    """The index line of a parsed issue."""
    confidences = [a.confidence for a in issue.articles] + [p.confidence for p in issue.photos]
    return IndexEntry(
        name=name,
        href=href,
        articles=len(issue.articles),
        photos=len(issue.photos),
        doubtful=sum(c < LOW_CONFIDENCE for c in confidences),
    )


def render_index(entries: Sequence[IndexEntry], title: str = "Review pages") -> str:
    """A page linking each issue's review page, with its counts (and the issues that failed).

    >>> page = render_index([IndexEntry(name="a<1>.txt", href="a%3C1%3E.html", articles=2)])
    >>> '<a href="a%3C1%3E.html">a&lt;1&gt;.txt</a>' in page
    True
    """
    rows = []
    for e in entries:
        if e.href is None:
            cells = f"<td>{escape(e.name)}</td><td colspan=3>failed: {escape(e.error or '')}</td>"
        else:
            link = f'<a href="{escape(e.href)}">{escape(e.name)}</a>'
            cells = f"<td>{link}</td><td>{e.articles}</td><td>{e.photos}</td><td>{e.doubtful}</td>"
        rows.append(f"<tr>{cells}</tr>")
    head = "<tr><th>issue</th><th>articles</th><th>photos</th><th>doubtful</th></tr>"
    return (
        '<!DOCTYPE html>\n<html lang="zh">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">\n'
        f"<title>{escape(title)}</title>\n<style>\n{_asset('review.css')}"
        "table { border-collapse: collapse; margin: 1em; background: #fff; }\n"
        "td, th { border: 1px solid #ccc; padding: 0.3em 0.7em; text-align: left; }\n"
        f"</style>\n</head>\n<body>\n<header><h1>{escape(title)}</h1></header>\n"
        f"<table>\n{head}\n" + "\n".join(rows) + "\n</table>\n</body>\n</html>\n"
    )
