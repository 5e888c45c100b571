"""Batch outputs in one folder: summary.csv, results.jsonl, index.html and a report per candidate."""
from __future__ import annotations

import csv
import io
import json
import os
import re

from ..output import write_atomic

CATEGORIES = ("headline", "summary", "experience", "skills", "certifications", "tools", "career", "format", "job-match")


def _slug(path: str, used: set[str]) -> str:
    base = re.sub(r"[^A-Za-z0-9._-]+", "-", os.path.splitext(os.path.basename(path))[0]).strip("-.") or "candidate"
    slug, number = base, 2
    while slug in used:
        slug, number = f"{base}-{number}", number + 1
    used.add(slug)
    return slug


def row_of(path: str, item: dict, report_file: str = "") -> dict:
    score = item.get("score") or {}
    categories = score.get("categories") or {}
    facts = item.get("facts") or {}
    findings = item.get("findings") or []
    top = [f"{f['code']} {f['name']}" for f in findings if f["level"] in ("error", "warning")][:3]
    row = {
        "path": path,
        "name": (item.get("profile") or {}).get("basics", {}).get("name") or "",
        "level": facts.get("level") or "",
        "years": facts.get("years_of_experience") if facts.get("years_of_experience") is not None else "",
        "overall": score.get("overall", ""),
    }
    for name in CATEGORIES:
        row[name] = (categories.get(name) or {}).get("score", "")
    row["match_rate"] = (item.get("job_match") or {}).get("match_rate", "")
    row["top_findings"] = "; ".join(top)
    row["error"] = ""
    row["report"] = report_file
    return row


def _write_if_changed(path: str, text: str) -> None:
    """Per-candidate reports: a re-run into the same folder leaves identical reports alone.
    (The summary files are written atomically; a half-written report is simply written again.)"""
    data = text.encode("utf-8")
    try:
        if os.path.getsize(path) == len(data):
            with open(path, "rb") as handle:
                if handle.read() == data:
                    return
    except OSError:
        pass
    with open(path, "wb") as handle:
        handle.write(data)


def write_outputs(folder: str, result) -> None:
    from ..render import render_data

    os.makedirs(os.path.join(folder, "reports"), exist_ok=True)
    used: set[str] = set()
    rows = []
    jsonl = io.StringIO()
    for path, item in result.rows:
        slug = _slug(path, used)
        report_file = f"reports/{slug}.html"
        page = result.html.get(path) or render_data(item, "html")
        _write_if_changed(os.path.join(folder, report_file), page)
        rows.append(row_of(path, item, report_file))
        jsonl.write(json.dumps(item, ensure_ascii=False) + "\n")
    for path, cause in result.failed:
        empty = {name: "" for name in ("name", "level", "years", "overall", *CATEGORIES, "match_rate", "top_findings", "report")}
        rows.append({"path": path, **empty, "error": cause})
        jsonl.write(json.dumps({"error": cause, "source": {"path": path}}, ensure_ascii=False) + "\n")
    fields = ["path", "name", "level", "years", "overall", *CATEGORIES, "match_rate", "top_findings", "error", "report"]
    table = io.StringIO()
    writer = csv.DictWriter(table, fieldnames=fields, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    write_atomic(os.path.join(folder, "summary.csv"), table.getvalue())
    write_atomic(os.path.join(folder, "results.jsonl"), jsonl.getvalue())
    write_atomic(os.path.join(folder, "index.html"), dashboard(rows, result))


def dashboard(rows: list[dict], result) -> str:
    from ..render import environment

    scores = [row["overall"] for row in rows if isinstance(row["overall"], int)]
    buckets = [0] * 10
    for value in scores:
        buckets[min(9, value // 10)] += 1
    template = environment("html").get_template("batch.html.j2")
    return template.render(
        rows=rows,
        buckets=buckets,
        failed=result.failed,
        skipped=[(item.path, item.reason) for item in result.skipped],
        duplicates=[(item.path, item.same_as) for item in result.duplicates],
        has_job=any(row["match_rate"] != "" for row in rows),
        interrupted=result.interrupted,
    )


def ranking_text(result, limit: int = 50) -> str:
    lines = []
    has_job = any((item.get("job_match") or {}).get("match_rate") is not None for _, item in result.rows)
    header = f"{'rank':>4}  {'score':>5}  {'match':>6}  {'level':<10} {'years':>5}  name / file" if has_job else f"{'rank':>4}  {'score':>5}  {'level':<10} {'years':>5}  name / file"
    lines.append(header)
    for rank, (path, item) in enumerate(result.rows[:limit], 1):
        row = row_of(path, item)
        years = f"{row['years']:g}" if isinstance(row["years"], (int, float)) else "-"
        name = _plain(row["name"]) or "(no name)"
        match = f"{row['match_rate']:>5}%" if has_job else None
        parts = [f"{rank:>4}", f"{row['overall']:>5}"] + ([match] if match else []) + [f"{row['level'] or '-':<10}", f"{years:>5}", f"{name} · {path}"]
        lines.append("  ".join(parts))
    if len(result.rows) > limit:
        lines.append(f"  ... and {len(result.rows) - limit} more in summary.csv")
    if result.failed:
        lines.append("")
        lines.append(f"Could not read {len(result.failed)} file(s):")
        lines.extend(f"  {path}: {cause}" for path, cause in result.failed)
    if result.duplicates:
        lines.append("")
        lines.append(f"Skipped {len(result.duplicates)} duplicate(s):")
        lines.extend(f"  {item.path} (same as {item.same_as})" for item in result.duplicates)
    return "\n".join(lines) + "\n"


def _plain(text: str) -> str:
    """Resume text shown on a terminal: no control characters or escape sequences."""
    return re.sub(r"[\x00-\x1f\x7f\x9b]", "", text or "")
