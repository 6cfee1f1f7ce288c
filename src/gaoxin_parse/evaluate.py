"""Evaluation against gold annotations (the gold format: ``docs/gold.schema.json``).

``gaoxin-parse evaluate GOLD_DIR ISSUE_DIR`` parses each issue that has a gold file and prints
precision, recall and F1 of article segmentation and of each association, exact-match rates,
precision and recall of repaired breaks, 95% bootstrap confidence intervals over issues, and
the mismatches. Texts are compared by characters with white space removed (Chinese has no
words to split on).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Final

from .errors import GaoxinParseError
from .evaluate_scores import Counts, report, scores, scores_document
from .goldfile import GoldFileError, check_issues_present, gold_files, issue_path, load_gold
from .mismatches import break_miss, names_miss, paragraph_miss, photo_miss, title_miss
from .model import Article, Issue
from .pipeline import parse_file

__all__ = ["compare", "evaluate", "norm", "report", "scores", "scores_document"]

#: Characters of context either side of a break used to find it in the gold paragraphs.
BREAK_CONTEXT: Final = 6


def norm(text: str | None) -> str:
    """Text without white space, for character comparison."""
    return "".join((text or "").split())


def _article_key(paragraphs: Iterable[str]) -> str:
    return norm("".join(paragraphs))


def _gold_breaks(gold: dict[str, Any]) -> list[str]:
    texts = [p["text"] for a in gold["articles"] for p in a["paragraphs"]]
    texts += [c for ph in gold["photos"] for c in ph["caption"].split("\n")]
    return [norm(t) for t in texts]


def _break_truth(before: str, after: str, gold_texts: Sequence[str]) -> bool | None:
    """Whether gold joins a break: ``True`` join, ``False`` keep, ``None`` not found."""
    tail, head = norm(before)[-BREAK_CONTEXT:], norm(after)[:BREAK_CONTEXT]
    if any(tail + head in t for t in gold_texts):
        return True
    if any(t.endswith(tail) for t in gold_texts) and any(t.startswith(head) for t in gold_texts):
        return False
    return None


def _gold_names(article: dict[str, Any]) -> list[str]:
    byline = article["byline"] or {}
    return list(byline.get("reporters", [])) + list(byline.get("correspondents", []))


def _names(article: Article) -> list[str]:
    """The names the gold format has fields for: reporters, then correspondents (an intern
    or an editor in ``others`` has none, so is not scored)."""
    byline = article.byline
    return list(byline.reporters + byline.correspondents) if byline is not None else []


def _compare_articles(c: Counts, issue: Issue, gold: dict[str, Any], name: str) -> None:
    pred = {_article_key(p.text for p in a.paragraphs): a for a in issue.articles}
    want = {_article_key(p["text"] for p in a["paragraphs"]): a for a in gold["articles"]}
    c.add_sets("articles", list(pred), list(want))
    for key, article in pred.items():
        c.add_banded(article.confidence, key in want)
    got_heads = [(k, norm(h.text)) for k, a in pred.items() for h in a.headlines]
    want_heads = [(k, norm(h)) for k, a in want.items() for h in a["headlines"]]
    c.add_sets("headline-article", got_heads, want_heads)
    got_names = [(k, n) for k, a in pred.items() for n in _names(a)]
    want_names = [(k, n) for k, a in want.items() for n in _gold_names(a)]
    c.add_sets("byline-article", got_names, want_names)
    for key, a in want.items():
        got = pred.get(key)
        names = _names(got) if got is not None else []
        hit = got is not None and norm(got.title) == norm(a["title"])
        c.add_exact("titles", hit, "" if hit else title_miss(name, a["title"], got))
        hit = got is not None and names == _gold_names(a)
        c.add_exact("byline names", hit, "" if hit else names_miss(name, a, _gold_names(a), names))
    texts = [p.text for a in issue.articles for p in a.paragraphs]
    paragraphs = Counter(norm(t) for t in texts)
    for a in gold["articles"]:
        for p in a["paragraphs"]:
            hit = paragraphs[norm(p["text"])] > 0
            c.add_exact("paragraphs", hit, "" if hit else paragraph_miss(name, p["text"], texts))


def _compare_photos(c: Counts, issue: Issue, gold: dict[str, Any], name: str) -> None:
    got = [
        (norm(p.caption), norm(p.title.text if p.title else None), p.photographers)
        for p in issue.photos
    ]
    want = [
        (norm(p["caption"]), norm(p["title"]), tuple(p["photographers"])) for p in gold["photos"]
    ]
    c.add_sets("caption-photo", [(cap, t) for cap, t, _ in got], [(cap, t) for cap, t, _ in want])
    c.add_sets(
        "photographer-photo",
        [(cap, n) for cap, _, ns in got for n in ns],
        [(cap, n) for cap, _, ns in want for n in ns],
    )
    for photo, raw in zip(want, gold["photos"], strict=True):
        hit = photo in got
        c.add_exact("photos", hit, "" if hit else photo_miss(name, raw, issue.photos))
    wanted = {(cap, t) for cap, t, _ in want}
    for photo_obj, (cap, t, _) in zip(issue.photos, got, strict=True):
        c.add_banded(photo_obj.confidence, (cap, t) in wanted)


def _compare_breaks(c: Counts, issue: Issue, gold: dict[str, Any], name: str) -> None:
    gold_texts = _gold_breaks(gold)
    joins_pred, joins_gold = [], []
    for brk in issue.breaks:
        before = issue.source[max(0, brk.span.start - 40) : brk.span.start]
        after = issue.source[brk.span.end : brk.span.end + 40]
        truth = _break_truth(before, after, gold_texts)
        if truth is None:
            continue
        joins_pred += [brk.span.start] if brk.decision == "join" else []
        joins_gold += [brk.span.start] if truth else []
        if (brk.decision == "join") != truth:
            c.mismatches.append(break_miss(name, brk, before, after, truth))
    c.add_sets("breaks", joins_pred, joins_gold)


def compare(issue: Issue, gold: dict[str, Any], name: str) -> Counts:
    """Counts of one parsed issue against its gold annotation."""
    counts = Counts(name=name)
    _compare_articles(counts, issue, gold, name)
    _compare_photos(counts, issue, gold, name)
    _compare_breaks(counts, issue, gold, name)
    return counts


def evaluate(gold_dir: Path, issue_dir: Path) -> tuple[list[Counts], list[str]]:
    """Counts for every gold file in ``gold_dir``, and the problems: malformed gold files and
    issues that do not parse (the others are still scored).

    Raises:
        GoldFolderError: a folder missing, no gold file, or a gold file's issue missing
            (checked before anything is parsed).
    """
    problems, golds = [], []
    for gold_path in gold_files(gold_dir, issue_dir):
        try:  # a bad gold file is reported, and the others still scored
            gold = load_gold(gold_path)
            golds.append((gold_path, gold, issue_path(gold_path, gold, issue_dir)))
        except GoldFileError as error:
            problems.append(str(error))
    check_issues_present([(gold_path, path) for gold_path, _, path in golds])
    counts = []
    for _, gold, path in golds:
        name = gold.get("issue") or path.name
        try:
            issue = parse_file(path)
        except GaoxinParseError as error:  # first: NotAFileError is an OSError too
            problems.append(str(error))  # names the file already
            continue
        except (OSError, ValueError) as error:
            problems.append(f"{path}: {getattr(error, 'strerror', None) or error}")
            continue
        counts.append(compare(issue, gold, name))
    return counts, problems
