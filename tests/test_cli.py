"""End-to-end tests of the ``gaoxin-parse`` command line.

Every test runs the real command in a subprocess (``python -m gaoxin_parse``, from the
repository root) and looks only at what a user sees: standard output, standard error, the exit
status and the files left on disk. Expected values come from the specification of the command
and from the hand-written gold files in ``tests/expected/`` (read from the seeds, never from the
parser's output).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
GOLD_DIR = ROOT / "tests" / "expected"
GOLD: dict[str, dict[str, Any]] = {
    path.stem: json.loads(path.read_text(encoding="utf-8"))
    for path in sorted(GOLD_DIR.glob("*.json"))
}
SEED = {path.stem[:3]: path for path in SEEDS}
TEI = "{http://www.tei-c.org/ns/1.0}"
TIMEOUT = 120


def run_cli(*args: object, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m gaoxin_parse ARGS`` from the repository root, capturing both streams."""
    return subprocess.run(
        [sys.executable, "-m", "gaoxin_parse", *map(str, args)],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        timeout=TIMEOUT,
        check=False,
    )


def run_with_terminal_stderr(*args: object, both: bool = False) -> tuple[int, bytes, bytes]:
    """Run the command with standard error on a pseudo-terminal (and standard output on the
    same one if ``both``); return status, out (empty if ``both``), what the terminal got."""
    master, slave = os.openpty()
    chunks: list[bytes] = []

    def drain() -> None:
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO once the child has closed its end
                return
            if not chunk:
                return
            chunks.append(chunk)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "gaoxin_parse", *map(str, args)],
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=slave if both else subprocess.PIPE,
            stderr=slave,
            timeout=TIMEOUT,
            check=False,
        )
    finally:
        os.close(slave)
    reader.join(timeout=10)
    os.close(master)
    return proc.returncode, proc.stdout or b"", b"".join(chunks)


def out(proc: subprocess.CompletedProcess[bytes]) -> str:
    """Standard output as text."""
    return proc.stdout.decode("utf-8")


def err(proc: subprocess.CompletedProcess[bytes]) -> str:
    """Standard error as text."""
    return proc.stderr.decode("utf-8", errors="replace")


def gold(key: str) -> dict[str, Any]:
    """The gold annotation of seed ``key`` (``"000"`` … ``"003"``)."""
    return GOLD[SEED[key].stem]


def gold_titles(key: str) -> list[str]:
    """Titles of the gold articles of seed ``key``, in reading order."""
    return [a["title"] for a in gold(key)["articles"]]


def gold_photographers(key: str) -> list[list[str]]:
    """Photographers of each gold photo of seed ``key``, in reading order."""
    return [p["photographers"] for p in gold(key)["photos"]]


def norm(text: str | None) -> str:
    """Text without white space (Chinese has no words to split on)."""
    return "".join((text or "").split())


def seed_text(key: str) -> str:
    """The decoded text of seed ``key``."""
    return SEED[key].read_text(encoding="utf-8")


def invalid_utf8(key: str) -> tuple[bytes, int]:
    """Seed ``key`` as UTF-8 with ``ff fe`` put in before its first byline; and that offset."""
    data = seed_text(key).encode("utf-8")
    offset = data.index("本报讯".encode())
    return data[:offset] + b"\xff\xfe" + data[offset:], offset


def leftovers(folder: Path) -> list[Path]:
    """Temporary or hidden files below ``folder`` (a partial write would leave one)."""
    return [p for p in folder.rglob("*") if p.name.startswith(".") or p.name.endswith(".tmp")]


def summary_table(stderr: str) -> dict[str, str]:
    """``label -> value`` of the ``--summary`` table (value: the last field of the line)."""
    table = {}
    for line in stderr.splitlines():
        match = re.match(r"^\s*([a-z][a-z ()]*?)\s*[:|]?\s+(\S+)\s*\|?\s*$", line)
        if match:
            table[match.group(1).strip()] = match.group(2)
    return table


def attribute(element: ET.Element, local: str) -> str | None:
    """The value of the attribute named ``local`` in any namespace (or none)."""
    for key, value in element.attrib.items():
        if key == local or key.endswith(f"}}{local}"):
            return value
    return None


def offsets(element: ET.Element) -> tuple[int, int]:
    """The source offsets a TEI element keeps as ``corresp="src:START,END"``."""
    match = re.fullmatch(r"src:(\d+),(\d+)", attribute(element, "corresp") or "")
    assert match is not None, ET.tostring(element, encoding="unicode")
    return int(match.group(1)), int(match.group(2))


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A folder of issues: UTF-8, GB18030, UTF-8 with BOM, damaged UTF-8, an empty file, a
    ``.md`` file the default ``--glob`` skips, and a subfolder."""
    root = tmp_path / "tree"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_bytes(seed_text("000").encode("utf-8"))
    (root / "b_gb18030.txt").write_bytes(seed_text("003").encode("gb18030"))
    (root / "c_invalid.txt").write_bytes(invalid_utf8("002")[0])
    (root / "d_empty.txt").write_bytes(b"")
    (root / "e_bom.txt").write_bytes(b"\xef\xbb\xbf" + seed_text("001").encode("utf-8"))
    (root / "notes.md").write_text("## 说明\n\n本报讯(记者王小明)这不是一期报纸。\n", "utf-8")
    (root / "sub" / "x.txt").write_bytes(seed_text("002").encode("utf-8"))
    return root


#: What each good file of ``tree`` is: its seed (``None``: no articles).
TREE_GOOD = {
    "a.txt": "000",
    "b_gb18030.txt": "003",
    "d_empty.txt": None,
    "e_bom.txt": "001",
    "sub/x.txt": "002",
}


# --- help, version, usage ------------------------------------------------------------------


def test_help_shows_usage_options_and_examples() -> None:
    """``--help`` exits 0 and shows the usage, every option and a section of examples."""
    proc = run_cli("--help")

    assert proc.returncode == 0
    text = out(proc)
    assert "usage: gaoxin-parse" in text
    for option in (
        "--glob",
        "--format",
        "--compact",
        "--output",
        "--encoding",
        "--script",
        "--jobs",
        "--summary",
        "--quiet",
        "--version",
    ):
        assert option in text, option
    assert "example" in text.lower()
    examples = text[text.lower().index("example") :]
    assert "gaoxin-parse " in examples
    assert "evaluate" in examples


def test_version_prints_program_and_project_version() -> None:
    """``--version`` exits 0 and prints the program name and the version of pyproject.toml."""
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    match = re.search(r'^version\s*=\s*"([^"]+)"', pyproject, re.MULTILINE)
    assert match

    proc = run_cli("--version")

    assert proc.returncode == 0
    assert out(proc).split() == ["gaoxin-parse", match.group(1)]


def test_console_script_is_the_same_command() -> None:
    """The ``gaoxin-parse`` console script installed next to Python runs the same command."""
    script = Path(sys.executable).with_name("gaoxin-parse")
    if not script.exists():
        pytest.skip("no gaoxin-parse console script next to this interpreter")

    proc = subprocess.run(
        [str(script), "--version"], capture_output=True, timeout=TIMEOUT, check=False
    )

    assert proc.returncode == 0
    assert proc.stdout == run_cli("--version").stdout


@pytest.mark.parametrize(
    "args",
    [["--jobs", "0", "seeds"], ["--format", "docx", "seeds"], []],
    ids=["jobs-0", "unknown-format", "no-input"],
)
def test_bad_arguments_are_usage_errors(args: list[str]) -> None:
    """Bad arguments exit with status 2 and a usage message on standard error only."""
    proc = run_cli(*args)

    assert proc.returncode == 2
    assert "usage:" in err(proc)
    assert proc.stdout == b""


# --- one issue, each format ------------------------------------------------------------------


def test_seed_to_json_has_titles_photographers_and_offsets() -> None:
    """A seed to JSON: the gold titles and photographers, offsets pointing into the source."""
    proc = run_cli(SEED["000"])

    assert proc.returncode == 0, err(proc)
    assert proc.stderr == b""
    issue = json.loads(out(proc))
    titles = [a["title"] for a in issue["articles"]]
    assert titles[0] == "平顶山高新区与嘉兴秀洲高新区结成全面战略友好伙伴园区"
    assert titles == gold_titles("000")
    assert issue["photos"][0]["photographers"] == ["左晓燕"]
    assert [p["photographers"] for p in issue["photos"]] == gold_photographers("000")
    byline = issue["articles"][0]["byline"]
    assert byline["reporters"] == ["高轶鹏"]
    assert (
        seed_text("000")[byline["start"] : byline["end"]] == byline["text"] == "本报讯(记者高轶鹏)"
    )
    assert len(out(proc).splitlines()) > 1  # pretty by default


def test_compact_json_is_one_line_with_the_same_content() -> None:
    """``--compact`` prints the same JSON on a single line."""
    pretty = run_cli(SEED["001"])
    compact = run_cli(SEED["001"], "--compact")

    assert compact.returncode == 0, err(compact)
    text = out(compact)
    assert text.endswith("\n")
    assert text.count("\n") == 1
    assert json.loads(text) == json.loads(out(pretty))


def test_markdown_headings_byline_paragraphs_and_photo_quotes() -> None:
    """``--format markdown``: headlines as headings, a byline line, paragraphs, and photos as
    block quotes with their credits."""
    proc = run_cli("--format", "markdown", SEED["000"])

    assert proc.returncode == 0, err(proc)
    lines = out(proc).splitlines()
    headings = [line.lstrip("#").strip() for line in lines if line.startswith("#")]
    for title in gold_titles("000"):
        assert title in headings, title
    assert "携手共进步 互助同发展" in headings  # a subtitle is a heading too
    byline_lines = [line for line in lines if "本报讯(记者高轶鹏)" in line]
    assert byline_lines
    assert not byline_lines[0].startswith(("#", ">"))
    assert any(line.startswith("10月9日,高新区举行") for line in lines)  # a paragraph
    quotes = [line for line in lines if line.startswith(">")]
    assert any("开展科技金融创新服务" in q for q in quotes)
    assert any("左晓燕 摄" in q for q in quotes)
    assert any("姜朝凯 摄" in q for q in quotes)
    assert not out(proc).lstrip().startswith("{")


def test_text_is_repaired_plain_text_only() -> None:
    """``--format text``: plain text with the broken line repaired, no markup and no JSON."""
    proc = run_cli("--format", "text", SEED["000"])

    assert proc.returncode == 0, err(proc)
    text = out(proc)
    assert "平顶山高新区与嘉兴秀洲高新区结成全面战略友好伙伴园区" in text
    # The seed breaks "体制机制持\n\n续创新" across two blocks; the text output repairs it.
    assert "体制机制持\n\n续创新" in seed_text("000")
    assert "体制机制持续创新" in text
    assert "体制机制持\n" not in text
    assert not any(line.startswith(("#", ">", "*", "<", "{")) for line in text.splitlines())
    assert '"articles"' not in text


def test_tei_is_well_formed_with_articles_heads_figures_and_offsets() -> None:
    """``--format tei``: well-formed TEI P5, one ``div type=article`` per gold article with its
    main head, a ``figure`` (head, caption paragraphs, credit) per photo, source offsets as
    ``corresp`` pointers."""
    proc = run_cli("--format", "tei", SEED["000"])

    assert proc.returncode == 0, err(proc)
    root = ET.fromstring(proc.stdout)
    assert root.tag == f"{TEI}TEI"
    source = seed_text("000")
    divs = [d for d in root.iter(f"{TEI}div") if d.get("type") == "article"]
    assert len(divs) == len(gold("000")["articles"])
    mains = [h.text for d in divs for h in d.findall(f"{TEI}head") if h.get("type") == "main"]
    assert mains == gold_titles("000")
    subs = [h.text for h in divs[0].findall(f"{TEI}head") if h.get("type") == "sub"]
    assert subs == ["携手共进步 互助同发展"]
    for div in divs:
        start, end = offsets(div)
        assert 0 <= start < end <= len(source)
        assert div.findall(f"{TEI}p")
        for element in [*div.findall(f"{TEI}p"), *div.findall(f"{TEI}byline")]:
            start, end = offsets(element)
            assert norm(source[start:end]) == norm("".join(element.itertext()))
    byline = divs[0].find(f"{TEI}byline")
    assert byline is not None
    assert "".join(byline.itertext()) == "本报讯(记者高轶鹏)"

    figures = list(root.iter(f"{TEI}figure"))
    assert len(figures) == len(gold("000")["photos"])
    for figure, photo in zip(figures, gold("000")["photos"], strict=True):
        assert figure.findtext(f"{TEI}head") == photo["title"]
        captions = [p.text or "" for p in figure.findall(f"{TEI}p")]
        assert norm("".join(captions)) == norm(photo["caption"])
        assert all(
            name in ET.tostring(figure, encoding="unicode") for name in photo["photographers"]
        )
        assert photo["credit"] in ["".join(b.itertext()) for b in figure.iter(f"{TEI}byline")]
        start, end = offsets(figure)
        assert norm(photo["credit"]) in norm(source[start:end])


def test_tei_keeps_kickers() -> None:
    """``--format tei`` on seed 003 keeps each gold kicker as a head of its article."""
    proc = run_cli("--format", "tei", SEED["003"])

    assert proc.returncode == 0, err(proc)
    root = ET.fromstring(proc.stdout)
    divs = [d for d in root.iter(f"{TEI}div") if d.get("type") == "article"]
    assert len(divs) == len(gold("003")["articles"])
    for div, article in zip(divs, gold("003")["articles"], strict=True):
        heads = [h.text for h in div.findall(f"{TEI}head")]
        assert article["title"] in heads
        for kicker in article["kickers"]:
            assert kicker in heads, (kicker, heads)
    assert "临港物流产业园区" in [
        h.text for h in root.iter(f"{TEI}head") if h.get("type") == "kicker"
    ]


def test_tei_figure_credit_reads_as_the_printed_credit() -> None:
    """The text of a TEI figure's credit is the credit as printed, e.g. '左晓燕 摄'."""
    proc = run_cli("--format", "tei", SEED["000"])

    assert proc.returncode == 0, err(proc)
    root = ET.fromstring(proc.stdout)
    figures = list(root.iter(f"{TEI}figure"))
    credits = [
        norm("".join(el.itertext()))
        for figure in figures
        for el in figure
        if el.tag not in (f"{TEI}head", f"{TEI}p")
    ]
    assert credits == [norm(p["credit"]) for p in gold("000")["photos"]]


# --- standard input ----------------------------------------------------------------------------


def test_standard_input_utf8_and_gb18030() -> None:
    """``-`` reads an issue from standard input, UTF-8 or GB18030; JSONL names it ``-``."""
    utf8 = run_cli("-", stdin=SEED["000"].read_bytes())
    gb = run_cli("--format", "jsonl", "-", stdin=seed_text("003").encode("gb18030"))

    assert utf8.returncode == 0, err(utf8)
    assert [a["title"] for a in json.loads(out(utf8))["articles"]] == gold_titles("000")
    assert gb.returncode == 0, err(gb)
    (line,) = out(gb).splitlines()
    record = json.loads(line)
    assert record["path"] == "-"
    assert [a["title"] for a in record["articles"]] == gold_titles("003")


# --- folders, errors, output files -------------------------------------------------------------


def test_folder_to_jsonl_file_reports_bad_file_and_keeps_the_others(
    tree: Path, tmp_path: Path
) -> None:
    """A folder tree to ``--output FILE.jsonl``: one line per readable ``*.txt`` file in sorted
    path order, each with its path; the damaged file named on standard error with its byte
    offset; exit status 1; nothing else on standard output; no temporary file left."""
    target = tmp_path / "out" / "issues.jsonl"
    _, bad_offset = invalid_utf8("002")

    proc = run_cli(tree, "--output", target, "--quiet")

    assert proc.returncode == 1
    assert proc.stdout == b""
    bad = str(tree / "c_invalid.txt")
    bad_lines = [line for line in err(proc).splitlines() if bad in line]
    assert len(bad_lines) == 1
    assert f"byte offset {bad_offset}" in bad_lines[0]
    assert len(err(proc).strip().splitlines()) == 1  # only the bad file is reported

    records = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [r["path"] for r in records] == [str(tree / name) for name in TREE_GOOD]
    assert [r["path"] for r in records] == sorted(r["path"] for r in records)
    for record, key in zip(records, TREE_GOOD.values(), strict=True):
        titles = [a["title"] for a in record["articles"]]
        if key is None:
            assert titles == []
            assert record["photos"] == []
        else:
            assert titles == gold_titles(key), record["path"]
            assert [p["photographers"] for p in record["photos"]] == gold_photographers(key)
    assert not any(r["path"].endswith(".md") for r in records)
    assert leftovers(target.parent) == []


def test_glob_selects_other_files(tree: Path) -> None:
    """``--glob '*.md'`` selects only the markdown file of the tree."""
    proc = run_cli(tree, "--glob", "*.md", "--format", "jsonl")

    assert proc.returncode == 0, err(proc)
    (line,) = out(proc).splitlines()
    assert json.loads(line)["path"] == str(tree / "notes.md")


def test_output_dir_mirrors_tree_and_writes_nothing_for_the_failed_file(
    tree: Path, tmp_path: Path
) -> None:
    """``--output DIR``: one JSON file per readable input, the tree mirrored (``sub/x.json``),
    none for the damaged file, no temporary file left; exit status 1."""
    target = tmp_path / "out"

    proc = run_cli(tree, "--output", target, "--quiet")

    assert proc.returncode == 1
    assert str(tree / "c_invalid.txt") in err(proc)
    assert proc.stdout == b""
    written = sorted(p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file())
    assert written == sorted(str(Path(name).with_suffix(".json").as_posix()) for name in TREE_GOOD)
    assert not (target / "c_invalid.json").exists()
    assert leftovers(target) == []
    for name, key in TREE_GOOD.items():
        issue = json.loads((target / name).with_suffix(".json").read_text(encoding="utf-8"))
        assert [a["title"] for a in issue["articles"]] == ([] if key is None else gold_titles(key))


def test_output_dir_uses_the_suffix_of_the_format(tree: Path, tmp_path: Path) -> None:
    """``--output DIR --format tei`` writes well-formed ``.xml`` files, mirrored."""
    target = tmp_path / "tei"

    proc = run_cli(tree / "sub", tree / "a.txt", "--output", target, "--format", "tei")

    assert proc.returncode == 0, err(proc)
    assert sorted(p.name for p in target.rglob("*") if p.is_file()) == ["a.xml", "x.xml"]
    root = ET.parse(target / "a.xml").getroot()
    assert root.tag == f"{TEI}TEI"
    assert leftovers(target) == []


def test_missing_file_is_reported_and_the_others_processed(tmp_path: Path) -> None:
    """A file that does not exist: its path and a reason on standard error, exit status 1,
    and the other file still printed."""
    missing = tmp_path / "missing.txt"

    proc = run_cli(missing, SEED["000"], "--compact")

    assert proc.returncode == 1
    lines = [line for line in err(proc).splitlines() if str(missing) in line]
    assert len(lines) == 1
    assert len(lines[0].split(str(missing), 1)[1].strip(" :")) > 0  # a reason follows
    assert json.loads(out(proc))["articles"][0]["title"] == gold_titles("000")[0]


def blocked_output(tmp_path: Path) -> tuple[Path, Path]:
    """Two input issues, and an output folder where a folder stands in the way of ``a.json``."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_bytes(SEED["000"].read_bytes())
    (inputs / "b.txt").write_bytes(SEED["001"].read_bytes())
    target = tmp_path / "out"
    (target / "a.json").mkdir(parents=True)
    return inputs, target


def test_unwritable_output_leaves_no_temporary_file(tmp_path: Path) -> None:
    """An output file that cannot be written (a folder is in the way): non-zero exit status and
    no temporary or partial file left behind."""
    inputs, target = blocked_output(tmp_path)
    jsonl = tmp_path / "blocker" / "issues.jsonl"  # a file stands where its folder would be
    jsonl.parent.write_text("x", encoding="utf-8")

    to_dir = run_cli(inputs, "--output", target, "--jobs", "1")
    to_jsonl = run_cli(inputs, "--output", jsonl, "--jobs", "1")

    assert to_dir.returncode != 0
    assert to_jsonl.returncode != 0
    assert leftovers(target) == []
    assert leftovers(tmp_path) == []
    assert (target / "a.json").is_dir()
    assert jsonl.parent.read_text(encoding="utf-8") == "x"


def test_unwritable_output_is_reported_like_other_errors(tmp_path: Path) -> None:
    """An output file that cannot be written is reported with its path and reason (no
    traceback), exit status 1, and the other inputs are still written."""
    inputs, target = blocked_output(tmp_path)

    proc = run_cli(inputs, "--output", target, "--jobs", "1")

    assert proc.returncode == 1
    assert "Traceback" not in err(proc)
    assert str(target / "a.json") in err(proc)
    assert (target / "b.json").is_file()


# --- encodings ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "key",
    [
        "000",
        "001",
        "002",
        "003",
    ],
)
def test_gb18030_seed_is_auto_detected(key: str, tmp_path: Path) -> None:
    """Each seed saved as GB18030 is auto-detected and parses to its gold titles."""
    path = tmp_path / f"{key}_gb18030.txt"
    path.write_bytes(seed_text(key).encode("gb18030"))

    proc = run_cli(path)

    assert proc.returncode == 0, err(proc)
    assert [a["title"] for a in json.loads(out(proc))["articles"]] == gold_titles(key)


def test_forced_encoding(tmp_path: Path) -> None:
    """``--encoding gbk`` reads a GBK file; ``--encoding utf-8`` turns auto-detection off, so a
    GB18030 file then fails with its path and byte offset."""
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes(seed_text("000").encode("gbk"))
    gb18030 = tmp_path / "gb18030.txt"
    gb18030.write_bytes(seed_text("003").encode("gb18030"))

    forced = run_cli("--encoding", "gbk", gbk)
    wrong = run_cli("--encoding", "utf-8", gb18030)

    assert forced.returncode == 0, err(forced)
    issue = json.loads(out(forced))
    assert [a["title"] for a in issue["articles"]] == gold_titles("000")
    assert issue["photos"][0]["photographers"] == ["左晓燕"]
    assert wrong.returncode == 1
    assert str(gb18030) in err(wrong)
    assert "byte offset" in err(wrong)


# --- batch: parallel runs, progress, summary ---------------------------------------------------


@pytest.fixture(scope="module")
def copies(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of all seeds, three copies each."""
    folder = tmp_path_factory.mktemp("copies")
    for n in range(3):
        for seed in SEEDS:
            (folder / f"{seed.stem}_{n}.txt").write_bytes(seed.read_bytes())
    return folder


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_parallel_output_is_byte_identical_to_serial(copies: Path, fmt: str) -> None:
    """``--jobs 2`` prints exactly the bytes of ``--jobs 1``, in input order."""
    serial = run_cli(copies, "--format", fmt, "--jobs", "1")
    parallel = run_cli(copies, "--format", fmt, "--jobs", "2")

    assert serial.returncode == parallel.returncode == 0
    assert serial.stdout == parallel.stdout
    assert len(serial.stdout) > 0
    if fmt == "jsonl":
        paths = [json.loads(line)["path"] for line in out(parallel).splitlines()]
        assert paths == sorted(str(p) for p in copies.glob("*.txt"))


def test_parallel_output_file_is_byte_identical_to_serial(copies: Path, tmp_path: Path) -> None:
    """``--output FILE.jsonl`` holds the same bytes with ``--jobs 1`` and ``--jobs 2``."""
    serial, parallel = tmp_path / "serial.jsonl", tmp_path / "parallel.jsonl"

    assert run_cli(copies, "--output", serial, "--jobs", "1").returncode == 0
    assert run_cli(copies, "--output", parallel, "--jobs", "2").returncode == 0

    assert serial.read_bytes() == parallel.read_bytes()
    assert len(serial.read_bytes().splitlines()) == 3 * len(SEEDS)


def test_no_progress_bar_when_standard_error_is_not_a_terminal() -> None:
    """Several files, standard error a pipe, no ``--quiet``: standard error stays empty and
    standard output holds only the results."""
    proc = run_cli(*SEEDS, "--format", "jsonl", "--jobs", "2")

    assert proc.returncode == 0
    assert proc.stderr == b""
    lines = out(proc).splitlines()
    assert len(lines) == len(SEEDS)
    assert all(json.loads(line) for line in lines)
    assert b"\r" not in proc.stdout


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_progress_bar_on_terminal_stderr_only() -> None:
    """Standard error a terminal, several files: a progress bar on standard error, never on
    standard output; ``--quiet`` silences it; a single file shows none."""
    plain = run_cli(*SEEDS, "--format", "jsonl")
    status, stdout, stderr = run_with_terminal_stderr(*SEEDS, "--format", "jsonl")
    _, quiet_out, quiet_err = run_with_terminal_stderr(*SEEDS, "--format", "jsonl", "--quiet")
    _, _, single_err = run_with_terminal_stderr(SEEDS[0])

    assert status == 0
    assert stdout == quiet_out == plain.stdout
    assert f"{len(SEEDS)}/{len(SEEDS)}".encode() in stderr or b"100%" in stderr
    assert quiet_err == b""
    assert single_err == b""


def test_summary_table_on_standard_error(tmp_path: Path) -> None:
    """``--summary`` prints on standard error only: files, articles, photos, repaired breaks,
    bylines without names, files failed and time taken, counted as the gold files say."""
    bad = tmp_path / "bad.txt"
    bad.write_bytes(invalid_utf8("000")[0])

    proc = run_cli(*SEEDS, bad, "--summary", "--format", "jsonl")

    assert proc.returncode == 1
    table = summary_table(err(proc))
    articles = sum(len(g["articles"]) for g in GOLD.values())
    photos = sum(len(g["photos"]) for g in GOLD.values())
    nameless = sum(
        1
        for g in GOLD.values()
        for a in g["articles"]
        if a["byline"] and not a["byline"]["reporters"] and not a["byline"]["correspondents"]
    )
    assert table["files"] == str(len(SEEDS) + 1)
    assert table["articles"] == str(articles)
    assert table["photos"] == str(photos)
    assert int(table["repaired breaks"]) > 0  # e.g. 体制机制持|续创新 in seed 000
    assert table["bylines without names"] == str(nameless)
    assert table["files failed"] == "1"
    time_label = next(label for label in table if label.startswith("time taken"))
    assert float(table[time_label]) >= 0
    for label in ("files failed", "repaired breaks", "time taken"):
        assert label not in out(proc)
    assert len(out(proc).splitlines()) == len(SEEDS)


# --- script conversion -------------------------------------------------------------------------


def test_script_s2t_gives_traditional_text() -> None:
    """``--script s2t`` converts the output text to traditional characters."""
    proc = run_cli("--script", "s2t", SEED["000"])

    assert proc.returncode == 0, err(proc)
    issue = json.loads(out(proc))
    article = issue["articles"][0]
    assert "報" in article["byline"]["text"]
    assert article["byline"]["text"].startswith("本報訊")
    assert "區" in article["title"]
    assert "本报讯" in issue.pop("source")  # the text as given, unconverted
    assert "本报讯" not in json.dumps(issue, ensure_ascii=False)


def test_unknown_script_configuration_is_a_usage_error() -> None:
    """``--script nonsense`` exits with status 2 and a message naming the configuration."""
    proc = run_cli("--script", "nonsense", SEED["000"])

    assert proc.returncode == 2
    assert "nonsense" in err(proc)
    assert proc.stdout == b""


# --- evaluate ----------------------------------------------------------------------------------


def test_evaluate_seeds_against_gold() -> None:
    """``evaluate tests/expected seeds`` exits 0 and reports article accuracy 1.000."""
    proc = run_cli("evaluate", "tests/expected", "seeds")

    assert proc.returncode == 0, err(proc)
    rows = [line for line in out(proc).splitlines() if re.search(r"\barticles\b", line)]
    assert rows
    assert "1.000" in rows[0]


# --- output files, several inputs, global options ----------------------------------------------


@pytest.mark.parametrize(
    ("fmt", "name"), [("tei", "x.jsonl"), ("markdown", "x.txt"), ("json", "x.xml")]
)
def test_output_suffix_not_of_the_format_is_a_usage_error(
    tmp_path: Path, fmt: str, name: str
) -> None:
    """``--format tei -o x.jsonl``: status 2 naming both, nothing written, never another format."""
    proc = run_cli("--format", fmt, SEED["000"], "-o", tmp_path / name)

    assert proc.returncode == 2
    assert name in err(proc)
    assert fmt in err(proc)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("name", "start"), [("x.json", "{"), ("x.xml", "<?xml"), ("x.md", "#"), ("x.txt", "")]
)
def test_output_file_of_a_known_suffix_is_written_in_its_format(
    tmp_path: Path, name: str, start: str
) -> None:
    """``-o result.json`` writes that file (not a folder), in the suffix's format."""
    proc = run_cli(SEED["000"], "-o", tmp_path / name)

    assert proc.returncode == 0, err(proc)
    assert (tmp_path / name).is_file()
    assert (tmp_path / name).read_text(encoding="utf-8").startswith(start)


def test_several_inputs_to_one_json_file_is_a_usage_error(tmp_path: Path) -> None:
    """Two issues cannot share one JSON document: status 2, pointing to ``.jsonl``."""
    proc = run_cli(SEED["000"], SEED["001"], "-o", tmp_path / "x.json")

    assert proc.returncode == 2
    assert ".jsonl" in err(proc)


def test_several_inputs_to_standard_output_stay_valid(tmp_path: Path) -> None:
    """JSON: one document per line; TEI: one teiCorpus holding a TEI per issue; markdown and
    text: a separator line between issues."""
    as_json = run_cli(*SEEDS, "--quiet")
    tei = run_cli(*SEEDS, "--format", "tei", "--quiet")
    text = run_cli(*SEEDS, "--format", "text", "--quiet")
    markdown = run_cli(*SEEDS, "--format", "markdown", "--quiet")

    lines = out(as_json).splitlines()
    assert [json.loads(line)["path"] for line in lines] == [str(p) for p in SEEDS]
    root = ET.fromstring(tei.stdout)
    assert root.tag == "{http://www.tei-c.org/ns/1.0}teiCorpus"
    assert len(root.findall("{http://www.tei-c.org/ns/1.0}TEI")) == len(SEEDS)
    assert out(text).count("\n" + "=" * 40 + "\n") == len(SEEDS) - 1
    assert out(markdown).count("\n\n---\n\n") == len(SEEDS) - 1


@pytest.mark.parametrize(
    ("fmt", "separator"), [("markdown", "\n---\n\n"), ("text", "\n" + "=" * 40 + "\n\n")]
)
def test_separator_only_between_issues_written_after_a_failed_first_file(
    fmt: str, separator: str, tmp_path: Path
) -> None:
    """A missing first file, then two seeds: the output opens with the first seed's text (no
    separator before it) and holds one separator, on standard output and in an ``-o`` file."""
    missing = tmp_path / "missing.txt"
    proc = run_cli(missing, SEED["000"], SEED["001"], "--format", fmt, "--quiet")
    target = tmp_path / ("out.md" if fmt == "markdown" else "out.txt")
    to_file = run_cli(missing, SEED["000"], SEED["001"], "--format", fmt, "-o", target, "--quiet")

    assert proc.returncode == to_file.returncode == 1
    for written in (out(proc), target.read_text(encoding="utf-8")):
        assert written.startswith("## 平顶山高新区" if fmt == "markdown" else "平顶山高新区")
        assert written.count(separator) == 1


def test_global_option_before_a_subcommand() -> None:
    """``gaoxin-parse -q evaluate …`` runs evaluate (``evaluate`` is not taken for a file)."""
    proc = run_cli("-q", "evaluate", "tests/expected", "seeds")

    assert proc.returncode == 0, err(proc)
    assert out(proc).startswith("issues: 4")
