"""The benchmarks run in profilecheck's own environment (`pip install -e ".[test]"`); started
outside it, they say so in one line and exit 2 instead of failing on an import."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

NEEDED = ("spacy", "rapidfuzz", "pdfplumber", "pypdfium2", "docx", "jinja2")


def require(*more: str) -> None:
    """Exit 2 with one line naming what is missing, if any of profilecheck's dependencies (and
    `more`, a benchmark's own: reportlab for the drawn PDFs) cannot be imported."""
    missing = [name for name in (*NEEDED, *more) if importlib.util.find_spec(name) is None]
    if missing:
        print(f"{Path(sys.argv[0]).name}: {', '.join(missing)} not installed; run the benchmarks in the "
              f"environment where profilecheck is installed (pip install -e \".[test]\")", file=sys.stderr)
        sys.exit(2)
