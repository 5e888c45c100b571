"""Plain text and Markdown: .txt/.md files, stdin, and text pasted into the library.

The encoding is guessed from the bytes: a byte-order mark wins, then BOM-less UTF-16, then
UTF-8 with any invalid bytes read as Windows-1252 (so a mostly-UTF-8 file with one pasted
cp1252 quote, and a pure cp1252 file, both come out right).
"""
from __future__ import annotations

import codecs
import re
from typing import Optional

from ..errors import EmptyDocumentError, LimitExceededError, UnsupportedFormatError
from ..models import Document, Line
from ..options import Options
from .detect import utf16_without_bom
from .repair import HyphenatedLine, clean_line

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16-LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_FALLBACK_ERRORS = "profilecheck-cp1252"


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: read bytes that are not UTF-8 as Windows-1252 instead."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    chunk = error.object[error.start:error.end]
    # cp1252 leaves five bytes undefined; latin-1 maps them to controls clean_line drops.
    return "".join(_cp1252_char(byte) for byte in chunk), error.end


def _cp1252_char(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


codecs.register_error(_FALLBACK_ERRORS, _cp1252_fallback)


def decode(data: bytes) -> str:
    """Bytes -> str; never fails."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace")
    utf16 = utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, errors="replace")
    # NULs in an 8-bit file are debris (a bad export or paste): drop them before decoding.
    return data.replace(b"\x00", b"").decode("utf-8", errors=_FALLBACK_ERRORS)


# ---------------------------------------------------------------- checks

# Characters that text does not contain.  Counted on a sample: enough to tell, and cheap.
_NON_TEXT_RE = re.compile("[\x00-\x08\x0e-\x19\x1c-\x1f\x7f\ufffd]")
_SAMPLE_CHARS = 100_000


def _check_is_text(text: str, path: Optional[str]) -> None:
    sample = text[:_SAMPLE_CHARS]
    bad = len(_NON_TEXT_RE.findall(sample))
    if bad > max(8, len(sample) // 50):
        raise UnsupportedFormatError("holds binary data, not text; expected a PDF, DOCX or text resume", path)


def _check_size(text: str, options: Options, path: Optional[str]) -> None:
    limit = options.limits.max_text_chars
    if len(text) > limit:
        raise LimitExceededError(
            f"holds {len(text):,} characters of text, more than the {limit:,} allowed for one resume "
            "(Limits.max_text_chars)",
            path,
        )


# ---------------------------------------------------------------- markdown
#
# Markdown is undone line by line, always: the markers it uses ("## ", "**x**", "[a](b)")
# do not occur in plain-text resumes, and stdin has no file name to tell by.  Every
# pattern is bounded so a megabyte-long line stays linear.

_ATX_HEADING_RE = re.compile(r"^ {0,3}#{1,6}(?: +(.*))?$")
_SETEXT_RULE_RE = re.compile(r"^ {0,3}(?:={3,}|-{3,}) *$")
_THEMATIC_BREAK_RE = re.compile(r"^ {0,3}(?:(?:\* *){3,}|(?:- *){3,}|(?:_ *){3,})$")
_FENCE_RE = re.compile(r"^ {0,3}(?:```|~~~)")
_TABLE_RULE_RE = re.compile(r"^ *\|?(?: *:?-+:? *\|)+ *:?-*:? *\|? *$")
_IMAGE_RE = re.compile(r"!\[[^\[\]\n]{0,200}\]\([^()\s]{0,500}\)")
_LINK_RE = re.compile(r"\[([^\[\]\n]{1,200})\]\(([^()\s]{1,500})\)")
_AUTOLINK_RE = re.compile(r"<((?:https?://|mailto:)[^>\s]{1,500})>")
# Inner parts exclude the marker character, so a scan stops at the next marker.
_STRONG_RE = re.compile(r"\*\*(?=[^\s*])([^*\n]{1,300}?)(?<=[^\s*])\*\*|__(?=[^\s_])([^_\n]{1,300}?)(?<=[^\s_])__")
_EMPHASIS_RE = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]{1,300}?)(?<=[^\s*])\*(?![\w*])"
                          r"|(?<![\w_])_(?=[^\s_])([^_\n]{1,300}?)(?<=[^\s_])_(?![\w_])")
_CODE_RE = re.compile(r"`([^`\n]{1,300})`")
_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")
_PLUS_ITEM_RE = re.compile(r"^ *\+ +")
_QUOTE_RE = re.compile(r"^ {0,3}(?:> ?)+")


def _link(match: re.Match[str]) -> str:
    label, target = match.group(1), match.group(2)
    target = target.removeprefix("mailto:")
    # Keep the address: a profile URL or an e-mail is contact information.
    if label.strip() == target or target.startswith("#"):
        return label
    return f"{label} ({target})"


def _inline(text: str) -> str:
    if "[" in text:
        text = _IMAGE_RE.sub("", text)
        text = _LINK_RE.sub(_link, text)
    if "<" in text:
        text = _AUTOLINK_RE.sub(lambda m: m.group(1).removeprefix("mailto:"), text)
    if "**" in text or "__" in text:
        text = _STRONG_RE.sub(lambda m: m.group(1) or m.group(2), text)
    if "*" in text or "_" in text:
        text = _EMPHASIS_RE.sub(lambda m: m.group(1) or m.group(2), text)
    if "`" in text:
        text = _CODE_RE.sub(r"\1", text)
    if "\\" in text:
        text = _ESCAPE_RE.sub(r"\1", text)
    return text


def _heading_text(text: str) -> str:
    """ "Experience ##" -> "Experience": closing hashes are decoration (only after a space)."""
    text = text.rstrip()
    bare = text.rstrip("#")
    if bare != text and (not bare or bare.endswith(" ")):
        return bare.rstrip()
    return text


def _table_row(text: str) -> str:
    """ "| PMP | 2019 |" -> "PMP | 2019": the cells stay apart, the frame goes."""
    return text.strip().strip("|").strip()


def markdown_lines(raw_lines: list[str]) -> list[tuple[str, bool]]:
    """Raw lines -> (text, is_heading) with Markdown syntax removed; blank lines kept."""
    out: list[tuple[str, bool]] = []
    in_fence = False
    plain = False  # the last line was ordinary paragraph text (what a setext rule underlines)
    for raw in raw_lines:
        was_plain, plain = plain, False
        if _FENCE_RE.match(raw):
            in_fence = not in_fence
            continue
        if in_fence:
            out.append((raw, False))
            continue
        heading = _ATX_HEADING_RE.match(raw)
        if heading:
            out.append((_inline(_heading_text(heading.group(1) or "")), True))
            continue
        if was_plain and _SETEXT_RULE_RE.match(raw):
            # "Experience" underlined with === or ---: the line above is a heading.
            out[-1] = (out[-1][0], True)
            continue
        if _THEMATIC_BREAK_RE.match(raw):
            out.append(("", False))
            continue
        text = raw
        start = text.lstrip()[:2]
        if start.startswith(">"):
            text = _QUOTE_RE.sub("", text)
        elif start.startswith("|"):
            if len(text) < 1000 and _TABLE_RULE_RE.match(text):  # bounded: the rule regex backtracks
                continue
            text = _table_row(text)
        elif start == "+ ":
            text = _PLUS_ITEM_RE.sub("• ", text)
        else:
            plain = bool(start) and start not in ("- ", "* ") and not start.startswith("•")
        out.append((_inline(text), False))
    return out


# ---------------------------------------------------------------- lines


def _document_lines(marked: list[tuple[str, bool]]) -> list[Line]:
    """Clean each line, join words hyphenated across lines, keep at most one blank line in a row."""
    lines: list[Line] = []
    building: Optional[HyphenatedLine] = None  # the last line, while the next may continue it

    def settle() -> None:
        nonlocal building
        if building is not None and len(building.pieces) > 1:
            lines[-1] = Line(building.text)
        building = None

    for raw, heading in marked:
        text = clean_line(raw)
        if not text:
            settle()
            if lines and lines[-1].text:
                lines.append(Line(""))
            continue
        # Joined in time linear in the text (pair by pair, 'man-' * 200,000 lines took minutes).
        if building is not None and not heading and building.join(text):
            continue
        settle()
        lines.append(Line(text, bold=heading))
        building = HyphenatedLine(text) if not heading else None
    settle()
    while lines and not lines[-1].text:
        lines.pop()
    return lines


def read_text(data: bytes, options: Options, path: Optional[str] = None) -> Document:
    """Read a plain-text or Markdown resume (also what `analyze_text` and stdin go through)."""
    from .detect import sha256_of

    if not data.strip():
        raise EmptyDocumentError("file is empty" if not data else "holds only blank space, no text", path)
    text = decode(data)
    _check_size(text, options, path)
    _check_is_text(text, path)
    lines = _document_lines(markdown_lines(text.splitlines()))
    if not lines:
        raise EmptyDocumentError("holds no readable text", path)
    return Document(
        kind="text",
        lines=tuple(lines),
        pages=1,
        sha256=sha256_of(data),
        path=path,
    )
