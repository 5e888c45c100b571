"""Words a source ran together ("intoproductmanagement") set apart again (readers/glued.py)."""
from __future__ import annotations

import pytest

import profilecheck
from profilecheck.options import Options
from profilecheck.readers.glued import split_glued_words


@pytest.mark.parametrize(
    "glued, apart",
    [
        ("ready to grow intoproductmanagement work", "ready to grow into product management work"),
        ("a role of seniorbusinessand system analyst", "a role of senior business and system analyst"),
        ("requirementelicitation and elaboration", "requirement elicitation and elaboration"),
        ("one of the biggesthardware retailers", "one of the biggest hardware retailers"),
        ("PROFESSIONALEXPERIENCE", "PROFESSIONAL EXPERIENCE"),
        ("Stakeholdermanagement and budgeting", "Stakeholder management and budgeting"),
    ],
)
def test_a_run_of_known_words_is_set_apart(glued: str, apart: str) -> None:
    assert split_glued_words(["Someone Somebody", glued]) == ["Someone Somebody", apart]


@pytest.mark.parametrize(
    "line",
    [
        "Sales, Det norske bransjemagasinet",  # a compound of another language: its pieces are no English trade words
        "Northwind CyberBionicSystematics",  # a name in camel case
        "www.bestprojectmanagement.com",  # an address
        "someone@projectmanagementoffice.org",
        "linkedin.com/in/projectmanagementpro",
        "a multifunctional team",  # a word with its prefix
        "understanding",  # short runs are words
        "the implementation of telecommunications systems",  # long words the trade cannot cut
    ],
)
def test_words_names_and_addresses_stay_whole(line: str) -> None:
    lines = ["Someone Somebody", line]
    assert split_glued_words(lines) is lines


def test_a_run_the_document_writes_twice_is_a_word_of_its_own() -> None:
    lines = ["Productmanagementhub, Lisbon", "Analyst at Productmanagementhub"]
    assert split_glued_words(lines) is lines


def test_a_glued_competency_is_found_in_a_whole_resume() -> None:
    text = (
        "Dana Kowalczyk\nBusiness Analyst\nExperience\nBusiness Analyst, Northwind Traders, Jan 2019 - Present\n"
        "- Led requirementelicitation workshops with the sales and finance teams\n"
    )
    report = profilecheck.analyze_text(text, Options())
    assert "requirement elicitation workshops" in report.profile.text
    assert "requirements-management" in {item.id for item in report.facts.competencies}
