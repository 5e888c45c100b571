"""PC5xx: certifications, held and in progress, against the career stage and the specialization."""
from __future__ import annotations

import re

from .examples import BASE, GOOD
from .registry import Context, Hit, rule

STAGE_ADVICE = {
    "foundation": ("CAPM", "CAPM (or CompTIA Project+) is the usual first project-management certification; it needs no PM experience."),
    "entry": ("CAPM", "CAPM is the stepping stone at this stage; plan for PMP once you have about three years of leading projects."),
    "mid": ("PMP", "PMP is the certification employers screen for at this stage; add an agile one (CSM, PSM or PMI-ACP) if you work in software delivery."),
    "senior": ("PMP", "At senior level PMP is expected; PgMP, SAFe or PRINCE2 Practitioner support programme and portfolio roles."),
    "director": ("PgMP", "For portfolio and PMO leadership, PgMP, PfMP or SAFe credentials carry weight; keep PMP visible."),
}
SPECIALIZATION_CERTS = {
    "cybersecurity": (("cissp", "cism", "comptia-security-plus", "cisa", "crisc", "ccsp", "sscp", "csslp", "isc2-cc", "cgrc", "giac"), "CISSP, CISM or CompTIA Security+"),
    "itsm": (("itil",), "ITIL 4"),
    "infrastructure": (("aws", "azure", "google-cloud", "ccna", "ccnp", "ccent", "juniper", "itil"), "a cloud certification (AWS, Azure, Google Cloud) or CCNA"),
    "software-development": (("csm", "psm", "pmi-acp", "safe", "pspo", "cspo", "psd", "psk", "csd", "pal"), "an agile certification (CSM, PSM or PMI-ACP)"),
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
    empties=True,
)
def no_certifications(context: Context):
    if context.facts.certifications:
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
    if not context.facts.certifications:
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
    if not held:
        return
    visible_sections = {"certifications", "header", "headline", "summary", "skills", "education"}
    if not any(item.evidence.section in visible_sections for item in held) and not context.profile.certificates:
        yield Hit({"certs": ", ".join(item.name for item in held[:4])}, held[0].evidence)


@rule(
    "PC504", "certification-in-progress-undated", "info",
    message="{cert} is in progress but has no expected date.",
    message_many="{count} certifications are in progress with no expected date: {list_cert}.",
    suggestion_many="Add the month you expect to finish each, e.g. \"[certification] (expected [month year])\", so readers know they are real and near.",
    suggestion="Add the month you expect to finish, e.g. \"{cert} (expected [month year])\", so readers know it is real and near.",
    why="An in-progress certification with a date reads as a plan; without one it reads as a wish.",
    should_flag=["Jo Park\nIT Project Manager\n\nCERTIFICATIONS\nPursuing PMP\n"],
    should_pass=["Jo Park\nIT Project Manager\n\nCERTIFICATIONS\nPMP (expected June 2027)\n"],
)
def certification_in_progress_undated(context: Context):
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
    if not context.facts.specializations:
        return
    top = context.facts.specializations[0]
    wanted = SPECIALIZATION_CERTS.get(top.id)
    if not wanted:
        return
    held = {item.id for item in context.facts.certifications}
    if not held.intersection(wanted[0]):
        yield Hit({"specialization": top.name, "certs": wanted[1]}, top.evidence)
