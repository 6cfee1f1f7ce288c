"""Every pattern of ``chars`` is linear: 4× its worst-shaped input costs about 4×, not 16×.

Each shape is what makes a backtracking engine retry: long runs of the characters a pattern
repeats, with the one thing it needs missing at the end. Times are CPU times of this process
(other processes on the machine do not count), the best of several runs, and the test
asserts a ratio, not a duration: linear growth gives ×4, quadratic ×16; the limit is ×8.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from gaoxin_parse import chars

#: 4× the input may cost at most this many times the 1× input (linear: 4, quadratic: 16).
MAX_GROWTH = 8.0
RUNS = 5

#: The reference meaning of ``HEADING_RE`` (the plain, backtracking form it replaced).
PLAIN_HEADING_RE = regex.compile(r"[ ]{0,3}(#{1,6})(?!#)[ \t]*(.*?)(?:[ \t]+#{1,6})?[ \t]*")


def _cpu_time(run: Callable[[], object], runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


def growth(
    pattern: regex.Pattern[str], use: str, shape: Callable[[int], str], n: int, runs: int = RUNS
) -> float:
    """How much longer ``use`` (``finditer``, ``match`` or ``fullmatch``) takes on
    ``shape(4n)`` than on ``shape(n)``."""

    def timed(text: str) -> Callable[[], object]:
        if use == "finditer":
            return lambda: sum(1 for _ in pattern.finditer(text))
        return lambda: getattr(pattern, use)(text)

    small, large = timed(shape(n)), timed(shape(4 * n))
    small()  # warm caches
    t_small = max(_cpu_time(small, runs), 1e-4)  # below the clock's grain a ratio means nothing
    return _cpu_time(large, runs) / t_small


#: pattern name → how it is used, the worst shape found for it, and the 1× size.
#: ``finditer`` tries the pattern at every position: the harshest use (it covers ``match``
#: and ``search``). ``fullmatch`` and ``match`` are for patterns only ever used so: a heading
#: is matched against a whole line, the byline bracket right after its opener (searched, a
#: run of blanks would be rescanned from each of its characters).
SHAPES: dict[str, tuple[str, Callable[[int], str], int]] = {
    "HEADING_RE": ("fullmatch", lambda n: "# a" + " " * n + "b", 400_000),
    "HEADING_RE/closing": ("fullmatch", lambda n: "# " + "a ##\t" * n + "b", 5_000),
    "HEADING_RE/hashes": ("finditer", lambda n: "# a \n" * n, 5_000),
    "LEAD_OPENER_RE": ("finditer", lambda n: "本报平顶山10月9" * n, 5_000),
    "NOTE_RE": ("finditer", lambda n: "【编者按】 \u3000" * n, 5_000),
    "SECTION_MARK_RE": ("finditer", lambda n: "■  (十十" * n, 5_000),
    "DOTTED_SERIES_RE": ("finditer", lambda n: "科创走廊·" * n, 5_000),
    "COLUMN_RE": ("finditer", lambda n: "【" * n + "栏目：" * n, 5_000),
    "ANNOUNCED_COLUMN_RE": ("finditer", lambda n: "“高新故事" * n, 5_000),
    "LIST_ITEM_RE": ("finditer", lambda n: "（一二三" * n, 5_000),
    "REPORT_OPENING_RE": ("finditer", lambda n: "2024年10月9日至10月" * n, 5_000),
}


def test_every_pattern_has_a_shape() -> None:
    """A new pattern in ``chars`` must come with its worst shape here."""
    patterns = {name for name, value in vars(chars).items() if isinstance(value, regex.Pattern)}

    assert patterns == {name.split("/")[0] for name in SHAPES}


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_pattern_is_linear(name: str) -> None:
    """4× the worst-shaped input costs less than ×8 (quadratic would be ×16)."""
    use, shape, n = SHAPES[name]
    pattern = getattr(chars, name.split("/")[0])

    assert growth(pattern, use, shape, n) < MAX_GROWTH


def test_growth_catches_the_plain_heading_pattern() -> None:
    """The measure fails the backtracking pattern ``HEADING_RE`` replaced (it cannot pass by
    accident)."""
    use, shape, _ = SHAPES["HEADING_RE"]

    assert growth(PLAIN_HEADING_RE, use, shape, 2_000, runs=2) > MAX_GROWTH


def _groups(match: regex.Match[str] | None) -> object:
    return match and (match.span(), match.span(1), match.span(2))


@given(st.text(alphabet=st.sampled_from("## \t\ta\r\n标"), max_size=30))
def test_heading_re_means_what_the_plain_pattern_meant(line: str) -> None:
    """Same matches, marks and text as the plain pattern, on lines of marks, blanks and text."""
    assert _groups(chars.HEADING_RE.fullmatch(line)) == _groups(PLAIN_HEADING_RE.fullmatch(line))


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("## 标题", "标题"),
        ("## 标题 ##", "标题"),
        ("## 标题 \t##  ", "标题"),
        ("# 标题#", "标题#"),
        ("# 标题 #######", "标题 #######"),
        ("#  ##", "##"),
        ("#", ""),
        ("   # 标 题", "标 题"),
    ],
)
def test_heading_re_text(line: str, text: str) -> None:
    """Closing marks after white space are not text; marks glued to the text, or more than six,
    are."""
    match = chars.HEADING_RE.fullmatch(line)

    assert match is not None
    assert match.group(2) == text


@pytest.mark.parametrize("line", ["####### 标题", "    # 标题", "#标题\n续", "标题"])
def test_heading_re_rejects(line: str) -> None:
    """Seven marks, four spaces of indent, a line end, or no mark: not a heading line."""
    assert chars.HEADING_RE.fullmatch(line) is None
