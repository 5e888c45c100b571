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
