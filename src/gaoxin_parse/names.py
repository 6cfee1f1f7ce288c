"""Personal names and organisations as bylines print them: a name starts with a family name
(two characters for a compound one), an organisation ends in a media or unit word."""

from __future__ import annotations

from typing import Final

import regex

from .roles import (
    COMPOUND_SURNAMES,
    LABELS,
    MEDIA_SUFFIXES,
    NON_NAME_CHARS,
    ORG_SUFFIXES,
    SURNAMES,
)

#: Two names printed together without a space (``王晓宁崔正博``) are split only into these
#: lengths, each part starting with a family name.
_GLUED_SPLITS: Final = {5: ((3, 2), (2, 3)), 6: ((3, 3),)}
_BARE_SPLITS: Final = {6: ((3, 3),)}
_ORG_RE: Final = regex.compile(r"\p{Han}[\p{Han}·•・?\-－]{1,23}")


def is_name(word: str, *, bare: bool = False) -> bool:
    """Whether ``word`` is a personal name: 2-4 Han characters starting with a family name and
    holding no function word (``获悉``), or a transliterated name with a middle dot.

    Names printed without a role word (``bare``) must be 2-3 characters long.

    >>> is_name("王芳"), is_name("获悉"), is_name("资料图"), is_name("阿不都·热合曼")
    (True, False, False, True)
    """
    if "·" in word or "•" in word:
        parts = word.replace("•", "·").split("·")
        return len(parts) == 2 and all(1 <= len(p) <= 6 for p in parts) and not bare
    if word in LABELS:  # 来源, 作者: a label word is no name, though 来 is a family name
        return False
    longest = 4 if not bare or word[:2] in COMPOUND_SURNAMES else 3
    if not 2 <= len(word) <= longest or not all("\u3400" <= c <= "\U0002ffff" for c in word):
        return False
    return word[0] in SURNAMES and not any(c in NON_NAME_CHARS for c in word[1:])


#: Last characters of three-character places a report is filed from (石家庄, 张家口, 秦皇岛,
#: 连云港, 景德镇, 马鞍山, 哈尔滨, 张家界, 临淄区): such a place may start with a family name.
_PLACE_ENDINGS: Final = frozenset("市区县镇乡村州省港岛口庄山城湾滨界峡店旗盟")


def is_filing_place(word: str) -> bool:
    """Rule ``name_before_report``: the run glued to ``报道`` after a byline's names is the
    place the report was filed from (``烟台报道``), unless it is a three-character name
    (``记者 王明 李小红报道``): a two-character run may be either, and papers file from a
    two-character city far more often; a three-character place ends in a place word.

    >>> is_filing_place("烟台"), is_filing_place("石家庄"), is_filing_place("黄浩源")
    (True, True, False)
    """
    return len(word) != 3 or word[-1] in _PLACE_ENDINGS or not is_name(word, bare=True)


#: Media words that end a paper's or site's name wherever they stand (台, 社, 报 alone may
#: also end a place or a unit's name, so they do not cut here).
_MEDIA_ENDS: Final = (
    "新闻", "新聞", "日报", "日報", "晚报", "晚報", "客户端", "客戶端", "网", "網"
)  # fmt: skip


def media_before_unit(word: str) -> str:
    """Rule ``media_before_unit``: an organisation that is a paper or site followed by a unit
    (``某某网某某市台办通讯员``, the unit the correspondent works for) is sourced to the paper
    or site; any other organisation is returned whole.

    >>> media_before_unit("江城网青山区科技局"), media_before_unit("江城日报")
    ('江城网', '江城日报')
    """
    if not word.endswith(ORG_SUFFIXES):
        return word
    for cut in range(2, len(word) - 2):
        if word[:cut].endswith(_MEDIA_ENDS):
            return word[:cut]
    return word


def is_organisation(word: str) -> bool:
    """Whether ``word`` names a paper, agency or unit (``某某日报``, ``新华社发``, ``招商局``)
    rather than a person.

    >>> is_organisation("台灣網"), is_organisation("开发区招商局"), is_organisation("李科")
    (True, True, False)
    """
    if not _ORG_RE.fullmatch(word):
        return False
    core = word[:-1] if word.endswith(("发", "發")) else word
    if core.endswith(MEDIA_SUFFIXES) and len(core) >= 2:
        return True
    return word.endswith(ORG_SUFFIXES) and len(word) >= 3 and not is_name(word, bare=True)


def split_names(word: str, *, bare: bool) -> list[str] | None:
    """The names in one run of Han characters, or ``None``.

    >>> split_names("王晓宁崔正博", bare=False)
    ['王晓宁', '崔正博']
    >>> split_names("从会上获悉", bare=False) is None
    True
    >>> split_names("王晓宁崔正博", bare=True), split_names("王晓宁崔正", bare=True)
    (['王晓宁', '崔正博'], None)
    """
    if is_name(word, bare=bare):
        return [word]
    # names without a role word are split by spaces only, but for two of three characters
    # each (``路莎莎刘思祎``): six characters are never one name printed bare
    splits = _GLUED_SPLITS.get(len(word), ()) if not bare else _BARE_SPLITS.get(len(word), ())
    for sizes in splits:
        parts = [word[: sizes[0]], word[sizes[0] :]]
        if all(is_name(p, bare=True) for p in parts):
            return parts
    return None
