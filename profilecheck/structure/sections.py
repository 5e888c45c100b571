"""Find section headings and cut the document into sections.

A heading is a short line whose normalised words name a known section (lexicons/sections.toml),
alone on its line or followed by a colon and inline content ("Skills: Jira, Confluence").
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Optional

from ..models import Document, Line, Section
from ..resources import read_lexicon_text

_NON_WORD = re.compile(r"[^a-z0-9+ ]+")
_SPACES = re.compile(r"\s+")


def normalise_heading(text: str) -> str:
    text = text.lower().replace("&", " and ").replace("-", " ").replace("/", " and ")
    text = _NON_WORD.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


@cache
def heading_aliases() -> dict[str, str]:
    """Normalised heading text -> canonical section id."""
    data = tomllib.loads(read_lexicon_text("sections"))
    aliases: dict[str, str] = {}
    for entry in data["section"]:
        for alias in entry["aliases"]:
            aliases[normalise_heading(alias)] = entry["id"]
    return aliases


@dataclass(frozen=True)
class Heading:
    section: str
    text: str  # the heading as written
    inline: str  # content after "Heading:" on the same line, if any


_FONT_HEADING_RATIO = 1.18  # headings are set this much larger than body text; bold employer names less so


def font_heading_of(line: Line, body_size: float) -> Optional[Heading]:
    """A heading we have no name for, recognised by its type: larger than the body text, bold or
    in capitals, a few words, no digits or sentence punctuation ("VOLUNTEER LEADERSHIP").
    It ends the section before it, so its lines are not read as, say, work history."""
    from .education import DEGREE_RE, INSTITUTION_RE
    from .experience import _ORG_WORDS, TITLE_WORDS

    text = line.text.strip()
    if not body_size or line.size < body_size * _FONT_HEADING_RATIO or line.region == "table":
        return None
    if not (line.bold or (text.isupper() and len(text) > 3)) or not 1 <= len(text.split()) <= 5:
        return None
    if re.search(r"\d|[.,;:!?]$|@|\|", text) or text.startswith("•") or TITLE_WORDS.search(text):
        return None
    if INSTITUTION_RE.search(text) or DEGREE_RE.search(text) or _ORG_WORDS.search(text):
        return None
    return Heading("other", text, "")


def heading_of(line: Line, body_size: float = 0.0) -> Optional[Heading]:
    """The heading this line is, or None."""
    raw = line.text.strip().lstrip("#").strip()
    if not raw or len(raw) > 60 or raw.startswith("•"):
        return None
    inline = ""
    if ":" in raw:
        head, _, rest = raw.partition(":")
        if rest.strip():
            # "Skills: Jira, Confluence" is a heading with inline content only when the head is short
            if len(head.split()) > 4:
                return None
            inline = rest.strip()
        raw = head
    key = normalise_heading(raw)
    section = heading_aliases().get(key)
    if section is None:
        return None
    if inline and section not in ("skills", "languages", "certifications", "summary", "contact"):
        return None
    return Heading(section, raw.strip(), inline)


def line_offsets(lines: tuple[Line, ...]) -> list[int]:
    """Character offset of each line in Document.text (lines joined by newlines)."""
    offsets, position = [], 0
    for line in lines:
        offsets.append(position)
        position += len(line.text) + 1
    return offsets


def find_sections(document: Document) -> tuple[Section, ...]:
    lines = document.lines
    offsets = line_offsets(lines)
    total = len(document.text)
    sections: list[Section] = []
    current_name, current_heading, first_line, start = "header", "", 0, 0
    previous_region = lines[0].region if lines else "body"

    def close(until_line: int) -> None:
        end = offsets[until_line] - 1 if until_line < len(lines) else total
        if until_line > first_line or current_heading:
            sections.append(Section(current_name, current_heading, start, max(start, end), first_line, until_line))

    for index, line in enumerate(lines):
        heading = heading_of(line, document.body_size)
        region_switch = line.region != previous_region and previous_region == "sidebar"
        previous_region = line.region
        if heading is None and not region_switch and index > 2 and current_name != "header":
            heading = font_heading_of(line, document.body_size)
        if heading is None and region_switch:
            # The main column of a sidebar layout starts with the name and headline again.
            close(index)
            current_name, current_heading, first_line, start = "header", "", index, offsets[index]
            continue
        if heading is None:
            continue
        close(index)
        current_name, current_heading = heading.section, heading.text
        if heading.inline:
            first_line = index
            start = offsets[index] + line.text.find(heading.inline)
        else:
            first_line = index + 1
            start = offsets[index + 1] if index + 1 < len(lines) else total
    close(len(lines))
    return tuple(sections)
