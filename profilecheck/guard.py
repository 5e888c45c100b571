"""One guarded call for every entry point: the command line, a batch worker, a web worker.

`guarded(work, timeout)` runs `work()` under the time limit and turns what can go wrong at the
limits into named errors:

- the time limit             -> TimeLimitError
- MemoryError                -> MemoryLimitError
- RecursionError             -> NestingLimitError

so that an entry point only maps error classes to what it answers with (an exit code, an HTTP
status, a line in a batch's results).  The time limit is a timer signal where that exists (the
main thread of a Unix process: the command line and the worker processes of batch and web all
run their guarded calls there); it fires again every second until the call ends, so a library
that swallows the first one cannot hang the call.  Elsewhere (another thread) long loops still
stop at the deadline through `checkpoint()`, which readers call between pages.

The worker processes add what only a process of its own can have: an address-space limit
(`limit_memory`) and death with the parent (`die_with_parent`).  A hang inside C code that
holds off signals, or a crash of a native library on memory exhaustion, is handled by the
parent of such a worker, which kills it after the time limit plus a grace period.  `isolated`
gives the command line the same: the guarded call runs in a forked child of its own.
"""
from __future__ import annotations

import os
import pickle
import select
import signal
import sys
import threading
import time
import traceback
from typing import Callable, Optional, TypeVar

from .errors import MemoryLimitError, NestingLimitError, ProfileCheckError, TimeLimitError

T = TypeVar("T")

MEMORY_CAUSE = "ran out of memory while reading (the memory limit was reached)"
NESTING_CAUSE = "is nested too deeply to read"
CRASH_CAUSE = "stopped: the reader crashed or ran out of memory (see --max-memory-mb)"
REFIRE_SECONDS = 1.0
GRACE_SECONDS = 5.0  # an isolated call silent this long past its time limit is killed

_state = threading.local()


def time_cause(seconds: float, option: Optional[str] = "--timeout") -> str:
    hint = f" ({option})" if option else ""
    return f"reading took longer than {seconds:g} seconds{hint}"


def guarded(work: Callable[[], T], timeout: Optional[float], path: Optional[str] = None, option: Optional[str] = "--timeout") -> T:
    """Run `work()` within `timeout` seconds (None: no time limit); named errors as above.

    A guarded call inside another keeps the outer deadline when that is the earlier one."""
    outer = getattr(_state, "deadline", None)
    deadline = time.monotonic() + timeout if timeout else None
    if outer is not None and (deadline is None or outer[0] <= deadline):
        deadline_info = outer  # the outer call's limit stands; its timer is already running
        use_timer = False
    else:
        deadline_info = (deadline, timeout, option, path) if deadline is not None else None
        use_timer = deadline_info is not None and _timer_usable()
    _state.deadline = deadline_info
    previous_handler = None
    if use_timer:
        seconds = timeout

        def expire(signum, frame):
            raise TimeLimitError(time_cause(seconds, option), path)

        previous_handler = signal.signal(signal.SIGALRM, expire)
        signal.setitimer(signal.ITIMER_REAL, max(seconds, 1e-3), REFIRE_SECONDS)
    try:
        return work()
    except MemoryError:
        raise MemoryLimitError(MEMORY_CAUSE, path) from None
    except RecursionError:
        raise NestingLimitError(NESTING_CAUSE, path) from None
    finally:
        if use_timer:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous_handler if previous_handler is not None else signal.SIG_DFL)
        _state.deadline = outer


def checkpoint() -> None:
    """Raise TimeLimitError when the current guarded call is past its deadline (for loops that
    may run where no timer signal can reach them)."""
    info = getattr(_state, "deadline", None)
    if info is not None and time.monotonic() > info[0]:
        _, seconds, option, path = info
        raise TimeLimitError(time_cause(seconds, option), path)


def _timer_usable() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def limit_memory(megabytes: Optional[int]) -> None:
    """Cap this process's address space (a worker process of its own only: native libraries
    such as PDFium abort rather than fail an allocation, which only a parent can report)."""
    if not megabytes:
        return
    try:
        import resource

        limit = int(megabytes) * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):
        pass


def die_with_parent(parent_pid: Optional[int] = None) -> None:
    """Have the kernel kill this process when its parent dies (Linux: PR_SET_PDEATHSIG), so a
    `kill -9` of a batch or a server leaves no worker behind.  Elsewhere the worker notices
    through its pipe, which reads end-of-file when the parent is gone."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        PR_SET_PDEATHSIG = 1
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return
    # The parent may have died before the call above: then nobody will send the signal.
    if parent_pid is not None and os.getppid() != parent_pid:
        os._exit(1)


def isolated(
    work: Callable[[], T],
    timeout: Optional[float],
    path: Optional[str] = None,
    option: Optional[str] = "--timeout",
    memory_limit_mb: Optional[int] = None,
) -> T:
    """`guarded(work, ...)` in a forked child process, which gets `memory_limit_mb` of address
    space beyond what this process has, dies with this process, and is killed when it has not
    answered within the time limit and a grace (a hang inside C code that holds off signals).
    A child that dies (a native library that aborts when memory runs out) is MemoryLimitError.
    The result comes back pickled.  Where there is no fork (not Linux), the call runs here."""
    if not (sys.platform.startswith("linux") and hasattr(os, "fork")):
        return guarded(work, timeout, path, option)
    budget = None
    if memory_limit_mb:
        budget = int(memory_limit_mb) + _address_space_mb()
    parent = os.getpid()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        status = 0
        try:
            os.close(read_end)
            die_with_parent(parent)
            limit_memory(budget)
            try:
                answer = ("ok", guarded(work, timeout, path, option))
            except ProfileCheckError as error:
                answer = ("error", error.detached())
            except KeyboardInterrupt:
                answer = ("interrupted", None)
            except BaseException:  # a bug of ours: the traceback, as without the child
                traceback.print_exc()
                answer = ("unexpected", None)
            data = pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
            view = memoryview(data)
            while view:
                view = view[os.write(write_end, view):]
        except BaseException:  # noqa: BLE001 - the parent reports a child that said nothing
            status = 1
        finally:
            os._exit(status)
    os.close(write_end)
    chunks = []
    finished = False
    try:
        limit = None if timeout is None else time.monotonic() + timeout + GRACE_SECONDS
        while True:
            wait = None if limit is None else max(0.0, limit - time.monotonic())
            ready, _, _ = select.select([read_end], [], [], wait)
            if not ready:
                raise TimeLimitError(time_cause(timeout, option), path)
            chunk = os.read(read_end, 1 << 20)
            if not chunk:
                finished = True
                break
            chunks.append(chunk)
    finally:
        os.close(read_end)
        if not finished:  # past its time, or we were interrupted: stop it
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        os.waitpid(pid, 0)
    try:
        status, value = pickle.loads(b"".join(chunks))
    except Exception:  # noqa: BLE001 - nothing or half an answer: the child died
        raise MemoryLimitError(CRASH_CAUSE, path) from None
    if status == "ok":
        return value
    if status == "error":
        raise value
    if status == "interrupted":
        raise KeyboardInterrupt
    raise SystemExit(1)  # the child printed the traceback


def _address_space_mb() -> int:
    """This process's address space now, in MB (Linux), or 0."""
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) // 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0
