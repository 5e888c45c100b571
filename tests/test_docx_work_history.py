"""Work history read from Word files the tests build: the layouts that PDF-to-Word converters
and resume templates leave behind (one paragraph with line breaks, side columns, text boxes,
layout tables) and the date forms found in them.  Every name, employer and place is invented."""
from __future__ import annotations

import io
from datetime import date

import docx
from docx.oxml import parse_xml

from profilecheck.options import Options
from profilecheck.readers.docx import read_docx
from profilecheck.structure import build_profile

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def save(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def dump_docx(lines: list[str]) -> bytes:
    """What a PDF-to-Word converter writes: the whole resume as one paragraph whose lines are
    separated by line breaks (w:br)."""
    document = docx.Document()
    paragraph = document.add_paragraph()
    for number, line in enumerate(lines):
        run = paragraph.add_run(line)
        if number < len(lines) - 1:
            run.add_break()
    return save(document)


def paragraphs_docx(lines: list[str]) -> bytes:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    return save(document)


def profile_of(data: bytes):
    return build_profile(read_docx(data, Options(as_of=date(2026, 11, 30)), None))


def roles(data: bytes) -> list[tuple]:
    return [(work.startDate, work.endDate, work.position) for work in profile_of(data).work]


# ---------------------------------------------------------------- sections and header fields


def test_a_job_header_does_not_reach_into_a_skills_list_under_an_experience_heading() -> None:
    # "EXPERIENCE SUMMARY" holds a skills list; the jobs follow under "EXPERIENCE".
    data = paragraphs_docx([
        "WEB DEVELOPER",
        "EXPERIENCE SUMMARY",
        "Languages: TypeScript, Go",
        "Databases: PostgreSQL",
        "EXPERIENCE",
        "2021-present: Frontend developer (remote, part-time)",
        "-- Northwind (Riverton, Canada)",
        "Built the booking pages.",
        "2018-2021: Frontend developer",
        "-- Northwind (Riverton, Canada)",
        "Kept the shop running.",
    ])
    works = profile_of(data).work
    assert [(w.startDate, w.position, w.name) for w in works] == [
        ("2021", "Frontend developer", "Northwind"),  # "(remote, part-time)" is where, not what
        ("2018", "Frontend developer", "Northwind"),
    ]


def test_a_title_word_inside_a_web_address_is_not_a_title() -> None:
    data = paragraphs_docx([
        "EXPERIENCE",
        "• 2019 – 2021: Data scientist, Tailspin Labs, Riverton www.consultant.example",
        "Modelled demand.",
    ])
    (work,) = profile_of(data).work
    assert (work.position, work.name) == ("Data scientist", "Tailspin Labs")


def test_a_kind_of_work_beside_the_year_is_the_title() -> None:
    data = paragraphs_docx([
        "EXPERIENCE",
        "• 2019-2021: Web developer",
        "-- Contoso (Riverton, Canada)",
        "Built pages.",
        "• 2018: Freelance",
        "-- Riverton, Canada",
        "Landing pages for small shops.",
    ])
    assert roles(data) == [("2019", "2021", "Web developer"), ("2018", "2018", "Freelance")]


def test_two_digit_end_years_and_dashed_open_ends() -> None:
    data = dump_docx([
        "PROFESSIONAL EXPERIENCE",
        "Fabrikam LLC, Riverton, Utopia, Team Lead 2019/---",
        "Led the platform team.",
        "Contoso LLC, Riverton, Utopia, Software Developer 2015-18",
        "Wrote the billing service.",
    ])
    assert roles(data) == [("2019", None, "Team Lead"), ("2015", "2018", "Software Developer")]


# ---------------------------------------------------------------- dates a converter mangled


def test_a_year_whose_month_digits_were_lost() -> None:
    data = dump_docx([
        "Professional Experience",
        "Mobile developer at Tailspin, Riverton, .2022",
        "Built the watch app.",
        "Mobile developer intern at Contoso, Riverton, .2021",
        "Fixed bugs in the shop app.",
    ])
    assert roles(data) == [("2022", "2022", "Mobile developer"), ("2021", "2021", "Mobile developer intern")]


def test_a_start_year_whose_end_and_header_were_lost() -> None:
    # "2018 - <description>": the converter dropped the end year and the title; the job runs
    # until the newer one began, and the oldest until the next one.
    data = dump_docx([
        "EXPERIENCE",
        "2020 Present Frontend developer at Northwind, Riverton, Canada",
        "Built the hiring pages.",
        "2018 - Designed, developed, and deployed frontend applications from scratch and implemented",
        "new features of existing projects.",
        "2017 - 2018 Full Stack developer at Contoso, Riverton, Canada",
        "Moved the code to a new framework.",
        "2015 - Build custom shops, commercial and corporate websites based on existing",
        "solutions and from scratch.",
        "EDUCATION",
    ])
    profile = profile_of(data)
    assert [(w.startDate, w.endDate) for w in profile.work] == [
        ("2020", None), ("2018", "2020"), ("2017", "2018"), ("2015", "2017"),
    ]
    assert profile.work[1].position is None
    assert profile.work[1].summary.startswith("Designed, developed")


def test_a_dash_after_a_year_before_a_short_title_is_still_a_one_year_job() -> None:
    data = dump_docx(["EXPERIENCE", "2016 - Freelance web developer", "Landing pages."])
    assert roles(data) == [("2016", "2016", "Freelance web developer")]


# ---------------------------------------------------------------- layouts


def test_dates_after_each_description() -> None:
    data = dump_docx([
        "WORK EXPERIENCE",
        "Backend Developer - Northwind (Riverton, remote) - product company",
        "Built payment services.",
        "Worked with queues and caches.",
        "from November 2021 till now",
        "Android Developer - Contoso (Riverton, Canada) - outsource company",
        "Wrote client apps.",
        "Led two developers.",
        "from March 2021 till November 2021",
        "Android Developer - Tailspin (remote) - outsource company",
        "First job in an international team.",
        "from July 2020 till March 2021",
        "EDUCATION",
        "Riverton State University",
    ])
    assert roles(data) == [
        ("2021-11", None, "Backend Developer"),
        ("2021-03", "2021-11", "Android Developer"),
        ("2020-07", "2021-03", "Android Developer"),
    ]
    assert [w.name for w in profile_of(data).work] == ["Northwind", "Contoso", "Tailspin"]


def test_employer_and_dates_then_the_title_with_a_side_column_run_in() -> None:
    # A two-column page dumped line by line: the right column's skills end the employer's line
    # and the title's line, and sit above the next employer.
    data = dump_docx([
        "Experience",
        "Northwind Bank Jan 2022 - June 2022",
        "Senior Software Developer",
        "Skills & Expertise",
        "designed a new onboarding platform",
        "SQL, Postgres, Oracle",
        "Contoso Bank Aug 2018 - Dec 2021 Kafka, Cassandra",
        "Software Engineer / Senior Software Engineer Git, Docker",
        "Agile, Scrum",
        "SL3 support",
        "Russian native, English advanced",
        "Tailspin Dec 2015 - Aug 2018",
        "Software Developer / Senior Software Developer",
        "mentor for interns",
    ])
    works = profile_of(data).work
    assert [(w.startDate, w.name) for w in works] == [("2022-01", "Northwind Bank"), ("2018-08", "Contoso Bank"), ("2015-12", "Tailspin")]
    assert works[0].position == "Senior Software Developer"
    assert works[1].position.startswith("Software Engineer / Senior Software Engineer")
    assert works[2].position == "Software Developer / Senior Software Developer"


def test_title_above_employer_and_dates_keeps_the_title() -> None:
    data = dump_docx([
        "Experience",
        "Senior Project Manager",
        "Northwind Bank Jan 2019 - Present",
        "Lead developer for the mobile app was hired and onboarded.",
    ])
    (work,) = profile_of(data).work
    assert (work.position, work.name) == ("Senior Project Manager", "Northwind Bank")


def test_dates_run_together_with_no_dash() -> None:
    data = dump_docx([
        "WORKING EXPERIENCE",
        "Apr 2020Jun 2020 Work programme at Northwind, Canada, Riverton Full stack Developer",
        "Built a barcode scanner.",
        "Mar 2017Aug 2018 Contoso portal, Canada, Riverton Front-end Developer",
        "Kept the portal fast.",
    ])
    assert [(start, end) for start, end, _ in roles(data)] == [("2020-04", "2020-06"), ("2017-03", "2018-08")]


# ---------------------------------------------------------------- headings of two columns


def test_summary_and_experience_headings_side_by_side() -> None:
    # A two-column page dumped row by row: "PROFESSIONAL SUMMARY" on the left, "EXPERIENCE" on
    # the right, on one line; the work history must not be read as the summary.
    data = dump_docx([
        "FRONTEND DEVELOPER",
        "PROFESSIONAL SUMMARY EXPERIENCE",
        "I build web apps with modern frameworks.",
        "Store Floor Manager",
        "Northwind Stores | May 2016 - Aug 2017",
        "• Helped customers on the floor",
        "ACADEMIC EDUCATION",
        "Riverton University",
    ])
    (work,) = profile_of(data).work
    assert (work.startDate, work.endDate, work.position) == ("2016-05", "2017-08", "Store Floor Manager")


def test_experience_heading_straight_above_a_skills_heading() -> None:
    # The left column's "EXPERIENCE" and the right column's "SKILLS" read one after the other:
    # the jobs below are still the work history.
    data = dump_docx([
        "EXPERIENCE",
        "SKILLS & EXPERTISE",
        "Front-end: HTML, CSS",
        "Web Developer at Northwind, Riverton Dec 2017 - Jul 2019",
        "Back-end: PHP, MySQL",
        "Built the shop.",
    ])
    profile = profile_of(data)
    assert [(w.startDate, w.endDate, w.position, w.name) for w in profile.work] == [
        ("2017-12", "2019-07", "Web Developer", "Northwind"),
    ]
    assert "skills" not in [section.name for section in profile.sections][:2]


def test_jobs_under_an_education_heading_when_no_experience_heading_survived() -> None:
    data = dump_docx([
        "Web Developer",
        "Education",
        "Second degree, Riverton State Technical University, Riverton",
        "September 2009 June 2011",
        "Web-developer at Northwind LLC, Riverton",
        "August 2012 August 2013",
        "Built shop sites on a CMS.",
        "Web-developer, Teamlead at Contoso Ltd, Riverton",
        "January 2019 Present",
        "Ran a team of five.",
    ])
    works = profile_of(data).work
    assert [(w.startDate, w.endDate, w.position, w.name) for w in works] == [
        ("2012-08", "2013-08", "Web-developer", "Northwind LLC"),
        ("2019-01", None, "Web-developer, Teamlead", "Contoso Ltd"),
    ]


def test_education_alone_gives_no_jobs() -> None:
    data = dump_docx([
        "Data Analyst",
        "EDUCATION",
        "Riverton State University, Faculty of Mathematics",
        "Sep 2019 - present",
        "Research assistant at the Chair of Mechanics",
        "Riverton Institute of Technology",
        "Sep 2017 - May 2018",
        "Bachelor of Science, Mathematics",
    ])
    assert profile_of(data).work == ()
