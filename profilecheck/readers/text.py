"""Plain text and Markdown: .txt/.md files, stdin, and text pasted into the library.

The encoding is guessed from the bytes: a byte-order mark wins, then BOM-less UTF-16, then
UTF-8 with any invalid bytes read as Windows-1252 (so a mostly-UTF-8 file with one pasted
cp1252 quote, and a pure cp1252 file, both come out right).
"""
from __future__ import annotations

import codecs
import itertools
import re
from typing import Optional

from ..errors import EmptyDocumentError, LimitExceededError, UnsupportedFormatError
from ..models import Document, Line, PageWords, Word
from ..options import Options
from .detect import utf16_without_bom
from .repair import HyphenatedLine, clean_line, field_gaps, join_hyphenated, lost_dash

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
_ARROW_BULLET_RE = re.compile(r"^ *> +(?=[^\s>])")
# A list item as Word's "Save as plain text" writes it: the bullet, a tab, the text.
_TAB_BULLET_RE = re.compile(r"^ *[o·§Øü▪](?:\t+| {2,})(?=\S)")  # (the tab as blanks, when an editor expanded it)
_DOT_BULLET_RE = re.compile(r"^ *· +(?=[A-Z][a-z]*(?: +\S+){2})")
_QUOTED_SHARE = 0.8  # of the lines with text in them: a text quoted whole, as an e-mail reply quotes it


def unquoted(raw_lines: list[str]) -> list[str]:
    """A text quoted whole ("> " before every line, "> > " when quoted twice, as e-mail pastes it)
    without its quote marks, so that what they hide reads as typed: a heading's underline, a
    Markdown heading, a bullet.  Any other text as it was."""
    filled = [raw for raw in raw_lines if raw.strip()]
    quoted = sum(1 for raw in filled if raw.lstrip().startswith(">"))
    if not filled or quoted < _QUOTED_SHARE * len(filled):
        return raw_lines
    return [_QUOTE_RE.sub("", raw, count=1) for raw in raw_lines]


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
        if start == "> " and _ARROW_BULLET_RE.match(text):
            text = _ARROW_BULLET_RE.sub("• ", text)  # "> Led the rollout": a typed bullet (a quoted text lost its marks above)
        elif start.startswith(">"):
            text = _QUOTE_RE.sub("", text)
        elif start.startswith("|"):
            if len(text) < 1000 and _TABLE_RULE_RE.match(text):  # bounded: the rule regex backtracks
                continue
            text = _table_row(text)
        elif start == "+ ":
            text = _PLUS_ITEM_RE.sub("• ", text)
        elif start == "· " and _DOT_BULLET_RE.match(text):
            text = _DOT_BULLET_RE.sub("• ", text)  # typed "· Led the rollout" (LinkedIn's "· 2nd" is no sentence)
        elif start[:1] in "o·§Øü▪" and _TAB_BULLET_RE.match(text):
            text = _TAB_BULLET_RE.sub("• ", text)  # "o<TAB>Led ...": a field's tab would part it from its text
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
        text = clean_line(field_gaps(lost_dash(raw)))
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


# ---------------------------------------------------------------- flattened text
#
# Text taken out of a web page or a spreadsheet cell often has no line breaks left: every block
# of the page (a heading, a job's title, each bullet) ends in a run of spaces instead, "Summary
# Led ...  Experience      Project Manager   Jan 2015   to   Current   Company Name   City ,
# State ...", thousands of characters on one line.  Such a line is cut back into lines at its
# runs of spaces; the pieces a run split off inside one field ("to" between two dates, the
# comma of "City , State") are put back.

_FLAT_MIN_CHARS = 300  # a line this long ...
_FLAT_MIN_GAPS = 4  # ... with this many runs of 3+ blanks in it is a page flattened to one line
_WIDE_GAP_RE = re.compile(r"\S[ \t\u00a0]{3,}(?=\S)")
_FLAT_CUT_RE = re.compile(r"[ \t\u00a0]{2,}")
# A piece that only links its neighbours: a range's "to", a dash, a lone comma or slash.
_LINKING_PIECE_RE = re.compile(r"^(?:to|till|until|through|thru|and|at|of|[-–—－~|/&,:@＠·•])$", re.IGNORECASE)
_LINKS_ON = tuple(",-–—－/&@＠")  # a piece ending in one of these goes on with the next


def unflatten(raw_lines: list[str]) -> list[str]:
    """Cut the lines that hold a whole flattened page back into lines (see above); others stay."""
    if not any(
        len(raw) >= _FLAT_MIN_CHARS and len(_WIDE_GAP_RE.findall(raw, 0, 20_000)) >= _FLAT_MIN_GAPS for raw in raw_lines
    ):
        return raw_lines
    # A flattened page: every run of blanks in it parts two blocks, in its short lines too (the
    # few line breaks left fall anywhere: "Education      Bachelor of Science   2005   ...").
    out: list[str] = []
    for raw in raw_lines:
        if not _FLAT_CUT_RE.search(raw.strip()):
            out.append(raw)
            continue
        pieces: list[str] = []
        joining = False
        for piece in _FLAT_CUT_RE.split(raw.strip()):
            if not piece:
                continue
            linking = bool(_LINKING_PIECE_RE.match(piece)) or piece.startswith(",")
            # "- City , State" after "Company Name": the separator came apart from the employer
            led = bool(_LED_BY_LINK_RE.match(piece)) and bool(pieces) and _short_field(pieces[-1])
            if pieces and (joining or linking or led):
                pieces[-1] = f"{pieces[-1]} {piece}"
            else:
                pieces.append(piece)
            joining = linking or piece.endswith(_LINKS_ON)
        out.extend(_job_lines(pieces))
    return out


_LED_BY_LINK_RE = re.compile(r"^[-–—－|@＠·] ")


def _short_field(piece: str) -> bool:
    """A title, an employer or a place: a few words, not a sentence."""
    return len(piece.split()) <= 10 and not piece.rstrip().endswith((".", ";", ":", "!", "?"))


def _titled(piece: str) -> bool:
    """Title Case, as a job title or an employer is written ("Staff Sergeant, Pavement Crew")."""
    words = [word for word in re.findall(r"[^\W\d_][\w'’-]*", piece) if len(word) > 3]
    return bool(words) and sum(word[:1].isupper() for word in words) * 2 >= len(words)


def _job_lines(pieces: list[str]) -> list[str]:
    """A job's dates that came apart from its title and employer ("Staff Sergeant" / "12/2012 to
    Current" / "Company Name - City , State") go back on one line with them, as the page showed
    them; the reader of work history knows that line best."""
    from ..structure.dates import find_range

    out: list[str] = []
    index = 0
    while index < len(pieces):
        piece = pieces[index]
        found = find_range(piece) if len(piece) <= 60 else None
        if found is None or (piece[: found.span[0]] + piece[found.span[1]:]).strip(" ,:|·-–—()"):
            out.append(piece)
            index += 1
            continue
        line = piece
        if out and _short_field(out[-1]) and _titled(out[-1]) and find_range(out[-1]) is None:
            line = f"{out.pop()}  {line}"
        following = pieces[index + 1] if index + 1 < len(pieces) else ""
        if following and _short_field(following) and _titled(following) and find_range(following) is None:
            line = f"{line}  {following}"
            index += 1
        out.append(line)
        index += 1
    return out


# ---------------------------------------------------------------- text laid out in columns
#
# `pdftotext -layout` and similar tools keep a page's layout with blanks: a two-column page comes
# out with both columns on each line ("Contact          Jane Doe" / "jane@example.com  Project
# Manager ..."), read across, one column's words run into the other's.  Such text is read the way a
# PDF page is (layout.py): each word placed at its character column, the page cut at the gutters no
# word crosses, each column read top to bottom; form feeds separate the pages, and "Page 2 of 3"
# footers go as they do from a PDF.  A text whose pages find no column split is read as usual.

_CHAR_WIDTH = 4.0  # points per character: two blanks stay within a line, three may be a gutter
_CHAR_SIZE = 10.0  # the size words are given, which sets the gutter layout.py looks for (1 em)
_LINE_HEIGHT = 12.0
_GUTTER_RE = re.compile(r"\S {3,}\S")
_LAYOUT_MIN_LINES = 2  # lines with a wide blank run inside them: fewer, and no page has columns
_LAYOUT_MAX_CHARS = 2_000_000  # placing every word costs memory; a longer text is read as lines


def layout_columns(text: str) -> Optional[list[Line]]:
    """The lines of a text laid out in columns, each column read in turn; None for any other text."""
    if len(text) > _LAYOUT_MAX_CHARS:
        return None
    pages = [page.splitlines() for page in text.split("\f")]
    filled = [raw for page in pages for raw in page if raw.strip()]
    gapped = sum(1 for raw in filled if len(raw) < 1000 and _GUTTER_RE.search(raw.strip()))
    if gapped < _LAYOUT_MIN_LINES:
        return None
    from . import layout

    placed = [_page_words(number, page) for number, page in enumerate(pages, 1)]
    lines, _ = layout.document_lines([page for page in placed if page.words], clean_line, join_hyphenated)
    if not any(line.column > 0 for line in lines):
        return None
    # A narrow column on the right of a page is read after that page's main column, and the main
    # column goes on over the page break: the side column's lines go to the end, so that they do
    # not cut into the work history (a left one, read first, as on a LinkedIn export, stays).
    main: list[Line] = []
    side: list[Line] = []
    for line in lines:
        right_side = line.region == "sidebar" and any(
            other.page == line.page and other.region != "sidebar" for other in main[-200:]
        )
        (side if right_side else main).append(Line(line.text, page=line.page, region=line.region, column=line.column))
    return main + side


def _page_words(number: int, raw_lines: list[str]) -> PageWords:
    words = []
    for row, raw in enumerate(raw_lines):
        baseline = (row + 1) * _LINE_HEIGHT
        for match in re.finditer(r"\S+", raw.expandtabs(8)):
            words.append(Word(
                match.group(0), match.start() * _CHAR_WIDTH, match.end() * _CHAR_WIDTH,
                baseline - 0.8 * _CHAR_SIZE, baseline + 0.21 * _CHAR_SIZE, _CHAR_SIZE,
            ))
    width = max((len(raw) for raw in raw_lines), default=0) * _CHAR_WIDTH
    return PageWords(number, width, (len(raw_lines) + 1) * _LINE_HEIGHT, tuple(words))


def _without_page_numbers(text: str) -> list[str]:
    """The lines of a text whose pages are parted by form feeds (a PDF's text), without the page
    numbers at the top and foot of each page ("Page 2 of 3", "- 2 -"): a footer between a job's
    title and its dates would cut the job in two."""
    from .layout import _PAGE_NUMBER

    out: list[str] = []
    for page in text.split("\f"):
        lines = page.splitlines()
        filled = [index for index, line in enumerate(lines) if line.strip()]
        edges = set(filled[:2] + filled[-2:])
        out.extend(line for index, line in enumerate(lines) if index not in edges or not _PAGE_NUMBER.match(line.strip()))
    return out


# ---------------------------------------------------------------- lines given twice
#
# A LinkedIn profile copied from the browser gives many of its lines twice, one after the other
# ("Project Manager" / "Project Manager" / "Northwind · Full-time" / "Northwind · Full-time"):
# the page holds each field once for the eye and once, hidden, for screen readers.  Read twice,
# each job's dates make two jobs.

_DOUBLED_MIN = 3  # lines given twice in a row (twice, no more): at least this many ...
_DOUBLED_SHARE = 0.1  # ... and this share of the lines with words in them


def _words_in(line: str) -> bool:
    return any(ch.isalnum() for ch in line)


def undoubled(raw_lines: list[str]) -> list[str]:
    """The lines with each line given twice in a row kept once, when the text is a copy that
    doubles its lines (see above); any other text as it was."""
    filled = [line.strip() for line in raw_lines if _words_in(line)]
    # a pair, not a longer run: "man-" repeated a thousand times is no copy of a web page
    doubled = sum(1 for _, run in itertools.groupby(filled) if sum(1 for _ in run) == 2)
    if doubled < _DOUBLED_MIN or doubled < _DOUBLED_SHARE * len(filled):
        return raw_lines
    out: list[str] = []
    previous = None  # the last line with words kept, unless it was already the second of a pair
    for line in raw_lines:
        stripped = line.strip()
        if not stripped:
            out.append(line)  # (a blank line between the two copies leaves them a pair)
            continue
        if previous is not None and stripped == previous and _words_in(stripped):
            previous = None
            continue
        out.append(line)
        previous = stripped
    return out


# ---------------------------------------------------------------- numbered lists
#
# A job's duties typed as a numbered list ("1. Planned the cut-over", "2. Kept the risk log")
# are its bullets; read as lines of their own, one of them may be taken for the employer.

_NUMBERED_RE = re.compile(r"^( *)(\d{1,2})[.)][ \t]+(?=\S)")
_ITEM_WRAPS = 2  # lines an item may run on over before the next number
_TITLED_ITEM_WORDS = 6  # a numbered line this short with a job title in it is a job, not a duty


def numbered_lists(raw_lines: list[str]) -> list[str]:
    """Numbered duties as bullets: items numbered one after another (1, 2, 3, no blank line
    between them), and, in a text so numbered or one whose lists start again at 1, every item.
    A numbered heading ("1. Summary", "2. Experience") or job (with its dates on its line or the
    next, or a short line with a job title) stays."""
    numbered = [(index, int(match.group(2))) for index, raw in enumerate(raw_lines) if (match := _NUMBERED_RE.match(raw))]
    listed: set[int] = set()
    for (index, number), (following, next_number) in zip(numbered, numbered[1:]):
        between = raw_lines[index + 1 : following]
        if next_number == number + 1 and len(between) <= _ITEM_WRAPS and all(raw.strip() for raw in between):
            listed.update((index, following))
    if listed or sum(1 for _, number in numbered if number == 1) >= 2:
        listed.update(index for index, _ in numbered)
    if not listed:
        return raw_lines
    out = list(raw_lines)
    for index in listed:
        match = _NUMBERED_RE.match(raw_lines[index])
        if match and _numbered_duty(raw_lines, index, raw_lines[index][match.end():]):
            out[index] = f"{match.group(1)}• {raw_lines[index][match.end():]}"
    return out


def _numbered_duty(raw_lines: list[str], index: int, rest: str) -> bool:
    """A numbered line that is no heading and no job's header (see `numbered_lists`)."""
    from ..structure.dates import find_range
    from ..structure.sections import heading_of
    from ..structure.title_words import TITLE_WORDS

    if heading_of(Line(rest.strip())) is not None or find_range(rest) is not None:
        return False
    if len(rest.split()) <= _TITLED_ITEM_WORDS and TITLE_WORDS.search(rest):
        return False
    following = next((raw for raw in raw_lines[index + 1 : index + 3] if raw.strip()), "")
    found = find_range(following)
    return found is None or bool((following[: found.span[0]] + following[found.span[1]:]).strip(" ,:|·-–—()"))


def read_text(data: bytes, options: Options, path: Optional[str] = None) -> Document:
    """Read a plain-text or Markdown resume (also what `analyze_text` and stdin go through)."""
    from .detect import sha256_of

    if not data.strip():
        raise EmptyDocumentError("file is empty" if not data else "holds only blank space, no text", path)
    text = decode(data)
    _check_size(text, options, path)
    _check_is_text(text, path)
    raw_lines = unquoted(undoubled(_without_page_numbers(text) if "\f" in text else text.splitlines()))
    flat = unflatten(raw_lines)
    lines = (layout_columns(text) if flat is raw_lines else None) or _document_lines(markdown_lines(numbered_lists(flat)))
    if not lines:
        raise EmptyDocumentError("holds no readable text", path)
    return Document(
        kind="text",
        lines=tuple(lines),
        pages=1,
        sha256=sha256_of(data),
        path=path,
    )
