"""The page grammar: the role (tag) each block can take, and which role may follow which.

A page is a sequence of elements, each a template of roles:

- article: column label?, note?, headline stack (``HEAD``+), own-line byline?, body
  (``BODY`` and ``INTERTITLE``, photos standing inside it), trailing byline?, column label?
- photo: title?, caption blocks*, credit?
- note (label, then its text blocks), column label, stray heading.

A photo standing inside an article takes the ``*_IN`` roles, so that the article resumes after
it; an article starts at its headline stack (or, with no headline, at text that follows no open
article). `FOLLOWS` lists every allowed pair with its grammar weight (0 = a normal
layout, negative = a layout the grammar allows but that needs evidence); a pair not listed is
impossible. The decoder (`gaoxin_parse.decoder`) picks the best-scoring tag sequence.
"""

from __future__ import annotations

import enum
from typing import Final


class Tag(enum.Enum):
    """The role of one block in its element."""

    START = "start"  #: before the first block (never a block's tag)
    HEAD = "headline"
    LEAD_LINE = "byline"  #: own-line byline between headlines and body
    BODY = "paragraph"
    BODY_TRAIL = "paragraph+byline"  #: last paragraph, a trailing byline glued at its end
    INTERTITLE = "intertitle"
    TRAIL = "trailing byline"
    COLUMN_BEFORE = "column"
    COLUMN_AFTER = "column after"
    NOTE = "note"
    NOTE_TEXT = "note text"
    PHOTO_TITLE = "photo title"
    CAPTION = "caption"
    CREDIT = "credit"
    PHOTO_TITLE_IN = "photo title in article"
    CAPTION_IN = "caption in article"
    CREDIT_IN = "credit in article"
    STRAY = "stray"
    END = "end"  #: after the last block (never a block's tag)

    # Members are singletons: identity hashing is exact and much cheaper than Enum's default,
    # which the decoder pays for every pair it scores.
    __hash__ = object.__hash__


T = Tag
#: Tags of a photo, outside or inside an article.
PHOTO: Final = frozenset({T.PHOTO_TITLE, T.CAPTION, T.CREDIT})
PHOTO_IN: Final = frozenset({T.PHOTO_TITLE_IN, T.CAPTION_IN, T.CREDIT_IN})
CAPTIONS: Final = frozenset({T.CAPTION, T.CAPTION_IN})
CREDITS: Final = frozenset({T.CREDIT, T.CREDIT_IN})
TITLES: Final = frozenset({T.PHOTO_TITLE, T.PHOTO_TITLE_IN})
BYLINES: Final = frozenset({T.LEAD_LINE, T.TRAIL})
TEXT: Final = frozenset({T.BODY, T.BODY_TRAIL})
#: Tags of running text, which a break may cut.
RUNNING: Final = TEXT | CAPTIONS | {T.NOTE, T.NOTE_TEXT}
#: Tags after which an article is open and its body may go on.
OPEN_BODY: Final = frozenset({T.BODY, T.INTERTITLE, T.CAPTION_IN, T.CREDIT_IN})
#: Tags after which the element before is complete, so a new element may start.
CLOSED: Final = frozenset(
    {T.START, T.BODY_TRAIL, T.TRAIL, T.COLUMN_AFTER, T.STRAY, T.NOTE, T.NOTE_TEXT}
    | {T.CAPTION, T.CREDIT}
)
#: Tags that start a new element (an article with no headline is a weak start).
STARTS: Final = {
    T.HEAD: 0.0,
    T.COLUMN_BEFORE: 0.0,
    T.NOTE: 0.0,
    T.STRAY: 0.0,
    T.PHOTO_TITLE: 0.0,
    T.CAPTION: 0.0,
    T.CREDIT: -1.0,
    T.BODY: -3.0,
    T.END: 0.0,
}


def _follows() -> dict[tuple[Tag, Tag], float]:
    table: dict[tuple[Tag, Tag], float] = {}
    for before in CLOSED | OPEN_BODY:  # any complete element, or an article's body, may end
        table.update({(before, after): weight for after, weight in STARTS.items()})
    for before in OPEN_BODY:  # an open article goes on, or ends with a trailing byline
        for after in (T.BODY, T.BODY_TRAIL, T.INTERTITLE, T.TRAIL, T.COLUMN_AFTER):
            table[(before, after)] = 0.0
        table[(before, T.PHOTO_TITLE_IN)] = table[(before, T.CAPTION_IN)] = 0.0
        table[(before, T.CREDIT_IN)] = -4.0  # a credit with no caption inside an article
        for photo in PHOTO:  # inside an article a photo takes the _IN tags
            table.pop((before, photo), None)
    table.update(
        {
            (T.HEAD, T.HEAD): 0.0,
            (T.HEAD, T.LEAD_LINE): 0.0,
            (T.HEAD, T.BODY): 0.0,
            (T.HEAD, T.BODY_TRAIL): 0.0,
            (T.HEAD, T.NOTE): 0.0,
            (T.LEAD_LINE, T.BODY): 0.0,
            (T.LEAD_LINE, T.BODY_TRAIL): 0.0,
            (T.LEAD_LINE, T.LEAD_LINE): -1.0,
            (T.COLUMN_BEFORE, T.HEAD): 0.0,
            (T.COLUMN_BEFORE, T.NOTE): 0.0,
            (T.NOTE, T.NOTE_TEXT): 0.0,
            (T.NOTE_TEXT, T.NOTE_TEXT): 0.0,
            (T.NOTE, T.BODY): 0.0,
            (T.NOTE_TEXT, T.BODY): 0.0,
            (T.NOTE, T.LEAD_LINE): 0.0,  # a note between the headline and the own-line byline
            (T.LEAD_LINE, T.NOTE): -1.0,  # ... or between the own-line byline and the text
            (T.NOTE_TEXT, T.LEAD_LINE): 0.0,
            (T.NOTE_TEXT, T.HEAD): 0.0,
            (T.NOTE, T.HEAD): 0.0,
            (T.TRAIL, T.TRAIL): -1.0,
            (T.TRAIL, T.COLUMN_AFTER): 0.0,
            (T.BODY_TRAIL, T.COLUMN_AFTER): 0.0,
            (T.HEAD, T.PHOTO_TITLE_IN): -1.0,  # a photo between the headline and the text
            (T.HEAD, T.CAPTION_IN): -1.0,
            (T.CAPTION_IN, T.LEAD_LINE): -1.0,
            (T.CREDIT_IN, T.LEAD_LINE): -1.0,
            (T.PHOTO_TITLE, T.CAPTION): 0.0,
            (T.PHOTO_TITLE, T.CREDIT): 0.0,
            (T.CAPTION, T.CAPTION): 0.0,
            (T.CAPTION, T.CREDIT): 0.0,
            (T.CREDIT, T.CAPTION): -2.0,  # a credit glued to the first of two caption blocks
            (T.PHOTO_TITLE_IN, T.CAPTION_IN): 0.0,
            (T.PHOTO_TITLE_IN, T.CREDIT_IN): 0.0,
            (T.CAPTION_IN, T.CAPTION_IN): 0.0,
            (T.CAPTION_IN, T.CREDIT_IN): 0.0,
            (T.CREDIT_IN, T.CAPTION_IN): -2.0,
            (T.INTERTITLE, T.INTERTITLE): -1.0,  # a section's heading of two lines, now and then
        }
    )
    table[(T.START, T.BODY)] = 0.0  # a page may open with text carried over from another
    for before, afters in ONLY_BEFORE.items():  # parts that cannot end their element
        for key in [k for k in table if k[0] is before and k[1] not in afters]:
            del table[key]
    return table


#: Parts that need what follows them: an intertitle needs text, a title needs a caption …
ONLY_BEFORE: Final = {
    T.INTERTITLE: frozenset({T.BODY, T.BODY_TRAIL, T.INTERTITLE}),
    T.PHOTO_TITLE: frozenset({T.CAPTION, T.CREDIT}),
    T.PHOTO_TITLE_IN: frozenset({T.CAPTION_IN, T.CREDIT_IN}),
    T.COLUMN_BEFORE: frozenset({T.HEAD, T.NOTE}),
}


#: Allowed (before, after) pairs with their grammar weight.
FOLLOWS: Final = _follows()
#: Tags a block can take (START and END are not blocks).
BLOCK_TAGS: Final = tuple(t for t in Tag if t not in (T.START, T.END))
