"""A PDFium page's words read as columns (readers/glyphs.py) are those of the per-character
reader, float for float, on generated pages with what makes the per-character steps work:
glyphs that overhang (italics), words placed apart with no space glyph, every glyph a text
object of its own, a size change and a raised letter inside a word, letter-spacing, a word
printed twice ("fake bold"), a pen that moves back, turned text and a hyphen at a line end."""
from __future__ import annotations

import io

import pytest

pytest.importorskip("reportlab")
pytest.importorskip("numpy")
from reportlab.lib.pagesizes import letter  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

from profilecheck.readers import glyphs, layout  # noqa: E402
from profilecheck.readers import pdf as pdf_reader  # noqa: E402

WORDS = "Led the migration of seventeen services to the cloud within budget and on time".split()


def _mixed_page(page: canvas.Canvas) -> None:
    y = 740.0
    for font, size in (("Times-Italic", 11), ("Helvetica", 10), ("Courier-Bold", 9), ("Times-BoldItalic", 12), ("Helvetica-Oblique", 10.5)):
        page.setFont(font, size)
        page.drawString(50, y, " ".join(WORDS))
        y -= size * 1.5
    # Words placed apart with no space glyph, each glyph on its own.
    x = 50.0
    for word in WORDS:
        for glyph in word:
            page.setFont("Times-Italic", 11)
            page.drawString(x, y, glyph)
            x += stringWidth(glyph, "Times-Italic", 11) - 0.2
        x += 2.5
    y -= 18
    # A size change inside a word, and a raised letter ("2nd") with no space before it.
    x = 50.0
    for text, font, size, rise in (("Pro", "Helvetica", 10, 0), ("ject", "Helvetica", 12, 0), ("Manager", "Helvetica-Bold", 10, 0),
                                   ("for", "Helvetica", 10, 0), ("2", "Helvetica", 10, 0), ("nd", "Helvetica", 6, 4), ("time", "Helvetica", 9, -1)):
        page.setFont(font, size)
        page.drawString(x, y + rise, text)
        x += stringWidth(text, font, size) + (3 if text in ("Manager", "time") else 0)
    y -= 18
    # Letter-spaced capitals, as headings often are.
    text = page.beginText(50, y)
    text.setFont("Helvetica-Bold", 10)
    text.setCharSpace(1.2)
    text.textOut("SKILLS")
    page.drawText(text)
    y -= 18
    # A word printed twice, half a point apart ("fake bold"), and one printed once.
    page.setFont("Helvetica", 10)
    page.drawString(50, y, "Certifications")
    page.drawString(140, y, "PMP")
    page.setFont("Helvetica", 10.2)  # PDFium itself drops a copy in the same font and size
    page.drawString(50.4, y - 0.3, "Certifications")
    page.setFont("Helvetica", 10)
    y -= 18
    # The pen moving back: the second half of a line drawn first.
    page.drawString(200, y, "stakeholders weekly")
    page.drawString(50, y, "Reported to the")
    y -= 18
    # A hyphen at a line end, then its word's end on the next line.
    page.drawString(50, y, "Coordinated the infra-")
    page.drawString(50, y - 12, "structure programme with vendors")
    y -= 36
    # Turned text in the margin.
    page.saveState()
    page.translate(30, 300)
    page.rotate(90)
    page.drawString(0, 0, "Confidential curriculum vitae")
    page.restoreState()
    # Enough ordinary text for the page to learn its own word gap.
    page.setFont("Times-Roman", 10)
    for row in range(30):
        page.drawString(50, y - 14 * row, " ".join(WORDS[row % 5 :] + WORDS[: row % 5]))


def _placed_page(page: canvas.Canvas) -> None:
    """Every glyph a 1-point font scaled up, squeezed together, no spaces (HTML converters)."""
    y = 720.0
    for row in range(20):
        x = 50.0
        for word in WORDS[row % 7 :]:
            for glyph in word:
                page.saveState()
                page.translate(x, y)
                page.scale(11, 11)
                page.setFont("Helvetica-Bold" if row % 4 == 0 else "Helvetica", 1)
                page.drawString(0, 0, glyph)
                page.restoreState()
                x += (stringWidth(glyph, "Helvetica", 1) - 0.02) * 11
            x += 0.14 * 11
        y -= 11 * 1.6


def generated_pdf() -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=letter)
    _mixed_page(page)
    page.showPage()
    _placed_page(page)
    page.save()
    return buffer.getvalue()


def _both_ways(data: bytes) -> list[tuple[list, list]]:
    """(per-character words, column words) of each page."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        found = []
        for page in document:
            left, _, _, top = page.get_mediabox()
            textpage = page.get_textpage()
            one_by_one = layout.words_from_chars(layout.trim_overhangs(pdf_reader._pdfium_chars(textpage.raw, left, top)))
            found.append((one_by_one, pdf_reader._column_words(textpage.raw, left, top)))
            textpage.close()
            page.close()
        return found
    finally:
        document.close()


def test_columns_read_the_words_of_the_per_character_reader(monkeypatch):
    dropped = []
    real = layout._without_overprint

    def counted(words):
        kept = real(words)
        dropped.append(len(words) - len(kept))
        return kept

    monkeypatch.setattr(layout, "_without_overprint", counted)
    pages = _both_ways(generated_pdf())
    for one_by_one, columns in pages:
        assert columns is not None, "the columns left a generated page to the per-character reader"
        assert repr(columns) == repr(one_by_one)
    texts = [word.text for word in pages[0][0]]
    # What the page exercises is there: the word printed twice is kept once, by both readers
    # (the columns look for twins only where two words of one text sit that close).
    assert texts.count("Certifications") == 1 and "PMP" in texts and "infra-" in texts
    assert dropped == [1, 1, 0]  # the first page: both readers; the second: per character only
    assert sum(map(len, (words for words, _ in pages))) > 400


def test_columns_read_the_same_with_a_small_box_buffer(monkeypatch):
    """Boxes are asked for in rounds of a buffer's slots; rounds of 50 read the same."""
    monkeypatch.setattr(glyphs, "_SLOTS", 50)
    monkeypatch.setattr(glyphs, "_slots", None)
    for one_by_one, columns in _both_ways(generated_pdf()):
        assert repr(columns) == repr(one_by_one)


def test_a_word_decided_again_when_its_glyphs_change_size(monkeypatch):
    """Where a word's glyphs change size or step back, the first guess (against the glyph
    before) is checked against the word so far and decided again: still the same words."""
    rounds = []
    real = glyphs._so_far

    def counted(*args):
        rounds.append(1)
        return real(*args)

    monkeypatch.setattr(glyphs, "_so_far", counted)
    one_by_one, columns = _both_ways(generated_pdf())[0]
    assert rounds and repr(columns) == repr(one_by_one)


def test_pages_the_columns_leave_to_the_per_character_reader(monkeypatch):
    """A page whose bulk text does not line up with its characters (UTF-16 surrogates), and a
    page of a few characters, are read one character at a time, and read the same."""
    from profilecheck.options import Options

    data = generated_pdf()
    whole = pdf_reader.extract_pages(data, "pdfium", Options())
    monkeypatch.setattr(pdf_reader, "_pdfium_text", lambda textpage, count: None)
    assert all(columns is None for _, columns in _both_ways(data))
    assert pdf_reader.extract_pages(data, "pdfium", Options()) == whole
    monkeypatch.undo()
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=letter)
    page.drawString(50, 700, "PMP")
    page.save()
    assert [columns for _, columns in _both_ways(buffer.getvalue())] == [None]
