"""Every bundled sample is read as its expected-facts file says (a subset comparison)."""
import json
from datetime import date
from pathlib import Path

import pytest

import profilecheck
from profilecheck.report import report_json
from profilecheck.options import Options

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
EXPECTED = sorted(SAMPLES.glob("*.expected.json"))
BANDS = {"strong": (80, 100), "average": (60, 92), "weak": (0, 65)}


def load(expected_path):
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    sample = expected_path.with_name(expected_path.name[: -len(".expected.json")])
    options = Options(as_of=date.fromisoformat(expected["as_of"]))
    return expected, profilecheck.analyze(sample, options)


@pytest.fixture(scope="module", params=EXPECTED, ids=[p.name[: -len(".expected.json")] for p in EXPECTED])
def case(request):
    return load(request.param)


def subset(expected, actual, where=""):
    """Every key in `expected` has the same value in `actual` (recursively, lists in order)."""
    problems = []
    if isinstance(expected, dict):
        for key, value in expected.items():
            if isinstance(actual, dict) and key not in actual and value in (None, [], {}):
                continue  # JSON Resume leaves out empty values
            if not isinstance(actual, dict) or key not in actual:
                problems.append(f"{where}.{key}: missing (expected {value!r})")
            else:
                problems += subset(value, actual[key], f"{where}.{key}")
    elif isinstance(expected, list):
        if not isinstance(actual, list) or len(actual) != len(expected):
            problems.append(f"{where}: expected {len(expected)} items, got {actual!r}")
        else:
            for index, (item, other) in enumerate(zip(expected, actual)):
                problems += subset(item, other, f"{where}[{index}]")
    elif expected != actual:
        problems.append(f"{where}: expected {expected!r}, got {actual!r}")
    return problems


def test_samples_exist():
    assert len(EXPECTED) >= 8


def test_source_and_profile(case):
    expected, report = case
    data = report_json(report)
    assert data["source"]["kind"] == expected["source"]["kind"]
    problems = subset(expected["profile"], data["profile"], "profile")
    assert not problems, "\n".join(problems)


def test_years_level_and_role(case):
    expected, report = case
    facts = report.facts
    window = expected["facts"]["years_of_experience"]
    assert window["min"] <= (facts.years_of_experience or -1) <= window["max"], facts.years_of_experience
    assert facts.years_basis == expected["facts"]["years_basis"]
    assert facts.level == expected["facts"]["level"]
    assert facts.is_project_manager == expected["facts"]["is_project_manager"]


def test_lexicon_facts(case):
    expected, report = case
    facts, wanted = report.facts, expected["facts"]
    found = {
        "tools": {item.id for item in facts.tools},
        "methodologies": {item.id for item in facts.methodologies},
        "specializations": {item.id for item in facts.specializations},
        "certifications": {(item.id, item.status) for item in facts.certifications},
    }
    assert set(wanted.get("tools", ())) <= found["tools"], set(wanted["tools"]) - found["tools"]
    assert set(wanted.get("methodologies", ())) <= found["methodologies"], set(wanted["methodologies"]) - found["methodologies"]
    assert set(wanted.get("specializations", ())) <= found["specializations"], found["specializations"]
    certs = {(item["id"], item["status"]) for item in wanted.get("certifications", ())}
    assert certs <= found["certifications"], certs - found["certifications"]
    for kind, ids in expected.get("absent", {}).items():
        present = {item.id for item in getattr(facts, kind)}
        assert not present & set(ids), f"{kind}: {present & set(ids)} should not be found"


def test_score_band(case):
    expected, report = case
    low, high = BANDS[expected["score_band"]]
    assert low <= report.score.overall <= high, report.score.overall


def test_strong_outscores_weak():
    scores = {}
    for path in EXPECTED:
        expected, report = load(path)
        scores.setdefault(expected["score_band"], []).append(report.score.overall)
    assert min(scores["strong"]) > max(scores["weak"]) + 15


def test_key_findings(case):
    expected, report = case
    codes = {finding.code for finding in report.findings}
    wanted = expected["key_findings"]
    assert set(wanted["present"]) <= codes, set(wanted["present"]) - codes
    assert not set(wanted["absent"]) & codes, set(wanted["absent"]) & codes
