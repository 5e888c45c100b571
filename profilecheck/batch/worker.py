"""The per-file work of a batch: a pure function of (file bytes, options) returning the JSON
contract, plus the loop a worker process runs.  Nothing here keeps state beyond the pipeline
each process builds once, so another engine can map `review_bytes` over files: dask_engine.py
does (`profilecheck batch --engine dask`)."""
from __future__ import annotations

import os
import signal
from typing import Optional

from ..errors import ProfileCheckError
from ..guard import die_with_parent, guarded, limit_memory
from ..options import Options


def review_bytes(data: bytes, options: Options, path: Optional[str] = None) -> dict:
    """Bytes and options in, the JSON contract (or an error record) out.  Memory and recursion
    limits become named errors through the guarded call; the time limit is the caller's
    (a worker process guards each file with it)."""
    from ..pipeline import analyze_bytes
    from ..report import report_json

    try:
        return guarded(lambda: report_json(analyze_bytes(data, options, path)), None, path)
    except ProfileCheckError as error:
        return error_record(path, error.cause)
    except Exception as error:  # one odd file must never stop a batch; say what happened
        return error_record(path, f"unexpected {type(error).__name__}: {str(error)[:200]}")


def review_path(path: str, options: Options) -> dict:
    from ..readers import load_bytes

    try:
        data, _ = load_bytes(path, options)
    except ProfileCheckError as error:
        return error_record(path, error.cause)
    return review_bytes(data, options, path)


def report_html(result: dict) -> Optional[str]:
    """The candidate's HTML report, rendered in the worker so the parent only writes files."""
    if "error" in result:
        return None
    from ..render import render_data

    try:
        return render_data(result, "html")
    except Exception:  # the parent renders it again and reports a real problem there
        return None


def error_record(path: Optional[str], cause: str) -> dict:
    return {"error": cause, "source": {"path": path}}


def warm_up() -> None:
    """Build the NLP pipeline and load the rules once per process."""
    from ..nlp.pipeline import get_pipeline
    from ..rules import all_rules

    pipe = get_pipeline()
    _ = (pipe.phrases, pipe.metrics)  # built on first use elsewhere; a worker builds them before its clock starts
    all_rules()


def worker_main(connection, options: Options, memory_limit_mb: Optional[int], parent_pid: Optional[int] = None) -> None:
    """Serve (index, path) requests until told to stop with None.  Whatever happens, no
    traceback reaches the user's terminal: the parent reports the file that was being read.
    The worker dies with its parent (a `kill -9` of the batch leaves none behind)."""
    try:
        die_with_parent(parent_pid)
        _serve(connection, options, memory_limit_mb)
    except BaseException:  # noqa: BLE001 - the parent names the cause from the lost connection
        pass
    finally:
        connection.close()
        os._exit(0)


def _serve(connection, options: Options, memory_limit_mb: Optional[int]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    limit_memory(memory_limit_mb)
    warm_up()
    try:
        connection.send("ready")  # the parent starts the clock on a task only from here
    except (BrokenPipeError, OSError):
        return
    while True:
        try:
            request = connection.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        index, path = request
        try:
            # review_path is looked up each time: tests replace it
            result = guarded(lambda: review_path(path, options), options.limits.timeout_seconds, path)
        except ProfileCheckError as error:
            result = error_record(path, error.cause)
        html = report_html(result)
        try:
            connection.send((index, os.getpid(), result, html))
        except (BrokenPipeError, OSError):
            return
