"""Document -> Profile: sections, contact, work history, education, certificates, skills."""
from __future__ import annotations

import dataclasses
import re
from typing import Optional

from ..models import Basics, Document, Line, Location, Profile
from . import contact
from .education import DEGREE_RE, INSTITUTION_RE, parse_certificates, parse_education, parse_languages, parse_skills
from .dates import _YEAR, slashed_dates_day_first, writes_day_first
from .experience import TITLE_WORDS, parse_work_sections
from .linkedin import (
    dates_in_english,
    english_date_lines,
    export_text_header,
    export_text_work,
    linkedin_heading,
    looks_like_export_text,
    looks_like_linkedin_export,
    looks_like_linkedin_text,
    read_linkedin_pdf,
    strip_interface_lines,
)
from .left_labels import left_labels_apart
from .name_elsewhere import name_in_page_footer, name_in_profile_field, name_run_into_headline
from .sections import activities_heading, find_sections, heading_of, line_offsets
from .work_resumed import work_resumed
from .side_items import is_certification_line
from .side_column import side_section_begun, without_side_column
from .undated import undated_job_header, with_undated_roles

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "twenty-five": 25, "thirty": 30,
}
STATED_YEARS_RE = re.compile(
    r"(?<![\d.])(\d{1,2}(?:\.\d)?|\b(?:" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r"))"
    r"\s*(?:\+|\bplus\b)?\s*-?\s*(?:years?|yrs?)\b['’]?(?!\s*old\b)(?:\s+of)?(?:\s+[\w-]+){0,4}?\s+(?:experi[ae]nce|expertise)",
    re.IGNORECASE,
)
_NUMBER = r"(\d{1,2}(?:\.\d)?|\b(?:" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r"))"
# The total given as a field ("Total experience: 9 years", "Experience — 8 years"), or as a length
# of time in a trade after a word of measure ("with 14 years in banking IT", "more than 8 years
# across delivery"), or in decades ("over a decade of experience", "two decades in IT").
_STATED_FIELD_RE = re.compile(
    r"\b(?:(?:total|overall)\s+)?(?:work\s+|professional\s+|it\s+)?experience\s*[:—–-]\s*(?:over\s+|more\s+than\s+)?"
    + _NUMBER + r"\s*\+?\s*(?:years?|yrs?)\b",
    re.IGNORECASE,
)
_STATED_IN_RE = re.compile(
    r"\b(?:with|over|more\s+than|nearly|almost|about|some)\s+" + _NUMBER
    + r"\s*\+?\s*(?:years?|yrs?)['’]?\s+(?:in|across)\s+(?!a\s+row\b|the\s+|a\s+|an\s+|which\b|whom\b|age\b)",
    re.IGNORECASE,
)
_DECADES_RE = re.compile(r"\b(a|one|two|three|2|3)\s+decades?\s+(?:of|in)\b", re.IGNORECASE)
HEADLINE_HINT = re.compile(r"[|•·]|\b(?:certified|pmp|agile|specialist|expert|leader)\b", re.IGNORECASE)


def build_profile(document: Document) -> Profile:
    with slashed_dates_day_first(writes_day_first(document.text)):
        return _build_profile(document)


def _build_profile(document: Document) -> Profile:
    kind = document.kind
    lines = document.lines
    export_text = kind == "text" and looks_like_export_text(lines)  # a "Save to PDF" export as text
    if kind == "text" and (export_text or looks_like_linkedin_text(lines)):
        kind = "linkedin-text"
    elif kind == "pdf" and looks_like_linkedin_export(document):
        kind = "linkedin-pdf"
    if kind in ("linkedin-text", "linkedin-pdf"):
        lines = strip_interface_lines(lines)
    if kind == "linkedin-text":
        lines = english_date_lines(lines)  # the interface's month names and "o momento"
    elif kind != "linkedin-pdf":
        lines = dates_in_english(lines)  # "marzo 2019 – actualidad" on a resume in English
    if kind not in ("linkedin-text", "linkedin-pdf"):
        lines = left_labels_apart(lines)  # "PROFESSIONAL 2024 – 2025: ..." over "HISTORY ..."
    document = dataclasses.replace(document, lines=lines, kind=kind)
    text = document.text
    # A LinkedIn export is read by its template (type sizes, spacing); other files by headings
    # (a LinkedIn text's also by the names its interface languages give them).
    export = read_linkedin_pdf(document) if kind == "linkedin-pdf" else None
    # An export's text has only the template's headings: "Key Achievements" in a description is none.
    sections = export.sections if export else find_sections(
        document, linkedin_heading if kind == "linkedin-text" else None, only_more=export_text, job_header=undated_job_header
    )
    if not export and not export_text:
        # jobs a side column's heading set apart from the work history, found again by their shape
        sections = work_resumed(sections, lines, line_offsets(lines))

    def lines_of_section(section) -> list[tuple[int, str]]:
        found, offset = [], section.start
        for piece in text[section.start:section.end].split("\n"):
            found.append((offset, piece))
            offset += len(piece) + 1
        return found

    def lines_by_section(name: str) -> list[list[tuple[int, str]]]:
        return [lines_of_section(section) for section in sections if section.name == name]

    def lines_of(name: str) -> list[tuple[int, str]]:
        return [item for part in lines_by_section(name) for item in part]

    def texts_of(name: str) -> list[str]:
        return [piece for _, piece in lines_of(name)]

    basics = _basics(document, text, sections, texts_of)
    # Each experience section on its own: a job's header never reaches across a heading
    # ("EXPERIENCE SUMMARY" with a skills list, then "EXPERIENCE").
    experience_parts = [
        without_side_column(
            [item for item in lines_of_section(section) if item[1].strip()],
            side_section_begun(lines, section),
        )
        for section in sections
        if section.name == "experience"
    ]
    work = parse_work_sections(experience_parts)
    if any(item.startDate for item in work):
        # Jobs listed under another heading as well ("Skill Highlights" holding a whole military
        # career above "Professional Experience"): two or more of them, each a title with dates.
        work = work + _jobs_elsewhere(sections, lines_of_section, work)
    if not any(item.startDate for item in work):
        # No dated job under an experience heading: the jobs may stand under another one (the
        # converter lost "Work experience" and they follow "Education").
        work = _jobs_under(lines_by_section("education")) or work
    if not any(item.startDate for item in work):
        # Still none: the heading itself was lost or run into a side column's text ("EXPERIENCE
        # Wordpress"), and the jobs stand under whatever heading came before them.
        # (Not under a heading that names what its dated lines are: a graduate's projects,
        # courses, volunteering, activities and awards are no jobs, whatever role they name.)
        others = [section for section in sections if section.name not in ("experience", "education", "header", "contact") + _NO_JOB_SECTIONS
                  and not activities_heading(section.heading)]
        work = _jobs_under([lines_of_section(section) for section in others]) or work
    if not any(item.startDate for item in work):
        # A junior's one job with no work history heading at all ("QA Intern, Northwind (Haifa)
        # 03/2023 - 08/2023" under "Skills", or above the first heading): one will do when it is
        # plainly a job (a title, an employer, dates by month or running on, no study in sight).
        places = [section for section in sections if section.name in _ONE_JOB_SECTIONS and not activities_heading(section.heading)]
        work = _one_plain_job([lines_of_section(section) for section in places], basics.name) or work
    # Jobs whose dates were left out or lost, each a header of its own under the experience heading
    work = with_undated_roles(experience_parts, work)
    education = parse_education(texts_of("education"))
    skills = parse_skills(texts_of("skills"))
    certificates = parse_certificates(texts_of("certifications"))
    languages = parse_languages(texts_of("languages"))
    if export_text:
        # An export read as text: its main column starts with the name, headline and location
        for section in sections:
            if section.name == "header" and section.first_line > 0:
                name, headline, location = export_text_header(text[section.start:section.end].split("\n"))
                if name:
                    basics = dataclasses.replace(basics, name=name, label=headline, location=location or Location())
                break
        parts = lines_by_section("experience")
        read = export_text_work([item for part in parts for item in part])
        if read:
            work = read
    if export:
        basics = dataclasses.replace(
            basics,
            name=export.name or basics.name,
            label=export.headline if export.name else basics.label,
            location=export.location or (Location() if export.name else basics.location),
            email=export.email or basics.email,
            profiles=_with_profile_link(basics.profiles, export.linkedin),
        )
        # An export without an Experience section has no jobs: none are looked for under its
        # other headings (dated lines of an About section are no positions).
        has_experience = any(section.name == "experience" for section in export.sections)
        work = export.work or (work if has_experience else ())
        education = export.education or education
        skills = export.skills or skills
        certificates = export.certificates or certificates
        languages = export.languages or languages
    return Profile(
        document=document,
        kind=kind,
        text=text,
        sections=sections,
        basics=basics,
        work=work,
        education=education,
        skills=skills,
        certificates=certificates,
        languages=languages,
        stated_years=_stated_years(text),
    )


def _with_profile_link(profiles: tuple, link) -> tuple:
    """The export's own profile link first, in place of the one read from its text."""
    if link is None:
        return profiles
    return (link,) + tuple(profile for profile in profiles if profile.network != "LinkedIn")


_SELF_EMPLOYED = re.compile(r"(?:freelancer?|self[- ]employed|independent)\b", re.IGNORECASE)


_YEAR_RE = re.compile(rf"(?<!\d){_YEAR}(?!\d)")
_JOBLESS_SECTIONS = (
    "experience", "education", "header", "contact", "certifications", "references", "languages", "projects", "volunteering",
    "awards", "publications",  # "Project Manager of the Month, March 2019" is an award
    "military",  # service set apart from the work history
)


# Sections whose dated lines are what their heading says, not jobs: "Team lead, May 2022 - Jul
# 2022" under "Academic Projects", "Volunteer coordinator, 2021 - 2023" under "Volunteering".
# (A side column's headings, "Languages", "Courses", "Interests", may stand right above jobs
# whose own heading a converter lost: those stay; "Extracurricular activities" does not.)
_NO_JOB_SECTIONS = ("projects", "volunteering", "publications")


def _jobs_elsewhere(sections, lines_of_section, work) -> tuple:
    """Jobs in a section of another name, two or more in the one section, none already found."""
    known = {(item.startDate, (item.position or "").lower()) for item in work}
    found = []
    for section in sections:
        if section.name in _JOBLESS_SECTIONS or activities_heading(section.heading):
            continue  # ("Editor of the student newspaper (2022 - 2023)" under "Extracurricular activities")
        lines = lines_of_section(section)
        if sum(1 for _, text in lines if _YEAR_RE.search(text)) < 2:
            continue  # two jobs need two dated lines; most sections have none (and parsing costs)
        for job in _jobs_under([lines]):
            if (job.startDate, (job.position or "").lower()) not in known and len(job.startDate) == 7:
                found.append(job)
    return tuple(found)


# Where a CV without a work history heading may hold its one job (not under a heading that names
# what its dated lines are: studies, courses, projects, volunteering, awards, references).
_ONE_JOB_SECTIONS = ("header", "summary", "skills", "interests", "contact", "languages")


def _one_plain_job(parts: list[list[tuple[int, str]]], person: Optional[str]) -> tuple:
    """The one job among these sections' lines when exactly one plain job stands there: a title, an
    employer (not the `person`'s own name above a dated headline), a start by month (or an end
    still open), no degree, school or course on it."""
    from .sections import _names_a_course

    found = [
        work for work in _titled_jobs(parts)
        if work.name and work.name != person and (len(work.startDate) == 7 or work.current)
        and TITLE_WORDS.search(work.position) and not _names_a_course(_fields(work))
    ]
    return tuple(found) if len(found) == 1 else ()


def _fields(work) -> str:
    return " ".join(filter(None, (work.position, work.name, work.location)))


def _titled_jobs(parts: list[list[tuple[int, str]]]) -> list:
    """The dated jobs read among these sections' lines that have a title (a title's word, or
    working for oneself) and no school or degree in sight."""
    found = []
    for part in parts:
        for work in parse_work_sections([[item for item in part if item[1].strip()]]):
            if (
                work.startDate
                and work.position
                and (TITLE_WORDS.search(work.position) or _SELF_EMPLOYED.match(work.position))
                and not DEGREE_RE.search(_fields(work))
                and not INSTITUTION_RE.search(_fields(work))
            ):
                found.append(work)
    return found


def _jobs_under(parts: list[list[tuple[int, str]]]) -> tuple:
    """Jobs found among a section's entries: dated, with a job title, and no school or degree in
    sight.  All of them when at least two are, else none (one could be a study placement)."""
    found = _titled_jobs(parts)
    return tuple(found) if len(found) >= 2 else ()


def _basics(document: Document, text: str, sections, texts_of) -> Basics:
    header_lines = []
    for section in sections:
        if section.name in ("header", "contact"):
            header_lines.extend(line for line in text[section.start:section.end].split("\n") if line.strip())
    if not any(section.name in ("header", "contact") for section in sections):
        header_lines = [line.text for line in document.lines[:8]]
    name = _find_name(document, header_lines)
    linkedin = contact.find_linkedin(text)
    profiles = ([linkedin] if linkedin else []) + contact.find_urls("\n".join(header_lines))
    summary_lines = [line.strip() for line in texts_of("summary") if line.strip()]
    # (no summary heading: the profile paragraph many CVs set under the name and headline)
    summary = _join_paragraph(summary_lines) or _header_paragraph(header_lines) or None
    return Basics(
        name=name,
        label=_find_headline(header_lines, name),
        email=contact.find_email(text),
        phone=contact.find_phone("\n".join(header_lines)) or contact.find_phone(text[:2000]),
        url=next((p.url for p in profiles if p.network == "Website"), None),
        summary=summary,
        location=_find_location(header_lines),
        profiles=tuple(profiles),
    )


def _find_name(document: Document, header_lines: list[str]) -> Optional[str]:
    # The largest font in the first lines is usually the name (PDF and DOCX carry sizes).
    sized = [line for line in document.lines[:40] if line.size and line.region != "sidebar"]
    if sized:
        biggest = max(sized, key=lambda line: line.size)
        if biggest.size > (document.body_size or 0) and contact.looks_like_name(_strip_name_noise(biggest.text)):
            return _strip_name_noise(biggest.text)
    for number, line in enumerate(header_lines[:6]):
        candidate = _strip_name_noise(line)
        if contact.looks_like_name(candidate):
            if number and _is_headline(header_lines[number - 1]):
                # The name stands above the headline; the short line below it is the place
                # (name, headline, city, as LinkedIn lays them out, the name taken away)
                continue
            return candidate.title() if candidate.isupper() else candidate
    texts = [line.text.strip() for line in document.lines[:_NAME_FIELD_LINES]]
    return (
        _name_further_down(document) or name_run_into_headline(texts) or name_in_profile_field(texts)
        or name_in_page_footer([line.text for line in document.lines])
    )


_NAME_FIELD_LINES = 15  # the first lines, where a contact block stands


def _name_further_down(document: Document) -> Optional[str]:
    """A name in capitals alone on a line among the first ones, below a profile paragraph or a
    contact block (a two-column CV written out line by line puts the name where its column
    reached): two or three words, no heading, no title, no place, a headline in capitals
    within two lines below."""
    lines = document.lines[:15]
    for number, line in enumerate(lines):
        text = line.text.strip()
        if not text.isupper() or not 2 <= len(text.split()) <= 3 or not contact.looks_like_name(text):
            continue
        if heading_of(line) or TITLE_WORDS.search(text) or contact.looks_like_location(text):
            continue
        # the headline in capitals just below it, as a name's is ("FRONT END DEVELOPER")
        below = [other.text.strip() for other in lines[number + 1: number + 3]]
        if any(other.isupper() and _is_headline(other) for other in below):
            return text.title()
    return None



def _is_headline(line: str) -> bool:
    """A line that names a job: "Full Stack Developer (Go / TS)", "Senior Project Manager | PMP"."""
    stripped = line.strip()
    return bool(TITLE_WORDS.search(stripped)) and len(stripped.split()) <= 12 and not contact.looks_like_name(stripped)


def _strip_name_noise(text: str) -> str:
    text = re.sub(r"^(?:name\s*:\s*)", "", text.strip(), flags=re.IGNORECASE)
    # "CONTACTS DANA KOWAL": a side column's heading read into the name's line
    text = re.sub(r"^(?:contacts?|contact (?:info|details)|profile|about me|resume|cv|curriculum vitae)\s*:?\s+(?=\S+\s+\S)", "", text, flags=re.IGNORECASE)
    # "Jane Doe, PMP" / "Jane Doe (She/Her)": keep the name itself
    text = re.sub(r"\s*\((?:she|he|they)/\w+\)", "", text, flags=re.IGNORECASE)
    return re.split(r",\s*(?=[A-Z]{2,})|\s+\|\s+", text)[0].strip()


def _find_headline(header_lines: list[str], name: Optional[str]) -> Optional[str]:
    # (a name found elsewhere, in a footer or a profile's slug, comes after no headline)
    seen_name = name is None or not any(name.lower() in line.lower() for line in header_lines[:8])
    for index, line in enumerate(header_lines[:8]):
        stripped = line.strip()
        if not seen_name:
            if name and name.lower() in stripped.lower():
                seen_name = True
                rest = stripped[len(name):].strip(" |,-–—") if stripped.lower().startswith(name.lower()) else ""
                if rest and TITLE_WORDS.search(rest) and len(rest) <= 240:
                    return rest  # "DANA KOWALCZYK FULL STACK DEVELOPER with 3+ years": the headline runs on after the name
            continue
        if (
            contact.find_email(stripped)
            or contact.find_linkedin(stripped)
            or (contact.find_phone(stripped) and not TITLE_WORDS.search(stripped))
            or contact.parse_location(stripped)
            or heading_of(Line(stripped))
            or _contact_pieces_only(stripped)
            or is_certification_line(stripped)  # "Certified ScrumMaster" heads a side column's courses
        ):
            continue
        if (TITLE_WORDS.search(stripped) or HEADLINE_HINT.search(stripped)) and len(stripped) <= 240:
            # A long headline wraps: "... | Zero Trust, IAM" / "& Compliance Programs"
            for following in header_lines[index + 1:index + 3]:
                following = following.strip()
                if _continues_headline(stripped, following):
                    stripped = f"{stripped} {following}"
                else:
                    break
            return stripped
    return None


# What a contact line holds besides the address itself: a link's label, left when the link was
# lost ("LinkedIn-profile", "GitHub"), or a field's label
_CONTACT_LABEL = re.compile(
    r"(?:linked\s*in|github|gitlab|portfolio|website|web\s*site|skype|telegram|whats\s*app|e-?mail|phone|mobile|tel)"
    r"(?:[\s-]*(?:profile|page|account))?\s*:?",
    re.IGNORECASE,
)


# Personal details a CV lists beside its contacts: "Birth year: 1990", "City: Lyon, France".
_PERSONAL_LABEL = re.compile(
    r"(?:(?:year|date|place) of birth|birth\s*(?:year|date|place)|d\.?o\.?b\.?|age|city|country|address|nationality|citizenship|"
    r"(?:city of )?residence|location|marital status|family status|gender|driving licen[cs]e|visa|work permit)\s*:",
    re.IGNORECASE,
)


def _contact_pieces_only(line: str) -> bool:
    """A contact line whose addresses were taken out (an anonymised CV) or are labels only:
    "| | LinkedIn-profile | Riverton, Utopia" names no job, whatever its bars suggest; nor does
    a line of personal details ("Birth year: 1990 | City: Lyon, France | LinkedIn")."""
    pieces = [piece.strip() for piece in re.split(r"[|•·]", line)]
    named = [piece for piece in pieces if piece]
    # (two cells emptied or more: what is left is the person's details, a birth date, a town)
    emptied = len(pieces) - len(named) >= 2
    return "|" in line and bool(named) and all(
        _CONTACT_LABEL.fullmatch(piece) or contact.parse_location(piece) or contact.find_email(piece)
        or contact.find_phone(piece) or contact.find_linkedin(piece) or _PERSONAL_LABEL.match(piece)
        or _BIRTH_DATE.fullmatch(piece)
        or (emptied and len(piece.split()) <= 3 and all(word[:1].isupper() for word in piece.split()) and not TITLE_WORDS.search(piece))
        for piece in named
    )


# A date with its day, as a birth date stands among the contacts: "9 March 1984", "09.03.1984".
_BIRTH_DATE = re.compile(r"\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{4}")


def _continues_headline(headline: str, line: str) -> bool:
    if not line or contact.find_email(line) or contact.parse_location(line) or heading_of(Line(line)) or _PERSONAL_LABEL.search(line):
        return False  # ("com Riverton Age: 27": what is left of a contact line, no headline's rest)
    return bool(re.match(r"^[&|/,·•–-]|^[a-z]", line)) or headline.rstrip().endswith(("|", ",", "&", "/", "-", "–", "·"))


def _find_location(header_lines: list[str]) -> Location:
    for line in header_lines[:12]:
        for piece in re.split(r"\s+[|•·]\s+|\s{3,}|\t", line):
            found = contact.parse_location(piece.strip())
            if found:
                return found
    return Location()


_BULLETS = ("•", "- ", "– ", "— ", "* ", "▪", "●", "➢", "►", "✓", "✔")  # a LinkedIn export's as typed, too


_PARAGRAPH_WORDS = 15  # an unheaded profile paragraph says this much at least


def _header_paragraph(header_lines: list[str]) -> str:
    """The longest run of prose lines in the header (words mostly in lower case, no contact or
    personal details), as a summary with no heading of its own: "Java developer with 5 years of
    ... I enjoy ..." under the name and headline.  Empty when there is none."""
    runs: list[list[str]] = [[]]
    for line in header_lines:
        stripped = line.strip()
        words = stripped.split()
        plain = sum(1 for word in words if not word[:1].isupper())  # ("7", "(Java/Kotlin)", "and")
        detail = (
            contact.find_email(stripped) or contact.find_phone(stripped) or contact.find_linkedin(stripped)
            or _PERSONAL_LABEL.search(stripped) or re.search(r"https?://|www\.|\w\.\w+/|\.(?:com|me|io|org|net)\b", stripped)
        )
        wrapped_end = bool(runs[-1]) and len(words) <= 6 and plain and not _ends_prose(runs[-1][-1])
        if not detail and ((len(words) >= 6 and plain * 2 >= len(words)) or wrapped_end):
            runs[-1].append(stripped)
        elif runs[-1]:
            runs.append([])
    best = max(runs, key=lambda run: sum(len(line.split()) for line in run))
    # (a sentence's end somewhere: two columns' words read side by side make none)
    if sum(len(line.split()) for line in best) < _PARAGRAPH_WORDS or not re.search(r"[a-z][.!?](?:\s|$)", " ".join(best)):
        return ""
    return _join_paragraph(best)


def _ends_prose(line: str) -> bool:
    return line.rstrip().endswith((".", "!", "?"))


def _join_paragraph(lines: list[str]) -> str:
    """Join wrapped lines into paragraphs; bullets and sentence ends keep their breaks."""
    paragraphs: list[str] = []
    for line in lines:
        if paragraphs and not line.startswith(_BULLETS) and not paragraphs[-1].endswith((".", "!", "?", ":")):
            last = paragraphs[-1]
            # a compound broken at its hyphen ("cross-" + "functional"), as a LinkedIn export keeps it
            glue = "" if last.endswith("-") and last[-2:-1].isalnum() and line[:1].islower() else " "
            paragraphs[-1] += glue + line
        else:
            paragraphs.append(line)
    return "\n".join(paragraphs)


def _stated_years(text: str) -> Optional[float]:
    head = text[:6000]
    lowered = head.lower()
    if "year" not in lowered and "yr" not in lowered and "decade" not in lowered:
        return None  # every form names years or decades (no other letter matches these when case is ignored)
    values = [
        float(_NUMBER_WORDS.get(match.group(1).lower(), match.group(1)))  # "Over three years of experience"
        for pattern in (STATED_YEARS_RE, _STATED_FIELD_RE, _STATED_IN_RE)
        for match in pattern.finditer(head)
    ]
    values += [10.0 * _NUMBER_WORDS.get(match.group(1).lower(), int(match.group(1)) if match.group(1).isdigit() else 1) for match in _DECADES_RE.finditer(head)]
    values = [value for value in values if 0 < value <= 50]
    return max(values) if values else None


__all__ = ["build_profile"]
