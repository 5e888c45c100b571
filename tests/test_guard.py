"""The one guarded call (profilecheck.guard): time limit, memory and recursion become named
errors, and the command line, batch and the web page all use it; they only map error classes
to exit codes or HTTP statuses."""
from __future__ import annotations

import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest

from profilecheck import guard
from profilecheck.errors import LimitExceededError, MemoryLimitError, NestingLimitError, ProfileCheckError, TimeLimitError

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


def test_memory_and_recursion_become_named_errors():
    def hog():
        raise MemoryError()

    def deep(depth=0):
        return deep(depth + 1)

    with pytest.raises(MemoryLimitError, match="ran out of memory") as caught:
        guard.guarded(hog, None, "resume.pdf")
    assert caught.value.path == "resume.pdf" and isinstance(caught.value, LimitExceededError)
    with pytest.raises(NestingLimitError, match="nested too deeply"):
        guard.guarded(deep, 10)


def test_the_time_limit_is_a_named_error_and_fires_again_when_swallowed():
    def spin():
        while True:
            pass

    with pytest.raises(TimeLimitError, match=r"longer than 0.05 seconds \(--timeout\)"):
        guard.guarded(spin, 0.05)

    def swallowing():
        try:
            spin()
        except Exception:  # a library that catches everything, then goes on working
            pass
        spin()

    with pytest.raises(TimeLimitError):
        guard.guarded(swallowing, 0.05)


def test_no_timer_is_left_behind():
    import signal

    assert guard.guarded(lambda: 42, 0.05) == 42
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    time.sleep(0.1)  # an alarm left running would raise here


def test_off_the_main_thread_the_pdf_reader_stops_at_the_deadline():
    """No timer signal reaches another thread; the PDF reader checks the guarded call's
    deadline between pages (it used to keep a deadline of its own)."""
    from profilecheck.options import Options
    from profilecheck.readers import read_document

    caught = []

    def work():
        try:
            guard.guarded(lambda: read_document(SAMPLES / "mid-software-pm.pdf", Options()), 1e-9, "mid.pdf")
        except ProfileCheckError as error:
            caught.append(error)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(60)
    assert len(caught) == 1 and isinstance(caught[0], TimeLimitError)


def test_entry_points_only_map_error_classes():
    """No entry point handles MemoryError or RecursionError or runs a timer of its own, and
    the web page does not read error text to pick a status."""
    for name in ("profilecheck/cli.py", "profilecheck/batch/worker.py", "profilecheck/web/app.py", "profilecheck/readers/pdf.py"):
        source = (ROOT / name).read_text(encoding="utf-8")
        for word in ("except MemoryError", "except RecursionError", "setitimer", "SIGALRM", "time.monotonic() + "):
            assert word not in source, f"{name} has {word!r}"
    assert ".cause" not in (ROOT / "profilecheck/web/app.py").read_text(encoding="utf-8").split("def _status", 1)[1].split("\ndef ", 1)[0]


@pytest.mark.parametrize("failure, words", [(MemoryError, "ran out of memory"), (RecursionError, "nested too deeply")])
def test_the_command_line_maps_them_to_exit_2(monkeypatch, capsys, failure, words):
    import profilecheck.pipeline as pipeline
    from profilecheck.cli import main

    def fail(*args, **kwargs):
        raise failure()

    monkeypatch.setattr(pipeline, "analyze", fail)
    path = SAMPLES / "mid-software-pm.pdf"
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert err == f"profilecheck: error: {path}: " + (guard.MEMORY_CAUSE if failure is MemoryError else guard.NESTING_CAUSE) + "\n"
    assert words in err


@pytest.mark.parametrize("failure", [MemoryError, RecursionError])
def test_batch_maps_them_to_an_error_record(monkeypatch, failure):
    import profilecheck.pipeline as pipeline
    from profilecheck.batch.worker import review_bytes
    from profilecheck.options import Options

    def fail(*args, **kwargs):
        raise failure()

    monkeypatch.setattr(pipeline, "analyze_bytes", fail)
    record = review_bytes(b"Jane Doe\nIT Project Manager\n", Options(), "jane.txt")
    assert record["error"] == (guard.MEMORY_CAUSE if failure is MemoryError else guard.NESTING_CAUSE)


@pytest.mark.parametrize("failure", [MemoryError, RecursionError])
def test_the_web_page_maps_them_to_422(monkeypatch, failure):
    pytest.importorskip("flask")
    import profilecheck.pipeline as pipeline
    from profilecheck.web import Settings, create_app

    def fail(*args, **kwargs):
        raise failure()

    monkeypatch.setattr(pipeline, "analyze_text", fail)
    app = create_app(replace(Settings(), start_method="fork"), warm=False)
    try:
        response = app.test_client().post("/api/check", data={"text": "Jane Doe"})
    finally:
        app.extensions["profilecheck"].close()
    assert response.status_code == 422
    cause = guard.MEMORY_CAUSE if failure is MemoryError else guard.NESTING_CAUSE
    assert response.json == {"error": f"pasted text: {cause}"}


def test_non_utf8_arguments_are_text_not_tracebacks(tmp_path):
    """Bytes that are not UTF-8 in --text, a headline or --job (Python keeps them as lone
    surrogates) are read as U+FFFD, like a file's."""
    import os
    import subprocess
    import sys

    bad = b"IT Project Manager \xff\xfe PMP"
    runs = [
        [b"check", b"--text", b"Jane Doe\n" + bad, b"--fail-level", b"never"],
        [b"headline", bad, b"--fail-level", b"never"],
        [b"check", os.fsencode(SAMPLES / "mid-software-pm.pdf"), b"--job", b"Required: PMP, Jira, Scrum \xff", b"--fail-level", b"never"],
    ]
    for args in runs:
        done = subprocess.run([os.fsencode(sys.executable), b"-m", b"profilecheck", *args], capture_output=True, cwd=ROOT)
        assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
        assert b"Traceback" not in done.stderr and done.stdout
    done = subprocess.run([sys.executable, "-m", "profilecheck", "headline", "-"], input=bad, capture_output=True, cwd=ROOT)
    assert done.returncode in (0, 1) and b"Traceback" not in done.stderr


def test_isolated_returns_the_value_and_the_named_errors():
    assert guard.isolated(lambda: {"answer": 42}, 5) == {"answer": 42}

    def fail():
        raise TimeLimitError("reading took longer than 1 seconds (--timeout)", "x.pdf")

    with pytest.raises(TimeLimitError) as caught:
        guard.isolated(fail, 5, "x.pdf")
    assert caught.value.path == "x.pdf"


def _rebuild_with_context(kind, cause, path, context):
    return kind(cause, path)


def _raise_with_a_looping_chain():
    """What the PDF reader does when the time limit fires inside pdfminer: pdfplumber wraps our
    error in one of its own, and the reader raises ours again from inside that handler, so our
    error's context holds an error that holds ours."""
    own = TimeLimitError("reading took longer than 1 seconds (--timeout)", "x.pdf")
    try:
        raise RuntimeError(own)
    except RuntimeError:
        raise own


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="Linux only")
def test_an_error_whose_chain_loops_still_reaches_the_parent(monkeypatch):
    """Dask's distributed installs tblib's exception pickling when it is imported (any batch with
    --engine dask, and the test suite), and that pickles an error's whole chain; a looping chain
    then never pickles, and the child's answer was lost ("crashed or ran out of memory")."""
    import copyreg
    import pickle

    def reduce_with_context(error):  # the shape of tblib's reducer: the context goes along
        return (_rebuild_with_context, (type(error), error.cause, error.path, error.__context__))

    monkeypatch.setitem(copyreg.dispatch_table, TimeLimitError, reduce_with_context)
    with pytest.raises(TimeLimitError) as caught:
        _raise_with_a_looping_chain()
    with pytest.raises(RecursionError):
        pickle.dumps(caught.value)  # the failure this guards against is real
    with pytest.raises(TimeLimitError) as caught:
        guard.isolated(_raise_with_a_looping_chain, 5, "x.pdf")
    assert str(caught.value) == "x.pdf: reading took longer than 1 seconds (--timeout)"


def test_a_detached_error_keeps_its_kind_cause_and_path_and_nothing_else():
    with pytest.raises(TimeLimitError) as caught:
        _raise_with_a_looping_chain()
    copy = caught.value.detached()
    assert type(copy) is TimeLimitError and (copy.cause, copy.path) == (caught.value.cause, "x.pdf")
    assert copy.__context__ is None and copy.__cause__ is None and copy.__traceback__ is None


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="Linux only")
def test_isolated_kills_a_hang_that_holds_off_signals(monkeypatch):
    import signal

    monkeypatch.setattr(guard, "GRACE_SECONDS", 0.2)

    def hang():
        signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGALRM])  # like C code that never returns
        time.sleep(120)

    with pytest.raises(TimeLimitError, match=r"longer than 0.2 seconds \(--timeout\)"):
        guard.isolated(hang, 0.2, "stuck.pdf")


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="Linux only")
def test_isolated_reports_a_child_that_dies_as_out_of_memory():
    import os

    with pytest.raises(MemoryLimitError, match="crashed or ran out of memory"):
        guard.isolated(os.abort, 5, "bomb.pdf")  # what PDFium does when an allocation fails


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="Linux only")
def test_check_has_a_memory_limit(monkeypatch, capsys):
    """`check` reads in a child process with --max-memory-mb of address space to spare: a file
    that needs more is one line and exit 2 (a native library that aborts would take the whole
    command down without it)."""
    import profilecheck.pipeline as pipeline
    from profilecheck.cli import main

    def hog(*args, **kwargs):
        return bytearray(b"x" * (512 * 1024 * 1024))

    monkeypatch.setattr(pipeline, "analyze", hog)
    path = SAMPLES / "mid-software-pm.pdf"
    assert main(["check", str(path), "--max-memory-mb", "128"]) == 2
    assert capsys.readouterr().err == f"profilecheck: error: {path}: {guard.MEMORY_CAUSE}\n"
    import os

    monkeypatch.setattr(pipeline, "analyze", lambda *a, **k: os.abort())
    assert main(["check", str(path)]) == 2
    assert capsys.readouterr().err == f"profilecheck: error: {path}: {guard.CRASH_CAUSE}\n"
