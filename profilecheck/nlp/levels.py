"""Career level on the guide's ladder, from job titles and years of experience.

The ladder: foundation (0-2 years), entry (2-4), mid (4-7), senior (7+), and director/executive
above it.  The most recent title decides when it is a known one; years decide otherwise, and
also temper a title that the years cannot support (a "Senior" title after one year).
"""
from __future__ import annotations

import re
from functools import cache
from typing import Optional

from ..models import Profile

LADDER = ("foundation", "entry", "mid", "senior", "director")
SENIOR_MODIFIER = re.compile(r"\b(?:senior|sr|lead|principal|staff)\b")
JUNIOR_MODIFIER = re.compile(r"\b(?:junior|jr|associate|assistant|trainee)\b")
YEARS_FLOOR = {"foundation": 0, "entry": 2, "mid": 4, "senior": 7, "director": 7}


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


def _normalise(text: str) -> str:
    text = text.lower().replace("&", " and ")
    text = re.sub(r"[^a-z0-9+ ]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


@cache
def _title_patterns() -> list[tuple[re.Pattern, str, bool, str]]:
    """(pattern, level, is_pm, canonical name), longest alias first so "senior it project manager"
    wins over "it project manager"."""
    from .lexicon import load_titles

    patterns = []
    for title in load_titles():
        for alias in (title.name, *title.aliases):
            key = _normalise(alias)
            if key:
                patterns.append((len(key), re.compile(rf"(?<![a-z0-9]){re.escape(key)}(?![a-z0-9])"), title.level, title.is_pm, title.name))
    patterns.sort(key=lambda item: -item[0])
    return [item[1:] for item in patterns]


def classify_title(title: Optional[str]) -> Optional[tuple[str, bool, str]]:
    """(level, is_pm, canonical title) for a job title, or None when unknown."""
    if not title:
        return None
    key = _normalise(title)
    for pattern, level, is_pm, name in _title_patterns():
        if pattern.search(key):
            # A seniority word on a title the lexicon knows only in its plain form
            # ("Senior Cybersecurity Project Manager") moves it one step on the ladder.
            if level == "mid" and SENIOR_MODIFIER.search(key):
                level = "senior"
            elif level == "mid" and JUNIOR_MODIFIER.search(key):
                level = "entry"
            return level, is_pm, name
    return None


def _recent_titles(profile: Profile) -> list[str]:
    titles = [work.position for work in profile.work if work.position]
    if profile.basics.label:
        titles.append(profile.basics.label.split("|")[0])
    return titles


def infer_level(profile: Profile, years: Optional[float]) -> Optional[str]:
    by_years = level_from_years(years)
    by_title = None
    for title in _recent_titles(profile)[:2]:
        found = classify_title(title)
        if found:
            by_title = found[0]
            break
    if by_title is None:
        return by_years
    if by_years is None:
        return by_title
    # A title far above what the years support is tempered by one step.
    if LADDER.index(by_title) - LADDER.index(by_years) >= 2:
        return LADDER[LADDER.index(by_years) + 1]
    return by_title


def is_project_manager(profile: Profile) -> bool:
    for title in _recent_titles(profile)[:3]:
        found = classify_title(title)
        if found and found[1]:
            return True
    return False
