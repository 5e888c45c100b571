"""Education entries, listed certificates, skills and languages."""
from __future__ import annotations

import re
from typing import Optional

from ..models import Certificate, Education, LanguageSkill, SkillGroup
from .dates import SINGLE_RE, find_range, find_single_date

INSTITUTION_RE = re.compile(
    r"\b(?:university|universidad|universität|université|college|institute|institut|school|academy|"
    r"polytechnic|politecnico|conservatory|univ\.)\b",
    re.IGNORECASE,
)
DEGREE_RE = re.compile(
    r"\b(?:bachelor(?:'s|’s)?|master(?:'s|’s)?|doctor(?:ate)?|ph\.?\s?d\.?|mba|m\.?b\.?a\.?|b\.?\s?sc?\.?|m\.?\s?sc?\.?|"
    r"b\.?a\.?|m\.?a\.?|b\.?eng\.?|m\.?eng\.?|b\.?tech|m\.?tech|associate(?:'s|’s)? degree|associate of|a\.?a\.?s\.?|"
    r"diploma|higher national diploma|hnd|bs|ms|ba|ma|bsc|msc|beng|meng|btech|mtech)\b",
    re.IGNORECASE,
)
AREA_RE = re.compile(r"\b(?:in|of)\s+(?!Science\b|Arts\b|Business Administration\b)([A-Z][\w&/ -]+?)(?=\s*(?:[,|(–—-]|$))")
ISSUERS = {
    "pmi": "PMI", "project management institute": "PMI", "axelos": "AXELOS", "peoplecert": "PeopleCert",
    "scrum alliance": "Scrum Alliance", "scrum.org": "Scrum.org", "scaled agile": "Scaled Agile",
    "isc2": "ISC2", "(isc)²": "ISC2", "(isc)2": "ISC2", "isaca": "ISACA", "comptia": "CompTIA",
    "cisco": "Cisco", "amazon web services": "Amazon Web Services", "aws": "Amazon Web Services",
    "microsoft": "Microsoft", "google": "Google", "iaspm": "IASPM", "asq": "ASQ", "iassc": "IASSC",
    "the open group": "The Open Group", "ec-council": "EC-Council",
}
_ISSUER_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(key) for key in sorted(ISSUERS, key=len, reverse=True)) + r")(?!\w)",
    re.IGNORECASE,
)
_LIST_SPLIT = re.compile(r"\s*(?:,|;|\||·|•|\t|\s{3,})\s*")
FLUENCY_RE = re.compile(
    r"\b(?:native(?: or bilingual)?(?: proficiency)?|bilingual|fluent|full professional(?: proficiency)?|"
    r"professional working(?: proficiency)?|limited working(?: proficiency)?|elementary(?: proficiency)?|"
    r"conversational|intermediate|advanced|basic|beginner|mother tongue|[ABC][12])\b",
    re.IGNORECASE,
)


def parse_education(lines: list[str]) -> tuple[Education, ...]:
    """Group lines into entries: a new entry starts at a line naming an institution or a degree
    when the current entry already has that part."""
    entries: list[dict] = []
    current: dict = {}
    for raw in lines:
        text = raw.lstrip("• ").strip()
        if not text:
            continue
        institution = _institution_in(text)
        degree = DEGREE_RE.search(text)
        starts_new = (institution and current.get("institution")) or (
            degree and current.get("studyType") and not institution
        )
        if starts_new:
            entries.append(current)
            current = {}
        if institution and not current.get("institution"):
            current["institution"] = institution
        if degree and not current.get("studyType"):
            current["studyType"] = _degree_phrase(text, degree)
            area = AREA_RE.search(text[degree.start():])
            if area and not INSTITUTION_RE.search(area.group(1)):
                current["area"] = area.group(1).strip()
        found = find_range(text)
        if found:
            current["startDate"] = found.start.iso()
            current["endDate"] = None if found.current else found.end.iso()
        elif "endDate" not in current:
            single = find_single_date(text)
            if single:
                current["endDate"] = single[0].iso()
    if current:
        entries.append(current)
    return tuple(Education(**entry) for entry in entries if entry.get("institution") or entry.get("studyType"))


def _institution_in(text: str) -> Optional[str]:
    if not INSTITUTION_RE.search(text):
        return None
    for piece in re.split(r"\s*(?:\||·|—|–|,\s+(?=\d)|\s-\s|\t|\s{3,})\s*", text):
        if DEGREE_RE.search(piece) and "," in piece:
            # "B.Sc. in Computing, Boston University": the institution is the comma part naming one
            piece = next((part for part in piece.split(",") if INSTITUTION_RE.search(part)), piece)
        if INSTITUTION_RE.search(piece):
            return SINGLE_RE.sub("", piece).strip(" ,()-–")
    return None


def _degree_phrase(text: str, degree: re.Match) -> str:
    """The degree as written: "Bachelor of Science", "MBA", "M.Sc."."""
    tail = text[degree.start():]
    phrase = re.match(r"[^,|·—–(\t]+", tail).group(0).strip()
    phrase = re.split(r"\s+in\s+|\s+-\s+", phrase)[0]
    if INSTITUTION_RE.search(phrase):
        phrase = degree.group(0)
    return SINGLE_RE.sub("", phrase).strip(" ,")


def parse_certificates(lines: list[str]) -> tuple[Certificate, ...]:
    certificates: list[Certificate] = []
    for raw in lines:
        text = raw.lstrip("• ").strip()
        if not text or len(text) > 160:
            continue
        lowered = text.lower()
        if lowered.startswith(("issued", "credential id", "expires", "expired")) and certificates:
            single = find_single_date(text)
            last = certificates[-1]
            if single and last.date is None:
                certificates[-1] = Certificate(last.name, last.issuer, single[0].iso())
            continue
        issuer_match = _ISSUER_RE.search(text)
        if certificates and issuer_match and issuer_match.start() == 0 and certificates[-1].issuer is None and len(text.split()) <= 6 and not re.search(r"\d", text):
            last = certificates[-1]
            certificates[-1] = Certificate(last.name, ISSUERS[issuer_match.group(0).lower()], last.date)
            continue
        date = None
        single = find_single_date(text)
        name = text
        if single:
            date = single[0].iso()
            name = (text[: single[1][0]] + text[single[1][1]:])
        name = re.sub(r"\((?:\s*)\)|\bissued\b|\bcertified\b\s*$", "", name, flags=re.IGNORECASE)
        pieces = [piece.strip(" ,()-–—|·") for piece in re.split(r"\s+[—–|·-]\s+|,\s+|\s+\(", name) if piece.strip(" ,()-–—|·")]
        if not pieces:
            continue
        issuer = None
        if len(pieces) > 1 and _ISSUER_RE.fullmatch(pieces[-1].strip()):
            issuer = ISSUERS[pieces[-1].strip().lower()]
            pieces = pieces[:-1]
        elif issuer_match:
            issuer = ISSUERS[issuer_match.group(0).lower()]
        certificates.append(Certificate(" ".join(pieces[:1]) if len(pieces) > 1 and issuer else ", ".join(pieces), issuer, date))
    return tuple(certificates)


def parse_skills(lines: list[str], group_name: str = "Skills") -> tuple[SkillGroup, ...]:
    groups: list[SkillGroup] = []
    loose: list[str] = []
    for raw in lines:
        text = raw.lstrip("• ").strip()
        if not text:
            continue
        label, sep, rest = text.partition(":")
        if sep and rest.strip() and len(label.split()) <= 5:
            groups.append(SkillGroup(label.strip(), _split_list(rest)))
        else:
            loose.extend(_split_list(text))
    if loose:
        groups.insert(0, SkillGroup(group_name, tuple(dict.fromkeys(loose))))
    return tuple(groups)


def _split_list(text: str) -> tuple[str, ...]:
    items = [item.strip(" .") for item in _LIST_SPLIT.split(text)]
    return tuple(item for item in items if item and len(item) <= 80)


def parse_languages(lines: list[str]) -> tuple[LanguageSkill, ...]:
    languages: list[LanguageSkill] = []
    for raw in lines:
        text = raw.lstrip("• ").strip()
        for item in re.split(r"\s*(?:,|;|\||·)\s*(?![^()]*\))", text):
            item = item.strip()
            if not item:
                continue
            fluency = FLUENCY_RE.search(item)
            name = re.split(r"\s*[(:–—-]\s*", item)[0].strip()
            if not name or not name[0].isupper() or len(name.split()) > 3:
                continue
            if fluency and FLUENCY_RE.fullmatch(name):
                continue
            languages.append(LanguageSkill(name, fluency.group(0) if fluency else None))
    return tuple(languages)
