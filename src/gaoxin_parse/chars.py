"""Character sets, word lists and compiled patterns. Data only: no logic lives here.

Every pattern runs in time linear in its input whatever the input: repetitions are bounded,
or possessive (``*+``) where a run must be taken whole. ``tests/test_chars.py`` times each
pattern on 1× and 4× its worst shape and fails on super-linear growth.
"""

from __future__ import annotations

from typing import Final

import regex

# --- punctuation ---------------------------------------------------------------------------

#: Marks that end a sentence.
SENTENCE_ENDS: Final = "。！？!?…．"
#: Closing quotes and brackets that may follow a sentence end (``…说。”``).
CLOSERS: Final = "”’」』)）】》〉\"'"
#: Marks that only occur inside sentences; a line holding one is not a headline.
CLAUSE_MARKS: Final = "，,；;。"
#: Exclamation and question marks: a headline may hold one (``喜讯!…``), text holds more.
EXCLAIMS: Final = "！？!?"
COLONS: Final = ":："
#: Characters that are not content: white space is tested with ``str.isspace``; the byte order
#: mark (U+FEFF) also counts as blank wherever it stands.
BOM: Final = "\N{ZERO WIDTH NO-BREAK SPACE}"
#: Every character ``str.isspace`` accepts, and the BOM (``tests/test_blocks.py`` checks it).
BLANKS: Final = frozenset(
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000" + BOM
)

# --- words ---------------------------------------------------------------------------------

# Every word list holds the simplified form and the traditional one (OpenCC s2t, s2tw and s2hk
# agree on all of them; tests/test_script.py checks it), so that traditional-script issues parse
# as simplified ones do, while the output keeps the user's characters.

# fmt: off
#: Labels that introduce an editor's note printed above or at the top of an article.
NOTE_LABELS_BEFORE: Final = (
    "编者按", "编者的话", "开栏的话", "开栏语", "编辑的话", "开篇的话", "写在前面",
    "編者按", "編者的話", "開欄的話", "開欄語", "編輯的話", "開篇的話", "寫在前面",
)
#: Labels that introduce an editor's note printed after an article.
NOTE_LABELS_AFTER: Final = ("编后语", "编后", "編後語", "編後")
# fmt: on

#: A section mark opening an intertitle: a square or bullet (``■ 数据跑在前面``) or a section
#: number (``一、``, ``(二)``, ``3.``). A column break never leaves one at a line's start.
SECTION_MARK_RE: Final = regex.compile(
    r"[■□●◆◇▲△★☆▶►◎][ \t\u3000]{0,2}(?=\S)"
    r"|[一二三四五六七八九十]{1,3}[、.．](?=\S)"
    r"|[(（][一二三四五六七八九十]{1,3}[)）](?=\S)"
    r"|[0-9]{1,2}[、．](?=\S)"
)
# fmt: off
#: Rule ``genre_label``: genre labels papers print over a piece, in both scripts. Such a line
#: alone is the piece's column label (栏目), not its title: it names a kind of article.
GENRE_COLUMNS: Final = frozenset({
    "记者手记", "記者手記", "记者观察", "記者觀察", "记者调查", "記者調查",
    "记者札记", "記者札記", "短评", "短評", "时评", "時評",
    "新闻链接", "新聞鏈接", "相关链接", "相關鏈接", "延伸阅读", "延伸閱讀",
    "小贴士", "小貼士", "新闻背景", "新聞背景",
    "简讯", "簡訊", "快讯", "快訊",
})
# fmt: on
#: ... and a short label ending in a brief-news word (``高新简讯``, ``园区快讯``) is one too.
GENRE_SUFFIXES: Final = ("简讯", "簡訊", "快讯", "快訊", "短讯", "短訊")
#: The longest such label.
GENRE_LABEL_MAX_CHARS: Final = 8
#: Rule ``dotted_series_label``: a series name of two short phrases joined by a middle dot
#: (``重振雄风·镇街行``) alone on its line is a column label.
DOTTED_SERIES_RE: Final = regex.compile(r"\p{Han}{2,6}[·•・]\p{Han}{2,6}")
#: Headline-like plain lines are at most this many characters (spaces not counted).
HEADLINE_MAX_CHARS: Final = 40
#: A headline wraps over at most this many lines inside one block.
HEADLINE_MAX_LINES: Final = 3
#: A column label (栏目) is at most this many characters.
COLUMN_MAX_CHARS: Final = 24


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


# --- patterns ------------------------------------------------------------------------------

#: A markdown ATX heading line (used with ``fullmatch``): marks, then the text (group 2), then
#: optional closing marks (1-6 ``#`` after white space) and white space. The text is read a
#: character or a whole run of white space at a time, and a run is taken only if no closing
#: marks and line end follow it: each run is looked at twice at most, so the cost is linear.
#: (The plain ``(.*?)(?:[ \t]+#{1,6})?[ \t]*`` retried the tail at every character.)
HEADING_RE: Final = regex.compile(
    r"[ ]{0,3}(#{1,6})(?!#)[ \t]*+"
    r"((?:[^ \t\n]|[ \t]++(?!(?:#{1,6}+[ \t]*+)?+$))*+)"
    r"(?:[ \t]++#{1,6}+)?+[ \t]*+"
)

#: Opener of a lead byline at the start of a paragraph: ``本报讯``, ``新华社北京10月9日电``
#: (a quick test for the break repairs; bylines are read by `gaoxin_parse.opener`).
LEAD_OPENER_RE: Final = regex.compile(
    r"(?P<source>本报|本報|新华社|新華社|\p{Han}{1,6}?(?:日报|日報|晚报|晚報|社|台|网|網))"
    r"(?P<place>\p{Han}{0,4}?)(?:\d{1,2}月\d{1,2}日)?(?:讯|訊|电|電)"
)
#: Note label at the start of a block, with its optional brackets and colon.
NOTE_RE: Final = regex.compile(
    r"[【\[〔(（]?(?P<label>"
    + _alternation(NOTE_LABELS_BEFORE + NOTE_LABELS_AFTER)
    + r")[】\]〕)）]?(?:[ \t\u3000]*[:：][ \t\u3000]*|[ \t\u3000]+|(?=\n)|$)"
)

#: A column label: a short name in lenticular or square brackets, or ``栏目：名字``.
COLUMN_RE: Final = regex.compile(
    r"(?:[【〖\[［](?P<bracketed>[^\]】〗］\n]{1,24})[】〗\]］]"
    r"|(?:栏目|欄目|专栏|專欄)[:：][ \t\u3000]*(?P<labelled>[^\n]{1,24}))"
)
#: A column name announced in an editor's note: ``开设“高新故事”栏目``.
ANNOUNCED_COLUMN_RE: Final = regex.compile(
    r"[“「《\"](?P<name>[^”」》\"\n]{1,24})[”」》\"](?:专栏|專欄|栏目|欄目|系列)"
)

#: Item markers that begin a list entry: ``一是``, ``（二）``, ``3.``, ``第四,``.
LIST_ITEM_RE: Final = regex.compile(
    r"(?:[一二三四五六七八九十]{1,3}是|[(（][一二三四五六七八九十\d]{1,3}[)）]"
    r"|\d{1,2}[.、．]|第[一二三四五六七八九十]{1,3}[,，、]|其[一二三四五六七八九十][,，、])"
)

#: How a report's first paragraph opens: when it happened, then a comma (``10月9日上午,``,
#: ``近日,``, ``昨日,``); a cut sentence never goes on with one.
REPORT_OPENING_RE: Final = regex.compile(
    r"(?:(?:\d{1,4}年)?\d{1,2}月\d{1,2}日(?:[至到\-—]{1,2}(?:\d{1,2}月)?\d{1,2}日)?"
    r"|\d{1,2}月(?:上|中|下)旬|\d{1,2}月份?以[来來]|今年\d{1,2}月份?|今年[上下]半年|近日|日前"
    r"|近期|近年[来來]|今年以[来來]|去年以[来來]|昨日|昨天|今天|今日|[连連]日[来來]|[本上][周週])"
    r"(?:[上下中]午|早上|晚上|晚间|凌晨|傍晚|[早晚])?[,，]"
)
