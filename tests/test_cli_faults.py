"""The command line under faults: closed pipes, Ctrl-C, a killed parent, full disks, FIFOs,
devices, huge inputs, bad codecs and colliding outputs. Never a traceback, nothing overwritten,
no process left behind. Each test runs the real command in a subprocess.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gaoxin_parse import outputs, workers
from gaoxin_parse.errors import OptionsError

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
COMMAND = [sys.executable, "-m", "gaoxin_parse"]
TIMEOUT = 60


def run_cli(*args: object, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run the command from the repository root, capturing both streams."""
    return subprocess.run(
        [*COMMAND, *map(str, args)],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        timeout=TIMEOUT,
        check=False,
    )


def err(proc: subprocess.CompletedProcess[bytes]) -> str:
    """Standard error as text."""
    return proc.stderr.decode("utf-8", errors="replace")


def children(pid: int) -> set[int]:
    """Processes whose parent is ``pid`` (from ``/proc``)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


def alive(pid: int) -> bool:
    """Whether ``pid`` is a running process (not a zombie)."""
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def wait_until(condition: object, seconds: float) -> bool:
    """Poll ``condition()`` until it holds or ``seconds`` pass."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.05)
    return False


@pytest.fixture
def many(tmp_path: Path) -> Path:
    """A folder of 60 long issues: several seconds of work for two workers."""
    folder = tmp_path / "many"
    folder.mkdir()
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in SEEDS) * 6
    for k in range(60):
        (folder / f"{k:03}.txt").write_text(text, encoding="utf-8")
    return folder


needs_proc = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")


# --- pipes, signals, processes -------------------------------------------------------------


def _read_then_close(args: list[object], size: int) -> tuple[bytes, int, str]:
    """Run the command, read ``size`` bytes of its output, then close the pipe (``| head``):
    what was read, the status and standard error."""
    proc = subprocess.Popen(
        [*COMMAND, *args], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout is not None
    assert proc.stderr is not None
    head = proc.stdout.read(size)
    proc.stdout.close()
    status = proc.wait(timeout=TIMEOUT)
    return head, status, proc.stderr.read().decode()


def test_closed_pipe_ends_quietly() -> None:
    """``gaoxin-parse seeds | head -c 100``: the reader goes away; no traceback, status 141."""
    head, status, stderr = _read_then_close(["seeds", *SEEDS, *SEEDS, "--jobs", "2"], 100)

    assert len(head) == 100
    assert status == 141
    assert stderr == ""


def test_evaluate_into_a_closed_pipe_ends_quietly() -> None:
    """``gaoxin-parse evaluate … | head -c 10``: evaluate ends as the parse command does."""
    head, status, stderr = _read_then_close(["evaluate", "tests/expected", "seeds"], 10)

    assert len(head) == 10
    assert status in (0, 141)  # 0 when evaluate had written everything before the reader left
    assert "Traceback" not in stderr


@needs_proc
def test_ctrl_c_prints_one_line_exits_130_and_stops_workers(many: Path) -> None:
    """Ctrl-C (SIGINT to the whole process group, as a terminal sends it) during ``--jobs 2``:
    one line on standard error, status 130, and no worker left."""
    proc = subprocess.Popen(
        [*COMMAND, many, "--jobs", "2", "--compact"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    assert wait_until(lambda: len(children(proc.pid)) >= 2, 20)
    workers_seen = children(proc.pid)
    os.killpg(proc.pid, signal.SIGINT)
    status = proc.wait(timeout=TIMEOUT)
    assert proc.stderr is not None
    stderr = proc.stderr.read().decode()

    assert status == 130
    assert stderr == "gaoxin-parse: interrupted\n"
    assert wait_until(lambda: not any(alive(p) for p in workers_seen), 10)


@needs_proc
def test_workers_die_with_their_parent(many: Path) -> None:
    """When the parent is killed (SIGKILL: no chance to clean up), its workers end too."""
    proc = subprocess.Popen(
        [*COMMAND, many, "--jobs", "2"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    assert wait_until(lambda: len(children(proc.pid)) >= 2, 20)
    workers_seen = children(proc.pid)
    proc.kill()
    proc.wait(timeout=TIMEOUT)

    assert wait_until(lambda: not any(alive(p) for p in workers_seen), 10)


def test_jobs_are_capped_at_files_and_processors() -> None:
    """``--jobs 128`` on 4 files starts no more workers than files and processors."""
    proc = run_cli("seeds", "--jobs", "128", "--summary", "--quiet", "--compact")

    assert proc.returncode == 0, err(proc)
    workers_line = next(line for line in err(proc).splitlines() if line.startswith("workers"))
    assert int(workers_line.split()[-1]) == min(4, os.cpu_count() or 1)
    assert workers.worker_count(128, 4, cpus=64) == 4
    assert workers.worker_count(128, 400, cpus=2) == 2


# --- inputs ----------------------------------------------------------------------------------


def test_fifo_and_device_are_per_file_errors(tmp_path: Path) -> None:
    """A FIFO or a device given as a path is named with what it is; the other files are still
    parsed; nothing hangs."""
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)

    proc = run_cli(fifo, "/dev/zero", SEEDS[0], "--format", "jsonl")

    assert proc.returncode == 1
    assert f"{fifo}: is a FIFO" in err(proc)
    assert "/dev/zero: is a character device" in err(proc)
    assert len(proc.stdout.splitlines()) == 1


def test_size_limit_for_files_and_standard_input(tmp_path: Path) -> None:
    """Inputs over ``--max-size`` are refused, naming the option; raising it reads them."""
    small = run_cli("-", "--max-size", "1K", stdin="正文。".encode() * 200)
    raised = run_cli("-", "--max-size", "2K", stdin="正文。".encode() * 200)
    bad = run_cli("-", "--max-size", "lots", stdin=b"")

    assert small.returncode == 1
    assert "larger than the limit of 1024 bytes" in err(small)
    assert "--max-size" in err(small)
    assert raised.returncode == 0, err(raised)
    assert bad.returncode == 2
    assert "not a size" in err(bad)


@pytest.mark.parametrize("codec", ["rot13", "hex", "uu", "base64", "zlib"])
def test_non_text_codecs_are_usage_errors(codec: str) -> None:
    """``--encoding`` of a codec that does not decode bytes to text: usage error, status 2."""
    proc = run_cli("--encoding", codec, SEEDS[0])

    assert proc.returncode == 2
    assert f"'{codec}' is not a text encoding" in err(proc)
    assert "Traceback" not in err(proc)


def test_big5_input_is_read_as_big5(tmp_path: Path) -> None:
    """A Big5 file gives its own characters, not GB18030 mojibake."""
    text = "## 高新區舉辦創新大會\n\n本報訊(記者王明)會議提出，要加快發展。\n"
    path = tmp_path / "big5.txt"
    path.write_bytes(text.encode("big5"))

    proc = run_cli(path, "--format", "text")

    assert proc.returncode == 0, err(proc)
    assert "高新區舉辦創新大會" in proc.stdout.decode()


def test_utf16_and_binary_files_say_what_they_look_like(tmp_path: Path) -> None:
    """A UTF-16 file (Windows Notepad's "Unicode") is named with the encoding to force, a
    binary file as binary: one line each, status 1; forcing UTF-16 then reads the file."""
    text = "## 高新区举办创新大会\n\n本报讯(记者王明)会议提出,要加快发展。\n"
    utf16 = tmp_path / "notepad.txt"
    utf16.write_bytes(text.encode("utf-16"))  # with its byte order mark
    binary = tmp_path / "picture.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\xe0\xff\xfe")

    proc = run_cli(utf16, binary)
    forced = run_cli(utf16, "--encoding", "utf-16", "--format", "text")

    assert proc.returncode == 1
    lines = err(proc).splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"gaoxin-parse: {utf16}: cannot decode")
    assert lines[0].endswith("UTF-16 byte order mark: force encoding=\"utf-16\" "
                             "(command line: --encoding utf-16)")
    assert lines[1].startswith(f"gaoxin-parse: {binary}: cannot decode")
    assert lines[1].endswith("it holds NUL bytes: a binary file, not text")
    assert forced.returncode == 0, err(forced)
    assert "高新区举办创新大会" in forced.stdout.decode()


def test_nul_bytes_in_valid_utf8_are_refused(tmp_path: Path) -> None:
    """Bytes that decode as UTF-8 but hold NUL (a file of zeros, a binary with ASCII) are not
    parsed into an article: one line naming the file and the offset, status 1; forcing an
    encoding reads them as the user says."""
    zeros = tmp_path / "zeros.txt"
    zeros.write_bytes(b"## \xe6\xa0\x87\xe9\xa2\x98\n\n\x00\x00\x00")

    proc = run_cli(zeros)
    forced = run_cli(zeros, "--encoding", "utf-8")

    assert proc.returncode == 1
    (line,) = err(proc).splitlines()
    assert line.startswith(f"gaoxin-parse: {zeros}: cannot decode")
    assert "at byte offset 11" in line  # "## " 3 bytes, 标题 6, two newlines
    assert line.endswith("it holds NUL bytes: a binary file, not text")
    assert forced.returncode == 0, err(forced)


# --- outputs ---------------------------------------------------------------------------------


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_full_disk_on_standard_output_is_one_message() -> None:
    """Standard output on a full disk: one message naming it, status 1, no traceback."""
    with open("/dev/full", "wb") as full:
        proc = subprocess.run(
            [*COMMAND, "seeds"],
            cwd=ROOT,
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=TIMEOUT,
            check=False,
        )

    assert proc.returncode == 1
    assert err(proc) == "gaoxin-parse: standard output: cannot write: No space left on device\n"


def test_two_inputs_to_one_output_is_an_error_before_writing(tmp_path: Path) -> None:
    """``a/x.txt`` and ``b/x.txt`` (or ``x.txt`` and ``x.md``) to one folder would write one
    ``x.json`` twice: refused before anything is written, naming both."""
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "x.txt").write_bytes(SEEDS[0].read_bytes())
    (tmp_path / "a" / "x.md").write_bytes(SEEDS[1].read_bytes())
    out = tmp_path / "out"

    same_name = run_cli(tmp_path / "a" / "x.txt", tmp_path / "b" / "x.txt", "--output", out)
    same_stem = run_cli(tmp_path / "a", "--glob", "x.*", "--output", out)

    for proc in (same_name, same_stem):
        assert proc.returncode == 2
        assert "would both be written to" in err(proc)
    assert str(tmp_path / "b" / "x.txt") in err(same_name)
    assert not out.exists()


def test_output_never_replaces_an_input(tmp_path: Path) -> None:
    """``--format text --output`` the input folder would overwrite the inputs: refused; the
    input is untouched. The same for a JSONL output named like an input."""
    (tmp_path / "x.txt").write_bytes(SEEDS[0].read_bytes())
    (tmp_path / "y.jsonl").write_bytes(SEEDS[1].read_bytes())

    text = run_cli("--format", "text", tmp_path, "--output", tmp_path)
    jsonl = run_cli(tmp_path / "y.jsonl", "--output", tmp_path / "y.jsonl")

    for proc in (text, jsonl):
        assert proc.returncode == 2
        assert "would replace the input" in err(proc)
    assert (tmp_path / "x.txt").read_bytes() == SEEDS[0].read_bytes()
    assert (tmp_path / "y.jsonl").read_bytes() == SEEDS[1].read_bytes()


def test_output_never_replaces_an_input_through_a_link(tmp_path: Path) -> None:
    """An output path that is a link to an input file would overwrite the input: refused."""
    (tmp_path / "x.txt").write_bytes(SEEDS[0].read_bytes())
    (tmp_path / "out.json").symlink_to(tmp_path / "x.txt")

    with pytest.raises(OptionsError, match="would replace the input"):
        outputs.check_targets([("x.txt", tmp_path / "x.txt")], [tmp_path / "out.json"])


def test_collision_check_stats_each_path_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check before writing is linear: one ``stat`` per input and per output (it compared
    every output with every input, 8 s before parsing 1,000 files into a folder)."""
    inputs = [(f"x{i}.txt", tmp_path / f"x{i}.txt") for i in range(300)]
    for _, path in inputs[:10]:
        path.write_text("正文。", encoding="utf-8")
    targets = [tmp_path / "out" / f"x{i}.json" for i in range(300)]
    calls: list[object] = []
    real_stat = os.stat

    def counting_stat(path: object, *args: object, **kwargs: object) -> os.stat_result:
        calls.append(path)
        return real_stat(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "stat", counting_stat)

    outputs.check_targets(inputs, targets)

    assert len(calls) <= 2 * (len(inputs) + len(targets))


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_output_that_cannot_be_written_is_one_message(tmp_path: Path, jobs: str) -> None:
    """With ``--output DIR`` each output is written where it is made (in a worker with
    ``--jobs 2``); one that cannot be written is named with its reason, the others are
    written whole, and the status is 1."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    for seed in SEEDS[:3]:
        (inputs / seed.name).write_bytes(seed.read_bytes())
    out = tmp_path / "out"
    blocked = out / SEEDS[1].with_suffix(".json").name
    blocked.mkdir(parents=True)  # a folder where the output file would go

    proc = run_cli(inputs, "--output", out, "--jobs", jobs)

    assert proc.returncode == 1
    assert err(proc).startswith(f"gaoxin-parse: {blocked}: cannot write: ")
    assert err(proc).count("\n") == 1
    for seed in (SEEDS[0], SEEDS[2]):
        written = out / seed.with_suffix(".json").name
        assert json.loads(written.read_text(encoding="utf-8"))["articles"]


def test_output_is_synced_before_it_is_renamed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The temporary file reaches the disk (``fsync``) before it replaces the target."""
    calls: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        calls.append("fsync")
        real_fsync(fd)

    def replace(src: str, dst: Path) -> None:
        calls.append("replace")
        real_replace(src, dst)

    monkeypatch.setattr(outputs.os, "fsync", fsync)
    monkeypatch.setattr(outputs.os, "replace", replace)
    outputs.write_atomically(tmp_path / "x.json", "{}\n")

    assert calls == ["fsync", "replace"]
    assert (tmp_path / "x.json").read_text() == "{}\n"
