"""Work entries from the experience section: employer, position, location, dates, bullets.

Each date range anchors one entry; the short lines just above it (and the text beside the dates
on the same line) hold the position, employer and location.  The lines after it, up to the next
entry's header lines, are its bullets and description.  LinkedIn's layouts (one company holding
several roles, "Company · Full-time", durations after the range) are handled here too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ..models import Work
from .contact import looks_like_location
from .dates import DURATION_RE, DateRange, find_range

TITLE_WORDS = re.compile(
    r"\b(?:manager|coordinator|analyst|director|lead|leader|specialist|engineer|master|owner|officer|"
    r"consultant|head|vp|vice president|president|administrator|developer|intern|architect|associate|"
    r"technician|supervisor|pmo|cio|cto|chief|scrum|programmer|support|advisor|trainee|assistant|"
    r"principal|executive|partner|founder|representative|agent|pm|tpm)\b",
    re.IGNORECASE,
)
EMPLOYMENT_TYPES = re.compile(
    r"^(?:full[- ]time|part[- ]time|contract|contractor|freelance|self[- ]employed|internship|"
    r"apprenticeship|seasonal|temporary|permanent)$",
    re.IGNORECASE,
)
STRONG_SPLIT_RE = re.compile(r"\s+\|\s+|\s*[—–]\s+|\s+-\s+|\s*·\s*|\t|\s{3,}| at | @ ")
COMMA_SPLIT_RE = re.compile(r",\s+(?=[A-Z])")
BULLET = "• "
_ORG_WORDS = re.compile(
    r"\b(?:inc|ltd|llc|llp|plc|corp|corporation|company|gmbh|ag|bank|group|university|hospital|health|"
    r"systems|solutions|technologies|software|consulting|partners|labs?|services|insurance|retail|agency)\b",
    re.IGNORECASE,
)


@dataclass
class _Entry:
    range: DateRange
    header: list[str] = field(default_factory=list)  # header fragments, top to bottom
    location: Optional[str] = None
    bullets: list[str] = field(default_factory=list)
    prose: list[str] = field(default_factory=list)
    first_offset: int = 0
    last_offset: int = 0


def _is_bullet(text: str) -> bool:
    return text.startswith(BULLET)


def _is_header_like(text: str) -> bool:
    """Short, no sentence punctuation at the end, not a bullet: could be a title or an employer."""
    stripped = text.strip()
    return (
        bool(stripped)
        and not _is_bullet(stripped)
        and len(stripped) <= 120
        and len(stripped.split()) <= 16
        and not stripped.endswith((".", ";"))
    )


def _strong_pieces(text: str) -> list[str]:
    pieces = []
    for piece in STRONG_SPLIT_RE.split(text):
        piece = piece.strip(" ,|·-–—()")
        if piece and not EMPLOYMENT_TYPES.match(piece) and not DURATION_RE.match(piece):
            pieces.append(piece)
    return pieces


def _fragments(text: str) -> list[str]:
    """Split a header line on separators and commas; a piece that reads as a place stays whole."""
    pieces = []
    for piece in _strong_pieces(text):
        if looks_like_location(piece) and not TITLE_WORDS.search(piece):
            pieces.append(piece)
        else:
            pieces.extend(part.strip(" ,") for part in COMMA_SPLIT_RE.split(piece) if part.strip(" ,"))
    return pieces


def parse_work(lines: list[tuple[int, str]]) -> tuple[Work, ...]:
    """`lines` are (offset, text) pairs of the experience section, in order."""
    anchors = []
    for index, (_, text) in enumerate(lines):
        if _is_bullet(text):
            continue
        found = find_range(text)
        if found is not None and _can_anchor(text, found):
            anchors.append((index, found))
    if not anchors:
        return ()

    entries: list[_Entry] = []
    header_start_of: list[int] = []
    previous_anchor = -1
    for number, (index, found) in enumerate(anchors):
        text = lines[index][1]
        entry = _Entry(found, first_offset=lines[index][0])
        # Header lines: up to three header-like lines just above the date line.
        start, budget = index, 3
        while start - 1 > previous_anchor and budget > 0 and _is_header_like(lines[start - 1][1]):
            if _continues_bullet(lines, start - 1):
                break
            start -= 1
            if not _is_duration_line(lines[start][1]):
                budget -= 1
        # Keep at least the previous entry's location line out of this header
        if entries and start == previous_anchor + 1 and entries[-1].location is None and start < index:
            if looks_like_location(lines[start][1]) and not TITLE_WORDS.search(lines[start][1]):
                entries[-1].location = lines[start][1].strip()
                start += 1
        header_start_of.append(start)
        entry.header = [lines[i][1] for i in range(start, index) if not _is_duration_line(lines[i][1])]
        beside = (text[: found.span[0]] + "  " + text[found.span[1]:]).strip()
        if _fragments(beside):
            entry.header.append(beside)
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
        while body and taken < 2 and _is_header_like(body[0][1]) and not _is_duration_line(body[0][1]):
            text = body[0][1].strip()
            position, employer, _ = _split_header(entry.header)
            pieces = _fragments(text)
            if entry.location is None and pieces and all(looks_like_location(piece) and not TITLE_WORDS.search(piece) for piece in pieces):
                entry.location = text
            elif employer is None or position is None:
                if len(text) > 70:
                    break
                entry.header.append(text)
            else:
                break
            body = body[1:]
            taken += 1
        for offset, text in body:
            entry.last_offset = offset + len(text)
            if _is_bullet(text):
                entry.bullets.append(text[len(BULLET):].strip())
            elif _is_duration_line(text) or EMPLOYMENT_TYPES.match(text.strip()):
                continue
            elif entry.bullets and (text[:1].islower() or not entry.bullets[-1].rstrip().endswith((".", "!", "?"))):
                entry.bullets[-1] = entry.bullets[-1] + " " + text.strip()  # a wrapped bullet
            else:
                entry.prose.append(text.strip())
        if not body:
            entry.last_offset = lines[index][0] + len(lines[index][1])

    works = []
    previous_employer: Optional[str] = None
    for entry in entries:
        position, employer, location = _split_header(entry.header)
        location = location or entry.location
        if location:
            location = re.sub(r"\s*·\s*(?:hybrid|remote|on-site)\s*$", "", location, flags=re.IGNORECASE)
        if employer is None and position is not None and previous_employer and _continues_group(entry):
            employer = previous_employer  # LinkedIn: several roles under one company
        previous_employer = employer or previous_employer
        works.append(
            Work(
                name=employer,
                position=position,
                location=location,
                startDate=entry.range.start.iso(),
                endDate=None if entry.range.current else entry.range.end.iso(),
                current=entry.range.current,
                summary=" ".join(entry.prose) or None,
                highlights=tuple(entry.bullets),
                span=(entry.first_offset, max(entry.last_offset, entry.first_offset)),
            )
        )
    return tuple(works)


def _can_anchor(text: str, found: DateRange) -> bool:
    """A date line that starts an entry: the dates plus a short header, not a sentence that
    happens to hold a year ("... 9 internal promotions since 2023.")."""
    rest = (text[: found.span[0]] + " " + text[found.span[1]:]).strip()
    if rest.endswith(".") or text.strip()[:1].islower():
        return False
    return len(rest.split()) <= 14


def _continues_bullet(lines: list[tuple[int, str]], index: int) -> bool:
    """A wrapped bullet's second line is not a header: it starts in lower case, or follows a
    bullet that has not ended its sentence."""
    text = lines[index][1].strip()
    if text[:1].islower():
        return True
    if index > 0:
        previous = lines[index - 1][1].rstrip()
        if _is_bullet(previous) and not previous.endswith((".", "!", "?")):
            return True
    return False


def _continues_group(entry: _Entry) -> bool:
    return len(entry.header) == 1


def _is_duration_line(text: str) -> bool:
    stripped = text.strip()
    if DURATION_RE.match(stripped):
        return True
    # LinkedIn: "Full-time · 8 yrs", "8 years 2 months"
    parts = [part.strip() for part in stripped.split("·")]
    return all(EMPLOYMENT_TYPES.match(part) or DURATION_RE.match(part) for part in parts if part) and bool(parts)


def _split_header(header: list[str]) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """Decide which header fragments are the position, the employer and the location."""
    # Split every piece on commas too, then put back a qualifier that belongs to the title:
    # "IT Program Manager, Enterprise PMO — Larkspur Bank" and "IT Project Manager, Security
    # Programs" (employer on its own line) keep the comma; "Senior PM, Contoso" does not.
    groups = [_fragments(piece) for text in header for piece in _strong_pieces(text)]
    def is_employer_like(part: str) -> bool:
        return not TITLE_WORDS.search(part) and not looks_like_location(part)

    fragments: list[str] = []
    for number, parts in enumerate(groups):
        others = [part for index, group in enumerate(groups) if index != number for part in group]
        if (
            len(parts) >= 2
            and TITLE_WORDS.search(parts[0])
            and not looks_like_location(parts[1])
            and not _ORG_WORDS.search(parts[1])
            and not (len(parts) > 2 and looks_like_location(", ".join(parts[2:4])) and not any(is_employer_like(o) for o in others))
            and any(is_employer_like(other) for other in others)
        ):
            parts = [f"{parts[0]}, {parts[1]}", *parts[2:]]
        fragments.extend(parts)
    position = employer = location = None
    rest = []
    for fragment in fragments:
        if location is None and looks_like_location(fragment) and not TITLE_WORDS.search(fragment):
            location = fragment
        elif position is None and TITLE_WORDS.search(fragment):
            position = fragment
        else:
            rest.append(fragment)
    # A "City, ST" split by the comma rule: re-join a trailing state code onto a city fragment
    if rest:
        employer = rest[0]
        if location is None and len(rest) > 1 and looks_like_location(", ".join(rest[1:3])):
            location = ", ".join(rest[1:3])
    if position is None and len(rest) > 1:
        position = rest[1] if rest[1] != location else None
    elif location is None and len(rest) == 2 and len(rest[1].split()) <= 3 and rest[1][:1].isupper():
        location = rest[1]  # "Employer, City": a bare city after the employer
    return position, employer, location
