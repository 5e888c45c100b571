"""Work entries from the experience section: employer, position, location, dates, bullets.

Each date range anchors one entry; the short lines just above it (and the text beside the dates
on the same line) hold the position, employer and location.  The lines after it, up to the next
entry's header lines, are its bullets and description.  LinkedIn's layouts (one company holding
several roles, "Company · Full-time", durations after the range) are handled here too.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Optional

from ..lexicon import cue_pattern, cue_words
from ..models import Line, Work
from .contact import CANADIAN_PROVINCES, US_STATE_NAMES, US_STATES, language_names, looks_like_location, parse_location
from .education import ISSUERS
from .dates import (
    _MONTH as _MONTH_TEXT,
    _YEAR as _YEAR_TEXT,
    _DATE as _DATE_TEXT,
    DATE_LINE_RE,
    END_YEAR_CUT_RE,
    MONTHS,
    DURATION_RE,
    LEADING_DURATION_RE,
    LEADING_DATE_RE,
    SEP_LINE_RE,
    SINGLE_RE,
    TRAILING_OPEN_RANGE_RE,
    TRAILING_YEAR_RE,
    WRAPPED_YEAR_RE,
    DateRange,
    YearMonth,
    find_range,
    parse_date,
    parse_end,
    range_split_over,
    season_end,
)
from .sections import SIDE_SECTIONS, heading_aliases, heading_of, normalise_heading
from .title_words import ORG_WORDS, TITLE_WORDS
from .side_items import graded_side_item, is_certification_line, is_side_item, names_a_competency

EMPLOYMENT_TYPES = re.compile(
    r"^(?:full[- ]time|part[- ]time|contract|contractor|freelance|self[- ]employed|internship|"
    r"apprenticeship|seasonal|temporary|permanent|project employment|project[- ]based)$",
    re.IGNORECASE,
)
STRONG_SPLIT_RE = re.compile(r"\s+\|\s+|\s*[—–]\s+|\s+-\s+|\s*·\s*|\t|\s{3,}| at | @ |\s*;\s+")
# A comma before a capital, a Cyrillic one too, or a name's opening quote ("Project Manager,
# ООО «Северный Ветер»": an employer written as at home)
COMMA_SPLIT_RE = re.compile(r",\s+(?=[A-Z\u0400-\u042f«\"“„])")
BULLET = "• "


@dataclass
class _Entry:
    range: DateRange
    header: list[str] = field(default_factory=list)  # header fragments, top to bottom
    location: Optional[str] = None
    bullets: list[str] = field(default_factory=list)
    prose: list[str] = field(default_factory=list)
    first_offset: int = 0
    last_offset: int = 0
    title_hint: Optional[str] = None  # the text before the dates on a "Title Dates Employer" line
    header_below: bool = False  # the dates stand alone and the header line follows them
    # "Deputy Sheriff 06/1989 to 11/1994 Company Name City , State": the whole header is on the
    # date line, the anonymised employer after the dates, so the text before them is the title
    title_locked: bool = False
    study: bool = False  # "OCT 2021 - DEC 2021 STUDENT": the line itself says it is a study
    title_below: bool = False  # "Northwind Bank  Aug 2018 - Dec 2021" then "Software Engineer"


def _is_bullet(text: str) -> bool:
    return text.startswith(BULLET)


# A dot that ends a company's legal form or initials, not a sentence: "Fabrikam Inc.", "Vértice S.A.",
# "City School No." (before its number)
_ABBREVIATION_DOT = re.compile(r"(?:\b(?:inc|ltd|co|corp|llc|plc|pty|ltda|bros|no|nr|st|dept|univ)|\b(?:[A-Za-z]\.){1,3}[A-Za-z])\.$", re.IGNORECASE)


def _ends_sentence(text: str, marks: str = ".;") -> bool:
    """The text ends as a sentence or a list item does (by default "." or ";"), not with the dot
    of "Inc." or "S.A."."""
    stripped = text.rstrip()
    last = stripped[-1:]
    if not last or last not in marks:
        return False
    return last != "." or _ABBREVIATION_DOT.search(stripped) is None


def _is_header_like(text: str) -> bool:
    """Short, no sentence punctuation at the end, not a bullet: could be a title or an employer."""
    stripped = text.strip()
    return (
        bool(stripped)
        and not _is_bullet(stripped)
        and len(stripped) <= 120
        and len(stripped.split()) <= 16
        and not _ends_sentence(stripped)
    )


# Anonymised resumes put placeholders where the employer and the place were ("Company Name",
# "City , State"), often run together with the title by the converter: "Project Manager
# Company Name City , State".  They are whole fields of their own.
_PLACEHOLDER_RE = re.compile(r"\b(?:Company Name|City\s*,\s*State(?:\s*,\s*(?:USA?|United States))?)(?![\w])")


_WHOLE_PLACEHOLDER_RE = re.compile(r"^\W*Company Name\b.*\bCity\s*,\s*State\b\W*$")


def _placeholder(piece: str) -> bool:
    return bool(_PLACEHOLDER_RE.fullmatch(piece))


def _strong_pieces(text: str) -> list[str]:
    pieces = []
    if ", ," in text or ",," in text:
        text = re.sub(r",(?:\s*,)+", ",", text)  # a field anonymised away: "Engineer, , Jerusalem"
    if "Company Name" in text or "City" in text:
        text = _PLACEHOLDER_RE.sub(lambda match: " | " + re.sub(r"\s*,\s*", ", ", match.group(0)) + " | ", text)
    if " AT " in text and text.isupper():
        text = text.replace(" AT ", " at ")  # "SENIOR SCRUM MASTER AT AMBERVALE MUTUAL"
    for piece in STRONG_SPLIT_RE.split(text):
        piece = _trim(LEADING_DURATION_RE.sub("", _FIELD_LABEL_RE.sub("", piece.strip())))
        if piece and not EMPLOYMENT_TYPES.match(piece) and not DURATION_RE.match(piece) and not _run_in_heading(piece):
            if _RANGE_OPENER.fullmatch(piece):
                continue  # "Project Lead - from August 2023 to ...": the range's own word
            pieces.append(piece)
    return pieces


_RANGE_OPENER = re.compile(r"from|since|(?:dates?|period)\s*:?", re.IGNORECASE)
# A field's label in a header of labelled fields: "Employer: Northwind; Position: Analyst; Dates: ..."
_FIELD_LABEL_RE = re.compile(r"^(?:company|employer|organi[sz]ation|position|job title|title|role|designation)\s*:\s*(?=\S)", re.IGNORECASE)


def _run_in_heading(piece: str) -> bool:
    """A section heading that a side column put among a job's lines ("... Dec 2009 EDUCATION",
    "Languages" between a title and its employer): no field of the job.  Side sections in any
    case, others in capitals."""
    if len(piece) > 40 or len(piece.split()) > 4 or any(ch.isdigit() for ch in piece):
        return False
    section = heading_aliases().get(normalise_heading(piece))
    if section is None and piece.isupper():
        heading = heading_of(Line(piece))  # "SKILLS & EXPERTISE": a heading with words of its own
        section = heading.section if heading is not None and not heading.inline else None
    return section is not None and (piece.isupper() or section in SIDE_SECTIONS)


def _trim(piece: str) -> str:
    """A piece without the separators and brackets around it; brackets that close inside it stay
    ("Northwind (Riverton, Utopia)")."""
    trimmed = piece.strip(" ,;|·-–—()[]@")
    while trimmed.count("(") > trimmed.count(")") and piece.rstrip(" ,|·-–—@").endswith(")"):
        closing = piece.rstrip(" ,|·-–—@")
        trimmed = closing[len(piece) - len(piece.lstrip(" ,|·-–—()@")):]
        break
    return trimmed


def _fragments(text: str) -> list[str]:
    """Split a header line on separators and commas; a piece that reads as a place stays whole,
    and so does what stands in brackets ("Developer (remote, part-time)"), but a place in
    brackets after an employer is a field of its own ("Northwind (Riverton, Utopia)")."""
    pieces = []
    for piece in _strong_pieces(text):
        inside = _MID_BRACKETED_PLACE.match(piece)
        if inside and _bracketed_place(inside.group("place")) and TITLE_WORDS.search(inside.group("after")):
            # "Athena Labs (Riverton, Utopia) Web Developer": the employer, its place, the title
            pieces.extend([*_comma_parts(inside.group("before")), inside.group("place").strip(), inside.group("after").strip()])
            continue
        bracketed = _BRACKETED_PLACE.search(piece)
        if bracketed and piece[: bracketed.start()].strip(" ,") and _bracketed_place(bracketed.group(1)):
            pieces.extend(_comma_parts(piece[: bracketed.start()]))
            pieces.append(bracketed.group(1).strip())
            continue
        if (_is_place(piece) or piece == "Company Name") and not TITLE_WORDS.search(piece):
            pieces.append(piece)
            continue
        pieces.extend(_comma_parts(piece))
    return pieces


_MID_BRACKETED_PLACE = re.compile(r"^(?P<before>[^()]+?)\s*\((?P<place>[^()]+)\)\s+(?P<after>[^()]+)$")
_BRACKETED_PLACE = re.compile(r"\s*\(([^()]+)\)\s*(?:(?:https?://|www\.)?[\w-]+(?:\.[\w-]+)+/?)?$")


def _bracketed_place(text: str) -> bool:
    """"Riverton, Utopia" or, country first, "Utopia, Riverton"."""
    parts = [part.strip() for part in text.split(",") if part.strip()]
    return _is_place(", ".join(parts)) or _is_place(", ".join(reversed(parts)))


def _comma_parts(piece: str) -> list[str]:
    """`piece` split at its commas before a capital, except inside brackets."""
    if "(" not in piece:
        return [part.strip(" ,") for part in COMMA_SPLIT_RE.split(piece) if part.strip(" ,")]
    parts, depth, last = [], 0, 0
    for match in re.finditer(r"[()]|" + COMMA_SPLIT_RE.pattern, piece):
        if match.group(0) == "(":
            depth += 1
        elif match.group(0) == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            parts.append(piece[last : match.start()])
            last = match.end()
    parts.append(piece[last:])
    return [part.strip(" ,") for part in parts if part.strip(" ,")]


def parse_work_sections(sections: list[list[tuple[int, str]]]) -> tuple[Work, ...]:
    """The jobs of several experience sections, each read on its own (a job's header does not
    reach across a heading), the same job read twice kept once."""
    if len(sections) == 1:
        return _no_certificates(parse_work(sections[0]))
    works = _drop_repeated_history([work for lines in sections for work in parse_work(lines)])
    return _no_certificates(_unique(works))


# Bodies that certify and teach, not employers one lists a job under: a "job" whose title is one
# of them is a certificate's line ("Scrum.org, Mar 2024 - Jun 2024") a side column put among the
# jobs.  The issuers a certificate names, less those that also employ people (Microsoft, Google,
# Cisco, SAP, AWS, ServiceNow, The Open Group), and course platforms.
_ISSUERS_THAT_EMPLOY = frozenset({"cisco", "amazon web services", "aws", "microsoft", "google", "sap", "servicenow", "the open group"})
_TRAINING_BODIES = (frozenset(ISSUERS) - _ISSUERS_THAT_EMPLOY) | frozenset({
    "scrum inc.", "pluralsight", "simplilearn", "icagile", "apmg", "apmg international", "kanban university",
})


def _no_certificates(works: tuple[Work, ...]) -> tuple[Work, ...]:
    """The jobs without a certificate read as one: its title a certifying body ("Coursera",
    "Scrum.org") or a certification's name ("Certified ScrumMaster", "ITIL 4 Foundation")."""
    kept = tuple(
        work for work in works
        if not (work.position and (work.position.strip(" ,.").lower() in _TRAINING_BODIES or is_certification_line(work.position)))
    )
    return works if len(kept) == len(works) else kept


# A table row's duties cell after its header cells: "2019 – 2023 | Northwind | Analyst | - Ran ..."
_DUTY_CELL_RE = re.compile(r"\s\|\s(?=(?:[-–•▪◦●*]|\d{1,2}[.)])\s)")


def _duty_cells_apart(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A row of a work table read as one line, its last cell a list of duties: the duty goes on
    a line of its own below the job's header cells, as it stands in the table."""
    out = []
    for offset, text in lines:
        match = _DUTY_CELL_RE.search(text)
        if match is None or find_range(text[: match.start()]) is None:
            out.append((offset, text))
            continue
        out.append((offset, text[: match.start()]))
        out.append((offset + match.end(), text[match.end():]))
    return out


def parse_work(lines: list[tuple[int, str]]) -> tuple[Work, ...]:
    """`lines` are (offset, text) pairs of the experience section, in order."""
    european_form = any(_EUROPASS_LABEL_RE.match(text) for _, text in lines)
    lines = _duty_cells_apart(_field_labels_dropped([(offset, _unglued(text)) for offset, text in lines]))
    lines = _sentence_headers(_join_split_dates(lines))
    lines = _lengths_under_dates_dropped(_role_sentences(_day_first_dates(lines, european_form)))
    lines = _right_column_headers(_left_column_headers(_placeholder_header_split(lines)))
    anchors, dangling = _find_anchors(lines)
    reordered = _dates_last(lines, anchors)
    if reordered is not None:
        lines = reordered
        anchors, dangling = _find_anchors(lines)
    if _stray_range_first(lines, anchors):
        lines, anchors, dangling = lines[1:], [(index - 1, found) for index, found in anchors[1:]], {index - 1 for index in dangling}
    anchors = _study_years_out_of_order(lines, anchors)
    if not anchors:
        return ()

    entries: list[_Entry] = []
    # Titles above their dates from the first job on: a header below a later job's dates may
    # be the next job's ("Title at Employer" / dates / "Title at Employer" / dates)
    first = anchors[0][0]
    anchor_lines = {index for index, _ in anchors} if first >= 1 and _title_led(lines[first - 1][1]) else set()
    header_start_of: list[int] = []
    previous_anchor = -1
    dates_lead = _dates_lead(lines, anchors)
    employer_below = _employer_below_from_first(lines, anchors)
    for number, (index, found) in enumerate(anchors):
        text = lines[index][1]
        entry = _Entry(found, first_offset=lines[index][0])
        # Header lines: up to three header-like lines just above the date line, unless the
        # dates stand alone and the header plainly follows them ("08/2015 to Current" then
        # "Digital Producer  Company Name | City, State"), or the section is laid out so.
        entry.header_below = (_header_follows(lines, index, found) and not _own_header_above(lines, index, previous_anchor, anchor_lines)) or (
            dates_lead and _header_may_follow(lines, index, found))
        # (the line below the previous job's dates is that job's own title when it took it from there)
        header_of_previous = previous_anchor + 1 if entries and entries[-1].header_below else previous_anchor
        title_below = not entry.header_below and _title_below(lines, index, found, header_of_previous)
        entry.title_below = title_below
        title_above = entry.header_below and not dates_lead and _title_above(lines, index, previous_anchor)
        entry.header_below = entry.header_below or title_below
        start, budget = index, 0 if entry.header_below or _header_on_line(text, found) else 3
        if title_above:
            budget = 1  # "Project Manager" / "Mar 2019 to Current" / "Company Name - City, State"
        elif employer_below and _only_title_beside(text, found):
            budget = 0  # the line above is the job before's employer, as the first job shows
        elif dates_lead and _employer_over_dates(lines, index, found, previous_anchor):
            budget = 1  # "Northwind | Leeds" / dates / "Senior Analyst": the employer heads its positions
        floor = previous_anchor + _lines_owed(lines, entries, previous_anchor, index)
        while start - 1 > floor and budget > 0 and _is_header_like(lines[start - 1][1]):
            if _is_description(lines[start - 1][1]):
                break
            if start < index and _language_item(lines[start - 1][1]):
                start -= 1  # "English" above "Web-developer at Northwind": a side column's language, no header line
                continue
            if not re.search(r"[^\W\d_]", lines[start - 1][1]):
                break  # '""', "24": a name a converter emptied, a page's number; nothing above it is this job's
            if start <= index - 2 and _labelled_tech_list(lines[start - 1][1]):
                break  # "Backend - Golang, Postgres, Redis" above "Employer" / "Title": the job before's stack
            if start == index and is_certification_line(lines[start - 1][1]) and _titled_date_line(text):
                break  # "Certified ScrumMaster" over "Technical Project Manager  Jun 2024 – now": a side column's
            if _continues_bullet(lines, start - 1) and not (start - 1 >= index - 2 and _title_led(lines[start - 1][1])) and not (
                _header_after_open_bullet(lines, start - 1, index, found)
            ):
                break  # (a title just above the dates starts this job, whatever the bullet above it)
            if start - 1 == previous_anchor + 1 and _whole_header(lines[start - 1][1]) and _whole_header(
                (text[: found.span[0]] + " | " + text[found.span[1]:]).strip(" |")
            ):
                break  # the previous job's "Employer | City, ST" line; this date line is whole
            start -= 1
            if not _is_duration_line(lines[start][1]):
                budget -= 1
        # Keep at least the previous entry's location line out of this header (an employer
        # before its place only when that entry has no employer yet)
        if entries and start == previous_anchor + 1 and entries[-1].location is None and start < index:
            text_above = lines[start][1]
            if looks_like_location(text_above) and not TITLE_WORDS.search(text_above) and (
                _looks_like_place(text_above) or _split_header(entries[-1].header)[1] is None
            ):
                entries[-1].location = text_above.strip()
                start += 1
        header_start_of.append(start)
        entry.header = [
            lines[i][1] for i in range(start, index) if not _is_duration_line(lines[i][1]) and not _language_item(lines[i][1])
        ]
        before, after = text[: found.span[0]].strip(), _length_dropped(text[found.span[1]:].lstrip(" :").strip())
        before = re.sub(r"(?i)^(?:from|since|dates?:?|period:?)$", "", before)  # "from March 2021 till now"
        if _run_in_heading(after):
            after = ""
        entry.study = bool(_STUDY_AFTER_DATES_RE.fullmatch(after))
        if index in dangling:
            entry.prose.append(after)  # the dates lead the description; the job's header was lost
        elif title_below and _place_beside_dates(before, after, [lines[index + 1][1]]):
            entry.location = _trim(before or after)  # "Sydney · Mar 2023 – Present" / "Project Lead, Northwind"
        elif title_below:
            # "Northwind Bank  Aug 2018 - Dec 2021" then "Software Engineer": what follows the
            # dates is a place, or a side column's text run into the line
            entry.header.extend([before] + ([after] if after and _is_place(after) else []))
        elif before and after and _fragments(before) and _fragments(after):
            # "Flight Attendant 10/2013 to Current Northwind Air City, State": the text before
            # the dates is the title, the text after them the employer and place.
            entry.header.extend([before, after])
            hint = _trim(before)
            # "Company Name May 2015 to Current Tutor": the employer first, the title after
            entry.title_hint = _trim(after) if hint == "Company Name" else hint
            entry.title_locked = hint != "Company Name" and len(hint.split()) <= 8 and bool(_WHOLE_PLACEHOLDER_RE.search(after))
        elif _place_beside_dates(before, after, entry.header):
            entry.location = _trim(before or after)  # "Title, Employer" / "Zurich | Jan 2019 – Mar 2021"
        elif not before and any(TITLE_WORDS.search(line) for line in entry.header) and (_is_description(after) or (
            _ends_sentence(after) and (_starts_with_verb(after) or _mostly_lower(after))
        )):
            entry.prose.append(after)  # "Title Employer, Town" / "Oct 2018 - Mar 2022 Built a shop from scratch;"
        elif _fragments(f"{before}  {after}".strip()):
            entry.header.append(f"{before}  {after}".strip())
            if before and len(before.split()) <= 8:
                entry.title_hint = _trim(before)  # "English Teacher  Aug 2012 to Oct 2013"
            elif not before and re.match(r"\s*[:–—-]", text[found.span[1]:]):
                entry.title_hint = _fragments(after)[0]  # "2015 – 2017: Data scientist, Northwind, Riverton"
        elif not before and EMPLOYMENT_TYPES.match(after.strip(" ,.|·-–—()")):
            entry.title_hint = after.strip(" ,.|·-–—()")  # "2016: Freelance": the kind of work is the title
        entry.first_offset = lines[start][0]
        entries.append(entry)
        previous_anchor = index

    # Body of each entry: from the line after its date line to the line before the next header.
    for number, entry in enumerate(entries):
        index = anchors[number][0]
        stop = header_start_of[number + 1] if number + 1 < len(entries) else len(lines)
        body = lines[index + 1 : stop]
        # Header lines may also follow the dates: "Title   03/2022 – Present" then "Employer · City, ST"
        taken = 0
        if body and not entry.header and EMPLOYMENT_TYPES.match(body[0][1].strip()):
            body = body[1:]  # "Self-employed" where the employer stands below the dates: the kind of work, then the rest
        while (
            body
            and taken < 2
            and not entry.title_locked
            and index not in dangling
            and _is_header_like(body[0][1])
            and not _is_duration_line(body[0][1])
            and not _DESCRIPTION_LABELS.match(body[0][1].strip())
            and not (body[0][1][:1].isupper() and _is_description(body[0][1]))  # a duty with no bullet and no full stop is no employer
        ):
            text = body[0][1].strip()
            position, employer, _ = _split_header(entry.header)
            pieces = _fragments(text)
            # "Northwind Bank | Riverton  2019 – 2021" read "Riverton" as the title for want of one:
            # a title that follows the dates is the job's own
            untitled = position is None or (not TITLE_WORDS.search(position) and _title_led(text))
            if entry.location is None and pieces and all(looks_like_location(piece) and not TITLE_WORDS.search(piece) for piece in pieces):
                entry.location = text
            elif employer is None or untitled:
                if len(text) > 70 and not (entry.header_below and taken == 0) and not _field_list(text):
                    break
                entry.header.append(text)
            elif taken == 0 and _whole_header(text):
                entry.header.append(text)  # "Director, Public Relations  Mar 2007 - May 2009" / "Employer | City, ST"
            elif taken == 1 and "," in entry.header[-1] and TITLE_WORDS.search(entry.header[-1].split(",")[0]) and _employer_and_place(text):
                # dates, then "DIRECTOR, IT DELIVERY" over "Caldris Bank, Atlanta, GA": the title's
                # comma made an employer of its scope; the employer is the line below
                entry.header.append(text)
            else:
                break
            body = body[1:]
            taken += 1
        if taken and not entry.title_locked and index not in dangling:
            body = _title_further_below(entry, body)
        for offset, text in body:
            entry.last_offset = offset + len(text)
            if _is_bullet(text):
                entry.bullets.append(text[len(BULLET):].strip())
            elif _is_duration_line(text) or EMPLOYMENT_TYPES.match(text.strip()):
                continue
            elif entry.bullets and (text[:1].islower() or not entry.bullets[-1].rstrip().endswith((".", "!", "?"))):
                entry.bullets[-1] = entry.bullets[-1] + " " + text.strip()  # a wrapped bullet
            elif index in dangling and entry.prose and not entry.prose[-1].endswith((".", "!", "?")):
                entry.prose[-1] = entry.prose[-1] + " " + text.strip()  # the description's sentence goes on
            else:
                entry.prose.append(text.strip())
        if not body:
            entry.last_offset = lines[index][0] + len(lines[index][1])

    for number, (index, found) in enumerate(anchors):
        newer = entries[number - 1].range.start if number > 0 else None
        if index in dangling and newer is not None and newer.index(1) > found.start.index(1):
            # "2018 - <description>" below a job begun in 2020: the end was lost; the job is
            # taken to run until the newer one began.
            entries[number].range = DateRange(found.start, newer, False, found.span)

    _open_newest_start(
        entries,
        [find_range(lines[index][1]) is None for index, _ in anchors],
        [bool(_YEAR_DASH_RE.match(lines[index][1])) for index, _ in anchors],
    )

    works = []
    previous_employer: Optional[str] = None
    for entry, (index, _) in zip(entries, anchors):
        entry.study = entry.study or _side_study_dates(lines, index, entry.header)
    entries = [entry for entry in entries if not entry.study]
    for entry in entries:
        position, employer, location = _split_header(entry.header)
        hint = entry.title_hint
        if entry.title_locked and hint:
            position = hint
        elif hint and position != hint and (position is None or not TITLE_WORDS.search(position)):
            if not any(TITLE_WORDS.search(piece) for piece in entry.header):
                others = [piece for text in entry.header for piece in _fragments(text) if _trim(piece) != hint]
                other_position, other_employer, other_location = _split_header(others)
                position, employer = hint, other_employer or other_position
                location = other_location or location
        if position is None and entry.prose:
            # "Company Name" then "Interim Director of Data. Managed the budget ...": the title is
            # the description's first sentence.
            lead = _TITLE_SENTENCE_RE.match(entry.prose[0])
            if lead and TITLE_WORDS.search(lead.group("title")) and len(lead.group("title").split()) <= 8 and not _starts_with_verb(lead.group("title")):
                position = lead.group("title")
                entry.prose[0] = entry.prose[0][lead.end():]
        location = location or entry.location
        # ("Perm" / "Russia" read as employer and place: a city and its country, no more; a title
        # with a comma has its scope after it, "Project Manager, Digital Channels")
        if position and employer and location and "," not in position + location and len(employer.split()) <= 2 and not ORG_WORDS.search(
            employer
        ) and _is_place(f"{employer}, {location}") and _written_before(entry.header, position, employer):
            apart = _title_then_employer(position)
            if apart is not None:  # "Business Owner Greengage Deli, Perm, Russia": no mark between title and employer
                position, employer, location = apart[0], apart[1], f"{employer}, {location}"
        if employer is None and location:
            employer, location = _employer_in_place(location)
        if location:
            location = re.sub(r"\s*·\s*(?:hybrid|remote|on-site)\s*$", "", location, flags=re.IGNORECASE)
        if employer is None and position is not None and previous_employer and _continues_group(entry):
            employer = previous_employer  # LinkedIn: several roles under one company
        previous_employer = employer or previous_employer
        intro, duties = _duty_items(entry.prose) if not entry.bullets else (entry.prose, entry.bullets)
        works.append(
            Work(
                name=employer,
                position=position,
                location=location,
                startDate=entry.range.start.iso(),
                endDate=None if entry.range.current else entry.range.end.iso(),
                current=entry.range.current,
                summary=" ".join(intro) or None,
                highlights=tuple(duties),
                span=(entry.first_offset, max(entry.last_offset, entry.first_offset)),
            )
        )
    return _unique(_drop_repeated_history([work for work in works if not _is_study(work)]))


# A duty's first word: a verb in the past tense or a strong verb, an adverb before it allowed
# ("Closely collaborated with ..."); a line that starts so begins a new duty
_DUTY_START_RE = re.compile(r"^(?:[A-Z][a-z]+ly\s+[a-z]+ed\b|[A-Z][a-z]+ed\b|[A-Z][a-z]+)")


def _starts_duty(line: str) -> bool:
    match = _DUTY_START_RE.match(line)
    if match is None:
        return False
    first = match.group(0).split()[-1]
    return first.endswith("ed") or _is_strong_verb(first)


def _is_strong_verb(word: str) -> bool:
    """"Manage", "Review", "Leads": a strong verb of the lexicon in the present tense too."""
    verbs = _action_verbs()
    word = word.lower()
    stems = {word, word[:-1] if word.endswith("s") else word, word[:-2] if word.endswith("es") else word}
    return any(stem in verbs or stem + "d" in verbs or stem + "ed" in verbs or (stem[:-1] + "ied") in verbs for stem in stems)


@lru_cache(maxsize=1)
def _action_verbs() -> frozenset[str]:
    from ..lexicon import load_action_verbs

    return frozenset(verb.lower().split()[0] for group in load_action_verbs() for verb in group.verbs)


def _duty_items(prose: list[str]) -> tuple[list[str], list[str]]:
    """A description written a duty a line with its bullets lost (an HTML converter draws them
    as pictures): each line that starts with a verb begins a duty, the lines after it that do
    not are its wrapped rest.  Only when three lines or more begin duties and every other line
    reads as a wrapped rest (it starts in lower case, or the line above has no full stop); the
    lines before the first duty stay the description.  Otherwise the prose as it was, no duties."""
    starts = [index for index, line in enumerate(prose) if _starts_duty(line)]
    if len(starts) < 3:
        return prose, []
    for index in range(starts[0] + 1, len(prose)):
        if index in starts:
            continue
        line, above = prose[index], prose[index - 1].rstrip()
        if not (line[:1].islower() or line[:1].isdigit() or not above.endswith((".", "!", "?"))):
            return prose, []
    duties: list[str] = []
    for index in range(starts[0], len(prose)):
        if index in starts:
            duties.append(prose[index].strip())
        else:
            duties[-1] = f"{duties[-1]} {prose[index].strip()}"
    return prose[: starts[0]], duties


def _stray_range_first(lines: list[tuple[int, str]], anchors: list[tuple[int, DateRange]]) -> bool:
    """The history opens with bare years ("2002 - 2007") straight above a job's line with dates of
    its own: a side column's study years run into the heading's place, no job of any kind."""
    if len(anchors) < 2 or anchors[0][0] != 0 or anchors[1][0] != 1:
        return False
    return _bare(lines[0][1], anchors[0][1]) and not _bare(lines[1][1], anchors[1][1])


def _bare_years(text: str, found: DateRange) -> bool:
    """The line is nothing but a range of years ("2002 - 2007")."""
    return _bare(text, found) and found.start.month is None and not found.current and (found.end is None or found.end.month is None)


def _study_years_out_of_order(lines: list[tuple[int, str]], anchors: list[tuple[int, DateRange]]) -> list[tuple[int, DateRange]]:
    """Drop a line of bare years that ends before the job below it began, in a history whose other
    jobs, dated by month, run newest first: a side column's study years, no job.  So too a range
    out of that order written unlike every other (by month names among numbers, or the reverse).""" 
    styles = [_date_style(lines[index][1], found) for index, found in anchors]
    kept = []
    for number, (index, found) in enumerate(anchors):
        below = anchors[number + 1][1] if number + 1 < len(anchors) else None
        if below is not None and found.end is not None and found.end.year < below.start.year:
            others = styles[:number] + styles[number + 1 :]
            if _bare_years(lines[index][1], found) and _newest_first(anchors, number):
                continue
            usual = max(set(others), key=others.count) if others else None
            if len(others) >= 2 and others.count(usual) >= _USUAL_STYLE * len(others) and styles[number] != usual and _newest_first(anchors, number):
                continue  # "Sep 1999 – Jun 2003" among jobs all dated "12.2023 — PRESENT": a study's
        if _trailing_bare_years(lines, anchors, styles, number):
            continue
        kept.append((index, found))
    return kept


_TRAILING_DATED_JOBS = 3  # jobs dated by month above that make bare years after them a side column's


def _trailing_bare_years(lines: list[tuple[int, str]], anchors: list[tuple[int, DateRange]], styles: list[str], number: int) -> bool:
    """Bare years alone on their line ("2016 – 2018") after the last of three jobs or more all dated
    by month, no header above them (a duty's end, or more bare years): a side column's study years
    read after the work history, no job (a history dated by years writes every job so)."""
    index, found = anchors[number]
    if not _bare_years(lines[index][1], found) or not _bare(lines[index][1], found):
        return False
    above = lines[index - 1][1].strip() if index > 0 else ""
    if above and find_range(above) is None and _is_header_like(above) and not _ends_a_description(above):
        return False  # "Warehouse Operative" / "Northgate Depot" / "2016 - 2017": a job's own header above
    start = len(styles)
    while start > 0 and styles[start - 1] == "years":
        start -= 1  # the run of bare years that ends the history
    return number >= start >= _TRAILING_DATED_JOBS and "years" not in styles[:start]


def _newest_first(anchors: list[tuple[int, DateRange]], left_out: int) -> bool:
    """The other jobs dated by month (two or more) run newest first."""
    dated = [found for number, (_, found) in enumerate(anchors) if number != left_out and found.start.month is not None]
    return len(dated) >= 2 and all(newer.start.index(1) >= older.start.index(1) for newer, older in zip(dated, dated[1:]))


_USUAL_STYLE = 0.75  # the share of the other jobs' dates written one way that makes it the history's
_NUMERIC_DATE_RE = re.compile(r"\d{1,2}\s*(?P<mark>[./-])\s*\d{4}")


def _date_style(text: str, found: DateRange) -> str:
    """How a range is written: months by name, by number (with their mark), or years alone."""
    written = text[found.span[0] : found.span[1]]
    if found.start.month is None:
        return "years"
    numeric = _NUMERIC_DATE_RE.search(written)
    return f"numbers{numeric.group('mark')}" if numeric else "names"


_YEAR_DASH_RE = re.compile(rf"\W{{0,3}}{_YEAR_TEXT}\s*[-–—]\s+\S")


def _open_newest_start(entries: list[_Entry], single: list[bool], dash_after: list[bool]) -> None:
    """The newest job given only its start month ("Full-stack Developer  Sep 2019"), or its year
    and a dash ("2022 - Northwind. Engineer."), above jobs that ended before it runs to the
    present: nobody lists a one-month job as their latest, and the dash opens a range."""
    if len(entries) < 2:
        return
    newest = max(range(len(entries)), key=lambda number: entries[number].range.start.index(1))
    found = entries[newest].range
    if not single[newest] or not (found.start.month or dash_after[newest]) or found.current or found.end != found.start:
        return
    if newest not in (0, len(entries) - 1):
        return  # the newest job stands first (or last, oldest first) in a history in order
    others = [entry.range for number, entry in enumerate(entries) if number != newest]

    # Jobs that ended did so before it began (a side job still running does not say otherwise).
    def ended_before(other: DateRange) -> bool:
        if other.current or other.end is None:
            return True
        if found.start.month is None or other.end.month is None:
            return other.end.year <= found.start.year  # "2019 – 2022" then "2022 - ..."
        return other.end.index(12) <= found.start.index(1) + 1

    if all(ended_before(other) for other in others):
        entries[newest].range = DateRange(found.start, None, True, found.span)


# Verbs that open a duty rather than a title: the irregular past tenses the rules know
# (lexicons/cue_words.toml, "common-past") and the present "-s" forms.
_DUTY_VERBS = frozenset(cue_words("common-past")) | frozenset(
    "gave sent leads runs builds drives oversees manages supports coordinates develops provides handles works serves "
    "directs assists creates maintains performs prepares reports".split()
)


def _written_before(header: list[str], first: str, second: str) -> bool:
    """`first` stands before `second` in the header's text (the title leads: "Title Employer,
    Town, Country", not "EMPLOYER, Country, Town  TITLE")."""
    text = " ".join(header)
    return 0 <= text.find(first) < text.find(second)


def _title_then_employer(piece: str) -> Optional[tuple[str, str]]:
    """A title and its employer run together, the title first ("Stock Market Specialist Northwind
    Filing Office"): (title, employer) cut after the last title word, when what follows is a
    name in capitals with no title word; None otherwise ("Summer internship as Java Developer")."""
    words = piece.split()
    ends = [number for number, word in enumerate(words) if TITLE_WORDS.fullmatch(word.strip(".,()"))]
    if not ends or ends[-1] >= len(words) - 1 or not words[0][:1].isupper():
        return None
    title, employer = " ".join(words[: ends[-1] + 1]), " ".join(words[ends[-1] + 1 :])
    if not employer[:1].isupper() or not all(word[:1].isupper() or word in _NAME_JOINERS for word in employer.split()) or _is_place(employer):
        return None
    return title, employer


# A school's name ending the line: "... Northern Academic University", "Bioinformatics Institute"
_INSTITUTION_END_RE = re.compile(r"\b(?:university|institute|college|academy|school|polytechnic)\W*$", re.IGNORECASE)


def _side_study_dates(lines: list[tuple[int, str]], index: int, header: list[str]) -> bool:
    """Dates just below a school's name, with no title anywhere in the job read from them: a
    side column's education read in among the jobs ("... Bioinformatics Institute" / "Aug 2020 -
    June 2021")."""
    above = lines[index - 1][1] if index > 0 else ""
    return bool(_INSTITUTION_END_RE.search(above)) and not any(TITLE_WORDS.search(text) for text in (*header, above, lines[index][1]))


_TECH_LIST_RE = re.compile(r"^(?P<label>[A-Z][\w /+#.]{0,24}?)\s*[-–:]\s*(?P<items>[^,]+(?:,[^,]+){2,})$")


def _labelled_tech_list(text: str) -> bool:
    """"Backend - Golang, Postgres, Redis": a label and a list of three items or more, no place
    ("Northwind - Riverton, Utopia, USA" is an employer and its place)."""
    match = _TECH_LIST_RE.match(text.strip())
    if match is None or TITLE_WORDS.search(match.group("label")):
        return False
    items = match.group("items")
    return not (looks_like_location(items) or _is_place(items)) and all(len(item.split()) <= 3 for item in items.split(","))


def _language_item(text: str) -> bool:
    """A language alone on its line (with its level or not): a side column's item."""
    stripped = text.strip()
    return (stripped.lower() in language_names() or is_side_item("languages", stripped)) and not TITLE_WORDS.search(text)


def _mostly_lower(text: str) -> bool:
    """A sentence's words, not a name's: four words or more, most of them in lower case."""
    words = text.split()
    return len(words) >= 4 and sum(1 for word in words if word[:1].islower()) * 2 >= len(words)


def _starts_with_verb(text: str) -> bool:
    """"Supported the sales director", "Led a team": a duty, not a title."""
    first = text.split()[0]
    return bool(_VERB_FORM.match(first)) or first.lower() in _DUTY_VERBS


_TITLE_SENTENCE_RE = re.compile(r"(?P<title>[A-Z][\w&/,'’ -]{2,80}?)\.\s+(?=[A-Z])")


def _employer_in_place(location: str) -> tuple[Optional[str], str]:
    """"NORTHWIND, Utopia" taken whole as a place when no employer was found: a name in capitals,
    or with a company word, before a country or state is the employer."""
    head, comma, rest = location.partition(",")
    head, rest = head.strip(), rest.strip()
    if comma and rest and looks_like_location(rest) and (
        (head.isupper() and len(head) >= 3) or ORG_WORDS.search(head) or _business_before_city(head, rest)
    ):
        return head, rest
    return None, location


_WORK_MODES = ("remote", "hybrid", "on-site", "onsite")


def _looks_like_place(text: str) -> bool:
    """A place, but not an employer before its place ("Harbourline Freight, Leeds, UK")."""
    if not looks_like_location(text):
        return False
    head, comma, rest = text.partition(",")
    return not (comma and rest.count(",") == 1 and _business_before_city(head.strip(), rest.strip()))


def _business_before_city(head: str, rest: str) -> bool:
    """"Harbourline Freight, Leeds, UK" reads as "City, Region, Country"; its first part is the
    employer when the rest is a "City, Country" of its own whose city is no region we know (a
    state or province) and the first part is two or more capitalised words ("Pune, Maharashtra,
    India" and "Rio de Janeiro, RJ, Brazil" stay places).  Before "Remote" (a place by its word),
    any name is the employer."""
    if rest.lower() in _WORK_MODES:
        return head[:1].isupper() and not TITLE_WORDS.search(head)  # "Redmere Energy, Remote"
    middle = rest.split(",")[0].strip()
    if rest.count(",") != 1 or parse_location(rest) is None or middle in head:
        return False
    if len(middle.split()) > 2 or not all(word[:1].isupper() for word in middle.split()):
        return False  # "Porto Alegre, Rio Grande do Sul, Brazil": a region, no city
    if middle.upper() in US_STATES or middle.lower() in US_STATE_NAMES or middle.upper() in CANADIAN_PROVINCES:
        return False  # "Austin, Texas, USA", "Toronto, ON, Canada"
    words = head.split()
    return len(words) >= 2 and all(word[:1].isupper() or word in _NAME_JOINERS for word in words)


_NAME_JOINERS = ("&", "and", "of", "the", "+", "-")  # "Marlowe & Finch Digital", "Bank of Leeds"


# A course or an educational programme listed among the jobs: studies, not work.
_STUDY_RE = re.compile(
    r"\b(?:(?:educational|education|study|studies|academic)\s+program(?:me)?s?|courses?|bootcamp|student)\b", re.IGNORECASE
)


def _is_study(work: Work) -> bool:
    """"2020 – 2021 Northwind Academy, Java programming, educational program": the header names a
    course or a programme of study and no job title."""
    fields = " ".join(filter(None, (work.position, work.name)))
    if work.position and _DEGREE_TITLE_RE.search(work.position):
        return True  # "Engineer's degree, Telecommunications": a study set down among the jobs
    if work.name and _DEGREE_TITLE_RE.search(work.name) and not (work.position and TITLE_WORDS.search(work.position)):
        return True  # "Riverton Academy" over "M.A. in Law" (a job's title keeps its job, whatever ran into its employer)
    if any(_STUDENT_LEAD_RE.match(field) for field in (work.position, work.name) if field):
        return True  # "Student in Northwind Academy, Java developer": the course's project role
    if work.position and _STUDY_MARK_RE.search(work.position):
        return True  # "Python Developer (Education, Sep 2020 - Aug 2021)": the author marks it a study
    return bool(_STUDY_RE.search(fields)) and not (work.position and TITLE_WORDS.search(work.position))


_STUDY_AFTER_DATES_RE = re.compile(r"\W*(?:(?:full[- ]time |part[- ]time )?student|studies|study|course|bootcamp)\W*", re.IGNORECASE)
# A degree where a title or an employer stands ("Engineer's degree", "Master of Science", "BSc
# Computing", "M.A. in Jurisprudence")
_DEGREE_TITLE_RE = re.compile(
    r"\b(?:degree|diploma)\b|^(?:bachelor|master(?:'s|’s)?\s+(?:of|in)|b\.?sc|m\.?sc|mba|ph\.?d)\b|^(?:[bm]\.?[as]\.?|[bm]\.?eng\.?)\s+(?:in|of)\s",
    re.IGNORECASE,
)
_STUDENT_LEAD_RE = re.compile(r"(?:student|course participant)\s+(?:in|at|of)\b", re.IGNORECASE)
# A title's own bracket or its last word that says the role was a study ("Python Developer
# (Education, ...)", "Java Developer student"; a working student's is a job)
_STUDY_MARK_RE = re.compile(
    r"\(\s*(?:education|studies|study|course|student|bootcamp)\b|(?<!working )\bstudent\W*$", re.IGNORECASE
)


def _unique(works: list[Work]) -> tuple[Work, ...]:
    seen: set[tuple] = set()
    unique = []
    for work in works:
        key = (work.startDate, work.endDate, work.position, work.name)
        if key not in seen:  # the same job twice
            seen.add(key)
            unique.append(work)
    return tuple(unique)


_YEAR_MARK_END_RE = re.compile(r"(?<=\d)\s*(?:y|yy|г|гг)\.(?=\s*$)", re.IGNORECASE)


def _find_anchors(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, DateRange]], set[int]]:
    """The date lines that start a job (the list may have lines rewritten in place: a bullet's
    mark dropped, a lost month's dot blanked), and those whose end date was lost."""
    anchors: list[tuple[int, DateRange]] = []
    dangling: set[int] = set()  # date lines whose end date was lost: "2018 - Designed and built ..."
    lost_years: set[int] = set()  # date lines whose end kept its month but lost its year
    for index, (offset, text) in enumerate(lines):
        if _YEAR_MARK_END_RE.search(text):
            # "Intern | Northwind | 2023 y.", "2022 y." under a job's header: the year's mark, as
            # CVs translated from Russian write it, is no sentence's full stop nor a field
            text = _YEAR_MARK_END_RE.sub("", text)
            lines[index] = (offset, text)
        if _LOST_MONTH_RE.search(text):
            # "Developer at Northwind, Riverton, .2021": the month's digits were lost, the year stays
            text = _LOST_MONTH_RE.sub(" ", text)
            lines[index] = (offset, text)
        if not _is_bullet(text) and (found := _dangling_range(text)) is not None:
            anchors.append((index, found))
            dangling.add(index)
            continue
        if not _is_bullet(text) and (found := _lost_end_year(text)) is not None:
            if _can_anchor(text, found):
                anchors.append((index, found))
                lost_years.add(index)
            continue
        if _is_bullet(text):
            # "• 2021 – present: Frontend Developer": a list whose every item is a job
            text = text[len(BULLET):]
            found = find_range(text)
            if found is None:
                found = _single_date_range(text)
                if found is None or found.span[0] != 0:
                    continue  # only "• 2016: Freelance web work"
            elif not _bullet_can_anchor(text, found):
                continue
            lines[index] = (offset + len(BULLET), text)
        else:
            found = find_range(text)
        if found is None:
            found = _single_date_range(text) or _year_cell_under_title(lines, index) or _lone_start_date(lines, index) or _date_under_header(lines, index)
            found = found or _open_ended_range(lines, index)
            if found is None:
                continue
            if found.end == found.start and (ended := season_end(text[found.span[0] : found.span[1]])) is not None:
                found = DateRange(found.start, ended, False, found.span)  # "Summer 2021" alone: June to August
        if not _can_anchor(text, found):
            continue
        outer = next((anchor for anchor in reversed(anchors) if anchor[1].start.month), None)
        if outer and _is_sub_range(lines, index, found, outer):
            continue  # "2014 - 2015  Women's knitwear, $100M" inside a job's own dates
        anchors.append((index, found))
    if lost_years:
        anchors = [(index, _end_year_put_back(found, anchors) if index in lost_years else found) for index, found in anchors]
    return _margin_years_dropped(lines, anchors), dangling


# A range whose end kept its month and lost its year, the two months run together or not:
# "Jun 2019Oct Front-end Developer", "Oct 2014 Feb Web Developer".
_LOST_END_YEAR_RE = re.compile(
    rf"^\W{{0,3}}(?P<start>{_MONTH_TEXT}\s*[,-]?\s*{_YEAR_TEXT})\s*(?:(?:-{{1,2}}|–|—|to|till|until)\s*)?(?P<end>{_MONTH_TEXT})(?![\w/])(?!\s*[,.'’/-]?\s*\d)",
    re.IGNORECASE,
)


# The same after a job title: "Software Developer Nov. 1998 Jun. Northwind Labs".
_TITLED_LOST_END_YEAR_RE = re.compile(
    r"^(?P<title>[^\d|]{2,60}?)\s+" + _LOST_END_YEAR_RE.pattern[1:], re.IGNORECASE
)


def _lost_end_year(text: str) -> Optional[DateRange]:
    match = _LOST_END_YEAR_RE.match(text)
    if match is None:
        match = _TITLED_LOST_END_YEAR_RE.match(text)
        if match is not None and not TITLE_WORDS.search(match.group("title")):
            return None
    if match is None or find_range(text[: match.end() + 12]) is not None:
        return None
    start = parse_date(match.group("start"))
    month = MONTHS.get(match.group("end").lower().rstrip("."))
    if start is None or month is None:
        return None
    year = start.year if month >= (start.month or 1) else start.year + 1
    return DateRange(start, YearMonth(year, month), False, (match.start("start"), match.end("end")))


def _end_year_put_back(found: DateRange, anchors: list[tuple[int, DateRange]]) -> DateRange:
    """The lost end year of a range: the latest year that puts the end month before the next
    job began (the first year after the start when no job began later)."""
    assert found.end is not None
    later = [other.start.index(1) for _, other in anchors if other.start.index(1) > found.start.index(1)]
    end = found.end
    if later:
        while YearMonth(end.year + 1, end.month).index(1) <= min(later):
            end = YearMonth(end.year + 1, end.month)
    return DateRange(found.start, end, False, found.span)


def _margin_years_dropped(lines: list[tuple[int, str]], anchors: list[tuple[int, DateRange]]) -> list[tuple[int, DateRange]]:
    """A year alone before a header ("2019  Platform Engineer @ Northwind") straight above a
    line with the job's range that holds that year ("Automotive software / 2018  2019"): the
    year is a margin note, the range dates the job, and the year's line is its header."""
    kept = []
    for number, (index, found) in enumerate(anchors):
        following = anchors[number + 1] if number + 1 < len(anchors) else None
        single = found.end == found.start and not found.current and found.span[0] <= 3
        if single and following is not None and following[0] == index + 1:
            outer = following[1]
            last = 10**9 if outer.current or outer.end is None else outer.end.index(12)
            if outer.start.index(1) <= found.start.index(1) <= last:
                span = found.span
                lines[index] = (lines[index][0], lines[index][1][span[1]:].strip(" :–—-"))
                continue
        kept.append((index, found))
    return kept


def _dates_last(lines: list[tuple[int, str]], anchors: list[tuple[int, DateRange]]) -> Optional[list[tuple[int, str]]]:
    """Jobs whose dates come last, on a line of their own after the description ("Developer -
    Northwind" / what was done / "from March 2021 till November 2021"): the lines in the usual
    order (header, dates, description), or None for any other layout.

    Only when every date line is bare, the section opens with a header that no date line is
    near, and each date line but the last is followed straight away by the next job's header.
    A single job only when what stands right above its dates ends a description: a bullet (a
    table row's right cell holding them, read after the left one) or a duty's last line (a
    reader of text blocks puts the dates set right on the title's line after the job's whole
    block)."""
    # (a course's dates among the jobs, "October 2023 -- April 2024: Student in ...", stay where
    # they are, a study set down among the jobs; a side column's lines are no job's header)
    anchors = [(index, found) for index, found in anchors if not _names_a_course_or_study(lines[index][1], found)]
    if not anchors or anchors[0][0] < 2:
        return None
    if anchors[0][0] == 2 and not _duty_like(lines[1][1]):
        return None  # "Title" / "Employer" / dates: the usual order
    if len(anchors) == 1 and not _ends_a_description(lines[anchors[0][0] - 1][1]):  # a bullet or a duty
        return None  # one job's header may stand straight above its dates, as usual
    for index, found in anchors:
        text = lines[index][1]
        rest = re.sub(r"(?i)\b(?:from|since|period)\b", "", text[: found.span[0]] + text[found.span[1]:]).strip(" ,:;|·-–—()")
        if rest and not DURATION_RE.match(rest):
            return None
    starts = [0] + [_next_header_line(lines, index + 1, following) for (index, _), (following, _) in zip(anchors, anchors[1:])]
    for start, (index, _) in zip(starts, anchors):
        header = lines[start][1]
        if start + 1 >= index or not _is_header_like(header) or _is_description(header):
            return None
        if not (TITLE_WORDS.search(header) or _whole_header(header)) or find_range(header):
            return None
    tail = lines[anchors[-1][0] + 1 :]
    if tail and _is_header_like(tail[0][1]) and TITLE_WORDS.search(tail[0][1]) and not tail[0][1].rstrip().endswith("."):
        return None  # a header after the last date line: the dates lead the jobs after all
    reordered: list[tuple[int, str]] = []
    previous_end = 0
    for start, (index, _) in zip(starts, anchors):
        # (a side column's lines skipped before the header keep their place, above it)
        reordered.extend([*lines[previous_end:start], lines[start], lines[index], *lines[start + 1 : index]])
        previous_end = index + 1
    reordered.extend(tail)
    return reordered


def _next_header_line(lines: list[tuple[int, str]], index: int, stop: int) -> int:
    """The first line from `index` (before `stop`) that may open a job's header: no side column's
    plain item ("Java", "Email: ..."), no dated line (a course's set down between two jobs) nor
    the course's bullets; `index` itself when there is none."""
    after_course = False
    for number in range(index, stop):
        text = lines[number][1].strip()
        if find_range(text) is not None:
            after_course = True  # (a course's dates between two jobs, its bullets after it)
            continue
        if (_is_bullet(text) and after_course) or any(is_side_item(section, text) for section in ("skills", "languages", "contact")):
            continue
        return number  # (a job's own bullet right after its dates: they lead the job, not end it)
    return index


def _names_a_course_or_study(text: str, found: DateRange) -> bool:
    """A dated line that names a course or a study, not a job: "Student in Northwind Academy, ..."."""
    rest = text[: found.span[0]] + " " + text[found.span[1] :]
    return bool(_STUDY_RE.search(rest) or _STUDENT_LEAD_RE.search(rest))


def _duty_like(text: str) -> bool:
    """A line of what was done: a bullet, a duty's verb, or a sentence."""
    return _is_bullet(text) or _starts_duty(text) or _is_description(text)


def _ends_a_description(text: str) -> bool:
    """A duty's line: a bullet, or a sentence of the job's description."""
    return _is_bullet(text) or _is_description(text) or _starts_with_verb(text.strip() or "-")


def _drop_repeated_history(works: list[Work]) -> list[Work]:
    """Some documents carry their work history twice (a page the converter repeated): when the
    later jobs' dates are all dates already read, they are a copy, not more jobs."""
    for cut in range(1, len(works) - 1):
        head = {(work.startDate, work.endDate) for work in works[:cut]}
        if all((work.startDate, work.endDate) in head for work in works[cut:]):
            return works[:cut]
    return works


# A year whose month digits were lost: "Developer at Northwind, Riverton, .2021"
_LOST_MONTH_RE = re.compile(r"(?<=[\s,])\.(?=(?:19[5-9]\d|20[0-4]\d)\s*\)?\s*$)")
# A date that leads the line with a dash and no end after it, then a sentence: the end date and
# the header were lost ("2018 - Designed, developed and deployed frontend applications ...").
_DANGLING_RE = re.compile(r"^\W{0,3}(?P<date>(?:19[5-9]\d|20[0-4]\d)|(?:0?[1-9]|1[0-2])[/.](?:19[5-9]\d|20[0-4]\d))\s*[-–—]\s+(?=[A-Z][a-z])")


def _dangling_range(text: str) -> Optional[DateRange]:
    match = _DANGLING_RE.match(text)
    if match is None or find_range(text[: match.end() + 40]) is not None:
        return None
    rest = text[match.end():]
    if len(rest.split()) < 6 or not re.search(r"\b[a-z]{3,}\b", rest):
        return None  # "2016 - Freelance web work" is a one-year job with a title
    start = parse_date(match.group("date"))
    return DateRange(start, None, True, (match.start("date"), match.end())) if start else None


def _can_anchor(text: str, found: DateRange) -> bool:
    """A date line that starts an entry: the dates plus a short header, not a sentence that
    happens to hold a year ("... 9 internal promotions since 2023.")."""
    before = text[: found.span[0]].strip()
    rest = (before + " " + text[found.span[1]:]).strip()
    stripped = text.strip()
    if stripped[:1].islower() and not _FROM_RE.match(stripped) and before:
        return False  # a sentence going on, unless its dates lead it ("sep. 2023 - jun. 2026")
    # "Flight Attendant 10/2013 to Current Employer City, State Took this role to ...": a
    # title before the dates, then the employer and the first sentence on the same line.
    if before and not _ends_sentence(before, ".;:"):
        words = len(before.split())
        if words <= 8 and TITLE_WORDS.search(before):
            return True
        if 2 <= words <= 12 and _TITLE_CASE.fullmatch(before) and not _ends_sentence(rest, "."):
            return True
    if not before and re.match(r"[\s,:;|–—-]*[A-Z]", text[found.span[1]:]):
        # "2012 - 2021, Network Engineer, Springfield. Full cycle of upgrades ...": dates lead
        # the line, the header is its first sentence.
        first = re.split(r"(?<=[a-z)])\.(?:\s|$)", text[found.span[1]:], maxsplit=1)[0]
        return len(_words(first)) <= 14
    if _ends_sentence(rest, ".") or _duty_around(before) or _project_of_the_job(text, found):
        return False
    return len(_words(rest)) <= 14


def _project_of_the_job(text: str, found: DateRange) -> bool:
    """A project of a job with its own dates, no title anywhere: "Key project: CRM migration (Jan
    2019 – Jun 2020), budget $3M", "CRM migration, Jan 2021 – Dec 2021: led a team of 13"."""
    if TITLE_WORDS.search(text):
        return False
    after = text[found.span[1]:].lstrip(" ),:;–—-")
    return bool(_PROJECT_OPENER_RE.match(text)) or (bool(after) and after[:1].islower() and text[: found.span[0]].strip() != "")


def _duty_around(before: str) -> bool:
    """Dates inside a duty's sentence ("Ran the data centre exit (2018 – 2019) for 140 apps"): the
    text before them opens with a duty's verb and goes on as a sentence does, with articles and
    prepositions, as no employer's name or field of work does ("United Airlines", "Embedded
    software development")."""
    words = before.split()
    return len(words) >= 2 and _starts_with_verb(before) and any(word in _SENTENCE_WORDS for word in words[1:])


_SENTENCE_WORDS = frozenset("the a an of for to with on by from into our its their".split())


def _words(text: str) -> list[str]:
    """The words of a header, not the separators between its fields ("|", "–")."""
    return [word for word in text.split() if re.search(r"\w", word)]


# Every word capitalised (small joining words aside): "Flight Attendant", "HEAD NURSE".
_TITLE_CASE = re.compile(r"[A-Z][\w'’.()/&-]*,?(?:\s+(?:\(?[A-Z0-9][\w'’.()/&-]*,?|of|and|for|the|in|to|&|/|-|–))*")
_FROM_RE = re.compile(r"(?:from|since)\b", re.IGNORECASE)
_LEAD_DELIMITER = re.compile(r"^\s*(?:[:–—-]|\)|$)")


def _header_on_line(text: str, found: DateRange) -> bool:
    """The date line holds the whole header: a title and an employer in fields of their own
    ("2019 – 2020 | Frontend Developer | Northwind Ltd (Riverton, Utopia) |").  The short lines
    above it are then the end of the previous job's description, not this job's header."""
    before, after = text[: found.span[0]].strip(), text[found.span[1]:].strip()
    rest = f"{before} | {after}".strip(" |")
    if not rest or _ends_sentence(rest) or _is_description(rest):
        return False
    pieces = [piece for piece in _header_fragments(rest) if not _is_place(piece) and not _bracketed_place(piece)]
    titled = [piece for piece in pieces if TITLE_WORDS.search(piece)]
    return len(titled) == 1 and len(pieces) >= 2 and all(len(_words(piece)) <= 8 for piece in pieces)


def _header_follows(lines: list[tuple[int, str]], index: int, found: DateRange) -> bool:
    """The date line holds nothing but the dates, and the next line is a whole header."""
    text = lines[index][1]
    if not _bare(text, found) or index + 1 >= len(lines):
        return False
    return _whole_header(lines[index + 1][1])


def _own_header_above(lines: list[tuple[int, str]], index: int, previous_anchor: int, anchor_lines: set[int]) -> bool:
    """Header, dates, header, dates: the header below the dates belongs to the next date line
    ("Analyst at Northwind, Riverton" / "2019 - 2021" / "Lead at Tailspin, Riverton" / "2021 -
    present"), and this job's header is the title line just above its dates."""
    if index - 1 <= previous_anchor or index + 2 not in anchor_lines:
        return False
    return _title_led(lines[index - 1][1])


def _place_beside_dates(before: str, after: str, header: list[str]) -> bool:
    """A word or two beside the dates, capitalised, no title or company word in them, under a
    header that already names a title and something more: the place, one no gazetteer knows
    ("Project Manager, Northwind" / "Zurich | Jan 2019 – Mar 2021")."""
    piece = _trim(before) if not _trim(after) else "" if _trim(before) else _trim(after)
    words = piece.split()
    if not 1 <= len(words) <= 2 or not all(word[:1].isupper() for word in words) or re.search(r"\d", piece):
        return False
    if TITLE_WORDS.search(piece) or ORG_WORDS.search(piece) or _run_in_heading(piece):
        return False
    pieces = [fragment for text in header for fragment in _fragments(text)]
    return len(pieces) >= 2 and any(TITLE_WORDS.search(fragment) for fragment in pieces)


def _header_after_open_bullet(lines: list[tuple[int, str]], candidate: int, index: int, found: DateRange) -> bool:
    """A line after a bullet left open that is the job's header all the same: the line just above
    a bare date line ("• Delivered the app to 250,000 customers" / "Northwind - Project Manager" /
    dates), or a title above header lines that have none ("QA Engineer" / "Northwind | Riverton" /
    dates)."""
    text = lines[candidate][1]
    if not text[:1].isupper():
        return False
    if candidate == index - 1 and (_bare(lines[index][1], found) or _only_title_beside(lines[index][1], found)):
        return True  # the dates' header, or the employer a "Title  dates" line lacks
    if candidate == index - 2 and _employer_over_title(text, lines[index - 1][1]) and _bare(lines[index][1], found):
        return True  # "Northwind Freight, Vienna" / "IT Support Specialist" / dates: the next employer's positions
    return _title_led(text) and not any(TITLE_WORDS.search(lines[line][1]) for line in range(candidate + 1, index + 1))


_EMPLOYER_LINE_WORDS = 6


def _employer_over_title(text: str, below: str) -> bool:
    """An employer's short line ("Northwind Freight, Vienna"), no title's word on it, over a line
    that is a title alone."""
    text = text.strip()
    return (
        len(text.split()) <= _EMPLOYER_LINE_WORDS and not TITLE_WORDS.search(text) and find_range(text) is None
        and not _ends_sentence(text) and _title_led(below) and _header_fragments(below) == [below.strip()]
    )


def _employer_over_dates(lines: list[tuple[int, str]], index: int, found: DateRange, previous_anchor: int) -> bool:
    """In a history whose dates lead each job: an employer's line just above bare dates, and a
    title alone below them ("Northwind Traders | Leeds" / "Feb 2017 - Nov 2018" / "Senior Analyst"):
    positions under one employer, the employer's line no part of the job before."""
    if index - 1 <= previous_anchor or index + 1 >= len(lines) or not _bare(lines[index][1], found):
        return False
    above, below = lines[index - 1][1].strip(), lines[index + 1][1].strip()
    if not _is_header_like(above) or TITLE_WORDS.search(above) or _is_description(above) or find_range(above):
        return False
    before = lines[index - 2][1] if index - 2 > previous_anchor else ""
    if not (_is_bullet(before) or _ends_sentence(before)):
        return False  # (after the job before's title, its own employer line: "dates" / title / employer)
    return _title_led(below) and _header_fragments(below) == [below]


def _employer_below_from_first(lines: list[tuple[int, str]], anchors: list[tuple[int, DateRange]]) -> bool:
    """The section opens with a title beside its dates and the employer on the line below
    ("Project Manager  2019 - 2021" / "Northwind Ltd, Leeds"): each job's employer follows its
    title, so a line just above a later "Title  dates" line is the job before's, not this one's."""
    if not anchors or anchors[0][0] != 0 or len(lines) < 2:
        return False
    below = lines[1][1]
    return (_is_header_like(below) and find_range(below) is None and _only_title_beside(lines[0][1], anchors[0][1])
            and not _title_led(below))


def _only_title_beside(text: str, found: DateRange) -> bool:
    """"PMO Analyst  July 2018 – November 2019": a title and nothing else beside the dates."""
    rest = f"{text[: found.span[0]]} {text[found.span[1]:]}".strip(" ,:|·-–—()")
    rest = re.sub(r"[\s,:|·–—-]*\b(?:from|since)$", "", rest, flags=re.IGNORECASE)  # "Project Lead - from <dates>"
    return bool(rest) and _header_fragments(rest) == [rest] and _title_led(rest)


def _lines_owed(lines: list[tuple[int, str]], entries: list[_Entry], previous_anchor: int, index: int) -> int:
    """How many lines after the job before's dates are its own header, whatever the next job takes
    above its dates: the job before has bare dates and no title above them (an employer, or
    nothing: a position under the employer's line), and a title leads one of the two lines after
    them ("Cobalt Payments (Riverton)" / "06/2014 – 12/2014" / "Solutions Architect", or
    "Apr 2020 – Mar 2023" / "Cobalt Payments | Berlin" / "Technical Project Manager")."""
    if not entries:
        return 0
    previous = entries[-1]
    if previous.title_below and previous_anchor + 1 < index and _titled_date_line(lines[index][1]):
        # "Northwind Bank  Aug 2018 - Dec 2021" / "Software Engineer" / "Data Analyst  Jan 2015 -
        # Jul 2018": that title is the job's before, this one has its own
        return 1
    if (
        previous_anchor + 1 < index
        and not any(TITLE_WORDS.search(text) for text in previous.header)
        and _dates_then_name(lines[previous_anchor][1])
        and _dates_then_name(lines[index][1])
        and _title_led(lines[previous_anchor + 1][1])
    ):
        # "11/2019 – 11/2023 | Wexbridge Energy" / "Portfolio Manager" / "06/2017 – 10/2019 | Kestrano
        # Telecom": each job's dates and employer over its title, the title the job's before (and
        # the employer under it: "[ dates ] | Toronto, ON" / "SENIOR SCRUM MASTER" / "Halcyra Media,
        # Toronto, ON" / "[ dates ] | Seattle, WA")
        if previous_anchor + 2 < index and _employer_and_place(lines[previous_anchor + 2][1]) and not _title_led(lines[previous_anchor + 2][1]):
            return 2
        return 1
    if not _bare(lines[previous_anchor][1], previous.range) or any(TITLE_WORDS.search(text) for text in previous.header):
        return 0
    for owed in (1, 2):
        if previous_anchor + owed >= index or not _is_header_like(lines[previous_anchor + owed][1]):
            return 0
        if _title_led(lines[previous_anchor + owed][1]):
            return owed
    return 0


def _dates_then_name(text: str) -> bool:
    """Dates leading the line, an employer or a place after them, no title: "11/2019 – 11/2023 |
    Wexbridge Energy"."""
    found = find_range(text)
    if found is None or text[: found.span[0]].strip(" [(|"):
        return False
    after = text[found.span[1]:].strip(" ])|·-–—")
    return bool(after) and not TITLE_WORDS.search(after)


def _titled_date_line(text: str) -> bool:
    """A date line with a job title before its dates ("Business Analyst  10/2009 to 02/2011")."""
    found = find_range(text)
    return found is not None and _title_led(text[: found.span[0]].strip(" ,|·-–—("))


_BRACKETED_LEAD_RE = re.compile(r"^\((?P<inside>[^()]*)\)\s*")


def _length_dropped(after: str) -> str:
    """The text after a job's dates without their length in brackets: "(4 years 9 months) IT
    Project Manager" -> "IT Project Manager"."""
    match = _BRACKETED_LEAD_RE.match(after)
    return after[match.end():] if match and DURATION_RE.match(match.group("inside")) else after


def _bare(text: str, found: DateRange) -> bool:
    """The line holds the dates and nothing else (their length after them, "(2 years 1 month)", and
    the "from" before them are no more than the dates)."""
    rest = re.sub(r"(?i)^\s*(?:from|since)\b", "", text[: found.span[0]]) + text[found.span[1]:]
    rest = rest.strip(" ,:|·-–—()")
    return not rest or DURATION_RE.match(rest) is not None


def _header_may_follow(lines: list[tuple[int, str]], index: int, found: DateRange) -> bool:
    """A bare date line followed by a line that could be a job's header."""
    return _bare(lines[index][1], found) and index + 1 < len(lines) and _is_header_like(lines[index + 1][1])


def _dates_lead(lines: list[tuple[int, str]], anchors: list[tuple[int, DateRange]]) -> bool:
    """The section opens with a bare date line, its job's header below it ("03/2022 - 08/2026" /
    "Team Lead, Northwind"), as a table of dates beside jobs reads: each job's dates come first,
    and the lines above a date line are the job before's, not this one's header."""
    return bool(anchors) and anchors[0][0] == 0 and _header_may_follow(lines, 0, anchors[0][1])


def _title_below(lines: list[tuple[int, str]], index: int, found: DateRange, previous_anchor: int) -> bool:
    """An employer before the dates and the title on the next line ("Northwind Bank  Aug 2018 -
    Dec 2021" / "Senior Software Engineer"), with no title among the lines just above."""
    text = lines[index][1]
    before = text[: found.span[0]].strip(" ,|·-–—(")
    if not before or TITLE_WORDS.search(before) or len(before.split()) > 6 or _ends_sentence(before, ".;:"):
        return False
    if _WHOLE_PLACEHOLDER_RE.search(text[found.span[1]:]):
        return False  # "Deputy Sheriff 06/1989 to 11/1994 Company Name City , State": the employer follows
    if index + 1 >= len(lines) or not _title_led(lines[index + 1][1]):
        return False
    return not any(_title_led(lines[above][1]) for above in range(max(previous_anchor + 1, index - 3), index))


def _title_above(lines: list[tuple[int, str]], index: int, previous_anchor: int) -> bool:
    """A bare date line between a title above it and an employer with no title below it: the
    three fields of a job set one under another, as a web page's text has them."""
    if index - 1 <= previous_anchor or index + 1 >= len(lines):
        return False
    return _title_led(lines[index - 1][1]) and not TITLE_WORDS.search(lines[index + 1][1])


def _title_led(text: str) -> bool:
    """A line that starts with a job title: a capitalised title word among its first words."""
    text = text.strip()
    if not text[:1].isupper() or not _is_header_like(text) or _is_description(text) or find_range(text):
        return False
    parts = text.split(",")
    if len(parts) >= 2 and all(len(part.split()) <= 2 for part in parts) and not _title_and_one_more(parts):
        return False  # a list of skills or words ("Agile, Scrum"), not a title
    match = TITLE_WORDS.search(" ".join(text.split()[:5]))
    return match is not None and match.group(0)[:1].isupper()


def _title_and_one_more(parts: list[str]) -> bool:
    """"Delivery Manager, Novatek": two words ending in a title word, then one more field."""
    words = parts[0].split()
    return len(parts) == 2 and len(words) == 2 and TITLE_WORDS.fullmatch(words[-1]) is not None


def _field_list(text: str) -> bool:
    """Fields separated by commas, not a sentence: ".NET Team Lead, Consultant, Tailspin, Kyiv, Ukraine"."""
    return text.count(",") >= 2 and len(text.split()) <= 14 and not _ends_sentence(text)


def _employer_and_place(text: str) -> bool:
    """"Caldris Bank, Atlanta, GA": an employer and its place, no title."""
    if len(text.split()) > 10 or _ends_sentence(text) or find_range(text) is not None:
        return False
    position, employer, location = _split_header([text])
    return position is None and employer is not None and location is not None


def _whole_header(text: str) -> bool:
    """A title or employer together with a place or an anonymised employer ("Company Name"): not
    a sentence, and not a bare place (LinkedIn's location line)."""
    text = text.strip()
    if not text or _is_bullet(text) or _ends_sentence(text) or len(text.split()) > 16:
        return False
    if find_range(text) is not None:
        return False
    pieces = _fragments(text)
    places = [piece for piece in pieces if _is_place(piece) and not TITLE_WORDS.search(piece)]
    named = [piece for piece in pieces if piece not in places]
    return bool(named) and (bool(places) or "Company Name" in pieces)


# A description line, not a header: it starts with a verb in the past tense and runs on
# ("Spoke on service learning panels", "Identified and recruited speakers").
_DESCRIPTION_RE = re.compile(r"^[A-Z][a-z]+ed\b(?:\s+\S+){3,}")


# A labelled list that closes a job's description: "Technologies used: Vue, REST, HTML5",
# "Tech stack: Go, Kafka, Redis".  ("Employer: Northwind, Riverton, Canada" is a header.)
_LABELLED_LIST_RE = re.compile(r"^(?P<label>[A-Z][\w /&-]{1,30}):\s*[^,:]+(?:,[^,:]+){2,}$")
_DESCRIPTION_LABELS = re.compile(
    r"^(?:description|responsibilities|duties|tasks(?: performed)?|(?:major |key )?achievements|technologies(?: used)?|"
    r"tech(?:nology)? stack|tech scope|environment|tools(?: used)?)\s*:",
    re.IGNORECASE,
)
_HEADER_LABELS = re.compile(r"\b(?:company|employer|organi[sz]ation|position|title|role|client|place|location)\b", re.IGNORECASE)


def _is_description(text: str) -> bool:
    stripped = text.strip()
    labelled = _LABELLED_LIST_RE.match(stripped)
    if labelled and not _HEADER_LABELS.search(labelled.group("label")) or _DESCRIPTION_LABELS.match(stripped):
        return True
    if _DESCRIPTION_RE.match(stripped) and not TITLE_WORDS.search(stripped) and not ORG_WORDS.search(stripped):
        return True
    # "Handled change requests with the product owner": a duty, though a title word is in it
    words = stripped.split()
    if len(words) >= _DUTY_WORDS and _starts_with_verb(stripped) and not _titled_early(words):
        return True
    return _cyrillic_sentence(words)


def _cyrillic_sentence(words: list[str]) -> bool:
    """A duty in Russian or Ukrainian ("Управление проектами внедрения ERP-системы"): Cyrillic words
    after the first in lower case, as a sentence runs on and a name ("ООО «Северный Ветер»") does not."""
    later = [word for word in words[1:] if "\u0400" <= word[:1] <= "\u04ff"]
    return len(words) >= 3 and len(later) >= 2 and all(word[:1].islower() for word in later)


_DUTY_WORDS = 6  # a duty's sentence runs on; "Managing Director, Northwind ..." names its title early


def _titled_early(words: list[str]) -> bool:
    """A title word among the first words, not as a sentence's object: "Managing Director",
    "Embedded Linux Engineer / 2018", not "Set up the PMO's templates" nor "Cut release lead time
    by 29%" (past the second word, a title's words have their capitals)."""
    for number, word in enumerate(words[: _DUTY_WORDS - 1]):
        bare = re.sub(r"['’]s$", "", word.strip(",.;:()"))
        if TITLE_WORDS.fullmatch(bare) and (number == 0 or (
            words[number - 1].lower() not in _SENTENCE_WORDS and (number == 1 or bare[:1].isupper())
        )):
            return True
    return False


def _bullet_can_anchor(text: str, found: DateRange) -> bool:
    """A bulleted line that is a job's header: the dates lead it and a colon or dash or a title
    follows ("2017 – 2020: Data Scientist, Northwind"), or a title precedes dates that end it."""
    before = text[: found.span[0]].strip(" (")
    after = text[found.span[1]:]
    if before == "":
        return bool(_LEAD_DELIMITER.match(after)) or bool(TITLE_WORDS.search(after[:80]))
    return not after.strip(" )") and len(before.split()) <= 12 and bool(TITLE_WORDS.search(before))


def _single_date_range(text: str) -> Optional[DateRange]:
    """A job given one year: "Front-End Developer - 2019", "2016: Freelance web work".
    The year leads the line with a colon or dash after it, or ends a short line that names a
    title; the job is taken to span that year (or month)."""
    stripped = text.strip()
    if len(stripped) > 100 or _ends_sentence(stripped) or len(stripped.split()) > 12:
        return None
    matches = list(SINGLE_RE.finditer(text))
    if len(matches) != 1:
        return None
    match = matches[0]
    date = parse_date(match.group("date"))
    if date is None:
        return None
    before, after = text[: match.start()].strip(), text[match.end():].strip()
    if not before:
        accepted = bool(re.match(r"[:–—-]\s*[A-Za-z]", after))  # "2016: Freelance web work"
        gap = r"\s+" if not match.group("date").strip().isdigit() else r"\s{2,}"  # "Summer 2023 Trainee, Northwind"
        if not accepted and re.match(gap + r"[A-Z]", text[match.end():]):
            # "2014  Junior Developer @ Northwind": the dash after the year was lost, a title follows
            accepted = bool(TITLE_WORDS.search(" ".join(after.split()[:6]))) and bool(_TITLE_CASE.match(after))
    else:
        # "Front-End Developer - 2019", "Assistant Property Manager 01/2009", "Intern | Northwind | 2023 y."
        accepted = not after.strip(")") and before[:1].isupper() and bool(TITLE_WORDS.search(before))
    if not accepted:
        return None
    # (a season is a job of its months: "Summer 2023 Trainee" ran June to August)
    return DateRange(date, season_end(match.group("date")) or date, False, match.span())


_YEAR_CELL_RE = re.compile(rf"\s\|\s*(?P<date>{_YEAR_TEXT}|{_MONTH_TEXT}\s*,?\s*{_YEAR_TEXT})\s*$", re.IGNORECASE)


def _year_cell_under_title(lines: list[tuple[int, str]], index: int) -> Optional[DateRange]:
    """A job of one year given in the cell after its employer, its title on the line above:
    "Assistant Project Manager" / "Tessaro Digital, Cape Town | 2023" (the other jobs write
    "| 2020 – 2022" there)."""
    text = lines[index][1]
    match = _YEAR_CELL_RE.search(text)
    if match is None or index == 0 or len(text.split()) > 12 or _ends_sentence(text[: match.start()]):
        return None
    if not _title_led(lines[index - 1][1]) or TITLE_WORDS.search(text[: match.start()]):
        return None
    date = parse_date(match.group("date"))
    return DateRange(date, date, False, match.span("date")) if date is not None else None


_LONE_MONTH_DATE_RE = re.compile(rf"\W{{0,3}}(?P<date>{_MONTH_TEXT}\s*,?\s*{_YEAR_TEXT}|(?:0?[1-9]|1[0-2])\s*/\s*{_YEAR_TEXT})\W{{0,3}}", re.IGNORECASE)


_PLACEHOLDER_HEADER_RE = re.compile(r"^(?P<header>.{0,80}?\bCompany Name\b.{0,40}?\bCity\s*,\s*State\b)\s+(?P<rest>[A-Z][a-z]+\S*(?:\s+\S+){3,}.*)$")


def _placeholder_header_split(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """"Marketing Assistant Company Name @ City , State Established working relationships with
    ...": an anonymised header run into the first sentence of the job, split in two lines."""
    out = []
    for offset, text in lines:
        match = _PLACEHOLDER_HEADER_RE.match(text) if "Company Name" in text else None
        if match and find_range(match.group("header")) is None:
            out.append((offset, match.group("header")))
            out.append((offset + match.start("rest"), match.group("rest")))
        else:
            out.append((offset, text))
    return out


def _lone_start_date(lines: list[tuple[int, str]], index: int) -> Optional[DateRange]:
    """A month and year alone on a line with a whole job header below ("May 2010" / "Company
    Name City, State Quality Analyst"): the job's start, its end not written."""
    text = lines[index][1]
    match = _LONE_MONTH_DATE_RE.fullmatch(text.strip())
    if match is None:
        return _lone_date_over_title(lines, index)
    if index + 1 >= len(lines):
        return None
    below = lines[index + 1][1]
    if not (_whole_header(below) and TITLE_WORDS.search(below)):
        return _lone_date_over_title(lines, index)
    date = parse_date(match.group("date"))
    if date is None:
        return None
    start = text.find(match.group("date"))
    return DateRange(date, date, False, (start, start + len(match.group("date"))))


_MONTH_END_RE = re.compile(rf"(?<![^\W\d_]){_MONTH_TEXT}\s*$", re.IGNORECASE)


def _lone_date_over_title(lines: list[tuple[int, str]], index: int) -> Optional[DateRange]:
    """One date alone on a line over a job's title ("Summer 2024" / "Project Management Intern" /
    "Northwind, Leeds"; "2024" / "PMO Intern, Northwind": a table's date cell over the job's):
    a short job dated by its season, month or year; it spans that date.  Not where dates of
    the job's own follow, nor the end of a range broken over lines."""
    text = lines[index][1].strip().strip("()[]")
    match = SINGLE_RE.fullmatch(text)
    if match is None or index + 1 >= len(lines):
        return None
    if index > 0 and (lines[index - 1][1].rstrip().endswith(("-", "–", "—")) or _MONTH_END_RE.search(lines[index - 1][1])):
        return None  # "Jan 2019 -" / "2021", "2015 – 2017March" / "2026": a range's end on the next line
    below = lines[index + 1][1]
    if not (_is_header_like(below) and TITLE_WORDS.search(below)) or SINGLE_RE.search(below):
        return None
    for follow in range(index + 2, min(len(lines), index + 4)):
        if _is_bullet(lines[follow][1]):
            break  # the job's duties: its header had no dates of its own
        if find_range(lines[follow][1]) is not None:
            return None  # a year over a job that has a range of its own
    date = parse_date(match.group("date"))
    if date is None:
        return None
    start = lines[index][1].find(match.group("date"))
    return DateRange(date, date, False, (start, start + len(match.group("date"))))


def _titled_above(lines: list[tuple[int, str]], index: int) -> bool:
    """A job's header ends on the line above: a title there, or a title over its employer's line
    ("Marketing Intern" / "Northwind Traders, Leeds")."""
    above = lines[index - 1][1]
    if not _is_header_like(above) or SINGLE_RE.search(above) is not None:
        return False
    if TITLE_WORDS.search(above):
        return True
    if index < 2:
        return False
    top = lines[index - 2][1]
    return _is_header_like(top) and bool(TITLE_WORDS.search(top)) and SINGLE_RE.search(top) is None


def _date_under_header(lines: list[tuple[int, str]], index: int) -> Optional[DateRange]:
    """One date alone on a line under a job's header ("Junior Project Coordinator, Northwind" /
    "Summer 2021"): a short job dated by its month, season or year; it spans that date."""
    text = lines[index][1].strip().strip("()[]")
    match = SINGLE_RE.fullmatch(text)
    if match is None or index == 0:
        return None
    if not _titled_above(lines, index):
        return None
    if index + 1 < len(lines) and (LEADING_DATE_RE.match(lines[index + 1][1]) or _MONTH_LEAD_RE.match(lines[index + 1][1])):
        return None  # a range broken over lines ("November 2020" / "• November" / "2021"), not one date
    date = parse_date(match.group("date"))
    if date is None:
        return None
    start = lines[index][1].find(match.group("date"))
    return DateRange(date, date, False, (start, start + len(match.group("date"))))


# A start date and a dash (or "to") that end the line, no end written: "Sep 2021 –", "2019 -", "March 2023 to",
# "Analyst at Northwind (Oct 2023 -)"
_OPEN_END_RE = re.compile(rf"(?<![\w/.])(?P<date>{_DATE_TEXT})\s*(?:[-–—]|\s(?P<word>to|till|until))\s*\)?\s*$", re.IGNORECASE)


def _open_ended_range(lines: list[tuple[int, str]], index: int) -> Optional[DateRange]:
    """A range left open with its dash and nothing after ("Project Coordinator  Sep 2021 –"): the
    job goes on, unless the next line leads with the end date (a range wrapped over lines)."""
    text = lines[index][1]
    match = _OPEN_END_RE.search(text)
    if match is None or (index + 1 < len(lines) and LEADING_DATE_RE.match(lines[index + 1][1])):
        return None
    if match.group("word") and SINGLE_RE.search(text[: match.start()]):
        return None  # "2018 2015 to 2010 Nov. to": columns of dates run together, no open start
    start = parse_date(match.group("date"))
    if start is None:
        return None
    return DateRange(start, None, True, match.span())


def _is_sub_range(lines: list[tuple[int, str]], index: int, found: DateRange, previous: tuple[int, DateRange]) -> bool:
    """Years inside the previous job's month-dated range, on a line with no title and no header
    line of its own above it: a line of that job's description, not a new job."""
    _, outer = previous
    text = lines[index][1]
    if TITLE_WORDS.search(text) or found.current and not outer.current:
        return False
    # Only a vaguer range counts: years inside a job dated to the month.
    if found.start.month or (found.end is not None and found.end.month) or not outer.start.month:
        return False
    first, outer_first = found.start.index(1), outer.start.index(1)
    last = found.start.index(1) if found.end is None else found.end.index(1)
    outer_last = 10**9 if outer.current or outer.end is None else outer.end.index(12)
    if found.current and outer.current:
        last = outer_last = 0
    if not (outer_first <= first and last <= outer_last):
        return False
    # A header of its own: a title among the header-like lines just above (LinkedIn lists a
    # side contract inside a longer job as "Title" / "Employer · Contract" / dates).
    for above in range(index - 1, max(previous[0], index - 4), -1):
        text_above = lines[above][1]
        if not _is_header_like(text_above) or _continues_bullet(lines, above) or find_range(text_above):
            break
        if TITLE_WORDS.search(text_above):
            return False
    return True


# A title word run onto the word before it, and a comma with no space after it, where a side
# column was flattened into the line: "Riverton,HarbourDeveloper".
_GLUED_TITLE_RE = re.compile(
    r"(?<=[a-z])(?=(?:Manager|Coordinator|Analyst|Director|Lead|Leader|Specialist|Engineer|Consultant|"
    r"Administrator|Developer|Intern|Architect|Associate|Technician|Supervisor|Programmer|Designer|Tester|"
    r"Owner|Officer|Master)\b)"
)
_GLUED_COMMA_RE = re.compile(r"(?<=[a-z]),(?=[A-Z][a-z])")


def _unglued(text: str) -> str:
    if _is_bullet(text) or len(text) > 120:
        return text
    return _GLUED_COMMA_RE.sub(", ", _GLUED_TITLE_RE.sub(" ", _job_number_dropped(text)))


# "1. Project Manager, Northwind", "2) 2019 - 2021 Analyst": a numbered list of jobs, typed
_JOB_NUMBER_RE = re.compile(r"^\s*(?P<number>\d{1,2})[.)]\s+(?=[^\W_])")
_MONTH_DOT_RANGE_RE = re.compile(r"^\s*\d{1,2}\.\s*(?:19|20)\d\d\s*(?:[-–—]|to)\s*\d{1,2}\.\s*(?:19|20)\d\d")


def _job_number_dropped(text: str) -> str:
    """"1. Project Manager", "2.  10/2014 - 3/2018 Developer" without the typed number; a month
    written with its dot, "01. 2019 – 05. 2021" as Central European CVs have it, stays."""
    match = _JOB_NUMBER_RE.match(text)
    if match is None:
        return text
    if _MONTH_DOT_RANGE_RE.match(text) or (match.group("number").startswith("0") and re.match(r"(?:19|20)\d\d", text[match.end():])):
        return text
    return text[match.end():]


# Two columns flattened line by line, the job's header on the left and its description on the
# right: each line above the dates starts with a piece of the header ("Northwind  Developing
# the booking service (Go, Kafka," / "Senior Software  postgres, s3)." / "Developer  Achievement:
# ..." / "MAR 2022 TO PRESENT  shipped in three months").
_COLUMN_LINES = 3
_FRAGMENT_WORDS = 4
_VERB_FORM = re.compile(r"^[A-Z][a-z]{2,}(?:ing|ed)$")
_RUN_ON_WORDS = {"the", "a", "an", "at", "in", "for", "of", "to", "and", "with", "on", "by", "as", "from", "@", "&", "|", "-", "–"}


def _left_fragment(text: str) -> Optional[tuple[str, str]]:
    """The header piece that leads a flattened line, and the description text after it."""
    words = text.split()
    taken: list[str] = []
    for word in words[:_FRAGMENT_WORDS]:
        bare = word.strip(",.;()")
        if not bare or word.endswith(":") or _VERB_FORM.match(bare):
            break
        if not (bare[:1].isupper() or re.search(r"[#+.]", bare) or TITLE_WORDS.fullmatch(bare)):
            break
        taken.append(word)
        if word.endswith((",", ";")):
            break
    titled = [number for number, word in enumerate(taken) if TITLE_WORDS.fullmatch(word.strip(",.;()"))]
    if titled:
        taken = taken[: titled[-1] + 1]
    rest = words[len(taken):]
    if not taken or taken[-1].endswith(",") or len(rest) < 2 or rest[0].lower() in _RUN_ON_WORDS:
        return None  # "Web-developer, Teamlead at Northwind": a header line of its own
    return " ".join(taken).strip(",;"), " ".join(rest)


def _runs_on(text: str, following: str) -> bool:
    """A line of text that the next line goes on with: it stops mid-phrase."""
    return (
        text.endswith((",", "&", "(", "+", "/", "-"))
        or text.count("(") > text.count(")")
        or bool(following[:1].islower()) and not text.endswith((".", "!", "?"))
    )


def _left_column_headers(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    out = list(lines)
    index = len(lines)
    while index > 1:
        index -= 1
        offset, text = out[index]
        found = find_range(text)
        if found is None or found.span[0] > 3 or _is_bullet(text):
            continue
        split: list[tuple[int, str, str]] = []
        for above in range(index - 1, max(-1, index - 1 - _COLUMN_LINES), -1):
            above_text = out[above][1]
            if _is_bullet(above_text) or find_range(above_text) or len(above_text.split()) < 3:
                break
            piece = _left_fragment(above_text)
            if piece is None:
                break
            split.insert(0, (above, *piece))
        fragments = [fragment for _, fragment, _ in split]
        if len(split) < 2 or not any(TITLE_WORDS.search(fragment) for fragment in fragments):
            continue
        rests = [rest for _, _, rest in split] + [text[found.span[1]:].strip()]
        if not any(_runs_on(rest, following) for rest, following in zip(rests, rests[1:])):
            continue  # the text beside the pieces is not one description wrapped over the lines
        merged: list[str] = []
        for fragment in fragments:
            if merged and not TITLE_WORDS.search(merged[-1]) and len(fragment.split()) <= 2 and TITLE_WORDS.match(fragment):
                merged[-1] = f"{merged[-1]} {fragment}"  # "Senior Software" / "Developer"
            else:
                merged.append(fragment)
        first = split[0][0]
        after = text[found.span[1]:].strip()
        rebuilt = [(out[first][0], " | ".join(merged)), (offset, text[: found.span[1]])]
        rebuilt += [(out[line][0] + out[line][1].find(rest), rest) for line, _, rest in split]
        if after:
            rebuilt.append((offset + text.find(after, found.span[1]), after))
        out[first : index + 1] = rebuilt
        index = first  # the lines above the block are read next
    return out


_JOINING_WORDS = {"&", "and", "of", "the", "de", "|", "-", "–"}


def _trailing_run(words: list[str], limit: int) -> int:
    """How many of the last words are capitalised (joining words inside allowed), at most `limit`."""
    count = 0
    for word in reversed(words[-limit:]):
        if word[:1].isupper() or word.lower() in _JOINING_WORDS and count:
            count += 1
        else:
            break
    while count and words[len(words) - count].lower() in _JOINING_WORDS:
        count -= 1
    return count


def _right_column_headers(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Two columns flattened line by line, the jobs on the right: the employer and dates end a
    line of the left column's prose, and the title ends the line above ("I have built and run
    Assistant Manager" over "... familiar with Northwind Stores | Feb 2018 - Present")."""
    out = list(lines)
    index = len(lines)
    while index > 0:
        index -= 1
        offset, text = out[index]
        found = find_range(text)
        if found is None or _is_bullet(text) or text[found.span[1]:].strip() or _can_anchor(text, found):
            continue
        words = text[: found.span[0]].rstrip(" |-–,").split()
        run = _trailing_run(words, 5)
        left = words[: len(words) - run]
        if not run or len(left) < 3 or not any(word[:1].islower() for word in left[-2:]):
            continue
        employer = " ".join(words[len(words) - run:])
        if index == 0 or _is_bullet(out[index - 1][1]):
            continue
        above_offset, above = out[index - 1]
        above_words = above.split()
        title_run = _trailing_run(above_words, 4)
        title = " ".join(above_words[len(above_words) - title_run:])
        rest = above_words[: len(above_words) - title_run]
        if not (title_run and TITLE_WORDS.search(title) and len(rest) >= 3 and rest[-1][:1].islower()):
            continue  # a description that ends in years ("... on Linux and Windows 2003-2012")
        out[index - 1 : index + 1] = [
            (above_offset, " ".join(rest)),
            (offset, " ".join(left)),
            (above_offset + above.rfind(title), title),
            (offset + text.find(employer), f"{employer} | {text[found.span[0]:].strip()}"),
        ]
        index -= 1
    return out


_LEADING_SINGLE_RE = re.compile(rf"^\W{{0,3}}{SINGLE_RE.pattern}\s*[:–—-]?", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)])\.\s+(?=[A-Z0-9])")


def _sentence_headers(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A job written as sentences after its dates, "2019 - 2021 Northwind. Junior Developer.
    Built the booking site ...": the two short sentences that lead are the header's fields, the
    rest is the description and goes to a line of its own."""
    out: list[tuple[int, str]] = []
    for offset, text in lines:
        found = find_range(text)
        closing = _sentences_before_dates(text, found)
        if closing is not None:
            out.append((offset, closing))
            continue
        end = found.span[1] if found is not None and found.span[0] <= 3 else None
        if end is None and found is None:
            single = _LEADING_SINGLE_RE.match(text)
            end = single.end() if single else None
        rest = text[end:] if end is not None else ""
        pieces = _SENTENCE_END.split(rest.strip(), maxsplit=2)
        if len(pieces) == 3 and all(1 <= len(_words(piece)) <= 6 for piece in pieces[:2]) and any(
            TITLE_WORDS.search(piece) for piece in pieces[:2]
        ):
            head = f"{text[:end].rstrip()} {_trim(pieces[0])} | {_trim(pieces[1])}"
            out.append((offset, head))
            out.append((offset + text.rfind(pieces[2]), pieces[2]))
            continue
        out.append((offset, text))
    return out


_LEGAL_FORM_RE = re.compile(r"(?:ltd|inc|llc|llp|plc|corp|co|pvt|gmbh|ag|s\.?a|b\.?v|pty|oy|ab)", re.IGNORECASE)


def _sentences_before_dates(text: str, found: Optional[DateRange]) -> Optional[str]:
    """The same told the other way round, the dates closing the line: "Northwind. Junior
    Developer. 2019 - 2021." is "Northwind | Junior Developer | 2019 - 2021"."""
    if found is None or found.span[0] == 0 or text[found.span[1]:].strip(" .)"):
        return None
    before = text[: found.span[0]].rstrip(" (")
    pieces = [piece for piece in _SENTENCE_END.split(before.strip()) if piece.strip(" .,;:")]
    if not before.rstrip().endswith(".") or not 2 <= len(pieces) <= 3:
        return None
    if not all(1 <= len(_words(piece)) <= 6 and piece[:1].isupper() and "," not in piece for piece in pieces):
        return None  # ("Delivery Manager, Marlow Logistics Pvt. Ltd." is one header with commas)
    if any(_LEGAL_FORM_RE.fullmatch(piece.strip(" .")) for piece in pieces):
        return None
    if not any(TITLE_WORDS.search(piece) for piece in pieces):
        return None
    return " | ".join(_trim(piece.strip().rstrip(".")) for piece in pieces) + " | " + text[found.span[0] : found.span[1]]


def _join_split_dates(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Put back together a range broken over lines: "January 2007" / "to" / "May 2010 ...",
    "April 2011 to" / "November 2012", "Sep 2015" / "Present", and start and end dates that each
    lead a line ("2012, November  Northwind Bank" / "2016, March  Data Analyst")."""
    out: list[tuple[int, str]] = []
    index = 0
    while index < len(lines):
        offset, text = lines[index]
        joined = None
        cells = _range_cell_wrapped(lines, index)
        if cells is not None:
            out.extend(cells)
            index += 2
            continue
        if not _is_bullet(text) and find_range(text) is None:
            wrapped = _end_year_wrapped(lines, index)
            if wrapped is not None:
                out.extend(wrapped)
                index += 2
                continue
            joined, used = _join_at(lines, index)
        elif _is_bullet(text) and index + 1 < len(lines) and find_range(text) is None:
            # "• Agile Project Manager, Northwind (September" / "2023 – July 2026)": a job listed as an item
            joined, used = _wrapped_rest(text, lines[index + 1][1].strip()), 2
        elif index + 1 < len(lines) and _place_and_title_wrapped(text, lines[index + 1][1].strip()):
            # "2024/05 – 2026/08 Northwind (Porto," / "Portugal) Delivery Manager": one header line wrapped
            joined, used = f"{text.rstrip()} {lines[index + 1][1].strip()}", 2
        if joined is not None:
            out.append((offset, joined))
            index += used
        else:
            out.append((offset, text))
            index += 1
    return out


def _place_and_title_wrapped(text: str, following: str) -> bool:
    """A dated line "dates Employer (City, Country) Title" wrapped in its place's brackets or
    before them: the next line closes a bracket the line left open, or opens one, and a title
    follows the bracket."""
    found = find_range(text)
    if found is None or _is_bullet(following) or find_range(following) is not None:
        return False
    rest = text[found.span[1]:]
    close = following.find(")")
    if close < 0 or not TITLE_WORDS.search(following[close + 1:]):
        return False
    if rest.count("(") > rest.count(")"):
        return "(" not in following[:close]  # "... Northwind (Porto," / "Portugal) Data Analyst"
    return following.startswith("(") and bool(rest.strip())  # "... Northwind" / "(Madrid, Spain) Delivery Manager"


def _range_cell_wrapped(lines: list[tuple[int, str]], index: int) -> Optional[list[tuple[int, str]]]:
    """A table row's dates cell wrapped after its dash, the rest of each line the row's next
    cell: "December 2023 — | Crestmoor Energy plc" / "to date | Manchester": the range whole on
    the first line ("December 2023 — to date | Crestmoor Energy plc"), the second line its own
    rest; or None."""
    if index + 1 >= len(lines) or " | " not in lines[index][1] or " | " not in lines[index + 1][1]:
        return None
    (offset, text), (next_offset, following) = lines[index], lines[index + 1]
    head, _, rest = text.partition(" | ")
    end, _, next_rest = following.partition(" | ")
    if TRAILING_OPEN_RANGE_RE.search(head.strip()) is None or parse_end(end.strip()) is None:
        return None
    whole = f"{head.strip()} {end.strip()}"
    if find_range(whole) is None:
        return None
    return [(offset, f"{whole} | {rest}"), (next_offset + len(end) + 3, next_rest)]


def _end_year_wrapped(lines: list[tuple[int, str]], index: int) -> Optional[list[tuple[int, str]]]:
    """"February 2023 to February  Database Administrator" / "2026:  Contoso": a dates cell too
    narrow for the range wrapped its end year onto the next line; the year goes back to its
    month, the rest of that line stays a line of its own."""
    if index + 1 >= len(lines):
        return None
    offset, text = lines[index]
    cut = END_YEAR_CUT_RE.match(text)
    if cut is None:
        return None
    following_offset, following = lines[index + 1]
    right = TRAILING_YEAR_RE.search(following)
    if cut.end() == len(text.rstrip()) and right is not None and find_range(following) is None:
        # dates on the right: "Project Lead  December 2021 – January" / "Northwind Bank  2024"
        candidate = f"{text.rstrip()} {right.group('year')}"
        found = find_range(candidate)
        if found is not None and found.span[1] > len(text.rstrip()):
            return [(offset, candidate), (following_offset, following[: right.start()].rstrip())]
    year = WRAPPED_YEAR_RE.match(following.lstrip())
    if year is None:
        return None
    head = cut.group("head")
    candidate = f"{head} {year.group('year')}{text[len(head):]}"
    found = find_range(candidate)
    if found is None or found.span[1] <= len(head):
        return None
    rest = following.lstrip()[year.end() :]
    out = [(offset, candidate)]
    if rest.strip():
        out.append((following_offset + len(following) - len(rest), rest))
    return out


def _join_at(lines: list[tuple[int, str]], index: int) -> tuple[Optional[str], int]:
    text = lines[index][1].strip()
    following = [item[1].strip() for item in lines[index + 1 : index + 3]]
    alone = DATE_LINE_RE.fullmatch(text)
    if alone:
        date, used = alone.group("date"), 1
        if not alone.group("sep") and following and SEP_LINE_RE.fullmatch(following[0]):
            following, used = following[1:], 2
        if following and LEADING_DATE_RE.match(following[0]):
            candidate = f"{date} – {following[0]}"
            found = find_range(candidate)
            if found is not None and found.span[0] == 0:
                return candidate, used + 1
        return None, 1
    # "Account Manager, Contoso April 2001 to" / "November 2006"
    if following and LEADING_DATE_RE.match(following[0]) and TRAILING_OPEN_RANGE_RE.search(text):  # the cheap test first
        candidate = f"{text} {following[0]}"
        found = find_range(candidate)
        if found is not None and found.span[0] < len(text) < found.span[1]:
            return candidate, 2
    wrapped = _wrapped_rest(text, following[0]) if following else None
    if wrapped is not None:
        return wrapped, 2
    # Start and end dates each leading a line, with the header beside them.
    if len(following) >= 1:
        first, second = LEADING_DATE_RE.match(text), LEADING_DATE_RE.match(following[0])
        if first and not second and find_range(following[0]) is None:
            second = _month_only_end(first.group("date"), following[0])
            if second is not None:
                end_text, rest_start = second
                rest = [text[first.end():].strip(" ,:–-"), following[0][rest_start:].strip(" ,:–-")]
                if all(part and _is_header_like(part) for part in rest):
                    return f"{first.group('date').strip()} – {end_text} | {rest[0]} | {rest[1]}", 2
            second = None
        split = range_split_over(text, following[0]) if first and second else None
        if split is not None and split.current:
            # "Dec 2024 –  Project Manager" / "Present  Northwind Bank": a dates column's range
            # wrapped after its dash, each half beside a line of the job's header
            rest = [_after_open_dash(text[first.end():]), following[0][second.end():].strip(" ,:–-")]
            if all(part and _is_header_like(part) for part in rest):
                return f"{first.group('date').strip()} – {second.group('date').strip()} | {rest[0]} | {rest[1]}", 2
        if first and second and find_range(following[0]) is None:
            start, end = parse_date(first.group("date")), parse_date(second.group("date"))
            if start and end and start.month and end.month and start.index(1) <= end.index(1):
                rest = [_after_open_dash(text[first.end():]), following[0][second.end():].strip(" ,:–-")]
                if all(part and _is_header_like(part) for part in rest):
                    return f"{first.group('date').strip()} – {second.group('date').strip()} | {rest[0]} | {rest[1]}", 2
    return None, 1


_OPEN_DASH_RE = re.compile(r"^[\s,:]*(?:[-–—]|to\b|until\b|till\b)?[\s,:–—-]*", re.IGNORECASE)


def _after_open_dash(text: str) -> str:
    """What follows a start date and its open dash ("– Delivery Manager", "to Project Manager")."""
    return text[_OPEN_DASH_RE.match(text).end():].strip(" ,:–—-")


_WRAPPED_END_CHARS = 30  # the rest of a range on the next line: a few words at most


def _wrapped_rest(text: str, following: str) -> Optional[str]:
    """A range that a line wrap cut in two at the end of a header ("IT Project Manager, Northwind
    Aug 2019" / "to Aug 2024", "... Sep" / "2022 - Present", "... Dec 2021-Jun" / "2022") when the
    next line holds only the rest of it: the line made whole again, or None.  A rest led by its
    dash ("- Present") was read as a bullet, and has its dash back."""
    header = text[len(BULLET):] if _is_bullet(text) else text
    if len(following) > _WRAPPED_END_CHARS or not _is_header_like(header.rstrip(".")):  # ("... Nov." / "2024 – Oct. 2026")
        return None
    if _is_bullet(following):
        following = "– " + following[len(BULLET):]
    if not any(ch.isdigit() for ch in text[-14:] + following):
        return None
    joined = f"{text} {following}"
    found = find_range(joined)
    if found is not None and found.span[0] < len(text) < found.span[1] and not joined[found.span[1]:].strip(" .,;)"):
        if text[found.span[0] :].strip().isdigit() and len(text[found.span[0] :].strip()) <= 2:
            return None  # "City School No. 14" / "Jul 2024 - Apr 2026": a number, no day of the start
        return joined
    return None


_MONTH_LEAD_RE = re.compile(rf"\W{{0,3}}(?P<month>{_MONTH_TEXT})(?=\s|$)", re.IGNORECASE)


def _month_only_end(start_text: str, line: str) -> Optional[tuple[str, int]]:
    """The end date of a two-line range written with its month alone ("2017, July  Northwind" /
    "December  Web Developer"): the year is the start's, or the next one when the month comes
    earlier in the year.  Returns the end date written out and where the rest of the line begins."""
    start = parse_date(start_text)
    found = _MONTH_LEAD_RE.match(line)
    if not (start and start.month and found and found.group("month")[:1].isupper()):
        return None
    month = MONTHS.get(found.group("month").lower().rstrip("."))
    if month is None:
        return None
    year = start.year if month >= start.month else start.year + 1
    return f"{found.group('month').rstrip('.')} {year}", found.end()


_CAMEL_START = re.compile(r"[a-z]{1,2}[A-Z]")  # "iOS", "iPhone", "eCommerce": a name, not a wrapped line


def _continues_bullet(lines: list[tuple[int, str]], index: int) -> bool:
    """A wrapped bullet's second line is not a header: it starts in lower case, or follows a
    bullet that has not ended its sentence."""
    text = lines[index][1].strip()
    if text[:1].islower() and not _CAMEL_START.match(text):  # "iOS developer" starts a header
        return True
    if index + 1 < len(lines) and _is_duration_line(lines[index + 1][1]):
        return False  # LinkedIn's company line over "Full-time · 9 yrs 11 mos": its positions follow
    if index > 0:
        previous = lines[index - 1][1].rstrip()
        # A list whose items end in ";" ("• built the billing service;"): a capital after one
        # starts a line of its own
        ends = (".", "!", "?", ";") if text[:1].isupper() else (".", "!", "?")
        if _is_bullet(previous) and not previous.endswith(ends):
            # Most bullets end without a full stop; a capital after a short one starts the next
            # job ("• Led the vendor onboarding" then "Program Manager"), only a bullet that
            # ran to the edge of the column can go on in the next line.
            return text[:1].islower() or _ran_to_the_edge(lines, index - 1)
    return False


_WRAPPED_SHARE = 0.7  # a wrapped line is at least this share of the longest line around it
_WRAP_WINDOW = 20


def _ran_to_the_edge(lines: list[tuple[int, str]], index: int) -> bool:
    """The line is about as long as the longest lines near it: it was wrapped, not ended."""
    around = lines[max(0, index - _WRAP_WINDOW) : index + _WRAP_WINDOW + 1]
    longest = max(len(text.strip()) for _, text in around)
    return len(lines[index][1].strip()) >= _WRAPPED_SHARE * longest


# "Position  IT Program Manager", "Employer: Northwind Ltd", "Dates | 03/24 - 11/26": a label, then the
# field's value (capitalised or a date; "Company Name" is an anonymised employer, not a label)
# (typed forms align the colons with a tab: "Designation<tab>: Project Manager")
_FIELD_LABEL_RE = re.compile(
    rf"^\s*(?P<label>{cue_pattern('work-field-labels')})\s*(?:\|\s*:|[:|])?\s+(?-i:(?!Name\b)(?=[A-Z0-9]))", re.IGNORECASE
)


# A label at the head of its line: before its value (after a colon, the bar of a table row read
# across, or a capital) or alone, its value on the lines below (Europass: "Dates", "Occupation or
# position held", "Main activities and responsibilities", "Name and address of employer").
_FORM_LABEL_RE = re.compile(
    rf"^\s*(?P<label>{cue_pattern('work-field-labels')})\s*(?:\|\s*:\s*|[:|]\s*|\s+(?-i:(?!Name\b)(?=[A-Z0-9]))|$)", re.IGNORECASE
)
_FORM_ORDER = ("dates", "title", "employer", "location", "duties")  # "sector": no field of the job


def _column_names(text: str) -> bool:
    """A work table's header row read across ("Period | Company | Position | Responsibilities"):
    every cell a field's label, no job."""
    if " | " not in text:
        return False
    cells = [cell.strip() for cell in text.split(" | ")]
    return all(_FORM_LABEL_RE.fullmatch(cell) for cell in cells)


def _form_field(label: str) -> str:
    label = " ".join(label.lower().split())
    if label in ("dates", "period", "duration"):
        return "dates"
    if "employer" in label or label in ("company", "organisation", "organization"):
        return "employer"
    if label == "location":
        return "location"
    if "activities" in label or "responsibilit" in label or label == "duties":
        return "duties"
    if "sector" in label:
        return "sector"
    return "title"


def _form_reordered(lines: list[tuple[int, str]]) -> Optional[list[tuple[int, str]]]:
    """A European CV's form: each job a block of labelled rows, its dates first and its employer
    after the duties.  Each block's values set in the order of a header (dates, title, employer,
    then the duties), the labels and the business sector dropped.  None when the lines are no
    such form (labels on three lines or more, two kinds or more, and dates among them)."""
    marks = [_FORM_LABEL_RE.match(text) for _, text in lines]
    kinds = [_form_field(match.group("label")) if match else None for match in marks]
    if sum(1 for kind in kinds if kind) < 3 or len(set(kinds) - {None}) < 2 or "dates" not in kinds:
        return None
    if not any(match and not text[match.end():].strip() for match, (_, text) in zip(marks, lines)):
        return None  # every label beside its value: the plain label rule reads it
    out: list[tuple[int, str]] = []
    block: Optional[dict[str, list[tuple[int, str]]]] = None
    field_now = None
    # Each job's block opens with the field the form puts first: the dates in a European CV,
    # the employer in a typed "Company: / Position: / Period:" form
    opener = next(kind for kind in kinds if kind and kind != "duties")

    def flush() -> None:
        if block is not None:
            out.extend(line for name in _FORM_ORDER for line in block.get(name, []))

    for (offset, text), match, kind in zip(lines, marks, kinds):
        if match:
            field_now = kind
            if kind == opener or (block is not None and kind != "duties" and kind in block):
                flush()  # (a field seen twice in one block starts the next job, whatever its order)
                block = {}
            value = text[match.end():].strip()
            if kind == "employer":
                value = _street_dropped(value)
            if value and block is not None:
                block.setdefault(kind, []).append((offset + match.end(), value))
            continue
        if block is None:
            out.append((offset, text))
        else:
            # (a bulleted line is the job's description, whichever label came last)
            kind = "duties" if _is_bullet(text) else field_now
            values = block.setdefault(kind, [])
            if kind not in ("duties", None) and len(values) == 1 and _wrapped_value(values[0][1], text):
                values[0] = (values[0][0], f"{values[0][1].rstrip()} {text.strip()}")  # the value's wrapped rest
            else:
                values.append((offset, text))
    flush()
    return out


_STREET_RE = re.compile(r"^\d+[a-z]?\s+\w|^\w[\w.]*\s+\d+[a-z]?$", re.IGNORECASE)


def _street_dropped(value: str) -> str:
    """"Name and address of employer": the employer and its town without the street ("Northwind
    Traders, 12 Harbour Road, Leeds" -> "Northwind Traders, Leeds")."""
    parts = [part for part in value.split(", ")]
    kept = [part for number, part in enumerate(parts) if number == 0 or not _STREET_RE.search(part.strip())]
    return ", ".join(kept)


_PROJECT_OPENER_RE = re.compile(rf"^\s*(?:{cue_pattern('project-block-labels')})\s*(?:#\s*\d{{1,2}}|\d{{1,2}})?\s*\|?\s*[:.–-]", re.IGNORECASE)


def _form_projects_as_bullets(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A form's job may list its projects, each with a "Role" and a "Duration" of its own
    ("Organization: Northwind" / "Designation: Project Manager" / "Duration: 2015 - 2018" /
    "Project #1: Booking app" / "Client: Tailspin" / "Role: Module Lead" / "Duration: Jan 2016 -
    Dec 2016"): from a project's label after the job's dates to the next employer's label, the
    lines are the job's description, set as bullets so that no date among them starts a job."""
    kinds = [_form_field(match.group("label")) if (match := _FORM_LABEL_RE.match(text)) else None for _, text in lines]
    if "employer" not in kinds:
        return lines
    out, dated, in_project = [], False, False
    for (offset, text), kind in zip(lines, kinds):
        if kind == "employer" and not _PROJECT_OPENER_RE.match(text):
            dated = in_project = False
        elif dated and _PROJECT_OPENER_RE.match(text):
            in_project = True
        elif kind == "dates":
            dated = True
        out.append((offset - len(BULLET), BULLET + text.strip()) if in_project else (offset, text))
    return out


_TITLE_LABEL_RE = re.compile(
    r"^\s*(?:" + "|".join(re.escape(label) for label in cue_words("work-field-labels") if _form_field(label) == "title")
    + r")\s*:\s+(?=[A-Z])", re.IGNORECASE
)


def _title_label_dropped(offset: int, text: str) -> tuple[int, str]:
    """"Position: IT Project Manager" under a job's dates: the label and its colon are no part of
    the title, even where no other field is labelled."""
    match = _TITLE_LABEL_RE.match(text)
    if match is None:
        return offset, text
    value = text[match.end():]
    if len(value.split()) <= 6 and value.rstrip().endswith(".") and value.count(".") == 1:
        value = value.rstrip()[:-1]  # "Role: Production manager.": a title with a full stop, no sentence
    return offset + match.end(), value


def _field_labels_dropped(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A form-like history (a label column beside the values, read across its rows) puts a label
    before every field: without them the fields read as any other header.  Only where the labels
    recur (three lines or more, two labels or more), so a sentence that starts "Role ..." stays."""
    lines = _form_projects_as_bullets([line for line in lines if not _column_names(line[1])])
    form = _form_reordered(lines)
    if form is not None:
        return form
    found = [_FIELD_LABEL_RE.match(text) for _, text in lines]
    labels = {" ".join(match.group("label").lower().split()) for match in found if match}
    if sum(1 for match in found if match) < 3 or len(labels) < 2:
        return [_title_label_dropped(offset, text) for offset, text in lines]
    out: list[tuple[int, str]] = []
    for number, ((offset, text), match) in enumerate(zip(lines, found)):
        if match is None and number and found[number - 1] is not None and _wrapped_value(out[-1][1], text):
            out[-1] = (out[-1][0], f"{out[-1][1].rstrip()} {text.strip()}")  # the value's wrapped rest
            continue
        out.append((offset + match.end(), text[match.end():]) if match else (offset, text))
    return out


def _wrapped_value(value: str, line: str) -> bool:
    """"Senior IT Project Manager, Digital" / "Channels": a labelled value's cell wrapped its last
    words onto a line of their own, with no label: a few words, no bullet, no date, no sentence."""
    line = line.strip()
    return (
        0 < len(line.split()) <= 3
        and not _is_bullet(line)
        and find_range(line) is None
        and not _ends_sentence(value)
        and not _DESCRIPTION_LABELS.match(line)
        and normalise_heading(line) not in heading_aliases()
    )


def _continues_group(entry: _Entry) -> bool:
    return len(entry.header) == 1


# A whole date with slashes: "06/07/2023" is the 6th of July in Europe, June the 6th in the US.
_SLASHED_DATE_RE = re.compile(r"(?<![\d/])(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)/(?P<year>(?:19|20)\d\d)(?![\d/])")


# The labels only the European CV form has: its dates are written day first.
_EUROPASS_LABEL_RE = re.compile(r"^\s*(?:occupation or position held|name and address of employer|main activities and responsibilities)\b", re.IGNORECASE)


def _day_first_dates(lines: list[tuple[int, str]], european_form: bool = False) -> list[tuple[int, str]]:
    """Dates written day first ("24/02/2019 - 06/07/2023", a Europass CV's) read so throughout
    when one of them cannot be month first (a first number past 12), or the history is the
    European CV form, and none cannot be day first: each becomes its month and year ("07/2023"),
    which every range form reads.  Without that evidence a date stays as the date reader takes it."""
    pairs = [(int(match.group("first")), int(match.group("second"))) for _, text in lines if "/" in text
             for match in _SLASHED_DATE_RE.finditer(text)]
    if not (european_form or any(first > 12 for first, _ in pairs)) or any(second > 12 for _, second in pairs):
        return lines
    return [(offset, _SLASHED_DATE_RE.sub(lambda match: f"{int(match.group('second')):02d}/{match.group('year')}", text))
            for offset, text in lines]


# A job told as one sentence: "Worked as Project Manager with Northwind Ltd, Pune from Jun 2015 to
# Mar 2018", "Associated with Northwind as Project Manager since 2019".
_ROLE_SENTENCE_RE = re.compile(
    rf"^(?:(?:{cue_pattern('role-sentence-leads')})\s+(?:an?\s+)?(?P<title>[A-Z].{{1,60}}?)\s+(?:with|in|at|for)\s+(?P<employer>[A-Z].{{1,80}}?)"
    rf"|(?:{cue_pattern('role-sentence-employer-leads')})\s+(?P<employer2>[A-Z].{{1,80}}?)\s+as\s+(?:an?\s+)?(?P<title2>[A-Z].{{1,60}}?))"
    rf"[\s,]*(?:\b(?:from|since|during)\s*)?$",
    re.IGNORECASE,
)


def _role_sentences(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Jobs told as sentences, one a line with its dates at the end, set as header lines
    ("Project Manager | Northwind Ltd, Pune | Jun 2015 to Mar 2018"); other lines as they are."""
    out = []
    index = 0
    while index < len(lines):
        offset, text = lines[index]
        sentence, found, used = _sentence_with_dates(lines, index)
        match = _ROLE_SENTENCE_RE.match(sentence[: found.span[0]]) if found is not None else None
        if match is None or len(sentence[found.span[1]:].strip(" .;,").split()) > 2:
            out.append((offset, text))  # (not a role: a next line read with it stays its own)
            index += 1
            continue
        title = match.group("title") or match.group("title2")
        employer = match.group("employer") or match.group("employer2")
        dates = sentence[found.span[0] : found.span[1]]
        out.append((offset, f"{title.strip(' ,')} | {employer.strip(' ,')} | {dates}"))
        index += used
    return out


def _sentence_with_dates(lines: list[tuple[int, str]], index: int) -> tuple[str, Optional[DateRange], int]:
    """The line at `index` as a sentence, its date range, and how many lines it takes: two when
    the sentence wrapped before its dates or inside them ("• Worked as Web Developer at
    Northwind, Pune from" / "May, 2011 to October, 2013.")."""
    sentence = lines[index][1].strip().lstrip("•·*-–").strip()
    if not sentence[:1].isalpha():
        return sentence, None, 1
    found = find_range(sentence)
    wrapped = _ROLE_SENTENCE_RE.match(sentence) if found is None else TRAILING_OPEN_RANGE_RE.search(sentence.rstrip(" ,"))
    if wrapped and index + 1 < len(lines) and not _is_bullet(lines[index + 1][1]):
        whole = f"{sentence} {lines[index + 1][1].strip()}"
        joined = find_range(whole)
        if joined is not None and joined.span[1] > len(sentence) and _ROLE_SENTENCE_RE.match(whole[: joined.span[0]]):
            return whole, joined, 2
    return sentence, found, 1


def _lengths_under_dates_dropped(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A job's length on its own line under its dates ("February 2024 — July 2026" / "2 years 6
    months", as job sites' exports set it in the dates' cell): no field of the job, and in the
    way of the header that follows the dates."""
    kept = []
    for number, (offset, text) in enumerate(lines):
        if number and _is_duration_line(text) and find_range(lines[number - 1][1]) is not None:
            continue
        kept.append((offset, text))
    return kept


_TITLE_REACH = 2  # header lines that may stand between the employer and a title set under them


def _title_further_below(entry: _Entry, body: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The header below the dates took its lines and holds no title yet: a job site's export
    puts the employer's town and its business line before the title ("Northwind Air" / "Riverton,
    northwind.example" / "Transport" / "Project Manager").  Only a short title line within reach,
    after short lines of no sentence, is taken; the lines up to it join the header."""
    position, _, _ = _split_header(entry.header)
    if position is not None and TITLE_WORDS.search(position):
        return body
    for number, (_, text) in enumerate(body[: _TITLE_REACH + 1]):
        stripped = text.strip()
        if _is_bullet(stripped) or not _is_header_like(stripped) or _is_description(stripped) or len(stripped.split()) > 8:
            return body
        if _title_led(stripped) and len(stripped.split()) <= 6:
            entry.header.extend(line.strip() for _, line in body[: number + 1])
            return body[number + 1 :]
    return body


def _is_duration_line(text: str) -> bool:
    stripped = text.strip()
    if DURATION_RE.match(stripped):
        return True
    # LinkedIn: "Full-time · 8 yrs", "8 years 2 months"
    parts = [part.strip() for part in stripped.split("·")]
    return all(EMPLOYMENT_TYPES.match(part) or DURATION_RE.match(part) for part in parts if part) and bool(parts)


_TITLE_AT_RE = re.compile(r"^(?P<title>[^,|]{2,60}?)\s+(?:at|@)\s+(?P<employer>[^,|(]{2,60}?)(?:\s*\((?P<inner>[^()]*)\))?\s*(?:,\s*(?P<rest>.*))?$")


# "Backend Developer in Northwind Health, Haifa": "in" for "at", as CVs written from Russian or
# Hebrew put it; only with a place after the employer or a company's word in it ("Specialist in
# Data Analysis" names a scope, "Developer in Haifa" a place).
_TITLE_IN_RE = re.compile(_TITLE_AT_RE.pattern.replace("(?:at|@)", "in"))


def _city_shaped(text: str) -> bool:
    """"Haifa", "Rishon LeZion": one to three capitalised words, no title's or company's word, no
    digit: a town's name by its shape (no gazetteer names every town)."""
    words = text.strip().split()
    return (
        1 <= len(words) <= 3 and all(word[:1].isupper() and word.replace("-", "").isalpha() for word in words)
        and not TITLE_WORDS.search(text) and not ORG_WORDS.search(text)
    )


def _title_at(header: list[str]) -> Optional[tuple[str, str, Optional[str]]]:
    """A header line that says it outright: "Web developer at Northwind LLC, Riverton"."""
    from .side_items import is_skill_line

    for text in header:
        match = _TITLE_AT_RE.match(text.strip())
        if match is None:
            match = _TITLE_IN_RE.match(text.strip())
            if match is None:
                continue
            employer, rest = match.group("employer").strip(), match.group("rest") or match.group("inner") or ""
            if (
                not employer[:1].isupper() or names_a_competency(employer) or is_skill_line(employer)
                or not (ORG_WORDS.search(employer) or _bracketed_place(rest) or _is_place(rest.strip()) or _city_shaped(rest))
                or not TITLE_WORDS.search(match.group("title").split()[-1])
            ):
                continue
        title, employer = match.group("title").strip(" -–—|·"), match.group("employer").strip(" -–—|·")
        if not TITLE_WORDS.search(title) or TITLE_WORDS.search(employer) or _is_place(employer):
            continue
        if len(_fragments(title)) != 1 or _fragments(employer) != [employer]:
            continue  # "Producer Company Name @ City, State": fields of their own on either side
        place = None
        for candidate in (match.group("rest"), match.group("inner")):
            if candidate and _bracketed_place(candidate):
                place = candidate.strip()
                break
        return title, employer, place
    return None


_PHONE_PIECE_RE = re.compile(r"^[+(]?\d[\d ()./-]{6,}\d$")


def _contact_piece(piece: str) -> bool:
    """A phone number among a header's pieces (a side column's contact line run into the job's
    line): no field of the job."""
    piece = piece.strip()
    return bool(_PHONE_PIECE_RE.match(piece)) and find_range(piece) is None


# What an employer's name is followed by in brackets to say what it is, no part of the name:
# "Northwind (fintech, 200 people)", "Northwind (formerly Westwind)".
_ABOUT_EMPLOYER_RE = re.compile(r"\s*\((?=[a-z]|[^()]*\d)(?![\w-]+(?:\.[\w-]+)+/?\))[^()]*\)$")  # (not its web address)


# What a title's scope after its comma is made of ("Director, IT Delivery", "Head, Data &
# Analytics"): a business function, no organisation's name.
_FUNCTION_WORDS = frozenset(
    "it ict delivery operations engineering technology technologies infrastructure pmo transformation projects programmes "
    "programs portfolio portfolios digital data analytics security product products platforms platform strategy development "
    "quality finance marketing sales hr people business applications architecture cloud network networks support "
    "service services innovation change enterprise solutions & and of".split()
)


def _function_only(text: str) -> bool:
    words = text.lower().split()
    return 1 <= len(words) <= 4 and all(word in _FUNCTION_WORDS for word in words) and not all(word in ("&", "and", "of") for word in words)


def _split_header(header: list[str]) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """Decide which header fragments are the position, the employer and the location."""
    # a side column's "Git: Advanced" or "Vendor management" read in: no title, no employer
    header = [text for text in header if not graded_side_item(text) and not names_a_competency(text.strip())]
    if not header:
        return None, None, None
    stated = _title_at(header)
    if stated is not None:
        others = [text for text in header if not (_TITLE_AT_RE.match(text.strip()) or _TITLE_IN_RE.match(text.strip()))]
        _, _, other_location = _split_header(others) if others else (None, None, None)
        return stated[0], stated[1], stated[2] or other_location
    # Split every piece on commas too, then put back a qualifier that belongs to the title:
    # "IT Program Manager, Enterprise PMO — Larkspur Bank" and "IT Project Manager, Security
    # Programs" (employer on its own line) keep the comma; "Senior PM, Contoso" does not.
    pieces = [(number, piece) for number, text in enumerate(header) for piece in _strong_pieces(text) if not _contact_piece(piece)]
    groups = [_fragments(piece) for _, piece in pieces]
    def is_employer_like(part: str) -> bool:
        return not TITLE_WORDS.search(part) and not _is_place(part)

    fragments: list[str] = []
    fragment_lines: list[int] = []
    for number, parts in enumerate(groups):
        others = [part for index, group in enumerate(groups) if index != number for part in group]
        if (
            len(parts) >= 2
            and TITLE_WORDS.search(parts[0])
            and not _is_place(parts[1])
            and not ORG_WORDS.search(parts[1])
            and not (len(parts) > 2 and _is_place(", ".join(parts[2:4])) and not any(is_employer_like(o) for o in others))
            and (any(is_employer_like(other) for other in others) or _function_only(parts[1]))
            and not _place_closes_line(pieces, groups, number)
        ):
            parts = [f"{parts[0]}, {parts[1]}", *parts[2:]]
        fragments.extend(parts)
        fragment_lines.extend([pieces[number][0]] * len(parts))
    fragments = _scopes_joined(fragments, fragment_lines, header)
    position = employer = location = None
    rest = []
    placeholder_employer = None
    previous = None
    for number, fragment in enumerate(fragments):
        if (
            previous is not None
            and previous == position
            and not rest
            and _second_title(fragment)
            and all(_is_place(later) or _bracketed_place(later) for later in fragments[number + 1 :])
        ):
            # "Systems Architect, UI Developer, (City, Country)" with the employer anonymised
            # away: two titles of one job, not a title and an employer
            position = previous = f"{position}, {fragment}"
            continue
        previous = fragment
        if location is None and (_is_place(fragment) or "," in fragment and _bracketed_place(fragment)) and not TITLE_WORDS.search(fragment):
            location = fragment  # "Riverton, Utopia", or country first: "Utopia, Riverton"
            city = rest[-1] if len(rest) > 1 else ""
            if city[:1].isupper() and "," not in city and len(city.split()) <= 3 and parse_location(f"{city}, {fragment}"):
                location = f"{rest.pop()}, {fragment}"  # "Employer, Leeds, UK": the city goes with its country
        elif placeholder_employer is None and fragment == "Company Name":
            placeholder_employer = fragment
        elif position is None and TITLE_WORDS.search(fragment):
            position = fragment
        else:
            rest.append(fragment)
    if placeholder_employer:
        rest.insert(0, placeholder_employer)
    # A "City, ST" split by the comma rule: re-join a trailing state code onto a city fragment
    if rest:
        employer = _ABOUT_EMPLOYER_RE.sub("", rest[0]) or rest[0]
        if location is None and len(rest) > 1 and _is_place(", ".join(rest[1:3])):
            location = ", ".join(rest[1:3])
            rest = rest[:1] + rest[3:]  # "Employer, City, ST": the city is no title
    if position is None and len(rest) > 1:
        position = rest[1] if rest[1] != location else None
    elif location is None and len(rest) == 2 and len(rest[1].split()) <= 3 and rest[1][:1].isupper():
        location = rest[1]  # "Employer, City": a bare city after the employer
    return position, employer, location


_SCOPE_WORDS = frozenset(cue_words("title-scope-words"))
_SCOPE_JOINERS = frozenset({"and", "&", "/", "of", "+"})


def _title_scope(fragment: str) -> bool:
    """The field or system a title is scoped to, after its dash or comma ("ERP Rollout", "Digital
    Channels", "Cloud Migration"): each word a scope word (lexicons/cue_words.toml,
    "title-scope-words"), an acronym beside one, or a joiner; no company, title or place word."""
    words = fragment.split()
    if not 1 <= len(words) <= 4:
        return False
    scoped = False
    for word in words:
        bare = word.strip("()").lower()
        if bare in _SCOPE_WORDS:
            scoped = True
        elif bare not in _SCOPE_JOINERS and not (word.isupper() and 2 <= len(word) <= 5 and len(words) > 1):
            return False
    return scoped and not TITLE_WORDS.search(fragment) and not ORG_WORDS.search(fragment) and not _is_place(fragment)


def _scopes_joined(fragments: list[str], lines: list[int], texts: list[str]) -> list[str]:
    """Fragments with a title's scope put back after it, as written ("Project Manager - ERP
    Rollout", "IT Project Manager, Infrastructure"): a dash or a comma there parts no employer."""
    joined: list[str] = []
    joined_lines: list[int] = []
    for fragment, line in zip(fragments, lines):
        if joined and joined_lines[-1] == line and _title_scope(fragment) and TITLE_WORDS.search(joined[-1]):
            as_written = _as_written(texts[line], joined[-1], fragment)
            if as_written is not None:
                joined[-1] = as_written
                continue
        joined.append(fragment)
        joined_lines.append(line)
    return joined


def _as_written(text: str, first: str, second: str) -> Optional[str]:
    """`first` and `second` with the comma or dash between them as `text` has them, or None when
    something else parts them (a bar, a tab, other words)."""
    start = text.find(first)
    after = text.find(second, start + len(first)) if start >= 0 else -1
    if after < 0 or text[start + len(first) : after].strip() not in (",", "-", "–", "—"):
        return None
    return text[start : after + len(second)]


def _header_fragments(text: str) -> list[str]:
    """The fragments of one header text, a title's scope kept with the title."""
    fragments = _fragments(text)
    return _scopes_joined(fragments, [0] * len(fragments), [text])


def _place_closes_line(pieces: list[tuple[int, str]], groups: list[list[str]], number: int) -> bool:
    """"Team Lead, Clearpath Analytics | Lisbon": the one piece after the title and the words after
    its comma, on the same line, is a word or two with no title or company word in it: a city
    (one no gazetteer knows), and the words after the comma the employer, no part of the title
    (as in "IT Program Manager, Enterprise PMO — Larkspur Bank")."""
    line = pieces[number][0]
    later = [index for index, (text_number, _) in enumerate(pieces) if text_number == line and index > number]
    others = [part for index, group in enumerate(groups) if index != number for part in group
              if not TITLE_WORDS.search(part) and not _is_place(part)]
    if later != [number + 1] or groups[number + 1] != others or len(others) != 1 or TITLE_WORDS.search(groups[number][1]):
        return False  # "Senior Manager, Delivery PMO | Larkspur": words of the title after its comma
    words = others[0].split()
    return len(words) <= 2 and all(word[:1].isupper() for word in words) and not ORG_WORDS.search(others[0])


def _second_title(fragment: str) -> bool:
    """A fragment that reads as another job title, not an employer: a title word ends it
    ("UI Developer", "Team Lead") and nothing in it names an organisation."""
    words = fragment.split()
    return (
        1 <= len(words) <= 4
        and TITLE_WORDS.fullmatch(words[-1].strip(".,")) is not None
        and not ORG_WORDS.search(fragment)
        and not _is_place(fragment)
    )


_WEB_ADDRESS_RE = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:[a-z]{2,24})\b(?!\.\w)")


def _is_place(text: str) -> bool:
    if _WEB_ADDRESS_RE.search(text):
        return False  # "Northwind (northwind.example), Utopia": an employer with its web address
    return _looks_like_place(text) or (_placeholder(text) and text != "Company Name")
