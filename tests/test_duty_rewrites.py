"""Rewrites of duty bullets (PC302, profilecheck/rules/duties.py) keep the meaning or are not
offered.  Every text here is made up for the test."""
import re
from datetime import date

import pytest

from profilecheck.lexicon import load_weak_phrases
from profilecheck.options import Options
from profilecheck.pipeline import analyze_text
from profilecheck.rules.duties import RESULT, rewrite_duty

OPTIONS = Options(as_of=date(2026, 11, 25))


def _verb(phrase_id: str) -> str:
    return next(phrase.suggestion for phrase in load_weak_phrases() if phrase.id == phrase_id)


def rewrite(text: str, phrase: str, phrase_id: str):
    found = re.search(re.escape(phrase), text, re.IGNORECASE)
    return rewrite_duty(text, found.start(), found.end(), _verb(phrase_id))


@pytest.mark.parametrize(
    "bullet, phrase, phrase_id, expected",
    [
        # "Responsible for X": the verb comes from X, X stays, only the result is asked for
        ("Responsible for weekly status reports to the steering group.", "Responsible for", "responsible-for",
         f"Produced weekly status reports to the steering group, {RESULT}"),
        ("Responsible for a team of 12 engineers", "Responsible for", "responsible-for", f"Led a team of 12 engineers, {RESULT}"),
        ("Responsible for the $2M budget of the ERP programme", "Responsible for", "responsible-for",
         f"Managed the $2M budget of the ERP programme, {RESULT}"),
        ("Responsible for the migration of 40 apps to Azure", "Responsible for", "responsible-for",
         f"Ran the migration of 40 apps to Azure, {RESULT}"),
        ("Responsible for vendor onboarding", "Responsible for", "responsible-for", f"Owned vendor onboarding, {RESULT}"),
        ("Responsible for managing vendor contracts and writing reports", "Responsible for", "responsible-for",
         f"Managed vendor contracts and wrote reports, {RESULT}"),
        ("Responsible for planning, scheduling and tracking releases", "Responsible for", "responsible-for",
         f"Planned, scheduled and tracked releases, {RESULT}"),
        ("Responsible for budgeting, staffing, & execution of vendor support", "Responsible for", "responsible-for",
         f"Owned budgeting, staffing, & execution of vendor support, {RESULT}"),  # actions and a noun: not half-turned
        ("Primarily responsible for identifying project risks", "responsible for", "responsible-for", f"Identified project risks, {RESULT}"),
        ("Responsible for testing tools", "Responsible for", "responsible-for", f"Owned testing tools, {RESULT}"),
        ("Responsible for engineering teams in 3 countries", "Responsible for", "responsible-for", f"Led engineering teams in 3 countries, {RESULT}"),
        ("Responsible for the release process, cutting lead time by 30%", "Responsible for", "responsible-for",
         "Ran the release process, cutting lead time by 30%"),
        ("In charge of the service desk team", "In charge of", "in-charge-of", f"Led the service desk team, {RESULT}"),
        ("Handled escalations from 3 regions", "Handled", "handled", f"Managed escalations from 3 regions, {RESULT}"),
        # taking part: the person's own part is asked for, never claimed
        ("Worked on the ERP upgrade", "Worked on", "worked-on", f"Contributed to the ERP upgrade by [what you did], {RESULT}"),
        ("Assisted in the preparation of audit reports", "Assisted in", "assisted-with",
         f"Supported the preparation of audit reports by [what you did], {RESULT}"),
        ("Worked with vendors to deliver the patient portal", "Worked with", "worked-with",
         f"Partnered with vendors to deliver the patient portal, {RESULT}"),
        # no rewrite keeps the meaning
        ("Worked in a modeling lab", "Worked in", "worked-in", None),
        ("Helped to reduce costs", "Helped to", "helped-with", None),
        ("Part of the team that shipped the app", "Part of the team", "involved-in", None),
        ("Tried to reduce churn", "Tried to", "tried-to", None),
        ("Knowledge of SQL and Power BI", "Knowledge of", "familiar-with", None),
        ("Prepared and assisted in the preparation of reports", "assisted in", "assisted-with", None),
        ("Responsible for", "Responsible for", "responsible-for", None),
        # a vague word: name what it hides
        ("Briefed various audiences on project results", "various", "various", "Briefed [which] audiences on project results"),
    ],
)
def test_duty_rewrites_keep_the_meaning(bullet, phrase, phrase_id, expected):
    assert rewrite(bullet, phrase, phrase_id) == expected


def _pc302(text: str) -> list[str]:
    """The advice of every PC302 finding, suggestion and per-place notes alike."""
    report = analyze_text(text, OPTIONS)
    return [
        " ".join([finding.suggestion, *getattr(finding, "notes", ())])
        for finding in report.findings
        if finding.code == "PC302"
    ]


def resume(*bullets: str) -> str:
    return "Jo Park\nIT Project Manager\n\nEXPERIENCE\nIT Project Manager | Acme | Jan 2019 - Present\n" + "".join(f"• {item}\n" for item in bullets)


def test_pc302_rewrites_status_reports_as_produced_not_led():
    advice = " ".join(_pc302(resume("Responsible for weekly status reports to the steering group.")))
    assert "Produced weekly status reports to the steering group" in advice
    assert "Led weekly" not in advice and "[team/budget/users]" not in advice


def test_pc302_gives_no_rewrite_for_a_place():
    advice = _pc302(resume("Worked in a modeling lab."))
    assert advice and not any("Delivered" in item or "a modeling lab for" in item for item in advice)


def test_a_measure_is_not_a_duty():
    assert not _pc302(resume("Average handling time cut from 9 to 6 minutes.", "Handling time down 20% in a year."))
    assert not _pc302(resume("Attended to customer requests within 2 hours."))
