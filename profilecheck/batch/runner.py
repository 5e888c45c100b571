"""Run files on worker processes: parallel, with a hard time limit and a memory limit per file,
one bad or hanging file stopped and reported while the rest go on, Ctrl-C keeping what is done.

Where processes fork, the pipeline is built once, here, and the workers are forked from this
process when it is ready: they start with nothing left to build.  While it is being built (about
a second of one core), `workers - 1` reader processes, which build no pipeline, read the first
files on the other cores; the workers then review what they read (worker.read_path and
review_read) before the other files, and the readers stop."""
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
from .worker import error_record, is_warm, warm_up, worker_main

GRACE_SECONDS = 5.0  # beyond the worker's own timeout, before the parent kills it


@dataclass
class _Worker:
    process: multiprocessing.Process
    connection: object
    task: Optional[tuple[int, str]] = None
    started: float = 0.0
    ready: bool = False  # warmed up (pipeline built); tasks go only to ready workers
    reader: bool = False  # reads files (worker.read_path) while the pipeline is being built
    # A reader's next file, sent before it finishes this one: while the pipeline is built on
    # a thread, this process may take a few milliseconds to answer, and the reader reads on.
    queued: Optional[tuple[int, str]] = None


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
    forking = hasattr(os, "fork")
    context = multiprocessing.get_context("fork" if forking else "spawn")
    pending = deque(enumerate(paths))
    read: deque = deque()  # (index, path, what a reader read): reviewed before the files pending
    outcome = RunResult()
    pool: list[_Worker] = []
    stopped: list[_Worker] = []  # readers told to stop, joined at the end
    hard_limit = options.limits.timeout_seconds + GRACE_SECONDS
    count = max(1, min(workers, len(paths)))
    # Build the pipeline here, on a thread, while readers read (a fork copies it into each
    # worker); with one worker there is no other core to read on, so it is built first.
    warming: Optional[threading.Thread] = None
    warm_signal = warm_done = None
    if forking and not is_warm():
        if count > 1:
            warm_signal, warm_done = context.Pipe(duplex=False)
            warming = threading.Thread(target=_warm_then_signal, args=(warm_done,), name="profilecheck-warm-up", daemon=True)
        else:
            _warm_quietly()

    def spawn(reader: bool = False) -> _Worker:
        parent_end, child_end = context.Pipe()
        process = context.Process(target=worker_main, args=(child_end, options, memory_limit_mb, os.getpid(), reader), daemon=True)
        process.start()
        child_end.close()
        return _Worker(process, parent_end, reader=reader)

    def stop_reader(worker: _Worker) -> None:
        try:
            worker.connection.send(None)
        except (BrokenPipeError, OSError):
            pass
        pool.remove(worker)
        stopped.append(worker)

    def warmed() -> None:
        """The pipeline is built: fork the workers; the readers stop once idle."""
        nonlocal warming
        warming.join()
        warming = None
        warm_signal.close()
        for worker in [worker for worker in pool if worker.reader and worker.task is None]:
            stop_reader(worker)
        if pending or read or any(worker.task for worker in pool):
            for _ in range(count):
                pool.append(spawn())

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
                while pending or read:
                    index, path, *_ = read.popleft() if read else pending.popleft()
                    record(index, error_record(path, "could not start a worker process (is --max-memory-mb too small?)"))
        if worker.task is not None:
            index, path = worker.task
            record(index, error_record(path, cause))
        if worker.queued is not None:
            pending.appendleft(worker.queued)  # not started: another process reads it
        worker.process.kill()
        worker.process.join(1)
        worker.connection.close()
        pool.remove(worker)
        # No new process while the pipeline is built on a thread (a fork then could copy a
        # held lock); a reader is not replaced: the workers come when the pipeline is ready.
        if (pending or read) and not worker.reader and warming is None:
            pool.append(spawn())

    # Ctrl-C sets a flag that the loop checks between results, so a result is never cut off
    # half-recorded; the finished ones are kept.
    stop = threading.Event()
    previous_handler = None
    if threading.current_thread() is threading.main_thread():
        previous_handler = signal.signal(signal.SIGINT, lambda signum, frame: stop.set())

    def give(worker: _Worker) -> None:
        """The next task for an idle, ready worker: what a reader read first."""
        if worker.reader:
            if warming is None:
                if worker.task is None:
                    stop_reader(worker)
                return
            if worker.task is None and pending:
                worker.task = pending.popleft()
                worker.started = time.monotonic()
                worker.connection.send(worker.task)
            if worker.queued is None and pending:
                worker.queued = pending.popleft()
                worker.connection.send(worker.queued)
            return
        if read:
            index, path, done = read.popleft()
            worker.task, request = (index, path), (index, path, done)
        elif pending:
            worker.task = request = pending.popleft()
        else:
            return
        worker.started = time.monotonic()
        worker.connection.send(request)

    try:
        if warming is not None:
            for _ in range(count - 1):
                pool.append(spawn(reader=True))
            warming.start()
        else:
            for _ in range(count):
                pool.append(spawn())
        while (pending or read or warming is not None or any(worker.task for worker in pool)) and not stop.is_set():
            for worker in list(pool):
                if worker.ready and (worker.task is None or (worker.reader and worker.queued is None)):
                    give(worker)
            watched = {worker.connection: worker for worker in pool if worker.task is not None or not worker.ready}
            if warming is not None:
                watched[warm_signal] = None
            for connection in wait(list(watched), timeout=0.25):
                worker = watched[connection]
                if worker is None:
                    warmed()
                    continue
                try:
                    message = connection.recv()
                except (EOFError, OSError):
                    retire(worker, "stopped: the reader crashed or ran out of memory (see --max-memory-mb)")
                    continue
                if message == "ready":
                    worker.ready = True
                    continue
                index, _, result, html = message
                path = worker.task[1]
                worker.task, worker.queued = worker.queued, None
                worker.started = time.monotonic()  # the queued file, if any, starts now
                give(worker)  # the next file first: the worker does not wait while this one is recorded
                if isinstance(result, bytes):
                    read.append((index, path, result))
                else:
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
        for worker in pool + stopped:
            worker.process.join(0.5 if not outcome.interrupted else 0)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join(1)
            worker.connection.close()
        if warm_signal is not None:
            warm_signal.close()
    return outcome


def _warm_quietly() -> None:
    """Build the pipeline here; should that fail, each worker tries for itself and reports."""
    try:
        warm_up()
    except Exception:  # noqa: BLE001
        pass


def _warm_then_signal(done) -> None:
    try:
        _warm_quietly()
    finally:
        try:
            done.send(True)
        except OSError:  # the batch ended first (Ctrl-C)
            pass
        finally:
            done.close()
