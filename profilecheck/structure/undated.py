"""Jobs written without dates.

A work history whose dates the author left out, or a converter lost ("Northwind  Developer ( )"
where the dates stood), still lists jobs: each a short header line naming a title together with
an employer or a place, then its description.  The dated reader (experience.py) anchors every
job on its dates, so such jobs vanish, or run into the dated job above them as its description.
This module finds them after the dated reading: header lines inside the experience section
that read as a job's header and belong to no dated job's header, each with the lines below it
as its description.  The job above keeps only what stands above the undated header.

Only strong evidence makes a line a job's header: a job title together with a place, an
employer set apart by a separator, "Title at Employer", brackets emptied of their dates, a lone
open end, a length, or a freelancer's word.  A title's line with an employer's line makes one
in a history with no dates when two jobs or more are written so, and in a dated history when
its dated jobs write their headers the same way or a length stands there.  No header is called
undated in a section whose dates no dated job took (a layout a converter broke apart).
"""
from __future__ import annotations

import dataclasses
import functools
import re
from typing import Optional

from ..models import Line, Work
from .dates import _DURATION_UNIT, _MONTH, _YEAR, MONTHS, find_range
from .experience import (
    _DESCRIPTION_LABELS,
    _FORM_LABEL_RE,
    BULLET,
    ORG_WORDS,
    TITLE_WORDS,
    _EUROPASS_LABEL_RE,
    _TITLE_AT_RE,
    _bracketed_place,
    _duty_items,
    _ends_sentence,
    _fragments,
    _is_bullet,
    _is_description,
    _is_place,
    _run_in_heading,
    _split_header,
    _starts_duty,
    _starts_with_verb,
    _title_scope,
)
from .sections import heading_of
from .side_items import is_skill_line

# Brackets emptied of their dates by a converter or a template: "( )", "( - )", "( now)", "()".
_EMPTIED_BRACKETS_RE = re.compile(r"\(\s*(?:[-–—]\s*)?(?P<open>now|present|current|today)?\s*(?:[-–—]\s*)?\)\s*$", re.IGNORECASE)
# An open end alone where the dates stood: "Designer and Consultant  Current".
_OPEN_WORDS = "current|present|now|to date|till date"
_OPEN_END_RE = re.compile(rf"\s+(?:{_OPEN_WORDS})\.?$", re.IGNORECASE)
# The same before the header, its start lost: "- present Northwind (Haifa, Israel) Web Developer".
_OPEN_LEAD_RE = re.compile(rf"^(?:[-–—]\s*)?(?:{_OPEN_WORDS})\s+(?=[A-Z])")
# Working for oneself, said before or after a title: the title makes a job with no employer.
_FREELANCE_RE = re.compile(
    r"^(?:freelance|freelancing|independent|self[- ]employed|contract|contracting)\b|"
    r"\(\s*(?:freelance|self[- ]employed|independent|contract(?:or)?)\s*\)\s*$",
    re.IGNORECASE,
)
# A line naming whom the work was for, not the employer: "Client - Pellucid Labs (Berlin)".
_CLIENT_RE = re.compile(r"(?:clients?|customers?|project|account)\b", re.IGNORECASE)
_LEGAL_FORM_RE = re.compile(r"\b(?:inc|ltd|llc|llp|plc|corp|gmbh|ag|s\.?a|b\.?v)\b\.?", re.IGNORECASE)
_CONTACT_RE = re.compile(r"@\w|^\+?[\d ()./-]{9,}$")
# A business named by its web address: "shopfinder.io - Lviv, Ukraine".
_DOMAIN_RE = re.compile(r"[a-z0-9][a-z0-9-]*\.(?:com|io|ru|net|org|ua|co|ai|app|dev|de|uk|il|by|kz|pl|eu|me|tech)\b")
_YEAR_RE = re.compile(rf"(?<!\d){_YEAR}(?!\d)")
_MAX_WORDS = 12
_MAX_CHARS = 110
# Lines that only label what follows ("Responsibilities:", "Project: CRM rollout") are no header.
_LABEL_RE = re.compile(r"^[^:]{1,40}:(?:\s|$)")
_JOINERS = {"of", "and", "&", "the", "for", "in", "at", "de", "da", "do", "a", "an", "to", "/", "-", "–", "|"}


@dataclasses.dataclass(frozen=True)
class _Header:
    index: int  # line number of the header's first line
    lines: int  # how many lines it spans (one, or a title's line and its employer's)
    current: bool  # "( now)": the dates were emptied but the open end survived


def with_undated_roles(parts: list[list[tuple[int, str]]], works: tuple[Work, ...]) -> tuple[Work, ...]:
    """`works` (the dated jobs, in order) with the undated jobs of the experience sections
    `parts` (each a list of (offset, text) lines) put in their place, the dated job whose
    description an undated header cut short trimmed to the lines above it."""
    if not parts:
        return works
    result = list(works)
    added = False
    for lines in parts:
        lines = [(offset, text) for offset, text in lines if text.strip()]
        if not lines:
            continue
        lines, open_at = _lone_open_ends_dropped(lines)
        low, high = lines[0][0], lines[-1][0] + len(lines[-1][1])
        inside = [work for work in result if work.startDate and low <= work.span[0] <= high]
        headers = _undated_headers(lines, inside, open_at)
        if not headers:
            continue
        undated = [
            dataclasses.replace(work, current=True) if work.span[0] in open_at else work for work in _jobs_of(lines, headers, inside)
        ]
        result = _cut(result, [lines[header.index][0] for header in headers], lines)
        result.extend(undated)
        added = True
    if not added:
        return works
    # The experience sections' jobs in the order they stand, the jobs found under other
    # headings after them as before.
    ranges = [(lines[0][0], lines[-1][0] + len(lines[-1][1])) for lines in parts if lines]
    within = sorted((work for work in result if any(low <= work.span[0] <= high for low, high in ranges)), key=lambda work: work.span[0])
    others = [work for work in result if work not in within]
    return tuple(_dates_given_back(within) + others)


_LONE_OPEN_END_RE = re.compile(rf"(?:{_OPEN_WORDS}|till now|until now)\.?", re.IGNORECASE)


def _lone_open_ends_dropped(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], set[int]]:
    """The lines without an open end alone on its line between an employer's and a title's
    lines ("Northbiz" / "Present." / "Frontend Developer": the start lost), and the offsets of
    the lines above them, where such a job's header begins."""
    kept: list[tuple[int, str]] = []
    open_at: set[int] = set()
    for number, (offset, text) in enumerate(lines):
        if _LONE_OPEN_END_RE.fullmatch(text.strip()) and 0 < number < len(lines) - 1:
            above, below = lines[number - 1][1].strip(), lines[number + 1][1].strip()
            if re.search(r"\d|[-–—]$", above):
                pass  # "FEB 2026 –" / "Current": a dated job's range wrapped, no start lost
            elif (_employer_only(above) and _title_only(below)) or (_title_only(above) and _employer_only(below)):
                open_at.add(lines[number - 1][0])
                continue
        kept.append((offset, text))
    return kept, open_at


def _dates_given_back(works: list[Work]) -> list[Work]:
    """Jobs read with dates and nothing else (a dates column a layout set apart from the jobs,
    perhaps past a page's repeated heading) beside as many jobs read without dates, each dateless
    one just before a job of dates alone: the dates are its own, given back."""
    undated = [number for number, work in enumerate(works) if not work.startDate and (work.position or work.name)]
    bare = [number for number, work in enumerate(works) if work.startDate and not work.position and not work.name]
    if not undated or len(undated) != len(bare) or any(job + 1 != dates for job, dates in zip(undated, bare)):
        return works
    joined = list(works)
    for job, dates in zip(undated, bare):
        joined[job] = dataclasses.replace(
            works[job], startDate=works[dates].startDate, endDate=works[dates].endDate, current=works[dates].current, months=None,
            span=(works[job].span[0], max(works[job].span[1], works[dates].span[1])),
            summary=" ".join(filter(None, (works[job].summary, works[dates].summary))) or None,
            highlights=works[job].highlights + works[dates].highlights,
        )
    return [work for number, work in enumerate(joined) if number not in bare]


# ---------------------------------------------------------------- finding the headers


def _undated_headers(lines: list[tuple[int, str]], dated: list[Work], open_at: frozenset[int] = frozenset()) -> list[_Header]:
    texts = [text.strip() for _, text in lines]
    taken = _dated_header_lines(lines, dated)
    date_lines = [index for index, text in enumerate(texts) if find_range(text) is not None]
    # A line of dates alone may have its job's header below it; one that holds a title has it all.
    bare_dates = [index for index in date_lines if _bare_dates(texts[index])]
    loose_dates = [index for index in date_lines if index not in taken and _header_dates(texts[index])]
    loose_dates += [index for index, text in enumerate(texts) if index not in taken and index not in date_lines and _date_piece(text)]
    if loose_dates:
        # A job's dates that no dated job took (alone on their line, or leading or closing a
        # short one): the reader lost which job they belong to (a layout a converter
        # scattered), so a header without dates may well have had them; none is called undated.
        return []
    # a dated job's own header, or a line next to a date line (its header, above or below its
    # dates); not next to the dates of a job read as its dates alone: its header is not there
    blocked = taken | set(date_lines)
    headless = _headless_date_lines(lines, dated)
    near = [date for date in date_lines if date not in headless]
    blocked |= {index for index in range(len(texts)) if any(0 < date - index <= 2 for date in near)}
    blocked |= {index for index in range(len(texts)) if any(0 < index - date <= 2 for date in bare_dates if date not in headless)}
    found: list[_Header] = []
    for index, text in enumerate(texts):
        if index in blocked:
            continue
        evidence = one_line_header(text)
        if evidence is not None and index + 1 < len(texts) and _CONTACT_RE.search(texts[index + 1]):
            continue  # "Program Manager | PMP" over an address and a phone: a side column's headline
        if evidence is not None:
            found.append(_Header(index, 1, evidence))
    makes = _dated_makes(lines, dated)
    if any(not work.position and not work.name for work in dated):
        # a job read as its dates alone: its header stands apart, written either way round
        makes |= {"TE", "ET"}
    opened = {index for index, (offset, _) in enumerate(lines) if offset in open_at}
    found = _with_two_line_headers(texts, found, blocked, dated=bool(dated), makes=makes, opened=opened)
    if not dated and len(found) == 1 and found[0].index > 1 and found[0].lines == 1:
        return []  # one lone header deep in a history without dates: no history of that make
    return found


def _headless_date_lines(lines: list[tuple[int, str]], dated: list[Work]) -> set[int]:
    """The lines where a job read as its dates alone (no title, no employer) begins."""
    starts = {work.span[0] for work in dated if not work.position and not work.name}
    return {index for index, (offset, _) in enumerate(lines) if any(offset <= start < offset + len(lines[index][1]) + 1 for start in starts)}


def _dated_makes(lines: list[tuple[int, str]], dated: list[Work]) -> set[str]:
    """How the dated jobs write their header above the dates: "TE" for a title's line over an
    employer's, "ET" the other way round (an undated job written the same way is one)."""
    makes = set()
    for work in dated:
        # (the dates may share a line with the title or the employer: "Programme Manager, 08/2022 – 08/2026")
        own = [_without_dates(text.strip()) for offset, text in lines if work.span[0] <= offset <= work.span[1]]
        for first, second in zip(own, own[1:3]):
            if _title_only(first) and _employer_only(second):
                makes.add("TE")
            elif _employer_only(first) and _title_only(second):
                makes.add("ET")
    return makes


def _without_dates(text: str) -> str:
    """The line without the date range on it and the commas or dashes that set it apart."""
    found = find_range(text)
    if found is None:
        return text
    return (text[: found.span[0]].rstrip(" ,|–—-(") + " " + text[found.span[1] :].lstrip(" ,|–—-)")).strip()


# (the month's name as dates.py knows it: "Marketing 2019" names no month)
_MONTH_DATE_RE = re.compile(rf"\b{_MONTH}(?![a-z])\s*,?\s*{_YEAR}\b|\b(?:0?[1-9]|1[0-2])\s*/\s*{_YEAR}\b", re.IGNORECASE)
_OPEN_END_ALONE_RE = re.compile(r"^\W*(?:till date|to date|present|current|now|ongoing|today)\W*$", re.IGNORECASE)


def _date_piece(text: str) -> bool:
    """A piece of a job's dates on a short line of its own, no range: "October 2024 —", "Till
    date", "09/2021" (a range a layout broke apart)."""
    if _is_bullet(text) or len(text.split()) > 6:
        return False
    return bool(_OPEN_END_ALONE_RE.match(text) or (_MONTH_DATE_RE.search(text) and len(re.findall(r"[^\W\d_]{2,}", _MONTH_DATE_RE.sub(" ", text))) <= 3))


def _header_dates(text: str) -> bool:
    """A line whose dates could be a job's: not a bullet, short, the range at its start or end
    ("Oct 2024 - Present  Tallis Logistics plc"), not inside a sentence."""
    if _is_bullet(text) or len(text.split()) > 12:
        return False
    found = find_range(text)
    return found is not None and (not text[: found.span[0]].strip(" |,-–—(") or not text[found.span[1]:].strip(" |,.-–—)"))


def _bare_dates(text: str) -> bool:
    """The line holds its dates and at most one other word ("06/2011 to 09/2011", "2019 - 2021 Remote")."""
    found = find_range(text)
    rest = (text[: found.span[0]] + " " + text[found.span[1]:]) if found else text
    return len(re.findall(r"[^\W\d_]{2,}", rest)) <= 1


def _dated_header_lines(lines: list[tuple[int, str]], dated: list[Work]) -> set[int]:
    """Lines that make a dated job's header: the date line and the lines naming its title,
    employer or place."""
    taken = set()
    for work in dated:
        names = [name for name in (work.position, work.name, work.location) if name]
        # (a bulleted header's job starts after its bullet: the line overlapping the span is its own)
        own = [index for index, (offset, text) in enumerate(lines) if offset <= work.span[1] and offset + len(text) > work.span[0]]
        dates = next((index for index in own if find_range(lines[index][1]) is not None), own[0] if own else 0)
        for index in own:
            # the lines down to its date line, and the two below it that name its fields (or the
            # four below it whose lines its field was read from: "Technical Project Manager" and
            # "Fabrikam Inc." read as one title under a table's column names)
            text = lines[index][1].strip()
            if index <= dates or (index <= dates + 2 and any(name in text for name in names)):
                taken.add(index)
            elif (
                index <= dates + 4 and len(text) > 3 and any(text in name and text != name for name in names)
                and not any(_is_bullet(lines[between][1].strip()) or _is_description(lines[between][1].strip()) for between in range(dates + 1, index))
            ):
                taken.add(index)  # (no description between: the header's own lines)
        if work.position:
            # and wherever it stands, the first line that names its title (six lines below the
            # dates, under the employer, place and industry); a later line with the same title
            # may be another job's
            first = next((index for index in own if work.position in lines[index][1]), None)
            if first is not None:
                taken.add(first)
    return taken


def _header_shaped(text: str) -> bool:
    """Short, not a sentence, not a duty nor a labelled line, most words capitalised."""
    if not text or len(text) > _MAX_CHARS or _ends_sentence(text) or text.endswith((",", ":")):
        return False
    words = text.split()
    if len(words) > _MAX_WORDS or not (text[:1].isupper() or _DOMAIN_RE.match(words[0])) or _LABEL_RE.match(text):
        return False
    # ("Test Lead", "Release Manager", "Support Analyst": a verb's form heading a title is no duty)
    titled_start = len(words) > 1 and not words[0].lower().endswith("ed") and (
        TITLE_WORDS.fullmatch(words[1].strip(",.()")) is not None
        or (TITLE_WORDS.fullmatch(words[0]) is not None and words[1].lower() in ("of", "for"))  # "Head of PMO"
    )
    if not titled_start and (_starts_with_verb(text) or _starts_duty(text) or _is_description(text)):
        return False
    if _run_in_heading(text):
        return False
    content = [word for word in words if word.lower() not in _JOINERS and not TITLE_WORDS.fullmatch(word.strip(",.()"))]
    capitalised = [word for word in content if word[:1].isupper() or word[:1].isdigit() or word[:1] in "(\"'«"]
    return not content or len(capitalised) * 2 >= len(content)


# Title words that make no job title standing alone: "Scrum" in a list of methods, "Support".
_NOT_ALONE = {"scrum", "support", "pmo", "master", "lead", "head", "partner", "associate", "executive", "principal", "chief",
              "owner", "agent", "pm", "tpm", "vp", "assistant"}


def _titled(piece: str) -> bool:
    """A piece that names a job title (perhaps run together with its employer: "Web Developer
    Northwind Ltd."), not a place, nor a word such as "Scrum" alone."""
    if _is_place(piece):
        return False
    words = [word.strip(".,()") for word in piece.split()]
    if len(words) == 1 and words[0].lower() in _NOT_ALONE:
        return False
    return any(TITLE_WORDS.fullmatch(word) for word in words)


def _city_moved(pieces: list[str]) -> list[str]:
    """"Oracle developer Perm" + "Russia": a city run into the piece before its country goes
    with the country ("Perm, Russia")."""
    moved = list(pieces)
    for number in range(len(moved) - 1):
        head, _, last = moved[number].rpartition(" ")
        if head and last[:1].isupper() and _is_place(moved[number + 1]) and _is_place(f"{last}, {moved[number + 1]}"):
            moved[number], moved[number + 1] = head, f"{last}, {moved[number + 1]}"
    return moved


def undated_job_header(text: str, following: str = "") -> bool:
    """A job's header without dates starts at this line: on the line alone, or as a title's line
    over an employer's that names an organisation (or the other way round)."""
    if is_undated_header(text):
        return True
    text, following = _without_emptied_colon(_without_duration(text)), _without_duration(following)
    return (_title_only(text) and _employer_only(following) and _names_an_organisation(following)) or (
        _employer_only(text) and _names_an_organisation(text) and _title_only(following)
    )


def is_undated_header(text: str) -> bool:
    """A line that is a whole job header written without dates (for the section finder)."""
    return one_line_header(text) is not None


def one_line_header(text: str) -> Optional[bool]:
    """Whether the line is a whole job header of its own; None if it is not one, else whether
    it marks the job as current."""
    text = _without_bullet(text)
    text = _without_duration(text)
    emptied = _EMPTIED_BRACKETS_RE.search(text)
    current = bool(emptied and emptied.group("open"))
    core = text[: emptied.start()].strip() if emptied else text
    lead = _OPEN_LEAD_RE.match(core)
    if lead and not emptied:
        return True if one_line_header(core[lead.end():]) is not None else None
    if not _header_shaped(core) or not TITLE_WORDS.search(core):
        return None
    if emptied:
        return current  # "Tanndu  Full Stack Developer ( now)": the brackets held its dates
    open_end = _OPEN_END_RE.search(core)
    if open_end and (_title_only(core[: open_end.start()]) or one_line_header(core[: open_end.start()]) is not None):
        return True  # "Designer and Consultant  Current": the start was lost, the open end kept
    if _FREELANCE_RE.search(core) and len(_fragments(core)) == 1 and _titled(_FREELANCE_RE.sub(" ", core).strip()):
        return False  # "Independent Project Manager", "IT Consultant (self-employed)": a job with no employer
    stated = _TITLE_AT_RE.match(core)
    if stated and TITLE_WORDS.search(stated.group("title")) and not TITLE_WORDS.search(stated.group("employer")):
        return False  # "Web Developer at Northwind"
    pieces = _city_moved(_fragments(core))
    places = [piece for piece in pieces if (_is_place(piece) or _bracketed_place(piece)) and not TITLE_WORDS.search(piece)]
    titled = [piece for piece in pieces if _titled(piece)]
    named = [piece for piece in pieces if piece not in places and piece not in titled]
    if any(_YEAR_RE.search(piece) or piece.lower().strip(".") in MONTHS for piece in named):
        return None  # "Project Manager  Mar 2019 / May 2022": dates of a form not read, no employer
    if len(titled) != 1 and not (titled and places and not named):
        return None  # "Project Manager, Staff Appraiser, Assistant Appraiser": the titles one person held
    if places and len(named) <= 2:
        return False  # "Oracle Developer Northwind, Perm, Russia", "Northwind (Riverton, Utopia) Developer"
    if any(_EUROPASS_LABEL_RE.match(piece) for piece in pieces):
        return None  # "Agile Delivery Manager | Occupation or position held": a form's label
    if len(pieces) == 2 and len(named) == 1 and len(named[0].split()) <= 5 and not _certification(named[0]) and not _title_scope(named[0]):
        return False  # "Neolines, Frontend developer", "Project Manager | Northwind Ltd"
    return None


@functools.lru_cache(maxsize=1)
def _certification_names() -> frozenset[str]:
    from ..lexicon import load_certifications

    return frozenset(name.lower() for item in load_certifications() for name in (item.name, *(alias.text for alias in item.aliases)))


def _certification(piece: str) -> bool:
    """"PMP", "CSM": a credential after a title ("Program Manager | PMP"), no employer."""
    return piece.lower().strip(" ,.") in _certification_names()


def _title_only(text: str) -> bool:
    """A line that is a job title and nothing else: "Project Manager", "Senior QA Engineer"."""
    words = text.split()
    return (
        1 <= len(words) <= 6
        and _header_shaped(text)
        and TITLE_WORDS.search(words[-1].strip(".,")) is not None
        and not _LEGAL_FORM_RE.search(text)  # ("Systems Administrator": an organisation's word may lead a title)
        and not _is_place(text)
        and len(_fragments(text)) == 1
    )


def _employer_only(text: str) -> bool:
    """A short line that names an employer (and perhaps its place), no title in it."""
    words = text.split()
    return (
        1 <= len(words) <= 8 and _header_shaped(text) and not TITLE_WORDS.search(text) and not _is_place(text)
        and not is_skill_line(text)  # "Agile, Scrum, Kanban": the methods of the job above
        and not _FORM_LABEL_RE.fullmatch(text.strip())  # "Position and employer": a work table's column name
    )


def _names_an_organisation(text: str) -> bool:
    """An employer's line that says so: a legal form or a company word, an anonymised "Company
    Name", or a place after the name ("Northwind, Lyon, France")."""
    return bool(_LEGAL_FORM_RE.search(text) or ORG_WORDS.search(text) or "Company Name" in text or _DOMAIN_RE.match(text)) or any(
        _is_place(piece) for piece in _fragments(text)[1:]
    )


def _with_two_line_headers(
    texts: list[str], found: list[_Header], blocked: set[int], dated: bool, makes: set[str], opened: set[int] = frozenset()
) -> list[_Header]:
    """A title's line with its employer's line just below (or above) it, then a description:
    a job's header over two lines.  In a history with no dates at all, taken when two jobs or
    more are written so (a one-line header counts) or a length stands on one of the lines (or a
    lone open end stood between them, `opened`); in a dated history, when a length stands there or the dated jobs write their header the same way.
    A one-line header that is a title alone ("Programme Manager ( now)") takes the employer's
    line just above it."""
    starts = {header.index for header in found}
    pairs = []
    extended = []
    for header in found:
        above = header.index - 1
        if header.lines == 1 and above >= 0 and above not in blocked and above not in starts and _employer_only(texts[above]) and _title_only(
            _without_emptied(texts[header.index])
        ):
            extended.append(_Header(above, 2, header.current))  # "Kitewood Games" over "Programme Manager ( now)"
        elif (
            header.lines == 1 and header.index + 1 < len(texts) and header.index + 1 not in blocked and header.index + 1 not in starts
            and _employer_only(texts[header.index + 1]) and _title_only(_without_emptied(texts[header.index]))
            and _names_an_organisation(texts[header.index + 1])
            and not _FREELANCE_RE.search(texts[header.index]) and not _CLIENT_RE.match(texts[header.index + 1])
        ):
            extended.append(_Header(header.index, 2, header.current))  # "Designer  Current" over "Northwind, Lyon, France"
        else:
            extended.append(header)
    found = extended
    starts = {header.index for header in found} | {header.index + 1 for header in found if header.lines == 2}
    index = 0
    while index + 1 < len(texts):
        first, second = _without_emptied_colon(_without_duration(texts[index])), _without_duration(texts[index + 1])
        if {index, index + 1} & (starts | blocked):
            index += 1
            continue
        make = "TE" if _title_only(first) and _employer_only(second) else "ET" if _employer_only(first) and _title_only(second) else None
        after = texts[index + 2] if index + 2 < len(texts) else ""
        # Headers with no description between them alternate title and employer: a title's line
        # after the pair opens the next pair written the same way (the run's first line tells
        # which way), and the last pair of the run ends the section.
        in_run = bool(pairs) and pairs[-1][0].index + 2 == index and pairs[-1][2] == make
        next_pair = make == "TE" and index + 3 < len(texts) and _title_only(after) and _employer_only(_without_duration(texts[index + 3]))
        if make and ((after and not _title_only(after)) or next_pair or (not after and in_run)):
            # (an open end that stood between the two lines says as much as a length)
            length = _duration_months(texts[index]) or _duration_months(texts[index + 1]) or index in opened
            pairs.append((_Header(index, 2, False), bool(length), make))
            index += 2
            continue
        index += 1
    if dated:
        kept = [header for header, length, make in pairs if length or make in makes]
    elif len(pairs) + len(found) >= 2 or any(length for _, length, _ in pairs) or _first_and_named(pairs, texts):
        kept = [header for header, _, _ in pairs]
    else:
        kept = []
    return sorted(found + kept, key=lambda header: header.index)


def _first_and_named(pairs: list[tuple[_Header, bool, str]], texts: list[str]) -> bool:
    """One pair alone, the work history's first lines, its employer's line naming an organisation
    ("Elpisor Ltd, Rehovot, Israel" over "Front End Developer"): a junior's one job."""
    if len(pairs) != 1 or pairs[0][0].index != 0:
        return False
    header, _, make = pairs[0]
    employer = texts[header.index + (1 if make == "TE" else 0)]
    return bool(_LEGAL_FORM_RE.search(employer) or ORG_WORDS.search(employer))


# ---------------------------------------------------------------- building the jobs


def _jobs_of(lines: list[tuple[int, str]], headers: list[_Header], dated: list[Work]) -> list[Work]:
    """A job for each header: its fields from the header, its description from the lines below
    it up to the next header (undated, or a dated job's first line)."""
    stops = sorted({lines[header.index][0] for header in headers} | {work.span[0] for work in dated})
    jobs = []
    for header in headers:
        offset = lines[header.index][0]
        later = [stop for stop in stops if stop > offset]
        stop = later[0] if later else lines[-1][0] + len(lines[-1][1]) + 1
        header_texts = [_without_emptied(lines[header.index + number][1].strip()) for number in range(header.lines)]
        position, employer, location = _one_line_fields(header_texts[0]) if header.lines == 1 else (None, None, None)
        if position is None:
            position, employer, location = _split_header(header_texts)
        if employer and _places_joined(employer) and not location:
            employer, location = None, employer  # "Israel/Haifa": where, not for whom
        if position and not employer and not _FREELANCE_RE.search(position):
            apart = _title_apart(position)
            if apart is not None:
                position, employer = apart
        elif employer and not position:
            apart = _title_apart(employer)
            if apart is not None:
                position, employer = apart
        elif position and employer and location is None and _is_place(employer) and (apart := _title_apart(position)) is not None:
            position, employer, location = apart[0], apart[1], employer  # "Data Analyst Harrowgate" / "Lyon"
        body = [(start, text) for start, text in lines[header.index + header.lines :] if start < stop]
        intro, duties = _body(body)
        end = body[-1][0] + len(body[-1][1]) if body else offset + len(lines[header.index][1])
        jobs.append(
            Work(
                name=employer,
                position=position,
                location=location,
                current=header.current,
                months=next((found for number in range(header.lines) if (found := _duration_months(lines[header.index + number][1].strip()))), None),
                summary=" ".join(intro) or None,
                highlights=tuple(duties),
                span=(offset, end),
            )
        )
    return jobs


def _one_line_fields(text: str) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """Title, employer and place of a one-line header whose one title piece may hold its
    employer too ("Data Analyst Harrowgate Group, Lyon, France"); (None, None, None) when the
    line is not of that make (the dated reader's split is used instead)."""
    pieces = _city_moved(_fragments(text))
    titled = [number for number, piece in enumerate(pieces) if _titled(piece)]
    if len(titled) != 1:
        return None, None, None
    position = pieces[titled[0]]
    if _FREELANCE_RE.search(position) and len(pieces) == 1:
        return position, None, None  # "Independent Project Manager": no employer to split off
    others = [piece for number, piece in enumerate(pieces) if number != titled[0]]
    # "Lyon" + "France": a city and its country, each a piece of its own after the comma split
    joined: list[str] = []
    for piece in others:
        if (
            joined and "," not in piece and not _is_place(joined[-1]) and _is_place(piece)
            and len(joined[-1].split()) <= 2 and _is_place(f"{joined[-1]}, {piece}")
        ):
            joined[-1] = f"{joined[-1]}, {piece}"
        else:
            joined.append(piece)
    places = [piece for piece in joined if _is_place(piece) or _bracketed_place(piece) or _places_joined(piece)]
    named = [piece for piece in joined if piece not in places]
    apart = _title_apart(position)
    if apart is not None and (not named or places and len(named) == 1 and len(named[0].split()) <= 2 and not ORG_WORDS.search(named[0])):
        # the employer is in the title's piece; a short word left before the place is its city
        position, employer = apart
        location = ", ".join(named + places) if named and places else (places[0] if places else None)
        return position, employer, location
    if len(named) > 1:
        return None, None, None
    return position, named[0] if named else None, ", ".join(places) if places else None


# How long the job lasted, in place of its dates: "(2 years)", "| 1 year 6 months", "- 8 months",
# "| (9 month)" (a tab before the brackets, as a PDF's text gives it)
_DURATION_TAIL_RE = re.compile(
    rf"\s*(?:(?:\||·|-|–|—|,)\s*\(?|\()\s*\d+(?:[.,]\d)?\s*{_DURATION_UNIT}(?:\s*,?\s*(?:and\s+)?\d+\s*{_DURATION_UNIT})?\s*\)?\s*$",
    re.IGNORECASE,
)


def _without_duration(text: str) -> str:
    return _DURATION_TAIL_RE.sub("", text)


_DURATION_PART_RE = re.compile(r"(\d+(?:[.,]\d)?)\s*(years?|yrs?|months?|mos?)\b", re.IGNORECASE)


def _duration_months(text: str) -> Optional[int]:
    """"Acme Corp (1 year 6 months)" -> 18; None when the line gives no length."""
    tail = _DURATION_TAIL_RE.search(_without_bullet(text))
    if tail is None:
        return None
    months = 0
    for number, unit in _DURATION_PART_RE.findall(tail.group(0)):
        months += round(float(number.replace(",", ".")) * (12 if unit.lower().startswith("y") else 1))
    return months if 0 < months <= 50 * 12 else None


def _places_joined(piece: str) -> bool:
    """"Israel/Chelyabinsk": places set side by side with a slash, a country among them."""
    parts = [part.strip() for part in piece.split("/")]
    return len(parts) >= 2 and all(part[:1].isupper() and len(part.split()) <= 2 for part in parts) and any(_is_place(part) for part in parts)


# An employer's name with the colon its dates followed, the dates lost: "Nordvik Progress:",
# "Location Scouts: -"
_EMPTIED_COLON_RE = re.compile(r"\s*:\s*(?:[-–—]\s*)?$")


def _without_emptied_colon(text: str) -> str:
    """"Nordvik Progress: -" -> "Nordvik Progress"; a label ("Responsibilities:", "Client:",
    "Projects:") keeps its colon, and so stays no header."""
    cut = _EMPTIED_COLON_RE.search(text)
    if cut is None or cut.start() == 0:
        return text
    name = text[: cut.start()]
    if _DESCRIPTION_LABELS.match(name + ":") or _FORM_LABEL_RE.fullmatch(name) or _CLIENT_RE.match(name) or _run_in_heading(name):
        return text
    if heading_of(Line(name)) is not None or _LABEL_WORD_RE.search(name):
        return text
    return name


# Words that make a line a label of the description, not an employer's name
_LABEL_WORD_RE = re.compile(r"\b(?:projects?|skills?|stack|tools|technolog\w*|languages?|summary|profile|objective|education|details)$", re.IGNORECASE)


def _without_emptied(text: str) -> str:
    """The header's text without what stood for its dates: emptied brackets, a lone open end,
    an employer's colon, the job's length."""
    text = _without_emptied_colon(_without_duration(_without_bullet(text)))
    emptied = _EMPTIED_BRACKETS_RE.search(text)
    if emptied:
        return text[: emptied.start()].strip()
    open_end = _OPEN_END_RE.search(text)
    if open_end:
        return text[: open_end.start()].strip()
    lead = _OPEN_LEAD_RE.match(text)
    return text[lead.end():].strip() if lead else text


@functools.lru_cache(maxsize=1)
def _title_modifiers() -> frozenset[str]:
    """Words that stand before a title word inside a title: those of the titles lexicon's names
    and aliases, and one-word technical skills ("Oracle developer", "Full Stack Java Developer")."""
    from ..lexicon import load_technical_skills, load_titles

    # (and the joiners inside a title: "Head of Delivery", "Research and Development Lead")
    words = {"senior", "junior", "lead", "chief", "head", "principal", "staff", "trainee", "assistant", "associate", "of", "and", "&"}
    for title in load_titles():
        for alias in (title.name, *title.aliases):
            words.update(word.lower() for word in alias.split())
    for skill in load_technical_skills():
        for alias in (skill.name, *(alias.text for alias in skill.aliases)):
            if " " not in alias:
                words.add(alias.lower())
    return frozenset(words) | {"full", "stack", "front", "back", "end", "frontend", "backend", "web", "mobile", "software"}


def _title_apart(piece: str) -> Optional[tuple[str, str]]:
    """A title run together with its employer in one piece: "Brightpath Full Stack Developer",
    "Web Developer Quillfield Ltd." -> (title, employer); None when the piece is all title, or
    the title is not at either end of it."""
    words = piece.split()
    ends = [number for number, word in enumerate(words) if TITLE_WORDS.fullmatch(word.strip(".,()"))]
    if not ends or len(words) < 2:
        return None
    last = ends[-1]
    first = ends[0]
    modifiers = _title_modifiers()
    while first > 0 and words[first - 1].lower().strip(".,()") in modifiers:
        first -= 1
    if first > 0 and last == len(words) - 1:
        employer, title = " ".join(words[:first]), " ".join(words[first:])  # "Brightpath Full Stack Developer"
    elif first == 0 and last < len(words) - 1:
        employer, title = " ".join(words[last + 1 :]), " ".join(words[: last + 1])  # "Web Developer Quillfield Ltd."
    else:
        return None
    if not employer[:1].isupper() or TITLE_WORDS.search(employer) or _is_place(employer):
        return None
    return title, employer


def _body(body: list[tuple[int, str]]) -> tuple[list[str], list[str]]:
    """Bullets (a wrapped bullet's rest joined on) and prose, as the dated reader keeps them."""
    bullets: list[str] = []
    prose: list[str] = []
    for _, text in body:
        text = text.strip()
        if _is_bullet(text):
            bullets.append(text[len(BULLET):].strip())
        elif bullets and (text[:1].islower() or not bullets[-1].rstrip().endswith((".", "!", "?"))):
            bullets[-1] = f"{bullets[-1]} {text}"
        else:
            prose.append(text)
    if bullets:
        return prose, bullets
    return _duty_items(prose)


def _cut(works: list[Work], header_offsets: list[int], lines: list[tuple[int, str]]) -> list[Work]:
    """Each dated job whose description runs over an undated header ends above it: its summary
    and duties lose what stands from that header on."""
    cut = []
    for work in works:
        inside = [offset for offset in header_offsets if work.span[0] < offset <= work.span[1]]
        if not work.startDate or not inside:
            cut.append(work)
            continue
        cut.append(_trimmed(work, min(inside), lines))
    return cut


def _trimmed(work: Work, stop: int, lines: list[tuple[int, str]]) -> Work:
    """`work` without what its text holds from offset `stop` on.  Its summary and duties were
    joined from lines, so what to drop is found by the lines' own texts: a duty that begins with
    a later line goes, and the summary ends where the first later line's text begins."""
    earlier = {_without_bullet(text.strip()) for offset, text in lines if work.span[0] <= offset < stop}
    later = [_without_bullet(text.strip()) for offset, text in lines if stop <= offset <= work.span[1]]
    later = [text for text in later if text and text not in earlier]  # (two jobs may share a duty's words)
    summary = work.summary
    if summary:
        positions = [summary.find(text) for text in later if text in summary]
        if positions:
            summary = summary[: min(positions)].strip() or None
    highlights = list(work.highlights)
    for number, duty in enumerate(highlights):
        if any(duty.startswith(text) or text.startswith(duty) for text in later):
            highlights = highlights[:number]
            break
        # a duty with no full stop took the header's line as its wrapped rest
        inside = [duty.find(" " + text) for text in later if len(text) >= 12 and " " + text in duty]
        if inside:
            highlights = highlights[:number] + [duty[: min(inside)].strip()]
            break
    return dataclasses.replace(work, span=(work.span[0], max(work.span[0], stop - 1)), summary=summary, highlights=tuple(highlights))


def _without_bullet(text: str) -> str:
    return text[len(BULLET):].strip() if _is_bullet(text) else text
