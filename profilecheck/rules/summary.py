"""PC2xx: the summary / About section, where the person tells their story."""
from __future__ import annotations

import re

from ..definitions import ABOUT_LIMIT
from ..lexicon import cue_pattern
from .common import section_evidence, short
from .registry import Context, Hit, rule

YEARS_RE = re.compile(r"\b\d{1,2}\s*\+?\s*(?:years?|yrs?)\b", re.IGNORECASE)
NUMBER_RE = re.compile(r"[$€£]\s?\d|\d+(?:[.,]\d+)?\s?(?:%|percent|k\b|m\b|million|x\b)|\b\d{2,}\b")
LEADERSHIP_RE = re.compile(rf"\b(?:{cue_pattern('leadership-words')})\b", re.IGNORECASE)
GROWTH_RE = re.compile(rf"\b(?:{cue_pattern('growth-words', ' ')})\b", re.IGNORECASE)
_PRAISE = cue_pattern("self-praise")
WEAK_OPENING_RE = re.compile(
    rf"^\s*(?:i am (?:a |an )?(?:highly |very )?(?:{_PRAISE})|(?:highly )?(?:{_PRAISE}|{cue_pattern('self-praise-first')})\b|"
    rf"{cue_pattern('aim-openings', ' ')})",
    re.IGNORECASE,
)
SAMPLE = (
    "Jo Park\nIT Project Manager | Cloud | PMP\n\nSUMMARY\n"
    "IT project manager with 8 years of experience moving hospitals to the cloud. I led a team of 14 through a "
    "$3M data-centre exit that finished 6 weeks early, and I run delivery with Agile and hybrid methods. "
    "I lead by coaching: my teams own their estimates. Currently completing the PMI-ACP.\n"
)


def _summary(context: Context) -> str:
    return context.profile.basics.summary or ""


@rule(
    "PC201", "summary-missing", "warning",
    message="No summary or About section found.",
    suggestion="Add 3-5 sentences: your years and focus, one or two results with numbers, the methods you use, and how you lead.",
    why="The summary is where a reader decides whether to read on; without it your experience has to speak for itself, unframed.",
    should_flag=["Jo Park\nIT Project Manager | Cloud\n\nEXPERIENCE\nIT Project Manager | Acme | 2019 - Present\n• Ran releases."],
    should_pass=[SAMPLE],
    empties=True,
)
def summary_missing(context: Context):
    if not _summary(context).strip():
        yield Hit()


@rule(
    "PC202", "summary-too-long", "error",
    message=f"The summary has {{length}} characters; LinkedIn's About section stops at {ABOUT_LIMIT:,}.",
    suggestion=f"Cut it to under {ABOUT_LIMIT:,} characters (ideally under 1,500): keep the results with numbers, drop lists of duties.",
    why="LinkedIn will not save a longer About section, and long summaries on resumes are skimmed or skipped.",
    should_flag=["Jo Park\nIT Project Manager\n\nSUMMARY\n" + ("I deliver IT projects on time and on budget for many clients. " * 45)],
    should_pass=[SAMPLE],
)
def summary_too_long(context: Context):
    text = _summary(context)
    if len(text) > ABOUT_LIMIT:
        yield Hit({"length": len(text)}, section_evidence(context.profile, "summary"))


@rule(
    "PC203", "summary-too-short", "info",
    message="The summary is only {length} characters.",
    suggestion="Give it a few more sentences: years and focus, a signature result with a number, your methods, your leadership approach.",
    why="A one-line summary wastes the most-read space on the page; two or three short paragraphs tell your story.",
    should_flag=["Jo Park\nIT Project Manager\n\nSUMMARY\nExperienced project manager.\n\nEXPERIENCE\nIT Project Manager | Acme | 2019 - Present\n• Ran releases."],
    should_pass=[SAMPLE],
)
def summary_too_short(context: Context):
    text = _summary(context)
    if 0 < len(text) < 200:
        yield Hit({"length": len(text)}, section_evidence(context.profile, "summary"))


@rule(
    "PC204", "summary-weak-hook", "warning",
    message="The summary opens with \"{opening}\", which could describe anyone.",
    suggestion="Open with who you are and what you deliver, in the first 300 characters: e.g. \"IT project manager with [N] years of [specialization] delivery; most recently [result with a number].\"",
    why="LinkedIn shows about 300 characters before \"see more\"; a generic opening loses the reader before your results.",
    should_flag=["Jo Park\nIT Project Manager\n\nSUMMARY\nHighly motivated and passionate professional seeking new challenges in a dynamic environment where I can grow.\n"],
    should_pass=[SAMPLE],
)
def summary_weak_hook(context: Context):
    text = _summary(context).strip()
    if text and WEAK_OPENING_RE.match(text):
        yield Hit({"opening": short(text, 60)}, section_evidence(context.profile, "summary", 120))


@rule(
    "PC205", "summary-no-numbers", "warning",
    message="The summary has no numbers: no budget, team size, timeline or result.",
    suggestion="Add one or two signature results with figures from your experience, e.g. \"led [team size] people through a [budget] migration, [weeks] early\".",
    why="Numbers are what make a claim believable and comparable; they are the first thing a recruiter looks for.",
    should_flag=["Jo Park\nIT Project Manager\n\nSUMMARY\nIT project manager who delivers cloud migrations for hospitals. I run delivery with Agile methods and coach my teams to own their estimates and decisions.\n"],
    should_pass=[SAMPLE],
)
def summary_no_numbers(context: Context):
    text = _summary(context)
    if len(text) >= 80 and not NUMBER_RE.search(text):
        yield Hit({}, section_evidence(context.profile, "summary"))


@rule(
    "PC206", "summary-no-years", "info",
    message="The summary does not say how long you have done this work.",
    suggestion="State your years of experience early, e.g. \"{years_hint}\".",
    why="Years of experience place you on the career ladder at once; readers look for it in the first lines.",
    should_flag=["Jo Park\nIT Project Manager\n\nSUMMARY\nIT project manager for cloud migrations in healthcare; I led a team of 14 through a $3M data-centre exit.\n"],
    should_pass=[SAMPLE],
)
def summary_no_years(context: Context):
    text = _summary(context)
    if len(text) >= 80 and not YEARS_RE.search(text):
        years = context.facts.years_of_experience
        hint = f"IT project manager with {int(years)}+ years of ..." if years and years >= 1 else "IT project manager with [N] years of ..."
        yield Hit({"years_hint": hint}, section_evidence(context.profile, "summary"))


@rule(
    "PC207", "summary-no-methods", "info",
    message="The summary names no methodology or technical area.",
    suggestion="Say how you deliver and on what: e.g. \"Agile and hybrid delivery of cloud and ERP programmes\".",
    why="Methods and domains are the keywords recruiters search for, and they show what kind of projects you run.",
    should_flag=["Jo Park\nIT Project Manager\n\nSUMMARY\nProject manager with 8 years of experience. I led a team of 14 and finished 6 weeks early on a large programme for a hospital group.\n"],
    should_pass=[SAMPLE],
)
def summary_no_methods(context: Context):
    text = _summary(context)
    if len(text) < 80:
        return
    found = context.facts.in_section("summary")
    if not (found.methodologies or found.technical or found.specializations):
        yield Hit({}, section_evidence(context.profile, "summary"))


@rule(
    "PC208", "summary-no-leadership", "info",
    message="The summary says nothing about how you lead people.",
    suggestion="Add one sentence on your leadership approach, e.g. how you build, coach or unblock your teams.",
    why="Project management is leadership; readers want a sense of how you work with a team, not only what was delivered.",
    should_flag=["Jo Park\nIT Project Manager\n\nSUMMARY\nIT project manager with 8 years of experience in cloud migrations; finished a $3M data-centre exit 6 weeks early using Agile methods.\n"],
    should_pass=[SAMPLE],
)
def summary_no_leadership(context: Context):
    text = _summary(context)
    if len(text) >= 80 and not LEADERSHIP_RE.search(text):
        yield Hit({}, section_evidence(context.profile, "summary"))


@rule(
    "PC209", "summary-no-growth", "info",
    message="The summary does not mention how you keep developing (certifications, courses, new areas).",
    suggestion="Add a line on what you are learning or completing, e.g. a certification in progress or a new domain.",
    why="Continuous development is part of the story employers look for, especially in fast-moving IT fields.",
    should_flag=["Jo Park\nIT Project Manager\n\nSUMMARY\nIT project manager with 8 years of experience in cloud migrations; I led a team of 14 through a $3M programme with Agile methods.\n"],
    should_pass=[SAMPLE],
)
def summary_no_growth(context: Context):
    text = _summary(context)
    if len(text) >= 120 and not GROWTH_RE.search(text):
        yield Hit({}, section_evidence(context.profile, "summary"))
