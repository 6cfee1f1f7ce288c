"""Properties on arbitrary and on seed-shaped text (hypothesis)."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import gaoxin_parse as gx

from .invariants import check_all
from .strategies import page_text

PAGE = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PAGE
@given(st.text())
def test_any_text_parses_with_invariants(text: str) -> None:
    """Any ``str`` parses: blocks tile it, spans point at their text, repairs replay,
    ``repair_line_breaks`` changes only line breaks and is idempotent, parse is deterministic."""
    check_all(text)


@PAGE
@given(st.text(alphabet=st.sampled_from("#本报讯(记者)摄 王小明。,:：——\n\r\t\ufeff【】编者按")))
def test_markup_soup_parses_with_invariants(text: str) -> None:
    """Text made only of the characters the rules look at still satisfies every invariant."""
    check_all(text)


#: Found by the thorough profile: a picture's caption vs. an article running on past a cut
#: paragraph start to a trailing byline decided differently before and after repair.
FOUND_IDEMPOTENCE = (
    "## 平顶山\n\n## 平顶山\n\n挂、乱搭乱建,沿街巡逻的\n\n\n\n某某园区：\n\n2月2日,\n\n"
    "高新区主要领导一行赶赴江苏,到平顶山考察。\n\n根\n\n据《国务院》要求,体制机制持\n\n"
    "(本报记者 王小明 通讯员 李四)\n\n"
)


#: Found by the thorough profile: a line of bare ``#`` joined to ``# 标题`` made a new heading.
FOUND_BARE_MARKS = "本报讯(记者王小明)第一段。\n\n某区成为先进单位\n\n综合利用工作。\n\n#\n# 某园区\n\n王小明 摄\n\n"


#: Found by the thorough profile: 本 / 报讯(…) joined made a lead byline the first parse missed.
FOUND_BYLINE_CUT = "?\n\n创新模式推进“双招双引\n\n”\n\n## 平顶山园区\n\n本\n\n报讯(记者高轶鹏)10月9日,举行仪式。\n\n"
#: ... and joining pieces one by one must decide as joining them at once does.
FOUND_TAIL = "小\r—\r:"
#: ... and a line of bare ``#`` between headings stays in a block without wrapping past it.
FOUND_EMPTY_HEADING = (
    "## 某某园区标题\n王小明 摄\n##\n 某某园区标题\n\n#\n\n# 另一标题\n\n## 标题\n#\n# 标题二\n"
)


@PAGE
@given(page_text())
@example(FOUND_IDEMPOTENCE)
@example(FOUND_BYLINE_CUT)
@example(FOUND_TAIL)
@example(FOUND_EMPTY_HEADING)
@example(FOUND_BARE_MARKS)
def test_page_text_parses_with_invariants(text: str) -> None:
    """Seed blocks shuffled, cut at random points and mixed with headings and credits."""
    check_all(text)


@PAGE
@given(page_text())
def test_json_round_trips(text: str) -> None:
    """``to_json`` is valid JSON that loads back to ``to_dict``."""
    issue = gx.parse_issue(text)

    assert json.loads(issue.to_json()) == issue.to_dict()
    assert json.loads(issue.to_json(indent=None)) == issue.to_dict()


def test_default_profile_replays_and_thorough_profile_explores() -> None:
    """CI replays the same examples (derandomized); ``thorough`` draws new ones each run, and
    many more of them."""
    default, thorough = settings.get_profile("default"), settings.get_profile("thorough")

    assert default.derandomize
    assert not thorough.derandomize
    assert thorough.max_examples * 4 >= 20_000
