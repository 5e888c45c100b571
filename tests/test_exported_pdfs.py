"""PDFs as word processors export them: what `docx_fuzz.py --as pdf` (Word CVs converted by
LibreOffice) showed the reader getting wrong, each on a generated page.

- A font embedded with its ascent and descent given as 0 (LibreOffice writes them so): PDFium
  then gives each glyph its own tight box for its "loose" box, "g" ends lower than "o", and
  the words of one line no longer share a bottom.  The reader rebuilds those boxes from each
  glyph's baseline.  reportlab cannot draw such a font (PDFium falls back on the font file's
  own metrics there), so this one reads a small LibreOffice export kept in tests/fixtures.
- A ligature ("ti" in "Qualifications") is one glyph for two letters: both letters get its
  box, and the second seems to step back; it stays in its word.
- A Word table of dates beside jobs under headings that stand on rows of their own: the
  dates column lines up with the jobs' titles, the headings have nothing beside them; read
  row by row, not as two columns one after the other.
"""
from __future__ import annotations

import io
import os
from datetime import date

import pytest

pytest.importorskip("reportlab")
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

import profilecheck  # noqa: E402
from profilecheck.options import Options  # noqa: E402
from profilecheck.readers import pdf as pdf_reader  # noqa: E402
from profilecheck.readers.pdf import extract_pages  # noqa: E402
from resume_pdf import Cells, Gap, Heading, Para, Resume, Style, resume_pdf  # noqa: E402
from test_pdf_columns import _both_ways  # noqa: E402

AS_OF = date(2026, 11, 30)

FIXTURES = os.path.join(os.path.dirname(__file__), "fixtures")
LINES = [
    "Senior Program Manager, Quayside Energy Group",
    "Managed a budget of 2.4M and a team of 14 engineers",
    "Ran quarterly planning with Jira and Confluence for eight squads",
    "Agency reporting, supplier onboarding and gap analysis",
]


def _libreoffice_export() -> bytes:
    with open(os.path.join(FIXTURES, "libreoffice-export.pdf"), "rb") as handle:  # see fixtures/README.md
        return handle.read()


def test_glyph_boxes_for_loose_boxes_are_rebuilt_from_the_baseline():
    import pypdfium2 as pdfium

    data = _libreoffice_export()
    document = pdfium.PdfDocument(data)
    textpage = document[0].get_textpage()
    assert pdf_reader.loose_boxes_are_tight(textpage.raw, textpage.get_text_range())
    textpage.close()
    document.close()
    words = extract_pages(data, "pdfium", Options())[0].words
    first = next(word for word in words if word.text == "Senior")
    line = sorted((word for word in words if abs(word.top - first.top) < 0.01), key=lambda word: word.x0)
    # every word of the title's line has one top and one bottom, descenders or not ("Program", "Group")
    assert " ".join(word.text for word in line) == LINES[0]
    assert len({round(word.bottom, 3) for word in line}) == 1
    # the per-character reader and the column reader read the same words
    for one_by_one, columns in _both_ways(data):
        assert columns is not None and repr(columns) == repr(one_by_one)
    report = profilecheck.analyze_bytes(data, Options(as_of=AS_OF), "cv.pdf")
    assert [(w.position, w.name, w.startDate) for w in report.profile.work] == [
        ("Senior Program Manager", "Quayside Energy Group", "2021-04"),
        ("Project Manager", "Tidewater Logistics", "2017-01"),
    ]


def test_the_letters_of_a_ligature_stay_in_their_word():
    # "Educa|ti|on & Qualifica|ti|ons": each ligature's two letters share one box, which steps
    # back from the end of the letter before; the heading is one word each, and a heading
    from profilecheck.readers import read_bytes

    data = _libreoffice_export()
    assert "Education & Qualifications" in [line.text for line in read_bytes(data, "cv.pdf", Options(as_of=AS_OF)).lines]
    report = profilecheck.analyze_bytes(data, Options(as_of=AS_OF), "cv.pdf")
    assert [section.name for section in report.profile.sections if section.heading] == ["experience", "education"]
    assert len(report.profile.work) == 2


def test_a_loose_box_with_a_descent_is_no_glyph_box():
    import pypdfium2 as pdfium

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    page.setFont("Helvetica", 11)
    for number, line in enumerate(LINES):
        page.drawString(60, 760 - 16 * number, line)
    page.save()
    document = pdfium.PdfDocument(buffer.getvalue())
    textpage = document[0].get_textpage()
    assert not pdf_reader.loose_boxes_are_tight(textpage.raw, textpage.get_text_range())
    textpage.close()
    document.close()


def _dates_table_resume() -> bytes:
    widths = (0.3, 0.7)
    rows = [
        Para("Delivery lead with nine years in logistics and energy software, from analyst to programme manager."),
        Heading("SKILLS", style="caps"),
        Para("MS Project"), Para("Jira"), Para("Risk management"),
        Heading("EDUCATION", style="caps"),
        Cells((("09/04 - 07/09",), ("MBA, Lakeport Open University",)), widths),
        Heading("CERTIFICATIONS", style="caps"),
        Para("2015: Professional Scrum Master I"),
        Heading("WORK EXPERIENCE", style="caps"),
        Cells((("07/23 - now",), ("Quayside Freight - PMO Analyst",)), widths, bold_first=(False, True)),
        Cells((("12/20 - 02/23",), ("Tidewater Ltd - Release Manager", "- Set up the release calendar and the stage gates",
                                    "- Kept one weekly status report for the steering group")), widths, bold_first=(False, True)),
        Cells((("07/17 - 09/20",), ("Brightwell Software - DevOps Engineer", "- Moved the build servers to the cloud in three waves")),
              widths, bold_first=(False, True)),
    ]
    return resume_pdf(Resume("Renata Okafor", ["renata.okafor@example.com"], rows, style=Style(font="Times-Roman")))


def test_a_dates_column_beside_jobs_under_headings_across_is_read_row_by_row():
    report = profilecheck.analyze_bytes(_dates_table_resume(), Options(as_of=AS_OF), "cv.pdf")
    work = [(w.position, w.name, w.startDate) for w in report.profile.work]
    assert work == [
        ("PMO Analyst", "Quayside Freight", "2023-07"),
        ("Release Manager", "Tidewater Ltd", "2020-12"),
        ("DevOps Engineer", "Brightwell Software", "2017-07"),
    ]


def _work_table_resume() -> bytes:
    """A work table of four cells a row (dates, employer, title, duties) whose dates cell is too
    narrow for its range: "Dec 2021 –" over "Oct 2024"."""
    widths = (0.16, 0.22, 0.24, 0.38)
    rows = [
        Para("Programme manager with ten years in logistics software."),
        Heading("PROFESSIONAL EXPERIENCE", style="caps"),
        Cells((("November 2024 – to date",), ("Brightwater Health",), ("Portfolio Manager",),
               ("- Ran the portfolio board", "- Cut the intake time by a third")), widths),
        Cells((("December 2021 – October 2024",), ("Harbourline Freight",), ("Head of PMO",),
               ("- Set up the stage gates",)), widths),
    ]
    return resume_pdf(Resume("Noor Haddad", ["noor.haddad@example.com"], rows, style=Style(font="Times-Roman")))


def test_a_date_range_wrapped_in_a_narrow_cell_is_whole_again_and_the_cells_parted():
    from profilecheck.readers import read_bytes

    data = _work_table_resume()
    lines = [line.text for line in read_bytes(data, "cv.pdf", Options(as_of=AS_OF)).lines]
    assert "November 2024 – to date | Brightwater Health | Portfolio Manager | - Ran the portfolio board" in lines
    assert "December 2021 – October 2024 | Harbourline Freight | Head of PMO | - Set up the stage gates" in lines
    report = profilecheck.analyze_bytes(data, Options(as_of=AS_OF), "cv.pdf")
    assert [(w.startDate, w.endDate, w.current) for w in report.profile.work] == [("2024-11", None, True), ("2021-12", "2024-10", False)]


def test_a_bullet_a_tab_away_from_its_text_is_no_cell():
    from profilecheck.readers import read_bytes

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    page.setFont("Helvetica", 10)
    page.drawString(60, 760, "EXPERIENCE")
    for number, (marker, text) in enumerate([("•", "July 2020 – now: Project Manager, Elmstead Ltd"),
                                             ("2.", "2017 – 2020: Business Analyst, Corran Labs")]):
        y = 740 - 20 * number
        page.drawString(60, y, marker)
        page.drawString(84, y, text)  # a hanging indent: the text a tab stop away from its marker
        page.drawString(84, y - 10, "Ran the release calendar for four teams")
    page.save()
    lines = [line.text for line in read_bytes(buffer.getvalue(), "cv.pdf", Options(as_of=AS_OF)).lines]
    assert "• July 2020 – now: Project Manager, Elmstead Ltd" in lines
    assert "2. 2017 – 2020: Business Analyst, Corran Labs" in lines


def test_a_side_column_that_ends_with_the_work_history_heading_hands_it_to_the_main_column():
    # a Word table: name, contact and "WORK EXPERIENCE" down the left cell, the jobs in the right
    # one from the heading's height on; read as a side column, then the main column
    rows = [
        Gap(70),
        Para("Feb 2024 – Sep 2026  PMO Analyst, Corran Freight", bold=True),
        Para("- Kept one weekly status report for the steering group and a shared risk register."),
        Para("- Wrote the business case and the project charter for the data platform."),
        Para("Jul 2021 – Feb 2024  Project Coordinator, Elmstead Logistics", bold=True),
        Para("- Moved 1,200 users to the new digital workplace with no unplanned downtime."),
    ]
    sidebar = [Para("PMO Analyst"), Para("noor.vermeulen@example.com"), Para("07700 900123"), Gap(20),
               Heading("WORK EXPERIENCE", style="caps")]
    style = Style(font="Times-Roman", sidebar="left", sidebar_width=160.0)
    data = resume_pdf(Resume("Noor Vermeulen", [], rows, sidebar=sidebar, style=style))
    report = profilecheck.analyze_bytes(data, Options(as_of=AS_OF), "cv.pdf")
    assert [(w.position, w.startDate) for w in report.profile.work] == [("PMO Analyst", "2024-02"), ("Project Coordinator", "2021-07")]


def test_a_letter_spaced_heading_keeps_its_words_apart():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from profilecheck.readers import read_bytes

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    page.setFont("Helvetica", 10)
    for number in range(6):  # ordinary text, so that the page's own word gap is learned
        page.drawString(60, 700 - 14 * number, "Kept the plan, the budget and the risk register of four releases in order")
    x = 60.0
    for word in ("WORK", "EXPERIENCE"):  # each capital drawn apart, a wider gap between the words
        for letter in word:
            page.setFont("Helvetica-Bold", 11)
            page.drawString(x, 760, letter)
            x += stringWidth(letter, "Helvetica-Bold", 11) + 1.0
        x += 3.5
    page.save()
    lines = [line.text for line in read_bytes(buffer.getvalue(), "cv.pdf", Options(as_of=AS_OF)).lines]
    assert lines[0] == "WORK EXPERIENCE"


def test_a_heading_over_a_full_width_band_below_the_columns_goes_with_the_band():
    # a builder's template: a sidebar and the work history side by side, then "EDUCATION" and the
    # degree set across the page below both; the heading fits in the sidebar's width
    from profilecheck.readers import read_bytes

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    side = ["Rahul Sokolov", "Project Manager - ERP", "rahul@example.com", "Riga, Latvia", "SKILLS", "SQL", "Excel", "Agile"]
    main = ["WORK HISTORY", "Jun 2023 - Oct 2026  Project Manager - ERP", "Ardent Logistics GmbH, Warsaw, Poland",
            "- Cut the release lead time by 28% with a shared release calendar",
            "Jul 2021 - Mar 2022  Senior Program Manager", "Lumentix Technologies GmbH, Krakow",
            "- Supported the ERP upgrade and the cut-over weekend"]
    page.setFont("Helvetica", 10)
    for number, text in enumerate(side):
        page.drawString(60, 780 - 15 * number, text)
    for number, text in enumerate(main):
        page.drawString(230, 772 - 17 * number, text)
    page.setFont("Helvetica-Bold", 10)
    page.drawString(60, 620, "EDUCATION")
    page.drawString(60, 604, "Master of Computer Applications, University of Westmarch, 2016 - 2019")
    page.save()
    data = buffer.getvalue()
    lines = [line.text for line in read_bytes(data, "cv.pdf", Options(as_of=AS_OF)).lines]
    assert lines[-2:] == ["EDUCATION", "Master of Computer Applications, University of Westmarch, 2016 - 2019"]
    report = profilecheck.analyze_bytes(data, Options(as_of=AS_OF), "cv.pdf")
    assert [w.startDate for w in report.profile.work] == ["2023-06", "2021-07"]


def test_a_work_history_heading_set_in_a_gutter_beside_the_first_job():
    # each section's heading in a column of its own, left of the section; the first job's title
    # stands on the heading's line, a cell away
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    page.setFont("Helvetica-Bold", 11)
    page.drawString(60, 790, "Bogdan Petrenko")
    page.setFont("Helvetica", 10)
    page.drawString(60, 774, "Bangalore | bogdan.petrenko@example.com")
    page.setFont("Helvetica-Bold", 10)
    page.drawString(60, 740, "Work Experience")
    page.setFont("Helvetica", 10)
    main = ["Implementation Project Manager", "Saffron Media, Denver, CO", "09/2025 - Present",
            "- Managed a portfolio of four projects with a combined budget of $7M", "",
            "12/2022 - 08/2025", "Project Coordinator", "Kestrel Energy Inc.",
            "- Cut release lead time by 20% with a shared release calendar"]
    for number, text in enumerate(main):
        page.drawString(200, 740 - 16 * number, text)
    page.save()
    report = profilecheck.analyze_bytes(buffer.getvalue(), Options(as_of=AS_OF), "cv.pdf")
    assert [(w.position, w.name, w.startDate) for w in report.profile.work] == [
        ("Implementation Project Manager", "Saffron Media", "2025-09"),
        ("Project Coordinator", "Kestrel Energy Inc.", "2022-12"),
    ]


def test_a_side_heading_beside_a_main_line_is_no_gutter_heading():
    from profilecheck.structure.sections import heading_of
    from profilecheck.models import Line

    gutter = heading_of(Line("Work Experience | Implementation Project Manager"))
    assert gutter is not None and gutter.section == "experience" and gutter.in_gutter
    assert heading_of(Line("Languages | Head of PMO, Tailspin Logistics")) is None
    assert heading_of(Line("Experience | MEI OKAFOR")) is None


def _wrapped_cells_resume() -> bytes:
    """A work table whose short cells wrap: the employer and the title each over two lines,
    the dates over two, the duties in a wide last cell."""
    widths = (0.15, 0.17, 0.17, 0.51)
    rows = [
        Heading("WORK EXPERIENCE", style="caps"),
        Cells((("March 2023 – Present",), ("Harbourline Freight Services, Leeds",), ("Senior Portfolio Manager",),
               ("- Ran the portfolio board for nine delivery teams",)), widths),
        Gap(6),
        Cells((("May 2019 – February 2023",), ("Quayside Energy Group, York",), ("Programme Delivery Lead",),
               ("- Set up the stage gates and the monthly review",)), widths),
    ]
    return resume_pdf(Resume("Noor Haddad", ["noor.haddad@example.com"], rows, style=Style(font="Times-Roman")))


def test_a_table_rows_wrapped_cells_are_read_cell_by_cell():
    """Each cell's wrapped lines go back to the row's first line: the row reads dates | employer
    | title, not the cells' first words, then their second words, on lines of their own."""
    from profilecheck.readers import read_bytes

    data = _wrapped_cells_resume()
    lines = [line.text for line in read_bytes(data, "cv.pdf", Options(as_of=AS_OF)).lines]
    assert any(line.startswith("March 2023 – Present | Harbourline Freight Services, Leeds | Senior Portfolio Manager") for line in lines), lines
    assert any(line.startswith("May 2019 – February 2023 | Quayside Energy Group, York | Programme Delivery Lead") for line in lines), lines
    report = profilecheck.analyze_bytes(data, Options(as_of=AS_OF), "cv.pdf")
    assert [(w.position, w.name, w.startDate) for w in report.profile.work] == [
        ("Senior Portfolio Manager", "Harbourline Freight Services", "2023-03"),
        ("Programme Delivery Lead", "Quayside Energy Group", "2019-05"),
    ]


def test_rows_of_one_line_cells_stay_rows():
    """Labels beside values and one-line job rows at a line's pitch are no wrapped cells: the
    next label fits after "Phone:", and a new date under a whole range starts a new row."""
    from profilecheck.readers import read_bytes

    widths = (0.3, 0.7)
    rows = [
        Cells((("Phone:",), ("+44 7700 900123",)), widths, after=0),
        Cells((("E-mail:",), ("noor.haddad@example.com",)), widths, after=0),
        Heading("EXPERIENCE", style="caps"),
        Cells((("2019 – 2023",), ("Programme Delivery Lead, Quayside Energy Group",)), (0.12, 0.88), after=0),
        Cells((("2016 – 2019",), ("Project Coordinator, Harbourline Freight",)), (0.12, 0.88), after=0),
    ]
    data = resume_pdf(Resume("Noor Haddad", [], rows, style=Style(font="Times-Roman")))
    lines = [line.text for line in read_bytes(data, "cv.pdf", Options(as_of=AS_OF)).lines]
    assert "Phone: | +44 7700 900123" in lines and "E-mail: | noor.haddad@example.com" in lines, lines
    assert "2019 – 2023 | Programme Delivery Lead, Quayside Energy Group" in lines, lines
    assert "2016 – 2019 | Project Coordinator, Harbourline Freight" in lines, lines


def test_a_list_s_bullets_hung_off_the_text_s_baseline_are_no_column():
    """Bullets drawn a little lower than their text, in a strip of their own (a symbol font's
    bullet in a Word export): each stays with its item, not read as a column before the list."""
    from profilecheck.readers import read_bytes

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    page.setFont("Times-Roman", 11)
    page.drawString(60, 780, "Noor Haddad")
    page.drawString(60, 760, "EXPERIENCE")
    page.drawString(60, 740, "Programme Delivery Lead, Quayside Energy Group, 2019 – 2023")
    items = ["Ran the portfolio board", "Set up the stage gates", "Cut the intake time by a third", "Moved the team to Jira"]
    for number, item in enumerate(items):
        y = 720 - 15 * number
        page.drawString(72, y - 2, "•")  # 2 points under the text's baseline
        page.drawString(90, y, item)
    page.save()
    lines = [line.text for line in read_bytes(buffer.getvalue(), "cv.pdf", Options(as_of=AS_OF)).lines]
    assert [line for line in lines if "•" in line] == [f"• {item}" for item in items], lines


def test_a_bold_title_wrapped_alone_beside_plain_dates_is_one_cell_line():
    """"Senior Portfolio" / "Manager, Harbourline" in bold beside plain dates: one title; the
    plain employer's line under it stays a line of its own."""
    from profilecheck.readers import read_bytes

    widths = (0.3, 0.3, 0.4)
    rows = [
        Heading("WORK EXPERIENCE", style="caps"),
        Cells((("March 2023 – Present",), ("Senior Portfolio Manager, Harbourline", "Leeds office, hybrid"), ("",)),
              widths, bold_first=(False, True, False)),
        Gap(6),
        Cells((("May 2019 – February 2023",), ("Programme Delivery Lead, Quayside", "York office"), ("",)),
              widths, bold_first=(False, True, False)),
        Gap(6),
        Cells((("June 2016 – April 2019",), ("Project Coordinator, Marrow Freight", "Hull office"), ("",)),
              widths, bold_first=(False, True, False)),
        Heading("EDUCATION", style="caps"),
        Para("BSc Computer Science, University of Harlow, 2013 - 2016"),
    ]
    data = resume_pdf(Resume("Noor Haddad", ["noor.haddad@example.com"], rows, style=Style(font="Times-Roman")))
    lines = [line.text for line in read_bytes(data, "cv.pdf", Options(as_of=AS_OF)).lines]
    assert "March 2023 – Present | Senior Portfolio Manager, Harbourline" in lines, lines
    assert "May 2019 – February 2023 | Programme Delivery Lead, Quayside" in lines, lines
    assert "June 2016 – April 2019 | Project Coordinator, Marrow Freight" in lines, lines
    assert "Leeds office, hybrid" in lines and "York office" in lines, lines


def test_a_bold_title_then_the_plain_employer_on_one_line_are_parted():
    """"Portfolio Manager Grupo Meridiano, 2025 – 2026", the title bold and the rest plain: the
    weight alone parts the title from the employer, as it does in the Word reader."""
    from profilecheck.readers import read_bytes

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    page.setFont("Times-Bold", 16)
    page.drawString(60, 780, "Noor Haddad")
    page.setFont("Times-Bold", 11)
    page.drawString(60, 750, "EXPERIENCE")
    for number, (title, rest) in enumerate([("Portfolio Manager", "Quayside Energy, 2021 – 2026"), ("Project Coordinator", "Marrow Freight, 2017 – 2021")]):
        y = 730 - 40 * number
        page.setFont("Times-Bold", 11)
        page.drawString(60, y, title)
        width = page.stringWidth(title + " ", "Times-Bold", 11)
        page.setFont("Times-Roman", 11)
        page.drawString(60 + width, y, rest)
        page.drawString(60, y - 14, "Ran the release calendar for four teams")
    page.save()
    data = buffer.getvalue()
    lines = [line.text for line in read_bytes(data, "cv.pdf", Options(as_of=AS_OF)).lines]
    assert "Portfolio Manager | Quayside Energy, 2021 – 2026" in lines, lines
    report = profilecheck.analyze_bytes(data, Options(as_of=AS_OF), "cv.pdf")
    assert [(w.position, w.name) for w in report.profile.work] == [("Portfolio Manager", "Quayside Energy"), ("Project Coordinator", "Marrow Freight")]


def _fixture(name: str) -> bytes:
    with open(os.path.join(FIXTURES, name), "rb") as handle:  # see fixtures/README.md
        return handle.read()


def _roles(data: bytes) -> list[tuple]:
    report = profilecheck.analyze_bytes(data, Options(as_of=AS_OF))
    return [(item.position, item.startDate) for item in report.profile.work]


def test_a_europass_label_table_exported_by_libreoffice_reads_row_by_row():
    # Labels flush right in the left column, "Main activities and" wrapped over "responsibilities":
    # the wrapped labels sit beside nothing, yet the labels are a table's cells, not a side column.
    assert _roles(_fixture("europass-labels-libreoffice.pdf")) == [
        ("Program Manager", "2023"), ("Program Manager", "2022"), ("IT Project Manager", "2019"), ("Senior Project Manager", "2015"),
    ]


def test_dates_cells_cut_apart_from_their_jobs_by_a_gutter_go_back_beside_them():
    # A sidebar, then a table of dates cells and jobs: a gutter found between the cells and the
    # jobs made the dates a column read before every title.
    assert _roles(_fixture("dates-cells-libreoffice.pdf")) == [
        ("Project Manager", "2025-03"), ("Part-time Lecturer", "2024-02"), ("Agile Delivery Manager", "2023"),
        ("Infrastructure Project Manager", "2018"), ("Project Lead", "2017"),
    ]
