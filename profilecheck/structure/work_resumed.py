"""Jobs set down under a side column's heading, found again by the shape of the jobs above.

A two-column resume turned into text line by line (a PDF-to-text dump, a converter's Word file)
puts the side column's headings among the jobs: "CERTIFICATIONS", "LANGUAGES", "EDUCATION AND
TRAINING" stand between one job and the next, and everything below them reads as certifications
or languages.  The section finder keeps such a heading inside the work history when it can tell
from its neighbours; this pass looks at what it could not: a section after the work history
whose lines hold a job written the way the work history writes its own (its dates alone on a
line or not, its title the same number of lines before or after them), with a title's word and
no school, degree or course on the job's lines.  From that job on, the section is work history.
"""
from __future__ import annotations

from typing import Optional

from ..models import Line, Section
from .sections import JobShape, job_dates_at, job_shape, title_index, title_near_dates

# The headings a side column brings; projects, volunteering, awards and publications hold dated
# posts of their own kind and keep them.
_RESUMABLE = ("certifications", "contact", "education", "interests", "languages", "skills", "summary")
_OWN_DATED = ("military", "projects", "volunteering", "publications", "awards", "references")


def _job_starts_at(lines: tuple[Line, ...], first: int, last: int, shape: JobShape) -> Optional[int]:
    """The first line of the first job shaped like `shape` between `first` and `last`, or None."""
    from .education import INSTITUTION_RE, names_a_study
    from .sections import _names_a_course

    for index in range(first, last):
        dates = job_dates_at(lines, index)
        if dates is None or (not dates[1]) != shape.dates_alone:
            continue
        end, rest = dates
        if not title_near_dates(lines, index, end, rest, shape.title_offset, first, last):
            continue
        at = title_index(index, end, shape.title_offset)
        top, bottom = min(index, at), max(end, at)
        own = [line.text for line in lines[top : min(bottom + 2, last)]]  # with the line after: an employer
        if any(names_a_study(text) or INSTITUTION_RE.search(text) or _names_a_course(text) for text in own):
            continue
        return top
    return None


def work_resumed(sections: tuple[Section, ...], lines: tuple[Line, ...], offsets: list[int]) -> tuple[Section, ...]:
    """The sections with each side section after the work history cut where a job shaped like the
    work history's first one begins, the rest of it work history again."""
    from .sections import _side_column_among, activities_heading

    experience = next((section for section in sections if section.name == "experience"), None)
    if experience is None:
        return sections
    shape = job_shape(lines, experience.first_line, experience.last_line)
    if shape is None:
        return sections
    result: list[Section] = []
    after_work = False
    previous = None
    for section in sections:
        if section is experience:
            after_work = True
        stacked = previous is not None and previous.name in _OWN_DATED and previous.first_line >= previous.last_line
        previous = section
        if not after_work or section.name not in _RESUMABLE or activities_heading(section.heading) or stacked:
            # (under "Languages" stacked straight below "Military service", a side column's
            # heading read between, the dated lines may be the service's)
            result.append(section)
            continue
        start = _job_starts_at(lines, section.first_line, section.last_line, shape)
        if start is not None and section.name == "education" and not _side_column_among(lines, experience.first_line, experience.last_line):
            # (a side column's lines among the jobs: the columns were read into each other); a
            # one-column education may hold dated posts ("Teaching Assistant"): studies
            start = None
        if start is None:
            result.append(section)
            continue
        if start > section.first_line:
            result.append(Section(section.name, section.heading, section.start, max(section.start, offsets[start] - 1), section.first_line, start))
        result.append(Section("experience", "", offsets[start], section.end, start, section.last_line))
    return tuple(result)
