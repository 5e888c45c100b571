"""Run files on worker processes: parallel, with a hard time limit and a memory limit per file,
one bad or hanging file stopped and reported while the rest go on, Ctrl-C keeping what is done."""
from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from multiprocessing.connection import wait
from typing import Callable, Optional

from ..options import Options
from .worker import error_record, worker_main

GRACE_SECONDS = 5.0  # beyond the worker's own timeout, before the parent kills it


@dataclass
class _Worker:
    process: multiprocessing.Process
    connection: object
    task: Optional[tuple[int, str]] = None
    started: float = 0.0
    ready: bool = False  # warmed up (pipeline built); tasks go only to ready workers


@dataclass
class RunResult:
    results: dict = field(default_factory=dict)  # index -> result dict
    html: dict = field(default_factory=dict)  # index -> the candidate's HTML report
    interrupted: bool = False


def run(
    paths: list[str],
    options: Options,
    workers: int,
    memory_limit_mb: Optional[int] = None,
    on_result: Optional[Callable[[int, dict, Optional[str]], None]] = None,
) -> RunResult:
    context = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    pending = deque(enumerate(paths))
    outcome = RunResult()
    pool: list[_Worker] = []
    hard_limit = options.limits.timeout_seconds + GRACE_SECONDS

    def spawn() -> _Worker:
        parent_end, child_end = context.Pipe()
        process = context.Process(target=worker_main, args=(child_end, options, memory_limit_mb, os.getpid()), daemon=True)
        process.start()
        child_end.close()
        return _Worker(process, parent_end)

    def record(index: int, result: dict, html: Optional[str] = None) -> None:
        if on_result:
            on_result(index, result, html)  # the caller keeps what it needs; memory stays flat
            return
        outcome.results[index] = result
        if html is not None:
            outcome.html[index] = html

    startup_failures = 0

    def retire(worker: _Worker, cause: str) -> None:
        nonlocal startup_failures
        if not worker.ready:
            # Dying before it is ready (e.g. a memory limit too small for the pipeline) would
            # otherwise respawn forever: after a few tries, every file left gets the reason.
            startup_failures += 1
            if startup_failures >= 3:
                while pending:
                    index, path = pending.popleft()
                    record(index, error_record(path, "could not start a worker process (is --max-memory-mb too small?)"))
        if worker.task is not None:
            index, path = worker.task
            record(index, error_record(path, cause))
        worker.process.kill()
        worker.process.join(1)
        worker.connection.close()
        pool.remove(worker)
        if pending:
            pool.append(spawn())

    # Ctrl-C sets a flag that the loop checks between results, so a result is never cut off
    # half-recorded; the finished ones are kept.
    stop = threading.Event()
    previous_handler = None
    if threading.current_thread() is threading.main_thread():
        previous_handler = signal.signal(signal.SIGINT, lambda signum, frame: stop.set())
    try:
        for _ in range(max(1, min(workers, len(paths)))):
            pool.append(spawn())
        while (pending or any(worker.task for worker in pool)) and not stop.is_set():
            for worker in pool:
                if worker.ready and worker.task is None and pending:
                    worker.task = pending.popleft()
                    worker.started = time.monotonic()
                    worker.connection.send(worker.task)
            watched = {worker.connection: worker for worker in pool if worker.task is not None or not worker.ready}
            for connection in wait(list(watched), timeout=0.25):
                worker = watched[connection]
                try:
                    message = connection.recv()
                except (EOFError, OSError):
                    retire(worker, "stopped: the reader crashed or ran out of memory (see --max-memory-mb)")
                    continue
                if message == "ready":
                    worker.ready = True
                    continue
                index, _, result, html = message
                worker.task = None
                record(index, result, html)
            now = time.monotonic()
            for worker in list(pool):
                if worker.task is not None and now - worker.started > hard_limit:
                    retire(worker, f"stopped: reading took longer than {options.limits.timeout_seconds:g} seconds (--timeout)")
                elif worker.task is not None and not worker.process.is_alive():
                    retire(worker, "stopped: the reader crashed or ran out of memory (see --max-memory-mb)")
    except KeyboardInterrupt:
        outcome.interrupted = True
    finally:
        if previous_handler is not None:
            signal.signal(signal.SIGINT, previous_handler)
        outcome.interrupted = outcome.interrupted or stop.is_set()
        for worker in pool:
            try:
                if worker.task is None and not outcome.interrupted:
                    worker.connection.send(None)
            except (BrokenPipeError, OSError):
                pass
        for worker in pool:
            worker.process.join(0.5 if not outcome.interrupted else 0)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join(1)
            worker.connection.close()
    return outcome
