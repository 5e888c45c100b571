"""The web page's comparison of two files: POST /api/diff (JSON or HTML) and POST /diff (the form
without JavaScript), checked in the worker processes as single uploads are, with the same limits
and error mapping.  The resumes are generated in the tests (test_diff.py)."""
from __future__ import annotations

import base64
import hashlib
import io
import json
import re
from datetime import date

import pytest

flask = pytest.importorskip("flask")

from profilecheck import Options  # noqa: E402
from profilecheck.changes import diff  # noqa: E402
from profilecheck.diffview import render_diff  # noqa: E402
from profilecheck.pipeline import analyze_bytes  # noqa: E402
from profilecheck.web import Settings, create_app  # noqa: E402

from test_diff import AFTER, BEFORE  # noqa: E402


@pytest.fixture(scope="module")
def app():
    return create_app()


@pytest.fixture()
def client(app):
    return app.test_client()


def post(client, url, old=None, new=None, **fields):
    form = dict(fields)
    if old is not None:
        form["old"] = (io.BytesIO(old[0]), old[1])
    if new is not None:
        form["new"] = (io.BytesIO(new[0]), new[1])
    return client.post(url, data=form, content_type="multipart/form-data")


OLD = (BEFORE.encode(), "before.txt")
NEW = (AFTER.encode(), "after.md")


def test_the_page_offers_two_files(client):
    html = client.get("/").get_data(as_text=True)
    assert 'action="/diff"' in html and 'enctype="multipart/form-data"' in html
    for field, name in (("diff-old", "old"), ("diff-new", "new")):
        assert f'<label for="{field}"' in html and f'id="{field}" name="{name}" type="file"' in html
    js = client.get("/page.js").get_data(as_text=True)
    assert "/api/diff?format=html" in js and ".innerHTML" not in js


def test_api_diff_json_is_the_library_diff(client):
    response = post(client, "/api/diff", OLD, NEW)
    assert response.status_code == 200 and response.mimetype == "application/json"
    data = response.json
    assert data["schema_version"] == "1" and data["old"]["path"] == "before.txt" and data["new"]["path"] == "after.md"
    expected = diff(analyze_bytes(OLD[0], Options(), "before.txt"), analyze_bytes(NEW[0], Options(), "after.md")).to_json()
    assert data == json.loads(json.dumps(expected))
    assert data["score"]["change"] > 0 and data["findings"]["fixed"]


def test_api_diff_html_and_the_no_javascript_form(client):
    for url, headers in (("/api/diff?format=html", {}), ("/diff", {})):
        response = client.post(url, data={"old": (io.BytesIO(OLD[0]), OLD[1]), "new": (io.BytesIO(NEW[0]), NEW[1])}, headers=headers)
        assert response.status_code == 200 and response.mimetype == "text/html", url
        html = response.get_data(as_text=True)
        assert "What changed" in html and "Sam Rivers" in html and "<script" not in html
        csp = response.headers["Content-Security-Policy"]
        assert "script-src" not in csp and "'sha256-" in csp
    as_of = date.today()
    expected = render_diff(diff(analyze_bytes(OLD[0], Options(as_of=as_of), "before.txt"), analyze_bytes(NEW[0], Options(as_of=as_of), "after.md")), "html")
    assert client.post("/diff", data={"old": (io.BytesIO(OLD[0]), OLD[1]), "new": (io.BytesIO(NEW[0]), NEW[1])}).get_data(as_text=True) == expected


def test_the_page_csp_allows_the_diff_style(client):
    """The comparison shows in the page's <iframe srcdoc>, which inherits the page's policy."""
    hashes = re.findall(r"'sha256-[^']+'", client.get("/").headers["Content-Security-Policy"])
    html = post(client, "/api/diff?format=html", OLD, NEW).get_data(as_text=True)
    blocks = re.findall(r"<style>(.*?)</style>", html, re.S)
    assert blocks
    for block in blocks:
        assert "'sha256-" + base64.b64encode(hashlib.sha256(block.encode()).digest()).decode() + "'" in hashes


def test_a_json_resume_and_a_pdf_compare(client):
    from pathlib import Path

    sample = Path(__file__).resolve().parent.parent / "samples" / "weak-generic.pdf"
    profile = json.dumps(json.loads(client.post("/api/check", data={"file": (io.BytesIO(sample.read_bytes()), "weak.pdf")}).get_data())["profile"])
    data = post(client, "/api/diff", (sample.read_bytes(), "weak.pdf"), (profile.encode(), "weak.json")).json
    assert (data["old"]["kind"], data["new"]["kind"]) == ("pdf", "json-resume")
    assert not data["findings"]["new"] and not data["facts"]["tools"]["lost"]


@pytest.mark.parametrize(
    "old, new, status, words",
    [
        (OLD, None, 400, "Choose both files"),
        (None, None, 400, "Choose both files"),
        ((b"", "empty.pdf"), NEW, 422, "empty.pdf: file is empty"),
        (OLD, (b'{"basics": ', "cv.json"), 422, "cv.json: not valid JSON"),
        (OLD, (b'{"work": "PM"}', "cv.json"), 422, "cv.json: not a JSON Resume: work must be a list, not text"),
        (OLD, (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "../x/\x1b[31mphoto.png"), 422, "photo.png: is an image"),
    ],
)
def test_bad_requests_are_one_line(client, old, new, status, words):
    for url in ("/api/diff", "/diff"):
        response = post(client, url, old, new)
        assert response.status_code == status, url
        if url == "/api/diff":
            assert words in response.json["error"] and "\x1b" not in response.json["error"]
        else:
            html = response.get_data(as_text=True)
            assert 'id="error-message"' in html and "Traceback" not in html


def test_wrong_content_type(client):
    response = client.post("/api/diff", json={"old": "x", "new": "y"})
    assert response.status_code == 415 and "two files" in response.json["error"]


def test_each_file_has_the_upload_limit_and_two_fit():
    """Two files each under the upload limit are taken even when together they are over what one
    upload may send; a file over the limit is named; a body past both is refused."""
    limit = 1_200_000
    app = create_app(Settings(max_upload_bytes=limit, workers=1), warm=False)
    client = app.test_client()
    pad = lambda data: data + b"\n" * (1_150_000 - len(data))  # noqa: E731  (blank lines: read as nothing)
    try:
        old, new = (pad(OLD[0]), "before.txt"), (pad(NEW[0]), "after.md")
        assert len(old[0]) + len(new[0]) > limit + 1024 * 1024  # more than a single upload's room
        response = post(client, "/api/diff", old, new)
        assert response.status_code == 200 and response.json["score"]["change"] > 0
        big = (pad(NEW[0]) + b"\n" * 100_000, "big.txt")
        response = post(client, "/api/diff", OLD, big)
        assert response.status_code == 413 and response.json["error"] == "big.txt: the file is too big to check: the limit is 1.1 MB."
        huge = (b"\n" * (limit + 600_000), "huge.txt")
        response = post(client, "/api/diff", huge, huge)
        assert response.status_code == 413 and "too big to compare: the limit is 1.1 MB for each file" in response.json["error"]
    finally:
        app.extensions["profilecheck"].close()
