"""The vacancy-style DOCX stress set (benchmarks/vacancy_docx_fuzz.py): its draw is seeded, its truth agrees
with itself, and a drawn CV opens and is read.  Nothing here asserts how well profilecheck reads it."""
from __future__ import annotations

import io
import zipfile
from datetime import date

import docx
import pytest
from benchmark_module import load_benchmark

fuzz = load_benchmark("vacancy_docx_fuzz")

AS_OF = date(2026, 11, 30)


def document_xml(data: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read("word/document.xml")


@pytest.mark.parametrize("index", [0, 6, 13])
def test_the_same_seed_draws_the_same_cv(index):
    first, truth = fuzz.make(3, index, AS_OF)
    again, truth_again = fuzz.make(3, index, AS_OF)
    assert document_xml(first) == document_xml(again)
    assert truth == truth_again
    other, _ = fuzz.make(4, index, AS_OF)
    assert document_xml(other) != document_xml(first)


def test_the_truth_agrees_with_itself():
    tracks, headers = set(), set()
    for index in range(60):
        _, truth = fuzz.make(1, index, AS_OF)
        tracks.add(truth.traits["track"])
        headers.add(truth.traits["header"])
        years, pm_years, level, is_pm = fuzz.truth_numbers(truth.roles, truth.undated, truth.stated, AS_OF)
        assert (truth.years, truth.pm_years, truth.level, truth.is_pm) == (years, pm_years, level, is_pm)
        assert truth.pm_years <= (truth.years or 0)
        for role in truth.roles:
            start, end = fuzz.role_range(role, AS_OF)
            assert start <= end
            assert role["start"] and role["end"]
        for role in truth.undated:
            assert role["start"] is None
        if truth.traits["track"] == "beginner":
            assert not truth.roles and truth.years is None
        assert all(entry["what"] in {"education", "course", "project", "military", "volunteering"}
                   for entry in truth.nonroles)
    assert len(tracks) >= 6 and len(headers) >= 10


def test_the_ladder_and_the_union():
    assert fuzz.level_of(1.9, True) == "foundation"
    assert fuzz.level_of(2.0, True) == "entry"
    assert fuzz.level_of(6.9, True) == "mid"
    assert fuzz.level_of(9.0, False) == "foundation"
    roles = [{"title": "Project Manager", "employer": "A", "start": "2020", "end": "2021"},
             {"title": "QA Engineer", "employer": "B", "start": "2021-06", "end": "present"}]
    assert fuzz.truth_numbers(roles, [], None, AS_OF)[:2] == (round(83 / 12, 1), 2.0)
    assert fuzz.truth_numbers([], [], 6, AS_OF)[0] == 6.0  # no dated role: the stated total
    assert fuzz.truth_numbers([], [{"title": "Scrum Master", "start": None}], 6, AS_OF)[2:] == (None, True)


def test_a_drawn_cv_opens_and_is_read():
    data, truth = fuzz.make(1, 2, AS_OF)
    document = docx.Document(io.BytesIO(data))
    assert document.paragraphs
    report = fuzz.read(data, AS_OF)
    assert report.profile is not None
    scores = fuzz.new_scores()
    fuzz.score(report, truth, scores)
    assert scores["years within 1 year"].total == 1
