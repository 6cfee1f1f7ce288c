"""The model refuses a wrong type at once, naming the field, and shows itself briefly."""

from __future__ import annotations

import attrs
import pytest

import gaoxin_parse as gx
from gaoxin_parse.model import BlockKind

from .conftest import ROOT

TEXT = (
    "## 园区新闻\n\n"
    "本报讯(记者王明 通讯员李华)园区开工。\n\n"
    "## 新项目投产\n\n"
    "本报讯(记者赵立新)新项目投产。\n\n"
    "车间一角\n\n"
    "工人正在装配。 张小红 摄\n"
)


@pytest.fixture(scope="module")
def issue() -> gx.Issue:
    """A small issue: two articles and a photo."""
    return gx.parse_issue(TEXT)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("title", 123),
        ("kickers", ["某某园区"]),  # a list, not a tuple: it would break hash()
        ("headlines", ("园区新闻",)),  # strings, not Headline
        ("byline", "本报讯"),
        ("confidence", "0.9"),
    ],
)
def test_evolve_with_a_wrong_type_names_the_field(
    issue: gx.Issue, field: str, value: object
) -> None:
    """``attrs.evolve(article, title=123)`` raises at once, with the field's name."""
    with pytest.raises(TypeError, match=field):
        attrs.evolve(issue.articles[0], **{field: value})


def test_wrong_literal_is_refused(issue: gx.Issue) -> None:
    """A byline position outside ``lead``/``trail`` raises, naming the field."""
    byline = issue.articles[0].byline
    assert byline is not None

    with pytest.raises(ValueError, match="position"):
        attrs.evolve(byline, position="middle")


def test_span_of_strings_is_a_type_error() -> None:
    """A ``Span`` of anything but ints raises ``TypeError``, not a comparison error."""
    with pytest.raises(TypeError, match="Span start and end must be int"):
        gx.Span("1", 2)  # type: ignore[arg-type]


def test_right_values_are_accepted(issue: gx.Issue) -> None:
    """The checks do not refuse what a parse makes: evolving with its own values is equal."""
    article = issue.articles[0]

    assert attrs.evolve(article, title=article.title, kickers=("引题",)).kickers == ("引题",)
    assert gx.Block(BlockKind.STRAY, gx.Span(0, 1), 1).kind is BlockKind.STRAY


def test_repr_is_short_with_counts_and_titles(issue: gx.Issue) -> None:
    """``repr(issue)`` gives counts and titles on one short line, not the source."""
    text = repr(issue)

    assert text == (
        f"Issue(2 articles, 1 photo, 0 strays, {len(TEXT)} characters; "
        "titles: '园区新闻', '新项目投产')"
    )


def test_repr_of_a_seed_is_short() -> None:
    """A whole seed's repr stays short: the first titles, then an ellipsis."""
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
    text = repr(gx.parse_file(seed))

    assert len(text) < 300
    assert text.endswith("…)")


def test_repr_html_lists_articles_and_photos(issue: gx.Issue) -> None:
    """The notebook view is a table naming each title, byline names and the photographer."""
    html = issue._repr_html_()

    assert html.count("<tr><td>article</td>") == 2
    assert "<td>王明 李华</td>" in html
    assert "<td>张小红</td>" in html


def test_repr_html_escapes_text() -> None:
    """Text that looks like markup is escaped."""
    html = gx.parse_issue("## <b>标题</b>\n\n本报讯(记者王明)园区开工。\n")._repr_html_()

    assert "&lt;b&gt;" in html
    assert "<b>" not in html
