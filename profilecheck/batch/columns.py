"""What a batch shows per candidate, in summary.csv and index.html: who (name or file), PM years
and total years, level, certifications held and in progress, main tools and methodologies,
specializations, the job match rate, the score, and the two things that cost the most points,
in plain words.

`summary_of(item)` keeps just these fields of a result (it is cached with the result, so a
re-run needs no full result); `row_of` turns a summary into one CSV/HTML row."""
from __future__ import annotations

import json
import os
import re
from typing import Optional

from ..career_words import leads_it, level_words
from ..definitions import CATEGORY_LABELS, CATEGORY_ORDER as CATEGORIES, JOB_CATEGORY, PENALTY, STAGES, WEIGHTS
from ..scoring import PLACES_COUNTED

# A summary cached by an older version (fewer fields) is made again from its full result.
SUMMARY_VERSION = 3
TOP_TOOLS = 5  # tools and methodologies shown on the page, the rest behind "+N"; summary.csv lists them all
TOP_METHODS = 4
FIX_CHARACTERS = 90  # a "to fix" line is cut to about this many characters, at a word

NOT_ENOUGH = "not enough to judge: no dated role or summary, and too few words"
THIN_CHARACTERS = 250  # about 40 words: the text of a result saved before scores said "enough to judge"

# summary.csv, in this order: who, what they bring, how they score, what to fix, then the
# category scores (headline_score...), and the columns of the files listed apart.
FIELDS = [
    "rank", "name", "path", "level", "pm_years", "years", "certifications", "certifications_in_progress",
    "tools", "methodologies", "specializations", "match_rate", "overall", "fix_1", "fix_2",
    *(f"{name}_score" for name in CATEGORIES), "error", "not_ranked", "report",
]


def not_ranked_reason(item: dict) -> Optional[str]:
    """Why a result is listed apart instead of ranked among the candidates, or None when it can
    be ranked: a file that could not be read, or one with too little to judge (the score says so:
    `enough_to_judge` false; for results saved before that flag, no dated role, no summary and
    a few lines of text)."""
    if "error" in item:
        return f"could not be read: {item['error']}"
    score = item.get("score")
    if not isinstance(score, dict) or not isinstance(score.get("overall"), (int, float)):
        return "not judged: no score"
    enough = score.get("enough_to_judge")
    if enough is False:
        return NOT_ENOUGH
    if enough is None:
        profile = item.get("profile") or {}
        characters = (item.get("source") or {}).get("characters")
        dated = any(isinstance(work, dict) and work.get("startDate") for work in profile.get("work") or ())
        if isinstance(characters, int) and characters < THIN_CHARACTERS and not dated and not (profile.get("basics") or {}).get("summary"):
            return NOT_ENOUGH
    return None


# ------------------------------------------------------------------ the two things to fix

_EXAMPLES = re.compile(r"\s*\((?:[^()]*(?:such as|e\.g\.|for example|\.\.\.|…))[^()]*\)")
_QUOTE = re.compile(r"\"([^\"]*)\"")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"“])")
QUOTE_CHARACTERS = 36


def _short_quote(match: re.Match) -> str:
    quoted = match.group(1)
    if len(quoted) <= QUOTE_CHARACTERS + 4:
        return match.group(0)
    return "\"" + quoted[:QUOTE_CHARACTERS].rsplit(" ", 1)[0].rstrip(",;:.…") + "…\""


def plain_fix(message: str, limit: int = FIX_CHARACTERS) -> str:
    """A finding's message as a short line for a table: its first sentence, without the
    examples in brackets, long quotes cut, and at most about `limit` characters, cut at a word.
    "The headline names no area of expertise (such as infrastructure, ...)." becomes
    "The headline names no area of expertise."; a long message ends before the place it
    quotes ('"Responsible for" describes a duty, not what you achieved: "..."')."""
    text = " ".join(str(message or "").split())
    text = _SENTENCE_END.split(text, maxsplit=1)[0]
    text = _EXAMPLES.sub("", text)
    text = _QUOTE.sub(_short_quote, text)
    if len(text) > limit and ': "' in text[20:]:
        text = text[: text.index(': "', 20)] + "."
    if len(text) > limit:  # what is listed in brackets goes before the words are cut
        text = re.sub(r"\s*\([^()]*\)", "", text)
    if len(text) > limit:
        cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:–- ")
        text = cut + "…"
    return text


def _costs(item: dict) -> list[tuple[float, int, int, dict]]:
    """(points the finding costs the overall score, level order, place in the report, finding)
    for each fault (error or warning) of the resume itself: the job match has a column of its
    own, so its findings ("shows 40% of the posting's keywords") are not repeated here.  A finding in a category with nothing to judge (no
    headline, no summary...) costs the whole category; any other costs its level's penalty once
    per place it lists (up to three), weighted by its category's share of the score, as
    scoring.py counts (docs/scoring.md)."""
    categories = (item.get("score") or {}).get("categories") or {}
    weight_total = sum(WEIGHTS.get(name, 0) for name in categories) or 1
    emptied = {
        name for name, value in categories.items()
        if isinstance(value, dict) and value.get("score") == 0 and "nothing to judge" in str(value.get("why") or "")
    }
    found = []
    for place, finding in enumerate(item.get("findings") or ()):
        level = finding.get("level")
        if level not in ("error", "warning"):
            continue
        category = finding.get("category") or ""
        if category == JOB_CATEGORY:
            continue
        places = max(1, min(len(finding.get("all_evidence") or ()), PLACES_COUNTED))
        points = 100 if category in emptied else min(100, PENALTY[level] * places)
        found.append((points * WEIGHTS.get(category, 0) / weight_total, 0 if level == "error" else 1, place, finding))
    return found


def things_to_fix(item: dict, count: int = 2) -> list[dict]:
    """The `count` faults that cost the most points, one per rule, the job match aside: {code,
    name, level, category, points, fix (the message in plain words), how (the suggestion's
    first sentence)}."""
    chosen, codes = [], set()
    for cost, _, _, finding in sorted(_costs(item), key=lambda entry: (-entry[0], entry[1], entry[2])):
        if finding.get("code") in codes:
            continue
        codes.add(finding.get("code"))
        chosen.append({
            "code": finding.get("code"),
            "name": finding.get("name"),
            "level": finding.get("level"),
            "category": finding.get("category"),
            "points": round(cost, 1),
            "fix": plain_fix(finding.get("message") or CATEGORY_LABELS.get(finding.get("category"), "")),
            "how": plain_fix(finding.get("suggestion") or "", 200),
        })
        if len(chosen) == count:
            break
    return chosen


# ------------------------------------------------------------------ the summary of one result


def _names(entries) -> list[str]:
    names = []
    for entry in entries or ():
        name = entry.get("name") or entry.get("id") if isinstance(entry, dict) else entry
        if isinstance(name, str) and name and name not in names:
            names.append(name)
    return names


def _number(value) -> Optional[float]:
    if isinstance(value, dict):  # a range, as a saved fixture may hold it
        value = value.get("max")
    return round(float(value), 1) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def summary_of(item: dict) -> dict:
    """The fields of a result that ranking, summary.csv and index.html need (kept small: it is
    what stays in memory per file, and it is cached with the result)."""
    basics = (item.get("profile") or {}).get("basics") or {}
    facts = item.get("facts") or {}
    job = item.get("job_match") or {}
    certifications = [
        {"name": name, "status": "in_progress" if entry.get("status") == "in_progress" else "held"}
        for entry in facts.get("certifications") or () if isinstance(entry, dict)
        for name in _names([entry])
    ]
    return {
        "v": SUMMARY_VERSION,
        "source": {"path": (item.get("source") or {}).get("path")},
        "not_ranked": not_ranked_reason(item),
        "score": item.get("score"),
        "job_match": {"match_rate": job.get("match_rate")} if job else None,
        "facts": {
            "level": facts.get("level"),
            "is_project_manager": facts.get("is_project_manager"),
            "years_of_experience": _number(facts.get("years_of_experience")),
            "pm_years": _number(facts.get("pm_years")),
            "certifications": certifications,
            "tools": _names(facts.get("tools")),
            "methodologies": _names(facts.get("methodologies")),
            "specializations": _names(facts.get("specializations")),
            "leads_it": leads_it(
                [work.get("position") for work in (item.get("profile") or {}).get("work") or () if isinstance(work, dict)],
                facts.get("is_project_manager"),
            ),
        },
        "profile": {"basics": {"name": basics.get("name")}},
        "findings": things_to_fix(item),
    }


def is_current(summary: dict) -> bool:
    return isinstance(summary, dict) and summary.get("v") == SUMMARY_VERSION and "not_ranked" in summary


# ------------------------------------------------------------------ rows of summary.csv and index.html


def _joined(names: list[str]) -> str:
    return "; ".join(names)


def row_of(path: str, summary: dict, report_file: str = "", rank: Optional[int] = None) -> dict:
    """One candidate as summary.csv writes it; index.html uses the same row and the lists
    behind it (keys starting with an underscore, not written to the CSV)."""
    score = summary.get("score") or {}
    categories = score.get("categories") or {}
    facts = summary.get("facts") or {}
    certifications = facts.get("certifications") or []
    held = [entry["name"] for entry in certifications if entry.get("status") != "in_progress"]
    pending = [entry["name"] for entry in certifications if entry.get("status") == "in_progress"]
    fixes = summary.get("findings") or []
    level = level_words(facts.get("level"), facts.get("is_project_manager"), bool(facts.get("leads_it")))
    match = (summary.get("job_match") or {}).get("match_rate")
    row = {
        "rank": rank if rank is not None else "",
        "name": (summary.get("profile") or {}).get("basics", {}).get("name") or "",
        "path": path,
        "level": level,
        "pm_years": _blank(facts.get("pm_years")),
        "years": _blank(facts.get("years_of_experience")),
        "certifications": _joined(held),
        "certifications_in_progress": _joined(pending),
        "tools": _joined(facts.get("tools") or []),
        "methodologies": _joined(facts.get("methodologies") or []),
        "specializations": _joined(facts.get("specializations") or []),
        "match_rate": match if match is not None else "",
        "overall": score.get("overall", ""),
        "fix_1": fixes[0].get("fix", "") if len(fixes) > 0 else "",
        "fix_2": fixes[1].get("fix", "") if len(fixes) > 1 else "",
    }
    for name in CATEGORIES:
        row[f"{name}_score"] = (categories.get(name) or {}).get("score", "")
    row.update({"error": "", "not_ranked": "", "report": report_file})
    row.update({
        "_held": held, "_pending": pending,
        "_held_json": json.dumps(held, ensure_ascii=False), "_pending_json": json.dumps(pending, ensure_ascii=False),
        "_tools": (facts.get("tools") or [])[:TOP_TOOLS], "_tools_more": (facts.get("tools") or [])[TOP_TOOLS:],
        "_methods": (facts.get("methodologies") or [])[:TOP_METHODS], "_methods_more": (facts.get("methodologies") or [])[TOP_METHODS:],
        "_specializations": facts.get("specializations") or [], "_fixes": fixes,
        "_level_key": _level_key(facts.get("level"), facts.get("is_project_manager"), bool(facts.get("leads_it"))),
        "_label": row["name"] or _file_name(path),
        "_file": _file_name(path),
    })
    row["_sort_name"] = row["_label"].lower()
    return row


def _file_name(path: str) -> str:
    return os.path.basename(path.rstrip("/\\")) or path


def _blank(value):
    return "" if value is None else (int(value) if float(value).is_integer() else value)


def _level_key(level: Optional[str], is_pm: Optional[bool], leading: bool = False) -> str:
    """The level a filter offers: a stage, "leading" (an IT leader with no PM role), "moving"
    (no PM role yet) or "unknown"."""
    if is_pm is False:
        return "leading" if leading else "moving"
    return level if level in STAGES else "unknown"


def apart_row(path: str, summary: dict, reason: str, report_file: str = "") -> dict:
    """A file listed apart: who and what it is, why it has no rank, and no scores to sort by."""
    row = row_of(path, summary, report_file)
    for name in ("overall", *(f"{name}_score" for name in CATEGORIES), "match_rate", "fix_1", "fix_2"):
        row[name] = ""
    row["_fixes"] = []
    row["not_ranked"] = reason
    return row


def failed_row(path: str, cause: str) -> dict:
    """A file that could not be read: its name, the cause, nothing else."""
    row = {name: "" for name in FIELDS}
    row.update({"path": path, "error": cause, "not_ranked": f"could not be read: {cause}"})
    row.update({
        "_held": [], "_pending": [], "_held_json": "[]", "_pending_json": "[]", "_sort_name": _file_name(path).lower(), "_tools": [], "_tools_more": [], "_methods": [], "_methods_more": [], "_specializations": [],
        "_fixes": [], "_level_key": "unknown", "_label": _file_name(path), "_file": _file_name(path),
    })
    return row


def csv_row(row: dict) -> dict:
    return {key: value for key, value in row.items() if not key.startswith("_")}


# ------------------------------------------------------------------ what the page's filters offer

LEVEL_ORDER = ("director", "senior", "mid", "entry", "foundation", "leading", "moving", "unknown")


def level_choices(rows: list[dict]) -> list[tuple[str, str]]:
    """(filter value, label) for each level among the rows, from the top of the ladder down."""
    present = {row["_level_key"]: row["level"] or "level unknown" for row in rows}
    return [(key, present[key]) for key in LEVEL_ORDER if key in present]


def certification_choices(rows: list[dict]) -> list[str]:
    """Every certification held or in progress among the rows, the most common first."""
    counts: dict[str, int] = {}
    for row in rows:
        for name in {*row["_held"], *row["_pending"]}:
            counts[name] = counts.get(name, 0) + 1
    return sorted(counts, key=lambda name: (-counts[name], name.lower()))
