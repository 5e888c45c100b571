"""Work history read from the text that real PDF-to-text paths give of designed resumes.

benchmarks/render_dump_fuzz.py draws two-column resumes as PDFs and reads them back through
pdftotext, pdfplumber, pypdfium2 and LibreOffice.  Each test here writes out, as text, the shape
one of those paths gave for a failure class it found (no converter is needed to run them), as a
Word file of one paragraph with line breaks, the way the converted CVs hold it.  Every name,
employer and place is invented."""
from __future__ import annotations

import io
from datetime import date

import docx
from docx.oxml import parse_xml

from profilecheck.options import Options
from profilecheck.readers.docx import read_docx
from profilecheck.readers.repair import clean_line
from profilecheck.structure import build_profile
from test_docx_work_history import dump_docx  # the converter's one paragraph with line breaks


def roles(lines: list[str]) -> list[tuple]:
    profile = build_profile(read_docx(dump_docx(lines), Options(as_of=date(2026, 11, 30)), None))
    return [(work.startDate, work.endDate or ("present" if work.current else None), work.position, work.name) for work in profile.work]


# ---------------------------------------------------------------- a dates column wrapped after its dash


def test_a_dates_column_range_wrapped_after_its_dash_into_an_open_end() -> None:
    # A dates column too narrow for "Dec 2024 – Present": the end wraps to the next line, and
    # each half is read beside the line of the job's header at its height.
    found = roles([
        "Wilhelmina Oakhurst",
        "EXPERIENCE",
        "DEC 2024 – Technical Project Manager",
        "Present Farrowdale Insurance LLC, Toronto, Canada",
        "Planned the release of a claims platform with a team of nine",
        "FEB 2024 – Delivery Manager",
        "AUG 2024 Pellmore Software LLC, Toronto, Canada",
        "Moved 40 servers to a public cloud with no unplanned downtime",
        "MAR 2021 – Business Analyst",
        "NOV 2023 Quenby Analytics, Riga, Latvia",
    ])
    assert found == [
        ("2024-12", "present", "Technical Project Manager", "Farrowdale Insurance LLC"),
        ("2024-02", "2024-08", "Delivery Manager", "Pellmore Software LLC"),
        ("2021-03", "2023-11", "Business Analyst", "Quenby Analytics"),
    ]


def test_side_headings_between_wrapped_dates_do_not_end_the_work_history() -> None:
    # The sidebar's "SKILLS" and "LANGUAGES" fall between the lines of the jobs; the only dates
    # below them are the halves of wrapped ranges.
    found = roles([
        "Wilhelmina Oakhurst",
        "SUMMARY",
        "Project manager who ships on time.",
        "EXPERIENCE",
        "someone@mail.test",
        "DEC 2024 – Technical Project Manager",
        "SKILLS",
        "Present Farrowdale Insurance LLC, Toronto, Canada",
        "Excel",
        "Planned the release of a claims platform with a team of nine",
        "FEB 2024 – Delivery Manager Selenium",
        "AUG 2024 Pellmore Software LLC, Toronto, Canada",
        "Jira",
        "LANGUAGES",
        "JUN 2023 – Program Manager",
        "DEC 2023 Quenby Analytics, Kyiv, Ukraine",
        "Spanish – C1",
    ])
    assert [(start, title) for start, _, title, _ in found] == [
        ("2024-12", "Technical Project Manager"),
        ("2024-02", "Delivery Manager"),
        ("2023-06", "Program Manager"),
    ]


# ---------------------------------------------------------------- what pdfminer-based dumps leave


def test_a_glyph_with_no_character_is_a_bullet_apart_and_nothing_inside_a_word() -> None:
    assert clean_line("(cid:127) Introduced Kanban boards") == "• Introduced Kanban boards"
    assert clean_line("(cid:127)Introduced Kanban boards") == "• Introduced Kanban boards"
    # a side column's item before the bullet, the two columns at one height
    assert clean_line("Kanban: Good (cid:127) Introduced Kanban boards") == "Kanban: Good • Introduced Kanban boards"
    assert clean_line("Fe(cid:3)rnsby Ltd") == "Fernsby Ltd"


def test_an_education_heading_between_a_job_and_its_bullets_read_as_cids() -> None:
    # The sidebar's "Education" falls between one job and the bullets that go on below it; the
    # bullets are "(cid:127)" (a glyph the converter could not name) and open with plain past
    # verbs, the next job's dates wrapped after their dash.
    found = roles([
        "Tobiah Greyling",
        "WORK EXPERIENCE",
        "September 2025 - Front End Developer",
        "PRESENT Ashcombe Insurance S.A., Berlin, Germany",
        "(cid:127) Kept the risk log and the weekly status report for the steering committee",
        "March 2022 - June 2025 QA Automation Engineer",
        "Tidewell Marine, Lisbon, Portugal",
        "EDUCATION AND TRAINING",
        "(cid:127) Moved 40 servers to a public cloud with no unplanned downtime",
        "BSc in Computer Science",
        "September 2020 - Systems Analyst",
        "Eastmoor University",
        "October 2021 Wrenfield Software LLC, Warsaw, Poland",
        "2003 - 2008",
        "(cid:127) Cut the regression cycle from five days to one with automated tests",
    ])
    assert [(start, end, title) for start, end, title, _ in found] == [
        ("2025-09", "present", "Front End Developer"),
        ("2022-03", "2025-06", "QA Automation Engineer"),
        ("2020-09", "2021-10", "Systems Analyst"),
    ]


# ---------------------------------------------------------------- side items run into job lines


def test_graded_skills_run_into_the_halves_of_a_wrapped_range() -> None:
    # "Power BI — Intermediate" and "Python: Good" are the sidebar's, at the height of the two
    # lines of a dates column's range.
    found = roles([
        "Tobiah Greyling",
        "WORK EXPERIENCE",
        "EXPERTISE",
        "Power BI — Intermediate September 2025 - Front End Developer",
        "Python: Good PRESENT Ashcombe Insurance S.A., Berlin, Germany",
        "Kanban: Good",
        "• Introduced Kanban boards and work-in-progress limits in Jira",
        "SQL — Expert",
        "March 2022 - June 2025 QA Automation Engineer",
        "Tidewell Marine, Lisbon, Portugal",
    ])
    assert found[0] == ("2025-09", "present", "Front End Developer", "Ashcombe Insurance S.A.")
    assert [title for _, _, title, _ in found] == ["Front End Developer", "QA Automation Engineer"]


def test_an_experience_heading_after_a_graded_skill_with_a_side_heading_before_the_dates() -> None:
    # "Excel: Intermediate  PROFESSIONAL EXPERIENCE": the sidebar's skill at the heading's height;
    # the sidebar's "LANGUAGES" comes before the first job's dates.
    found = roles([
        "Ilsabet Marrow",
        "PROFESSIONAL SUMMARY",
        "KEY SKILLS",
        "IT Project Manager with 4+ years of experience in delivering",
        "MS Project — Expert",
        "software for banks, retail and logistics.",
        "Excel: Intermediate PROFESSIONAL EXPERIENCE",
        "Java: Good",
        "IT Project Manager, Umbermoor Telecom S.A.",
        "LANGUAGES",
        "APR 2025 – NOV 2025 | Warsaw, Poland",
        "German – Fluent",
        "• Wrote requirements and acceptance criteria with the business owners",
    ])
    assert [(start, end, title) for start, end, title, _ in found] == [("2025-04", "2025-11", "IT Project Manager")]


# ---------------------------------------------------------------- a page of text boxes, one per line

DRAWING_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
)
EMU = 12700


def placed_box(text: str, x: float, y: float, bold: bool = False, across: str = "column") -> str:
    """A run holding a text box anchored at (x, y) points, as wide as its text, one line in it;
    `across`: what its left offset is measured from."""
    width = int(len(text) * 5.2 * EMU)
    run = f'<w:r>{"<w:rPr><w:b/></w:rPr>" if bold else ""}<w:t xml:space="preserve">{text}</w:t></w:r>'
    return (
        f'<w:r {DRAWING_NS}><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" '
        'relativeHeight="2" behindDoc="0" locked="0" layoutInCell="0" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="{across}"><wp:posOffset>{int(x * EMU)}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{int(y * EMU)}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{width}" cy="{14 * EMU}"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="1" name="Box"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f"<wps:wsp><wps:txbx><w:txbxContent><w:p>{run}</w:p></w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"
    )


def test_boxes_placed_from_different_edges_are_read_as_boxes() -> None:
    # Offsets from the page and from the column cannot be compared: the boxes are read in the
    # order written, each where it is anchored, as before.
    document = docx.Document()
    paragraph = document.add_paragraph()
    texts = ["CONTACT", "Odile Marchbank", "+48 600 000 000", "PROFESSIONAL EXPERIENCE", "someone@mail.test",
             "IT Project Manager", "LANGUAGES", "Hexfield Telecom Ltd", "Polish (C1)", "03/2025 - now"]
    for number, text in enumerate(texts):
        paragraph._p.append(parse_xml(placed_box(text, 40 if number % 2 == 0 else 220, 60 + number * 9.0,
                                                 across="page" if number == 3 else "column")))
    buffer = io.BytesIO()
    document.save(buffer)
    lines = read_docx(buffer.getvalue(), Options(as_of=date(2026, 11, 30)), None).lines
    assert [line.text for line in lines] == texts


def test_a_page_of_one_line_text_boxes_is_read_column_by_column() -> None:
    # LibreOffice's PDF import: every line of the PDF a text box at its place, all anchored in
    # one paragraph, written top to bottom, so the sidebar (x 40) and the work history (x 220)
    # alternate; the dates (x 470) sit on their job's title line.
    side = ["CONTACT", "+48 600 000 000", "someone@mail.test", "LANGUAGES", "Polish (C1)", "EDUCATION",
            "BSc in Computer Science", "Valdora Polytechnic", "2006 - 2010", "SKILLS", "Risk management", "Scrum"]
    main = [("Odile Marchbank", None), ("PROFESSIONAL EXPERIENCE", None), ("IT Project Manager", "03/2025 - now"),
            ("Hexfield Telecom Ltd, Austin, TX", None), ("Onboarded two offshore vendors", None),
            ("Project Coordinator", "08/2023 - 10/2024"), ("Northcliff Software, Dublin, Ireland", None),
            ("Senior Project Manager", "09/2021 - 05/2023"), ("Redwick Systems S.A., Lisbon, Portugal", None)]
    boxes = []
    for number, text in enumerate(side):
        boxes.append((60 + number * 17.0, placed_box(text, 40, 60 + number * 17.0, bold=text.isupper())))
    for number, (text, dates) in enumerate(main):
        y = 52 + number * 19.0
        boxes.append((y, placed_box(text, 220, y, bold=dates is not None or number < 2)))
        if dates:
            boxes.append((y, placed_box(dates, 470, y)))
    document = docx.Document()
    paragraph = document.add_paragraph()
    for _, xml in sorted(boxes, key=lambda box: box[0]):
        paragraph._p.append(parse_xml(xml))
    buffer = io.BytesIO()
    document.save(buffer)
    document = read_docx(buffer.getvalue(), Options(as_of=date(2026, 11, 30)), None)
    texts = [line.text for line in document.lines]
    # the sidebar read as one block, the main column after it, each title on one line with its dates
    assert texts[: len(side)] == side
    assert "IT Project Manager | 03/2025 - now" in texts  # the dates a gutter away: a cell of their own
    profile = build_profile(document)
    found = [(work.startDate, work.endDate or ("present" if work.current else None), work.position, work.name) for work in profile.work]
    assert found == [
        ("2025-03", "present", "IT Project Manager", "Hexfield Telecom Ltd"),
        ("2023-08", "2024-10", "Project Coordinator", "Northcliff Software"),
        ("2021-09", "2023-05", "Senior Project Manager", "Redwick Systems S.A."),
    ]


# ---------------------------------------------------------------- a sidebar's blocks set down whole


def test_a_sidebar_block_of_studies_between_two_jobs_does_not_end_the_work_history() -> None:
    # pdftotext's reading order puts the sidebar's blocks whole between the main column's: the
    # studies (and the "Languages" heading) land after the first job's dates, the jobs go on
    # below them, and a narrow dates cell wrapped each end year onto a line of its own.
    found = roles([
        "Corentin Halloway",
        "Professional Experience",
        "Nov 2025 - now",
        "Education and Training",
        "MSc Information Systems",
        "Lakeside College of Business",
        "2011 - 2015",
        "Languages",
        "Senior Project Manager",
        "Moorgate Labs, Berlin, Germany",
        "Planned and ran the release of a billing platform with a team of nine engineers",
        "Apr 2024 - Sep",
        "2025",
        "Business Analyst",
        "Brightwell Labs GmbH, Warsaw, Poland",
        "French",
        "Sep 2022 - Mar",
        "2024",
        "IT Project Manager",
        "Umberfield Analytics, Riga, Latvia",
    ])
    assert [(start, end, title) for start, end, title, _ in found] == [
        ("2025-11", "present", "Senior Project Manager"),
        ("2024-04", "2025-09", "Business Analyst"),
        ("2022-09", "2024-03", "IT Project Manager"),
    ]


def test_an_education_section_after_the_jobs_still_ends_them() -> None:
    # The same studies after the last job, with a course dated by months below them: an
    # education section of its own, no job in it.
    found = roles([
        "Corentin Halloway",
        "Professional Experience",
        "Senior Project Manager",
        "Moorgate Labs, Berlin, Germany",
        "Apr 2024 - Sep 2025",
        "Education and Training",
        "MSc Information Systems",
        "Lakeside College of Business",
        "2011 - 2015",
        "Certified Scrum Master",
        "Scrum Alliance, Mar 2019 - Jun 2019",
    ])
    assert [(start, end, title) for start, end, title, _ in found] == [("2024-04", "2025-09", "Senior Project Manager")]


def test_a_start_date_left_open_by_to_and_a_grade_whose_dash_was_lost() -> None:
    # "08/2024 to" / "06/2025": the range wrapped after "to"; "Excel  Intermediate" lost its dash
    # with every character beyond ASCII, run into the title's line.
    found = roles([
        "Bruna Kestrell",
        "SKILLS",
        "PROFESSIONAL EXPERIENCE",
        "08/2024 to Project Manager Excel  Intermediate",
        "06/2025 Coldfield Digital Ltd, Austin, TX",
        "-Built REST services in Java and Spring for the customer portal",
        "LANGUAGE SKILLS",
        "Polish (B1)",
        "02/2021 to Business Analyst",
        "05/2024 Quillmere Software, Toronto, Canada",
    ])
    assert [(start, end, title) for start, end, title, _ in found] == [
        ("2024-08", "2025-06", "Project Manager"),
        ("2021-02", "2024-05", "Business Analyst"),
    ]


# ---------------------------------------------------------------- a page laid out with blanks, in Word


def test_a_page_laid_out_with_blanks_in_a_word_file_is_read_column_by_column() -> None:
    # `pdftotext -layout` pasted into Word: each line holds the sidebar's words, a run of blanks,
    # the main column's, and the dates set right; read line by line the sidebar's "EDUCATION"
    # would end the work history and its items would run into the jobs.
    layout = [
        "                                  Marisol Quennell",
        "                                  IT PROJECT MANAGER",
        "CONTACT",
        "+48 600 000 000                   PROFILE",
        "someone@mail.test                 IT Project Manager who ships on time and keeps the",
        "Riga, Latvia                      people around the work informed.",
        "",
        "EDUCATION                         PROFESSIONAL EXPERIENCE",
        "BSc in Computer Science           IT Project Manager                          03/2025 - now",
        "Valdora Polytechnic               Hexfield Telecom Ltd, Austin, TX",
        "2006 - 2010                       Onboarded two offshore vendors and set up their reporting",
        "",
        "SKILLS                            Project Coordinator                       08/2023 - 10/2024",
        "Risk management                   Northcliff Software, Dublin, Ireland",
        "Scrum                             Wrote requirements and acceptance criteria with the owners",
        "Jira",
        "                                  Senior Project Manager                    09/2021 - 05/2023",
        "LANGUAGES                         Redwick Systems S.A., Lisbon, Portugal",
        "Polish (native)                   Introduced Kanban boards and limits in Jira",
        "English (C1)",
    ]
    assert roles(layout) == [
        ("2025-03", "present", "IT Project Manager", "Hexfield Telecom Ltd"),
        ("2023-08", "2024-10", "Project Coordinator", "Northcliff Software"),
        ("2021-09", "2023-05", "Senior Project Manager", "Redwick Systems S.A."),
    ]


def test_a_side_heading_between_a_jobs_dates_and_its_title() -> None:
    # pdftotext put the sidebar's "Languages" (its items read long before) between the job's
    # dates and the title below them; the only job, no more dates to come.
    found = roles([
        "Brunhild Osterley",
        "German – C1",
        "Summary",
        "Business analyst who delivers software for banks.",
        "Work Experience",
        "Jul 2023 - Current",
        "Languages",
        "Business Analyst",
        "Tidemoor Insurance, Riga, Latvia",
        "• Ran sprint planning, reviews and retrospectives for two product teams",
        "Technical Skills",
        "Git",
        "Education and Training",
        "BSc in Computer Science",
    ])
    assert found == [("2023-07", "present", "Business Analyst", "Tidemoor Insurance")]


def test_one_job_whose_dates_set_right_come_after_its_duties() -> None:
    # The dates stood flush right on the title's line; pdftotext gives them after the job's block.
    found = roles([
        "Tobiah Pennock",
        "CAREER",
        "IT Program Manager",
        "Hexmoor Systems S.A., Toronto, Canada",
        "– Kept the risk log and the weekly status report for the steering committee",
        "– Managed a budget of 1.2M EUR across three parallel projects",
        "Apr 2025 - Till date",
    ])
    assert found == [("2025-04", "present", "IT Program Manager", "Hexmoor Systems S.A.")]


def test_a_middle_dot_before_a_duty_is_a_bullet() -> None:
    # "·" as a template's bullet: the duty under the first job is no part of the next one's header.
    assert clean_line("· Managed a budget of 1.2M EUR across three projects") == "• Managed a budget of 1.2M EUR across three projects"
    assert clean_line("· 2nd") == "· 2nd"  # LinkedIn's degree of connection stays as it is
    found = roles([
        "Dorian Delamere",
        "EMPLOYMENT HISTORY",
        "Technical Project Manager, Coldharbour Software S.A.",
        "2024 - Current | Berlin, Germany",
        "· Managed a budget of 1.2M EUR across three parallel projects",
        "Junior Project Manager, Coldharbour Payments S.A.",
        "2022 - 2023 | Austin, TX",
        "Support Engineer, Mossfield Systems LLC",
        "2020 - 2022 | Kyiv, Ukraine",
    ])
    assert [(title, employer) for _, _, title, employer in found] == [
        ("Technical Project Manager", "Coldharbour Software S.A."),
        ("Junior Project Manager", "Coldharbour Payments S.A."),
        ("Support Engineer", "Mossfield Systems LLC"),
    ]


def test_a_courses_heading_beside_the_work_historys_heading_leaves_the_jobs_under_it() -> None:
    # A left column's "TRAININGS" and the main column's "CAREER" read as one line: the line
    # heads the work history (as "EDUCATION  EXPERIENCE" does), not the trainings.
    found = roles([
        "Wilhelmina Oakhurst",
        "TRAININGS CAREER",
        "Certified ScrumMaster",
        "Technical Project Manager Jun 2024 – now",
        "Scrum Alliance, Nov 2020",
        "Farrowdale Insurance LLC, Toronto, Canada",
        "Planned the release of a claims platform with a team of nine",
        "Delivery Manager Feb 2021 – May 2024",
        "Pellmore Software LLC, Toronto, Canada",
    ])
    # (the certificate's name above the first job's line is none of its title; its issuer's
    # dated line is no job: "Scrum" alone names no job)
    assert [(start, title) for start, _, title, _ in found] == [
        ("2024-06", "Technical Project Manager"),
        ("2021-02", "Delivery Manager"),
    ]


def test_scrum_alone_is_no_title_word_but_a_scrum_master_is_one() -> None:
    from profilecheck.structure.title_words import TITLE_WORDS

    assert not TITLE_WORDS.search("Scrum Alliance") and not TITLE_WORDS.search("Agile, Scrum, Kanban")
    assert TITLE_WORDS.search("Scrum Master") and TITLE_WORDS.search("ScrumMaster") and TITLE_WORDS.search("Scrum Team Lead")


def test_certificates_read_among_the_jobs_are_no_jobs() -> None:
    # A side column's certificates, each with its course dates, fall between the jobs: a line
    # titled by a certification or by a body that certifies is no job.
    found = roles([
        "Wilhelmina Oakhurst",
        "EXPERIENCE",
        "Technical Project Manager Jun 2024 – now",
        "Farrowdale Insurance LLC, Toronto, Canada",
        "Planned the release of a claims platform with a team of nine",
        "Professional Scrum Master I",
        "Scrum.org, Mar 2024 - Jun 2024",
        "Delivery Manager Feb 2021 – May 2024",
        "Pellmore Software LLC, Toronto, Canada",
        "Coursera, Jan 2020 - Mar 2020",
        "Business Analyst Jan 2018 – Jan 2021",
        "Quenby Analytics, Riga",
    ])
    assert [(start, title) for start, _, title, _ in found] == [
        ("2024-06", "Technical Project Manager"),
        ("2021-02", "Delivery Manager"),
        ("2018-01", "Business Analyst"),
    ]


def test_a_dates_cell_wrapped_after_its_dash_with_the_next_cell_beside_each_half() -> None:
    # "December 2023 — | Crestmoor Energy plc" over "to date | Manchester": a table row's dates
    # cell wrapped, each half beside a line of the next cell (an exported PDF's cell marks)
    found = roles([
        "Wilhelmina Oakhurst",
        "Work experience — 6 years 2 months",
        "December 2023 — | Crestmoor Energy plc",
        "to date | Manchester, www.crestmoor.example",
        "3 years | Banking",
        "IT Program Manager",
        "Ran the steering committee and the budget of the programme",
        "September 2020 — | Brightwater Telecom GmbH",
        "November 2023 | Kyiv, www.brightwater.example",
        "3 years 3 months | Telecommunications",
        "Program Manager",
        "Moved 40 servers to a public cloud with no unplanned downtime",
    ])
    assert [(start, end, title) for start, end, title, _ in found] == [
        ("2023-12", "present", "IT Program Manager"),
        ("2020-09", "2023-11", "Program Manager"),
    ]


# ---------------------------------------------------------------- jobs set down under side headings


def test_jobs_below_a_side_columns_certifications_and_languages_are_work_history() -> None:
    # pdftotext's blocks put the side column's certifications and languages between the first
    # job and the rest: the later jobs, written as the first is, go on the work history.
    found = roles([
        "Marisol Quenby",
        "WORK EXPERIENCE",
        "Delivery Lead",
        "06/2022 - 03/2025",
        "Farrowdale Insurance Ltd, Toronto, Canada",
        "· Planned the release of a claims platform with a team of nine",
        "CERTIFICATIONS",
        "Lean Six Sigma Yellow Belt",
        "Scrum.org, May 2026",
        "LANGUAGES",
        "French",
        "B2",
        "QA Automation Engineer",
        "05/2019 - 04/2022",
        "Pellmore Software Ltd, Lisbon, Portugal",
        "· Cut the regression cycle from five days to one",
        "Java Developer",
        "12/2017 - 03/2019",
        "Quenby Payments LLC, Warsaw, Poland",
        "EDUCATION",
        "BSc in Computer Science",
        "Riverton Technical University",
        "Sep 2013 – Jun 2017",
    ])
    assert [(start, end, title) for start, end, title, _ in found] == [
        ("2022-06", "2025-03", "Delivery Lead"),
        ("2019-05", "2022-04", "QA Automation Engineer"),
        ("2017-12", "2019-03", "Java Developer"),
    ]


def test_jobs_below_a_side_columns_education_with_wrapped_dates_are_work_history() -> None:
    found = roles([
        "Marisol Quenby",
        "WORK EXPERIENCE",
        "January 2026–Present",
        "Program Manager",
        "Farrowdale Analytics Ltd, Austin, TX",
        "· Kept the risk log for the steering committee",
        "Docker",
        "EDUCATION",
        "Bachelor of Economics",
        "Riverton Technical University",
        "2001 - 2004",
        "May 2023–September",
        "2025",
        "DevOps Engineer",
        "Pellmore Digital, Kyiv, Ukraine",
        "· Ran sprint planning for two product teams",
    ])
    assert [(start, end, title) for start, end, title, _ in found] == [
        ("2026-01", "present", "Program Manager"),
        ("2023-05", "2025-09", "DevOps Engineer"),
    ]


def test_a_certification_entry_under_its_heading_stays_a_certification() -> None:
    # The same pass must not take a course with a title's word and its dates for a job.
    found = roles([
        "Marisol Quenby",
        "WORK EXPERIENCE",
        "Delivery Lead",
        "06/2022 - 03/2025",
        "Farrowdale Insurance Ltd, Toronto, Canada",
        "CERTIFICATIONS",
        "Professional Scrum Master I",
        "03/2021 - 06/2021",
        "Scrum.org",
        "Project Manager course",
        "01/2020 - 02/2020",
        "Riverton Academy",
    ])
    assert [(start, title) for start, _, title, _ in found] == [("2022-06", "Delivery Lead")]


# ---------------------------------------------------------------- a job read as its dates alone


def test_a_header_parted_from_its_dates_by_side_blocks_gets_them_back() -> None:
    # The first job's title and employer come first (the side column's skills among them); the
    # side column's blocks follow, then its dates alone: the dates are the header's.
    found = roles([
        "Rasmi Oakhurst",
        "KEY SKILLS",
        "Jira",
        "EXPERIENCE",
        "Git",
        "Team Lead",
        "Kanban",
        "Farrowdale Telecom S.A., Warsaw, Poland",
        "- Moved 40 servers to a public cloud with no unplanned downtime",
        "LANGUAGE SKILLS",
        "Polish (C1)",
        "CONTACT",
        "someone@mail.test",
        "AUG 2024 - Till date",
        "- Cut the regression cycle from five days to one",
        "Data Analyst",
        "MAR 2022 - MAY 2024",
        "Pellmore Logistics S.A., Dublin, Ireland",
        "- Kept the risk log",
        "QA Engineer",
        "APR 2020 - MAR 2022",
        "Quenby Software, Austin, TX",
    ])
    assert [(start, title, employer) for start, _, title, employer in found] == [
        ("2024-08", "Team Lead", "Farrowdale Telecom S.A."),
        ("2022-03", "Data Analyst", "Pellmore Logistics S.A."),
        ("2020-04", "QA Engineer", "Quenby Software"),
    ]


def test_graded_skills_above_a_jobs_dates_are_no_header() -> None:
    # The side column's graded skills end just above a job's dates: they are not its title and
    # employer ("Budgeting — Intermediate" is no "Intermediate" at "Budgeting").
    found = roles([
        "Ilona Farrowdale",
        "EXPERIENCE",
        "Senior Project Manager",
        "09.2023 — 08.2025",
        "Pellmore Health, Lisbon, Portugal",
        "• Planned the release of a billing platform",
        "Git: Advanced",
        "Budgeting — Intermediate",
        "05.2018 — 12.2019",
        "TRAININGS",
        "PRINCE2 Foundation",
    ])
    assert all(title not in ("Intermediate", "Budgeting") and employer not in ("Intermediate", "Budgeting") for _, _, title, employer in found)
    assert ("2023-09", "2025-08", "Senior Project Manager", "Pellmore Health") in found


def test_a_degree_set_down_among_the_jobs_is_no_job() -> None:
    found = roles([
        "Dorian Oakhurst",
        "Career",
        "Java Developer",
        "10.2022  06.2023",
        "Pellmore Systems Ltd, Berlin, Germany",
        "Built REST services in Java and Spring for the customer portal",
        "Engineer's degree,",
        "Telecommunications",
        "Riverton Technical University",
        "Sep 1996  Jun 2000",
        "Technical Skills",
        "Excel  Intermediate",
    ])
    assert [(start, title) for start, _, title, _ in found] == [("2022-10", "Java Developer")]


def test_jobs_with_title_beside_their_dates_go_on_past_a_side_heading() -> None:
    # The work history's jobs carry their title on their dates' line; one written so below the
    # side column's certifications is a job too.
    found = roles([
        "Angela Quenby",
        "EXPERIENCE",
        "JAN 2022 - APR 2022 FRONT END DEVELOPER INTERN",
        "FARROWDALE",
        "Redesigned the tables of the admin screens",
        "CERTIFICATIONS",
        "ITIL 4 Foundation",
        "PeopleCert, 2021",
        "OCT 2020 - DEC 2020 LEGAL ADVISER",
        "PELLMORE METALS",
        "Drafted and edited over 200 contracts",
        "PROFESSIONAL SKILLS",
        "HTML",
    ])
    assert [(start, end, title) for start, end, title, _ in found] == [
        ("2022-01", "2022-04", "FRONT END DEVELOPER INTERN"),
        ("2020-10", "2020-12", "LEGAL ADVISER"),
    ]


# ---------------------------------------------------------------- a side column's study inside the jobs


def test_a_study_range_written_unlike_the_jobs_and_out_of_order_is_no_job() -> None:
    # The side column's "Sep 1999 – Jun 2003" lands just under the heading, above the first job's
    # title; every job is dated "12.2023 — PRESENT" and they run newest first.
    found = roles([
        "Fennick Oakhurst",
        "Professional Experience",
        "Sep 1999 – Jun 2003",
        "IT Project Manager",
        "12.2023 — PRESENT",
        "Farrowdale Insurance GmbH, Berlin, Germany",
        "· Cut the regression cycle from five days to one",
        "Project Coordinator",
        "09.2022 — 07.2023",
        "Pellmore Telecom S.A., Berlin, Germany",
        "· Ran sprint planning, reviews and retrospectives for two product teams",
        "Program Manager",
        "08.2019 — 05.2021",
        "Quenby Software GmbH, Warsaw, Poland",
    ])
    assert [(start, title, employer) for start, _, title, employer in found] == [
        ("2023-12", "IT Project Manager", "Farrowdale Insurance GmbH"),
        ("2022-09", "Project Coordinator", "Pellmore Telecom S.A."),
        ("2019-08", "Program Manager", "Quenby Software GmbH"),
    ]


def test_an_education_heading_between_a_jobs_header_and_its_dates_ends_nothing() -> None:
    found = roles([
        "Fennick Oakhurst",
        "Professional Experience",
        "IT Project Manager",
        "12.2023 — PRESENT",
        "Farrowdale Insurance GmbH, Berlin, Germany",
        "· Cut the regression cycle from five days to one",
        "IT Program Manager",
        "Pellmore Payments Inc., Berlin, Germany",
        "Education",
        "07.2021 — 06.2022",
        "Program Manager",
        "08.2019 — 05.2021",
        "Quenby Software GmbH, Warsaw, Poland",
    ])
    assert [(start, title) for start, _, title, _ in found] == [
        ("2023-12", "IT Project Manager"),
        ("2021-07", "IT Program Manager"),
        ("2019-08", "Program Manager"),
    ]


def test_education_after_a_job_dated_before_its_title_stays_education() -> None:
    # One column, dates above each title: "Education" and its dated degree end the work history.
    found = roles([
        "Fennick Oakhurst",
        "Experience",
        "Jan 2020 – Present",
        "Project Manager",
        "Farrowdale Insurance GmbH",
        "Education",
        "Sep 2015 – Jun 2019",
        "BSc Computer Science, Riverton University",
    ])
    assert [(start, title) for start, _, title, _ in found] == [("2020-01", "Project Manager")]


def test_a_middle_dot_before_an_irregular_verb_is_a_bullet() -> None:
    from profilecheck.readers.repair import clean_line

    assert clean_line("· Ran sprint planning, reviews and retrospectives").startswith("• Ran")
    assert clean_line("· Led a team of nine engineers").startswith("• Led")
    assert clean_line("· 2nd").startswith("·")  # LinkedIn's degree of connection


def test_a_details_block_between_a_title_and_its_dates_leaves_the_job() -> None:
    # "DETAILS" heads a side column's contact block, as "Contact" does.
    found = roles([
        "Sunniva Quenby",
        "EXPERIENCE",
        "Java Developer",
        "2023 – 2026",
        "Farrowdale Insurance, Warsaw, Poland",
        "Risk management",
        "Development Team Lead",
        "DETAILS",
        "+48 600 000 000",
        "someone@mail.test",
        "Kyiv, Ukraine",
        "linkedin.com/in/someone",
        "2021 – 2022",
        "Pellmore Logistics Ltd, Warsaw, Poland",
        "Cut the regression cycle from five days to one with automated tests",
    ])
    assert [(start, title) for start, _, title, _ in found] == [("2023", "Java Developer"), ("2021", "Development Team Lead")]


def test_a_certification_at_the_top_of_a_side_column_is_no_headline() -> None:
    # The side column comes first: its contact block, then its courses. "Certified ScrumMaster"
    # is a course, not the person's headline (which would make a developer a project manager).
    profile = build_profile(read_docx(dump_docx([
        "DETAILS",
        "+48 600 000 000",
        "someone@mail.test",
        "COURSES",
        "Certified ScrumMaster",
        "Scrum Alliance, Mar 2026",
        "LANGUAGES",
        "Portuguese – B2",
        "Ottilie Farrowdale",
        "Front End Developer",
        "WORK EXPERIENCE",
        "Front End Developer",
        "12/2023 - 10/2025",
        "Pellmore Software Inc., Berlin, Germany",
    ]), Options(as_of=date(2026, 11, 30)), None))
    assert profile.basics.label != "Certified ScrumMaster"


def test_a_left_column_label_split_over_two_lines_beside_a_jobs_header_and_dates() -> None:
    # A left column of labels read line by line beside the content: "PROFESSIONAL" stands before
    # the first job's title, "EXPERIENCE" before its dates; "MILITARY" / "SERVICE" likewise.
    found = roles([
        "R&D TEAM LEADER",
        "SUMMARY Recently relocated; eager to grow in a strong team.",
        "PROFESSIONAL R&D Team Leader at Farrowdale Networks, Kyiv",
        "EXPERIENCE December 2017 – December 2021",
        "- Planned sprints and reviewed code",
        "Senior Android Developer at Pellmore Games, Holon",
        "August 2013 – October 2017",
        "- Integrated payment services",
        "MILITARY January 2003 – December 2004 Intelligence Analyst, Quenby Defence Corps",
        "SERVICE",
        "EDUCATION September 2002 – June 2006 B.Sc. in Information Systems, Riverton Academy",
    ])
    assert [(start, title) for start, _, title, _ in found] == [("2017-12", "R&D Team Leader"), ("2013-08", "Senior Android Developer")]


def test_a_heading_run_into_the_first_jobs_line_after_dated_studies() -> None:
    # "Employment history" opens the first job's line; the studies above it are no side column
    # whose years the jobs' dates would be taken for.
    found = roles([
        "Manual QA Tester",
        "Education:",
        "2013 - 2017 B.A. in Economics, Riverton University of Economics",
        "Employment history Manual QA Tester\tFarrowdale Insurance, Almaty, Kazakhstan — 2024 - present",
        "Technologies: MongoDB, Docker",
        "QA Engineer\tPellmore Health Systems, Odesa, Ukraine — 2023 - 2024",
        "Manual QA Tester\tQuenby Logic Ltd, Herzliya, Israel — 2020 - 2023",
        "VOLUNTEERING 2025 - 2026 Volunteer at a food bank, organised weekly deliveries",
        "LANGUAGES Arabic - native",
    ])
    assert [(start, title) for start, _, title, _ in found] == [("2024", "Manual QA Tester"), ("2023", "QA Engineer"), ("2020", "Manual QA Tester")]


def test_an_end_month_that_lost_its_year_ends_before_the_next_job() -> None:
    # "October 2020 – February": the year of the end was lost; the newer job began March 2025,
    # so the older one ran to February 2025 (not to February 2021, nor one month long).
    found = roles([
        "EXPERIENCE AND PROJECTS:",
        "Cinderpoint",
        "Software Engineer",
        "March 2025 – now (1 year 9 months)",
        "Tbilisi, Georgia",
        "- Developed new features for a customer portal",
        "Pellmore Jewelry",
        "Assistant Manager",
        "October 2020 – February",
        "Haifa, Israel",
        "- Served customers and handled complaints",
        "EDUCATION",
        "2012 – 2016 Master's degree in Applied Mathematics, Riverton Institute",
        "February 2019 – April",
        "2019",
    ])
    assert [(start, end, title) for start, end, title, _ in found] == [
        ("2025-03", "present", "Software Engineer"),
        ("2020-10", "2025-02", "Assistant Manager"),
    ]


def test_the_first_jobs_title_after_the_work_historys_heading_and_a_colon() -> None:
    # "Work experience: Project Coordinator": the heading and the first job's title on one line;
    # each job's "Technologies:" line is no heading of its own.
    found = roles([
        "PROJECT COORDINATOR",
        "Work experience: Project Coordinator",
        "Farrowdale Media | AUG 2018 TO AUG 2023",
        "- Ran daily stand-ups and sprint reviews",
        "Technologies: Selenium, Confluence, React",
        "Java Developer",
        "Pellmore Digital | AUG 2012 TO JUN 2015",
        "- Refactored legacy modules",
        "Technologies: Power BI, Java, SQL",
        "Military service",
        "MAY 2006 TO MAY 2008 Combat Soldier, Quenby Defence Corps",
    ])
    assert [(start, title, employer) for start, _, title, employer in found] == [
        ("2018-08", "Project Coordinator", "Farrowdale Media"),
        ("2012-08", "Java Developer", "Pellmore Digital"),
    ]


def test_dates_last_after_a_single_duty_line() -> None:
    # Each job's dates come after its description, the first job with one duty only (its bullet
    # lost); the dates are not the next job's.
    found = roles([
        "Professional experience:",
        "Junior Full Stack Developer - Farrowdale (Herzliya, office)",
        "Took part in code reviews and sprint planning",
        "August 2025-Current",
        "Customer Care Associate - Pellmore (Almaty, remote)",
        "Served customers and handled complaints",
        "October 2021-May 2025",
        "Accountant - Quenby (Odesa, remote)",
        "Prepared contracts and reports",
        "April 2018-June 2021",
        "Education:",
        "September 2006-June 2010 Engineer's degree, Riverton Institute",
    ])
    assert [(start, title) for start, _, title, _ in found] == [
        ("2025-08", "Junior Full Stack Developer"), ("2021-10", "Customer Care Associate"), ("2018-04", "Accountant"),
    ]


def test_a_teacher_at_a_numbered_school_is_a_job() -> None:
    # "City School No. 14": the school employs the teacher, its number is no day of the start,
    # and "No." ends no sentence.
    found = roles([
        "Experience and projects",
        "Mathematics Teacher, Riverton School No. 14",
        "Jul 2024 - Apr 2026",
        "• Taught classes of 30 pupils",
        "Riverton School No. 9 Nov. 2022  Jun. 2024",
        "Mathematics Teacher",
        "• Prepared lessons",
    ])
    assert [(start, title) for start, _, title, _ in found] == [("2024-07", "Mathematics Teacher"), ("2022-11", "Mathematics Teacher")]


def test_dates_last_with_a_side_column_and_a_course_between_the_jobs() -> None:
    found = roles([
        "PROFESSIONAL EXPERIENCE:",
        "Frontend Developer - Farrowdale Labs (Almaty, hybrid)",
        "Email: someone@mail.test",
        "• Optimised SQL queries and cut response time",
        "• Refactored legacy modules",
        "October 2024 -- Present",
        "Java",
        "October 2023 -- April 2024: Student in Riverton QA School, Data Analysis course, Rishon LeZion",
        "• Built a final project with a team of four",
        "Frontend Developer - Pellmore Ltd (Netanya, remote)",
        "• Took part in code reviews",
        "November 2021 -- April 2024",
        "Intern, Frontend Developer - Quenby (Rehovot, office)",
        "• Developed new features",
        "May 2021 -- July 2021",
        "Education:",
    ])
    assert [(start, title) for start, _, title, _ in found] == [
        ("2024-10", "Frontend Developer"), ("2021-11", "Frontend Developer"), ("2021-05", "Intern, Frontend Developer"),
    ]


def test_a_service_under_a_side_heading_stacked_below_military_service_is_no_job() -> None:
    found = roles([
        "Experience",
        "Jul 2023 – Oct 2024 Frontend Developer at Farrowdale Data, Beer Sheva, Israel",
        "React",
        "Military service",
        "Languages",
        "Jul 2019 – Jul 2021 Combat Soldier, Quenby Defence Corps",
        "English - Advanced",
    ])
    assert [(start, title) for start, _, title, _ in found] == [("2023-07", "Frontend Developer")]


def test_a_degree_read_as_an_employer_is_no_job() -> None:
    # An "Education" heading read inside the last job keeps the history going; the degree's line
    # below it ("M.A. in Jurisprudence, Riverton Academy") is no job for all that.
    found = roles([
        "Frontend Developer",
        "PROFESSIONAL HISTORY",
        "Frontend Developer - May 2024-now",
        "Pellmore LLC - Holon, Israel",
        "Developed new features for a customer portal",
        "Frontend Developer - Nov 2018-Dec 2021",
        "Quenby Insurance - Odesa, Ukraine",
        "Languages",
        "Maintained CI pipelines and release builds",
        "Russian - basic",
        "Frontend Developer - Sep 2015-Sep 2018",
        "French - intermediate",
        "Farrowdale - Haifa, Israel",
        "Arabic - basic",
        "Education",
        "Developed new features for a customer portal",
        "Maintained CI pipelines and release builds",
        "Sep 2007-Jun 2011 M.A. in Jurisprudence, Riverton Academy of Sciences",
        "Maintained CI pipelines and release builds",
        "Dec 2023-Mar 2024 Full Stack Web Development course, Quenby IT College",
    ])
    assert [(start, title) for start, _, title, _ in found] == [("2024-05", "Frontend Developer"), ("2018-11", "Frontend Developer"), ("2015-09", "Frontend Developer")]


def test_a_job_with_a_study_run_into_its_employer_line_stays_a_job() -> None:
    # "Business Analyst, ..." over its dates, a side column's degree glued to a duty above: the
    # job keeps its title and dates whatever its employer reads as.
    found = roles([
        "Dorian Oakhurst",
        "DETAILS",
        "DEVELOPMENT TEAM LEAD",
        "+48 600 000 000",
        "someone@mail.test SUMMARY",
        "Berlin, Germany",
        "Development Team Lead with 12+ years of experience in delivering software for",
        "linkedin.com/in/someone",
        "banks, retail and logistics.",
        "EXPERTISE",
        "Scrum EMPLOYMENT HISTORY",
        "Selenium",
        "Development Team Lead, Farrowdale Telecom",
        "Python",
        "Oct 2025 – now | Riga, Latvia",
        "Power BI",
        "Managed a budget of 1.2M EUR across three parallel projects",
        "EDUCATION",
        "Kept the risk log and the weekly status report for the steering committee",
        "BSc in Computer Science Introduced Kanban boards and work-in-progress limits in Jira",
        "Riverton Polytechnic Moved 40 servers to a public cloud with no unplanned downtime",
        "2007 - 2010",
        "Business Analyst, Pellmore Labs Ltd",
        "LANGUAGE SKILLS Oct 2023 – Aug 2025 | Berlin, Germany",
        "Cut the regression cycle from five days to one with automated tests",
        "Portuguese (B1)",
        "Support Engineer, Quenby Telecom LLC",
        "Sep 2020 – Oct 2023 | Warsaw, Poland",
    ])
    assert ("2023-10", "Business Analyst") in [(start, title) for start, _, title, _ in found]


def test_a_title_in_capitals_naming_a_scrum_master_is_no_degree() -> None:
    from profilecheck.structure.education import names_a_study

    assert not names_a_study("SENIOR SCRUM MASTER")
    assert names_a_study("MASTER OF SCIENCE")


def test_bare_years_after_jobs_all_dated_by_month_are_a_side_columns_studies() -> None:
    # The second column of a card grid read after the first: its jobs resume the history, and
    # the education's bare years at its foot ("2016 – 2018") are no jobs; nor is a skills list
    # read above them ("Vendor management") a header.
    found = roles([
        "Work Experience",
        "Farrowdale Bank | Dec 2025 – Present",
        "SENIOR PROJECT MANAGER",
        "Built a weekly status pack for executives.",
        "Pellmore Telecom | Sep 2019 – Apr 2022",
        "PROJECT LEAD",
        "Tracked dependencies across 5 workstreams.",
        "Quenby Solutions | Apr 2010 – May 2015",
        "BUSINESS ANALYST",
        "Mapped current and target processes.",
        "Skills",
        "Roadmapping",
        "Riverton Labs | Jul 2022 – Nov 2025",
        "SENIOR SCRUM MASTER",
        "Ostrowe Telecom | Jul 2015 – Aug 2019",
        "TECHNICAL PROJECT MANAGER",
        "Delivered a payment gateway integration.",
        "2016 – 2018",
        "2005 – 2008",
        "Vendor management",
        "Requirements gathering",
    ])
    assert sorted((start, title) for start, _, title, _ in found) == [
        ("2010-04", "BUSINESS ANALYST"), ("2015-07", "TECHNICAL PROJECT MANAGER"), ("2019-09", "PROJECT LEAD"),
        ("2022-07", "SENIOR SCRUM MASTER"), ("2025-12", "SENIOR PROJECT MANAGER"),
    ]
