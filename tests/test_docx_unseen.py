"""Word CVs in shapes the development corpus did not have: one test for each class of failure
benchmarks/docx_fuzz.py found, on a small file built here with python-docx.

- months named in another language ("marzo 2019 – actualidad", "Set. 2016 – Gen. 2022").

Every person, employer and place is invented (or a city).
"""
from __future__ import annotations

import io
from datetime import date

import docx

from profilecheck.options import Options
from profilecheck.readers.docx import read_docx
from profilecheck.structure import build_profile

AS_OF = date(2026, 11, 30)


def save(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def paragraphs_docx(lines: list[str]) -> bytes:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    return save(document)


def profile_of(data: bytes):
    return build_profile(read_docx(data, Options(as_of=AS_OF), None))


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


def test_an_english_line_keeps_its_words() -> None:
    # Only a line that gains a date range is rewritten: "Mars" is no month in a project's name.
    data = paragraphs_docx(["EXPERIENCE", "Project Manager, Tailspin Logistics", "Jan 2020 - Present",
                            "Led the Mars 2020 rover data programme."])
    assert any("Mars 2020 rover" in line.text for line in profile_of(data).document.lines)
