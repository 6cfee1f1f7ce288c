"""One self-contained HTML page of an archive's figures: bar charts in inline SVG, no network.

Charts for articles per month, per reporter and photos per photographer; the other figures
as tables. Nothing is loaded from elsewhere (no script, font or stylesheet link), so the page
opens offline and can be mailed as one file.
"""

from __future__ import annotations

from html import escape
from typing import Final

from .stats import Figure

#: Figures drawn as charts; the others are tables.
CHARTS: Final = ("articles_per_month", "articles_per_reporter", "photos_per_photographer")
#: Bars drawn at most per chart (the largest; the table below the chart has them all).
MAX_BARS: Final = 40

_STYLE: Final = """
body { font-family: sans-serif; margin: 2em auto; max-width: 60em; color: #222; }
h1 { font-size: 1.5em; } h2 { font-size: 1.15em; margin-top: 2em; }
table { border-collapse: collapse; } td, th { padding: 0.15em 0.8em; text-align: left; }
td.n, th.n { text-align: right; } tr:nth-child(even) { background: #f3f3f3; }
svg text { font-size: 12px; } .bar { fill: #3b6ea8; } .note { color: #777; }
details { margin-top: 0.5em; }
"""


def bar_chart(figure: Figure, *, width: int = 640) -> str:
    """A horizontal bar chart of a figure's rows as inline SVG.

    >>> svg = bar_chart(Figure("x", "X", ("name", "n"), (("王明", 4), ("李华", 2))))
    >>> svg.count('class="bar"'), "王明" in svg
    (2, True)
    """
    rows = figure.rows
    if figure.name != "articles_per_month":  # months keep time order; others show the top
        rows = tuple(sorted(rows, key=lambda r: -r[1])[:MAX_BARS])
    label_width, bar_height, gap = 160, 18, 6
    top = max((count for _, count in rows), default=1) or 1
    room = width - label_width - 60
    height = len(rows) * (bar_height + gap) + gap
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'role="img" aria-label="{escape(figure.title)}">'
    ]
    for i, (key, count) in enumerate(rows):
        y = gap + i * (bar_height + gap)
        length = max(1, round(room * count / top))
        middle = y + bar_height * 0.75
        parts.append(
            f'<text x="{label_width - 6}" y="{middle:.1f}" text-anchor="end">{escape(key)}</text>'
            f'<rect class="bar" x="{label_width}" y="{y}" width="{length}" '
            f'height="{bar_height}"><title>{escape(key)}: {count}</title></rect>'
            f'<text x="{label_width + length + 4}" y="{middle:.1f}">{count}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def table(figure: Figure) -> str:
    """A figure's rows as an HTML table (or its note when it has none)."""
    if not figure.rows:
        return f'<p class="note">{escape(figure.note or "none")}</p>'
    key, value = figure.columns
    body = "".join(f'<tr><td>{escape(k)}</td><td class="n">{v}</td></tr>' for k, v in figure.rows)
    return f'<table><tr><th>{escape(key)}</th><th class="n">{escape(value)}</th></tr>{body}</table>'


def html_report(figures: list[Figure], *, title: str = "Archive report") -> str:
    """The whole page: charts first, then tables, in the order of ``figures``."""
    by_name = {f.name: f for f in figures}
    sections = []
    for name in CHARTS:
        figure = by_name.get(name)
        if figure is None:
            continue
        chart = bar_chart(figure) if figure.rows else table(figure)
        sections.append(
            f"<h2>{escape(figure.title)}</h2>{chart}"
            f"<details><summary>table</summary>{table(figure)}</details>"
        )
    for figure in figures:
        if figure.name not in CHARTS:
            sections.append(f"<h2>{escape(figure.title)}</h2>{table(figure)}")
    return (
        '<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head>"
        f"<body><h1>{escape(title)}</h1>{''.join(sections)}</body></html>\n"
    )
