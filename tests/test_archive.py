"""The archive index: incremental indexing, search with citations, figures, report.

Expected values are read from the inputs: citations are computed from where a person finds the
phrase in the source file, names and roles from the made-up bylines written here.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

import gaoxin_parse as gx
from gaoxin_parse import OptionsError
from gaoxin_parse.archive import Archive, ArchiveError
from gaoxin_parse.archive import stats as archive_stats
from gaoxin_parse.archive.cli import main as archive_main
from gaoxin_parse.archive.report import html_report
from gaoxin_parse.errors import line_and_column

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

#: A made-up issue: a break inside a sentence, two bylines' roles, a photo with a credit.
MADE_UP = (
    "## 新区举办科技活动周\n\n"
    "本报讯(记者王明 通讯员李华)活动周期间,园区体制机制持\n\n续创新,吸引企业参加。\n\n"
    "## 企业开放日\n\n"
    "本报讯(记者王明 实习生张小红)开放日当天,市民走进企业参观。\n\n\n\n"
    "夜色中的科技园\n\n园区亮起灯光。\n\n赵立新 摄\n"
)


@pytest.fixture
def made_up(tmp_path: Path) -> Path:
    """A folder with the made-up issue, dated in its path."""
    path = tmp_path / "archive" / "2021" / "10" / "09.txt"
    path.parent.mkdir(parents=True)
    path.write_text(MADE_UP, encoding="utf-8")
    return path


def test_phrase_across_a_repaired_break_is_found_and_cited(tmp_path: Path) -> None:
    """The seed prints 体制机制持 / 续创新 on two lines; the hit cites both pieces exactly."""
    seed = SEEDS[0]
    source = seed.read_text(encoding="utf-8")
    start = source.index("体制机制持\n\n续创新")
    with Archive(tmp_path / "a.sqlite") as archive:
        archive.index([seed], jobs=1)
        (hit,) = archive.search("体制机制持续创新")

    assert hit.citation == f"{seed}:{':'.join(map(str, line_and_column(source, start)))}"
    assert [p.slice(source) for p in hit.pieces] == ["体制机制持", "续创新"]
    assert hit.span.slice(source) == "体制机制持\n\n续创新"
    assert (hit.end_line, hit.end_column) == line_and_column(source, start + 9)
    assert hit.title == "平顶山高新区与嘉兴秀洲高新区结成全面战略友好伙伴园区"
    assert hit.byline == "本报讯(记者高轶鹏)"
    assert hit.passage[hit.at.start : hit.at.end] == "体制机制持续创新"


def test_made_up_issue_people_roles_and_date(tmp_path: Path, made_up: Path) -> None:
    """Each name is stored with its role, linked to its article or photo; the date from the path."""
    with Archive(tmp_path / "a.sqlite") as archive:
        archive.index([made_up.parent.parent.parent], jobs=1)
        people = archive.query(
            "SELECT name, role, a.title, p.title FROM people LEFT JOIN articles a ON"
            " a.id = article_id LEFT JOIN photos p ON p.id = photo_id ORDER BY people.id"
        )
        (date,) = archive.query("SELECT date FROM issues")

    assert people == [
        ("王明", "reporter", "新区举办科技活动周", None),
        ("李华", "correspondent", "新区举办科技活动周", None),
        ("王明", "reporter", "企业开放日", None),
        ("张小红", "实习生", "企业开放日", None),
        ("赵立新", "photographer", None, "夜色中的科技园"),
    ]
    assert date == ("2021-10-09",)


def test_search_titles_captions_short_and_several_terms(tmp_path: Path, made_up: Path) -> None:
    """Titles and captions are searched; two-character terms too; all terms in one text."""
    with Archive(tmp_path / "a.sqlite") as archive:
        archive.index([made_up], jobs=1)
        title = archive.search("科技活动周")
        caption = archive.search("亮起灯光")
        short = archive.search("市民")
        both = archive.search("开放日 市民")
        neither = archive.search("开放日 灯光")

    source = MADE_UP
    assert [(h.kind, h.span.slice(source)) for h in title] == [("title", "科技活动周")]
    assert [(h.kind, h.photo, h.title) for h in caption] == [("caption", 0, "夜色中的科技园")]
    assert [h.span.slice(source) for h in short] == ["市民"]
    assert [h.span.slice(source) for h in both] == ["开放日"]  # the first term is cited
    assert neither == []


def test_search_rejects_an_empty_query(tmp_path: Path) -> None:
    """An empty query or a limit below 1 is the caller's error."""
    with Archive(tmp_path / "a.sqlite") as archive:
        with pytest.raises(OptionsError, match="empty"):
            archive.search("  ")
        with pytest.raises(OptionsError, match="limit"):
            archive.search("王明", limit=0)


def test_rerun_parses_only_new_or_changed_files(tmp_path: Path) -> None:
    """Unchanged bytes are skipped; a changed file is replaced, not duplicated."""
    folder = tmp_path / "issues"
    shutil.copytree(ROOT / "seeds", folder)
    db = tmp_path / "a.sqlite"
    with Archive(db) as archive:
        first = archive.index([folder], jobs=2)
        second = archive.index([folder], jobs=2)
        (folder / SEEDS[1].name).write_text(MADE_UP, encoding="utf-8")
        third = archive.index([folder], jobs=2)
        titles = archive.query(
            "SELECT title FROM articles JOIN issues ON issues.id = issue_id WHERE path = ?",
            (str(folder / SEEDS[1].name),),
        )

    assert (first.parsed, first.unchanged) == (4, 0)
    assert (second.parsed, second.unchanged) == (0, 4)
    assert (third.parsed, third.unchanged) == (1, 3)
    assert titles == [("新区举办科技活动周",), ("企业开放日",)]


def test_failed_file_is_recorded_and_the_run_goes_on(tmp_path: Path, made_up: Path) -> None:
    """An undecodable file gets an issues row with its error; the good file is indexed."""
    bad = made_up.parent / "10.txt"
    bad.write_bytes("本报讯".encode() + b"\xff\xfe" + "正文。".encode())
    with Archive(tmp_path / "a.sqlite") as archive:
        report = archive.index([made_up.parent], jobs=1)
        rows = archive.query("SELECT path, error_type, error FROM issues ORDER BY path")
        fixed = (bad.write_text(MADE_UP, encoding="utf-8"), archive.index([made_up.parent]))[1]

    assert report.parsed == 1
    assert [p for p, _ in report.failed] == [str(bad)]
    assert rows[0][:2] == (str(made_up), None)
    assert rows[1][:2] == (str(bad), "SourceDecodeError")
    assert "byte offset 9" in rows[1][2]
    assert (fixed.parsed, fixed.unchanged, fixed.failed) == (1, 1, ())


def test_index_command_names_each_failed_file_once(
    tmp_path: Path, made_up: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``gaoxin-parse index``: each failed input on one line, its path once, no blank line."""
    bad = made_up.parent / "10.txt"
    bad.write_bytes("本报讯".encode() + b"\xff\xfe" + "正文。".encode())
    missing = tmp_path / "no_such.txt"

    status = archive_main(["index", str(made_up.parent), str(missing), "--db", str(tmp_path / "a")])

    assert status == 1
    assert capsys.readouterr().err.splitlines() == [
        f"gaoxin-parse: {bad}: cannot decode byte ff fe e6 ad a3 e6 96 87 at byte offset 9 as "
        "utf-8; force one with encoding= (command line: --encoding)",
        f"gaoxin-parse: {missing}: No such file or directory",
    ]


def test_index_of_a_folder_with_no_issue_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """As the parse command: a folder holding no matching file is status 1 and one line; no
    database is created for nothing."""
    empty = tmp_path / "empty"
    empty.mkdir()
    db = tmp_path / "a.sqlite"

    status = archive_main(["index", str(empty), "--db", str(db)])

    assert status == 1
    assert capsys.readouterr().err == (
        f"gaoxin-parse index: no input files: no file matching '*.txt' in {empty}\n"
    )
    assert not db.exists()


def test_not_an_index(tmp_path: Path) -> None:
    """A file that is not an SQLite index is refused with the reason."""
    other = tmp_path / "notes.sqlite"
    other.write_bytes(b"not a database at all, just some bytes" * 10)

    with pytest.raises(ArchiveError, match="not an archive index"):
        Archive(other)


def test_deleted_rows_leave_nothing_behind(tmp_path: Path) -> None:
    """Replacing a file's rows also removes its search entries (no stale hits)."""
    path = tmp_path / "issue.txt"
    path.write_text(MADE_UP, encoding="utf-8")
    with Archive(tmp_path / "a.sqlite") as archive:
        archive.index([path], jobs=1)
        path.write_text(MADE_UP.replace("市民", "游客"), encoding="utf-8")
        archive.index([path], jobs=1)
        stale, fresh = archive.search("市民"), archive.search("游客")
        check = archive.query("INSERT INTO texts_fts(texts_fts) VALUES ('integrity-check')")

    assert stale == []
    assert len(fresh) == 1
    assert check == []


def test_figures_count_people_by_role(tmp_path: Path, made_up: Path) -> None:
    """Articles per reporter count articles, photos per photographer count photos."""
    with Archive(tmp_path / "a.sqlite") as archive:
        archive.index([made_up], jobs=1)
        found = {f.name: f for f in archive_stats.figures(archive.db)}

    assert found["articles_per_reporter"].rows == (("王明", 2),)
    assert found["articles_per_correspondent"].rows == (("李华", 1),)
    assert found["photos_per_photographer"].rows == (("赵立新", 1),)
    assert found["articles_per_month"].rows == (("2021-10", 2),)
    assert dict(found["totals"].rows)["breaks repaired"] >= 1  # 持 / 续 was joined
    issue = gx.parse_file(made_up)  # the figure counts what the model says, element by element
    low = [sum(e.confidence < archive_stats.LOW_CONFIDENCE for e in elements)
           for elements in (issue.articles, issue.photos)]  # fmt: skip
    assert found["low_confidence"].rows == (("articles", low[0]), ("photos", low[1]))
    assert found["low_confidence"].note == ""


def test_html_report_is_self_contained(tmp_path: Path, made_up: Path) -> None:
    """Charts are inline SVG; the page loads nothing from elsewhere."""
    with Archive(tmp_path / "a.sqlite") as archive:
        archive.index([made_up], jobs=1)
        page = html_report(archive_stats.figures(archive.db))

    assert page.count("<svg") == 3
    assert "王明" in page
    assert "赵立新" in page
    for remote in ("<script", "<link", "src=", "@import", "url("):
        assert remote not in page
    assert page.count("http") == page.count('xmlns="http://www.w3.org/2000/svg"')


def test_database_is_consistent(tmp_path: Path) -> None:
    """Foreign keys hold and every texts row is in the search index."""
    with Archive(tmp_path / "a.sqlite") as archive:
        archive.index(SEEDS, jobs=2)
        broken = archive.query("PRAGMA foreign_key_check")
        texts = archive.query("SELECT COUNT(*) FROM texts")[0][0]
        indexed = archive.query("SELECT COUNT(*) FROM texts_fts")[0][0]

    assert broken == []
    assert texts == indexed > 0
    assert sqlite3.connect(tmp_path / "a.sqlite").execute("PRAGMA integrity_check").fetchone() == (
        "ok",
    )
