"""Dates and date ranges in the forms people write on resumes.

"Jan 2018 – Present", "January 2018 - Current", "2015 - 2019", "03/2016 – 11/2019", "2016.03",
"Mar '19", "Since 2020", LinkedIn's "March 2019 - Present (5 years 9 months)" and
"Jan 2020 - Present · 4 yrs 11 mos".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Optional

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
# One date: month-name year, numeric month/year, year.month, 'yy, or a bare year.
_DATE = (
    rf"(?:{_MONTH}\s*,?\s*(?:{_YEAR}|['’]\d\d)"
    rf"|(?:0?[1-9]|1[0-2])\s*[/.-]\s*{_YEAR}"
    rf"|{_YEAR}\s*[./-]\s*(?:0[1-9]|1[0-2])(?!\d)"
    rf"|{_YEAR})"
)
_PRESENT = r"(?:present|current(?:ly)?|now|today|ongoing|to date|date)"
_SEP = r"(?:\s*(?:-|–|—|−|~|to|until|till|through|thru)\s*)"
RANGE_RE = re.compile(
    rf"(?<![\w/.])(?P<start>{_DATE}){_SEP}(?P<end>{_DATE}|{_PRESENT})(?![\w/])", re.IGNORECASE
)
SINCE_RE = re.compile(rf"\b(?:since|from)\s+(?P<start>{_DATE})(?![\w/])", re.IGNORECASE)
SINGLE_RE = re.compile(rf"(?<![\w/.])(?P<date>{_DATE})(?![\w/])", re.IGNORECASE)
# LinkedIn adds the duration after a range: "(5 years 9 months)" or "· 4 yrs 11 mos"
DURATION_RE = re.compile(
    r"^\s*(?:\(|·|-|–)?\s*(?:(?:\d+|less than a)\s*(?:years?|yrs?|months?|mos?)\s*){1,2}\)?\s*$",
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


def parse_date(text: str) -> Optional[YearMonth]:
    token = text.strip().lower().rstrip(".")
    match = re.fullmatch(rf"({_MONTH})\s*,?\s*({_YEAR}|['’]\d\d)", token)
    if match:
        month = MONTHS[match.group(1).rstrip(".")]
        year_text = match.group(2)
        if year_text[0] in "'’":
            short = int(year_text[1:])
            year = 2000 + short if short <= 49 else 1900 + short
        else:
            year = int(year_text)
        return YearMonth(year, month)
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


def find_range(text: str) -> Optional[DateRange]:
    """The first date range in `text`, or None."""
    match = RANGE_RE.search(text)
    if match:
        start = parse_date(match.group("start"))
        end_text = match.group("end")
        if start is None:
            return None
        if re.fullmatch(_PRESENT, end_text.strip(), re.IGNORECASE):
            return DateRange(start, None, True, match.span())
        end = parse_date(end_text)
        if end is None or end.index(12) < start.index(1):
            return None
        return DateRange(start, end, False, match.span())
    match = SINCE_RE.search(text)
    if match:
        start = parse_date(match.group("start"))
        if start:
            return DateRange(start, None, True, match.span())
    return None


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
