"""Resume PDFs in shapes the development corpus did not have, drawn with tests/resume_pdf.py and
read with both PDF engines: one test for each class of failure benchmarks/resume_fuzz.py found.

- "Employer, City, ST" with the dates flush right, the title on the line below: the city is
  the place, not the title (also when the state code is one an organisation's name could end
  with, "Denver, CO");
- "Title at Employer Inc." straight after a bullet that ends without a full stop: a header
  (the full stop of "Inc." ends no sentence), not the bullet's wrapped line; so is a bare
  title there above an "Employer  dates" line;
- the title over "Employer Inc.  02/2015 - 10/2019": the date line anchors a job (its text
  before the dates ends in an abbreviation, not a sentence);
- "Employer, City  dates" over the title for a job with no bullets: its title is not the next
  job's header;
- every job opening with its dates on a line of their own, the header below them, and a job
  with no bullets: its header lines are not the next job's;
- a form-like history, a label column ("Position", "Employer", "Dates") read across its rows
  beside the values: the labels are no part of the title or the employer; and the title over
  "Employer, City, ST" over the dates, after a bullet with no full stop, is still a header;
- "Employer, Leeds, UK": the city goes with the country, it is no title;
- dates "Since 07/22" (a two-digit year after "since") and a season for a month ("Summer 2018",
  "2017 - Spring 2020");

Every person, employer and place is invented (or a city).
"""
from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("reportlab")

from resume_pdf import Cells, Heading, Pair, Para, Resume, Style, resume_pdf  # noqa: E402

import profilecheck  # noqa: E402
from profilecheck.options import Options  # noqa: E402

ENGINES = ("pdfium", "pdfplumber")
AS_OF = date(2026, 11, 30)


def read(resume: Resume, engine: str):
    return profilecheck.analyze_bytes(resume_pdf(resume), Options(pdf_engine=engine, as_of=AS_OF), "resume.pdf")


def roles(report) -> list[tuple]:
    return [(w.position, w.name, w.startDate) for w in report.profile.work]


def resume(rows: list, **style) -> Resume:
    return Resume(name="Dana Whitcombe", contact=["dana.whitcombe@example.com", "(512) 555-0147"],
                  rows=rows, style=Style(**style))


def bullets(*texts: str) -> list:
    return [Para(text, indent=10, bullet="• ") for text in texts]


@pytest.mark.parametrize("engine", ENGINES)
def test_employer_and_city_over_the_title(engine):
    rows = [Heading("Professional Experience", style="rule"),
            Pair("Teal Ridge Bank, Toronto, ON", "Apr 2019 - Present", bold=True), Para("Systems Analyst"),
            *bullets("Kept the release calendar", "Ran the change board"),
            Pair("Silverfen Telecom, Denver, CO", "Jan 2016 - Mar 2019", bold=True), Para("Network Engineer"),
            *bullets("Moved two offices to a new network")]
    report = read(resume(rows), engine)
    assert roles(report) == [("Systems Analyst", "Teal Ridge Bank", "2019-04"),
                             ("Network Engineer", "Silverfen Telecom", "2016-01")]
    assert [w.location for w in report.profile.work] == ["Toronto, ON", "Denver, CO"]


@pytest.mark.parametrize("engine", ENGINES)
def test_title_at_employer_after_a_bullet_without_a_full_stop(engine):
    rows = [Heading("Work History", style="caps"),
            Para("Delivery Lead at Quillon Retail Inc.", bold=True), Para("04/2024 - Present", italic=True),
            *bullets("Moved the team to two-week sprints in Jira"),
            Para("Web Developer at Meadowvale Foods Ltd.", bold=True), Para("03/2019 - 01/2024", italic=True),
            *bullets("Built the order tracking pages")]
    report = read(resume(rows), engine)
    assert roles(report) == [("Delivery Lead", "Quillon Retail Inc.", "2024-04"),
                             ("Web Developer", "Meadowvale Foods Ltd.", "2019-03")]


@pytest.mark.parametrize("engine", ENGINES)
def test_since_with_a_two_digit_year_and_seasons(engine):
    rows = [Heading("Experience"),
            Pair("Project Coordinator, Oakhurst University Hospital", "Since 07/22", bold=True),
            *bullets("Kept the project plans of four wards"),
            Pair("Help Desk Technician, Teal Ridge Bank", "2017 – Spring 2020", bold=True),
            *bullets("Answered calls from branch staff"),
            Pair("IT Intern, Pinecrest Logistics", "Summer 2015 – Fall 2016", bold=True)]
    report = read(resume(rows), engine)
    assert roles(report) == [("Project Coordinator", "Oakhurst University Hospital", "2022-07"),
                             ("Help Desk Technician", "Teal Ridge Bank", "2017"),
                             ("IT Intern", "Pinecrest Logistics", "2015-06")]
    # a season that ends a job ends in its last month: spring in May, fall in November
    assert [w.endDate for w in report.profile.work] == [None, "2020-05", "2016-11"]


@pytest.mark.parametrize("engine", ENGINES)
def test_title_over_an_employer_whose_name_ends_in_inc(engine):
    rows = [Heading("Work History"),
            Para("Portfolio Manager", bold=True), Pair("Stonebridge Utilities", "02/2022 to Present"),
            *bullets("Ran the quarterly portfolio review"),
            Para("Technical Project Manager", bold=True), Pair("Corvane Systems Inc.", "02/2015 to 10/2019"),
            *bullets("Set up the change board")]
    report = read(resume(rows), engine)
    assert roles(report) == [("Portfolio Manager", "Stonebridge Utilities", "2022-02"),
                             ("Technical Project Manager", "Corvane Systems Inc.", "2015-02")]


@pytest.mark.parametrize("engine", ENGINES)
def test_employer_over_title_for_a_job_without_bullets(engine):
    rows = [Heading("Career History", style="band"),
            Pair("Redmere Energy, Portland, OR", "01/23–08/26", bold=True), Para("Technical Project Manager"),
            Pair("Stonebridge Utilities, Tampa, FL", "10/20–09/22", bold=True), Para("Infrastructure Project Manager"),
            *bullets("Replaced the meter readers' handhelds"),
            Pair("Granite Peak Solutions", "01/19–12/19", bold=True), Para("Systems Analyst")]
    report = read(resume(rows), engine)
    assert roles(report) == [("Technical Project Manager", "Redmere Energy", "2023-01"),
                             ("Infrastructure Project Manager", "Stonebridge Utilities", "2020-10"),
                             ("Systems Analyst", "Granite Peak Solutions", "2019-01")]


@pytest.mark.parametrize("engine", ENGINES)
def test_dates_on_their_own_line_before_each_job(engine):
    rows = [Heading("Relevant Experience", style="band"),
            Para("04/2026 - Present", italic=True), Para("Project Lead", bold=True), Para("Ironclad Security LLC, Denver, CO"),
            Para("06/2024 - 04/2025", italic=True), Para("IT Project Manager", bold=True), Para("Silverfen Telecom, Austin, TX"),
            *bullets("Planned the move of the billing platform."),
            Para("09/2020 - 01/2024", italic=True), Para("Business Analyst", bold=True), Para("Teal Ridge Bank, Tampa, FL"),
            *bullets("Wrote the test plan")]
    report = read(resume(rows), engine)
    assert roles(report) == [("Project Lead", "Ironclad Security LLC", "2026-04"),
                             ("IT Project Manager", "Silverfen Telecom", "2024-06"),
                             ("Business Analyst", "Teal Ridge Bank", "2020-09")]


def labelled_job(title: str, employer: str, dates: str) -> list:
    return [Cells((("Position",), (title,)), (0.3, 0.7), align=("right", "left"), after=1.0),
            Cells((("Employer",), (employer,)), (0.3, 0.7), align=("right", "left"), after=1.0),
            Cells((("Dates",), (dates,)), (0.3, 0.7), align=("right", "left"), after=1.0)]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_label_column_beside_each_field(engine):
    rows = [Heading("Experience", style="caps"),
            *labelled_job("IT Program Manager", "Cobaltwave Labs, Leeds, UK", "2024 – 2026"),
            *bullets("Kept the plan and the budget"),
            *labelled_job("Agile Project Manager", "Pinecrest Logistics, Austin, TX", "2020 – 2024"),
            *bullets("Ran the change board")]
    report = read(resume(rows), engine)
    assert roles(report) == [("IT Program Manager", "Cobaltwave Labs", "2024"),
                             ("Agile Project Manager", "Pinecrest Logistics", "2020")]
    assert [w.location for w in report.profile.work] == ["Leeds, UK", "Austin, TX"]
