"""profilecheck: reviews resumes and LinkedIn profiles of IT Project Managers.

The library comes first:

    >>> import profilecheck
    >>> report = profilecheck.analyze("resume.pdf")          # doctest: +SKIP
    >>> report.facts.years_of_experience                      # doctest: +SKIP

The command line (`profilecheck check resume.pdf`) is a thin layer over `analyze`, and
`profilecheck diff old.pdf new.pdf` over `profilecheck.diff(old_report, new_report)`.
Heavy parts (spaCy, PDF engines) load on first use, so `import profilecheck` stays cheap.
"""
from __future__ import annotations

__version__ = "0.1.0"

from .errors import ProfileCheckError  # noqa: E402
from .options import Limits, Options  # noqa: E402

_LAZY = {
    "analyze": "pipeline",
    "analyze_bytes": "pipeline",
    "analyze_text": "pipeline",
    "Report": "models",
    "diff": "changes",
    "ReportDiff": "changes",
}


def __getattr__(name: str):
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module 'profilecheck' has no attribute {name!r}")
    import importlib

    module = importlib.import_module(f".{module_name}", __name__)
    return getattr(module, name)


__all__ = ["analyze", "analyze_bytes", "analyze_text", "diff", "ReportDiff", "Options", "Limits", "Report", "ProfileCheckError", "__version__"]
