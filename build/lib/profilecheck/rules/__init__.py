"""Rules: the registry and the judge.  Importing the category modules registers their rules."""
from __future__ import annotations

from functools import cache
from typing import Iterable, Optional

from ..models import Facts, Finding, Profile
from .registry import CATEGORIES, Context, Rule, all_rules, get_rule, select_rules

LEVEL_ORDER = {"error": 0, "warning": 1, "info": 2}


@cache
def load_all() -> None:
    from . import career, contact, data, experience, headline, job, skills, summary  # noqa: F401

    data.load_data_rules()


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


__all__ = ["judge", "all_rules", "get_rule", "select_rules", "Rule", "CATEGORIES", "load_all"]
