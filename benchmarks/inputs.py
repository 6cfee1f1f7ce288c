"""What the benchmarks parse: the seeds, and seed-shaped synthetic archives built from them.

Each synthetic issue is one seed with its article groups shuffled by ``random.Random`` (fixed
seed), cut to 10-20 KB of UTF-8, so it is seed-shaped. Nothing is written to disk unless
``write_archive`` is asked.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Sequence
from pathlib import Path

import gaoxin_parse

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SEEDS = ROOT / "seeds"
DEFAULT_OUT = ROOT / "benchmarks" / "out"
MB = 1_000_000  # sizes and throughputs use decimal megabytes of UTF-8

RNG_SEED = 20240321
ISSUE_MIN_BYTES = 10_000
ISSUE_MAX_BYTES = 20_000

_HEADING_KINDS = frozenset({"banner", "headline", "column", "note", "photo_title"})


def load_seeds(seeds_dir: Path) -> list[tuple[str, str]]:
    """``(name, text)`` of every ``*.txt`` seed, sorted by name."""
    paths = sorted(seeds_dir.glob("*.txt"))
    if not paths:
        sys.exit(f"run.py: no *.txt seeds in {seeds_dir}")
    return [(p.name, p.read_text(encoding="utf-8")) for p in paths]


def article_groups(text: str) -> list[str]:
    """Cut one seed into groups of blocks that each begin an article (or a titled photo).

    A group starts at the first block of a run of heading-like blocks (banner, headline,
    column, note, photo title) and runs to the next such run; photos without a title and
    trailing bylines stay with the article they follow. Each group keeps the white space that
    preceded it in the seed (so picture gaps travel with the group they announce). The block
    kinds come from one untimed ``parse_issue`` of the seed.
    """
    blocks = gaoxin_parse.parse_issue(text).blocks
    starts: list[int] = []  # index into blocks of each group's first block
    previous_heading = False
    for index, block in enumerate(blocks):
        heading = block.kind.value in _HEADING_KINDS
        if heading and not previous_heading:
            starts.append(index)
        previous_heading = heading
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    if not blocks:
        return [text]
    groups = []
    for i, first in enumerate(starts):
        begin = 0 if first == 0 else blocks[first - 1].span.end
        last = (starts[i + 1] if i + 1 < len(starts) else len(blocks)) - 1
        groups.append(text[begin : blocks[last].span.end])
    return groups


def synthetic_issues(seeds: Sequence[str], total_bytes: int, rng_seed: int) -> list[str]:
    """Issues of 10-20 KB of UTF-8, each one seed's article groups in shuffled order, until
    ``total_bytes`` are reached. Deterministic for a given ``rng_seed``."""
    rng = random.Random(rng_seed)
    grouped = [[(g, len(g.encode("utf-8"))) for g in article_groups(s)] for s in seeds]
    issues: list[str] = []
    size = 0
    k = 0
    while size < total_bytes:
        groups = grouped[k % len(grouped)]
        k += 1
        target = rng.randint(ISSUE_MIN_BYTES, ISSUE_MAX_BYTES)
        parts: list[str] = []
        n = 0
        order: list[tuple[str, int]] = []
        while n < target:
            if not order:
                order = groups[:]
                rng.shuffle(order)
            group, nbytes = order.pop()
            if n >= ISSUE_MIN_BYTES and n + nbytes > ISSUE_MAX_BYTES:
                break
            parts.append(group if not parts or group[:1].isspace() else "\n\n" + group)
            n += nbytes
        issue = "".join(parts).lstrip() + "\n"
        issues.append(issue)
        size += len(issue.encode("utf-8"))
    return issues


def concat_text(seeds: Sequence[str], mb: float, rng_seed: int) -> str:
    """One string of ``mb`` MB: the synthetic issues of that size joined by blank lines."""
    return "\n\n".join(synthetic_issues(seeds, int(mb * MB), rng_seed))


def utf8_bytes(texts: Sequence[str]) -> int:
    return sum(len(t.encode("utf-8")) for t in texts)


def write_archive(out_dir: Path, name: str, issues: Sequence[str]) -> Path:
    """Write one archive as ``out_dir/name/issue-NNNNN.txt``."""
    target = out_dir / name
    target.mkdir(parents=True, exist_ok=True)
    for i, issue in enumerate(issues):
        (target / f"issue-{i:05d}.txt").write_text(issue, encoding="utf-8")
    return target
