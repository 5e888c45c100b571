"""One documented formula from findings to scores (docs/scoring.md).

Every category starts at 100 and loses a fixed number of points per finding in it, by level:
error 35, warning 15, info 5, never below 0.  Advice rules (PC702 stage-advice) cost nothing.  The overall score is the weighted mean of the
category scores.  So every lost point traces to a finding, and the same findings always give
the same score.
"""
from __future__ import annotations

from .definitions import PENALTY, WEIGHTS
from .models import CategoryScore, Finding, Score


def score_findings(findings: tuple[Finding, ...], categories: tuple[str, ...], unscored: frozenset = frozenset()) -> Score:
    """Scores for the categories that were judged (a lone headline judges only "headline";
    "job-match" counts only when a posting was given).  Findings in `unscored` are advice, not
    faults, and cost nothing."""
    result = {}
    for category in categories:
        mine = [finding for finding in findings if finding.category == category and finding.code not in unscored]
        lost = sum(PENALTY[finding.level] for finding in mine)
        score = max(0, 100 - lost)
        if mine:
            parts = [f"-{PENALTY[f.level]} {f.name.replace('-', ' ')} ({f.code})" for f in mine]
            why = "; ".join(parts) + (" (floored at 0)" if lost > 100 else "")
        else:
            why = "nothing to fix"
        result[category] = CategoryScore(score, why)
    total_weight = sum(WEIGHTS[name] for name in categories)
    overall = round(sum(result[name].score * WEIGHTS[name] for name in categories) / total_weight) if total_weight else 0
    return Score(overall=overall, categories=result)
