"""Work history in layouts of real Word resumes: one line per job with the fields between pipes
("2019 – 2020 | Title | Employer (City, Country) |") and description lines between such jobs;
two titles of one job with the employer anonymised away; an education heading with its first
school on the same line; PDF-to-Word text whose dashes were dropped with the spaces around them
left.  Every name, employer and place is invented."""
from __future__ import annotations

from test_docx_work_history import dump_docx, paragraphs_docx, profile_of


def jobs(data: bytes) -> list[tuple]:
    return [(work.startDate, work.endDate, work.position, work.name, work.location) for work in profile_of(data).work]


def test_a_whole_header_on_the_date_line_takes_no_lines_from_the_job_above() -> None:
    data = paragraphs_docx([
        "SUPPORT ENGINEER",
        "PROFESSIONAL EXPERIENCE:",
        "2021 – 2023 | Service Desk Analyst | Brightwater Ltd (Lisbon, Portugal) |",
        "Project: first-line support for a retail chain.",
        "Areas of responsibilities:",
        "Support store staff and suppliers across the region",
        "2019 – 2021 | Frontend Developer | Tallow Systems (Porto, Portugal) |  ",
        "Areas of responsibilities:",
        "Building and maintaining the booking pages",
        "2016 – 2019 | User Support and Information Security IT Specialist | Marrow Farm Supplies LLP (Bergen, Norway) | ",
        "Areas of responsibilities:",
        "Looking after the office network",
        "EDUCATION:",
        "2011 – 2015 | B.Sc. in Informatics | Riverton University",
    ])
    assert jobs(data) == [
        ("2021", "2023", "Service Desk Analyst", "Brightwater Ltd", "Lisbon, Portugal"),
        ("2019", "2021", "Frontend Developer", "Tallow Systems", "Porto, Portugal"),
        # a long title: the separators between the fields are not words of the header
        ("2016", "2019", "User Support and Information Security IT Specialist", "Marrow Farm Supplies LLP", "Bergen, Norway"),
    ]


def test_a_place_in_brackets_with_the_country_first_is_the_location_not_the_title() -> None:
    data = paragraphs_docx([
        "MOBILE DEVELOPER",
        "PROFESSIONAL EXPERIENCE",
        "2020 – present | Quillfeather LTD (Portugal, Lisbon) |  ",
        "Android Developer",
        "Project: an app for renting bicycles.",
        "2017 – 2020 | Halden Works (Porto, Portugal) | ",
        "Android Developer",
        "Project: a dashboard for delivery vans.",
    ])
    assert jobs(data) == [
        ("2020", None, "Android Developer", "Quillfeather LTD", "Portugal, Lisbon"),
        ("2017", "2020", "Android Developer", "Halden Works", "Porto, Portugal"),
    ]


def test_two_titles_of_one_job_are_not_a_title_and_an_employer() -> None:
    data = paragraphs_docx([
        "EXPERIENCE",
        "2021 - present: Frontend Developer,  (Lisbon, Portugal)",
        "Main project: a platform for finding staff.",
        "2019- 2021: \tSystems Architect, UI Developer,  (Porto, Portugal)",
        "Main project: a control system for a plant.",
        "2015- 2019: Control System Programmer,  (Porto, Portugal)",
        "Main project: interfaces for lecture halls.",
    ])
    assert jobs(data) == [
        ("2021", None, "Frontend Developer", None, "Lisbon, Portugal"),
        ("2019", "2021", "Systems Architect, UI Developer", None, "Porto, Portugal"),
        ("2015", "2019", "Control System Programmer", None, "Porto, Portugal"),  # no employer carried over
    ]


def test_an_education_heading_with_its_first_school_on_the_same_line_ends_the_work_history() -> None:
    for education in (
        "EDUCATION 2009 – 2013 | Riverton Technical University, Master's degree of Computer Engineering",
        "Education Riverton University of Engineering & Economics 2009 TO 2013 , Specialist",
    ):
        data = paragraphs_docx([
            "EXPERIENCE",
            "2017 – present | Quillfeather LTD (Lisbon, Portugal) |",
            "Android Developer",
            "Project: an app for renting bicycles.",
            education,
        ])
        profile = profile_of(data)
        assert [(work.startDate, work.position) for work in profile.work] == [("2017", "Android Developer")], education
        assert profile.education, education


def test_dates_whose_dashes_a_converter_dropped() -> None:
    # One paragraph with line breaks, as a PDF-to-Word converter writes it; the en dashes were
    # lost and the spaces around them stayed.  A year in the margin stands before each job's
    # header, its range after the industry on the next line.
    data = dump_docx([
        "Linux Engineer",
        "WORK EXPERIENCE",
        "2019  Platform Engineer @ Northwind Embedded",
        "Automotive software / 2018  2019",
        "\u2022 Kept the build layers up to date;",
        "Yocto, Jenkins, C",
        "2016  Linux Engineer @ Contoso Telecom",
        "Telecommunications / 2016  2018",
        "\u2022 Ported drivers to new boards;",
        "2014  Junior Android Developer @ Tailspin (shop apps)",
        "SKILLS",
        "C, POSIX shell",
    ])
    assert [(work.startDate, work.endDate, work.position, work.name) for work in profile_of(data).work] == [
        ("2018", "2019", "Platform Engineer", "Northwind Embedded"),
        ("2016", "2018", "Linux Engineer", "Contoso Telecom"),
        ("2014", "2014", "Junior Android Developer", "Tailspin"),
    ]
    # an open end whose dash was lost the same way
    data = dump_docx(["EXPERIENCE", "Web Developer at Northwind Ltd, Lisbon", "2020  Present", "Built the shop pages."])
    assert [(work.startDate, work.current) for work in profile_of(data).work] == [("2020", True)]
