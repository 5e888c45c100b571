"""Python's cyclic garbage collector, paused while a process starts.

Start-up (spaCy's import, the lexicons, the pattern table, the tokenizer) makes about a million
objects that live as long as the process and hold no garbage cycles, yet every 70,000 new
objects the collector scans the young ones again, and once collection resumes it scans all that
were made while it was paused.  So the command line pauses collection from its first line
(`pause(whole_process=True)`) until the pipeline is built or a document is read, and then
moves every object made so far out of the collector's sight (`gc.freeze`) before collecting
again: about 100 ms of a headline's start.  Commands that run long in the same process (batch,
serve) resume at once.

Building the pipeline pauses collection too.  In a process that is not ours (a library caller)
nothing is frozen, since that would keep the caller's garbage of the moment for good; it pays
one collection after the build instead.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator

_paused = False  # paused by us (a caller that disabled the collector itself is left alone)
_whole_process = False  # paused by the command line, which owns the process


def pause(whole_process: bool = False) -> None:
    global _paused, _whole_process
    if gc.isenabled():
        gc.disable()
        _paused, _whole_process = True, whole_process


def resume() -> None:
    """Collect again if we paused it (first freezing what the command line's start-up made)."""
    global _paused, _whole_process
    if _paused:
        if _whole_process:
            gc.freeze()
        _paused = _whole_process = False
        gc.enable()


@contextmanager
def paused_while_building() -> Iterator[None]:
    """Pause for a build of long-lived objects, then collect again."""
    pause()
    try:
        yield
    finally:
        resume()
