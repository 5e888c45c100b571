"""Job titles as the titles lexicon knows them: the career stage a title stands for, and whether
it is a project-management role.  A lookup in a word list, shared by the Facts stage (the level)
and the rules (is a headline only a title?); it needs no matcher.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Optional

from .lexicon import load_titles

SENIOR_MODIFIER = re.compile(r"\b(?:senior|sr|lead|principal|staff)\b")
JUNIOR_MODIFIER = re.compile(r"\b(?:junior|jr|associate|assistant|trainee)\b")


# Short forms people write in titles ("Sr. IT Proj. Mgr", "PMO Coord."), read as the words.
_SHORT_FORMS = {"mgr": "manager", "mngr": "manager", "proj": "project", "mgmt": "management", "coord": "coordinator", "pgm": "program"}
_SHORT_FORM_RE = re.compile(r"\b(?:" + "|".join(_SHORT_FORMS) + r")\b")


def normalise_title(text: str) -> str:
    if not text.isascii():
        # "Gestión de Proyectos", "Coordenação": accents off, so the words stay whole
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    text = text.lower().replace("&", " and ")
    text = re.sub(r"[^a-z0-9+ ]+", " ", text)
    text = _SHORT_FORM_RE.sub(lambda match: _SHORT_FORMS[match.group(0)], text)
    return re.sub(r"\s+", " ", text).strip()


@dataclass(frozen=True)
class _TitleIndex:
    """Every alias of the titles lexicon, normalised, in the order they are tried: longest
    first, so "senior it project manager" wins over "it project manager"."""

    entries: tuple[tuple[str, str, bool, str], ...]  # (alias key, level, is_pm, canonical name)
    rank: dict  # alias key -> position of its first entry
    longest: int  # words in the longest alias


@cache
def _title_index() -> _TitleIndex:
    found = []
    for title in load_titles():
        for alias in (title.name, *title.aliases):
            key = normalise_title(alias)
            if key:
                found.append((key, title.level, title.is_pm, title.name))
    found.sort(key=lambda item: -len(item[0]))
    rank: dict = {}
    for position, (key, *_rest) in enumerate(found):
        rank.setdefault(key, position)
    return _TitleIndex(tuple(found), rank, max((key.count(" ") + 1 for key, *_ in found), default=0))


@cache
def _alias_pattern(key: str) -> re.Pattern:
    return re.compile(rf"(?<![a-z0-9]){re.escape(key)}(?![a-z0-9])")


def _first_alias(key: str) -> Optional[tuple[str, str, bool, str]]:
    """The first alias (in the index's order) found in a normalised title as whole words.

    A normalised title is words of [a-z0-9] joined by single spaces, so an alias is in it
    exactly when it equals a run of its words: a dictionary lookup per run, rather than a
    regular expression per alias (the lexicon has hundreds; compiling them was a visible part
    of a headline's start-up).  A "+" (C++) ends a word without a space; such a title is
    searched alias by alias instead."""
    index = _title_index()
    if "+" in key:
        return next((entry for entry in index.entries if _alias_pattern(entry[0]).search(key)), None)
    words = key.split(" ")
    best = None
    for start in range(len(words)):
        for end in range(start + 1, min(len(words), start + index.longest) + 1):
            position = index.rank.get(" ".join(words[start:end]))
            if position is not None and (best is None or position < best):
                best = position
    return None if best is None else index.entries[best]


def is_known_title(text: str) -> bool:
    """The text is, word for word, a title the lexicon lists ("Agile Project Manager")."""
    return normalise_title(text) in _title_index().rank


def classify_title(title: Optional[str]) -> Optional[tuple[str, bool, str]]:
    """(level, is_pm, canonical title) for a job title, or None when unknown."""
    if not title:
        return None
    key = normalise_title(title)
    found = _first_alias(key)
    if found is None:
        return None
    _, level, is_pm, name = found
    # A seniority word on a title the lexicon knows only in its plain form
    # ("Senior Cybersecurity Project Manager") moves it one step on the ladder.
    if level == "mid" and SENIOR_MODIFIER.search(key):
        level = "senior"
    elif level == "mid" and JUNIOR_MODIFIER.search(key):
        level = "entry"
    return level, is_pm, name


# Titles of the project-management family that the titles lexicon may not list in that exact
# form ("Engineering Project Manager", "Assistant Program Manager", "Designer/Project Manager").
# Also the short "PM"/"TPM" and the titles of LinkedIn's other interface languages ("Gerente de
# Projetos", "Jefe de Proyecto", "Chef de projet", "Projektleiter", "Responsabile di progetto").
PM_FAMILY = re.compile(
    r"\b(?:project|program|programme|portfolio)s? (?:manager|management|lead|leader|coordinator|director|officer|analyst)\b"
    r"|\bscrum ?master\b|\bpmo\b|\bdelivery (?:manager|lead)\b"
    r"|^(?:(?:senior|sr|junior|jr|lead|it|technical|associate|assistant) )*t?pm(?: [ivx]+| \d)?$"
    r"|\b(?:gerente|gestor|gestora|coordenador|coordenadora|coordinador|coordinadora|coordinatore|coordinatrice|jefe|jefa|chefe|"
    r"director|directora|diretor|diretora|direttore|responsable|responsabile|lider|leader|capo|chef|manager)"
    r" (?:de |di |del |dei |du |des )?(?:projetos?|proyectos?|progetto|progetti|projet|projets|programas?|programmi|programme)\b"
    r"|\bprojekt ?(?:leiter|leiterin|manager|managerin)\b|\bprojectleider\b|\bcapo ?progetto\b"
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
