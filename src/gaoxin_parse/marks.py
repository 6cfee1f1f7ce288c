"""What a byline's work marks mean (``摄``, ``/图``, ``文/``), and the reading of the people
of a byline or credit that `gaoxin_parse.people` builds."""

from __future__ import annotations

from typing import Final

import attrs

from .model import Role
from .roles import PREFIX_MARKS, SPACED_MARKS, WORK_MARKS

PHOTO_MEANINGS: Final = ("photo", "text+photo")
#: Which of several pictures a credit is for, before a colon (``左图：王明 摄 右图：李华 摄``).
PICTURE_POSITIONS: Final = frozenset(
    f"{side}{word}" for side in "左右上下中" for word in ("图", "圖")
) | {"图一", "图二", "图三", "圖一", "圖二", "圖三"}
#: A mark printed before the names (``文/``, ``图/``) says what a mark after them would.
_PREFIX_MEANINGS: Final = {
    "writer": "text",
    "photographer": "photo",
    "writer+photographer": "text+photo",
}


def mark_meaning(mark: str) -> str:
    """What a work mark, after or before the names, says they did.

    >>> mark_meaning("摄"), mark_meaning("文/"), mark_meaning("/图")
    ('photo', 'text', 'photo')
    """
    return WORK_MARKS.get(mark) or SPACED_MARKS.get(mark) or _PREFIX_MEANINGS[PREFIX_MARKS[mark]]


def is_photo(mark: str | None) -> bool:
    """Whether a work mark says the names made pictures."""
    return mark is not None and mark_meaning(mark) in PHOTO_MEANINGS


@attrs.define
class People:
    """What a byline or credit says about people (internal, mutable while it is read)."""

    roles: list[Role] = attrs.Factory(list)
    source: str | None = None
    place: str | None = None
    has_role_word: bool = False
    has_mark: bool = False

    def names_with(self, *roles: str) -> tuple[str, ...]:
        """Names whose normalised role is one of ``roles``, in print order."""
        return tuple(r.name for r in self.roles if r.role in roles)

    @property
    def photographers(self) -> tuple[str, ...]:
        """Names that made pictures: a photographer's role word or a picture mark."""
        return tuple(r.name for r in self.roles if r.role == "photographer" or is_photo(r.mark))
