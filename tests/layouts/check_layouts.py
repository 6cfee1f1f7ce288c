"""Self-check of the layout pages' gold files: reads only the texts, never runs the parser.

Run ``python tests/layouts/check_layouts.py``. For each ``NN_name.json`` it checks that the file
has exactly the keys of the gold format (``tests/expected/README.md``), and that every text the
gold names (headlines, banner, bylines, paragraphs, columns, notes, captions, credits, strays) is
in the page once white space is removed (so a paragraph cut by a break is found whole), in
reading order, and that nothing of the page is left out but markdown ``#`` marks and bare
``本报讯`` labels. It cannot tell whether a reading is right, only that it is a reading of this page.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TOP_KEYS = {"issue", "articles", "photos", "strays"}
ARTICLE_KEYS = {
    "headlines",
    "banner",
    "kickers",
    "title",
    "subtitles",
    "byline",
    "paragraphs",
    "column",
    "note",
}
BYLINE_KEYS = {"text", "position", "source", "reporters", "correspondents"}
PHOTO_KEYS = {"title", "caption", "photographers", "credit"}
SENTENCE_END = "。！？!?…"
CLOSERS = "”’」』)）"
#: What the gold may leave out of a page: heading marks and a bare source label.
UNCOVERED_OK = ("本报讯", "#")


def squeeze(text: str) -> str:
    """The text with all white space removed."""
    return "".join(text.split())


class Page:
    """A page's squeezed text and which of its characters a gold text has claimed."""

    def __init__(self, raw: str) -> None:
        self.text = squeeze(raw)
        self.claimed = [False] * len(self.text)

    def claim(self, text: str) -> int | None:
        """Claim the first unclaimed occurrence of ``text``; its start, or None if absent.

        Characters already claimed are skipped, so a paragraph that a photo interrupts (its
        caption claimed first) is found around it.
        """
        needle = squeeze(text)
        free = [i for i, taken in enumerate(self.claimed) if not taken]
        rest = "".join(self.text[i] for i in free)
        start = rest.find(needle)
        if start < 0 or not needle:
            return None if needle else -1
        for k in range(start, start + len(needle)):
            self.claimed[free[k]] = True
        return free[start]

    def leftover(self) -> str:
        """Unclaimed characters, with the allowed marks removed."""
        rest = "".join(" " if c else ch for c, ch in zip(self.claimed, self.text, strict=True))
        for allowed in UNCOVERED_OK:
            rest = rest.replace(allowed, " ")
        return squeeze(rest)


def texts_of(gold: dict[str, Any]) -> list[tuple[str, str]]:
    """``(where, text)`` for every text the gold says is printed on the page."""
    out: list[tuple[str, str]] = []
    for n, art in enumerate(gold["articles"]):
        where = f"article {n}"
        out += [(f"{where} headline", h) for h in art["headlines"]]
        if art["banner"]:
            out.append((f"{where} banner", art["banner"]))
        if art["byline"]:
            out.append((f"{where} byline", art["byline"]["text"]))
        out += [(f"{where} paragraph {k}", p["text"]) for k, p in enumerate(art["paragraphs"])]
        if art["column"]:  # a bracketed label is printed with its brackets: 【高新故事】
            out.append((f"{where} column", art["column"]))
        if art["note"]:
            out += [(f"{where} note label", art["note"]["label"])]
            out += [(f"{where} note text", art["note"]["text"])]
    for n, photo in enumerate(gold["photos"]):
        if photo["title"]:
            out.append((f"photo {n} title", photo["title"]))
        out.append((f"photo {n} caption", photo["caption"]))
        if photo["credit"]:
            out.append((f"photo {n} credit", photo["credit"]))
    out += [(f"stray {n}", s) for n, s in enumerate(gold["strays"])]
    return out


def shape_problems(gold: dict[str, Any]) -> list[str]:
    """Keys and the consistency of derived fields (roles, names, kinds)."""
    out: list[str] = []
    if set(gold) != TOP_KEYS:
        out.append(f"top-level keys {sorted(gold)}")
    for n, art in enumerate(gold["articles"]):
        if set(art) != ARTICLE_KEYS:
            out.append(f"article {n} keys {sorted(art)}")
            continue
        roles = [*art["kickers"], art["title"], *art["subtitles"]]
        for role in roles:
            if role is not None and not any(role in h for h in art["headlines"]):
                out.append(f"article {n}: role {role!r} is in no headline")
        if len([r for r in roles if r is not None]) < len(art["headlines"]):
            out.append(f"article {n}: a headline has no role")
        byline = art["byline"]
        if byline is not None:
            if set(byline) != BYLINE_KEYS or byline["position"] not in ("lead", "trail"):
                out.append(f"article {n}: byline {byline}")
            for name in byline["reporters"] + byline["correspondents"]:
                if name not in squeeze(byline["text"]):
                    out.append(f"article {n}: name {name!r} not in byline")
        for k, para in enumerate(art["paragraphs"]):
            text = para["text"]
            if para["kind"] not in ("paragraph", "intertitle") or text != text.strip():
                out.append(f"article {n} paragraph {k}: {para}")
            ends = text.rstrip(CLOSERS)[-1:] in tuple(SENTENCE_END)
            if ends != (para["kind"] == "paragraph"):
                out.append(f"article {n} paragraph {k}: kind {para['kind']} but ends {text[-3:]!r}")
        note = art["note"]
        if note is not None and set(note) != {"label", "text"}:
            out.append(f"article {n}: note {note}")
    for n, photo in enumerate(gold["photos"]):
        if set(photo) != PHOTO_KEYS:
            out.append(f"photo {n} keys {sorted(photo)}")
            continue
        credit = squeeze(photo["credit"] or "")
        for name in photo["photographers"]:
            if name not in credit:
                out.append(f"photo {n}: photographer {name!r} not in credit")
    return out


def text_problems(gold: dict[str, Any], raw: str) -> list[str]:
    """Every gold text is in the page, in reading order, and the page has nothing more."""
    out: list[str] = []
    page = Page(raw)
    found: dict[str, int] = {}
    # Photos first (a photo may stand inside a paragraph), then long texts first, so a short
    # label cannot take a place inside a paragraph.
    def order(item: tuple[str, str]) -> tuple[bool, int]:
        return (not item[0].startswith("photo"), -len(squeeze(item[1])))

    for where, text in sorted(texts_of(gold), key=order):
        start = page.claim(f"【{text}】") if where.endswith("column") else None
        start = page.claim(text) if start is None else start
        if start is None:
            out.append(f"{where}: not in the page: {text[:40]!r}")
        else:
            found[where] = start
    for n, art in enumerate(gold["articles"]):
        starts = [
            found.get(f"article {n} paragraph {k}", -1) for k in range(len(art["paragraphs"]))
        ]
        if starts != sorted(starts):
            out.append(f"article {n}: paragraphs out of order {starts}")
    for kind, count in (("article", len(gold["articles"])), ("photo", len(gold["photos"]))):
        firsts = [
            min((v for k, v in found.items() if k.startswith(f"{kind} {n} ")), default=-1)
            for n in range(count)
        ]
        if firsts != sorted(firsts):
            out.append(f"{kind}s out of reading order {firsts}")
    if page.leftover():
        out.append(f"page text no gold names: {page.leftover()[:80]!r}")
    return out


def check(gold_path: Path) -> list[str]:
    """Problems with one gold file and its page; empty when none."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    if gold.get("issue") != gold_path.stem + ".txt":
        return [f"issue key {gold.get('issue')!r} does not name {gold_path.stem}.txt"]
    raw = (HERE / gold["issue"]).read_bytes().decode("utf-8")
    out = shape_problems(gold) + text_problems(gold, raw)
    crlf = "crlf" in gold_path.stem
    if crlf and raw.count("\n") != raw.count("\r\n"):
        out.append("a CRLF page has a bare \\n")
    if not crlf and "\r" in raw:
        out.append("a \\r in a page that is not a CRLF page")
    if raw.endswith("\n"):
        out.append("page ends with a newline")
    return out


def main() -> int:
    """Check every gold file here; print the problems; exit 1 if there are any."""
    failed = 0
    paths = sorted(HERE.glob("*.json"))
    for path in paths:
        problems = check(path)
        failed += bool(problems)
        print(f"{'FAIL' if problems else 'ok  '} {path.name}")
        for problem in problems:
            print(f"     {problem}")
    print(f"{len(paths) - failed}/{len(paths)} gold files consistent with their pages")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
