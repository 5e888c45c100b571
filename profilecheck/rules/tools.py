"""PC6xx: tools and methodologies."""
from __future__ import annotations

from .common import section_evidence
from .examples import BASE, GOOD
from .registry import Context, Hit, rule

MANY_TOOLS = ", ".join(
    ["Jira", "Trello", "Asana", "Wrike", "Smartsheet", "Monday.com", "Basecamp", "ClickUp", "Notion", "Confluence", "SharePoint", "Visio", "Excel", "Power BI", "Tableau", "ServiceNow"]
)
MANY_TOOLS_LIMIT = 12


@rule(
    "PC601", "no-pm-tools", "warning",
    message="No project-management tools are named (Jira, Microsoft Project, Smartsheet, Confluence ...).",
    suggestion="Name the 2-3 tools you know in depth and show them at work in a bullet, e.g. \"planned and tracked 6 releases in Jira\".",
    why="Tools are hard keywords in job posts, and naming them tells a team you can start working on day one.",
    should_flag=[BASE + "EXPERIENCE\nIT Project Manager | Acme | Jan 2019 - Present\n• Led 9 people with Scrum.\n"],
    should_pass=[GOOD],
)
def no_pm_tools(context: Context):
    if not context.facts.tools:
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
    if not context.facts.methodologies:
        yield Hit()
