"""Plain-text resumes in shapes the development corpus did not have: one test for each class of
failure benchmarks/text_fuzz.py found, on a small text written here.

- the employer's line "Employer, City, Country" below the title: the whole line was taken for a
  place ("City, Region, Country") and the job had no employer (the next job then took it);

Every person, employer and place is invented (or a city).
"""
from __future__ import annotations

from datetime import date

from profilecheck.options import Options
from profilecheck.readers.text import read_text
from profilecheck.structure import build_profile

AS_OF = date(2026, 11, 30)


def profile_of(text: str, crlf: bool = False):
    data = text.replace("\n", "\r\n" if crlf else "\n").encode("utf-8")
    return build_profile(read_text(data, Options(as_of=AS_OF)))


def jobs(text: str) -> list[tuple]:
    return [(work.position, work.name, work.startDate, work.endDate) for work in profile_of(text).work]


def test_employer_city_country_below_the_title() -> None:
    text = "\n".join([
        "Wren Castellane", "", "EXPERIENCE",
        "Delivery Manager\tFebruary 2024 - Present",
        "Oakwell University Hospital, Warsaw, Poland",
        "- Ran the weekly steering report",
        "",
        "QA Analyst\tSeptember 2019 - March 2024",
        "Mossgate Foods, Lisbon, Portugal",
        "- Kept the regression suite green",
    ])
    assert jobs(text) == [
        ("Delivery Manager", "Oakwell University Hospital", "2024-02", None),
        ("QA Analyst", "Mossgate Foods", "2019-09", "2024-03"),
    ]
    assert [work.location for work in profile_of(text).work] == ["Warsaw, Poland", "Lisbon, Portugal"]


def test_a_city_region_country_stays_a_place() -> None:
    # a three-part place is no employer when its middle part is a state, or its first one word
    text = "\n".join([
        "Wren Castellane", "", "EXPERIENCE",
        "Project Manager, Brindlecombe Freight", "Austin, Texas, USA", "Jan 2020 - Present",
        "", "Business Analyst, Quarrymoor Data", "Pune, Maharashtra, India", "Mar 2016 - Dec 2019",
    ])
    found = profile_of(text).work
    assert [(w.position, w.name, w.location) for w in found] == [
        ("Project Manager", "Brindlecombe Freight", "Austin, Texas, USA"),
        ("Business Analyst", "Quarrymoor Data", "Pune, Maharashtra, India"),
    ]
