"""A side column's lines read into the work history, taken out again.

A two-column resume turned into text line by line (a PDF-to-Word converter, a copy from a PDF
viewer) interleaves the side column (contacts, skills, languages) with the work history: a
skill between two lines of a job, a language glued to the end of a bullet.  The section finder
keeps such a side heading inside the work history when jobs go on below it; here, from each side
heading on, the lines that are plainly that side section's items (a tool, a language with its
level, a phone number) leave the work history.  A line that is not plainly one stays: losing a
job's line costs more than keeping a stray skill.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Optional

from ..lexicon import alias_key, load_methodologies, load_technical_skills, load_tools
from ..models import Line
from .contact import EMAIL_RE, find_phone, looks_like_location
from .dates import find_range
from .education import DEGREE_RE, FLUENCY_RE, INSTITUTION_RE
from .sections import SIDE_SECTIONS, heading_aliases, heading_of, normalise_heading
from .title_words import TITLE_WORDS

_BULLETS = "•·▪‣◦-–*● "
_ITEM_SPLIT = re.compile(r"\s*(?:,|;|\||/)\s*")
_URL_RE = re.compile(r"^(?:https?://|www\.)\S+$|^[\w.-]+\.(?:com|net|org|io|dev|me)(?:/\S*)?$", re.IGNORECASE)
_MAX_ITEM_WORDS = 3


@cache
def _skill_keys() -> frozenset[str]:
    keys = set()
    for entries in (load_tools(), load_methodologies(), load_technical_skills()):
        for entry in entries:
            keys.update(alias.key for alias in entry.aliases)
    return frozenset(keys)


def _side_heading(text: str) -> Optional[str]:
    """The side section a line heads, alone on its line."""
    heading = heading_of(Line(text=text))
    if heading is None or heading.inline or heading.qualified or heading.section not in SIDE_SECTIONS:
        return None
    return heading.section


def _is_skill_line(text: str) -> bool:
    items = [item for item in _ITEM_SPLIT.split(text) if item]
    return bool(items) and all(
        len(item.split()) <= _MAX_ITEM_WORDS and alias_key(item) in _skill_keys() for item in items
    )


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


def _fits(section: str, text: str) -> bool:
    """The line is plainly an item of this side section."""
    if find_range(text) is not None:
        return False
    if section == "skills":
        return _is_skill_line(text)
    if section == "languages":
        return _is_language_line(text)
    if section == "contact":
        return _is_contact_line(text)
    return False  # a summary's or interests' lines can pass for a job's description: they stay


@cache
def _side_heading_words() -> tuple[tuple[str, str], ...]:
    """(heading as written, lower case; its section) for side sections, longest first."""
    names = [(alias, section) for alias, section in heading_aliases().items() if section in SIDE_SECTIONS and section != "summary"]
    return tuple(sorted(names, key=lambda item: -len(item[0])))


def _trailing_heading(text: str) -> Optional[tuple[str, str]]:
    """A side heading glued to the end of a line ("... in Jira  LANGUAGES"): (rest, section)."""
    words = text.split()
    for size in (3, 2, 1):
        if len(words) <= size:
            continue
        tail = " ".join(words[-size:])
        if not (tail.isupper() or (tail.istitle() and size == 1 and tail != "Skills")):
            continue  # "... improved Communication Skills" ends a sentence, not a column
        section = heading_aliases().get(normalise_heading(tail))
        if section in SIDE_SECTIONS and section != "summary":
            return " ".join(words[:-size]), section
    return None


def side_heading_above(lines: tuple[Line, ...], index: int) -> Optional[str]:
    """The side section whose heading is the line just above this one, if any."""
    return _side_heading(lines[index - 1].text.strip()) if 0 < index <= len(lines) else None


def without_side_column(lines: list[tuple[int, str]], section: Optional[str] = None) -> list[tuple[int, str]]:
    """The work history's (offset, text) lines without the side column's headings and items;
    `section` is the side section already begun above them."""
    kept: list[tuple[int, str]] = []
    for offset, text in lines:
        stripped = text.strip().lstrip(_BULLETS).strip()
        side = _side_heading(stripped)
        if side is not None:
            section = side
            continue
        if section is not None and _fits(section, stripped):
            continue
        if section is not None or kept:
            trailing = _trailing_heading(text.rstrip())
            if trailing is not None and not _is_skill_line(stripped):
                text, section = trailing
        kept.append((offset, text))
    return kept


_GLUED_HEADING_WORDS = 3


def experience_heading_with_side_item(text: str) -> Optional[str]:
    """An experience heading with a side column's item run into its line, before or after it
    ("EXPERIENCE  Jira", "Work experience  Riverton State University"): the heading, or None."""
    words = text.split()
    splits = [(" ".join(words[:size]), " ".join(words[size:])) for size in range(_GLUED_HEADING_WORDS, 0, -1)]
    # the heading may stand last as well, when the side column is the left one ("someone@mail.test  EXPERIENCE")
    splits += [(" ".join(words[-size:]), " ".join(words[:-size])) for size in range(_GLUED_HEADING_WORDS, 0, -1)]
    for head, rest in splits:
        if not rest or not head[:1].isupper() or heading_aliases().get(normalise_heading(head)) != "experience":
            continue
        if find_range(rest) is not None or TITLE_WORDS.search(rest):
            return None
        if any(_fits(section, rest) for section in ("skills", "languages", "contact")):
            return head
        if DEGREE_RE.search(rest) or INSTITUTION_RE.search(rest):
            return head
    return None
