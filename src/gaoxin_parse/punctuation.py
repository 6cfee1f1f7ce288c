"""Opt-in punctuation normalisation (GB/T 15834): half-width marks in Chinese text → full width.

Each rule is a small named function that finds edits in a text; ``normalize_punctuation``
applies them all, ``punctuation_edits`` lists them (the explanation, replayable).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

import attrs
import regex

#: Half-width marks and their full-width forms.
FULL_WIDTH: Final = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）"}
_HAN_RE: Final = regex.compile(r"\p{Han}|[\u3000-\u303f\uff00-\uffef“”‘’…—]")
#: URLs and e-mail addresses are left exactly as they are.
_URL_RE: Final = regex.compile(
    r"(?:https?://|www\.)[!-~]{1,2000}|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}"
)
_SPACE_RE: Final = regex.compile(
    r"(?<=\p{Han})[ \t\u3000]{1,8}(?=\d)|(?<=\d)[ \t\u3000]{1,8}(?=\p{Han})"
)


@attrs.frozen
class Edit:
    """Replace ``old`` at ``offset`` with ``new``, by ``rule``."""

    offset: int
    old: str
    new: str
    rule: str


EditRule = Callable[[str, frozenset[int]], list[Edit]]


def _chinese_beside(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    return bool(_HAN_RE.match(before) or _HAN_RE.match(after))


def _protected(text: str) -> frozenset[int]:
    return frozenset(i for m in _URL_RE.finditer(text) for i in range(m.start(), m.end()))


def fullwidth_marks(text: str, protected: frozenset[int]) -> list[Edit]:
    """Half-width ``, ; : ! ?`` with a Chinese character on either side become full width.

    Marks between digits or Latin letters (``1,000``, ``10:30``) and inside URLs stay.

    Examples:
        >>> [e.new for e in fullwidth_marks("10月9日,高新区 1,000 10:30", frozenset())]
        ['，']
    """
    return [
        Edit(i, ch, FULL_WIDTH[ch], "fullwidth_marks")
        for i, ch in enumerate(text)
        if ch in ",;:!?" and i not in protected and _chinese_beside(text, i)
    ]


def fullwidth_brackets(text: str, protected: frozenset[int]) -> list[Edit]:
    """Half-width brackets become full width as a pair, when either has a Chinese neighbour.

    Examples:
        >>> "".join(e.new for e in fullwidth_brackets("讯(记者王小明)10月", frozenset()))
        '（）'
        >>> fullwidth_brackets("f(x) = (a+b)", frozenset())
        []
    """
    edits: list[Edit] = []
    stack: list[int] = []
    for i, ch in enumerate(text):
        if i in protected:
            continue
        if ch == "(":
            stack.append(i)
        elif ch == ")" and stack:
            start = stack.pop()
            if _chinese_beside(text, start) or _chinese_beside(text, i):
                edits += [
                    Edit(start, "(", "（", "fullwidth_brackets"),
                    Edit(i, ")", "）", "fullwidth_brackets"),
                ]
    return sorted(edits, key=lambda e: e.offset)


def remove_space_between_han_and_digit(text: str, protected: frozenset[int]) -> list[Edit]:
    """Spaces between a Chinese character and a digit are stray (``位居 11 月份``).

    Examples:
        >>> [e.offset for e in remove_space_between_han_and_digit("位居 11 月份", frozenset())]
        [2, 5]
    """
    return [
        Edit(m.start(), m.group(), "", "remove_space_between_han_and_digit")
        for m in _SPACE_RE.finditer(text)
        if m.start() not in protected
    ]


#: The rules, in order; edits of different rules never overlap (they touch different characters).
RULES: Final[tuple[EditRule, ...]] = (
    fullwidth_marks,
    fullwidth_brackets,
    remove_space_between_han_and_digit,
)


def punctuation_edits(text: str) -> list[Edit]:
    """Every edit the rules find in ``text``, by offset."""
    protected = _protected(text)
    return sorted((e for rule in RULES for e in rule(text, protected)), key=lambda e: e.offset)


def apply_edits(text: str, edits: list[Edit]) -> str:
    """Apply non-overlapping edits (sorted by offset)."""
    out, pos = [], 0
    for edit in edits:
        out += [text[pos : edit.offset], edit.new]
        pos = edit.offset + len(edit.old)
    out.append(text[pos:])
    return "".join(out)


def normalize_punctuation(text: str) -> str:
    """Full-width punctuation in Chinese text, as GB/T 15834 prescribes; numbers, times, Latin
    words and URLs untouched; stray spaces between Chinese and digits removed.

    Examples:
        >>> normalize_punctuation("本报讯(记者高轶鹏)10月9日,高新区")
        '本报讯（记者高轶鹏）10月9日，高新区'
        >>> normalize_punctuation("办结率100%,企业实现1.26亿元、1,000台,G60于10:30")
        '办结率100%，企业实现1.26亿元、1,000台，G60于10:30'
    """
    from .errors import NotTextError

    if not isinstance(text, str):
        raise NotTextError(text, function="normalize_punctuation")
    return apply_edits(text, punctuation_edits(text))
