"""Dates and date ranges in the forms people write on resumes.

"Jan 2018 – Present", "January 2018 - Current", "2015 - 2019", "03/2016 – 11/2019", "2016.03",
"Mar '19", "Since 2020", LinkedIn's "March 2019 - Present (5 years 9 months)" and
"Jan 2020 - Present · 4 yrs 11 mos"; open ends written "Till Date", "to date", "till now",
"pres.", "current time"; "Jan-2015", "Aug 12, 2015", "2019 October"; ranges whose two dates
stand side by side with no dash ("4/2016 5/2022", "February 2017 Present", a table's cells
read as one line), year pairs with a slash ("2004/2013"), an end year cut to two digits
("2015-16") and an open end written as dashes ("2013/---"); two months of one year ("June -
August 2021"), quarters ("Q3 2021"), "2019 onwards", and a slashed range made day first
throughout when one of its dates cannot be month first ("01/10/2018 – 28/02/2019").
"""
from __future__ import annotations

import re
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from datetime import date
from typing import Iterator, Optional

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
# A season for a month, as students' and contractors' resumes date short jobs ("Summer 2018"):
# the month it starts in (a winter term begins the year)
SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 1}
# A season that ends a job ends in its last month: "Summer 2021" runs June to August.
SEASON_ENDS = {"spring": 5, "summer": 8, "fall": 11, "autumn": 11, "winter": 2}
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
# A quarter for a month, as contractors date short engagements ("Q3 2021"): its first month
_QUARTER = r"(?:q[1-4])"
_DAY = r"(?:[0-3]?\d(?:st|nd|rd|th)?)"
# After a year, "may" is a month only with a capital or a comma ("2014, May"), or before a colon,
# a dash or the line's end ("2022 july – 2023 may: Developer"), not in "in 2019 may have".
_MONTH_AFTER_YEAR = rf"(?:(?!may\b){_MONTH}|(?-i:May)|(?<=,)\s*may|(?<=, )may|may(?=\s*(?:[:–—-]|$)))"
# One date: month-name year (with an optional day: "Aug 12, 2015", "17th January 2007"),
# year then month name ("2019 October", "2012, November"), numeric month/year, year.month,
# 'yy, or a bare year.
# A whole date, day first with dots or dashes ("01.03.2019"), month first with slashes ("03/15/2019")
# unless the first number cannot be a month ("15/03/2019"): only the month and year are kept.
# Year first too, as ISO writes it ("2021-06-15", "2021.06.15").
_FULL_DATE = (
    rf"(?:{_YEAR}(?:-(?:0?[1-9]|1[0-2])-|\.(?:0?[1-9]|1[0-2])\.|/(?:0?[1-9]|1[0-2])/)[0-3]?\d(?!\d)"
    rf"|[0-3]?\d\.(?:0?[1-9]|1[0-2])\.{_YEAR}|[0-3]?\d-(?:0?[1-9]|1[0-2])-{_YEAR}|[0-3]?\d/[0-3]?\d/{_YEAR})"
)
_DATE = (
    rf"(?:{_FULL_DATE}"
    rf"|(?:{_DAY}\s+)?{_MONTH}\s*(?:{_DAY}\s*,?\s*)?[,'’/-]?\s*(?:{_YEAR}|['’]\d\d)"
    rf"|{_SEASON}\s+{_YEAR}"
    rf"|{_QUARTER}\s*{_YEAR}"
    rf"|{_YEAR}\s*,?\s*{_MONTH_AFTER_YEAR}(?![a-z])(?!\s*,?\s*[0-3]?\d\b)"
    rf"|(?:0?[1-9]|1[0-2])\s*[/.-]\s*{_YEAR}"
    rf"|{_YEAR}\s*[./-]\s*(?:0[1-9]|1[0-2])(?!\d)"
    rf"|{_YEAR})"
)
# A date with its month: two of these side by side are a range even with no dash between.
_MONTH_DATE = (
    rf"(?:{_FULL_DATE}|{_MONTH}\s*[,'’/-]?\s*{_YEAR}"  # "June’2019", "Sep/2019" as well
    rf"|(?:0?[1-9]|1[0-2])\s*[/.-]\s*{_YEAR}"
    rf"|{_YEAR}\s*[./]\s*(?:0[1-9]|1[0-2])(?!\d))"
)
# The open end: "Present", "Current", "Now", "Till Date", "to date", "till now", "pres.",
# "current time", "present day", "ongoing", "nowadays" (or "nowdays"), "at present", "by now",
# "continuing", "still working".
_PRESENT = (
    r"(?:(?:at\s+)?present(?:ly|\s+(?:day|time))?|pres\b\.?|current(?:ly)?(?:\s+time)?|ongoing|onwards?|continuing|by\s+now|"
    r"still\s+(?:working|employed|there)|"
    r"(?:(?:till|until|til|to|up\s+to|upto)\s+)?(?:date|nowa?days|now|present|today)|tilldate|till\s*date|"
    r"(?:(?:till|until|to|up\s+to)\s+)?(?:the\s+present|this\s+day)|"
    # a CV pasted from Russian: "н.в." (to this day), "по настоящее время" (to the present time)
    r"(?:по\s+)?(?:н\.\s?в\.?|наст\.\s*вр(?:емя|\.)?|настоящее\s+время|сей\s+день))"
)
# Open ends that cannot be read as anything else, for ranges written without a dash.
_PRESENT_BARE = r"(?:present|current|now|today|till\s+date|to\s+date|till\s+now|until\s+now|up\s+to\s+now|ongoing|onwards?)"
# ("--" and "---" are how plain text and LaTeX write an en and an em dash: "2014 -- 2016")
_SEP = r"(?:\s*(?:-{1,3}|–|—|−|~|to|until|till|through|thru|up\s+to)\s*)"
# "y." or "yy." after a year, as CVs translated from Russian ("г.", "гг.") write it: "2015 y. -
# 2019 y.", "2016-2019 yy."; part of the range, no field of the job.
_YEAR_MARK = r"(?:\s*(?:y|yy|г|гг)\.(?!\w))?"
RANGE_RE = re.compile(
    rf"(?<![\w/.])(?<!\d-)(?P<start>{_DATE}){_YEAR_MARK}{_SEP}(?P<end>{_DATE}|{_PRESENT}){_YEAR_MARK}(?![\w/])", re.IGNORECASE
)
# Two dates side by side with only spaces between (or none, the converter having dropped the
# dash: "Apr 2020Jun 2020"): a table row or a lost dash.  Only when the
# start has its month ("4/2016 5/2022", "February 2017 Present"), or for a bare year when the
# end is a word for the present ("2021 now"), or for two bare years at the start of a line
# ("2019 2021 Java Developer"), or two bare years wide apart that end a line, where a
# converter dropped the dash between them ("Industry / 2016  2018").
SPACED_RANGE_RE = re.compile(
    rf"(?<![\w/.])(?:(?P<start>{_MONTH_DATE})(?:\s+|(?<=\d)(?=[a-z])|(?<=\d)(?=(?:0[1-9]|1[0-2])/{_YEAR}(?![\w/])))(?P<end>{_MONTH_DATE}|{_PRESENT_BARE})"
    rf"|(?P<ystart>{_YEAR})\s+(?P<yend>{_PRESENT_BARE})"
    rf"|^\W{{0,3}}(?P<pstart>{_YEAR})\s+(?P<pend>{_YEAR})"
    rf"|(?P<qstart>{_YEAR})\s{{2,}}(?P<qend>{_YEAR})(?=\s*$))(?![\w/])",
    re.IGNORECASE,
)
# Two dates with their months set apart by a spaced bar or slash: "Mar 2019 | May 2022",
# "03/2019 / 05/2022 ", "Jun 2021 / Present" (a table's cells, a template's separator).
BARRED_RANGE_RE = re.compile(
    rf"(?<![\w/.])(?P<start>{_MONTH_DATE})\s+[|/]\s+(?P<end>{_MONTH_DATE}|{_PRESENT_BARE})(?![\w/])", re.IGNORECASE
)
# Two years with a slash that begin or end the line: "Team Lead 2004/2013", "1998 / 2004".
# ("Windows 2000/2003 Server" in the middle of a line is two versions, not a range.)
SLASH_RANGE_RE = re.compile(
    rf"^\W{{0,3}}(?P<start>{_YEAR})\s*/\s*(?P<end>{_YEAR})(?![\w/])"
    rf"|(?<![\w/.])(?P<start2>{_YEAR})\s*/\s*(?P<end2>{_YEAR})(?=\s*[).;:]?\s*$)"
)
# Pieces of a range broken over lines, as a table column or a narrow layout leaves it:
# "January 2007" / "to" / "May 2010", "April 2011 to" / "November 2012".
DATE_LINE_RE = re.compile(rf"\W{{0,3}}(?P<date>{_DATE})(?P<sep>{_SEP})?\s*", re.IGNORECASE)
SEP_LINE_RE = re.compile(rf"{_SEP}", re.IGNORECASE)
TRAILING_OPEN_RANGE_RE = re.compile(rf"(?<![\w/.]){_DATE}{_SEP}$", re.IGNORECASE)
LEADING_DATE_RE = re.compile(rf"\W{{0,3}}(?P<date>{_DATE}|{_PRESENT})(?![\w/])", re.IGNORECASE)
# A start date whose dash is left open before other text: "Feb 2024 –  Delivery Manager",
# "08/2024 to  Project Manager"
OPEN_START_RE = re.compile(rf"\W{{0,3}}(?P<date>{_DATE})(?:\s*[-–—]|\s+(?:to|until|till))\s", re.IGNORECASE)
# "February 2023 to February" with the end's year wrapped onto the next line (a narrow dates cell)
END_YEAR_CUT_RE = re.compile(rf"(?P<head>(?:.*?\s)?{_MONTH}\s*,?\s*{_YEAR}{_SEP}{_MONTH})(?=\s|$)(?!\s*,?\s*\d)", re.IGNORECASE)
WRAPPED_YEAR_RE = re.compile(rf"(?P<year>{_YEAR})(?![\w/.-])\s*[:,]?\s*")
TRAILING_YEAR_RE = re.compile(rf"(?<=\s)(?P<year>{_YEAR})\s*$")
# A range whose end year is cut to two digits: "2015-16", "2012 – 13" (an academic or fiscal
# year).  Two digits that could be a month ("2011-12") are left to the year-month reading.
SHORT_END_RE = re.compile(rf"(?<![\w/.])(?P<start>{_YEAR})\s*[-–—/]\s*(?P<end>\d\d)(?![\w/]|\.\d)")
# An open end written as a run of dashes: "2013/---", "2019 – ––".
DASHED_OPEN_RE = re.compile(
    rf"(?<![\w/.])(?P<start>{_DATE})\s*(?:/|-|–|—)\s*(?:-{{2,}}|[–—]{{1,}})(?![\w/])(?!\s*(?:{_DATE}|{_PRESENT})(?![\w/]))",
    re.IGNORECASE,
)
# Both years cut to two digits, only as a whole range of one shape: "01/19 - 03/21",
# "Jan 19 - Mar 21", "09.17 – present" ("May 19" alone may be a day, "1/19" a fraction).
_SHORT_YEAR_DATE = r"(?:(?P<{m}>0?[1-9]|1[0-2])\s*[/.]\s*|(?P<{n}>" + _MONTH + r")\s*(?:['’]|-(?=\d\d))?)(?P<{y}>\d\d)"
SHORT_YEARS_RANGE_RE = re.compile(
    r"(?<![\w/.])" + _SHORT_YEAR_DATE.format(m="m1", n="n1", y="y1") + _SEP
    + r"(?:" + _SHORT_YEAR_DATE.format(m="m2", n="n2", y="y2") + r"|(?P<present>" + _PRESENT + r"))(?![\w/])",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")  # in every date form above: a line without one holds no range
SINCE_RE = re.compile(rf"\b(?:since|from)\s+(?P<start>{_DATE})(?![\w/])", re.IGNORECASE)
# "Since 07/22", "since Mar '19": after "since" a two-digit year is a date, not a fraction
SINCE_SHORT_RE = re.compile(r"\b(?:since|from)\s+" + _SHORT_YEAR_DATE.format(m="m", n="n", y="y") + r"(?![\w/])", re.IGNORECASE)
# Two months of one year: "June - August 2021", "Jan–Mar 2019", "November to February 2020"
# (a range over New Year starts in the year before), as short jobs and internships are dated.
MONTHS_OF_A_YEAR_RE = re.compile(
    rf"(?<![\w/.])(?P<first>{_MONTH})(?!\s*,?\s*(?:\d|['’]))\s*(?:-|–|—|to|until|till|through)\s*(?P<last>{_MONTH})\s*,?\s*(?P<year>{_YEAR})(?![\w/])",
    re.IGNORECASE,
)
SINGLE_RE = re.compile(rf"(?<![\w/.])(?P<date>{_DATE})(?![\w/])", re.IGNORECASE)
# LinkedIn adds the duration after a range: "(5 years 9 months)" or "· 4 yrs 11 mos", in the
# interface language too: "4 ans 2 mois", "3 Jahre 1 Monat", "2 jaar 5 maanden", "1 ano 3 meses".
_DURATION_UNIT = (
    r"(?:years?|yrs?|months?|mos?|ans?|années?|mois|jahre?n?|monate?n?|monat|jaar|jaren|maanden?|"
    r"anos?|años?|anni|anno|meses|mês|mes|mesi|mese|lata?|lat|miesi[aą]c[ey]?|miesięcy|år|måneder|månader|månad|yıl|ay)"
)
_LESS_THAN_A = r"(?:less than a|moins d['’]un|weniger als ein|minder dan een|menos de un|menos de um|meno di un)"
DURATION_RE = re.compile(
    rf"^\s*(?:\(|·|-|–)?\s*(?:(?:\d+|{_LESS_THAN_A})\s*{_DURATION_UNIT}\s*){{1,2}}\)?\s*$",
    re.IGNORECASE,
)
# A length leading a piece, the next field run on after it: "4 yrs 3 mos Atlanta"
LEADING_DURATION_RE = re.compile(
    rf"^\s*(?:\(|·|-|–)?\s*(?:(?:\d+|{_LESS_THAN_A})\s*{_DURATION_UNIT}\b\s*){{1,2}}\)?\s+(?=[A-Z])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class YearMonth:
    year: int
    month: Optional[int] = None

    def iso(self) -> str:
        return f"{self.year:04d}-{self.month:02d}" if self.month else f"{self.year:04d}"

    def index(self, default_month: int) -> int:
        """Months since year 0, with `default_month` when only the year is known."""
        return self.year * 12 + (self.month or default_month) - 1


@dataclass(frozen=True)
class DateRange:
    start: YearMonth
    end: Optional[YearMonth]  # None when current
    current: bool
    span: tuple[int, int]  # where the range stands in the text it was found in

    def months(self, as_of: date) -> int:
        """Inclusive months covered up to `as_of` (a year-only start counts from January,
        a year-only end to December, as people mean "2015 - 2019")."""
        first = self.start.index(1)
        last = (as_of.year * 12 + as_of.month - 1) if self.current or self.end is None else self.end.index(12)
        last = min(last, as_of.year * 12 + as_of.month - 1)
        return max(0, last - first + 1)


_MONTH_YEAR_RE = re.compile(
    rf"(?:{_DAY}\s+)?({_MONTH})\s*(?:{_DAY}\s*,?\s*)?[,'’/-]?\s*({_YEAR}|['’]\d\d)", re.IGNORECASE
)
_YEAR_MONTH_NAME_RE = re.compile(rf"({_YEAR})\s*,?\s*({_MONTH})", re.IGNORECASE)


_FULL_DATE_RE = re.compile(rf"([0-3]?\d)([./-])([0-3]?\d)[./-]({_YEAR})")
_YEAR_FIRST_DATE_RE = re.compile(rf"({_YEAR})([./-])(0?[1-9]|1[0-2])\2[0-3]?\d")


# Whether the document being read writes its slashed dates day first ("01/05/2022" is May),
# which one date alone cannot tell: set for a whole document by `slashed_dates_day_first`.
_DAY_FIRST: ContextVar[bool] = ContextVar("slashed_dates_day_first", default=False)
_SLASHED_DATE_RE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(?:19|20)\d\d(?![\d/])")


def writes_day_first(text: str) -> bool:
    """A document's slashed dates are day first when one of them can only be ("15/03/2019") and
    none can only be month first ("03/15/2019"), or when every one is the first of a month
    ("01/05/2022", "01/09/2019": day first, not a string of Januaries)."""
    pairs = [(int(first), int(second)) for first, second in _SLASHED_DATE_RE.findall(text)]
    if len(pairs) < 2 or any(second > 12 for _, second in pairs):
        return False
    if any(first > 12 for first, _ in pairs):
        return True
    return all(first == 1 for first, _ in pairs) and len({second for _, second in pairs}) >= 2


@contextmanager
def slashed_dates_day_first(day_first: bool) -> Iterator[None]:
    """Read slashed dates day first (or not) within this block."""
    token = _DAY_FIRST.set(day_first)
    try:
        yield
    finally:
        _DAY_FIRST.reset(token)


def _full_date(token: str) -> Optional[YearMonth]:
    """"01.03.2019" -> March 2019; "03/15/2019" -> March 2019; "15/03/2019" -> March 2019
    (and "01/03/2019" -> March 2019 in a document that writes its dates day first)."""
    year_first = _YEAR_FIRST_DATE_RE.fullmatch(token)
    if year_first is not None:
        return YearMonth(int(year_first.group(1)), int(year_first.group(3)))
    match = _FULL_DATE_RE.fullmatch(token)
    if match is None:
        return None
    first, second = int(match.group(1)), int(match.group(3))
    month = second if match.group(2) != "/" or first > 12 or _DAY_FIRST.get() else first
    return YearMonth(int(match.group(4)), month) if 1 <= month <= 12 else None


def parse_date(text: str) -> Optional[YearMonth]:
    token = text.strip().lower().rstrip(".")
    if token[:1].isdigit() and token.count(".") + token.count("/") + token.count("-") == 2:
        full = _full_date(token)
        if full is not None:
            return full
    match = _MONTH_YEAR_RE.fullmatch(token)
    if match:
        month = MONTHS[match.group(1).rstrip(".")]
        year_text = match.group(2)
        if year_text[0] in "'’":
            short = int(year_text[1:])
            year = 2000 + short if short <= 49 else 1900 + short
        else:
            year = int(year_text)
        return YearMonth(year, month)
    match = _YEAR_MONTH_NAME_RE.fullmatch(token)
    if match:
        return YearMonth(int(match.group(1)), MONTHS[match.group(2).rstrip(".")])
    match = re.fullmatch(rf"({_SEASON})\s+({_YEAR})", token)
    if match:
        return YearMonth(int(match.group(2)), SEASONS[match.group(1)])
    match = re.fullmatch(rf"q([1-4])\s*({_YEAR})", token)
    if match:
        return YearMonth(int(match.group(2)), 3 * int(match.group(1)) - 2)
    match = re.fullmatch(rf"(0?[1-9]|1[0-2])\s*[/.-]\s*({_YEAR})", token)
    if match:
        return YearMonth(int(match.group(2)), int(match.group(1)))
    match = re.fullmatch(rf"({_YEAR})\s*[./-]\s*(0[1-9]|1[0-2])", token)
    if match:
        return YearMonth(int(match.group(1)), int(match.group(2)))
    match = re.fullmatch(_YEAR, token)
    if match:
        return YearMonth(int(token))
    return None


def _is_present(text: str) -> bool:
    return re.fullmatch(_PRESENT, text.strip(), re.IGNORECASE) is not None


def _slashed_day_first(start_text: str, end_text: str) -> bool:
    """"01/10/2018 – 28/02/2019": one date of a range cannot be month first, so neither is."""
    firsts = [_FULL_DATE_RE.fullmatch(text.strip().rstrip(".")) for text in (start_text, end_text)]
    return all(match is not None and match.group(2) == "/" for match in firsts) and any(
        int(match.group(1)) > 12 for match in firsts
    )


def _day_first(text: str) -> Optional[YearMonth]:
    match = _FULL_DATE_RE.fullmatch(text.strip().rstrip("."))
    month = int(match.group(3))
    return YearMonth(int(match.group(4)), month) if 1 <= month <= 12 else None


def _make_range(start_text: str, end_text: str, span: tuple[int, int]) -> Optional[DateRange]:
    if _slashed_day_first(start_text, end_text):
        start, end = _day_first(start_text), _day_first(end_text)
        if start is None or end is None or end.index(12) < start.index(1):
            return None
        return DateRange(start, end, False, span)
    start = parse_date(start_text)
    if start is None:
        return None
    if _is_present(end_text):
        return DateRange(start, None, True, span)
    end = season_end(end_text) or parse_date(end_text)
    if end is None or end.index(12) < start.index(1) or end.year - start.year > 60:
        return None
    return DateRange(start, end, False, span)


def season_end(text: str) -> Optional[YearMonth]:
    """"Summer 2021" as the end of a job: August 2021; "Q3 2021": September 2021 (a season or
    a quarter that ends a job ends in its last month; None for any other date)."""
    token = text.strip().lower()
    match = re.fullmatch(rf"({_SEASON})\s+({_YEAR})", token)
    if match:
        return YearMonth(int(match.group(2)), SEASON_ENDS[match.group(1)])
    match = re.fullmatch(rf"q([1-4])\s*({_YEAR})", token)
    return YearMonth(int(match.group(2)), 3 * int(match.group(1))) if match else None


def find_range(text: str) -> Optional[DateRange]:
    """The first date range in `text`, or None.  The work history asks this of each of its
    lines several times (anchors, then each kind of header), so answers are kept: a DateRange
    cannot be changed, and the answer depends on the text alone (and on whether the document
    writes its slashed dates day first)."""
    return _find_range(text, _DAY_FIRST.get())


@lru_cache(maxsize=4096)
def _find_range(text: str, day_first: bool) -> Optional[DateRange]:  # (`day_first` keys the cache)
    if _DIGIT.search(text) is None:
        return None  # every form below has a digit (a year, a month number); most lines have none
    match = RANGE_RE.search(text)
    months = MONTHS_OF_A_YEAR_RE.search(text)
    if months is not None and (match is None or months.start() < match.start()):
        return _months_of_a_year(months)
    if "-" in text or "–" in text or "—" in text or "/" in text:
        shorter = _short_or_dashed(text, match.start() if match else len(text))
        if shorter is not None:
            return shorter
    if match:
        return _make_range(match.group("start"), match.group("end"), match.span())
    match = SPACED_RANGE_RE.search(text)
    if match:
        for start, end in (("start", "end"), ("ystart", "yend"), ("pstart", "pend"), ("qstart", "qend")):
            if match.group(start):
                span = (match.start(start), match.end(end))
                return _make_range(match.group(start), match.group(end), span)
    match = BARRED_RANGE_RE.search(text)
    if match:
        found = _make_range(match.group("start"), match.group("end"), match.span())
        if found is not None:
            return found
    match = SLASH_RANGE_RE.search(text)
    if match:
        start, end = ("start", "end") if match.group("start") else ("start2", "end2")
        return _make_range(match.group(start), match.group(end), (match.start(start), match.end(end)))
    match = SINCE_RE.search(text)
    if match:
        start = parse_date(match.group("start"))
        if start:
            return DateRange(start, None, True, match.span())
    # (a whole range of two-digit years first: "from 01/20 to 04/21" is no open "from 01/20")
    match = SHORT_YEARS_RANGE_RE.search(text)
    if match and (match.group("present") or bool(match.group("m1")) == bool(match.group("m2"))):
        start = _short_year_date(match.group("m1") or match.group("n1"), match.group("y1"))
        if match.group("present"):
            return DateRange(start, None, True, match.span())
        end = _short_year_date(match.group("m2") or match.group("n2"), match.group("y2"))
        if start.index(1) <= end.index(12) and end.year - start.year <= 40:
            return DateRange(start, end, False, match.span())
    match = SINCE_SHORT_RE.search(text)
    if match:
        return DateRange(_short_year_date(match.group("m") or match.group("n"), match.group("y")), None, True, match.span())
    return None


def _months_of_a_year(match: re.Match) -> DateRange:
    first, last = (MONTHS[match.group(name).lower().rstrip(".")] for name in ("first", "last"))
    year = int(match.group("year"))
    start = YearMonth(year - 1 if first > last else year, first)
    return DateRange(start, YearMonth(year, last), False, match.span())


def _short_year_date(month: str, year: str) -> YearMonth:
    """"03" or "Mar" with "21": a year past 49 is in the last century."""
    number = int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]
    short = int(year)
    return YearMonth(2000 + short if short <= 49 else 1900 + short, number)


def _short_or_dashed(text: str, before: int) -> Optional[DateRange]:
    """A two-digit end year ("2015-16") or a dashed open end ("2013/---") that stands before
    `before`, where an ordinary range was found (or the end of the text)."""
    match = DASHED_OPEN_RE.search(text, 0, before + 1)
    if match and match.start() < before:
        start = parse_date(match.group("start"))
        if start is not None:
            return DateRange(start, None, True, match.span())
    match = SHORT_END_RE.search(text, 0, before + 1)
    if match and match.start() < before:
        start, short = int(match.group("start")), int(match.group("end"))
        if 1 <= short <= 12:
            return None  # "2011-12" reads as December 2011
        end = start - start % 100 + short
        if end <= start:
            end += 100
        if end - start <= 15:
            return DateRange(YearMonth(start), YearMonth(end), False, match.span())
    return None


def range_split_over(text: str, following: str) -> Optional[DateRange]:
    """A dates column's range wrapped after its dash, each half leading a line beside the job's
    header ("Feb 2024 –  Delivery Manager" / "Aug 2024  Northwind Ltd", or "Present  Northwind"):
    the range, its span the start's on the first line; or None."""
    start = OPEN_START_RE.match(text)
    if start is None:
        return None
    end = LEADING_DATE_RE.match(following)
    if end is None or find_range(text) is not None or find_range(following) is not None:
        return None
    return _make_range(start.group("date"), end.group("date"), start.span("date"))


def parse_end(text: str) -> Optional[YearMonth] | str:
    """An end date, or "present" for an open end, or None."""
    return "present" if _is_present(text) else parse_date(text)


def find_single_date(text: str) -> Optional[tuple[YearMonth, tuple[int, int]]]:
    match = SINGLE_RE.search(text)
    if not match:
        return None
    parsed = parse_date(match.group("date"))
    return (parsed, match.span()) if parsed else None


def union_months(ranges: list[DateRange], as_of: date) -> int:
    """Months covered by the union of ranges: overlapping jobs count once."""
    intervals = []
    now = as_of.year * 12 + as_of.month - 1
    for item in ranges:
        first = item.start.index(1)
        last = now if item.current or item.end is None else min(item.end.index(12), now)
        if first <= last:
            intervals.append((first, last))
    intervals.sort()
    total = 0
    current_start = current_end = None
    for first, last in intervals:
        if current_end is None or first > current_end + 1:
            if current_end is not None:
                total += current_end - current_start + 1
            current_start, current_end = first, last
        else:
            current_end = max(current_end, last)
    if current_end is not None:
        total += current_end - current_start + 1
    return total
