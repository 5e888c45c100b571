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
        # open ends people write instead of "Present"
        ("Jan 2015 - Till Date", "2015-01", None, True),
        ("03/2016 – till date", "2016-03", None, True),
        ("2014 to date", "2014", None, True),
        ("05/2013 to Current", "2013-05", None, True),
        ("2019 - Now", "2019", None, True),
        ("Mar 2019 – pres.", "2019-03", None, True),
        ("2015 – till now", "2015", None, True),
        ("2021 - current time", "2021", None, True),
        ("Jan 2015 to Till Date", "2015-01", None, True),
        ("2016 – up to now", "2016", None, True),
        # numeric and spelled-out forms
        ("2025.02 - Present", "2025-02", None, True),
        ("2019.03 – 2025.02", "2019-03", "2025-02", False),
        ("Jan-2015 to Dec-2016", "2015-01", "2016-12", False),
        ("Sep/2019 - Nov/2021", "2019-09", "2021-11", False),  # a slash between month and year
        ("09-2019 / 11-2021", "2019-09", "2021-11", False),  # not "2019 / 11" read as a year and its month
        ("Jan 2019 - Presently", "2019-01", None, True),
        ("2022 july – 2023 may: Java Developer", "2022-07", "2023-05", False),  # "may" before a colon is a month
        ("Aug 12, 2015 - Sep 1, 2017", "2015-08", "2017-09", False),
        ("January 17th 2007- Present", "2007-01", None, True),
        ("12 Mar 2015 - 1 Apr 2016", "2015-03", "2016-04", False),
        ("2019 october - now", "2019-10", None, True),
        ("2014, May – 2016, June", "2014-05", "2016-06", False),
        ("Since Jan. 2015", "2015-01", None, True),
        # no dash between the two dates: table cells read as one line, or a lost dash
        ("4/2016 5/2022, Northwind Traders", "2016-04", "2022-05", False),
        ("February 2017 Present", "2017-02", None, True),
        ("Jun. 2011 Nov. 2013", "2011-06", "2013-11", False),
        ("2021 now Backend Developer, Tailspin", "2021", None, True),
        ("2019 2021 Data Analyst, Tailspin", "2019", "2021", False),
        # two years with a slash
        ("Team Lead, Northwind, Springfield 2004/ 2013", "2004", "2013", False),
        # the end year cut to two digits, an open end written as dashes
        ("2015-16 Teaching Assistant", "2015", "2016", False),
        ("Analyst, Tailspin 2012 – 13", "2012", "2013", False),
        ("1998-01 – 1999-04", "1998-01", "1999-04", False),  # year-month on both sides
        ("Team Lead, Northwind 2013/---", "2013", None, True),
        ("2019 – ––", "2019", None, True),
        # both years cut to two digits, as a whole range of one shape
        ("Support Engineer 01/19 - 03/21", "2019-01", "2021-03", False),
        ("Jan 19 – Mar 21, Northwind", "2019-01", "2021-03", False),
        ("03/98 - 05/01", "1998-03", "2001-05", False),
        ("Analyst, Tailspin 09.17 – present", "2017-09", None, True),
        # open ends in words
        ("2016 - to this day", "2016", None, True),
        ("2019 - till the present", "2019", None, True),
        ("10.2019 – по настоящее время", "2019-10", None, True),
        ("2019 — н.в.", "2019", None, True),
        # year first, as ISO writes a whole date
        ("2021-06-15 – 2023-07-20", "2021-06", "2023-07", False),
        ("2021.06.15 - 2023.07.20", "2021-06", "2023-07", False),
        # a month's name with a two-digit year after a dash
        ("JAN-20 to DEC-22", "2020-01", "2022-12", False),
        ("Jan-20 to Dec-22, Northwind", "2020-01", "2022-12", False),
        # two dates with their months set apart by a spaced bar or slash
        ("Mar 2019 | May 2022", "2019-03", "2022-05", False),
        ("Project Manager  03/2019 / 05/2022", "2019-03", "2022-05", False),
        ("Jun 2021 / Present", "2021-06", None, True),
        # the dash between two month/year dates lost with the non-ASCII characters
        ("09/202104/2023", "2021-09", "2023-04", False),
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
    [
        "Windows 10 rollout to 3,000 users", "ISO 27001 audit", "Budget of $2019", "Version 2.0 - 3.1 upgrade", "2019 - 2015",
        "Supported Windows Server 2008 2012 upgrades",  # two bare years mid-line are not a range
        "2002/03/04 awards",
        "2011-12",  # December 2011, not a range
        "Windows 2000-03",
        "May 19 - 21 at the conference",  # days, not two-digit years
        "Mix 1/2 - 3/4 of the budget",
        "Scored 12/20 - 15/20",
        "Windows 95 - 98",
        "Jan 19 - 03/21",  # two shapes: no range
        "2021-06-15",  # one whole date
        "Windows 2000 / 2003 Server",  # versions, not dates with their months
        "Release 2021 | 2022 roadmap",
    ],
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


def test_may_after_a_year_is_a_month_only_when_written_as_one():
    found = find_range("2015 - 2019 may be extended")
    assert found.end.iso() == "2019"


@pytest.mark.parametrize("text", ["January - Present", "Since May to date", "Jan to Mar ongoing", "June '' – н.в.", "Sept.–Dec. until now", "Summer – Fall, till date"])
def test_no_range_form_without_a_digit(text):
    """find_range answers None at once for a line with no digit: no form of a range matches one."""
    from profilecheck.structure import dates

    for pattern in (dates.RANGE_RE, dates.SPACED_RANGE_RE, dates.SLASH_RANGE_RE, dates.SINCE_RE,
                    dates.SHORT_YEARS_RANGE_RE, dates.SHORT_END_RE, dates.DASHED_OPEN_RE):
        assert pattern.search(text) is None, pattern.pattern[:60]
    assert find_range(text) is None


def test_open_ends_written_by_non_native_cvs():
    for text in ("2019 - nowadays", "Jan 2018 – nowadays", "2019 - at present"):
        found = find_range(text)
        assert found is not None and found.current and found.span == (0, len(text)), text


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("June - August 2021", "2021-06", "2021-08"),
        ("Jan–Mar 2019", "2019-01", "2019-03"),
        ("June to August 2018", "2018-06", "2018-08"),
        ("Intern, Northwind (May - Sept. 2020)", "2020-05", "2020-09"),
        # over New Year: the first month is in the year before
        ("Nov - Feb 2020", "2019-11", "2020-02"),
    ],
)
def test_two_months_of_one_year(text, start, end):
    """Short jobs and internships are dated by two months and one year."""
    found = find_range(text)
    assert (found.start.iso(), found.end.iso(), found.current) == (start, end, False)


def test_a_range_with_its_years_goes_first():
    found = find_range("Jan 2019 – Mar 2020")
    assert (found.start.iso(), found.end.iso()) == ("2019-01", "2020-03")


@pytest.mark.parametrize("text, start", [("2019 onwards", "2019"), ("Mar 2019 onwards", "2019-03"), ("2017 - onwards", "2017")])
def test_onwards_is_an_open_end(text, start):
    found = find_range(text)
    assert found.start.iso() == start and found.current


def test_a_quarter_starts_in_its_first_month_and_ends_in_its_last():
    found = find_range("Q2 2021 - Q4 2021")
    assert (found.start.iso(), found.end.iso()) == ("2021-04", "2021-12")


@pytest.mark.parametrize(
    "text, start, end",
    [("2014 -- 2016", "2014", "2016"), ("2014 --- 2016", "2014", "2016"), ("Mar 2019 -- Jun 2020", "2019-03", "2020-06"),
     ("Project Manager 2014--2016", "2014", "2016"), ("05/2013 -- Current", "2013-05", None)],
)
def test_doubled_and_tripled_hyphens_are_a_dash(text, start, end):
    """Plain text and LaTeX write an en dash as "--" and an em dash as "---"."""
    found = find_range(text)
    assert (found.start.iso(), found.end.iso() if found.end else None) == (start, end)


def test_dashes_before_a_date_are_no_open_end():
    found = find_range("2013/---")
    assert found.current and found.start.iso() == "2013"
    assert not find_range("2014 --- 2016").current


def test_a_day_first_date_makes_its_range_day_first():
    """"28/02/2019" cannot be month first, so "01/10/2018" before it is the 1st of October."""
    found = find_range("01/10/2018 – 28/02/2019")
    assert (found.start.iso(), found.end.iso()) == ("2018-10", "2019-02")
    found = find_range("03/15/2018 - 04/20/2019")  # month first throughout
    assert (found.start.iso(), found.end.iso()) == ("2018-03", "2019-04")


@pytest.mark.parametrize(
    "text, start, end",
    [("Summer 2021 - Fall 2022", "2021-06", "2022-11"), ("Spring 2019 – Summer 2019", "2019-03", "2019-08"), ("Jan 2020 - Winter 2021", "2020-01", "2021-02")],
)
def test_a_season_ends_a_job_in_its_last_month(text, start, end):
    found = find_range(text)
    assert (found.start.iso(), found.end.iso()) == (start, end)


@pytest.mark.parametrize("layout", ["{date}\nIT Intern, Northwind Labs", "IT Intern, Northwind Labs, {date}", "IT Intern\nNorthwind Labs\n{date}"])
def test_a_job_of_one_season_runs_its_months(layout):
    import profilecheck
    from profilecheck.options import Options

    text = "Dana Reyes\ndana@example.org\n\nExperience\n" + layout.format(date="Summer 2023") + "\n- Tested 3 releases\n"
    work = profilecheck.analyze_text(text, Options(as_of=date(2026, 11, 30))).profile.work
    assert [(item.startDate, item.endDate) for item in work] == [("2023-06", "2023-08")]


@pytest.mark.parametrize("text", ["Mar 2019 - nowdays", "Sep 2019 – till nowadays", "Mar 2019 - by now", "Mar 2019 - continuing", "Sep 2019 – still working"])
def test_more_open_ends_non_native_cvs_write(text):
    found = find_range(text)
    assert found is not None and found.start == YearMonth(2019, 3 if text.startswith("Mar") else 9) and found.end is None


@pytest.mark.parametrize("text", ["June’2019 – August’2021", "June'2019 - Aug'2021"])
def test_an_apostrophe_between_month_and_full_year(text):
    found = find_range(text)
    assert (found.start, found.end) == (YearMonth(2019, 6), YearMonth(2021, 8))


@pytest.mark.parametrize(
    "text, day_first",
    [
        ("01/05/2022 – 01/09/2023; 01/03/2019 – 01/04/2022", True),  # the first of each month
        ("15/03/2019 – 20/05/2021", True),
        ("05/01/2022 – 09/01/2023", False),  # the first of each month, month first
        ("03/15/2019 – 01/05/2021", False),
        ("01/01/2019 – 01/01/2020", False),  # nothing tells
        ("01/05/2022", False),
    ],
)
def test_a_document_writes_its_slashed_dates_day_first(text, day_first):
    from profilecheck.structure.dates import writes_day_first

    assert writes_day_first(text) is day_first


def test_day_first_dates_of_a_whole_resume():
    from profilecheck import analyze_text
    from profilecheck.options import Options

    text = (
        "Ana Reis\nana@example.com\n\nEXPERIENCE\nProject Manager, Tidewell Freight\n01/05/2022 – 01/09/2025\n"
        "Ran the release calendar.\n\nProject Coordinator, Harborline Insurance\n01/03/2019 – 01/04/2022\nKept the RAID log.\n"
    )
    work = analyze_text(text, Options(as_of=date(2026, 11, 30))).profile.work
    assert [(w.startDate, w.endDate) for w in work] == [("2022-05", "2025-09"), ("2019-03", "2022-04")]
    assert find_range("01/05/2022 – 01/09/2025").start == YearMonth(2022, 1)  # one date alone: month first
