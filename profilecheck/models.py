"""The one data model that flows through profilecheck.

Document (readers) -> Profile (structure) -> Facts (nlp) -> Findings/Score (rules, scoring) -> Report.
Every stage is a pure function of the previous one; all types here are frozen.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Optional

from .definitions import JOB_MATCH_TARGET

# ---------------------------------------------------------------- reading


@dataclass(frozen=True)
class Word:
    """One word as a PDF engine sees it; coordinates in points, origin top-left."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float = 0.0
    bold: bool = False


@dataclass(frozen=True)
class PageWords:
    number: int  # 1-based
    width: float
    height: float
    words: tuple[Word, ...]


@dataclass(frozen=True)
class Line:
    """One line of text in reading order.

    `region` tells where in the file the line lives: body, table, header, footer, textbox,
    sidebar (the narrow column of a two-column layout).  `size` is the median font size in
    points when the format has one, `bold` is true when most of the line is bold.  `y` is the
    baseline in points from the top of its page and `x0`/`x1` its left and right edges (PDF
    only; 0 elsewhere): line spacing tells a wrapped line from the start of the next entry.
    """

    text: str
    page: int = 1
    size: float = 0.0
    bold: bool = False
    region: str = "body"
    column: int = 0
    y: float = 0.0
    x0: float = 0.0
    x1: float = 0.0


@dataclass(frozen=True)
class Document:
    """What a reader produced: text lines in reading order plus facts about the source."""

    kind: str  # pdf, docx, text (the structure stage may refine to linkedin-pdf / linkedin-text)
    lines: tuple[Line, ...]
    pages: int
    sha256: str
    path: Optional[str] = None
    warnings: tuple[str, ...] = ()
    body_size: float = 0.0  # the most common font size, to tell headings apart

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    @property
    def characters(self) -> int:
        return len(self.text)


# ---------------------------------------------------------------- structure


@dataclass(frozen=True)
class Section:
    """A run of lines under one heading.  Offsets index into Profile.text."""

    name: str  # canonical: header, summary, experience, education, certifications, skills, ...
    heading: str  # the heading as written ("" for the untitled top of the document)
    start: int  # character offset of the first body character
    end: int
    first_line: int  # index into Document.lines
    last_line: int  # exclusive


@dataclass(frozen=True)
class Location:
    city: Optional[str] = None
    region: Optional[str] = None
    countryCode: Optional[str] = None
    address: Optional[str] = None  # as written, when it could not be split


@dataclass(frozen=True)
class SocialProfile:
    network: str
    username: Optional[str]
    url: str


@dataclass(frozen=True)
class Basics:
    name: Optional[str] = None
    label: Optional[str] = None  # the headline
    email: Optional[str] = None
    phone: Optional[str] = None
    url: Optional[str] = None
    summary: Optional[str] = None
    location: Location = field(default_factory=Location)
    profiles: tuple[SocialProfile, ...] = ()


@dataclass(frozen=True)
class Work:
    name: Optional[str] = None  # employer
    position: Optional[str] = None
    location: Optional[str] = None
    startDate: Optional[str] = None  # "YYYY-MM" or "YYYY"
    endDate: Optional[str] = None  # None for a current role
    current: bool = False
    summary: Optional[str] = None
    highlights: tuple[str, ...] = ()
    span: tuple[int, int] = (0, 0)  # offsets of the whole entry in Profile.text


@dataclass(frozen=True)
class Education:
    institution: Optional[str] = None
    area: Optional[str] = None
    studyType: Optional[str] = None
    startDate: Optional[str] = None
    endDate: Optional[str] = None


@dataclass(frozen=True)
class SkillGroup:
    name: str
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class Certificate:
    name: str
    issuer: Optional[str] = None
    date: Optional[str] = None


@dataclass(frozen=True)
class LanguageSkill:
    language: str
    fluency: Optional[str] = None


@dataclass(frozen=True)
class Profile:
    """The structured reading of a Document, in JSON Resume shape, plus where each part came from."""

    document: Document
    kind: str  # refined source kind
    text: str
    sections: tuple[Section, ...]
    basics: Basics
    work: tuple[Work, ...] = ()
    education: tuple[Education, ...] = ()
    skills: tuple[SkillGroup, ...] = ()
    certificates: tuple[Certificate, ...] = ()
    languages: tuple[LanguageSkill, ...] = ()
    stated_years: Optional[float] = None  # "12+ years of experience" written in the text

    def section(self, name: str) -> Optional[Section]:
        for section in self.sections:
            if section.name == name:
                return section
        return None

    def section_text(self, name: str) -> str:
        section = self.section(name)
        return self.text[section.start:section.end] if section else ""

    def section_at(self, offset: int) -> str:
        for section in self.sections:
            if section.start <= offset < max(section.end, section.start + 1):
                return section.name
        return "header"


# ---------------------------------------------------------------- facts


@dataclass(frozen=True)
class Evidence:
    section: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Metric:
    kind: str  # money | percent | team_size | duration | count
    value: float
    unit: Optional[str] = None


@dataclass(frozen=True)
class Match:
    """One lexicon entry found in the profile."""

    id: str
    name: str
    kind: str  # certification, tool, methodology, technical, competency, soft, specialization
    evidence: Evidence
    status: Optional[str] = None  # certifications: held | in_progress
    category: Optional[str] = None


@dataclass(frozen=True)
class Achievement:
    text: str
    metrics: tuple[Metric, ...]
    evidence: Evidence


@dataclass(frozen=True)
class Facts:
    as_of: date
    years_of_experience: Optional[float]
    years_basis: Optional[str]  # "dates", "stated" or None
    level: Optional[str] = None
    is_project_manager: Optional[bool] = None
    specializations: tuple[Match, ...] = ()
    certifications: tuple[Match, ...] = ()
    tools: tuple[Match, ...] = ()
    methodologies: tuple[Match, ...] = ()
    technical: tuple[Match, ...] = ()
    competencies: tuple[Match, ...] = ()
    soft: tuple[Match, ...] = ()
    achievements: tuple[Achievement, ...] = ()
    pm_years: Optional[float] = None  # years in project-management roles, from their dates


# ---------------------------------------------------------------- judgement


@dataclass(frozen=True)
class JobMatch:
    """A profile against a job posting (jobmatch.py): the share of the posting's keywords shown."""

    match_rate: float
    matched: dict = field(default_factory=dict)  # group -> [names]
    missing: dict = field(default_factory=dict)
    variants: tuple = ()  # ({"posting": ..., "resume": ...}, ...)
    target: int = JOB_MATCH_TARGET

    def to_json(self) -> dict:
        return {
            "match_rate": self.match_rate,
            "target": self.target,
            "matched": {key: list(value) for key, value in self.matched.items()},
            "missing": {key: list(value) for key, value in self.missing.items()},
            "variants": [dict(item) for item in self.variants],
        }


@dataclass(frozen=True)
class Finding:
    code: str
    name: str
    level: str  # error | warning | info
    category: str
    message: str
    suggestion: str
    evidence: Optional[Evidence] = None


@dataclass(frozen=True)
class CategoryScore:
    score: int
    why: str


@dataclass(frozen=True)
class Score:
    overall: int
    categories: dict  # name -> CategoryScore (a dict for JSON; never mutated after build)


@dataclass(frozen=True)
class SourceInfo:
    path: Optional[str]
    kind: str
    pages: int
    characters: int
    sha256: str
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Report:
    source: SourceInfo
    profile: Profile
    facts: Facts
    findings: tuple[Finding, ...] = ()
    score: Optional[Score] = None
    rewrites: dict = field(default_factory=dict)
    job_match: Optional[dict] = None
