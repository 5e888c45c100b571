"""The per-file work of a batch: a pure function of (file bytes, options) returning the JSON
contract, plus the loop a worker process runs.  Nothing here keeps state beyond the pipeline
each process builds once, so another engine can map `review_bytes` over files: dask_engine.py
does (`profilecheck batch --engine dask`).

The work of a file can also be done in two parts, in two processes: `read_path` (the reader:
bytes to a Document, or a JSON Resume's Profile, which needs no NLP pipeline) and
`review_read` (structure, facts, rules and the contract).  The local engine has a process that
needs no pipeline read files while its own process builds the pipeline once (runner.py)."""
from __future__ import annotations

import gc
import os
import pickle
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


def read_path(path: str, options: Options) -> "bytes | dict":
    """The reading part of `review_path`: the file's Document (a JSON Resume's Profile), pickled
    for `review_read` in another process, or the error record `review_path` would give."""
    from ..readers import load_bytes, read_bytes, read_structured

    def read():
        data, _ = load_bytes(path, options)
        return read_structured(data, path, options) or read_bytes(data, path, options)

    return _recorded(lambda: pickle.dumps(read(), protocol=pickle.HIGHEST_PROTOCOL), path)


def review_read(read: bytes, options: Options, path: Optional[str]) -> dict:
    """The rest of `review_path` for what `read_path` read: the same JSON contract or error record."""
    from ..models import Profile
    from ..pipeline import report_from_document, report_from_profile
    from ..report import report_json

    def review():
        source = pickle.loads(read)
        return report_json(report_from_profile(source, options) if isinstance(source, Profile) else report_from_document(source, options))

    return _recorded(review, path)


def _recorded(work, path: Optional[str]):
    """`work()`, or the error record for what stopped it (as review_bytes gives it)."""
    try:
        return guarded(work, None, path)
    except ProfileCheckError as error:
        return error_record(path, error.cause)
    except Exception as error:  # one odd file must never stop a batch; say what happened
        return error_record(path, f"unexpected {type(error).__name__}: {str(error)[:200]}")


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


_warm = False


def warm_up() -> None:
    """Build the NLP pipeline and load the rules once per process; import the readers and the
    later stages and compile the report's template, so that a process forked after this has
    nothing left to set up for its first file."""
    global _warm
    from ..nlp.pipeline import get_pipeline
    from ..rules import all_rules

    pipe = get_pipeline()
    _ = (pipe.phrases, pipe.metrics)  # built on first use elsewhere; a worker builds them before its clock starts
    all_rules()
    if _warm:
        return
    import pypdfium2  # noqa: F401

    from .. import facts, jobmatch, pipeline, report, rewrites, scoring, structure  # noqa: F401
    from ..readers import jsonresume, pdf, repair, text  # noqa: F401
    from ..render import TEMPLATES, environment

    pdf._fast()
    environment("html").get_template(TEMPLATES["html"])
    _warm = True


def is_warm() -> bool:
    """warm_up has run in this process (or in the one this was forked from)."""
    return _warm


def worker_main(connection, options: Options, memory_limit_mb: Optional[int], parent_pid: Optional[int] = None, reader: bool = False) -> None:
    """Serve requests until told to stop with None: (index, path) to review a file, (index,
    path, read) to review what `read_path` read.  A `reader` builds no pipeline and serves
    (index, path) with `read_path`.  Whatever happens, no traceback reaches the user's
    terminal: the parent reports the file that was being read.  The worker dies with its
    parent (a `kill -9` of the batch leaves none behind)."""
    try:
        die_with_parent(parent_pid)
        _serve(connection, options, memory_limit_mb, reader)
    except BaseException:  # noqa: BLE001 - the parent names the cause from the lost connection
        pass
    finally:
        connection.close()
        os._exit(0)


def _serve(connection, options: Options, memory_limit_mb: Optional[int], reader: bool = False) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    limit_memory(memory_limit_mb)
    if not reader:
        warm_up()  # nothing to do when forked from a parent that warmed up
    # What was made so far (the pipeline: a million objects, in a fork shared with the parent)
    # lives as long as the process: the collector need not scan it again, nor touch its pages.
    gc.freeze()
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
        index, path, *read = request
        # review_path, read_path and review_read are looked up each time: tests replace them
        if reader:
            work = lambda: read_path(path, options)  # noqa: E731
        elif read:
            work = lambda: review_read(read[0], options, path)  # noqa: E731
        else:
            work = lambda: review_path(path, options)  # noqa: E731
        try:
            result = guarded(work, options.limits.timeout_seconds, path)
        except ProfileCheckError as error:
            result = error_record(path, error.cause)
        html = None if reader else report_html(result)
        try:
            connection.send((index, os.getpid(), result, html))
        except (BrokenPipeError, OSError):
            return
