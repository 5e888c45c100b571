"""The whole path from a source to a Report, each stage a pure function of the one before."""
from __future__ import annotations

from typing import Optional

from .facts import derive_facts
from .models import Document, Report, SourceInfo
from .options import Options
from .readers import Source, load_bytes, read_bytes
from .readers.text import read_text
from .structure import build_profile


def report_from_document(document: Document, options: Options) -> Report:
    profile = build_profile(document)
    facts = derive_facts(profile, options.today)
    source = SourceInfo(
        path=document.path,
        kind=profile.kind,
        pages=document.pages,
        characters=len(profile.text),
        sha256=document.sha256,
        warnings=document.warnings,
    )
    return Report(source=source, profile=profile, facts=facts)


def analyze_bytes(data: bytes, options: Optional[Options] = None, path: Optional[str] = None) -> Report:
    """The per-file core: a pure function of (bytes, options)."""
    options = options or Options()
    return report_from_document(read_bytes(data, path, options), options)


def analyze(source: Source, options: Optional[Options] = None, name: Optional[str] = None) -> Report:
    """Read and judge a resume: a path, bytes, or a binary stream (left open)."""
    options = options or Options()
    data, path = load_bytes(source, options, name)
    return analyze_bytes(data, options, path)


def analyze_text(text: str, options: Optional[Options] = None) -> Report:
    """Judge pasted text: a headline, an About section, or a whole profile."""
    options = options or Options()
    return report_from_document(read_text(text.encode("utf-8"), options, None), options)
