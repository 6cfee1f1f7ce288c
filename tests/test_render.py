"""Markdown and text outputs: the text as printed (markup and HTML escaped in markdown), in
print order, headline levels that never raise a kicker above its title, bylines kept.

Markdown is checked by rendering it to HTML with Python-Markdown (installed with MkDocs);
expectations come from examples written here and from the seeds as read (``tests/expected``).
"""

from __future__ import annotations

import html as html_text
import json
from pathlib import Path
from typing import Any

import markdown
import pytest
import regex

import gaoxin_parse as gx
from gaoxin_parse.render import escape_markdown, to_markdown, to_text

from .test_tei import PRINT_ORDER

HOSTILE = [
    "<script>alert(1)</script>正文。",
    "[点此](javascript:alert(1))正文。",
    "![图](http://example.com/x.png)正文。",
    "* 不是列表。",
    "- 不是列表。",
    "+ 不是列表。",
    "1. 不是编号。",
    "2) 不是编号。",
    "# 不是标题。",
    "> 不是引用。",
    "---",
    "===",
    "**不是粗体**和_斜体_。",
    "`不是代码`。",
    "&lt;实体&gt;与&amp;。",
    "反斜杠\\*星号。",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_text_renders_as_itself(text: str) -> None:
    """Each hostile paragraph renders as one ``<p>`` holding exactly its own characters."""
    html = markdown.markdown(escape_markdown(text))

    assert html.startswith("<p>")
    assert html.endswith("</p>")
    assert html_text.unescape(html[3:-4]) == text


def test_markdown_output_has_no_html_links_or_lists_from_the_text() -> None:
    """An issue whose title and paragraphs hold HTML, a javascript link and list marks gives
    markdown whose HTML has no script, no link and no list."""
    text = (
        "## <script>标题</script>\n\n"
        "本报讯(记者王明)[点此](javascript:alert(1))正文。\n\n"
        "* 第二段不是列表。\n"
    )
    html = markdown.markdown(to_markdown(gx.parse_issue(text)))

    assert "<script" not in html
    assert "<a " not in html
    assert "<li>" not in html
    assert "&lt;script&gt;标题&lt;/script&gt;" in html
    assert "* 第二段不是列表。" in html


def test_plain_text_is_unchanged() -> None:
    """Chinese text without markup characters is left alone."""
    assert escape_markdown("高新区举办创新大会，1.3亿元。") == "高新区举办创新大会，1.3亿元。"


# --- print order, headline levels and bylines (markdown and text) ------------------------------

ROOT = Path(__file__).resolve().parent.parent
SEED = {p.stem[:3]: p for p in sorted((ROOT / "seeds").glob("*.txt"))}


def gold(key: str) -> dict[str, Any]:
    path = ROOT / "tests" / "expected" / f"{SEED[key].stem}.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def seed_issue(key: str) -> gx.Issue:
    return gx.parse_issue(SEED[key].read_text(encoding="utf-8"))


def test_headline_levels_follow_the_print_and_never_raise_a_kicker() -> None:
    """Banner, kicker, title, subtitle, byline, paragraphs and an intertitle, written here:
    the banner is ``#``, the title ``##`` with its kicker as a bold line above it, the subtitle
    ``###`` below it, the intertitle ``####``; role marks (``：``, ``——``) are dropped."""
    text = (
        "## 园区专版\n\n### 招商引资：\n\n## 项目落地提速\n\n### ——一季度签约十个项目\n\n"
        "本报讯(记者王明)第一段正文。\n\n#### 小标题一\n\n第二段正文。"
    )
    assert to_markdown(gx.parse_issue(text)) == (
        "# 园区专版\n\n**招商引资**\n## 项目落地提速\n### 一季度签约十个项目\n\n"
        "*本报讯(记者王明)*\n\n第一段正文。\n\n#### 小标题一\n\n第二段正文。\n"
    )
    assert to_text(gx.parse_issue(text)) == (
        "园区专版\n招商引资：\n项目落地提速\n——一季度签约十个项目\n"
        "本报讯(记者王明)\n第一段正文。\n小标题一\n第二段正文。\n"
    )


@pytest.mark.parametrize(("key", "article"), [("001", 0), ("001", 2), ("003", 2)])
def test_seed_kicker_is_a_bold_line_just_above_its_title_heading(key: str, article: int) -> None:
    """The seeds' kickers (read: 位居…第五—— over 高新“气质”…, 临港物流产业园区 over two titles):
    in the HTML of the markdown each is bold text right before its title's ``<h2>``, never
    a heading."""
    want = gold(key)["articles"][article]
    (kicker,) = want["kickers"]
    html = markdown.markdown(to_markdown(seed_issue(key)))

    assert f"<p><strong>{kicker}</strong></p>\n<h2>{want['title']}</h2>" in html
    assert not regex.search(rf"<h\d>{regex.escape(kicker)}</h\d>", html)


def test_markup_in_a_kicker_stays_text() -> None:
    """A kicker holding emphasis marks is escaped inside its bold line."""
    html = markdown.markdown(to_markdown(gx.parse_issue("### *重磅*：\n\n## 标题\n\n正文。")))

    assert "<p><strong>*重磅*</strong></p>" in html
    assert "<em>" not in html


@pytest.mark.parametrize("key", sorted(SEED))
def test_photos_stand_where_they_were_printed(key: str) -> None:
    """Markdown: the sequence of article title headings and photo quotes; text: the sequence of
    blocks opening with a title or a photo title; both follow the picture gaps of the seed."""
    issue = seed_issue(key)
    photo_titles = {p["title"] for p in gold(key)["photos"]}
    md_lines = to_markdown(issue).splitlines()
    md_order = "".join(
        "P" if line.startswith("> **") else "A"
        for line in md_lines
        if line.startswith(("## ", "> **"))
    )
    blocks = to_text(issue).split("\n\n")
    text_order = "".join("P" if b.split("\n")[0] in photo_titles else "A" for b in blocks)

    assert md_order == PRINT_ORDER[key]
    assert text_order == PRINT_ORDER[key]


@pytest.mark.parametrize("key", sorted(SEED))
def test_bylines_are_kept_where_they_were_printed(key: str) -> None:
    """Every gold byline is a line of the text (and an emphasised line of the markdown), before
    the article's first paragraph when printed at its head, after its last when at its end."""
    text_lines = to_text(seed_issue(key)).splitlines()
    md_lines = to_markdown(seed_issue(key)).splitlines()
    for article in gold(key)["articles"]:
        byline = article["byline"]
        first, last = article["paragraphs"][0]["text"], article["paragraphs"][-1]["text"]
        at = text_lines.index(byline["text"])
        assert f"*{byline['text']}*" in md_lines
        if byline["position"] == "lead":
            assert at < text_lines.index(first)
        else:
            assert at > text_lines.index(last)


def test_photo_inside_an_article_stays_inside_it() -> None:
    """A picture printed in the middle of an article's sentence (example written here): the
    sentence is repaired whole, the photo follows it and the article's next paragraph follows
    the photo, in markdown and in text."""
    text = (
        "## 园区新闻\n\n本报讯(记者张三)园区今年引进项目十二\n\n\n\n"
        "装配车间\n\n工人正在装配设备。\n\n赵六 摄\n\n个,总投资五十亿元。\n\n第二段正文。"
    )
    issue = gx.parse_issue(text)

    assert to_markdown(issue) == (
        "## 园区新闻\n\n*本报讯(记者张三)*\n\n园区今年引进项目十二个,总投资五十亿元。\n\n"
        "> **装配车间**\n>\n> 工人正在装配设备。\n>\n> — 赵六 摄\n\n第二段正文。\n"
    )
    assert to_text(issue) == (
        "园区新闻\n本报讯(记者张三)\n园区今年引进项目十二个,总投资五十亿元。\n\n"
        "装配车间\n工人正在装配设备。\n赵六 摄\n\n第二段正文。\n"
    )
