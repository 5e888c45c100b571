"""The PDF reader on PDFs drawn in the test with reportlab: layout, furniture, LinkedIn, errors.

Every layout case is read with both engines, which must agree line for line.
"""
from __future__ import annotations

import io
import re
import json
import logging
from pathlib import Path

import pytest
from hardening_files import assemble_pdf

pytest.importorskip("reportlab")
from reportlab.lib.pagesizes import A4, letter  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

from profilecheck.errors import (  # noqa: E402
    CorruptFileError,
    EncryptedPdfError,
    LimitExceededError,
    ProfileCheckError,
    ScannedPdfError,
)
from profilecheck.options import Limits, Options  # noqa: E402
from profilecheck.readers import read_document  # noqa: E402
from profilecheck.readers.pdf import read_pdf  # noqa: E402

ENGINES = ("pdfium", "pdfplumber")


# ---------------------------------------------------------------- drawing helpers


def pdf_bytes(draw, pagesize=letter, **kwargs) -> bytes:
    """Run `draw(canvas)` and return the PDF."""
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=pagesize, **kwargs)
    draw(c)
    c.save()
    return buffer.getvalue()


def column(c, x, y, items, size=10.0, leading=None, font="Helvetica"):
    """Draw lines from (x, y) downwards; an item is text, (text, size, bold) or None for a gap."""
    leading = leading or size * 1.35
    for item in items:
        if item is None:
            y -= leading * 0.6
            continue
        text, item_size, bold = (item, size, False) if isinstance(item, str) else item
        c.setFont(font + "-Bold" if bold else font, item_size)
        c.drawString(x, y, text)
        y -= max(leading, item_size * 1.3)
    return y


def placer(c):
    """A function that writes a line at (x, distance from the page's top line), 10 points."""

    def at(x, top, text, bold=False):
        c.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
        c.drawString(x, 780 - top, text)

    return at


def work_read(draw):
    """The jobs read from the page `draw` draws, by both engines alike."""
    from profilecheck.structure import build_profile

    return build_profile(both(pdf_bytes(draw))).work


def read(data: bytes, engine: str = "auto", **limits):
    return read_pdf(data, Options(pdf_engine=engine, limits=Limits(**limits)), "resume.pdf")


def texts(document):
    return [line.text for line in document.lines]


def both(data: bytes):
    """Read with both engines, check they agree, return the PDFium reading."""
    first, second = (read(data, engine) for engine in ENGINES)
    assert texts(first) == texts(second)
    assert [(l.region, l.column, l.page) for l in first.lines] == [(l.region, l.column, l.page) for l in second.lines]
    assert [l.bold for l in first.lines] == [l.bold for l in second.lines]
    assert all(abs(a.size - b.size) < 0.3 for a, b in zip(first.lines, second.lines))
    assert (first.kind, first.body_size, first.pages) == (second.kind, second.body_size, second.pages)
    return first


# ---------------------------------------------------------------- documents


def single_column(c):
    column(
        c,
        72,
        720,
        [
            ("Jane Doe", 20, True),
            "Senior IT Project Manager | jane.doe@example.com | +1 555 010 2030",
            None,
            ("EXPERIENCE", 13, True),
            ("Senior IT Project Manager, Contoso", 10.5, True),
            "Jan 2019 - Present",
            "\u2022 Led a team of 12 engineers to deliver an ERP migration",
            "\u2022 Cut release lead time by 30% with a new CI pipeline",
            None,
            ("EDUCATION", 13, True),
            "BSc Computer Science, State University, 2010",
        ],
    )


SIDEBAR = [
    ("CONTACT", 11, True),
    "jane@example.com",
    "+1 555 010 2030",
    "Boston, MA",
    None,
    ("SKILLS", 11, True),
    "Scrum and Kanban",
    "Jira, Confluence",
    "Budgeting",
    "Risk management",
    None,
    ("LANGUAGES", 11, True),
    "English, German",
]
MAIN = [
    ("Jane Doe", 22, True),
    ("Senior IT Project Manager", 13, False),
    None,
    ("PROFILE", 12, True),
    "IT project manager with twelve years of experience delivering",
    "cloud migrations and ERP rollouts for healthcare clients.",
    None,
    ("EXPERIENCE", 12, True),
    ("Senior IT Project Manager, Contoso Health", 10.5, True),
    "Jan 2019 - Present",
    "\u2022 Led a team of 12 engineers through an ERP migration",
    "\u2022 Delivered 14 releases on time and 5% under budget",
    ("IT Project Manager, Fabrikam", 10.5, True),
    "Mar 2014 - Dec 2018",
    "\u2022 Ran the vendor selection for the new service desk",
]


def two_columns(c):
    column(c, 40, 780, SIDEBAR, size=9.5, leading=13)
    column(c, 210, 780, MAIN, size=10.5, leading=14.5)


def three_columns(c):
    column(c, 40, 760, [("LEFT", 12, True)] + [f"left item {i} alpha" for i in range(8)], size=10, leading=13)
    column(c, 225, 760, [("MIDDLE", 12, True)] + [f"middle item {i} beta" for i in range(9)], size=10, leading=14.2)
    column(c, 410, 760, [("RIGHT", 12, True)] + [f"right item {i} gamma" for i in range(7)], size=10, leading=15.4)


# ---------------------------------------------------------------- layout


def test_single_column_headings_and_bullets():
    document = both(pdf_bytes(single_column))
    lines = texts(document)
    assert lines[0] == "Jane Doe"
    assert "EXPERIENCE" in lines and "EDUCATION" in lines
    assert any(text.startswith("\u2022 Led a team") for text in lines)
    assert document.kind == "pdf" and document.pages == 1
    assert document.body_size == 10.0
    name = document.lines[0]
    assert name.size == 20.0 and name.bold
    heading = document.lines[lines.index("EXPERIENCE")]
    assert heading.bold and heading.size == 13.0
    assert all(line.region == "body" for line in document.lines)


def test_two_columns_keep_sidebar_apart():
    document = both(pdf_bytes(two_columns, pagesize=A4))
    lines = texts(document)
    sidebar_words = {"CONTACT", "SKILLS", "LANGUAGES", "Scrum", "Budgeting", "jane@example.com"}
    main_words = {"Jane", "PROFILE", "EXPERIENCE", "Led", "Contoso", "Fabrikam"}
    for text in lines:
        words = set(text.split())
        assert not (words & sidebar_words and words & main_words), text
    sidebar = [line for line in document.lines if line.region == "sidebar"]
    assert [line.text for line in sidebar][:2] == ["CONTACT", "jane@example.com"]
    assert all(line.column == 0 for line in sidebar)
    # the sidebar is read first, then the main column from the top
    assert lines.index("LANGUAGES") < lines.index("Jane Doe") < lines.index("EXPERIENCE")
    main = [line for line in document.lines if line.region == "body"]
    assert all(line.column == 1 for line in main)
    assert len(sidebar) == len([i for i in SIDEBAR if i is not None])


def test_full_width_header_above_two_columns():
    def draw(c):
        column(c, 40, 800, [("Jane Doe - Senior IT Project Manager - Boston, MA", 16, True)])
        column(c, 40, 760, SIDEBAR, size=9.5, leading=13)
        column(c, 210, 760, MAIN[3:], size=10.5, leading=14.5)

    document = both(pdf_bytes(draw, pagesize=A4))
    assert document.lines[0].text.startswith("Jane Doe - Senior")
    assert document.lines[1].text == "CONTACT" and document.lines[1].region == "sidebar"
    assert not any("PROFILE" in line.text and "CONTACT" in line.text for line in document.lines)


def test_header_set_apart_above_sidebar_layout():
    """The name sits within the sidebar's width but belongs to the header above both columns."""

    def draw(c):
        c.setFont("Helvetica-Bold", 20)
        c.drawString(40, 800, "Jane Doe")
        c.setFont("Helvetica", 9)
        c.drawRightString(555, 804, "jane@example.com | +1 555 010 2030")
        c.drawRightString(555, 792, "Boston, MA | linkedin.com/in/janedoe")
        column(c, 40, 750, SIDEBAR, size=9.5, leading=13)
        column(c, 210, 750, MAIN[3:], size=10.5, leading=14.5)

    document = both(pdf_bytes(draw, pagesize=A4))
    header = document.lines[:3]
    assert {line.text for line in header} == {
        "Jane Doe", "jane@example.com | +1 555 010 2030", "Boston, MA | linkedin.com/in/janedoe"
    }
    assert all(line.region == "body" for line in header)
    assert document.lines[3].text == "CONTACT" and document.lines[3].region == "sidebar"


def test_short_two_column_page():
    def draw(c):
        column(c, 40, 700, [("SKILLS", 11, True), "Scrum", "Jira", "Budgets"], size=9.5, leading=13)
        column(c, 200, 700, [("Jane Doe", 18, True), "IT Project Manager", "Boston, MA"], size=10.5, leading=16)

    document = both(pdf_bytes(draw))
    assert texts(document) == ["SKILLS", "Scrum", "Jira", "Budgets", "Jane Doe", "IT Project Manager", "Boston, MA"]
    assert [line.region for line in document.lines] == ["sidebar"] * 4 + ["body"] * 3


def test_three_columns_read_in_turn():
    document = both(pdf_bytes(three_columns))
    lines = texts(document)
    assert lines[0] == "LEFT" and lines[9] == "MIDDLE" and lines[19] == "RIGHT"
    for text in lines:
        kinds = {word for word in ("alpha", "beta", "gamma") if word in text}
        assert len(kinds) <= 1, text
    assert [line.column for line in document.lines] == [0] * 9 + [1] * 10 + [2] * 8


def test_table_rows_stay_together():
    """Dates beside titles line up like a table: read across, not as two columns, the cells
    parted by " | " as a tab parts them in Word."""

    def draw(c):
        y = 700
        for date, title in [("2019 - 2024", "Senior IT Project Manager, Contoso"),
                            ("2015 - 2019", "IT Project Manager, Fabrikam"),
                            ("2012 - 2015", "Project Coordinator, Northwind"),
                            ("2010 - 2012", "Business Analyst, Tailspin")]:
            c.setFont("Helvetica", 10)
            c.drawString(72, y, date)
            c.drawString(180, y, title)
            y -= 28

    lines = texts(both(pdf_bytes(draw)))
    assert lines[0] == "2019 - 2024 | Senior IT Project Manager, Contoso"
    assert len(lines) == 4


def test_page_furniture_dropped():
    def draw(c):
        for number in (1, 2):
            c.setFont("Helvetica", 8)
            c.drawString(72, 760, "Jane Doe - Resume")
            c.drawCentredString(306, 30, f"Page {number} of 2")
            column(c, 72, 720, [f"Content of page {number} line {i}" for i in range(6)])
            c.showPage()

    document = both(pdf_bytes(draw))
    lines = texts(document)
    assert not any(text.startswith("Page ") for text in lines)
    # the running header is kept once: it may be the only place holding the name
    assert lines.count("Jane Doe - Resume") == 1
    assert document.pages == 2
    assert lines[-1] == "Content of page 2 line 5"


def test_footer_beside_sidebar_text_dropped():
    """A page footer on the same baseline as the sidebar's last line."""

    def draw(c):
        for number in (1, 2):
            column(c, 40, 700, SIDEBAR + [f"Item {number}.{i}" for i in range(40)], size=9.5, leading=13)
            column(c, 210, 700, MAIN, size=10.5, leading=14.5)
            c.setFont("Helvetica", 9.5)
            c.drawCentredString(400, 700 - 13 * 49.8, f"Page {number} of 2")
            c.showPage()

    document = both(pdf_bytes(draw))
    assert not any("Page" in line.text for line in document.lines)
    assert sum(line.text.startswith("Item ") for line in document.lines) == 80
    assert document.lines[-1].region == "body"


def test_lone_page_numbers_dropped():
    def draw(c):
        for number in (1, 2, 3):
            column(c, 72, 720, [f"Text on page {number} item {i}" for i in range(5)])
            c.setFont("Helvetica", 9)
            c.drawCentredString(306, 40, str(number))
            c.showPage()

    lines = texts(both(pdf_bytes(draw)))
    assert all(text.startswith("Text on page") for text in lines)
    assert len(lines) == 15


def test_hyphenated_line_end_joined():
    def draw(c):
        column(c, 72, 720, [
            "Responsible for the manage-",
            "ment of a portfolio of nine projects",
            "A self-",
            "motivated leader",
            "Senior Project-",
            "Manager at Contoso",
            "Start date 2019 -",
            "present",
        ])

    lines = texts(both(pdf_bytes(draw)))
    assert lines[0] == "Responsible for the management of a portfolio of nine projects"
    assert "A self-motivated leader" in lines
    assert "Senior Project-" in lines and "Manager at Contoso" in lines
    assert "Start date 2019 -" in lines


def test_letter_spaced_headings():
    def draw(c):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(72, 720, "E X P E R I E N C E")  # spaces typed between letters
        text = c.beginText(72, 690)
        text.setFont("Helvetica-Bold", 12)
        text.setCharSpace(4)  # spacing set in the PDF, no space characters at all
        text.textLine("EDUCATION")
        c.drawText(text)
        column(c, 72, 660, ["Some ordinary body text for the page", "and a second line of it"])

    lines = texts(both(pdf_bytes(draw)))
    assert lines[:2] == ["EXPERIENCE", "EDUCATION"]


def test_fake_bold_overprint_read_once():
    def draw(c):
        c.setFont("Helvetica", 14)
        for dx in (0, 0.3, 0.6):  # some generators thicken text by printing it again, shifted
            c.drawString(72 + dx, 720, "Jane Doe")
        column(c, 72, 690, ["IT Project Manager with a long enough line of text"])

    assert texts(both(pdf_bytes(draw)))[0] == "Jane Doe"


def test_embedded_truetype_fonts():
    """Subset TrueType fonts, as word processors embed them, rather than the standard 14."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("Vera", "Vera.ttf"))
    pdfmetrics.registerFont(TTFont("Vera-Bold", "VeraBd.ttf"))

    def draw(c):
        column(c, 40, 780, SIDEBAR, size=9.5, leading=13, font="Vera")
        column(c, 210, 780, MAIN, size=10.5, leading=14.5, font="Vera")

    document = both(pdf_bytes(draw, pagesize=A4))
    assert texts(document)[0] == "CONTACT" and document.lines[0].bold
    assert "\u2022 Led a team of 12 engineers through an ERP migration" in texts(document)


# ---------------------------------------------------------------- LinkedIn


def linkedin_export(c):
    """Laid out like LinkedIn's "Save to PDF": grey-free sidebar on the left, main column right."""
    width, height = letter
    column(c, 30, 740, [
        ("Contact", 13, True),
        "jane.doe@example.com",
        None,
        "www.linkedin.com/in/jane-",
        "doe-123abc (LinkedIn)",
        None,
        ("Top Skills", 13, True),
        "Scrum",
        "Stakeholder Management",
        "Jira",
        None,
        ("Certifications", 13, True),
        "Project Management Professional",
        "(PMP)",
        "Professional Scrum Master I",
    ], size=10.5, leading=14)
    column(c, 215, 740, [
        ("Jane Doe", 26, False),
        ("Senior IT Project Manager | PMP | Agile Delivery", 12, False),
        "Berlin, Germany",
        None,
        ("Summary", 15.75, False),
        "IT project manager with twelve years of experience in cloud",
        "migrations, ERP rollouts and vendor management.",
        None,
        ("Experience", 15.75, False),
        ("Contoso GmbH", 12, False),
        "Senior IT Project Manager",
        "March 2019 - Present (5 years 9 months)",
        "Berlin, Germany",
        "Led a programme of six projects with a budget of EUR 4M.",
    ], size=10.5, leading=15)
    c.setFont("Helvetica", 9)
    c.drawCentredString(width / 2 + 60, 20, "Page 1 of 2")
    c.showPage()
    column(c, 215, 740, [
        ("Fabrikam AG", 12, False),
        "IT Project Manager",
        "January 2014 - February 2019 (5 years 2 months)",
        None,
        ("Education", 15.75, False),
        ("Technical University of Munich", 12, False),
        "Master of Science - MS, Computer Science (2008 - 2013)",
    ], size=10.5, leading=15)
    c.setFont("Helvetica", 9)
    c.drawCentredString(width / 2 + 60, 20, "Page 2 of 2")
    c.showPage()


def test_linkedin_export_recognised():
    document = both(pdf_bytes(linkedin_export))
    assert document.kind == "linkedin-pdf"
    lines = texts(document)
    sidebar = [line.text for line in document.lines if line.region == "sidebar"]
    assert sidebar[0] == "Contact"
    assert "www.linkedin.com/in/jane-doe-123abc (LinkedIn)" in sidebar
    assert "Top Skills" in sidebar and "Certifications" in sidebar
    # sidebar first, then the main column with the name in the largest font
    first_main = next(line for line in document.lines if line.region != "sidebar")
    assert first_main.text == "Jane Doe"
    assert first_main.size == max(line.size for line in document.lines)
    assert lines.index("Senior IT Project Manager | PMP | Agile Delivery") == lines.index("Jane Doe") + 1
    assert "March 2019 - Present (5 years 9 months)" in lines
    assert not any("Page 1 of 2" in text for text in lines)
    assert lines[-1].startswith("Master of Science")


def test_two_column_resume_is_not_linkedin():
    assert both(pdf_bytes(two_columns, pagesize=A4)).kind == "pdf"


def test_read_document_path(tmp_path):
    path = tmp_path / "profile.pdf"
    path.write_bytes(pdf_bytes(linkedin_export))
    document = read_document(str(path))
    assert document.kind == "linkedin-pdf"
    assert document.path == str(path)
    assert len(document.sha256) == 64
    assert document.warnings == ()


SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.mark.parametrize("name", sorted(path.name for path in SAMPLES.glob("*.pdf")))
def test_sample_pdfs(name):
    """The committed sample PDFs: both engines agree, and the kind is the expected one."""
    path = SAMPLES / name
    document = both(path.read_bytes())
    expected = SAMPLES / (name + ".expected.json")
    if expected.exists():
        kind = json.loads(expected.read_text(encoding="utf-8")).get("source", {}).get("kind")
        if kind:
            assert document.kind == kind
    assert document.warnings == ()
    if document.kind == "linkedin-pdf":
        sidebar = [line.text for line in document.lines if line.region == "sidebar"]
        assert sidebar and sidebar[0] == "Contact"
        assert any(text.endswith("(LinkedIn)") and " " not in text[: -len(" (LinkedIn)")] for text in sidebar)


# ---------------------------------------------------------------- damaged and unusual files


def test_junk_before_header_is_read():
    data = b"Content-Type: application/pdf\r\n\r\n" + pdf_bytes(single_column)
    assert texts(both(data))[0] == "Jane Doe"


@pytest.mark.parametrize("engine", ("auto",) + ENGINES)
def test_corrupt_pdf(engine):
    with pytest.raises(CorruptFileError) as caught:
        read(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage garbage\n", engine)
    assert "damaged" in str(caught.value) and "\n" not in str(caught.value)
    assert str(caught.value).startswith("resume.pdf: ")


@pytest.mark.parametrize("engine", ("auto",) + ENGINES)
def test_truncated_pdf(engine):
    data = pdf_bytes(single_column)
    with pytest.raises(CorruptFileError):
        read(data[: len(data) // 2], engine)


@pytest.mark.parametrize("engine", ("auto",) + ENGINES)
def test_encrypted_pdf(engine):
    data = pdf_bytes(single_column, encrypt="secret")
    with pytest.raises(EncryptedPdfError) as caught:
        read(data, engine)
    assert "password" in caught.value.cause


def test_owner_password_only_is_readable():
    from reportlab.lib import pdfencrypt

    data = pdf_bytes(single_column, encrypt=pdfencrypt.StandardEncryption("", ownerPassword="owner"))
    assert texts(both(data))[0] == "Jane Doe"


@pytest.mark.parametrize("engine", ("auto",) + ENGINES)
def test_image_only_pdf_is_scanned(engine):
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    image = Image.new("L", (60, 80), 200)

    def draw(c):
        c.drawImage(ImageReader(image), 72, 300, width=450, height=600)
        c.showPage()
        c.drawImage(ImageReader(image), 72, 300, width=450, height=600)

    with pytest.raises(ScannedPdfError) as caught:
        read(pdf_bytes(draw), engine)
    message = caught.value.cause
    assert "2 page(s)" in message and "scanned" in message and "OCR" in message


@pytest.mark.parametrize("engine", ("auto",) + ENGINES)
def test_too_many_pages(engine):
    def draw(c):
        for number in range(3):
            column(c, 72, 720, [f"page {number} has enough words to count as text"] * 3)
            c.showPage()

    with pytest.raises(LimitExceededError) as caught:
        read(pdf_bytes(draw), engine, max_pages=2)
    assert "3 pages" in caught.value.cause and "--max-pages" in caught.value.cause


def test_auto_falls_back_to_pdfplumber(monkeypatch):
    from profilecheck.readers import pdf

    class Broken:
        def __init__(self, data):
            raise pdf._EngineFailure("Data format error")

    monkeypatch.setitem(pdf._ENGINES, "pdfium", Broken)
    document = read(pdf_bytes(single_column))
    assert texts(document)[0] == "Jane Doe"
    assert len(document.warnings) == 1 and "pdfplumber" in document.warnings[0]


def test_errors_are_profilecheck_errors():
    for data in (b"%PDF-", b"%PDF-1.4\n%%EOF", b"%PDF-1.4\n" + bytes(range(256)) * 20):
        with pytest.raises(ProfileCheckError):
            read(data)


# ---------------------------------------------------------------- pdfminer noise

# A hand-made PDF whose font descriptor has no /FontBBox: pdfminer warns about it.
def _pdf_without_font_bbox() -> bytes:
    content = b"BT /F1 12 Tf 72 720 Td (Jane Doe Senior IT Project Manager with Scrum) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /TrueType /BaseFont /ResumeSans /FirstChar 32 /LastChar 126 /Widths [%s] /FontDescriptor 5 0 R >>" % b" ".join([b"500"] * 95),
        b"<< /Type /FontDescriptor /FontName /ResumeSans /Flags 32 /ItalicAngle 0 /Ascent 718 /Descent -207 /StemV 80 >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    return assemble_pdf(objects)


def test_pdfminer_warnings_do_not_print(capfd, caplog):
    logger = logging.getLogger("pdfminer")
    level = logger.level
    with caplog.at_level(logging.DEBUG):
        document = read(_pdf_without_font_bbox(), "pdfplumber")
    assert texts(document) == ["Jane Doe Senior IT Project Manager with Scrum"]
    assert not [r for r in caplog.records if r.name.startswith("pdfminer")]
    captured = capfd.readouterr()
    assert captured.err == "" and captured.out == ""
    assert logger.level == level and not logger.disabled


def test_a_dates_column_beside_a_sidebar_goes_with_the_jobs():
    """A template's dates column between the sidebar and the jobs: the sidebar's longest items
    (an address, a link) reach under it, so the gutter falls between the dates and the jobs; each
    piece of dates still belongs beside the job on its row (and its wrapped end below it)."""

    def draw(c):
        at = placer(c)
        at(10, 0, "Kestrel Moorfield", True)
        at(10, 30, "Project Manager")
        at(12, 60, "kestrel.moorfield@example.com")
        at(190, 95, "SUMMARY", True)
        at(12, 110, "Tel Aviv")
        at(190, 118, "Project manager for payment and retail systems.")
        at(12, 134, "linkedin.com/in/kestrelmoorfield")
        at(190, 159, "PROFESSIONAL EXPERIENCE", True)
        at(10, 161, "SKILLS", True)
        side = iter([(185, "Waterfall"), (234, "Power BI"), (283, "Budgeting"), (332, "Stakeholder management"), (381, "SAP"),
                     (430, "Jira"), (481, "LANGUAGES"), (506, "Spanish - B2")])
        for top, text in side:
            at(10, top, text, text == "LANGUAGES")
        for top, dates, wrapped, title, employer in (
            (179, "May 2021 - Nov.", "2025", "IT Program Manager", "Ardent Payments AG, Manchester"),
            (339, "Jun. 2019 - Mar.", "2021", "Technical Project Manager", "Kestrel Analytics B.V., Krakow"),
            (427, "2017 - 2019", None, "Digital Project Manager", "Northwind Analytics, Kyiv"),
        ):
            at(92, top, dates)
            if wrapped:
                at(92, top + 14, wrapped)
            at(182, top, title, True)
            at(182, top + 24, employer)
            at(198, top + 49, "Led the rollout of a billing platform for nine teams")
            at(198, top + 63, "and moved forty servers to a public cloud")

    document = both(pdf_bytes(draw))
    sidebar = [line.text for line in document.lines if line.region == "sidebar"]
    assert not any(re.search(r"(?:19|20)\d\d", text) for text in sidebar), sidebar
    from profilecheck.structure import build_profile

    work = build_profile(document).work
    assert [(item.position, item.startDate, item.endDate) for item in work] == [
        ("IT Program Manager", "2021-05", "2025-11"),
        ("Technical Project Manager", "2019-06", "2021-03"),
        ("Digital Project Manager", "2017", "2019"),
    ]


def test_a_dates_column_whose_range_wraps_is_read_beside_the_jobs():
    """A narrow dates cell between a sidebar and the jobs wraps one range ("2022-06 – 2025-" over
    "09"): the wrapped end sits beside nothing, yet the dates are still a table's cells beside the
    jobs, not a column of their own read before them, and the month goes back into its date."""

    def draw(c):
        at = placer(c)
        at(10, 0, "Tomasz Aldercroft", True)
        at(10, 16, "Delivery Manager")
        for top, text in ((40, "SKILLS"), (62, "SQL"), (110, "SAP"), (150, "Waterfall"), (205, "Confluence"), (260, "Jira"),
                          (310, "LANGUAGES"), (330, "Spanish - B1"), (352, "Polish - native")):
            at(10, top, text, text.isupper())
        at(120, 40, "WORK HISTORY", True)
        top = 70
        for dates, wrapped, title, employer in (
            ("2025-11 – present", None, "Agile Delivery Manager", "Silverpine Energy, Pune"),
            ("2022-06 – 2025-", "09", "Implementation Project Manager", "Silverpine Energy, Krakow"),
            ("2017 – 2022", None, "Delivery Manager", "Silverpine Energy, Kyiv"),
            ("2014 – 2017", None, "Infrastructure Project Manager", "Polarion Telecom LLC, Leeds"),
        ):
            at(120, top, dates)
            if wrapped:
                at(120, top + 12, wrapped)  # between the title's row and the employer's
            at(230, top, title, True)
            at(230, top + 24, employer)
            at(240, top + 48, "• Prepared weekly status reports for the")
            at(240, top + 72, "• Planned the move of 50 servers")
            top += 100

    work = work_read(draw)
    assert [(item.position, item.startDate, item.endDate or "present") for item in work] == [
        ("Agile Delivery Manager", "2025-11", "present"),
        ("Implementation Project Manager", "2022-06", "2025-09"),
        ("Delivery Manager", "2017", "2022"),
        ("Infrastructure Project Manager", "2014", "2017"),
    ]


def test_a_length_cut_after_its_number_in_a_dates_cell_goes_back_to_its_dates():
    """"Feb'24-Jul'24 (6" over "months)": a narrow dates cell wraps the length after the dates;
    the rest is the cell's, not the employer's line."""

    def draw(c):
        at = placer(c)
        at(40, 0, "Dana Whitlowe", True)
        at(40, 16, "Project Manager | Bucharest, Romania | someone@example.com")
        at(40, 50, "WORK HISTORY", True)
        top = 70
        for dates, rest, title, employer in (
            ("Mar 2025-Today (1", "year 9 months)", "Project Manager", "Marlow Software AG, Kyiv"),
            ("Feb 2024-Jul 2024 (6", "months)", "Part-time Lecturer", "Meridiant Health B.V., Denver, CO"),
            ("2018-2023 (6", "years)", "Infrastructure Project Manager", "Cobaltine Airlines AG, Riga"),
        ):
            at(40, top, dates)
            at(40, top + 14, rest)
            at(160, top, title, True)
            at(160, top + 26, employer)
            at(170, top + 40, "• Wrote test cases and automated regression suites")
            top += 70

    work = work_read(draw)
    assert [(item.position, item.name, item.startDate) for item in work] == [
        ("Project Manager", "Marlow Software AG", "2025-03"),
        ("Part-time Lecturer", "Meridiant Health B.V.", "2024-02"),
        ("Infrastructure Project Manager", "Cobaltine Airlines AG", "2018"),
    ]



@pytest.mark.parametrize("text", ["03.2022 –", "nowadays", "May 2021 - Nov.", "2025-11 – present", "Mar'25-Today (1", "2014 – ongoing", "Dec '21 — Dec '23"])
def test_pieces_of_dates_cells(text):
    from profilecheck.readers import layout
    from profilecheck.models import Word

    chunk = layout._Chunk(0, [Word(part, 0.0, 1.0, 0.0, 1.0, 10.0) for part in text.split()], 0.0, 1.0, 1.0)
    assert layout._dates_piece(chunk) or layout._wrapped_date_end(chunk)


@pytest.mark.parametrize("text", ["Project Manager", "Jira", "Spanish - B2", "2 teams", "Budgeting"])
def test_no_pieces_of_dates_cells(text):
    from profilecheck.readers import layout
    from profilecheck.models import Word

    chunk = layout._Chunk(0, [Word(part, 0.0, 1.0, 0.0, 1.0, 10.0) for part in text.split()], 0.0, 1.0, 1.0)
    assert not layout._dates_piece(chunk) and not layout._wrapped_date_end(chunk)


def test_two_flows_with_a_gutter_narrower_than_an_em_are_two_columns():
    """A side column's longest line (a link) reaches to within less than an em of the main
    column: still two columns, since no line of one shares a baseline with a line of the other."""

    def draw(c):
        at = placer(c)
        side = ["Bogdan Marlowe", "IT Project Manager", "+44 7700 900281", "someone@example.com", "Dublin, Ireland",
                "linkedin.com/in/bogdanmarlowe", "SKILLS", "Budgeting", "Smartsheet", "Trello", "SQL", "LANGUAGES", "Polish - native"]
        for number, text in enumerate(side):
            at(40, number * 40, text, text.isupper())
        edge = 40 + c.stringWidth("linkedin.com/in/bogdanmarlowe", "Helvetica", 10) + 7  # 7 points: less than an em
        main = ["SUMMARY", "Project manager for insurers and airlines.", "WORK HISTORY", "IT Project Manager", "Silverpine Insurance, Haifa",
                "Feb 2025 to Present", "• Coordinated vendors across three time zones", "Program Manager", "Bluefin Airlines, Denver",
                "Jan 2023 to Jan 2025", "• Cut release lead time by 30%", "Scrum Master", "Orbita Analytics Inc., Sofia", "2022 to 2023"]
        for number, text in enumerate(main):
            at(edge, 10 + number * 20, text, text.isupper())  # (halfway between the side column's lines)

    document = both(pdf_bytes(draw))
    texts = [line.text for line in document.lines]
    assert texts.index("Polish - native") < texts.index("SUMMARY"), texts  # the side column read whole first
    from profilecheck.structure import build_profile

    work = build_profile(document).work
    assert [(item.position, item.startDate) for item in work] == [
        ("IT Project Manager", "2025-02"), ("Program Manager", "2023-01"), ("Scrum Master", "2022"),
    ]


def test_headings_numbered_with_a_bullet_are_headings():
    """A heading style that numbers its headings with a bullet ("• Professional Experience" in
    bold, as a word processor's PDF draws it) still heads its section."""

    def draw(c):
        column(c, 50, 740, [
            ("Sven Marlowe", 16, True),
            "Bucharest, Romania – someone@example.com",
            None,
            ("• Professional Experience", 12, True),
            "4/2023—Present | Software Project Manager",
            "Silverpine Bank LLC, Pune, India",
            "• Managed a portfolio of 5 concurrent projects",
            "10/2019—3/2023 | Technical Project Manager",
            "Fjordline Systems, Haifa",
            "• Set up the PMO templates and stage gates",
            None,
            ("• Education", 12, True),
            "BA in Economics, Northgate Technical University, 2012",
        ])

    document = both(pdf_bytes(draw))
    from profilecheck.structure import build_profile

    profile = build_profile(document)
    assert [section.name for section in profile.sections] == ["header", "experience", "education"]
    assert [(item.position, item.startDate) for item in profile.work] == [
        ("Software Project Manager", "2023-04"), ("Technical Project Manager", "2019-10"),
    ]


def test_dates_set_right_beyond_a_side_column_go_with_the_jobs():
    """Dates set right at the page's edge on each job's line, a narrow side column between them
    and the jobs: the dates are a column of their own after the side column, yet each belongs to
    the job on its line."""

    def draw(c):
        at = placer(c)
        at(50, 0, "RAFAEL MARCHETTI", True)
        at(50, 16, "someone@example.com")
        at(50, 40, "Employment History:")
        for top, text in ((20, "Power BI"), (52, "ITIL"), (84, "Prince2"), (116, "Trello"), (148, "Kanban")):
            at(400, top, text)
        for top, title, dates in ((64, "Software Developer, Quantix Software, Krakow", "Feb '24 — PRESENT"),
                                  (136, "Data Analyst, Orbital Telecom, Denver", "Dec '21 — Dec '23"),
                                  (208, "Product Owner, Meridian Insurance, Warsaw", "Dec '16 — Dec '21")):
            at(50, top, title, True)
            c.setFont("Helvetica", 10)
            c.drawRightString(560, 780 - top, dates)
            at(50, top + 14, "Delivered the mobile banking app to many customers.")
            at(50, top + 28, "Worked with legal and security on vendor due diligence.")

    work = work_read(draw)
    assert [(item.position, item.startDate) for item in work] == [
        ("Software Developer", "2024-02"), ("Data Analyst", "2021-12"), ("Product Owner", "2016-12"),
    ]


def test_a_range_wrapped_in_its_cell_with_commas_after_the_months():
    """"March, 2022 -" over "September, 2025": the end of a range a narrow cell wrapped goes back
    to its start's line, a comma after its month or not."""

    def draw(c):
        at = placer(c)
        at(50, 0, "Ravi Marlowe", True)
        at(50, 16, "Technical Project Manager | someone@example.com")
        at(50, 40, "EXPERIENCE", True)
        top = 60
        for start, end, title, employer in (("October, 2025 -", "Till Date", "Technical Project Manager", "Marlow Media Ltd., Warsaw"),
                                            ("March, 2022 -", "September, 2025", "Project Manager - ERP", "Kestrel Health Ltd., Sofia"),
                                            ("September, 2018 -", "January, 2022", "Senior IT Project Manager", "Lumenix Infotech plc, Leeds")):
            at(50, top, start)
            at(50, top + 13, end)
            at(170, top, title, True)
            at(170, top + 26, employer)
            at(180, top + 40, "• Negotiated scope changes with the client")
            top += 70

    work = work_read(draw)
    assert [(item.position, item.startDate, item.endDate or "present") for item in work] == [
        ("Technical Project Manager", "2025-10", "present"),
        ("Project Manager - ERP", "2022-03", "2025-09"),
        ("Senior IT Project Manager", "2018-09", "2022-01"),
    ]


def test_a_table_of_sections_with_their_headings_in_the_left_cells():
    """A Word template laid out as one table: each section's heading in a left cell, the section
    beside it; the name and contact lines above, flush with the headings.  Each heading is read
    as a line of its own before its section, not all of them first nor run into the section's
    first line, and the section's dates stay with it."""

    def draw(c):
        at = placer(c)
        at(40, 0, "Ines Valdebro")
        at(40, 14, "Agile Project Manager | Scrum & Kanban")
        at(40, 28, "ines.valdebro@example.com")
        at(40, 42, "Lisbon, Portugal")
        at(40, 80, "WORK EXPERIENCE", True)
        at(200, 80, "Agile Project Manager (Sep 2022 – Aug 2025)", True)
        at(200, 94, "Tidewell Freight, Porto")
        at(200, 108, "1. Moved 140 applications out of the old data centre")
        at(200, 122, "2. Ran sprint reviews for four teams")
        at(200, 140, "Project Coordinator (Mar 2019 – Aug 2022)", True)
        at(200, 154, "Harborline Insurance, Lisbon")
        at(40, 180, "SKILLS & TOOLS", True)
        for n, skill in enumerate(("Budgeting", "Azure DevOps", "Scrum", "Jira")):
            at(200, 180 + 14 * n, skill)
        at(40, 250, "EDUCATION", True)
        at(200, 250, "Oct 2014 – Jun 2018 BSc Computer Science,")
        at(200, 264, "Riverton State University")
        at(40, 290, "LANGUAGES", True)
        at(200, 290, "Portuguese (native)")
        at(200, 304, "English (C1)")

    document = both(pdf_bytes(draw))
    lines = texts(document)
    for heading, first in (("WORK EXPERIENCE", "Agile Project Manager (Sep 2022 – Aug 2025)"), ("SKILLS & TOOLS", "Budgeting"),
                           ("EDUCATION", "Oct 2014 – Jun 2018 BSc Computer Science,"), ("LANGUAGES", "Portuguese (native)")):
        assert lines[lines.index(heading) + 1] == first, lines
    from profilecheck.structure import build_profile

    work = build_profile(document).work
    assert [(item.position, item.name, item.startDate) for item in work] == [
        ("Agile Project Manager", "Tidewell Freight", "2022-09"),
        ("Project Coordinator", "Harborline Insurance", "2019-03"),
    ]


def test_struck_out_text_is_no_part_of_the_line():
    """A Word file printed with its tracked changes shown: the deleted dates struck through, the
    new ones underlined right after them.  The struck glyphs are dropped (by both engines); an
    underline and a rule under a heading strike nothing."""

    def draw(c):
        at = placer(c)
        at(40, 0, "Rowan Ellery", True)
        at(40, 30, "WORK EXPERIENCE", True)
        c.setLineWidth(0.5)
        c.line(40, 780 - 30 - 3, 300, 780 - 30 - 3)  # a rule under the heading
        at(40, 50, "Dates")
        at(160, 50, "03/2012 - 09/2014")
        struck_end = 160 + c.stringWidth("03/2012 - 09/2014", "Helvetica", 10)
        at(struck_end, 50, "10/10/2021 to 13/12/2025")
        inserted_end = struck_end + c.stringWidth("10/10/2021 to 13/12/2025", "Helvetica", 10)
        c.setLineWidth(1.2)
        c.line(159.5, 780 - 50 + 2.8, struck_end + 0.5, 780 - 50 + 2.8)  # through the middle of the glyphs
        c.line(struck_end - 0.5, 780 - 50 - 1.0, inserted_end + 0.5, 780 - 50 - 1.0)  # under the baseline
        at(40, 64, "Position")
        at(160, 64, "Senior IT Project Manager")
        at(40, 78, "Employer")
        at(160, 78, "Cobaltine Logistics, Riga")

    lines = texts(both(pdf_bytes(draw)))
    assert "Dates | 10/10/2021 to 13/12/2025" in lines, lines
    assert "WORK EXPERIENCE" in lines


def _spaced(c, x, top, text, size=14.0, tracking=1.3, font="Helvetica"):
    """Write `text` a glyph at a time, each `tracking` points after the last (letter-spacing);
    a blank is a space plus the tracking.  Returns where the pen ends."""
    c.setFont(font, size)
    for letter in text:
        if letter != " ":
            c.drawString(x, 780 - top, letter)
        x += c.stringWidth(letter, font, size) + tracking
    return x


def test_letter_spaced_capitals_are_words_again():
    """A builder's style sets a job's title in letter-spaced capitals: each letter reads as a word
    of its own.  The letters are joined into words at the gaps between them, the wider gaps stay
    spaces, and a kerned pair ("AT", drawn tight) joins its neighbours; the dates stay a cell apart."""

    def draw(c):
        at = placer(c)
        at(40, 0, "Lorna Whitcombe", True)
        at(40, 14, "lorna@example.com | Leeds, UK")
        at(40, 50, "WORK HISTORY", True)
        end = _spaced(c, 40, 80, "SENIOR SCRUM MASTER")
        end = _spaced(c, end + 4.0, 80, "A")
        _spaced(c, end - 1.2, 80, "T AMBERVALE MUTUAL")
        at(460, 80, "Since 2024")
        at(40, 100, "Ran the release calendar for six teams.")
        end = _spaced(c, 40, 130, "BUSINESS ANALYST")
        _spaced(c, end + 4.0, 130, "AT KESTRANO MUTUAL")
        at(460, 130, "2022 - 2024")
        at(40, 150, "Wrote the user stories for the claims portal.")

    document = both(pdf_bytes(draw))
    lines = texts(document)
    assert "SENIOR SCRUM MASTER AT AMBERVALE MUTUAL | Since 2024" in lines, lines
    assert "BUSINESS ANALYST AT KESTRANO MUTUAL | 2022 - 2024" in lines, lines
    from profilecheck.structure import build_profile

    work = build_profile(document).work
    assert [(item.position, item.name, item.startDate) for item in work] == [
        ("SENIOR SCRUM MASTER", "AMBERVALE MUTUAL", "2024"),
        ("BUSINESS ANALYST", "KESTRANO MUTUAL", "2022"),
    ]


def test_small_capitals_whose_boxes_leave_gaps_are_words_again():
    """Small capitals drawn as smaller capitals, a gap between each pair of glyphs: the heading
    is read whole."""

    def draw(c):
        at = placer(c)
        at(40, 0, "Lorna Whitcombe", True)
        at(40, 14, "lorna@example.com | Leeds, UK")
        x = 40
        for piece, size, tracking in (("E", 15.3, 1.2), ("duc", 11.0, 1.2), ("at", 11.0, None), ("ion", 11.0, 1.2), (" ", 11.0, 1.2),
                                      ("&", 15.3, 1.2), (" ", 11.0, 1.2), ("T", 15.3, 1.2), ("raining", 11.0, 1.2)):
            if tracking is None:  # a kerned pair, drawn as one
                c.setFont("Helvetica", size)
                c.drawString(x, 780 - 50, piece)
                x += c.stringWidth(piece, "Helvetica", size) + 1.2
            else:
                x = _spaced(c, x, 50, piece, size=size, tracking=tracking)
        at(40, 70, "MSc Information Systems, Coldwater Business School, 2019 - 2021")

    lines = texts(both(pdf_bytes(draw)))
    assert "Education & Training" in lines, lines


def test_a_builder_resume_with_a_profile_link_and_page_footers_is_no_linkedin_export():
    """Contact, Certifications and Languages headings, a linkedin.com/in/ link and "Page 1 of 1" at
    the foot: a resume printed from a builder, read as a resume, not as a LinkedIn export (which
    has its "Top Skills" and its link labelled "(LinkedIn)")."""

    def draw(c):
        at = placer(c)
        at(40, 0, "Lorna Whitcombe", True)
        at(40, 14, "CONTACT", True)
        at(40, 28, "lorna@example.com | linkedin.com/in/lorna-whitcombe | Leeds, UK")
        at(40, 50, "WORK HISTORY", True)
        at(40, 66, "Project Manager, Ambervale Mutual")
        at(460, 66, "2021 - 2024")
        at(40, 82, "Ran the release calendar for six teams.")
        at(40, 110, "CERTIFICATIONS", True)
        at(40, 126, "PMP, 2022")
        at(40, 150, "LANGUAGES", True)
        at(40, 166, "English (native)")
        at(260, 760, "Page 1 of 1")

    document = both(pdf_bytes(draw))
    assert document.kind == "pdf"


def test_a_length_wrapped_under_dates_set_right_goes_back_to_its_dates():
    """A timeline's dates column set flush right: "02.2018 – 11.2021 · 3" over "yrs 10 mos"; the
    length's rest goes back beside its number, not onto the employer's line."""

    def draw(c):
        at = placer(c)
        at(40, 0, "Zofia Kellaway", True)
        at(40, 14, "zofia@example.com | Austin, TX")
        at(40, 40, "PROFESSIONAL EXPERIENCE", True)
        c.setFont("Helvetica", 10)
        top = 64
        for dates, rest, title, employer in (
            ("02.2018 – 11.2021 · 3", "yrs 10 mos", "Agile Delivery Manager", "Quillmark Technologies — Berlin, Germany"),
            ("11.2013 – 01.2018 · 4", "yrs 3 mos", "Senior Technical Project Manager", "Ostraline Health — Berlin, Germany"),
        ):
            c.drawRightString(150, 780 - top, dates)
            c.drawRightString(150, 780 - top - 13, rest)
            at(170, top, title, True)
            at(170, top + 13, employer)
            at(170, top + 28, "Removed impediments across teams and cut cycle time by 42%.")
            top += 56

    work = work_read(draw)
    assert [(item.position, item.name, item.startDate) for item in work] == [
        ("Agile Delivery Manager", "Quillmark Technologies", "2018-02"),
        ("Senior Technical Project Manager", "Ostraline Health", "2013-11"),
    ]


def test_job_cards_side_by_side_keep_their_own_dates():
    """Job cards in a grid of two columns, each with its employer and, set right in the card, its
    dates: each card's dates stay with it (they are no dates column to hand to the other side)."""

    def draw(c):
        at = placer(c)
        at(40, 0, "Zofia Tamsworth", True)
        at(40, 14, "zofia@example.com | Austin, TX")
        at(40, 40, "WORK EXPERIENCE", True)
        cards = (  # (the cards of a row differ in height; their lines do not line up after the first)
            (40, 64, "Lumeno Bank", "Dec 2025 – Present", "SENIOR PROJECT MANAGER", 2),
            (300, 64, "Tessaro Labs", "Jul 2022 – Nov 2025", "SENIOR SCRUM MASTER", 4),
            (40, 150, "Veltrix Telecom", "Sep 2019 – Apr 2022", "PROJECT LEAD", 4),
            (300, 150, "Pinecastle Telecom", "Jul 2015 – Aug 2019", "TECHNICAL PROJECT MANAGER", 3),
        )
        duties = ("Tracked dependencies across five workstreams", "and raised blockers before they hit the plan.",
                  "Kept the RAID log current for the sponsors.", "Ran the weekly steering review.")
        for x, top, employer, dates, title, lines in cards:
            at(x, top, employer, True)
            c.setFont("Helvetica", 10)
            c.drawRightString(x + 240, 780 - top, dates)
            at(x, top + 14, title)
            pitch = 13.5 if x == 40 else 16.5
            for number in range(lines):
                at(x, top + 30 + pitch * number, duties[number])

    work = work_read(draw)
    assert sorted((item.startDate, item.name) for item in work) == [
        ("2015-07", "Pinecastle Telecom"), ("2019-09", "Veltrix Telecom"), ("2022-07", "Tessaro Labs"), ("2025-12", "Lumeno Bank"),
    ]


def test_a_month_starting_with_a_is_no_connector_of_a_wrapped_range():
    """Jobs one per row, the dates in a cell set right and no duties between: "April 2021 - July
    2022" on the row below "February 2023 - July 2023" is the next job's, not the end of a range
    cut by its cell ("a" is a connector, "April" is not)."""

    def draw(c):
        at = placer(c)
        at(40, 0, "Renata Whitcombe", True)
        at(40, 14, "renata@example.com | Toronto, ON")
        at(40, 40, "PROFESSIONAL EXPERIENCE", True)
        for top, job, dates in ((60, "Project Manager, Northgate Health", "February 2023 - July 2023"),
                                (74, "Agile Project Manager, Pinecrest Logistics", "April 2021 - July 2022"),
                                (88, "Systems Analyst, Redmere Energy", "May 2019 - August 2020")):
            at(40, top, job)
            at(330, top, dates)
        at(40, 120, "EDUCATION", True)
        at(40, 136, "BSc Computing, Riverton State University, 2015")

    work = work_read(draw)
    assert [(item.position, item.startDate, item.endDate) for item in work] == [
        ("Project Manager", "2023-02", "2023-07"), ("Agile Project Manager", "2021-04", "2022-07"), ("Systems Analyst", "2019-05", "2020-08"),
    ]


def test_two_job_cards_whose_lines_line_up_are_read_one_after_the_other():
    """Two short job cards side by side, their title, employer and dates on the same rows: read
    row by row they would give "TITLE | TITLE" and "dates | dates"; each card is read in turn."""

    def draw(c):
        at = placer(c)
        at(40, 0, "Nikhil Brastley", True)
        at(40, 14, "nikhil@example.com | London, UK")
        at(40, 40, "WORK HISTORY", True)
        for x, title, employer, dates in ((40, "IT PROJECT COORDINATOR", "Redhallow Energy, Manchester, UK", "December 2025 — Current"),
                                          (300, "ASSISTANT PROJECT MANAGER", "Tidewell Labs, Remote", "August 2021 — July 2025")):
            at(x, 60, title, True)
            at(x, 74, employer)
            at(x, 88, dates)
        at(40, 110, "IT SUPPORT SPECIALIST", True)
        at(40, 124, "Brinmoor Retail, Austin, TX")
        at(40, 138, "December 2017 — March 2021")
        at(40, 160, "EDUCATION", True)
        at(40, 174, "BCom Finance, University of Eastbrook, 2016")

    work = work_read(draw)
    assert [(item.position, item.name, item.startDate) for item in work] == [
        ("IT PROJECT COORDINATOR", "Redhallow Energy", "2025-12"),
        ("ASSISTANT PROJECT MANAGER", "Tidewell Labs", "2021-08"),
        ("IT SUPPORT SPECIALIST", "Brinmoor Retail", "2017-12"),
    ]


def test_joining_letters_set_apart_looks_at_each_word_about_once(monkeypatch):
    """A row of many one- and two-letter pieces that are no letter-spacing ("a ab ab a ab ab ...",
    as a hostile file may draw on one baseline) is passed through in one look per word, not a
    look at every run from every word (which took minutes on a long row)."""
    from profilecheck.models import Word
    from profilecheck.readers import layout

    looks = []

    class Counting:
        def __init__(self, pattern):
            self.pattern = pattern

        def fullmatch(self, text):
            looks.append(text)
            return self.pattern.fullmatch(text)

    monkeypatch.setattr(layout, "_SPACED_PIECE", Counting(layout._SPACED_PIECE))
    words = [Word("a" if n % 3 == 0 else "ab", 7.0 * n, 7.0 * n + 5, 0, 10, 10, False) for n in range(3000)]
    line = layout._make_line(words, 1, "body", 0)
    assert line.text.split() == [word.text for word in words]
    assert len(looks) <= 2 * len(words)
