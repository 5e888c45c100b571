"""A job's header written in the many one-line and few-line shapes people type: each shape, two
jobs of an invented plain-text resume, read back to the right title, employer and start."""
from __future__ import annotations

from datetime import date

import pytest

import profilecheck
from profilecheck.options import Options

AS_OF = date(2026, 11, 30)
HEAD = (
    "Jordan Vale\njordan.vale@example.com | +1 555 010 2030\n\nSUMMARY\n"
    "IT project manager delivering ERP and cloud programmes.\n\nWORK EXPERIENCE\n"
)
TAIL = "\nEDUCATION\nBSc Computer Science, Northfield University, 2008 - 2012\n\nSKILLS\nJira, MS Project, Scrum\n"
DUTIES = "- Led a team of 8 engineers through a cloud migration.\n- Cut release lead time by 30%.\n"
NEWER = dict(t="Senior IT Project Manager", c="Brightwave Solutions", s="Jan 2019", e="Present", y1="2019", y2="present", city="Berlin, Germany")
OLDER = dict(t="Project Coordinator", c="Tallis Systems Ltd", s="Jun 2015", e="Dec 2018", y1="2015", y2="2018", city="Munich, Germany")

SHAPES = {
    "title, employer, dates": "{t}, {c}, {s} – {e}",
    "employer — title (dates)": "{c} — {t} ({s} – {e})",
    "dates | title | employer": "{s} – {e} | {t} | {c}",
    "title @ employer | years": "{t} @ {c} | {y1} – {y2}",
    "TITLE / employer, city / dates": "{T}\n{c}, {city}\n{s} – {e}",
    "employer, city  dates / title": "{c}, {city}    {s} – {e}\n{t}",
    "labelled lines": "Position: {t}\nCompany: {c}\nPeriod: {s} – {e}",
    "labelled employer with dates / role": "Company: {c} ({s} - {e})\nRole: {t}",
    "years  title at employer": "{y1} – {y2}  {t} at {c}",
    "employer. title. years.": "{c}. {t}. {y1} – {y2}.",
    "employer. city. title. (dates)": "{c}. Berlin. {t}. ({s} – {e})",
    "title – employer – dates": "{t} – {c} – {s} – {e}",
    "labelled fields on one line": "Employer: {c}; Position: {t}; Dates: {s} – {e}",
    "title; employer; dates": "{t}; {c}; {s} – {e}",
    "employer / Title: / Dates:": "{c}\nTitle: {t}\nDates: {s} – {e}",
    "dates / title, employer": "{s} – {e}\n{t}, {c}",
    "employer (about it) / title / dates (length)": "{c} (fintech, 200 people)\n{t}\n{s} — {e} (2 years 3 months)",
    "tab-separated": "{t}\t{c}\t{s} – {e}",
    "employer | title | city | dates": "{c} | {t} | {city} | {s} – {e}",
    "title / employer | dates": "{t}\n{c} | {s} – {e}",
    "title / employer / city / dates": "{t}\n{c}\n{city}\n{s} - {e}",
    "employer / title  dates (tabs)": "{c}\n{t}\t\t{s} – {e}",
    "from-to sentence": "From {s} to {e}: {t} at {c}",
    "bulleted header": "• {t}, {c} ({s} – {e})",
    "numbered header": "1. {t}, {c}, {s} – {e}",
    "EMPLOYER / title, dates": "{C}\n{t}, {s} – {e}",
    "dates: title, employer": "{s} – {e}: {t}, {c}",
    "dates: title in employer, town": "{s} – {e}: {t} in {c}, Haifa",
}


def header(shape: str, job: dict) -> str:
    return shape.format(T=job["t"].upper(), C=job["c"].upper(), **job)


@pytest.mark.parametrize("shape", list(SHAPES.values()), ids=list(SHAPES))
def test_header_shapes(shape):
    text = HEAD + header(shape, NEWER) + "\n" + DUTIES + "\n" + header(shape, OLDER) + "\n" + DUTIES + TAIL
    work = profilecheck.analyze_text(text, Options(as_of=AS_OF)).profile.work
    found = [((w.position or "").lower(), (w.name or "").lower(), (w.startDate or "")[:4]) for w in work]
    assert found == [
        (NEWER["t"].lower(), NEWER["c"].lower(), "2019"),
        (OLDER["t"].lower(), OLDER["c"].lower(), "2015"),
    ]


def test_a_legal_form_after_a_full_stop_is_no_sentence_of_its_own():
    text = HEAD + "Delivery Manager, Marlow Logistics Pvt. Ltd.\tJun. 2017 - present\n" + DUTIES + TAIL
    work = profilecheck.analyze_text(text, Options(as_of=AS_OF)).profile.work
    assert [(w.position, w.startDate) for w in work] == [("Delivery Manager", "2017-06")]
    assert work[0].name.startswith("Marlow Logistics Pvt")


def test_dates_in_brackets_over_a_title_with_a_comma_and_the_employer_with_its_place():
    """The Europass editor's shape: "[ 01/09/2022 – CURRENT ] · 4 yrs 3 mos Atlanta, GA", then
    the title in capitals (a comma in it), then "Employer, City, Region"."""
    text = HEAD + (
        "[ 01/09/2022 – CURRENT ] · 4 yrs 3 mos Atlanta, GA\nDIRECTOR, IT DELIVERY\nCaldris Bank, Atlanta, GA\n" + DUTIES
        + "[ 01/09/2019 – 22/08/2022 ] · 3 yrs | Cape Town, South Africa\nPROJECT LEAD\n"
        + "Marlowe & Finch Digital, Cape Town, South Africa\n" + DUTIES
    ) + TAIL
    work = profilecheck.analyze_text(text, Options(as_of=AS_OF)).profile.work
    assert [(w.position, w.name, w.location, w.startDate) for w in work] == [
        ("DIRECTOR, IT DELIVERY", "Caldris Bank", "Atlanta, GA", "2022-09"),
        ("PROJECT LEAD", "Marlowe & Finch Digital", "Cape Town, South Africa", "2019-09"),
    ]


def test_dates_and_employer_over_each_title_with_no_duties_between():
    """"11/2019 – 11/2023 | Wexbridge Energy" / "Portfolio Manager" right over the next job's dates:
    the title is its own job's, as the first job shows, not a header above the next dates."""
    text = HEAD + (
        "01/2024 – Present | Pexwood Financial\nDirector of Program Management\n- Ran the steering reviews.\n"
        "11/2019 – 11/2023 | Wexbridge Energy\nPortfolio Manager\n"
        "06/2017 – 10/2019 | Kestrano Telecom\nSenior Project Manager\n- Owned a $12M budget.\n"
    ) + TAIL
    work = profilecheck.analyze_text(text, Options(as_of=AS_OF)).profile.work
    assert [(w.position, w.name, w.startDate) for w in work] == [
        ("Director of Program Management", "Pexwood Financial", "2024-01"),
        ("Portfolio Manager", "Wexbridge Energy", "2019-11"),
        ("Senior Project Manager", "Kestrano Telecom", "2017-06"),
    ]


def test_a_title_scoped_to_a_business_function_keeps_its_comma():
    text = HEAD + "Director, IT Delivery | Jan 2019 – Present\n" + DUTIES + "Head, Data & Analytics | Jun 2015 – Dec 2018\n" + DUTIES + TAIL
    work = profilecheck.analyze_text(text, Options(as_of=AS_OF)).profile.work
    assert [(w.position, w.name) for w in work] == [("Director, IT Delivery", None), ("Head, Data & Analytics", None)]


def test_dates_with_a_place_over_title_and_employer_with_no_duties_between():
    """"[ dates ] | Toronto, ON" / "SENIOR SCRUM MASTER" / "Halcyra Media, Toronto, ON", the next
    job's dates right after: the employer line is its own job's, not a header of the next."""
    text = HEAD + (
        "[ 15/10/2024 – 01/09/2025 ] | Toronto, ON\nSENIOR SCRUM MASTER\nHalcyra Media, Toronto, ON\n"
        "[ 01/05/2022 – 01/05/2024 ] | Seattle, WA\nDIRECTOR, IT DELIVERY\nTalvora Solutions, Seattle, WA\n" + DUTIES
    ) + TAIL
    work = profilecheck.analyze_text(text, Options(as_of=AS_OF)).profile.work
    assert [(w.position, w.name, w.startDate) for w in work] == [
        ("SENIOR SCRUM MASTER", "Halcyra Media", "2024-10"),
        ("DIRECTOR, IT DELIVERY", "Talvora Solutions", "2022-05"),
    ]


def test_a_job_of_one_year_in_the_cell_after_its_employer():
    """"Assistant Project Manager" / "Tessaro Digital, Cape Town | 2023" among jobs written
    "| 2020 – 2022": a job of that one year."""
    text = HEAD + (
        "Scrum Master\nStandel Software, Cape Town | Since 2024\n" + DUTIES
        + "Assistant Project Manager\nTessaro Digital, Cape Town | 2023\n" + DUTIES
        + "Project Coordinator\nAmbervale Energy, Toronto, ON | 2020 – 2022\n" + DUTIES
    ) + TAIL
    work = profilecheck.analyze_text(text, Options(as_of=AS_OF)).profile.work
    assert [(w.position, w.startDate, w.endDate) for w in work] == [
        ("Scrum Master", "2024", None), ("Assistant Project Manager", "2023", "2023"), ("Project Coordinator", "2020", "2022"),
    ]
