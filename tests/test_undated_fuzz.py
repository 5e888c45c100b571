"""benchmarks/undated_fuzz.py, the stress set of CVs whose jobs lost their dates, still draws and
reads: a handful of CVs at a fixed seed, as Word files and as text, with a truth that holds
together.  No figure of the reader's accuracy is asserted here: the benchmark measures it."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.fixture(scope="module")
def fuzz():
    sys.path.insert(0, str(BENCHMARKS))  # the benchmark imports its neighbours (environment, docx_fuzz, realworld)
    spec = importlib.util.spec_from_file_location("undated_fuzz", BENCHMARKS / "undated_fuzz.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["undated_fuzz"] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("form", ["docx", "text"])
def test_drawn_cvs_hold_together_and_read_back(fuzz, form) -> None:
    for index in range(12):
        data, truth = fuzz.draw(7, index, fuzz.AS_OF, form)
        again, _ = fuzz.draw(7, index, fuzz.AS_OF, form)
        assert data == again or form == "docx"  # seeded (a Word file carries its save time)
        assert 1 <= len(truth.roles) <= 5
        dating = truth.traits["dating"]
        undated = [role for role in truth.roles if role.undated]
        if dating == "all dated (control)":
            assert not undated
        elif dating == "all undated":
            assert len(undated) == len(truth.roles)
        else:
            assert 0 < len(undated) < len(truth.roles)
        for role in truth.roles:
            assert role.title
            assert (role.start is None) == (role.end is None)
            assert not role.months or role.undated
            assert role.current == (role.end == "present") or role.undated
        if any(not role.undated for role in truth.roles):
            assert truth.basis == "dates" and truth.years
        elif truth.basis == "durations":
            assert truth.years == round(sum(role.months or 0 for role in truth.roles) / 12, 1)
        headers = [line.text for line in truth.lines if line.source == "header"]
        assert headers
        text = data.decode("utf-8") if form == "text" else None
        if text is not None:
            assert all(header in text for header in headers)
        reading = fuzz.read(data, fuzz.AS_OF, form)  # reads back without an exception
        assert isinstance(reading.roles, list)


def test_the_classes_are_all_drawn(fuzz) -> None:
    seen = {fuzz.draw(3, index, fuzz.AS_OF, "text")[1].traits["dating"] for index in range(60)}
    assert {"all undated", "all dated (control)", "oldest undated", "newest undated", "one in the middle undated"} <= seen
