"""The review page without a browser: the gold a parse amounts to, the page's data, the
escaping of every text, the index page and the ``review`` command.

What the page's script does with its data is tested in a real browser
(``test_review_browser.py``).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import gaoxin_parse as gx
from gaoxin_parse.cli import main
from gaoxin_parse.goldfile import load_gold
from gaoxin_parse.review import IndexEntry, render_index
from gaoxin_parse.review_data import review_state

from .conftest import EXPECTED, SEEDS

DATA = re.compile(r'<script type="application/json" id="review-data">(.*?)</script>', re.S)

#: Written for these tests: a headline, a lead byline, a paragraph cut over two blocks, a
#: picture (three blank lines) with its caption and credit.
SMALL = (
    "## 园区新建充电站十座\n\n"
    "本报讯(记者 王明 通讯员 李华)今年以来,园区在主要道路旁新建充电站十座,\n\n"
    "方便了往来车辆。\n\n\n\n"
    "## 工人安装充电桩\n\n"
    "工人在园区道路旁安装充电桩。 张强 摄\n"
)


def test_gold_from_issue_equals_the_hand_written_gold(seed_path: Path) -> None:
    """The seeds parse right, so the gold their parse amounts to is the gold a person wrote
    by reading them, key for key."""
    expected = json.loads((EXPECTED / f"{seed_path.stem}.json").read_text(encoding="utf-8"))

    gold = gx.gold_from_issue(gx.parse_file(seed_path), seed_path.name)

    assert gold == expected


def test_gold_from_issue_is_a_valid_gold_file(tmp_path: Path) -> None:
    path = tmp_path / "small.json"
    path.write_text(json.dumps(gx.gold_from_issue(gx.parse_issue(SMALL))), encoding="utf-8")

    gold = load_gold(path)

    assert "issue" not in gold  # no name given: evaluate looks for small.txt
    assert gold["photos"] == [
        {
            "title": "工人安装充电桩",
            "caption": "工人在园区道路旁安装充电桩。",
            "photographers": ["张强"],
            "credit": "张强 摄",
        }
    ]


def test_each_block_has_its_element_role_and_piece() -> None:
    """Read off SMALL: article 0 is a title, a byline naming a reporter and a correspondent,
    and one paragraph printed over two blocks; photo 1 is a title, a caption and a credit."""
    state = review_state(gx.parse_issue(SMALL), "small.txt")

    got = [(b["el"], b["role"], b["join"]) for b in state["blocks"]]
    assert got == [
        (0, "title", False),
        (0, "byline", False),
        (0, "paragraph", False),
        (0, "paragraph", True),
        (1, "photo_title", False),
        (1, "caption", False),
        (1, "credit", False),
    ]
    byline = state["blocks"][1]["data"]
    assert byline["names"] == [["王明", "reporter"], ["李华", "correspondent"]]
    assert state["blocks"][3]["data"]["text"] == "方便了往来车辆。"
    assert [b["picture"] for b in state["blocks"]] == [False] * 4 + [True, False, False]
    assert [e["kind"] for e in state["elements"]] == ["article", "photo"]
    joined = [b for b in state["breaks"] if b["decision"] == "join"]
    assert [b["after"] for b in joined] == [2]  # after the block cut mid-sentence


def test_every_block_shows_how_the_decoder_read_it(seed_path: Path) -> None:
    """Each block shows its role decision; each element's first block the decision that
    started that element (an article or a photo), and no other block one."""
    state = review_state(gx.parse_file(seed_path))

    blocks, elements = state["blocks"], state["elements"]
    assert all(any(d["kind"] == "role" for d in b["decisions"]) for b in blocks)
    firsts = {}
    for i, b in enumerate(blocks):
        if b["el"] is not None:
            firsts.setdefault(b["el"], i)
    started = {
        i: d["choice"]
        for i, b in enumerate(blocks)
        for d in b["decisions"]
        if d["kind"] == "boundary"
    }
    assert started == {i: elements[el]["kind"] for el, i in firsts.items()}


def test_an_inline_kicker_and_its_title_are_one_headline_block() -> None:
    state = review_state(
        gx.parse_issue("园区新闻：充电站建成\n\n本报讯(记者 王明)园区充电站建成。\n")
    )

    assert state["blocks"][0]["data"]["parts"] == [["kicker", "园区新闻"], ["title", "充电站建成"]]


HOSTILE = (
    "## 标题</script><script>window.pwned=1</script>\n\n"
    '本报讯(记者 王明)正文<img src=x onerror="window.pwned=2"><!-- 注释 -->&amp;。\n'
)


def test_no_text_of_the_issue_reaches_the_page_as_markup() -> None:
    issue = gx.parse_issue(HOSTILE)

    page = gx.render_review(issue, "</title><script>x</script>.txt")

    assert page.count("<script") == 2  # the page's data and the page's script
    assert page.count("</script>") == 2
    assert "<img" not in page
    assert "<!-- 注释" not in page
    assert "<title>Review: &lt;/title&gt;&lt;script&gt;x&lt;/script&gt;.txt</title>" in page
    data = DATA.search(page)
    assert data is not None
    assert json.loads(data.group(1)) == review_state(issue, "</title><script>x</script>.txt")


def test_the_page_needs_no_network() -> None:
    page = gx.render_review(gx.parse_issue(SMALL))

    assert "default-src 'none'" in page
    assert not re.search(r"(src|href)=[\"']?(https?:)?//", page)


def test_index_page_links_pages_and_names_failures() -> None:
    page = render_index(
        [
            IndexEntry(name="a b<1>.txt", href="a%20b%3C1%3E.html", articles=3, photos=1),
            IndexEntry(name="bad.txt", href=None, error="not UTF-8 <at byte 3>"),
        ]
    )

    assert '<a href="a%20b%3C1%3E.html">a b&lt;1&gt;.txt</a></td><td>3</td><td>1</td>' in page
    assert "<td>bad.txt</td><td colspan=3>failed: not UTF-8 &lt;at byte 3&gt;</td>" in page


def test_review_command_writes_one_page(tmp_path: Path) -> None:
    seed = SEEDS[0]
    out = tmp_path / "review.html"

    assert main(["review", str(seed), "-o", str(out)]) == 0

    data = DATA.search(out.read_text(encoding="utf-8"))
    assert data is not None
    assert json.loads(data.group(1))["name"] == seed.name


def test_review_command_on_a_folder_writes_pages_and_an_index(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    issues = tmp_path / "issues"
    (issues / "sub").mkdir(parents=True)
    (issues / "sub" / "small.txt").write_text(SMALL, encoding="utf-8")
    (issues / "broken.txt").write_bytes(b"\xff\xfe\x00\x00binary\x00")
    out = tmp_path / "out"

    status = main(["review", str(issues), "-o", str(out)])

    assert status == 1  # one issue failed; the other page is written all the same
    assert "broken.txt" in capsys.readouterr().err
    index = (out / "index.html").read_text(encoding="utf-8")
    assert '<a href="sub/small.html">' in index
    assert "failed:" in index
    page = (out / "sub" / "small.html").read_text(encoding="utf-8")
    data = DATA.search(page)
    assert data is not None
    assert json.loads(data.group(1))["name"] == "sub/small.txt"  # as evaluate finds it


@pytest.mark.parametrize(
    "args",
    [
        ["seeds", "-o", "x.html"],  # several pages need a folder
        ["seeds", "-o", "x.txt"],  # ... and a new path with a suffix is no folder's name
        ["seeds"],
        [str(SEEDS[0]), "-o", "x.json"],  # a page is HTML
        [str(SEEDS[0]), "--no-such-option"],
    ],
)
def test_review_command_usage_errors(args: list[str], tmp_path: Path) -> None:
    args = [str(SEEDS[0].parent) if a == "seeds" else a for a in args]
    args = [str(tmp_path / a) if a.startswith("x.") else a for a in args]

    try:
        status = main(["review", *args])
    except SystemExit as exit:  # argparse's own usage error
        status = exit.code

    assert status == 2
    assert not list(tmp_path.iterdir())
