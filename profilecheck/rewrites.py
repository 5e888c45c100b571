"""Headline and summary rewrites built only from the person's own facts.

Nothing is invented: where a fact is missing the rewrite carries a [placeholder] for the person
to fill in.  Numbers come only from the person's own quantified achievements.
"""
from __future__ import annotations

import re
from typing import Optional

from .definitions import HEADLINE_LIMIT
from .models import Facts, Metric, Profile
from .titles import classify_title

QUOTE_LIMIT = 220  # characters: an achievement short enough to quote in the summary


def _title(profile: Profile) -> Optional[str]:
    for work in profile.work[:1]:
        if work.position:
            return work.position
    label = profile.basics.label
    if label:
        first = re.split(r"\s[|•·]\s|\s[-–—]\s|,\s", label)[0].strip()
        first = re.sub(r"\s+(?:at|@)\s+.*$", "", first)
        if classify_title(first):
            return first
    return None


def _money(value: float, unit: Optional[str]) -> str:
    symbol = {"USD": "$", "EUR": "€", "GBP": "£"}.get(unit or "USD", (unit or "") + " ")
    if value >= 1_000_000:
        amount = f"{value / 1_000_000:.1f}".rstrip("0").rstrip(".") + "M"
    elif value >= 1_000:
        amount = f"{value / 1_000:.0f}K"
    else:
        amount = f"{value:.0f}"
    return f"{symbol}{amount}"


def _best(facts: Facts, kind: str) -> Optional[Metric]:
    metrics = [metric for item in facts.achievements for metric in item.metrics if metric.kind == kind]
    return max(metrics, key=lambda metric: metric.value) if metrics else None


def value_phrase(facts: Facts) -> Optional[str]:
    money = _best(facts, "money")
    if money:
        return f"{_money(money.value, money.unit)} budgets"
    team = _best(facts, "team_size")
    if team:
        return f"teams of {team.value:g}"
    count = _best(facts, "count")
    if count and count.unit in ("projects", "releases", "programs", "programmes"):
        return f"{count.value:g}+ {count.unit} delivered"
    return None


def _join(parts: list[Optional[str]]) -> str:
    return " | ".join(part for part in parts if part)


def _specialization(title: Optional[str], facts: Facts) -> Optional[str]:
    """The strongest specialization that the title does not already say."""
    for item in facts.specializations:
        words = {word for word in re.findall(r"[a-z0-9]+", item.name.lower()) if len(word) > 2}
        if not title or not words or not words <= set(re.findall(r"[a-z0-9]+", title.lower())):
            return item.name
    return None


def headline_rewrites(profile: Profile, facts: Facts) -> list[str]:
    title = _title(profile) or "[your title]"
    specialization = _specialization(title, facts) or (None if facts.specializations else "[your specialization]")
    methods = " & ".join(item.name for item in facts.methodologies[:2]) or "[your methodology]"
    held = [item.name for item in facts.certifications if item.status == "held"][:2]
    certs = ", ".join(held) if held else None
    value = value_phrase(facts) or "[budget, team size or result]"
    options = [
        _join([title, specialization, methods, certs, value]),
        _join([title, f"{specialization} delivery" if specialization else None, value, certs or methods]),
        _join([f"{title}{', ' + held[0] if held else ''}", f"{methods} for {specialization}" if specialization else methods, value]),
    ]
    unique = []
    for option in options:
        option = option[:HEADLINE_LIMIT]
        if option not in unique:
            unique.append(option)
    return unique


def summary_rewrite(profile: Profile, facts: Facts) -> Optional[str]:
    title = _title(profile) or "IT project manager"
    years = facts.years_of_experience
    years_text = f"{int(years)}+ years" if years and years >= 1 else "[N] years"
    specialization = facts.specializations[0].name if facts.specializations else "[your specialization]"
    methods = ", ".join(item.name for item in facts.methodologies[:3]) or "[your methods]"
    tools = ", ".join(item.name for item in facts.tools[:3])
    # The person's own strongest results: experience bullets first, short enough to quote.
    candidates = [item for item in facts.achievements if item.evidence.section in ("experience", "summary", "projects") and len(item.text) <= QUOTE_LIMIT]
    best = sorted(candidates, key=lambda item: (item.evidence.section != "experience", -len(item.metrics)))[:2]
    sentences = [f"{title} with {years_text} of experience in {specialization} projects."]
    if best:
        results = "; ".join(_as_clause(item.text) for item in best)
        sentences.append(f"Recent results: {results}.")
    else:
        sentences.append("[One or two signature results with numbers: budget, team size, time saved, uptime.]")
    sentences.append(f"I deliver with {methods}" + (f", working in {tools}." if tools else "."))
    held = [item.name for item in facts.certifications if item.status == "held"]
    pending = [item.name for item in facts.certifications if item.status == "in_progress"]
    if held:
        sentences.append(f"Certified: {', '.join(held[:4])}." + (f" Currently completing {', '.join(pending[:2])}." if pending else ""))
    elif pending:
        sentences.append(f"Currently completing {', '.join(pending[:2])}.")
    else:
        sentences.append("[How you keep learning: a certification or course in progress.]")
    sentences.append("[One sentence on how you lead: how you build, coach and unblock your teams.]")
    return " ".join(sentences)


def _as_clause(text: str) -> str:
    text = text.strip().rstrip(".")
    return text[:1].lower() + text[1:] if text[:2].isalpha() and not text[:2].isupper() else text


def rewrites(profile: Profile, facts: Facts, mode: str = "profile") -> dict:
    result = {"headline": headline_rewrites(profile, facts)}
    result["summary"] = summary_rewrite(profile, facts) if mode == "profile" else None
    return result
