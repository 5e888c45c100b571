from datetime import date

import pytest

from profilecheck.structure.dates import DateRange, YearMonth, find_range, union_months

AS_OF = date(2026, 11, 25)


@pytest.mark.parametrize(
    "text, start, end, current",
    [
        ("Jan 2018 – Present", "2018-01", None, True),
        ("January 2018 - Current", "2018-01", None, True),
        ("2015 - 2019", "2015", "2019", False),
        ("03/2016 – 11/2019", "2016-03", "2019-11", False),
        ("2016.03 - 2018.07", "2016-03", "2018-07", False),
        ("Mar '19 - Present", "2019-03", None, True),
        ("Since 2020", "2020", None, True),
        ("March 2019 - Present (5 years 9 months)", "2019-03", None, True),
        ("Jan 2020 - Present · 4 yrs 11 mos", "2020-01", None, True),
        ("Contoso | Sep. 2012 to Aug. 2016", "2012-09", "2016-08", False),
        ("Senior PM, Acme (Feb 2021—Oct 2023)", "2021-02", "2023-10", False),
    ],
)
def test_ranges_people_write(text, start, end, current):
    found = find_range(text)
    assert found is not None
    assert found.start.iso() == start
    assert (found.end.iso() if found.end else None) == end
    assert found.current is current


@pytest.mark.parametrize(
    "text",
    ["Windows 10 rollout to 3,000 users", "ISO 27001 audit", "Budget of $2019", "Version 2.0 - 3.1 upgrade", "2019 - 2015"],
)
def test_not_ranges(text):
    assert find_range(text) is None


def test_union_counts_overlaps_once():
    a = DateRange(YearMonth(2018, 1), YearMonth(2019, 12), False, (0, 0))
    b = DateRange(YearMonth(2019, 1), YearMonth(2020, 12), False, (0, 0))
    assert union_months([a, b], AS_OF) == 36


def test_present_means_as_of():
    current = DateRange(YearMonth(2025, 12), None, True, (0, 0))
    assert union_months([current], AS_OF) == 12
    assert union_months([current], date(2026, 1, 1)) == 2


def test_year_only_counts_whole_years():
    assert union_months([DateRange(YearMonth(2015), YearMonth(2019), False, (0, 0))], AS_OF) == 60
