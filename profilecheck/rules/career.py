"""PC7xx: career level and progression, with advice that fits the stage and the specialization."""
from __future__ import annotations

import re

from ..career_words import MOVING_INTO_PM, leads_it as leads_it_titles, standing
from ..definitions import YEARS_FLOOR
from ..lexicon import cue_pattern
from ..titles import classify_title
from .common import find_evidence
from .registry import Context, Hit, rule

STAGE_GOALS = {
    "foundation": "Volunteer to coordinate a small project, learn one planning tool well (Jira or Microsoft Project), and keep a log of what you coordinate: scope, dates, people.",
    "entry": "Show ownership: a small project you ran end to end, schedules and documentation you kept, and your first numbers (releases, users, days saved).",
    "mid": "Show leadership of cross-functional teams, risk and stakeholder management, and depth in your specialization; mentoring juniors counts too.",
    "senior": "Show strategy: portfolio or programme scope, steering committees, executive stakeholders, change management, and the project managers you mentor.",
    "director": "Show governance and direction: the PMO or portfolio you run, its size and budget, standards you set, and outcomes for the business.",
    "moving": "Make the project work you already do visible: what you coordinated, for whom, on what schedule and with what result; aim for IT Project Coordinator or Associate PM roles, and consider CAPM.",
    "leading": "Name the programmes and portfolios you directed, each with its budget, scope and outcome, so the delivery record shows under the leadership titles; Director of IT Project Management, PMO Director or VP of Delivery roles fit, and PgMP or PfMP speak to that level.",
}
LEADING_STANDING = "an IT leader with no project-management title"


def leads_it(context: Context) -> bool:
    """An IT director or CTO with no PM role (`career_words.leads_it`)."""
    return leads_it_titles((work.position for work in context.profile.work), context.facts.is_project_manager)


SENIOR_SIGNALS = re.compile(rf"\b(?:{cue_pattern('strategy-words', ' ')})\b", re.IGNORECASE)
SAMPLE_SENIOR = (
    "Jo Park\nSenior IT Project Manager | ERP | PMP\n\nEXPERIENCE\nSenior IT Project Manager | Acme | Jan 2015 - Present\n"
    "• Chaired the steering committee for a $9M ERP portfolio and mentored 4 project managers.\n"
)


@rule(
    "PC701", "not-a-pm-profile", "info",
    message="None of your recent titles is a project, programme or delivery management role.",
    suggestion="If you are moving into IT project management, lead with the project work you already do: coordination, schedules, vendor work, a project you ran; aim for IT Project Coordinator or Associate PM roles and consider CAPM.",
    why="Readers and search match on titles; without a PM title your project experience has to be made visible in the bullets.",
    should_flag=["Jo Park\nSystems Analyst\n\nEXPERIENCE\nSystems Analyst | Acme | Jan 2021 - Present\n• Wrote reports.\n"],
    should_pass=[SAMPLE_SENIOR],
)
def not_a_pm_profile(context: Context):
    # An IT director or CTO is not sent towards coordinator roles: PC702 speaks to them.
    if context.profile.work and not context.facts.is_project_manager and not leads_it(context):
        yield Hit()


@rule(
    "PC702", "stage-advice", "info",
    message="Read as {standing}.",
    suggestion="{goals}",
    why="What makes a profile strong changes with seniority: the guide sets different goals for each stage of the ladder.",
    should_flag=[SAMPLE_SENIOR],
    should_pass=["Jo Park\nIT Project Manager\n\nSUMMARY\nI manage projects.\n"],
    scored=False,
)
def stage_advice(context: Context):
    facts = context.facts
    if facts.level is None or not context.profile.work:
        return
    stage = "moving" if facts.is_project_manager is False else facts.level
    described = standing(facts.level, facts.is_project_manager, facts.years_of_experience, facts.pm_years)
    if leads_it(context):
        stage = "leading"
        described = described.replace(MOVING_INTO_PM, LEADING_STANDING, 1)
    yield Hit({"standing": described, "goals": STAGE_GOALS[stage]})


@rule(
    "PC703", "title-ahead-of-years", "info",
    message="The title \"{title}\" usually goes with {needed}+ years, and the profile shows {years:g}.",
    suggestion="Make the scope behind the title visible (team, budget, programmes) so the title reads as earned, or list the dates of earlier roles if they are missing.",
    why="Readers compare titles with years; a gap raises a question that the bullets should answer.",
    should_flag=["Jo Park\nSenior IT Project Manager\n\nEXPERIENCE\nSenior IT Project Manager | Acme | Jan 2025 - Present\n• Led 5 people.\n"],
    should_pass=[SAMPLE_SENIOR],
)
def title_ahead_of_years(context: Context):
    if not context.profile.work:
        return
    title = context.profile.work[0].position
    found = classify_title(title)
    # A PM title is earned by years in PM roles; other titles by years of work.
    years = context.facts.pm_years if found and found[1] else context.facts.years_of_experience
    if years is None:
        return
    if found and YEARS_FLOOR[found[0]] - years >= 2:
        yield Hit({"title": title, "needed": YEARS_FLOOR[found[0]], "years": years}, find_evidence(context.profile, title, "experience"))


@rule(
    "PC704", "senior-without-strategy", "warning",
    message="The profile reads as {level} level but never mentions portfolio, programme, steering committee, governance or mentoring.",
    suggestion="Add the strategic side of your work: the programmes or portfolio you oversee, the steering committees you run, the executives you report to, the PMs you mentor.",
    why="At senior level, employers look for strategic planning, portfolio management and mentoring, not only delivery.",
    should_flag=["Jo Park\nSenior IT Project Manager\n\nEXPERIENCE\nSenior IT Project Manager | Acme | Jan 2012 - Present\n• Delivered releases on time.\n"],
    should_pass=[SAMPLE_SENIOR],
)
def senior_without_strategy(context: Context):
    level = context.facts.level
    if level in ("senior", "director") and context.profile.work and not SENIOR_SIGNALS.search(context.profile.text):
        yield Hit({"level": level})


@rule(
    "PC705", "no-progression-shown", "info",
    message="The same title, \"{title}\", covers {years:g} years.",
    suggestion="Show growth inside the role: bigger projects, larger teams or budgets, new responsibilities, or promotions as separate entries.",
    why="Readers look for a rising line; a long stretch under one title should still show increasing scope.",
    should_flag=["Jo Park\nIT Project Manager\n\nEXPERIENCE\nIT Project Manager | Acme | Jan 2015 - Present\n• Ran projects.\n"],
    should_pass=[
        "Jo Park\nSenior IT Project Manager\n\nEXPERIENCE\nSenior IT Project Manager | Acme | Jan 2020 - Present\n• Ran programmes.\n"
        "IT Project Manager | Acme | Jan 2015 - Dec 2019\n• Ran projects.\n",
        "Jo Park\nIT Project Manager\n\nEXPERIENCE\nIT Project Manager | Acme | Jan 2015 - Present\n• Promoted twice; grew the team from 3 to 12.\n",
    ],
)
def no_progression_shown(context: Context):
    work = context.profile.work
    if len(work) != 1 or context.facts.years_of_experience is None:
        return
    years = context.facts.years_of_experience
    if years >= 8 and not re.search(r"\bpromot\w*|\bgrew\b|\bexpanded\b", context.profile.text, re.IGNORECASE):
        yield Hit({"title": work[0].position or "one role", "years": years}, find_evidence(context.profile, work[0].position, "experience"))


@rule(
    "PC706", "career-unclear", "warning",
    message="The profile cannot be placed on the career ladder: no dated roles and no stated years of experience.",
    suggestion="Give each role its start and end (month and year), or state your years in project management in the summary, e.g. \"6 years leading IT projects\".",
    why="Level decides what a reader expects of you; without dates or years they cannot tell a coordinator from a programme manager.",
    should_flag=["Jo Park\nIT Project Manager | Cloud\n\nSUMMARY\nI run cloud migration projects for retail clients.\n"],
    should_pass=[SAMPLE_SENIOR],
    empties=True,
)
def career_unclear(context: Context):
    facts = context.facts
    # (undated roles whose titles place the person on the ladder do: PC312 asks for their dates)
    if facts.years_of_experience is None and not any(work.startDate for work in context.profile.work) and not (
        context.profile.work and facts.level is not None
    ):
        yield Hit()
