"""Find section headings and cut the document into sections.

A heading is a short line whose normalised words name a known section (lexicons/sections.toml),
alone on its line or followed by a colon and inline content ("Skills: Jira, Confluence").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Callable, Optional

from ..lexicon import load_sections
from ..models import Document, Line, Section

if TYPE_CHECKING:
    from .dates import DateRange

_WORD = re.compile(r"[a-z0-9+]+")


def normalise_heading(text: str) -> str:
    """Lower case, "&" and "/" read "and", and the runs of letters, digits and "+" between
    anything else, one blank apart."""
    return " ".join(_WORD.findall(text.lower().replace("&", " and ").replace("/", " and ")))


@cache
def heading_aliases() -> dict[str, str]:
    """Normalised heading text -> canonical section id."""
    aliases: dict[str, str] = {}
    for entry in load_sections():
        for alias in entry.aliases:
            aliases[normalise_heading(alias)] = entry.id
    return aliases


@dataclass(frozen=True)
class Heading:
    section: str
    text: str  # the heading as written
    inline: str  # content after "Heading:" on the same line, if any
    qualified: bool = False  # a known heading after words of the person's own ("Web Dev Positions")
    in_gutter: bool = False  # set in a column of its own beside the section ("Education | BSc ...")
    run_in: bool = False  # in capitals with its section's first line run in ("EDUCATION Riverton State ...")


_FONT_HEADING_RATIO = 1.18  # headings are set this much larger than body text; bold employer names less so


def font_heading_of(line: Line, body_size: float) -> Optional[Heading]:
    """A heading we have no name for, recognised by its type: larger than the body text, bold or
    in capitals, a few words, no digits or sentence punctuation ("VOLUNTEER LEADERSHIP").
    It ends the section before it, so its lines are not read as, say, work history."""
    from .education import DEGREE_RE, INSTITUTION_RE
    from .title_words import ORG_WORDS, TITLE_WORDS

    text = line.text.strip()
    if not body_size or line.size < body_size * _FONT_HEADING_RATIO or line.region == "table":
        return None
    if not (line.bold or (text.isupper() and len(text) > 3)) or not 1 <= len(text.split()) <= 5:
        return None
    if re.search(r"\d|[.,;:!?]$|@|\|", text) or text.startswith("•") or TITLE_WORDS.search(text):
        return None
    if INSTITUTION_RE.search(text) or DEGREE_RE.search(text) or ORG_WORDS.search(text):
        return None
    return Heading("other", text, "")


def _section_of(key: str) -> Optional[str]:
    aliases = heading_aliases()
    section = aliases.get(key)
    if section is None and key.startswith("my "):
        section = aliases.get(key[3:])  # "My Education"
    if section is None and key.endswith("experiences"):
        section = aliases.get(key[:-1])  # "Work Experiences", as non-native writers often put it
    if section is None and " and " in key:
        first, _, second = key.partition(" and ")
        if len(second.split()) <= 2 and not _side_heading_then_experience(key):
            section = aliases.get(first)  # "Education and Courses"
    return section


def _side_heading_then_experience(key: str) -> bool:
    """"skills and expertise experience": two columns' headings read as one line, the second the
    work history's, not "Skills and ..." of one heading."""
    if not key.endswith(" experience"):
        return False
    return _section_of(key[: -len(" experience")]) in SIDE_SECTIONS  # ("Education and work experience" may be one)


def _heading_pair(key: str) -> Optional[tuple[str, str]]:
    """The sections of two headings side by side (left, right), from a two-column layout read
    row by row ("EXPERIENCE SKILLS"), or None."""
    words = key.split()
    if not 2 <= len(words) <= 6:
        return None
    for cut in range(1, len(words)):
        left, right = _section_of(" ".join(words[:cut])), _section_of(" ".join(words[cut:]))
        if left and right and left != right:
            return left, right
    return None


def _two_headings(key: str) -> Optional[str]:
    """Two headings side by side: the left one is the section that starts here."""
    pair = _heading_pair(key)
    if pair is None:
        return None
    left, right = pair
    if right == "experience" and (left in SIDE_SECTIONS or left in ("education", "certifications")):
        # "PROFESSIONAL SUMMARY  EXPERIENCE", "EDUCATION  EXPERIENCE", "TRAININGS  CAREER": the
        # two columns run on interleaved; the work history is what must not be lost
        return right
    return left


def side_beside_experience(heading: str) -> Optional[str]:
    """The side section whose heading shares the work history's heading line ("EXPERIENCE
    SKILLS", "Work experience Languages"): its items run on among the jobs."""
    pair = _heading_pair(normalise_heading(heading))
    if pair is None or "experience" not in pair:
        return None
    other = pair[1] if pair[0] == "experience" else pair[0]
    return other if other in SIDE_SECTIONS and other != "summary" else None


def education_beside_experience(heading: str) -> bool:
    """"EDUCATION  Professional Experience": a side column's "Education" on the work history's
    heading line, two columns' headings read as one."""
    pair = _heading_pair(normalise_heading(heading))
    return pair is not None and set(pair) == {"education", "experience"}


def _heading_before_dates(raw: str) -> Optional[Heading]:
    """An experience heading that shares its line with the first job's dates, as a table row
    reads: "Work experience  04/2022 – 07/2022 (contract)" (an education's or a military
    service's too: "MILITARY January 2003 – December 2004 Analyst, ...")."""
    from .dates import find_range

    words = raw.split()
    for cut in range(min(4, len(words) - 1), 0, -1):
        head = " ".join(words[:cut])
        section = _section_of(normalise_heading(head))
        if section not in ("experience", "education", "military", "volunteering", "projects"):
            continue
        rest = re.sub(rf"^\s*(?:\S+\s+){{{cut}}}", "", raw)
        found = find_range(rest)
        # (a heading in capitals may be a left column's, its first word on the line above)
        if found is not None and found.span[0] == 0:
            return Heading(section, head, rest, run_in=head.isupper())
        if section == "education" and _school_follows(rest):
            return Heading(section, head, rest, run_in=head.isupper())
    return None


def _school_follows(rest: str) -> bool:
    """"Education Riverton State University 2008 TO 2013": a school named straight after the
    heading word, with its years; not "Education Coordinator, Riverton School" (a job title)."""
    from .dates import find_range
    from .education import INSTITUTION_RE
    from .title_words import TITLE_WORDS

    if not rest[:1].isupper() or TITLE_WORDS.search(" ".join(rest.split()[:3])):
        return False
    return INSTITUTION_RE.search(rest) is not None and find_range(rest) is not None


_ENUMERATOR_RE = re.compile(r"^(?:\d{1,2}|[IVX]{1,4})[.)]\s+(?=[A-Za-z])")
# The length of the whole history after its heading, as job sites' exports write it: "Work
# experience — 6 years 11 months", "Experience (12+ years)".
_TOTAL_LENGTH_RE = re.compile(
    r"\s*(?:[—–-]\s*|\(\s*)(?:over\s+)?\d{1,2}\+?\s*(?:years?|yrs?)(?:\s+\d{1,2}\s*(?:months?|mos?))?\s*\)?\s*$",
    re.IGNORECASE,
)


def _experience_with_total(raw: str) -> Optional[Heading]:
    """"Work experience — 6 years 11 months": the work history's heading, its total after it."""
    head = _TOTAL_LENGTH_RE.sub("", raw)
    if head != raw and _section_of(normalise_heading(head)) == "experience":
        return Heading("experience", head.strip(), "")
    return None


_BULLETED_HEADINGS = frozenset({"experience", "education", "skills", "summary", "certifications", "languages", "contact", "interests"})


def heading_of(line: Line, body_size: float = 0.0) -> Optional[Heading]:
    """The heading this line is, or None."""
    heading = _heading_of_text(line.text)
    if heading is None and line.bold and line.text.startswith("•"):
        # "• Professional Experience" in bold: a heading style that numbers its headings with a
        # bullet, as a word processor's PDF draws it (only a whole heading, nothing after it)
        # (not one a job's own bullets may hold: "• Key achievements", "• Projects")
        bare = _heading_of_text(line.text.lstrip("• ").strip())
        if bare is not None and bare.section in _BULLETED_HEADINGS and ":" not in line.text and not (
            bare.inline or bare.qualified or bare.run_in
        ):
            return bare
    return heading


@lru_cache(maxsize=4096)  # each line is asked again by the lines above it (_more_jobs_follow, _dates_follow)
def _heading_of_text(text: str) -> Optional[Heading]:
    raw = text.strip().lstrip("#").strip()
    if raw[:1].isdigit() or raw[:1] in "IVX":
        raw = _ENUMERATOR_RE.sub("", raw, count=1)  # "2. Work Experience", "III. Education"
    if not raw or len(raw) > 60 or raw.startswith("•"):
        if raw and not raw.startswith("•") and len(raw) <= 160:
            return _inline_experience(raw) or _heading_before_dates(raw) or _run_in_capitals(raw)
        return None
    if raw[:1].islower() and raw.endswith("."):
        return None  # "methods." ends a wrapped sentence
    spread = _heading_spread(raw)
    if spread is not None:
        return spread
    in_gutter = _heading_in_gutter(text.strip())
    if in_gutter is not None:
        return in_gutter
    run_in = _run_in_capitals(raw)
    if run_in is not None:
        return run_in
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
    section = _section_of(key)
    if section is None and not inline:
        section = _two_headings(key)
        if section is None:
            return (
                _heading_before_dates(raw) or _experience_with_total(raw) or _qualified_heading(raw, key)
                or _heading_with_aside(raw)
            )
    if section is None:
        return None
    if inline and section not in ("skills", "languages", "certifications", "summary", "contact"):
        if section == "experience" and (_has_dates(inline) or _is_title_line(inline)):
            # "Experience: Developer, 2021 – now", "Work experience: Project Coordinator"
            return Heading(section, raw.strip(), inline)
        return None
    return Heading(section, raw.strip(), inline)


def _heading_spread(raw: str) -> Optional[Heading]:
    """A heading whose words a wide letter-spacing set a gutter apart, read as cells: "WORK |
    HISTORY", "EDUCATION | & | TRAINING"."""
    if " | " not in raw or len(raw) > 60:
        return None
    pieces = raw.split(" | ")
    if any(len(piece.split()) != 1 for piece in pieces):
        return None
    joined = " ".join(pieces)
    section = _section_of(normalise_heading(joined))
    return Heading(section, joined, "") if section else None


def _heading_in_gutter(text: str) -> Optional[Heading]:
    """"Work Experience | Implementation Project Manager": a template that sets each section's
    heading in a column of its own, left of the section, the first line of the section beside
    it (a PDF's cells, a Word table's, parted by " | "): the heading, with that line inline.
    Only the work history's: a side column's headings stand beside the main column's lines
    just as well ("Languages | Head of PMO, Tailspin Logistics")."""
    head, mark, rest = text.partition(" | ")
    if not mark or not rest.strip() or len(head) > 40:
        return None
    section = _section_of(normalise_heading(head))
    if section != "experience":
        return None  # a side column's "Languages" or "Education" beside a job's line is no gutter
    from .contact import looks_like_name

    if looks_like_name(rest.strip()):
        return None  # "Experience | MEI OKAFOR": a side column's heading beside the name
    return Heading(section, head.strip(), rest.strip(), in_gutter=True)


# Sections a heading may name after a few words of its own: "Web Dev Positions", "Teaching
# Experience", "Cloud Skills and Tools", "Further Education".
_QUALIFIED_SECTIONS = ("experience", "skills", "education")
_QUALIFIER_WORDS = 3


def _qualified_heading(raw: str, key: str) -> Optional[Heading]:
    """A heading that ends in a known one, the first words the person's own ("Web Dev Positions",
    "IT Consulting Experience"): a short line of capitalised words, no digits, no punctuation.
    Such a line may also be a phrase in a list ("User Experience"); `find_sections` takes an
    experience heading of this kind only where dated jobs follow it."""
    words = raw.split()
    if not 2 <= len(words) <= _QUALIFIER_WORDS + 3 or re.search(r"[\d.,;:!?()@|]", raw):
        return None
    if not (raw.isupper() or all(word[:1].isupper() or word.lower() in ("and", "&", "of", "in") for word in words)):
        return None
    parts = key.split()
    for cut in range(1, min(_QUALIFIER_WORDS, len(parts) - 1) + 1):
        section = _section_of(" ".join(parts[cut:]))
        if section in _QUALIFIED_SECTIONS:
            return Heading(section, raw.strip(), "", qualified=True)
    return None


_ASIDE_RE = re.compile(r"^(?P<head>[^()]+?)\s*\((?P<aside>[^()\d]{1,30})\)$")


def _heading_with_aside(raw: str) -> Optional[Heading]:
    """A known heading with a word or two in brackets after it: "Work Experience (selected)",
    "Certifications (in progress)"."""
    match = _ASIDE_RE.match(raw)
    if match is None:
        return None
    section = _section_of(normalise_heading(match["head"]))
    return Heading(section, raw.strip(), "") if section else None


def _has_dates(text: str) -> bool:
    from .dates import find_range

    return find_range(text) is not None


_CAPITALS_HEAD_RE = re.compile(r"^(?P<head>[A-Z][A-Z&/-]+(?: [A-Z&/-]+){0,2}) (?P<rest>\S.*)$")


def _run_in_capitals(raw: str) -> Optional[Heading]:
    """A heading in capitals with its section's first line run in after it, as a CV builder's
    left column of headings reads line by line beside the right column: "EDUCATION  Riverton
    State University ...", "SOFT SKILLS Team player".  The heading is words of the lexicon in
    capitals; what follows is written in ordinary case, two words or more."""
    match = _CAPITALS_HEAD_RE.match(raw)
    if match is None:
        return None
    rest = match.group("rest").strip()
    if len(rest.split()) < 2 or not re.search(r"[a-z]", rest) or rest[:1] in "|:-–—(":
        return None
    if _section_of(normalise_heading(rest)) is not None or _two_headings(normalise_heading(rest)) is not None:
        return None  # "LANGUAGES Professional Experience": two columns' headings side by side
    if "|" in rest or _has_dates(rest):
        return None  # "EDUCATION Northwind | FEB 2023 - FEB 2025": a side heading beside a job's line
    words = match.group("head").split()
    for cut in range(len(words), 0, -1):
        head = " ".join(words[:cut])
        section = _section_of(normalise_heading(head))
        if section is not None and section in SIDE_SECTIONS:
            return None  # "LANGUAGES Front End Developer": a side column's heading beside a job's line
        if section is not None:
            if cut < len(words):
                rest = " ".join(words[cut:]) + " " + rest
            if not re.match(r"[A-Z0-9]?[a-z]", rest.split()[0][:2] + "a") and not rest[:1].isupper():
                return None
            if section == "experience":
                # what runs in beside the work history's heading may be a side column's item
                # ("EXPERIENCE Riverton State University"): the history starts below it
                return Heading(section, head, "", run_in=True)
            return Heading(section, head, rest, run_in=True)
    return None


def _run_in_begun_above(lines: tuple[Line, ...], first_line: int, index: int, heading: Heading) -> Optional[tuple[str, str]]:
    """A run-in heading in capitals whose first words ended the line above, itself run in with
    its own text ("WORK Tanndu ..." over "EXPERIENCE Experience with ..."): (those words, the
    text after them), or None."""
    if not heading.run_in or index <= first_line:
        return None
    above = lines[index - 1].text.strip()
    match = _CAPITALS_HEAD_RE.match(above)
    if match is None or _section_of(normalise_heading(match.group("head"))) is not None:
        return None
    words = match.group("head").split()
    for cut in range(len(words), 0, -1):
        head = " ".join(words[:cut])
        if _section_of(normalise_heading(f"{head} {heading.text}")) == heading.section:
            rest = (" ".join(words[cut:]) + " " + match.group("rest")).strip()
            return head, rest
    return None


def _inline_experience(raw: str) -> Optional[Heading]:
    """A long line that is an experience heading with the first job after a colon, or run in
    with no colon when the heading has two words or more and the job's line after it opens with
    a capital and holds a title and dates ("Employment history Manual QA Tester  Northwind —
    2024 - present")."""
    from .title_words import TITLE_WORDS

    head, colon, rest = raw.partition(":")
    if colon and rest.strip() and len(head.split()) <= 4 and _section_of(normalise_heading(head)) == "experience":
        if _has_dates(rest) or _is_title_line(rest):
            # ("Work experience: Project Coordinator", the first job's title after the colon)
            return Heading("experience", head.strip(), rest.strip())
    words = raw.split()
    for cut in (3, 2):
        if len(words) <= cut + 1:
            continue
        head, rest = " ".join(words[:cut]), raw.split(None, cut)[cut]
        if _section_of(normalise_heading(head)) == "experience" and rest[:1].isupper() and _has_dates(rest) and TITLE_WORDS.search(rest):
            return Heading("experience", head, rest.strip())
    return None


_SIDE_SECTIONS = ("skills", "languages", "contact", "interests")
_ACTIVITIES_RE = re.compile(r"\b(?:activities|extra ?curricular)\b")


def activities_heading(text: str) -> bool:
    """"Extracurricular activities", "Leadership and Activities": a student's dated roles in
    clubs and councils follow, a section of the main column that ends the work history (not a
    side column's heading read into it, whatever dated lines come below), and holds no jobs."""
    return bool(_ACTIVITIES_RE.search(normalise_heading(text)))


def _names_activities(heading: Heading) -> bool:
    return not heading.inline and activities_heading(heading.text)
# Headings a side column may put inside a work history read line by line.
SIDE_SECTIONS = _SIDE_SECTIONS + ("summary",)


# How far a side column's headings may push the rest of a work history: two columns read line by
# line put "Languages" and "About me" between one job and the next.
_INTERLEAVED_REACH = 40


def _undated_job_follows(
    lines: tuple[Line, ...], index: int, body_size: float, job_header: Optional[Callable[[str, str], bool]], reach: int = 8
) -> bool:
    """A job's header written without dates ("Neolines, Frontend developer", or a title's line and
    an employer's) comes within the next lines before any other heading: a job's "Key
    Achievements:" or "Technologies:" label above it is no section of its own.  `job_header`
    tells such a header from a line and the one after it (the work-history reader's test,
    handed in: it reads headings itself)."""
    if job_header is None:
        return False
    for number, line in enumerate(lines[index + 1 : index + 1 + reach]):
        heading = heading_of(line, body_size)
        if heading is not None and not heading.qualified:
            return False
        following = index + 2 + number
        if job_header(line.text.strip(), lines[following].text.strip() if following < len(lines) else ""):
            return True
    return False


_NEXT_JOB_REACH = 15  # lines from a heading inside the work history to the next job's dates


def _more_jobs_follow(lines: tuple[Line, ...], index: int, body_size: float, reach: int = _NEXT_JOB_REACH) -> bool:
    """A date range comes within the next lines before any other heading; or, further on and past
    other side-column headings, a job's title with its dates."""
    from .dates import find_range
    from .title_words import TITLE_WORDS

    near = True
    recent: list[str] = []  # the lines since the last heading
    for number, line in enumerate(lines[index + 1 : index + 1 + _INTERLEAVED_REACH]):
        heading = heading_of(line, body_size)
        if heading is not None and heading.section == "awards" and line.text.strip().endswith(":"):
            heading = None  # the next job's own "Key achievements:" label, as the one above was
        if heading is not None and not heading.inline and not heading.qualified:
            if heading.section == "education" and education_interleaved(lines, index + 1, index + 1 + number, body_size):
                return True  # it already saw a job's dates below
            if heading.section not in SIDE_SECTIONS:
                return False
            near, recent = False, []  # another side heading: only a job's own lines count from here
            continue
        found = find_range(line.text) or _end_year_below(lines, index + 1 + number)
        recent.append(line.text.strip())
        if found is None:
            if _open_start_before_title(line.text):
                return True  # "Feb 2024 –  Delivery Manager" / "Aug 2024  Northwind": a dates column's range wrapped
            continue
        if near and number < reach:
            return True
        if TITLE_WORDS.search(line.text[: found.span[0]]):
            return True
        if _job_month_range(line.text) is not None and any(_job_title_line(text) for text in recent[-1 - _TITLE_REACH : -1]):
            return True  # "Front End Developer at Northwind" / "German - A2" / "January 2023 - September 2023"
    return False


def _end_year_below(lines: tuple[Line, ...], index: int):
    """"Apr 2024 - Sep" / "2025": a range whose end year a narrow dates cell wrapped onto a line
    of its own; the range, or None."""
    from .dates import END_YEAR_CUT_RE, WRAPPED_YEAR_RE, find_range

    text = lines[index].text.strip()
    if index + 1 >= len(lines) or END_YEAR_CUT_RE.fullmatch(text) is None:
        return None
    year = lines[index + 1].text.strip()
    return find_range(f"{text} {year}") if WRAPPED_YEAR_RE.fullmatch(year) else None


def _header_owed_below(lines: tuple[Line, ...], first_line: int, index: int) -> bool:
    """The work history so far ends with a job's dates alone on their line, and its title comes
    straight below the side heading at `index` ("Jul 2023 - Current" / "Languages" / "Business
    Analyst" / "Northwind, Riga"): a reader of text blocks set the heading between the two."""
    from .dates import find_range

    above = next((line.text.strip() for line in reversed(lines[first_line:index]) if line.text.strip()), "")
    below = next((line.text.strip() for line in lines[index + 1 : index + 3] if line.text.strip()), "")
    found = find_range(above)
    if found is None or found.start.month is None or (above[: found.span[0]] + above[found.span[1]:]).strip(" -–—,|()"):
        return False
    return _is_title_line(below)


def _undated_pair_across(lines: tuple[Line, ...], first_line: int, index: int, job_header: Optional[Callable[[str, str], bool]]) -> bool:
    """The side heading at `index` parts the two lines of a job's header written without dates
    ("Film Scouts Ltd: -" / "Languages" / "Location manager"): a reader of text blocks set it
    between them."""
    if job_header is None or index <= first_line:
        return False
    above = next((line.text.strip() for line in reversed(lines[first_line:index]) if line.text.strip()), "")
    below = next((line.text.strip() for line in lines[index + 1 : index + 2] if line.text.strip()), "")
    # (only an employer's line that kept the colon of its lost dates: a dated job's line, or a
    # sub-heading of its functions, is no such header)
    return bool(re.search(r"\w\s*:\s*(?:[-–—]\s*)?$", above)) and bool(below) and job_header(above, below)


def _open_start_before_title(text: str, by_month: bool = False) -> bool:
    """A job's line led by its start date and a dash with the end wrapped to the next line, a
    title after it: "Feb 2024 –  Delivery Manager" (a dates column beside the job's header);
    `by_month`: only a start with its month."""
    from .dates import OPEN_START_RE, find_range, parse_date
    from .title_words import TITLE_WORDS

    start = OPEN_START_RE.match(text)
    if start is None or find_range(text) is not None or TITLE_WORDS.search(text[start.end():]) is None:
        return False
    parsed = parse_date(start.group("date"))
    return parsed is not None and (parsed.month is not None or not by_month)


def _duty_line(text: str) -> bool:
    """"• Delivered the rollout": a job's duty, opened by one of the lexicon's action verbs, with
    or without its bullet (a dump may have lost it), naming no degree or school."""
    from ..lexicon import action_verb_groups, cue_words
    from .education import names_a_study

    stripped = text.strip()
    words = stripped.lstrip("•·▪‣◦-–*●o ").split()
    if len(words) < 4:
        return False
    first = words[0].lower()
    # with its bullet kept, any verb in the past opens a duty ("• Moved 40 servers to ..."),
    # not only the lexicon's strong ones
    past = stripped[:1] in "•·▪‣◦●" and (re.fullmatch(r"[a-z]{3,}ed", first) is not None or first in cue_words("common-past"))
    if first not in action_verb_groups() and not past:
        return False
    return not names_a_study(text)


def education_interleaved(lines: tuple[Line, ...], first_line: int, index: int, body_size: float) -> bool:
    """An "Education" heading at `index` that a second column put inside a job, not the end of the
    work history: the job's own lines go on around it (its title just above with no dates yet, or
    its duty bullets straight below), and a job's dates come below."""
    from .dates import find_range
    from .side_items import is_skill_line
    from .title_words import TITLE_WORDS

    above = [line.text for line in lines[first_line:index] if line.text.strip()]
    below = next((line.text for line in lines[index + 1 : index + 4] if line.text.strip()), "")
    if not above:
        return False
    last = above[-1].strip()
    # (a title just below its own dates, "Sep 2015 – Feb 2017" / "Project Manager, Northwind", or
    # two lines below them, "Period: 06/2023 – 07/2023" / "Company: Northwind" / "Position:
    # Intern", is a whole job already)
    dangling_title = (
        TITLE_WORDS.search(last) is not None and find_range(last) is None and len(last.split()) <= 6 and not _ends_a_sentence(last)
        and not any(find_range(text) is not None for text in above[-3:-1])
        and not is_skill_line(last)  # "Scrum | Jira" closing a skills list
    )
    # a duty bullet straight below the heading: a job's list went on past it
    if dangling_title or _duty_line(below):
        return _job_dates_follow(lines, index, body_size)
    # or the next job's title straight below it, its dates close behind; or a whole job's line
    # ("March 2021 - May 2023: System Administrator, Contoso") below one like it
    if _is_title_line(below) and _job_dates_follow(lines, index, body_size, reach=3):
        return True
    if _whole_job_line(below) and (_whole_job_line(last) or _duty_line(last)):
        return True
    if _header_above_dates_below(lines, first_line, index):
        return True
    return _study_block_then_jobs(lines, index, body_size) or _jobs_go_on_below(lines, first_line, index, body_size, _undated_tail(above))


def _header_above_dates_below(lines: tuple[Line, ...], first_line: int, index: int) -> bool:
    """The heading parts a job's header from its dates: the work history writes each job's title
    above its dates, the title (with at most its employer's line) stands just above the heading
    with no dates yet, and a job's dates by month stand just below it, no study's word after them
    ("IT Program Manager" / "Northwind Payments, Berlin" / "Education" / "07.2021 — 06.2022")."""
    from .dates import find_range
    from .education import names_a_study

    if index + 1 >= len(lines) or _job_month_range(lines[index + 1].text.strip()) is None:
        return False  # (the cheap tests first)
    above = [line.text.strip() for line in lines[max(first_line, index - 2) : index]]
    if not above or any(find_range(text) is not None for text in above) or not any(_job_title_line(text) for text in above):
        return False
    after = [line.text for line in lines[index + 2 : index + 4]]
    if any(names_a_study(text) for text in after):
        return False
    shape = job_shape(lines, first_line, index)
    return shape is not None and shape.title_offset < 0


def _undated_tail(above: list[str]) -> list[str]:
    """The last few lines of a work history after its last dates: a job's header still waiting
    for them ("QA Engineer" / "SQL" / "Northwind Traders, Lisbon" above a side column's heading)."""
    from .dates import find_range

    tail: list[str] = []
    for text in reversed(above[-_TITLE_REACH:]):
        if find_range(text) is not None:
            break
        tail.insert(0, text.strip())
    return tail


_TITLE_REACH = 3  # lines between a job's title and its dates, either way round


def _jobs_go_on_below(lines: tuple[Line, ...], first_line: int, index: int, body_size: float, waiting: list[str]) -> bool:
    """A side column's "Education" set down in the middle of a work history, the jobs going on
    among and after its studies: below it, before any heading of the main column's, a job (its
    title and its dates by month within a few lines, no course's or study's word on them; the
    title may be among `waiting`, the lines above it after the last dates), and a side column's
    lines already among the jobs above.  A one-column resume's education may hold dated posts
    with a title's word (a teaching or research assistant's, two of them even): they alone are
    no sign of a second column."""
    return _jobs_below(lines, index, body_size, waiting) >= 1 and _side_column_among(lines, first_line, index)


def _jobs_below(lines: tuple[Line, ...], index: int, body_size: float, waiting: list[str]) -> int:
    """How many jobs (a title and its dates by month) stand below the heading at `index`, before
    any heading of the main column's; `waiting`, the lines above the heading after the last
    dates, may hold a title still waiting for its dates."""
    jobs = 0
    recent = list(waiting)
    dates_waiting = None  # lines since a job's dates that had no title before them
    for line in lines[index + 1 : index + 1 + _INTERLEAVED_REACH]:
        text = line.text.strip()
        if not text:
            continue
        heading = heading_of(line, body_size)
        if heading is not None and not heading.inline and not heading.qualified:
            if heading.section in SIDE_SECTIONS:
                continue
            break
        if dates_waiting is not None:
            dates_waiting += 1
            if _job_title_line(text):
                jobs, dates_waiting, recent = jobs + 1, None, []
                continue
            if dates_waiting >= _TITLE_REACH:
                dates_waiting = None
        if _job_month_range(text) is not None:
            whole = _whole_job_line(_without_study_at_end(text)) and not _names_a_course(text)
            if whole or any(_job_title_line(earlier) for earlier in recent[-_TITLE_REACH:]):
                jobs, recent = jobs + 1, []
                continue
            dates_waiting = 0
        if not _plain_side_item(text):
            recent.append(text)  # (a side column's items between a job's lines do not part them)
    return jobs


def _plain_side_item(text: str) -> bool:
    """A study, a skill, a language or a contact item: a side column's line, none of a job's."""
    from .side_items import is_side_item

    return any(is_side_item(section, text) for section in ("education", "skills", "languages", "contact"))


# "Scrum" opens titles ("Scrum Master") but is none: "Professional Scrum" is a certificate's name
_SCRUM_RE = re.compile(r"\bscrum\b", re.IGNORECASE)


def _job_title_line(text: str) -> bool:
    """A title line that names a job, not a course: a title's word besides "Scrum"."""
    from .title_words import TITLE_WORDS

    return _is_title_line(text) and not _names_a_course(text) and TITLE_WORDS.search(_SCRUM_RE.sub(" ", text)) is not None


@cache
def _course_words() -> re.Pattern:
    from ..lexicon import cue_words

    return re.compile(r"\b(?:" + "|".join(re.escape(word) for word in cue_words("course-words")) + r")\b", re.IGNORECASE)


def _names_a_course(text: str) -> bool:
    return _course_words().search(text) is not None


def _side_column_among(lines: tuple[Line, ...], first_line: int, index: int) -> bool:
    """A side column's lines already stand among the work history's (from its heading's line to
    `index`): a side heading, or a line that is plainly a side item no work history holds (a
    language with its level, a phone number or e-mail, a lone tool)."""
    from .side_items import is_side_item

    heading_line = lines[first_line - 1].text if first_line > 0 else ""
    if side_beside_experience(heading_line.strip()) is not None or experience_heading_with_side_item(heading_line.strip()):
        return True
    for line in lines[first_line:index]:
        text = line.text.strip().lstrip("•·▪-–* ").strip()
        if not text:
            continue
        heading = heading_of(line, 0.0)
        if heading is not None and not heading.inline and heading.section in SIDE_SECTIONS:
            return True
        address = "@" in text or not re.search(r"[A-Za-z]", text)  # an e-mail or a phone number, not a place
        if is_side_item("languages", text) or (address and is_side_item("contact", text)):
            return True
        if len(text.split()) <= 2 and "," not in text and is_side_item("skills", text):
            return True
    return False


def _job_month_range(text: str) -> Optional[DateRange]:
    """A job's dates by month on a line naming no degree or school, a study's bare years glued
    before them looked past ("2010 - 2014  Jan 2023 - Present", two columns' lines run into one);
    the range, or None."""
    from .dates import find_range
    from .education import names_a_study

    text = _without_study_at_end(text)
    years = _LEADING_YEARS_RE.match(text)
    found = find_range(text[years.end() :] if years else text)
    if found is None or found.start.month is None or names_a_study(text):
        return None
    return found


_STUDY_TAIL_WORDS = 5


def _without_study_at_end(text: str) -> str:
    """A job's line with a study run into its end by two columns at one height ("Northwind LLC |
    Mar 2021 - Jun 2023  M.Sc. Information Systems", "...: QA Engineer, Northwind (Haifa)
    Riverton State University"): the line without it, when what is left holds a job's dates by
    month and names no study; else the line as it is."""
    from .dates import find_range
    from .education import names_a_study
    from .side_items import is_side_item

    words = text.split()
    if len(words) < 3 or not names_a_study(text):
        return text
    for size in range(1, min(_STUDY_TAIL_WORDS, len(words) - 2) + 1):
        head, tail = " ".join(words[:-size]), " ".join(words[-size:])
        if names_a_study(head):
            continue
        found = find_range(head)
        if found is not None and found.start.month is not None and is_side_item("education", tail):
            return head
    return text


# A study's bare years leading a line, to the end year ("2010 - 2014", not "2010 - 2014 Jan", which
# a range reads as ending in January)
_LEADING_YEARS_RE = re.compile(r"^[\s•|]*(?:19|20)\d\d\s*(?:-|–|—|to)\s*(?:19|20)\d\d(?!\d)")


_STUDY_BLOCK_LINES = 8


def _study_block_then_jobs(lines: tuple[Line, ...], index: int, body_size: float) -> bool:
    """A side column's block of studies set down whole between two jobs, as a reader of text
    blocks gives it ("Education" / a degree / a school / "2008 - 2012" / "Senior Project
    Manager" / "Mossbank Labs" ...): nothing but studies under the heading, then a job's title
    with its dates, or another side heading with the jobs going on past it."""
    from .side_items import is_side_item

    studies = 0
    for number, line in enumerate(lines[index + 1 : index + 2 + _STUDY_BLOCK_LINES]):
        text = line.text.strip()
        if not text:
            continue
        if is_side_item("education", text):
            studies += 1
            continue
        if not studies:
            return False
        after = index + 1 + number
        heading = heading_of(line, body_size)
        if heading is not None and not heading.inline and not heading.qualified:
            return heading.section in SIDE_SECTIONS and _more_jobs_follow(lines, after, body_size)
        return (_is_title_line(text) or _whole_job_line(text)) and _job_dates_follow(lines, after - 1, body_size, reach=4)
    return False


def _jobs_beside_education(lines: tuple[Line, ...], index: int, body_size: float, reach: int = 6) -> bool:
    """"Professional Experience" straight above "EDUCATION", a job's title and month dates below
    both: two columns' headings read one after the other, not an empty work history."""
    titles = 0
    for line in lines[index + 1 : index + 1 + reach]:
        heading = heading_of(line, body_size)
        if heading is not None and not heading.inline and not heading.qualified:
            break
        titles += _is_title_line(line.text) or _whole_job_line(line.text)
    return titles > 0 and _job_dates_follow(lines, index, body_size)


def _whole_job_line(text: str) -> bool:
    """A job's dates by month and its title on one line, no study's word on it."""
    from .dates import find_range
    from .education import names_a_study
    from .title_words import TITLE_WORDS

    found = find_range(text)
    if found is None or found.start.month is None:
        return False
    rest = text[: found.span[0]] + " " + text[found.span[1] :]
    return TITLE_WORDS.search(rest) is not None and not names_a_study(text)


def _is_title_line(text: str) -> bool:
    """A short line that reads as a job title: a title word, no dates, no study's word."""
    from .dates import find_range
    from .education import names_a_study
    from .title_words import TITLE_WORDS

    text = text.strip()
    return (
        TITLE_WORDS.search(text) is not None
        and find_range(text) is None
        and not names_a_study(text)
        and len(text.split()) <= 10
        and not _ends_a_sentence(text)
        and text[:1].isupper()
    )


# A company's form or initials end a name, not a sentence: "Northwind S.A.", "Contoso Inc."
_ABBREVIATION_END_RE = re.compile(r"(?:\b(?:[A-Za-z]\.){1,3}|\b(?:inc|ltd|co|corp|bros|jr|sr)\.)$", re.IGNORECASE)


def _ends_a_sentence(text: str) -> bool:
    return text.endswith(".") and _ABBREVIATION_END_RE.search(text) is None


def _job_dates_follow(lines: tuple[Line, ...], index: int, body_size: float, reach: int = 12) -> bool:
    """A job's dates come within the next lines before any other heading: a range dated by month
    on a line that names no degree or school (a study's years are no job's; run into the line
    before a job's, they are looked past)."""
    from .dates import find_range

    for line in lines[index + 1 : index + 1 + reach]:
        heading = heading_of(line, body_size)
        if heading is not None and not heading.inline and not heading.qualified:
            return False
        if find_range(line.text) is None and _open_start_before_title(line.text, by_month=True):
            return True
        if _job_month_range(line.text) is not None:
            return True
    return False


_GLUED_HEADING_WORDS = 3


def experience_heading_with_side_item(text: str) -> Optional[str]:
    """An experience heading with a side column's item run into its line, before or after it
    ("EXPERIENCE  Jira", "Work experience  Riverton State University"): the heading, or None."""
    from .dates import find_range
    from .education import DEGREE_RE, INSTITUTION_RE
    from .side_items import is_side_item, names_a_competency
    from .title_words import TITLE_WORDS

    words = text.split()
    splits = [(" ".join(words[:size]), " ".join(words[size:])) for size in range(_GLUED_HEADING_WORDS, 0, -1)]
    # the heading may stand last as well, when the side column is the left one ("someone@mail.test  EXPERIENCE")
    splits += [(" ".join(words[-size:]), " ".join(words[:-size])) for size in range(_GLUED_HEADING_WORDS, 0, -1)]
    for head, rest in splits:
        rest = rest.strip(" |")  # a tab between the two columns, as the text reader marks it
        if not rest or not head[:1].isupper() or heading_aliases().get(normalise_heading(head)) != "experience":
            continue
        if find_range(rest) is None and (is_side_item("skills", rest) or names_a_competency(rest)):
            # "Professional Experience  Scrum": a method, though "scrum" opens titles; "Risk
            # management  EMPLOYMENT HISTORY": a competency no heading's line holds
            return head
        if rest == text[: len(rest)] and _bare_study_years(rest):
            return head  # "2014 - 2018  WORK EXPERIENCE": a side column's study years before it
        if find_range(rest) is not None or TITLE_WORDS.search(rest):
            return None
        if any(is_side_item(section, rest) for section in ("skills", "languages", "contact")):
            return head
        if DEGREE_RE.search(rest) or INSTITUTION_RE.search(rest):
            return head
    return None


def _bare_study_years(text: str) -> bool:
    """Nothing but a range of years ("2014 - 2018"), as a side column gives a study's."""
    from .dates import find_range

    found = find_range(text)
    return (
        found is not None and found.start.month is None and not found.current and found.end is not None and found.end.month is None
        and not (text[: found.span[0]] + text[found.span[1] :]).strip(" -–—,|()")
    )


def _experience_heading_run_into(lines: tuple[Line, ...], index: int, body_size: float) -> Optional[Heading]:
    """"EXPERIENCE  Jira": a side column's item run into the heading's line, with dates below."""
    text = lines[index].text.strip()
    if len(text) > 80:
        return None
    head = experience_heading_with_side_item(text)
    if head is None or not _dates_follow(lines, index, body_size, past_side=True):
        return None
    return Heading("experience", head, "")


def _dates_follow(lines: tuple[Line, ...], index: int, body_size: float, reach: int = 8, past_side: bool = False) -> bool:
    """A date range, or a line led by a date, comes within the next lines before any other heading
    (`past_side`: before any but a side column's, whose headings the two columns interleave; past
    its "Education", only a job's month dates count)."""
    from .dates import LEADING_DATE_RE, find_range, parse_date

    past_education = False
    for line in lines[index + 1 : index + 1 + reach]:
        heading = heading_of(line, body_size)
        if heading is not None and not heading.inline and not heading.qualified:
            if past_side and heading.section in SIDE_SECTIONS:
                continue
            if past_side and heading.section == "education" and not past_education:
                past_education = True
                continue
            return False
        if past_education:
            if _job_month_range(line.text) is not None:
                return True
            continue
        leading = LEADING_DATE_RE.match(line.text.lstrip("• "))
        if find_range(line.text) is not None or (leading and parse_date(leading.group("date"))):
            return True
    return False


# ---------------------------------------------------------------- the shape of a work history's jobs

_SHAPES_READ = 5
_TITLE_OFFSETS = (0, -1, 1, -2, 2)  # the nearest first: the title's place from its dates (0: beside them)


@dataclass(frozen=True)
class JobShape:
    """How a work history writes a job: its dates alone on their line or not, and where its
    title stands from them (lines before, negative, or after the dates' last line; 0 beside
    them on their line)."""

    dates_alone: bool
    title_offset: int


_YEAR_HINT_RE = re.compile(r"\d\d")  # a year of four digits or two ("Sep 19 - Nov 21")


def job_dates_at(lines: tuple[Line, ...], index: int) -> Optional[tuple[int, str]]:
    """A job's dates by month starting on line `index`: the index of their last line (a narrow
    column may wrap the end year onto a line of its own) and what else their line holds; or None."""
    from .dates import find_range

    text = lines[index].text.strip()
    if _YEAR_HINT_RE.search(text) is None:
        return None  # (the cheap test first: a job's dates, whole or wrapped, show a year on their first line)
    found = _job_month_range(text)
    if found is not None:
        return index, (text[: found.span[0]] + " " + text[found.span[1] :]).strip(" |,;:()[]·•-–—\t")
    wrapped = _end_year_below(lines, index)
    if wrapped is not None and wrapped.start.month is not None and find_range(text) is None:
        return index + 1, ""
    return None


def title_index(index: int, end: int, offset: int) -> int:
    """The line `offset` lines from dates on lines `index` to `end` (0: their own line)."""
    return index if offset == 0 else index + offset if offset < 0 else end + offset


def title_near_dates(lines: tuple[Line, ...], index: int, end: int, rest: str, offset: int, first: int, last: int) -> bool:
    """The job's title stands `offset` lines from its dates (0: on their line, beside them)."""
    if offset == 0:
        return bool(rest) and _job_title_line(rest)
    at = title_index(index, end, offset)
    return first <= at < last and _job_title_line(lines[at].text)


def job_shape(lines: tuple[Line, ...], first: int, last: int) -> Optional[JobShape]:
    """The shape most of the first dated jobs between lines `first` and `last` (exclusive) share,
    of those whose title stands near their dates (a side column's lines may part one from its
    title)."""
    shapes: list[JobShape] = []
    for index in range(first, last):
        dates = job_dates_at(lines, index)
        if dates is None:
            continue
        end, rest = dates
        for offset in _TITLE_OFFSETS:
            if title_near_dates(lines, index, end, rest, offset, first, last):
                shapes.append(JobShape(not rest, offset))
                break
        if len(shapes) == _SHAPES_READ:
            break
    # the shape most of them share, the first one's on a tie (a side column's stray dates may
    # stand beside the first job's title)
    return max(shapes, key=lambda shape: (shapes.count(shape), -shapes.index(shape))) if shapes else None


def line_offsets(lines: tuple[Line, ...]) -> list[int]:
    """Character offset of each line in Document.text (lines joined by newlines)."""
    offsets, position = [], 0
    for line in lines:
        offsets.append(position)
        position += len(line.text) + 1
    return offsets


def _wrapped_heading(lines: tuple[Line, ...], index: int) -> Optional[Heading]:
    """A heading in capitals that a narrow column wrapped: "ACADEMIC" over "BACKGROUND", a
    heading only when read together (neither line is one alone)."""
    if index + 1 >= len(lines):
        return None
    first, second = lines[index].text.strip(), lines[index + 1].text.strip()
    if lines[index].region != lines[index + 1].region or not (first.isupper() and second.isupper()):
        return None
    if len(first.split()) > 2 or len(second.split()) > 2 or not first[:1].isalpha() or not second[:1].isalpha():
        return None
    aliases = heading_aliases()
    if normalise_heading(first) in aliases or normalise_heading(second) in aliases:
        return None
    section = aliases.get(normalise_heading(f"{first} {second}"))
    return Heading(section, f"{first} {second}", "") if section else None


def find_sections(
    document: Document,
    more_names: Optional[Callable[[str], Optional[str]]] = None,
    only_more: bool = False,
    job_header: Optional[Callable[[str, str], bool]] = None,
) -> tuple[Section, ...]:
    """Cut the document at its headings; `more_names` names the section of a line that is no
    heading of the lexicon's (a LinkedIn text's "Experiência"), or None; with `only_more` its names
    are the only headings (a template's text, whose headings are known); `job_header` tells a
    job's header written without dates (a label above one inside a job ends no history)."""
    lines = document.lines
    offsets = line_offsets(lines)
    total = len(document.text)
    sections: list[Section] = []
    current_name, current_heading, first_line, start = "header", "", 0, 0
    previous_region = lines[0].region if lines else "body"
    main_section: Optional[tuple[str, str]] = None  # set once the main column has begun

    def close(until_line: int) -> None:
        end = offsets[until_line] - 1 if until_line < len(lines) else total
        if until_line > first_line or current_heading:
            sections.append(Section(current_name, current_heading, start, max(start, end), first_line, until_line))

    wrapped_heading_ends: set[int] = set()
    for index, line in enumerate(lines):
        if index in wrapped_heading_ends:
            continue  # the second line of a heading that wrapped (below)
        heading = None if only_more else _wrapped_heading(lines, index)
        if heading is not None:
            wrapped_heading_ends.add(index + 1)
        else:
            heading = None if only_more else heading_of(line, document.body_size)
        if heading is None and more_names is not None and (named := more_names(line.text)):
            heading = Heading(named, line.text.strip(), "")
        if heading is None and not only_more and current_name != "experience":
            heading = _experience_heading_run_into(lines, index, document.body_size)
        region_switch = line.region != previous_region and previous_region == "sidebar"
        if line.region == "sidebar" and previous_region != "sidebar" and index > 0:
            main_section = (current_name, current_heading)  # the main column's, to go back to after the side column
        if region_switch and current_name == "experience" and current_heading and index - first_line <= 1:
            # the side column ends with the work history's heading and at most a stray line
            # ("WORK EXPERIENCE" in a table's left cell, the jobs in its right one): the main
            # column holds the jobs (a side column that ends with its languages does not hand
            # them on: a LinkedIn export's main column starts with the name)
            region_switch = False
        previous_region = line.region
        if heading is None and not region_switch and index > 2 and current_name != "header" and not only_more:
            heading = font_heading_of(line, document.body_size)
            if heading is not None and current_name == "experience" and "," in line.text and _dates_follow(lines, index, document.body_size, reach=3):
                heading = None  # "Northwind Bank, Riverton" set large over its positions and their dates
        if heading is None and region_switch:
            # The main column of a sidebar layout starts with the name and headline again; on
            # a later page it goes on with the section it was in before the side column.
            close(index)
            current_name, current_heading = main_section if main_section is not None else ("header", "")
            first_line, start = index, offsets[index]
            main_section = main_section or ("header", "")
            continue
        if heading is None:
            continue
        if heading.qualified and (
            current_name == "experience" or (heading.section == "experience" and not _dates_follow(lines, index, document.body_size))
        ):
            # "User Experience" in a skills list, "Client Projects" inside a job: not a heading;
            # "Figma Professional Experience" may be the heading with a side column's item run in
            heading = _experience_heading_run_into(lines, index, document.body_size) if current_name != "experience" else None
            if heading is None:
                continue
        if (
            current_name == "experience"
            and first_line == index
            and not heading.inline
            and (heading.section in SIDE_SECTIONS or (heading.section == "education" and _jobs_beside_education(lines, index, document.body_size)))
        ):
            # "EXPERIENCE" straight above "SKILLS": two columns' headings read one after the other
            first_line = index + 1
            start = offsets[index + 1] if index + 1 < len(lines) else total
            continue
        if (
            current_name == "experience"
            and heading.section == "education"
            and (not heading.inline or heading.run_in)
            and education_interleaved(lines, first_line, index, document.body_size)
        ):
            # a side column's "Education" read into the middle of a job: the work history goes on
            continue
        # (a job's own "Achievements:" block, under its "Responsibilities:", as typed CVs have)
        if current_name == "experience" and not heading.in_gutter and not heading.run_in and not _names_activities(heading) and (
            heading.inline or heading.section in SIDE_SECTIONS + ("awards",)
        ):
            # (with a side column's lines among the jobs, the next job's dates stand twice as far)
            reach = 2 * _NEXT_JOB_REACH if _side_column_among(lines, first_line, index) else _NEXT_JOB_REACH
            if heading.section != "experience" and (
                _more_jobs_follow(lines, index, document.body_size, reach) or _header_owed_below(lines, first_line, index)
                or _undated_pair_across(lines, first_line, index, job_header)
                or ((heading.inline or heading.section == "awards") and _undated_job_follows(lines, index, document.body_size, job_header))
            ):
                # "Technologies: Oracle, C++" under one job, or a side column's "Skills" read
                # into the work history, with more jobs below: the work history goes on.
                continue
        begun_above = _run_in_begun_above(lines, first_line, index, heading)
        if begun_above is not None:
            # "WORK Tanndu ..." / "EXPERIENCE Experience with ...": the heading's first word
            # stood on the line above, the section's first line run in after it
            close(index - 1)
            current_name, current_heading = heading.section, f"{begun_above[0]} {heading.text}"
            first_line = index - 1
            start = offsets[index - 1] + lines[index - 1].text.find(begun_above[1])
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
