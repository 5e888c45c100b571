"""Batch review: discovery, duplicates, bad files, limits, cache, outputs, exit codes."""
import csv
import json
import os
import shutil
import signal
import time
from datetime import date
from pathlib import Path

import html5lib
import pytest

from profilecheck.batch import review_folder, runner, worker
from profilecheck.batch.outputs import ranking_text
from profilecheck.cli import main
from profilecheck.errors import UsageError
from profilecheck.options import Limits, Options

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
OPTIONS = Options(as_of=date(2026, 11, 25))


@pytest.fixture()
def folder(tmp_path):
    source = tmp_path / "candidates"
    (source / "nested" / "deeper").mkdir(parents=True)
    shutil.copy(SAMPLES / "mid-software-pm.pdf", source / "a.pdf")
    shutil.copy(SAMPLES / "senior-erp-pm.docx", source / "nested" / "b.docx")
    shutil.copy(SAMPLES / "coordinator-foundation.txt", source / "nested" / "deeper" / "c.txt")
    shutil.copy(SAMPLES / "mid-software-pm.pdf", source / "nested" / "copy-of-a.pdf")  # duplicate
    shutil.copy(SAMPLES / "weak-generic.pdf", source / "renamed.docx")  # a PDF named .docx
    (source / "broken.pdf").write_bytes(b"%PDF-1.7\n garbage that is not a pdf")
    (source / "notes.json").write_text('{"not": "a resume"}')
    os.symlink(source, source / "nested" / "loop")  # a symlink loop
    return source


def test_json_resumes_are_candidates_and_other_json_is_skipped(tmp_path):
    """A folder of JSON Resumes is reviewed like any other; a JSON file that is not one (settings,
    an export) is skipped with its reason, not reported as broken."""
    from test_jsonresume import RESUME

    source = tmp_path / "candidates"
    source.mkdir()
    shutil.copy(SAMPLES / "coordinator-foundation.txt", source / "c.txt")
    (source / "robin.json").write_text(json.dumps(RESUME))
    (source / "settings.json").write_text('{"theme": "dark", "size": 1}')
    result = review_folder(str(source), str(tmp_path / "out"), OPTIONS, workers=1, use_cache=False, progress=False)
    assert sorted(Path(path).name for path, _ in result.rows) == ["c.txt", "robin.json"]
    assert [(Path(item.path).name, item.reason) for item in result.skipped] == [("settings.json", "a JSON file that is not a JSON Resume")]
    assert f"  {source / 'settings.json'}: a JSON file that is not a JSON Resume" in ranking_text(result).splitlines()
    robin = next(item for path, item in result.rows if path.endswith("robin.json"))
    assert robin["profile"]["basics"]["name"] == "Robin Vale" and robin["facts"]["level"]


def test_a_folders_readme_is_skipped_not_ranked(tmp_path):
    """A folder of candidates with its own README.md and LICENSE: notes about the folder, not
    resumes; a text resume with any other name is still read."""
    source = tmp_path / "candidates"
    source.mkdir()
    shutil.copy(SAMPLES / "coordinator-foundation.txt", source / "c.txt")
    shutil.copy(SAMPLES / "strong-senior-program.md", source / "readme-not.md")
    (source / "README.md").write_text("# Candidates\n\n| folder | what |\n| --- | --- |\n| pdf | resumes, 2024 |\n")
    (source / "LICENSE").write_text("Permission is hereby granted to read these files.\n")
    result = review_folder(str(source), str(tmp_path / "out"), OPTIONS, workers=1, use_cache=False, progress=False)
    assert sorted(Path(path).name for path, _ in result.rows) == ["c.txt", "readme-not.md"]
    assert sorted((Path(item.path).name, item.reason) for item in result.skipped) == [
        ("LICENSE", "a folder's own notes (README, LICENSE, ...), not a resume"),
        ("README.md", "a folder's own notes (README, LICENSE, ...), not a resume"),
    ]


def test_review_folder(folder, tmp_path):
    out = tmp_path / "review"
    result = review_folder(str(folder), str(out), OPTIONS, workers=2, cache_dir=str(tmp_path / "cache"), progress=False)
    read = sorted(Path(path).name for path, _ in result.rows)
    assert read == ["a.pdf", "b.docx", "c.txt", "renamed.docx"]
    assert [Path(path).name for path, _ in result.failed] == ["broken.pdf"]
    assert [Path(item.path).name for item in result.duplicates] == ["copy-of-a.pdf"]
    assert any(Path(item.path).name == "notes.json" for item in result.skipped)
    # ranked best first
    scores = [item["score"]["overall"] for _, item in result.rows]
    assert scores == sorted(scores, reverse=True)
    # outputs
    names = sorted(p.name for p in out.iterdir())
    assert names == ["index.html", "reports", "results.jsonl", "summary.csv"]
    rows = list(csv.DictReader((out / "summary.csv").open()))
    assert len(rows) == 5 and rows[-1]["error"]
    lines = (out / "results.jsonl").read_text().splitlines()
    assert len(lines) == 5 and json.loads(lines[0])["schema_version"] == "1"
    assert len(list((out / "reports").iterdir())) == 4
    html5lib.HTMLParser(strict=True).parse((out / "index.html").read_text())
    # nothing written inside the input folder
    assert not any(p.name in ("summary.csv", "index.html") for p in folder.rglob("*"))


def test_cache_reuses_unchanged_files(folder, tmp_path):
    cache = str(tmp_path / "cache")
    first = review_folder(str(folder), str(tmp_path / "r1"), OPTIONS, workers=1, cache_dir=cache, progress=False)
    assert first.cached == 0
    second = review_folder(str(folder), str(tmp_path / "r2"), OPTIONS, workers=1, cache_dir=cache, progress=False)
    assert second.cached == 4  # every readable file; the broken one is retried
    assert [item["score"] for _, item in second.rows] == [item["score"] for _, item in first.rows]
    other = Options(as_of=date(2026, 11, 26))
    third = review_folder(str(folder), str(tmp_path / "r3"), other, workers=1, cache_dir=cache, progress=False)
    assert third.cached == 0  # options that change results are part of the key
    fourth = review_folder(str(folder), str(tmp_path / "r4"), OPTIONS, workers=1, use_cache=False, progress=False)
    assert fourth.cached == 0


def test_output_inside_input_is_refused(folder):
    with pytest.raises(UsageError):
        review_folder(str(folder), str(folder / "review"), OPTIONS, progress=False)


@pytest.fixture()
def readers_first(monkeypatch):
    """The batch's parent takes 2 s more to build the pipeline, and builds it even when this
    process has: its reader processes read the first files meanwhile (runner.py)."""
    real = runner._warm_quietly

    def slow() -> None:
        time.sleep(2.0)
        real()

    monkeypatch.setattr(runner, "is_warm", lambda: False)
    monkeypatch.setattr(runner, "_warm_quietly", slow)


@pytest.mark.parametrize("stage", ["workers", "readers"])
def test_hanging_and_memory_hungry_files_are_stopped(stage, folder, tmp_path, monkeypatch, request):
    """The files misbehave in a worker, or in a reader while the parent builds the pipeline."""
    if stage == "readers":
        request.getfixturevalue("readers_first")

    def misbehaving(real):
        def misbehave(path, options):
            if path.endswith("c.txt"):
                signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGALRM])  # like a hang inside C code
                time.sleep(60)
            if path.endswith("b.docx"):
                hog = bytearray(8 * 1024 ** 3)  # far over the memory limit
                return {"size": len(hog)}
            return real(path, options)

        return misbehave

    monkeypatch.setattr(worker, "review_path", misbehaving(worker.review_path))
    monkeypatch.setattr(worker, "read_path", misbehaving(worker.read_path))
    monkeypatch.setattr(runner, "GRACE_SECONDS", 0.5)
    options = Options(as_of=date(2026, 11, 25), limits=Limits(timeout_seconds=1.0))
    started = time.monotonic()
    result = review_folder(str(folder), str(tmp_path / "out"), options, workers=2, use_cache=False, memory_limit_mb=3072, progress=False)
    assert time.monotonic() - started < 30
    failed = {Path(path).name: cause for path, cause in result.failed}
    assert "longer than 1 seconds" in failed["c.txt"]
    assert "memory" in failed["b.docx"]  # the worker reports it, or the parent sees it die
    assert {Path(path).name for path, _ in result.rows} == {"a.pdf", "renamed.docx"}


def test_what_readers_read_is_reviewed_as_a_whole_file_is(folder, tmp_path):
    """worker.read_path in one process, review_read in another: the same result (or error
    record) as review_path, for each kind of file."""
    import pickle

    from test_jsonresume import RESUME

    (folder / "robin.json").write_text(json.dumps(RESUME))
    paths = [folder / "a.pdf", folder / "nested" / "b.docx", folder / "nested" / "deeper" / "c.txt", folder / "renamed.docx",
             folder / "robin.json", folder / "broken.pdf", folder / "missing.pdf"]
    for path in map(str, paths):
        read = worker.read_path(path, OPTIONS)
        whole = worker.review_path(path, OPTIONS)
        if path.endswith(("broken.pdf", "missing.pdf")):
            assert read == whole and "error" in whole
        else:
            assert isinstance(read, bytes) and worker.review_read(read, OPTIONS, path) == whole and "error" not in whole
    damaged = pickle.dumps(object())[:-3]
    assert worker.review_read(damaged, OPTIONS, "x.pdf")["error"].startswith("unexpected")


def test_readers_read_while_the_parent_builds_the_pipeline(folder, tmp_path, readers_first, monkeypatch):
    """With the pipeline still to build, readers read the first files; the workers review what
    they read before the rest.  The outputs are those of a batch without readers."""
    real = worker.read_path
    log = tmp_path / "read.log"

    def logged(path, options):
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(Path(path).name + "\n")
        return real(path, options)

    monkeypatch.setattr(worker, "read_path", logged)
    with_readers = review_folder(str(folder), str(tmp_path / "readers"), OPTIONS, workers=2, use_cache=False, progress=False)
    assert len(log.read_text().split()) >= 3  # the reader read files while the parent waited 2 s
    monkeypatch.undo()
    without = review_folder(str(folder), str(tmp_path / "plain"), OPTIONS, workers=2, use_cache=False, progress=False)
    assert with_readers.rows == without.rows and with_readers.failed == without.failed
    for name in ("results.jsonl", "summary.csv", "index.html"):
        assert (tmp_path / "readers" / name).read_bytes() == (tmp_path / "plain" / name).read_bytes()
    reports = sorted(path.name for path in (tmp_path / "plain" / "reports").iterdir())
    assert reports == sorted(path.name for path in (tmp_path / "readers" / "reports").iterdir())
    for name in reports:
        assert (tmp_path / "readers" / "reports" / name).read_bytes() == (tmp_path / "plain" / "reports" / name).read_bytes()


def test_batch_cli_exit_codes(folder, tmp_path, capsys):
    code = main(["batch", str(folder), "-o", str(tmp_path / "out"), "--cache-dir", str(tmp_path / "cache"), "--as-of", "2026-11-25", "--no-progress"])
    out, err = capsys.readouterr()
    assert code == 2  # broken.pdf could not be read
    assert "broken.pdf" in out and "Could not read 1 file" in out
    (folder / "broken.pdf").unlink()
    code = main(["batch", str(folder), "-o", str(tmp_path / "out2"), "--cache-dir", str(tmp_path / "cache"), "--as-of", "2026-11-25", "--no-progress"])
    out, _ = capsys.readouterr()
    assert code == 0 and "4 reviewed (4 from cache)" in out


def test_oversized_file_is_reported_without_being_hashed(tmp_path, monkeypatch):
    """Discovery must not read a huge file through just to hash it; its worker reports the size."""
    from profilecheck.batch import discover as discovery

    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLES / "coordinator-foundation.txt", folder / "ok.txt")
    with open(folder / "huge.pdf", "wb") as handle:
        handle.truncate(1 << 30)  # sparse: costs no disk
    opened = []
    real_open = open

    def watching_open(path, *args, **kwargs):
        opened.append(str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(discovery, "open", watching_open, raising=False)
    result = review_folder(str(folder), str(tmp_path / "out"), OPTIONS, workers=1, use_cache=False, progress=False)
    assert not any(path.endswith("huge.pdf") for path in opened)
    assert [(Path(path).name, "limit" in cause) for path, cause in result.failed] == [("huge.pdf", True)]
    assert [Path(path).name for path, _ in result.rows] == ["ok.txt"]


def test_ctrl_c_keeps_finished_results(tmp_path):
    """SIGINT stops the batch cleanly: finished files are in the outputs, exit code 130."""
    import subprocess
    import sys

    folder = tmp_path / "in"
    folder.mkdir()
    for number in range(150):
        (folder / f"c{number:02d}.txt").write_text(
            (SAMPLES / "coordinator-foundation.txt").read_text(encoding="utf-8") + f"\nNote {number}\n", encoding="utf-8"
        )
    out = tmp_path / "out"
    process = subprocess.Popen(
        [sys.executable, "-m", "profilecheck", "batch", str(folder), "-o", str(out), "--no-cache", "--workers", "1", "--as-of", "2026-11-25", "--no-progress"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    deadline = time.monotonic() + 60
    def some_finished():
        return (out / "reports").is_dir() and any((out / "reports").iterdir())

    while time.monotonic() < deadline and not some_finished():
        time.sleep(0.02)  # until the first report is written: some files are finished
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert "interrupted" in stderr and "Traceback" not in stderr
    lines = (out / "results.jsonl").read_text().splitlines()
    assert 0 < len(lines) < 150
    assert len(list((out / "reports").iterdir())) == len(lines)
    assert (out / "summary.csv").is_file() and (out / "index.html").is_file()


# ------------------------------------------------------------------ the cache under stress


def small_folder(tmp_path: Path, name: str = "in", count: int = 2) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    text = (SAMPLES / "coordinator-foundation.txt").read_text(encoding="utf-8")
    for number in range(count):
        (folder / f"c{number}.txt").write_text(text + f"\nNote {number}\n", encoding="utf-8")
    return folder


def test_a_cache_locked_by_another_batch_is_skipped_with_one_warning(tmp_path, monkeypatch):
    """Another batch holds the cache's write lock the whole time: this one waits the busy
    timeout, then goes on without the cache and says so once; every output is written."""
    import sqlite3

    from profilecheck.batch import cache as cache_module

    cache_dir = tmp_path / "cache"
    review_folder(str(small_folder(tmp_path, "first", 1)), str(tmp_path / "r0"), OPTIONS, workers=1, cache_dir=str(cache_dir), progress=False)
    holder = sqlite3.connect(cache_dir / "results.sqlite3", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT OR REPLACE INTO results_v2 (key, path, result, summary) VALUES ('x', 'x', '{}', '{}')")
    monkeypatch.setattr(cache_module, "BUSY_TIMEOUT", 0.2)
    try:
        result = review_folder(str(small_folder(tmp_path)), str(tmp_path / "out"), OPTIONS, workers=1, cache_dir=str(cache_dir), progress=False)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert len(result.rows) == 2 and not result.failed
    assert len(result.warnings) == 1 and "results.sqlite3" in result.warnings[0] and "--no-cache" in result.warnings[0]
    assert len((tmp_path / "out" / "results.jsonl").read_text().splitlines()) == 2


def test_results_are_committed_as_they_arrive_in_wal_mode(tmp_path, monkeypatch):
    """Each result is in the cache (seen from another connection) as soon as it is written."""
    import sqlite3

    from profilecheck.batch import cache as cache_module

    cache_dir = tmp_path / "cache"
    seen = []
    real_put = cache_module.ResultCache.put

    def put_and_look(self, key, *args, **kwargs):
        real_put(self, key, *args, **kwargs)
        other = sqlite3.connect(cache_dir / "results.sqlite3")
        seen.append(other.execute("SELECT count(*) FROM results_v2 WHERE key = ?", (key,)).fetchone()[0])
        other.close()

    monkeypatch.setattr(cache_module.ResultCache, "put", put_and_look)
    review_folder(str(small_folder(tmp_path)), str(tmp_path / "out"), OPTIONS, workers=1, cache_dir=str(cache_dir), progress=False)
    assert seen == [1, 1]
    connection = sqlite3.connect(cache_dir / "results.sqlite3")
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    connection.close()


@pytest.mark.slow
def test_two_batches_on_one_cache_at_once(tmp_path):
    import subprocess
    import sys

    cache_dir = tmp_path / "cache"
    processes = []
    for name in ("one", "two"):
        folder = small_folder(tmp_path, name, 6)
        processes.append(subprocess.Popen(
            [sys.executable, "-m", "profilecheck", "batch", str(folder), "-o", str(tmp_path / f"out-{name}"),
             "--cache-dir", str(cache_dir), "--workers", "1", "--as-of", "2026-11-25", "--no-progress"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
        ))
    for process in processes:
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
        assert "warning" not in err and "Traceback" not in err
    for name in ("one", "two"):
        assert len((tmp_path / f"out-{name}" / "results.jsonl").read_text().splitlines()) == 6


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty-dir-in-its-place"])
def test_a_broken_cache_is_one_warning_and_the_batch_goes_on(tmp_path, capsys, damage):
    cache_dir = tmp_path / "cache"
    folder = small_folder(tmp_path)
    review_folder(str(folder), str(tmp_path / "r0"), OPTIONS, workers=1, cache_dir=str(cache_dir), progress=False)
    database = cache_dir / "results.sqlite3"
    for extra in cache_dir.glob("results.sqlite3-*"):
        extra.unlink()
    if damage == "garbage":
        database.write_bytes(b"this is not a database at all" * 100)
    elif damage == "truncated":
        data = database.read_bytes()
        database.write_bytes(data[: len(data) // 3])
    else:
        database.unlink()
        database.mkdir()
    code = main(["batch", str(folder), "-o", str(tmp_path / "out"), "--cache-dir", str(cache_dir), "--as-of", "2026-11-25", "--no-progress", "--workers", "1"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Traceback" not in err
    warnings = [line for line in err.splitlines() if line.startswith("profilecheck: warning: ")]
    assert len(warnings) == 1 and str(database) in warnings[0] and "--no-cache" in warnings[0], err
    assert "2 reviewed" in out
    assert len((tmp_path / "out" / "results.jsonl").read_text().splitlines()) == 2


def test_a_full_disk_under_the_cache_is_one_warning(tmp_path, monkeypatch):
    import sqlite3

    from profilecheck.batch import cache as cache_module

    real_put = cache_module.ResultCache.put

    def put_on_a_full_disk(self, key, path, *args, **kwargs):
        connection = self.connection

        class Full:
            def execute(self, *a, **k):
                raise sqlite3.OperationalError("database or disk is full")

            def close(self):
                connection.close()

        self.connection = Full() if connection is not None else None
        real_put(self, key, path, *args, **kwargs)

    monkeypatch.setattr(cache_module.ResultCache, "put", put_on_a_full_disk)
    result = review_folder(str(small_folder(tmp_path)), str(tmp_path / "out"), OPTIONS, workers=1, cache_dir=str(tmp_path / "cache"), progress=False)
    assert len(result.rows) == 2
    assert len(result.warnings) == 1 and "database or disk is full" in result.warnings[0]


def test_a_read_only_cache_is_one_warning(tmp_path):
    """Run as an unprivileged process (root without its file capabilities) on a cache file and
    folder it may not write."""
    import subprocess
    import sys

    cache_dir = tmp_path / "cache"
    folder = small_folder(tmp_path)
    review_folder(str(folder), str(tmp_path / "r0"), OPTIONS, workers=1, cache_dir=str(cache_dir), progress=False)
    other = small_folder(tmp_path, "other")
    (other / "c0.txt").write_text((other / "c0.txt").read_text() + "\nChanged\n")
    for item in cache_dir.iterdir():
        item.chmod(0o444)
    cache_dir.chmod(0o555)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "profilecheck", "batch", str(other), "-o", str(tmp_path / "out"), "--cache-dir", str(cache_dir),
             "--workers", "1", "--as-of", "2026-11-25", "--no-progress"],
            capture_output=True, text=True, cwd=ROOT, preexec_fn=_drop_file_capabilities if os.geteuid() == 0 else None,
        )
    finally:
        cache_dir.chmod(0o755)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    warnings = [line for line in done.stderr.splitlines() if line.startswith("profilecheck: warning: ")]
    assert len(warnings) <= 1
    if warnings:
        assert "results.sqlite3" in warnings[0] and "--no-cache" in warnings[0]
    assert len((tmp_path / "out" / "results.jsonl").read_text().splitlines()) == 2


def _drop_file_capabilities() -> None:
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2, 3):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER
        libc.prctl(24, capability, 0, 0, 0)  # PR_CAPBSET_DROP


# ------------------------------------------------------------------ names are data


def test_file_names_that_are_not_utf8_are_kept_and_shown_escaped(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    raw = os.path.join(os.fsencode(folder), b"caf\xe9-\xff.txt")
    with open(raw, "wb") as handle:
        handle.write((SAMPLES / "coordinator-foundation.txt").read_bytes())
    shutil.copy(SAMPLES / "mid-software-pm.pdf", folder / "a.pdf")
    out = tmp_path / "out"
    code = main(["batch", str(folder), "-o", str(out), "--cache-dir", str(tmp_path / "cache"), "--as-of", "2026-11-25", "--no-progress", "--workers", "1"])
    stdout, err = capsys.readouterr()
    assert code == 0, err
    name = os.fsdecode(raw)
    lines = (out / "results.jsonl").read_bytes().decode("utf-8").splitlines()  # valid UTF-8
    paths = {json.loads(line)["source"]["path"] for line in lines}
    assert name in paths and os.fsencode(name) == raw  # the very bytes, kept
    assert "caf\\xe9-\\xff.txt" in stdout
    rows = list(csv.DictReader((out / "summary.csv").open(encoding="utf-8")))
    assert any(row["path"].endswith("caf\\xe9-\\xff.txt") for row in rows)
    assert "caf\\xe9-\\xff.txt" in (out / "index.html").read_text(encoding="utf-8")
    # a re-run finds it in the cache
    code = main(["batch", str(folder), "-o", str(tmp_path / "out2"), "--cache-dir", str(tmp_path / "cache"), "--as-of", "2026-11-25", "--no-progress", "--workers", "1"])
    stdout, err = capsys.readouterr()
    assert code == 0 and "2 reviewed (2 from cache)" in stdout, err


HOSTILE = "\x1b]0;pwned\x07\x1b[31mred\x1b[0m\u202etxt.exe\r\x07"


def test_escape_sequences_in_file_names_never_reach_the_terminal(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / f"good{HOSTILE}.txt").write_text((SAMPLES / "coordinator-foundation.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (folder / f"bad{HOSTILE}.pdf").write_bytes(b"%PDF-1.7\n garbage that is not a pdf")
    out = tmp_path / "out"
    code = main(["batch", str(folder), "-o", str(out), "--no-cache", "--as-of", "2026-11-25", "--no-progress", "--workers", "1"])
    stdout, stderr = capsys.readouterr()
    assert code == 2
    for stream in (stdout, stderr, (out / "summary.csv").read_text(encoding="utf-8")):
        for character in ("\x1b", "\x07", "\r", "\u202e", "\x9b"):
            assert character not in stream
    assert "goodred" in stdout and "badred" in stdout
    # the check command's error lines too
    code = main(["check", str(folder / f"missing{HOSTILE}.pdf")])
    _, stderr = capsys.readouterr()
    assert code == 2 and "missingred" in stderr
    assert not any(character in stderr for character in ("\x1b", "\x07", "\r", "\u202e"))


# ------------------------------------------------------------------ smaller things


def test_csv_cells_are_not_formulas(tmp_path):
    from profilecheck.batch.outputs import OutputWriter, spreadsheet_safe

    assert [spreadsheet_safe(value) for value in ("=1+2", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "ok", 72, -3)] == [
        "'=1+2", "'+1", "'-2", "'@SUM(A1)", "'\tx", "'\rx", "ok", 72, -3]
    writer = OutputWriter(str(tmp_path / "out"))
    item = {"source": {"path": "=cmd|' /C calc'!A0.txt"}, "score": {"overall": 50, "categories": {}},
            "facts": {}, "profile": {"basics": {"name": "=HYPERLINK(\"http://x\")"}}, "findings": []}
    writer.add("=cmd|' /C calc'!A0.txt", json.dumps(item), item, "<p>report</p>")
    writer.add_failure("@evil.pdf", "-bad")
    from profilecheck.batch import BatchResult

    writer.finish(BatchResult(), lambda summary: 0)
    rows = list(csv.DictReader((tmp_path / "out" / "summary.csv").open(encoding="utf-8")))
    assert rows[0]["path"] == "'=cmd|' /C calc'!A0.txt" and rows[0]["name"].startswith("'=HYPERLINK")
    assert rows[1]["path"] == "'@evil.pdf" and rows[1]["error"] == "'-bad"


def test_outputs_get_the_umask_permissions(folder, tmp_path):
    previous = os.umask(0o022)
    try:
        review_folder(str(folder), str(tmp_path / "out"), OPTIONS, workers=1, use_cache=False, progress=False)
    finally:
        os.umask(previous)
    out = tmp_path / "out"
    modes = {path.name: oct(path.stat().st_mode & 0o777) for path in [*out.iterdir(), *(out / "reports").iterdir()] if path.is_file()}
    assert set(modes.values()) == {"0o644"}, modes


def test_links_out_of_the_folder_are_named_in_the_summary(tmp_path, capsys):
    folder = small_folder(tmp_path, "in", 1)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copy(SAMPLES / "mid-software-pm.pdf", elsewhere / "private.pdf")
    (folder / "link.pdf").symlink_to(elsewhere / "private.pdf")
    code = main(["batch", str(folder), "-o", str(tmp_path / "out"), "--no-cache", "--as-of", "2026-11-25", "--no-progress", "--workers", "1"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "through links that lead outside the folder" in out
    assert f"{folder / 'link.pdf'} -> {elsewhere / 'private.pdf'}" in out


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    fields = handle.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry))
    return found


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            state = handle.read().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs /proc")
def test_workers_die_with_a_killed_batch(tmp_path):
    """`kill -9` of the batch: its workers go too (they used to live on, idle or busy)."""
    import subprocess
    import sys

    folder = small_folder(tmp_path, "in", 40)
    process = subprocess.Popen(
        [sys.executable, "-m", "profilecheck", "batch", str(folder), "-o", str(tmp_path / "out"), "--no-cache",
         "--workers", "2", "--as-of", "2026-11-25", "--no-progress"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT,
    )
    deadline = time.monotonic() + 120
    workers: list[int] = []
    while time.monotonic() < deadline and len(workers) < 2:
        workers = _children(process.pid)
        time.sleep(0.05)
    try:
        assert len(workers) >= 2, "the batch started no workers"
        # wait until some work is done, so that workers are warm and busy or idle
        while time.monotonic() < deadline and not ((tmp_path / "out" / "reports").is_dir() and any((tmp_path / "out" / "reports").iterdir())):
            time.sleep(0.05)
        process.kill()
        process.wait(30)
        while time.monotonic() < deadline and any(_alive(pid) for pid in workers):
            time.sleep(0.05)
        assert not any(_alive(pid) for pid in workers), "workers outlived the batch"
    finally:
        for pid in workers:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)


def test_batch_output_that_cannot_be_a_folder_is_one_line(tmp_path, capsys):
    folder = small_folder(tmp_path, "in", 1)
    a_file = tmp_path / "a-file"
    a_file.write_text("keep me")
    for target, words in ((a_file, "is not a folder"), ("/proc/profilecheck-out", "cannot write the outputs here")):
        code = main(["batch", str(folder), "-o", str(target), "--no-cache", "--no-progress", "--workers", "1"])
        out, err = capsys.readouterr()
        assert code == 2 and "Traceback" not in err
        assert err.startswith("profilecheck: error: ") and err.count("\n") == 1 and words in err, err
    assert a_file.read_text() == "keep me"
