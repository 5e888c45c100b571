"""Job titles as the titles lexicon knows them: the career stage a title stands for, and whether
it is a project-management role.  A lookup in a word list, shared by the Facts stage (the level)
and the rules (is a headline only a title?); it needs no matcher.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Optional

from .lexicon import load_titles

SENIOR_MODIFIER = re.compile(r"\b(?:senior|sr|lead|principal|staff)\b")
JUNIOR_MODIFIER = re.compile(r"\b(?:junior|jr|associate|assistant|trainee)\b")


def normalise_title(text: str) -> str:
    text = text.lower().replace("&", " and ")
    text = re.sub(r"[^a-z0-9+ ]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


@cache
def _title_patterns() -> list[tuple[re.Pattern, str, bool, str]]:
    """(pattern, level, is_pm, canonical name), longest alias first so "senior it project manager"
    wins over "it project manager"."""
    patterns = []
    for title in load_titles():
        for alias in (title.name, *title.aliases):
            key = normalise_title(alias)
            if key:
                patterns.append((len(key), re.compile(rf"(?<![a-z0-9]){re.escape(key)}(?![a-z0-9])"), title.level, title.is_pm, title.name))
    patterns.sort(key=lambda item: -item[0])
    return [item[1:] for item in patterns]


def classify_title(title: Optional[str]) -> Optional[tuple[str, bool, str]]:
    """(level, is_pm, canonical title) for a job title, or None when unknown."""
    if not title:
        return None
    key = normalise_title(title)
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


# Titles of the project-management family that the titles lexicon may not list in that exact
# form ("Engineering Project Manager", "Assistant Program Manager", "Designer/Project Manager").
PM_FAMILY = re.compile(
    r"\b(?:project|program|programme|portfolio)s? (?:manager|management|lead|leader|coordinator|director|officer|analyst)\b"
    r"|\bscrum ?master\b|\bpmo\b|\bdelivery (?:manager|lead)\b"
)


def is_pm_title(title: Optional[str]) -> bool:
    """A job title of the project-management family: project, program or portfolio manager,
    coordinator or lead, scrum master, delivery manager, PMO roles."""
    if not title:
        return False
    if PM_FAMILY.search(normalise_title(title)):
        return True
    found = classify_title(title)
    return bool(found and found[1])
