"""The people of a byline or credit: organisation, role words, names and work marks.

The grammar (``docs/bylines.md``) in one pass over the tokens of `gaoxin_parse.tokens`::

    people := [label] group+ [place 报道]
    group  := [organisation] [role [:]] names [mark]
    names  := name (separator name)*

A role word applies to the names after it up to the next role word; a work mark to every name
since the previous mark (one 摄 after several names credits them all).
"""

from __future__ import annotations

from typing import Final

import attrs
import regex

from .marks import PHOTO_MEANINGS, PICTURE_POSITIONS, People, mark_meaning
from .model import Role
from .names import is_filing_place, is_organisation, media_before_unit, split_names
from .roles import (
    CREDIT_LABELS,
    NON_NAME_CHARS,
    OWN_SOURCES,
    PREFIX_MARKS,
    ROLE_WORDS,
    SPACED_MARKS,
)
from .tokens import Token, tokenize

#: Last characters of a unit's short name glued to a role word (区委报道组, 县委宣传部通讯员).
_UNIT_ENDS: Final = ("委", "办", "辦", "局", "部", "处", "處", "厅", "廳")
#: Words of time, reference and reporting that may follow a role word, never a given name
#: (``记者 今天``, ``记者 调查``).
_NOT_GIVEN: Final = frozenset("今昨前近此本该該其这這那每各某调調采採访訪")
#: Marks that may be glued to the next name after their slash (``王明/文李华/图``).
_GLUED_MARKS: Final = ("文", "图", "圖")
#: ``(除署名外)`` after the names: "pictures by X, except those credited otherwise".
_EXCEPT_CREDITED_RE: Final = regex.compile(r"[ \t\u3000]{0,2}[(（]除署名外[)）]")
_EXCEPT_CREDITED_MAX: Final = 8  # the longest text it matches: looked for at a line's end only
_AUTHORS: Final = ("reporter", "correspondent", "photographer", "writer", "contributor", "intern")
#: The role a prefix gives the names after it, where no role word follows.
_PREFIX_ROLES: Final = {
    "writer": "reporter",
    "photographer": "photographer",
    "writer+photographer": "reporter",
}


class _Reader:
    """Reads tokens left to right (one instance per line read)."""

    def __init__(self, tokens: list[Token], *, credit: bool) -> None:
        self.tokens = [t for t in tokens if t.kind not in ("sep", "colon", "newline")]
        self.colons = {t.start for t in tokens if t.kind == "colon"}  # where a colon stands
        self.slashes = {t.start for t in tokens if t.kind == "sep" and t.text in "/／"}
        self.joined_org: str | None = None  # 某某云/某某日报记者: the name before the slash
        self.credit = credit
        self.people = People()
        self.printed: str | None = None
        self.role = "reporter"  # names before any role word are the paper's reporters
        self.prefix: str | None = None
        self.marked = 0  # roles before this index already carry a mark
        self.orgs: set[str] = set()
        #: 摄影 (or 攝影) printed before a role word: ``摄影 记者 王明``
        self.pending_photo: str | None = None
        self.done = False  # a place before 报道 ends the line
        self.stolen = False  # the 文 of a following 文/图 was taken into a name
        self.leading: str | None = None  # a work mark printed before its names (文/图 王明)

    def glued(self, a: Token, b: Token) -> bool:
        return a.end == b.start

    def read(self) -> People | None:
        toks = self.tokens
        for i, tok in enumerate(toks):
            if self.done:
                break
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if not self.step(i, tok, nxt):
                return None
        if self.leading is not None and not self.on_mark(self.leading):
            return None  # 文/图 with no names after it
        return self.people if self.people.roles else None

    def step(self, i: int, tok: Token, nxt: Token | None) -> bool:
        if tok.kind == "label":
            return self.credit and i == 0 and self.on_label(tok)
        if tok.kind == "role":
            before = self.tokens[i - 1] if i else None
            if before is not None and before.text in self.orgs and i >= 2:
                before = self.tokens[i - 2]  # 图/某某晚报记者 王明: past the organisation
            if before is not None and before.kind == "prefix":
                self.leading = before.text  # 图/本报记者 李华: the title, then the work mark
            return self.on_role(tok.text, ROLE_WORDS[tok.text])
        if tok.kind == "photo":  # 摄影: a role before names, a work mark after them
            if nxt is not None and nxt.kind == "role" and tok.end in self.colons:
                self.leading = tok.text  # 摄影：本报记者 王明: a label of the work, then a title
                return True
            if nxt is not None and (nxt.kind == "role" or not self.glued(tok, nxt)):
                if nxt.kind == "role":
                    self.pending_photo = tok.text
                    return True
                return self.on_role(tok.text, "photographer")
            return nxt is None and self.on_mark(tok.text)
        if tok.kind == "prefix":
            self.prefix = tok.text
            self.people.has_role_word = True
            meaning = PREFIX_MARKS[tok.text]
            ok = self.on_role(tok.text, _PREFIX_ROLES[meaning])
            if meaning == "writer+photographer":  # 文·图/王明: the names did both
                self.leading = tok.text
            return ok
        if tok.kind == "mark":
            if i == 0 and nxt is not None:  # 文/图 本报记者 王明: the mark before the names
                self.leading = tok.text
                return True
            return self.on_mark(tok.text)
        return self.on_run(i, tok, nxt)

    def on_label(self, tok: Token) -> bool:
        if tok.text not in CREDIT_LABELS:
            return False
        if tok.text == "作者":
            self.printed, self.role = "作者", "reporter"
        return True

    def on_role(self, printed: str, role: str) -> bool:
        if self.leading is not None and self.people.roles[self.marked :]:
            self.on_mark(self.leading)  # a leading mark covers the first group of names only
            self.leading = None
        if role == "editor" and not any(r.role in _AUTHORS for r in self.people.roles):
            return False  # a line that starts with a desk role is a desk credit
        if self.pending_photo is not None:
            printed, role = f"{self.pending_photo} {printed}", "photographer"
            self.pending_photo = None
        self.printed, self.role = printed, role
        self.people.has_role_word = True
        if self.people.source is None and printed.startswith(OWN_SOURCES):
            self.people.source = printed[:2]
        return True

    def on_mark(self, mark: str) -> bool:
        if self.stolen:
            self.stolen, mark = False, mark[1:]
        pending = self.people.roles[self.marked :]
        if not pending:
            return False
        self.people.roles[self.marked :] = [attrs.evolve(r, mark=mark) for r in pending]
        meaning = mark_meaning(mark)  # in a credit any picture mark; in a byline a picture only
        divided = (
            meaning == "photo"
            and any(  # ``X/文 Y/图``: the marks divide the work
                r.mark is not None and mark_meaning(r.mark) == "text"
                for r in self.people.roles[: self.marked]
            )
        )
        if meaning == "photo" or (meaning in PHOTO_MEANINGS and self.credit):
            self.people.roles[self.marked :] = [
                # a reporter credited with the pictures only is their photographer; another
                # title (通讯员 李华/图) is kept, the mark says what he did
                r
                if r.printed and not (divided and r.role == "reporter")
                else attrs.evolve(r, role="photographer")
                for r in self.people.roles[self.marked :]
            ]
        self.marked = len(self.people.roles)
        self.people.has_mark = True
        return True

    def on_run(self, i: int, tok: Token, nxt: Token | None) -> bool:
        word = tok.text
        if (
            word[:1] in _GLUED_MARKS
            and tok.start - 1 in self.slashes
            and i > 0
            and self.tokens[i - 1].kind == "han"
            and len(word) >= 3
        ):  # 王明/文李华/图: the mark of the names before, glued to the next name
            if not self.on_mark("/" + word[0]):
                return False
            word = word[1:]
        if word in PICTURE_POSITIONS and tok.end in self.colons:
            return True  # 左图：… 右图：…: which picture each credit is for
        if word in SPACED_MARKS:
            if i == 0 and nxt is not None and tok.end in self.colons:  # 图：本报记者 王明
                self.leading = word
                return True
            before = self.tokens[i - 1] if i else None
            if before is not None and before.kind == "han" and len(before.text) >= 2:
                return self.on_mark(word)  # 王明 文 李华 图: a mark printed as a word
        if tok.end in self.slashes and (
            self._org_before_role(i + 1)
            or (is_organisation(word) and nxt is not None and is_organisation(nxt.text))
        ):
            self.joined_org = word  # 某某云/某某日报记者: two media names joined by a slash
            return True
        glued = nxt is not None and self.glued(tok, nxt)
        if glued and nxt is not None and nxt.text.startswith("文/") and len(word) <= 2:
            word += "文"  # 王晓文/图: 文 ends a name of two characters, the mark is /图
            self.stolen = True
        if nxt is not None and nxt.kind == "role" and self.glued(tok, nxt):
            first_role = not self.people.has_role_word
            # 区委报道组: a unit's short name (区委, 县委) glued to a role word is its unit
            unit = word.endswith(_UNIT_ENDS)
            if first_role or unit or is_organisation(word) or word in self.orgs:
                return self.on_org(word, nxt)
        # 记者 王明 烟台报道: a run after the names, glued to 报道, is the place the report was
        # filed from (asked before the organisation test, which reads the 台 of 烟台 as a
        # station's); right after a role word (通讯员李华报道) it is that role's name.
        last = i + 2 == len(self.tokens) and bool(self.people.roles)
        after_role = i > 0 and self.tokens[i - 1].kind in ("role", "prefix", "photo")
        reported = nxt is not None and nxt.text in ("报道", "報道", "报导", "報導")
        if glued and reported and last and not after_role and is_filing_place(word):
            self.people.place = word
            self.done = True
            return True
        if is_organisation(word) or word in self.orgs:
            return self.on_org(word)
        if word.startswith(("发自", "發自")) and len(word) > 2 and i + 1 == len(self.tokens):
            self.people.place = word[2:]  # 本报特派记者 王明 发自某地: where it was filed from
            return True
        names = split_names(word, bare=self.printed is None)
        if names is None and self._given_name(i, word):
            names = [word]  # 记者 春明 晓云: papers may print reporters' given names only
        if names is None:
            return False
        self.people.roles.extend(Role(n, self.printed, self.role) for n in names)
        return True

    def _given_name(self, i: int, word: str) -> bool:
        """Rule ``given_name_after_role``: two characters set apart by a space after a role
        word (or after another name of its group) are a name, though they start with no family
        name, unless they hold a function or page word (``获悉``, ``近日``, ``今天``)."""
        if self.printed is None or len(word) != 2 or i == 0:
            return False
        before = self.tokens[i - 1]
        return (
            before.kind in ("role", "han")
            and not self.glued(before, self.tokens[i])
            and not any(c in NON_NAME_CHARS for c in word)
            and word[0] not in _NOT_GIVEN
            and not is_organisation(word)
        )

    def _org_before_role(self, j: int) -> bool:
        """Whether token ``j`` is an organisation glued to the role word after it."""
        if j + 1 >= len(self.tokens):
            return False
        org, role = self.tokens[j], self.tokens[j + 1]
        return (
            org.kind == "han" and role.kind == "role" and self.glued(org, role)
            and is_organisation(org.text)
        )  # fmt: skip

    def on_org(self, word: str, role: Token | None = None) -> bool:
        if role is not None and role.text.startswith("融媒") and not role.text.startswith("融媒体"):
            word += "融媒"  # 某某融媒记者: 融媒 ends the organisation's name (某某融媒 + 记者)
        posted = max(word.find("驻"), word.find("駐"))
        if posted > 0:  # 本报驻京记者: the paper's reporter posted in a place
            word = word[:posted]
        self.orgs.add(word)
        word = media_before_unit(word)
        if self.joined_org is not None:
            word, self.joined_org = f"{self.joined_org}/{word}", None
        if self.people.source is None:
            self.people.source = word
        return True


def read_people(text: str, start: int, end: int, *, credit: bool = False) -> People | None:
    """The people named in ``text[start:end]`` (up to two lines), or ``None`` if it is not
    made of the grammar's parts only.

    >>> p = read_people("本报记者 王明 通讯员 李华 摄", 0, 16, credit=True)
    >>> p.photographers, p.source
    (('王明', '李华'), '本报')
    """
    note = _EXCEPT_CREDITED_RE.search(text, max(start, end - _EXCEPT_CREDITED_MAX), end)
    if note is not None and note.end() == end:  # 图/王明(除署名外): a note, not a name
        end = note.start()
    tokens = tokenize(text, start, end)
    if not tokens or sum(t.kind == "newline" for t in tokens) > 1:
        return None
    return _Reader(tokens, credit=credit).read()
