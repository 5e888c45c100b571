"""The rule registry: every check has a stable code, a kebab name, a level, a category, a message
template, a suggestion, a reason it matters, and examples that should and should not trigger it.

Rules whose logic is a word list or a pattern are data (lexicons/rules.toml); the rest are small
functions registered here with @rule.  Codes are grouped by category:
PC1xx headline, PC2xx summary, PC3xx experience, PC4xx skills, PC5xx certifications,
PC6xx tools and methodologies, PC7xx career level, PC8xx contact/format/ATS, PC9xx job match.
"""
from __future__ import annotations

import re
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
        for hit in self.check(context):
            yield Finding(
                code=self.code,
                name=self.name,
                level=self.level,
                category=self.category,
                message=_fill(self.message, hit.values),
                suggestion=_fill(self.suggestion, hit.values),
                evidence=hit.evidence,
            )


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return "[" + key.replace("_", " ") + "]"


def _fill(template: str, values: dict) -> str:
    return template.format_map(_Blank(values))


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
):
    """Decorator: register a function `check(context) -> Iterable[Hit]` as a rule."""

    def wrap(check: Callable[[Context], Iterable[Hit]]) -> Callable[[Context], Iterable[Hit]]:
        register(
            Rule(
                code, name, level, message, suggestion, why, tuple(should_flag), tuple(should_pass), check, scope,
                example_kind or ("headline" if scope == "headline" else "profile"),
                scored,
                empties,
            )
        )
        return check

    return wrap
