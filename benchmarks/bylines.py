"""Exact-read rate of bylines and picture credits on a list of annotated lines.

Usage: ``python benchmarks/bylines.py PATH_TO_TSV`` (e.g. ``../shared/devset/bylines.tsv``).

The list has the columns ``text kind source reporters correspondents photographers others
note`` (names joined by ``|``; ``others`` as ``role:name|name;role:name``; ``note`` starts with
``org=X`` when an organisation is printed). Each line is read where the annotation says it was
printed, as the page decoder reads it:

* ``lead``: :func:`match_lead_byline`, else :func:`match_byline_line` with ``bare_names=True``;
* ``trail``: :func:`match_trail_byline` with ``bare_names=True``;
* ``credit``: :func:`extract_photo_credit`;
* ``none`` (a look-alike): every reading function, bare names allowed, must give ``None``.

A reading is exact when the reporters, correspondents and photographers are the annotated ones
in order; the names of ``others`` that are in no name column are the byline's other names; each
name annotated with a role word (``实习生:X``, ``特约记者:X``) has that role word as printed
(the annotation may keep the organisation glued before it: ``某报编辑:X``);
in a credit, ``reporters:X``/``correspondents:X`` are the normalised roles of X; and the source
is the annotated organisation when one is noted. A line annotated with no person (an
organisation only) is exact when no name is read; an opener without names must give its source.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

from gaoxin_parse.byline import (
    extract_byline,
    match_byline_line,
    match_glued_trail_byline,
    match_lead_byline,
    match_trail_byline,
)
from gaoxin_parse.credit import extract_photo_credit, match_credit_line, match_inline_credit
from gaoxin_parse.model import Byline, PhotoCredit

_ROLE_KEYS = {"reporters": "reporter", "correspondents": "correspondent"}


def _names(cell: str) -> list[str]:
    return [n for n in cell.split("|") if n]


def _others(cell: str) -> list[tuple[str, list[str]]]:
    out = []
    for part in cell.split(";"):
        if ":" in part:
            role, names = part.split(":", 1)
            out.append((role, _names(names)))
    return out


def _org(note: str) -> str | None:
    if not note.startswith("org="):
        return None
    return note[4:].split(";", 1)[0].split(" (", 1)[0].strip()


def read(kind: str, text: str) -> Byline | PhotoCredit | None:
    """The reading of ``text`` where a line of ``kind`` is printed."""
    n = len(text)
    if kind == "lead":
        return match_lead_byline(text, 0, n) or match_byline_line(text, 0, n, bare_names=True)
    if kind == "trail":
        return match_trail_byline(text, 0, n, bare_names=True)
    if kind == "credit":
        return extract_photo_credit(text)
    readings = (
        match_lead_byline(text, 0, n),
        match_byline_line(text, 0, n, bare_names=True),
        match_trail_byline(text, 0, n, bare_names=True),
        match_glued_trail_byline(text, 0, n),
        match_credit_line(text, 0, n),
        match_inline_credit(text, 0, n),
        extract_byline(text),
        extract_photo_credit(text),
    )
    return next((r for r in readings if r is not None), None)


def problems(row: dict[str, str], got: Byline | PhotoCredit | None) -> list[str]:
    """What differs between the annotated reading of ``row`` and ``got`` ([] if exact)."""
    kind = row["kind"]
    if kind == "none":
        return [] if got is None else [f"fired: {got!r}"]
    reporters, correspondents = _names(row["reporters"]), _names(row["correspondents"])
    photographers = _names(row["photographers"])
    others = _others(row["others"])
    persons = {n for role, ns in others if role != "team" for n in ns}
    persons |= set(reporters) | set(correspondents) | set(photographers)
    org = _org(row["note"])
    if kind == "credit" and not photographers:  # a picture supplied by an organisation
        persons = set()
    if not persons and (kind != "lead" or org is None):  # an organisation only: no name read
        named = got is not None and bool(got.roles)
        return [f"read names: {got!r}"] if named else []
    if got is None:
        return ["nothing read"]
    out: list[str] = []
    roles = {(r.name, (r.printed or "").replace(" ", ""), r.role) for r in got.roles}
    if isinstance(got, PhotoCredit):
        if list(got.photographers) != photographers:
            out.append(f"photographers {got.photographers} != {photographers}")
    else:
        expected = (reporters, correspondents, photographers)
        actual = (list(got.reporters), list(got.correspondents), list(got.photographers))
        if actual != expected:
            out.append(f"names {actual} != {expected}")
        named = set(reporters) | set(correspondents) | set(photographers)
        other_names = [n for role, ns in others if role != "team" for n in ns if n not in named]
        if [n for _, n in got.others] != other_names:
            out.append(f"others {got.others} != {other_names}")
        if org is not None and got.source != org:
            out.append(f"source {got.source!r} != {org!r}")
    for role, names in others:
        for name in names:
            if role in _ROLE_KEYS:
                ok = any(n == name and r == _ROLE_KEYS[role] for n, _, r in roles)
            elif role in ("team", "未标角色"):
                continue
            else:
                ok = any(n == name and p and role.endswith(p) for n, p, _ in roles)
            if not ok:
                out.append(f"role {role}:{name} not read")
    return out


def main(argv: list[str]) -> int:
    """Print the exact-read rate per kind and each miss."""
    if len(argv) != 2:
        print(__doc__)
        return 2
    with Path(argv[1]).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    total: Counter[str] = Counter()
    exact: Counter[str] = Counter()
    for number, row in enumerate(rows, 2):
        got = read(row["kind"], row["text"])
        wrong = problems(row, got)
        total[row["kind"]] += 1
        if wrong:
            print(f"MISS line {number} [{row['kind']}] {row['text']}")
            for problem in wrong:
                print(f"    {problem}")
        else:
            exact[row["kind"]] += 1
    print()
    for kind in sorted(total):
        print(f"{kind:7} {exact[kind]:4}/{total[kind]:<4} {exact[kind] / total[kind]:7.1%}")
    n, k = sum(total.values()), sum(exact.values())
    print(f"{'all':7} {k:4}/{n:<4} {k / n:7.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
