"""Evidence about photos: where a picture stands, what its caption and credit are, and where
the article it cut goes on. Each rule: a name, its reason (first docstring paragraph), its vote."""

from __future__ import annotations

from .grammar import (
    CAPTIONS,
    CREDITS,
    PHOTO,
    PHOTO_IN,
    TEXT,
    TITLES,
    Tag,
)
from .page import Page
from .page_facts import (
    PHOTO_TITLE_MAX_CHARS,
)
from .units import UnitKind

T = Tag
K = UnitKind


def picture_starts_photo(page: Page, i: int, before: Tag, after: Tag) -> float:
    """A picture above a block votes for a photo starting there, and against text running on."""
    if not page.gap[i]:
        return 0.0
    if after in TITLES or (after in CAPTIONS | CREDITS and before not in TITLES):
        return 2.5
    if after in CAPTIONS | CREDITS:  # a title above the picture belongs to something else
        return -3.0
    if after in TEXT and before not in PHOTO | PHOTO_IN:
        return -1.0
    if after is T.INTERTITLE:  # an intertitle right under a picture would have no caption
        return -2.0
    return 0.0


def _credit_or_credited_text(page: Page, i: int) -> bool:
    """Whether block ``i`` is a credit, or text that runs into one."""
    kind = page.units[i].kind
    return kind is K.CREDIT or (kind is K.BODY and page.credit_ahead[i])


def _credited(page: Page, i: int) -> bool:
    """Whether block ``i`` is or ends with a credit, or its text (or, for a title line, the
    text under it) runs into one."""
    unit = page.units[i]
    if unit.kind is K.CREDIT or unit.credit is not None:
        return True
    if unit.kind is K.BODY:
        return page.credit_ahead[i]
    nxt = page.unit(i + 1)
    return nxt is not None and not nxt.picture_before and _credit_or_credited_text(page, i + 1)


def photo_opens_page(page: Page, i: int, before: Tag, after: Tag) -> float:
    """Without a picture above, a photo starts only at the top of the page or before a credit."""
    if page.gap[i] or before is T.START:
        return 0.0
    starting = after in TITLES or (after in CAPTIONS and before not in PHOTO | PHOTO_IN)
    if not starting:
        return 0.0
    if before is T.HEAD:  # under a headline, only a picture can start a photo
        return -5.0
    return -1.5 if _credited(page, i) else -4.0  # with neither, nothing says it is a photo


def credit_closes_photo(page: Page, i: int, before: Tag, after: Tag) -> float:
    """A credit below a caption or title closes that photo."""
    if after in CREDITS and before in (TITLES | CAPTIONS):
        return 2.0
    return 0.0


def caption_runs_on(page: Page, i: int, before: Tag, after: Tag) -> float:
    """Text after a caption inside an article goes on with the caption up to the credit ahead;
    with no credit ahead the caption is one block and the article resumes (as it does after a
    caption ending with its credit, one line per paragraph or under an untitled picture); a
    caption of one headline-like line is complete."""
    if page.gap[i] or before not in CAPTIONS:
        return 0.0
    if page.units[i - 1].kind is K.HEAD:  # a caption line without a full stop is complete
        return -2.0 if after is before else 0.0
    if before is T.CAPTION_IN and after in TEXT and not page.pending_cut[i]:
        if page.units[i - 1].credit is not None and (
            page.style == "lines" or not _titled(page, i - 1)
        ):
            # one line per paragraph, or an untitled picture: the credit at the caption's end
            # closes it (a titled photo story may print it after its first paragraph)
            return 1.0
        credited = page.credit_ahead[i] or page.units[i - 1].credit is not None
        return 1.0 if page.gap[i - 1] and not credited else -1.0
    return 0.0


def _titled(page: Page, i: int) -> bool:
    """Whether caption ``i`` stands under its photo's title (a line right under a picture)."""
    return i > 0 and page.gap[i - 1] and page.units[i - 1].kind is K.HEAD


def cut_article_resumes(page: Page, i: int, before: Tag, after: Tag) -> float:
    """An article cut mid-sentence by a photo resumes after the photo, ending at its credit.

    Text running into a credit ahead is still the photo's caption."""
    if not page.pending_cut[i] or before not in PHOTO_IN:
        return 0.0
    if after in TEXT:
        return 0.0 if before is not T.CREDIT_IN and page.credit_ahead[i] else 3.0
    if after is T.CAPTION_IN and before is T.CAPTION_IN and not page.cut[i - 1]:
        return 0.0 if page.credit_ahead[i] else -2.0
    return 0.0


def headline_above_photo(page: Page, i: int, before: Tag, after: Tag) -> float:
    """A byline or text below photos that stand right under a headline belongs to it."""
    if not page.photo_under_head[i] or before not in (T.CAPTION_IN, T.CREDIT_IN):
        return 0.0
    return 3.0 if after in TEXT | {T.LEAD_LINE} else 0.0


def photo_titles_are_short(page: Page, i: int, tag: Tag) -> float:
    """Photo titles are short phrases, unless caption text running into a credit follows.

    A longer headline-like line under a picture is a caption sentence printed without its
    full stop, a short one is not; but a line over caption text that runs into its credit is
    the title, however long."""
    unit = page.units[i]
    if unit.kind is not K.HEAD or not page.plain_line[i]:
        return 0.0
    if i + 1 < len(page.units) and page.units[i + 1].kind is K.BODY and page.credit_ahead[i + 1]:
        return 0.0
    long = sum(ch.isalnum() for ch in unit.entries[0].text) > PHOTO_TITLE_MAX_CHARS
    if tag in TITLES:
        return -1.5 if long else 0.0
    if tag in CAPTIONS:  # a short one is a title or a heading, not a caption sentence
        return 1.5 if long else -0.5
    return 0.0


def line_under_picture(page: Page, i: int, tag: Tag) -> float:
    """One line per paragraph, the line under a picture is the picture's: its title where a
    credit follows, else (a caption-only picture) its caption; not a headline."""
    unit = page.units[i]
    if page.style != "lines" or not unit.picture_before or unit.kind is not K.HEAD:
        return 0.0
    if tag is T.HEAD:
        return -1.5
    if tag not in TITLES:
        return 0.0
    nxt = page.unit(i + 1)
    credited = nxt is not None and not nxt.picture_before and page.credit_ahead[i + 1]
    return 0.0 if credited else -2.0


def titled_photos_are_credited(page: Page, i: int, tag: Tag) -> float:
    """A photo title heads a credited photo: a plain line under a picture over text that runs
    into no credit is a caption-only picture's caption.

    (One line per paragraph, `line_under_picture` says the same.)
    """
    unit = page.units[i]
    if page.style == "lines" or tag not in TITLES or not unit.picture_before:
        return 0.0
    nxt = page.unit(i + 1)
    if not page.plain_line[i] or nxt is None or nxt.picture_before:
        return 0.0
    return 0.0 if _credited(page, i) else -1.5


def captions_need_a_picture(page: Page, i: int, tag: Tag) -> float:
    """Text is an article's until a picture or a credit below it says it is a caption."""
    if page.units[i].kind is not K.BODY or tag not in CAPTIONS | {T.NOTE_TEXT}:
        return 0.0
    return 0.5 if tag in CAPTIONS and page.credit_ahead[i] else -0.5


def heading_before_picture(page: Page, i: int, tag: Tag) -> float:
    """A heading right above a picture (or the page's end) heads nothing: it is a stray.

    Between two pictures, a line over a photo with its own credited caption is surely one (a
    label between stories, not a caption-only picture of an article).
    """
    if tag is not T.STRAY:
        return 0.0
    if page.heads_photo[i]:  # the photo below it stands between a headline and its text
        return 0.0
    nxt = page.unit(i + 1)
    if nxt is None:
        return 2.5
    if not nxt.picture_before:
        return 0.0
    return 3.5 if page.gap[i] and _credit_or_credited_text(page, i + 1) else 2.5
