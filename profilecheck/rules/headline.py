"""PC1xx: the headline, the line under the name that search results and recruiters see first."""
from __future__ import annotations

import re

from ..definitions import HEADLINE_LIMIT, SEARCH_PREVIEW
from ..lexicon import cue_pattern
from ..titles import classify_title, is_pm_title
from .common import headline_evidence, headline_found, short
from .registry import Context, Hit, rule

SEPARATORS = re.compile(r"\s[|•·/]\s|\s[-–—]\s|,\s")
VALUE_RE = re.compile(
    r"[$€£]\s?\d|\d+\s?(?:%|percent|k\b|m\b|m\+|mm\b|million|billion|bn\b)|\bteams? of \d+|"
    rf"\d+\+?\s*(?:{cue_pattern('headline-counted')})|\b(?:{cue_pattern('headline-value', ' ')})\b",
    re.IGNORECASE,
)
EXAMPLE_STRONG = "Senior IT Project Manager | Cloud Migration & ERP | Agile/Scrum | PMP | $5M+ programmes delivered"


def _headline(context: Context):
    return (context.headline or "").strip()


@rule(
    "PC101", "headline-missing", "error",
    message="No headline found under the name.",
    suggestion="Add one line under your name: your title, your specialization, a method or certification, and the scale you work at, e.g. \"IT Project Manager | Infrastructure & Cloud | PMP | [budget or team size]\".",
    why="The headline is the first text a recruiter reads and what LinkedIn search shows beside your name; without one the reader has to guess what you do.",
    should_flag=["Jordan Blake\njordan@example.com\n\nEXPERIENCE\nIT Project Manager | Acme | 2019 - Present\n• Ran releases."],
    should_pass=["Jordan Blake\nIT Project Manager | ERP | PMP\njordan@example.com\n\nEXPERIENCE\nIT Project Manager | Acme | 2019 - Present\n• Ran releases."],
    empties=True,
)
def headline_missing(context: Context):
    if not _headline(context):
        yield Hit()


@rule(
    "PC102", "headline-too-long", "error",
    message=f"The headline has {{length}} characters; LinkedIn cuts it at {HEADLINE_LIMIT}.",
    suggestion=f"Trim it to {HEADLINE_LIMIT} characters or fewer: keep the title, one specialization, one method or certification, and one number.",
    why=f"LinkedIn does not accept more than {HEADLINE_LIMIT} characters, and long headlines are cut in search results anyway.",
    should_flag=["IT Project Manager | " + " | ".join(["Agile delivery leader for cloud, ERP and cybersecurity programmes"] * 4)],
    should_pass=[EXAMPLE_STRONG],
    scope="headline",
)
def headline_too_long(context: Context):
    text = _headline(context)
    if len(text) > HEADLINE_LIMIT:
        yield Hit({"length": len(text)}, headline_evidence(context))


@rule(
    "PC104", "headline-only-title", "warning",
    message="The headline is only a job title: \"{headline}\".",
    suggestion="Keep the title and add what sets you apart, e.g. \"{headline} | [specialization] | [method or certification] | [scale: budget, team or result]\".",
    why="Thousands of people share the same title; a headline that is only a title gives search and recruiters nothing to tell you apart.",
    should_flag=["IT Project Manager", "Senior Project Manager at Contoso"],
    should_pass=[EXAMPLE_STRONG, "IT Project Manager | Cloud Infrastructure | PMP"],
    scope="headline",
)
def headline_only_title(context: Context):
    text = _headline(context)
    if not text:
        return
    core = re.sub(r"\s+(?:at|@)\s+.*$", "", text).strip(" |-–·,")
    found = classify_title(core)
    extras = SEPARATORS.split(core)
    if found and len(extras) == 1 and len(core.split()) <= 6:
        yield Hit({"headline": short(text)}, headline_evidence(context))


@rule(
    "PC105", "headline-no-specialization", "warning",
    message="The headline names no area of expertise (such as infrastructure, cloud, ERP, cybersecurity, ITSM or software delivery).",
    suggestion="Name the kind of IT projects you run best, e.g. \"Cloud Migration\", \"ERP (SAP S/4HANA)\", \"Cybersecurity & Compliance\".",
    why="Hiring managers search for a domain as much as a title; a specialization is what makes you the obvious match.",
    should_flag=["IT Project Manager | PMP | Team Leader"],
    should_pass=["IT Project Manager | ERP Implementations | PMP", "Technical Project Manager | Software Development | Scrum"],
    scope="headline",
)
def headline_no_specialization(context: Context):
    text = _headline(context)
    if not text:
        return
    found = headline_found(context)
    if not found.specializations and not found.technical:
        yield Hit({}, headline_evidence(context))


@rule(
    "PC106", "headline-no-methodology", "info",
    message="The headline names no delivery method (Agile, Scrum, Waterfall, hybrid, PRINCE2, ITIL ...).",
    suggestion="Add the approach you lead with, e.g. \"Agile & Hybrid Delivery\" or \"Scrum\".",
    why="Job posts for IT project managers nearly always name a methodology; having it in the headline matches those searches.",
    should_flag=["IT Project Manager | Cloud Infrastructure | $3M budgets"],
    should_pass=["IT Project Manager | Cloud Infrastructure | Agile"],
    scope="headline",
)
def headline_no_methodology(context: Context):
    text = _headline(context)
    if not text:
        return
    if not headline_found(context).methodologies:
        yield Hit({}, headline_evidence(context))


@rule(
    "PC107", "headline-no-certification", "info",
    message="{detail}",
    suggestion="{advice}",
    why="Certifications such as PMP, PRINCE2, CSM or ITIL are screening keywords; in the headline they are seen before anything else.",
    should_flag=["Jo Park\nIT Project Manager | Cloud\n\nCERTIFICATIONS\nPMP, PMI, 2020"],
    should_pass=["Jo Park\nIT Project Manager | Cloud | PMP\n\nCERTIFICATIONS\nPMP, PMI, 2020"],
)
def headline_no_certification(context: Context):
    text = _headline(context)
    if not text:
        return
    if headline_found(context).certifications:
        return
    held = [item.name for item in context.facts.certifications if item.status == "held"]
    if held:
        yield Hit(
            {
                "detail": f"You hold {', '.join(held[:3])} but the headline does not say so.",
                "advice": f"Add your strongest certification to the headline, e.g. \"| {held[0]}\".",
            },
            headline_evidence(context),
        )


@rule(
    "PC108", "headline-no-value", "warning",
    message="The headline shows no scale or result (budget, team size, outcome).",
    suggestion="Add one number that shows the size of what you run, e.g. \"$2M+ budgets\", \"teams of 15\", \"40+ releases on time\"; use a real figure from your experience.",
    why="A number in the headline tells the reader at a glance what level of responsibility you carry.",
    should_flag=["IT Project Manager | Cloud Infrastructure | PMP"],
    should_pass=[EXAMPLE_STRONG, "IT Delivery Manager | ERP | Teams of 20 across 3 countries"],
    scope="headline",
)
def headline_no_value(context: Context):
    text = _headline(context)
    if text and not VALUE_RE.search(text):
        yield Hit({}, headline_evidence(context))


@rule(
    "PC109", "headline-hard-to-scan", "info",
    message="The headline is {length} characters with no separators, or written in capitals.",
    suggestion="Break it into short parts with \" | \" and use normal capitalisation: title | expertise | method | result.",
    why="Readers skim; separated parts are read at a glance, a long unbroken phrase or capitals are not.",
    should_flag=["EXPERIENCED IT PROJECT MANAGER DELIVERING CLOUD AND ERP PROGRAMMES", "Experienced IT project manager delivering cloud migrations and ERP programmes for healthcare clients across Europe"],
    should_pass=[EXAMPLE_STRONG],
    scope="headline",
)
def headline_hard_to_scan(context: Context):
    text = _headline(context)
    letters = [ch for ch in text if ch.isalpha()]
    shouting = len(letters) > 12 and sum(ch.isupper() for ch in letters) / len(letters) > 0.8
    unbroken = len(text) > 70 and not SEPARATORS.search(text)
    if shouting or unbroken:
        yield Hit({"length": len(text)}, headline_evidence(context))


@rule(
    "PC110", "headline-weak-start", "warning",
    message="The first {preview} characters (what search results show) are \"{start}\" and do not carry your title and a key skill.",
    suggestion="Start with the title and your strongest keyword; move soft words to the end, e.g. \"IT Project Manager | [specialization] | ...\".",
    why="Search results and notifications show only the start of a headline; what comes after may never be read.",
    should_flag=["Passionate, results-driven leader who loves technology | IT Project Manager | PMP"],
    should_pass=[EXAMPLE_STRONG],
    scope="headline",
)
def headline_weak_start(context: Context):
    text = _headline(context)
    if len(text) <= SEARCH_PREVIEW:
        return
    start = text[:SEARCH_PREVIEW]
    found = headline_found(context, SEARCH_PREVIEW)
    has_title = classify_title(start) is not None
    has_keyword = bool(found.specializations or found.methodologies or found.certifications or found.technical)
    if not (has_title and has_keyword):
        yield Hit({"preview": SEARCH_PREVIEW, "start": start.strip()}, headline_evidence(context))


@rule(
    "PC111", "headline-buzzwords", "warning",
    message="The headline spends words on \"{words}\", which says little about you.",
    suggestion="Replace them with something checkable: a specialization, a certification, or a result with a number.",
    why="Phrases like \"results-driven\" or \"passionate\" appear on countless profiles and are skipped by readers and search.",
    should_flag=["Results-driven IT Project Manager | Team Player"],
    should_pass=[EXAMPLE_STRONG],
    scope="headline",
)
def headline_buzzwords(context: Context):
    found = list(dict.fromkeys(item.evidence.text for item in headline_found(context).buzzwords))
    if found:
        yield Hit({"words": "\", \"".join(found[:3])}, headline_evidence(context))


@rule(
    "PC112", "headline-no-pm-role", "error",
    message="The headline names no project-management role: \"{headline}\".",
    suggestion="Lead with the PM title you hold or are aiming for, e.g. \"IT Project Manager | [specialization] | [certification]\"; if you are moving into PM, say so: \"Systems Analyst moving into IT Project Management | [specialization]\".",
    why="Recruiters search by title first; a headline without a project-management role does not come up in their searches, however strong the rest is.",
    should_flag=["Manager", "hello", "Engineer", "Cloud | Agile | PMP"],
    should_pass=[EXAMPLE_STRONG, "Technical Project Manager | Software Development | Scrum Master | SaaS Implementations",
                 "Network Engineer moving into IT Project Management | Cloud"],
    scope="headline",
)
def headline_no_pm_role(context: Context):
    text = _headline(context)
    if not text:
        return
    aiming = re.search(r"\b(?:moving|transitioning|aspiring|future|becoming)\b", text, re.IGNORECASE)
    if not is_pm_title(text) and not (aiming and re.search(r"project|program", text, re.IGNORECASE)):
        yield Hit({"headline": short(text)}, headline_evidence(context))
