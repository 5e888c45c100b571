"""The web page's comparison in a real browser (Debian's Chromium driven by Playwright, as in
test_web_browser.py): two files chosen, the page of what changed shown in the frame with its own
style allowed, no console error, nothing fetched from elsewhere; and the same without JavaScript."""
from __future__ import annotations

import os

import pytest

from test_web_browser import CHROMIUM, CHROMIUM_ARGS, Watch, browser, server  # noqa: F401  (fixtures)
from test_diff import AFTER, BEFORE

pytestmark = pytest.mark.slow

from playwright.sync_api import expect  # noqa: E402  (test_web_browser skips the module without it)


@pytest.fixture()
def files(tmp_path):
    old, new = tmp_path / "before.txt", tmp_path / "after.md"
    old.write_text(BEFORE, encoding="utf-8")
    new.write_text(AFTER, encoding="utf-8")
    return old, new


def test_two_files_compared_in_the_page(browser, server, files, tmp_path):  # noqa: F811
    context = browser.new_context(viewport={"width": 1100, "height": 1400})
    page = context.new_page()
    page.set_default_timeout(30_000)
    watch = Watch(page, server)
    try:
        page.goto(server)
        page.get_by_role("button", name="Compare").click()
        expect(page.locator("#diff-status")).to_have_text("Choose both files: the earlier version and the later one.")
        page.set_input_files("#diff-old", str(files[0]))
        page.set_input_files("#diff-new", str(files[1]))
        page.get_by_role("button", name="Compare").click()
        expect(page.locator("#diff-status")).to_have_text("The comparison is ready.")
        expect(page.locator("#h-result")).to_have_text("What changed")
        frame = page.frame_locator("#report")
        expect(frame.locator("h1")).to_have_text("Sam Rivers")
        expect(frame.locator("#fixed")).to_contain_text("Fixed")
        expect(frame.locator("body")).to_contain_text("PC104")
        body = frame.locator("body")
        assert body.evaluate("body => getComputedStyle(body).backgroundColor") not in ("", "rgba(0, 0, 0, 0)")
        assert frame.locator(".change.up").first.evaluate("node => getComputedStyle(node).fontWeight") == "700"
        assert page.locator("#save-report").get_attribute("download") == "profilecheck-changes.html"
        if os.environ.get("PROFILECHECK_DIFF_SCREENSHOT"):
            page.locator("#result").screenshot(path=os.environ["PROFILECHECK_DIFF_SCREENSHOT"])
        watch.check()
    finally:
        context.close()


def test_without_javascript_the_form_posts(browser, server, files):  # noqa: F811
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(30_000)
    try:
        page.goto(server)
        page.set_input_files("#diff-old", str(files[0]))
        page.set_input_files("#diff-new", str(files[1]))
        page.get_by_role("button", name="Compare").click()
        expect(page.locator("h1")).to_have_text("Sam Rivers")
        expect(page.locator("body")).to_contain_text("What changed")
    finally:
        context.close()
