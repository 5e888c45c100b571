"""Settings as small frozen dataclasses that validate themselves."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Optional

from .errors import SizeLimitError, UsageError

PDF_ENGINES = ("auto", "pdfium", "pdfplumber")


@dataclass(frozen=True)
class Limits:
    """Resource limits applied to every input, in check and batch alike."""

    max_file_bytes: int = 20 * 1024 * 1024  # 20 MiB: far above any real resume
    max_pages: int = 50
    max_docx_uncompressed: int = 50 * 1024 * 1024  # bytes the zip members inflate to, counted while inflating; real resumes unpack to < 5 MB
    max_pdf_unpacked: int = 200 * 1024 * 1024  # bytes a PDF's compressed streams (but images) inflate to, counted while inflating
    max_text_chars: int = 2_000_000  # decoded characters kept from a text input
    max_job_chars: int = 100_000  # a job posting (a real one has a few thousand characters)
    timeout_seconds: float = 60.0

    def __post_init__(self) -> None:
        for name in ("max_file_bytes", "max_pages", "max_docx_uncompressed", "max_pdf_unpacked", "max_text_chars", "max_job_chars"):
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
        if self.job is not None:
            if not isinstance(self.job, str):
                raise UsageError(f"job must be the text of a job posting, got {type(self.job).__name__}")
            limit = self.limits.max_job_chars
            if len(self.job) > limit:
                raise SizeLimitError(
                    f"the job posting holds {len(self.job):,} characters, more than the {limit:,} allowed "
                    "(Limits.max_job_chars)",
                    "job posting",
                )

    @property
    def today(self) -> date:
        return self.as_of or date.today()
