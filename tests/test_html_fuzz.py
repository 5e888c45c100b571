"""benchmarks/html_fuzz.py, the resume-builder stress set: the generator is deterministic for a
seed, its truth holds together (years from the roles, the level band from the PM years), and one
drawn resume prints with Chromium and is read.  profilecheck's accuracy is the benchmark's
business, not these tests'."""
from __future__ import annotations

import re
import tempfile
from datetime import date
from pathlib import Path

import pytest
from benchmark_module import load_benchmark

html_fuzz = load_benchmark("html_fuzz")
AS_OF = date(2026, 11, 30)


def test_the_same_seed_draws_the_same_resumes_and_another_seed_others():
    for index in (0, 7, 23):
        first, truth_a = html_fuzz.make(1, index, AS_OF)
        again, truth_b = html_fuzz.make(1, index, AS_OF)
        assert first == again
        assert truth_a == truth_b
    assert html_fuzz.make(1, 3, AS_OF)[0] != html_fuzz.make(2, 3, AS_OF)[0]


def _months(text: str, end: bool) -> int:
    year = int(text[:4])
    if len(text) == 4:
        return year * 12 + (11 if end else 0)
    return year * 12 + int(text[5:7]) - 1


def test_the_truth_holds_together():
    now = AS_OF.year * 12 + AS_OF.month - 1
    themes, shapes = set(), set()
    for index in range(60):
        document, truth = html_fuzz.make(1, index, AS_OF)
        themes.add(truth.traits["theme"])
        shapes.add(truth.traits["date shape"])
        assert 1 <= len(truth.roles) <= 7
        covered, pm_covered = set(), set()
        for role in truth.roles:
            start = _months(role["start"], end=False)
            last = now if role["end"] == "present" else min(now, _months(role["end"], end=True))
            assert start <= last
            covered.update(range(start, last + 1))
            if role["pm"]:
                pm_covered.update(range(start, last + 1))
            assert role["title"] in document or role["title"].upper() in document
            year_only = truth.traits["date shape"] in html_fuzz.YEAR_ONLY
            assert (len(role["start"]) == 4) == year_only
        assert truth.years == round(len(covered) / 12, 1)
        assert truth.pm_years == round(len(pm_covered) / 12, 1)
        assert truth.is_pm == bool(pm_covered)
        expected_level = ("foundation" if not pm_covered or truth.pm_years < 2 else "entry" if truth.pm_years < 4
                          else "mid" if truth.pm_years < 7 else "senior")
        assert truth.level == expected_level
        starts = [_months(role["start"], end=False) for role in truth.roles]
        assert starts == sorted(starts, reverse=True)  # newest first
        assert not truth.certs_held & truth.certs_progress
        assert truth.tools
        assert not re.search(r"https?://(?!www\.[a-z]+\.example)", document)  # nothing to fetch
    assert len(themes) >= 8 and len(shapes) >= 6


def test_the_ladder_bands():
    assert html_fuzz.level_of(1.9, True) == "foundation"
    assert html_fuzz.level_of(2.0, True) == "entry"
    assert html_fuzz.level_of(6.9, True) == "mid"
    assert html_fuzz.level_of(7.0, True) == "senior"
    assert html_fuzz.level_of(12.0, False) == "foundation"


@pytest.mark.skipif(html_fuzz.chromium_path() is None, reason="Chromium is not installed")
def test_one_resume_prints_and_is_read():
    document, truth = html_fuzz.make(1, 0, AS_OF)
    with tempfile.TemporaryDirectory() as folder:
        pdf = html_fuzz.Printer(Path(folder)).pdf(document)
    assert pdf.startswith(b"%PDF")
    report = html_fuzz.read(pdf, AS_OF)
    assert report.profile.document.pages >= 1
    assert truth.roles[0]["employer"].split()[0] in report.profile.text
    tally = html_fuzz.new_scores()
    html_fuzz.score(report, truth, [tally])  # scores without error, whatever it finds
    assert tally["years"].n == 1
