"""Writing a report to a file: atomically, never over an input, creating nothing else."""
from __future__ import annotations

import os
import tempfile
from typing import Sequence

from .errors import InputError, UsageError


def write_atomic(path: str, text: str, inputs: Sequence[str] = ()) -> None:
    target = os.path.abspath(path)
    for source in inputs:
        if source and os.path.exists(source) and os.path.exists(target) and os.path.samefile(source, target):
            raise UsageError(f"refusing to overwrite the input file {path}")
    folder = os.path.dirname(target) or "."
    if not os.path.isdir(folder):
        raise InputError("the output folder does not exist", path)
    handle, temporary = tempfile.mkstemp(prefix=".profilecheck-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        os.replace(temporary, target)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
