"""How a report says where someone stands on the career ladder, in one place for every format.

The ladder is climbed by years in project-management roles; total years are experience, not
rungs.  Someone with no PM role yet is described as moving into project management with the
years they have, never as "foundation level (19.8 years)".
"""
from __future__ import annotations

from typing import Optional

MOVING_INTO_PM = "moving into project management"
LEADING_IT = "IT leader, no PM title"  # a column's words for a CTO or IT director with no PM role


def leads_it(positions, is_pm: Optional[bool]) -> bool:
    """No PM role, but a director-level IT title (CTO, CIO, IT Director) among the two newest
    `positions`: the foot of the PM ladder by its years, yet no one to send towards coordinator
    roles."""
    if is_pm is not False:
        return False
    from .titles import classify_title

    for position in list(positions)[:2]:
        found = classify_title(position)
        if found and found[0] == "director":
            return True
    return False


def _years(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def years_phrase(years: Optional[float], pm_years: Optional[float]) -> str:
    """"14.2 years of experience, 6.1 in project-management roles", or the one figure there is."""
    if pm_years and years and abs(years - pm_years) >= 0.5:
        return f"{_years(years)} years of experience, {_years(pm_years)} in project-management roles"
    if pm_years:
        return f"{_years(pm_years)} years in project-management roles"
    if years:
        return f"{_years(years)} years of experience"
    return ""


def standing(level: Optional[str], is_pm: Optional[bool], years: Optional[float], pm_years: Optional[float]) -> str:
    """"mid level (16.9 years of experience, 4.9 in project-management roles)" or
    "moving into project management (19.8 years of experience)"."""
    figures = years_phrase(years, pm_years)
    if is_pm is False:
        return MOVING_INTO_PM + (f" ({figures})" if figures else "")
    if not level:
        return ""
    return f"{level} level" + (f" ({figures})" if figures else " (from the titles)")


def level_words(level: Optional[str], is_pm: Optional[bool], leading: bool = False) -> str:
    """The level alone, for a column: "mid", or "moving into project management" for someone
    with no PM role yet (whatever stage their titles suggest), "IT leader, no PM title" when
    `leading` (see `leads_it`); "" when it cannot be told."""
    if is_pm is False:
        return LEADING_IT if leading else MOVING_INTO_PM
    return level or ""
