"""PC4xx skills, PC5xx certifications, PC6xx tools and methodologies."""
from __future__ import annotations

from .common import bullets, section_evidence
from .registry import Context, Hit, rule

BASE = "Jo Park\nIT Project Manager | Cloud | PMP\n\n"
GOOD = (
    BASE + "SUMMARY\nIT project manager with 8 years of experience, certified PMP and Scrum Master (CSM).\n\n"
    "EXPERIENCE\nIT Project Manager | Acme Health | Jan 2019 - Present\n"
    "• Led a team of 12 through risk management and stakeholder engagement for an Azure migration run in Jira with Scrum sprints.\n"
    "• Cut budget overruns by 20% with resource allocation and scheduling in Microsoft Project.\n"
    "SKILLS\nRisk management, stakeholder engagement, scheduling, budgeting, resource allocation, Jira, Microsoft Project, Scrum, Azure\n\n"
    "CERTIFICATIONS\nPMP, PMI, 2019\nCSM, Scrum Alliance, 2018\n"
)
MANY_TOOLS = ", ".join(
    ["Jira", "Trello", "Asana", "Wrike", "Smartsheet", "Monday.com", "Basecamp", "ClickUp", "Notion", "Confluence", "SharePoint", "Visio", "Excel", "Power BI", "Tableau", "ServiceNow"]
)
MANY_TOOLS_LIMIT = 12


def _in_experience(context: Context, start: int) -> bool:
    return context.profile.section_at(start) == "experience"


@rule(
    "PC401", "skills-section-missing", "warning",
    message="There is no skills section.",
    suggestion="Add a short Skills (or Core Competencies) section: PM competencies, methods, tools and technical areas, the ones you prove in your experience.",
    why="Applicant tracking systems and recruiters scan a skills list for keywords; without one your skills must be dug out of sentences.",
    should_flag=[BASE + "EXPERIENCE\nIT Project Manager | Acme | Jan 2019 - Present\n• Led 9 people.\n"],
    should_pass=[GOOD],
)
def skills_section_missing(context: Context):
    if context.mode == "profile" and context.profile.section("skills") is None and not context.profile.skills:
        yield Hit()


@rule(
    "PC402", "few-pm-competencies", "warning",
    message="Only {count} core project-management competencies are visible ({found}).",
    suggestion="Show the core PM skills you really use, in your bullets and skills list: scope definition, scheduling, budgeting, risk management, stakeholder engagement, status reporting, team leadership.",
    why="The guide's five competency groups (planning, risk, quality, communication, leadership) are what a PM is hired for; they should be visible.",
    should_flag=[BASE + "EXPERIENCE\nIT Project Manager | Acme | Jan 2019 - Present\n• Moved 40 apps to Azure.\n"],
    should_pass=[GOOD],
)
def few_pm_competencies(context: Context):
    if context.mode != "profile":
        return
    found = [item.name for item in context.facts.competencies]
    if len(found) < 3:
        yield Hit({"count": len(found), "found": ", ".join(found) or "none"}, section_evidence(context.profile, "skills"))


@rule(
    "PC403", "skills-not-proven", "info",
    message="{count} listed skills never appear in your experience: {skills}.",
    suggestion="Show each key skill at work in a bullet (where and with what result), or drop it from the list.",
    why="A skill named only in a list is a claim; the same skill in an experience bullet is evidence.",
    should_flag=[BASE + "EXPERIENCE\nIT Project Manager | Acme | Jan 2019 - Present\n• Led 9 people.\n\nSKILLS\nRisk management, budgeting, scheduling, stakeholder engagement\n"],
    should_pass=[GOOD],
)
def skills_not_proven(context: Context):
    if not context.profile.work:
        return
    experience = "\n".join(text for _, text, _ in bullets(context.profile)).lower()
    experience += "\n" + "\n".join((work.summary or "") for work in context.profile.work).lower()
    unproven = []
    for item in (*context.facts.competencies, *context.facts.technical):
        if item.evidence.section != "skills":
            continue
        if item.evidence.text.lower() not in experience and item.name.lower() not in experience:
            unproven.append(item.name)
    if len(unproven) >= 3:
        yield Hit({"count": len(unproven), "skills": ", ".join(unproven[:6])}, section_evidence(context.profile, "skills"))


@rule(
    "PC404", "no-technical-skills", "info",
    message="No technical area is visible (SDLC, cloud, infrastructure, security and compliance, data ...).",
    suggestion="Name the technical ground your projects cover, e.g. \"cloud migration (Azure)\", \"SDLC\", \"ISO 27001 compliance\", \"SQL reporting\".",
    why="IT project managers are expected to understand the technology they deliver; technical keywords show it and match job posts.",
    should_flag=["Jo Park\nIT Project Manager | PMP\n\nEXPERIENCE\nIT Project Manager | Acme | Jan 2019 - Present\n• Led 9 people to deliver on time.\n"],
    should_pass=[GOOD],
)
def no_technical_skills(context: Context):
    if context.mode == "profile" and not context.facts.technical:
        yield Hit()


@rule(
    "PC405", "skills-list-too-long", "info",
    message="The skills list holds {count} entries.",
    suggestion="Keep 10-20 skills that match the jobs you want and that your experience proves; a shorter list reads as focus.",
    why="A very long list dilutes the important keywords and looks padded.",
    should_flag=[BASE + "SKILLS\n" + ", ".join(f"Skill {n}" for n in range(45)) + "\n"],
    should_pass=[GOOD],
)
def skills_list_too_long(context: Context):
    count = sum(len(group.keywords) for group in context.profile.skills)
    if count > 40:
        yield Hit({"count": count}, section_evidence(context.profile, "skills"))


# ---------------------------------------------------------------- certifications

STAGE_ADVICE = {
    "foundation": ("CAPM", "CAPM (or CompTIA Project+) is the usual first project-management certification; it needs no PM experience."),
    "entry": ("CAPM", "CAPM is the stepping stone at this stage; plan for PMP once you have about three years of leading projects."),
    "mid": ("PMP", "PMP is the certification employers screen for at this stage; add an agile one (CSM, PSM or PMI-ACP) if you work in software delivery."),
    "senior": ("PMP", "At senior level PMP is expected; PgMP, SAFe or PRINCE2 Practitioner support programme and portfolio roles."),
    "director": ("PgMP", "For portfolio and PMO leadership, PgMP, PfMP or SAFe credentials carry weight; keep PMP visible."),
}
SPECIALIZATION_CERTS = {
    "cybersecurity": (("cissp", "cism", "comptia-security-plus", "cisa", "crisc"), "CISSP, CISM or CompTIA Security+"),
    "itsm": (("itil",), "ITIL 4"),
    "infrastructure": (("aws", "azure", "google-cloud", "ccna", "ccnp", "itil"), "a cloud certification (AWS, Azure, Google Cloud) or CCNA"),
    "software-development": (("csm", "psm", "pmi-acp", "safe", "pspo", "cspo"), "an agile certification (CSM, PSM or PMI-ACP)"),
    "erp": (("pmp", "prince2", "sap"), "an SAP certification or PMP"),
    "digital-transformation": (("safe", "pmp", "pgmp", "prince2"), "SAFe, PMP or PgMP"),
}


@rule(
    "PC501", "no-certifications", "warning",
    message="No certifications found.",
    suggestion="{advice}",
    why="Many employers filter on certifications; one recognised credential often decides whether a resume is read.",
    should_flag=[BASE.replace(" | PMP", "") + "EXPERIENCE\nIT Project Manager | Acme | Jan 2019 - Present\n• Led 9 people.\n"],
    should_pass=[GOOD],
)
def no_certifications(context: Context):
    if context.mode != "profile" or context.facts.certifications:
        return
    level = context.facts.level or "mid"
    yield Hit({"advice": STAGE_ADVICE.get(level, STAGE_ADVICE["mid"])[1]})


@rule(
    "PC502", "stage-certification", "info",
    message="At the {level} stage, {cert} is the certification most employers look for, and it is not on the profile.",
    suggestion="{advice}",
    why="The guide ties certifications to career stages: CAPM early, PMP mid-career, programme and portfolio credentials for seniors.",
    should_flag=["Jo Park\nSenior IT Project Manager | Cloud\n\nEXPERIENCE\nSenior IT Project Manager | Acme | Jan 2015 - Present\n• Led 20 people.\n\nCERTIFICATIONS\nITIL 4 Foundation, AXELOS, 2018\n"],
    should_pass=[GOOD],
)
def stage_certification(context: Context):
    if context.mode != "profile" or not context.facts.certifications:
        return
    level = context.facts.level
    if level not in STAGE_ADVICE:
        return
    wanted, advice = STAGE_ADVICE[level]
    held = {item.name.split()[0].upper() for item in context.facts.certifications}
    if wanted.upper() not in held and not (wanted == "CAPM" and "PMP" in held) and not (wanted == "PgMP".upper() and "PMP" in held and level != "director"):
        yield Hit({"level": level, "cert": wanted, "advice": advice})


@rule(
    "PC503", "certifications-not-visible", "info",
    message="Certifications are mentioned only in passing, not in their own section or the headline: {certs}.",
    suggestion="List certifications in their own section (name, issuer, year) and put the strongest one in your headline.",
    why="Recruiters look for certifications in a dedicated section and in the headline; buried in a sentence they are missed.",
    should_flag=["Jo Park\nIT Project Manager | Cloud\n\nEXPERIENCE\nIT Project Manager | Acme | Jan 2019 - Present\n• Led 9 people; PMP certified since 2018.\n"],
    should_pass=[GOOD],
)
def certifications_not_visible(context: Context):
    held = [item for item in context.facts.certifications if item.status == "held"]
    if not held or context.mode != "profile":
        return
    visible_sections = {"certifications", "header", "headline", "summary", "skills", "education"}
    if not any(item.evidence.section in visible_sections for item in held) and not context.profile.certificates:
        yield Hit({"certs": ", ".join(item.name for item in held[:4])}, held[0].evidence)


@rule(
    "PC504", "certification-in-progress-undated", "info",
    message="{cert} is in progress but has no expected date.",
    suggestion="Add the month you expect to finish, e.g. \"{cert} (expected [month year])\", so readers know it is real and near.",
    why="An in-progress certification with a date reads as a plan; without one it reads as a wish.",
    should_flag=["Jo Park\nIT Project Manager\n\nCERTIFICATIONS\nPursuing PMP\n"],
    should_pass=["Jo Park\nIT Project Manager\n\nCERTIFICATIONS\nPMP (expected June 2027)\n"],
)
def certification_in_progress_undated(context: Context):
    import re

    for item in context.facts.certifications:
        if item.status != "in_progress":
            continue
        text = context.profile.text
        line_start = text.rfind("\n", 0, item.evidence.start) + 1
        # The line and the next one: a narrow column wraps "exam planned for" / "2027"
        line_end = text.find("\n", item.evidence.end)
        line_end = text.find("\n", line_end + 1) if line_end >= 0 else -1
        line = text[line_start: line_end if line_end >= 0 else len(text)]
        if not re.search(r"(?:19|20)\d\d|\bq[1-4]\b", line, re.IGNORECASE):
            yield Hit({"cert": item.name}, item.evidence)


@rule(
    "PC505", "specialization-certification", "info",
    message="Your profile points to {specialization} work but shows none of the certifications that field values ({certs}).",
    suggestion="Consider {certs}; if you already hold one, list it in your certifications section.",
    why="Specialised fields have their own screening credentials; holding one signals depth in the domain.",
    should_flag=["Jo Park\nCybersecurity Project Manager\n\nEXPERIENCE\nCybersecurity Project Manager | Acme | Jan 2019 - Present\n• Led vulnerability assessments, SOC 2 and ISO 27001 compliance projects and penetration testing for 12 sites.\n\nCERTIFICATIONS\nPMP, PMI, 2019\n"],
    should_pass=[GOOD],
)
def specialization_certification(context: Context):
    if context.mode != "profile" or not context.facts.specializations:
        return
    top = context.facts.specializations[0]
    wanted = SPECIALIZATION_CERTS.get(top.id)
    if not wanted:
        return
    held = {item.id for item in context.facts.certifications}
    if not held.intersection(wanted[0]):
        yield Hit({"specialization": top.name, "certs": wanted[1]}, top.evidence)


# ---------------------------------------------------------------- tools and methodologies


@rule(
    "PC601", "no-pm-tools", "warning",
    message="No project-management tools are named (Jira, Microsoft Project, Smartsheet, Confluence ...).",
    suggestion="Name the 2-3 tools you know in depth and show them at work in a bullet, e.g. \"planned and tracked 6 releases in Jira\".",
    why="Tools are hard keywords in job posts, and naming them tells a team you can start working on day one.",
    should_flag=[BASE + "EXPERIENCE\nIT Project Manager | Acme | Jan 2019 - Present\n• Led 9 people with Scrum.\n"],
    should_pass=[GOOD],
)
def no_pm_tools(context: Context):
    if context.mode == "profile" and not context.facts.tools:
        yield Hit()


@rule(
    "PC602", "too-many-tools", "info",
    message="{count} tools are named; that reads as a list more than as expertise.",
    suggestion="Lead with the 2-3 core tools you know deeply (and show them in experience); fold the rest into one short line or drop them.",
    why="The guide advises deep knowledge of a few core tools over surface knowledge of many; a long list hides which ones you master.",
    should_flag=[BASE + "SKILLS\n" + MANY_TOOLS + "\n"],
    should_pass=[GOOD],
)
def too_many_tools(context: Context):
    count = len(context.facts.tools)
    if count > MANY_TOOLS_LIMIT:
        yield Hit({"count": count}, section_evidence(context.profile, "skills"))


@rule(
    "PC603", "tools-not-in-experience", "info",
    message="None of your tools appear in your experience: {tools}.",
    suggestion="Show your main tool at work in a bullet: what you planned, tracked or reported with it, and for how many people.",
    why="A tool used in a described project is proof of skill; a tool in a list is only a claim.",
    should_flag=[BASE + "EXPERIENCE\nIT Project Manager | Acme | Jan 2019 - Present\n• Led 9 people.\n\nSKILLS\nJira, Confluence, Smartsheet\n"],
    should_pass=[GOOD],
)
def tools_not_in_experience(context: Context):
    tools = context.facts.tools
    if not tools or not context.profile.work:
        return
    experience = context.profile.section("experience")
    if experience is None:
        return
    text = context.profile.text[experience.start:experience.end].lower()
    if not any(item.evidence.text.lower() in text or item.name.lower() in text for item in tools):
        yield Hit({"tools": ", ".join(item.name for item in tools[:5])}, tools[0].evidence)


@rule(
    "PC604", "no-methodology", "warning",
    message="No delivery methodology is named (Agile, Scrum, Kanban, Waterfall, hybrid, PRINCE2 ...).",
    suggestion="Say how you run projects, and show it in a bullet: e.g. \"ran two-week Scrum sprints\" or \"hybrid plan with stage gates\".",
    why="Nearly every IT project manager job post names a methodology; it is one of the first keywords screened.",
    should_flag=[BASE.replace(" | PMP", "") + "EXPERIENCE\nIT Project Manager | Acme | Jan 2019 - Present\n• Led 9 people.\n"],
    should_pass=[GOOD],
)
def no_methodology(context: Context):
    if context.mode == "profile" and not context.facts.methodologies:
        yield Hit()
