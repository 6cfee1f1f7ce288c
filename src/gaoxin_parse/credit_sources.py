"""Credits that name where a picture came from rather than who took it: a supplier
(``某某公司供图``), the paper's archive (``资料图``), an agency or organisation with no person
(``新华社照片``, ``本报记者摄``, ``图片来源：某网``). Such a credit closes its photo like any
other; it names a photographer only where a person supplied the picture."""

from __future__ import annotations

from typing import Final

import regex

from .model import PhotoCredit, Role, Span
from .names import is_name, is_organisation
from .roles import OWN_SOURCES

#: Rule ``supplied_picture``: a picture someone supplied rather than took is credited to the
#: supplier: ``受访者供图``, ``某某公司 供图``, ``图片由某某提供``. A person supplying it is its
#: photographer; an organisation (or 受访者) is named in ``text`` only.
_SUPPLIED_RE: Final = regex.compile(
    r"(?P<who>[\p{Han}A-Za-z·]{2,20}?)[ \t\u3000]{0,3}(?:供图|供圖)"
    r"|(?:图片由|圖片由)[ \t\u3000]{0,3}(?P<who>[\p{Han}A-Za-z·]{2,20}?)[ \t\u3000]{0,3}提供"
)

_WHO: Final = r"[\p{Han}A-Za-z·]{2,20}?"
_BLANK: Final = r"[ \t\u3000]{0,2}"
#: Rule ``credit_names_no_one``: printed where a credit stands, a note of where the picture
#: came from credits no person: the archive (``资料图``, ``【资料图】``), a source
#: (``图片来源：某网``, ``本版图文据新华社``, ``本组图片由某单位提供``, ``图/某局提供``), or an
#: organisation's picture (``新华社照片``, ``(某某公司图片)``, ``本报记者摄``). An organisation
#: must read as one (``某某社``, ``某某公司``), so that a caption such as ``他年轻时的照片`` is no
#: credit.
_NAMELESS_RE: Final = regex.compile(
    r"[▲△■□]?" + _BLANK + r"(?:"
    r"[【\[]?(?:资料图片?|資料圖片?)[】\]]?"
    r"|(?:图片来源|圖片來源|图片来自|圖片來自)[:：]" + _BLANK + _WHO
    + r"|(?:本组|本組|本版)?(?:图片|圖片|文图|文圖|图文|圖文)" + _BLANK + r"(?:由|据|據)"
    + _BLANK + _WHO + _BLANK + r"(?:提供)?"
    + r"|(?:图|圖)[/／]" + _BLANK + _WHO + r"提供"
    + r"|[(（]?(?P<org>" + _WHO + r")(?:图片|圖片|照片)[)）]?"
    + r"|(?P<staff>" + _WHO + r")(?:记者|記者)" + _BLANK + r"(?:摄|攝)"
    + r")"
)


def supplied(text: str, start: int, end: int) -> PhotoCredit | None:
    """The credit of a supplied picture filling ``text[start:end]`` (``supplied_picture``)."""
    match = _SUPPLIED_RE.fullmatch(text, start, end)
    if match is None:
        return None
    who = match.group("who")
    person = is_name(who, bare=True) and not is_organisation(who)
    span = Span(start, end)
    return PhotoCredit(
        text=span.slice(text),
        photographers=(who,) if person else (),
        span=span,
        roles=(Role(who, None, "photographer", "供图"),) if person else (),
    )


def nameless(text: str, start: int, end: int) -> PhotoCredit | None:
    """A credit naming no one filling ``text[start:end]`` (``credit_names_no_one``).

    >>> nameless("新华社照片", 0, 5).photographers, nameless("他年轻时的照片", 0, 7)
    ((), None)
    """
    match = _NAMELESS_RE.fullmatch(text, start, end)
    if match is None:
        return None
    for group in ("org", "staff"):
        who = match.group(group)
        if who is not None and not (who.startswith(OWN_SOURCES) or is_organisation(who)):
            return None
    span = Span(start, end)
    return PhotoCredit(text=span.slice(text), photographers=(), span=span, roles=())
