"""Report -> the JSON contract (schema_version 1, documented in docs/json-schema.md)."""
from __future__ import annotations

import dataclasses
from typing import Any, Optional

from . import __version__
from .models import Achievement, Evidence, Facts, Finding, Match, Profile, Report

SCHEMA_VERSION = "1"


def _drop_none(mapping: dict) -> dict:
    return {key: value for key, value in mapping.items() if value not in (None, "", [], {})}


def json_resume(profile: Profile) -> dict:
    """The profile as a JSON Resume 1.0.0 object."""
    basics = profile.basics
    location = _drop_none(
        {
            "address": basics.location.address,
            "city": basics.location.city,
            "region": basics.location.region,
            "countryCode": basics.location.countryCode,
        }
    )
    return {
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
                }
            )
            for work in profile.work
        ],
        "education": [_drop_none(dataclasses.asdict(item)) for item in profile.education],
        "skills": [{"name": group.name, "keywords": list(group.keywords)} for group in profile.skills],
        "certificates": [_drop_none(dataclasses.asdict(item)) for item in profile.certificates],
        "languages": [_drop_none(dataclasses.asdict(item)) for item in profile.languages],
    }


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
    return {
        "code": finding.code,
        "name": finding.name,
        "level": finding.level,
        "category": finding.category,
        "message": finding.message,
        "suggestion": finding.suggestion,
        "evidence": evidence_json(finding.evidence),
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
        "profile": json_resume(report.profile),
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
        "job_match": report.job_match,
    }
