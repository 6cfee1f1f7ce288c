"""Script conversion with OpenCC, and the opt-in text options of ``parse_issue``.

OpenCC configurations cost about 120 ms each to load, so they are loaded on first use and
cached; ``import gaoxin_parse`` loads none.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Final, Literal

import attrs
import regex

from . import punctuation
from .errors import OptionsError
from .model import Article, Byline, Headline, Issue, Paragraph, Photo, PhotoCredit, Repair
from .punctuation import normalize_punctuation, punctuation_edits
from .reasons import reason_of

#: OpenCC configurations ``convert`` accepts.
CONFIGS: Final = (
    "s2t", "t2s", "s2tw", "tw2s", "s2hk", "hk2s", "s2twp", "tw2sp",
    "t2tw", "tw2t", "t2hk", "hk2t", "t2jp", "jp2t",
)  # fmt: skip
Punctuation = Literal["fullwidth"] | None


def check_config(config: str) -> None:
    """Raise `OptionsError` unless ``config`` is an OpenCC configuration name."""
    if config not in CONFIGS:
        msg = f"unknown script configuration {config!r}; expected one of {', '.join(CONFIGS)}"
        raise OptionsError(msg)


@functools.cache
def converter(config: str) -> Callable[[str], str]:
    """A cached OpenCC converter for ``config``, loaded on first use."""
    check_config(config)
    import opencc

    convert: Callable[[str], str] = opencc.OpenCC(config).convert
    return functools.lru_cache(maxsize=65536)(functools.partial(_around_surrogates, convert))


#: Lone surrogates (from ``surrogateescape`` or broken input): OpenCC cannot encode them.
_SURROGATES_RE: Final = regex.compile(r"([\ud800-\udfff]+)")


def _around_surrogates(convert: Callable[[str], str], text: str) -> str:
    """Convert ``text``, keeping lone surrogates as they are and converting what lies
    between them (OpenCC raises ``UnicodeEncodeError`` on them)."""
    try:
        return convert(text)
    except UnicodeEncodeError:
        parts = _SURROGATES_RE.split(text)  # odd indexes: the runs of surrogates
        return "".join(p if i % 2 else convert(p) for i, p in enumerate(parts))


def _headline(h: Headline | None, f: Callable[[str], str]) -> Headline | None:
    return None if h is None else attrs.evolve(h, text=f(h.text))


def _byline(
    b: Byline | None, f: Callable[[str], str], names: Callable[[str], str]
) -> Byline | None:
    if b is None:
        return None
    return attrs.evolve(
        b,
        text=f(b.text),
        source=f(b.source) if b.source else b.source,
        reporters=tuple(names(n) for n in b.reporters),
        correspondents=tuple(names(n) for n in b.correspondents),
        others=tuple((f(role), names(n)) for role, n in b.others),
    )


def _paragraphs(ps: tuple[Paragraph, ...], f: Callable[[str], str]) -> tuple[Paragraph, ...]:
    return tuple(attrs.evolve(p, text=f(p.text)) for p in ps)


def _credit(
    c: PhotoCredit | None, f: Callable[[str], str], names: Callable[[str], str]
) -> PhotoCredit | None:
    if c is None:
        return None
    return attrs.evolve(c, text=f(c.text), photographers=tuple(names(n) for n in c.photographers))


def map_text(
    issue: Issue, f: Callable[[str], str], names: Callable[[str], str] | None = None
) -> Issue:
    """The issue with ``f`` applied to every text field (``names`` to names; default ``f``).

    Spans and ``source`` are unchanged: they still point into the text as given.
    """
    names = names or f

    def article(a: Article) -> Article:
        return attrs.evolve(
            a,
            headlines=tuple(attrs.evolve(h, text=f(h.text)) for h in a.headlines),
            banner=_headline(a.banner, f),
            kickers=tuple(f(k) for k in a.kickers),
            title=f(a.title) if a.title else a.title,
            subtitles=tuple(f(s) for s in a.subtitles),
            byline=_byline(a.byline, f, names),
            bylines=tuple(b for b in (_byline(b, f, names) for b in a.bylines) if b),
            paragraphs=_paragraphs(a.paragraphs, f),
            column=attrs.evolve(a.column, text=f(a.column.text)) if a.column else None,
            note=attrs.evolve(a.note, label=f(a.note.label), text=f(a.note.text))
            if a.note
            else None,
        )

    def photo(p: Photo) -> Photo:
        return attrs.evolve(
            p,
            title=_headline(p.title, f),
            captions=_paragraphs(p.captions, f),
            credit=_credit(p.credit, f, names),
        )

    repairs = tuple(attrs.evolve(r, before=f(r.before), after=f(r.after)) for r in issue.repairs)
    return attrs.evolve(
        issue,
        articles=tuple(article(a) for a in issue.articles),
        photos=tuple(photo(p) for p in issue.photos),
        repairs=repairs,
    )


def convert_issue(issue: Issue, config: str) -> Issue:
    """The issue with all text converted by OpenCC ``config``; spans unchanged."""
    return map_text(issue, converter(config))


def simplify_names(issue: Issue) -> Issue:
    """Byline and credit names in simplified script, whatever the input's script."""
    t2s = converter("t2s")
    return map_text(issue, lambda s: s, t2s)


def _context(source: str, offset: int, old: str, new: str) -> str:
    end = offset + len(old)
    return source[max(0, offset - 4) : offset] + new + source[end : end + 4]


def normalize_issue_punctuation(issue: Issue) -> Issue:
    """Full-width punctuation in every text field, each source change recorded as a repair."""
    edits = punctuation_edits(issue.source)
    recorded = tuple(
        Repair(
            offset=e.offset,
            removed=e.old,
            inserted=e.new,
            rule=e.rule,
            reason=reason_of(getattr(punctuation, e.rule)),
            before=_context(issue.source, e.offset, e.old, e.old),
            after=_context(issue.source, e.offset, e.old, e.new),
        )
        for e in edits
    )
    normalized = map_text(issue, normalize_punctuation)
    repairs = tuple(sorted(issue.repairs + recorded, key=lambda r: r.offset))
    return attrs.evolve(normalized, repairs=repairs)
