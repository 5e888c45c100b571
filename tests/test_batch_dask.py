"""The Dask engine (`profilecheck batch --engine dask`): on a local cluster of 2 workers, and on a
distributed scheduler given by its address, it writes the same outputs as the built-in engine,
byte for byte.  Skipped when Dask is not installed (pip install ".[dask]"; the [test] extra
installs it, so CI runs these)."""
from __future__ import annotations

import filecmp
import shutil
import socket
import time
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest

pytest.importorskip("distributed", reason='Dask is not installed (pip install ".[dask]")')

from profilecheck.batch import dask_engine, review_folder  # noqa: E402
from profilecheck.cli import main  # noqa: E402
from profilecheck.errors import UsageError  # noqa: E402
from profilecheck.options import Limits, Options  # noqa: E402

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
JOB = "IT Project Manager. Required: PMP, Agile, Scrum, Jira, Confluence, ServiceNow, ITIL, stakeholder management, budgets."
OPTIONS = Options(as_of=date(2026, 11, 25), job=JOB)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    source = tmp_path_factory.mktemp("dask") / "candidates"
    (source / "nested").mkdir(parents=True)
    for name in ("mid-software-pm.pdf", "senior-erp-pm.docx", "coordinator-foundation.txt", "weak-generic.pdf", "strong-senior-program.md"):
        shutil.copy(SAMPLES / name, source / name)
    shutil.copy(SAMPLES / "linkedin-pasted-itsm.txt", source / "nested" / "itsm.txt")
    shutil.copy(SAMPLES / "mid-software-pm.pdf", source / "nested" / "copy.pdf")  # a duplicate
    (source / "broken.pdf").write_bytes(b"%PDF-1.7\n garbage that is not a pdf")  # could not be read
    (source / "few-words.txt").write_text("Hello, I would like a job in IT please.\n")  # too little to judge
    return source


@pytest.fixture(scope="module")
def local_outputs(folder, tmp_path_factory):
    out = tmp_path_factory.mktemp("local") / "out"
    result = review_folder(str(folder), str(out), OPTIONS, workers=2, use_cache=False, progress=False)
    assert len(result.rows) == 6 and len(result.failed) == 1 and len(result.not_judged) == 1
    return out, result


def assert_same_outputs(left: Path, right: Path) -> None:
    names = sorted(str(path.relative_to(left)) for path in left.rglob("*") if path.is_file())
    assert names == sorted(str(path.relative_to(right)) for path in right.rglob("*") if path.is_file())
    assert {"index.html", "summary.csv", "results.jsonl"} <= set(names) and len(names) == 3 + 7  # 7 reports
    same, different, errors = filecmp.cmpfiles(left, right, names, shallow=False)
    assert different == [] and errors == [] and len(same) == len(names)


def test_a_local_cluster_of_two_workers_writes_the_same_outputs(folder, local_outputs, tmp_path):
    local_out, local = local_outputs
    out = tmp_path / "out"
    result = review_folder(str(folder), str(out), OPTIONS, workers=2, use_cache=False, progress=False, engine="dask")
    assert result.rows == local.rows and result.failed == local.failed and result.not_judged == local.not_judged
    assert [item.path for item in result.duplicates] == [item.path for item in local.duplicates]
    assert_same_outputs(local_out, out)


@pytest.mark.slow
def test_a_scheduler_given_by_address(folder, local_outputs, tmp_path, capsys):
    from distributed import LocalCluster

    local_out, _ = local_outputs
    (tmp_path / "job.txt").write_text(JOB, encoding="utf-8")
    out = tmp_path / "out"
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None) as cluster:
        code = main(["batch", str(folder), "-o", str(out), "--engine", "dask", "--scheduler", cluster.scheduler_address,
                     "--job", str(tmp_path / "job.txt"), "--no-cache", "--no-progress", "--as-of", "2026-11-25"])
        assert len(cluster.scheduler.workers) == 2  # the cluster is left running: it is not ours to stop
    assert code == 2  # broken.pdf
    assert "6 ranked" in capsys.readouterr().out
    assert_same_outputs(local_out, out)


@contextmanager
def misbehaving_workers(monkeypatch, how: str):
    """Workers started (spawned, as Dask does by default) with a preload that makes the file
    named a-... hog memory or hang, restarted workers included."""
    import dask

    monkeypatch.setenv("PROFILECHECK_TEST_MISBEHAVE", how)
    preload = str(Path(__file__).resolve().parent / "dask_misbehaving_worker.py")
    with dask.config.set({"distributed.worker.preload": [preload], "distributed.worker.multiprocessing-method": "spawn"}):
        yield


def misbehaving_folder(tmp_path: Path, bad: str) -> Path:
    """Ten different resumes and one bad file, which comes first: it shares its task with another."""
    folder = tmp_path / "in"
    folder.mkdir()
    text = (SAMPLES / "coordinator-foundation.txt").read_text(encoding="utf-8")
    for number in range(10):
        (folder / f"c{number}.txt").write_text(text + f"\nReference number {number}\n", encoding="utf-8")
    (folder / bad).write_text("IT Project Manager\n" * 20)
    return folder


@pytest.mark.slow
def test_a_file_stuck_past_the_time_limit_is_reported_and_its_worker_restarted(tmp_path, monkeypatch):
    """A hang the worker's own time limit cannot stop (a sleep, as native code would hang): the
    parent reports it after the limit and a grace, restarts that worker, sends the other file of
    its task again, and the rest go on.  The workers load the stand-in for the hang themselves
    (tests/dask_misbehaving_worker.py)."""
    folder = misbehaving_folder(tmp_path, "a-stuck.txt")
    monkeypatch.setattr(dask_engine, "GRACE_SECONDS", 0.5)
    monkeypatch.setattr(dask_engine, "WATCH_SECONDS", 0.5)
    options = Options(as_of=date(2026, 11, 25), limits=Limits(timeout_seconds=2.0))
    started = time.monotonic()
    with misbehaving_workers(monkeypatch, "hang"):
        result = review_folder(str(folder), str(tmp_path / "out"), options, workers=2, use_cache=False, progress=False, engine="dask")
    assert time.monotonic() - started < 90
    assert [(Path(path).name, cause) for path, cause in result.failed] == [("a-stuck.txt", "stopped: reading took longer than 2 seconds (--timeout)")]
    assert sorted(Path(path).name for path, _ in result.rows) == [f"c{number}.txt" for number in range(10)]


@pytest.mark.slow
def test_a_file_that_kills_its_workers_is_reported_and_the_rest_go_on(tmp_path, monkeypatch):
    """Over the memory limit a worker is restarted by its nanny; the files of the task it was
    running are sent again one by one, and the file that kills two workers on its own is reported."""
    folder = misbehaving_folder(tmp_path, "a-hog.txt")
    with misbehaving_workers(monkeypatch, "hog"):
        result = review_folder(str(folder), str(tmp_path / "out"), OPTIONS, workers=2, use_cache=False, progress=False,
                               engine="dask", memory_limit_mb=1024)
    assert [(Path(path).name, cause) for path, cause in result.failed] == [("a-hog.txt", dask_engine.CRASHED)]
    assert sorted(Path(path).name for path, _ in result.rows) == [f"c{number}.txt" for number in range(10)]


class KilledWorker(Exception):
    """Named as Dask's: the engine goes by the name."""


class _FailedTask:
    def result(self):
        raise KilledWorker("two workers died while it was on them")


class _FakeClient:
    def nthreads(self):
        return {"tcp://a": 1, "tcp://b": 1}


def test_a_file_is_blamed_for_a_dead_worker_only_when_it_ran_alone():
    """Dask blames every task that waited on a worker that died.  A one-file task that failed is
    sent once more with nothing else in flight, and only a second failure is reported (a file
    queued next to a memory hog was reported as crashed, once in several CI runs)."""
    import threading

    recorded = []
    run = dask_engine._Map(_FakeClient(), ["a.txt", "b.txt", "c.txt"], OPTIONS, lambda index, result, html=None: recorded.append((index, result)), threading.Event())
    run.pending.clear()
    run._finished(_FailedTask(), [0, 1])  # a task of two: each is sent again on its own
    assert list(run.pending) == [0, 1] and run.alone == {0, 1} and recorded == []
    run.pending.clear()
    run._finished(_FailedTask(), [1])  # alone, but maybe only waiting there: once more, isolated
    assert list(run.pending) == [1] and run.isolate == {1} and recorded == []
    run.flying = {object(): [2]}
    assert not run._isolated_in_flight()
    run.flying = {object(): [1]}
    assert run._isolated_in_flight()  # nothing else is sent while it runs
    run._finished(_FailedTask(), [1])  # failed on its own: reported
    assert recorded == [(1, {"error": dask_engine.CRASHED, "source": {"path": "b.txt"}})]


def test_a_cluster_that_does_not_close_has_its_workers_killed():
    """A worker process that hangs must not keep a batch from ending: the cluster's close gets
    CLOSE_SECONDS, then its worker processes are killed."""
    import subprocess
    import sys
    from types import SimpleNamespace

    stuck = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    closed = []

    class Hanging:
        workers = {0: SimpleNamespace(process=SimpleNamespace(process=SimpleNamespace(pid=stuck.pid)))}

        def close(self, timeout=None):
            closed.append(timeout)
            raise TimeoutError("a worker did not stop")

    try:
        dask_engine._close(SimpleNamespace(close=lambda: None), Hanging())
        assert closed == [dask_engine.CLOSE_SECONDS]
        assert stuck.wait(10) == -9  # killed
    finally:
        if stuck.poll() is None:
            stuck.kill()


def test_usage_errors_are_one_line(folder, tmp_path, capsys, monkeypatch):
    out = str(tmp_path / "out")
    assert main(["batch", str(folder), "-o", out, "--scheduler", "tcp://127.0.0.1:1"]) == 2
    assert "--scheduler needs --engine dask" in capsys.readouterr().err
    assert main(["batch", str(folder), "-o", out, "--engine", "dask", "--scheduler", "tcp://127.0.0.1:1", "--workers", "2"]) == 2
    assert "the cluster has its own workers" in capsys.readouterr().err
    with pytest.raises(UsageError, match="no engine 'spark'"):
        review_folder(str(folder), out, OPTIONS, engine="spark")
    # nothing listens on this port: one line after the connect timeout, no traceback
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setattr(dask_engine, "CONNECT_SECONDS", 1)
    assert main(["batch", str(folder), "-o", out, "--engine", "dask", "--scheduler", f"tcp://127.0.0.1:{port}", "--no-cache", "--no-progress"]) == 2
    error = capsys.readouterr().err
    assert f"cannot reach the Dask scheduler at tcp://127.0.0.1:{port}" in error and "Traceback" not in error
    # Dask missing: says how to install it
    monkeypatch.setattr(dask_engine, "available", lambda: False)
    assert main(["batch", str(folder), "-o", out, "--engine", "dask"]) == 2
    assert 'pip install "profilecheck[dask]"' in capsys.readouterr().err
