"""A left column's section labels split over two lines and run into the content beside them
(structure/left_labels.py).  Every name here is invented."""
from __future__ import annotations

from datetime import date

import pytest

from profilecheck.models import Line
from profilecheck.options import Options
from profilecheck.readers.docx import read_docx
from profilecheck.structure import build_profile
from profilecheck.structure.left_labels import left_labels_apart
from test_docx_work_history import dump_docx


def texts(lines: list[str]) -> list[str]:
    return [line.text for line in left_labels_apart(tuple(Line(text) for text in lines))]


def test_a_label_split_over_two_content_lines_stands_alone() -> None:
    assert texts([
        "PROFESSIONAL 2024 – 2025: Business Analyst, Farrowdale Bank, Rehovot",
        "HISTORY Analysed data with SQL and Excel",
    ]) == ["PROFESSIONAL HISTORY", "2024 – 2025: Business Analyst, Farrowdale Bank, Rehovot", "Analysed data with SQL and Excel"]


def test_a_second_half_alone_in_lower_case() -> None:
    assert texts(["ARMY 2021 – 2023 Intelligence Analyst, Quenby Defence Corps", "service", "EDUCATION 2016 – 2020 BSc"]) == [
        "ARMY service", "2021 – 2023 Intelligence Analyst, Quenby Defence Corps", "EDUCATION 2016 – 2020 BSc",
    ]


@pytest.mark.parametrize("lines", [
    ["EXPERIENCE", "SUMMARY"],  # two labels alone, one under the other: the section finder decides
    ["Professional 2024 – 2025: Analyst", "History of the project"],  # no capitals: no left column
    ["SQL Server administration", "HISTORY of changes"],  # not one heading together
    ["ARMY 2021 – 2023 Analyst", "service desk tickets handled"],  # lower case with more after it: a sentence
    ["EDUCATION AND TRAINING", "WORK EXPERIENCE"],  # two whole headings, one under the other
    ["IT project manager with 14+ years of experience.", "EXPERIENCE"],  # an acronym opening a sentence
    ["EDUCATION AND TRAINING", "WORK EXPERIENCE", "BSc in Computer Science", "12.2023 to Current Senior Project Manager"],
    # headings of two words in capitals, each alone on its line: no column of labels run in
    ["ABOUT ME", "Scrum Master who ships.", "EMPLOYMENT HISTORY", "Pellmore Labs | Kyiv | 11.2025 – Present", "LANGUAGE SKILLS", "Spanish (Basic)"],
])
def test_lines_that_are_no_split_label_stay(lines: list[str]) -> None:
    assert texts(lines) == lines


def test_jobs_under_a_split_label_are_read() -> None:
    profile = build_profile(read_docx(dump_docx([
        "Business Analyst - 2 plus years of experience",
        "PROFILE Detail-oriented specialist who enjoys clear processes.",
        "PERSONAL 2024 Demo project: a book exchange web app",
        "projects",
        "PROFESSIONAL 2023 – 2024: Business Analyst, Farrowdale Bank, Rehovot, Israel",
        "HISTORY Analysed data with SQL and Excel",
        "2024 – now: Business Analyst, Pellmore Nine, Haifa, Israel",
        "ARMY 2019 – 2021 Intelligence Analyst, Quenby Defence Corps",
        "service",
        "EDUCATION 2014 – 2018 Engineer's degree, Riverton Institute",
    ]), Options(as_of=date(2026, 11, 30)), None))
    assert [(work.startDate, work.position) for work in profile.work] == [("2023", "Business Analyst"), ("2024", "Business Analyst")]


def test_a_column_of_labels_each_run_into_its_first_line() -> None:
    # Three labels or more run into their content: each is set apart, "EXPERIENCE" too, though
    # the first job's start date was lost ("— present").
    profile = build_profile(read_docx(dump_docx([
        "Project Manager",
        "PROFILE Motivated developer looking for the next challenge.",
        "SKILLS Programming languages: Power BI, Angular, Git",
        "EXPERIENCE  — present: Project Manager, Farrowdale, Novosibirsk, Russia",
        "12/2019 — 09/2023: Business Analyst, Pellmore Software, Tel Aviv, Israel",
        "04/2016 — 03/2019: QA Engineer, Quenby Studio, Novosibirsk, Russia",
        "EDUCATION 09/2009 — 06/2013 M.A. in Jurisprudence, Riverton University",
        "LANGUAGES English - fluent",
    ]), Options(as_of=date(2026, 11, 30)), None))
    assert [(work.startDate, work.position) for work in profile.work if work.startDate] == [
        ("2019-12", "Business Analyst"), ("2016-04", "QA Engineer"),
    ]
    assert [section.name for section in profile.sections][:4] == ["header", "summary", "skills", "experience"]


def test_one_run_in_label_alone_is_left_to_the_section_finder() -> None:
    assert texts(["Jordan Vale", "SKILLS Jira, Confluence, MS Project", "Experience", "Project Manager, Northwind"]) == [
        "Jordan Vale", "SKILLS Jira, Confluence, MS Project", "Experience", "Project Manager, Northwind",
    ]
