"""Work history written as one line per job with the fields between pipes, as Word resumes
from one template family do ("2019 – 2020 | Title | Employer (City, Country) |"), and the
description lines between such jobs.  Every name, employer and place is invented."""
from __future__ import annotations

from test_docx_work_history import paragraphs_docx, profile_of


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
