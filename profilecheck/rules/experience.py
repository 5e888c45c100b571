"""PC3xx: experience and impact: each bullet should show a verb, a result, a scale and a method."""
from __future__ import annotations

import re

from ..lexicon import cue_pattern
from .common import bullets, section_evidence, short
from .registry import Context, Hit, rule

QUANTIFIED_TARGET = 0.4  # share of bullets with a number that reads as evidence-rich
LONG_BULLET = 300
SCOPE_RE = re.compile(
    r"[$€£]\s?\d|\b\d+(?:[.,]\d+)?\s?(?:k|m|mm|million|billion)\b|\bbudget\b|\bteams? of \d+|\b\d+[- ](?:person|member|people)\b|"
    r"\b(?:led|managed|directed|supervised|coordinated)\s+(?:a\s+)?(?:team of\s+)?\d+\b",
    re.IGNORECASE,
)
GOOD = (
    "Jo Park\nIT Project Manager | Cloud | PMP\n\nEXPERIENCE\n"
    "IT Project Manager | Acme Health | Boston, MA | Jan 2019 - Present\n"
    "• Led a team of 12 to move 40 clinical apps to Azure with Agile sprints, cutting hosting costs by 30% ($400K a year).\n"
    "• Delivered the $1.2M ERP upgrade 3 weeks ahead of schedule using a hybrid plan in Jira.\n"
)


@rule(
    "PC301", "experience-missing", "error",
    message="No dated work history found.",
    suggestion="Add an Experience section: for each role the title, employer, dates (month and year) and 3-5 results.",
    why="Employers and applicant tracking systems read the work history first; without dated roles your experience cannot be counted.",
    should_flag=["Jo Park\nIT Project Manager | Cloud\n\nSUMMARY\nI like projects.\n\nSKILLS\nJira, Scrum"],
    should_pass=[GOOD],
    empties=True,
)
def experience_missing(context: Context):
    if not context.profile.work:
        yield Hit({}, section_evidence(context.profile, "experience"))


@rule(
    "PC303", "few-quantified-bullets", "warning",
    message="{only} of the {total} experience bullets ({share}%) {carry} a number.",
    suggestion="Add a measurable outcome to more bullets: money saved or managed, % improvement, time gained, team size, users or systems affected.",
    why="Quantified results are what make experience credible and comparable; the guide's example bullets each carry several numbers.",
    should_flag=["Jo Park\nIT Project Manager\n\nEXPERIENCE\nIT Project Manager | Acme | Jan 2019 - Present\n• Ran the release process.\n• Coordinated vendors.\n• Wrote status reports.\n"],
    should_pass=[GOOD],
)
def few_quantified_bullets(context: Context):
    items = list(bullets(context))
    if len(items) < 2:
        return
    quantified = sum(1 for item in items if item.metrics)
    share = quantified / len(items)
    if share < QUANTIFIED_TARGET:
        yield Hit(
            {"quantified": quantified, "total": len(items), "share": round(share * 100),
             "only": f"Only {quantified}" if quantified else "None", "carry": "carries" if quantified <= 1 else "carry"},
            section_evidence(context.profile, "experience"),
        )


@rule(
    "PC304", "bullet-weak-start", "info",
    message="This bullet does not start with an action verb: \"{bullet}\".",
    message_many="{count} bullets do not start with an action verb.",
    suggestion="Start with what you did, in the past tense for past roles: \"Led\", \"Delivered\", \"Cut\", \"Migrated\", \"Negotiated\" ...",
    why="A strong verb at the start of each bullet shows your part in the result at a glance.",
    should_flag=["Jo Park\nIT Project Manager\n\nEXPERIENCE\nIT Project Manager | Acme | Jan 2019 - Present\n• The migration of 40 apps to Azure, finished in 2020.\n"],
    should_pass=[GOOD],
)
def bullet_weak_start(context: Context):
    from .wordlists import starts_with_action_verb

    for item in bullets(context):
        if item.span is not None and context.facts.within(item.span).weak_phrases:
            continue  # PC302 already says more about this bullet
        if not starts_with_action_verb(item.text):
            yield Hit({"bullet": short(item.text, 70)}, item.evidence)


@rule(
    "PC305", "role-without-bullets", "warning",
    message="The role \"{role}\" has no bullets or description.",
    message_many="{count} roles have no bullets or description.",
    suggestion_many="Add 2-5 bullets to each: projects run, scale (team, budget), methods and results.",
    suggestion="Add 2-5 bullets for this role: projects run, scale (team, budget), methods and results.",
    why="A role with no detail reads as unimportant or hidden, and gives search engines no keywords.",
    should_flag=["Jo Park\nIT Project Manager\n\nEXPERIENCE\nIT Project Manager | Acme | Jan 2019 - Present\nIT Project Coordinator | Beta | Jan 2016 - Dec 2018\n• Planned releases for 3 teams.\n"],
    should_pass=[GOOD],
)
def role_without_bullets(context: Context):
    from .common import find_evidence

    for work in context.profile.work:
        if not work.highlights and not work.summary:
            role = " at ".join(part for part in (work.position, work.name) if part) or "(untitled role)"
            yield Hit({"role": role}, find_evidence(context.profile, work.position or work.name, "experience"))


@rule(
    "PC306", "bullet-too-long", "info",
    message="A bullet runs to {length} characters: \"{bullet}\".",
    message_many=f"{{count}} bullets run to more than {LONG_BULLET} characters.",
    note="{length} characters",
    suggestion="Keep bullets to one or two lines: the action, the scale, the result. Split the rest into another bullet.",
    why="Long bullets are skimmed; the result at their end is often never read.",
    should_flag=["Jo Park\nIT Project Manager\n\nEXPERIENCE\nIT Project Manager | Acme | Jan 2019 - Present\n• " + "Coordinated the many workstreams of the hospital migration programme with vendors and internal teams " * 4 + "\n"],
    should_pass=[GOOD],
)
def bullet_too_long(context: Context):
    for item in bullets(context):
        if len(item.text) > LONG_BULLET:
            yield Hit({"length": len(item.text), "bullet": short(item.text, 60)}, item.evidence)


@rule(
    "PC307", "no-scope-shown", "warning",
    message="No experience bullet shows the scale you worked at (team size or budget).",
    suggestion="For your main projects say how many people you led and what budget you managed, e.g. \"led a team of [N] ... [budget]\".",
    why="Team size and budget are how readers judge the level of a project manager; the guide lists them first among what to show.",
    should_flag=["Jo Park\nIT Project Manager\n\nEXPERIENCE\nIT Project Manager | Acme | Jan 2019 - Present\n• Cut incident volume by 30% after the upgrade.\n• Shipped 12 releases.\n"],
    should_pass=[GOOD],
)
def no_scope_shown(context: Context):
    items = list(bullets(context))
    if len(items) < 2:
        return
    if not any(SCOPE_RE.search(item.text) for item in items) and not any(
        metric.kind in ("team_size", "money") for achievement in context.facts.achievements for metric in achievement.metrics
    ):
        yield Hit({}, section_evidence(context.profile, "experience"))


@rule(
    "PC308", "no-methods-in-experience", "info",
    message="The experience bullets never name a methodology or technology.",
    suggestion="Mention how and on what you delivered: \"with two-week Scrum sprints\", \"migrated to AWS\", \"tracked in Jira\".",
    why="Methods and technologies in the bullets prove the skills you list and match the keywords in job posts.",
    should_flag=["Jo Park\nIT Project Manager\n\nEXPERIENCE\nIT Project Manager | Acme | Jan 2019 - Present\n• Led a team of 9 that finished 3 weeks early.\n• Saved $200K in vendor costs.\n"],
    should_pass=[GOOD],
)
def no_methods_in_experience(context: Context):
    items = list(bullets(context))
    if len(items) < 2:
        return
    spans = [item.span for item in items if item.span is not None]
    found = context.facts.within(*spans) if spans else None
    if not (found and (found.methodologies or found.technical or found.tools)):
        yield Hit({}, section_evidence(context.profile, "experience"))


@rule(
    "PC309", "employment-gap", "info",
    message="There is a gap of {months} months between \"{before}\" and \"{after}\".",
    message_many="There are {count} gaps of more than six months between roles: {list_gap}.",
    suggestion="If the gap was for study, caring, a sabbatical or freelance work, say so in one line; a named gap raises fewer questions than a silent one.",
    why="Readers notice unexplained gaps; a short note answers the question before it is asked.",
    should_flag=["Jo Park\nIT Project Manager\n\nEXPERIENCE\nIT Project Manager | Acme | Jan 2022 - Present\n• Led 5 people.\nIT Project Coordinator | Beta | Jan 2016 - Dec 2019\n• Planned 10 releases.\n"],
    should_pass=[
        GOOD,
        # gaps between jobs held while studying are not gaps in a career
        "Jo Park\nIT Project Manager\n\nEXPERIENCE\nIT Project Manager | Acme | Jan 2020 - Present\n• Led 5 people.\n"
        "Summer Intern | Beta | Jun 2017 - Aug 2017\n• Tested releases.\nWorking Student | Gamma | Jan 2015 - Jun 2015\n• Wrote test plans.\n",
    ],
)
def employment_gap(context: Context):
    """Gaps of more than six months between roles, counted from the first role of the career: the
    first that is not a job held while studying (an internship, a student or summer job, or a short
    job that ended before the first degree did, unless it was a project-management role)."""
    from ..facts import _year_month

    degree_end = _first_degree_end(context)
    ranges = []
    for work in context.profile.work:
        start = _year_month(work.startDate)
        if start is None:
            continue
        end = _year_month(work.endDate)
        first = start.index(1)
        last = (context.facts.as_of.year * 12 + context.facts.as_of.month - 1) if end is None else end.index(12)
        ranges.append((first, last, work))
    ranges.sort(key=lambda item: item[0])
    while ranges and _while_studying(*ranges[0], degree_end):
        ranges.pop(0)
    covered_until = None
    previous = None
    for first, last, work in ranges:
        if covered_until is not None and first - covered_until > 6:
            months = first - covered_until - 1
            before = previous.position or previous.name or "one role"
            after = work.position or work.name or "the next"
            yield Hit({"months": months, "before": before, "after": after, "gap": f"{months} months between \"{before}\" and \"{after}\""}, None)
        if covered_until is None or last > covered_until:
            covered_until, previous = last, work


@rule(
    "PC312", "role-undated", "warning",
    message="The role \"{role}\" has no dates.",
    message_many="{count} roles have no dates: {list_role}.",
    suggestion="Put its start and end, month and year, on the role's first line (\"Mar 2021 - Present\"), the same way for every role.",
    suggestion_many="Put each role's start and end, month and year, on its first line (\"Mar 2021 - Present\"), the same way for every role.",
    why="A role without dates counts for nothing in the years a reader or an applicant tracking system adds up, and an undated history makes readers wonder what it leaves out.",
    should_flag=[
        "Jo Park\nIT Project Manager\n\nEXPERIENCE\nIT Project Manager | Acme Health | Boston, MA\n"
        "• Led a team of 12 to move 40 apps to Azure.\n",
        # dated roles with one left undated below them
        "Jo Park\nIT Project Manager\n\nEXPERIENCE\nIT Project Manager | Acme | Boston, MA | Jan 2019 - Present\n"
        "• Led a team of 12 to move 40 apps to Azure.\n\nBusiness Analyst | Beta Bank | Leeds, UK\n• Wrote the requirements for 3 releases.\n",
    ],
    should_pass=[GOOD],
)
def role_undated(context: Context):
    from .common import evidence

    for work in context.profile.work:
        if work.startDate:
            continue
        role = " at ".join(part for part in (work.position, work.name) if part) or "(untitled role)"
        if work.span == (0, 0):
            yield Hit({"role": role}, None)  # a structured profile (JSON Resume): no text to point at
            continue
        line_end = context.profile.text.find("\n", work.span[0])
        end = line_end if work.span[0] <= line_end <= work.span[1] else work.span[1]
        yield Hit({"role": role}, evidence(context.profile, work.span[0], max(end, work.span[0] + 1), "experience"))


STUDENT_JOB_RE = re.compile(rf"\b(?:{cue_pattern('student-job-words')})\b", re.IGNORECASE)
PM_ROLE_RE = re.compile(r"\b(?:project|program|programme|portfolio|delivery)\b|\bscrum\b|\bpmo\b", re.IGNORECASE)
STUDENT_JOB_MONTHS = 24  # a job that ended before the first degree did, and lasted no longer


def _first_degree_end(context: Context):
    """The month index of the earliest education end date, or None."""
    from ..facts import _year_month

    ends = [_year_month(item.endDate) for item in context.profile.education if item.endDate]
    ends = [end.index(6) for end in ends if end is not None]
    return min(ends) if ends else None


def _while_studying(first: int, last: int, work, degree_end) -> bool:
    """A job taken before the career began: an internship, a student or summer job, or a short
    job that ended before the first degree did (a project-management role never is one)."""
    title = " ".join(part for part in (work.position, work.name) if part)
    if STUDENT_JOB_RE.search(work.position or ""):
        return True
    if PM_ROLE_RE.search(title):
        return False
    return degree_end is not None and last <= degree_end and last - first < STUDENT_JOB_MONTHS
