"""Decide what a file is from its first bytes, never from its name."""
from __future__ import annotations

import hashlib
import io
import re
import zipfile
from typing import Optional

PDF_SEARCH_WINDOW = 1024  # PDF readers accept junk before %PDF within the first KiB
SAMPLE = 65536  # bytes looked at to tell text from binary

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# A password-protected .docx is not a zip: Office wraps the encrypted package in an OLE
# compound file whose directory names a stream "EncryptedPackage" (names are UTF-16-LE).
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")


def sha256_of(data: bytes) -> str:
    """The fingerprint of a source file (the readers put it on the Document)."""
    return hashlib.sha256(data).hexdigest()


def detect_kind(data: bytes) -> str:
    """Return pdf, docx, json (a JSON document: a JSON Resume, or not one, as its reader says),
    text, or a reason it is none of them (empty, zip, doc, rtf, image, binary).

    An encrypted DOCX is reported as "docx" so that the DOCX reader can say it needs a
    password, rather than calling it an old .doc file.
    """
    if not data:
        return "empty"
    if b"%PDF-" in data[:PDF_SEARCH_WINDOW]:
        return "pdf"
    if data[:4] == b"PK\x03\x04" or data[:4] == b"PK\x05\x06":  # the second: an empty zip
        return "docx" if _looks_like_docx(data) else "zip"
    if data[:8] == OLE_MAGIC:
        return "docx" if is_encrypted_ooxml(data) else "doc"
    if data[:5] == b"{\\rtf":
        return "rtf"
    if _is_image(data):
        return "image"
    if _looks_like_json(data):
        return "json"
    # Whitespace-only bytes are a text file with nothing in it: the text reader says so.
    return "text" if _looks_like_text(data) else "binary"


# A JSON object or a list of them: "{" then a key or "}", or "[" then "{" or "]".  A text resume
# that merely starts with a brace ("{Name}") is still text.
_JSON_START = re.compile(r'\s*(?:\{\s*["}]|\[\s*[{\]])')


def _looks_like_json(data: bytes) -> bool:
    head = data[:256]
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            head, guess = head[len(bom):], encoding
            break
    else:
        guess = utf16_without_bom(head) or "utf-8"
    if guess.startswith("utf-16"):
        head = head[: len(head) - len(head) % 2]
    return _JSON_START.match(head.decode(guess, errors="ignore")) is not None


def is_encrypted_ooxml(data: bytes) -> bool:
    """True for an OLE compound file that holds an encrypted Office Open XML package."""
    return data[:8] == OLE_MAGIC and _ENCRYPTED_PACKAGE in data[:1048576]


def _is_image(data: bytes) -> bool:
    head = data[:16]
    return (
        head[:8] == b"\x89PNG\r\n\x1a\n"
        or head[:3] == b"\xff\xd8\xff"
        or head[:4] in (b"GIF8", b"II*\x00", b"MM\x00*")
        or (head[:4] == b"RIFF" and head[8:12] == b"WEBP")
        or head[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftypavif")
    )


def _looks_like_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except Exception:  # noqa: BLE001 - a sniff must never raise; zipfile also raises NotImplementedError
        # A truncated or damaged zip: whatever it was meant to be, the DOCX reader is the one
        # that can say it is damaged (a cut-off .docx often ends before its "word/" entries).
        return True
    return "word/document.xml" in names or "[Content_Types].xml" in names and any(
        n.startswith("word/") for n in names
    )


def utf16_without_bom(data: bytes) -> Optional[str]:
    """"utf-16-le"/"utf-16-be" when the bytes look like BOM-less UTF-16, else None.

    Latin text in UTF-16 has a NUL in every other byte, all on the same side; binary
    files have NULs scattered on both.
    """
    sample = data[: SAMPLE - SAMPLE % 2]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    odd_nuls = sample[1::2].count(0)
    even_nuls = sample[0::2].count(0)
    if odd_nuls >= pairs * 0.6 and even_nuls <= pairs * 0.02:
        return "utf-16-le"
    if even_nuls >= pairs * 0.6 and odd_nuls <= pairs * 0.02:
        return "utf-16-be"
    return None


def _looks_like_text(data: bytes) -> bool:
    sample = data[:SAMPLE]
    if sample[:2] in (b"\xff\xfe", b"\xfe\xff") or sample[:3] == b"\xef\xbb\xbf":
        return True  # a byte-order mark: someone saved this as text on purpose
    if utf16_without_bom(sample):
        return True
    nuls = sample.count(0)
    # A stray NUL or two (a bad copy-paste) is tolerated; binary formats are full of them.
    if nuls > max(4, len(sample) // 100):
        return False
    control = sum(sample.count(byte) for byte in _BINARY_CONTROLS)
    return control <= max(2, len(sample) // 200)


# C0 control bytes that text files do not contain (tab, newlines, form feed, ESC and NUL
# are left out: NULs are counted separately, the others turn up in real text).
_BINARY_CONTROLS = tuple(byte for byte in range(32) if byte not in (0, 9, 10, 11, 12, 13, 26, 27))
