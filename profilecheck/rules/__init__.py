"""Rules: the judge, and the catalogue of every rule.  Importing the category modules registers
their rules (registry.py holds the registry; this package, above it, knows the modules)."""
from __future__ import annotations

import re
from typing import Iterable, Optional

from ..definitions import LEVEL_ORDER
from ..errors import UsageError
from ..models import Facts, Finding, Profile
from . import career, certifications, contact, data, experience, headline, job, skills, summary, tools  # noqa: F401 (they register rules)
from .registry import _RULES, CATEGORIES, Context, Rule

data.load_data_rules()


def load_all() -> None:
    """Every rule is registered when this package is imported; kept for callers that ask."""


def all_rules() -> list[Rule]:
    return [_RULES[code] for code in sorted(_RULES)]


def unscored_codes() -> frozenset[str]:
    return frozenset(item.code for item in all_rules() if not item.scored)


def emptying_codes() -> frozenset[str]:
    """Rules whose finding means the category has nothing to judge (no headline, no summary)."""
    return frozenset(item.code for item in all_rules() if item.empties)


def get_rule(code_or_name: str) -> Rule:
    for item in all_rules():
        if item.code == code_or_name.upper() or item.name == code_or_name.lower():
            return item
    raise UsageError(f"no rule {code_or_name!r}; `profilecheck rules` lists them all")


def select_rules(select: Iterable[str] = (), ignore: Iterable[str] = ()) -> list[Rule]:
    """Rules chosen by code or prefix, like ruff: --select PC1,PC3 --ignore PC104."""
    select = [item.strip().upper() for item in select if item.strip()]
    ignore = [item.strip().upper() for item in ignore if item.strip()]
    for item in select + ignore:
        if not re.fullmatch(r"PC\d{0,3}|ALL", item):
            raise UsageError(f"not a rule code or prefix: {item!r} (expected e.g. PC1 or PC104)")
    chosen = []
    for item in all_rules():
        if select and "ALL" not in select and not any(item.code.startswith(prefix) for prefix in select):
            continue
        if any(item.code.startswith(prefix) for prefix in ignore):
            continue
        chosen.append(item)
    return chosen


def judge(
    profile: Profile,
    facts: Facts,
    rules: Optional[Iterable[Rule]] = None,
    mode: str = "profile",
    job=None,
) -> tuple[Finding, ...]:
    context = Context(profile=profile, facts=facts, mode=mode, job=job)
    chosen = all_rules() if rules is None else list(rules)
    findings: list[Finding] = []
    for item in chosen:
        if mode == "headline" and item.scope != "headline":
            continue
        findings.extend(item.findings(context))
    findings.sort(key=lambda f: (LEVEL_ORDER[f.level], f.code))
    return tuple(findings)


__all__ = ["judge", "all_rules", "get_rule", "select_rules", "unscored_codes", "emptying_codes", "Rule", "CATEGORIES", "load_all"]
