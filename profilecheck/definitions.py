"""The one definition of the names and numbers the stages share: finding levels, rule categories
(their code digit, label and weight), career stages, and LinkedIn's limits.  Everything else
imports them from here; nothing below this module is imported by it.
"""
from __future__ import annotations

from dataclasses import dataclass

# ---------------------------------------------------------------- finding levels, worst first


@dataclass(frozen=True)
class Level:
    name: str
    label: str  # what a report calls it
    penalty: int  # points a finding at this level costs its category (docs/scoring.md)


_LEVELS = (
    Level("error", "Fix", 35),
    Level("warning", "Improve", 15),
    Level("info", "Tip", 5),
)
LEVELS = tuple(level.name for level in _LEVELS)
LEVEL_ORDER = {level.name: rank for rank, level in enumerate(_LEVELS)}
LEVEL_LABELS = {level.name: level.label for level in _LEVELS}
PENALTY = {level.name: level.penalty for level in _LEVELS}
FAIL_LEVELS = (*LEVELS, "never")  # --fail-level: a level, or never

# ---------------------------------------------------------------- rule categories, in report order


@dataclass(frozen=True)
class Category:
    name: str
    digit: str  # the hundreds digit of its rule codes: PC1xx is headline
    label: str
    weight: int  # its share of the overall score


_CATEGORIES = (
    Category("headline", "1", "Headline", 15),
    Category("summary", "2", "Summary", 15),
    Category("experience", "3", "Experience", 25),
    Category("skills", "4", "Skills", 10),
    Category("certifications", "5", "Certifications", 10),
    Category("tools", "6", "Tools and methods", 10),
    Category("career", "7", "Career level", 5),
    Category("format", "8", "Contact and format", 10),
    Category("job-match", "9", "Job match", 20),
)
CATEGORY_ORDER = tuple(category.name for category in _CATEGORIES)
CATEGORY_BY_DIGIT = {category.digit: category.name for category in _CATEGORIES}
CATEGORY_LABELS = {category.name: category.label for category in _CATEGORIES}
WEIGHTS = {category.name: category.weight for category in _CATEGORIES}
JOB_CATEGORY = "job-match"  # scored only when a posting is given
PROFILE_CATEGORIES = tuple(name for name in CATEGORY_ORDER if name != JOB_CATEGORY)
HEADLINE_CATEGORIES = ("headline",)  # what a lone headline is scored on

# ---------------------------------------------------------------- career stages, lowest first

STAGES = ("foundation", "entry", "mid", "senior", "director")
YEARS_FLOOR = {"foundation": 0, "entry": 2, "mid": 4, "senior": 7, "director": 7}  # years a stage's titles usually take

# ---------------------------------------------------------------- LinkedIn's limits

HEADLINE_LIMIT = 220  # characters LinkedIn accepts in a headline
ABOUT_LIMIT = 2600  # characters LinkedIn accepts in the About section
SEARCH_PREVIEW = 65  # roughly what a search result shows of a headline
ABOUT_PREVIEW = 300  # what the About section shows before "see more"

# ---------------------------------------------------------------- job match

JOB_MATCH_TARGET = 80  # percent of a posting's keywords a tailored resume usually shows
