"""The pytest plugin (``pytest11`` entry point): fixtures other projects get on install."""

from __future__ import annotations

import re
from pathlib import Path

import pytest


def test_fixtures_are_available_to_another_project(pytester: pytest.Pytester) -> None:
    """A project's tests can use the seed texts, a parsed seed issue and the issue factory."""
    pytester.makepyfile(
        """
        def test_seed_texts(gaoxin_seed_texts):
            assert len(gaoxin_seed_texts) == 4
            assert all(name.endswith(".txt") for name in gaoxin_seed_texts)

        def test_seed_issue(gaoxin_seed_issue):
            assert gaoxin_seed_issue.articles[0].byline.reporters == ("高轶鹏",)
            assert gaoxin_seed_issue.photos[0].photographers == ("左晓燕",)

        def test_factory(gaoxin_issue_factory):
            import gaoxin_parse as gx
            text = gaoxin_issue_factory(
                headlines=["某园区：", "锻造能力强作风"],
                paragraphs=["体制机制持续创新。", "第二段。"],
                breaks={0: [5]},
                photo={"title": "车间忙", "caption": "工人正在加工零件。", "credit": "王小明 摄"},
            )
            issue = gx.parse_issue(text)
            (article,) = issue.articles
            assert (article.kickers, article.title) == (("某园区",), "锻造能力强作风")
            assert [p.text for p in article.paragraphs] == ["体制机制持续创新。", "第二段。"]
            assert issue.photos[0].photographers == ("王小明",)
            assert [b.decision for b in issue.breaks] == ["join", "keep"]
        """
    )

    result = pytester.runpytest("-p", "no:cacheprovider")

    result.assert_outcomes(passed=3)


def test_plugin_is_registered_by_entry_point(pytester: pytest.Pytester) -> None:
    """The plugin is found through the installed ``pytest11`` entry point, not a conftest."""
    pytester.makepyfile("def test_x(): pass")

    result = pytester.runpytest("--fixtures", "-p", "no:cacheprovider")

    result.stdout.fnmatch_lines(["*gaoxin_issue_factory*"])


def test_seed_texts_cannot_be_changed_by_one_test_for_the_others(
    pytester: pytest.Pytester,
) -> None:
    """The session's seed texts are shared: setting, replacing or deleting an entry raises, and
    a later test still sees the four seeds as they were."""
    pytester.makepyfile(
        """
        import pytest

        def test_a_test_tries_to_change_them(gaoxin_seed_texts):
            first = min(gaoxin_seed_texts)
            with pytest.raises(TypeError):
                gaoxin_seed_texts[first] = ""
            with pytest.raises(TypeError):
                del gaoxin_seed_texts[first]
            with pytest.raises(TypeError):
                gaoxin_seed_texts["new.txt"] = "## 标题"
            with pytest.raises(AttributeError):
                gaoxin_seed_texts.clear()

        def test_a_later_test_sees_them_unchanged(gaoxin_seed_texts):
            assert len(gaoxin_seed_texts) == 4
            assert "new.txt" not in gaoxin_seed_texts
            assert all("本报" in text for text in gaoxin_seed_texts.values())
        """
    )

    result = pytester.runpytest("-p", "no:cacheprovider")

    result.assert_outcomes(passed=2)


def test_the_plugin_page_example_runs_in_another_project(pytester: pytest.Pytester) -> None:
    """The tests shown on the docs page (docs/pytest-plugin.md) pass as a project's own."""
    page = (Path(__file__).resolve().parent.parent / "docs" / "pytest-plugin.md").read_text(
        encoding="utf-8"
    )
    (example,) = re.findall(r"```python\n(.*?)```", page, re.DOTALL)
    pytester.makepyfile(test_from_the_docs=example)

    result = pytester.runpytest("-p", "no:cacheprovider")

    result.assert_outcomes(passed=3)
