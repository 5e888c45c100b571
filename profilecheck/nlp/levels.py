"""Career level on the guide's ladder, from job titles and years of experience.

The ladder: foundation (0-2 years), entry (2-4), mid (4-7), senior (7+), and director/executive
above it.  The most recent title decides when it is a known one; years decide otherwise, and
also temper a title that the years cannot support (a "Senior" title after one year).
"""
from __future__ import annotations

import re
from typing import Optional

from ..definitions import STAGES as LADDER
from ..definitions import YEARS_FLOOR  # noqa: F401 (re-exported)
from ..lexicon import cue_pattern
from ..models import Profile
from ..titles import JUNIOR_MODIFIER, SENIOR_MODIFIER, classify_title, is_pm_title  # noqa: F401 (re-exported)
from ..titles import PM_FAMILY
from ..titles import normalise_title as _normalise


def level_from_years(years: Optional[float]) -> Optional[str]:
    if years is None:
        return None
    if years < 2:
        return "foundation"
    if years < 4:
        return "entry"
    if years < 7:
        return "mid"
    return "senior"


def _recent_titles(profile: Profile) -> list[str]:
    titles = [work.position for work in profile.work if work.position]
    if profile.basics.label:
        titles.append(profile.basics.label.split("|")[0])
    return titles


# A summary that presents the person as a PM only in the future tense is an aim, not a role.
_ASPIRATION = re.compile(rf"\b(?:{cue_pattern('aspiration', ' ')})\b")


def pm_roles(profile: Profile) -> list:
    return [work for work in profile.work if is_pm_title(work.position)]


def presents_as_pm(profile: Profile) -> bool:
    """The headline, or the opening sentence of the summary, calls the person a PM."""
    if is_pm_title((profile.basics.label or "").split("|")[0]):
        return True
    summary = profile.basics.summary or ""
    opening = re.split(r"(?<=[.!?])\s", summary.strip(), maxsplit=1)[0][:300]
    key = _normalise(opening)
    return bool(PM_FAMILY.search(key)) and not _ASPIRATION.search(key)


def infer_level(profile: Profile, years: Optional[float], pm_years: Optional[float] = None) -> Optional[str]:
    """The guide's ladder climbed by years in project-management roles.

    Years in other roles (engineering, support, sales) are experience, not rungs on this
    ladder: someone with no PM role yet stands at its foot (foundation) however long their
    career, an IT director or CTO too.  A director-level title on top of seven years or more in
    PM roles is read as director.
    """
    by_title = None
    for title in _recent_titles(profile)[:2]:
        found = classify_title(title)
        if found:
            by_title = found[0]
            break
    if pm_years:
        band = level_from_years(pm_years)
        return "director" if band == "senior" and by_title == "director" else band
    if pm_roles(profile) or (presents_as_pm(profile) and not profile.work):
        # PM titles without dates: the title decides, tempered by what years are known.
        title_level = next((classify_title(w.position) for w in pm_roles(profile)), None)
        level = title_level[0] if title_level and title_level[1] else by_title
        by_years = level_from_years(years)
        if level is None:
            return by_years
        if by_years is not None and LADDER.index(level) - LADDER.index(by_years) >= 2:
            return LADDER[LADDER.index(by_years) + 1]
        return level
    if profile.work or years is not None:
        return "foundation"
    return by_title


def is_project_manager(profile: Profile) -> bool:
    """Holds or has held a PM role, or presents themselves as one."""
    return bool(pm_roles(profile)) or presents_as_pm(profile)
