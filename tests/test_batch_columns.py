"""Batch review as a recruiter reads it: per candidate, in summary.csv and index.html, the name
(or file), PM and total years, level, certifications held and in progress, tools, methods,
specializations, match rate, score and the two things to fix in plain words; with --job the
order is match rate, then score, and the page says so.  Files are copied from samples/ or
generated; no corpus text."""
from __future__ import annotations

import csv
import html
import json
import re
import shutil
from datetime import date
from pathlib import Path

import html5lib
import pytest

from profilecheck.batch import BatchResult, review_folder
from profilecheck.batch.cache import ResultCache
from profilecheck.batch.columns import FIELDS, SUMMARY_VERSION, plain_fix, row_of, summary_of, things_to_fix
from profilecheck.career_words import MOVING_INTO_PM, level_words
from profilecheck.cli import main
from profilecheck.options import Options

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
OPTIONS = Options(as_of=date(2026, 11, 25))
JOB = (
    "IT Project Manager, infrastructure and cloud. Required: PMP or PRINCE2, Agile and Scrum, "
    "Microsoft Project, Jira, Confluence, stakeholder management, risk management, budget ownership, "
    "vendor management, ITIL and ServiceNow, AWS or Azure migrations."
)
CODE = re.compile(r"\bPC\d{3}\b")


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    """The samples (and one file that cannot be read) reviewed with a job posting, once."""
    work = tmp_path_factory.mktemp("columns")
    folder = work / "candidates"
    folder.mkdir()
    for name in ("mid-software-pm.pdf", "senior-erp-pm.docx", "coordinator-foundation.txt", "director-transformation.txt", "weak-generic.pdf"):
        shutil.copy(SAMPLES / name, folder / name)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\n garbage that is not a pdf")
    (work / "job.txt").write_text(JOB, encoding="utf-8")
    out = work / "out"
    code = main(["batch", str(folder), "-o", str(out), "--job", str(work / "job.txt"), "--no-cache", "--no-progress",
                 "--workers", "2", "--as-of", "2026-11-25"])
    assert code == 2  # broken.pdf could not be read
    rows = list(csv.DictReader((out / "summary.csv").open(encoding="utf-8")))
    results = {Path(item["source"]["path"]).name: item for item in map(json.loads, (out / "results.jsonl").read_text(encoding="utf-8").splitlines())}
    return out, rows, results


def by_file(rows):
    return {Path(row["path"]).name: row for row in rows}


def test_the_csv_has_a_column_for_each_thing_a_recruiter_screens_on(batch):
    out, rows, results = batch
    with (out / "summary.csv").open(encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    assert header == FIELDS
    for wanted in ("name", "pm_years", "years", "level", "certifications", "certifications_in_progress", "tools",
                   "methodologies", "specializations", "match_rate", "overall", "fix_1", "fix_2"):
        assert wanted in header
    assert len(header) == len(set(header)), "no column name twice (the category scores end in _score)"
    mid = by_file(rows)["mid-software-pm.pdf"]
    facts = results["mid-software-pm.pdf"]["facts"]
    assert mid["name"] == "Nadia Petrova"
    assert float(mid["pm_years"]) == round(facts["pm_years"], 1) and float(mid["years"]) == round(facts["years_of_experience"], 1)
    assert mid["level"] == "mid"
    assert mid["certifications"] == "CSM" and mid["certifications_in_progress"] == "PMI-ACP"
    assert mid["tools"].split("; ")[:2] == ["Jira", "Confluence"]
    assert "Scrum" in mid["methodologies"].split("; ")
    assert mid["specializations"] == "Software Development"
    assert float(mid["match_rate"]) == results["mid-software-pm.pdf"]["job_match"]["match_rate"]
    assert int(mid["overall"]) == results["mid-software-pm.pdf"]["score"]["overall"]
    assert mid["headline_score"] and mid["certifications_score"]


def test_someone_with_no_pm_role_yet_is_moving_into_project_management(batch):
    _, rows, results = batch
    assert results["coordinator-foundation.txt"]["facts"]["is_project_manager"] is False
    row = by_file(rows)["coordinator-foundation.txt"]
    assert row["level"] == MOVING_INTO_PM == "moving into project management"
    assert row["pm_years"] == "" and float(row["years"]) > 0
    assert level_words("mid", True) == "mid" and level_words("foundation", False) == MOVING_INTO_PM and level_words(None, None) == ""


def test_the_two_things_to_fix_are_words_not_codes(batch):
    _, rows, _ = batch
    ranked = [row for row in rows if row["rank"]]
    for row in ranked:
        assert row["fix_1"], row["path"]
        for cell in (row["fix_1"], row["fix_2"]):
            assert not CODE.search(cell) and len(cell) <= 92, cell
            assert not re.fullmatch(r"[a-z]+(?:-[a-z]+)+", (cell.split() or [""])[0]), cell  # a sentence, not a rule name
    assert "top_findings" not in rows[0]


def test_with_a_job_the_order_is_match_rate_then_score(batch):
    _, rows, _ = batch
    ranked = [row for row in rows if row["rank"]]
    keys = [(-float(row["match_rate"]), -int(row["overall"])) for row in ranked]
    assert keys == sorted(keys) and [row["rank"] for row in ranked] == [str(n) for n in range(1, len(ranked) + 1)]


def test_the_page_has_the_columns_filters_and_says_the_order(batch):
    out, rows, _ = batch
    page = (out / "index.html").read_text(encoding="utf-8")
    html5lib.HTMLParser(strict=True).parse(page)
    text = html.unescape(page)
    assert "Ordered by job match rate, then score" in text
    for heading in ("Match %", "Score", "Level", "PM<br>years", "Total<br>years", "Certifications", "Tools and methods", "Specializations", "To fix first"):
        assert heading in text, heading
    for control in ('id="f-level"', 'id="f-cert"', 'id="f-progress"', 'id="f-match"', 'id="f-sort"'):
        assert control in page
    candidates, _, apart = page.partition('<h2 id="not-ranked">')
    assert not CODE.search(candidates.split("<tbody>", 1)[1]), "rule codes on the page"
    mid = by_file(rows)["mid-software-pm.pdf"]
    assert mid["fix_1"] in html.unescape(candidates)
    assert "PMI-ACP (in progress)" in candidates and MOVING_INTO_PM in candidates
    # the level filter offers the levels present, from the top of the ladder down
    levels = re.findall(r'<option value="(\w+)">', candidates.split('id="f-level"', 1)[1].split("</select>", 1)[0])
    assert levels == ["director", "senior", "mid", "moving"]
    # the file that could not be read: in its own table, with the reason
    assert "broken.pdf" in apart and "could not be read: " in apart and "broken.pdf" not in candidates
    # self-contained: no script, style, font or image from anywhere else
    assert not re.search(r'<(?:script|link|img)[^>]+(?:src|href)=', page)
    assert "@import" not in page and "url(" not in page


def test_the_histogram_fills_its_box():
    """The score chart: ten bars across the whole width (HTML, not a fixed-size SVG), the tallest
    at most 85% of the plot so its count label stays inside."""
    result = BatchResult()
    from profilecheck.batch.outputs import dashboard

    rows = [row_of(f"{n}.txt", {"score": {"overall": score}, "facts": {}}, "", n) for n, score in enumerate([55, 58, 71, 90], 1)]
    page = dashboard(rows, result, [])
    heights = [float(value) for value in re.findall(r'class="bar" style="height:([\d.]+)%"', page)]
    assert len(heights) == 10 and max(heights) == 85.0
    assert "<svg" not in page.split("Candidates")[0]


def test_plain_fix_shortens_messages():
    assert plain_fix("The headline names no area of expertise (such as infrastructure, cloud, ERP, cybersecurity, ITSM or software delivery).") == "The headline names no area of expertise."
    assert plain_fix('"Responsible for" describes a duty, not what you achieved: "Responsible for weekly status reports to the client and the steering group."') == '"Responsible for" describes a duty, not what you achieved.'
    assert plain_fix('9 bullets describe duties, not what you achieved ("Responsible for", "Helped with", "Attended", "Worked on", "Assisted").') == "9 bullets describe duties, not what you achieved."
    assert plain_fix("No email address found.\nAdd one.") == "No email address found."
    long = plain_fix("word " * 60)
    assert len(long) <= 91 and long.endswith("…")


def test_things_to_fix_are_those_that_cost_the_most_points():
    item = {
        "score": {"overall": 50, "categories": {
            "headline": {"score": 85, "why": ""}, "summary": {"score": 0, "why": "Summary: nothing to judge, no summary (0)."},
            "format": {"score": 65, "why": ""}, "experience": {"score": 55, "why": ""}, "job-match": {"score": 65, "why": ""},
        }},
        "findings": [
            {"code": "PC801", "level": "error", "category": "format", "message": "No email address found."},
            {"code": "PC105", "level": "warning", "category": "headline", "message": "The headline names no area."},
            {"code": "PC201", "level": "warning", "category": "summary", "message": "No summary or About section found."},
            {"code": "PC302", "level": "warning", "category": "experience", "message": "3 bullets describe duties.",
             "all_evidence": [{}, {}, {}]},
            {"code": "PC206", "level": "info", "category": "summary", "message": "A tip."},
            {"code": "PC901", "level": "error", "category": "job-match", "message": "The resume shows 10% of the posting's keywords."},
        ],
    }
    fixes = things_to_fix(item)
    # no summary empties its category (15% of the score); three duty bullets cost 3 x 15 of experience
    # (25%); the job match has a column of its own
    assert [fix["code"] for fix in fixes] == ["PC201", "PC302"]
    assert fixes[0]["fix"] == "No summary or About section found."
    assert things_to_fix({"findings": [{"code": "PC206", "level": "info", "category": "summary", "message": "tip"}]}) == []


def test_a_summary_cached_by_an_older_version_is_made_again_and_stored_again(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLES / "mid-software-pm.pdf", folder / "a.pdf")
    cache_dir = tmp_path / "cache"
    review_folder(str(folder), str(tmp_path / "r1"), OPTIONS, workers=1, cache_dir=str(cache_dir), progress=False)
    cache = ResultCache(str(cache_dir))
    (key, path, text, summary, page), = cache.connection.execute("SELECT key, path, result, summary, html FROM results_v2").fetchall()
    old = json.loads(summary)
    old.pop("v")
    old["facts"] = {"level": old["facts"]["level"], "years_of_experience": old["facts"]["years_of_experience"]}
    cache.connection.execute("UPDATE results_v2 SET summary = ? WHERE key = ?", (json.dumps(old), key))
    cache.close()
    second = review_folder(str(folder), str(tmp_path / "r2"), OPTIONS, workers=1, cache_dir=str(cache_dir), progress=False)
    assert second.cached == 1
    row = list(csv.DictReader((tmp_path / "r2" / "summary.csv").open(encoding="utf-8")))[0]
    assert row["certifications"] == "CSM" and row["fix_1"]
    cache = ResultCache(str(cache_dir))
    stored = json.loads(cache.connection.execute("SELECT summary FROM results_v2").fetchone()[0])
    cache.close()
    assert stored["v"] == SUMMARY_VERSION and stored["facts"]["certifications"]


def test_the_summary_keeps_what_ranking_needs():
    item = json.loads((SAMPLES / "mid-software-pm.pdf.expected.json").read_text(encoding="utf-8"))
    item.update(score={"overall": 80, "enough_to_judge": True, "categories": {}}, source={"path": "x.pdf"})
    summary = summary_of(item)
    assert summary["not_ranked"] is None and summary["score"]["overall"] == 80
    assert summary["facts"]["certifications"] == [{"name": "csm", "status": "held"}, {"name": "pmi-acp", "status": "in_progress"}]


def test_an_it_leader_with_no_pm_title_is_not_moving_into_project_management():
    from profilecheck.batch.columns import level_choices, row_of, summary_of

    def item(position: str) -> dict:
        return {
            "source": {"path": f"{position}.txt"},
            "score": {"overall": 60, "enough_to_judge": True, "categories": {}},
            "facts": {"level": "foundation", "is_project_manager": False, "years_of_experience": 20.0},
            "profile": {"basics": {}, "work": [{"position": position, "startDate": "2010-01"}]},
        }

    leader = row_of("cto.txt", summary_of(item("Chief Technology Officer")))
    analyst = row_of("analyst.txt", summary_of(item("Systems Analyst")))
    assert leader["level"] == "IT leader, no PM title" and analyst["level"] == MOVING_INTO_PM
    assert level_choices([analyst, leader]) == [("leading", "IT leader, no PM title"), ("moving", MOVING_INTO_PM)]
    assert level_words("foundation", False, leading=True) == "IT leader, no PM title"
