"""Scanned PDFs (no text layer) read with OCR: readers/ocr.py.

Every scan here is made in the test: a PDF drawn with reportlab (or a sample PDF) is rendered
at 200 dpi with PDFium and wrapped, as pictures only, into a new PDF.  The OCR'd scan must read
like the text PDF: the same lines, columns, headings and bullets, and on the samples the same
roles, years, certifications and tools.

Tests that run Tesseract skip when OCR is not installed (the `ocr` extra and Debian's
tesseract-ocr-eng), unless PROFILECHECK_REQUIRE_OCR=1 (as CI sets it): then they fail, so CI
cannot pass by skipping them.  The rest (the missing extra, limits, the geometry of OCR'd words)
run everywhere, with a stand-in engine where one is needed.
"""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

import pytest

pytest.importorskip("reportlab")
from reportlab.lib.pagesizes import letter  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

from profilecheck.cli import main  # noqa: E402
from profilecheck.errors import LimitExceededError, ScannedPdfError, TimeLimitError  # noqa: E402
from profilecheck.guard import guarded  # noqa: E402
from profilecheck.options import Limits, Options  # noqa: E402
from profilecheck.pipeline import analyze  # noqa: E402
from profilecheck.readers import ocr  # noqa: E402
from profilecheck.readers.pdf import read_pdf  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
OPTIONS = Options(as_of=date(2026, 11, 25))
SCAN_DPI = 200


def needs_ocr() -> None:
    reason = ocr.unavailable()
    if reason is None:
        return
    if os.environ.get("PROFILECHECK_REQUIRE_OCR") == "1":
        pytest.fail(f"OCR must run here (PROFILECHECK_REQUIRE_OCR=1), but it cannot: {reason}")
    pytest.skip(f"OCR is not installed: {reason}")


# ---------------------------------------------------------------- scans made in the test


def scan_of(pdf: bytes, dpi: int = SCAN_DPI, tilt: float = 0.0) -> bytes:
    """The PDF's pages as grey pictures at `dpi` (turned `tilt` degrees, as paper lies crooked
    on a scanner), in a PDF without a text layer."""
    import pypdfium2 as pdfium
    from PIL import Image

    document = pdfium.PdfDocument(pdf)
    try:
        images = [page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for page in document]
    finally:
        document.close()
    if tilt:
        images = [image.rotate(tilt, resample=Image.Resampling.BICUBIC, fillcolor=255) for image in images]
    out = io.BytesIO()
    images[0].save(out, "PDF", resolution=float(dpi), save_all=True, append_images=images[1:])
    return out.getvalue()


def drawn(draw, pages: int = 1) -> bytes:
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=letter, invariant=1)
    for number in range(pages):
        draw(c, number)
        c.showPage()
    c.save()
    return buffer.getvalue()


SIDEBAR = ["CONTACT", "jane.doe@example.com", "+1 555 010 2233", None, "SKILLS", "Jira", "Confluence",
           "Smartsheet", "Risk management"]
MAIN = [
    ("Jane Doe", 22, True),
    ("Senior IT Project Manager", 12, False),
    None,
    ("EXPERIENCE", 12, True),
    ("Program Manager, Northwind Logistics", 10.5, True),
    "March 2019 - Present",
    "\u2022 Led a cloud migration of 40 applications on budget",
    "\u2022 Cut release lead time by 35% across four teams",
    ("Project Manager, Contoso Retail", 10.5, True),
    "June 2014 - February 2019",
    "\u2022 Delivered the warehouse system rollout to 12 sites",
    None,
    ("CERTIFICATIONS", 12, True),
    "Project Management Professional (PMP), 2018",
]


def two_column_resume(c, number: int) -> None:
    """A page with a narrow left column (contact, skills) and the main column beside it."""
    y = 720.0
    for item in SIDEBAR:
        if item is None:
            y -= 10
            continue
        c.setFont("Helvetica-Bold" if item.isupper() else "Helvetica", 9.5)
        c.drawString(50, y, item)
        y -= 13
    y = 720.0
    for item in MAIN if number == 0 else MAIN[3:8]:
        if item is None:
            y -= 10
            continue
        text, size, bold = (item, 10, False) if isinstance(item, str) else item
        c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        c.drawString(210, y, text)
        y -= max(15, size * 1.3)


@pytest.fixture(scope="module")
def resume_pdf() -> bytes:
    return drawn(two_column_resume)


@pytest.fixture(scope="module")
def scanned_resume(resume_pdf):
    """The text PDF's reading and the scan's (OCR'd once for the tests that look at it)."""
    needs_ocr()
    scan = scan_of(resume_pdf)
    return read_pdf(resume_pdf, OPTIONS, "resume.pdf"), read_pdf(scan, OPTIONS, "scan.pdf"), scan


# ---------------------------------------------------------------- OCR'd like the text PDF


def test_scan_reads_the_same_lines_columns_and_headings(scanned_resume):
    text, scan, _ = scanned_resume
    assert scan.kind == text.kind == "pdf"
    assert [line.text for line in scan.lines] == [line.text for line in text.lines]
    assert [(line.region, line.column) for line in scan.lines] == [(line.region, line.column) for line in text.lines]
    assert [line.bold for line in scan.lines] == [line.bold for line in text.lines]
    # Sizes: estimated from the picture, within a few percent, and one value for one type size.
    for mine, theirs in zip(scan.lines, text.lines):
        assert mine.size == pytest.approx(theirs.size, rel=0.06), mine.text
    sizes = {line.size for line in scan.lines if not line.bold and line.region == "body"}
    assert len(sizes) == 2, sizes  # the 12-point headline and the 10-point body
    assert scan.body_size == pytest.approx(text.body_size, rel=0.06)
    # Geometry in points, as the text engines give it: the same baselines and edges.
    for mine, theirs in zip(scan.lines, text.lines):
        assert abs(mine.y - theirs.y) < 2.0 and abs(mine.x0 - theirs.x0) < 2.0, mine.text


@pytest.mark.parametrize("tilt", [1.5, -2.5])
def test_a_tilted_scan_is_read_level(resume_pdf, tilt):
    """Paper a little crooked on the scanner: the lines are turned level before the layout
    reads them, or one tilted line would be read as several."""
    needs_ocr()
    text = read_pdf(resume_pdf, OPTIONS, "resume.pdf")
    scan = read_pdf(scan_of(resume_pdf, tilt=tilt), OPTIONS, "scan.pdf")
    assert [(line.region, line.column) for line in scan.lines] == [(line.region, line.column) for line in text.lines]
    # OCR slack: a tilted picture is resampled, and a character or a space may be misread.
    misread = [(a.text, b.text) for a, b in zip(scan.lines, text.lines) if a.text != b.text]
    assert len(misread) <= 1, misread


def test_scan_warning_names_ocr_the_engine_and_the_pages(scanned_resume):
    text, scan, _ = scanned_resume
    assert text.warnings == ()
    (warning,) = scan.warnings
    assert "OCR" in warning and "Tesseract" in warning and "page 1" in warning


def test_a_scanned_resume_gives_the_facts_of_the_text_one(scanned_resume, resume_pdf):
    _, _, scan = scanned_resume
    text, ocrd = analyze(resume_pdf, OPTIONS), analyze(scan, OPTIONS)
    assert facts_of(ocrd) == facts_of(text)
    assert facts_of(text)["certifications"] == ["pmp:held"]
    assert facts_of(text)["years"] == pytest.approx(12.5, abs=0.1)


def facts_of(report) -> dict:
    facts = report.facts
    return {
        "roles": [(w.position, w.name, w.startDate, w.endDate) for w in report.profile.work],
        "years": facts.years_of_experience,
        "level": facts.level,
        "certifications": sorted(f"{m.id}:{m.status}" for m in facts.certifications),
        "tools": sorted(m.id for m in facts.tools),
    }


def test_check_of_a_scan_in_json(scanned_resume, tmp_path, capsys):
    _, _, scan = scanned_resume
    path = tmp_path / "scan.pdf"
    path.write_bytes(scan)
    assert main(["check", str(path), "--format", "json", "--as-of", "2026-11-25"]) in (0, 1)
    source = json.loads(capsys.readouterr().out)["source"]
    assert source["kind"] == "pdf" and source["pages"] == 1
    assert any("OCR" in warning for warning in source["warnings"])


def test_a_blank_scan_is_still_an_error():
    needs_ocr()
    blank = drawn(lambda c, number: c.rect(100, 100, 300, 2, fill=1), pages=2)
    with pytest.raises(ScannedPdfError) as caught:
        read_pdf(scan_of(blank), OPTIONS, "blank.pdf")
    cause = caught.value.cause
    assert "2 page(s)" in cause and "scanned" in cause and "OCR" in cause and "found no text" in cause


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(path.name for path in SAMPLES.glob("*.pdf")))
def test_scanned_sample_reads_the_same_facts(name):
    """The target: a sample scanned at 200 dpi gives the roles, years, certifications and tools
    of the text PDF.  Slack where OCR is honestly less sure: years within 0.1."""
    needs_ocr()
    data = (SAMPLES / name).read_bytes()
    text, ocrd = analyze(data, OPTIONS), analyze(scan_of(data), OPTIONS)
    expected, got = facts_of(text), facts_of(ocrd)
    assert got["years"] == pytest.approx(expected["years"], abs=0.1)
    assert [role[0] for role in got["roles"]] == [role[0] for role in expected["roles"]]
    assert [role[2:] for role in got["roles"]] == [role[2:] for role in expected["roles"]]
    for key in ("level", "certifications", "tools"):
        assert got[key] == expected[key], key
    assert ocrd.source.kind == text.source.kind
    assert any("OCR" in warning for warning in ocrd.source.warnings)


@pytest.mark.slow
def test_ocr_opens_no_socket_and_starts_no_program(scanned_resume, tmp_path):
    """In a fresh interpreter whose every way out is refused (tests/test_no_network.py's hook):
    Tesseract runs in this process and loads its data from disk."""
    sys.path.insert(0, str(Path(__file__).parent))
    from test_no_network import SITECUSTOMIZE

    _, _, scan = scanned_resume
    (tmp_path / "scan.pdf").write_bytes(scan)
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    log = tmp_path / "network.log"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), str(ROOT)]),
           "PROFILECHECK_NETWORK_LOG": str(log), "PROFILECHECK_ALLOW_WORKERS": "0"}
    done = subprocess.run(
        [sys.executable, "-m", "profilecheck", "check", "scan.pdf", "--format", "json", "--as-of", "2026-11-25"],
        capture_output=True, timeout=180, cwd=tmp_path, env=env,
    )
    attempts = [line for line in (log.read_text().splitlines() if log.exists() else []) if not line.startswith("probe ")]
    assert attempts == []
    assert done.returncode in (0, 1), done.stderr.decode()
    assert any("OCR" in warning for warning in json.loads(done.stdout)["source"]["warnings"])


# ---------------------------------------------------------------- without OCR


def test_without_the_extra_the_error_says_how_to_enable_ocr(resume_pdf, monkeypatch, tmp_path, capsys):
    monkeypatch.setitem(sys.modules, "tesserocr", None)  # import fails as when it is not installed
    scan = scan_of(resume_pdf)
    with pytest.raises(ScannedPdfError) as caught:
        read_pdf(scan, OPTIONS, "scan.pdf")
    cause = caught.value.cause
    assert "looks scanned" in cause and 'pip install "profilecheck[ocr]"' in cause and ".[ocr]" in cause
    path = tmp_path / "scan.pdf"
    path.write_bytes(scan)
    assert main(["check", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    (line,) = captured.err.splitlines()  # one line, no traceback
    assert str(path) in line and "looks scanned" in line and "[ocr]" in line


def test_without_language_data_the_error_names_the_package(resume_pdf, monkeypatch, tmp_path):
    pytest.importorskip("tesserocr")
    monkeypatch.setattr(ocr, "TESSDATA_DIRS", ())
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path))
    with pytest.raises(ScannedPdfError) as caught:
        read_pdf(scan_of(resume_pdf), OPTIONS, "scan.pdf")
    assert "tesseract-ocr-eng" in caught.value.cause and "TESSDATA_PREFIX" in caught.value.cause


def test_the_readme_states_the_ocr_limits():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "### Scanned resumes" in readme and 'pip install ".[ocr]"' in readme
    assert f"{ocr.OCR_DPI} dpi" in readme
    assert f"{ocr.MAX_PAGE_PIXELS // 10**6} million pixels a page" in readme
    assert f"{ocr.MAX_IMAGE_PIXELS // 10**6} million pixels" in readme


def test_tessdata_prefix_is_honoured(monkeypatch, tmp_path):
    (tmp_path / "eng.traineddata").write_bytes(b"")
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path))
    assert ocr.tessdata_dir() == str(tmp_path)


# ---------------------------------------------------------------- limits, with a stand-in engine


class FakeEngine:
    """Reads every page as one line of words, slowly if asked; counts the pages it read."""

    pages_read = 0
    delay = 0.0
    version = "0"

    def __init__(self):
        pass

    def read(self, image):
        import time

        type(self).pages_read += 1
        time.sleep(self.delay)
        unit = 1.0 / image.scale
        texts = ["Project", "manager", "with", "ten", "years", "of", "delivery", f"(page {type(self).pages_read})"]
        words = [ocr.OcrWord(text, (72 + 60 * i, 90, 72 + 60 * i + 50, 100), 95.0, 1.0 * unit)
                 for i, text in enumerate(texts)]
        return [ocr.OcrLine((72, 100, 500, 100), 10.0, words)]

    def close(self):
        pass


@pytest.fixture()
def fake_engine(monkeypatch):
    FakeEngine.pages_read = 0
    FakeEngine.delay = 0.0
    monkeypatch.setattr(ocr, "TesseractEngine", FakeEngine)
    monkeypatch.setattr(ocr, "unavailable", lambda: None)
    return FakeEngine


def test_ocr_words_go_through_the_layout(fake_engine, resume_pdf):
    document = read_pdf(scan_of(drawn(two_column_resume, pages=2)), OPTIONS, "scan.pdf")
    assert [line.text for line in document.lines] == [
        "Project manager with ten years of delivery (page 1)", "Project manager with ten years of delivery (page 2)",
    ]
    assert [line.page for line in document.lines] == [1, 2]
    assert document.lines[0].y == pytest.approx(100.0) and document.lines[0].x0 == pytest.approx(72.0)
    assert "pages 1-2" in document.warnings[0]


def test_the_time_limit_is_checked_between_pages(fake_engine):
    """On a thread no timer signal reaches, the deadline stops the reading between pages."""
    fake_engine.delay = 0.4
    scan = scan_of(drawn(two_column_resume, pages=4))
    outcome = {}

    def work():
        try:
            guarded(lambda: read_pdf(scan, OPTIONS, "scan.pdf"), timeout=0.6)
        except TimeLimitError as error:
            outcome["error"] = error

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(30)
    assert isinstance(outcome.get("error"), TimeLimitError)
    assert 1 <= fake_engine.pages_read < 4


def test_the_page_limit_holds_for_scans(fake_engine):
    scan = scan_of(drawn(two_column_resume, pages=3))
    with pytest.raises(LimitExceededError) as caught:
        read_pdf(scan, Options(limits=Limits(max_pages=2)), "scan.pdf")
    assert "3 pages" in caught.value.cause
    assert fake_engine.pages_read == 0


def test_pages_render_at_a_bounded_size():
    assert ocr.page_scale(612, 792) == pytest.approx(ocr.OCR_DPI / 72)
    huge = ocr.page_scale(200 * 72, 200 * 72)  # a 200-inch square page
    assert (200 * 72 * huge) ** 2 <= ocr.MAX_PAGE_PIXELS * 1.0001


def test_a_page_whose_images_are_too_big_is_refused(fake_engine, monkeypatch, resume_pdf):
    monkeypatch.setattr(ocr, "MAX_IMAGE_PIXELS", 1000)
    with pytest.raises(LimitExceededError) as caught:
        read_pdf(scan_of(resume_pdf), OPTIONS, "scan.pdf")
    assert "pixels" in caught.value.cause and "page 1" in caught.value.cause
    assert fake_engine.pages_read == 0


# ---------------------------------------------------------------- OCR'd lines -> words


def word(text, x0, x1, top, bottom, stroke=0.8, confidence=95.0):
    return ocr.OcrWord(text, (x0, top, x1, bottom), confidence, stroke)


def test_a_glyph_floating_above_the_baseline_is_a_bullet():
    line = ocr.OcrLine((50, 100, 400, 100), 10.0, [
        word("e", 50, 54, 94, 97.5), word("Delivered", 60, 105, 92.8, 100), word("on", 108, 120, 95, 100),
    ])
    plain = ocr.OcrLine((50, 120, 400, 120), 10.0, [word("e", 50, 55, 115, 120), word("mail", 58, 80, 113, 120)])
    (words, ) = ocr.document_words([[line, plain]])
    assert [w.text for w in words] == ["\u2022", "Delivered", "on", "e", "mail"]


def test_heavy_strokes_are_bold_and_noise_is_dropped():
    lines = [ocr.OcrLine((50, 100 + 15 * i, 400, 100 + 15 * i), 10.0, [
        word("Regular", 50, 90, 93 + 15 * i, 100 + 15 * i), word("words", 95, 125, 95 + 15 * i, 100 + 15 * i),
    ]) for i in range(5)]
    lines.append(ocr.OcrLine((50, 200, 400, 200), 10.0, [
        word("HEADING", 50, 110, 193, 200, stroke=1.4), word("~", 120, 125, 195, 200, confidence=10.0),
    ]))
    (words,) = ocr.document_words([lines])
    assert [(w.text, w.bold) for w in words[-1:]] == [("HEADING", True)]
    assert not any(w.bold for w in words[:-1])


def test_one_type_size_gets_one_value_across_pages():
    sizes = [10.1, 9.9, 10.0, 10.05, 12.0, 11.9, 12.1, 10.0]
    banded = ocr._banded(sizes, [1.0] * len(sizes))
    assert len(set(banded[:4] + banded[7:])) == 1 and len(set(banded[4:7])) == 1
    assert banded[0] == pytest.approx(10.0, abs=0.1) and banded[4] == pytest.approx(12.0, abs=0.1)
