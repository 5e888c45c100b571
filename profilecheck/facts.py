"""Profile -> Facts: years of experience, career level, and what the lexicons find."""
from __future__ import annotations

from datetime import date
from typing import Optional

from .models import Facts, Profile
from .nlp.levels import infer_level, is_project_manager, pm_roles
from .nlp.matching import find_facts
from .structure.dates import DateRange, YearMonth, union_months


def years_of_experience(profile: Profile, as_of: date) -> tuple[Optional[float], Optional[str]]:
    """Union of dated work ranges (overlaps once, "Present" = as_of); else a stated total."""
    years = _union_years(profile.work, as_of)
    if years is not None:
        return years, "dates"
    if profile.stated_years:
        return float(profile.stated_years), "stated"
    return None, None


def pm_years_of_experience(profile: Profile, as_of: date) -> Optional[float]:
    """Years in project-management roles: the union of their dated ranges."""
    return _union_years(pm_roles(profile), as_of)


def _union_years(works, as_of: date) -> Optional[float]:
    ranges = []
    for work in works:
        start = _year_month(work.startDate)
        if start is None:
            continue
        end = _year_month(work.endDate)
        ranges.append(DateRange(start, end, work.current or end is None, (0, 0)))
    months = union_months(ranges, as_of)
    return round(months / 12, 1) if months > 0 else None


def _year_month(value: Optional[str]) -> Optional[YearMonth]:
    if not value:
        return None
    year, _, month = value.partition("-")
    return YearMonth(int(year), int(month) if month else None)


def facts_from_matches(found, as_of: date, years=None, basis=None, level=None, is_pm=None, pm_years=None) -> Facts:
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
    )


def derive_facts(profile: Profile, as_of: date) -> Facts:
    years, basis = years_of_experience(profile, as_of)
    pm_years = pm_years_of_experience(profile, as_of)
    return facts_from_matches(
        find_facts(profile), as_of, years, basis, infer_level(profile, years, pm_years), is_project_manager(profile), pm_years
    )
