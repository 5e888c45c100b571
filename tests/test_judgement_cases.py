"""Judgement cases a career coach would check, as a table: input, then what the report must say.

Each row is a profile or a headline written for this test, with the level, the score band and
the findings that must be present or absent.  They pin failures seen on real profiles: scores
that rewarded emptiness, levels that contradicted the years, headlines with no PM role scoring
full marks.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Optional

import pytest

from profilecheck.options import Options
from profilecheck.pipeline import analyze, analyze_headline, analyze_text

AS_OF = Options(as_of=date(2026, 11, 30))
SAMPLES = Path(__file__).resolve().parent.parent / "samples"

GUIDE_STYLE_HEADLINES = [
    "Senior IT Project Manager | Agile & Digital Transformation Leader | $2M+ Budget Management",
    "IT Project Manager | Cloud Infrastructure Specialist | PMP, ITIL Certified",
    "Technical Project Manager | Software Development | Scrum Master | SaaS Implementations",
    "IT Delivery Manager | ERP Implementations | Cybersecurity Project Lead | Change Management",
]


def profile(summary: Optional[str], roles: list[tuple[str, str, str]], headline: str = "IT Project Manager | Cloud | PMP") -> str:
    lines = ["Sam Rivera", headline, "sam.rivera@example.com | +1 555 010 0199 | linkedin.com/in/sam-rivera-pm", ""]
    if summary:
        lines += ["SUMMARY", summary, ""]
    lines.append("EXPERIENCE")
    for title, start, end in roles:
        lines += [f"{title} | Company Name | {start} - {end}", "- Led a team of 8 through a $1.2M cloud migration, live 2 weeks early."]
    return "\n".join(lines) + "\n"


ENGINEER = profile("Engineer with a long record in embedded systems and release planning.", [
    ("Senior Software Engineer", "Jan 2012", "Present"),
    ("Software Engineer", "Mar 2007", "Dec 2011"),
], headline="Senior Software Engineer | Embedded Systems")
CAREER_CHANGER_PM = profile("Project manager for cloud programmes, moving up from network engineering.", [
    ("IT Project Manager", "Jan 2022", "Present"),
    ("Network Engineer", "Jan 2010", "Dec 2021"),
])
IT_LEADER = profile("Technology leader for a retail group: platforms, budgets and the teams that run them.", [
    ("Chief Technology Officer", "Jan 2015", "Present"),
    ("IT Director", "Jan 2006", "Dec 2014"),
], headline="CTO | Retail Platforms")
LONG_PM = profile("Project manager for infrastructure programmes since 2011.", [("Project Manager", "Jan 2011", "Present")])


@dataclass
class Case:
    name: str
    text: str
    headline_only: bool = False
    level: Optional[str] = None
    level_words: Optional[str] = None  # in the PC702 message
    score_at_most: Optional[int] = None
    score_at_least: Optional[int] = None
    enough: bool = True
    present: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()
    category_zero: tuple[str, ...] = field(default_factory=tuple)


CASES = [
    Case("a stray word is not enough to judge", "x", score_at_most=25, enough=False,
         category_zero=("headline", "summary", "experience", "career")),
    Case("one sentence is not enough to judge", "I am a very good project manager.", score_at_most=35, enough=False),
    Case("a lone generic word is not a headline", "Manager", headline_only=True, score_at_most=40, present=("PC112",)),
    Case("a greeting is not a headline", "hello", headline_only=True, score_at_most=40, present=("PC112",)),
    Case("a non-PM title scores below a PM title", "Engineer", headline_only=True, score_at_most=45, present=("PC112",)),
    Case("a bare PM title is only a title", "IT Project Manager", headline_only=True, score_at_least=46, score_at_most=60,
         present=("PC104",), absent=("PC112",)),
    *[Case(f"guide-style headline {i + 1} scores high", text, headline_only=True, score_at_least=80, absent=("PC112", "PC104"))
      for i, text in enumerate(GUIDE_STYLE_HEADLINES)],
    Case("a 19.8-year engineer is moving into PM, not 'foundation (19.8 years)'", ENGINEER, level="foundation",
         level_words="moving into project management (19.8 years of experience)", present=("PC701", "PC702")),
    Case("level follows PM years and states both figures", CAREER_CHANGER_PM, level="mid",
         level_words="mid level (16.9 years of experience, 4.9 in project-management roles)", absent=("PC701",)),
    Case("a CTO with no PM title is an IT leader, not sent towards coordinator roles", IT_LEADER, level="foundation",
         level_words="an IT leader with no project-management title (20.9 years of experience)",
         present=("PC702",), absent=("PC701",)),
    Case("a 15-year PM under a plain title is senior", LONG_PM, level="senior",
         level_words="senior level (15.9 years in project-management roles)", absent=("PC703",)),
    Case("no summary scores the summary 0", profile(None, [("IT Project Manager", "Jan 2019", "Present")]),
         present=("PC201",), category_zero=("summary",)),
]


def run(case: Case):
    return analyze_headline(case.text, AS_OF) if case.headline_only else analyze_text(case.text, AS_OF)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_judgement(case: Case):
    report = run(case)
    codes = {finding.code for finding in report.findings}
    assert report.score.enough is case.enough
    if case.level is not None:
        assert report.facts.level == case.level
    if case.level_words is not None:
        messages = [finding.message for finding in report.findings if finding.code == "PC702"]
        assert messages and case.level_words in messages[0], messages
        assert "foundation level" not in messages[0]
    if case.score_at_most is not None:
        assert report.score.overall <= case.score_at_most
    if case.score_at_least is not None:
        assert report.score.overall >= case.score_at_least
    for code in case.present:
        assert code in codes, f"{code} expected in {sorted(codes)}"
    for code in case.absent:
        assert code not in codes, f"{code} not expected"
    for category in case.category_zero:
        assert report.score.categories[category].score == 0, report.score.categories[category].why


def test_headline_ranking_follows_what_a_coach_would_say():
    scores = {text: analyze_headline(text, AS_OF).score.overall for text in ("hello", "Engineer", "IT Project Manager", GUIDE_STYLE_HEADLINES[0])}
    assert scores["hello"] <= scores["Engineer"] < scores["IT Project Manager"] < scores[GUIDE_STYLE_HEADLINES[0]]


def test_emptiness_never_outscores_a_real_profile():
    empty = analyze_text("x", AS_OF).score.overall
    weak = analyze(str(SAMPLES / "weak-generic.pdf"), AS_OF).score.overall
    strong = analyze(str(SAMPLES / "strong-senior-program.md"), AS_OF).score.overall
    assert empty < weak < strong


def test_score_lines_read_as_sentences():
    report = analyze_headline("IT Project Manager", AS_OF)
    why = report.score.categories["headline"].why
    assert why.startswith("Headline: only a job title (-15)")
    assert "PC1" not in why and why.endswith(".")
    assert analyze_text(GUIDE_STYLE_HEADLINES[1], AS_OF).score.categories["summary"].why.startswith("Summary: nothing to judge")
