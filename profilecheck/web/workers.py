"""Checks of files and pasted text run in worker processes that the server can kill.

A thread cannot be stopped: a check past its time limit used to go on in the background,
holding a CPU and its memory for minutes.  Here each check goes to a worker process of a
small pool; the worker guards it with the one guarded call (time limit, memory, recursion as
named errors) under an address-space limit of its own, and the server kills it when it has
not answered within the time limit and a short grace (a hang inside C code, a native library
that aborts when memory runs out) and starts another in its place.

Workers are forked from a fork server started when the app is built (it imports and warms
the pipeline once, so a new worker is ready at once and forking never happens from the
server's request threads); they die with it (PR_SET_PDEATHSIG), and it dies with the server.
"""
from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import threading
import time
from dataclasses import dataclass
from typing import Any, Optional

from ..errors import MemoryLimitError, ProfileCheckError, TimeLimitError
from ..guard import die_with_parent, guarded, limit_memory, time_cause

GRACE_SECONDS = 2.0  # beyond the time limit, before a silent worker is killed
READY_SECONDS = 120.0  # a new worker warms up (builds the pipeline) within this


class BusyError(Exception):
    """Every worker stayed busy for the whole time limit."""


class UnexpectedError(Exception):
    """The worker met an error that is not one of ours; only its kind crosses over."""

    def __init__(self, kind: str):
        super().__init__(kind)
        self.kind = kind


@dataclass(frozen=True)
class Task:
    kind: str  # "file", "text" or "headline"
    payload: Any  # bytes for a file, str otherwise
    name: Optional[str]  # the file's display name
    options: Any
    html: bool  # render the HTML report too


# ------------------------------------------------------------------ inside a worker


def _check(task: Task) -> tuple[dict, Optional[str]]:
    from ..pipeline import analyze_bytes, analyze_headline, analyze_text
    from ..render import render_data
    from ..report import report_json

    if task.kind == "file":
        report = analyze_bytes(task.payload, task.options, task.name)
    elif task.kind == "text":
        report = analyze_text(task.payload, task.options)
    else:
        report = analyze_headline(task.payload, task.options)
    data = report_json(report)
    return data, render_data(data, "html") if task.html else None


def worker_main(connection, memory_limit_mb: Optional[int]) -> None:
    """Serve tasks until the pipe closes.  Nothing is printed: the server answers for us."""
    try:
        die_with_parent(os.getppid())
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is for the server
        limit_memory(memory_limit_mb)
        from ..batch.worker import warm_up

        warm_up()
        connection.send(("ready", None, None))
        while True:
            try:
                task = connection.recv()
            except (EOFError, OSError):
                return
            if task is None:
                return
            try:
                data, html = guarded(lambda: _check(task), task.options.limits.timeout_seconds, task.name, option=None)
                answer = ("ok", data, html)
            except ProfileCheckError as error:
                answer = ("error", error.detached(), None)
            except Exception as error:  # noqa: BLE001 - only its kind goes back, never its text
                answer = ("unexpected", type(error).__name__, None)
            connection.send(answer)
    except BaseException:  # noqa: BLE001 - the server sees the pipe close and says so
        pass
    finally:
        try:
            connection.close()
        finally:
            os._exit(0)


# ------------------------------------------------------------------ in the server


class _Worker:
    def __init__(self, process, connection) -> None:
        self.process = process
        self.connection = connection
        self.ready = False

    def kill(self) -> None:
        try:
            self.process.kill()
            self.process.join(2)
        except (OSError, ValueError, AssertionError):
            pass
        try:
            self.connection.close()
        except OSError:
            pass


def _context(start_method: str):
    methods = multiprocessing.get_all_start_methods()
    method = start_method if start_method in methods else ("fork" if "fork" in methods else "spawn")
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        try:
            context.set_forkserver_preload(["profilecheck.web._warm"])
        except (ValueError, AttributeError):
            pass
    return context


class CheckPool:
    """At most `size` workers, started when needed; one check at a time each."""

    def __init__(self, size: int, memory_limit_mb: Optional[int] = None, start_method: str = "forkserver") -> None:
        self.size = size
        self.memory_limit_mb = memory_limit_mb
        self.context = _context(start_method)
        self._idle: "queue.LifoQueue[_Worker]" = queue.LifoQueue()
        self._lock = threading.Lock()
        self._count = 0
        self._workers: set[_Worker] = set()
        self._closed = False

    def start_server(self) -> None:
        """Start the fork server now (before the request threads, and before anything can
        take away the temporary folder its socket lives in)."""
        if self.context.get_start_method() == "forkserver":
            from multiprocessing import forkserver

            forkserver.ensure_running()

    def prestart(self, count: Optional[int] = None) -> None:
        """Start workers ahead of the first request, and wait until they are warm."""
        started = []
        for _ in range(min(self.size, count or self.size)):
            worker = self._spawn()
            if worker is None:
                break
            started.append(worker)
        for worker in started:
            if self._wait_ready(worker):
                self._idle.put(worker)

    def _spawn(self) -> Optional[_Worker]:
        with self._lock:
            if self._closed or self._count >= self.size:
                return None
            self._count += 1
        try:
            parent_end, child_end = self.context.Pipe()
            process = self.context.Process(target=worker_main, args=(child_end, self.memory_limit_mb), daemon=True)
            process.start()
            child_end.close()
        except BaseException:
            with self._lock:
                self._count -= 1
            raise
        worker = _Worker(process, parent_end)
        with self._lock:
            self._workers.add(worker)
        return worker

    def _wait_ready(self, worker: _Worker) -> bool:
        try:
            if worker.connection.poll(READY_SECONDS):
                message = worker.connection.recv()
                if message[0] == "ready":
                    worker.ready = True
                    return True
        except (EOFError, OSError):
            pass
        self._retire(worker)
        return False

    def _retire(self, worker: _Worker) -> None:
        worker.kill()
        with self._lock:
            if worker in self._workers:
                self._workers.discard(worker)
                self._count -= 1

    def _acquire(self, deadline: float) -> _Worker:
        while True:
            try:
                return self._idle.get_nowait()
            except queue.Empty:
                pass
            worker = self._spawn()
            if worker is not None:
                if self._wait_ready(worker):
                    return worker
                raise MemoryLimitError("could not start a worker process to read it (is the memory limit too small?)")
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise BusyError()
            try:
                return self._idle.get(timeout=min(remaining, 0.5))
            except queue.Empty:
                continue

    def run(self, task: Task, timeout: float) -> tuple[dict, Optional[str]]:
        """The task's (JSON contract, HTML or None); its ProfileCheckError; TimeLimitError when
        the worker had to be killed; BusyError; UnexpectedError."""
        deadline = time.monotonic() + timeout
        worker = self._acquire(deadline)
        for _ in range(3):
            try:
                worker.connection.send(task)
                break
            except (OSError, ValueError):  # it died while idle (the system ran out of memory, say)
                self._retire(worker)
                worker = self._acquire(deadline)
        try:
            if not worker.connection.poll(timeout + GRACE_SECONDS):
                self._retire(worker)
                raise TimeLimitError(time_cause(timeout, None), task.name)
            status, value, html = worker.connection.recv()
        except (EOFError, OSError, BrokenPipeError):
            self._retire(worker)
            raise MemoryLimitError("stopped: the reader crashed or ran out of memory", task.name) from None
        except BaseException:
            if worker in self._workers and worker.process.is_alive():
                self._retire(worker)
            raise
        self._idle.put(worker)
        if status == "ok":
            return value, html
        if status == "error":
            raise value
        raise UnexpectedError(value)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._workers)
        for worker in workers:
            try:
                worker.connection.send(None)
            except (OSError, ValueError):
                pass
            worker.kill()
        with self._lock:
            self._workers.clear()
            self._count = 0
