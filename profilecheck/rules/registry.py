"""The rule registry: every check has a stable code, a kebab name, a level, a category, a message
template, a suggestion, a reason it matters, and examples that should and should not trigger it.

Rules whose logic is a word list or a pattern are data (lexicons/rules.toml); the rest are small
functions registered here with @rule.  Codes are grouped by category:
PC1xx headline, PC2xx summary, PC3xx experience, PC4xx skills, PC5xx certifications,
PC6xx tools and methodologies, PC7xx career level, PC8xx contact/format/ATS, PC9xx job match.
"""
from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Optional

from ..definitions import CATEGORY_BY_DIGIT as CATEGORIES
from ..definitions import LEVELS
from ..models import Evidence, Facts, Finding, JobMatch, Profile

CODE_RE = re.compile(r"^PC[1-9]\d\d$")
NAME_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Hit:
    """One place a rule fires: values for the message template, and the evidence."""

    values: dict = field(default_factory=dict)
    evidence: Optional[Evidence] = None


@dataclass(frozen=True)
class Context:
    """What a rule may look at.  `mode` is "profile" for a whole resume, "headline" for a lone headline."""

    profile: Profile
    facts: Facts
    mode: str = "profile"
    job: Optional[JobMatch] = None  # when a job posting is given (--job)

    @property
    def headline(self) -> Optional[str]:
        return self.profile.basics.label


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    level: str
    message: str  # str.format template, filled from Hit.values
    suggestion: str  # likewise
    why: str
    should_flag: tuple[str, ...]
    should_pass: tuple[str, ...]
    check: Callable[[Context], Iterable[Hit]]
    scope: str = "profile"  # "headline" rules also run on a lone headline
    example_kind: str = "profile"  # how examples are fed: "profile" (resume text) or "headline"
    scored: bool = True  # advice that is not a fault (e.g. stage goals) costs no points
    empties: bool = False  # the finding says the category has nothing to judge: it scores 0
    # When the rule applies in several places of one section they make one finding: its message
    # (and suggestion, if given) come from these templates, filled from the first hit's values
    # plus {count}, and for every value {all_<name>} (each hit's, quoted) and {list_<name>}
    # (plain, "; " between); `note` is filled from each hit for its own place (e.g. its rewrite).
    message_many: Optional[str] = None
    suggestion_many: Optional[str] = None
    note: Optional[str] = None

    @property
    def category(self) -> str:
        return CATEGORIES[self.code[2]]

    def validate(self) -> None:
        problems = []
        if not CODE_RE.match(self.code):
            problems.append("code must look like PC104")
        if not NAME_RE.match(self.name):
            problems.append("name must be kebab-case")
        if self.level not in LEVELS:
            problems.append(f"level must be one of {LEVELS}")
        if not self.should_flag or not self.should_pass:
            problems.append("needs should-flag and should-pass examples")
        if not (self.message and self.suggestion and self.why):
            problems.append("needs a message, a suggestion and a reason")
        if problems:
            raise ValueError(f"rule {self.code} ({self.name}): " + "; ".join(problems))

    def findings(self, context: Context) -> Iterator[Finding]:
        """One finding per section the rule applies in, listing every place there (hits without
        evidence make one finding of their own)."""
        by_section: dict[Optional[str], list[Hit]] = {}
        for hit in self.check(context):
            by_section.setdefault(hit.evidence.section if hit.evidence else None, []).append(hit)
        for hits in by_section.values():
            yield self._finding(hits)

    def _finding(self, hits: list[Hit]) -> Finding:
        places: list[Evidence] = []
        notes: list[str] = []
        for hit in hits:
            if hit.evidence is not None and all((hit.evidence.start, hit.evidence.end) != (place.start, place.end) for place in places):
                places.append(hit.evidence)
                notes.append(_note(self.note, hit.values) if self.note and len(hits) > 1 else "")
        if len(hits) == 1:
            values, message, suggestion = hits[0].values, self.message, self.suggestion
        elif hits[0].values and all(_same_values(hit.values, hits[0].values) for hit in hits[1:]):
            # the same phrase in several places: one phrase named, the places counted ("uses
            # 'proven track record' ... (2 places)", not "uses 2 phrases: 'proven track record'")
            values = {**hits[0].values, "count": len(hits)}
            message, suggestion = self.message.rstrip(".") + " ({count} places).", self.suggestion
        else:
            values = {**hits[0].values, **_lists(hits), "count": len(hits)}
            message = self.message_many or self.message.rstrip(".") + " ({count} places)."
            suggestion = self.suggestion_many or self.suggestion
        return Finding(
            code=self.code,
            name=self.name,
            level=self.level,
            category=self.category,
            message=_fill(message, values),
            suggestion=_fill(suggestion, values),
            evidence=tuple(places),
            notes=tuple(notes) if any(notes) else (),
        )


LISTED = 6  # values named in a grouped message; the rest are counted


def _same_values(one: dict, other: dict) -> bool:
    return one.keys() == other.keys() and all(str(one[key]).casefold() == str(other[key]).casefold() for key in one)


def _lists(hits: list[Hit]) -> dict:
    """{all_<name>}: every hit's value, quoted, and {list_<name>}: plain, for a grouped message."""
    names = dict.fromkeys(name for hit in hits for name in hit.values)
    values = {}
    for name in names:
        by_key = {}  # each value once, however it is capitalised ("Working in", "working in")
        for hit in hits:
            if name in hit.values:
                by_key.setdefault(str(hit.values[name]).casefold(), str(hit.values[name]))
        seen = list(by_key.values())
        more = f" and {len(seen) - LISTED} more" if len(seen) > LISTED else ""
        values[f"all_{name}"] = ", ".join(f'"{value}"' for value in seen[:LISTED]) + more
        values[f"list_{name}"] = "; ".join(seen[:LISTED]) + more
    return values


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return "[" + key.replace("_", " ") + "]"


def _fill(template: str, values: dict) -> str:
    return template.format_map(_Blank(values))


def _note(template: str, values: dict) -> str:
    """A place's note, or "" when a value it needs is missing (no rewrite for that bullet)."""
    names = [name for _, name, _, _ in string.Formatter().parse(template) if name]
    if any(values.get(name) in (None, "") for name in names):
        return ""
    return _fill(template, values)


_RULES: dict[str, Rule] = {}


def register(rule_: Rule) -> Rule:
    rule_.validate()
    if rule_.code in _RULES:
        raise ValueError(f"rule code {rule_.code} registered twice")
    if any(existing.name == rule_.name for existing in _RULES.values()):
        raise ValueError(f"rule name {rule_.name} registered twice")
    _RULES[rule_.code] = rule_
    return rule_


def rule(
    code: str,
    name: str,
    level: str,
    message: str,
    suggestion: str,
    why: str,
    should_flag: Iterable[str],
    should_pass: Iterable[str],
    scope: str = "profile",
    example_kind: Optional[str] = None,
    scored: bool = True,
    empties: bool = False,
    message_many: Optional[str] = None,
    suggestion_many: Optional[str] = None,
    note: Optional[str] = None,
):
    """Decorator: register a function `check(context) -> Iterable[Hit]` as a rule."""

    def wrap(check: Callable[[Context], Iterable[Hit]]) -> Callable[[Context], Iterable[Hit]]:
        register(
            Rule(
                code, name, level, message, suggestion, why, tuple(should_flag), tuple(should_pass), check, scope,
                example_kind or ("headline" if scope == "headline" else "profile"),
                scored,
                empties,
                message_many=message_many,
                suggestion_many=suggestion_many,
                note=note,
            )
        )
        return check

    return wrap
