"""One tree of named errors.  Each carries the file it is about and a one-line cause.

The CLI prints `str(error)` and exits with code 2; nothing else is shown to the user.
"""
from __future__ import annotations

from typing import Optional


class ProfileCheckError(Exception):
    """Base of every error profilecheck raises on purpose."""

    def __init__(self, cause: str, path: Optional[str] = None):
        super().__init__(cause)
        self.cause = cause
        self.path = path

    def __str__(self) -> str:
        where = self.path if self.path is not None else "<stdin>"
        return f"{where}: {self.cause}"

    def with_path(self, path: Optional[str]) -> "ProfileCheckError":
        self.path = path
        return self

    def __reduce__(self):
        # Errors cross process boundaries (batch and web workers): keep the path too.
        return (type(self), (self.cause, self.path))

    def detached(self) -> "ProfileCheckError":
        """A copy without traceback, cause or context, to send to another process.  Some
        libraries make pickle carry an exception's whole chain (tblib, which Dask's
        distributed installs on import), and a chain can loop: pdfplumber wraps our time-limit
        error in its own, and the reader raises ours again from inside that handler."""
        kind, args = self.__reduce__()
        return kind(*args)


class UsageError(ProfileCheckError):
    """Options that do not make sense together, or an invalid value."""

    def __str__(self) -> str:
        return self.cause if self.path is None else super().__str__()


class InputError(ProfileCheckError):
    """The input cannot be read: missing, a directory, no permission, too big, empty."""


class UnsupportedFormatError(InputError):
    """The bytes are not a PDF, DOCX or text."""


class EmptyDocumentError(InputError):
    """The file is empty or holds no readable text."""


class LimitExceededError(InputError):
    """A resource limit (size, pages, uncompressed size, time) was reached."""


class SizeLimitError(LimitExceededError):
    """The input itself is bigger than allowed: the file, a text or a form field."""


class TimeLimitError(LimitExceededError):
    """The work took longer than the time limit (--timeout) and was stopped."""


class MemoryLimitError(LimitExceededError):
    """The work needed more memory than the limit allows (or than there is)."""


class NestingLimitError(LimitExceededError):
    """The input is nested more deeply than can be read (Python's recursion limit)."""


class CorruptFileError(InputError):
    """The file claims a format but is broken (truncated PDF, bad zip, ...)."""


class EncryptedPdfError(InputError):
    """The PDF needs a password."""


class ScannedPdfError(EmptyDocumentError):
    """The PDF has pages but no text layer."""


class OutputError(ProfileCheckError):
    """The report cannot be written where it was asked to go (-o): a directory, an input of the
    run, a folder that does not exist or cannot be written, a full disk."""
