"""Report -> the JSON contract (schema_version 1, documented in docs/json-schema.md)."""
from __future__ import annotations

import dataclasses
from typing import Any, Optional

from . import __version__
from .models import Achievement, Evidence, Facts, Finding, Match, Profile, Report

SCHEMA_VERSION = "1"


def _drop_none(mapping: dict) -> dict:
    return {key: value for key, value in mapping.items() if value not in (None, "", [], {})}


# Sections the structure stage keeps as text only, written out as the JSON Resume section of the
# same meaning, one entry per item, so that reading the profile back loses nothing.
_TEXT_SECTIONS = (
    ("projects", "projects", "description"),
    ("awards", "awards", "title"),
    ("publications", "publications", "name"),
    ("volunteering", "volunteer", "summary"),
    ("interests", "interests", "name"),
    ("references", "references", "reference"),
)


def _section_items(profile: Profile, name: str) -> list[str]:
    """The items of every section called `name`: its lines, wrapped ones joined, bullets off."""
    lines = [line for section in profile.sections if section.name == name for line in profile.text[section.start:section.end].split("\n")]
    if not lines:
        return []
    from .structure.education import join_wrapped_items

    return [text for text in (item.lstrip("•").strip() for item in join_wrapped_items(lines)) if text]


def _in_progress(profile: Profile, facts: Optional[Facts]) -> dict[str, Optional[str]]:
    """Certificate name -> the date it is expected ("YYYY-MM", "YYYY" or None), for those the
    certifications section says are not held yet ("Pursuing CAPM, exam planned for February
    2027").  JSON Resume has no field for that: the certificate gets `status` and `expected`."""
    if facts is None:
        return {}
    text = profile.text
    pending: dict[str, Optional[str]] = {}
    for item in facts.certifications:
        section = next((part for part in profile.sections if part.start <= item.evidence.start < part.end), None)
        if item.status != "in_progress" or section is None or section.name != "certifications":
            continue
        # imported here: most reports (and every lone headline) have nothing in progress
        from .structure.dates import find_single_date
        from .structure.education import join_wrapped_items

        start = text.rfind("\n", 0, item.evidence.start) + 1
        # The item's line and the next, which may continue it ("exam planned for" / "2027")
        line = join_wrapped_items(text[start:section.end].split("\n")[:2])[0]
        found = find_single_date(line[item.evidence.end - start:])
        needle = item.evidence.text.lower()
        for certificate in profile.certificates:
            if needle in certificate.name.lower() and certificate.name not in pending:
                pending[certificate.name] = found[0].iso() if found else None
                break
    return pending


def _certificate(item, pending: dict[str, Optional[str]]) -> dict:
    found = _drop_none(dataclasses.asdict(item))
    if item.name in pending:
        found["status"] = "in_progress"
        if pending[item.name]:
            found["expected"] = pending[item.name]
    return found


def json_resume(profile: Profile, facts: Optional[Facts] = None) -> dict:
    """The profile as a JSON Resume 1.0.0 object.  With the facts, a certificate not held yet has
    `status` "in_progress" and, when the resume gives one, the date it is `expected`; a profile
    read from LinkedIn says so in `meta.profilecheck.source_kind`."""
    pending = _in_progress(profile, facts)
    basics = profile.basics
    location = _drop_none(
        {
            "address": basics.location.address,
            "city": basics.location.city,
            "region": basics.location.region,
            "countryCode": basics.location.countryCode,
        }
    )
    resume = {
        "basics": _drop_none(
            {
                "name": basics.name,
                "label": basics.label,
                "email": basics.email,
                "phone": basics.phone,
                "url": basics.url,
                "summary": basics.summary,
                "location": location,
                "profiles": [_drop_none(dataclasses.asdict(item)) for item in basics.profiles],
            }
        ),
        "work": [
            _drop_none(
                {
                    "name": work.name,
                    "position": work.position,
                    "location": work.location,
                    "startDate": work.startDate,
                    "endDate": work.endDate,
                    "summary": work.summary,
                    "highlights": list(work.highlights),
                    # ours (JSON Resume has no field for them): a role written without dates
                    # says whether it is current ("( now)") and how long it lasted ("(2 years)")
                    "current": True if work.current and not work.startDate else None,
                    "months": work.months,
                }
            )
            for work in profile.work
        ],
        "education": [_drop_none(dataclasses.asdict(item)) for item in profile.education],
        "skills": [{"name": group.name, "keywords": list(group.keywords)} for group in profile.skills],
        "certificates": [_certificate(item, pending) for item in profile.certificates],
        "languages": [_drop_none(dataclasses.asdict(item)) for item in profile.languages],
        **{
            key: [{field: item} for item in items]
            for name, key, field in _TEXT_SECTIONS
            if (items := _section_items(profile, name))
        },
    }
    # What JSON Resume has no field for, so that reading the profile back loses nothing: a LinkedIn
    # source (judged as LinkedIn: no phone asked for ...), and the lines no field holds.
    from .readers.jsonresume import leftover_lines

    note: dict = {"source_kind": profile.kind} if profile.kind.startswith("linkedin") else {}
    other = leftover_lines(profile, resume, skip=tuple(name for name, _, _ in _TEXT_SECTIONS))
    if other:
        note["other_text"] = other
    if note:
        resume["meta"] = {"profilecheck": note}
    return resume


def evidence_json(evidence: Optional[Evidence]) -> Optional[dict]:
    return dataclasses.asdict(evidence) if evidence else None


def match_json(match: Match) -> dict:
    item: dict[str, Any] = {"id": match.id, "name": match.name}
    if match.status:
        item["status"] = match.status
    if match.category:
        item["category"] = match.category
    item["evidence"] = evidence_json(match.evidence)
    return item


def achievement_json(achievement: Achievement) -> dict:
    return {
        "text": achievement.text,
        "metrics": [dataclasses.asdict(metric) for metric in achievement.metrics],
        "evidence": evidence_json(achievement.evidence),
    }


def facts_json(facts: Facts) -> dict:
    return {
        "as_of": facts.as_of.isoformat(),
        "years_of_experience": facts.years_of_experience,
        "years_basis": facts.years_basis,
        "pm_years": facts.pm_years,
        "level": facts.level,
        "is_project_manager": facts.is_project_manager,
        "specializations": [match_json(item) for item in facts.specializations],
        "certifications": [match_json(item) for item in facts.certifications],
        "tools": [match_json(item) for item in facts.tools],
        "methodologies": [match_json(item) for item in facts.methodologies],
        "skills": {
            "technical": [match_json(item) for item in facts.technical],
            "competencies": [match_json(item) for item in facts.competencies],
            "soft": [match_json(item) for item in facts.soft],
        },
        "achievements": [achievement_json(item) for item in facts.achievements],
    }


def finding_json(finding: Finding) -> dict:
    places = []
    for index, place in enumerate(finding.evidence):
        item = dataclasses.asdict(place)
        if finding.notes and finding.notes[index]:
            item["note"] = finding.notes[index]
        places.append(item)
    return {
        "code": finding.code,
        "name": finding.name,
        "level": finding.level,
        "category": finding.category,
        "message": finding.message,
        "suggestion": finding.suggestion,
        "evidence": evidence_json(finding.first),
        "all_evidence": places,
    }


def report_json(report: Report) -> dict:
    source = report.source
    score = report.score
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "profilecheck", "version": __version__},
        "source": {
            "path": source.path,
            "kind": source.kind,
            "pages": source.pages,
            "characters": source.characters,
            "sha256": source.sha256,
            "warnings": list(source.warnings),
        },
        "job_match": report.job_match,  # with --job, what the person came for: first after the source
        "profile": json_resume(report.profile, report.facts),
        "facts": facts_json(report.facts),
        "score": None
        if score is None
        else {
            "overall": score.overall,
            "enough_to_judge": score.enough,
            "categories": {
                name: {"score": item.score, "why": item.why} for name, item in score.categories.items()
            },
        },
        "findings": [finding_json(item) for item in report.findings],
        "rewrites": report.rewrites,
    }
