"""PC9xx: match against a job posting (only with --job)."""
from __future__ import annotations

from .registry import Context, Hit, rule

JOB_SEPARATOR = "\n=== JOB ===\n"  # in examples: resume text, separator, posting text
RESUME = (
    "Jo Park\nIT Project Manager | Cloud | PMP\n\nEXPERIENCE\nIT Project Manager | Acme | Jan 2019 - Present\n"
    "• Led a team of 12 through an Azure migration with Scrum, tracked in Jira, with risk management and stakeholder engagement.\n\n"
    "CERTIFICATIONS\nPMP, PMI, 2019\n"
)
POSTING_MATCHING = "We need an IT Project Manager with PMP, Scrum, Jira, Azure, risk management and stakeholder engagement."
POSTING_FAR = "IT Project Manager: ServiceNow, ITIL, CISSP, Kanban, Smartsheet, Confluence, SharePoint, Power BI, budgeting, vendor management."


def _job(context: Context):
    return context.job


@rule(
    "PC901", "job-match-low", "warning",
    message="The resume shows {rate}% of the posting's keywords; {target}% is the usual target.",
    suggestion="Work the missing keywords you really have into your bullets and skills (see the missing list); tailor the headline and summary to this role.",
    why="Recruiters and applicant tracking systems rank applicants by how well the resume covers the posting's terms.",
    should_flag=[RESUME + JOB_SEPARATOR + POSTING_FAR],
    should_pass=[RESUME + JOB_SEPARATOR + POSTING_MATCHING],
    example_kind="job",
)
def job_match_low(context: Context):
    job = _job(context)
    if job is not None and job.match_rate < job.target:
        yield Hit({"rate": f"{job.match_rate:g}", "target": job.target})


@rule(
    "PC902", "job-missing-certifications", "warning",
    message="The posting asks for {certs}, which the resume does not show.",
    suggestion="If you hold them, list them in your certifications section and headline; if you are studying for one, say so with the expected date.",
    why="Required certifications are often hard filters: without them the resume may never reach a person.",
    should_flag=[RESUME + JOB_SEPARATOR + POSTING_FAR],
    should_pass=[RESUME + JOB_SEPARATOR + POSTING_MATCHING],
    example_kind="job",
)
def job_missing_certifications(context: Context):
    job = _job(context)
    if job is not None and job.missing.get("certifications"):
        yield Hit({"certs": ", ".join(job.missing["certifications"])})


@rule(
    "PC903", "job-missing-keywords", "info",
    message="Missing from the resume: {keywords}.",
    suggestion="Add those you have real experience with, in a bullet that shows them in use; do not add what you cannot back up in an interview.",
    why="Each missing hard skill, tool or method lowers your rank for this posting.",
    should_flag=[RESUME + JOB_SEPARATOR + POSTING_FAR],
    should_pass=[RESUME + JOB_SEPARATOR + POSTING_MATCHING],
    example_kind="job",
)
def job_missing_keywords(context: Context):
    job = _job(context)
    if job is None:
        return
    missing = [*job.missing.get("tools", ()), *job.missing.get("methodologies", ()), *job.missing.get("hard_skills", ())]
    if missing:
        yield Hit({"keywords": ", ".join(missing[:10])})


@rule(
    "PC904", "job-keyword-variant", "info",
    message="The posting says \"{posting}\" where the resume says \"{resume}\".",
    message_many="The posting and the resume word {count} things differently: {list_pair}.",
    suggestion_many="Use the posting's wording at least once for each (e.g. \"{resume} ({posting})\") so simple keyword filters see the match.",
    suggestion="Use the posting's wording at least once (e.g. \"{resume} ({posting})\") so simple keyword filters see the match.",
    why="Some applicant tracking systems match words literally and miss synonyms and abbreviations.",
    should_flag=[RESUME + JOB_SEPARATOR + "IT Project Manager with Atlassian JIRA and Microsoft Azure experience."],
    should_pass=[RESUME + JOB_SEPARATOR + POSTING_MATCHING],
    example_kind="job",
)
def job_keyword_variant(context: Context):
    job = _job(context)
    if job is None:
        return
    for item in job.variants:
        yield Hit({**item, "pair": f"\"{item['posting']}\" for \"{item['resume']}\""})
