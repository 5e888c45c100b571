"""Word CVs in shapes the development corpus did not have: one test for each class of failure
benchmarks/docx_fuzz.py found, on a small file built here with python-docx.

- months named in another language ("marzo 2019 – actualidad", "Set. 2016 – Gen. 2022"), and
  dates in lower case that lead their line ("sep. 2023 - jun. 2026");
- the employer and its city before the dates, the title on the line below: the city is no
  title, and the job before's title (just above) is no title of this one; nor when the employer
  and city and then the title both follow the dates;
- an employer that ends in the dot of its legal form ("Fabrikam Inc.") before the dates;
- each job's dates on a line of their own before its header (as a table of dates beside jobs
  reads): the header below a date line is its job's, not the next one's;
- "Title, Employer | City" with a city no gazetteer knows: the employer is no part of the title;
- duties without a full stop: a duty line ("Handled change requests with the product owner",
  "Set up the PMO's templates") is no header, and a header after a bullet left open is no
  wrapped bullet; a duty's sentence with dates in it is no job; an employer's line after a bullet left open, above positions written "Title  dates", is
  the employer;
- an employer above bare dates and the title below them, in a job with no duties, or positions
  under one employer's line each with its dates first: the next job's header does not take that
  title (nor the employer line and title below dates);
- a two-column page converted line by line: each paragraph holds a side column's line, a tab
  (or a run of blanks) and the main column's line; read one column after the other (a label's
  tab in the side column's line is no column gap);
- courses with their dates under "Courses", "Trainings:", "Additional Training" after the jobs:
  no jobs;
- "Today" as the open end of dates whose dash was lost ("11/2025 Today", "2023  Today");
- whole dates, day first with dots ("01.03.2019 – 31.12.2021") or with slashes;
- the city beside the dates ("Project Manager, Northwind" / "Zurich | Jan 2019 – Mar 2021", or
  "Sydney · Mar 2023 – Present" / "Delivery Manager, Novatek"): a place, not the employer;
- tabs between a line's fields ("Title<TAB>Employer<TAB>dates"): fields apart, not run together;
- "Title<TAB>dates" with the employer on the line below from the first job on: a job with no
  duties keeps its employer line (the next job's dates line does not take it);
- a title scoped after a dash or comma ("Project Manager - ERP Rollout", "IT Project Manager,
  Infrastructure"): the scope is part of the title, not the employer;
- (the wider draw) years marked "y." / "yy." as CVs translated from Russian write them; a European
  CV form (Europass: a label column, each job a block of labelled rows, its employer with the
  street after the duties); an employer written in Cyrillic after the title's comma, and duties
  in Russian without a full stop; a work table with a row per job under a header row; jobs
  numbered "1." "2." as a typed list; a job's row whose last cell holds its duties' sentences;
  a bold title run before the plain employer on one line; "dates Employer (City, Country) Title";
  "Title - from August 2023 to present" ("from" is no employer); each job's dates first, an
  employer's line over the dates of its positions after the job before's duties; a duty line
  (no bullet, no full stop) below a position's title alone is no employer.

Every person, employer and place is invented (or a city).
"""
from __future__ import annotations

import docx
from test_docx_work_history import paragraphs_docx, profile_of, save  # noqa: E402  (as-of 2026-11-30)

from profilecheck.options import Options
from profilecheck.readers.docx import read_docx


def roles(data: bytes) -> list[tuple]:
    return [(work.position, work.name, work.startDate, work.endDate) for work in profile_of(data).work]


def test_months_named_in_another_language() -> None:
    data = paragraphs_docx([
        "Ana Okafor",
        "EXPERIENCE",
        "Project Manager, Tailspin Logistics",
        "marzo 2021 – actualidad",
        "Ran the warehouse systems programme.",
        "Business Analyst, Northwind Traders",
        "Set. 2016 – Gen. 2021",
        "Business Analyst, Contoso Ltd",
        "Oktober 2013 — März 2016",
        "EDUCATION",
        "BSc Computer Science, University of Eastmoor, 2013",
    ])
    assert roles(data) == [
        ("Project Manager", "Tailspin Logistics", "2021-03", None),
        ("Business Analyst", "Northwind Traders", "2016-09", "2021-01"),
        ("Business Analyst", "Contoso Ltd", "2013-10", "2016-03"),
    ]


def test_months_named_in_russian_ukrainian_and_hebrew() -> None:
    # CVs of people who moved keep their first language's months and word for "now".
    data = paragraphs_docx([
        "Ana Okafor",
        "EXPERIENCE",
        "Project Manager, Tailspin Logistics",
        "Январь 2020 — наст. время",
        "Business Analyst, Northwind Traders",
        "вересень 2017 – грудня 2019",
        "QA Engineer, Contoso Ltd",
        "ספטמבר 2014 - מאי 2017",
        "Support Engineer, Fabrikam",
        "янв. 2012 - авг. 2014",
        "EDUCATION",
        "BSc Computer Science, University of Eastmoor, 2011",
    ])
    assert [(title, start, end) for title, _, start, end in roles(data)] == [
        ("Project Manager", "2020-01", None),
        ("Business Analyst", "2017-09", "2019-12"),
        ("QA Engineer", "2014-09", "2017-05"),
        ("Support Engineer", "2012-01", "2014-08"),
    ]


def test_a_hebrew_word_for_today_ends_a_range() -> None:
    data = paragraphs_docx(["EXPERIENCE", "Project Manager, Tailspin Logistics", "ספטמבר 2019 - עד היום", "Ran the programme."])
    work = profile_of(data).work
    assert [(item.startDate, item.current) for item in work] == [("2019-09", True)]


def test_an_english_line_keeps_its_words() -> None:
    # Only a line that gains a date range is rewritten: "Mars" is no month in a project's name.
    data = paragraphs_docx(["EXPERIENCE", "Project Manager, Tailspin Logistics", "Jan 2020 - Present",
                            "Led the Mars 2020 rover data programme."])
    assert any("Mars 2020 rover" in line.text for line in profile_of(data).document.lines)


def test_employer_and_city_beside_the_dates_then_the_title_below() -> None:
    data = paragraphs_docx([
        "WORK HISTORY",
        "Lumen Consulting | Manchester\t01/2024 – 09/2026",
        "IT Support Specialist",
        "Redwater Energy, Munich  August 2021 - March 2023",
        "Senior Software Engineer",
        "Kept one weekly status report for the steering group.",
        "Silverleaf Systems (Utrecht)  Feb 2017 - Oct 2021",
        "Help Desk Technician",
        "SKILLS",
        "Jira",
    ])
    assert roles(data) == [
        ("IT Support Specialist", "Lumen Consulting", "2024-01", "2026-09"),
        ("Senior Software Engineer", "Redwater Energy", "2021-08", "2023-03"),
        ("Help Desk Technician", "Silverleaf Systems (Utrecht)", "2017-02", "2021-10"),
    ]


def test_an_employer_ending_in_the_dot_of_its_legal_form() -> None:
    data = paragraphs_docx([
        "EMPLOYMENT HISTORY",
        "Fabrikam Inc. March 2022 – present",
        "IT Consultant",
        "• Ran sprint planning for two product teams;",
        "Project Coordinator, Vértice S.A.",
        "2019 – 2021",
        "EDUCATION",
        "BA Economics, Open University of Lakeport, 2018",
    ])
    assert roles(data) == [
        ("IT Consultant", "Fabrikam Inc.", "2022-03", None),
        ("Project Coordinator", "Vértice S.A.", "2019", "2021"),
    ]


def test_the_dates_lead_each_job() -> None:
    data = paragraphs_docx([
        "RELEVANT EXPERIENCE",
        "03/2022 - 08/2026",
        "Team Lead, Clearpath Analytics",
        "07/2020 - 09/2021",
        "Senior Software Engineer, Grupo Meridiano",
        "• Cut the release cycle from six weeks to two.",
        "09/2017 - 06/2020",
        "IT Support Specialist, Hollis & Brandt LLP",
        "• Ran the service desk for 300 users.",
        "EDUCATION",
        "BA Economics, Open University of Lakeport, 2016",
    ])
    assert roles(data) == [
        ("Team Lead", "Clearpath Analytics", "2022-03", "2026-08"),
        ("Senior Software Engineer", "Grupo Meridiano", "2020-07", "2021-09"),
        ("IT Support Specialist", "Hollis & Brandt LLP", "2017-09", "2020-06"),
    ]


def test_title_comma_employer_then_a_city_after_a_bar() -> None:
    data = paragraphs_docx([
        "EXPERIENCE",
        "PMO Analyst, Alder Street Media | Zurich",
        "Oct 2024 - Present",
        "IT Program Manager, Enterprise PMO — Larkspur",  # words of the title after its comma
        "Jan 2019 - Sep 2024",
    ])
    assert [(title, employer) for title, employer, _, _ in roles(data)] == [
        ("PMO Analyst", "Alder Street Media"),
        ("IT Program Manager, Enterprise PMO", "Larkspur"),
    ]


def test_a_duty_line_without_a_full_stop_is_no_header() -> None:
    data = paragraphs_docx([
        "WORK EXPERIENCE",
        "Fabrikam Inc. - Systems Analyst",
        "2022 - 2024",
        "Handled change requests and kept the backlog in order with the product owner",
        "Tailspin Logistics – Team Lead",
        "2017 - 2022",
        "Tracked scope, cost and schedule with MS Project",
    ])
    assert [(title, employer) for title, employer, _, _ in roles(data)] == [
        ("Systems Analyst", "Fabrikam Inc."),
        ("Team Lead", "Tailspin Logistics"),
    ]


def test_a_header_after_a_bullet_left_open() -> None:
    data = paragraphs_docx([
        "EMPLOYMENT HISTORY",
        "Lumen Consulting — Senior Project Manager",
        "2020/05 – 2022/02",
        "• Delivered the mobile banking app to 250,000 customers",
        "Harbourline Freight - Senior Program Manager",  # just above bare dates
        "2022/03 – 2024/03",
        "• Introduced Jira and Confluence for planning and documentation",
        "QA Engineer",  # a title above an employer line with none
        "Alder Street Media | Tallinn",
        "Dec 2016 - Sep 2020",
        "• Reported risks to the programme board every fortnight",
    ])
    assert [(title, employer, start) for title, employer, start, _ in roles(data)] == [
        ("Senior Project Manager", "Lumen Consulting", "2020-05"),
        ("Senior Program Manager", "Harbourline Freight", "2022-03"),
        ("QA Engineer", "Alder Street Media", "2016-12"),
    ]


def test_the_title_below_the_dates_of_a_job_with_no_duties_stays_with_it() -> None:
    data = paragraphs_docx([
        "WORK HISTORY",
        "Cobalt Payments (Cluj-Napoca)",
        "06/2014 – 12/2014",
        "Solutions Architect",
        "Clearpath Analytics, Vienna",
        "03/2012 – 08/2014",
        "Product Owner",
        "• Moved 1,200 users to the new digital workplace.",
    ])
    assert [(title, start) for title, _, start, _ in roles(data)] == [
        ("Solutions Architect", "2014-06"),
        ("Product Owner", "2012-03"),
    ]


SIDE = ["E-mail:\talex@example.com", "SKILLS", "Jira", "Confluence", "SQL", "LANGUAGES", "English (fluent)",
        "Spanish (native)"]
MAIN = [
    "Alex Rivera",
    "WORK EXPERIENCE",
    "Senior Project Manager, Northwind Bank",
    "Jan 2020 - Present",
    "• Led the core banking migration.",
    "Project Manager, Contoso Health",
    "Mar 2015 - Dec 2019",
    "EDUCATION",
    "BSc Computer Science, Riverton University, 2014",
]


def side_by_side_docx(gap: str) -> bytes:
    """Each paragraph: the side column's line, the gap, the main column's line (a main line
    with no side line beside it led by the gap, as a converter sets it in its column)."""
    document = docx.Document()
    for number, main in enumerate(MAIN):
        paragraph = document.add_paragraph()
        side = SIDE[number - 1] if 0 < number <= len(SIDE) else ""
        paragraph.add_run(side)  # python-docx writes its "\t" as a tab
        if gap == "tab":
            paragraph.add_run().add_tab()
        else:
            paragraph.add_run("     " if side else " " * 45)
        paragraph.add_run(main)
    return save(document)


def test_two_columns_side_by_side_on_each_line() -> None:
    for gap in ("tab", "blanks"):
        data = side_by_side_docx(gap)
        texts = [line.text for line in read_docx(data, Options(), None).lines]
        assert texts == [line.replace("\t", " ") for line in SIDE] + MAIN, gap
        assert [(title, start) for title, _, start, _ in roles(data)] == [
            ("Senior Project Manager", "2020-01"), ("Project Manager", "2015-03")]


def test_tabs_between_a_label_and_its_value_or_before_dates_are_no_columns() -> None:
    document = docx.Document()
    for line in ["Phone:\t+1 512 555 0134", "E-mail:\talex@example.com", "Location:\tAustin, TX", "EXPERIENCE",
                 "Project Manager, Northwind Bank\tJan 2020 - Present", "• Led the migration.",
                 "Analyst, Contoso Health\tMar 2015 - Dec 2019", "SKILLS", "•\tJira", "•\tConfluence", "•\tScrum"]:
        paragraph = document.add_paragraph()
        for number, piece in enumerate(line.split("\t")):
            if number:
                paragraph.add_run().add_tab()
            paragraph.add_run(piece)
    texts = [line.text for line in read_docx(save(document), Options(), None).lines]
    assert texts[:3] == ["Phone: +1 512 555 0134", "E-mail: alex@example.com", "Location: Austin, TX"]
    assert texts[4] == "Project Manager, Northwind Bank | Jan 2020 - Present"  # one line, its fields apart
    assert texts[-3:] == ["• Jira", "• Confluence", "• Scrum"]


def test_courses_after_the_jobs_are_no_jobs() -> None:
    for heading in ("COURSES", "Trainings:", "Additional Training", "Courses and Certifications"):
        data = paragraphs_docx([
            "WORK HISTORY",
            "Project Manager, Northwind Bank",
            "2019 - present",
            "Analyst, Contoso Health",
            "2015 - 2019",
            heading,
            "2017 - 2018 Professional Scrum Master I (Scaled Agile)",
            "Certified Scrum Master, Scrum Alliance, 2021",
            "2022: Project Management Professional (PMP)",
        ])
        assert [(title, start) for title, _, start, _ in roles(data)] == [("Project Manager", "2019"), ("Analyst", "2015")], heading


def test_today_ends_dates_whose_dash_was_lost() -> None:
    data = paragraphs_docx([
        "EXPERIENCE",
        "Lumen Consulting – Release Manager",
        "11/2025 Today",
        "Kestrelmark | Munich",
        "2023  Today",
        "Product Owner",
    ])
    assert [(start, end) for _, _, start, end in roles(data)] == [("2025-11", None), ("2023", None)]


def test_dates_then_employer_and_city_then_the_title() -> None:
    data = paragraphs_docx([
        "EMPLOYMENT HISTORY",
        "Mar 2023 - Sep 2026",
        "Alder Street Media, Utrecht",
        "PMO Analyst",
        "• Led the rollout of a new ERP across four plants",
        "Jun 2022 - Feb 2023",
        "Veldhuis Data, Austin",
        "Project Lead",
    ])
    assert [(title, employer) for title, employer, _, _ in roles(data)] == [
        ("PMO Analyst", "Alder Street Media"), ("Project Lead", "Veldhuis Data")]


def test_dates_in_lower_case_that_lead_their_line() -> None:
    data = paragraphs_docx([
        "WORK HISTORY",
        "PMO Analyst, Contoso Ltd",
        "sep. 2023 - jun. 2026",
        "• Reported risks to the programme board",
        "Team Lead, Redwater Energy",
        "aug. 2022 - Jun. 2023",
        "released the data platform, in use since 2021.",  # a sentence going on: no job
    ])
    assert [(title, start) for title, _, start, _ in roles(data)] == [("PMO Analyst", "2023-09"), ("Team Lead", "2022-08")]


def test_a_duty_naming_a_title_word_or_holding_dates_is_no_job_header() -> None:
    data = paragraphs_docx([
        "EXPERIENCE",
        "Lumen Consulting | Leeds",
        "Jan 2021 – Present",
        "Agile Project Manager",
        "Set up the PMO's templates, stage gates and monthly portfolio review",
        "Ran the data centre exit (2018 – 2019) for 140 applications",
        "Embedded Linux Engineer, Northwind Traders, 2016 – 2020",  # a title that opens with an -ed word
    ])
    assert [(title, start) for title, _, start, _ in roles(data)] == [
        ("Agile Project Manager", "2021-01"), ("Embedded Linux Engineer", "2016")]


def test_whole_dates_with_the_day() -> None:
    data = paragraphs_docx([
        "EXPERIENCE",
        "Project Manager, Northwind Bank",
        "01.03.2019 – heute",
        "Analyst, Contoso Health",
        "15/06/2015 - 28/02/2019",
        "Developer, Tailspin Logistics",
        "01.09.2012  31.05.2015",
    ])
    assert [(start, end) for _, _, start, end in roles(data)] == [
        ("2019-03", None), ("2015-06", "2019-02"), ("2012-09", "2015-05")]


def test_the_city_beside_the_dates() -> None:
    above = paragraphs_docx([
        "EXPERIENCE",
        "Project Manager, Grupo Meridiano",
        "Zurich | Jul 2018 – Mar 2021",
        "• Ran the payments programme.",
        "Data Analyst, Kestrelmark",
        "Denver, Sep 2011 – Jun 2018",
    ])
    below = paragraphs_docx([
        "CAREER HISTORY",
        "Sydney · March 2023 – Present",
        "Delivery Manager, Novatek Solutions",
        "Chicago · January 2018 – September 2022",
        "Technical Project Manager, Orbital Telecom",
        "• Cut the release cycle from six weeks to two.",
    ])
    for data, expected in (
        (above, [("Project Manager", "Grupo Meridiano", "Zurich"), ("Data Analyst", "Kestrelmark", "Denver")]),
        (below, [("Delivery Manager", "Novatek Solutions", "Sydney"), ("Technical Project Manager", "Orbital Telecom", "Chicago")]),
    ):
        assert [(work.position, work.name, work.location) for work in profile_of(data).work] == expected


def test_positions_under_an_employer_with_their_dates_first() -> None:
    data = paragraphs_docx([
        "RELEVANT EXPERIENCE",
        "Stadtwerke Aurach, Dubai",
        "09.2025-PRESENT",
        "Project Manager",
        "• Wrote the business case for the data platform;",
        "12.2019-08.2025",
        "Project Lead",
        "09.2017-11.2019",
        "Solutions Architect",
        "Apr 2015 — Mar 2017",
        "Cobalt Payments | Berlin",
        "Technical Project Manager",
        "Jul 2014 — Nov 2014",
        "PMO Analyst",
    ])
    assert [(title, start) for title, _, start, _ in roles(data)] == [
        ("Project Manager", "2025-09"), ("Project Lead", "2019-12"), ("Solutions Architect", "2017-09"),
        ("Technical Project Manager", "2015-04"), ("PMO Analyst", "2014-07")]


def test_an_employer_line_after_a_bullet_left_open_heads_its_positions() -> None:
    data = paragraphs_docx([
        "EXPERIENCE",
        "PMO Lead at Alder Street Media",
        "December 2019 – February 2023",
        "• Handled change requests with the product owner",
        "Kestrelmark, Kraków",
        "PMO Analyst July 2018 – November 2019",
        "• Reported risks to the programme board every fortnight;",
        "Release Manager July 2013 – June 2018",
    ])
    assert [(title, employer) for title, employer, _, _ in roles(data)] == [
        ("PMO Lead", "Alder Street Media"), ("PMO Analyst", "Kestrelmark"), ("Release Manager", "Kestrelmark")]


def tabbed_docx(lines: list[str]) -> bytes:
    """One paragraph a line, each "\t" written as a Word tab (w:tab), as a template lines fields up."""
    document = docx.Document()
    for line in lines:
        paragraph = document.add_paragraph()
        for number, piece in enumerate(line.split("\t")):
            if number:
                paragraph.add_run().add_tab()
            paragraph.add_run(piece)
    return save(document)


def test_tabs_between_the_fields_of_a_job_line_keep_them_apart() -> None:
    # A tab read as one blank ran "Project Manager" into "Quillon Freight" and the employer was lost.
    data = tabbed_docx([
        "Work Experience",
        "Project Manager\tQuillon Freight\t2019 – 2021",
        "• Ran the fleet tracking rollout.",
        "Business Analyst\tOrrery Mutual, Leeds\tMar 2015 – Dec 2018",
        "• Wrote the requirements for the claims portal.",
    ])
    assert roles(data) == [
        ("Project Manager", "Quillon Freight", "2019", "2021"),
        ("Business Analyst", "Orrery Mutual", "2015-03", "2018-12"),
    ]


def test_the_employer_below_each_title_and_dates_line() -> None:
    # The first job shows the layout: "Title <tab> dates", the employer below.  The employer line
    # of a job with no duties is its own, not the header of the next job's dates line.
    data = tabbed_docx([
        "EXPERIENCE",
        "Project Coordinator\tJan 2015 – Jun 2017",
        "Brindle Works, Porto",
        "• Kept the plan and the risk log.",
        "Project Manager\tJul 2017 – Mar 2020",
        "Halcyon Freight",
        "Senior Project Manager\tApr 2020 – Present",
        "Tessera Bank",
        "• Led the core banking upgrade.",
    ])
    assert [(title, employer, start) for title, employer, start, _ in roles(data)] == [
        ("Project Coordinator", "Brindle Works", "2015-01"),
        ("Project Manager", "Halcyon Freight", "2017-07"),
        ("Senior Project Manager", "Tessera Bank", "2020-04"),
    ]


def test_a_title_scoped_after_a_dash_or_comma_keeps_its_scope() -> None:
    # "ERP Rollout", "Infrastructure", "Cloud Migration" after a title's dash or comma were read
    # as the employer, and the real employer (on the line, above or below) was lost.
    data = tabbed_docx([
        "EXPERIENCE",
        "Project Manager - ERP Rollout, Quillon Freight",
        "Mar 2022 – Present",
        "• Ran the rollout across four depots.",
        "IT Project Manager, Infrastructure\tJan 2019 – Feb 2022",
        "Orrery Mutual, Leeds",
        "• Moved the data centre to the cloud.",
        "Brindle Works",
        "Programme Manager – Cloud Migration\t2016 – 2018",
        "Project Manager - Halcyon Freight",
        "2013 – 2015",
    ])
    assert [(title, employer) for title, employer, _, _ in roles(data)] == [
        ("Project Manager - ERP Rollout", "Quillon Freight"),
        ("IT Project Manager, Infrastructure", "Orrery Mutual"),
        ("Programme Manager – Cloud Migration", "Brindle Works"),
        ("Project Manager", "Halcyon Freight"),  # an employer after the dash stays the employer
    ]


def test_dates_marked_with_y_as_a_translated_cv_writes_them() -> None:
    data = paragraphs_docx([
        "Work experience",
        "Project Manager, Quillon Freight",
        "2019 y. - till now",
        "Business Analyst, Orrery Mutual",
        "2015-2019 yy.",
    ])
    assert roles(data) == [
        ("Project Manager", "Quillon Freight", "2019", None),
        ("Business Analyst", "Orrery Mutual", "2015", "2019"),
    ]


def europass_docx() -> bytes:
    """The European CV form: a label column, the values beside it; each job a block of rows, its
    employer (with the street) after its duties, its business sector last."""
    document = docx.Document()
    table = document.add_table(rows=0, cols=2)

    def row(label: str, *values: str, bold: bool = False) -> None:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(label)
        for number, value in enumerate(values):
            paragraph = cells[1].paragraphs[0] if number == 0 else cells[1].add_paragraph()
            paragraph.add_run(value).bold = bold or None

    row("First name(s) / Surname(s)", "Ilse Varga", bold=True)
    row("Work experience", bold=True)
    for dates, title, duties, employer, sector in [
        ("Mar 2021 – Present", "IT Project Manager", ["• Ran the billing platform upgrade.", "• Kept the risk log."],
         "Quillon Freight, 14 Dock Street, Leeds", "Logistics"),
        ("Jan 2017 – Feb 2021", "Business Analyst", ["• Wrote the claims portal requirements."],
         "Orrery Mutual, Porto", "Insurance"),
    ]:
        row("Dates", dates)
        row("Occupation or position held", title, bold=True)
        row("Main activities and responsibilities", *duties)
        row("Name and address of employer", employer)
        row("Type of business or sector", sector)
    row("Education and training", bold=True)
    row("Dates", "Sep 2010 – Jul 2014")
    row("Title of qualification awarded", "BSc Computer Science")
    return save(document)


def test_a_europass_table_reads_each_job_from_its_labelled_rows() -> None:
    # The labels ("Dates", "Occupation or position held") were read as titles and employers, and
    # the employer after the duties was lost.
    assert roles(europass_docx()) == [
        ("IT Project Manager", "Quillon Freight", "2021-03", None),
        ("Business Analyst", "Orrery Mutual", "2017-01", "2021-02"),
    ]


def test_an_employer_written_in_cyrillic_after_the_title() -> None:
    # The comma before "ООО «...»" parted nothing (only a Latin capital did): the employer ran
    # into the title and the city became the employer.
    data = paragraphs_docx([
        "Work experience",
        "Project Manager, ООО «Северный Ветер», Казань",
        "2019 – till now",
        "Управление проектами внедрения ERP-системы",
        "Business Analyst, Интерсофт",
        "2015 – 2019",
    ])
    assert [(title, employer) for title, employer, _, _ in roles(data)] == [
        ("Project Manager", "ООО «Северный Ветер»"), ("Business Analyst", "Интерсофт")]


def test_a_work_table_with_a_row_per_job_and_a_header_row() -> None:
    # The header row ("Period | Company | Position | Responsibilities") was read as a job's header.
    document = docx.Document()
    document.add_paragraph("Work experience")
    table = document.add_table(rows=0, cols=4)
    for row in [("Period", "Company", "Position", "Responsibilities"),
                ("03.2020 – present", "Quillon Freight", "IT Project Manager", "Ran the depot scanning rollout."),
                ("01.2016 – 02.2020", "Orrery Mutual, Porto", "Business Analyst", "Wrote the claims portal requirements.")]:
        for cell, text in zip(table.add_row().cells, row):
            cell.paragraphs[0].add_run(text)
    assert roles(save(document)) == [
        ("IT Project Manager", "Quillon Freight", "2020-03", None),
        ("Business Analyst", "Orrery Mutual", "2016-01", "2020-02"),
    ]


def test_jobs_numbered_as_a_typed_list() -> None:
    # "1. Release Manager, Cobalt" lost its title (and "3. QA Engineer" kept the number in it).
    data = paragraphs_docx([
        "RELEVANT EXPERIENCE:",
        "1. Release Manager, Quillon Freight",
        "Apr 2022 – Current",
        "• Ran the release train for four teams",
        "2. QA Engineer, Orrery Mutual",
        "Sep 2018 – Feb 2022",
    ])
    assert [(title, employer) for title, employer, _, _ in roles(data)] == [
        ("Release Manager", "Quillon Freight"), ("QA Engineer", "Orrery Mutual")]


def test_a_job_row_whose_last_cell_holds_the_duties() -> None:
    # Cells of one line each were joined into "dates | employer | title | the duties' sentence.",
    # and a header line ending in a sentence anchors no job.
    document = docx.Document()
    document.add_paragraph("Relevant Experience")
    table = document.add_table(rows=0, cols=4)
    for row in [("09.01.2022 - now", "Quillon Freight", "Technical Project Manager",
                 "Built and tested the integrations between the CRM and the billing system."),
                ("03.09.2019 - 08.01.2022", "Orrery Mutual", "Business Analyst",
                 "Wrote the requirements and the test plans for the new claims portal.")]:
        for cell, text in zip(table.add_row().cells, row):
            cell.paragraphs[0].add_run(text)
    assert roles(save(document)) == [
        ("Technical Project Manager", "Quillon Freight", "2022-01", None),
        ("Business Analyst", "Orrery Mutual", "2019-09", "2022-01"),
    ]


def test_a_bold_title_run_before_the_plain_employer() -> None:
    # "**Project Manager** Quillon Freight, 2019 – 2021": only the weight parted the title from the
    # employer, and the two ran together.  A bold word leading a sentence stays as it is.
    document = docx.Document()
    document.add_paragraph("Work Experience")
    for title, rest in [("IT Project Manager", " Quillon Freight, Mar 2021 – Present"),
                        ("Business Analyst", " Orrery Mutual, Jan 2017 – Feb 2021")]:
        paragraph = document.add_paragraph()
        paragraph.add_run(title).bold = True
        paragraph.add_run(rest)
    sentence = document.add_paragraph()
    sentence.add_run("Led").bold = True
    sentence.add_run(" the claims portal rollout.")
    data = save(document)
    assert roles(data) == [
        ("IT Project Manager", "Quillon Freight", "2021-03", None),
        ("Business Analyst", "Orrery Mutual", "2017-01", "2021-02"),
    ]
    assert read_docx(data, Options(), None).lines[-1].text == "Led the claims portal rollout."


def test_dates_then_the_employer_its_place_in_brackets_and_the_title() -> None:
    data = paragraphs_docx([
        "Experience",
        "2019/04 - 2022/10 Quillon Freight (Leeds, UK) Project Manager",
        "Ran the depot scanning rollout.",
        "2015/02 - 2019/03 Orrery Mutual (Porto, Portugal) Business Analyst",
    ])
    assert [(work.position, work.name, work.location) for work in profile_of(data).work] == [
        ("Project Manager", "Quillon Freight", "Leeds, UK"),
        ("Business Analyst", "Orrery Mutual", "Porto, Portugal"),
    ]


def test_title_dash_from_month_to_month() -> None:
    # "Project Lead - from August 2023 to present": "from" was read as the employer, and the
    # employer line below a job with no duties went to the next job.
    data = paragraphs_docx([
        "Professional Experience",
        "Project Lead - from August 2023 to present",
        "Quillon Freight - Leeds, UK",
        "• Ran the depot scanning rollout.",
        "Business Analyst - from March 2019 to July 2023",
        "Orrery Mutual - Porto, Portugal",
        "QA Engineer - from May 2016 to February 2019",
        "Brindle Works - Leeds, UK",
    ])
    assert roles(data) == [("Project Lead", "Quillon Freight", "2023-08", None),
                           ("Business Analyst", "Orrery Mutual", "2019-03", "2023-07"),
                           ("QA Engineer", "Brindle Works", "2016-05", "2019-02")]


def test_an_employer_line_over_the_dates_of_its_positions_when_dates_lead() -> None:
    # Each job's dates first, then its header; an employer's line heads two positions.  The
    # employer's line (after the job before's duties) was read as that job's, and the positions
    # took the job before's employer.
    data = paragraphs_docx([
        "EXPERIENCE:",
        "Apr 2023 - Today",
        "IT Project Manager, Quillon Freight, Leeds",
        "• Ran the depot scanning rollout;",
        "Orrery Mutual | Porto",
        "Feb 2017 - Mar 2023",
        "Senior Business Analyst",
        "• Wrote the claims portal requirements.",
        "Feb 2014 - Feb 2017",
        "Business Analyst",
        "• Kept the test plans.",
    ])
    assert [(title, employer) for title, employer, _, _ in roles(data)] == [
        ("IT Project Manager", "Quillon Freight"), ("Senior Business Analyst", "Orrery Mutual"),
        ("Business Analyst", "Orrery Mutual")]


def test_a_duty_line_below_a_title_alone_is_no_employer() -> None:
    # Positions under one employer's line, duties as plain lines with no full stop: the first
    # duty below a title was taken for that position's employer.
    data = paragraphs_docx([
        "EMPLOYMENT HISTORY",
        "Quillon Freight | Leeds",
        "2022 – Current",
        "Project Manager",
        "Onboarded and mentored four junior project coordinators",
        "2018 – 2022",
        "Business Analyst",
        "Planned the cut-over weekend and the hypercare period after go-live",
    ])
    assert [(title, employer) for title, employer, _, _ in roles(data)] == [
        ("Project Manager", "Quillon Freight"), ("Business Analyst", "Quillon Freight")]
