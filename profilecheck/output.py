"""Writing a report where the person asked for it, the way a shell redirect would, but safely.

- A regular file is replaced atomically: the text goes to a temporary file beside it, which
  takes the target's name only once every byte is on disk, so a failed write (a full disk, a
  quota, a read-only folder) leaves the old file as it was.  The new file gets the old one's
  permissions, or the umask's for a new file, like any file a program creates.
- A symbolic link is written through: the file it points to is replaced, the link stays.
- Device files, pipes and sockets (`/dev/null`, `/dev/stdout`, a FIFO) are written to
  directly, never replaced; so is anything under /dev or /proc.
- A directory, an input of the run (the resume, the `--job` file) and a target that cannot be
  written are refused with one line (`OutputError`); nothing is created anywhere else.
"""
from __future__ import annotations

import errno
import os
import re
import stat
import tempfile
from typing import Callable, Iterable, Optional, Sequence

from .errors import OutputError

# Paths here are windows onto other files (/dev/stdout, /proc/self/fd/1): write to them as
# they are, never replace them.
_SPECIAL_ROOTS = ("/dev/", "/proc/")


def write_report(path: str, text: str, inputs: Iterable[Optional[str]] = ()) -> None:
    """Write `text` (UTF-8) to `path` as described above; OutputError on any failure."""
    write_bytes(path, text.encode("utf-8", errors="surrogateescape"), inputs)


# The old name, used by the batch outputs.
def write_atomic(path: str, text: str, inputs: Sequence[Optional[str]] = ()) -> None:
    write_report(path, text, inputs)


def write_bytes(path: str, data: bytes, inputs: Iterable[Optional[str]] = ()) -> None:
    """Bytes to `path` (see the module's docstring); OutputError on any failure."""
    shown_as = path
    try:
        info = os.stat(path)  # follows symbolic links
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise OutputError(f"cannot write the report: {_reason(error)}", shown_as) from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise OutputError("is a directory; give a file name for the report", shown_as)
    if info is not None:
        for source in inputs:
            if source and _same_file(source, info):
                raise OutputError("is an input of this run; refusing to overwrite it (choose another -o file)", shown_as)
    absolute = os.path.abspath(path)
    if info is not None and (not stat.S_ISREG(info.st_mode) or absolute.startswith(_SPECIAL_ROOTS)):
        _write_in_place(path, data, shown_as, regular=stat.S_ISREG(info.st_mode))
        return
    if absolute.startswith(_SPECIAL_ROOTS):
        raise OutputError("cannot create a new file here (a device or process folder)", shown_as)
    # A link (even a dangling one) is written through: replace what it points to.
    target = os.path.realpath(absolute) if os.path.islink(absolute) or info is not None else absolute
    _replace(target, data, shown_as, info)


def _same_file(source: str, info: os.stat_result) -> bool:
    try:
        other = os.stat(source)
    except OSError:
        return False
    return (other.st_dev, other.st_ino) == (info.st_dev, info.st_ino)


def _write_in_place(path: str, data: bytes, shown_as: str, regular: bool) -> None:
    """Devices, pipes and /dev or /proc paths: open and write, as `> path` in a shell would.
    A regular file reached that way (`-o /dev/stdout > file`) is appended to, so that a
    shell's `>>` is kept; a fresh `>` file is empty anyway."""
    flags = os.O_WRONLY | (os.O_APPEND if regular else 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        handle = os.open(path, flags)
    except OSError as error:
        raise OutputError(f"cannot write the report: {_reason(error)}", shown_as) from None
    try:
        _write_all(handle, data)
    except OSError as error:
        raise OutputError(f"cannot write the report: {_reason(error)}", shown_as) from None
    finally:
        os.close(handle)


def _replace(target: str, data: bytes, shown_as: str, info: Optional[os.stat_result]) -> None:
    _replace_with(target, lambda handle: _write_all(handle.fileno(), data), shown_as, info)


def replace_file(path: str, fill: Callable, shown_as: Optional[str] = None) -> None:
    """Replace the regular file `path` atomically with what `fill(binary_file)` writes; new
    files get the umask's permissions, old ones keep theirs.  OutputError on failure."""
    try:
        info = os.stat(path)
    except OSError:
        info = None
    _replace_with(path, fill, shown_as or path, info)


def _replace_with(target: str, fill: Callable, shown_as: str, info: Optional[os.stat_result]) -> None:
    folder = os.path.dirname(target) or "."
    if not os.path.isdir(folder):
        raise OutputError("the output folder does not exist", shown_as)
    try:
        handle, temporary = tempfile.mkstemp(prefix=".profilecheck-", suffix=".tmp", dir=folder)
    except OSError as error:
        raise OutputError(f"cannot write the report: {_reason(error)}", shown_as) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            fill(stream)
            stream.flush()
            mode = stat.S_IMODE(info.st_mode) if info is not None else 0o666 & ~current_umask()
            os.fchmod(stream.fileno(), mode)
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException as error:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        if isinstance(error, OSError):
            raise OutputError(f"cannot write the report: {_reason(error)}; the old file is unchanged", shown_as) from None
        raise


def _write_all(handle: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(handle, view)
        if written <= 0:  # pragma: no cover - a device that takes nothing
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        view = view[written:]


def _reason(error: OSError) -> str:
    return (error.strerror or str(error)).rstrip(".").lower() if error.strerror else str(error)


def current_umask() -> int:
    """The process umask, read without changing it where the system allows (Linux)."""
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    value = os.umask(0o022)
    os.umask(value)
    return value


# ---------------------------------------------------------------- names shown to people

_UNDECODABLE = re.compile("[\udc80-\udcff]")
# Terminal escape sequences (CSI, OSC, DCS/SOS/PM/APC strings, two-character escapes, 8-bit
# CSI), then single control characters, bidirectional overrides and isolates, line separators.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"
    r"|\x1b[ -/]*[0-~]"
    r"|\x9b[0-?]*[ -/]*[@-~]"
)
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff\ud800-\udfff]")


def shown(text: Optional[str]) -> str:
    """A file name (or a line naming one) as it may be shown on a terminal, in a CSV cell or
    on a page: bytes that were not UTF-8 (kept by Python as lone surrogates) appear escaped as
    \\xNN; escape sequences, control characters and bidirectional overrides are stripped, as
    the report strips them; tabs and line breaks become spaces."""
    if not text:
        return ""
    text = _UNDECODABLE.sub(lambda match: f"\\x{ord(match.group()) - 0xDC00:02x}", text)
    text = _ESCAPES.sub("", text).replace("\t", " ").replace("\n", " ")
    return _CONTROLS.sub("", text)


def json_safe(text: str) -> str:
    """JSON text with lone surrogates (names that were not UTF-8) written as JSON escapes
    (\\udcff): valid UTF-8 on disk, and `json.loads` gives back the very same name."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", errors="backslashreplace").decode("utf-8")
