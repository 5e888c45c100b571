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

from ..lexicon import cue_words
from ..models import Line, Section
from ..titles import is_known_title
from .contact import looks_like_location
from .dates import LEADING_DATE_RE, OPEN_START_RE, find_range, parse_end
from .education import DEGREE_RE, INSTITUTION_RE
from .sections import (
    SIDE_SECTIONS,
    education_beside_experience,
    experience_heading_with_side_item,
    heading_aliases,
    heading_of,
    normalise_heading,
    side_beside_experience,
)
from .side_items import is_side_item, is_skill_line, names_a_competency
from .title_words import ORG_WORDS, TITLE_WORDS

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
    """A side heading glued to the end of a line ("... in Jira  LANGUAGES", "... stand-ups
    EDUCATION"): (rest, section)."""
    words = text.split()
    for size in (3, 2, 1):
        if len(words) <= size:
            continue
        tail = " ".join(words[-size:])
        if not (tail.isupper() or (tail.istitle() and size == 1 and tail != "Skills")):
            continue  # "... improved Communication Skills" ends a sentence, not a column
        if size == 1 and not tail.isupper() and ORG_WORDS.fullmatch(tail) and words[-2][:1].isupper():
            continue  # "Kestrel Technologies": a company's name, not a heading run in
        section = heading_aliases().get(normalise_heading(tail))
        if (section in SIDE_SECTIONS and section != "summary") or (section == "education" and _capitals_after_lower(words, size)):
            return " ".join(words[:-size]).rstrip(" |"), section
    return None


def _capitals_after_lower(words: list[str], size: int) -> bool:
    """The last `size` words in capitals after one that is not: a heading run into a line, not
    the end of a name in capitals ("MINISTRY OF EDUCATION")."""
    return " ".join(words[-size:]).isupper() and not words[-size - 1].isupper()


def _word_spans(text: str) -> list[tuple[int, int]]:
    """Where the words of a line stand; a "|" (a text reader's mark for a tab between two
    columns) is a gap, not a word."""
    return [match.span() for match in re.finditer(r"[^\s|]+", text)]


def _leading_heading(text: str) -> Optional[tuple[int, str]]:
    """A side heading run into the start of a job's line ("LANGUAGES  Front End Developer"):
    (where the rest begins, section).  In capitals before words that are not, or apart from
    them by a wide gap: "Contact Center Manager" is a title."""
    spans = _word_spans(text)
    first = normalise_heading(text[: spans[0][1]]) if spans else ""
    if first.split(" ", 1)[0] not in _heading_first_words():
        return None  # the cheap test first: most lines open with no heading's word
    for size in (3, 2, 1):
        if len(spans) <= size:
            continue
        head, rest = text[: spans[size - 1][1]].strip(), text[spans[size][0] :]
        section = heading_aliases().get(normalise_heading(head))
        if section is None or section == "summary" or (section not in SIDE_SECTIONS and section != "education"):
            continue
        wide = spans[size][0] - spans[size - 1][1] >= 2
        if not (wide or (head.isupper() and not rest.isupper()) or _plainly_no_title(rest)):
            continue
        if section in SIDE_SECTIONS or (
            section == "education" and (head.isupper() or find_range(rest) is not None or rest[:1] in _BULLETS.strip())
        ):
            return spans[size][0], section
    return None


@cache
def _heading_first_words() -> frozenset[str]:
    return frozenset(key.split(" ", 1)[0] for key in heading_aliases())


def _plainly_no_title(rest: str) -> bool:
    """What follows a heading's word is a job's dates, a duty or an employer: "Skills  Contoso
    Bank, Haifa", not "Skills Development Manager"."""
    if find_range(rest) is not None or rest[:1] in _BULLETS.strip():
        return True
    return TITLE_WORDS.search(rest) is None and bool(ORG_WORDS.search(rest) or looks_like_location(rest.split(",", 1)[-1]))


def side_section_begun(lines: tuple[Line, ...], section: Section) -> Optional[str]:
    """The side section already begun where the work history starts: its heading shares the work
    history's heading line ("EXPERIENCE SKILLS"), or is the line just below it ("EXPERIENCE" then
    "SKILLS", the work history starting below both)."""
    beside = side_beside_experience(section.heading)
    if beside is not None:
        return beside
    index = section.first_line
    if 0 <= index < len(lines) and section.heading and lines[index].text.strip().startswith(section.heading):
        index += 1  # the heading opens the section's first line ("Employment history QA Tester ..."): what is above it counts
    if not 0 < index <= len(lines):
        return None
    above = _side_heading(lines[index - 1].text.strip())
    if above is not None:
        return above
    heading_line = lines[index - 1].text.strip()
    glued = experience_heading_with_side_item(heading_line)
    if glued is not None:
        # "Work experience  Kubernetes": the item run into the heading names the side section
        rest = heading_line.replace(glued, "", 1).strip(" |")  # " | " is a tab between the columns
        named = next((name for name in (*_ITEM_SECTIONS, "education") if is_side_item(name, rest)), None)
        if named is None and names_a_competency(rest):
            named = "skills"  # "Risk management  EMPLOYMENT HISTORY"
        if named is not None:
            return named
    if _education_begun_above(lines, index):
        return "education"
    return _side_section_above(lines, index - 1)


def _education_begun_above(lines: tuple[Line, ...], first_line: int) -> bool:
    """A side column's "Education" begun above the work history's heading (beside it on its
    line, "EDUCATION  Professional Experience", or a few lines above it, nothing but studies
    between), its studies going on below it: the work history opens with a school or a degree
    (a one-column resume's never does; its education may come first, but ends above)."""
    first = next((line.text.strip() for line in lines[first_line : first_line + 2] if line.text.strip()), "")
    plain_study = (DEGREE_RE.search(first) or INSTITUTION_RE.search(first)) and is_side_item("education", first)
    if not plain_study and _degree_before_title(first) is None:
        return False
    if education_beside_experience(lines[first_line - 1].text.strip()):
        return True
    for index in range(first_line - 2, max(-1, first_line - 2 - _SIDE_ITEMS_ABOVE), -1):
        text = lines[index].text.strip()
        if not text:
            continue
        heading = heading_of(Line(text=text))
        if heading is not None and heading.section == "education" and not heading.inline:
            return True  # ("QA ENGINEER  EDUCATION": the headline run into it, as well)
        if not is_side_item("education", text):
            return False
    return False


_ITEM_SECTIONS = ("skills", "languages", "contact")
_SIDE_ITEMS_ABOVE = 8


def _side_section_above(lines: tuple[Line, ...], heading_index: int) -> Optional[str]:
    """The side section whose heading stands a few lines above the work history's, nothing but
    its items between ("Contact", a phone, "Work experience"): its items go on below."""
    for index in range(heading_index - 1, max(-1, heading_index - 1 - _SIDE_ITEMS_ABOVE), -1):
        text = lines[index].text.strip()
        if not text:
            continue
        side = _side_heading(text)
        if side is not None:
            return side if side != "summary" else None
        if not any(is_side_item(name, text) for name in _ITEM_SECTIONS):
            return None
    return None


def without_side_column(lines: list[tuple[int, str]], section: Optional[str] = None) -> list[tuple[int, str]]:
    """The work history's (offset, text) lines without the side column's headings and items;
    `section` is the side section already begun above them."""
    kept: list[tuple[int, str]] = []
    after_study = False  # the line before was a study's (a degree, a school)
    for offset, text in lines:
        stripped = text.strip().lstrip(_BULLETS).strip()
        side = _side_heading(stripped)
        if side is not None:
            section = side
            continue
        if section == "education" and after_study and _dates_alone(stripped) and not _header_waiting(kept):
            continue  # "Valdora Polytechnic" / "Sep 1998 - Jun 2002": the study's months, no job waits for them
        if not _is_bullet(text):  # (the main column's duty bullets between a school and its months)
            after_study = section == "education" and is_side_item("education", stripped) and find_range(stripped) is None
        if section is not None and (is_side_item(section, stripped) or section == "skills" and names_a_competency(stripped)):
            continue  # (a competency alone on its line is a skills list's only once one has begun)
        if section is not None or kept:
            trailing = _trailing_heading(text.rstrip())
            if trailing is not None and not is_skill_line(stripped):
                text, section = trailing
        leading = _leading_heading(text)
        if leading is not None:
            cut, section = leading
            offset, text = offset + cut, text[cut:]
        if section is not None:
            offset, text = _without_glued_item(offset, text, section)
        kept.append((offset, text))
    return kept


def _is_bullet(text: str) -> bool:
    """A duty's line, opened by a bullet (a dash may open a range's end: not counted)."""
    return text.lstrip()[:1] in "•·▪‣◦●*"


def _dates_alone(text: str) -> bool:
    """A date range and nothing else on the line."""
    found = find_range(text)
    return found is not None and not (text[: found.span[0]] + text[found.span[1] :]).strip(" -–—,|()")


def _header_waiting(kept: list[tuple[int, str]]) -> bool:
    """A job's title among the lines kept since the last dates: its header waits for them."""
    for _, text in reversed(kept):
        if find_range(text) is not None:
            return False
        if TITLE_WORDS.search(text) and not text.lstrip().startswith(tuple(_BULLETS.strip())):
            return True
    return not any(find_range(text) for _, text in kept)  # (the first job's header may stand above the work history's heading)


_GLUED_ITEM_WORDS = 4
# A title may open with a platform ("SAP Project Manager", "Python Developer"), not with a tool
# before its grade: "SQL Junior Project Manager" is a skill run into the title's line.
_GRADE_FIRST = re.compile(r"^(?:junior|senior|lead|principal|chief|head|it|full[- ]stack|front[- ]end|back[- ]end)\b", re.IGNORECASE)
_BUILDER_LAST = re.compile(r"\b(?:developer|engineer|programmer|architect|dev)[\s,.;:]*$", re.IGNORECASE)
_TITLE_LAST = re.compile(rf"(?:{TITLE_WORDS.pattern})[\s,.;:]*$", re.IGNORECASE)


def _glued_item(piece: str, section: str) -> bool:
    piece = piece.strip(" ,;|")
    # a language with its level or a contact item is plain wherever the side column stands
    return bool(piece) and any(is_side_item(name, piece) for name in (section, "languages", "contact"))


def _without_glued_item(offset: int, text: str, section: str) -> tuple[int, str]:
    """A job's line with a side item run into its start or end ("Docker Full Stack Developer at
    ...", "APRIL 2020 - PRESENT C#", "Riga, Latvia 10/2025 - Current"), two columns' lines at
    one height joined into one: the line without the item.  Only when what is left is plainly a
    job's (its dates, or a whole title)."""
    if section == "education":
        cut = _degree_before_title(text)
        if cut is not None:
            return offset + cut, text[cut:]
    phone = _LEADING_PHONE_RE.match(text)
    if phone is not None and _PHONE_DIGITS <= sum(ch.isdigit() for ch in phone.group("phone")) and _glued_head(phone.group("phone"), text[phone.end() :], section):
        return offset + phone.end(), text[phone.end() :]  # "+972 50 000 00 00  Software Project Manager"
    spans = _word_spans(text)
    most = min(_GLUED_ITEM_WORDS, len(spans) - 1)
    for size in range(most, 0, -1):
        head, rest = text[: spans[size - 1][1]], text[spans[size][0] :]
        if _glued_head(head, rest, section, "|" in text[spans[size - 1][1] : spans[size][0]]):
            return offset + spans[size][0], rest
    for size in range(most, 0, -1):
        rest, tail = text[: spans[-size - 1][1]], text[spans[-size][0] :]
        if _glued_tail(rest, tail, section):
            return offset, rest
    return offset, text


# A phone number leading a line, its groups however many: one side item
_LEADING_PHONE_RE = re.compile(r"^\s*(?P<phone>\+?\(?\d[\d()\s.-]{6,}\d)\s+(?=[A-Za-z])")
_PHONE_DIGITS = 9  # a range of years ("2019 - 2021") has eight
_DEGREE_WORDS = 6


def _degree_before_title(text: str) -> Optional[int]:
    """Where the title begins on a line that is a degree run into a job's title ("M.Sc.
    Information Systems Agile Project Manager"): the shortest degree before a rest that is, word
    for word, a title the lexicon lists; or None."""
    spans = _word_spans(text)
    if not DEGREE_RE.search(text):
        return None
    for size in range(1, min(_DEGREE_WORDS, len(spans) - 1) + 1):
        head, rest = text[: spans[size - 1][1]], text[spans[size][0] :]
        if DEGREE_RE.search(head) and is_side_item("education", head) and is_known_title(rest.strip(" ,|")):
            return spans[size][0]
    return None


def _glued_head(head: str, rest: str, section: str, gap: bool = False) -> bool:
    if section == "education" and _study_years(head):
        # "2014 - 2019  • Led the risk logs", "2013 - 2016  Oct 2018 to Aug 2022"
        found = find_range(rest)
        return found is None or found.start.month is not None
    if section == "education" and rest[:1] in _BULLETS.strip() and is_side_item("education", head):
        return True  # "Diploma in Software Engineering  • Migrated the risk logs"
    if section == "education" and _school_name(head) and rest[:1].isupper():
        return bool(TITLE_WORDS.search(rest)) and not INSTITUTION_RE.search(rest)  # "Eastbrook College  System Administrator"
    if not _glued_item(head, section):
        return False
    if gap and not _vendor_named(head) and rest[:1].isupper():
        return True  # "Scrum | Java Developer": a tab between the columns, as the text reader marks it
    # before dates anything of the side column's goes; before a title only what no header
    # holds (a phone, an e-mail: a place may be the employer's) or a tool before a grade
    return find_range(rest) is not None or _half_range_first(rest) or bool(TITLE_WORDS.search(rest) and (_GRADE_FIRST.match(rest) or _is_address(head)))


def _half_range_first(rest: str) -> bool:
    """A dates column's range wrapped over two lines leads the rest: its start and dash
    ("September 2025 -  Front End Developer") or its end ("Present  Northwind Bank")."""
    if OPEN_START_RE.match(rest):
        return True
    end = LEADING_DATE_RE.match(rest)
    return end is not None and parse_end(end.group("date")) is not None


def _glued_tail(rest: str, tail: str, section: str) -> bool:
    found = find_range(rest)
    if section == "education" and _study_years(tail):
        return found is None  # "Northwind GmbH, Austin, TX  2012 - 2016"
    if not _glued_item(tail, section):
        return False
    if found is not None:
        if rest[found.span[1] :].strip(" -–—,|"):
            return False
        # "Jan 2019 - Present  Oracle": a tool's name may be the employer's, when nothing
        # stands before the dates to be it
        return bool(rest[: found.span[0]].strip(" -–—,|")) or not _vendor_named(tail)
    if _TITLE_LAST.search(rest) is None:
        return False
    # "Developer Unity3D", "Programmer C++": a builder's title may name its technology after it;
    # a manager's does not ("Project Manager  SQL")
    return not (_BUILDER_LAST.search(rest) and is_side_item("skills", tail.strip(" ,;|")))


_SCHOOL_END = re.compile(rf"(?:{INSTITUTION_RE.pattern})$|\b(?:of|for)\s+[A-Z][\w&-]*$", re.IGNORECASE)


def _school_name(piece: str) -> bool:
    """A school's whole name: it ends with its institution word or the one word after "of"
    ("Riverton State University", "University of Lakeside"), not in the middle of one."""
    piece = piece.strip()
    return INSTITUTION_RE.search(piece) is not None and _SCHOOL_END.search(piece) is not None and not TITLE_WORDS.search(piece)


def _study_years(piece: str) -> bool:
    """Nothing but a range of years ("2014 - 2019"): a study's, beside an 'Education' kept inside
    the jobs."""
    found = find_range(piece)
    return found is not None and is_side_item("education", piece.strip())


@cache
def _vendor_words() -> frozenset[str]:
    return frozenset(cue_words("vendor-tools"))


def _vendor_named(piece: str) -> bool:
    """A tool named like its maker ("Oracle", "SAP"): it may stand for the employer."""
    return piece.strip(" ,;|").lower() in _vendor_words()


def _is_address(piece: str) -> bool:
    """A phone number or an e-mail or web address: no employer's or place's name."""
    piece = piece.strip(" ,;|")
    return is_side_item("contact", piece) and ("@" in piece or piece.lower().startswith(("http", "www.")) or not re.search(r"[A-Za-z]", piece))
