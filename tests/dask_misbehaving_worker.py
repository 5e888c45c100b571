"""A Dask worker preload for tests/test_batch_dask.py: makes one file misbehave on the workers.

Loaded by every worker process as it starts (`distributed.worker.preload`), restarted ones too,
so the tests need not fork workers from the test process (a fork of a process with threads can
inherit a held lock and hang: it did, once, in a logging call). PROFILECHECK_TEST_MISBEHAVE says
how: "hog" (memory, until the nanny restarts the worker) or "hang" (sleeps past the time limit)
for a file whose name starts with "a-".
"""
from __future__ import annotations

import os
import time


def dask_setup(worker) -> None:
    from profilecheck.batch import worker as batch_worker

    how = os.environ.get("PROFILECHECK_TEST_MISBEHAVE", "")
    real = batch_worker.review_bytes

    def misbehaving(data, options, path=None):
        if path and os.path.basename(path).startswith("a-"):
            if how == "hog":
                waste = [bytearray(64 * 1024 ** 2) for _ in range(200)]  # 12 GB, a chunk at a time
                return {"size": len(waste)}
            if how == "hang":
                time.sleep(120)
        return real(data, options, path)

    batch_worker.review_bytes = misbehaving
