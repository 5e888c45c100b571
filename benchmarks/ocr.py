"""OCR engines on scans made from the sample PDFs: the facts they read, and their time per page.

Each samples/*.pdf page is rendered at --scan-dpi (200) with PDFium and wrapped, as a picture
only, into a new PDF: a scan without a text layer.  That scan is read by profilecheck with each
engine, and the facts are compared with the text PDF's: the roles (position and start date),
years of experience, level, certifications (with their status) and tools.

    python benchmarks/ocr.py                      # Tesseract (the engine profilecheck uses)
    python benchmarks/ocr.py --engines tesseract,rapidocr --dpi 200,300
    python benchmarks/ocr.py --tilt 1,-2,3                # scans a little crooked

Engines: `tesseract` is profilecheck's own reader (readers/ocr.py: tesserocr + Debian's
tesseract-ocr-eng); `rapidocr` is RapidOCR (`pip install rapidocr-onnxruntime`, PP-OCRv4 models
inside the wheel), its lines and word boxes turned into the same words with boxes here, so both
go through the same layout analysis.  Times: wall clock and CPU (all threads) per page, OCR
only (rendering included), and the engine's start once per document.
"""
from __future__ import annotations

import argparse
import io
import sys
import time
from datetime import date
from pathlib import Path

import environment  # noqa: E402  (benchmarks/: one line, exit 2, outside profilecheck's environment)

environment.require()

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from profilecheck.models import Word  # noqa: E402
from profilecheck.options import Options  # noqa: E402
from profilecheck.pipeline import analyze  # noqa: E402
from profilecheck.readers import ocr  # noqa: E402

OPTIONS = Options(as_of=date(2026, 11, 25))


def scan_of(pdf: bytes, dpi: int = 200, tilt: float = 0.0) -> bytes:
    """The PDF's pages as pictures at `dpi` (turned `tilt` degrees), in a PDF without a text layer."""
    import pypdfium2 as pdfium
    from PIL import Image

    document = pdfium.PdfDocument(pdf)
    images = []
    try:
        for page in document:
            image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            if tilt:
                image = image.rotate(tilt, resample=Image.Resampling.BICUBIC, fillcolor=255)
            images.append(image)
            page.close()
    finally:
        document.close()
    out = io.BytesIO()
    images[0].save(out, "PDF", resolution=float(dpi), save_all=True, append_images=images[1:])
    return out.getvalue()


def facts_of(report) -> dict:
    facts = report.facts
    return {
        "roles": sorted(f"{w.position} ({w.startDate})" for w in report.profile.work),
        "years": facts.years_of_experience,
        "level": facts.level,
        "certifications": sorted(f"{m.id}:{m.status}" for m in facts.certifications),
        "tools": sorted(m.id for m in facts.tools),
    }


def compare(truth: dict, got: dict) -> list[str]:
    """What differs, one line each (years within 0.1 count as the same)."""
    out = []
    for key in ("roles", "certifications", "tools"):
        lost = sorted(set(truth[key]) - set(got[key]))
        extra = sorted(set(got[key]) - set(truth[key]))
        if lost or extra:
            out.append(f"{key}: lost {lost} extra {extra}")
    if (truth["years"] is None) != (got["years"] is None) or (
        truth["years"] is not None and abs(truth["years"] - got["years"]) > 0.1
    ):
        out.append(f"years: {truth['years']} -> {got['years']}")
    if truth["level"] != got["level"]:
        out.append(f"level: {truth['level']} -> {got['level']}")
    return out


# ---------------------------------------------------------------- engines


class Timed:
    """Wraps an engine's page reader to add up its time."""

    def __init__(self, read):
        self._read = read
        self.wall = self.cpu = 0.0
        self.pages = 0

    def __call__(self, image):
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            return self._read(image)
        finally:
            self.wall += time.perf_counter() - wall
            self.cpu += time.process_time() - cpu
            self.pages += 1


class RapidEngine:
    """RapidOCR (PP-OCRv4 on ONNX Runtime): text lines with word boxes, as profilecheck words."""

    version = ""

    def __init__(self) -> None:
        from rapidocr_onnxruntime import RapidOCR

        self._engine = RapidOCR()
        import rapidocr_onnxruntime

        self.version = getattr(rapidocr_onnxruntime, "__version__", "")

    def read(self, image) -> list:
        import numpy

        pixels = numpy.frombuffer(image.pixels, dtype=numpy.uint8).reshape(image.height, image.width)
        result, _ = self._engine(numpy.stack([pixels] * 3, axis=-1), return_word_box=True)
        unit = 1.0 / image.scale
        lines = []
        for item in result or ():
            box, text = item[0], item[1]
            ys = [point[1] for point in box]
            top, bottom = min(ys), max(ys)
            height = bottom - top  # the detector's box: about 1.3 em, padding included
            pieces = []
            word_boxes = item[3] if len(item) > 3 else None
            word_texts = item[4] if len(item) > 4 else None
            if word_boxes and word_texts and len(word_boxes) == len(word_texts):
                for quad, piece in zip(word_boxes, word_texts):
                    xs = [point[0] for point in quad]
                    pieces.append((piece, min(xs), max(xs)))
            else:  # one box per line: share its width among the words by their length
                xs = [point[0] for point in box]
                left, right = min(xs), max(xs)
                split = text.split()
                total = sum(len(p) + 1 for p in split) - 1 or 1
                at = left
                for piece in split:
                    width = (right - left) * len(piece) / total
                    pieces.append((piece, at, at + width))
                    at += width + (right - left) / total
            words = []
            for piece, x0, x1 in pieces:
                box_px = (int(x0), int(top + 0.15 * height), max(int(x0) + 1, int(x1)), int(bottom - 0.15 * height))
                words.append(ocr.OcrWord(piece, tuple(v * unit for v in box_px), 100.0 * item[2] if isinstance(item[2], float) else 100.0,
                                         ocr._stroke(image, box_px)))
            baseline = (bottom - 0.28 * height) * unit
            lines.append(ocr.OcrLine((0.0, baseline, 1.0, baseline), height / 1.3 * unit, words))
        return lines

    def close(self) -> None:
        pass


def read_with(engine_name: str, scan: bytes, dpi: int):
    """The report of the scan read with one engine, and the timer of its pages."""
    from unittest import mock

    started = time.perf_counter()
    if engine_name == "tesseract":
        engine = ocr.TesseractEngine()
    else:
        engine = RapidEngine()
    start_time = time.perf_counter() - started
    timed = Timed(engine.read)
    original = ocr.render_page

    class Engine:
        version = engine.version

        def __init__(self):
            pass

        read = staticmethod(timed)

        def close(self):
            engine.close()

    with mock.patch.object(ocr, "TesseractEngine", Engine), \
            mock.patch.object(ocr, "render_page", lambda document, index, _dpi=dpi: original(document, index, _dpi)):
        report = analyze(scan, OPTIONS)
    return report, timed, start_time


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--engines", default="tesseract")
    parser.add_argument("--dpi", default=str(ocr.OCR_DPI), help="the resolutions OCR renders at, comma-separated")
    parser.add_argument("--scan-dpi", type=int, default=200, help="the resolution of the scans")
    parser.add_argument("--tilt", default="0", help="degrees the scanned pages are turned, comma-separated")
    parser.add_argument("samples", nargs="*", help="PDF files (default: samples/*.pdf)")
    args = parser.parse_args(argv)
    paths = [Path(p) for p in args.samples] or sorted((ROOT / "samples").glob("*.pdf"))
    scans = {}
    for path in paths:
        data = path.read_bytes()
        truth = facts_of(analyze(data, OPTIONS))
        for tilt in (float(t) for t in args.tilt.split(",")):
            label = path.name if not tilt else f"{path.name} turned {tilt:g} degrees"
            scans[label] = (truth, scan_of(data, args.scan_dpi, tilt))
    failures = 0
    for engine_name in args.engines.split(","):
        for dpi in (int(d) for d in args.dpi.split(",")):
            wall = cpu = pages = 0.0
            starts = []
            print(f"== {engine_name} at {dpi} dpi (scans at {args.scan_dpi} dpi)")
            for name, (truth, scan) in scans.items():
                report, timed, start = read_with(engine_name, scan, dpi)
                wall += timed.wall
                cpu += timed.cpu
                pages += timed.pages
                starts.append(start)
                diff = compare(truth, facts_of(report))
                failures += bool(diff)
                print(f"  {name}: {timed.pages} page(s), {timed.wall / timed.pages:.2f} s/page wall, "
                      f"{timed.cpu / timed.pages:.2f} s/page CPU; " + ("same facts" if not diff else "DIFFERENT"))
                for line in diff:
                    print(f"      {line}")
            print(f"  per page: {wall / pages:.2f} s wall, {cpu / pages:.2f} s CPU over {pages:.0f} pages; "
                  f"engine start {sum(starts) / len(starts):.2f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
