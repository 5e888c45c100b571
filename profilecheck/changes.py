"""What changed between two reports on the same person: the score overall and per category,
findings fixed and new, and the facts gained or lost.

    >>> import profilecheck
    >>> old = profilecheck.analyze("resume-2025.pdf")                 # doctest: +SKIP
    >>> new = profilecheck.analyze("resume-2026.docx")                # doctest: +SKIP
    >>> change = profilecheck.diff(old, new)                          # doctest: +SKIP
    >>> change.overall.change, [item.code for item in change.fixed]   # doctest: +SKIP

Either side may be a Report or its JSON contract (`report_json`, a saved `check --format json`,
a line of a batch's results.jsonl): the diff is worked out from the contract, so a report saved
last year can be compared with today's.  (The module is `changes`, not `diff`, so that importing
it never hides the function `profilecheck.diff`.)  `ReportDiff.to_json()` is the diff's own JSON contract
(docs/json-schema.md).

A finding is the same on both sides when it has the same rule code about the same section (a
rule makes one finding per section); its message may differ ("3 bullets ..." -> "1 bullet ...").
Lexicon facts are compared by their id: a certification that was in progress and is now held
has changed, not been gained.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Optional, Union

from . import __version__
from .definitions import CATEGORY_LABELS, CATEGORY_ORDER, LEVELS
from .models import Report

DIFF_SCHEMA_VERSION = "1"
FACT_GROUPS = ("certifications", "tools", "methodologies", "specializations")
# The single values compared, in the order reports show them.
VALUES = ("years_of_experience", "pm_years", "level", "is_project_manager", "achievements", "metrics")
VALUE_LABELS = {
    "years_of_experience": "Years of experience",
    "pm_years": "Years in project management",
    "level": "Career level",
    "is_project_manager": "Project manager",
    "achievements": "Results with numbers",
    "metrics": "Numbers in results",
}
GROUP_LABELS = {"certifications": "Certifications", "tools": "Tools", "methodologies": "Methodologies", "specializations": "Specializations"}


@dataclass(frozen=True)
class Side:
    """One of the two reports, in brief."""

    path: Optional[str]
    kind: str
    name: Optional[str]  # the person's name, when the profile has one
    sha256: Optional[str]
    score: Optional[int]
    enough_to_judge: bool
    as_of: Optional[str]
    findings: int


@dataclass(frozen=True)
class ScoreChange:
    """A score on both sides (None where that side has no such score)."""

    name: str  # "overall" or a category
    label: str
    old: Optional[int]
    new: Optional[int]

    @property
    def change(self) -> Optional[int]:
        return None if self.old is None or self.new is None else self.new - self.old


@dataclass(frozen=True)
class FindingChange:
    """A finding fixed (it is only in the old report), new (only in the new one) or remaining."""

    code: str
    name: str
    level: str
    category: str
    section: Optional[str]  # where it points; None for something missing
    message: str  # as the newer report says it (the old one's for a fixed finding)
    suggestion: str
    old_message: Optional[str] = None  # a remaining finding whose message changed
    old_places: int = 0  # how many places it pointed at in each report
    new_places: int = 0


@dataclass(frozen=True)
class FactChange:
    """A certification, tool, methodology or specialization gained, lost or changed (a
    certification in progress that is now held)."""

    group: str
    id: str
    name: str
    change: str  # gained | lost | changed
    old_status: Optional[str] = None
    new_status: Optional[str] = None


@dataclass(frozen=True)
class ValueChange:
    """One of VALUES on both sides: years, PM years, level, whether a PM, how many results
    with numbers and how many numbers they hold."""

    name: str
    label: str
    old: Any
    new: Any

    @property
    def changed(self) -> bool:
        return self.old != self.new

    @property
    def change(self) -> Optional[float]:
        if isinstance(self.old, bool) or isinstance(self.new, bool):
            return None
        if isinstance(self.old, (int, float)) and isinstance(self.new, (int, float)):
            return round(self.new - self.old, 1)
        return None


@dataclass(frozen=True)
class AchievementChange:
    """A result with numbers that is only in one of the two."""

    text: str
    change: str  # gained | lost
    metrics: tuple[dict, ...] = ()  # {kind, value, unit}, as in the report's contract


@dataclass(frozen=True)
class ReportDiff:
    old: Side
    new: Side
    overall: ScoreChange
    categories: tuple[ScoreChange, ...]
    fixed: tuple[FindingChange, ...]
    new_findings: tuple[FindingChange, ...]
    remaining: tuple[FindingChange, ...]
    values: tuple[ValueChange, ...]
    facts: tuple[FactChange, ...]  # gained, lost or changed, by group in FACT_GROUPS order
    achievements: tuple[AchievementChange, ...]
    warnings: tuple[str, ...] = ()

    @property
    def gained(self) -> tuple[FactChange, ...]:
        return tuple(item for item in self.facts if item.change == "gained")

    @property
    def lost(self) -> tuple[FactChange, ...]:
        return tuple(item for item in self.facts if item.change == "lost")

    @property
    def unchanged(self) -> bool:
        """Nothing that the diff compares differs."""
        return (
            not self.fixed and not self.new_findings and not self.facts and not self.achievements
            and self.overall.change in (0, None) and all(item.change in (0, None) for item in self.categories)
            and not any(item.changed for item in self.values)
            and not any(item.old_message or item.old_places != item.new_places for item in self.remaining)
        )

    def to_json(self) -> dict:
        """The diff's JSON contract (docs/json-schema.md, "The diff")."""
        return {
            "schema_version": DIFF_SCHEMA_VERSION,
            "tool": {"name": "profilecheck", "version": __version__},
            "old": _side_json(self.old),
            "new": _side_json(self.new),
            "score": {
                **_score_json(self.overall),
                "categories": {item.name: _score_json(item) for item in self.categories},
            },
            "findings": {
                "fixed": [_finding_json(item) for item in self.fixed],
                "new": [_finding_json(item) for item in self.new_findings],
                "remaining": [_finding_json(item) for item in self.remaining],
            },
            "facts": {
                **{item.name: {"old": item.old, "new": item.new, "change": item.change} for item in self.values},
                **{
                    group: {
                        change: [_fact_json(item) for item in self.facts if item.group == group and item.change == change]
                        for change in ("gained", "lost", "changed")
                    }
                    for group in FACT_GROUPS
                },
                "results": {
                    change: [{"text": item.text, "metrics": [dict(metric) for metric in item.metrics]} for item in self.achievements if item.change == change]
                    for change in ("gained", "lost")
                },
            },
            "warnings": list(self.warnings),
        }


def _side_json(side: Side) -> dict:
    return {
        "path": side.path, "kind": side.kind, "name": side.name, "sha256": side.sha256, "score": side.score,
        "enough_to_judge": side.enough_to_judge, "as_of": side.as_of, "findings": side.findings,
    }


def _score_json(item: ScoreChange) -> dict:
    return {"old": item.old, "new": item.new, "change": item.change}


def _finding_json(item: FindingChange) -> dict:
    return {
        "code": item.code, "name": item.name, "level": item.level, "category": item.category, "section": item.section,
        "message": item.message, "suggestion": item.suggestion, "old_message": item.old_message,
        "old_places": item.old_places, "new_places": item.new_places,
    }


def _fact_json(item: FactChange) -> dict:
    found: dict[str, Any] = {"id": item.id, "name": item.name}
    if item.group == "certifications":
        found["old_status"], found["new_status"] = item.old_status, item.new_status
    return found


# ---------------------------------------------------------------- working it out

ReportLike = Union[Report, dict]


def _contract(report: ReportLike, which: str) -> dict:
    if isinstance(report, Report):
        from .report import report_json

        return report_json(report)
    if isinstance(report, dict) and isinstance(report.get("facts"), dict) and isinstance(report.get("findings"), list):
        return report
    from .errors import UsageError

    raise UsageError(f"diff: the {which} report must be a Report or its JSON contract (report_json), not {type(report).__name__}")


def _dict(value: Any) -> dict:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list:
    return value if isinstance(value, list) else []


def _number(value: Any) -> Optional[float]:
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _side(data: dict) -> Side:
    source, score, facts = _dict(data.get("source")), _dict(data.get("score")), _dict(data.get("facts"))
    overall = _number(score.get("overall"))
    return Side(
        path=source.get("path") if isinstance(source.get("path"), str) else None,
        kind=str(source.get("kind") or ""),
        name=_dict(_dict(data.get("profile")).get("basics")).get("name") or None,
        sha256=source.get("sha256") if isinstance(source.get("sha256"), str) else None,
        score=None if overall is None else round(overall),
        enough_to_judge=score.get("enough_to_judge", True) is not False if score else False,
        as_of=facts.get("as_of") if isinstance(facts.get("as_of"), str) else None,
        findings=len(_list(data.get("findings"))),
    )


def _category_scores(data: dict) -> dict[str, int]:
    found = {}
    for name, item in _dict(_dict(data.get("score")).get("categories")).items():
        value = _number(_dict(item).get("score") if isinstance(item, dict) else item)
        if value is not None:
            found[str(name)] = round(value)
    return found


def _category_key(name: str) -> tuple:
    return (0, CATEGORY_ORDER.index(name), "") if name in CATEGORY_ORDER else (1, 0, name)


def _findings(data: dict) -> dict[tuple[str, Optional[str]], dict]:
    """(code, section) -> the finding."""
    found: dict[tuple[str, Optional[str]], dict] = {}
    for item in _list(data.get("findings")):
        if not isinstance(item, dict) or not item.get("code"):
            continue
        evidence = item.get("evidence") if isinstance(item.get("evidence"), dict) else None
        places = [place for place in _list(item.get("all_evidence")) if isinstance(place, dict)] or ([evidence] if evidence else [])
        section = (evidence or (places[0] if places else {})).get("section") or None
        key = (str(item["code"]), section)
        if key in found:  # the same rule twice in one section: count its places together
            found[key] = {**found[key], "_places": found[key]["_places"] + len(places)}
        else:
            found[key] = {**item, "_places": len(places)}
    return found


def _finding_order(item: FindingChange) -> tuple:
    level = LEVELS.index(item.level) if item.level in LEVELS else len(LEVELS)
    return (_category_key(item.category), level, item.code, item.section or "")


def _finding(item: dict, section: Optional[str], **more: Any) -> FindingChange:
    return FindingChange(
        code=str(item.get("code") or ""),
        name=str(item.get("name") or ""),
        level=str(item.get("level") or "info"),
        category=str(item.get("category") or ""),
        section=section,
        message=str(item.get("message") or ""),
        suggestion=str(item.get("suggestion") or ""),
        **more,
    )


def _items(facts: dict, group: str) -> dict[str, dict]:
    return {str(item["id"]): item for item in _list(facts.get(group)) if isinstance(item, dict) and item.get("id")}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def _achievements(facts: dict) -> dict[str, dict]:
    return {_norm(str(item.get("text") or "")): item for item in _list(facts.get("achievements")) if isinstance(item, dict) and item.get("text")}


def _value(facts: dict, name: str) -> Any:
    if name == "achievements":
        return len(_achievements(facts))
    if name == "metrics":
        return sum(len(_list(item.get("metrics"))) for item in _achievements(facts).values())
    return facts.get(name)


def diff(old_report: ReportLike, new_report: ReportLike) -> ReportDiff:
    """What changed from `old_report` to `new_report` (Reports or their JSON contracts)."""
    old, new = _contract(old_report, "old"), _contract(new_report, "new")
    old_side, new_side = _side(old), _side(new)

    old_categories, new_categories = _category_scores(old), _category_scores(new)
    categories = tuple(
        ScoreChange(name, CATEGORY_LABELS.get(name, name.replace("-", " ").capitalize()), old_categories.get(name), new_categories.get(name))
        for name in sorted(set(old_categories) | set(new_categories), key=_category_key)
    )
    overall = ScoreChange("overall", "Overall", old_side.score, new_side.score)

    old_findings, new_findings = _findings(old), _findings(new)
    fixed = sorted((_finding(item, key[1], old_places=item["_places"]) for key, item in old_findings.items() if key not in new_findings), key=_finding_order)
    added = sorted((_finding(item, key[1], new_places=item["_places"]) for key, item in new_findings.items() if key not in old_findings), key=_finding_order)
    remaining = []
    for key, item in new_findings.items():
        if key in old_findings:
            before = old_findings[key]
            old_message = str(before.get("message") or "")
            remaining.append(
                _finding(
                    item, key[1], old_message=old_message if old_message != str(item.get("message") or "") else None,
                    old_places=before["_places"], new_places=item["_places"],
                )
            )
    remaining.sort(key=_finding_order)

    old_facts, new_facts = _dict(old.get("facts")), _dict(new.get("facts"))
    values = tuple(ValueChange(name, VALUE_LABELS[name], _value(old_facts, name), _value(new_facts, name)) for name in VALUES)
    facts: list[FactChange] = []
    for group in FACT_GROUPS:
        before, after = _items(old_facts, group), _items(new_facts, group)
        for key, item in after.items():
            if key not in before:
                facts.append(FactChange(group, key, str(item.get("name") or key), "gained", None, item.get("status")))
            elif group == "certifications" and before[key].get("status") != item.get("status"):
                facts.append(FactChange(group, key, str(item.get("name") or key), "changed", before[key].get("status"), item.get("status")))
        for key, item in before.items():
            if key not in after:
                facts.append(FactChange(group, key, str(item.get("name") or key), "lost", item.get("status"), None))

    old_results, new_results = _achievements(old_facts), _achievements(new_facts)
    results = [
        AchievementChange(str(item["text"]), "gained", tuple(metric for metric in _list(item.get("metrics")) if isinstance(metric, dict)))
        for key, item in new_results.items() if key not in old_results
    ] + [
        AchievementChange(str(item["text"]), "lost", tuple(metric for metric in _list(item.get("metrics")) if isinstance(metric, dict)))
        for key, item in old_results.items() if key not in new_results
    ]

    warnings = []
    if old_side.sha256 and old_side.sha256 == new_side.sha256:
        warnings.append("The two inputs are the same file.")
    if old_side.as_of and new_side.as_of and old_side.as_of != new_side.as_of:
        warnings.append(
            f"The two reports count 'present' as different dates ({old_side.as_of} and {new_side.as_of}): "
            "years of experience differ for that reason too; compare with one --as-of."
        )
    if old_side.name and new_side.name and _norm(old_side.name) != _norm(new_side.name):
        warnings.append(f"The two profiles name different people ({old_side.name} and {new_side.name}).")
    for side, which in ((old_side, "old"), (new_side, "new")):
        if side.score is not None and not side.enough_to_judge:
            warnings.append(f"The {which} one is too thin to judge: its score says little.")
    return ReportDiff(
        old=old_side,
        new=new_side,
        overall=overall,
        categories=categories,
        fixed=tuple(fixed),
        new_findings=tuple(added),
        remaining=tuple(remaining),
        values=values,
        facts=tuple(facts),
        achievements=tuple(results),
        warnings=tuple(warnings),
    )


__all__ = ["diff", "ReportDiff", "Side", "ScoreChange", "FindingChange", "FactChange", "ValueChange", "AchievementChange"]
