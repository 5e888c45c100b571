"""Lines that are plainly a side column's items: a tool or skill of the lexicons, a language with
its level, a phone number, an e-mail, a web address or a place.  Two columns read line by line put
them between a job's lines (structure/side_column.py) and beside its headings (sections.py)."""
from __future__ import annotations

import re
from functools import cache

from ..lexicon import alias_key, cue_words, load_certifications, load_competencies, load_methodologies, load_technical_skills, load_tools
from .contact import EMAIL_RE, find_phone, looks_like_location
from .dates import find_range
from .education import DEGREE_RE, FLUENCY_RE, INSTITUTION_RE
from .title_words import TITLE_WORDS

_ITEM_SPLIT = re.compile(r"\s*(?:,|;|\||/)\s*")
_URL_RE = re.compile(r"^(?:https?://|www\.)\S+$|^[\w.-]+\.(?:com|net|org|io|dev|me)(?:/\S*)?$", re.IGNORECASE)
_MAX_ITEM_WORDS = 3


@cache
def _skill_keys() -> frozenset[str]:
    keys = set()
    for entries in (load_tools(), load_methodologies(), load_technical_skills()):
        for entry in entries:
            keys.update(alias.key for alias in entry.aliases)
    keys.update(alias_key(word) for word in cue_words("side-skill-words"))
    return frozenset(keys)


@cache
def _level_words() -> frozenset[str]:
    return frozenset(cue_words("skill-levels"))


@cache
def _competency_keys() -> frozenset[str]:
    return frozenset(alias.key for entry in load_competencies() for alias in entry.aliases)


_GRADE_MARKS = " :-–—("


def _without_grade(item: str) -> tuple[str, bool]:
    """"Jira — Expert", "SQL: advanced", "Python (good)", "Excel  Intermediate" (its dash lost):
    the skill without the grade a side column gives it, and whether it had one."""
    text = item.strip().rstrip(")").rstrip()
    lowered = text.lower()
    for level in sorted(_level_words(), key=len, reverse=True):
        head = text[: len(text) - len(level)]
        if lowered.endswith(level) and head[-1:] in _GRADE_MARKS and head.strip(_GRADE_MARKS):
            return head.rstrip(_GRADE_MARKS), True
    return item, False


def _is_skill_item(item: str) -> bool:
    """A tool, method or technology of the lexicons; graded, also a competency ("Risk management:
    Good"): alone on a line a competency may be a job's line, with its grade it is a list's."""
    item, graded = _without_grade(item)
    if graded and alias_key(item) in _competency_keys():
        return True
    return len(item.split()) <= _MAX_ITEM_WORDS and alias_key(item) in _skill_keys()


@cache
def _certification_pattern() -> re.Pattern:
    """The lexicon's certifications by name and alias in the matcher's normal form, three
    letters or more ("pmp", "certified scrummaster"), as whole words."""
    keys = {alias.key for entry in load_certifications() for alias in entry.aliases}
    keys |= {alias_key(entry.name) for entry in load_certifications()}
    keys = sorted((key for key in keys if len(key) >= 3), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(key) for key in keys) + r")(?!\w)")


def is_certification_line(text: str) -> bool:
    """A line that names certifications and no job: "Certified ScrumMaster", "PMP, PRINCE2
    Foundation" ("Scrum Master" and "PMP Project Manager" name a job)."""
    key = alias_key(text)
    rest, found = _certification_pattern().subn(" ", key)
    return found > 0 and TITLE_WORDS.search(rest) is None


def graded_side_item(text: str) -> bool:
    """"Budgeting — Intermediate", "Jira: Expert", "German (B2)": a side column's skill or language
    with its grade, which no job's header holds."""
    text = text.strip()
    if _is_language_line(text):
        return True
    items = [item for item in _ITEM_SPLIT.split(text) if item]
    return bool(items) and all(_without_grade(item)[1] and _is_skill_item(item) for item in items)


def names_a_competency(text: str) -> bool:
    """"Risk management", "Budgeting": a project manager's competency as a skills list names it."""
    return alias_key(text) in _competency_keys()


def is_skill_line(text: str) -> bool:
    items = [item for item in _ITEM_SPLIT.split(text) if item]
    return bool(items) and all(_is_skill_item(item) for item in items)


def _is_language_line(text: str) -> bool:
    # "English - B2", "Hebrew (native)": a capitalised name and a level, nothing else
    if FLUENCY_RE.search(text) is None:
        return False
    name = FLUENCY_RE.sub(" ", text).replace("-", " ").replace("–", " ").replace("(", " ").replace(")", " ").replace(":", " ").split()
    return 1 <= len(name) <= 2 and all(word.isalpha() and word[:1].isupper() for word in name) and not TITLE_WORDS.search(text)


def _is_contact_line(text: str) -> bool:
    if EMAIL_RE.fullmatch(text) or _URL_RE.match(text):
        return True
    if find_phone(text) and not re.search(r"[A-Za-z]{3,}", text):
        return True
    return looks_like_location(text) and not TITLE_WORDS.search(text) and len(text.split()) <= 4 and "|" not in text


def _is_study_line(text: str) -> bool:
    """A degree, a school, or the bare years of a study ("2008 - 2012"), with no job's word."""
    if TITLE_WORDS.search(text) or len(text.split()) > 8:
        return False
    found = find_range(text)
    if found is not None:
        rest = (text[: found.span[0]] + text[found.span[1] :]).strip(" -–—,|()")
        return not rest and found.start.month is None and not found.current and (found.end is None or found.end.month is None)
    return bool(DEGREE_RE.search(text) or INSTITUTION_RE.search(text))


def is_side_item(section: str, text: str) -> bool:
    """The line is plainly an item of this side section."""
    if section == "education":
        return _is_study_line(text)
    if find_range(text) is not None:
        return False
    if section == "skills":
        return is_skill_line(text)
    if section == "languages":
        return _is_language_line(text)
    if section == "contact":
        return _is_contact_line(text)
    return False  # a summary's or interests' lines can pass for a job's description: they stay
