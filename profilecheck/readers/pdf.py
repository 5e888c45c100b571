"""Read a PDF into a Document.

Two engines sit behind one small interface (open bytes, count pages, give a page's
words, close): PDFium through pypdfium2 (fast, the default) and pdfplumber (pure
Python, slower, a second opinion for files PDFium rejects).  Both only produce
characters with boxes; `layout` turns them into the same lines whichever engine ran.
"""
from __future__ import annotations

import ctypes
import dataclasses
import io
import logging
import re
import struct
import threading
from contextlib import contextmanager, nullcontext
from typing import Iterator, Optional, Protocol

from ..errors import (
    CorruptFileError,
    EncryptedPdfError,
    LimitExceededError,
    ProfileCheckError,
)
from ..guard import checkpoint
from ..models import Document, Line, PageWords, Word
from ..options import Options
from . import layout

MIN_TEXT_LETTERS = 25  # fewer letters than this in the whole file: no usable text layer
_BOLD_NAME = re.compile(r"bold|black|heavy", re.IGNORECASE)  # also Semibold, DemiBold, ExtraBold


class _EngineFailure(Exception):
    """An engine could not read the file; `cause` is one line for the user."""

    def __init__(self, cause: str, encrypted: bool = False):
        super().__init__(cause)
        self.cause = cause
        self.encrypted = encrypted


class _Source(Protocol):
    """What an engine offers: a page count, one page's words at a time, and close()."""

    def __len__(self) -> int: ...

    def page(self, index: int) -> PageWords: ...

    def close(self) -> None: ...


# ---------------------------------------------------------------- PDFium


class _PdfiumSource:
    def __init__(self, data: bytes):
        import pypdfium2 as pdfium

        try:
            self._doc = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as error:
            raise _pdfium_failure(error) from None

    def __len__(self) -> int:
        return len(self._doc)

    def page(self, index: int) -> PageWords:
        import pypdfium2 as pdfium

        page = None
        try:
            page = self._doc[index]
            left, bottom, right, top = page.get_mediabox()
            textpage = page.get_textpage()
            try:
                words = _column_words(textpage.raw, left, top)
                rules = _thin_rules(page.raw, left, top)
                if words is None or (rules and layout.strikes_any(words, rules)):
                    # a page the columns cannot read for sure, or with text struck out: one character at a time
                    chars = layout.without_struck(_pdfium_chars(textpage.raw, left, top), rules)
                    words = layout.words_from_chars(layout.trim_overhangs(chars))
            finally:
                textpage.close()
        except pdfium.PdfiumError as error:
            raise _pdfium_failure(error) from None
        finally:
            if page is not None:
                page.close()
        return PageWords(index + 1, right - left, top - bottom, tuple(words))

    def close(self) -> None:
        self._doc.close()


_THIN_RULE = 3.0  # points: a path no taller than this and wider than it may strike text out


def _thin_rules(page, left: float, top: float) -> list[layout.Rule]:
    """The page's thin horizontal paths (x0, x1, y, thickness), top-origin: rules, underlines,
    and the strikes that cross out text (layout.without_struck decides which are which)."""
    import pypdfium2.raw as raw

    rules = []
    x0, y0, x1, y1 = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    path = raw.FPDF_PAGEOBJ_PATH
    for index in range(raw.FPDFPage_CountObjects(page)):
        obj = raw.FPDFPage_GetObject(page, index)
        if raw.FPDFPageObj_GetType(obj) != path or not raw.FPDFPageObj_GetBounds(obj, x0, y0, x1, y1):
            continue
        height, width = y1.value - y0.value, x1.value - x0.value
        if height <= _THIN_RULE and width > _THIN_RULE:
            rules.append((x0.value - left, x1.value - left, top - (y0.value + y1.value) / 2, height))
    return rules


def _pdfium_failure(error: Exception) -> _EngineFailure:
    message = str(error)
    detail = re.search(r"PDFium: ([^)]*)", message)
    cause = (detail.group(1) if detail else message).strip().rstrip(".")
    lowered = cause.lower()
    return _EngineFailure(cause, encrypted="password" in lowered or "security" in lowered)


# Glyphs whose loose boxes meet within this share of the line height are one run of text (one
# font lookup).  At 0.15 the characters of every page of the development PDFs are the same
# as with exact contact, and extraction is about a third faster (benchmarks/stages.py).
TOUCHING = 0.15


_TIGHT_SAMPLE = 48  # glyphs looked at to tell whether a page's loose boxes are only glyph boxes


def loose_boxes_are_tight(textpage, text: str) -> bool:
    """Whether PDFium's loose boxes on this page are the glyphs' own boxes.

    PDFium builds a loose box from the font's ascent and descent; a font that gives both as 0
    (LibreOffice writes its embedded fonts so) gets the glyph's own box instead, so that "g"
    and "o" of one word end at different heights and a line's words no longer share a bottom.
    Such a glyph's box bottom lies on its baseline (the origin) unless the glyph descends (a
    third of the glyphs at least do not); a true loose box always reaches below it.  Glyphs
    spread over the page are looked at."""
    import pypdfium2.raw as raw

    glyphs = [index for index, ch in enumerate(text) if not ch.isspace() and ch >= "!" and ch not in "\ufffe\uffff"]
    if not glyphs:
        return False
    step = max(1, len(glyphs) // _TIGHT_SAMPLE)
    rect, x, y = raw.FS_RECTF(), ctypes.c_double(), ctypes.c_double()
    on_baseline = looked = 0
    for index in glyphs[::step][:_TIGHT_SAMPLE]:
        if not raw.FPDFText_GetLooseCharBox(textpage, index, rect) or not raw.FPDFText_GetCharOrigin(textpage, index, x, y):
            continue
        looked += 1
        # round letters overshoot the baseline a little; a loose box reaches a descent below it
        on_baseline += abs(rect.bottom - y.value) < 0.06 * (rect.top - rect.bottom)
    return looked > 0 and on_baseline * 3 > looked


def origin_box(origin_y: float, size: float, top: float) -> tuple[float, float]:
    """(top, bottom) on the page of a glyph drawn at `origin_y` (PDF units, y up) at `size`:
    a box of one ascent over and one descent under the baseline (layout.ASCENT_EM and
    DESCENT_EM), for pages whose loose boxes are only glyph boxes."""
    return top - (origin_y + layout.ASCENT_EM * size), top - (origin_y - layout.DESCENT_EM * size)


def _pdfium_chars(textpage, left: float, top: float) -> list[layout.Char]:
    """Every character of a text page with its loose box, font size and boldness.

    The loose box (font ascent to descent) is used rather than the glyph box so all
    characters of a line share one top and bottom, as pdfminer reports them.  Runs for
    every character, so the font is looked up only where a new run of text starts, and the
    calls made per character go through bindings without argument conversion (`_fast`).
    """
    import pypdfium2.raw as raw

    count = raw.FPDFText_CountChars(textpage)
    if count <= 0:
        return []
    text = _pdfium_text(textpage, count)
    rect = raw.FS_RECTF()
    fonts: dict[int, tuple[float, bool]] = {}  # text object -> (size, bold)
    fast = _fast()
    if fast is not None:
        get_box, get_object, get_font = fast[0], fast[1], fast[4]
        page, rect_arg = ctypes.c_void_p(ctypes.cast(textpage, ctypes.c_void_p).value), ctypes.byref(rect)
        sized_font = font_finder(textpage, page, fast)

        def font_of(index: int, handle: int, height: float) -> tuple[float, bool]:
            return sized_font(index, get_font(ctypes.c_void_p(handle)), height)
    else:
        get_box, get_object = raw.FPDFText_GetLooseCharBox, _text_object_address()
        page, rect_arg = textpage, rect

        def font_of(index: int, handle: int, height: float) -> tuple[float, bool]:
            return _pdfium_font(textpage, index)
    is_generated = raw.FPDFText_IsGenerated
    if text is None:
        get_unicode = raw.FPDFText_GetUnicode
        text = [chr(get_unicode(textpage, index)) for index in range(count)]
    # The characters that need a second look (spaces, line ends, control characters, PDFium's
    # markers), so that every other one costs one set test.
    special = {ch for ch in set(text) if ch.isspace() or ch < " " or ch == "\ufffe" or ch == "\uffff"}
    touching = TOUCHING
    box_of = _RECT.unpack_from  # the loose box's four floats in one call
    get_origin = raw.FPDFText_GetCharOrigin if loose_boxes_are_tight(textpage, "".join(text)) else None
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    chars: list[layout.Char] = []
    append = chars.append
    space = (" ", 0.0, 0.0, 0.0, 0.0, 0.0, False)
    font = None
    last_right = last_top = last_bottom = -1.0
    for index, ch in enumerate(text):
        if ch in special:
            if ch.isspace():
                # PDFium infers a space where the pen jumps by about a space's width; many PDFs
                # (HTML-to-PDF converters among them) place each word apart and draw no space
                # glyph, so an inferred space is as good a word break as a drawn one.  Its
                # inferred line breaks are not used: lines are rebuilt from the boxes.
                if ch == " " or not is_generated(textpage, index):
                    append(space)
                font = None
                continue
            if ch == "\x02" or ch == "\ufffe":
                ch = "-"  # PDFium reports a hyphen at a line end as U+0002 (U+FFFE in bulk text)
            else:  # another control character, or U+FFFF
                font = None
                continue
        get_box(page, index, rect_arg)
        box_left, box_top, box_right, box_bottom = box_of(rect)
        # A font change inside a run of touching glyphs on one line (no space, no gap)
        # is too rare to pay a lookup per character for; "touching" allows for the small
        # overlaps and gaps of kerning (TOUCHING).
        if font is None or box_top != last_top or box_bottom != last_bottom or abs(box_left - last_right) > touching * (box_top - box_bottom):
            handle = get_object(page, index)
            if handle is None:
                font = None
                continue
            font = fonts.get(handle)
            if font is None:
                font = fonts[handle] = font_of(index, handle, box_top - box_bottom)
        last_right, last_top, last_bottom = box_right, box_top, box_bottom
        if get_origin is not None and get_origin(textpage, index, origin_x, origin_y):
            char_top, char_bottom = origin_box(origin_y.value, font[0], top)
            append((ch, box_left - left, box_right - left, char_top, char_bottom, font[0], font[1]))
            continue
        append((ch, box_left - left, box_right - left, top - box_top, top - box_bottom, font[0], font[1]))
    return chars


def font_finder(textpage, page, fast):
    """`sized_font(index, font, height)`: the size on the page and the boldness of the
    character at `index`, the first of a text object whose font is `font` (FPDFTextObj_GetFont)
    and whose loose box is `height` tall; one per text page, with what it has found kept.

    Many PDFs draw each glyph as a text object of its own.  A font at one size gives every
    glyph the same loose-box height, so (font, height) finds the size and weight of a new
    object without asking PDFium again."""
    import pypdfium2.raw as raw

    get_size, get_matrix = fast[2], fast[3]
    matrix = raw.FS_MATRIX()
    matrix_arg = ctypes.byref(matrix)
    sized: dict[tuple[int, float], tuple[float, bool]] = {}
    bold_of: dict[int, bool] = {}  # font -> bold

    def sized_font(index: int, font: Optional[int], height: float) -> tuple[float, bool]:
        key = (font, round(height, 3))
        found = sized.get(key) if font else None
        if found is not None:
            return found
        size = get_size(page, index)
        if get_matrix(page, index, matrix_arg):
            scale = (matrix.c * matrix.c + matrix.d * matrix.d) ** 0.5
            if scale > 0:
                size *= scale
        bold = bold_of.get(font) if font else None
        if bold is None:
            bold = _pdfium_bold(textpage, index)
            if font:
                bold_of[font] = bold
        if font:
            sized[key] = (size, bold)
        return size, bold

    return sized_font


def _column_words(textpage, left: float, top: float) -> Optional[list[Word]]:
    """A text page's words read with its characters as columns (readers/glyphs.py): the words
    of `_pdfium_chars` and the layout's two passes, float for float; None where the page is
    read one character at a time (a page of a few characters, UTF-16 surrogates, another
    build of the bindings, or what glyphs.page_words cannot be sure of)."""
    import pypdfium2.raw as raw

    from . import glyphs

    fast = _fast()
    count = raw.FPDFText_CountChars(textpage)
    if fast is None or count < glyphs.MIN_CHARS:
        return None
    text = _pdfium_text(textpage, count)
    if text is None:
        return None
    tight = loose_boxes_are_tight(textpage, text)
    return glyphs.page_words(textpage, left, top, text, fast, font_finder, TOUCHING, tight)


_RECT = struct.Struct("4f")  # FS_RECTF: left, top, right, bottom
_FAST = None


def _fast():
    """The PDFium functions called per character or text object (loose char box, text
    object, font size, matrix, the object's font, whether PDFium made the character up),
    without ctypes' argument conversion: the
    text page and objects as c_void_p, the index as an int, structures by reference: about
    twice as fast per call as the stock bindings, which convert and check each argument.
    None with another build of the bindings (the stock ones are used then)."""
    global _FAST
    if _FAST is None:
        try:
            from pypdfium2_raw import bindings

            library = bindings._libs["pdfium"]
            box = library["FPDFText_GetLooseCharBox"]  # a new function object each lookup
            box.argtypes, box.restype = None, ctypes.c_int
            address = library["FPDFText_GetTextObject"]
            address.argtypes, address.restype = None, ctypes.c_void_p
            size = library["FPDFText_GetFontSize"]
            size.argtypes, size.restype = None, ctypes.c_double
            matrix = library["FPDFText_GetMatrix"]
            matrix.argtypes, matrix.restype = None, ctypes.c_int
            font = library["FPDFTextObj_GetFont"]
            font.argtypes, font.restype = None, ctypes.c_void_p
            generated = library["FPDFText_IsGenerated"]
            generated.argtypes, generated.restype = None, ctypes.c_int
            _FAST = (box, address, size, matrix, font, generated)
        except Exception:
            _FAST = False
    return _FAST or None


_TEXT_OBJECT_ADDRESS = None


def _text_object_address():
    """FPDFText_GetTextObject returning a plain int, to key the font cache.

    The stock binding returns a ctypes pointer that costs a cast per character (about a
    third of the extraction time), so a private copy of the function returns void*.
    """
    global _TEXT_OBJECT_ADDRESS
    if _TEXT_OBJECT_ADDRESS is None:
        import pypdfium2.raw as raw

        try:
            from pypdfium2_raw import bindings

            function = bindings._libs["pdfium"]["FPDFText_GetTextObject"]  # a new object each lookup
            function.argtypes = raw.FPDFText_GetTextObject.argtypes
            function.restype = ctypes.c_void_p
        except Exception:  # another build of the bindings: fall back to the slow cast

            def function(textpage, index, _get=raw.FPDFText_GetTextObject):
                return ctypes.cast(_get(textpage, index), ctypes.c_void_p).value

        _TEXT_OBJECT_ADDRESS = function
    return _TEXT_OBJECT_ADDRESS


def _pdfium_text(textpage, count: int) -> Optional[str]:
    """All characters in one call; None when UTF-16 surrogates break the 1:1 index match."""
    import pypdfium2.raw as raw

    buffer = ctypes.create_string_buffer((count + 1) * 2)
    written = raw.FPDFText_GetText(textpage, 0, count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)))
    text = buffer.raw[: max(0, written - 1) * 2].decode("utf-16-le", errors="replace")
    return text if len(text) == count else None


def _pdfium_font(textpage, index: int) -> tuple[float, bool]:
    import pypdfium2.raw as raw

    # The size in the text state is before the text matrix scales it (a 1-point font drawn
    # 11 times larger is common); the size on the page is what pdfminer reports and what
    # word gaps and headings are measured against.
    size = float(raw.FPDFText_GetFontSize(textpage, index))
    matrix = raw.FS_MATRIX()
    if raw.FPDFText_GetMatrix(textpage, index, matrix):
        scale = (matrix.c * matrix.c + matrix.d * matrix.d) ** 0.5
        if scale > 0:
            size *= scale
    return size, _pdfium_bold(textpage, index)


def _pdfium_bold(textpage, index: int) -> bool:
    import pypdfium2.raw as raw

    weight = raw.FPDFText_GetFontWeight(textpage, index)
    flags = ctypes.c_int()
    buffer = ctypes.create_string_buffer(256)
    length = raw.FPDFText_GetFontInfo(textpage, index, buffer, 256, ctypes.byref(flags))
    name = buffer.value.decode("utf-8", errors="replace") if length else ""
    return weight >= 600 or bool(_BOLD_NAME.search(name))


# ---------------------------------------------------------------- pdfplumber


class _PlumberSource:
    def __init__(self, data: bytes):
        import pdfplumber

        self._stream = io.BytesIO(data)
        self._pdf = None
        try:
            self._pdf = pdfplumber.open(self._stream)
            self._pages = self._pdf.pages
        except Exception as error:  # pdfminer raises many types on broken files
            self.close()
            raise _own_error(error) or _plumber_failure(error) from None

    def __len__(self) -> int:
        return len(self._pages)

    def page(self, index: int) -> PageWords:
        page = self._pages[index]
        try:
            chars = [
                (
                    _plumber_text(c["text"]),
                    float(c["x0"]),
                    float(c["x1"]),
                    float(c["top"]),
                    float(c["bottom"]),
                    float(c.get("size") or 0.0),
                    bool(_BOLD_NAME.search(c.get("fontname") or "")),
                )
                for c in page.chars
            ]
            rules = [
                (float(r["x0"]), float(r["x1"]), (float(r["top"]) + float(r["bottom"])) / 2, float(r["bottom"]) - float(r["top"]))
                for r in (*page.lines, *page.rects)
                if float(r["bottom"]) - float(r["top"]) <= _THIN_RULE and float(r["x1"]) - float(r["x0"]) > _THIN_RULE
            ]
            chars = layout.without_struck(chars, rules)
            width, height = float(page.width), float(page.height)
        except Exception as error:
            raise _own_error(error) or _plumber_failure(error) from None
        finally:
            page.close()
        return PageWords(index + 1, width, height, tuple(layout.words_from_chars(chars)))

    def close(self) -> None:
        # pdfplumber's close() walks the page list, which raises again on a broken page tree.
        try:
            if self._pdf is not None:
                self._pdf.close()
        except Exception:
            pass
        finally:
            self._stream.close()


# pdfminer writes "(cid:N)" for a code it cannot map.  In WinAnsiEncoding the PDF spec maps
# every unused code to a bullet (reportlab and some word processors rely on it); other
# unmappable glyphs carry no readable text and are dropped.
_CID = re.compile(r"^\(cid:(\d+)\)$")
_WINANSI_UNUSED = {127, 129, 141, 143, 144, 157}


def _plumber_text(text: str) -> str:
    match = _CID.match(text)
    if match is None:
        return text
    return "\u2022" if int(match.group(1)) in _WINANSI_UNUSED else ""


def _own_error(error: Exception) -> Optional[ProfileCheckError]:
    """Our own error raised while pdfminer ran (the time limit's alarm), which pdfplumber may
    have wrapped in a PdfminerException: it is passed on as it is, not called damage."""
    if isinstance(error, ProfileCheckError):
        return error
    inner = error.args[0] if error.args else None
    return inner if isinstance(inner, ProfileCheckError) else None


def _plumber_failure(error: Exception) -> _EngineFailure:
    # pdfplumber wraps pdfminer's errors; the real one is the first argument.
    inner = error.args[0] if type(error).__name__ == "PdfminerException" and error.args else error
    name = type(inner).__name__ if isinstance(inner, BaseException) else ""
    text = str(inner).strip() or name or "unknown error"
    encrypted = name in ("PDFPasswordIncorrect", "PDFEncryptionError", "PDFEncryptionWarning")
    return _EngineFailure(" ".join(text.split())[:160], encrypted=encrypted)


_QUIET_LOCK = threading.Lock()
_quiet_users = 0
_quiet_saved: list[tuple[logging.Logger, int, bool]] = []


@contextmanager
def _quiet_pdfminer() -> Iterator[None]:
    """pdfminer logs warnings such as "Could not get FontBBox" on ordinary files; without a
    handler Python prints them on stderr.  Silence its loggers while reading, counting
    readers so that overlapping calls from threads restore the settings only once."""
    global _quiet_users
    with _QUIET_LOCK:
        if _quiet_users == 0:
            names = ["pdfminer", "pdfplumber"] + [
                name for name in logging.root.manager.loggerDict if name.startswith(("pdfminer.", "pdfplumber."))
            ]
            for name in names:
                logger = logging.getLogger(name)
                _quiet_saved.append((logger, logger.level, logger.disabled))
                logger.setLevel(logging.CRITICAL + 1)
                logger.disabled = True
        _quiet_users += 1
    try:
        yield
    finally:
        with _QUIET_LOCK:
            _quiet_users -= 1
            if _quiet_users == 0:
                for logger, level, disabled in _quiet_saved:
                    logger.setLevel(level)
                    logger.disabled = disabled
                _quiet_saved.clear()


# ---------------------------------------------------------------- reading


_ENGINES: dict[str, type[_Source]] = {"pdfium": _PdfiumSource, "pdfplumber": _PlumberSource}


# PDFium is not thread-safe: one document at a time in this process.
_PDFIUM_LOCK = threading.Lock()


def extract_pages(data: bytes, engine: str, options: Options) -> list[PageWords]:
    """Words of every page with one engine; _EngineFailure when the engine cannot read it."""
    lock = _PDFIUM_LOCK if engine == "pdfium" else nullcontext()
    with _quiet_pdfminer(), lock:
        source = _ENGINES[engine](data)
        try:
            count = len(source)
            limit = options.limits.max_pages
            if count > limit:
                raise LimitExceededError(
                    f"PDF has {count} pages, over the limit of {limit} (raise it with --max-pages)"
                )
            if count == 0:
                # Every valid PDF has a page; none means a broken page tree, which the
                # other engine may still read.
                raise _EngineFailure("no pages found")
            pages = []
            for index in range(count):
                # The guarded call's deadline, for callers on a thread no timer signal reaches.
                checkpoint()
                pages.append(source.page(index))
            return pages
        finally:
            source.close()


def _read_with_fallback(data: bytes, options: Options) -> tuple[list[PageWords], list[str]]:
    """Pick the engine; in auto mode retry with pdfplumber when PDFium cannot read the file."""
    if options.pdf_engine != "auto":
        try:
            return extract_pages(data, options.pdf_engine, options), []
        except _EngineFailure as failure:
            raise _user_error(failure, None) from None
    try:
        pages = extract_pages(data, "pdfium", options)
    except _EngineFailure as failure:
        if failure.encrypted:
            raise _user_error(failure, None) from None
        first = failure
    else:
        return _checked(data, pages, options)
    try:
        pages = extract_pages(data, "pdfplumber", options)
    except _EngineFailure as failure:
        raise _user_error(failure, first) from None
    note = f"PDFium could not read this PDF ({first.cause}); it was read with pdfplumber instead"
    return pages, [note]


GLUED_LETTERS = 22  # a "word" this long is almost always several words read as one
GLUED_SHARE = 0.02  # more than this share of glued words: the reading is not plausible
_LETTERS = re.compile(r"[^\W\d_]+")


def glued_share(pages: list[PageWords]) -> float:
    """Share of letter runs on the pages that are implausibly long (words read as one)."""
    # The words joined by a blank, which no run of letters crosses.
    found = _LETTERS.findall(" ".join(word.text for page in pages for word in page.words))
    runs = len(found)
    glued = sum(len(run) >= GLUED_LETTERS for run in found)
    return glued / runs if runs else 0.0


def _checked(data: bytes, pages: list[PageWords], options: Options) -> tuple[list[PageWords], list[str]]:
    """The reader checks itself: when PDFium's words look glued together, pdfplumber reads
    the file too and the plausible reading is kept, with a note saying so."""
    share = glued_share(pages)
    if share <= GLUED_SHARE:
        return pages, []
    try:
        other = extract_pages(data, "pdfplumber", options)
    except _EngineFailure:
        return pages, []
    if glued_share(other) >= share:
        return pages, []
    note = (
        f"PDFium ran {share:.0%} of the words together on this PDF; it was read with pdfplumber instead"
    )
    return other, [note]


def _user_error(failure: _EngineFailure, earlier: Optional[_EngineFailure]) -> ProfileCheckError:
    if failure.encrypted or (earlier is not None and earlier.encrypted):
        return EncryptedPdfError(
            "PDF is protected by a password; save a copy without the password and try again"
        )
    causes = "; ".join(f.cause for f in (earlier, failure) if f is not None)
    return CorruptFileError(f"PDF is damaged or incomplete and cannot be read ({causes})")


def read_pdf(data: bytes, options: Options, path: Optional[str] = None) -> Document:
    """Read PDF bytes into a Document in reading order; raises a ProfileCheckError on failure."""
    try:
        return _read(data, options, path)
    except ProfileCheckError as error:
        raise error.with_path(path if error.path is None else error.path) from None


def _read(data: bytes, options: Options, path: Optional[str]) -> Document:
    from .detect import sha256_of
    from .repair import clean_line, clean_set_line, join_hyphenated, join_set_lines

    check_unpacked_size(data, options.limits.max_pdf_unpacked)
    pages, warnings = _read_with_fallback(data, options)
    letters = layout.count_letters(pages)
    if letters < MIN_TEXT_LETTERS:
        # No text layer: a scan.  OCR reads it into words with boxes (readers/ocr.py) when the
        # extra is installed; without it, ScannedPdfError says how to enable it.
        from . import ocr

        pages, note = ocr.read_scanned(data, len(pages), letters, options, _PDFIUM_LOCK, MIN_TEXT_LETTERS)
        warnings.append(note)
    lines, body = layout.document_lines(pages, clean_line, join_hyphenated)
    if b"%%EOF" not in data[-2048:]:
        warnings.append("the PDF has no end-of-file marker and may be truncated; some text could be missing")
    kind = "linkedin-pdf" if looks_like_linkedin(lines, has_page_footers(pages)) else "pdf"
    if kind == "linkedin-pdf":
        # A browser set the export: no word is hyphenated at a line's end and a dash or a bullet
        # at a line's start is the text's own ("Gestão" + "- Subsecretaria", "data-" + "driven"),
        # so its lines are read again as set (and joined by structure.linkedin, by their spacing).
        # Its only page furniture is the "Page N of M" footer: a title or a place that stands at
        # the edge of two pages is the profile's, twice.
        lines, body = layout.document_lines(pages, clean_set_line, join_set_lines, repeated_lines=False)
        lines = _export_sidebar(lines)
    return Document(
        kind=kind,
        lines=tuple(lines),
        pages=len(pages),
        sha256=sha256_of(data),
        path=path,
        warnings=tuple(warnings),
        body_size=body,
    )


# ---------------------------------------------------------------- decompression bombs
#
# Both engines inflate a compressed stream whole, in C or in Python, before anything can count
# it: a 1 MB PDF whose content stream inflates to 2 GB takes 3 GB of memory (and PDFium aborts
# the process when an allocation fails).  So before either engine runs, every stream in the
# file is inflated here, a chunk at a time and thrown away, counting bytes against
# `Limits.max_pdf_unpacked`; the file is refused as soon as the count passes it.  Every stream
# is counted, whatever its dictionary says (a content stream can call itself an image), and
# every stage of a filter chain; the streams of an encrypted file that opens without a
# password are decrypted first.  A stream this cannot decode (an image codec, damage) counts
# what was decoded before the codec stopped.

# The keyword "stream" at a line end, not the end of "endstream" (looked for without the
# look-behind, which would keep the expression from skipping ahead to each "stream": `_streams`
# checks the byte before; "stream" cannot start inside another "stream", so no match is lost).
_STREAM_KEYWORD = re.compile(rb"stream(?:\r\n|\n|\r)")
_LETTER_BYTES = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_OBJ_KEYWORD = re.compile(rb"(\d+)\s+(\d+)\s+obj\b")
_ENDSTREAM = b"endstream"
_FILTER = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[^\s/\[\]<>()]+)")
_FILTER_NAME = re.compile(rb"/([^\s/\[\]<>()]+)")
_LENGTH = re.compile(rb"/Length\s+(\d+)(\s+\d+\s+R)?")
_DICT_WINDOW = 4096  # bytes looked back from "stream" for its dictionary
_CHUNK = 1 << 20


class _Budget:
    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.used = 0

    def count(self, chunks: Iterator[bytes]) -> Iterator[bytes]:
        for chunk in chunks:
            self.used += len(chunk)
            if self.used > self.limit:
                raise _Bomb()
            yield chunk


class _Bomb(Exception):
    pass


def check_unpacked_size(data: bytes, limit: int) -> None:
    """LimitExceededError when the file's compressed streams inflate to more than `limit`.

    An encrypted file that opens without a password (the engines read those) has its streams
    decrypted first, with pdfminer's security handler; one that needs a password is refused
    by the engines anyway."""
    budget = _Budget(limit)
    decipher = _decipher(data) if b"/Encrypt" in data else None
    try:
        for number, generation, filters, body in _streams(data):
            bodies = [body]
            if decipher is not None and number is not None:
                try:
                    bodies.append(decipher(number, generation, body))
                except Exception:  # noqa: BLE001 - not encrypted after all, or damaged
                    pass
            for raw in bodies:
                chunks: Iterator[bytes] = iter((raw,))
                for name in filters:
                    decoder = _DECODERS.get(name)
                    if decoder is None:
                        break  # an image codec: the engines do not inflate it for text
                    chunks = budget.count(decoder(chunks))
                for _ in chunks:
                    pass
    except _Bomb:
        raise LimitExceededError(
            f"PDF's compressed streams unpack to more than {limit / 1048576:g} MB (--max-pdf-unpacked-mb); "
            "it may be a decompression bomb"
        ) from None


def _decipher(data: bytes):
    """pdfminer's stream decryption for a file that opens with the empty password, or None."""
    try:
        from pdfminer.pdfdocument import PDFDocument
        from pdfminer.pdfparser import PDFParser

        with _quiet_pdfminer():
            document = PDFDocument(PDFParser(io.BytesIO(data)), password="")
        return document.decipher if document.encryption else None
    except Exception:  # noqa: BLE001 - a password, or damage: the engines will say
        return None


def _streams(data: bytes) -> Iterator[tuple[Optional[int], int, list[bytes], bytes]]:
    """(object number, generation, filter names, raw bytes) of every stream in the file,
    found by its keyword."""
    for match in _STREAM_KEYWORD.finditer(data):
        if match.start() and data[match.start() - 1] in _LETTER_BYTES:
            continue  # "endstream", or a word that ends in "stream"
        start = match.end()
        head = data[max(0, match.start() - _DICT_WINDOW) : match.start()]
        header = None
        for header in _OBJ_KEYWORD.finditer(head):
            pass
        number, generation = (int(header.group(1)), int(header.group(2))) if header is not None else (None, 0)
        if header is not None:
            head = head[header.end() :]
        found = _FILTER.search(head)
        if found is None:
            continue  # no filter: the bytes are what they are
        filters = [name for name in _FILTER_NAME.findall(found.group(1))]
        # Where it ends: at "endstream" or after /Length bytes, whichever is later (an engine
        # may trust either).
        ends = [data.find(_ENDSTREAM, start)]
        length = _LENGTH.search(head)
        if length is not None and length.group(2) is None:
            ends.append(min(len(data), start + int(length.group(1))))
        end = max(ends)
        yield number, generation, filters, data[start : end if end >= 0 else len(data)]


def _inflate(chunks: Iterator[bytes]) -> Iterator[bytes]:
    import zlib

    decompressor = zlib.decompressobj()
    try:
        for chunk in chunks:
            pending = chunk
            while pending:
                out = decompressor.decompress(pending, _CHUNK)
                pending = decompressor.unconsumed_tail
                if out:
                    yield out
                if decompressor.eof:
                    return
        while True:
            out = decompressor.decompress(b"", _CHUNK)
            if not out:
                break
            yield out
    except zlib.error:
        return  # damaged: the engines read no further than this either


def _run_length(chunks: Iterator[bytes]) -> Iterator[bytes]:
    data = b"".join(chunks)
    index, out = 0, bytearray()
    while index < len(data):
        length = data[index]
        if length == 128:
            break
        if length < 128:
            out += data[index + 1 : index + 2 + length]
            index += 2 + length
        else:
            if index + 1 >= len(data):
                break
            out += data[index + 1 : index + 2] * (257 - length)
            index += 2
        if len(out) >= _CHUNK:
            yield bytes(out)
            out.clear()
    if out:
        yield bytes(out)


def _lzw(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """LZW as PDF uses it (9 to 12 bit codes, early change), a chunk of output at a time."""
    data = b"".join(chunks)
    table = [bytes([code]) for code in range(256)] + [b"", b""]
    width, previous, out = 9, b"", bytearray()
    buffer = bits = 0
    for byte in data:
        buffer = (buffer << 8) | byte
        bits += 8
        while bits >= width:
            bits -= width
            code = (buffer >> bits) & ((1 << width) - 1)
            if code == 256:
                table, width, previous = table[:258], 9, b""
                continue
            if code == 257:
                if out:
                    yield bytes(out)
                return
            if code < len(table):
                entry = table[code]
            elif code == len(table) and previous:
                entry = previous + previous[:1]
            else:
                return  # damaged
            if previous:
                table.append(previous + entry[:1])
            out += entry
            previous = entry
            if len(table) + 1 >= (1 << width) and width < 12:
                width += 1
            if len(out) >= _CHUNK:
                yield bytes(out)
                out.clear()
    if out:
        yield bytes(out)


def _ascii_hex(chunks: Iterator[bytes]) -> Iterator[bytes]:
    text = re.sub(rb"[^0-9A-Fa-f]", b"", b"".join(chunks).split(b">", 1)[0])
    if len(text) % 2:
        text += b"0"
    yield bytes.fromhex(text.decode("ascii"))


def _ascii85(chunks: Iterator[bytes]) -> Iterator[bytes]:
    import base64

    text = re.sub(rb"\s", b"", b"".join(chunks))
    text = text[2:] if text.startswith(b"<~") else text
    text = text.split(b"~>", 1)[0]
    try:
        yield base64.a85decode(text)
    except ValueError:
        return


_DECODERS = {
    b"FlateDecode": _inflate, b"Fl": _inflate,
    b"RunLengthDecode": _run_length, b"RL": _run_length,
    b"LZWDecode": _lzw, b"LZW": _lzw,
    b"ASCIIHexDecode": _ascii_hex, b"AHx": _ascii_hex,
    b"ASCII85Decode": _ascii85, b"A85": _ascii85,
}


# ---------------------------------------------------------------- LinkedIn


# Headings LinkedIn prints in its sidebar; the first two appear nowhere else.  Those of the other
# interface languages ("Principales compétences", "Top-Kenntnisse", "Talen") are looked up in
# structure.linkedin, which reads the export.
_LINKEDIN_ONLY = {"top skills", "honors-awards"}
_LINKEDIN_SIDEBAR = {"contact", "languages", "certifications", "publications", "patents"}
_SIDEBAR_KINDS = {"contact", "languages", "certifications", "publications"}
_PAGE_FOOTER = re.compile(
    r"\b(?:Page|Seite|Pagina|Página|Sida|Side|Strona)\s+\d+\s+(?:of|von|van|de|di|sur|av|af|z)\s+\d+\b"
)
_LINKEDIN_SCORE = 4


def looks_like_linkedin(lines: list[Line], page_footers: bool) -> bool:
    """LinkedIn's "Save to PDF": a left sidebar with its fixed headings, a profile link
    labelled "(LinkedIn)", "Page N of M" footers.  Any one of them alone is common in
    ordinary two-column resumes, so the signals are weighed together."""
    from ..structure.linkedin import linkedin_sidebar_heading  # the interface languages' headings

    # Headings count where LinkedIn puts them, in the sidebar; if no sidebar was found
    # (an odd export), anywhere.
    sidebar = [line for line in lines if line.region == "sidebar"] or lines
    headings = {line.text.strip().lower() for line in sidebar}
    named = {linkedin_sidebar_heading(line.text) for line in sidebar if len(line.text) <= 40} - {None}
    only = bool(headings & _LINKEDIN_ONLY) or "only" in named
    text = "\n".join(line.text for line in lines)
    score = 2 * only + min(2, len(headings & _LINKEDIN_SIDEBAR | (named & _SIDEBAR_KINDS)))
    link = "linkedin.com/in/" in text.lower()
    if not (link or page_footers):
        # Every export has its "Page N of M" footers and its profile link; a resume whose
        # template borrowed "Top Skills" and "Contact" has neither.
        return False
    labelled = re.search(r"linkedin\.com/in/\S+\s*\(LinkedIn\)", text, re.IGNORECASE) is not None
    if not (labelled or only):
        # Contact, Languages and Certifications headings in a side column, a profile link and
        # "Page 1 of 2" footers are as common in resumes printed from a builder; an export also
        # has its "Top Skills" or its link labelled "(LinkedIn)".
        return False
    if labelled:
        score += 2
    elif link:
        score += 1
    score += page_footers
    return score >= _LINKEDIN_SCORE


def _export_sidebar(lines: list[Line]) -> list[Line]:
    """The export's sidebar is the left one of page 1's two columns.  Beside a main column of
    short lines only (a minimal profile: no About, no descriptions, a short headline) the layout
    does not take it for a sidebar, not being narrow enough beside them; it is marked as one here:
    the lines of page 1 that end left of where the main column's lines begin."""
    first = [line for line in lines if line.page == 1]
    main = [line for line in first if line.column >= 1]
    if not main or any(line.region == "sidebar" for line in first):
        return lines
    left = min(line.x0 for line in main)
    side = {id(line) for line in first if line.x1 and line.x1 < left}
    if len(side) < 3:
        return lines
    return [dataclasses.replace(line, region="sidebar") if id(line) in side else line for line in lines]


def has_page_footers(pages: list[PageWords]) -> bool:
    """True when "Page N of M" is printed on the pages (layout drops it from the lines)."""
    return bool(pages) and all(
        _PAGE_FOOTER.search(" ".join(word.text for word in page.words)) for page in pages
    )


__all__ = ["read_pdf", "extract_pages", "looks_like_linkedin", "has_page_footers"]
