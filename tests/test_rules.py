"""Every rule is registered, documented, and proves itself on its own examples."""
import re
from datetime import date
from pathlib import Path

import pytest

from profilecheck.models import Document, Line
from profilecheck.options import Options
from profilecheck.pipeline import analyze_headline, analyze_text, report_from_document
from profilecheck.rules import all_rules, get_rule, select_rules
from profilecheck.rules.job import JOB_SEPARATOR

AS_OF = date(2026, 11, 25)
RULES = all_rules()
ROOT = Path(__file__).resolve().parent.parent


def codes_for(example: str, rule) -> set[str]:
    options = Options(as_of=AS_OF, select=(rule.code,))
    if rule.example_kind == "headline":
        report = analyze_headline(example, options)
    elif rule.example_kind == "job":
        resume, posting = example.split(JOB_SEPARATOR)
        report = analyze_text(resume, Options(as_of=AS_OF, select=(rule.code,), job=posting))
    else:
        report = analyze_text(example, options)
    return {finding.code for finding in report.findings}


TEXT_EXAMPLES = [
    (rule, kind, index, example)
    for rule in RULES
    if rule.example_kind in ("profile", "headline", "job")
    for kind, examples in (("flag", rule.should_flag), ("pass", rule.should_pass))
    for index, example in enumerate(examples)
]


@pytest.mark.parametrize(
    "rule, kind, index, example", TEXT_EXAMPLES, ids=[f"{r.code}-{k}{i}" for r, k, i, _ in TEXT_EXAMPLES]
)
def test_rule_examples(rule, kind, index, example):
    found = codes_for(example, rule)
    if kind == "flag":
        assert rule.code in found, f"{rule.code} should flag its example {index}"
    else:
        assert rule.code not in found, f"{rule.code} should pass its example {index}"


def test_every_rule_has_examples_and_texts():
    for rule in RULES:
        assert rule.should_flag and rule.should_pass, rule.code
        assert rule.message and rule.suggestion and rule.why, rule.code


def test_codes_and_names_unique_and_grouped():
    codes = [rule.code for rule in RULES]
    names = [rule.name for rule in RULES]
    assert len(codes) == len(set(codes)) and len(names) == len(set(names))
    assert len(RULES) >= 40
    for prefix in ("PC1", "PC2", "PC3", "PC4", "PC5", "PC6", "PC7", "PC8", "PC9"):
        assert any(code.startswith(prefix) for code in codes), prefix


def test_every_code_in_the_source_is_registered():
    """A rule written in a module but never registered (or a typo in a code) fails here."""
    registered = {rule.code for rule in RULES}
    written = set()
    for path in (ROOT / "profilecheck" / "rules").glob("*.py"):
        written |= set(re.findall(r'"(PC\d{3})"', path.read_text()))
    written |= set(re.findall(r'code = "(PC\d{3})"', (ROOT / "lexicons" / "rules.toml").read_text()))
    assert written == registered


def test_docs_rules_is_current():
    from profilecheck.rules.explain import list_rules

    assert (ROOT / "docs" / "rules.md").read_text() == "# Rules\n\n" + list_rules(RULES, "markdown"), (
        "regenerate with: python -m profilecheck rules --format markdown (see docs/rules.md)"
    )


def test_select_and_ignore_by_prefix():
    chosen = {rule.code for rule in select_rules(["PC1", "PC3"], ["PC104"])}
    assert "PC104" not in chosen and "PC101" in chosen and "PC301" in chosen
    assert not any(code.startswith("PC2") for code in chosen)
    assert get_rule("headline-only-title").code == "PC104"


def test_contact_only_in_docx_header():
    lines = (
        Line("jo.park@example.com | +1 (555) 010-2030", region="header"),
        Line("Jo Park"),
        Line("IT Project Manager | Cloud"),
        Line("EXPERIENCE"),
        Line("IT Project Manager | Acme | Jan 2019 - Present"),
        Line("• Led 9 people."),
    )
    report = report_from_document(Document("docx", lines, 1, ""), Options(as_of=AS_OF, select=("PC807",)))
    assert [f.code for f in report.findings] == ["PC807"]
    body = lines[1:] + (Line("jo.park@example.com"),)
    report = report_from_document(Document("docx", lines[:1] + body, 1, ""), Options(as_of=AS_OF, select=("PC807",)))
    assert report.findings == ()


def test_layout_hard_for_ats():
    lines = (Line("Jo Park"), Line("Skills", region="sidebar", column=0), Line("Jira", region="sidebar"), Line("EXPERIENCE", column=1))
    report = report_from_document(Document("pdf", lines, 1, ""), Options(as_of=AS_OF, select=("PC808",)))
    assert [f.code for f in report.findings] == ["PC808"]
    plain = tuple(Line(line.text) for line in lines)
    report = report_from_document(Document("pdf", plain, 1, ""), Options(as_of=AS_OF, select=("PC808",)))
    assert report.findings == ()


def test_findings_carry_evidence_from_the_text():
    report = analyze_text(get_rule("PC302").should_flag[0], Options(as_of=AS_OF))
    finding = next(f for f in report.findings if f.code == "PC302")
    assert finding.first.text.lower().startswith("responsible for")
    assert all(report.profile.text[place.start:place.end] == place.text for place in finding.evidence)


def test_a_security_certification_beyond_the_advised_ones_satisfies_pc505():
    rule = get_rule("PC505")
    text = rule.should_flag[0]
    assert "PMP, PMI, 2019" in text and "PC505" in codes_for(text, rule)
    assert "PC505" not in codes_for(text.replace("PMP, PMI, 2019", "CCSP, ISC2, 2022"), rule)
