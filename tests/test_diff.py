"""What changed between two versions: the library (profilecheck.diff -> ReportDiff), its JSON
contract, the four formats and the command line.  The resumes are generated here: a weak
version and the same person's resume after the advice was taken."""
import dataclasses
import json
from datetime import date
from pathlib import Path

import pytest

import profilecheck
from profilecheck import Options
from profilecheck.changes import ReportDiff, diff
from profilecheck.cli import main
from profilecheck.diffview import DIFF_FORMATS, build_diff_view, render_diff, render_diff_data
from profilecheck.errors import UsageError
from profilecheck.report import report_json

AS_OF = date(2026, 11, 25)
OPTIONS = Options(as_of=AS_OF)
SAMPLES = Path(__file__).resolve().parent.parent / "samples"

BEFORE = """Sam Rivers
Project Manager
Austin, TX | sam.rivers@example.com | 555-010-4411

SUMMARY
Results-driven team player with a proven track record of success. Passionate about delivering value.

EXPERIENCE
Project Manager | Lakeside Logistics | Jan 2022 - Present
• Responsible for managing projects from start to finish.
• Responsible for project documentation.
• Worked on budgets and schedules.

Project Coordinator | Lakeside Logistics | Mar 2020 - Dec 2021
• Helped the project manager with various tasks.
• Duties included scheduling meetings.

EDUCATION
Bachelor of Business Administration | Texas State University | 2019

SKILLS
Communication, Teamwork, Microsoft Office, Excel

CERTIFICATIONS
Pursuing CAPM, exam planned for 2027
"""

AFTER = """Sam Rivers
IT Project Manager | Logistics Software Delivery | Scrum | CAPM
Austin, TX | sam.rivers@example.com | 555-010-4411 | linkedin.com/in/samrivers

SUMMARY
IT project manager with 6 years in logistics software delivery. I lead Scrum teams of up to 9 people and
delivered a $450K warehouse system 3 weeks early. I coach new coordinators and keep learning: CAPM in 2026, PMP next.

EXPERIENCE
IT Project Manager | Lakeside Logistics | Jan 2022 - Present
• Delivered a $450K warehouse management system rollout across 4 sites 3 weeks early with a Scrum team of 9.
• Cut the average release cycle from 6 weeks to 3 by introducing Jira and two-week sprints.
• Managed budgets and schedules for 5 concurrent projects in Smartsheet.

Project Coordinator | Lakeside Logistics | Mar 2020 - Dec 2021
• Coordinated 3 vendor teams for a carrier integration that cut manual bookings by 40%.
• Ran weekly status meetings and kept the RAID log in Confluence.

EDUCATION
Bachelor of Business Administration | Texas State University | 2019

SKILLS
Stakeholder management, Risk management, Agile delivery, Budgeting, Jira, Confluence, Smartsheet, Excel

CERTIFICATIONS
Certified Associate in Project Management (CAPM), PMI, 2026
"""


@pytest.fixture(scope="module")
def reports():
    return profilecheck.analyze_text(BEFORE, OPTIONS), profilecheck.analyze_text(AFTER, OPTIONS)


@pytest.fixture(scope="module")
def change(reports):
    return profilecheck.diff(*reports)


def test_the_library_function_and_its_frozen_result(change, reports):
    assert isinstance(change, ReportDiff) and profilecheck.ReportDiff is ReportDiff
    with pytest.raises(dataclasses.FrozenInstanceError):
        change.fixed = ()  # type: ignore[misc]
    old, new = reports
    assert change.old.score == old.score.overall and change.new.score == new.score.overall
    assert change.overall.change == new.score.overall - old.score.overall > 0
    assert [item.name for item in change.categories] == list(new.score.categories)
    for item in change.categories:
        assert item.old == old.score.categories[item.name].score and item.new == new.score.categories[item.name].score


def test_findings_fixed_new_and_remaining(change, reports):
    old, new = reports
    old_codes, new_codes = {f.code for f in old.findings}, {f.code for f in new.findings}
    fixed = {item.code for item in change.fixed}
    added = {item.code for item in change.new_findings}
    remaining = {item.code for item in change.remaining}
    assert fixed and fixed <= old_codes
    assert "PC104" in fixed  # the headline was only a job title
    assert "PC302" in fixed or "PC302" in remaining  # duty bullets: gone, or fewer
    assert added <= new_codes and remaining <= old_codes & new_codes
    assert fixed | remaining >= old_codes - (new_codes - old_codes) - added  # every old finding is fixed or remains
    assert len(change.fixed) + len(change.remaining) == len({(f.code, f.first.section if f.first else None) for f in old.findings})


def test_facts_gained_lost_and_changed(change):
    gained = {(item.group, item.id) for item in change.gained}
    assert {("tools", "jira"), ("tools", "confluence"), ("methodologies", "scrum")} <= gained
    certification = next(item for item in change.facts if item.group == "certifications" and item.id == "capm")
    assert (certification.change, certification.old_status, certification.new_status) == ("changed", "in_progress", "held")
    values = {item.name: item for item in change.values}
    assert values["achievements"].old == 0 and values["achievements"].new >= 4 and values["achievements"].changed
    assert values["metrics"].new > values["metrics"].old
    assert values["years_of_experience"].old == values["years_of_experience"].new  # same dates
    assert not values["years_of_experience"].changed
    assert all(item.change == "gained" for item in change.achievements)
    assert any("$450K" in item.text for item in change.achievements)


def test_same_input_twice_is_unchanged(reports):
    old, _ = reports
    same = diff(old, old)
    assert same.unchanged and not same.fixed and not same.new_findings and not same.facts
    assert "The two inputs are the same file." in same.warnings
    assert len(same.remaining) == len(old.findings)


def test_a_saved_json_report_diffs_as_the_report_does(reports, change):
    old, new = reports
    saved = json.loads(json.dumps(report_json(old)))
    assert diff(saved, new) == change


def test_different_as_of_and_people_are_warned():
    old = profilecheck.analyze_text(BEFORE, Options(as_of=date(2025, 1, 1)))
    new = profilecheck.analyze_text(AFTER.replace("Sam Rivers", "Alex Moon"), OPTIONS)
    warnings = " ".join(diff(old, new).warnings)
    assert "different dates (2025-01-01 and 2026-11-25)" in warnings
    assert "name different people (Sam Rivers and Alex Moon)" in warnings


def test_not_a_report_is_a_usage_error():
    with pytest.raises(UsageError, match="the old report must be a Report"):
        diff("resume.pdf", {})  # type: ignore[arg-type]


# ---------------------------------------------------------------- the JSON contract


def test_json_contract(change):
    data = change.to_json()
    assert list(data) == ["schema_version", "tool", "old", "new", "score", "findings", "facts", "warnings"]
    assert data["schema_version"] == "1"
    for side in ("old", "new"):
        assert set(data[side]) == {"path", "kind", "name", "sha256", "score", "enough_to_judge", "as_of", "findings"}
    assert data["score"]["change"] == data["score"]["new"] - data["score"]["old"]
    assert set(data["score"]["categories"]["headline"]) == {"old", "new", "change"}
    assert set(data["findings"]) == {"fixed", "new", "remaining"}
    item = data["findings"]["fixed"][0]
    assert set(item) == {"code", "name", "level", "category", "section", "message", "suggestion", "old_message", "old_places", "new_places"}
    facts = data["facts"]
    for key in ("years_of_experience", "pm_years", "level", "is_project_manager", "achievements", "metrics"):
        assert set(facts[key]) == {"old", "new", "change"}
    for key in ("certifications", "tools", "methodologies", "specializations"):
        assert set(facts[key]) == {"gained", "lost", "changed"}
    assert facts["certifications"]["changed"] == [{"id": "capm", "name": facts["certifications"]["changed"][0]["name"], "old_status": "in_progress", "new_status": "held"}]
    assert set(facts["results"]) == {"gained", "lost"}
    assert json.loads(render_diff(change, "json")) == json.loads(json.dumps(data))


# ---------------------------------------------------------------- the formats


@pytest.mark.parametrize("fmt", DIFF_FORMATS)
def test_every_format_renders_from_the_contract(change, fmt):
    text = render_diff(change, fmt)
    assert text == render_diff_data(json.loads(json.dumps(change.to_json())), fmt)
    if fmt != "json":
        assert "Fixed" in text and "PC104" in text and "Jira" in text


def test_text_and_markdown_read_well(change):
    text = render_diff(change, "text")
    assert text.startswith("What changed: Sam Rivers\n")
    assert f"The score went from {change.old.score} to {change.new.score}:" in text
    assert "✓" in text and "CAPM" in text and "in progress → held" in text
    assert "\x1b[" not in text and "\x1b[" in render_diff(change, "text", color=True)
    markdown = render_diff(change, "markdown")
    assert markdown.startswith("# What changed: Sam Rivers")
    assert "| Category | Before | After | Change |" in markdown


def test_html_is_self_contained_and_escapes_resume_text():
    old = profilecheck.analyze_text(BEFORE.replace("Project Manager\n", "Project Manager <script>alert(1)</script>\n", 1), OPTIONS)
    new = profilecheck.analyze_text(BEFORE.replace("Project Manager\n", "IT Project Manager | Scrum | <img src=x onerror=alert(1)>\n", 1), OPTIONS)
    html = render_diff(diff(old, new), "html")
    assert "<script" not in html and "&lt;script&gt;" in html
    assert "<img" not in html
    assert "http://" not in html.replace("http://www.w3.org/2000/svg", "") and "https://" not in html
    assert html.count("<style>") == 1 and 'style="' not in html


def test_markdown_escapes_resume_text():
    old = profilecheck.analyze_text(BEFORE, OPTIONS)
    new = profilecheck.analyze_text(BEFORE.replace("Project Manager\n", "Project Manager | **Bold** [link](http://x.example)\n", 1), OPTIONS)
    markdown = render_diff(diff(old, new), "markdown")
    assert "**Bold**" not in markdown and "](http" not in markdown


def test_the_view_tolerates_a_damaged_contract():
    view = build_diff_view({"score": "x", "findings": {"fixed": [None, {"code": "PC1"}]}, "facts": {"tools": {"gained": [{"id": "jira"}]}}})
    assert view["fixed"][0]["code"] == "PC1" and view["groups"][0]["gained"] == ["jira"]
    for fmt in DIFF_FORMATS:
        assert render_diff_data({}, fmt)


def test_unknown_format():
    with pytest.raises(UsageError, match="unknown format 'concise' for a diff"):
        render_diff_data({}, "concise")


# ---------------------------------------------------------------- the command line


@pytest.fixture()
def files(tmp_path):
    old, new = tmp_path / "before.txt", tmp_path / "after.md"
    old.write_text(BEFORE, encoding="utf-8")
    new.write_text(AFTER, encoding="utf-8")
    return old, new


def test_cli_text_and_json(files, capsys):
    old, new = files
    assert main(["diff", str(old), str(new), "--as-of", "2026-11-25"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("What changed: Sam Rivers") and str(old) in out and str(new) in out
    assert main(["diff", str(old), str(new), "--as-of", "2026-11-25", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["old"]["path"] == str(old) and data["new"]["as_of"] == "2026-11-25"
    assert data == profilecheck.diff(profilecheck.analyze(old, OPTIONS), profilecheck.analyze(new, OPTIONS)).to_json()


@pytest.mark.parametrize("name, marker", [("changes.html", "<!DOCTYPE html>"), ("changes.md", "# What changed"), ("changes.json", '"schema_version"'), ("changes.txt", "What changed:")])
def test_cli_output_file_picks_the_format(files, tmp_path, capsys, name, marker):
    old, new = files
    target = tmp_path / name
    assert main(["diff", str(old), str(new), "-o", str(target), "--as-of", "2026-11-25"]) == 0
    assert capsys.readouterr().out == ""
    assert target.read_text(encoding="utf-8").startswith(marker) or marker in target.read_text(encoding="utf-8")[:200]


def test_cli_stdin_for_one_side(files, capsys, monkeypatch):
    import io
    import sys

    old, new = files
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(AFTER.encode()), encoding="utf-8"))
    assert main(["diff", str(old), "-", "--format", "json", "--as-of", "2026-11-25"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["new"]["path"] is None and data["new"]["score"] > data["old"]["score"]


def test_cli_reads_any_two_kinds(tmp_path, capsys):
    saved = tmp_path / "profile.json"
    assert main(["check", str(SAMPLES / "weak-generic.pdf"), "--format", "json", "--fail-level", "never", "--as-of", "2026-11-25"]) == 0
    saved.write_text(json.dumps(json.loads(capsys.readouterr().out)["profile"]), encoding="utf-8")
    assert main(["diff", str(SAMPLES / "weak-generic.pdf"), str(saved), "--format", "json", "--as-of", "2026-11-25"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["old"]["kind"], data["new"]["kind"]) == ("pdf", "json-resume")
    assert not data["findings"]["new"]  # the round trip: nothing new, no fact gained or lost
    assert all(not data["facts"][group][change] for group in ("certifications", "tools", "methodologies") for change in ("gained", "lost"))


@pytest.mark.parametrize(
    "args, fragment",
    [
        (["diff", "nope.pdf", "{new}"], "nope.pdf: no such file"),
        (["diff", "{old}", "{bad}"], "bad.json: not valid JSON"),
        (["diff", "-", "-"], "only one of the two can be standard input"),
        (["diff", "{old}", "{new}", "-o", "{old}"], "is an input of this run"),
        (["diff", "{old}", "{new}", "-o", "{dir}"], "is a directory"),
        (["diff", "{old}", "{new}", "--format", "concise"], "invalid choice: 'concise'"),
        (["diff", "{old}"], "the following arguments are required: new"),
        (["diff", "{old}", "{new}", "--max-file-mb", "0.0001"], "before.txt: file is 0.00071 MB, over the"),
    ],
)
def test_cli_errors_are_one_line_exit_2(files, tmp_path, capsys, args, fragment):
    old, new = files
    bad = tmp_path / "bad.json"
    bad.write_text('{"basics": ', encoding="utf-8")
    values = {"old": str(old), "new": str(new), "bad": str(bad), "dir": str(tmp_path)}
    code = main([arg.format(**values) for arg in args])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and fragment in err and "Traceback" not in err


def test_cli_help_has_an_example(capsys):
    with pytest.raises(SystemExit):
        main(["diff", "--help"])
    assert "profilecheck diff resume-2025.pdf resume-2026.docx" in capsys.readouterr().out
