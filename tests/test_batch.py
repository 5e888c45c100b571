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


def test_hanging_and_memory_hungry_files_are_stopped(folder, tmp_path, monkeypatch):
    real = worker.review_path

    def misbehave(path, options):
        if path.endswith("c.txt"):
            signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGALRM])  # like a hang inside C code
            time.sleep(60)
        if path.endswith("b.docx"):
            hog = bytearray(8 * 1024 ** 3)  # far over the memory limit
            return {"size": len(hog)}
        return real(path, options)

    monkeypatch.setattr(worker, "review_path", misbehave)
    monkeypatch.setattr(runner, "GRACE_SECONDS", 0.5)
    options = Options(as_of=date(2026, 11, 25), limits=Limits(timeout_seconds=1.0))
    started = time.monotonic()
    result = review_folder(str(folder), str(tmp_path / "out"), options, workers=2, use_cache=False, memory_limit_mb=3072, progress=False)
    assert time.monotonic() - started < 30
    failed = {Path(path).name: cause for path, cause in result.failed}
    assert "longer than 1 seconds" in failed["c.txt"]
    assert "memory" in failed["b.docx"]  # the worker reports it, or the parent sees it die
    assert {Path(path).name for path, _ in result.rows} == {"a.pdf", "renamed.docx"}


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
