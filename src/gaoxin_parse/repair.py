"""Stage 4: decide every break between two pieces of body text of one element.

Column and page breaks cut paragraphs anywhere (``…体制机制持`` / blank line / ``续创新…``). At each
break between consecutive body pieces of one article or caption, the rules below are asked in
order; the first that answers decides ``join`` or ``keep``. A wrong join is worse than a missed
one, so every rule but the last keeps, and the last joins only a piece that stops mid-sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

import regex

from .blocks import content_bounds
from .chars import (
    CLOSERS,
    COLONS,
    LEAD_OPENER_RE,
    LIST_ITEM_RE,
    REPORT_OPENING_RE,
    SENTENCE_ENDS,
)
from .errors import NotTextError, SpanError
from .model import Break, Decision, Paragraph, ParagraphKind, Repair, Span
from .reasons import reason_of

BreakRule = Callable[[str, str], "Decision | None"]
#: Characters of context either side of a join in ``Repair.before``/``after``.
CONTEXT: Final = 8
#: The rules see the last this-many characters of the paragraph so far, not just the last
#: piece, so that a decision does not change once earlier breaks are repaired (idempotence).
CONTEXT_FOR_RULES: Final = 64
#: Characters of the later piece a lead-byline opener can reach into.
LEAD_WINDOW: Final = 20


def _last_mark(text: str) -> str:
    stripped = text.rstrip(CLOSERS + " \t\u3000")
    return stripped[-1:] if stripped else ""


#: A note in brackets after the last sentence (``…。(作者单位：某某)``, ``…。(完)``): the
#: sentence has ended; the note is appended to it. Bounded: only the text's end is looked at.
_APPENDED_NOTE_RE: Final = regex.compile(
    rf"(?:(?P<end>[{SENTENCE_ENDS}][”’」』]?)|^)"
    r"[ \t\u3000]{0,3}[(（][^()（）\n]{1,40}[)）][ \t\u3000]{0,3}$"
)


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends a sentence: its last mark, past closing quotes, is 。！？… , or
    a bracketed note follows such a mark (or is all the text).

    Examples:
        >>> ends_sentence("…公司负责人手中。"), ends_sentence("…浇灌幼苗。”")
        (True, True)
        >>> ends_sentence("…增长40%。(作者单位：某某管委会)"), ends_sentence("(作者单位：某某大学)")
        (True, True)
        >>> ends_sentence("体制机制持"), ends_sentence("新增企业30家(不含外资企")
        (False, False)
    """
    mark = _last_mark(text)
    if bool(mark) and mark in SENTENCE_ENDS:
        return True
    if text[-1:] not in ")）":
        return False
    note = _APPENDED_NOTE_RE.search(text[-50:])  # bounded: only the end is looked at
    return note is not None and (note.group("end") is not None or len(text) <= 50)


def keep_after_sentence_end(before: str, after: str) -> Decision | None:
    """Keep: the earlier piece ends a sentence, so the paragraph may end there.

    Examples:
        >>> keep_after_sentence_end("如此好“气质”,高新区是如何炼成的?", "为准确把握…")
        'keep'
        >>> keep_after_sentence_end("体制机制持", "续创新") is None
        True
    """
    return "keep" if ends_sentence(before) else None


def keep_after_bare_marks(before: str, after: str) -> Decision | None:
    """Keep: the earlier piece holds no words, only marks, so there is nothing to continue.

    Examples:
        >>> keep_after_bare_marks("#", "正文。")
        'keep'
        >>> keep_after_bare_marks("1.3", "亿元") is None
        True
    """
    return None if any(ch.isalnum() for ch in before) else "keep"


def keep_before_forming_byline(before: str, after: str) -> Decision | None:
    """Keep: joining would make a lead byline (本报讯…) that the parse did not see printed.

    Examples:
        >>> keep_before_forming_byline("本", "报讯(记者王小明)近日,…")
        'keep'
        >>> keep_before_forming_byline("某区推进改", "革,取得成效。") is None
        True
    """
    if len(before) >= CONTEXT_FOR_RULES or LEAD_OPENER_RE.match(before):
        return None
    return "keep" if LEAD_OPENER_RE.match(before + after[:LEAD_WINDOW]) else None


#: Marks that open a quotation.
_QUOTE_OPENERS: Final = "“「『\"‘"


def keep_after_colon(before: str, after: str) -> Decision | None:
    """Keep: a colon or dash at a piece's end introduces what follows as its own paragraph.

    A quotation opening the next piece after a colon is what someone said (``他说：“…”``): it
    goes on in the same paragraph, so this rule does not answer there.

    Examples:
        >>> keep_after_colon("会议要求：", "要抓学习。")
        'keep'
        >>> keep_after_colon("共赴一场春天的约定——", "在田间地头……")
        'keep'
        >>> keep_after_colon("按照周例会、月", "研讨") is None
        True
        >>> keep_after_colon("他感叹道：", "“太蓝了。”") is None
        True
    """
    mark = _last_mark(before)
    if mark and mark in COLONS:
        return None if after[:1] in _QUOTE_OPENERS else "keep"
    return "keep" if before.endswith("——") else None


def keep_before_list_item(before: str, after: str) -> Decision | None:
    """Keep: a piece ending with a semicolon followed by a numbered item is a list entry.

    Examples:
        >>> keep_before_list_item("一是抓创新驱动；", "二是抓产业培育；")
        'keep'
        >>> keep_before_list_item("强化招商合力;建立", "重点项目督查跟踪机制") is None
        True
    """
    if _last_mark(before) in ";；" and _last_mark(before) and LIST_ITEM_RE.match(after):
        return "keep"
    return None


def keep_before_report_opening(before: str, after: str) -> Decision | None:
    """Keep: the later piece opens like a report (``昨日,``, ``10月9日,``), so a new paragraph
    starts there even where the earlier one lacks its full stop.

    Examples:
        >>> keep_before_report_opening("引发了媒体的关注", "昨日,采访团来到郑州。")
        'keep'
        >>> keep_before_report_opening("截至", "10月9日的数据") is None
        True
    """
    opening = REPORT_OPENING_RE.match(after)
    return "keep" if opening is not None else None


def join_unterminated(before: str, after: str) -> Decision | None:
    """Join: the earlier piece stops mid-sentence (no 。！？… at its end), so the text goes on.

    Examples:
        >>> join_unterminated("体制机制持", "续创新")
        'join'
    """
    return "join"


#: Order is priority: the first rule that answers decides.
BREAK_RULES: Final[tuple[BreakRule, ...]] = (
    keep_after_sentence_end,
    keep_after_bare_marks,
    keep_before_forming_byline,
    keep_after_colon,
    keep_before_list_item,
    keep_before_report_opening,
    join_unterminated,
)


def decide(
    before: str, after: str, rules: Sequence[BreakRule] = BREAK_RULES
) -> tuple[Decision, BreakRule]:
    """The decision at a break and the rule that took it; ``keep`` if no rule answers."""
    for rule in rules:
        decision = rule(before, after)
        if decision is not None:
            return decision, rule
    return "keep", keep_after_sentence_end  # pragma: no cover - join_unterminated always answers


def build_paragraphs(
    text: str,
    segments: Sequence[tuple[ParagraphKind, Sequence[Span]]],
    rules: Sequence[BreakRule] = BREAK_RULES,
) -> tuple[list[Paragraph], list[Break], list[Repair]]:
    """Paragraphs of one element from its segments (body pieces and intertitles, in order).

    Consecutive body pieces meet at a break; each break is decided by ``rules``. Intertitles
    stand alone and are never joined.
    """
    paragraphs: list[Paragraph] = []
    breaks: list[Break] = []
    repairs: list[Repair] = []
    current: list[Span] = []
    previous: Span | None = None

    def flush() -> None:
        if current:
            paragraphs.append(_paragraph(text, "paragraph", current))
            current.clear()

    tail = ""  # the paragraph so far, its last characters: what the rules see as "before"
    for kind, pieces in segments:
        if kind == "intertitle":
            flush()
            paragraphs.append(_paragraph(text, "intertitle", pieces))
            previous, tail = None, ""
            continue
        for piece in pieces:
            piece_text = piece.slice(text)
            if previous is not None:
                gap = Span(previous.end, piece.start)
                a, b = content_bounds(text, gap.start, gap.end)
                across = a < b
                decision, rule = decide(tail, piece_text, rules)
                breaks.append(
                    Break(
                        span=gap,
                        decision=decision,
                        rule=rule.__name__,
                        reason=reason_of(rule),
                        across_photo=across,
                    )
                )
                if decision == "join":
                    repairs.append(_repair(text, previous, piece, rule, across))
                else:
                    flush()
                    tail = ""
            current.append(piece)
            tail = (tail + piece_text)[-CONTEXT_FOR_RULES:]
            previous = piece
    flush()
    return paragraphs, breaks, repairs


def _paragraph(text: str, kind: ParagraphKind, pieces: Sequence[Span]) -> Paragraph:
    return Paragraph(kind=kind, text="".join(p.slice(text) for p in pieces), spans=tuple(pieces))


def _repair(text: str, previous: Span, piece: Span, rule: BreakRule, across: bool) -> Repair:
    removed = text[previous.end : piece.start]
    tail = text[max(previous.start, previous.end - CONTEXT) : previous.end]
    head = text[piece.start : min(piece.end, piece.start + CONTEXT)]
    shown = "\n[…]\n" if across else removed
    return Repair(
        offset=previous.end,
        removed=removed,
        rule=rule.__name__,
        reason=reason_of(rule),
        before=tail + shown + head,
        after=tail + head,
        across_photo=across,
    )


def apply_repairs(source: str, repairs: Sequence[Repair]) -> str:
    """Replay ``repairs`` that do not cross a photo: each ``removed`` text becomes ``inserted``
    (nothing, for a joined break).

    Examples:
        >>> from gaoxin_parse.model import Repair
        >>> r = Repair(offset=3, removed="\\n\\n", rule="join_unterminated", reason="",
        ...            before="", after="")
        >>> apply_repairs("机制持\\n\\n续创新", [r])
        '机制持续创新'

        Raises:
            NotTextError: ``source`` is not a ``str``.
            SpanError: a repair does not match ``source`` where it says it stands.
    """
    if not isinstance(source, str):
        raise NotTextError(source, function="apply_repairs")
    out: list[str] = []
    pos = 0
    for repair in sorted(repairs, key=lambda r: r.offset):
        if repair.across_photo:
            continue
        end = repair.offset + len(repair.removed)
        if source[repair.offset : end] != repair.removed or repair.offset < pos:
            raise SpanError(repair.offset, end, len(source))
        out += [source[pos : repair.offset], repair.inserted]
        pos = end
    out.append(source[pos:])
    return "".join(out)
