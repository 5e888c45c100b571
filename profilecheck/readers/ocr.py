"""Read a scanned PDF: OCR each page image into words with boxes.

A PDF whose pages carry no text layer is rendered a page at a time with PDFium and read with
Tesseract, in this process, through tesserocr (the optional extra `profilecheck[ocr]`; the
English language data is Debian's `tesseract-ocr-eng`, or any folder named by TESSDATA_PREFIX).
Nothing is downloaded, ever.  The words come back as `PageWords`, as the text engines give
them: a box in points, a font size (measured from the line's width and height, see
`_line_sizes`) and boldness (from the stroke width), so `layout.document_lines` finds rows,
columns, sidebars and headings as it does on a text PDF.

Limits: the page limit is checked before this runs; the time limit is checked between pages (on
the main thread its timer signal also stops Tesseract inside a page, once the page's layout
analysis is done); each page is rendered at OCR_DPI but never to more than MAX_PAGE_PIXELS, and
a page whose images would decode to more than MAX_IMAGE_PIXELS is refused before it is rendered.
"""
from __future__ import annotations

import os
import re
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, ContextManager, Optional, Sequence

from ..errors import LimitExceededError, ScannedPdfError
from ..guard import checkpoint
from ..models import PageWords, Word
from ..options import Options

ENGINE = "Tesseract"
LANGUAGE = "eng"
OCR_DPI = 300  # Tesseract wants an x-height of 20 pixels or more: 10-point text at 300 dpi has 22
MAX_PAGE_PIXELS = 40_000_000  # ~ an A3 page at 300 dpi (8-bit grey: 40 MB); larger pages are rendered coarser
MIN_PAGE_DPI = 72  # ... but not below this: a page too big for that is refused
MAX_IMAGE_PIXELS = 150_000_000  # pixels the images of one page may decode to, before PDFium renders them
MIN_CONFIDENCE = 30.0  # Tesseract's word confidence (0-100) below which a mark without letters is noise
MIN_WORD_CONFIDENCE = 10.0  # ... and a word with letters or digits

# Where Debian, Fedora, Homebrew and source builds put Tesseract's language data.
TESSDATA_DIRS = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tesseract/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
    "/usr/local/share/tesseract-ocr/tessdata",
    "/opt/homebrew/share/tessdata",
)

ENABLE_HINT = 'to read it with OCR, install the extra: pip install "profilecheck[ocr]" (from a checkout: pip install ".[ocr]")'
DATA_HINT = (
    "to read it with OCR, install Tesseract's English data: apt-get install tesseract-ocr-eng "
    "(or set TESSDATA_PREFIX to a folder holding eng.traineddata)"
)


def scanned_cause(pages: int, letters: int) -> str:
    what = "no text layer" if letters == 0 else f"almost no text ({letters} letters)"
    return f"PDF has {pages} page(s) but {what}; it looks scanned or made of images"


def tessdata_dir() -> Optional[str]:
    """The folder holding Tesseract's English data, or None."""
    candidates = []
    prefix = os.environ.get("TESSDATA_PREFIX")
    if prefix:
        candidates += [prefix, os.path.join(prefix, "tessdata")]
    candidates += TESSDATA_DIRS
    for folder in candidates:
        if Path(folder, f"{LANGUAGE}.traineddata").is_file():
            return folder
    return None


def unavailable() -> Optional[str]:
    """Why OCR cannot run here (a hint on how to enable it), or None when it can."""
    try:
        import tesserocr  # noqa: F401
    except ImportError:
        return ENABLE_HINT
    if tessdata_dir() is None:
        return DATA_HINT
    return None


def engine_version() -> str:
    """Tesseract's version ("5.5.4"), for the note in source.warnings."""
    import tesserocr

    words = tesserocr.tesseract_version().split()  # "tesseract 5.5.4\n leptonica-1.87.0 ..."
    return words[1] if len(words) > 1 else ""


# ---------------------------------------------------------------- reading


def read_scanned(
    data: bytes, page_count: int, letters: int, options: Options, lock: ContextManager, min_letters: int
) -> tuple[list[PageWords], str]:
    """OCR every page of a PDF without a text layer: its words, and the note for source.warnings.

    `lock` serialises PDFium calls (held while a page renders, not while it is read);
    ScannedPdfError when OCR is not installed (saying how to enable it) or finds fewer than
    `min_letters` letters either."""
    hint = unavailable()
    if hint is not None:
        raise ScannedPdfError(f"{scanned_cause(page_count, letters)}; {hint}")
    import pypdfium2 as pdfium

    engine = TesseractEngine()
    try:
        pages = ocr_pdf(data, engine.read, options, lock)
    except pdfium.PdfiumError as error:  # pdfplumber read the file, PDFium cannot render it
        detail = re.search(r"PDFium: ([^)]*)", str(error))
        cause = (detail.group(1) if detail else str(error)).strip().rstrip(".")
        raise ScannedPdfError(
            f"{scanned_cause(page_count, letters)}; OCR needs its pages as pictures, and PDFium cannot "
            f"render them ({cause})"
        ) from None
    finally:
        engine.close()
    found = sum(1 for page in pages for word in page.words for ch in word.text if ch.isalnum())
    if found < min_letters:
        raise ScannedPdfError(
            f"{scanned_cause(page_count, letters)}, and OCR ({ENGINE}) found no text on it either; "
            "export the original resume as PDF or DOCX"
        )
    return pages, ocr_note(len(pages), engine.version)


def ocr_note(pages: int, version: str = "") -> str:
    which = "page 1" if pages == 1 else f"pages 1-{pages}"
    name = f"{ENGINE} {version}".strip()
    return (
        f"the PDF has no text layer: its text was read by OCR ({name}, {which}); "
        "check names, numbers and dates against the original"
    )


PageReader = Callable[["PageImage"], "list[OcrLine]"]


@dataclass(frozen=True)
class PageImage:
    """One rendered page: 8-bit grey pixels and the scale from points to pixels."""

    pixels: bytes
    width: int
    height: int
    scale: float  # pixels per point


def ocr_pdf(data: bytes, read: PageReader, options: Options, lock: ContextManager = nullcontext()) -> list[PageWords]:
    """Render each page with PDFium, have `read` find its lines of words, and make them the
    words with boxes, sizes and boldness of a text PDF (measured over the whole document)."""
    import pypdfium2 as pdfium

    with lock:
        document = pdfium.PdfDocument(data)
    try:
        count = len(document)
        if count > options.limits.max_pages:  # checked before, when the text layer was read
            raise LimitExceededError(
                f"PDF has {count} pages, over the limit of {options.limits.max_pages} (raise it with --max-pages)"
            )
        sizes, found = [], []
        for index in range(count):
            checkpoint()
            with lock:
                width, height, image = render_page(document, index)
            checkpoint()
            found.append(deskewed(read(image), width, height))
            del image
            sizes.append((width, height))
    finally:
        with lock:
            document.close()
    words = document_words(found)
    return [PageWords(index + 1, width, height, tuple(page))
            for index, ((width, height), page) in enumerate(zip(sizes, words))]


def page_scale(width: float, height: float, dpi: float = OCR_DPI) -> float:
    """Pixels per point for a page of this size: OCR_DPI, or less for a page too big for memory."""
    scale = dpi / 72.0
    area = max(width, 1.0) * max(height, 1.0)
    if area * scale * scale > MAX_PAGE_PIXELS:
        scale = (MAX_PAGE_PIXELS / area) ** 0.5
    return scale


def render_page(document, index: int, dpi: float = OCR_DPI) -> tuple[float, float, PageImage]:
    """(width, height in points, the page rendered in grey at a bounded size)."""
    import pypdfium2.raw as raw

    page = document[index]
    try:
        width, height = page.get_size()
        scale = page_scale(width, height, dpi)
        if scale * 72.0 < MIN_PAGE_DPI:
            raise LimitExceededError(
                f"page {index + 1} measures {width / 72:.0f} x {height / 72:.0f} inches, too big to render for OCR"
            )
        images = 0
        for item in page.get_objects(filter=(raw.FPDF_PAGEOBJ_IMAGE,), max_depth=4):
            try:
                w, h = item.get_px_size()
            except Exception:  # noqa: BLE001 - PDFium cannot say: it will not decode it either
                continue
            images += max(0, w) * max(0, h)
        if images > MAX_IMAGE_PIXELS:
            raise LimitExceededError(
                f"page {index + 1}'s images hold {images:,} pixels, more than the {MAX_IMAGE_PIXELS:,} "
                "that OCR renders; it looks too big to be a scanned resume"
            )
        bitmap = page.render(scale=scale, grayscale=True)
        try:
            image = bitmap.to_pil().convert("L")
        finally:
            bitmap.close()
    finally:
        page.close()
    return width, height, PageImage(image.tobytes(), image.width, image.height, scale)


# ---------------------------------------------------------------- Tesseract


class TesseractEngine:
    """One Tesseract instance for the pages of one document."""

    def __init__(self) -> None:
        import tesserocr

        folder = tessdata_dir() or "."
        try:
            self._api = tesserocr.PyTessBaseAPI(path=folder.rstrip("/") + "/", lang=LANGUAGE, psm=tesserocr.PSM.AUTO)
        except RuntimeError as error:  # the data is there but Tesseract cannot load it
            cause = " ".join(str(error).split())[:120]
            raise ScannedPdfError(f"OCR could not start ({ENGINE}: {cause}); {DATA_HINT}") from None
        self.version = engine_version()

    def read(self, image: PageImage) -> list[OcrLine]:
        """The page's lines of words, in points, as Tesseract's layout analysis found them."""
        from tesserocr import RIL

        api = self._api
        api.SetImageBytes(image.pixels, image.width, image.height, 1, image.width)
        api.SetSourceResolution(max(1, round(image.scale * 72)))
        api.Recognize()
        iterator = api.GetIterator()
        if iterator is None:
            return []
        unit = 1.0 / image.scale
        lines: list[OcrLine] = []
        line: Optional[OcrLine] = None
        while True:
            if iterator.IsAtBeginningOf(RIL.TEXTLINE):
                baseline = iterator.Baseline(RIL.TEXTLINE)
                height = iterator.RowAttributes().get("row_height", 0.0) * unit / ROW_HEIGHT_EM
                base = None
                if baseline:
                    (ax, ay), (bx, by) = baseline
                    base = (ax * unit, ay * unit, bx * unit, by * unit)
                line = OcrLine(base, height, [])
                lines.append(line)
            try:
                text = (iterator.GetUTF8Text(RIL.WORD) or "").strip()
            except RuntimeError:  # tesserocr's "No text returned": an empty block
                text = ""
            box = iterator.BoundingBox(RIL.WORD)
            if text and box is not None and line is not None:
                x0, y0, x1, y1 = box
                line.words.append(OcrWord(
                    text, (x0 * unit, y0 * unit, x1 * unit, y1 * unit),
                    iterator.Confidence(RIL.WORD), _stroke(image, box),
                ))
            if not iterator.Next(RIL.WORD):
                break
        return [line for line in lines if line.words]

    def close(self) -> None:
        self._api.End()


# ---------------------------------------------------------------- OCR'd lines -> words


@dataclass
class OcrWord:
    text: str
    box: tuple[float, float, float, float]  # points, origin top-left: the ink of the word
    confidence: float  # 0-100
    stroke: float  # the mean horizontal run of ink, in points (see _stroke)


@dataclass
class OcrLine:
    baseline: Optional[tuple[float, float, float, float]]  # two points on it (x0, y0, x1, y1)
    height: float  # the font size its height suggests, in points (0: unknown)
    words: list[OcrWord]


MAX_SKEW = 0.2  # radians (about 11 degrees): a page tilted more than this is left as it is
MIN_BASELINE = 72.0  # points: shorter baselines say too little about the tilt


def deskewed(lines: list[OcrLine], width: float, height: float) -> list[OcrLine]:
    """The page's lines turned level, about its centre, when the scan is tilted.

    Tesseract reads tilted text, but its boxes stay tilted with it: across a 7-inch line a tilt
    of one degree moves the baseline by 9 points, and the layout would read one line as several.
    The tilt is the median slope of the page's longer baselines."""
    import math

    slopes = []
    for line in lines:
        if line.baseline is None:
            continue
        ax, ay, bx, by = line.baseline
        if bx - ax >= MIN_BASELINE:
            slopes.append(((by - ay) / (bx - ax), bx - ax))
    if not slopes:
        return lines
    angle = math.atan(_weighted_median(slopes))
    if abs(angle) < 1e-3 or abs(angle) > MAX_SKEW:
        return lines
    cos, sin = math.cos(angle), math.sin(angle)
    cx, cy = width / 2.0, height / 2.0

    def turn(x: float, y: float) -> tuple[float, float]:
        x, y = x - cx, y - cy
        return cx + x * cos + y * sin, cy - x * sin + y * cos

    out = []
    for line in lines:
        baseline = line.baseline
        if baseline is not None:
            baseline = (*turn(baseline[0], baseline[1]), *turn(baseline[2], baseline[3]))
        words = []
        for word in line.words:
            x0, y0, x1, y1 = word.box
            x, y = turn((x0 + x1) / 2.0, (y0 + y1) / 2.0)
            w = x1 - x0
            # The upright box of a tilted word is taller than the word by its width times the tilt.
            h = max(1.0, (y1 - y0) - w * abs(sin))
            words.append(OcrWord(word.text, (x - w / 2.0, y - h / 2.0, x + w / 2.0, y + h / 2.0),
                                 word.confidence, word.stroke))
        out.append(OcrLine(baseline, line.height, words))
    return out


ROW_HEIGHT_EM = 0.95  # Tesseract's row height against the font size, measured on the samples
BULLET_RISE_EM = 0.12  # a one-glyph word this far above the baseline is a bullet, whatever it was read as
BOLD_STROKE = 1.3  # a word whose strokes are this much wider than the document's typical word is bold
MIN_WIDTH_EMS = 1.5  # a line narrower than this many ems is sized by its height alone
SIDE_BEARINGS_EM = 0.1  # a word's ink is narrower than its advance by the space beside its first and last glyphs
SIZE_BAND = 0.02  # lines whose sizes lie within this share of each other are set in one size

# Advance widths of Helvetica (and Arial, which copies them), in thousandths of an em, for the
# characters from " " to "~".  Widths are measured far more finely than heights (a line is a
# thousand pixels wide, a letter thirty high), so a line's size comes from its width; the height
# of the lines sets the scale, so a typeface narrower than this one is sized right too.
_WIDTHS = (
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778,
    722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278,
    278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
)
_BOLD_WIDTHS = (  # Helvetica Bold
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778,
    722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333,
    278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
    611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
)


def document_words(pages: Sequence[Sequence[OcrLine]]) -> list[list[Word]]:
    """The words of every page, with boldness and font sizes measured over the whole document:
    a heading on page 2 is the size of one on page 1, as in the original."""
    from .layout import ASCENT_EM, DESCENT_EM

    kept_pages = [[(line, kept) for line in page if (kept := _joined([w for w in line.words if _keep(w)]))]
                  for page in pages]
    # Boldness: the width of a word's strokes against the size of its line, compared with the
    # document's typical word (most words are set in the regular weight).
    weight = {id(w): w.stroke / line.height for page in kept_pages for line, kept in page for w in kept
              if w.stroke > 0 and line.height > 0}
    typical = _median(list(weight.values()))
    bold_of = {}
    for page in kept_pages:
        for _, kept in page:
            for word in kept:
                bold_of[id(word)] = (
                    typical > 0 and weight.get(id(word), 0.0) > BOLD_STROKE * typical
                    and sum(ch.isalpha() for ch in word.text) >= 2
                )
    all_lines = [(line, kept) for page in kept_pages for line, kept in page]
    sizes = _line_sizes(all_lines, bold_of)
    out: list[list[Word]] = []
    at = 0
    for page in kept_pages:
        words: list[Word] = []
        for line, kept in page:
            size = sizes[at]
            at += 1
            for position, word in enumerate(kept):
                x0, y0, x1, y1 = word.box
                base = _baseline_at(line, (x0 + x1) / 2.0, y1)
                text = word.text
                if position == 0 and len(text) == 1 and (not text.isalnum() or text in "eoc") and (
                    base - y1 > BULLET_RISE_EM * size
                ):
                    text = "\u2022"  # a bullet (read as 'e', '*', '¢', '«', 'o' ...): it floats above the baseline
                words.append(Word(
                    _repaired(text), x0, x1, base - ASCENT_EM * size, base + DESCENT_EM * size, size, bold_of[id(word)],
                ))
        out.append(words)
    return out


def _keep(word: OcrWord) -> bool:
    """Tesseract's words minus its noise: specks, rules and pictures read as low-confidence
    marks.  A word with a letter or digit is kept unless Tesseract all but rules it out (its
    confidence in a short word beside an unusual one can be low: "a cloud" at 18)."""
    if any(ch.isalnum() for ch in word.text):
        return word.confidence >= MIN_WORD_CONFIDENCE
    return word.confidence >= MIN_CONFIDENCE


def _joined(words: list[OcrWord]) -> list[OcrWord]:
    """Words Tesseract split at an "@" (an e-mail address) put back together."""
    out: list[OcrWord] = []
    for word in words:
        if out and (out[-1].text.endswith("@") or word.text.startswith("@")) and " " not in word.text:
            last = out[-1]
            box = (last.box[0], min(last.box[1], word.box[1]), word.box[2], max(last.box[3], word.box[3]))
            out[-1] = OcrWord(last.text + word.text, box, min(last.confidence, word.confidence), max(last.stroke, word.stroke))
            continue
        out.append(word)
    return out


def _line_sizes(lines: Sequence[tuple[OcrLine, list[OcrWord]]], bold_of: dict) -> list[float]:
    """One font size per line, in points, lines of one type size given one value.

    Two measures: the line's height (Tesseract's row height) and its width against the
    advance widths of its characters.  Widths are far less noisy; the heights give the
    document's scale (the ratio of the two, over all lines), so the size is the width measure
    times that ratio.  Then sizes within SIZE_BAND of each other are drawn to their common
    centre (a mean shift), so that every line set in one size gets exactly one value, as the
    structure readers expect of a text PDF."""
    heights, widths, weights = [], [], []
    for line, kept in lines:
        ems = px = 0.0
        for word in kept:
            table = _BOLD_WIDTHS if bold_of[id(word)] else _WIDTHS
            advance = sum(table[ord(ch) - 32] if 32 <= ord(ch) < 127 else 556 for ch in word.text) / 1000.0
            ems += max(advance - SIDE_BEARINGS_EM, 0.1)
            px += word.box[2] - word.box[0]
        heights.append(line.height)
        widths.append(px / ems if ems >= MIN_WIDTH_EMS else 0.0)
        weights.append(sum(len(word.text) for word in kept) ** 0.5)
    ratios = [(h / w, n) for h, w, n in zip(heights, widths, weights) if h > 0 and w > 0]
    ratio = _weighted_median(ratios) if ratios else 1.0
    raw = [w * ratio if w > 0 else h for h, w in zip(heights, widths)]
    raw = [size if size > 0 else 10.0 for size in raw]
    return _banded(raw, weights)


def _banded(sizes: list[float], weights: list[float]) -> list[float]:
    """Each size moved to the weighted centre of the sizes within SIZE_BAND of it, until it
    settles; centres that end up within half a band are one."""
    centres = list(sizes)
    for _ in range(10):
        moved = False
        for index, centre in enumerate(centres):
            near = [(size, weight) for size, weight in zip(sizes, weights) if abs(size - centre) <= SIZE_BAND * centre]
            total = sum(weight for _, weight in near) or 1
            new = sum(size * weight for size, weight in near) / total if near else centre
            if abs(new - centre) > 1e-3:
                centres[index] = new
                moved = True
        if not moved:
            break
    settled: list[float] = []
    out = []
    for centre in centres:
        same = next((value for value in settled if abs(value - centre) <= SIZE_BAND * centre / 2), None)
        if same is None:
            settled.append(centre)
            same = centre
        out.append(round(same, 2))
    return out


def _weighted_median(pairs: list[tuple[float, int]]) -> float:
    pairs = sorted(pairs)
    half = sum(weight for _, weight in pairs) / 2.0
    running = 0
    for value, weight in pairs:
        running += weight
        if running >= half:
            return value
    return pairs[-1][0]


# Tesseract's typographic choices that the readers do not expect.
_REPAIRS = {"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\ufb01": "fi", "\ufb02": "fl"}


def _repaired(text: str) -> str:
    for old, new in _REPAIRS.items():
        if old in text:
            text = text.replace(old, new)
    return text


def _baseline_at(line: OcrLine, x: float, fallback: float) -> float:
    if not line.baseline:
        return float(fallback)
    ax, ay, bx, by = line.baseline
    if bx == ax:
        return float(ay)
    return ay + (by - ay) * (x - ax) / (bx - ax)


def _stroke(image: PageImage, box: tuple[int, int, int, int]) -> float:
    """Mean horizontal run of ink in the word's box, in points: how heavy the type is."""
    import numpy

    x0, y0, x1, y1 = box
    if x1 - x0 < 2 or y1 - y0 < 4:
        return 0.0
    pixels = numpy.frombuffer(image.pixels, dtype=numpy.uint8).reshape(image.height, image.width)
    crop = pixels[y0:y1, x0:x1]
    threshold = _otsu(numpy.bincount(crop.ravel(), minlength=256))
    ink = crop < threshold
    if ink.sum() * 2 > ink.size:  # light text on a dark band
        ink = ~ink
    runs = int(ink[:, 0].sum()) + int((ink[:, 1:] & ~ink[:, :-1]).sum())
    return float(ink.sum()) / runs / image.scale if runs else 0.0


def _otsu(histogram) -> int:
    """The grey level that best splits ink from paper (Otsu's method)."""
    import numpy

    counts = histogram.astype(numpy.float64)
    total = counts.sum()
    if not total:
        return 128
    levels = numpy.arange(256, dtype=numpy.float64)
    below = numpy.cumsum(counts)
    sum_below = numpy.cumsum(counts * levels)
    above = total - below
    with numpy.errstate(divide="ignore", invalid="ignore"):
        between = below * above * (sum_below / below - (sum_below[-1] - sum_below) / above) ** 2
    between = numpy.nan_to_num(between, nan=-1.0, posinf=-1.0, neginf=-1.0)
    return int(numpy.argmax(between)) + 1


def _median(values: list[float]) -> float:
    if not values:
        return 0.0
    values = sorted(values)
    return values[len(values) // 2]
