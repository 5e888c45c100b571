"""One documented formula from findings to scores (docs/scoring.md).

Every category starts at 100 and loses a fixed number of points per finding in it, by level:
error 35, warning 15, info 5, never below 0; a finding that lists several places (one rule, one
section) costs that once per place, up to three times.  A finding that says the category has nothing to
judge (no headline, no summary, no dated roles, no certifications, no way to place the career)
sets it to 0: what is missing costs points, it never earns full marks by default.  Advice rules
(PC702 stage-advice) cost nothing.  The overall score is the weighted mean of the category
scores.  So every lost point traces to a finding, and the same findings always give the same
score.  A profile with too little text to judge is marked so (`enough` false): its score is
shown, low, but its verdict is "not enough to judge".
"""
from __future__ import annotations

import re

from .definitions import CATEGORY_LABELS, PENALTY, WEIGHTS
from .models import CategoryScore, Finding, Profile, Score

MIN_WORDS_TO_JUDGE = 40  # fewer words, and no summary or dated role: not a profile to score
PLACES_COUNTED = 3  # a finding listing several places (six duty bullets) costs its level this many times at most


def cost(finding: Finding) -> int:
    """Points a finding costs: its level's penalty once per place it lists, up to PLACES_COUNTED,
    so grouping six weak bullets into one finding does not make them cheaper than one."""
    return PENALTY[finding.level] * max(1, min(len(finding.evidence), PLACES_COUNTED))


def enough_to_judge(profile: Profile) -> bool:
    """A profile can be judged when it has a summary or a dated role, or at least a few lines of
    text; a stray word or a sentence cannot."""
    words = len(re.findall(r"[^\W\d_]{2,}", profile.text))
    has_parts = bool(profile.basics.summary) or any(work.startDate for work in profile.work)
    return has_parts or words >= MIN_WORDS_TO_JUDGE


def _clause(finding: Finding) -> str:
    """The finding's message as a short clause for a score line: up to the first colon, quote or
    full stop, without examples in brackets or the category's own name ("Headline: only a job
    title (-15)", not "Headline: the headline is only a job title (-15)")."""
    text = re.split(r":\s|\.\s|\.$", finding.message.strip(), maxsplit=1)[0]
    text = re.sub(r"\s*\([^)]*\)", "", text).strip()
    text = re.sub(r"\"([^\"]{28})[^\"]+\"", r'"\1…"', text)  # a long quote is cut, not repeated whole
    text = re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)
    noun = finding.category.split("-")[0]
    text = re.sub(rf"^{noun}\s+(?:is\s+)?", "", text, flags=re.IGNORECASE)
    return text[:1].lower() + text[1:] if text[1:2].islower() or len(text) < 2 else text


def score_findings(
    findings: tuple[Finding, ...],
    categories: tuple[str, ...],
    unscored: frozenset = frozenset(),
    emptying: frozenset = frozenset(),
    enough: bool = True,
) -> Score:
    """Scores for the categories that were judged (a lone headline judges only "headline";
    "job-match" counts only when a posting was given).  Findings in `unscored` are advice, not
    faults, and cost nothing; a finding in `emptying` means its category has nothing to judge."""
    result = {}
    for category in categories:
        mine = [finding for finding in findings if finding.category == category and finding.code not in unscored]
        label = CATEGORY_LABELS.get(category, category)
        empty = [finding for finding in mine if finding.code in emptying]
        if empty:
            result[category] = CategoryScore(0, f"{label}: nothing to judge, {_clause(empty[0])} (0).")
            continue
        lost = sum(cost(finding) for finding in mine)
        score = max(0, 100 - lost)
        if mine:
            parts = [f"{_clause(f)} (-{cost(f)})" for f in mine]
            why = f"{label}: " + "; ".join(parts) + (", floored at 0." if lost > 100 else ".")
        else:
            why = f"{label}: nothing to fix."
        result[category] = CategoryScore(score, why)
    total_weight = sum(WEIGHTS[name] for name in categories)
    overall = round(sum(result[name].score * WEIGHTS[name] for name in categories) / total_weight) if total_weight else 0
    return Score(overall=overall, categories=result, enough=enough)
