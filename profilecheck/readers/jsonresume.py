"""A JSON Resume 1.0.0 document -> Profile, without the structure stage.

JSON Resume (https://jsonresume.org/schema/) is the shape of our own `profile` output, so a
profile saved from `check --format json` can be read again, and so can a resume exported by
any tool that writes the format.  The document is validated first: bad JSON or the wrong shape
is one line naming the field and the cause (`JsonResumeError`).  Then the Profile is built
directly from the fields, and `Profile.text` is written out as a plain resume (name, headline,
contact, then one headed section per part), each field exactly as it stands in the Profile, so
that Facts and the rules read it as they read any resume and every evidence offset points into
it.

A profilecheck JSON report (`schema_version` and `profile`) is read by its `profile`.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, Optional

from ..errors import EmptyDocumentError, InputError, NestingLimitError
from ..models import (
    Basics,
    Certificate,
    Document,
    Education,
    LanguageSkill,
    Line,
    Location,
    Profile,
    Section,
    SkillGroup,
    SocialProfile,
    Work,
)
from ..options import Options
from .detect import sha256_of

KIND = "json-resume"


class JsonResumeError(InputError):
    """The file is JSON but not a JSON Resume document, or not valid JSON."""


# ---------------------------------------------------------------- the shape

# Each field: "text", "date", "texts" (a list of strings), or a nested shape: {"field": kind}
# for an object, [shape] for a list of them.  Keys not listed here are allowed and ignored, as
# the JSON Resume schema allows; null is taken as absent.
_LOCATION = {"address": "text", "postalCode": "text", "city": "text", "countryCode": "text", "region": "text"}
_PROFILE = {"network": "text", "username": "text", "url": "text"}
SHAPE: dict[str, Any] = {
    "basics": {
        "name": "text", "label": "text", "image": "text", "email": "text", "phone": "text", "url": "text",
        "summary": "text", "location": _LOCATION, "profiles": [_PROFILE],
    },
    "work": [{
        "name": "text", "position": "text", "location": "text", "description": "text", "url": "text",
        "startDate": "date", "endDate": "date", "summary": "text", "highlights": "texts",
        "current": "flag", "months": "count",  # ours, for a role written without dates
    }],
    "volunteer": [{
        "organization": "text", "position": "text", "url": "text", "startDate": "date", "endDate": "date",
        "summary": "text", "highlights": "texts",
    }],
    "education": [{
        "institution": "text", "url": "text", "area": "text", "studyType": "text", "startDate": "date",
        "endDate": "date", "score": "text", "courses": "texts",
    }],
    "awards": [{"title": "text", "date": "date", "awarder": "text", "summary": "text"}],
    # status ("in_progress") and expected (a date): ours, for a certification not held yet
    "certificates": [{"name": "text", "date": "date", "url": "text", "issuer": "text", "status": "text", "expected": "date"}],
    "publications": [{"name": "text", "publisher": "text", "releaseDate": "date", "url": "text", "summary": "text"}],
    "skills": [{"name": "text", "level": "text", "keywords": "texts"}],
    "languages": [{"language": "text", "fluency": "text"}],
    "interests": [{"name": "text", "keywords": "texts"}],
    "references": [{"name": "text", "reference": "text"}],
    "projects": [{
        "name": "text", "description": "text", "highlights": "texts", "keywords": "texts", "startDate": "date",
        "endDate": "date", "url": "text", "roles": "texts", "entity": "text", "type": "text",
    }],
    # Ours: what the profile was read from (a LinkedIn export is judged as one), and the lines of
    # the resume that no field holds, by section (leftover_lines).
    "meta": {"profilecheck": {"source_kind": "text", "other_text": [{"section": "text", "lines": "texts"}]}},
}
SECTIONS = tuple(SHAPE)
_TYPE_NAMES = {str: "text", bool: "true or false", int: "a number", float: "a number", list: "a list", dict: "an object", type(None): "null"}

_ISO_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_PRESENT = re.compile(r"present|current|now|today|ongoing", re.IGNORECASE)
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def _kind_of(value: Any) -> str:
    return _TYPE_NAMES.get(type(value), type(value).__name__)


def _where(path: str) -> str:
    return path or "the document"


def _fail(path: str, cause: str) -> JsonResumeError:
    return JsonResumeError(f"not a JSON Resume: {_where(path)} {cause}")


def _text(value: Any, path: str) -> Optional[str]:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise _fail(path, f"must be text, not {_kind_of(value)}")
    if not isinstance(value, str):
        value = str(value)  # a phone or a score written as a number
    elif not value.isascii():
        from .repair import whole_characters

        value = whole_characters(value)  # "\ud83c" escapes: half a character, which no text encoding holds
    return value


def _date(value: Any, path: str, end: bool) -> tuple[Optional[str], bool]:
    """(YYYY-MM or YYYY, True when it says the role goes on).  ISO dates as the schema has them;
    a written date ("Mar 2019") and, for an end, "Present" are taken too."""
    text = _text(value, path)
    if text is None or not text.strip():
        return None, False
    text = text.strip()
    found = _ISO_DATE.fullmatch(text)
    if found:
        year, month = int(found.group(1)), found.group(2)
        if month is None:
            return f"{year:04d}", False
        if 1 <= int(month) <= 12 and 1000 <= year <= 2999:
            return f"{year:04d}-{int(month):02d}", False
    elif end and _PRESENT.fullmatch(text):
        return None, True
    else:
        from ..structure.dates import parse_date

        written = parse_date(text)
        if written is not None:
            return written.iso(), False
    raise _fail(path, f"is not a date: {text[:40]!r} (write YYYY-MM-DD, YYYY-MM or YYYY)")


def _check(value: Any, shape: Any, path: str) -> Any:
    """The value checked against its shape, with null and empty values dropped."""
    if value is None:
        return None
    if shape == "text" or shape == "date":
        return _text(value, path)
    if shape == "flag":
        if not isinstance(value, bool):
            raise _fail(path, f"must be true or false, not {_kind_of(value)}")
        return value
    if shape == "count":
        if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= 1200:
            raise _fail(path, f"must be a whole number of months from 1 to 1200, not {str(value)[:20]!r}")
        return value
    if shape == "texts":
        if isinstance(value, str):
            return [value]  # one keyword written without its list
        if not isinstance(value, list):
            raise _fail(path, f"must be a list of text, not {_kind_of(value)}")
        return [text for index, item in enumerate(value) if (text := _text(item, f"{path}[{index}]")) is not None]
    if isinstance(shape, list):
        if not isinstance(value, list):
            raise _fail(path, f"must be a list, not {_kind_of(value)}")
        checked = [_check(item, shape[0], f"{path}[{index}]") for index, item in enumerate(value)]
        return [item for item in checked if item is not None]
    if not isinstance(value, dict):
        raise _fail(path, f"must be an object, not {_kind_of(value)}")
    return {key: _check(item, shape[key], f"{path}.{key}" if path else key) for key, item in value.items() if key in shape}


def validate(document: Any) -> dict:
    """The document checked against the JSON Resume shape: JsonResumeError naming the first
    field that is wrong.  A profilecheck report is taken by its `profile`."""
    if isinstance(document, dict) and "schema_version" in document and isinstance(document.get("profile"), dict):
        document = document["profile"]
    if document == {}:
        raise EmptyDocumentError("holds no resume: the JSON object is empty")
    if not isinstance(document, dict):
        raise JsonResumeError(f"not a JSON Resume: the document is {_kind_of(document)}, not an object with basics, work, education ...")
    if not any(key in document for key in SECTIONS):
        shown = ", ".join(repr(key)[:30] for key in list(document)[:3])
        raise JsonResumeError(
            "not a JSON Resume: it has none of its sections (basics, work, education, skills, ...)"
            + (f"; its keys are {shown}{', ...' if len(document) > 3 else ''}" if document else "")
        )
    return _check(document, SHAPE, "")


# ---------------------------------------------------------------- reading


def _load(data: bytes) -> Any:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return json.loads(data)
    except RecursionError:
        raise NestingLimitError("the JSON is nested too deeply to read") from None
    except UnicodeDecodeError:
        raise JsonResumeError("not valid JSON: it is not UTF-8 (or UTF-16/32) text") from None
    except json.JSONDecodeError as error:
        raise JsonResumeError(f"not valid JSON: {error.msg} at line {error.lineno} column {error.colno}") from None
    except ValueError as error:  # a number too long to convert, say
        raise JsonResumeError(f"not valid JSON: {str(error).splitlines()[0][:120]}") from None


def read_json_resume(data: bytes, options: Options, path: Optional[str] = None) -> Profile:
    """Bytes of a JSON Resume document -> Profile (JsonResumeError when it is not one)."""
    try:
        resume = validate(_load(data))
        return profile_from_resume(resume, options, sha256_of(data), path)
    except InputError as error:
        if error.path is None:
            error.path = path
        raise


def profile_from_json_resume(document: Any, options: Optional[Options] = None, path: Optional[str] = None) -> Profile:
    """A JSON Resume object already parsed (a dict) -> Profile: for callers holding one."""
    options = options or Options()
    raw = json.dumps(document, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8", "surrogatepass")
    return profile_from_resume(validate(document), options, sha256_of(raw), path)


# ---------------------------------------------------------------- the text


def _one_line(value: Optional[str]) -> str:
    """A field as one line of text: no control characters, whitespace collapsed."""
    if not value:
        return ""
    return " ".join(_CONTROL.sub(" ", value).split())


def _paragraphs(value: Optional[str]) -> list[str]:
    """A multi-line field (a summary) as its non-blank lines."""
    if not value:
        return []
    return [line for line in (_one_line(piece) for piece in value.replace("\r\n", "\n").replace("\r", "\n").split("\n")) if line]


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _written(iso: Optional[str]) -> str:
    if not iso:
        return ""
    year, _, month = iso.partition("-")
    return f"{_MONTHS[int(month) - 1]} {year}" if month else year


def _span_text(start: Optional[str], end: Optional[str], current: bool) -> str:
    if start and (end or not current):
        return f"{_written(start)} – {_written(end)}" if end and end != start else _written(start)
    if start:
        return f"{_written(start)} – Present"
    return _written(end)


@dataclass
class _Writer:
    """Lines of the rebuilt resume, with each section's offsets as the structure stage sets them."""

    lines: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    offset: int = 0
    other: dict[str, list[str]] = field(default_factory=dict)  # lines no field holds, written at the end of their section
    _open: Optional[tuple[str, str, int, int]] = None  # name, heading, start, first line

    def add(self, text: str) -> int:
        """Append one line; its offset in the text."""
        start = self.offset
        self.lines.append(text)
        self.offset += len(text) + 1
        return start

    def end_of_last(self) -> int:
        return self.offset - 1

    def open(self, name: str, heading: str) -> None:
        self.close()
        if self.lines:
            self.add("")
        if heading:
            self.add(heading)
        self._open = (name, heading, self.offset, len(self.lines))

    def close(self) -> None:
        if self._open is None:
            return
        name, heading, start, first = self._open
        for line in self.other.pop(name, ()):
            self.add(line)
        end = max(start, self.offset - 1)
        self.sections.append(Section(name, heading, start, end, first, len(self.lines)))
        self._open = None

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def _join(*parts: Optional[str], sep: str = " | ") -> str:
    return sep.join(part for part in (_one_line(item) for item in parts) if part)


_SECTION_NAME = re.compile(r"[a-z][a-z-]{0,30}")


def _other_text(resume: dict) -> dict[str, list[str]]:
    """meta.profilecheck.other_text as {section name: its lines}."""
    found: dict[str, list[str]] = {}
    for item in ((resume.get("meta") or {}).get("profilecheck") or {}).get("other_text") or ():
        name = _one_line(item.get("section")).lower()
        lines = [line for line in (_one_line(text) for text in item.get("lines") or ()) if line]
        if _SECTION_NAME.fullmatch(name) and lines:
            found.setdefault(name, []).extend(lines)
    return found


def profile_from_resume(resume: dict, options: Options, sha256: str, path: Optional[str] = None) -> Profile:
    """A validated JSON Resume dict -> Profile with its text written out."""
    basics_in = resume.get("basics") or {}
    other = _other_text(resume)
    writer = _Writer(other=other)
    writer.open("header", "")

    name = _one_line(basics_in.get("name")) or None
    label = _one_line(basics_in.get("label")) or None
    location_in = basics_in.get("location") or {}
    location = Location(
        city=_one_line(location_in.get("city")) or None,
        region=_one_line(location_in.get("region")) or None,
        countryCode=_one_line(location_in.get("countryCode")) or None,
        address=_one_line(location_in.get("address")) or None,
    )
    profiles = tuple(
        SocialProfile(network=_one_line(item.get("network")) or "Website", username=_one_line(item.get("username")) or None, url=_one_line(item.get("url")))
        for item in basics_in.get("profiles") or ()
        if _one_line(item.get("url"))
    )
    email = _one_line(basics_in.get("email")) or None
    phone = _one_line(basics_in.get("phone")) or None
    url = _one_line(basics_in.get("url")) or None
    if name:
        writer.add(name)
    if label:
        writer.add(label)
    place = location.address or ", ".join(part for part in (location.city, location.region, location.countryCode) if part)
    contact = _join(place, email, phone, url, *[item.url for item in profiles if item.url != url])
    if contact:
        writer.add(contact)

    summary_lines = _paragraphs(basics_in.get("summary"))
    if summary_lines:
        writer.open("summary", "Summary")
        for line in summary_lines:
            writer.add(line)

    work: list[Work] = []
    if resume.get("work"):
        writer.open("experience", "Experience")
        for index, item in enumerate(resume["work"]):
            start, _ = _date(item.get("startDate"), f"work[{index}].startDate", end=False)
            end, said_present = _date(item.get("endDate"), f"work[{index}].endDate", end=True)
            current = (bool(start) and end is None) or (not start and not end and item.get("current") is True)
            position = _one_line(item.get("position")) or None
            employer = _one_line(item.get("name")) or None
            where = _one_line(item.get("location")) or None
            summary = _paragraphs(item.get("summary"))
            highlights = tuple(text for text in (_one_line(h) for h in item.get("highlights") or ()) if text)
            dates = _span_text(start, end, current or said_present)
            if not (position or employer or dates or summary or highlights):
                continue
            if work:
                writer.add("")
            first = writer.add(position or employer or dates or "")
            rest = _join(employer if position else None, where, dates if position or employer else None)
            if rest:
                writer.add(rest)
            for line in summary:
                writer.add(line)
            for highlight in highlights:
                writer.add(f"• {highlight}")
            work.append(
                Work(
                    name=employer, position=position, location=where, startDate=start, endDate=end, current=current,
                    summary="\n".join(summary) or None, highlights=highlights, span=(first, writer.end_of_last()),
                    months=item.get("months") if not start else None,
                )
            )

    for key, heading, title_key, by_key, has_dates in (
        ("projects", "Projects", "name", "entity", True),
        ("volunteer", "Volunteering", "position", "organization", True),
    ):
        entries = [entry for entry in resume.get(key) or () if any(entry.get(part) for part in (title_key, by_key, "description", "summary", "highlights"))]
        if not entries:
            continue
        writer.open("projects" if key == "projects" else "volunteering", heading)
        for index, item in enumerate(entries):
            if index:
                writer.add("")
            start, _ = _date(item.get("startDate"), f"{key}[{index}].startDate", end=False)
            end, said_present = _date(item.get("endDate"), f"{key}[{index}].endDate", end=True)
            head = _join(item.get(title_key), item.get(by_key), _span_text(start, end, said_present))
            if head:
                writer.add(head)
            for line in _paragraphs(item.get("description")) + _paragraphs(item.get("summary")):
                writer.add(line)
            for highlight in item.get("highlights") or ():
                if _one_line(highlight):
                    writer.add(f"• {_one_line(highlight)}")
            if item.get("keywords"):
                writer.add(_join(*item["keywords"], sep=", "))

    education: list[Education] = []
    if resume.get("education"):
        writer.open("education", "Education")
        for index, item in enumerate(resume["education"]):
            start, _ = _date(item.get("startDate"), f"education[{index}].startDate", end=False)
            end, _ = _date(item.get("endDate"), f"education[{index}].endDate", end=True)
            entry = Education(
                institution=_one_line(item.get("institution")) or None,
                area=_one_line(item.get("area")) or None,
                studyType=_one_line(item.get("studyType")) or None,
                startDate=start,
                endDate=end,
            )
            degree = " in ".join(part for part in (entry.studyType, entry.area) if part)
            head = _join(degree, entry.institution, _span_text(start, end, False))
            if not head:
                continue
            writer.add(head)
            education.append(entry)

    certificates: list[Certificate] = []
    if resume.get("certificates"):
        writer.open("certifications", "Certifications")
        for index, item in enumerate(resume["certificates"]):
            name_of = _one_line(item.get("name"))
            if not name_of:
                continue
            day, _ = _date(item.get("date"), f"certificates[{index}].date", end=False)
            expected, _ = _date(item.get("expected"), f"certificates[{index}].expected", end=False)
            entry = Certificate(name=name_of, issuer=_one_line(item.get("issuer")) or None, date=day)
            if _one_line(item.get("status")).lower().replace(" ", "_") == "in_progress" or expected:
                # "In progress: PMP, expected Mar 2027": the words before the name are the ones
                # read as "not held yet" however long the name is.
                writer.add(_join(f"In progress: {entry.name}" + (f", expected {_written(expected)}" if expected else ""), entry.issuer))
            else:
                writer.add(_join(entry.name, entry.issuer, _written(day)))
            certificates.append(entry)

    skills: list[SkillGroup] = []
    if resume.get("skills"):
        writer.open("skills", "Skills")
        for item in resume["skills"]:
            group = SkillGroup(
                name=_one_line(item.get("name")) or "Skills",
                keywords=tuple(text for text in (_one_line(keyword) for keyword in item.get("keywords") or ()) if text),
            )
            if group.keywords:
                writer.add(f"{group.name}: {', '.join(group.keywords)}")
            elif item.get("name"):
                writer.add(group.name)
            else:
                continue
            skills.append(group)

    languages: list[LanguageSkill] = []
    if resume.get("languages"):
        writer.open("languages", "Languages")
        for item in resume["languages"]:
            language = _one_line(item.get("language"))
            if not language:
                continue
            entry = LanguageSkill(language=language, fluency=_one_line(item.get("fluency")) or None)
            writer.add(f"{language} ({entry.fluency})" if entry.fluency else language)
            languages.append(entry)

    for key, name_of, heading, title_key, by_key, date_key in (
        ("awards", "awards", "Awards", "title", "awarder", "date"),
        ("publications", "publications", "Publications", "name", "publisher", "releaseDate"),
    ):
        entries = resume.get(key) or ()
        if not any(entry.get(title_key) or entry.get("summary") for entry in entries):
            continue
        writer.open(name_of, heading)
        for index, item in enumerate(entries):
            day, _ = _date(item.get(date_key), f"{key}[{index}].{date_key}", end=False)
            head = _join(item.get(title_key), item.get(by_key), _written(day))
            if head:
                writer.add(head)
            for line in _paragraphs(item.get("summary")):
                writer.add(line)

    for key, heading, lines in (
        ("interests", "Interests", [_join(item.get("name"), _join(*(item.get("keywords") or ()), sep=", "), sep=": ") for item in resume.get("interests") or ()]),
        ("references", "References", [_join(item.get("name"), item.get("reference"), sep=": ") for item in resume.get("references") or ()]),
    ):
        if any(lines):
            writer.open(key, heading)
            for line in lines:
                if line:
                    writer.add(line)
    for name in list(writer.other):  # other text of a section the fields have none of
        if name == "header":
            continue
        writer.open(name, name.replace("-", " ").capitalize())
    writer.close()

    if not any(section.name != "header" for section in writer.sections) and not writer.lines:
        raise EmptyDocumentError("holds no resume: its basics, work and other sections are empty")
    text = writer.text
    limit = options.limits.max_text_chars
    if len(text) > limit:
        from ..errors import LimitExceededError

        raise LimitExceededError(
            f"holds {len(text):,} characters of text, more than the {limit:,} allowed for one resume (Limits.max_text_chars)", path
        )
    basics = Basics(
        name=name, label=label, email=email, phone=phone, url=url,
        summary="\n".join(summary_lines) or None, location=location, profiles=profiles,
    )
    sections = tuple(section for section in writer.sections if section.name != "header" or section.end > section.start)
    document = Document(kind=KIND, lines=tuple(Line(line) for line in writer.lines), pages=1, sha256=sha256, path=path)
    # Profile.kind is what the rules judge by: a profile first read from a LinkedIn export or
    # LinkedIn page text (as our own output notes) is judged as that again.
    read_from = ((resume.get("meta") or {}).get("profilecheck") or {}).get("source_kind")
    kind = read_from if read_from in ("linkedin-pdf", "linkedin-text") else KIND
    from ..structure import _stated_years as stated_years  # "12+ years of experience", as in any resume

    return Profile(
        document=document,
        kind=kind,
        text=text,
        sections=sections,
        basics=basics,
        work=tuple(work),
        education=tuple(education),
        skills=tuple(skills),
        certificates=tuple(certificates),
        languages=tuple(languages),
        stated_years=stated_years(text),
    )


# ---------------------------------------------------------------- the other way: what no field holds

_TOKEN = re.compile(r"[^\W_]+")
_DATE_WORDS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august "
    "september october november december present current now today to until since till".split()
)
# Words a certification line uses to say it is not held yet ("Pursuing PMP, exam planned for
# 2027"): the certificate's status and expected date hold them.  "in progress" and "expected"
# are also the words this reader writes for it.
_STATUS_WORDS = frozenset(
    "in progress pursuing studying preparing for exam planned scheduled booked expected candidate "
    "currently application approved submitted panel review".split()
)


def _strings(value: Any):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def leftover_lines(profile: Profile, resume: dict, skip: tuple[str, ...] = ()) -> list[dict]:
    """The lines of the profile's text that no field of `resume` (its JSON Resume) holds, by
    section: a "Technologies: ..." line under a job, a block of skills in the header.  A line is
    held when each of its words (dates and bare numbers aside) is in some field.  Written to
    `meta.profilecheck.other_text`, they make reading the profile back lose nothing."""
    held = {word.lower() for text in _strings(resume) for word in _TOKEN.findall(text)}
    found: dict[str, list[str]] = {}
    text = profile.text
    for section in profile.sections:
        if section.name in skip:
            continue
        known = held | _STATUS_WORDS if section.name == "certifications" else held
        for line in text[section.start:section.end].split("\n"):
            words = [word.lower() for word in _TOKEN.findall(line)]
            if any(len(word) > 1 and word not in known and word not in _DATE_WORDS and not word.isdigit() for word in words):
                found.setdefault(section.name, []).append(" ".join(line.split()))
    return [{"section": name, "lines": lines} for name, lines in found.items()]


__all__ = ["read_json_resume", "profile_from_json_resume", "validate", "leftover_lines", "JsonResumeError", "KIND"]
