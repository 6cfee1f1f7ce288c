"""Tokens of the byline and credit grammar: role words, work marks, name runs, separators.

A byline or credit line is read in two steps: this module cuts it into tokens, and
`gaoxin_parse.people` reads the tokens as groups of roles, names and marks. Every pattern
here matches a bounded number of characters at one position, so tokenising is linear.
"""

from __future__ import annotations

from typing import Final, Literal

import attrs
import regex

from .roles import (
    JOINERS,
    LABELS,
    LINE_MARKERS,
    LOST_INDENT_RE_TEXT,
    PHOTO_ROLE,
    PREFIX_MARKS,
    ROLE_WORDS,
    WORK_MARKS,
)

Kind = Literal["role", "photo", "prefix", "mark", "label", "han", "sep", "newline", "colon"]

#: A byline or credit line longer than this is prose, not a byline (and is not tokenised).
MAX_LINE: Final = 120


def _alternation(words: object) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[call-overload]


_HAN: Final = r"\p{Han}"


def _slashed(mark: str) -> bool:
    return "/" in mark or "／" in mark


_TOKEN_RE: Final = regex.compile(
    # a mark that ends a name group (文/摄, /图) is not followed by a name
    rf"(?P<mark>(?:{_alternation(w for w in WORK_MARKS if _slashed(w))})(?!{_HAN}))"
    rf"|(?P<prefix>(?:{_alternation(PREFIX_MARKS)})(?={_HAN}))"
    # 记者站 is an office and 记者们 a plural: neither is a role word
    rf"|(?P<role>(?:{_alternation(ROLE_WORDS)})(?![站们們]))"
    # 摄影报道 is a mark; 摄影 alone may be a role word; 摄 alone is a mark
    rf"|(?P<photomark>{_alternation(w for w in WORK_MARKS if w.startswith(PHOTO_ROLE) and w[2:])})"
    rf"|(?P<photo>{_alternation(PHOTO_ROLE)})"
    rf"|(?P<hanmark>{_alternation(w for w in WORK_MARKS if not _slashed(w) and w not in PHOTO_ROLE)})"  # noqa: E501
    # a vertical bar between a role word or label and the names stands for a colon (记者丨王明)
    r"|(?P<bar>[|｜丨])"
    rf"|(?P<han>{_HAN})"
    rf"|(?P<join>[{regex.escape(JOINERS)}](?={_HAN}))"
    r"|(?P<newline>\r?\n)"
    r"|(?P<sep>[ \t\u3000\xa0]{1,8}|[、,，;；/／])"
    r"|(?P<colon>[:：])"
)
_MARKER_RE: Final = regex.compile(
    rf"{LOST_INDENT_RE_TEXT}(?:[{regex.escape(LINE_MARKERS)}]{{1,3}}[ \t\u3000]{{0,3}})?"
)
_LABEL_RE: Final = regex.compile(rf"(?:{_alternation(LABELS)})(?=[ \t\u3000]{{0,2}}[:：|｜丨])")


#: Token kinds that several patterns make.
_KINDS: Final = {"hanmark": "mark", "photomark": "mark", "bar": "colon"}


@attrs.frozen
class Token:
    """One token: its kind, where it stands and its text (a padded name without its spaces)."""

    kind: Kind
    start: int
    end: int
    text: str


def _merge_padded(tokens: list[Token]) -> list[Token]:
    """Join a two-character name printed with a space (``王 芳``) into one name token, and a
    role word spaced out the same way (``记 者``) into one role token."""
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if (
            tok.kind == "han"
            and len(tok.text) == 1
            and i + 2 < len(tokens)
            and tokens[i + 1].kind == "sep"
            and not tokens[i + 1].text.strip()
            and len(tokens[i + 1].text) <= 3
            and tokens[i + 2].kind == "han"
            and len(tokens[i + 2].text) == 1
        ):
            joined = tok.text + tokens[i + 2].text
            kind: Kind = "role" if joined in ROLE_WORDS else "han"
            out.append(Token(kind, tok.start, tokens[i + 2].end, joined))
            i += 3
            continue
        out.append(tok)
        i += 1
    return out


def tokenize(text: str, start: int, end: int) -> list[Token] | None:
    """The tokens of ``text[start:end]``, or ``None`` if it holds anything a byline never
    holds (sentence punctuation, digits, Latin letters) or is longer than a byline line.

    Each line may open with a marker (``□``, ``■``, ``——``) and a label (``作者:``).

    >>> [t.text for t in tokenize("□记者 王 芳", 0, 7)]
    ['记者', ' ', '王芳']
    >>> tokenize("记者获悉。", 0, 5) is None
    True
    """
    if end - start > MAX_LINE:
        return None
    tokens: list[Token] = []
    pos = start
    line_start = True
    while pos < end:
        if line_start:
            line_start = False
            marker = _MARKER_RE.match(text, pos, end)
            if marker is not None:
                pos = marker.end()
            label = _LABEL_RE.match(text, pos, end)
            if label is not None:
                tokens.append(Token("label", pos, label.end(), label.group()))
                pos = label.end()
                continue
        match = _TOKEN_RE.match(text, pos, end)
        if match is None:
            return None
        kind = match.lastgroup
        if (
            kind in ("han", "join")
            and tokens
            and tokens[-1].kind == "han"
            and (tokens[-1].end == pos)
        ):
            last = tokens[-1]
            tokens[-1] = Token("han", last.start, match.end(), last.text + match.group())
        elif kind == "join":
            return None  # a joiner stands only inside a name
        else:
            token_kind: Kind = _KINDS.get(kind, kind)  # type: ignore[arg-type, assignment]
            tokens.append(Token(token_kind, pos, match.end(), match.group()))
            line_start = kind == "newline"
        pos = match.end()
    return _merge_padded(tokens)
