"""Profile -> Facts: years of experience, career level, and what the lexicons find, in one
matching pass; then the bullets (where each is, and its metrics) and the headline's place, so
that the rules only query facts and never read the text for meaning themselves."""
from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date
from typing import TYPE_CHECKING, Optional

from .models import Bullet, Evidence, Facts, Profile
from .nlp.levels import infer_level, is_project_manager, pm_roles
from .nlp.matching import find_facts

if TYPE_CHECKING:
    from .structure.dates import YearMonth


def years_of_experience(profile: Profile, as_of: date) -> tuple[Optional[float], Optional[str]]:
    """Union of dated work ranges (overlaps once, "Present" = as_of); else a stated total; else
    the lengths written beside jobs that carry no dates ("Acme Corp (2 years)"), added up."""
    years = _union_years(profile.work, as_of)
    if years is not None:
        return years, "dates"
    if profile.stated_years:
        return float(profile.stated_years), "stated"
    lengths = _length_years(profile.work)
    if lengths is not None:
        return lengths, "durations"
    return None, None


def _length_years(works) -> Optional[float]:
    months = sum(work.months for work in works if work.months and not work.startDate)
    return round(months / 12, 1) if months else None


def pm_years_of_experience(profile: Profile, as_of: date) -> Optional[float]:
    """Years in project-management roles: the union of their dated ranges (else their written lengths)."""
    roles = pm_roles(profile)
    years = _union_years(roles, as_of)
    return years if years is not None or any(work.startDate for work in profile.work) else _length_years(roles)


def _union_years(works, as_of: date) -> Optional[float]:
    # imported here: a lone headline never needs the dates, nor the structure package they load
    from .structure.dates import DateRange, union_months

    ranges = []
    for work in works:
        start = _year_month(work.startDate)
        if start is None:
            continue
        end = _year_month(work.endDate)
        ranges.append(DateRange(start, end, work.current or end is None, (0, 0)))
    months = union_months(ranges, as_of)
    return round(months / 12, 1) if months > 0 else None


def _year_month(value: Optional[str]) -> "Optional[YearMonth]":
    from .structure.dates import YearMonth

    if not value:
        return None
    year, _, month = value.partition("-")
    return YearMonth(int(year), int(month) if month else None)


def facts_from_matches(found, as_of: date, years=None, basis=None, level=None, is_pm=None, pm_years=None, profile: Optional[Profile] = None) -> Facts:
    """Facts from the matcher's findings plus what the structure stage knows."""
    return Facts(
        as_of=as_of,
        years_of_experience=years,
        years_basis=basis,
        level=level,
        is_project_manager=is_pm,
        pm_years=pm_years,
        specializations=found.specializations,
        certifications=found.certifications,
        tools=found.tools,
        methodologies=found.methodologies,
        technical=found.technical,
        competencies=found.competencies,
        soft=found.soft,
        achievements=found.achievements,
        hits=found.hits,
        signals=found.signals,
        bullets=bullets_of(profile, found.metrics) if profile is not None else (),
        headline=headline_of(profile) if profile is not None else None,
    )


def derive_facts(profile: Profile, as_of: date) -> Facts:
    years, basis = years_of_experience(profile, as_of)
    pm_years = pm_years_of_experience(profile, as_of)
    return facts_from_matches(
        find_facts(profile), as_of, years, basis, infer_level(profile, years, pm_years), is_project_manager(profile), pm_years, profile
    )


# ---------------------------------------------------------------- where the parts are


def _evidence(profile: Profile, start: int, end: int, section: Optional[str] = None) -> Evidence:
    start = max(0, min(start, len(profile.text)))
    end = max(start, min(end, len(profile.text)))
    return Evidence(section or profile.section_at(start), profile.text[start:end], start, end)


def _end_of(text: str, piece: str, start: int) -> Optional[int]:
    """Where `piece` ends when it is written at `start` in `text`, spaces and line breaks aside."""
    position, size = start, len(text)
    for char in piece:
        if char.isspace():
            continue
        while position < size and text[position].isspace():
            position += 1
        if position >= size or text[position] != char:
            return None
        position += 1
    return position


def _locate(text: str, piece: str, start: int = 0) -> Optional[tuple[int, int]]:
    """The span of `piece` in `text` from `start` on, spaces and line breaks aside (a wrapped line
    is one line in the profile's fields: "Creative Problem-Solver" is "Problem-\\nSolver")."""
    head = [re.escape(char) for char in piece if not char.isspace()][:60]
    if not head:
        return None
    found = re.compile(r"\s*".join(head)).search(text, start)
    if found is None:
        return None
    end = _end_of(text, piece, found.start())
    return (found.start(), end) if end is not None else None


def bullets_of(profile: Profile, metrics=()) -> tuple[Bullet, ...]:
    """Every experience bullet, found in the text from its first 40 characters (its evidence is
    its first line: a wrapped bullet spans a line break), with the metrics inside it."""
    text = profile.text
    starts = [start for start, _, _ in metrics]
    found: list[Bullet] = []
    for index, work in enumerate(profile.work):
        search_from = work.span[0]
        for bullet in work.highlights:
            start = text.find(bullet[:40], search_from)
            if start < 0:
                span = _locate(text, bullet, search_from)
                metrics_in = metrics[bisect_left(starts, span[0]):bisect_left(starts, span[1])] if span else ()
                found.append(Bullet(bullet, index, span, None, tuple(metric for _, _, metric in metrics_in)))
                continue
            line_end = text.find("\n", start)
            line_end = len(text) if line_end < 0 else line_end
            evidence = _evidence(profile, start, min(line_end, start + len(bullet)), "experience")
            end = _end_of(text, bullet, start)
            if end is None:
                end = evidence.end
            first = bisect_left(starts, start)
            last = bisect_left(starts, end)
            found.append(Bullet(bullet, index, (start, end), evidence, tuple(metric for _, _, metric in metrics[first:last])))
            search_from = start + 1
    return tuple(found)


def headline_of(profile: Profile) -> Optional[Evidence]:
    """Where the headline is in the text: as written, or across a line break."""
    label = (profile.basics.label or "").strip()
    if not label:
        return None
    start = profile.text.find(label)
    if start >= 0:
        return _evidence(profile, start, start + len(label), "headline")
    span = _locate(profile.text, label)
    return _evidence(profile, span[0], span[1], "headline") if span is not None else None
