"""The one data model that flows through profilecheck.

Document (readers) -> Profile (structure) -> Facts (nlp) -> Findings/Score (rules, scoring) -> Report.
Every stage is a pure function of the previous one; all types here are frozen.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property
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
    months: Optional[int] = None  # how long a job written without dates lasted, when it says ("(2 years)")


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
class Signal:
    """One piece of evidence for a specialization: a phrase of its own ("cloud migration"), or an
    entry of another lexicon it counts ("ref:azure")."""

    id: str  # the specialization
    name: str
    weight: float
    key: str  # the phrase as matched, lower case, or "ref:<entry id>": one concept, one signal
    evidence: Evidence
    tokens: tuple[int, int]  # the matcher's token span: one span counts once, at its heaviest


@dataclass(frozen=True)
class Bullet:
    """One experience bullet, read once in the Facts stage."""

    text: str  # as the structure stage wrote it (Work.highlights)
    work: int  # index into Profile.work
    span: Optional[tuple[int, int]]  # the whole bullet in Profile.text; None when it cannot be found there
    evidence: Optional[Evidence]  # its first line, for findings
    metrics: tuple[Metric, ...] = ()  # the measured results in it


SPECIALIZATION_THRESHOLD = 3.0  # a specialization counts when its signals add up to this much
# Which occurrence is shown as evidence: experience first, then the summary ...
EVIDENCE_RANK = {"experience": 0, "summary": 1, "projects": 2, "header": 3, "text": 3, "awards": 4, "skills": 5, "certifications": 6}


def specialization_strengths(signals) -> list[tuple[float, str, Signal]]:
    """(strength, specialization id, strongest signal) for every specialization with a signal,
    strongest first.  Each signal counts at its weight, repeats of the same signal add half (two
    at most), and a stretch of text counts once, for its heaviest reading."""
    by_id: dict[str, list[Signal]] = {}
    for signal in signals:
        by_id.setdefault(signal.id, []).append(signal)
    scored: list[tuple[float, str, Signal]] = []
    for spec_id, found in by_id.items():
        if len(found) == 1:
            kept = found
        else:
            kept = []
            # The token spans counted so far (never empty) do not overlap, so in order of start
            # they are in order of end too, and only a new span's neighbours can overlap it (a
            # check against every span was quadratic: minutes on a 2M-character text).
            starts: list[int] = []
            ends: list[int] = []
            for signal in sorted(found, key=lambda item: -item.weight):
                start, end = signal.tokens
                index = bisect_left(starts, start)
                if (index > 0 and ends[index - 1] > start) or (index < len(starts) and starts[index] < end):
                    continue
                starts.insert(index, start)
                ends.insert(index, end)
                kept.append(signal)
        per_key: dict[str, list[float]] = {}
        for signal in kept:
            per_key.setdefault(signal.key, []).append(signal.weight)
        strength = 0.0
        for weights in per_key.values():
            strength += weights[0] + 0.5 * sum(weights[1:3])
        strongest = max(kept, key=lambda item: (item.weight, -EVIDENCE_RANK.get(item.evidence.section, 7), -item.evidence.start))
        scored.append((round(strength, 2), spec_id, strongest))
    scored.sort(key=lambda item: (-item[0], item[1]))
    return scored


def specializations_of(signals) -> tuple[Match, ...]:
    """The specializations whose signals reach the threshold, strongest first."""
    return tuple(
        Match(id=spec_id, name=signal.name, kind="specialization", evidence=signal.evidence)
        for strength, spec_id, signal in specialization_strengths(signals)
        if strength >= SPECIALIZATION_THRESHOLD
    )


@dataclass(frozen=True)
class Found:
    """What the lexicons found in part of a profile (Facts.within, Facts.in_section): one Match per
    entry (its first occurrence there), every weak phrase and buzzword, and the specializations
    that part alone signals."""

    certifications: tuple[Match, ...] = ()
    tools: tuple[Match, ...] = ()
    methodologies: tuple[Match, ...] = ()
    technical: tuple[Match, ...] = ()
    competencies: tuple[Match, ...] = ()
    soft: tuple[Match, ...] = ()
    weak_phrases: tuple[Match, ...] = ()  # every occurrence; category = the suggested verb
    buzzwords: tuple[Match, ...] = ()  # every occurrence
    signals: tuple[Signal, ...] = ()  # the specialization signals in that part

    @cached_property
    def specializations(self) -> tuple[Match, ...]:
        """The specializations this part alone signals, strongest first (worked out when asked)."""
        return specializations_of(self.signals)


_FOUND_FIELD = {
    "certification": "certifications", "tool": "tools", "methodology": "methodologies", "technical": "technical",
    "competency": "competencies", "soft": "soft", "weak_phrase": "weak_phrases", "buzzword": "buzzwords",
}


def found_in(hits, signals) -> Found:
    """A Found from occurrences in text order (one Match per entry; every weak phrase and buzzword)."""
    fields: dict[str, list[Match]] = {name: [] for name in _FOUND_FIELD.values()}
    seen: set[tuple[str, str]] = set()
    for hit in hits:
        name = _FOUND_FIELD.get(hit.kind)
        if name is None:
            continue
        if hit.kind not in ("weak_phrase", "buzzword"):
            if (hit.kind, hit.id) in seen:
                continue
            seen.add((hit.kind, hit.id))
        fields[name].append(hit)
    return Found(signals=tuple(signals), **{name: tuple(items) for name, items in fields.items()})


@dataclass(frozen=True)
class Facts:
    as_of: date
    years_of_experience: Optional[float]
    years_basis: Optional[str]  # "dates", "stated", "durations" or None
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
    # What the rules query: every occurrence the matcher kept, in text order (the fields above hold
    # the best one per entry), the specialization signals, the bullets, and where the headline is.
    hits: tuple[Match, ...] = ()
    signals: tuple[Signal, ...] = ()
    bullets: tuple[Bullet, ...] = ()
    headline: Optional[Evidence] = None  # the headline's place in Profile.text, when it is there

    def within(self, span: tuple[int, int], *more: tuple[int, int]) -> Found:
        """What was found inside the span(s) of Profile.text, e.g. facts.within(bullet.span)."""
        return found_in(_inside(self.hits, self._hit_starts, (span, *more)), _inside(self.signals, self._signal_starts, (span, *more)))

    def in_section(self, name: str) -> Found:
        """What was found in one section, e.g. facts.in_section("summary")."""
        return found_in(
            (hit for hit in self.hits if hit.evidence.section == name),
            [signal for signal in self.signals if signal.evidence.section == name],
        )

    @cached_property
    def _hit_starts(self) -> tuple[list[int], list[int]]:
        return _by_start(self.hits)

    @cached_property
    def _signal_starts(self) -> tuple[list[int], list[int]]:
        return _by_start(self.signals)


def _by_start(items) -> tuple[list[int], list[int]]:
    """(starts in order, the index of each) for finding the items of a span by bisection."""
    order = sorted(range(len(items)), key=lambda index: items[index].evidence.start)
    return [items[index].evidence.start for index in order], order


def _inside(items, index: tuple[list[int], list[int]], spans) -> list:
    """The items whose evidence lies inside one of the spans, in their own order."""
    starts, order = index
    picked: set[int] = set()
    for start, end in spans:
        for position in range(bisect_left(starts, start), bisect_left(starts, end)):
            item = order[position]
            if items[item].evidence.end <= end:
                picked.add(item)
    return [items[item] for item in sorted(picked)]


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
    """One rule's verdict on one section: every place it applies there, in the order the rule
    found them (none when the finding is about something missing), and for each place the advice
    that differs from place to place (a rewrite), or ""."""

    code: str
    name: str
    level: str  # error | warning | info
    category: str
    message: str
    suggestion: str
    evidence: tuple[Evidence, ...] = ()  # one Evidence or None is accepted and made a tuple
    notes: tuple[str, ...] = ()  # one per place in `evidence`, or none at all

    def __post_init__(self) -> None:
        places = self.evidence
        if places is None or isinstance(places, Evidence):
            object.__setattr__(self, "evidence", () if places is None else (places,))
        elif not isinstance(places, tuple):
            object.__setattr__(self, "evidence", tuple(places))
        if self.notes and len(self.notes) != len(self.evidence):
            raise ValueError(f"finding {self.code}: {len(self.notes)} notes for {len(self.evidence)} places")

    @property
    def first(self) -> Optional[Evidence]:
        """The first place, or None."""
        return self.evidence[0] if self.evidence else None


@dataclass(frozen=True)
class CategoryScore:
    score: int
    why: str


@dataclass(frozen=True)
class Score:
    overall: int
    categories: dict  # name -> CategoryScore (a dict for JSON; never mutated after build)
    enough: bool = True  # False: too little text to judge; the verdict says so


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
