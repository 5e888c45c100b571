"""Bad inputs and resource limits, through the real command line.

Every file of the matrix (see hardening_files.py) goes through `profilecheck check` and, all
together with a good resume, through `profilecheck batch`.  A correct outcome is either a
reading (exit 0 or 1, a sensible JSON report) or one line on standard error that names the
file (exit 2); never a traceback, never a hang.  The wall-clock bound per case is generous on
purpose: it only catches hangs, it is not a benchmark.

The second half checks each resource limit (file size, pages, unpacked DOCX size, time) in
`check` and `batch` alike, with small limits so the tests stay fast.
"""
from __future__ import annotations

import csv
import faulthandler
import hashlib
import html
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

import hardening_files as files
from hardening_files import EITHER, ERROR, READ, SAMPLES, Case

from profilecheck.cli import main
from profilecheck.options import Limits

# Part of the slow tail of the suite: skipped by `python -m pytest -m "not slow"`, always run by CI.
pytestmark = pytest.mark.slow

ROOT = files.ROOT
AS_OF = ("--as-of", "2026-11-25")
CASE_SECONDS = 20.0  # a hang detector, not a speed test: real cases take well under a second
WATCHDOG_SECONDS = 180  # if C code hangs where no Python signal can reach, dump stacks and exit


@pytest.fixture(autouse=True)
def watchdog():
    faulthandler.dump_traceback_later(WATCHDOG_SECONDS, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


@pytest.fixture(scope="module")
def cases(tmp_path_factory) -> dict[str, Case]:
    folder = tmp_path_factory.mktemp("matrix")
    made = files.make_cases(folder)
    yield {case.name: case for case in made}
    for case in made:  # give the unreadable file its permissions back so it can be removed
        if case.path.exists() and not case.path.is_symlink():
            case.path.chmod(0o600)


CASE_NAMES = [case.name for case in files.case_list(Path("/nonexistent"))]


def run_cli(args, capsys) -> tuple[int, str, str, float]:
    started = time.monotonic()
    code = main([str(arg) for arg in args])
    elapsed = time.monotonic() - started
    out, err = capsys.readouterr()
    return code, out, err, elapsed


def skip_if_permissions_do_not_bite(case: Case) -> None:
    if case.name == "unreadable.txt" and not files.unreadable_is_enforced(case.path):
        pytest.skip("file permissions do not apply to this user (root): the file is readable")


def assert_error_line(err: str, path, fragment: str = "") -> str:
    """Exactly one line on stderr, naming the file, with the fragment in it."""
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    line = lines[0]
    assert line.startswith(f"profilecheck: error: {path}: "), line
    assert fragment in line, line
    assert len(line) < 400
    return line


def assert_sensible_report(data: dict, case: Case) -> None:
    assert data["schema_version"] == "1"
    source = data["source"]
    assert source["path"] == str(case.path)
    if case.kinds:
        assert source["kind"] in case.kinds
    assert source["sha256"] == hashlib.sha256(case.path.read_bytes()).hexdigest()
    assert source["pages"] >= 1 and source["characters"] > 100
    assert 0 <= data["score"]["overall"] <= 100
    assert all(finding["code"].startswith("PC") for finding in data["findings"])
    if case.contains:
        assert case.contains in json.dumps(data["profile"], ensure_ascii=False)


def assert_outcome(case: Case, code: int, out: str, err: str, elapsed: float) -> None:
    assert elapsed < CASE_SECONDS, f"{case.name} took {elapsed:.1f} s"
    assert "Traceback" not in err + out
    if code == 2:
        assert case.expect in (ERROR, EITHER), f"{case.name} should be read, got: {err.strip()}"
        assert out == ""
        assert_error_line(err, case.path, case.fragment)
    else:
        assert code in (0, 1), (code, err)
        assert case.expect in (READ, EITHER), f"{case.name} should be refused, but was read"
        assert err == ""
        assert_sensible_report(json.loads(out), case)


# ---------------------------------------------------------------- the matrix through `check`


@pytest.mark.parametrize("name", CASE_NAMES)
def test_check_matrix(name, cases, capsys):
    case = cases[name]
    skip_if_permissions_do_not_bite(case)
    code, out, err, elapsed = run_cli(["check", case.path, "--format", "json", *AS_OF, *case.args], capsys)
    assert_outcome(case, code, out, err, elapsed)


def test_the_matrix_means_what_it_says(cases, capsys):
    """The outcomes the issue asks for cannot be loosened (to EITHER) by accident."""
    expected = {
        "xref-shifted.pdf": READ, "xref-garbage.pdf": READ, "owner-password-only.pdf": READ,
        "user-password.pdf": ERROR, "scanned.pdf": ERROR, "500-pages.pdf": ERROR,
        "one-gigabyte.txt": ERROR, "bomb-one-member.docx": ERROR, "bomb-many-members.docx": ERROR,
    }
    assert {name: cases[name].expect for name in expected} == expected


def test_one_gigabyte_file_is_refused_without_reading_it(cases, capsys):
    case = cases["one-gigabyte.txt"]
    assert case.path.stat().st_size == 1 << 30
    if hasattr(os.stat_result, "st_blocks"):
        assert case.path.stat().st_blocks * 512 < 1 << 20  # really sparse: nothing was written
    code, _, err, elapsed = run_cli(["check", case.path], capsys)
    assert code == 2 and elapsed < 2.0
    assert_error_line(err, case.path, "file is 1024.0 MB, over the 20 MB limit (--max-file-mb)")


def test_500_pages_readable_with_a_higher_page_limit(cases, capsys):
    """Refused by default; with --max-pages 600 read (or refused cleanly) within the bound."""
    case = cases["500-pages.pdf"]
    code, _, err, _ = run_cli(["check", case.path], capsys)
    assert code == 2
    assert_error_line(err, case.path, "PDF has 500 pages, over the limit of 50 (raise it with --max-pages)")
    code, out, err, elapsed = run_cli(["check", case.path, "--max-pages", "600", "--format", "json", *AS_OF], capsys)
    assert elapsed < CASE_SECONDS
    if code == 2:
        assert_error_line(err, case.path)
    else:
        data = json.loads(out)
        assert data["source"]["pages"] == 500 and data["profile"]["basics"]["name"] == files.NAME


def test_hostile_text_stays_text_in_the_html_report(cases, capsys, tmp_path):
    import html5lib

    case = cases["markup.txt"]
    output = tmp_path / "report.html"
    code, out, err, _ = run_cli(["check", case.path, "-o", output, *AS_OF], capsys)
    assert code in (0, 1), err
    page = output.read_text(encoding="utf-8")
    html5lib.HTMLParser(strict=True).parse(page)
    assert files.html_problems(page) == []
    # The hostile text is there, shown as text: escaped, and the template code not run.
    assert "&lt;script&gt;alert(1)&lt;/script&gt; {{ 7*7 }} &lt;img src=x onerror=alert(1)&gt;" in page
    assert "Mallory Markup" in page and "&lt;b&gt;Bold&lt;/b&gt;" in page
    assert "\x1b" not in page and "\x07" not in page


def test_permission_denied_even_as_root(cases, capsys, monkeypatch):
    """Root reads files whatever their mode, so the matrix case is skipped there; here the
    operating system's refusal is simulated, to check what the user is told."""
    import builtins

    case = cases["unreadable.txt"]
    real_open = builtins.open

    def refusing_open(file, *args, **kwargs):
        if os.fspath(file) == str(case.path):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", refusing_open)
    code, out, err, _ = run_cli(["check", case.path], capsys)
    assert code == 2 and out == ""
    assert_error_line(err, case.path, "permission denied: cannot read the file")


def test_symlink_reports_the_link_path(cases, capsys):
    case = cases["link-to-sample.pdf"]
    assert case.path.is_symlink()
    code, out, _, _ = run_cli(["check", case.path, "--format", "json", *AS_OF], capsys)
    assert code in (0, 1)
    assert json.loads(out)["source"]["path"] == str(case.path)


# A few cases in a fresh interpreter, as a user runs them: no traceback at process level,
# the exit code is the process's own, and non-ASCII file names survive argv.
SUBPROCESS_CASES = ["one-gigabyte.txt", "corrupt.pdf", "user-password.pdf", "bomb-one-member.docx",
                    "Résumé – Jane Doe (final) 李 ✓.pdf", "invalid-utf8.txt"]


def run_process(args, stdin: bytes = b"", timeout: float = 60) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8", "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "profilecheck", *map(str, args)],
        input=stdin, capture_output=True, timeout=timeout, cwd=ROOT, env=env,
    )


@pytest.mark.parametrize("name", SUBPROCESS_CASES)
def test_check_matrix_in_a_subprocess(name, cases):
    case = cases[name]
    done = run_process(["check", case.path, "--format", "json", *AS_OF])  # the timeout is the hang bound
    assert_outcome(case, done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8"), 0.0)


def test_standard_input_with_invalid_utf8_and_nuls(cases):
    data = files.invalid_utf8_text() + b"\x00" + files.nul_bytes_text()
    done = run_process(["check", "-", "--format", "json", *AS_OF], stdin=data)
    assert done.returncode in (0, 1), done.stderr
    report = json.loads(done.stdout)
    assert report["source"]["path"] is None and report["profile"]["basics"]["name"] == "Ivan Invalid"


# ---------------------------------------------------------------- the matrix through `batch`

# What batch does with a case, when it differs from `check`.  Batch decides by content AND
# name which files are resumes, so text saved under a .docx name is skipped, not read.
BATCH_OUTCOMES = {
    "text-named.docx": ("read", "skipped"),
    "blank.docx": ("failed", "skipped"),
    "pdf-named.docx": ("read", "duplicate"),  # the same bytes as the non-ASCII-named PDF
}


def batch_outcomes(case: Case) -> tuple[str, ...]:
    if case.name in BATCH_OUTCOMES:
        return BATCH_OUTCOMES[case.name]
    if case.name == "unreadable.txt" and not files.unreadable_is_enforced(case.path):
        return ("read",)
    return {READ: ("read", "duplicate"), ERROR: ("failed",), EITHER: ("read", "failed")}[case.expect]


def test_batch_matrix(cases, tmp_path, capsys):
    folder = tmp_path / "candidates"
    folder.mkdir()
    chosen = [case for case in cases.values() if case.batch]
    for case in chosen:
        target = folder / case.name
        if case.path.is_symlink():
            target.symlink_to(os.readlink(case.path))
        else:
            shutil.copy2(case.path, target)  # copy2 keeps the permissions, so unreadable stays so
    good = folder / "good-sample.docx"
    shutil.copy(SAMPLES / "senior-erp-pm.docx", good)
    out_dir = tmp_path / "review"
    try:
        code, out, err, elapsed = run_cli(
            ["batch", folder, "-o", out_dir, "--no-cache", "--no-progress", "--workers", "2", *AS_OF], capsys
        )
    finally:
        (folder / "unreadable.txt").chmod(0o600)
    assert elapsed < 120
    assert code == 2, out + err
    assert "Traceback" not in out + err

    results = [json.loads(line) for line in (out_dir / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    by_path = {item["source"]["path"]: item for item in results}
    assert len(by_path) == len(results)  # each file once
    rows = {row["path"]: row for row in csv.DictReader((out_dir / "summary.csv").open(encoding="utf-8"))}
    dashboard = html.unescape((out_dir / "index.html").read_text(encoding="utf-8"))
    skipped_part = dashboard.split("<h2>Not reviewed</h2>", 1)[-1].split("<h2>", 1)[0] if "<h2>Not reviewed" in dashboard else ""

    assert "error" not in by_path[str(good)] and by_path[str(good)]["profile"]["basics"]["name"]
    outcome_of = {}
    for case in chosen:
        path = str(folder / case.name)
        if path in by_path:
            item = by_path[path]
            outcome_of[case.name] = "failed" if "error" in item else "read"
            assert rows[path]["error"] == item.get("error", "")
            if "error" in item:
                assert case.fragment in item["error"], (case.name, item["error"])
                assert "\n" not in item["error"] and f"{path}: {item['error']}" in out
        elif f"{path} (same as " in out:
            outcome_of[case.name] = "duplicate"
        elif path in skipped_part:
            outcome_of[case.name] = "skipped"
        else:
            outcome_of[case.name] = "missing"
    wrong = {name: (got, batch_outcomes(cases[name])) for name, got in outcome_of.items()
             if got not in batch_outcomes(cases[name])}
    assert not wrong, wrong
    failed = sum(1 for item in results if "error" in item)
    assert f"{len(results) - failed} reviewed (0 from cache), {failed} could not be read" in out


# ---------------------------------------------------------------- resource limits


@pytest.fixture()
def limit_folder(tmp_path) -> Path:
    """A small batch: one file over each small limit below, and one good file under all of them."""
    folder = tmp_path / "limits"
    folder.mkdir()
    (folder / "big.txt").write_text(files.resume_text("Bertha Big") * 60, encoding="utf-8")  # ~63 KB
    (folder / "two-pages.pdf").write_bytes((SAMPLES / "senior-cyber-linkedin.pdf").read_bytes())
    (folder / "word.docx").write_bytes((SAMPLES / "senior-erp-pm.docx").read_bytes())  # 38 KB, unpacks to 0.8 MB
    (folder / "good.txt").write_bytes((SAMPLES / "coordinator-foundation.txt").read_bytes())  # ~2 KB
    return folder


LIMITS = [
    # option, value, the file it stops, what the message says
    ("--max-file-mb", "0.05", "big.txt", "file is 0.06 MB, over the 0.05 MB limit (--max-file-mb)"),
    ("--max-pages", "1", "two-pages.pdf", "PDF has 2 pages, over the limit of 1 (raise it with --max-pages)"),
    ("--max-docx-mb", "0.01", "word.docx", "over the 10 KB limit for DOCX files (--max-docx-mb)"),
]


@pytest.mark.parametrize("option, value, name, message", LIMITS, ids=[item[0] for item in LIMITS])
def test_limit_in_check(option, value, name, message, limit_folder, capsys):
    path = limit_folder / name
    code, out, _, _ = run_cli(["check", path, "--format", "json", *AS_OF], capsys)
    assert code in (0, 1) and json.loads(out)["source"]["path"] == str(path)  # fine by default
    code, out, err, _ = run_cli(["check", path, option, value, *AS_OF], capsys)
    assert code == 2 and out == ""
    assert_error_line(err, path, message)
    code, _, err, _ = run_cli(["check", limit_folder / "good.txt", option, value, *AS_OF], capsys)
    assert code in (0, 1), err  # the limit stops only what is over it


@pytest.mark.parametrize("option, value, name, message", LIMITS, ids=[item[0] for item in LIMITS])
def test_limit_in_batch(option, value, name, message, limit_folder, tmp_path, capsys):
    code, out, err, _ = run_cli(
        ["batch", limit_folder, "-o", tmp_path / "out", "--no-cache", "--no-progress", "--workers", "1",
         option, value, *AS_OF], capsys
    )
    assert code == 2 and "Traceback" not in err
    stopped = str(limit_folder / name)
    assert f"{stopped}: " in out and "Could not read 1 file(s)" in out
    results = {item["source"]["path"]: item
               for item in map(json.loads, (tmp_path / "out" / "results.jsonl").read_text().splitlines())}
    assert message in results[stopped]["error"]
    assert "error" not in results[str(limit_folder / "good.txt")]  # the rest go on


def test_file_size_limit_on_standard_input():
    """Piped input meets the same size limit as a file (it used to be cut off and read)."""
    data = (files.resume_text() * 20).encode("utf-8")
    done = run_process(["check", "-", "--max-file-mb", "0.01"], stdin=data)
    assert done.returncode == 2 and done.stdout == b""
    assert_error_line(done.stderr.decode(), "<stdin>", "input is over the 0.01 MB limit (--max-file-mb)")
    done = run_process(["check", "-", "--format", "json", *AS_OF], stdin=data)
    assert done.returncode in (0, 1)


def test_file_size_limit_on_bytes_given_to_the_library():
    """analyze_bytes and the batch engine's review_bytes get bytes, not a file: same limit."""
    from profilecheck.batch.worker import review_bytes
    from profilecheck.errors import LimitExceededError
    from profilecheck.options import Options
    from profilecheck.pipeline import analyze_bytes

    small = Options(limits=Limits(max_file_bytes=1000))
    data = files.resume_text().encode("utf-8")
    with pytest.raises(LimitExceededError, match="over the 0.00095 MB limit"):
        analyze_bytes(data, small, "resume.txt")
    assert "--max-file-mb" in review_bytes(data, small, "resume.txt")["error"]
    assert "error" not in review_bytes(data, Options(), "resume.txt")


def _slow_reader(data, options, path=None):
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:  # busy in Python, like a slow parse; the alarm stops it
        sum(range(1000))
    raise AssertionError("the time limit did not stop the reader")


def test_timeout_in_check(monkeypatch, limit_folder, capsys):
    from profilecheck.readers import text

    monkeypatch.setattr(text, "read_text", _slow_reader)
    path = limit_folder / "good.txt"
    code, out, err, elapsed = run_cli(["check", path, "--timeout", "0.5"], capsys)
    assert code == 2 and out == "" and elapsed < 5
    assert_error_line(err, path, "reading took longer than 0.5 seconds (--timeout)")


def test_timeout_inside_pdfminer_is_not_called_damage(tmp_path, capsys):
    """A real slow read: pdfplumber on a long PDF.  The time limit fires inside pdfminer, whose
    errors the reader turns into "damaged"; a time limit must stay a time limit."""
    path = tmp_path / "long.pdf"
    path.write_bytes(files.many_pages_pdf(300))
    code, _, err, elapsed = run_cli(
        ["check", path, "--pdf-engine", "pdfplumber", "--max-pages", "600", "--timeout", "0.5"], capsys
    )
    assert code == 2 and elapsed < 10
    line = assert_error_line(err, path, "reading took longer than 0.5 seconds (--timeout)")
    assert "damaged" not in line and line.count(str(path)) == 1


@pytest.mark.parametrize("where", ["pdfminer.pdfinterp.PDFPageInterpreter.process_page",
                                   "pdfminer.pdfdocument.PDFDocument.__init__"], ids=["page", "open"])
def test_timeout_wrapped_by_pdfplumber_stays_a_timeout(where, monkeypatch, tmp_path, capsys):
    """The same, made certain: pdfminer is slow exactly where pdfplumber wraps every error in a
    PdfminerException (while it opens the file, and while it lays out a page)."""
    import importlib

    module_name, class_name, method = where.rsplit(".", 2)
    cls = getattr(importlib.import_module(module_name), class_name)

    def slow(self, *args, **kwargs):
        _slow_reader(None, None)

    monkeypatch.setattr(cls, method, slow)
    path = tmp_path / "resume.pdf"
    path.write_bytes(files.pdf_bytes())
    code, _, err, elapsed = run_cli(["check", path, "--pdf-engine", "pdfplumber", "--timeout", "0.5"], capsys)
    assert code == 2 and elapsed < 5
    line = assert_error_line(err, path, "reading took longer than 0.5 seconds (--timeout)")
    assert "damaged" not in line


def test_timeout_in_batch(monkeypatch, limit_folder, tmp_path, capsys):
    from profilecheck.batch import runner
    from profilecheck.readers import text

    monkeypatch.setattr(text, "read_text", _slow_reader)  # the workers are forked: they inherit it
    monkeypatch.setattr(runner, "GRACE_SECONDS", 2.0)
    code, out, err, elapsed = run_cli(
        ["batch", limit_folder, "-o", tmp_path / "out", "--no-cache", "--no-progress", "--workers", "2",
         "--timeout", "1", *AS_OF], capsys
    )
    assert code == 2 and "Traceback" not in err and elapsed < 60
    results = {item["source"]["path"]: item
               for item in map(json.loads, (tmp_path / "out" / "results.jsonl").read_text().splitlines())}
    for name in ("big.txt", "good.txt"):
        assert "longer than 1 seconds (--timeout)" in results[str(limit_folder / name)]["error"]
    for name in ("two-pages.pdf", "word.docx"):
        assert "error" not in results[str(limit_folder / name)]


def test_defaults_are_the_documented_ones(capsys):
    """--help, the Limits dataclass and the README's "Limits and safety" section agree."""
    limits = Limits()
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert f"--max-file-mb MB refuse larger files (default: {limits.max_file_bytes / 1048576:g})" in help_text
    assert f"(default: {limits.max_pages})" in help_text
    assert f"(default: {limits.max_docx_uncompressed / 1048576:g})" in help_text
    assert f"(default: {limits.max_pdf_unpacked / 1048576:g})" in help_text
    assert f"(default: {limits.timeout_seconds:g})" in help_text
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "## Limits and safety" in readme
    section = readme.split("## Limits and safety", 1)[1].split("\n## ", 1)[0]
    for option, default in [
        ("--max-file-mb", f"{limits.max_file_bytes // 1048576} MB"),
        ("--max-pages", f"{limits.max_pages}"),
        ("--max-docx-mb", f"{limits.max_docx_uncompressed // 1048576} MB"),
        ("--timeout", f"{limits.timeout_seconds:g} s"),
        ("--max-memory-mb", "2048 MB"),
        ("--max-pdf-unpacked-mb", f"{limits.max_pdf_unpacked // 1048576} MB"),
        ("Limits.max_job_chars", f"{limits.max_job_chars:,}"),
    ]:
        row = next((line for line in section.splitlines() if f"`{option}" in line), "")
        assert default in row, (option, default, row)
    assert f"{limits.max_text_chars:,}" in section
    assert readme.index("## Limits and safety") < readme.index("## Dependencies and why")
