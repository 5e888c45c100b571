"""Settings as small frozen dataclasses that validate themselves."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Optional

from .errors import UsageError

PDF_ENGINES = ("auto", "pdfium", "pdfplumber")


@dataclass(frozen=True)
class Limits:
    """Resource limits applied to every input, in check and batch alike."""

    max_file_bytes: int = 20 * 1024 * 1024  # 20 MiB: far above any real resume
    max_pages: int = 50
    max_docx_uncompressed: int = 50 * 1024 * 1024  # sum of the zip members' declared sizes; real resumes unpack to < 5 MB
    max_text_chars: int = 2_000_000  # decoded characters kept from a text input
    timeout_seconds: float = 60.0

    def __post_init__(self) -> None:
        for name in ("max_file_bytes", "max_pages", "max_docx_uncompressed", "max_text_chars"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                raise UsageError(f"{name} must be a positive whole number, got {value!r}")
        if not (isinstance(self.timeout_seconds, (int, float)) and self.timeout_seconds > 0):
            raise UsageError(f"timeout_seconds must be positive, got {self.timeout_seconds!r}")


@dataclass(frozen=True)
class Options:
    as_of: Optional[date] = None  # the date "Present" means; None = today
    pdf_engine: str = "auto"
    limits: Limits = field(default_factory=Limits)
    select: tuple[str, ...] = ()  # rule codes or prefixes to run (empty: all)
    ignore: tuple[str, ...] = ()  # rule codes or prefixes to skip
    job: Optional[str] = None  # the text of a job posting to match against

    def __post_init__(self) -> None:
        if isinstance(self.select, str) or isinstance(self.ignore, str):
            raise UsageError("select and ignore must be sequences of rule codes, e.g. ('PC1',)")
        if self.pdf_engine not in PDF_ENGINES:
            raise UsageError(
                f"pdf engine must be one of {', '.join(PDF_ENGINES)}, got {self.pdf_engine!r}"
            )
        if self.as_of is not None and not isinstance(self.as_of, date):
            raise UsageError(f"as_of must be a date, got {self.as_of!r}")

    @property
    def today(self) -> date:
        return self.as_of or date.today()
