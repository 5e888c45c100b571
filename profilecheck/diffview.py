"""Renderers for a diff (changes.ReportDiff): text, Markdown, HTML and JSON.

As with reports, every format renders the diff's JSON contract (`ReportDiff.to_json()`), shaped
first into a view whose strings are cleaned of control characters and escape sequences; resume
text is only ever data handed to a template (templates/diff.*.j2).  HTML escapes by Jinja's
autoescaping, Markdown by escaping every view string, text by having nothing to escape.
"""
from __future__ import annotations

from typing import Any, Optional, Union

from .changes import FACT_GROUPS, GROUP_LABELS, VALUE_LABELS, ReportDiff
from .definitions import CATEGORY_LABELS, LEVEL_LABELS, LEVELS, STAGES
from .errors import UsageError
from .render import CAREER_LABELS, DIFF_FORMATS, SUFFIXES, clean, environment, md_escape, metric_text, number_or_none, number_text, render_json_data
DIFF_TEMPLATES = {"text": "diff.txt.j2", "markdown": "diff.md.j2", "html": "diff.html.j2"}
SECTION_LABELS = {"header": "the top of the resume", "headline": "the headline", "summary": "the summary", "about": "the About section"}
KIND_LABELS = {
    "pdf": "PDF", "docx": "Word document", "text": "text", "linkedin-pdf": "LinkedIn PDF export",
    "linkedin-text": "LinkedIn profile text", "json-resume": "JSON Resume",
}
STATUS_LABELS = {"held": "held", "in_progress": "in progress"}


def _signed(change: Optional[float]) -> str:
    if change is None:
        return ""
    if change == 0:
        return "±0"
    return ("+" if change > 0 else "−") + number_text(abs(change))


def _direction(change: Optional[float]) -> str:
    if change is None:
        return "none"
    return "up" if change > 0 else "down" if change < 0 else "same"


def _band(score: Optional[float]) -> str:
    if score is None:
        return ""
    return "good" if score >= 80 else "fair" if score >= 60 else "weak"


def _side(data: Any) -> dict:
    data = data if isinstance(data, dict) else {}
    score = number_or_none(data.get("score"))
    kind = clean(data.get("kind") or "")
    return {
        "file": clean(data.get("path")) if data.get("path") else "-",
        "kind": KIND_LABELS.get(kind, kind),
        "name": clean(data.get("name") or ""),
        "score": None if score is None else round(score),
        "band": _band(score),
        "enough": data.get("enough_to_judge") is not False,
        "as_of": clean(data.get("as_of") or ""),
    }


def _score(item: Any, label: str) -> dict:
    item = item if isinstance(item, dict) else {}
    old, new = number_or_none(item.get("old")), number_or_none(item.get("new"))
    change = new - old if old is not None and new is not None else None
    return {
        "label": label,
        "old": "–" if old is None else number_text(round(old)),
        "new": "–" if new is None else number_text(round(new)),
        "new_value": None if new is None else max(0, min(100, round(new))),
        "band": _band(new),
        "change": _signed(change) if change is not None else ("new" if old is None and new is not None else "gone" if new is None and old is not None else ""),
        "direction": _direction(change),
    }


def _finding(item: Any) -> Optional[dict]:
    if not isinstance(item, dict) or not item.get("code"):
        return None
    level = item.get("level") if item.get("level") in LEVELS else "info"
    section = clean(item.get("section") or "")
    category = clean(item.get("category") or "")
    old_places, new_places = number_or_none(item.get("old_places")) or 0, number_or_none(item.get("new_places")) or 0
    places = ""
    if old_places and new_places and old_places != new_places:
        places = f"{number_text(old_places)} place{'s' if old_places != 1 else ''} before, {number_text(new_places)} now"
    return {
        "code": clean(item["code"]),
        "name": clean(item.get("name") or ""),
        "level": level,
        "badge": LEVEL_LABELS[level],
        "category": CATEGORY_LABELS.get(category, category.replace("-", " ").capitalize()),
        "where": SECTION_LABELS.get(section) or (f"the {section.replace('-', ' ')} section" if section else ""),
        "message": clean(item.get("message") or ""),
        "suggestion": clean(item.get("suggestion") or ""),
        "was": clean(item.get("old_message") or ""),
        "places": places,
    }


def _value_text(name: str, value: Any) -> str:
    if value is None:
        return "not found"
    if name == "level":
        return CAREER_LABELS.get(str(value), clean(value))
    if name == "is_project_manager":
        return "yes" if value else "no"
    number = number_or_none(value)
    if number is None:
        return clean(value)
    if name in ("years_of_experience", "pm_years"):
        return f"{number_text(float(number))} years"
    return number_text(number)


def _value(name: str, item: Any) -> dict:
    item = item if isinstance(item, dict) else {}
    old, new = item.get("old"), item.get("new")
    if name == "level":
        rank = {stage: index for index, stage in enumerate(STAGES)}
        change = rank[new] - rank[old] if old in rank and new in rank else None
    elif name == "is_project_manager":
        change = None if old == new or old is None or new is None else (1 if new else -1)
    else:
        change = number_or_none(item.get("change"))
    return {
        "label": VALUE_LABELS.get(name, name),
        "old": _value_text(name, old),
        "new": _value_text(name, new),
        "changed": old != new,
        "change": _signed(change) if change is not None and name not in ("level", "is_project_manager") else "",
        "direction": _direction(change) if old != new else "same",
    }


def _names(items: Any, status: bool = False) -> list[str]:
    names = []
    for item in items if isinstance(items, list) else ():
        if not isinstance(item, dict):
            continue
        name = clean(item.get("name") or item.get("id") or "")
        if not name:
            continue
        if status:
            old, new = STATUS_LABELS.get(item.get("old_status"), ""), STATUS_LABELS.get(item.get("new_status"), "")
            if old and new:
                name = f"{name}: {old} → {new}"
            elif (old or new) == "in progress":
                name = f"{name} (in progress)"
        names.append(name)
    return names




def _results(items: Any) -> list[dict]:
    found = []
    for item in items if isinstance(items, list) else ():
        if isinstance(item, dict) and clean(item.get("text") or ""):
            metrics = [text for text in (metric_text(metric) for metric in item.get("metrics") or ()) if text]
            found.append({"text": clean(item["text"]), "metrics": metrics})
    return found


def _plural(count: int, one: str, many: Optional[str] = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


def build_diff_view(data: dict) -> dict:
    """The diff's contract dict shaped for the templates: cleaned strings and our own words."""
    score = data.get("score") if isinstance(data.get("score"), dict) else {}
    findings = data.get("findings") if isinstance(data.get("findings"), dict) else {}
    facts = data.get("facts") if isinstance(data.get("facts"), dict) else {}
    old, new = _side(data.get("old")), _side(data.get("new"))
    overall = _score(score, "Overall")
    categories = [
        _score(item, CATEGORY_LABELS.get(name, clean(name).replace("-", " ").capitalize()))
        for name, item in (score.get("categories") or {}).items()
    ]

    def finding_list(key: str) -> list[dict]:
        return [view for view in (_finding(item) for item in findings.get(key) or ()) if view]

    fixed, added, remaining = finding_list("fixed"), finding_list("new"), finding_list("remaining")
    values = [_value(name, facts.get(name)) for name in VALUE_LABELS if name in facts]
    groups = []
    for group in FACT_GROUPS:
        item = facts.get(group) if isinstance(facts.get(group), dict) else {}
        entry = {
            "label": GROUP_LABELS[group],
            "gained": _names(item.get("gained"), group == "certifications"),
            "lost": _names(item.get("lost"), group == "certifications"),
            "changed": _names(item.get("changed"), True),
        }
        if entry["gained"] or entry["lost"] or entry["changed"]:
            groups.append(entry)
    results = facts.get("results") if isinstance(facts.get("results"), dict) else {}
    gained_results, lost_results = _results(results.get("gained")), _results(results.get("lost"))

    parts = []
    if fixed:
        parts.append(f"{_plural(len(fixed), 'finding')} fixed")
    if added:
        parts.append(f"{len(added)} new")
    if remaining:
        parts.append(f"{len(remaining)} still to do")
    gained = sum(len(group["gained"]) for group in groups) + len(gained_results)
    lost = sum(len(group["lost"]) for group in groups) + len(lost_results)
    if gained:
        parts.append(f"{gained} thing{'s' if gained != 1 else ''} gained")
    if lost:
        parts.append(f"{lost} lost")
    if overall["direction"] in ("up", "down", "same") and old["score"] is not None:
        head = f"The score went from {overall['old']} to {overall['new']}" if overall["direction"] != "same" else f"The score stayed at {overall['new']}"
    else:
        head = "No score to compare"
    summary = head + (": " + ", ".join(parts) if parts else "; nothing else changed") + "."
    tool = data.get("tool") if isinstance(data.get("tool"), dict) else {}
    return {
        "title": "What changed",
        "name": new["name"] or old["name"],
        "old": old,
        "new": new,
        "overall": overall,
        "categories": categories,
        "summary": summary,
        "fixed": fixed,
        "new_findings": added,
        "remaining": remaining,
        "value_rows": values,
        "changed_values": [item for item in values if item["changed"]],
        "groups": groups,
        "results_gained": gained_results,
        "results_lost": lost_results,
        "warnings": [text for text in (clean(item) for item in data.get("warnings") or ()) if text],
        "as_of": new["as_of"] or old["as_of"],
        "tool": {"name": clean(tool.get("name") or "profilecheck"), "version": clean(tool.get("version") or "")},
    }


def _map_strings(value: Any, function) -> Any:
    if isinstance(value, str):
        return function(value)
    if isinstance(value, dict):
        return {key: _map_strings(item, function) for key, item in value.items()}
    if isinstance(value, list):
        return [_map_strings(item, function) for item in value]
    return value


def render_diff_data(data: dict, fmt: str, *, color: bool = False) -> str:
    """Render a diff's JSON contract (ReportDiff.to_json(), or a saved diff JSON)."""
    if fmt not in DIFF_FORMATS:
        raise UsageError(f"unknown format {fmt!r} for a diff (choose from {', '.join(DIFF_FORMATS)})")
    if fmt == "json":
        return render_json_data(data)
    view = build_diff_view(data)
    if fmt == "markdown":
        view = _map_strings(view, md_escape)
    template = environment(fmt).get_template(DIFF_TEMPLATES[fmt])
    return template.render(v=view, color=bool(color) and fmt == "text")


def render_diff(change: Union[ReportDiff, dict], fmt: str, *, color: bool = False) -> str:
    """A diff in one of DIFF_FORMATS.  `color` adds ANSI styling to the text format only."""
    data = change.to_json() if isinstance(change, ReportDiff) else change
    return render_diff_data(data, fmt, color=color)


def diff_format_for_output(path: Optional[str]) -> Optional[str]:
    """The format a file name asks for (`changes.html` -> html), or None."""
    if not path:
        return None
    for suffix, fmt in SUFFIXES.items():
        if path.lower().endswith(suffix) and fmt in DIFF_FORMATS:
            return fmt
    return None


__all__ = ["render_diff", "render_diff_data", "build_diff_view", "DIFF_FORMATS", "diff_format_for_output"]
