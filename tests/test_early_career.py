"""Short CVs: fresh graduates, juniors and career changers.  One test for each class of failure
benchmarks/early_career_fuzz.py found, on a small CV written here (plain text, or Word made with
python-docx):

- the headings such CVs give their other sections ("Academic Projects", "Personal Projects",
  "Extracurricular activities", "Leadership and Activities", "Studies", "Internship Experience",
  "Practical Training"): unknown, they left the work history open, and each dated project or
  activity under them was read as a job;
- titles of jobs outside offices ("Barista", "Delivery Driver", "QA Tester", "Warehouse
  Operative"): no title word, so the employer beside them was taken for the title;
- a short job dated by one date alone (a year, a season, a month): under a title over its
  employer ("Marketing Intern" / "Northwind, Leeds" / "2023"), over the title (a table's date
  cell, "Summer 2025" over "Data Analyst Intern, ..."), or after bars with a "y." ("Intern |
  Northwind | 2023 y."): the job had no dates and was lost;
- a graduate with no job at all: with no work history, dated lines under "Academic Projects"
  ("Team lead, May 2022 - Jul 2022") or "Volunteering" were taken for the jobs a lost heading
  would have held;
- "Activities" or "Leadership and Activities" right after the work history, dated roles in clubs
  below ("Editor of the student newspaper (2022 - 2023)"): taken for a side column's heading
  read into the work history, the activities (and the sections after them) became jobs;
- the newest job's start left open by "to" ("March 2023 to"): the job was lost;
- a job written as "Period: / Company: / Position:" just above "Education": its title, two
  lines under its dates, was taken for a job a second column had cut in two, so the education's
  dates became a job ("GPA: 3.7/4.0" its employer);
- "2022 y." alone under a job's header (a translated CV's mark of a year): its full stop made
  it a sentence, and the job had no dates (or "y." became its employer);
- a start left open inside brackets ("Analyst at Northwind (Oct 2023 -)"), and a season before a
  title with one space ("Summer 2023 Trainee, Northwind"): the job was lost;
- a graduate with no work history, a dated certificate under "Trainings" and a club role under
  "Leadership and Activities": the two together passed for the jobs of a lost heading.

Every person, employer, school and project is invented (or a city).
"""
from __future__ import annotations

import io
from datetime import date

import docx

from profilecheck.options import Options
from profilecheck.readers.docx import read_docx
from profilecheck.readers.text import read_text
from profilecheck.structure import build_profile

AS_OF = date(2026, 11, 30)


def profile_of(text: str):
    return build_profile(read_text(text.encode("utf-8"), Options(as_of=AS_OF)))


def jobs(text: str) -> list[tuple]:
    return [(work.position, work.name, work.startDate, work.endDate) for work in profile_of(text).work if work.startDate]


def test_projects_and_activities_end_the_work_history() -> None:
    text = "\n".join([
        "Ines Harrowgate", "ines.h@mail.example", "",
        "INTERNSHIP", "Software Engineering Intern | Fernhollow Analytics | Jun 2023 - Aug 2023",
        "• Kept the sprint board tidy", "",
        "ACADEMIC PROJECTS", "Campus ride-share app (Feb 2023 - Apr 2023)",
        "Seat finder | Developer | Oct 2022 - Dec 2022", "",
        "EXTRACURRICULAR ACTIVITIES", "Treasurer of the chess society (2021 - 2022)", "",
        "Leadership and Activities", "Organiser, robotics club, 2020 - 2021", "",
        "Studies", "Brackenford University, 2020 - 2024",
    ])
    assert jobs(text) == [("Software Engineering Intern", "Fernhollow Analytics", "2023-06", "2023-08")]
    sections = [section.name for section in profile_of(text).sections]
    assert sections[-4:] == ["projects", "interests", "interests", "education"]


def test_practical_training_and_internship_experience_are_work_histories() -> None:
    for heading in ("Practical Training", "INTERNSHIP EXPERIENCE:"):
        text = "\n".join(["Ines Harrowgate", "", heading, "PMO Intern, Fernhollow Analytics", "Jul 2023 - Sep 2023"])
        assert jobs(text) == [("PMO Intern", "Fernhollow Analytics", "2023-07", "2023-09")]


def test_everyday_job_titles_are_titles() -> None:
    text = "\n".join([
        "Ines Harrowgate", "", "WORK EXPERIENCE",
        "Barista", "Copperkettle Coffee, Porto", "Oct 2019 - Jun 2021", "",
        "June 2017 - August 2019   Delivery Driver, Quickfern Parcels", "",
        "QA Tester, Ambermill Insurance", "03/2022 - present", "",
        "Warehouse Operative", "Northgate Depot", "2016 - 2017",
    ])
    assert jobs(text) == [
        ("Barista", "Copperkettle Coffee", "2019-10", "2021-06"),
        ("Delivery Driver", "Quickfern Parcels", "2017-06", "2019-08"),
        ("QA Tester", "Ambermill Insurance", "2022-03", None),
        ("Warehouse Operative", "Northgate Depot", "2016", "2017"),
    ]


def test_one_date_alone_dates_a_short_job() -> None:
    text = "\n".join([
        "Ines Harrowgate", "", "EXPERIENCE",
        "Junior Project Coordinator, Fernhollow Analytics", "Sep 2024 - present", "",
        "Marketing Intern", "Ambermill Insurance, Leeds", "2023", "• Wrote the minutes", "",
        "Summer 2022", "Data Analyst Intern, Quickfern Parcels, Porto", "• Built a dashboard", "",
        "Summer Intern | Copperkettle Coffee | 2021 y.", "",
        "EDUCATION", "BSc Information Systems, Brackenford University, 2019 - 2023",
    ])
    assert jobs(text) == [
        ("Junior Project Coordinator", "Fernhollow Analytics", "2024-09", None),
        ("Marketing Intern", "Ambermill Insurance", "2023", "2023"),
        ("Data Analyst Intern", "Quickfern Parcels", "2022-06", "2022-08"),
        ("Summer Intern", "Copperkettle Coffee", "2021", "2021"),
    ]


def test_a_year_in_a_table_cell_over_the_job() -> None:
    document = docx.Document()
    document.add_paragraph("Ines Harrowgate")
    document.add_paragraph().add_run("Internship").bold = True
    table = document.add_table(rows=0, cols=2)
    for when, title, employer in (("2024", "PMO Intern", "Ambermill Insurance, Leeds"),
                                  ("July 2023", "Marketing Intern", "Quickfern Parcels")):
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(when)
        cells[1].paragraphs[0].add_run(title).bold = True
        cells[1].add_paragraph(employer)
    document.add_paragraph().add_run("Education").bold = True
    document.add_paragraph("BSc Information Systems, Brackenford University, 2020 - 2024")
    buffer = io.BytesIO()
    document.save(buffer)
    profile = build_profile(read_docx(buffer.getvalue(), Options(as_of=AS_OF), None))
    assert [(w.position, w.name, w.startDate) for w in profile.work] == [
        ("PMO Intern", "Ambermill Insurance", "2024"),
        ("Marketing Intern", "Quickfern Parcels", "2023-07"),
    ]


def test_a_year_over_a_job_with_dates_of_its_own_dates_nothing() -> None:
    text = "\n".join([
        "Ines Harrowgate", "", "EXPERIENCE", "2023",
        "Project Coordinator, Fernhollow Analytics", "Feb 2023 - Nov 2023", "• Ran the plan",
    ])
    assert [(start, end) for _, _, start, end in jobs(text)] == [("2023-02", "2023-11")]


def test_a_graduate_without_a_job_has_no_roles_from_projects_or_volunteering() -> None:
    text = "\n".join([
        "Ines Harrowgate", "", "EDUCATION", "BSc Information Systems, Brackenford University (2021 - 2025)", "",
        "UNIVERSITY PROJECTS", "Seat finder | Developer | May 2023 - Jul 2023",
        "Campus ride-share app", "Team lead, Feb 2024 - Apr 2024", "",
        "VOLUNTEERING", "Event volunteer, Harbour Tech Days", "2024 - 2025",
        "Volunteer coordinator, Fernhollow Animal Shelter", "Aug 2025", "",
        "LANGUAGES", "English - B2",
    ])
    assert jobs(text) == []


def test_activities_after_the_work_history_are_no_jobs() -> None:
    for heading in ("Activities", "Leadership and Activities", "EXTRACURRICULAR ACTIVITIES:"):
        text = "\n".join([
            "Ines Harrowgate", "", "Internship", "PMO Intern, Fernhollow Analytics", "Summer 2024", "",
            heading, "Editor of the student newspaper (2022 - 2023)", "Organiser of the debate club (2021 - 2022)", "",
            "Skills", "MS Project, Jira",
        ])
        assert jobs(text) == [("PMO Intern", "Fernhollow Analytics", "2024-06", "2024-08")], heading
        assert [section.name for section in profile_of(text).sections][-2:] == ["interests", "skills"]


def test_a_start_left_open_by_to() -> None:
    text = "\n".join([
        "Ines Harrowgate", "", "Professional Experience",
        "Junior Software Developer, Ambermill Insurance", "March 2023 to", "• Fixed defects", "",
        "Sales Assistant, Copperkettle Coffee", "January 2020 - July 2022",
    ])
    assert jobs(text) == [
        ("Junior Software Developer", "Ambermill Insurance", "2023-03", None),
        ("Sales Assistant", "Copperkettle Coffee", "2020-01", "2022-07"),
    ]
    # a column of dates run into one line ends in "to" too: no open start there
    text = "\n".join(["Ines Harrowgate", "", "WORK HISTORY", "Agile Project Manager, Ambermill Insurance, Dubai",
                      "2018 2015 to 2010 Nov. to", "2020 2018"])
    assert not any(end is None and start == "2010-11" for _, _, start, end in jobs(text))


def test_education_after_a_labelled_job_ends_the_work_history() -> None:
    text = "\n".join([
        "Ines Harrowgate", "", "INTERNSHIP",
        "Period: 06/2023 - 07/2023", "Company: Ambermill Insurance, Leeds", "Position: Software Engineering Intern",
        "EDUCATION", "Student, Brackenford University", "BSc Information Systems", "09/2021 - 06/2024", "GPA: 3.7/4.0",
    ])
    assert jobs(text) == [("Software Engineering Intern", "Ambermill Insurance", "2023-06", "2023-07")]


def test_a_range_broken_over_lines_under_an_employer_is_no_one_date_job() -> None:
    # a two-column dump: the next job's range over three lines ("November 2020" / "• November" /
    # "2021") right under the employer of a job dated above its title
    text = "\n".join([
        "Ines Harrowgate", "", "EMPLOYMENT HISTORY", "November 2021", "• February 2024", "Team Lead",
        "Fernhollow Digital, Lisbon, Portugal", "November 2020", "• November", "2021", "Support Engineer",
        "Fernhollow Analytics, Riga, Latvia",
    ])
    assert not any(start == "2020-11" and title == "Team Lead" for title, _, start, _ in jobs(text))
    # and a year under a line ending in a month ("2015 – 2017March" / "2026") is that range's end
    text = "\n".join([
        "Ines Harrowgate", "", "WORK HISTORY", "Information technology", "2015 – 2017March", "2026", "Accountant",
        "Fernhollow Analytics, Riga", "• Wrote test cases",
    ])
    assert not any(start == "2026" for _, _, start, _ in jobs(text))


def test_a_year_marked_y_alone_under_the_header() -> None:
    text = "\n".join([
        "Ines Harrowgate", "", "Work Placement", "Data Analyst Intern", "Ambermill Insurance", "2022 y.",
        "• Built a dashboard", "", "Summer Intern, Quickfern Parcels", "2021 y.",
    ])
    assert jobs(text) == [
        ("Data Analyst Intern", "Ambermill Insurance", "2022", "2022"),
        ("Summer Intern", "Quickfern Parcels", "2021", "2021"),
    ]


def test_an_open_start_in_brackets_and_a_season_before_the_title() -> None:
    text = "\n".join([
        "Ines Harrowgate", "", "EMPLOYMENT:", "Junior Project Manager at Ambermill Insurance (Oct 2023 -)", "",
        "INTERNSHIPS:", "Summer 2022 Trainee, Quickfern Parcels", "• Kept the plan up to date",
    ])
    assert jobs(text) == [
        ("Junior Project Manager", "Ambermill Insurance", "2023-10", None),
        ("Trainee", "Quickfern Parcels", "2022-06", "2022-08"),
    ]


def test_a_certificate_and_an_activity_are_no_lost_work_history() -> None:
    text = "\n".join([
        "Ines Harrowgate", "", "Studies:", "BSc Computer Science, Brackenford University (2020 - 2024)", "",
        "Trainings:", "Scrum Fundamentals Certified - SCRUMstudy (December 2024)", "",
        "Leadership and Activities:", "Editor of the student newspaper (2023 - 2024)", "",
        "Key Skills:", "Jira, Confluence",
    ])
    assert jobs(text) == []


def test_a_juniors_one_job_with_no_work_history_heading_is_read() -> None:
    # The one job stands under "Skills" (its heading lost) or above the first heading.
    assert jobs(
        "Dana Oakhurst\nJunior QA Engineer\nABOUT ME\nFinished a QA course, looking for a first position.\n"
        "SKILLS\nSelenium, Postman, SQL\nQA Intern, Farrowdale Labs (Haifa, Israel) 03/2023 - 08/2023\n"
        "Wrote test plans and ran regression tests\nEDUCATION\nQA Automation course, Riverton College, 2022\n"
    ) == [("QA Intern", "Farrowdale Labs", "2023-03", "2023-08")]
    assert [job[:3] for job in jobs(
        "Dana Oakhurst\nJunior QA Engineer\nLooking for a first position in QA.\n2023 - now  QA Tester, Farrowdale Labs\n"
        "Wrote test plans and ran regression tests\nEDUCATION\n2021 - 2022 QA Automation course, Riverton College\n"
    )] == [("QA Tester", "Farrowdale Labs", "2023")]


def test_a_graduates_dated_course_or_headline_is_no_job() -> None:
    # No employer, or a course's or a school's line: not the one job.
    assert jobs(
        "Dana Oakhurst\nJunior Project Manager | 2024 - present\nSKILLS\nJira, Confluence\n"
        "Google Project Management course, Coursera, 03/2024 - 06/2024\nEDUCATION\nBA, Riverton University, 2019 - 2023\n"
    ) == []
