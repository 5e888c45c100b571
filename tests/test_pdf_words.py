"""Words from glyph positions: PDFs that place every word apart and draw no space glyph.

HTML-to-PDF converters often write each word (or each glyph) at its own position with no
space character between words, squeeze glyphs slightly, and draw a 1-point font scaled up
by the text matrix.  Both engines must still find every word.
"""
from __future__ import annotations

import io

import pytest

pytest.importorskip("reportlab")
from reportlab.lib.pagesizes import letter  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

from profilecheck.models import PageWords, Word  # noqa: E402
from profilecheck.options import Options  # noqa: E402
from profilecheck.readers import pdf as pdf_reader  # noqa: E402
from profilecheck.readers.pdf import glued_share, read_pdf  # noqa: E402

LINES = [
    "Senior IT Project Manager",
    "Led the migration of the staff portal to the cloud for a team of nine",
    "Cut the cost of office support by a fifth in two years of effort",
    "Project Manager 05/2013 to Current Company Name City, State",
    "Planned sprints in Jira and kept the schedule in Microsoft Project",
]


def placed_words_pdf(gap_ems: float = 0.12, squeeze_ems: float = 0.02, scale: float = 11.0) -> bytes:
    """Every glyph drawn on its own with a 1-point font scaled by the matrix, no spaces.

    `gap_ems` is the gap between words, `squeeze_ems` how much closer than its advance each
    glyph sits to the one before it (as converters that round positions do).
    """
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=letter)
    y = 720.0
    for line in LINES * 3:  # enough glyph pairs for the page to teach its own spacing
        x = 50.0
        for word in line.split():
            for glyph in word:
                c.saveState()
                c.translate(x, y)
                c.scale(scale, scale)
                c.setFont("Helvetica", 1)
                c.drawString(0, 0, glyph)
                c.restoreState()
                x += (stringWidth(glyph, "Helvetica", 1) - squeeze_ems) * scale
            x += (gap_ems + squeeze_ems) * scale
        y -= scale * 1.6
    c.save()
    return buffer.getvalue()


def words_read(data: bytes, engine: str) -> list[str]:
    document = read_pdf(data, Options(pdf_engine=engine), "placed.pdf")
    return [line.text.split() for line in document.lines]


@pytest.mark.parametrize("engine", ("pdfium", "pdfplumber"))
@pytest.mark.parametrize("gap_ems", (0.08, 0.12, 0.25))
def test_words_placed_apart_without_space_glyphs(engine, gap_ems):
    lines = words_read(placed_words_pdf(gap_ems=gap_ems), engine)
    assert lines[: len(LINES)] == [line.split() for line in LINES]


def test_scaled_font_reports_its_size_on_the_page():
    """A 1-point font scaled 11 times is 11 points on the page, for both engines (headings and
    word gaps are measured against it)."""
    for engine in ("pdfium", "pdfplumber"):
        document = read_pdf(placed_words_pdf(), Options(pdf_engine=engine), "placed.pdf")
        assert document.body_size == pytest.approx(11.0, abs=0.3), engine


def test_glyphs_that_touch_stay_one_word():
    """Squeezed glyphs (boxes overlapping) and tight kerning are never split apart."""
    lines = words_read(placed_words_pdf(gap_ems=0.3, squeeze_ems=0.06), "pdfium")
    assert lines[: len(LINES)] == [line.split() for line in LINES]


def _page(texts: list[str]) -> PageWords:
    words = tuple(Word(text, 10.0 * i, 10.0 * i + 8, 100.0, 110.0, 10.0, False) for i, text in enumerate(texts))
    return PageWords(1, 600.0, 800.0, words)


def test_glued_share_counts_long_letter_runs():
    assert glued_share([_page(["Managed", "a", "team"])]) == 0.0
    assert glued_share([_page(["Managedateamofninepeopleacross", "three", "sites", "here"])]) == pytest.approx(0.25)


def test_reader_uses_the_other_engine_when_words_look_glued(monkeypatch):
    glued = [_page(["Ledthemigrationofthestaffportal", "Cutthecostofofficesupportbyafifth"] + ["ok"] * 10)]
    clean = [_page("Led the migration of the staff portal".split() * 2)]

    def fake_extract(data, engine, options):
        return glued if engine == "pdfium" else clean

    monkeypatch.setattr(pdf_reader, "extract_pages", fake_extract)
    pages, warnings = pdf_reader._read_with_fallback(b"%PDF", Options())
    assert pages is clean
    assert len(warnings) == 1 and "pdfplumber" in warnings[0] and "together" in warnings[0]


def test_reader_keeps_pdfium_when_the_other_engine_is_no_better(monkeypatch):
    glued = [_page(["Ledthemigrationofthestaffportal"] + ["ok"] * 10)]
    monkeypatch.setattr(pdf_reader, "extract_pages", lambda data, engine, options: glued)
    pages, warnings = pdf_reader._read_with_fallback(b"%PDF", Options())
    assert pages is glued and warnings == []


def test_forced_engine_is_never_second_guessed(monkeypatch):
    glued = [_page(["Ledthemigrationofthestaffportal"] + ["ok"] * 10)]
    calls = []

    def fake_extract(data, engine, options):
        calls.append(engine)
        return glued

    monkeypatch.setattr(pdf_reader, "extract_pages", fake_extract)
    pages, warnings = pdf_reader._read_with_fallback(b"%PDF", Options(pdf_engine="pdfium"))
    assert calls == ["pdfium"] and warnings == []


def _each_glyph_its_own_object_pdf() -> bytes:
    """Bold and regular text where every glyph is placed on its own (as HTML-to-PDF converters
    do), with a font change between touching words."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=letter)
    y = 700
    for font, size, text in (("Helvetica-Bold", 14, "Experience"), ("Helvetica", 10, "Planned sprints in Jira"),
                             ("Helvetica-Bold", 10, "Tools:"), ("Helvetica", 10, "Jira, Confluence")):
        x = 72
        for glyph in text:
            page.setFont(font, size)
            page.drawString(x, y, glyph)
            x += stringWidth(glyph, font, size)
        y -= 20
    page.save()
    return buffer.getvalue()


@pytest.mark.parametrize("sample", ["generated", "mid-software-pm.pdf", "senior-cyber-linkedin.pdf"])
def test_one_font_lookup_per_run_reads_the_same_as_one_per_glyph(sample, monkeypatch):
    """The PDFium reader looks a font up only where a run of touching glyphs starts
    (pdf.TOUCHING), and finds the size of a new text object by (font, box height): the
    characters must be exactly those of a lookup for every glyph."""
    import pypdfium2 as pdfium
    from pathlib import Path

    data = _each_glyph_its_own_object_pdf() if sample == "generated" else (Path(__file__).resolve().parent.parent / "samples" / sample).read_bytes()

    def chars(touching: float) -> list:
        monkeypatch.setattr(pdf_reader, "TOUCHING", touching)
        document = pdfium.PdfDocument(data)
        try:
            found = []
            for page in document:
                left, _, _, top = page.get_mediabox()
                textpage = page.get_textpage()
                found.append(pdf_reader._pdfium_chars(textpage.raw, left, top))
                textpage.close()
                page.close()
            return found
        finally:
            document.close()

    shortcut, every_glyph = chars(0.15), chars(-1.0)  # below zero: a new run at every glyph
    assert shortcut == every_glyph and sum(map(len, shortcut)) > 40
    if sample == "generated":
        bold = {ch for ch, *_rest, is_bold in shortcut[0] if is_bold}
        assert "E" in bold and ":" in bold and "P" not in bold


def test_characters_read_one_by_one_when_the_bulk_text_does_not_line_up(monkeypatch):
    """Where UTF-16 surrogates break the bulk text's match with the character indexes, each
    character is asked for on its own: the same characters either way on an ordinary page."""
    import pypdfium2 as pdfium

    def chars() -> list:
        document = pdfium.PdfDocument(placed_words_pdf())
        try:
            page = document[0]
            left, _, _, top = page.get_mediabox()
            textpage = page.get_textpage()
            found = pdf_reader._pdfium_chars(textpage.raw, left, top)
            textpage.close()
            page.close()
            return found
        finally:
            document.close()

    bulk = chars()
    monkeypatch.setattr(pdf_reader, "_pdfium_text", lambda textpage, count: None)
    assert chars() == bulk and len(bulk) > 100


def spaced_dates_pdf(extra_spaces: int) -> bytes:
    """A Word CV's lines printed to PDF, its dates typed with spaces where a dash or a colon
    belongs ("2018   2019", "2019   Platform Engineer"), and an ordinary justified line."""
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=letter)
    rows = [
        ["2019", "Platform Engineer @ Northwind"],
        ["Embedded software /", "2018", "2019"],
        ["Kept", "the", "builds", "of", "2019", "reproducible", "for", "the", "release", "team"],
    ]
    space = stringWidth(" ", "Helvetica", 11)
    y = 720.0
    for number, row in enumerate(rows):
        x = 50.0
        wide = space * (1 + extra_spaces) if number < 2 else space * 1.3  # the justified line: every gap alike
        for piece in row:
            c.setFont("Helvetica", 11)
            c.drawString(x, y, piece)
            x += stringWidth(piece, "Helvetica", 11) + wide
        y -= 18
    c.save()
    return buffer.getvalue()


@pytest.mark.parametrize("engine", ("pdfium", "pdfplumber"))
def test_dates_typed_with_spaces_get_their_dash_back(engine):
    lines = [line.text for line in read_pdf(spaced_dates_pdf(2), Options(pdf_engine=engine), "spaced.pdf").lines]
    assert lines == [
        "2019: Platform Engineer @ Northwind",
        "Embedded software / 2018 – 2019",
        "Kept the builds of 2019 reproducible for the release team",
    ]


def test_dates_one_space_apart_are_left_as_they_are():
    lines = [line.text for line in read_pdf(spaced_dates_pdf(0), Options(), "spaced.pdf").lines]
    assert lines[:2] == ["2019 Platform Engineer @ Northwind", "Embedded software / 2018 2019"]
