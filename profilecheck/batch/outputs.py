"""Batch outputs in one folder: summary.csv, results.jsonl, index.html and a report per candidate."""
from __future__ import annotations

import csv
import io
import json
import os
import re
import tempfile
from typing import Optional

from ..definitions import CATEGORY_ORDER as CATEGORIES
from ..errors import OutputError
from ..output import json_safe, replace_file, shown, write_atomic


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
    try:
        with open(path, "wb") as handle:
            handle.write(data)
    except OSError as error:
        raise OutputError(f"cannot write the report: {(error.strerror or str(error)).lower()}", path) from None


def summary_of(item: dict) -> dict:
    """The few fields of a result that ranking, the CSV and the dashboard need."""
    basics = (item.get("profile") or {}).get("basics") or {}
    facts = item.get("facts") or {}
    job = item.get("job_match") or {}
    findings = [f for f in item.get("findings") or () if f.get("level") in ("error", "warning")][:3]
    return {
        "source": {"path": (item.get("source") or {}).get("path")},
        "score": item.get("score"),
        "job_match": {"match_rate": job.get("match_rate")} if job else None,
        "facts": {"level": facts.get("level"), "years_of_experience": facts.get("years_of_experience")},
        "profile": {"basics": {"name": basics.get("name")}},
        "findings": [{"code": f.get("code"), "name": f.get("name"), "level": f.get("level")} for f in findings],
    }


class OutputWriter:
    """Writes each result as it arrives (its report and its JSON line) and the summary files at
    the end, ranked.  Only a small summary per file stays in memory."""

    def __init__(self, folder: str):
        self.folder = folder
        try:
            if os.path.exists(folder) and not os.path.isdir(folder):
                raise OutputError("is not a folder; batch -o names the folder for its outputs", folder)
            os.makedirs(os.path.join(folder, "reports"), exist_ok=True)
            self.lines = tempfile.TemporaryFile(dir=folder)  # JSON lines in arrival order
        except OSError as error:
            raise OutputError(f"cannot write the outputs here: {(error.strerror or str(error)).lower()}", folder) from None
        self.used: set[str] = set()
        self.rows: list[tuple[str, dict, str, int, int]] = []  # path, summary, report, offset, length
        self.failed: list[tuple[str, str, int, int]] = []

    def _line(self, text: str) -> tuple[int, int]:
        data = (text + "\n").encode("utf-8")
        try:
            offset = self.lines.seek(0, os.SEEK_END)
            self.lines.write(data)
        except OSError as error:
            raise OutputError(f"cannot write the outputs here: {(error.strerror or str(error)).lower()}", self.folder) from None
        return offset, len(data)

    def add_failure(self, path: str, cause: str) -> None:
        line = json_safe(json.dumps({"error": cause, "source": {"path": path}}, ensure_ascii=False))
        self.failed.append((path, cause, *self._line(line)))

    def add(self, path: str, text: str, summary: dict, html: Optional[str], item: Optional[dict] = None) -> None:
        """One result: its JSON as text, its summary, its HTML report (rendered from `item`, or
        from the parsed text, when the worker did not render it)."""
        from ..render import render_data

        report_file = f"reports/{_slug(path, self.used)}.html"
        if html is None:
            html = render_data(item if item is not None else json.loads(text), "html")
        _write_if_changed(os.path.join(self.folder, report_file), html)
        self.rows.append((path, summary, report_file, *self._line(text)))

    def finish(self, result, rank_key) -> None:
        self.rows.sort(key=lambda row: rank_key(row[1]))
        self.failed.sort()
        result.rows = [(path, summary) for path, summary, _, _, _ in self.rows]
        result.failed = [(path, cause) for path, cause, _, _ in self.failed]
        # Names are shown escaped (not UTF-8 bytes as \\xNN, escape sequences stripped).
        table_rows = [row_of(shown(path), summary, report) for path, summary, report, _, _ in self.rows]
        for path, cause, _, _ in self.failed:
            empty = {name: "" for name in ("name", "level", "years", "overall", *CATEGORIES, "match_rate", "top_findings", "report")}
            table_rows.append({"path": shown(path), **empty, "error": shown(cause)})
        fields = ["path", "name", "level", "years", "overall", *CATEGORIES, "match_rate", "top_findings", "error", "report"]
        table = io.StringIO()
        writer = csv.DictWriter(table, fieldnames=fields, extrasaction="ignore")
        writer.writeheader()
        writer.writerows({key: spreadsheet_safe(value) for key, value in row.items()} for row in table_rows)
        write_atomic(os.path.join(self.folder, "summary.csv"), table.getvalue())

        # results.jsonl in ranking order, copied line by line from the arrival-order file
        def copy_lines(out) -> None:
            for *_, offset, length in [*self.rows, *self.failed]:
                self.lines.seek(offset)
                out.write(self.lines.read(length))

        replace_file(os.path.join(self.folder, "results.jsonl"), copy_lines)
        self.lines.close()
        write_atomic(os.path.join(self.folder, "index.html"), dashboard(table_rows, result))


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """A CSV cell a spreadsheet will not run: text starting with = + - @ tab or CR gets a
    leading apostrophe (OWASP's advice against CSV injection).  Numbers stay numbers."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


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
        failed=[(shown(path), shown(cause)) for path, cause in result.failed],
        skipped=[(shown(item.path), item.reason) for item in result.skipped],
        duplicates=[(shown(item.path), shown(item.same_as)) for item in result.duplicates],
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
        parts = [f"{rank:>4}", f"{row['overall']:>5}"] + ([match] if match else []) + [f"{row['level'] or '-':<10}", f"{years:>5}", f"{name} · {shown(path)}"]
        lines.append("  ".join(parts))
    if len(result.rows) > limit:
        lines.append(f"  ... and {len(result.rows) - limit} more in summary.csv")
    if result.failed:
        lines.append("")
        lines.append(f"Could not read {len(result.failed)} file(s):")
        lines.extend(f"  {shown(path)}: {shown(cause)}" for path, cause in result.failed)
    if getattr(result, "outside", None):
        lines.append("")
        lines.append(f"Read {len(result.outside)} file(s) through links that lead outside the folder:")
        lines.extend(f"  {shown(path)} -> {shown(os.path.realpath(path))}" for path in result.outside)
    if result.duplicates:
        lines.append("")
        lines.append(f"Skipped {len(result.duplicates)} duplicate(s):")
        lines.extend(f"  {shown(item.path)} (same as {shown(item.same_as)})" for item in result.duplicates)
    return "\n".join(lines) + "\n"


def _plain(text: str) -> str:
    """Resume text shown on a terminal: no control characters or escape sequences."""
    return shown(text)
