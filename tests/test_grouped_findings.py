"""Reports say each thing once: one finding per rule per section listing every place, a quote
shown once however many findings point at it, one employment-gap finding counted from the start
of the career, and no "present" note where nothing is dated.  Every profile here is generated."""
from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from profilecheck.models import Evidence, Finding
from profilecheck.options import Options
from profilecheck.pipeline import analyze, analyze_headline, analyze_text
from profilecheck.render import SHOWN_PLACES, render, render_data
from profilecheck.report import finding_json, report_json

AS_OF = date(2026, 11, 25)
ROOT = Path(__file__).resolve().parent.parent
HUMAN = ("text", "markdown", "html")


def check(text: str, *codes: str):
    return analyze_text(text, Options(as_of=AS_OF, select=codes or ()))


def found(report, code: str) -> list[Finding]:
    return [finding for finding in report.findings if finding.code == code]


def role(title: str, employer: str, dates: str, *bullets: str) -> str:
    return f"{title} | {employer} | {dates}\n" + "".join(f"• {bullet}\n" for bullet in bullets)


def resume(*roles: str, summary: str = "", education: str = "") -> str:
    parts = ["Jo Park\nIT Project Manager | Cloud | PMP\njo.park@example.com\n"]
    if summary:
        parts.append(f"\nSUMMARY\n{summary}\n")
    parts.append("\nEXPERIENCE\n" + "".join(roles))
    if education:
        parts.append(f"\nEDUCATION\n{education}\n")
    return "".join(parts)


# ------------------------------------------------------------------ the model and the contract


def test_a_finding_takes_one_place_or_none():
    place = Evidence("summary", "text", 3, 7)
    assert Finding("PC205", "n", "warning", "summary", "m", "s", place).evidence == (place,)
    assert Finding("PC205", "n", "warning", "summary", "m", "s", None).evidence == ()
    assert Finding("PC205", "n", "warning", "summary", "m", "s").first is None
    with pytest.raises(ValueError):
        Finding("PC302", "n", "warning", "experience", "m", "s", (place,), ("a", "b"))


def test_json_lists_every_place_with_its_note():
    places = (Evidence("experience", "Responsible for a", 10, 27), Evidence("experience", "Responsible for b", 40, 57))
    item = finding_json(Finding("PC302", "duty-not-result", "warning", "experience", "m", "s", places, ("e.g. A", "")))
    assert item["evidence"] == {"section": "experience", "text": "Responsible for a", "start": 10, "end": 27}
    assert item["all_evidence"] == [{**item["evidence"], "note": "e.g. A"}, {"section": "experience", "text": "Responsible for b", "start": 40, "end": 57}]
    missing = finding_json(Finding("PC201", "summary-missing", "warning", "summary", "m", "s"))
    assert missing["evidence"] is None and missing["all_evidence"] == []


# ------------------------------------------------------------------ one finding per rule per section

DUTIES = resume(
    role(
        "IT Project Manager", "Acme", "Jan 2019 - Present",
        "Responsible for weekly status reports to the steering group.",
        "Responsible for vendor contracts across three regions.",
        "Responsible for the release calendar of the payments team.",
    )
)


def test_duty_bullets_make_one_finding_listing_each_with_its_rewrite():
    report = check(DUTIES, "PC302")
    [finding] = found(report, "PC302")
    assert finding.message.startswith("3 bullets describe duties")
    assert [place.text.split()[2] for place in finding.evidence] == ["weekly", "vendor", "the"] or len(finding.evidence) == 3
    assert len(finding.notes) == 3 and all(note.startswith("e.g. ") for note in finding.notes)
    assert len({note for note in finding.notes}) == 3  # each bullet its own rewrite


def test_a_phrase_is_named_once_however_it_is_capitalised():
    text = resume(role("IT Project Manager", "Acme", "Jan 2019 - Present", "Responsible for status reports.", "responsible for the vendor budget."))
    [finding] = found(check(text, "PC302"), "PC302")
    assert finding.message == '2 bullets describe duties, not what you achieved ("Responsible for").'


def test_one_duty_bullet_reads_as_before():
    report = check(resume(role("IT Project Manager", "Acme", "Jan 2019 - Present", "Responsible for weekly status reports.", "Cut costs by 20%.")), "PC302")
    [finding] = found(report, "PC302")
    assert finding.message.startswith('"Responsible for" describes a duty') and finding.notes == ()
    assert "e.g." in finding.suggestion


def test_weak_starts_and_roles_without_bullets_are_one_finding_each():
    text = resume(
        role("IT Project Manager", "Acme", "Jan 2020 - Present", "The migration of 40 apps to Azure.", "A new release calendar for 3 teams.", "Weekly reporting to the board."),
        role("IT Project Coordinator", "Beta", "Jan 2018 - Dec 2019"),
        role("Service Desk Analyst", "Gamma", "Jan 2016 - Dec 2017"),
    )
    report = check(text, "PC304", "PC305")
    [weak] = found(report, "PC304")
    assert weak.message == "3 bullets do not start with an action verb." and len(weak.evidence) == 3
    [empty] = found(report, "PC305")
    assert empty.message == "2 roles have no bullets or description."
    assert [place.text for place in empty.evidence] == ["IT Project Coordinator", "Service Desk Analyst"]
    assert "each" in empty.suggestion


def test_summary_buzzwords_are_one_finding():
    report = check(resume(role("IT Project Manager", "Acme", "Jan 2019 - Present", "Led 9 people."),
                          summary="Results-driven IT project manager and team player, a self-starter with 8 years in cloud projects."), "PC210")
    [finding] = found(report, "PC210")
    assert re.match(r"The summary uses [23] phrases that fit anyone: \"Results-driven\", \"", finding.message), finding.message
    assert all(place.section == "summary" and len(place.text) < 20 for place in finding.evidence)  # the phrases, not the summary
    for fmt in HUMAN:  # the message names every phrase: no list of them below it
        out = " ".join(render(report, fmt).split())
        assert out.count("Results-driven") == 1 + out.count("Results-driven IT project manager"), fmt


@pytest.mark.parametrize("sample", sorted(p.name for p in (ROOT / "samples").iterdir() if p.suffix in (".pdf", ".docx", ".txt")))
def test_no_rule_speaks_twice_about_one_section(sample):
    report = analyze(str(ROOT / "samples" / sample), Options(as_of=AS_OF))
    keys = [(finding.code, finding.first.section if finding.first else None) for finding in report.findings]
    assert len(keys) == len(set(keys)), keys


# ------------------------------------------------------------------ employment gaps (PC309)


def gaps(text: str) -> list[Finding]:
    return found(check(text, "PC309"), "PC309")


def test_gaps_between_student_jobs_are_not_gaps():
    text = resume(
        role("IT Project Manager", "Acme", "Jan 2020 - Present", "Led 5 people."),
        role("Summer Intern", "Beta", "Jun 2017 - Aug 2017", "Tested releases."),
        role("Working Student", "Gamma", "Jan 2015 - Jun 2015", "Wrote test plans."),
        role("Teaching Assistant", "University", "Jan 2013 - Jun 2013", "Graded papers."),
    )
    assert gaps(text) == []


def test_short_jobs_before_the_degree_ended_are_not_the_career():
    text = resume(
        role("IT Project Coordinator", "Acme", "Sep 2016 - Present", "Planned 10 releases."),
        role("Barista", "Cafe", "Jan 2014 - Jun 2014", "Served customers."),
        role("Sales Assistant", "Shop", "Jan 2012 - Jun 2012", "Sold phones."),
        education="BSc Computer Science | State University | 2012 - 2016",
    )
    assert gaps(text) == []


def test_every_gap_in_the_career_is_one_finding():
    text = resume(
        role("IT Project Manager", "Acme", "Jan 2022 - Present", "Led 5 people."),
        role("IT Project Coordinator", "Beta", "Jan 2018 - Dec 2019", "Planned 10 releases."),
        role("Service Desk Analyst", "Gamma", "Jan 2014 - Dec 2016", "Closed 900 tickets."),
        role("Summer Intern", "Delta", "Jun 2011 - Aug 2011", "Tested releases."),
    )
    [finding] = gaps(text)
    assert finding.message.startswith("There are 2 gaps of more than six months between roles: ")
    assert '12 months between "Service Desk Analyst" and "IT Project Coordinator"' in finding.message
    assert '24 months between "IT Project Coordinator" and "IT Project Manager"' in finding.message
    assert "Summer Intern" not in finding.message


def test_one_gap_reads_as_one():
    text = resume(
        role("IT Project Manager", "Acme", "Jan 2022 - Present", "Led 5 people."),
        role("IT Project Coordinator", "Beta", "Jan 2016 - Dec 2019", "Planned 10 releases."),
    )
    [finding] = gaps(text)
    assert finding.message == 'There is a gap of 24 months between "IT Project Coordinator" and "IT Project Manager".'


def test_a_project_role_begins_the_career_even_before_the_degree_ended():
    text = resume(
        role("IT Project Manager", "Acme", "Jan 2020 - Present", "Led 5 people."),
        role("Project Coordinator", "Beta", "Jan 2015 - Jun 2016", "Planned 10 releases."),
        education="MSc Information Systems | State University | 2014 - 2017",
    )
    assert len(gaps(text)) == 1


# ------------------------------------------------------------------ each quote once


SUMMARY = (
    "IT project manager who delivers cloud migrations for hospital groups and keeps vendors, clinicians "
    "and engineers moving in the same direction through long programmes of change."
)


def test_a_summary_quoted_by_several_rules_is_shown_once():
    text = resume(role("IT Project Manager", "Acme", "Jan 2019 - Present", "Led 9 people to move 40 apps to Azure."), summary=SUMMARY)
    report = check(text, "PC2")
    quoting = [finding for finding in report.findings if finding.first and finding.first.section == "summary"]
    assert len(quoting) >= 3  # several rules are about the whole summary
    opening = SUMMARY[:60]
    for fmt in HUMAN:
        out = " ".join(render(report, fmt).split())
        assert out.count(opening) == 1, fmt


def test_a_quote_the_message_already_holds_is_not_repeated():
    report = analyze_headline("IT PROJECT MANAGER", Options(as_of=AS_OF))
    assert '"IT PROJECT MANAGER"' in found(report, "PC104")[0].message
    for fmt in HUMAN:
        out = " ".join(render(report, fmt).split())
        assert "In the headline" not in out, fmt  # PC104 says it, the rules after it need not


def test_many_places_are_listed_then_counted():
    places = tuple(Evidence("experience", f"Responsible for task number {n}", 100 * n, 100 * n + 30) for n in range(SHOWN_PLACES + 4))
    data = report_json(check("Jo Park"))
    data["findings"] = [finding_json(Finding("PC302", "duty-not-result", "warning", "experience", "12 bullets describe duties.", "Rewrite each.", places))]
    for fmt in HUMAN:
        out = render_data(data, fmt)
        assert "task number 7" in out and "task number 8" not in out, fmt
        assert "And 4 more like these." in out, fmt


def test_a_report_saved_before_all_evidence_renders_its_one_quote():
    data = report_json(check(resume(role("IT Project Manager", "Acme", "Jan 2019 - Present", "Responsible for status reports.")), "PC302"))
    for finding in data["findings"]:
        del finding["all_evidence"]
    assert "Responsible for status reports" in render_data(json.loads(json.dumps(data)), "text")


# ------------------------------------------------------------------ "present" means a date only where dates are


def test_no_present_note_on_a_headline_review_or_undated_text():
    for report in (analyze_headline("IT Project Manager | Cloud | PMP", Options(as_of=AS_OF)), check("Jo Park\nSome words here.")):
        for fmt in HUMAN:
            assert '"present" meaning' not in render(report, fmt), fmt


def test_present_note_where_roles_are_dated():
    report = check(resume(role("IT Project Manager", "Acme", "Jan 2019 - Present", "Led 9 people.")))
    assert '"present" meaning 2026-11-25' in render(report, "text")


def test_one_phrase_in_two_places_is_named_once_and_counted():
    """The same buzzword twice in the summary: one phrase with its places counted, not "2
    phrases" followed by a single one."""
    summary = "Proven track record in cloud delivery. Proven track record in ERP rollouts for hospitals."
    report = check(resume(role("IT Project Manager", "Acme", "Jan 2019 - Present", "Cut costs by 12%."), summary=summary), "PC210")
    [finding] = found(report, "PC210")
    assert finding.message == 'The summary uses "Proven track record", a phrase that fits anyone (2 places).'
    two = "Proven track record in cloud delivery; a results-driven lead for ERP rollouts."
    [finding] = found(check(resume(role("IT Project Manager", "Acme", "Jan 2019 - Present", "Cut costs by 12%."), summary=two), "PC210"), "PC210")
    assert finding.message.startswith("The summary uses 2 phrases that fit anyone")


def test_counts_of_none_and_one_read_as_english():
    """"Only 0 core competencies are visible (none)" and "Only 0 of 3 bullets carry" read badly."""
    bare = resume(role("IT Project Manager", "Acme", "Jan 2019 - Present", "Moved apps to Azure.", "Answered tickets.", "Ran the service desk."))
    [few] = found(check(bare, "PC402"), "PC402")
    assert few.message == "No core project-management competency is visible."
    [quantified] = found(check(bare, "PC303"), "PC303")
    assert quantified.message == "None of the 3 experience bullets (0%) carries a number."
    one = resume(role("IT Project Manager", "Acme", "Jan 2019 - Present", "Kept the project schedule.", "Answered tickets.", "Ran the service desk."))
    [few] = found(check(one, "PC402"), "PC402")
    assert few.message.startswith("Only one core project-management competency is visible (")


def test_a_result_wrapped_after_etc_is_one_result_and_a_repeated_one_counts_once():
    """"..., schedule updates, etc." / "during the rollout ...": the full stop of "etc." ends no
    sentence; and the same bullet in two jobs is one result."""
    bullet = "• Managed cost reporting, sub management, monthly progress package, schedule updates, etc.\nduring the rollout to 3,000 users\n"
    text = resume("IT Project Manager | Acme | Jan 2019 - Present\n" + bullet, "Project Engineer | Bolt | Jan 2015 - Dec 2018\n" + bullet)
    results = [item.text for item in check(text).facts.achievements]
    assert results == ["Managed cost reporting, sub management, monthly progress package, schedule updates, etc. during the rollout to 3,000 users"], results
