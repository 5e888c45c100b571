"""The command line end to end: exit codes, one-line errors, formats, output files."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from profilecheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
AS_OF = ["--as-of", "2026-11-25"]


def run(args, capsys, stdin=None, monkeypatch=None):
    if stdin is not None:
        import io

        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")), encoding="utf-8"))
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_check_json_contract(capsys):
    code, out, err = run(["check", str(SAMPLES / "mid-software-pm.pdf"), "--format", "json", "--fail-level", "never", *AS_OF], capsys)
    assert code == 0, err
    data = json.loads(out)
    assert data["schema_version"] == "1"
    for key in ("tool", "source", "profile", "facts", "score", "findings"):
        assert key in data
    assert data["source"]["kind"] == "pdf"
    assert data["facts"]["as_of"] == "2026-11-25"
    assert data["profile"]["basics"]["name"] == "Nadia Petrova"


def test_check_stdin(capsys, monkeypatch):
    text = (SAMPLES / "linkedin-pasted-itsm.txt").read_text(encoding="utf-8")
    code, out, err = run(["check", "-", "--format", "json", "--fail-level", "never", *AS_OF], capsys, stdin=text, monkeypatch=monkeypatch)
    assert code == 0, err
    data = json.loads(out)
    assert data["source"]["path"] is None and data["source"]["kind"] == "linkedin-text"


def test_check_text_argument(capsys):
    code, out, _ = run(["check", "--text", "Jo Park\nIT Project Manager | Cloud | PMP\n", "--format", "concise", *AS_OF], capsys)
    assert code in (0, 1)
    assert all(line.startswith("-:") for line in out.splitlines())


@pytest.mark.parametrize(
    "args, fragment",
    [
        (["check", "does-not-exist.pdf"], "does-not-exist.pdf: no such file"),
        (["check", str(SAMPLES)], "is a directory"),
        (["check", "x.pdf", "--as-of", "yesterday"], "not a date"),
        (["check", "--select", "XY1", str(SAMPLES / "weak-generic.pdf")], "not a rule code"),
        (["rule", "PC000"], "no rule"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_errors_are_one_line_with_exit_2(args, fragment, capsys):
    code, out, err = run(args, capsys)
    assert code == 2
    assert fragment in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_exit_codes_follow_fail_level_and_score(capsys):
    weak = str(SAMPLES / "weak-generic.pdf")
    assert run(["check", weak, "--fail-level", "never", *AS_OF], capsys)[0] == 0
    assert run(["check", weak, "--fail-level", "info", *AS_OF], capsys)[0] == 1
    assert run(["check", weak, "--fail-level", "never", "--fail-under", "101", *AS_OF], capsys)[0] == 1
    assert run(["check", weak, "--fail-level", "never", "--fail-under", "0", *AS_OF], capsys)[0] == 0


def test_select_and_ignore(capsys):
    code, out, _ = run(["check", str(SAMPLES / "weak-generic.pdf"), "--format", "json", "--select", "PC1,PC3", "--ignore", "PC104", "--fail-level", "never", *AS_OF], capsys)
    codes = {finding["code"] for finding in json.loads(out)["findings"]}
    assert codes and all(code[:3] in ("PC1", "PC3") for code in codes) and "PC104" not in codes


def test_headline_command(capsys, monkeypatch):
    code, out, _ = run(["headline", "IT Project Manager", "--format", "json"], capsys)
    data = json.loads(out)
    assert data["source"]["kind"] == "text"
    assert "PC104" in {f["code"] for f in data["findings"]}
    assert data["score"]["overall"] < 100
    assert code == 0  # warnings only: below the default fail level
    code, out, _ = run(["headline", "-", "--format", "json"], capsys, stdin="Senior IT Project Manager | Cloud Migration | Agile | PMP | $5M+ budgets\n", monkeypatch=monkeypatch)
    assert "PC104" not in {f["code"] for f in json.loads(out)["findings"]}


def test_rules_and_rule(capsys):
    code, out, _ = run(["rules"], capsys)
    assert code == 0 and "PC104" in out and "headline-only-title" in out
    code, out, _ = run(["rule", "PC104"], capsys)
    assert code == 0 and "Why it matters" in out and "Flags, for example" in out


def test_job_match(capsys, tmp_path):
    posting = tmp_path / "posting.txt"
    posting.write_text("IT Project Manager. Required: PMP, ServiceNow, ITIL, Jira, Scrum, stakeholder management, risk management.")
    code, out, _ = run(["check", str(SAMPLES / "mid-software-pm.pdf"), "--job", str(posting), "--format", "json", "--fail-level", "never", *AS_OF], capsys)
    job = json.loads(out)["job_match"]
    assert 0 <= job["match_rate"] <= 100
    assert "ServiceNow" in job["missing"]["tools"]
    assert "Jira" in job["matched"]["tools"]


def test_output_file_is_written_atomically_and_never_over_an_input(capsys, tmp_path):
    target = tmp_path / "report.html"
    code, out, _ = run(["check", str(SAMPLES / "weak-generic.pdf"), "-o", str(target), "--fail-level", "never", *AS_OF], capsys)
    assert code == 0 and out == ""
    assert target.read_text().lstrip().lower().startswith("<!doctype html>")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html"]
    copy = tmp_path / "resume.txt"
    copy.write_text((SAMPLES / "coordinator-foundation.txt").read_text())
    before = copy.read_bytes()
    code, _, err = run(["check", str(copy), "-o", str(copy)], capsys)
    assert code == 2 and "refusing to overwrite" in err
    assert copy.read_bytes() == before


def test_python_dash_m_entry_point():
    result = subprocess.run([sys.executable, "-m", "profilecheck", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.startswith("profilecheck ")


def test_job_posting_has_a_limit(capsys, tmp_path):
    posting = tmp_path / "posting.txt"
    posting.write_text("Required: PMP, Jira, Scrum, stakeholder management. " * 3000)  # 159,000 characters
    code, out, err = run(["check", str(SAMPLES / "mid-software-pm.pdf"), "--job", str(posting), *AS_OF], capsys)
    assert code == 2 and out == ""
    assert err.startswith(f"profilecheck: error: {posting}: the job posting holds ") and "Limits.max_job_chars" in err
    assert err.count("\n") == 1
