"""Hypothesis strategies for page-like text: seed blocks shuffled, cut and decorated."""

from __future__ import annotations

from pathlib import Path

from hypothesis import strategies as st

_SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
#: Every blank-line block of every seed.
SEED_BLOCKS: tuple[str, ...] = tuple(
    block.strip()
    for path in _SEEDS
    for block in path.read_text(encoding="utf-8").split("\n\n")
    if block.strip()
)
DECORATIONS = ("## ", "### ", "# ", "")
EXTRAS = (
    "王小明 摄",
    "(本报记者 王小明 通讯员 李四)",
    "本报讯(记者王小明 通讯员李四)",
    "编者按：",
    "【高新故事】",
    "某某园区：",
    "——副题",
    "本报讯(",
    "?",
)
SEPARATORS = ("\n\n", "\n\n", "\n\n", "\n", "\n\n\n\n", "\r\n\r\n", "\n  \n")


@st.composite
def cut_block(draw: st.DrawFn) -> str:
    """A seed block, perhaps cut at a random point by a break, perhaps marked as a heading."""
    block = draw(st.sampled_from(SEED_BLOCKS))
    if len(block) > 2 and draw(st.booleans()):
        at = draw(st.integers(1, len(block) - 1))
        block = block[:at] + draw(st.sampled_from(SEPARATORS)) + block[at:]
    return draw(st.sampled_from(DECORATIONS)) + block if draw(st.integers(0, 5)) == 0 else block


@st.composite
def page_text(draw: st.DrawFn) -> str:
    """Seed-shaped text: seed blocks shuffled and cut, with bylines, credits and labels mixed in."""
    parts = draw(st.lists(st.one_of(cut_block(), st.sampled_from(EXTRAS)), min_size=0, max_size=25))
    out = []
    for part in parts:
        out.append(part)
        out.append(draw(st.sampled_from(SEPARATORS)))
    return draw(st.sampled_from(("", "\ufeff", "\n\n"))) + "".join(out)
