"""The builder/office-suite DOCX stress set (benchmarks/builder_docx_fuzz.py): its draw is seeded, its truth
agrees with itself, and a drawn resume opens.  Nothing here asserts how well profilecheck reads it."""
from __future__ import annotations

import io
import zipfile
from datetime import date

import pytest
from benchmark_module import load_benchmark

fuzz = load_benchmark("builder_docx_fuzz")

AS_OF = date(2026, 11, 30)


def parts(data: bytes) -> dict:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist() if name.startswith("word/")}


@pytest.mark.parametrize("index", [0, 5, 11])
def test_the_same_seed_draws_the_same_resume(index):
    first, truth = fuzz.make(3, index, AS_OF)
    again, truth_again = fuzz.make(3, index, AS_OF)
    assert parts(first) == parts(again)
    assert truth == truth_again
    other, _ = fuzz.make(4, index, AS_OF)
    assert parts(other)["word/document.xml"] != parts(first)["word/document.xml"]


def test_the_truth_agrees_with_itself():
    tools = set()
    for index in range(40):
        _, truth = fuzz.make(1, index, AS_OF)
        tools.add(truth.traits["tool"])
        years, pm_years, level, is_pm = fuzz.truth_numbers(truth.roles, AS_OF)
        assert (truth.years, truth.pm_years, truth.level, truth.is_pm) == (years, pm_years, level, is_pm)
        assert 0 < truth.years and truth.pm_years <= truth.years
        assert truth.level == fuzz.level_of(truth.pm_years, any(fuzz.is_pm_title(r["title"]) for r in truth.roles))
        assert not truth.certs_held & truth.certs_progress
        for role in truth.roles:
            start, end = fuzz.role_range(role, AS_OF)
            assert start <= end
        for ghost in truth.nonroles:  # a deleted or hidden job is never one of the roles
            assert ghost not in truth.roles
    assert len(tools) >= 6


def test_the_ladder_and_the_union():
    assert fuzz.level_of(1.9, True) == "foundation"
    assert fuzz.level_of(2.0, True) == "entry"
    assert fuzz.level_of(6.9, True) == "mid"
    assert fuzz.level_of(9.0, False) == "foundation"
    roles = [{"title": "Project Manager", "employer": "A", "start": "2020", "end": "2021"},
             {"title": "Business Analyst", "employer": "B", "start": "2021-06", "end": "present"}]
    # 2020-01 .. 2026-11 once, overlaps counted once
    assert fuzz.truth_numbers(roles, AS_OF)[0] == round(83 / 12, 1)
    assert fuzz.truth_numbers(roles, AS_OF)[1] == 2.0


def test_a_drawn_resume_is_read(tmp_path):
    data, truth = fuzz.make(1, 2, AS_OF)
    report = fuzz.read(data, AS_OF, tmp_path)
    lines = fuzz.lines_read(data, tmp_path)
    assert lines and report.profile is not None
    scores = [fuzz.new_scores()]
    fuzz.score(report, truth, scores)
    assert scores[0]["years"].total == 1
