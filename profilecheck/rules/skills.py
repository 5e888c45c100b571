"""PC4xx: skills, the competencies and technical areas a profile shows."""
from __future__ import annotations

from .common import bullets, section_evidence
from .examples import BASE, GOOD
from .registry import Context, Hit, rule


@rule(
    "PC401", "skills-section-missing", "warning",
    message="There is no skills section.",
    suggestion="Add a short Skills (or Core Competencies) section: PM competencies, methods, tools and technical areas, the ones you prove in your experience.",
    why="Applicant tracking systems and recruiters scan a skills list for keywords; without one your skills must be dug out of sentences.",
    should_flag=[BASE + "EXPERIENCE\nIT Project Manager | Acme | Jan 2019 - Present\n• Led 9 people.\n"],
    should_pass=[GOOD],
)
def skills_section_missing(context: Context):
    if context.profile.section("skills") is None and not context.profile.skills:
        yield Hit()


@rule(
    "PC402", "few-pm-competencies", "warning",
    message="{only} core project-management {competencies} visible{found}.",
    suggestion="Show the core PM skills you really use, in your bullets and skills list: scope definition, scheduling, budgeting, risk management, stakeholder engagement, status reporting, team leadership.",
    why="The guide's five competency groups (planning, risk, quality, communication, leadership) are what a PM is hired for; they should be visible.",
    should_flag=[BASE + "EXPERIENCE\nIT Project Manager | Acme | Jan 2019 - Present\n• Moved 40 apps to Azure.\n"],
    should_pass=[GOOD],
)
def few_pm_competencies(context: Context):
    found = [item.name for item in context.facts.competencies]
    if len(found) < 3:
        values = {
            "count": len(found),
            "only": ("No", "Only one", "Only 2")[len(found)],
            "competencies": "competency is" if len(found) < 2 else "competencies are",
            "found": f" ({', '.join(found)})" if found else "",
        }
        yield Hit(values, section_evidence(context.profile, "skills"))


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
    experience = "\n".join(item.text for item in bullets(context)).lower()
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
    if not context.facts.technical:
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
