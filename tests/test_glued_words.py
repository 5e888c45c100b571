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
        ("led stakeholdermanagement and budgeting", "led stakeholder management and budgeting"),
        # 22 letters or more: no word, whatever its case; the words the document writes apart
        # elsewhere are pieces too ("responsible", below in the document)
        ("PROFESSIONALEXPERIENCE", "PROFESSIONAL EXPERIENCE"),
        ("Responsibleforstakeholdermanagement of the bank", "Responsible for stakeholder management of the bank"),
        ("a team of nine, workingwithvendorsandstakeholders daily", "a team of nine, working with vendors and stakeholders daily"),
    ],
)
def test_a_run_of_known_words_is_set_apart(glued: str, apart: str) -> None:
    assert split_glued_words(["Someone Somebody", glued, "Responsible for reporting"])[1] == apart


@pytest.mark.parametrize(
    "line",
    [
        "Sales, Det norske bransjemagasinet",  # a compound of another language: its pieces are no English trade words
        "Northwind CyberBionicSystematics",  # a name in camel case
        "Senior Projectmanager ICT",  # a Dutch compound with its capital (a LinkedIn headline stays as written)
        "SOMEONESOMEBODY",  # capitals: a name, left as written
        "Alexandrapetrovakuznetsova",  # a long name run together: its pieces are no words
        "Softwareentwicklungsprojektleiter",  # a long compound of another language
        "www.bestprojectmanagement.com",  # an address
        "someone@projectmanagementoffice.org",
        "linkedin.com/in/projectmanagementpro",
        "a multifunctional team",  # a word with its prefix
        "wiring of microprocessor controlled systems",  # not "micro process or"
        "internetworking technologies and overcommitment",  # two pieces, one a common word: a real word
        "understanding",  # short runs are words
        "the implementation of telecommunications systems",  # long words the trade cannot cut
    ],
)
def test_words_names_and_addresses_stay_whole(line: str) -> None:
    lines = ["Someone Somebody", line]
    assert split_glued_words(lines) is lines


def test_a_run_the_document_writes_twice_is_a_word_of_its_own() -> None:
    lines = ["working at productmanagementhub, Lisbon", "Analyst at productmanagementhub"]
    assert split_glued_words(lines) is lines


def test_a_glued_competency_is_found_in_a_whole_resume() -> None:
    text = (
        "Dana Kowalczyk\nBusiness Analyst\nExperience\nBusiness Analyst, Northwind Traders, Jan 2019 - Present\n"
        "- Led requirementelicitation workshops with the sales and finance teams\n"
    )
    report = profilecheck.analyze_text(text, Options())
    assert "requirement elicitation workshops" in report.profile.text
    assert "requirements-management" in {item.id for item in report.facts.competencies}


def test_a_pdf_is_not_passed_through(tmp_path) -> None:
    # a LinkedIn export's headline is quoted as written ("Projectmanager"), and a PDF's words come
    # from its glyphs' positions: the pass is for Word files and text
    from profilecheck.readers import read_document

    reportlab = pytest.importorskip("reportlab.pdfgen.canvas")
    path = tmp_path / "cv.pdf"
    page = reportlab.Canvas(str(path))
    page.setFont("Helvetica", 11)
    page.drawString(72, 720, "Dana Kowalczyk")
    page.drawString(72, 700, "ready to grow intoproductmanagement work")
    page.save()
    assert "intoproductmanagement" in read_document(str(path)).text
    assert "into product management" in read_document(b"Dana Kowalczyk\nready to grow intoproductmanagement work\n").text
