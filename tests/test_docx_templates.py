"""Work history read from Word resumes in the shapes of real sources that benchmarks/template_fuzz.py
draws: a job site's table export, typed CVs with labelled fields and "Responsibilities:" /
"Achievements:" blocks, Indian CVs with jobs told as sentences or as labelled blocks holding
projects.  The files are built here; every name, employer and place is invented."""
from __future__ import annotations

import io
from datetime import date

import docx

from profilecheck.options import Options
from profilecheck.readers.docx import read_docx
from profilecheck.structure import build_profile


def save(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def paragraphs_docx(lines: list[str]) -> bytes:
    """One paragraph a line; a tab in a line is a typed tab, as forms align their colons."""
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    return save(document)


def roles(data: bytes) -> list[tuple]:
    profile = build_profile(read_docx(data, Options(as_of=date(2026, 11, 30)), None))
    return [(work.startDate, work.endDate, work.position) for work in profile.work]


def job_site_docx(jobs: list[tuple[str, str, str, list[str]]]) -> bytes:
    """A job site's export: the history's heading with its total length, then a borderless table,
    a row a job: the dates broken over two lines and the job's length on the left; the employer,
    its town and site, its business line, the title and the duties on the right."""
    document = docx.Document()
    document.add_paragraph("Orla Fenwick")
    document.add_paragraph("Project Manager")
    document.add_paragraph("Work experience — 9 years 4 months")
    table = document.add_table(rows=0, cols=2)
    for dates, length, employer, right in jobs:
        row = table.add_row().cells
        start, end = dates.split(" — ")
        row[0].text = f"{start} —"
        row[0].add_paragraph(end)
        row[0].add_paragraph(length)
        row[1].text = employer
        for line in right:
            row[1].add_paragraph(line)
    document.add_paragraph("Education")
    document.add_paragraph("Westmarch Technical University, 2010")
    return save(document)


def test_a_job_site_table_export_reads_its_heading_its_titles_and_a_self_employed_job() -> None:
    data = job_site_docx([
        ("March 2023 — present", "3 years 9 months", "Self-employed",
         ["Lisbon, fenwick-pm.example", "Information technology, system integration", "Freelance Project Manager",
          "Ran delivery for three small software vendors"]),
        ("June 2019 — February 2023", "3 years 9 months", "Kestrelwood Logistics",
         ["Riverton, kestrelwood.example", "Transport, logistics", "IT Project Manager",
          "Moved the warehouse system to the cloud"]),
        ("September 2017 — May 2019", "1 year 9 months", "Tarnfield Bank",
         ["Riverton, tarnfield.example", "Banking", "Business Analyst", "Wrote the requirements of the loan portal"]),
    ])
    assert roles(data) == [
        ("2023-03", None, "Freelance Project Manager"),
        ("2019-06", "2023-02", "IT Project Manager"),
        ("2017-09", "2019-05", "Business Analyst"),
    ]


def test_a_typed_form_that_names_the_employer_first_keeps_each_job_its_own_fields() -> None:
    # "Company:" opens each job, then "Position:" and "Period:"; the responsibilities and the
    # achievements are blocks of the job, not sections of their own
    data = paragraphs_docx([
        "CURRICULUM VITAE",
        "Work experience:",
        "Company: Quillmoor Payments Ltd.",
        "Position: Senior Project Manager",
        "Period: 7/2021-9/2026",
        "Responsibilities:",
        "-  Ran the programme board for the card platform",
        "Achievements:",
        "-  Cut the release cycle from six weeks to two",
        "Company: Quillmoor Payments Ltd.",
        "Position: Project Manager",
        "Period: 9/2018-6/2021",
        "Responsibilities:",
        "-  Planned the data-centre move",
        "Company: Harrowgate Systems",
        "Position: QA Engineer",
        "Period: 11/2015-8/2018",
        "Responsibilities:",
        "-  Wrote the regression suites",
        "Education:",
        "2011-2015\tState Polytechnic Institute, B.Sc. in Computer Science",
    ])
    assert roles(data) == [
        ("2021-07", "2026-09", "Senior Project Manager"),
        ("2018-09", "2021-06", "Project Manager"),
        ("2015-11", "2018-08", "QA Engineer"),
    ]


def test_a_jobs_achievements_block_does_not_end_the_work_history() -> None:
    data = paragraphs_docx([
        "Work experience:",
        "2019 – till now\tMarlowe Telecom, Haifa",
        "\tIT Project Manager",
        "Responsibilities:",
        "-  Led the rollout of the billing system to 400 users",
        "Achievements:",
        "-  Saved $2M a year by consolidating three hosting contracts",
        "2014 – 2018\tBrenford Software, Haifa",
        "\tSoftware Developer",
        "Responsibilities:",
        "-  Built the booking services",
        "Skills:",
        "Jira, MS Project, Scrum",
    ])
    assert [(start, title) for start, _, title in roles(data)] == [("2019", "IT Project Manager"), ("2014", "Software Developer")]


def test_jobs_told_as_sentences_are_read_as_jobs() -> None:
    data = paragraphs_docx([
        "WORK EXPERIENCE",
        "• Currently working as Project Manager with Ardenwood Infotech Pvt. Ltd., Pune from Jun-2019 to till date.",
        "• Worked as Senior Software Engineer in Velmora Technologies, Hyderabad from Jan 2015 to May 2019.",
        "• Associated with Kestrel Systems as Software Engineer since March 2012.",
        "ROLES AND RESPONSIBILITIES",
        "• Planned sprints and ran the daily stand-ups",
    ])
    assert roles(data) == [
        ("2019-06", None, "Project Manager"),
        ("2015-01", "2019-05", "Senior Software Engineer"),
        ("2012-03", None, "Software Engineer"),
    ]


def test_jobs_told_as_sentences_wrapped_before_their_dates() -> None:
    # A PDF of the same CV wraps each sentence: the dates (or the place and the dates) on the next line
    data = paragraphs_docx([
        "WORK EXPERIENCE",
        "• Worked as Technical Project Manager in Ardenwood Infotech Pvt. Ltd., Pune from",
        "March, 2021 to November, 2025.",
        "• Worked as Implementation Project Manager at Velmora Technologies, Dublin,",
        "Ireland from January, 2017 to January, 2021.",
        "• Worked as Web Developer at Kestrel Systems, Bangalore from May, 2011 to",
        "October, 2013.",
        "ROLES AND RESPONSIBILITIES",
        "• Planned sprints and ran the daily stand-ups",
    ])
    assert roles(data) == [
        ("2021-03", "2025-11", "Technical Project Manager"),
        ("2017-01", "2021-01", "Implementation Project Manager"),
        ("2011-05", "2013-10", "Web Developer"),
    ]


def test_projects_inside_a_labelled_job_are_not_jobs() -> None:
    # "Organization<tab>: ..." blocks; a project's own "Role" and "Duration" stay inside its job
    data = paragraphs_docx([
        "PROFESSIONAL EXPERIENCE",
        "Organization\t: Ardenwood Infotech Pvt. Ltd.",
        "Designation\t: Project Manager",
        "Duration\t: 03/2020 till now",
        "Project #1: Claims portal",
        "Client\t: Tarnfield Insurance",
        "Role\t: Onsite Coordinator",
        "Team Size\t: 18",
        "Duration\t: Apr 2020 - Apr 2021",
        "Responsibilities:",
        "• Ran the steering committee",
        "Organization\t: Velmora Technologies",
        "Designation\t: Module Lead",
        "Duration\t: 08/2016 - 02/2020",
        "Project #1: Booking engine",
        "Client\t: Brenford Travel",
        "Role\t: Module Lead",
        "Duration\t: Sep 2016 - Sep 2017",
        "Responsibilities:",
        "• Led a team of six developers",
        "EDUCATIONAL QUALIFICATION",
        "B.Tech in Electronics, 2016",
    ])
    assert roles(data) == [
        ("2020-03", None, "Project Manager"),
        ("2016-08", "2020-02", "Module Lead"),
    ]


def europass_docx(jobs: list[tuple[str, str, str]]) -> bytes:
    """The European CV form: a borderless table, labels right-aligned in the left column."""
    document = docx.Document()
    table = document.add_table(rows=0, cols=2)

    def row(label: str, value: str) -> None:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value

    row("Surname(s) / First name(s)", "Ilse Varnholt")
    row("Work experience", "")
    for dates, title, employer in jobs:
        row("Dates", dates)
        row("Occupation or position held", title)
        row("Main activities and responsibilities", "Planned and ran the releases of the card platform.")
        row("Name and address of employer", employer)
        row("Type of business or sector", "Banking")
    row("Education and training", "")
    row("Dates", "2004 - 2008")
    row("Title of qualification awarded", "B.Sc. in Computer Science")
    return save(document)


def test_slashed_dates_are_read_day_first_where_one_cannot_be_a_month() -> None:
    data = europass_docx([
        ("since 06/07/2023", "Senior IT Project Manager", "Tarnfield Bank, Riverton"),
        ("24/02/2019 - 05/07/2023", "IT Project Manager", "Kestrelwood Logistics, Riverton"),
    ])
    assert roles(data) == [("2023-07", None, "Senior IT Project Manager"), ("2019-02", "2023-07", "IT Project Manager")]


def test_slashed_dates_in_the_european_form_are_day_first_though_every_day_could_be_a_month() -> None:
    data = europass_docx([
        ("04/11/2025 – present", "Agile Delivery Manager", "Tarnfield Bank, Riverton"),
        ("10/06/2022 – 03/10/2025", "Project Manager", "Kestrelwood Logistics, Riverton"),
    ])
    assert roles(data) == [("2025-11", None, "Agile Delivery Manager"), ("2022-06", "2025-10", "Project Manager")]


def test_slashed_dates_stay_month_first_without_evidence() -> None:
    data = paragraphs_docx([
        "EXPERIENCE",
        "Project Manager, Tarnfield Bank",
        "06/07/2023 - 11/20/2025",
        "• Ran the releases",
    ])
    assert roles(data) == [("2023-06", "2025-11", "Project Manager")]


def test_a_range_to_now_after_up_to_has_no_dash() -> None:
    data = paragraphs_docx([
        "WORK HISTORY",
        "2022-11 up to now",
        "IT Project Manager",
        "Tarnfield Bank, Riverton",
        "2018-11 to 2022-10",
        "IT Program Manager",
        "Kestrelwood Logistics, Riverton",
    ])
    assert roles(data) == [("2022-11", None, "IT Project Manager"), ("2018-11", "2022-10", "IT Program Manager")]


def test_an_educational_qualification_heading_ends_the_work_history() -> None:
    data = paragraphs_docx([
        "WORK EXPERIENCE",
        "Project Manager, Ardenwood Infotech Pvt. Ltd. | Jun 2019 - Present",
        "• Planned sprints and ran the daily stand-ups",
        "EDUCATIONAL QUALIFICATION",
        "Master of Computer Applications | State Polytechnic Institute | 2011",
    ])
    assert roles(data) == [("2019-06", None, "Project Manager")]


def test_a_lone_position_label_and_a_typed_job_number_are_no_part_of_the_title() -> None:
    data = paragraphs_docx([
        "Work experience:",
        "2019 – till now\tMarlowe Telecom, Haifa",
        "\tPosition: IT Project Manager",
        "-  Led the rollout of the billing system",
        "2.  10/2014 - 3/2018   Software Developer, Brenford Software",
        "-  Built the booking services",
    ])
    assert [(start, title) for start, _, title in roles(data)] == [("2019", "IT Project Manager"), ("2014-10", "Software Developer")]


def test_a_title_below_the_employers_town_and_business_after_a_self_employed_line() -> None:
    data = job_site_docx([
        ("December 2024 — present", "2 years", "Self-employed",
         ["Riverton, Utopia, fenwick-pm.example", "Retail", "Freelance IT Project Manager", "Ran delivery for two shops"]),
        ("November 2020 — November 2024", "4 years 1 month", "Kestrelwood Logistics",
         ["Riverton, kestrelwood.example", "Transport", "Project Coordinator", "Kept the plan"]),
    ])
    assert [(start, title) for start, _, title in roles(data)] == [("2024-12", "Freelance IT Project Manager"), ("2020-11", "Project Coordinator")]


def styled_docx(paragraphs: list[tuple[str, str | None]]) -> bytes:
    """Paragraphs with their styles, as Word's templates and Google Docs exports set them."""
    document = docx.Document()
    for text, style in paragraphs:
        document.add_paragraph(text, style=style)
    return save(document)


def test_a_header_after_a_long_open_bullet_stands_over_dates_with_their_length_or_a_from() -> None:
    # Google Docs' shape: "Employer, Town — Title" then the dates in capitals, their length or a
    # "from" beside them; the bullet above runs to the edge without a full stop
    bullet = "Led a cross-functional team of nine engineers through the migration of the billing platform"
    data = styled_docx([
        ("EXPERIENCE", "Heading 1"),
        ("Kestrelwood Payments, Riverton — Project Lead", "Heading 2"),
        ("NOV. 2023-MAR. 2026 (2 YEARS 5 MONTHS)", "Heading 3"),
        (bullet, "List Bullet"),
        ("Tarnfield Infotech, Riverton — Program Manager", "Heading 2"),
        ("OCT. 2021-OCT. 2023 (2 YEARS 1 MONTH)", "Heading 3"),
        (bullet, "List Bullet"),
        ("Brenford Media, Riverton — PMO Analyst", "Heading 2"),
        ("from Jan. 2014 to Sep. 2021", "Heading 3"),
        (bullet, "List Bullet"),
    ])
    assert [title for _, _, title in roles(data)] == ["Project Lead", "Program Manager", "PMO Analyst"]


def test_a_single_job_whose_dates_cell_is_read_after_its_bullets() -> None:
    document = docx.Document()
    document.add_paragraph("EXPERIENCE")
    cells = document.add_table(rows=1, cols=2).rows[0].cells
    cells[0].text = "Junior Scrum Master"
    cells[0].add_paragraph("Fjordmere Logistics Inc.")
    cells[0].add_paragraph("Ran the daily stand-ups for two teams", style="List Bullet")
    cells[0].add_paragraph("Kept the board and the burn-down up to date", style="List Bullet")
    cells[1].text = "Jun'25 - Till date (1 year 6 months)"
    document.add_paragraph("Education")
    document.add_paragraph("B.Sc. in Computer Science, Westmarch University, 2024")
    assert roles(save(document)) == [("2025-06", None, "Junior Scrum Master")]


def test_an_employer_set_large_over_its_positions_does_not_end_the_work_history() -> None:
    data = styled_docx([
        ("Orla Fenwick", "Title"),
        ("Riverton · orla.fenwick@example.com", None),
        ("Experience", "Heading 1"),
        ("Brightmoor Payments, Sofia, Bulgaria", "Heading 2"),
        ("Senior IT Project Manager", None),
        ("01.2023 – Today", None),
        ("Owned the RAID log", "List Bullet"),
        ("Scrum Master", None),
        ("04.2021 – 12.2022", None),
        ("Coordinated the vendors", "List Bullet"),
        ("Education", "Heading 1"),
        ("B.Sc. in Computer Science, State Polytechnic Institute", None),
    ])
    assert roles(data) == [("2023-01", None, "Senior IT Project Manager"), ("2021-04", "2022-12", "Scrum Master")]


def test_an_unbulleted_duty_with_a_lower_case_title_word_is_no_header() -> None:
    # Indeed's download: duties as plain paragraphs, "lead" in one of them
    data = paragraphs_docx([
        "Work Experience",
        "Delivery Manager",
        "Rivermoor Airlines - Riverton",
        "January 2021 to Present",
        "Prepared the weekly status reports for the steering committee",
        "Cut release lead time by 29% by introducing a shared release calendar",
        "Project Manager - ERP",
        "Tarnfield Health Pvt. Ltd. - Pune",
        "December 2018 to December 2020",
        "Ran the cut-over weekend",
    ])
    assert [title for _, _, title in roles(data)] == ["Delivery Manager", "Project Manager - ERP"]


def test_a_typed_job_number_before_two_digit_years_is_no_employer() -> None:
    data = paragraphs_docx([
        "Work Experience:",
        "1.  01/22 – 03/26   Scrum Master at Brightmoor Payments",
        "-  Ran the daily stand-ups",
        "2.  05/17 – 12/21   Support Engineer, Kestrelwood Systems",
        "-  Kept the servers running",
    ])
    profile = build_profile(read_docx(data, Options(as_of=date(2026, 11, 30)), None))
    assert [(work.startDate, work.position) for work in profile.work] == [("2022-01", "Scrum Master"), ("2017-05", "Support Engineer")]
    assert "2." not in [work.name for work in profile.work]


def test_a_project_with_its_own_dates_inside_a_job_is_no_job() -> None:
    # duties as plain paragraphs (a job site's download), two of them naming a project and its dates
    data = paragraphs_docx([
        "Work Experience",
        "Senior Project Manager",
        "Rivermoor Airlines - Riverton",
        "January 2018 to Present",
        "Key project: CRM migration (Mar 2019 – Jun 2020), budget $3M",
        "Mobile banking app, Jan 2021 – Dec 2021: led a team of 12",
        "Prepared the weekly status reports for the steering committee",
        "Business Analyst",
        "Tarnfield Health - Riverton",
        "May 2014 to December 2017",
        "Wrote the requirements of the claims portal",
    ])
    assert roles(data) == [("2018-01", None, "Senior Project Manager"), ("2014-05", "2017-12", "Business Analyst")]


def test_a_dates_column_beside_jobs_at_a_technologies_employer_is_read_row_by_row() -> None:
    # "Helixar Technologies" ends in a section's name; it is an employer, not a heading that would
    # make the table two flows read one column after the other
    document = docx.Document()
    table = document.add_table(rows=0, cols=2)
    head = table.add_row().cells
    head[0].text = "EXPERIENCE"
    for dates, title, employer in (("2021 to nowadays", "Scrum Master", "Helixar Technologies"),
                                   ("2017 to 2021", "Project Coordinator", "Tarnfield Solutions"),
                                   ("2014 to 2017", "Support Engineer", "Brenford Technologies")):
        cells = table.add_row().cells
        cells[0].text = dates
        cells[1].text = title
        cells[1].add_paragraph(employer)
        cells[1].add_paragraph("Kept the plan and the risks up to date", style="List Bullet")
    assert [(start, title) for start, _, title in roles(save(document))] == [
        ("2021", "Scrum Master"), ("2017", "Project Coordinator"), ("2014", "Support Engineer")]


def test_two_digit_years_after_from_make_a_whole_range() -> None:
    data = paragraphs_docx([
        "EXPERIENCE",
        "Crestmere Airlines, Riverton — Project Manager",
        "FROM 05/23 TO NOWADAYS",
        "Vantmoor Logistics plc, Riverton — Implementation Project Manager",
        "FROM 01/20 TO 04/21",
    ])
    assert roles(data) == [("2023-05", None, "Project Manager"), ("2020-01", "2021-04", "Implementation Project Manager")]


def test_a_middle_dot_and_a_tab_typed_as_a_bullet_make_a_duty() -> None:
    data = paragraphs_docx([
        "Professional Experience",
        "Dec'21 – Aug'26 (4 years 9 months)\tIT Project Manager",
        "Brightmoor Health Ltd., Riverton",
        "·\tCut release lead time by 23% by introducing a shared release calendar",
        "Jun'17 – Nov'21 (4 years 6 months)\tQA Engineer",
        "Tarnfield Labs, Riverton",
        "·\tWrote the regression suites",
    ])
    profile = build_profile(read_docx(data, Options(as_of=date(2026, 11, 30)), None))
    assert [(work.startDate, work.position) for work in profile.work] == [("2021-12", "IT Project Manager"), ("2017-06", "QA Engineer")]
    assert profile.work[0].highlights == ("Cut release lead time by 23% by introducing a shared release calendar",)


def test_a_typed_job_number_before_a_day_and_a_month_name_and_a_month_with_its_dot() -> None:
    data = paragraphs_docx([
        "Work Experience:",
        "1.  17 October 2019 – PRESENT   IT Project Manager, Ostmere Telecom",
        "-  Ran the programme board",
        "01. 2015 – 09. 2019   Business Analyst, Tarnfield Bank",
        "-  Wrote the requirements",
    ])
    assert [(start, title) for start, _, title in roles(data)] == [("2019-10", "IT Project Manager"), ("2015-01", "Business Analyst")]
