"""A name where a text dump left it (structure/name_elsewhere.py): run into the headline on the
first line, or only in the profile link's field.  Every name here is invented."""
from __future__ import annotations

from datetime import date

import pytest

from profilecheck.options import Options
from profilecheck.readers.docx import read_docx
from profilecheck.structure import build_profile
from profilecheck.structure.name_elsewhere import name_in_profile_field, name_run_into_headline
from test_docx_work_history import dump_docx


def name_of(lines: list[str]):
    return build_profile(read_docx(dump_docx(lines), Options(as_of=date(2026, 11, 30)), None)).basics.name


def test_a_name_in_capitals_run_into_the_headline_is_read() -> None:
    profile = build_profile(read_docx(dump_docx([
        "MARISOL QUENBY FULL STACK DEVELOPER with 2+ years of experience",
        "********** | | | English, Hebrew | Haifa, Israel | 1990",
        "TECHNICAL SKILLS",
        "Java, Spring, SQL",
    ]), Options(as_of=date(2026, 11, 30)), None))
    # the headline runs on after the name, not the anonymised contact line below
    assert profile.basics.label == "FULL STACK DEVELOPER with 2+ years of experience"
    assert name_of([
        "MARISOL QUENBY FULL STACK DEVELOPER with 2+ years of experience",
        "70% backend Java, 30% frontend React",
        "TECHNICAL SKILLS",
        "Java, Spring, SQL",
    ]) == "Marisol Quenby"


def test_a_name_only_in_the_linkedin_field_is_read() -> None:
    assert name_of([
        "Backend Developer with 3+ years of experience",
        "Phone: Birth year: 1990",
        "LinkedIn: Tobiah Farrowdale Languages: English, Hebrew.",
        "TECHNICAL SKILLS",
        "Java, Spring, SQL",
    ]) == "Tobiah Farrowdale"


def test_a_name_only_in_the_linkedin_slug_is_read() -> None:
    assert name_of([
        "Phone:",
        "Email:",
        "Experienced Python Developer LinkedIn: ottilie-pellmore",
        "SUMMARY",
        "Backend developer who ships on time.",
    ]) == "Ottilie Pellmore"


@pytest.mark.parametrize("lines", [
    ["FRONT END DEVELOPER", "Tel Aviv, Israel"],  # a title in capitals, no name before it
    ["SENIOR PROJECT MANAGER PMP", "Riga, Latvia"],
    ["PROJECT MANAGEMENT OFFICE LEAD", "Austin, TX"],
])
def test_a_headline_alone_is_no_name(lines: list[str]) -> None:
    assert name_run_into_headline(lines) is None


@pytest.mark.parametrize("line", [
    "LinkedIn: linkedin.com/in/ottilie-pellmore",  # an address: read as the profile link
    "LinkedIn: agile-coach",  # words of the trade, no name
    "LinkedIn: pm-expert-2020",
    "LinkedIn:",
])
def test_a_profile_field_without_a_name_gives_none(line: str) -> None:
    assert name_in_profile_field(["Project Manager", line]) is None


def test_praise_in_capitals_before_a_title_is_no_name() -> None:
    assert name_run_into_headline(["HIGHLY ACCOMPLISHED HEALTHCARE ANALYST", "Professional Summary"]) is None
    assert name_run_into_headline(["SEASONED DELIVERY MANAGER", "Riga, Latvia"]) is None
