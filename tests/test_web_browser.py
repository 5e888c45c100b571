"""`profilecheck serve` in a real browser: headless Chromium (Debian's `chromium` package) driven
by Playwright for Python.  Nothing is downloaded: Playwright only drives /usr/bin/chromium.

Skipped when Chromium or Playwright is missing; CI installs both.  To refresh the README
picture: PROFILECHECK_UPDATE_SCREENSHOT=1 python -m pytest tests/test_web_browser.py
"""
from __future__ import annotations

import base64
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

# Part of the slow tail of the suite: skipped by `python -m pytest -m "not slow"`, always run by CI.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
MID_PDF = SAMPLES / "mid-software-pm.pdf"
ERP_DOCX = SAMPLES / "senior-erp-pm.docx"
PROFILE_TXT = SAMPLES / "linkedin-pasted-itsm.txt"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
JOB = (
    "IT Project Manager, service management. Required: ITIL 4, ServiceNow, incident and change "
    "management, PMP, Agile, stakeholder management, vendor management, budget ownership."
)

if not os.path.exists(CHROMIUM):
    pytest.skip("Chromium is not installed (apt-get install chromium)", allow_module_level=True)
try:
    from playwright.sync_api import expect, sync_playwright
except ImportError:
    pytest.skip("Playwright for Python is not installed (pip install playwright)", allow_module_level=True)


def expected_name(sample: Path) -> str:
    return json.loads(Path(f"{sample}.expected.json").read_text(encoding="utf-8"))["profile"]["basics"]["name"]


@pytest.fixture(scope="module")
def server():
    """The real `profilecheck serve` on a free loopback port; stopped by its own process id."""
    process = subprocess.Popen(
        [sys.executable, "-m", "profilecheck", "serve", "--port", "0", "--quiet"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
    )
    try:
        line = process.stdout.readline()
        found = re.search(r"(http://127\.0\.0\.1:\d+/)", line)
        if not found:
            process.kill()
            pytest.fail("the server did not start: " + line + process.stderr.read())
        yield found.group(1)
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)
        process.stdout.close()
        process.stderr.close()


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


class Watch:
    """Console errors (a CSP violation shows there), page errors and any request elsewhere."""

    def __init__(self, page, base: str):
        self.errors: list[str] = []
        self.outside: list[str] = []
        page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        page.on("pageerror", lambda error: self.errors.append(str(error)))

        def route(route):
            url = route.request.url
            if url.startswith(base) or url.startswith(("data:", "blob:", "about:")):
                route.continue_()
            else:
                self.outside.append(url)
                route.abort()

        page.route("**/*", route)

    def check(self):
        assert self.outside == []
        assert self.errors == []


@pytest.fixture()
def page(browser, server):
    context = browser.new_context(viewport={"width": 1100, "height": 1400})
    page = context.new_page()
    page.set_default_timeout(30_000)
    watch = Watch(page, server)
    page.goto(server)
    yield page, watch
    context.close()


def test_headline_feedback_appears_as_you_type(page):
    page, watch = page
    asked = []
    page.on("request", lambda request: request.url.endswith("/api/headline") and asked.append(request))
    box = page.get_by_label("Type your headline")
    box.press_sequentially("IT Project Manager", delay=15)
    status = page.locator("#headline-status")
    expect(status).to_contain_text("Score")
    expect(page.locator("#headline-findings li").first).to_be_visible()
    expect(page.locator("#headline-findings")).to_contain_text("only a job title")
    expect(page.locator("#headline-rewrites li").first).to_be_visible()
    weak = int(page.locator("#headline-number").text_content())
    assert len(asked) < 6, "typing is debounced, not one request per key"
    expect(page.locator("#headline-count")).to_contain_text("18 of 220 characters")

    box.fill("")
    box.press_sequentially("Senior IT Project Manager | Cloud Migrations | Agile & PMP | $5M budgets", delay=5)
    expect(page.locator("#headline-number")).not_to_have_text(str(weak))
    assert int(page.locator("#headline-number").text_content()) > weak

    page.locator("#headline-rewrites button").first.click()  # "Use this" puts the idea in the box
    expect(box).not_to_have_value("Senior IT Project Manager | Cloud Migrations | Agile & PMP | $5M budgets")
    watch.check()


def test_resume_upload_shows_the_report(page, tmp_path):
    page, watch = page
    page.get_by_label("Type your headline").press_sequentially("IT Project Manager | Agile | CSM", delay=10)
    expect(page.locator("#headline-status")).to_contain_text("Score")
    page.set_input_files("#file", str(MID_PDF))
    expect(page.locator("#check-status")).to_have_text("Your report is ready.")
    report = page.frame_locator("#report")
    expect(report.locator("h1")).to_have_text(expected_name(MID_PDF))
    expect(report.locator("#score")).to_be_visible()
    # the report's own style is applied inside the frame (allowed by its hash)
    frame = page.frame_locator("#report").locator("body")
    assert frame.evaluate("body => getComputedStyle(body).backgroundColor") not in ("", "rgba(0, 0, 0, 0)")
    assert page.locator("#report").evaluate("frame => frame.getBoundingClientRect().height") > 800  # grown to the report
    assert page.locator("#save-report").get_attribute("href").startswith("blob:")
    shot = tmp_path / "web.png"
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(shot), full_page=True, clip={"x": 0, "y": 0, "width": 1100, "height": 2300})
    assert shot.stat().st_size > 10_000
    if os.environ.get("PROFILECHECK_UPDATE_SCREENSHOT"):
        (ROOT / "docs" / "img").mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, ROOT / "docs" / "img" / "web.png")
    watch.check()


def test_dropping_a_file_checks_it(page):
    page, watch = page
    data = base64.b64encode(ERP_DOCX.read_bytes()).decode()
    transfer = page.evaluate_handle(
        """([data, name]) => {
            const bytes = Uint8Array.from(atob(data), c => c.charCodeAt(0));
            const transfer = new DataTransfer();
            transfer.items.add(new File([bytes], name, {type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}));
            return transfer;
        }""",
        [data, ERP_DOCX.name],
    )
    page.dispatch_event("#drop", "dragenter", {"dataTransfer": transfer})
    expect(page.locator("#drop")).to_have_class(re.compile(r"\bover\b"))
    page.dispatch_event("#drop", "drop", {"dataTransfer": transfer})
    expect(page.locator("#file-name")).to_contain_text(ERP_DOCX.name)
    expect(page.frame_locator("#report").locator("h1")).to_have_text(expected_name(ERP_DOCX))
    watch.check()


def test_pasted_profile_with_a_job_posting(page):
    page, watch = page
    page.get_by_label("Paste your About section").fill(PROFILE_TXT.read_text(encoding="utf-8"))
    page.locator("#job-box summary").click()
    page.get_by_label("Paste the job posting").fill(JOB)
    page.get_by_role("button", name="Check the text").click()
    report = page.frame_locator("#report")
    expect(report.locator("h1")).to_have_text(expected_name(PROFILE_TXT))
    expect(report.locator("body")).to_contain_text("Job match")
    watch.check()


def test_unreadable_file_gives_a_clear_message(page):
    page, watch = page
    page.set_input_files("#file", {"name": "broken.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.7\n1 0 obj\n% cut"})
    status = page.locator("#check-status")
    expect(status).to_have_class(re.compile(r"\berror\b"))
    expect(status).to_contain_text("broken.pdf: ")
    assert "Traceback" not in status.text_content()
    expect(page.locator("#result")).to_be_hidden()
    page.get_by_role("button", name="Check the text").click()  # nothing pasted yet
    expect(status).to_contain_text("Paste your About section")
    watch.errors = [e for e in watch.errors if "422" not in e]  # the browser logs the failed fetch
    watch.check()


def test_keyboard_and_phone_width(browser, server):
    context = browser.new_context(viewport={"width": 375, "height": 800}, is_mobile=True, has_touch=True)
    page = context.new_page()
    watch = Watch(page, server)
    page.goto(server)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "headline"
    page.keyboard.type("IT Project Manager | Cloud")
    expect(page.locator("#headline-status")).to_contain_text("Score")
    page.keyboard.press("Enter")  # submits without leaving the page
    assert page.url == server
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    watch.check()
    context.close()


def test_forms_work_without_javascript(browser, server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    watch = Watch(page, server)
    page.goto(server)
    page.set_input_files("#file", str(MID_PDF))
    page.get_by_role("button", name="Check the file").click()
    page.wait_for_url(server + "check")
    expect(page.locator("h1")).to_have_text(expected_name(MID_PDF))
    page.go_back()
    page.get_by_label("Type your headline").fill("IT Project Manager")
    page.get_by_role("button", name="Check the headline").click()
    expect(page.locator("body")).to_contain_text("Headline review")
    watch.check()
    context.close()
