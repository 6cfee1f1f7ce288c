"""Markdown output shows the text as printed: markup and HTML in the text are escaped.

Checked by rendering the markdown to HTML with Python-Markdown (installed with MkDocs).
"""

from __future__ import annotations

import html as html_text

import markdown
import pytest

import gaoxin_parse as gx
from gaoxin_parse.render import escape_markdown, to_markdown

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
