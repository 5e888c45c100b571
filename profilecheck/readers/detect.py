"""Decide what a file is from its first bytes."""
from __future__ import annotations

import io
import zipfile

PDF_SEARCH_WINDOW = 1024  # PDF readers accept junk before %PDF within the first KiB


def detect_kind(data: bytes) -> str:
    """Return pdf, docx, text, or a reason it is none of them (empty, zip, doc, rtf, image, binary)."""
    if not data.strip():
        return "empty"
    if b"%PDF-" in data[:PDF_SEARCH_WINDOW]:
        return "pdf"
    if data[:4] == b"PK\x03\x04":
        return "docx" if _looks_like_docx(data) else "zip"
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return "doc"
    if data[:5] == b"{\\rtf":
        return "rtf"
    if data[:8] == b"\x89PNG\r\n\x1a\n" or data[:3] == b"\xff\xd8\xff" or data[:4] in (b"GIF8", b"II*\x00", b"MM\x00*"):
        return "image"
    return "text" if _looks_like_text(data) else "binary"


def _looks_like_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        # A truncated or damaged zip that starts like one: let the DOCX reader name the damage.
        return b"word/" in data[:65536]
    return "word/document.xml" in names or "[Content_Types].xml" in names and any(
        n.startswith("word/") for n in names
    )


def _looks_like_text(data: bytes) -> bool:
    sample = data[:65536]
    if sample[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return True  # UTF-16 with a byte-order mark
    if b"\x00" in sample:
        # NULs in an otherwise textual file are tolerated when rare
        if sample.count(b"\x00") > len(sample) // 100:
            return False
    control = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13, 0))
    return control <= max(2, len(sample) // 200)
