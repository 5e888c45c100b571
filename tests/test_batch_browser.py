"""The batch page (index.html) in a real browser: headless Chromium (Debian's `chromium`) driven
by Playwright, as tests/test_web_browser.py does; nothing is downloaded.  At 1280 px the
candidates are a table that fits, at 390 px (a phone) each is a card and nothing scrolls
sideways; the score chart fills its box with every label inside; sorting and the filters (level,
certification, minimum match rate) work; the page asks for nothing from anywhere else.

The candidates are the bundled samples (fictional people).  To refresh the README pictures:
PROFILECHECK_UPDATE_SCREENSHOT=1 python -m pytest tests/test_batch_browser.py
"""
from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from profilecheck.batch import review_folder
from profilecheck.options import Options

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
JOB = (
    "IT Project Manager, infrastructure and service management. Required: PMP or PRINCE2, ITIL 4, "
    "ServiceNow, Agile, Scrum, Jira, Microsoft Project, stakeholder management, vendor management, "
    "risk management, budget ownership, cloud migration (AWS or Azure)."
)

# Chromium, its flags and the browser fixture are test_web_browser's (it skips this module too
# when Chromium or Playwright is missing).
from test_web_browser import browser  # noqa: E402,F401  (fixture)
from playwright.sync_api import expect  # noqa: E402


@pytest.fixture(scope="module")
def review(tmp_path_factory):
    """Every sample, plus one file that cannot be read, reviewed against a posting."""
    work = tmp_path_factory.mktemp("batch-page")
    folder = work / "candidates"
    folder.mkdir()
    for sample in sorted(SAMPLES.iterdir()):
        if sample.suffix in (".pdf", ".docx", ".txt", ".md") and sample.name != "README.md":
            shutil.copy(sample, folder / sample.name)
    (folder / "scan-without-text.pdf").write_bytes(b"%PDF-1.7\n garbage that is not a pdf")
    out = work / "review"
    here = os.getcwd()
    os.chdir(work)  # the page names the files as the command line was given them: candidates/...
    try:
        result = review_folder("candidates", "review", Options(as_of=date(2026, 11, 25), job=JOB), workers=2, use_cache=False, progress=False)
    finally:
        os.chdir(here)
    assert len(result.rows) == 10 and len(result.failed) == 1
    return out / "index.html"


def open_page(browser, index: Path, width: int, **options):
    context = browser.new_context(viewport={"width": width, "height": 900}, **options)
    page = context.new_page()
    page.set_default_timeout(20_000)
    errors: list[str] = []
    outside: list[str] = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))

    def route(route):
        if route.request.url.startswith(("file://", "data:", "about:")):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    page.route("**/*", route)
    page.goto(index.as_uri())
    return context, page, errors, outside


def visible_rows(page) -> list[dict]:
    return page.evaluate(
        """() => Array.from(document.querySelectorAll('#candidates tbody tr')).filter(row => !row.hidden).map(row => ({
            rank: +row.dataset.rank, score: +row.dataset.score, match: +row.dataset.match, level: row.dataset.level,
            held: JSON.parse(row.dataset.held), pending: JSON.parse(row.dataset.pending)}))"""
    )


def test_wide_screen_table_sorting_and_filters(browser, review, tmp_path):
    context, page, errors, outside = open_page(browser, review, 1280)
    expect(page.locator("#order")).to_have_text("Ordered by job match rate, then score, best first.")
    shot = tmp_path / "batch.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 20_000
    if os.environ.get("PROFILECHECK_UPDATE_SCREENSHOT"):
        shutil.copyfile(shot, ROOT / "docs" / "img" / "batch.png")
    assert page.evaluate("getComputedStyle(document.querySelector('#candidates tbody tr')).display") == "table-row"
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    wrap = page.evaluate("(() => { const w = document.querySelector('.wrap'); return [w.scrollWidth, w.clientWidth]; })()")
    assert wrap[0] <= wrap[1] + 1, f"the table is wider than its box: {wrap}"

    # the score chart: the whole width of its box, every count label inside it
    chart = page.evaluate(
        """(() => { const card = document.querySelector('.hist').parentElement.getBoundingClientRect();
                   const hist = document.querySelector('.hist').getBoundingClientRect();
                   const labels = Array.from(document.querySelectorAll('.hist .count')).filter(l => l.textContent.trim())
                       .map(l => l.getBoundingClientRect());
                   return {card: [card.left, card.top, card.width], hist: [hist.width, hist.top],
                           tops: labels.map(r => r.top), bottoms: labels.map(r => r.bottom)}; })()"""
    )
    assert chart["hist"][0] >= 0.9 * chart["card"][2]
    assert chart["tops"] and min(chart["tops"]) >= chart["hist"][1] >= chart["card"][1]

    # default order: the ranking (match rate, then score)
    rows = visible_rows(page)
    assert [row["rank"] for row in rows] == list(range(1, 11))
    assert [(-row["match"], -row["score"]) for row in rows] == sorted((-row["match"], -row["score"]) for row in rows)
    expect(page.locator("#shown")).to_have_text("Showing all 10 candidates.")

    # sorting: a heading, then again for the other way; the select follows
    page.get_by_role("button", name="Score").click()
    scores = [row["score"] for row in visible_rows(page)]
    assert scores == sorted(scores, reverse=True)
    assert page.locator("#f-sort").input_value() == "score"
    page.get_by_role("button", name="Score").click()
    assert [row["score"] for row in visible_rows(page)] == sorted(scores)
    page.select_option("#f-sort", "rank")
    assert [row["rank"] for row in visible_rows(page)] == list(range(1, 11))

    # filters: level, certification (held, or in progress too), minimum match rate
    page.select_option("#f-level", "senior")
    seniors = visible_rows(page)
    assert seniors and all(row["level"] == "senior" for row in seniors)
    expect(page.locator("#shown")).to_have_text(f"Showing {len(seniors)} of 10 candidates.")
    page.select_option("#f-level", "")
    page.select_option("#f-cert", "PMP")
    held = visible_rows(page)
    assert held and all("PMP" in row["held"] for row in held)
    page.check("#f-progress")
    either = visible_rows(page)
    assert len(either) > len(held) and all("PMP" in row["held"] + row["pending"] for row in either)
    page.select_option("#f-cert", "")
    page.locator("#f-match").fill("40")
    expect(page.locator("#f-match-value")).to_have_text("40%")
    matched = visible_rows(page)
    assert 0 < len(matched) < 10 and all(row["match"] >= 40 for row in matched)
    page.locator("#f-match").fill("100")
    expect(page.locator("#none-shown")).to_be_visible()
    page.locator("#f-match").fill("0")

    # the file that could not be read: its own table, with the reason
    apart = page.locator("#apart")
    expect(apart).to_contain_text("scan-without-text.pdf")
    expect(apart).to_contain_text("could not be read: ")
    assert errors == [] and outside == []
    context.close()


def test_phone_cards(browser, review, tmp_path):
    context, page, errors, outside = open_page(browser, review, 390, is_mobile=True, has_touch=True)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert page.evaluate("getComputedStyle(document.querySelector('#candidates thead')).display") == "none"
    cards = page.evaluate(
        """Array.from(document.querySelectorAll('#candidates tbody tr')).map(row => {
            const box = row.getBoundingClientRect();
            return {display: getComputedStyle(row).display, left: box.left, right: box.right};
        })"""
    )
    assert len(cards) == 10 and all(card["display"] == "flex" for card in cards)
    assert all(card["left"] >= 0 and card["right"] <= 390 for card in cards)
    # each value says what it is
    label = page.evaluate("getComputedStyle(document.querySelector('#candidates td[data-label=Certifications]'), '::before').content")
    assert label == '"Certifications"'
    # the chart fits the phone too, labels inside
    assert page.evaluate("document.querySelector('.hist').getBoundingClientRect().right <= 390")
    # the filters work here too
    page.select_option("#f-level", "mid")
    assert all(row["level"] == "mid" for row in visible_rows(page))
    page.select_option("#f-level", "")
    expect(page.locator("#apart tbody tr").first).to_contain_text("could not be read")
    assert page.evaluate("getComputedStyle(document.querySelector('#apart tbody tr')).display") == "flex"
    shot = tmp_path / "batch-phone.png"
    page.screenshot(path=str(shot), clip={"x": 0, "y": 0, "width": 390, "height": 1700}, full_page=True)
    if os.environ.get("PROFILECHECK_UPDATE_SCREENSHOT"):
        shutil.copyfile(shot, ROOT / "docs" / "img" / "batch-phone.png")
    assert errors == [] and outside == []
    context.close()


def test_without_javascript_the_table_is_in_rank_order(browser, review):
    context, page, errors, outside = open_page(browser, review, 1280, java_script_enabled=False)
    expect(page.locator("#filters")).to_be_hidden()
    ranks = page.locator("#candidates tbody tr td:first-child").all_text_contents()
    assert [int(rank) for rank in ranks] == list(range(1, 11))
    assert outside == []
    context.close()
