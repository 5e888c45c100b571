"""Headline and summary rewrites (profilecheck/rewrites.py) keep what the person wrote, say each
thing once, ask only for what is missing, and claim only what is true.  Every text here is made
up for the test."""
import re
from datetime import date

import pytest

from profilecheck.options import Options
from profilecheck.pipeline import analyze_headline, analyze_text
from profilecheck.rewrites import PLACEHOLDERS, words

AS_OF = date(2026, 11, 25)
OPTIONS = Options(as_of=AS_OF)
TITLE, SPEC, METHOD, VALUE = (PLACEHOLDERS[key] for key in ("title", "specialization", "method", "value"))


def count(text: str, phrase: str) -> int:
    """How often `phrase` is written in `text` as whole words, any case."""
    return len(re.findall(rf"(?<![\w]){re.escape(phrase)}(?![\w])", text, re.IGNORECASE))


# ---------------------------------------------------------------- headline on its own

# headline -> (parts each rewrite says exactly once, placeholders each rewrite carries, placeholders none carries)
HEADLINES = [
    ("IT Project Manager | Cloud | PMP", ["IT Project Manager", "Cloud", "PMP"], {METHOD, VALUE}, {SPEC, TITLE}),
    ("Scrum Master | Agile | Scrum | CSM", ["Scrum Master", "Agile", "CSM", "Scrum"], {SPEC, VALUE}, {METHOD, TITLE}),
    (
        "Senior IT Project Manager, PMP | SAP S/4HANA & ERP | Agile & Waterfall | $5M budgets",
        ["Senior IT Project Manager", "PMP", "SAP S/4HANA", "ERP", "Agile", "Waterfall", "$5M budgets"],
        set(),
        {TITLE, SPEC, METHOD, VALUE},
    ),
    ("Project Management Professional (PMP) | PMP | Cybersecurity", ["Project Management Professional (PMP)", "Cybersecurity"], {TITLE, METHOD, VALUE}, {SPEC}),
    ("Cloud Project Manager", ["Cloud Project Manager"], {METHOD, VALUE}, {TITLE, SPEC}),
    ("IT Project Manager • Kanban • 12 years • Cybersecurity", ["IT Project Manager", "Kanban", "12 years", "Cybersecurity"], set(), {TITLE, SPEC, METHOD, VALUE}),
    ("Agile Delivery Lead | Agile | Kanban | teams of 20", ["Agile Delivery Lead", "Kanban", "teams of 20", "Agile"], {SPEC}, {TITLE, METHOD, VALUE}),
    ("Program Manager - ITIL 4 - ITSM", ["Program Manager", "ITIL 4", "ITSM"], {VALUE}, {TITLE, SPEC}),
    # a title the titles lexicon does not know is still the title: none is added
    ("Quality Analyst/Senior Records Specialist | Cloud", ["Quality Analyst/Senior Records Specialist", "Cloud"], {METHOD, VALUE}, {TITLE, SPEC}),
]


@pytest.mark.parametrize("headline, kept, missing, present", HEADLINES, ids=[case[0][:40] for case in HEADLINES])
def test_headline_rewrites_keep_each_part_once_and_ask_only_for_what_is_missing(headline, kept, missing, present):
    rewrites = analyze_headline(headline, OPTIONS).rewrites["headline"]
    assert rewrites
    for rewrite in rewrites:
        for part in kept:
            assert count(rewrite, part) == 1, (part, rewrite)
        for placeholder in missing:
            assert placeholder in rewrite, (placeholder, rewrite)
        for placeholder in present:
            assert placeholder not in rewrite, (placeholder, rewrite)
        pieces = [piece.strip().lower() for piece in rewrite.split("|")]
        assert len(pieces) == len(set(pieces)), rewrite


def test_the_issue_headline_keeps_cloud():
    """`headline "IT Project Manager | Cloud | PMP"` raises no PC105, so no rewrite may swap Cloud
    for a placeholder."""
    report = analyze_headline("IT Project Manager | Cloud | PMP", OPTIONS)
    assert "PC105" not in {finding.code for finding in report.findings}
    assert all("Cloud" in rewrite and SPEC not in rewrite for rewrite in report.rewrites["headline"])


def test_a_lexicon_entry_written_twice_is_said_once():
    """By lexicon id: "PMP" beside "Project Management Professional" is the same certification."""
    for rewrite in analyze_headline("IT Project Manager | Project Management Professional | PMP", OPTIONS).rewrites["headline"]:
        assert count(rewrite, "Project Management Professional") == 1 and count(rewrite, "PMP") == 0, rewrite


def test_a_headline_over_the_limit_loses_placeholders_not_the_persons_words():
    parts = ["IT Project Manager", "Cloud Migration", "Kanban", "PMP", "$4M budgets", "Healthcare and public sector programmes"]
    long = " | ".join(parts + ["Vendor negotiation, contract governance and steering committee reporting for regulated clients"] * 1)
    rewrites = analyze_headline(long, OPTIONS).rewrites["headline"]
    for rewrite in rewrites:
        assert len(rewrite) <= 220
        for part in parts[:5]:
            assert part in rewrite, (part, rewrite)


# ---------------------------------------------------------------- headline in a profile

PROFILE_SCRUM = """Jo Park
Scrum Master | Cloud

EXPERIENCE
Scrum Master | Acme Health | Jan 2019 - Present
• Ran Scrum and Kanban for 4 teams moving 40 apps to Azure, within a $1.2M budget.
• Cut release lead time by 30% with Jira dashboards.

CERTIFICATIONS
PMP, PMI, 2020
"""


def test_profile_headline_adds_only_what_the_profile_shows_and_never_repeats_it():
    report = analyze_text(PROFILE_SCRUM, OPTIONS)
    rewrites = report.rewrites["headline"]
    assert rewrites
    for rewrite in rewrites:
        assert count(rewrite, "Scrum") == 1, rewrite  # no "Scrum Master | ... | Scrum"
        assert count(rewrite, "Cloud") == 1 and SPEC not in rewrite, rewrite
        assert METHOD not in rewrite, rewrite  # the title names Scrum
        assert count(rewrite, "PMP") == 1, rewrite  # held, from the certifications
        assert "$1.2M budgets" in rewrite and VALUE not in rewrite, rewrite


# ---------------------------------------------------------------- summary

def profile(summary: str, roles: str) -> str:
    return f"Jo Park\nIT Project Manager\n\nSUMMARY\n{summary}\n\nEXPERIENCE\n{roles}"


SWITCHED = profile(
    "Project manager for hospital systems.",
    "IT Project Manager | Acme Health | Jan 2019 - Present\n• Led a team of 12 moving 40 apps to Azure.\n"
    "Software Engineer | Beta Labs | Jan 2008 - Dec 2018\n• Built billing services in Java.\n",
)


def test_summary_claims_only_the_years_in_project_management():
    report = analyze_text(SWITCHED, OPTIONS)
    facts = report.facts
    assert facts.is_project_manager and facts.pm_years and facts.years_of_experience - facts.pm_years > 5
    summary = report.rewrites["summary"]
    pm_years, total = int(facts.pm_years), int(facts.years_of_experience)
    assert f"{pm_years}+ years in project management" in summary
    assert f"{total}+ years in project management" not in summary
    assert f"with {total}+ years" not in summary  # the career is not presented as PM years
    assert f"{total}+ years of experience in all" in summary


def test_summary_of_someone_moving_into_project_management():
    text = (
        "Jo Park\nSystems Engineer\n\nSUMMARY\nSystems engineer running Azure and VMware estates.\n\n"
        "EXPERIENCE\nSystems Engineer | Acme | Jan 2010 - Present\n• Migrated 40 apps to Azure.\n"
    )
    report = analyze_text(text, OPTIONS)
    assert report.facts.is_project_manager is False
    summary = report.rewrites["summary"]
    assert summary.startswith("Systems Engineer with 16+ years of experience, moving into project management")
    assert "Project Manager with" not in summary and "years in project management" not in summary


def test_summary_without_dated_pm_roles_asks_for_the_years():
    text = "Jo Park\nIT Project Manager | Cloud\n\nSUMMARY\nIT project manager for cloud migrations.\n"
    report = analyze_text(text, OPTIONS)
    assert report.facts.pm_years is None
    assert "[N]+ years in project management" in report.rewrites["summary"]


def test_summary_keeps_what_the_persons_summary_names_once_each():
    text = profile(
        "IT project manager for ERP programmes. PRINCE2 and ITIL certified; I run Kanban boards. "
        "Cut month-end close from 9 days to 4 for 3 business units.",
        "IT Project Manager | Acme | Jan 2018 - Present\n• Delivered the $2M SAP upgrade with Scrum, 3 weeks early.\n",
    )
    summary = analyze_text(text, OPTIONS).rewrites["summary"]
    for name in ("PRINCE2", "ITIL", "Kanban", "ERP"):
        assert count(summary, name) == 1, (name, summary)
    assert "9 days to 4" in summary  # the person's own number, quoted
    assert "[your specialization]" not in summary and "[your methods]" not in summary


def test_words_ignore_links_and_case():
    assert words("Agile & Scrum for the Cloud") == {"agile", "scrum", "cloud"}


def test_a_headline_in_capitals_is_written_in_title_case_keeping_acronyms():
    for rewrite in analyze_headline("SENIOR IT PROJECT MANAGER, PMP | AWS CLOUD MIGRATION | SCRUM", OPTIONS).rewrites["headline"]:
        assert "Senior IT Project Manager, PMP" in rewrite and "AWS Cloud Migration" in rewrite and "Scrum" in rewrite, rewrite


def test_a_complete_headline_is_not_offered_back_as_its_own_rewrite():
    from datetime import date

    from profilecheck.options import Options
    from profilecheck.pipeline import analyze_headline

    text = "Senior IT Project Manager | Cloud Migrations | Agile & PMP | $5M budgets"
    rewrites = analyze_headline(text, Options(as_of=date(2026, 11, 30))).rewrites["headline"]
    assert rewrites and all(" ".join(option.split()).casefold() != text.casefold() for option in rewrites)
