"""Variants of each seed parse to the same articles, paragraphs, bylines and photos."""

from __future__ import annotations

from typing import Any

import pytest
import regex

import gaoxin_parse as gx

_LEAD_BRACKET = regex.compile(r"(本报讯)\(([^()\n]{0,40})\)")
_TRAIL_BRACKET = regex.compile(r"(?m)^\((本报记者[^()\n]{0,40})\)$")


def content(issue: gx.Issue, *, with_headlines: bool = True) -> dict[str, Any]:
    """What must not change between variants (offsets excluded)."""
    return {
        "articles": [
            {
                "headlines": [h.text for h in a.headlines] + ([a.banner.text] if a.banner else [])
                if with_headlines
                else None,
                "byline": a.byline
                and (a.byline.position, a.byline.reporters, a.byline.correspondents),
                "paragraphs": [(p.kind, p.text) for p in a.paragraphs],
            }
            for a in issue.articles
        ],
        "photos": [(p.title and p.title.text, p.caption, p.photographers) for p in issue.photos],
        "breaks": [(b.decision, b.rule) for b in issue.breaks],
    }


def add_marks(text: str, reference: gx.Issue) -> str:
    """Put ``## `` before every headline and photo title line the reference found unmarked."""
    starts = {h.span.start for a in reference.articles for h in a.headlines if h.level is None}
    starts |= {p.title.span.start for p in reference.photos if p.title and p.title.level is None}
    out, pos = [], 0
    for start in sorted(starts):
        out += [text[pos:start], "## "]
        pos = start
    return "".join([*out, text[pos:]])


VARIANTS = {
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "bom": lambda t: "\ufeff" + t,
    "no-final-newline": lambda t: t.rstrip("\n"),
    "final-newlines": lambda t: t + "\n\n",
    "marks-removed": lambda t: regex.sub(r"(?m)^#{1,6} ", "", t),
    "fullwidth-byline-brackets": lambda t: _TRAIL_BRACKET.sub(
        r"（\1）", _LEAD_BRACKET.sub(r"\1（\2）", t)
    ),
}


@pytest.mark.parametrize("name", VARIANTS)
def test_variant_parses_the_same(seed_text: str, name: str) -> None:
    """Line ends, BOM, heading marks and bracket width do not change the content.

    Removing marks may change headline roles only where the marks alone decided them (the
    banner), so the banner is compared as one of the article's headline lines.
    """
    variant = VARIANTS[name](seed_text)
    expected = content(gx.parse_issue(seed_text))

    got = content(gx.parse_issue(variant))

    if name == "fullwidth-byline-brackets":
        assert variant != seed_text
        got = regex.sub(r"[（）]", lambda m: "()"["（）".index(m.group())], repr(got))
        expected = repr(expected)
    elif name == "marks-removed":
        got["articles"] = [{**a, "headlines": sorted(a["headlines"])} for a in got["articles"]]
        expected["articles"] = [
            {**a, "headlines": sorted(a["headlines"])} for a in expected["articles"]
        ]
    assert got == expected


def test_marks_added_parse_the_same(seed_text: str) -> None:
    """Adding ``##`` to every plain headline line keeps articles, paragraphs and photos."""
    reference = gx.parse_issue(seed_text)
    variant = add_marks(seed_text, reference)

    got = gx.parse_issue(variant)

    assert content(got, with_headlines=False) == content(reference, with_headlines=False)
    assert [a.title for a in got.articles] == [a.title for a in reference.articles]
