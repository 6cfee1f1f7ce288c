"""Byte-identity check for performance work: hash every output, compare with a stored run.

Parses the seeds, every ``tests/layouts/*.txt``, every ``../shared/devset/pages/*.txt`` (read
only, when present) and a fixed, derandomised set of hypothesis pages (``tests/strategies.py``),
and hashes ``issue.to_json()`` (and, for the files, the compact form and the option variants).

    python benchmarks/identical.py --write hashes.json   # before a change
    python benchmarks/identical.py --check hashes.json   # after it: exit 1 on any difference

The hypothesis pages are drawn afresh on each run, and Hypothesis also draws values from the
literals of the loaded local modules (``gaoxin_parse`` included): a change that adds or removes
literals in the library, or compiling it, can change some pages. A hypothesis page's hash is
its text's and its output's, so ``--check`` tells the two apart: ``PAGE CHANGED`` means the
page itself differs (no verdict on the output), ``DIFFERS`` that the same input gave another
output.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import gaoxin_parse as gx  # noqa: E402


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _files() -> Iterator[tuple[str, str]]:
    dirs = (ROOT / "seeds", ROOT / "tests" / "layouts", ROOT.parent / "shared" / "devset" / "pages")
    for folder in dirs:
        for path in sorted(folder.glob("*.txt")):
            yield f"{folder.name}/{path.name}", path.read_text(encoding="utf-8")


def _hypothesis_pages(count: int) -> list[str]:
    from hypothesis import HealthCheck, given, settings
    from tests.strategies import page_text

    pages: list[str] = []

    @settings(
        max_examples=count,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(page_text())
    def collect(text: str) -> None:
        pages.append(text)

    collect()
    return pages


def hashes(count: int) -> dict[str, str]:
    """Name → hash of every output variant."""
    out: dict[str, str] = {}
    for name, text in _files():
        out[name] = _sha(gx.parse_issue(text).to_json())
        out[name + "#compact"] = _sha(gx.parse_issue(text).to_json(indent=None))
        options = gx.parse_issue(text, punctuation="fullwidth", simplified_names=True)
        out[name + "#options"] = _sha(options.to_json())
    for i, text in enumerate(_hypothesis_pages(count)):
        out[f"hypothesis/{i:04d}"] = _sha(text) + ":" + _sha(gx.parse_issue(text).to_json())
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path)
    group.add_argument("--check", type=Path)
    parser.add_argument("--pages", type=int, default=400, help="hypothesis pages")
    args = parser.parse_args()
    now = hashes(args.pages)
    if args.write:
        args.write.write_text(json.dumps(now, indent=1, sort_keys=True), encoding="utf-8")
        print(f"wrote {len(now)} hashes")
        return 0
    before = json.loads(args.check.read_text(encoding="utf-8"))
    differ = sorted(k for k in before.keys() | now.keys() if before.get(k) != now.get(k))
    changed_pages = [k for k in differ if _page_changed(before.get(k), now.get(k))]
    for key in differ:
        print("PAGE CHANGED" if key in changed_pages else "DIFFERS", key)
    print(
        f"{len(now)} hashes, {len(differ) - len(changed_pages)} differ, "
        f"{len(changed_pages)} hypothesis pages not the same text"
    )
    return 1 if differ else 0


def _page_changed(before: str | None, now: str | None) -> bool:
    """Whether a hypothesis entry (``text hash:output hash``) was drawn as another page."""
    if before is None or now is None or ":" not in before or ":" not in now:
        return False
    return before.split(":")[0] != now.split(":")[0]


if __name__ == "__main__":
    raise SystemExit(main())
