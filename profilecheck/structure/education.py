"""Education entries, listed certificates, skills and languages."""
from __future__ import annotations

import re
from functools import cache
from typing import Optional

from ..lexicon import cue_pattern
from ..models import Certificate, Education, LanguageSkill, SkillGroup
from .contact import parse_location
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
    "the open group": "The Open Group", "ec-council": "EC-Council", "sap": "SAP", "servicenow": "ServiceNow",
    "coursera": "Coursera", "edx": "edX", "udemy": "Udemy", "linkedin learning": "LinkedIn Learning",
    "prosci": "Prosci", "iiba": "IIBA", "scrum inc": "Scrum Inc.",
}
_ISSUER_ALTERNATIVES = "|".join(re.escape(key) for key in sorted(ISSUERS, key=len, reverse=True))
_ISSUER_RE = re.compile(r"\b(?:" + _ISSUER_ALTERNATIVES + r")(?!\w)", re.IGNORECASE)
_ISSUER_TAIL_RE = re.compile(
    r"(?:\s+[—–|·-]\s+|,\s*|\s*\()\s*(" + _ISSUER_ALTERNATIVES + r")\s*\)?\s*[,.;]?\s*$", re.IGNORECASE
)
_LIST_SPLIT = re.compile(r"\s*(?:,|;|\||·|•|\t|\s{3,})\s*")
FLUENCY_RE = re.compile(
    r"\b(?:native(?: or bilingual)?(?: proficiency)?|bilingual|fluent|full professional(?: proficiency)?|"
    r"professional working(?: proficiency)?|limited working(?: proficiency)?|elementary(?: proficiency)?|"
    r"conversational|intermediate|advanced|basic|beginner|mother tongue|[ABC][12])\b",
    re.IGNORECASE,
)


@cache
def _study_words() -> re.Pattern:
    return re.compile(rf"\b(?:{cue_pattern('study-words')})\b", re.IGNORECASE)


# "Master" in a job's title is no master's degree: "Scrum Master", "Webmaster"; a certificate's
# name ("Certified Scrum Master", "Professional Scrum Master") is a study's all the same
_MASTER_TITLE_RE = re.compile(r"(?<!certified )(?<!professional )\b(?:scrum|web)\s*master\b", re.IGNORECASE)


def names_a_study(text: str) -> bool:
    """The line names a degree, a school or a study's word ("faculty", "thesis", "GPA"): its dates
    are no job's (lexicons/cue_words.toml `study-words`)."""
    degree = DEGREE_RE.search(_MASTER_TITLE_RE.sub(" ", text)) if "aster" in text.lower() else DEGREE_RE.search(text)
    return bool(degree or INSTITUTION_RE.search(text) or _study_words().search(text))


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
            phrase, phrase_end = _degree_phrase(text, degree)
            current["studyType"] = phrase
            tail = text[phrase_end:]
            area = AREA_RE.match(tail.lstrip(" ,")) if tail.lstrip(" ,").startswith(("in ", "of ")) else None
            area_text = area.group(1) if area else _area_after_comma(tail)
            if area_text and not INSTITUTION_RE.search(area_text):
                cleaned = SINGLE_RE.sub("", area_text).strip(" ,·()-–")
                if cleaned:
                    current["area"] = cleaned
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


def _area_after_comma(tail: str) -> Optional[str]:
    """LinkedIn writes "Bachelor of Science - BS, Information Systems" and people write
    "Bachelor's Degree, Business Administration" or "BSc (Hons) Computer Networks"."""
    match = re.match(r"\s*(?:,\s*|\s+)([A-Z][\w&/ -]+?)(?=\s*(?:[,|·(–—]|\s-\s|$))", tail)
    if not match or DEGREE_RE.fullmatch(match.group(1).strip()):
        return None
    return match.group(1)


def _institution_in(text: str) -> Optional[str]:
    if not INSTITUTION_RE.search(text):
        return None
    for piece in re.split(r"\s*(?:\||·|—|–|,\s+(?=\d)|\s-\s|\t|\s{3,})\s*", text):
        if DEGREE_RE.search(piece) and "," in piece:
            # "B.Sc. in Computing, Boston University": the institution is the comma part naming one
            piece = next((part for part in piece.split(",") if INSTITUTION_RE.search(part)), piece)
        if INSTITUTION_RE.search(piece):
            piece = SINGLE_RE.sub("", piece).strip(" ,()-–")
            # "Riverbend Technical College, Dayton, OH": the place is not part of the name
            parts = piece.split(", ")
            for cut in range(1, len(parts)):
                if INSTITUTION_RE.search(", ".join(parts[:cut])) and parse_location(", ".join(parts[cut:])):
                    return ", ".join(parts[:cut])
            return piece
    return None


LONG_DEGREE_RE = re.compile(
    r"(?:bachelor|master|doctor|associate)(?:'s|’s)?"
    r"(?:\s+of\s+(?:applied\s+)?(?:science|arts|engineering|business administration|fine arts|technology|laws|philosophy|education|commerce))?"
    r"(?:\s+degree)?",
    re.IGNORECASE,
)


def _degree_phrase(text: str, degree: re.Match) -> tuple[str, int]:
    """The degree as written ("Bachelor of Science", "MBA", "BSc (Hons)") and where it ends."""
    long_form = LONG_DEGREE_RE.match(text, degree.start())
    end = long_form.end() if long_form and long_form.end() > degree.end() else degree.end()
    if text[end:end + 1] == "." and not long_form:
        end += 1
    honours = re.match(r"\s*\((?:hons?|honours|honors)\)", text[end:], re.IGNORECASE)
    if honours:
        end += honours.end()
    # LinkedIn adds the abbreviation: "Bachelor of Science - BS"
    abbreviation = re.match(r"\s*-\s*[A-Z][A-Za-z.]{1,5}\b", text[end:])
    phrase = text[degree.start():end].strip()
    if abbreviation:
        end += abbreviation.end()
    return phrase, end


# Words that start the second line of a list item wrapped in a narrow column
# ("Project Management" / "Professional (PMP)", "Microsoft Certified: Azure" / "Administrator Associate").
_CONTINUATION_START = re.compile(
    r"^(?:\(|\d{4}\)?$|(?:management|professional|associate|administrator|practitioner|foundation|expert|"
    r"specialist|analyst|manager|master|owner|engineer|architect|security|systems|fundamentals|"
    r"certified|certification|certificate|level|essentials|leader|consultant|auditor|and|of|for|in|&)\b)",
    re.IGNORECASE,
)
_ITEM_FINISHED = re.compile(r"(?:\)|\b(?:19|20)\d\d|[.;,])\s*$")


def join_wrapped_items(lines: list[str]) -> list[str]:
    """Rejoin list items that a narrow column wrapped onto two lines."""
    joined: list[str] = []
    for raw in lines:
        text = raw.strip()
        if not text:
            continue
        if (
            joined
            and not text.startswith("•")
            and not _ITEM_FINISHED.search(joined[-1])
            and (_CONTINUATION_START.match(text) or joined[-1].endswith((" and", " of", " for", "&", "-", "–", ":")))
        ):
            joined[-1] = f"{joined[-1]} {text}"
        else:
            joined.append(text)
    return joined


_CERT_WORDS = re.compile(
    r"certif|\+|professional|foundation|practitioner|associate|master|expert|specialist|fundamentals|\(|\d",
    re.IGNORECASE,
)
_STATUS_TAIL = re.compile(
    r"[\s,;–—(-]*\b(?:in progress|studying|pursuing|expected|exam (?:booked|planned|scheduled)|planned|"
    r"candidate|preparing|currently|application (?:approved|submitted)|panel review)\b.*$",
    re.IGNORECASE,
)


def _balanced(text: str) -> str:
    """Trim a piece without losing the closing bracket of "(CSM)"."""
    text = text.strip()
    while text.startswith("(") and text.count("(") > text.count(")"):
        text = text[1:].strip()
    while text.endswith(")") and text.count(")") > text.count("("):
        text = text[:-1].strip()
    if text.count("(") > text.count(")"):
        text += ")"
    return text


def _is_issuer_line(text: str) -> bool:
    match = _ISSUER_RE.match(text)
    return bool(match) and not _CERT_WORDS.search(text[match.end():]) and len(text.split()) <= 6


def parse_certificates(lines: list[str]) -> tuple[Certificate, ...]:
    certificates: list[Certificate] = []
    for raw in join_wrapped_items(lines):
        text = raw.lstrip("• ").strip()
        if not text or len(text) > 160:
            continue
        lowered = text.lower()
        if lowered.startswith(("issued", "credential id", "expires", "expired", "show credential")):
            single = find_single_date(text)
            last = certificates[-1] if certificates else None
            if last and single and last.date is None and lowered.startswith("issued"):
                certificates[-1] = Certificate(last.name, last.issuer, single[0].iso())
            continue
        if certificates and _is_issuer_line(text):
            last = certificates[-1]
            issuer = ISSUERS[_ISSUER_RE.match(text).group(0).lower()]
            if last.issuer in (None, issuer) and last.date is None:
                certificates[-1] = Certificate(last.name, issuer, last.date)
                continue
        date = None
        single = find_single_date(text)
        if single:
            date = single[0].iso()
            text = text[: single[1][0]] + text[single[1][1]:]
        text = re.sub(r"^(?:pursuing|studying for|preparing for)\s+", "", text, flags=re.IGNORECASE)
        cut = _STATUS_TAIL.sub("", text)
        if cut != text and cut.strip(" ,()-–—"):
            text, date = cut, None  # a date after "expected" is not an issue date
        text = re.sub(r"[,\s]+\)", ")", text)  # "(Coursera, 2025)" without its date
        text = re.sub(r"\(\s*\)|\bissued\b", "", text, flags=re.IGNORECASE).strip(" ,;-–—|·")
        issuer = None
        # The issuer is the last part after a separator ("— Scrum Alliance", ", PMI", "(Coursera)")
        tail = _ISSUER_TAIL_RE.search(text)
        if tail and tail.start() > 0:
            issuer = ISSUERS[tail.group(1).lower()]
            text = text[: tail.start()]
        else:
            found = _ISSUER_RE.search(text)
            if found:
                issuer = ISSUERS[found.group(0).lower()]
        name = _balanced(text.strip(" ,;-–—|·:"))
        if not name.strip("()"):
            continue
        certificates.append(Certificate(name, issuer, date))
    return tuple(certificates)


def parse_skills(lines: list[str], group_name: str = "Skills") -> tuple[SkillGroup, ...]:
    groups: list[SkillGroup] = []
    loose: list[str] = []
    for raw in join_wrapped_items(lines):
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
