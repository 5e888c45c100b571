"""`profilecheck serve`: every endpoint through Flask's test client, and the real threaded server
on a free loopback port for logging, temporary files and concurrency."""
from __future__ import annotations

import http.client
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

flask = pytest.importorskip("flask")

from werkzeug.datastructures import FileStorage  # noqa: E402
from werkzeug.test import encode_multipart  # noqa: E402

from profilecheck import cli  # noqa: E402
from profilecheck.options import Options  # noqa: E402
from profilecheck.pipeline import analyze_bytes  # noqa: E402
from profilecheck.render import render  # noqa: E402
from profilecheck.web import Settings, create_app, is_loopback_host, make_web_server  # noqa: E402
from profilecheck.web.server import network_warning, url_for  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
MID_PDF = SAMPLES / "mid-software-pm.pdf"
CYBER_PDF = SAMPLES / "senior-cyber-linkedin.pdf"
ERP_DOCX = SAMPLES / "senior-erp-pm.docx"
PROFILE_TXT = SAMPLES / "linkedin-pasted-itsm.txt"
JOB = (
    "We are hiring an IT Project Manager to lead cloud migration and ERP projects. "
    "Required: PMP certification, Agile and Scrum, Jira, Confluence, MS Project, risk management, "
    "budget management, stakeholder management, vendor management. ITIL is a plus."
)


def expected_name(sample: Path) -> str:
    return json.loads(Path(f"{sample}.expected.json").read_text(encoding="utf-8"))["profile"]["basics"]["name"]


@pytest.fixture(scope="module")
def app():
    return create_app()


@pytest.fixture()
def client(app):
    return app.test_client()


def upload(client, url, data: bytes, filename: str, **fields):
    form = {"file": (io.BytesIO(data), filename), **fields}
    return client.post(url, data=form, content_type="multipart/form-data")


def cli_error(tmp_path, data: bytes, name: str, capsys) -> str:
    """The cause the command line prints for these bytes (after "file: ")."""
    path = tmp_path / name
    path.write_bytes(data)
    assert cli.main(["check", str(path)]) == 2
    line = capsys.readouterr().err.strip()
    assert line.startswith(f"profilecheck: error: {path}: "), line
    return line.split(f"{path}: ", 1)[1]


# ------------------------------------------------------------------ the page


def test_page_has_labelled_fields_and_no_outside_references(client):
    response = client.get("/")
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    html = response.get_data(as_text=True)
    for field in ("headline", "text", "file", "job"):
        assert f'<label for="{field}"' in html, field
        assert f'id="{field}"' in html
    assert '<meta name="viewport"' in html
    assert 'method="post" action="/check"' in html  # works without JavaScript
    assert 'enctype="multipart/form-data"' in html
    assert 'lang="en"' in html
    for asset in ("/", "/page.css", "/page.js"):
        text = client.get(asset).get_data(as_text=True)
        assert not re.search(r"(?:src|href)=[\"']?(?:https?:)?//", text), asset
        assert not re.search(r"url\(\s*['\"]?(?:https?:)?//", text), asset
        assert "@import" not in text
    assert ".innerHTML" not in client.get("/page.js").get_data(as_text=True)


def test_assets_have_their_types(client):
    css, js = client.get("/page.css"), client.get("/page.js")
    assert css.status_code == js.status_code == 200
    assert css.mimetype == "text/css" and js.mimetype == "text/javascript"
    assert "--ink" in css.get_data(as_text=True)
    assert "/api/headline" in js.get_data(as_text=True)


def test_security_headers_everywhere(client):
    for response in (
        client.get("/"),
        client.get("/page.js"),
        client.get("/healthz"),
        client.post("/api/headline", json={"headline": "IT Project Manager"}),
        client.get("/nope"),
    ):
        headers = response.headers
        csp = headers["Content-Security-Policy"]
        assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "no-referrer"
    page_csp = client.get("/").headers["Content-Security-Policy"]
    assert "script-src 'self'" in page_csp and "connect-src 'self'" in page_csp
    assert client.post("/api/headline", json={"headline": "PM"}).headers["Cache-Control"] == "no-store"


def test_page_csp_allows_the_report_style_by_hash(client):
    """The report shows in an <iframe srcdoc>, which inherits the page's policy."""
    page_csp = client.get("/").headers["Content-Security-Policy"]
    report = upload(client, "/api/check?format=html", MID_PDF.read_bytes(), "mid.pdf").get_data(as_text=True)
    hashes = re.findall(r"'sha256-[^']+'", page_csp)
    assert hashes
    import base64
    import hashlib

    for block in re.findall(r"<style>(.*?)</style>", report, re.S):
        digest = base64.b64encode(hashlib.sha256(block.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in hashes


def test_healthz(client):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json["status"] == "ok"


def test_not_found_and_wrong_method_are_short_answers(client):
    assert client.get("/nope").status_code == 404
    assert "There is nothing here" in client.get("/nope").get_data(as_text=True)
    missing = client.get("/api/nope")
    assert missing.status_code == 404 and missing.json == {"error": "There is nothing here. The page is at /."}
    assert client.get("/api/headline").status_code == 405
    assert client.get("/api/headline").json["error"]


# ------------------------------------------------------------------ headline feedback


def test_headline_feedback_shape(client):
    response = client.post("/api/headline", json={"headline": "  IT   Project Manager "})
    assert response.status_code == 200
    data = response.json
    assert list(data) == ["headline", "score", "findings", "rewrites"]
    assert data["headline"] == "IT Project Manager"
    assert isinstance(data["score"]["overall"], int) and 0 <= data["score"]["overall"] <= 100
    assert set(data["score"]["categories"]) == {"headline"}
    assert data["findings"], "a bare title gets advice"
    for finding in data["findings"]:
        assert {"code", "name", "level", "category", "message", "suggestion", "evidence"} <= set(finding)
        assert finding["level"] in ("error", "warning", "info") and finding["category"] == "headline"
    assert "PC104" in {finding["code"] for finding in data["findings"]}
    assert data["rewrites"]["headline"] and all(isinstance(item, str) for item in data["rewrites"]["headline"])


def test_a_better_headline_scores_higher(client):
    weak = client.post("/api/headline", json={"headline": "IT Project Manager"}).json["score"]["overall"]
    strong = client.post(
        "/api/headline", json={"headline": "Senior IT Project Manager | Cloud Migrations | Agile & PMP | $5M budgets, teams of 20"}
    ).json["score"]["overall"]
    assert strong > weak


def test_headline_same_as_the_command_line(client, capsys):
    assert cli.main(["headline", "IT Project Manager | PMP", "--format", "json", "--fail-level", "never"]) == 0
    expected = json.loads(capsys.readouterr().out)
    got = client.post("/api/headline", json={"headline": "IT Project Manager | PMP"}).json
    for key in ("score", "findings", "rewrites"):
        assert got[key] == expected[key]


@pytest.mark.parametrize(
    "body, content_type, status, words",
    [
        (json.dumps({"headline": "   "}), "application/json", 422, "Type a headline"),
        (json.dumps({"headline": 5}), "application/json", 400, "as JSON"),
        (json.dumps(["IT PM"]), "application/json", 400, "as JSON"),
        ("{not json", "application/json", 400, "not valid JSON"),
        ("headline=IT+PM", "application/x-www-form-urlencoded", 415, "as JSON"),
        ("IT PM", "text/plain", 415, "as JSON"),
        (json.dumps({"headline": "x " * 1500}), "application/json", 422, "longer than a headline"),
        (json.dumps({"headline": "x" * 70_000}), "application/json", 413, "too long for a headline"),
    ],
)
def test_headline_bad_requests(client, body, content_type, status, words):
    response = client.post("/api/headline", data=body, content_type=content_type)
    assert response.status_code == status
    assert response.mimetype == "application/json"
    assert words in response.json["error"]


# ------------------------------------------------------------------ checking files and text


def test_pdf_upload_gives_the_json_contract(client):
    response = upload(client, "/api/check", MID_PDF.read_bytes(), "mid-software-pm.pdf")
    assert response.status_code == 200 and response.mimetype == "application/json"
    data = response.json
    assert data["schema_version"] == "1"
    assert data["profile"]["basics"]["name"] == expected_name(MID_PDF)
    assert data["source"]["path"] == "mid-software-pm.pdf"
    assert data["job_match"] is None


def test_html_report_is_the_same_as_check_format_html(client):
    data = MID_PDF.read_bytes()
    response = upload(client, "/api/check?format=html", data, "mid-software-pm.pdf")
    assert response.status_code == 200 and response.mimetype == "text/html"
    assert response.get_data(as_text=True) == render(analyze_bytes(data, Options(), "mid-software-pm.pdf"), "html")


def test_format_follows_accept_then_the_parameter(client):
    data = ERP_DOCX.read_bytes()
    as_html = upload(client, "/api/check", data, "erp.docx", source="file")
    assert as_html.mimetype == "application/json"  # no preference: JSON
    browser = client.post(
        "/api/check", data={"file": (io.BytesIO(data), "erp.docx")}, headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}
    )
    assert browser.mimetype == "text/html" and expected_name(ERP_DOCX) in browser.get_data(as_text=True)
    forced = client.post("/api/check?format=json", data={"file": (io.BytesIO(data), "erp.docx")}, headers={"Accept": "text/html"})
    assert forced.mimetype == "application/json"
    bad = client.post("/api/check?format=pdf", data={"text": "x"})
    assert bad.status_code == 400 and "html or json" in bad.json["error"]


def test_pasted_profile_text_and_json_body(client):
    text = PROFILE_TXT.read_text(encoding="utf-8")
    form = client.post("/api/check", data={"text": text})
    body = client.post("/api/check", json={"text": text})
    assert form.status_code == body.status_code == 200
    assert form.json["profile"]["basics"]["name"] == expected_name(PROFILE_TXT)
    assert form.json["findings"] == body.json["findings"]


def test_job_posting_adds_the_match(client):
    text = PROFILE_TXT.read_text(encoding="utf-8")
    plain = client.post("/api/check", data={"text": text}).json
    matched = client.post("/api/check", data={"text": text, "job": JOB}).json
    assert plain["job_match"] is None
    assert isinstance(matched["job_match"]["match_rate"], (int, float))
    assert "job-match" in matched["score"]["categories"]
    pdf = upload(client, "/api/check?format=html", MID_PDF.read_bytes(), "mid.pdf", job=JOB)
    assert pdf.status_code == 200 and "Job match" in pdf.get_data(as_text=True)
    blank_job = client.post("/api/check", data={"text": text, "job": "   "}).json
    assert blank_job["job_match"] is None


def test_form_without_javascript_returns_the_report_page(client):
    response = upload(client, "/check", MID_PDF.read_bytes(), "mid.pdf", source="file", text="")
    assert response.status_code == 200 and response.mimetype == "text/html"
    html = response.get_data(as_text=True)
    assert expected_name(MID_PDF) in html and "<script" not in html
    csp = response.headers["Content-Security-Policy"]
    assert "script-src" not in csp and "'sha256-" in csp
    headline = client.post("/check", data={"headline": "IT Project Manager"})
    assert headline.status_code == 200 and "Headline review" in headline.get_data(as_text=True)
    # a browser sends an empty file part when no file was chosen
    text = client.post(
        "/check", data={"text": PROFILE_TXT.read_text(encoding="utf-8"), "source": "text", "file": (io.BytesIO(b""), "")},
        content_type="multipart/form-data",
    )
    assert text.status_code == 200 and expected_name(PROFILE_TXT) in text.get_data(as_text=True)


def test_source_picks_one_of_file_and_text(client):
    both = upload(client, "/api/check", MID_PDF.read_bytes(), "mid.pdf", text="IT Project Manager with ten years")
    assert both.status_code == 400 and "one thing at a time" in both.json["error"]
    chosen = upload(client, "/api/check", MID_PDF.read_bytes(), "mid.pdf", text="Some pasted text", source="file")
    assert chosen.status_code == 200 and chosen.json["source"]["kind"] == "pdf"
    missing = client.post("/api/check", data={"source": "file", "text": "x"})
    assert missing.status_code == 400 and "Choose a resume file" in missing.json["error"]
    nothing = client.post("/api/check", data={"text": "   "})
    assert nothing.status_code == 400 and "Paste some text or choose" in nothing.json["error"]
    odd = client.post("/api/check", data={"source": "url", "text": "x"})
    assert odd.status_code == 400


def _docx_like_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "not a Word document")
    return buffer.getvalue()


@pytest.mark.parametrize(
    "name, data",
    [
        ("broken.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n% cut off here"),
        ("resume.docx", _docx_like_zip()),
        ("truncated.docx", ERP_DOCX.read_bytes()[:3000]),
        ("empty.pdf", b""),
        ("photo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
    ],
)
def test_bad_files_get_the_command_line_message(client, tmp_path, capsys, name, data):
    cause = cli_error(tmp_path, data, name, capsys)
    response = upload(client, "/api/check", data, name)
    assert response.status_code == 422
    assert response.json == {"error": f"{name}: {cause}"}
    page = upload(client, "/check", data, name)
    assert page.status_code == 422 and page.mimetype == "text/html"
    html = page.get_data(as_text=True)
    assert 'id="error-message"' in html and "Traceback" not in html
    assert "Back to the page" in html


def test_file_name_is_cleaned(client):
    response = upload(client, "/api/check", b"", "../../etc/\x1b[31mcv.pdf")
    assert response.json["error"].startswith("cv.pdf: ") or response.json["error"].startswith("[31mcv.pdf: ")
    assert "\x1b" not in response.json["error"] and "/" not in response.json["error"].split(":")[0]


@pytest.mark.parametrize("content_type", ["text/plain", "application/xml", "application/pdf"])
def test_wrong_content_types(client, content_type):
    response = client.post("/api/check", data=b"%PDF-1.4 hello", content_type=content_type)
    assert response.status_code == 415
    assert "multipart/form-data" in response.json["error"]


def test_json_fields_must_be_strings(client):
    assert client.post("/api/check", json={"text": 5}).status_code == 400
    assert client.post("/api/check", json=["x"]).status_code == 400


# ------------------------------------------------------------------ limits


@pytest.fixture(scope="module")
def small_app():
    return create_app(Settings(max_upload_bytes=100_000), warm=False)


def test_upload_over_the_limit_is_413_json(small_app):
    client = small_app.test_client()
    slightly = upload(client, "/api/check", b"%PDF-1.4\n" + b"0" * 150_000, "big.pdf")
    assert slightly.status_code == 413
    assert slightly.json["error"] == "big.pdf: the file is too big to check: the limit is 0.095 MB."
    far = upload(client, "/api/check", b"%PDF-1.4\n" + b"0" * 3_000_000, "huge.pdf")  # over the whole-request limit
    assert far.status_code == 413 and "too big to check: the limit is 0.095 MB" in far.json["error"]


def test_upload_over_the_limit_is_413_html_for_the_page(small_app):
    client = small_app.test_client()
    for url in ("/check", "/api/check?format=html"):
        response = upload(client, url, b"%PDF-1.4\n" + b"0" * 3_000_000, "huge.pdf")
        assert response.status_code == 413 and response.mimetype == "text/html"
        assert "too big to check" in response.get_data(as_text=True)


def test_pasted_text_over_the_limit_is_413(small_app):
    response = small_app.test_client().post("/api/check", data={"text": "word " * 40_000}, content_type="multipart/form-data")
    assert response.status_code == 413 and "too big" in response.json["error"]


def test_default_upload_limit_is_10_mb(app):
    assert app.extensions["profilecheck"].settings.max_upload_bytes == 10 * 1024 * 1024
    assert app.config["MAX_FORM_MEMORY_SIZE"] == 10 * 1024 * 1024
    assert app.debug is False


# ------------------------------------------------------------------ origins and hosts


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "http://evil.example"},
        {"Origin": "null"},
        {"Origin": "http://localhost:3000"},
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "same-site"},
        {"Origin": "http://localhost", "Sec-Fetch-Site": "cross-site"},
        {"Origin": "null", "Sec-Fetch-Site": "cross-site"},
        {"Origin": "http://evil.example", "Sec-Fetch-Site": "same-origin"},
    ],
)
def test_cross_origin_posts_are_refused(client, headers):
    for url, kwargs in (
        ("/api/headline", {"json": {"headline": "IT Project Manager"}}),
        ("/api/check", {"data": {"text": "IT Project Manager"}}),
        ("/check", {"data": {"headline": "IT Project Manager"}}),
    ):
        response = client.post(url, headers=headers, **kwargs)
        assert response.status_code == 403, (url, headers)
        assert "only from itself" in response.get_data(as_text=True)


def test_same_origin_posts_are_welcome(client):
    headers = {"Origin": "http://localhost", "Sec-Fetch-Site": "same-origin"}
    assert client.post("/api/headline", json={"headline": "IT Project Manager"}, headers=headers).status_code == 200
    assert client.post("/api/headline", json={"headline": "IT PM"}, headers={"Sec-Fetch-Site": "none"}).status_code == 200
    # what Chromium sends for the page's own form post under Referrer-Policy: no-referrer
    chromium_form = {"Origin": "null", "Sec-Fetch-Site": "same-origin"}
    assert client.post("/check", data={"headline": "IT PM"}, headers=chromium_form).status_code == 200


def test_other_host_names_are_refused_on_loopback(client, app):
    """DNS rebinding: evil.example resolving to 127.0.0.1 is same-origin for the browser."""
    headers = {"Origin": "http://evil.example:8000", "Sec-Fetch-Site": "same-origin"}
    response = client.post("/api/headline", json={"headline": "IT PM"}, base_url="http://evil.example:8000", headers=headers)
    assert response.status_code == 400 and "only on this computer" in response.json["error"]
    assert client.get("/", base_url="http://evil.example:8000").status_code == 400
    for base in ("http://127.0.0.1:8000", "http://localhost:8000", "http://[::1]:8000", "http://127.0.0.2"):
        assert client.get("/healthz", base_url=base).status_code == 200, base
    lan = create_app(Settings(loopback_hosts_only=False), warm=False).test_client()
    assert lan.get("/healthz", base_url="http://192.168.1.20:8000").status_code == 200


def test_loopback_names():
    for host in ("127.0.0.1", "127.1.2.3", "localhost", "::1", "[::1]", "LOCALHOST"):
        assert is_loopback_host(host), host
    for host in ("0.0.0.0", "::", "192.168.1.5", "10.0.0.1", "example.com", ""):
        assert not is_loopback_host(host), host
    assert network_warning("127.0.0.1") is None and network_warning("localhost") is None
    warning = network_warning("0.0.0.0")
    assert "other computers" in warning and "personal data" in warning
    assert url_for("0.0.0.0", 8000) == "http://127.0.0.1:8000/" and url_for("::1", 9) == "http://[::1]:9/"


# ------------------------------------------------------------------ failures never leak


def forked_app(settings: Settings | None = None):
    """An app whose worker processes are forked when first needed, so that they see what the
    test patched (the fork server's workers were forked before the patch)."""
    from dataclasses import replace

    return create_app(replace(settings or Settings(), start_method="fork"), warm=False)


def test_unexpected_errors_are_one_line_without_the_input(monkeypatch, capsys):
    import profilecheck.pipeline as pipeline

    def boom(*args, **kwargs):
        raise ValueError("Jane Doe, 555-0100, secret resume text")

    monkeypatch.setattr(pipeline, "analyze_text", boom)
    app = forked_app()
    client = app.test_client()
    response = client.post("/api/check", data={"text": "Jane Doe, 555-0100, secret resume text"})
    assert response.status_code == 500
    assert response.json == {"error": "Something went wrong on our side (ValueError). Please try again, or report it."}
    page = client.post("/check", data={"text": "Jane Doe, 555-0100, secret resume text"})
    assert page.status_code == 500 and "Traceback" not in page.get_data(as_text=True)
    assert "secret" not in page.get_data(as_text=True)
    assert "secret" not in capsys.readouterr().err
    app.extensions["profilecheck"].close()


def test_slow_checks_are_answered_with_the_time_limit(monkeypatch):
    import profilecheck.pipeline as pipeline

    monkeypatch.setattr(pipeline, "analyze_text", lambda *a, **k: time.sleep(1.5))
    app = forked_app(Settings(timeout_seconds=0.3))
    app.extensions["profilecheck"].pool.prestart(1)  # the worker's start is not the check's time
    started = time.monotonic()
    response = app.test_client().post("/api/check", data={"text": "slow"})
    assert time.monotonic() - started < 1.2
    assert response.status_code == 422
    assert response.json["error"] == "pasted text: reading took longer than 0.3 seconds"
    app.extensions["profilecheck"].close()


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs /proc")
def test_a_check_past_its_time_is_really_stopped(monkeypatch, tmp_path):
    """A check that holds off the time limit's signal (as C code can) is killed with its
    worker process; the next check gets a fresh worker.  (A thread could not be stopped: the
    check went on in the background for minutes.)"""
    import signal

    import profilecheck.pipeline as pipeline
    from profilecheck.web import workers

    marker = tmp_path / "pid"

    def stubborn(*args, **kwargs):
        marker.write_text(str(os.getpid()))
        signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGALRM])
        time.sleep(120)

    monkeypatch.setattr(workers, "GRACE_SECONDS", 0.5)
    monkeypatch.setattr(pipeline, "analyze_text", stubborn)
    app = forked_app(Settings(timeout_seconds=0.5, workers=1))
    try:
        response = app.test_client().post("/api/check", data={"text": "stubborn"})
        assert response.status_code == 422
        assert response.json["error"] == "pasted text: reading took longer than 0.5 seconds"
        pid = int(marker.read_text())
        assert pid != os.getpid() and not _alive(pid), "the check is still running"
    finally:
        app.extensions["profilecheck"].close()


def test_every_field_has_a_limit(client):
    profile = PROFILE_TXT.read_text(encoding="utf-8")
    too_long_job = "Required: PMP, Jira, Scrum. " * 4000  # 112,000 characters
    response = client.post("/api/check", json={"text": profile, "job": too_long_job})
    assert response.status_code == 413
    assert "job posting" in response.json["error"] and "100,000" in response.json["error"]
    page = client.post("/check", data={"text": profile, "job": too_long_job})
    assert page.status_code == 413
    response = client.post("/api/check", json={"text": profile, "job": "Required: PMP, Jira, Scrum. " * 300})
    assert response.status_code == 200


def test_pasted_text_has_a_limit_of_characters():
    app = create_app(Settings(max_upload_bytes=200_000), warm=False)
    try:
        response = app.test_client().post("/api/check", json={"text": "Jane Doe managed projects. " * 10_000})
        assert response.status_code == 413 and "200,000 characters" in response.json["error"]
    finally:
        app.extensions["profilecheck"].close()


@pytest.mark.parametrize("path, body", [
    ("/api/check", "[" * 100_000 + "]" * 100_000),
    ("/api/check", '{"text": ' + "[" * 50_000 + "]" * 50_000 + "}"),
    ("/api/headline", "[" * 20_000 + "]" * 20_000),
    ("/api/check", '{"text": "Jane Doe \\ud800 IT Project Manager"}'),
    ("/api/check", '{"text": "Jane Doe IT Project Manager", "job": "PMP \\udfff"}'),
    ("/api/headline", '{"headline": "IT Project Manager \\ud83d"}'),
])
def test_odd_json_is_a_400(client, path, body):
    response = client.post(path, data=body.encode("utf-8"), content_type="application/json")
    assert response.status_code == 400, response.get_data(as_text=True)[:200]
    assert "error" in response.json


# ------------------------------------------------------------------ the real server


@pytest.fixture()
def live(app):
    """The real threaded server on a free loopback port, for this test only."""
    log = io.StringIO()
    server = make_web_server("127.0.0.1", 0, app, log=log)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.port, log
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def http_post(port: int, path: str, body: bytes, content_type: str, headers: dict | None = None) -> tuple[int, bytes, str]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request("POST", path, body=body, headers={"Content-Type": content_type, **(headers or {})})
        response = connection.getresponse()
        return response.status, response.read(), response.getheader("Content-Type") or ""
    finally:
        connection.close()


def multipart(fields: dict) -> tuple[bytes, str]:
    """A multipart body built in memory; files are given as (stream, name)."""
    fields = {key: FileStorage(value[0], value[1]) if isinstance(value, tuple) else value for key, value in fields.items()}
    boundary, body = encode_multipart(fields)
    return body, f"multipart/form-data; boundary={boundary}"


def padded_pdf(size: int) -> bytes:
    """A real resume PDF made bigger than werkzeug's 500 KB spooling threshold (a PDF comment
    after the end marker is ignored by readers)."""
    data = MID_PDF.read_bytes()
    return data + b"\n%" + b"x" * (size - len(data)) + b"\n"


def test_uploads_never_touch_a_temporary_file(app, live, monkeypatch, tmp_path):
    port, _ = live
    spool = tmp_path / "tmp"
    spool.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spool))

    def refuse(*args, **kwargs):
        raise AssertionError("a temporary file was asked for")

    import werkzeug.formparser

    for name in ("SpooledTemporaryFile", "TemporaryFile", "NamedTemporaryFile", "mkstemp", "mkdtemp"):
        monkeypatch.setattr(tempfile, name, refuse)
    monkeypatch.setattr(werkzeug.formparser, "SpooledTemporaryFile", refuse)

    data = padded_pdf(2_500_000)
    body, content_type = multipart({"file": (io.BytesIO(data), "big.pdf"), "source": "file"})
    # through the test client ...
    response = app.test_client().post("/api/check", data=body, content_type=content_type)
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.json["profile"]["basics"]["name"] == expected_name(MID_PDF)
    # ... and through the real server
    status, payload, _ = http_post(port, "/api/check", body, content_type)
    assert status == 200, payload[:300]
    assert json.loads(payload)["profile"]["basics"]["name"] == expected_name(MID_PDF)
    assert list(spool.iterdir()) == []


def test_real_server_413_reaches_the_client(live):
    port, _ = live
    body, content_type = multipart({"file": (io.BytesIO(b"%PDF-1.4\n" + b"0" * (12 * 1024 * 1024)), "big.pdf")})
    status, payload, kind = http_post(port, "/api/check", body, content_type)
    assert status == 413 and kind.startswith("application/json")
    assert json.loads(payload)["error"] == "That is too big to check: the limit is 10 MB."


def test_chunked_json_over_the_limit_is_413(live):
    port, _ = live

    def chunks():
        yield b'{"headline": "'
        for _ in range(100):
            yield b"x" * 1024
        yield b'"}'

    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request("POST", "/api/headline", body=chunks(), headers={"Content-Type": "application/json"}, encode_chunked=True)
        response = connection.getresponse()
        assert response.status == 413, response.read()[:200]
        assert json.loads(response.read())["error"] == "That is far too long for a headline."
    finally:
        connection.close()


def test_log_has_method_path_and_status_only(live):
    port, log = live
    secret = "Jane Secret-Person IT Project Manager"
    status, _, _ = http_post(port, "/api/headline?name=Jane", json.dumps({"headline": secret}).encode(), "application/json")
    assert status == 200
    body, content_type = multipart({"text": secret})
    assert http_post(port, "/check", body, content_type)[0] == 200
    lines = log.getvalue().splitlines()
    assert "POST /api/headline 200" in lines and "POST /check 200" in lines
    assert "Jane" not in log.getvalue() and "?" not in log.getvalue()


def test_concurrent_requests_give_the_same_answers(live):
    port, _ = live
    pdf_body, pdf_type = multipart({"file": (io.BytesIO(CYBER_PDF.read_bytes()), "cyber.pdf")})
    docx_body, docx_type = multipart({"file": (io.BytesIO(ERP_DOCX.read_bytes()), "erp.docx"), "job": JOB})
    text_body, text_type = multipart({"text": PROFILE_TXT.read_text(encoding="utf-8")})
    requests = [
        ("/api/headline", json.dumps({"headline": "IT Project Manager | Cloud | PMP"}).encode(), "application/json"),
        ("/api/headline", json.dumps({"headline": "Program Manager, ERP, SAP, $10M"}).encode(), "application/json"),
        ("/api/check", pdf_body, pdf_type),
        ("/api/check", docx_body, docx_type),
        ("/api/check", text_body, text_type),
    ]

    def answer(request):
        status, payload, _ = http_post(port, *request)
        data = json.loads(payload)
        data.get("facts", {}).pop("as_of", None)
        return status, data

    serial = [answer(request) for request in requests]
    assert all(status == 200 for status, _ in serial), serial
    with ThreadPoolExecutor(max_workers=10) as pool:
        together = list(pool.map(answer, requests * 4))
    assert together == serial * 4


def test_serve_command_starts_and_answers():
    """`profilecheck serve --port 0` prints where it listens and answers there; we stop it."""
    process = subprocess.Popen(
        [sys.executable, "-m", "profilecheck", "serve", "--port", "0", "--quiet"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
    )
    try:
        line = process.stdout.readline()
        found = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        assert found, line + process.stderr.read()
        port = int(found.group(1))
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        connection.request("GET", "/healthz")
        assert connection.getresponse().status == 200
        connection.close()
        status, payload, _ = http_post(port, "/api/headline", b'{"headline": "IT Project Manager"}', "application/json")
        assert status == 200 and json.loads(payload)["findings"]
    finally:
        process.terminate()
        process.wait(10)
        process.stdout.close()
        process.stderr.close()


def _descendants(pid: int) -> set[int]:
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    parents[int(entry)] = int(handle.read().rsplit(")", 1)[1].split()[1])
            except OSError:
                continue
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs /proc")
def test_killed_server_leaves_no_worker_behind():
    """`kill -9` of `profilecheck serve`: its fork server and the workers forked from it go too."""
    process = subprocess.Popen(
        [sys.executable, "-m", "profilecheck", "serve", "--port", "0", "--quiet"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
    )
    helpers: set[int] = set()
    try:
        line = process.stdout.readline()
        found = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        assert found, line + process.stderr.read()
        body, content_type = multipart({"text": PROFILE_TXT.read_text(encoding="utf-8")})
        assert http_post(int(found.group(1)), "/api/check", body, content_type)[0] == 200
        helpers = _descendants(process.pid)
        assert len(helpers) >= 2  # the fork server and at least one worker
        process.kill()
        process.wait(30)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and any(_alive(pid) for pid in helpers):
            time.sleep(0.05)
        assert not [pid for pid in helpers if _alive(pid)], "workers outlived the server"
    finally:
        if process.poll() is None:
            process.kill()
        for pid in helpers:
            if _alive(pid):
                os.kill(pid, 9)
        process.stdout.close()
        process.stderr.close()


def test_serve_command_errors_are_one_line(capsys):
    import socket

    holder = socket.socket()
    holder.bind(("127.0.0.1", 0))
    holder.listen(1)
    try:
        port = holder.getsockname()[1]
        assert cli.main(["serve", "--port", str(port)]) == 2
        err = capsys.readouterr().err.strip()
        assert err.startswith(f"profilecheck: error: cannot listen on 127.0.0.1:{port}: ") and "\n" not in err
    finally:
        holder.close()
    assert cli.main(["serve", "--port", "70000"]) == 2
    assert "between 0 and 65535" in capsys.readouterr().err
    assert cli.main(["serve", "--max-upload-mb", "0"]) == 2


def test_serve_help(capsys):
    with pytest.raises(SystemExit) as stop:
        cli.main(["serve", "--help"])
    assert stop.value.code == 0
    out = capsys.readouterr().out
    for option in ("--host", "--port", "--max-upload-mb", "--quiet"):
        assert option in out


def test_a_worker_that_died_while_idle_is_replaced(monkeypatch):
    app = forked_app(Settings(workers=1))
    state = app.extensions["profilecheck"]
    try:
        state.pool.prestart(1)
        (idle,) = list(state.pool._workers)
        idle.process.kill()
        idle.process.join(5)
        response = app.test_client().post("/api/check", data={"text": PROFILE_TXT.read_text(encoding="utf-8")})
        assert response.status_code == 200, response.get_data(as_text=True)[:200]
        assert idle not in state.pool._workers
    finally:
        state.close()
