"""Renderers: a Report in, text out, in five formats.

Every format renders the same JSON contract dict (report.report_json), so a report saved as JSON
can be rendered again later (`render_data`).  The dict is first shaped into a *view*: grouped,
sorted, labelled, and with every string from the resume cleaned of control characters and
terminal escape sequences.  Resume text is only ever data handed to a template, never template
source.  Each format then escapes once, at its boundary:

- html: Jinja autoescaping (an environment of its own with autoescape on);
- markdown: every view string is Markdown-escaped before rendering (`md_escape`);
- text and concise: plain text, ANSI colour only from our own code, never from the resume.
"""
from __future__ import annotations

import json
import re
import textwrap
from functools import cache, reduce
from typing import Any, Callable, Iterable, Optional

import jinja2

from .definitions import CATEGORY_LABELS, CATEGORY_ORDER, LEVEL_LABELS, LEVELS
from .errors import UsageError
from .models import Report
from .report import report_json
from .resources import template_dir
from .usercache import template_cache

FORMATS = ("text", "concise", "json", "markdown", "html")
DIFF_FORMATS = ("text", "markdown", "html", "json")  # `profilecheck diff` (diffview), listed here so the parser needs no diff code
TEMPLATES = {"text": "report.txt.j2", "markdown": "report.md.j2", "html": "report.html.j2"}
SUFFIXES = {".html": "html", ".htm": "html", ".md": "markdown", ".markdown": "markdown", ".json": "json"}
TEXT_WIDTH = 80

# ------------------------------------------------------------------ cleaning untrusted text

# Terminal escape sequences: CSI, OSC, DCS/SOS/PM/APC strings, two-character escapes, 8-bit CSI.
_ANSI = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"
    r"|\x1b[ -/]*[0-~]"
    r"|\x9b[0-?]*[ -/]*[@-~]"
)
# Control characters (C0 but tab/newline, DEL, C1), bidi overrides and isolates, line/paragraph
# separators, zero-width no-break space, and lone surrogates left by undecodable bytes.
# Controls, bidi overrides, lone surrogates and Unicode noncharacters (U+FDD0-FDEF and the last
# two code points of every plane), which HTML5 forbids in a document.
_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    + "".join(f"\\U{plane:04x}fffe\\U{plane:04x}ffff" for plane in range(1, 17))
    + "]"
)
_SPACE = re.compile(r"\s+")


def clean(text: Any) -> str:
    """One line of safe text: no escape sequences, no control characters, whitespace collapsed."""
    text = str(text)
    if text.isprintable() and "  " not in text:
        # Nothing for the expressions to do: a printable text has no escape sequence, no control
        # character and no blank but the space (tests/test_render.py checks every code point).
        return text.strip()
    text = _ANSI.sub("", text)
    text = _CONTROL.sub(" ", text)
    return _SPACE.sub(" ", text).strip()


def excerpt(text: str, limit: int = 280) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.") + " …"


# ------------------------------------------------------------------ Markdown escaping

_MD_SPECIAL = re.compile(r"[\\`*_{}\[\]<>#|~$]|&(?=#?\w+;)|(?<=\{)%")
# A list marker, thematic break or setext underline where the text could start a block.
_MD_LINE_START = re.compile(r"^(\d{1,9})([.)])(?=\s|$)|^([-+=])(?=[\s=-]|$)")
# Things GitHub turns into links by itself: web addresses and e-mail addresses.  They are shown
# as code spans, where nothing is a link.
_MD_AUTOLINK = re.compile(
    r"(?:[a-z][a-z0-9+.-]*://|www\.)[^\s`|<>]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE
)


def _md_plain(text: str) -> str:
    return _MD_SPECIAL.sub(lambda m: "\\" + m.group(), text)


def md_escape(text: str) -> str:
    """Literal text in GitHub-flavoured Markdown: no emphasis, links, HTML, headings or lists,
    and no `{{`/`{%` for a Liquid (Jekyll) pass either.  Safe inside table cells."""
    parts, last = [], 0
    for found in _MD_AUTOLINK.finditer(text):
        parts.append(_md_plain(text[last:found.start()]))
        parts.append(f"`{found.group()}`")
        last = found.end()
    parts.append(_md_plain(text[last:]))
    escaped = "".join(parts)
    return _MD_LINE_START.sub(lambda m: f"{m.group(1)}\\{m.group(2)}" if m.group(1) else f"\\{m.group(3)}", escaped)


# ------------------------------------------------------------------ the view

LEVEL_PHRASES = {"error": ("{} to fix", "{} to fix"), "warning": ("{} to improve", "{} to improve"), "info": ("{} tip", "{} tips")}
SECTION_LABELS = {"header": "the top of the resume", "headline": "the headline", "summary": "the summary", "about": "the About section"}
KIND_LABELS = {
    "pdf": "PDF",
    "docx": "Word document",
    "text": "text",
    "linkedin-pdf": "LinkedIn PDF export",
    "linkedin-text": "LinkedIn profile text",
}
CAREER_LABELS = {"foundation": "Foundation", "entry": "Entry level", "mid": "Mid-level", "senior": "Senior", "director": "Director"}
MATCH_GROUPS = {
    "hard_skills": "Hard skills",
    "tools": "Tools",
    "certifications": "Certifications",
    "methodologies": "Methodologies",
    "soft_skills": "Soft skills",
    "keywords": "Other keywords",
}
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
TOP_TOOLS = 10


def _label(name: str) -> str:
    words = clean(name).replace("_", " ").replace("-", " ")
    return words[:1].upper() + words[1:]


def number_or_none(value: Any) -> Optional[float]:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return value


def number_text(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".") if isinstance(value, float) else str(value)


def _band(score: float) -> str:
    return "good" if score >= 80 else "fair" if score >= 60 else "weak"


def _verdict(score: float) -> str:
    return {"good": "Strong", "fair": "Good, with gaps", "weak": "Needs work"}[_band(score)]


def _date(value: Any) -> str:
    text = clean(value or "")
    found = re.fullmatch(r"(\d{4})-(\d{1,2})(?:-\d{1,2})?", text)
    if found and 1 <= int(found.group(2)) <= 12:
        return f"{MONTHS[int(found.group(2)) - 1]} {found.group(1)}"
    return text


def _dates(start: Any, end: Any, open_end: bool = True) -> str:
    start, end = _date(start), _date(end)
    if start and end:
        return start if start == end else f"{start} – {end}"
    if start:
        return f"{start} – present" if open_end else start
    if end:
        return f"until {end}" if open_end else end
    return ""


def _name_of(item: Any) -> str:
    if isinstance(item, dict):
        item = item.get("name") or item.get("keyword") or item.get("id") or ""
    return clean(item)


def _names(items: Any) -> list[str]:
    if isinstance(items, (str, dict)):
        items = [items]
    return [name for name in (_name_of(item) for item in items or ()) if name]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "-"


SHOWN_PLACES = 8  # places quoted under one finding; the rest are counted


def _evidence(evidence: Any) -> Optional[dict]:
    if not isinstance(evidence, dict) or not clean(evidence.get("text") or ""):
        return None
    section = clean(evidence.get("section") or "")
    start = number_or_none(evidence.get("start"))
    return {
        "section": section,
        "where": SECTION_LABELS.get(section) or (f"the {_label(section).lower()} section" if section else "the resume"),
        "text": excerpt(clean(evidence["text"])),
        "note": clean(evidence.get("note") or ""),
        "key": (section, start if start is not None else clean(evidence["text"])),
    }


def _finding(item: dict) -> dict:
    level = item.get("level") if item.get("level") in LEVELS else "info"
    places = item.get("all_evidence")
    if not isinstance(places, list):  # a report saved before findings listed every place
        places = [item.get("evidence")]
    places = [place for place in (_evidence(place) for place in places) if place]
    return {
        "code": clean(item.get("code") or ""),
        "name": clean(item.get("name") or ""),
        "level": level,
        "badge": LEVEL_LABELS[level],
        "category": clean(item.get("category") or "other"),
        "message": clean(item.get("message") or ""),
        "suggestion": clean(item.get("suggestion") or ""),
        "places": places,
        "section": _slug(places[0]["section"]) if places else "-",
    }


def _says(message: str, place: dict) -> bool:
    """The message already quotes the place, e.g. the headline or the bullet it is about."""
    text = place["text"].rstrip(" .;,:")
    return not place["note"] and (f'"{text}' in message if len(text) < 60 else f'"{text[:60]}' in message)


def _quotes(findings: list[dict]) -> None:
    """What each finding quotes, in reading order: its places, the first SHOWN_PLACES of them
    (`quotes`, `more`), and `evidence` when it quotes one place.  A finding about one place that
    an earlier finding already quoted (several summary rules about the whole summary) does not
    quote it again, nor does one whose message already quotes each of its places."""
    quoted: set = set()
    for finding in findings:
        places = finding.pop("places")
        if len(places) == 1 and places[0]["key"] in quoted or places and all(_says(finding["message"], place) for place in places):
            quoted.update(place["key"] for place in places)
            places = []
        quoted.update(place["key"] for place in places)
        shown = [{key: value for key, value in place.items() if key != "key"} for place in places[:SHOWN_PLACES]]
        finding["quotes"] = shown
        finding["more"] = len(places) - len(shown)
        finding["where"] = shown[0]["where"] if shown else ""
        finding["evidence"] = shown[0] if len(shown) == 1 else None


def _category_key(category: str) -> tuple:
    if category in CATEGORY_ORDER:
        return (0, CATEGORY_ORDER.index(category), "")
    return (1, 0, category)


def _findings(items: Iterable[dict]) -> tuple[list[dict], list[dict]]:
    """(flat list, groups): grouped by category, the group with the worst finding first (then
    in rule-code order), and worst level first within each group."""
    findings = [_finding(item) for item in items if isinstance(item, dict)]
    by_category: dict[str, list[dict]] = {}
    for finding in findings:
        by_category.setdefault(finding["category"], []).append(finding)
    groups = []
    for category, members in by_category.items():
        members.sort(key=lambda finding: (LEVELS.index(finding["level"]), finding["code"]))  # stable
        label = CATEGORY_LABELS.get(category, _label(category))
        groups.append({"key": category, "label": label, "worst": members[0]["level"], "findings": members})
    groups.sort(key=lambda group: (LEVELS.index(group["worst"]), _category_key(group["key"])))
    flat = [finding for group in groups for finding in group["findings"]]
    _quotes(flat)
    return flat, groups


def _counts(flat: list[dict]) -> list[dict]:
    counts = []
    for level in LEVELS:
        count = sum(1 for finding in flat if finding["level"] == level)
        if count:
            counts.append({"level": level, "label": LEVEL_LABELS[level], "count": count, "phrase": LEVEL_PHRASES[level][count != 1].format(count)})
    return counts


def _score(score: Any) -> Optional[dict]:
    if not isinstance(score, dict) or number_or_none(score.get("overall")) is None:
        return None
    overall = max(0, min(100, round(score["overall"])))
    categories = []
    for name, item in (score.get("categories") or {}).items():
        value = number_or_none(item.get("score")) if isinstance(item, dict) else number_or_none(item)
        if value is None:
            continue
        value = max(0, min(100, round(value)))
        why = clean(item.get("why") or "") if isinstance(item, dict) else ""
        categories.append({"name": clean(name), "label": CATEGORY_LABELS.get(name, _label(name)), "score": value, "band": _band(value), "why": why})
    verdict = _verdict(overall) if score.get("enough_to_judge", True) is not False else "Not enough to judge"
    return {"overall": overall, "band": _band(overall), "verdict": verdict, "categories": categories}


def _rewrites(rewrites: Any) -> dict:
    rewrites = rewrites if isinstance(rewrites, dict) else {}
    headlines = rewrites.get("headline") or rewrites.get("headlines") or []
    if isinstance(headlines, str):
        headlines = [headlines]
    headlines = [clean(item.get("text", "") if isinstance(item, dict) else item) for item in headlines]
    summary = rewrites.get("summary")
    if isinstance(summary, dict):
        summary = summary.get("text")
    summary = clean(summary) if summary else ""
    return {"headline": [item for item in headlines if item], "summary": summary or None}


def _job_match(job: Any) -> Optional[dict]:
    if not isinstance(job, dict):
        return None
    rate, target = number_or_none(job.get("match_rate")), number_or_none(job.get("target"))

    def groups(value: Any) -> list[dict]:
        value = value if isinstance(value, dict) else {"hard_skills": value} if value else {}
        keys = [key for key in MATCH_GROUPS if key in value] + [key for key in value if key not in MATCH_GROUPS]
        found = [{"key": clean(key), "label": MATCH_GROUPS.get(key, _label(key)), "names": _names(value[key])} for key in keys]
        return [group for group in found if group["names"]]

    variants = []
    for item in job.get("variants") or ():
        if isinstance(item, dict) and item.get("posting") and item.get("resume"):
            variants.append({"posting": clean(item["posting"]), "resume": clean(item["resume"])})
    missing, matched = groups(job.get("missing")), groups(job.get("matched"))
    matched_names = list(dict.fromkeys(name for group in matched for name in group["names"]))
    return {
        "rate": None if rate is None else round(max(0.0, min(100.0, float(rate))), 1),
        "rate_text": None if rate is None else number_text(round(max(0.0, min(100.0, float(rate))), 1)) + "%",
        "target": None if target is None else max(0, min(100, target)),
        "target_text": None if target is None else number_text(max(0, min(100, target))) + "%",
        "met": rate is not None and target is not None and rate >= target,
        "band": None if rate is None else _band(rate if target is None else 100 * rate / max(target, 1)),
        "matched": matched,
        "matched_names": matched_names,
        "missing": missing,
        "missing_count": sum(len(group["names"]) for group in missing),
        "variants": variants,
    }


def metric_text(metric: Any) -> str:
    """A number from a result as a report says it: "$1.2M", "35%", "team of 18", "7 months"."""
    if not isinstance(metric, dict) or number_or_none(metric.get("value")) is None:
        return ""
    kind, value, unit = metric.get("kind"), metric["value"], clean(metric.get("unit") or "")
    if kind == "money":
        for size, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "K")):
            if abs(value) >= size:
                amount = number_text(round(value / size, 1)) + suffix
                break
        else:
            amount = number_text(value)
        if unit in ("$", "USD", ""):
            return "$" + amount
        return f"{unit}{amount}" if unit in ("€", "£", "¥") else f"{amount} {unit}"
    if kind == "percent":
        return number_text(value) + "%"
    if kind == "team_size":
        return f"team of {number_text(value)}"
    return f"{number_text(value)} {unit}".strip()


def _glance(facts: dict) -> dict:
    years = number_or_none(facts.get("years_of_experience"))
    basis = {"dates": "from the work dates", "stated": "as stated on the resume", "durations": "added up from the roles' lengths"}.get(facts.get("years_basis"), "")
    certifications = []
    for item in facts.get("certifications") or ():
        name = _name_of(item)
        if name:
            held = not (isinstance(item, dict) and item.get("status") == "in_progress")
            certifications.append({"name": name, "held": held})
    level = clean(facts.get("level") or "")
    tools = _names(facts.get("tools"))
    pm_years = number_or_none(facts.get("pm_years"))
    if facts.get("is_project_manager") is False and level:
        level_text = "Moving into project management"  # never "foundation (19.8 years)"
    else:
        level_text = CAREER_LABELS.get(level, _label(level)) if level else None
    return {
        "level": level_text,
        "pm_years": None if pm_years is None or years is None or abs(float(years) - float(pm_years)) < 0.5 else number_text(float(pm_years)),
        "is_pm": facts.get("is_project_manager"),
        "years": None if years is None else number_text(float(years)),
        "basis": basis,
        "as_of": clean(facts.get("as_of") or ""),
        "specializations": _names(facts.get("specializations")),
        "certifications": certifications,
        "tools": tools[:TOP_TOOLS],
        "more_tools": max(0, len(tools) - TOP_TOOLS),
        "methodologies": _names(facts.get("methodologies")),
    }


SHOWN_GROUPS = (
    ("certifications", "Certifications"),
    ("tools", "Tools"),
    ("methodologies", "Methodologies"),
    ("specializations", "Specializations"),
    ("technical", "Technical"),
    ("competencies", "PM skills"),
    ("soft", "Soft skills"),
)


def _shows(facts: dict) -> list[dict]:
    """Every lexicon item found, each with the section it was found in."""
    skills = facts.get("skills") if isinstance(facts.get("skills"), dict) else {}
    groups = []
    for key, label in SHOWN_GROUPS:
        items = facts.get(key) if key in ("certifications", "tools", "methodologies", "specializations") else skills.get(key)
        entries = []
        for item in items or ():
            name = _name_of(item)
            if not name:
                continue
            evidence = item.get("evidence") if isinstance(item, dict) else None
            section = clean((evidence or {}).get("section") or "") if isinstance(evidence, dict) else ""
            status = " in progress" if isinstance(item, dict) and item.get("status") == "in_progress" else ""
            entries.append(f"{name}{status} ({_label(section).lower() or 'resume'})" if section else f"{name}{status}")
        if entries:
            groups.append({"label": label, "text": ", ".join(entries)})
    return groups


def _work(profile: dict) -> list[dict]:
    work = []
    for item in profile.get("work") or ():
        if not isinstance(item, dict):
            continue
        work.append(
            {
                "position": clean(item.get("position") or ""),
                "employer": clean(item.get("name") or ""),
                "location": clean(item.get("location") or ""),
                "dates": _dates(item.get("startDate"), item.get("endDate")),
                "summary": clean(item.get("summary") or ""),
                "highlights": [text for text in (clean(h) for h in item.get("highlights") or ()) if text],
            }
        )
    return work


def _education(profile: dict) -> list[dict]:
    education = []
    for item in profile.get("education") or ():
        if not isinstance(item, dict):
            continue
        degree = " in ".join(part for part in (clean(item.get("studyType") or ""), clean(item.get("area") or "")) if part)
        institution = clean(item.get("institution") or "")
        if degree or institution:
            education.append({"degree": degree, "institution": institution, "dates": _dates(item.get("startDate"), item.get("endDate"), open_end=False)})
    return education


def _person(basics: dict) -> dict:
    location = basics.get("location") if isinstance(basics.get("location"), dict) else {}
    place = ", ".join(clean(location[key]) for key in ("city", "region", "countryCode") if location.get(key))
    contact = [clean(basics[key]) for key in ("email", "phone", "url") if basics.get(key)]
    for profile in basics.get("profiles") or ():
        if isinstance(profile, dict) and profile.get("url"):
            url = clean(profile["url"])
            if url not in contact:
                contact.append(url)
    return {
        "name": clean(basics.get("name") or ""),
        "headline": clean(basics.get("label") or ""),
        "location": place,
        "contact": [item for item in contact if item],
    }


def build_view(data: dict) -> dict:
    """The contract dict shaped for the templates.  Every string in it is cleaned resume text or
    our own wording; nothing in it is markup."""
    source = data.get("source") or {}
    profile = data.get("profile") or {}
    facts = data.get("facts") or {}
    flat, groups = _findings(data.get("findings") or ())
    pages = int(source["pages"]) if number_or_none(source.get("pages")) else 0
    achievements = []
    for item in facts.get("achievements") or ():
        if isinstance(item, dict) and clean(item.get("text") or ""):
            metrics = [text for text in (metric_text(metric) for metric in item.get("metrics") or ()) if text]
            achievements.append({"text": excerpt(clean(item["text"])), "metrics": metrics})
    tool = data.get("tool") or {}
    person = _person(profile.get("basics") or {})
    glance = _glance(facts)
    # `profilecheck headline` judges a headline alone: say so, and leave out what it cannot show
    lone_headline = bool(person["headline"]) and not (person["name"] or profile.get("work") or profile.get("education") or (profile.get("basics") or {}).get("summary"))
    glance["show_empty"] = not lone_headline
    glance["shown"] = not lone_headline or any(
        glance[key] for key in ("level", "years", "specializations", "certifications", "tools", "methodologies")
    )
    kind = "Headline review" if lone_headline else "Profile review"
    if lone_headline or not profile.get("work"):
        glance["as_of"] = ""  # what "present" means matters only to dated roles
    return {
        "kind": kind,
        "title": person["name"] or kind,
        "tool": {"name": clean(tool.get("name") or "profilecheck"), "version": clean(tool.get("version") or "")},
        "source": {
            "file": clean(source.get("path")) if source.get("path") else "-",
            "path": clean(source.get("path")) if source.get("path") else None,
            "kind": KIND_LABELS.get(source.get("kind"), clean(source.get("kind") or "")),
            "pages": pages,
            "pages_text": f"{pages} page{'' if pages == 1 else 's'}" if pages else "",
            "warnings": [text for text in (clean(item) for item in source.get("warnings") or ()) if text],
        },
        "person": person,
        "glance": glance,
        "shows": [] if lone_headline else _shows(facts),
        "score": _score(data.get("score")),
        "findings": flat,
        "groups": groups,
        "counts": _counts(flat),
        "rewrites": _rewrites(data.get("rewrites")),
        "job": _job_match(data.get("job_match")),
        "work": _work(profile),
        "education": _education(profile),
        "achievements": achievements,
    }


def _map_strings(value: Any, function: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return function(value)
    if isinstance(value, dict):
        return {key: _map_strings(item, function) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_map_strings(item, function) for item in value]
    return value


# ------------------------------------------------------------------ Jinja

def _load_template(name: str):
    if ".." in name.split("/"):
        return None
    source = reduce(lambda folder, part: folder.joinpath(part), name.split("/"), template_dir())
    if not source.is_file():
        return None
    return source.read_text(encoding="utf-8"), None, lambda: True


_STYLES = {"bold": "1", "dim": "2", "red": "31", "yellow": "33", "cyan": "36", "green": "32", "error": "1;31", "warning": "1;33", "info": "1;36", "good": "32", "fair": "33", "weak": "31"}


@jinja2.pass_context
def _style(context, text: Any, *names: str) -> str:
    """ANSI styling for the text format, only when colour is on; `text` is already clean."""
    text = str(text)
    if not context.get("color") or not text:
        return text
    codes = ";".join(_STYLES[name] for name in names if name in _STYLES)
    if not codes:
        return text
    return "\n".join(f"\x1b[{codes}m{line}\x1b[0m" if line.strip() else line for line in text.split("\n"))


def _wrap(text: Any, indent: int = 0, first: Optional[int] = None, width: int = TEXT_WIDTH) -> str:
    """Fill `text` to the text width: `first` spaces before the first line (default `indent`),
    `indent` before the others."""
    lead = indent if first is None else first
    return textwrap.fill(
        str(text), width=width, initial_indent=" " * lead, subsequent_indent=" " * indent,
        break_long_words=False, break_on_hyphens=False,
    )


def _wrap_after(text: Any, column: int, width: int = TEXT_WIDTH) -> str:
    """Fill text that continues a line whose first `column` characters are already written."""
    return _wrap(text, column, width=width)[column:]


def _bar(value: Any, width: int = 20) -> str:
    filled = round(max(0, min(100, value)) * width / 100)
    return "█" * filled + "░" * (width - filled)


def environment(fmt: "str | bool") -> jinja2.Environment:
    """The Jinja environment for a format ("html", "markdown", "text").  Autoescaping is on for
    HTML and only there.  `True` means the HTML one (for other HTML templates, e.g. batch)."""
    if isinstance(fmt, bool):
        fmt = "html" if fmt else "text"
    return _environment(fmt)


@cache
def _environment(fmt: str) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FunctionLoader(_load_template),
        autoescape=fmt == "html",
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        bytecode_cache=template_cache(fmt),  # compiled once per format, in the user cache folder (usercache.py)
    )
    env.filters.update(style=_style, wrap=_wrap, wrap_after=_wrap_after, bar=_bar)
    return env


# ------------------------------------------------------------------ the formats

_JSON_UNSAFE = re.compile("[\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]")


def render_json_data(data: dict) -> str:
    """The contract as JSON.  Characters that could upset a terminal or an editor (C1 controls,
    bidi overrides, lone surrogates) are written as \\u escapes: the decoded value is the same."""
    text = json.dumps(data, indent=2, ensure_ascii=False)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"


def render_concise(view: dict) -> str:
    """One line per finding, `file:section: CODE message`, for scripts and editors."""
    return "".join(f"{view['source']['file']}:{finding['section'] or '-'}: {finding['code']} {finding['message']}\n" for finding in view["findings"])


def render_data(data: dict, fmt: str, *, color: bool = False) -> str:
    """Render a JSON-contract dict (report_json output, or a saved JSON report)."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    if fmt == "json":
        return render_json_data(data)
    view = build_view(data)
    if fmt == "concise":
        return render_concise(view)
    if fmt == "markdown":
        view = _map_strings(view, md_escape)
    template = environment(fmt).get_template(TEMPLATES[fmt])
    return template.render(v=view, color=bool(color) and fmt == "text")


def render(report: Report, fmt: str, *, color: bool = False) -> str:
    """The report in one of FORMATS.  `color` adds ANSI styling to the text format only."""
    return render_data(report_json(report), fmt, color=color)


def format_for_output(path: Optional[str]) -> Optional[str]:
    """The format a file name asks for (`review.html` -> html), or None."""
    if not path:
        return None
    for suffix, fmt in SUFFIXES.items():
        if path.lower().endswith(suffix):
            return fmt
    return None
