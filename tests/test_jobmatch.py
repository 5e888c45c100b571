"""Job match (--job): a keyword is one concept, matched only by itself; another wording is offered
only between true synonyms of one concept; plural, hyphens and a role against its discipline are
not differences.  Every resume and posting here is made up for the test."""
from datetime import date

import pytest

from profilecheck.jobmatch import fold, frequent_phrases
from profilecheck.lexicon import SHOWS, load_all, sense_of
from profilecheck.options import Options
from profilecheck.pipeline import analyze_text

AS_OF = date(2026, 11, 25)


def resume(*bullets: str, headline: str = "IT Project Manager", skills: str = "") -> str:
    text = (
        f"Sam Rivera\n{headline}\n\nEXPERIENCE\nIT Project Manager | Northwind Ltd | Jan 2019 - Present\n"
        + "".join(f"• {bullet}\n" for bullet in bullets)
    )
    if skills:
        text += f"\nSKILLS\n{skills}\n"
    return text


def job(text: str, posting: str) -> dict:
    report = analyze_text(text, Options(as_of=AS_OF, job=posting))
    return report.job_match


def missing(match: dict) -> list[str]:
    return [name for names in match["missing"].values() for name in names]


def matched(match: dict) -> list[str]:
    return [name for names in match["matched"].values() for name in names]


def pairs(match: dict) -> set[tuple[str, str]]:
    return {(item["posting"].lower(), item["resume"].lower()) for item in match["variants"]}


# ---------------------------------------------------------------- never across concepts


def test_a_raid_log_is_not_disk_raid():
    text = resume("Configured RAID 5 arrays and SAN storage for the data centre refresh.")
    match = job(text, "Maintain RAID logs for the programme. Keep the RAID logs current every week.")
    assert not any("raid" in posting for posting, _ in pairs(match))
    assert "RAID log" in missing(match)


def test_raid_alone_reads_by_its_neighbours():
    from profilecheck.nlp.matching import match_text

    storage = match_text("Rebuilt RAID 5 arrays on the file servers.").hits
    assert {(hit.kind, hit.id) for hit in storage if "RAID" in hit.evidence.text} == {("technical", "storage-backup")}
    log = match_text("Kept the RAID log up to date for the steering group.").hits
    assert {(hit.kind, hit.id) for hit in log if "RAID" in hit.evidence.text} == {("competency", "risk-identification")}


def test_change_control_is_not_configuration_management():
    text = resume("Owned configuration management for the release baselines.")
    match = job(text, "You will run change control for scope and schedule changes.")
    assert ("change control", "configuration management") not in pairs(match)
    assert "Change control" in missing(match)


def test_a_steering_committee_is_not_facilitation():
    text = resume("Facilitated sprint reviews and planning workshops with the product team.")
    match = job(text, "Report status to the steering committee every month.")
    assert not any(posting == "steering committee" for posting, _ in pairs(match))
    assert "Steering committee" in missing(match)


def test_a_pmo_is_not_program_management():
    text = resume("Led program management for three data platform projects.")
    match = job(text, "You will work with the PMO on reporting standards.")
    assert ("pmo", "program management") not in pairs(match)
    assert "PMO" in missing(match)


def test_a_product_is_not_another_product_of_its_kind():
    match = job(resume("Packaged the services with Docker for the new platform."), "Hands-on Kubernetes experience.")
    assert "Kubernetes" in missing(match)
    assert not pairs(match)


def test_a_certification_the_posting_asks_for_counts_once():
    match = job(resume("Ran the delivery plans."), "PRINCE2 certification required.")
    assert match["missing"]["certifications"] == ["PRINCE2"]
    assert "PRINCE2" not in match["missing"]["methodologies"]


# ---------------------------------------------------------------- true synonyms are still offered


@pytest.mark.parametrize(
    "bullet, posting, pair",
    [
        ("Built the delivery plans in Microsoft Project.", "Plans kept in MS Project.", ("ms project", "microsoft project")),
        ("Moved the workloads onto K8s clusters.", "Experience running Kubernetes.", ("kubernetes", "k8s")),
    ],
)
def test_a_true_synonym_is_offered(bullet, posting, pair):
    match = job(resume(bullet), posting)
    assert pair in pairs(match)
    assert not missing(match)


def test_no_variant_when_the_posting_words_are_already_there():
    text = resume("Holds the Project Management Professional (PMP) credential.", skills="Communication, Jira")
    match = job(text, "PMP required. Strong communication skills.")
    assert not pairs(match)


# ---------------------------------------------------------------- plural, hyphens, role and discipline


def test_plural_and_hyphens_are_not_another_wording():
    text = resume("Led cross functional teams of engineers and analysts.")
    match = job(text, "Lead a cross-functional team of engineers.")
    assert not pairs(match)
    assert "Cross-functional leadership" in matched(match)


def test_project_management_is_there_when_the_resume_says_project_manager():
    text = resume("Ran weekly status reports for the sponsor.", headline="Senior IT Project Manager")
    assert "project management" not in text.lower()
    match = job(text, "Five years of project management experience in IT.")
    assert "Project management" in matched(match)
    assert "Project management" not in missing(match)


@pytest.mark.parametrize(
    "one, other",
    [
        ("project management", "Project Manager"),
        ("release manager", "release management"),
        ("service transitions", "service transition"),
        ("cross-functional team", "Cross Functional Teams"),
        ("test engineers", "test engineering"),
    ],
)
def test_folding_makes_plural_and_role_alike(one, other):
    assert fold(one) == fold(other)


def test_frequent_phrases_fold_plural_and_role():
    posting = (
        "The release manager owns the cutover. Release management covers every service transition.\n"
        "Service transitions follow the release manager's plan. Plan each service transition early."
    )
    phrases = frequent_phrases(posting, known=())
    folded = [fold(phrase) for phrase in phrases]
    assert len(folded) == len(set(folded))
    assert fold("release manager") in folded and fold("service transition") in folded
    text = resume("Planned every service transitions window as release management lead.")
    match = job(text, posting)
    assert not match["missing"]["keywords"]
    assert {fold(phrase) for phrase in match["matched"]["keywords"]} >= {fold("release manager"), fold("service transition")}


def test_a_fragment_of_a_longer_phrase_is_not_a_keyword():
    posting = "Technical Project Manager wanted. The technical project manager owns the plan. Service transition reviews. Service transition plans."
    phrases = frequent_phrases(posting, known=["project management"])
    assert "technical project" not in phrases
    assert "service transition" in phrases


def test_a_verb_that_shows_a_skill_is_not_another_wording():
    match = job(resume("Negotiated the hosting contract with two suppliers."), "Strong negotiation with suppliers.")
    assert "Negotiation" in matched(match)
    assert not pairs(match)


def test_a_frequent_phrase_that_is_a_known_keyword_is_not_listed_again():
    posting = "We need an IT Project Manager. The project manager reports to the CIO. Project management experience."
    phrases = frequent_phrases(posting, known=["Project management", "project management"])
    assert not any(fold(phrase) == fold("project manager") for phrase in phrases)


# ---------------------------------------------------------------- the lexicon says what is a name


def test_senses_in_the_lexicon():
    lex = load_all()
    entries = {(kind, entry.id): entry for kind in ("competency", "technical") for entry in lex.entries(kind)}
    portfolio = entries[("competency", "portfolio-management")]
    assert sense_of(portfolio, "PMO") == sense_of(portfolio, "project management office") == "PMO"
    assert sense_of(portfolio, "program management") == "program management"
    assert sense_of(portfolio, "portfolio management") == ""
    budgeting = entries[("competency", "budgeting")]
    assert sense_of(budgeting, "within budget") == SHOWS
    assert sense_of(entries[("competency", "facilitation")], "facilitated") == SHOWS
    assert sense_of(entries[("competency", "change-control")], "configuration management") == "configuration management"
    assert sense_of(entries[("technical", "containers")], "K8s") == "Kubernetes"


def test_a_phrase_is_a_name_or_its_own_concept_not_both():
    from profilecheck.lexicon import LexiconError, _Entry

    row = _Entry("competencies", "competency", 0, {"id": "x", "aliases": ["budgeting"], "shows": ["budgeting"]})
    with pytest.raises(LexiconError):
        row.named_aliases()
    row = _Entry("competencies", "competency", 0, {"id": "x", "aliases": ["budgeting"], "includes": [[]]})
    with pytest.raises(LexiconError):
        row.named_aliases()


# ---------------------------------------------------------------- the match comes first


@pytest.mark.parametrize("fmt, job_title, later", [
    ("text", "Job match\n─", ("Score\n─", "What to change\n─")),
    ("markdown", "## Job match", ("## Score", "## What to change")),
    ("html", '<h2 id="job">', ('<h2 id="score">', '<h2 id="findings">')),
])
def test_with_a_posting_the_match_comes_first(fmt, job_title, later):
    from profilecheck.render import render

    text = resume("Wrote status reports.", "Responsible for the budget.", headline="Manager")
    report = analyze_text(text, Options(as_of=AS_OF, job="IT Project Manager with RAID logs, PMP and a steering committee. RAID logs weekly."))
    out = render(report, fmt)
    assert job_title in out
    first = out.index(job_title)
    for title in later:
        assert first < out.index(title)
    without = render(analyze_text(text, Options(as_of=AS_OF)), fmt)
    assert job_title not in without


def test_json_puts_the_match_first_after_the_source():
    import json

    from profilecheck.render import render

    report = analyze_text(resume("Wrote status reports."), Options(as_of=AS_OF, job="IT Project Manager with PMP and Jira."))
    keys = list(json.loads(render(report, "json")))
    assert keys.index("job_match") == keys.index("source") + 1
    assert keys.index("job_match") < keys.index("findings")
