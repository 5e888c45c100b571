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

from typing import Optional

from ..models import Line, Section
from .sections import SIDE_SECTIONS, heading_aliases, heading_of, normalise_heading, side_beside_experience
from .side_items import is_side_item, is_skill_line

_BULLETS = "•·▪‣◦-–*● "


def _side_heading(text: str) -> Optional[str]:
    """The side section a line heads, alone on its line."""
    heading = heading_of(Line(text=text))
    if heading is None or heading.inline or heading.qualified:
        return None
    if heading.section not in SIDE_SECTIONS and heading.section != "education":
        # "Education" stays inside a work history only when the section finder judged it a
        # second column's (sections.education_interleaved)
        return None
    return heading.section


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


def side_section_begun(lines: tuple[Line, ...], section: Section) -> Optional[str]:
    """The side section already begun where the work history starts: its heading shares the work
    history's heading line ("EXPERIENCE SKILLS"), or is the line just below it ("EXPERIENCE" then
    "SKILLS", the work history starting below both)."""
    beside = side_beside_experience(section.heading)
    if beside is not None:
        return beside
    index = section.first_line
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
        if section is not None and is_side_item(section, stripped):
            continue
        if section is not None or kept:
            trailing = _trailing_heading(text.rstrip())
            if trailing is not None and not is_skill_line(stripped):
                text, section = trailing
        kept.append((offset, text))
    return kept
