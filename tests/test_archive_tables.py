"""Archive tables and commands: CSV/Parquet export, the Dask export, a killed run, the CLI."""

from __future__ import annotations

import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import gaoxin_parse as gx
from gaoxin_parse.archive import Archive
from gaoxin_parse.archive.export import COLUMNS, tables_from_db, tables_from_issue

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def _sorted(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    return sorted(rows, key=lambda r: json.dumps(r, ensure_ascii=False, sort_keys=True))


def _parsed_tables() -> dict[str, list[dict[str, object]]]:
    """The export rows of the seeds, straight from parsing them."""
    tables: dict[str, list[dict[str, object]]] = {name: [] for name in COLUMNS}
    for path in SEEDS:
        for name, rows in tables_from_issue(str(path), gx.parse_file(path)).items():
            tables[name].extend(rows)
    return tables


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index of the seeds."""
    db = tmp_path_factory.mktemp("db") / "seeds.sqlite"
    with Archive(db) as archive:
        archive.index(SEEDS, jobs=1)
    return db


def test_tables_from_the_index_equal_tables_from_the_parse(seed_db: Path) -> None:
    """What the index gives back is what the parser made: nothing lost on the way."""
    with Archive(seed_db) as archive:
        from_db: dict[str, list[dict[str, object]]] = {name: [] for name in COLUMNS}
        for tables in tables_from_db(archive.db):
            for name, rows in tables.items():
                from_db[name].extend(rows)

    assert from_db == _parsed_tables()


def test_article_row_reads_as_printed(seed_db: Path, tmp_path: Path) -> None:
    """The first article of seed 000: its title, reporter and the repaired phrase; spans cite it."""
    with Archive(seed_db) as archive:
        archive_tables = next(tables_from_db(archive.db))
    first = archive_tables["articles"][0]
    source = SEEDS[0].read_text(encoding="utf-8")

    assert first["title"] == "平顶山高新区与嘉兴秀洲高新区结成全面战略友好伙伴园区"
    assert first["headlines"] == [first["title"], "携手共进步 互助同发展"]
    assert first["reporters"] == ["高轶鹏"]
    assert "体制机制持续创新" in str(first["text"])
    joined = "\n".join(p.text for p in gx.parse_file(SEEDS[0]).articles[0].paragraphs)
    assert "".join(source[s:e] for s, e in first["spans"]) == joined.replace("\n", "")  # type: ignore[union-attr, misc]


def test_export_parquet_and_csv(seed_db: Path, tmp_path: Path) -> None:
    """Parquet keeps lists as lists; CSV keeps them as JSON text; both have every row."""
    expected = _parsed_tables()
    subprocess.run(
        [sys.executable, "-m", "gaoxin_parse", "export", seed_db, "--to", "parquet", tmp_path / "pq"],
        check=True, capture_output=True,
    )  # fmt: skip
    subprocess.run(
        [sys.executable, "-m", "gaoxin_parse", "export", seed_db, "--to", "csv", tmp_path / "csv"],
        check=True, capture_output=True,
    )  # fmt: skip

    for name in COLUMNS:
        parquet = pq.read_table(tmp_path / "pq" / f"{name}.parquet").to_pylist()
        assert parquet == expected[name]
        with (tmp_path / "csv" / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert len(rows) == len(expected[name])
        assert list(rows[0]) == list(COLUMNS[name])
        if name == "articles":
            assert json.loads(rows[0]["reporters"]) == ["高轶鹏"]
            assert rows[0]["title"] == "平顶山高新区与嘉兴秀洲高新区结成全面战略友好伙伴园区"


def test_dask_on_two_worker_processes_equals_the_export(seed_db: Path, tmp_path: Path) -> None:
    """The Dask export on a local cluster of two processes writes the same tables."""
    from distributed import Client, LocalCluster

    from gaoxin_parse.dask import export_parquet

    with Archive(seed_db) as archive:
        from gaoxin_parse.archive.export import export

        export(archive.db, tmp_path / "single", "parquet")
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        assert len(client.scheduler_info()["workers"]) == 2
        result = export_parquet(SEEDS, tmp_path / "dask", files_per_partition=1, client=client)

    assert result.files == 4
    assert result.failed == ()
    for name in COLUMNS:
        single = pq.read_table(tmp_path / "single" / f"{name}.parquet")
        spread = pq.read_table(tmp_path / "dask" / name)
        assert spread.schema == single.schema
        assert _sorted(spread.to_pylist()) == _sorted(single.to_pylist())


def _copies(folder: Path, count: int) -> None:
    """``count`` distinct issue files: seeds with a numbered line added."""
    folder.mkdir()
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    for i in range(count):
        (folder / f"{i:04d}.txt").write_text(f"{texts[i % 4]}\n第{i}号\n", encoding="utf-8")


def test_a_killed_run_leaves_a_consistent_database_and_a_rerun_resumes(tmp_path: Path) -> None:
    """SIGKILL midway: every stored file is whole, and the rerun parses only the others."""
    _copies(tmp_path / "issues", 150)
    db = tmp_path / "a.sqlite"
    command = [sys.executable, "-m", "gaoxin_parse", "index", tmp_path / "issues", "--db", db,
               "--jobs", "1", "--quiet"]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    stored = 0
    while stored < 10 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
        if db.exists():
            try:
                stored = sqlite3.connect(db).execute("SELECT COUNT(*) FROM issues").fetchone()[0]
            except sqlite3.OperationalError:  # schema not created yet
                continue
    os.kill(process.pid, signal.SIGKILL)
    process.wait()

    connection = sqlite3.connect(db)
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    done = connection.execute("SELECT COUNT(*) FROM issues").fetchone()[0]
    assert 10 <= done < 150, "the run was not stopped midway"
    whole = connection.execute(
        "SELECT COUNT(*) FROM issues i WHERE (SELECT COUNT(*) FROM articles WHERE issue_id = i.id)"
        " >= 7 AND (SELECT COUNT(*) FROM texts_fts WHERE texts_fts MATCH '\"本报讯\"'"
        " AND rowid IN (SELECT id FROM texts WHERE issue_id = i.id)) > 0"
    ).fetchone()[0]
    assert whole == done
    connection.close()
    with Archive(db) as archive:
        report = archive.index([tmp_path / "issues"], jobs=2)
    assert (report.parsed, report.unchanged) == (150 - done, done)


def run_cli(*args: object) -> subprocess.CompletedProcess[str]:
    """Run ``python -m gaoxin_parse ARGS`` from the repository root."""
    return subprocess.run(
        [sys.executable, "-m", "gaoxin_parse", *map(str, args)],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def test_cli_index_search_stats(tmp_path: Path) -> None:
    """A new user's session: index the seeds, search across a break, rerun, look at figures."""
    db = tmp_path / "a.sqlite"

    first = run_cli("index", "seeds", "--db", db)
    again = run_cli("index", "seeds", "--db", db)
    found = run_cli("search", db, "体制机制持续创新")
    as_json = run_cli("search", db, "体制机制持续创新", "--format", "json")
    missing = run_cli("search", db, "没有这句话的文字")
    figures = run_cli("stats", db, "--format", "json", "--html", tmp_path / "r.html")

    assert first.returncode == 0
    assert "4 parsed, 0 unchanged, 0 failed" in first.stdout
    assert "0 parsed, 4 unchanged" in again.stdout
    assert found.stdout.startswith("seeds/000_1c68c8fc2e42573b.txt:9:174: 平顶山高新区")
    assert "【体制机制持续创新】" in found.stdout
    assert json.loads(as_json.stdout)[0]["pieces"] == [[316, 321], [323, 326]]
    assert missing.returncode == 1
    assert missing.stdout == ""
    reporters = dict(json.loads(figures.stdout)["articles_per_reporter"]["rows"])
    assert reporters["高轶鹏"] >= 20
    assert (tmp_path / "r.html").read_text(encoding="utf-8").count("<svg") == 3


def test_cli_errors(tmp_path: Path) -> None:
    """A missing index and a failing file are reported; usage errors exit 2."""
    bad = tmp_path / "in" / "bad.txt"
    bad.parent.mkdir()
    bad.write_bytes(b"\xff\xfe\xfd" * 10)

    missing = run_cli("search", tmp_path / "none.sqlite", "王明")
    failed = run_cli("index", bad.parent, "--db", tmp_path / "a.sqlite")
    usage = run_cli("export", tmp_path / "a.sqlite", "--to", "xlsx", tmp_path / "out")

    assert missing.returncode == 2
    assert "no such index" in missing.stderr
    assert failed.returncode == 1
    assert "bad.txt" in failed.stderr
    assert "0 parsed, 0 unchanged, 1 failed" in failed.stdout
    assert usage.returncode == 2
