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


NOT_ENOUGH = "not enough to judge: no dated role or summary, and too few words"
THIN_CHARACTERS = 250  # about 40 words: the text of a result saved before scores said "enough to judge"


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


def row_of(path: str, item: dict, report_file: str = "", rank: Optional[int] = None) -> dict:
    score = item.get("score") or {}
    categories = score.get("categories") or {}
    facts = item.get("facts") or {}
    findings = item.get("findings") or []
    top = [f"{f['code']} {f['name']}" for f in findings if f["level"] in ("error", "warning")][:3]
    row = {
        "rank": rank if rank is not None else "",
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
    row["not_ranked"] = ""
    row["report"] = report_file
    return row


def apart_row(path: str, item: dict, reason: str, report_file: str = "") -> dict:
    """A file listed apart: who and what it is, why it has no rank, and no scores to sort by."""
    row = row_of(path, item, report_file)
    for name in ("overall", *CATEGORIES, "match_rate", "top_findings"):
        row[name] = ""
    row["not_ranked"] = reason
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
        "not_ranked": not_ranked_reason(item),
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
        self.apart: list[tuple[str, dict, str, int, int]] = []  # read, but not enough to judge: not ranked
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

        if "not_ranked" not in summary:  # a summary cached before files were told apart
            summary = summary_of(item if item is not None else json.loads(text))
        report_file = f"reports/{_slug(path, self.used)}.html"
        if html is None:
            html = render_data(item if item is not None else json.loads(text), "html")
        _write_if_changed(os.path.join(self.folder, report_file), html)
        (self.apart if summary["not_ranked"] else self.rows).append((path, summary, report_file, *self._line(text)))

    def finish(self, result, rank_key) -> None:
        self.rows.sort(key=lambda row: rank_key(row[1]))
        self.apart.sort(key=lambda row: row[0])
        self.failed.sort()
        result.rows = [(path, summary) for path, summary, _, _, _ in self.rows]
        result.not_judged = [(path, summary["not_ranked"]) for path, summary, _, _, _ in self.apart]
        result.failed = [(path, cause) for path, cause, _, _ in self.failed]
        # Names are shown escaped (not UTF-8 bytes as \\xNN, escape sequences stripped).
        table_rows = [row_of(shown(path), summary, report, rank) for rank, (path, summary, report, _, _) in enumerate(self.rows, 1)]
        apart_rows = [apart_row(shown(path), summary, summary["not_ranked"], report) for path, summary, report, _, _ in self.apart]
        for path, cause, _, _ in self.failed:
            empty = {name: "" for name in ("rank", "name", "level", "years", "overall", *CATEGORIES, "match_rate", "top_findings", "report")}
            apart_rows.append({"path": shown(path), **empty, "error": shown(cause), "not_ranked": shown(f"could not be read: {cause}")})
        fields = ["rank", "path", "name", "level", "years", "overall", *CATEGORIES, "match_rate", "top_findings", "error", "not_ranked", "report"]
        table = io.StringIO()
        writer = csv.DictWriter(table, fieldnames=fields, extrasaction="ignore")
        writer.writeheader()
        writer.writerows({key: spreadsheet_safe(value) for key, value in row.items()} for row in [*table_rows, *apart_rows])
        # A re-run whose results did not change leaves every output untouched (same bytes, same mtime).
        _replace_if_changed(os.path.join(self.folder, "summary.csv"), table.getvalue())

        # results.jsonl in ranking order, copied line by line from the arrival-order file
        def lines():
            for *_, offset, length in [*self.rows, *self.apart, *self.failed]:
                self.lines.seek(offset)
                yield self.lines.read(length)

        def copy_lines(out) -> None:
            for line in lines():
                out.write(line)

        results = os.path.join(self.folder, "results.jsonl")
        if not _same_bytes(results, lines()):
            replace_file(results, copy_lines)
        self.lines.close()
        _replace_if_changed(os.path.join(self.folder, "index.html"), dashboard(table_rows, result, apart_rows))


def _same_bytes(path: str, pieces) -> bool:
    """Whether the file at `path` holds exactly the concatenated `pieces` (read as they come)."""
    try:
        with open(path, "rb") as handle:
            for piece in pieces:
                if handle.read(len(piece)) != piece:
                    return False
            return handle.read(1) == b""
    except OSError:
        return False


def _replace_if_changed(path: str, text: str) -> None:
    if not _same_bytes(path, [text.encode("utf-8")]):
        write_atomic(path, text)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """A CSV cell a spreadsheet will not run: text starting with = + - @ tab or CR gets a
    leading apostrophe (OWASP's advice against CSV injection).  Numbers stay numbers."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def dashboard(rows: list[dict], result, apart: Optional[list] = None) -> str:
    """index.html: the ranked candidates, and apart from them the files that could not be read
    or judged, each with its reason and no rank."""
    from ..render import environment

    scores = [row["overall"] for row in rows if isinstance(row["overall"], int)]
    buckets = [0] * 10
    for value in scores:
        buckets[min(9, value // 10)] += 1
    template = environment("html").get_template("batch.html.j2")
    return template.render(
        rows=rows,
        apart=apart or [],
        not_judged=len(getattr(result, "not_judged", ())),
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
        row = row_of(path, item, rank=rank)
        years = f"{row['years']:g}" if isinstance(row["years"], (int, float)) else "-"
        name = _plain(row["name"]) or "(no name)"
        match = f"{row['match_rate']:>5}%" if has_job else None
        parts = [f"{rank:>4}", f"{row['overall']:>5}"] + ([match] if match else []) + [f"{row['level'] or '-':<10}", f"{years:>5}", f"{name} · {shown(path)}"]
        lines.append("  ".join(parts))
    if not result.rows:
        lines.append("  (no file could be ranked)")
    if len(result.rows) > limit:
        lines.append(f"  ... and {len(result.rows) - limit} more in summary.csv")
    not_judged = getattr(result, "not_judged", ())
    if not_judged:
        lines.append("")
        lines.append(f"Not ranked, too little to judge: {len(not_judged)} file(s):")
        lines.extend(f"  {shown(path)}: {shown(reason)}" for path, reason in not_judged)
    if result.failed:
        lines.append("")
        lines.append(f"Could not read {len(result.failed)} file(s), not ranked:")
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
