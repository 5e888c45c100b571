"""Run files on worker processes: parallel, with a hard time limit and a memory limit per file,
one bad or hanging file stopped and reported while the rest go on, Ctrl-C keeping what is done."""
from __future__ import annotations

import multiprocessing
import os
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


@dataclass
class RunResult:
    results: dict = field(default_factory=dict)  # index -> result dict
    interrupted: bool = False


def run(
    paths: list[str],
    options: Options,
    workers: int,
    memory_limit_mb: Optional[int] = None,
    on_result: Optional[Callable[[int, dict], None]] = None,
) -> RunResult:
    context = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    pending = deque(enumerate(paths))
    outcome = RunResult()
    pool: list[_Worker] = []
    hard_limit = options.limits.timeout_seconds + GRACE_SECONDS

    def spawn() -> _Worker:
        parent_end, child_end = context.Pipe()
        process = context.Process(target=worker_main, args=(child_end, options, memory_limit_mb), daemon=True)
        process.start()
        child_end.close()
        return _Worker(process, parent_end)

    def record(index: int, result: dict) -> None:
        outcome.results[index] = result
        if on_result:
            on_result(index, result)

    def retire(worker: _Worker, cause: str) -> None:
        if worker.task is not None:
            index, path = worker.task
            record(index, error_record(path, cause))
        worker.process.kill()
        worker.process.join(1)
        worker.connection.close()
        pool.remove(worker)
        if pending:
            pool.append(spawn())

    try:
        for _ in range(max(1, min(workers, len(paths)))):
            pool.append(spawn())
        while pending or any(worker.task for worker in pool):
            for worker in pool:
                if worker.task is None and pending:
                    worker.task = pending.popleft()
                    worker.started = time.monotonic()
                    worker.connection.send(worker.task)
            busy = {worker.connection: worker for worker in pool if worker.task is not None}
            for connection in wait(list(busy), timeout=0.25):
                worker = busy[connection]
                try:
                    index, _, result = connection.recv()
                except (EOFError, OSError):
                    retire(worker, "stopped: the reader crashed or ran out of memory (see --max-memory-mb)")
                    continue
                worker.task = None
                record(index, result)
            now = time.monotonic()
            for worker in list(pool):
                if worker.task is not None and now - worker.started > hard_limit:
                    retire(worker, f"stopped: reading took longer than {options.limits.timeout_seconds:g} seconds (--timeout)")
                elif worker.task is not None and not worker.process.is_alive():
                    retire(worker, "stopped: the reader crashed or ran out of memory (see --max-memory-mb)")
    except KeyboardInterrupt:
        outcome.interrupted = True
    finally:
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
