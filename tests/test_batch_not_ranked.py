"""Batch: files that could not be read or judged are listed apart with their reason, never ranked
among the candidates (terminal, summary.csv, index.html, results.jsonl).  Files are generated,
or copied from samples/."""
from __future__ import annotations

import csv
import html
import json
import re
import shutil
from datetime import date
from pathlib import Path

import html5lib
import pytest

from profilecheck.batch import BatchResult, not_ranked_reason, review_folder
from profilecheck.batch.outputs import NOT_ENOUGH, OutputWriter
from profilecheck.cli import main
from profilecheck.options import Options

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
OPTIONS = Options(as_of=date(2026, 11, 25))


# ------------------------------------------------------------------ the one check


def result(**parts) -> dict:
    item = {"source": {"path": "x.txt", "characters": 2000}, "score": {"overall": 70, "categories": {}}, "profile": {"basics": {}, "work": []}}
    item.update(parts)
    return item


@pytest.mark.parametrize(
    "item, reason",
    [
        ({"error": "file is empty", "source": {"path": "x.txt"}}, "could not be read: file is empty"),
        (result(score={"overall": 66, "enough_to_judge": False, "categories": {}}), NOT_ENOUGH),
        (result(score={"overall": 66, "enough_to_judge": True, "categories": {}}), None),
        (result(score=None), "not judged: no score"),
        # saved before scores said whether there was enough: the text itself decides
        (result(source={"path": "x.txt", "characters": 30}), NOT_ENOUGH),
        (result(source={"path": "x.txt", "characters": 30}, profile={"basics": {"summary": "I run IT projects."}, "work": []}), None),
        (result(source={"path": "x.txt", "characters": 30}, profile={"basics": {}, "work": [{"position": "PM", "startDate": "2020-01"}]}), None),
        (result(source={"path": "x.txt"}), None),  # nothing says it is thin
    ],
)
def test_not_ranked_reason(item, reason):
    assert not_ranked_reason(item) == reason


def test_a_summary_cached_before_the_check_is_checked_again(tmp_path):
    writer = OutputWriter(str(tmp_path / "out"))
    thin = result(source={"path": "thin.txt", "characters": 20})
    old_summary = {key: value for key, value in thin.items() if key != "not_ranked"}
    writer.add("thin.txt", json.dumps(thin), old_summary, "<p>report</p>")
    outcome = BatchResult()
    writer.finish(outcome, lambda summary: 0)
    assert outcome.rows == [] and outcome.not_judged == [("thin.txt", NOT_ENOUGH)]


# ------------------------------------------------------------------ a batch end to end


@pytest.fixture()
def folder(tmp_path):
    source = tmp_path / "candidates"
    source.mkdir()
    shutil.copy(SAMPLES / "mid-software-pm.pdf", source / "good.pdf")
    shutil.copy(SAMPLES / "weak-generic.pdf", source / "weak.pdf")
    (source / "few-words.txt").write_text("Hello, I would like a job in IT please.\n")
    (source / "name-only.txt").write_text("Jo Park\nIT Project Manager\n")
    (source / "empty.txt").write_text("")
    (source / "broken.pdf").write_bytes(b"%PDF-1.7\n garbage that is not a pdf")
    return source


APART = {"few-words.txt", "name-only.txt", "empty.txt", "broken.pdf"}


def test_unreadable_and_thin_files_are_listed_apart(folder, tmp_path, capsys):
    out = tmp_path / "out"
    code = main(["batch", str(folder), "-o", str(out), "--no-cache", "--no-progress", "--workers", "2", "--as-of", "2026-11-25"])
    stdout, _ = capsys.readouterr()
    assert code == 2  # two files could not be read

    # the terminal: the ranking holds the two candidates, the rest come after it with a reason
    ranking, _, rest = stdout.partition("\n\n")
    ranked = [line for line in ranking.splitlines()[1:]]
    assert [Path(line.split()[-1]).name for line in ranked] == ["good.pdf", "weak.pdf"]
    assert "Not ranked, too little to judge: 2 file(s):" in rest and "Could not read 2 file(s), not ranked:" in rest
    for name in APART:
        assert re.search(rf"{re.escape(name)}: (?:not enough to judge|file is empty|PDF)", rest), name
    assert "4 reviewed (0 from cache), 2 could not be read, 2 too little to judge; 2 ranked." in stdout

    # summary.csv: ranks 1 and 2, then the files apart with no rank, no scores and the reason
    rows = list(csv.DictReader((out / "summary.csv").open(encoding="utf-8")))
    assert [(Path(row["path"]).name, row["rank"]) for row in rows[:2]] == [("good.pdf", "1"), ("weak.pdf", "2")]
    apart = {Path(row["path"]).name: row for row in rows[2:]}
    assert set(apart) == APART
    for name, row in apart.items():
        assert row["rank"] == "" and row["overall"] == "" and row["headline_score"] == "" and row["not_ranked"], name
    assert apart["few-words.txt"]["not_ranked"] == NOT_ENOUGH and apart["few-words.txt"]["error"] == ""
    assert apart["empty.txt"]["not_ranked"].startswith("could not be read: ") and apart["empty.txt"]["error"]
    assert apart["name-only.txt"]["name"] == "Jo Park" and apart["name-only.txt"]["report"]  # its report is still there

    # results.jsonl: every file once, the ranked ones first
    lines = [json.loads(line) for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [Path(item["source"]["path"]).name for item in lines[:2]] == ["good.pdf", "weak.pdf"]
    assert {Path(item["source"]["path"]).name for item in lines[2:]} == APART

    # index.html: the candidates table holds only the ranked; a table of its own for the rest
    page = (out / "index.html").read_text(encoding="utf-8")
    html5lib.HTMLParser(strict=True).parse(page)
    candidates, _, not_ranked = page.partition('<h2 id="not-ranked">Not ranked</h2>')
    assert "good.pdf" in candidates and "weak.pdf" in candidates
    assert not any(name in candidates for name in APART)
    assert all(name in not_ranked for name in APART)
    assert html.unescape(not_ranked).count("not enough to judge") == 2 and "could not be read: file is empty" in not_ranked
    assert "2 ranked, 2 with too little to judge, 2 could not be read" in page


def test_a_thin_file_never_outranks_a_candidate(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLES / "weak-generic.pdf", folder / "weak.pdf")
    (folder / "word.txt").write_text("x\n")
    outcome = review_folder(str(folder), str(tmp_path / "out"), OPTIONS, workers=1, use_cache=False, progress=False)
    assert [Path(path).name for path, _ in outcome.rows] == ["weak.pdf"]
    assert [(Path(path).name, reason) for path, reason in outcome.not_judged] == [("word.txt", NOT_ENOUGH)]


def test_cached_results_are_told_apart_the_same(folder, tmp_path):
    cache = str(tmp_path / "cache")
    first = review_folder(str(folder), str(tmp_path / "r1"), OPTIONS, workers=1, cache_dir=cache, progress=False)
    second = review_folder(str(folder), str(tmp_path / "r2"), OPTIONS, workers=1, cache_dir=cache, progress=False)
    assert second.cached == 4
    assert [path for path, _ in second.rows] == [path for path, _ in first.rows]
    assert second.not_judged == first.not_judged and len(first.not_judged) == 2
