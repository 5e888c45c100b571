"""Batch outputs in one folder: summary.csv, results.jsonl, index.html and a report per candidate."""
from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import tempfile
from typing import Optional

from ..errors import OutputError
from ..output import json_safe, replace_file, shown, write_atomic
from .columns import (  # noqa: F401 (not_ranked_reason, NOT_ENOUGH and row_of are imported from here too)
    FIELDS, NOT_ENOUGH, THIN_CHARACTERS, apart_row, certification_choices, csv_row, failed_row, is_current,
    level_choices, not_ranked_reason, row_of, summary_of,
)


def _slug(path: str, used: set[str]) -> str:
    base = re.sub(r"[^A-Za-z0-9._-]+", "-", os.path.splitext(os.path.basename(path))[0]).strip("-.") or "candidate"
    slug, number = base, 2
    while slug in used:
        slug, number = f"{base}-{number}", number + 1
    used.add(slug)
    return slug


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

    def add(self, path: str, text: str, summary: dict, html: Optional[str], item: Optional[dict] = None) -> dict:
        """One result: its JSON as text, its summary, its HTML report (rendered from `item`, or
        from the parsed text, when the worker did not render it).  Returns the summary used:
        one cached by an older version is made again from the result."""
        from ..render import render_data

        if not is_current(summary):  # cached before the summary had every column
            if item is None:
                item = json.loads(text)
            summary = summary_of(item)
        report_file = f"reports/{_slug(path, self.used)}.html"
        if html is None:
            html = render_data(item if item is not None else json.loads(text), "html")
        _write_if_changed(os.path.join(self.folder, report_file), html)
        (self.apart if summary["not_ranked"] else self.rows).append((path, summary, report_file, *self._line(text)))
        return summary

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
        apart_rows += [failed_row(shown(path), shown(cause)) for path, cause, _, _ in self.failed]
        # A re-run whose results did not change leaves every output untouched (same bytes, same
        # mtime).  index.html records what it and summary.csv were made from; when that is
        # unchanged and summary.csv is the one it recorded, neither is made again.
        summary_path, index_path = os.path.join(self.folder, "summary.csv"), os.path.join(self.folder, "index.html")
        digest = outputs_digest(table_rows, apart_rows, result)
        recorded = _recorded_digest(index_path)
        up_to_date = recorded is not None and recorded[0] == digest and recorded[1] == _file_sha256(summary_path)
        if not up_to_date:
            table = io.StringIO()
            writer = csv.DictWriter(table, fieldnames=FIELDS, extrasaction="ignore")
            writer.writeheader()
            writer.writerows({key: spreadsheet_safe(value) for key, value in csv_row(row).items()} for row in [*table_rows, *apart_rows])
            _replace_if_changed(summary_path, table.getvalue())
            made_from = f"{digest}:{hashlib.sha256(table.getvalue().encode('utf-8')).hexdigest()}"

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
        if not up_to_date:
            _replace_if_changed(index_path, dashboard(table_rows, result, apart_rows, made_from))


_MADE_FROM = re.compile(rb'<meta name="profilecheck-made-from" content="([0-9a-f]{64}):([0-9a-f]{64})">')


def outputs_digest(table_rows: list[dict], apart_rows: list[dict], result) -> str:
    """What index.html and summary.csv are made from: the rows, the lists beside them, the
    tool's version and the page's template."""
    from .. import __version__
    from ..resources import template_dir

    content = json.dumps(
        [__version__, table_rows, apart_rows, [(shown(path), shown(cause)) for path, cause in result.failed],
         [(shown(item.path), item.reason) for item in result.skipped],
         [(shown(item.path), shown(item.same_as)) for item in result.duplicates],
         len(getattr(result, "not_judged", ())), bool(result.interrupted)],
        ensure_ascii=False, sort_keys=True, default=str,
    )
    digest = hashlib.sha256(template_dir().joinpath("batch.html.j2").read_bytes())
    digest.update(content.encode("utf-8"))
    return digest.hexdigest()


def _recorded_digest(path: str) -> Optional[tuple[str, str]]:
    """(outputs digest, summary.csv sha256) recorded in an index.html we wrote, or None."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except OSError:
        return None
    found = _MADE_FROM.search(head)
    return (found.group(1).decode(), found.group(2).decode()) if found else None


def _file_sha256(path: str) -> Optional[str]:
    try:
        with open(path, "rb") as handle:
            return hashlib.sha256(handle.read()).hexdigest()
    except OSError:
        return None


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


def dashboard(rows: list[dict], result, apart: Optional[list] = None, made_from: str = "") -> str:
    """index.html: the ranked candidates (sortable and filterable by level, certification and
    minimum match rate, as cards on a phone), and apart from them the files that could not be
    read or judged, each with its reason and no rank.  One file: its style and script are inline."""
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
        levels=level_choices(rows),
        certifications=certification_choices(rows),
        interrupted=result.interrupted,
        made_from=made_from,
    )


def _figure(value) -> str:
    return f"{value:g}" if isinstance(value, (int, float)) else "-"


def ranking_text(result, limit: int = 50) -> str:
    lines = []
    has_job = any((item.get("job_match") or {}).get("match_rate") is not None for _, item in result.rows)
    rows = [row_of(path, item, rank=rank) for rank, (path, item) in enumerate(result.rows[:limit], 1)]
    width = max([10, *(len(row["level"]) for row in rows)])
    header = [f"{'rank':>4}", f"{'score':>5}"] + ([f"{'match':>6}"] if has_job else []) + [f"{'level':<{width}}", f"{'PM yrs':>6}", f"{'years':>5}", "name / file"]
    lines.append("  ".join(header))
    for row in rows:
        name = _plain(row["name"]) or "(no name)"
        match = [f"{row['match_rate']:>5}%"] if has_job else []
        parts = [f"{row['rank']:>4}", f"{row['overall']:>5}"] + match + [f"{row['level'] or '-':<{width}}", f"{_figure(row['pm_years']):>6}", f"{_figure(row['years']):>5}", f"{name} · {shown(row['path'])}"]
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
    if getattr(result, "skipped", None):
        lines.append("")
        lines.append(f"Skipped {len(result.skipped)} file(s) that are not resumes:")
        lines.extend(f"  {shown(item.path)}: {item.reason}" for item in result.skipped)
    if result.duplicates:
        lines.append("")
        lines.append(f"Skipped {len(result.duplicates)} duplicate(s):")
        lines.extend(f"  {shown(item.path)} (same as {shown(item.same_as)})" for item in result.duplicates)
    return "\n".join(lines) + "\n"


def _plain(text: str) -> str:
    """Resume text shown on a terminal: no control characters or escape sequences."""
    return shown(text)
