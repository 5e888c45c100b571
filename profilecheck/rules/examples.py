"""Example profiles shared by the rules of several categories (their should-flag / should-pass texts)."""
from __future__ import annotations

BASE = "Jo Park\nIT Project Manager | Cloud | PMP\n\n"
GOOD = (
    BASE + "SUMMARY\nIT project manager with 8 years of experience, certified PMP and Scrum Master (CSM).\n\n"
    "EXPERIENCE\nIT Project Manager | Acme Health | Jan 2019 - Present\n"
    "• Led a team of 12 through risk management and stakeholder engagement for an Azure migration run in Jira with Scrum sprints.\n"
    "• Cut budget overruns by 20% with resource allocation and scheduling in Microsoft Project.\n"
    "SKILLS\nRisk management, stakeholder engagement, scheduling, budgeting, resource allocation, Jira, Microsoft Project, Scrum, Azure\n\n"
    "CERTIFICATIONS\nPMP, PMI, 2019\nCSM, Scrum Alliance, 2018\n"
)
