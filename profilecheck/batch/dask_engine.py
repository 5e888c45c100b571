"""The Dask engine: the same per-file work as the worker processes (runner.py), mapped over the
files by Dask, on a local cluster by default or on a distributed scheduler's workers.

    profilecheck batch DIR -o OUT --engine dask [--scheduler tcp://HOST:8786]
    review_folder(DIR, OUT, options, engine="dask", scheduler=None)

The parent reads the files (within --max-file-mb) and sends their bytes with the options to the
workers, a few files per task (fewer near the end, so that no worker waits), where each file is
reviewed by `review_bytes` under the time limit and its report rendered; so workers need
profilecheck installed but not the files.  Results come back to the parent, which writes the
outputs exactly as the built-in engine does (cache, ranking, files apart).

Limits: a file that runs past --timeout is stopped by the worker where Python code can be
stopped; one stuck in native code past the time limit plus a grace is reported and its worker
restarted (by its nanny), and the other files of its task are sent again.  On the local cluster
--max-memory-mb is each worker's memory limit (its nanny restarts a worker that goes over); the
files of a task that kills two workers are sent again one by one, and a file that kills two
workers on its own is reported.

Dask is optional (`pip install "profilecheck[dask]"`): this module imports it only when used.
"""
from __future__ import annotations

import logging
import os
import signal
import threading
import time
import uuid
from collections import deque
from typing import Callable, Optional

from .. import __version__
from ..errors import ProfileCheckError, UsageError
from ..options import Options
from .runner import GRACE_SECONDS, RunResult
from .worker import error_record

DASK_MISSING = 'the dask engine needs Dask: pip install "profilecheck[dask]" (or pip install "dask[distributed]")'
CRASHED = "stopped: the reader crashed or ran out of memory (see --max-memory-mb)"
POLL_SECONDS = 0.5  # how often the parent looks for results, Ctrl-C and files past their time
WATCH_SECONDS = 2.0  # how often it asks the workers which files they are reading (a cost: ask seldom)
CONNECT_SECONDS = 30  # to reach a scheduler and find at least one worker
CLOSE_SECONDS = 30  # a local cluster that takes longer to close has its worker processes killed
CHUNK = 4  # files per task at most: fewer trips through the scheduler (15-30% faster than one per task)


def available() -> bool:
    try:
        import dask  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        return False
    return True


# ------------------------------------------------------------------ on the workers


def review_task(data: bytes, options: Options, path: str) -> tuple[dict, Optional[str]]:
    """One file on a Dask worker: (JSON contract or error record, HTML report)."""
    from ..guard import guarded
    from .worker import report_html, review_bytes

    try:
        result = guarded(lambda: review_bytes(data, options, path), options.limits.timeout_seconds, path)
    except ProfileCheckError as error:
        result = error_record(path, error.cause)
    return result, report_html(result)


def worker_versions() -> tuple[str, str]:
    """What a worker would judge with: the tool version and the lexicon/rule data version."""
    from .cache import data_version

    return __version__, data_version()


def warm_up_worker() -> None:
    from .worker import warm_up

    warm_up()


# task key -> (the batch's index of the file being read now, when it started): what `reading`
# tells the parent, so it can tell a file stuck past its time from a slow task of several files
_READING: dict[str, tuple[int, float]] = {}


def review_files(items: list[tuple[int, bytes, str]], options: Options, key: str) -> list[tuple[int, dict, Optional[str]]]:
    """A task of a few files: [(index, result, HTML report)], each file as `review_task`."""
    done = []
    for index, data, path in items:
        _READING[key] = (index, time.monotonic())
        try:
            result, html = review_task(data, options, path)
        finally:
            _READING.pop(key, None)
        done.append((index, result, html))
    return done


def reading() -> dict[str, tuple[int, float]]:
    """On a worker: task key -> (index of the file it is reading, seconds it has been at it)."""
    now = time.monotonic()
    return {key: (index, now - started) for key, (index, started) in list(_READING.items())}


# ------------------------------------------------------------------ in the parent


def _connect(scheduler: Optional[str], workers: int, memory_limit_mb: Optional[int]):
    """(client, cluster or None): a local cluster of `workers` single-thread processes on
    127.0.0.1, or a client of the scheduler at `scheduler`."""
    if not available():
        raise UsageError(DASK_MISSING)
    import dask
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout=CONNECT_SECONDS)
        except (OSError, TimeoutError, ValueError) as error:
            raise UsageError(f"cannot reach the Dask scheduler at {scheduler}: {error}") from None
        try:
            client.wait_for_workers(1, timeout=CONNECT_SECONDS)
        except (OSError, TimeoutError) as error:
            client.close()
            raise UsageError(f"the Dask scheduler at {scheduler} has no workers ({type(error).__name__})") from None
        return client, None
    # A task that kills a worker twice is given up (its files are then sent one by one).
    try:
        with dask.config.set({"distributed.scheduler.allowed-failures": 1}):
            cluster = LocalCluster(
                n_workers=workers,
                threads_per_worker=1,  # the work holds the GIL: one process per core
                processes=True,
                host="127.0.0.1",  # nothing listens beyond this machine
                dashboard_address=None,
                memory_limit=f"{int(memory_limit_mb)} MiB" if memory_limit_mb else "auto",
                silence_logs=logging.ERROR,
            )
    except Exception as error:  # noqa: BLE001 - e.g. a script without `if __name__ == "__main__":`
        cause = f"{type(error).__name__}: {error}".strip()
        raise UsageError(f"could not start a local Dask cluster ({cause}); from a script, start it under if __name__ == \"__main__\":") from None
    return Client(cluster), cluster


def _check_workers(client, scheduler: Optional[str]) -> None:
    """Workers that run another profilecheck (or none) would give other results under this
    version's cache keys: refused with one line."""
    where = f"the Dask workers at {scheduler}" if scheduler else "the Dask workers"
    try:
        found = client.run(worker_versions)
    except Exception as error:  # noqa: BLE001 - e.g. profilecheck not installed there
        raise UsageError(f"{where} cannot run profilecheck ({type(error).__name__}: {str(error)[:200]}); install the same version there") from None
    mine = worker_versions()
    other = sorted({tuple(version) for version in found.values()} - {mine})
    if other:
        raise UsageError(f"{where} run profilecheck {other[0][0]} (data {other[0][1]}), this is {mine[0]} (data {mine[1]}); install the same version there")


def run_dask(
    paths: list[str],
    options: Options,
    workers: Optional[int] = None,
    memory_limit_mb: Optional[int] = None,
    on_result: Optional[Callable[[int, dict, Optional[str]], None]] = None,
    scheduler: Optional[str] = None,
) -> RunResult:
    """Review `paths` on Dask; `on_result(index, result, html)` as each one finishes (in the
    order they finish), as runner.run does.  Ctrl-C stops cleanly and keeps what is done."""
    outcome = RunResult()

    def record(index: int, result: dict, html: Optional[str] = None) -> None:
        if on_result:
            on_result(index, result, html)
            return
        outcome.results[index] = result
        if html is not None:
            outcome.html[index] = html

    if not paths:
        return outcome
    # Ctrl-C sets a flag the loop checks between results, as runner.run does; results that come
    # back broken after it (a local worker stopped by the same Ctrl-C) are not recorded as faults.
    stop = threading.Event()
    previous_handler = None
    if threading.current_thread() is threading.main_thread():
        previous_handler = signal.signal(signal.SIGINT, lambda signum, frame: stop.set())
    client = cluster = None
    try:
        client, cluster = _connect(scheduler, workers or os.cpu_count() or 1, memory_limit_mb)
        if not stop.is_set():
            _check_workers(client, scheduler)
            client.run(warm_up_worker)  # every worker builds the pipeline before the first file
            _Map(client, paths, options, record, stop).run()
    except KeyboardInterrupt:
        stop.set()
    finally:
        if previous_handler is not None:
            signal.signal(signal.SIGINT, previous_handler)
        outcome.interrupted = stop.is_set()
        if client is not None:
            _close(client, cluster)
    return outcome


class _Map:
    """Files out to the workers a few at a time, results back as they finish, files stuck past
    their time found and reported."""

    def __init__(self, client, paths: list[str], options: Options, record, stop: threading.Event):
        self.client, self.paths, self.options, self.record, self.stop = client, paths, options, record, stop
        self.hard_limit = options.limits.timeout_seconds + GRACE_SECONDS
        self.threads = sum(client.nthreads().values()) or 1
        self.pending: deque = deque(range(len(paths)))  # indexes of files not sent yet
        self.alone: set[int] = set()  # files to send one per task (their task failed)
        # Files whose own one-file task failed: each is sent once more with nothing else in
        # flight, since a task is blamed for every worker that dies while it waits there, and
        # only a file that fails on its own is reported.
        self.isolate: set[int] = set()
        self.flying: dict = {}  # future -> the indexes it reads
        self.run_id = uuid.uuid4().hex[:8]
        self.tasks = 0
        self.snapshot: Optional[dict] = None  # the workers' answer to `reading`, from the watch thread
        self.watch_done = threading.Event()

    def run(self) -> None:
        from distributed import wait
        from distributed.client import FIRST_COMPLETED

        window = max(2, 2 * self.threads)  # tasks in flight: every thread busy, the parent's memory flat
        watch = threading.Thread(target=self._watch, name="profilecheck-dask-watch", daemon=True)
        watch.start()
        try:
            while (self.pending or self.flying) and not self.stop.is_set():
                while self.pending and len(self.flying) < window and not self._isolated_in_flight():
                    if self.pending[0] in self.isolate and self.flying:
                        break  # it waits until the others have finished
                    self._submit()
                if not self.flying:
                    continue
                try:
                    done = wait(list(self.flying), timeout=POLL_SECONDS, return_when=FIRST_COMPLETED).done
                except TimeoutError:
                    done = ()
                for future in done:
                    self._finished(future, self.flying.pop(future))
                self._stop_overdue()
        finally:
            self.watch_done.set()
            watch.join(WATCH_SECONDS + 1)

    def _on_its_own(self, index: int) -> bool:
        """A file sent in a task of its own (its task failed)."""
        return index in self.alone or index in self.isolate

    def _isolated_in_flight(self) -> bool:
        return any(indexes[0] in self.isolate for indexes in self.flying.values())

    def _submit(self) -> None:
        from ..readers import load_bytes

        # A few files per task, fewer towards the end so that the last tasks spread over every thread.
        size = 1 if self._on_its_own(self.pending[0]) else max(1, min(CHUNK, len(self.pending) // (2 * self.threads)))
        items = []
        while self.pending and len(items) < size and not (items and self._on_its_own(self.pending[0])):
            index = self.pending.popleft()
            path = self.paths[index]
            try:
                data, _ = load_bytes(path, self.options)
            except ProfileCheckError as error:
                self.record(index, error_record(path, error.cause))
                continue
            items.append((index, data, path))
        if not items:
            return
        self.tasks += 1
        key = f"profilecheck-{self.run_id}-{self.tasks}"
        future = self.client.submit(review_files, items, self.options, key, key=key, pure=False, retries=0)
        self.flying[future] = [index for index, _, _ in items]

    def _finished(self, future, indexes: list[int]) -> None:
        try:
            results = future.result()
        except Exception as error:  # noqa: BLE001 - a lost worker, or an error of the cluster's
            if self.stop.is_set():
                return  # stopped by Ctrl-C: not the files' fault
            if len(indexes) > 1:  # one of them brought the worker down: each is sent again on its own
                self.alone.update(indexes)
                self.pending.extendleft(reversed(indexes))
                return
            name = type(error).__name__
            if name == "KilledWorker" and indexes[0] not in self.isolate:  # maybe it only waited there
                self.isolate.add(indexes[0])
                self.pending.appendleft(indexes[0])
                return
            cause = CRASHED if name == "KilledWorker" else f"the Dask worker failed: {name}: {str(error)[:200]}"
            self.record(indexes[0], error_record(self.paths[indexes[0]], cause))
            return
        for index, result, html in results:
            self.record(index, result, html)

    def _watch(self) -> None:
        """Ask the workers what they are reading, every WATCH_SECONDS, in this thread of its own
        so the loop never waits for a busy worker's answer."""
        while not self.watch_done.wait(WATCH_SECONDS):
            try:
                self.snapshot = self.client.run(reading, on_error="return")
            except Exception:  # noqa: BLE001 - a worker restarting, the client closing: ask again
                continue

    def _stop_overdue(self) -> None:
        """A file still being read `hard_limit` seconds after it started is stuck where the
        worker's own time limit cannot reach (native code): it is reported, its worker
        restarted, and the other files of its task sent again."""
        snapshot, self.snapshot = self.snapshot, None
        if not snapshot:
            return
        by_key = {future.key: future for future in self.flying}
        stuck_on: list[str] = []
        for address, found in snapshot.items():
            if not isinstance(found, dict):  # that worker could not answer
                continue
            for key, (index, seconds) in found.items():
                future = by_key.get(key)
                if future is None or seconds <= self.hard_limit:
                    continue
                indexes = self.flying.pop(future)
                self.client.cancel(future)
                cause = f"stopped: reading took longer than {self.options.limits.timeout_seconds:g} seconds (--timeout)"
                self.record(index, error_record(self.paths[index], cause))
                self.pending.extendleft(reversed([other for other in indexes if other != index]))
                stuck_on.append(address)
        if stuck_on:
            try:
                self.client.restart_workers(stuck_on, raise_for_error=False)
            except Exception:  # noqa: BLE001 - a worker without a nanny cannot be restarted: it stays busy
                pass


def _close(client, cluster) -> None:
    """Close the client and the local cluster; a cluster that does not close within
    CLOSE_SECONDS (a worker process that hangs) has its worker processes killed, so the batch
    always ends."""
    try:
        client.close()
    finally:
        if cluster is not None:
            try:
                cluster.close(timeout=CLOSE_SECONDS)
            except Exception:  # noqa: BLE001 - TimeoutError, or a cluster already half gone
                for nanny in list(getattr(cluster, "workers", {}).values()):
                    pid = getattr(getattr(getattr(nanny, "process", None), "process", None), "pid", None)
                    if pid:
                        try:
                            os.kill(pid, signal.SIGKILL)
                        except OSError:
                            pass
