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
