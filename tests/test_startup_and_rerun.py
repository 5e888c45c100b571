"""The speed paths keep results the same: the stored phrase patterns (checked, rebuilt when
damaged, never written when caching is off), the small matcher of a short text, the tokenizer
built without spacy.blank, and a batch re-run that reads no unchanged file and rewrites no
unchanged output.  No timing here: the figures are in benchmarks/ and the README."""
from __future__ import annotations

import importlib
import json
import os
from datetime import date
from pathlib import Path

import pytest

from profilecheck import usercache
from profilecheck.batch import review_folder
from profilecheck.lexicon import load_all
from profilecheck.nlp import pipeline
from profilecheck.options import Options

OPTIONS = Options(as_of=date(2026, 11, 25))
discover_module = importlib.import_module("profilecheck.batch.discover")
TEXTS = [
    "IT Project Manager | Cloud | PMP",
    "Senior IT Project Manager | Cloud Migrations | Agile & PMP | $5M budgets",
    "Scrum Master, CSM, SAFe 5 Agilist, Jira, Service Now, Smartsheeet",
    "PMP®, PRINCE2 Practitioner, ITIL 4 Foundation certified; MS Project and Azure DevOps",
    "Led a team of 12 engineers; cut costs by 15% across 3 data centres using Kanban",
    "Results-driven team player. Responsible for status reports to the steering committee.",
]


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    home = tmp_path / "xdg"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    monkeypatch.delenv(usercache.NO_CACHE_VARIABLE, raising=False)
    return home / "profilecheck"


def _table(nlp):
    return pipeline.pattern_table(nlp, load_all())


def test_the_pattern_table_is_stored_and_read_back(cache_home):
    nlp = pipeline._build_nlp()
    built = _table(nlp)
    stored = list(cache_home.glob("matcher-*.json"))
    assert len(stored) == 1 and stored[0].name == os.path.basename(pipeline.store_path())
    assert _table(nlp) == built


@pytest.mark.parametrize("damage", ["garbage", "truncated", "flipped", "other key", "wrong shape"])
def test_a_damaged_or_stale_table_is_never_trusted(cache_home, damage):
    nlp = pipeline._build_nlp()
    built = _table(nlp)
    path = Path(pipeline.store_path())
    data = path.read_bytes()
    header, _, body = data.partition(b"\n")
    if damage == "garbage":
        path.write_bytes(b"\x00\xff not json at all")
    elif damage == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "flipped":  # still valid JSON, but not what was written: the checksum says so
        path.write_bytes(header + b"\n" + body.replace(b'"jira"', b'"jirb"', 1))
    elif damage == "other key":
        fields = json.loads(header)
        fields["key"] = "0" * 20
        path.write_bytes(json.dumps(fields).encode() + b"\n" + body)
    else:  # a well-formed file whose checksum matches, but whose table is not a table
        body = json.dumps({"table": [["tool", "jira", "any", False, 0.0, [[["Jira"], [False, True], None]]]], "known_words": [], "fuzzy_targets": []}).encode()
        fields = json.loads(header)
        fields["sha256"] = __import__("hashlib").sha256(body).hexdigest()
        path.write_bytes(json.dumps(fields).encode() + b"\n" + body)
    assert pipeline._load_stored(str(path), pipeline.store_key()) is None
    assert _table(nlp) == built  # rebuilt ...
    assert pipeline._load_stored(str(path), pipeline.store_key()) == built  # ... and stored again


def test_no_cache_writes_nothing(cache_home, monkeypatch):
    monkeypatch.setenv(usercache.NO_CACHE_VARIABLE, "1")
    nlp = pipeline._build_nlp()
    _table(nlp)
    assert usercache.template_cache() is None
    assert not cache_home.exists()


def test_set_caching_turns_it_off_and_back(cache_home):
    previous = usercache.set_caching(False)
    try:
        assert not usercache.caching_allowed()
        _table(pipeline._build_nlp())
        assert not cache_home.exists()
    finally:
        usercache.set_caching(previous)
    assert usercache.caching_allowed()


def test_batch_no_cache_reads_the_stored_patterns_and_templates_but_writes_nothing(cache_home, monkeypatch):
    # `batch --no-cache` (set_caching(False)): no stored result is used, nothing is written, but
    # the stored pattern table and compiled templates (our own data) are read, as they change no
    # result.
    nlp = pipeline._build_nlp()
    built = _table(nlp)  # stored by an earlier, ordinary run
    (cache_home / "templates").mkdir()
    before = sorted(path.name for path in cache_home.rglob("*"))
    calls = []
    monkeypatch.setattr(pipeline, "_tokenized", lambda *args: calls.append(args) or built)
    previous = usercache.set_caching(False)
    try:
        assert _table(nlp) == built and calls == []  # read, not tokenized again
        templates = usercache.template_cache()
        assert templates is not None
        import jinja2

        bucket = jinja2.bccache.Bucket(None, "x", "checksum")
        bucket.code = compile("x = 1", "x", "exec")
        templates.dump_bytecode(bucket)  # writes nothing
    finally:
        usercache.set_caching(previous)
    assert sorted(path.name for path in cache_home.rglob("*")) == before


def test_the_tokenizer_is_spacy_blank_english_without_special_cases():
    import spacy

    ours = pipeline._build_nlp()
    blank = spacy.blank("en")
    blank.tokenizer.rules = {}
    # the lexical attributes profilecheck reads (the vocabulary works out no others)
    attrs = ("text", "whitespace_", "norm_", "lower_", "like_num", "is_alpha", "is_title", "is_upper", "lang_", "idx")
    for text in TEXTS + ["don't e-mail https://x.example/a?b=1 foo@bar.example 5,000 $5M 10-15% C#/.NET S/4HANA ‘q’ “q” — …"]:
        assert [tuple(getattr(t, a) for a in attrs) for t in ours.make_doc(text)] == [tuple(getattr(t, a) for a in attrs) for t in blank.make_doc(text)]
    assert ours.pipe_names == [] and ours.tokenizer.rules == {}


def test_spacy_is_imported_without_its_command_line_and_spacy_info_still_works():
    """profilecheck.nlp keeps spaCy's command line (spacy.cli) out of `import spacy`; spacy.info
    imports it when called and answers as before."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from profilecheck.nlp import pipeline\n"
        "pipeline.get_pipeline()\n"
        "before = 'spacy.cli' in sys.modules\n"
        "import spacy\n"
        "found = spacy.info(silent=True)\n"
        "print(before, 'spacy.cli' in sys.modules, found['spacy_version'] == spacy.__version__)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=Path(__file__).resolve().parent.parent)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "True", "True"]


def test_no_code_reads_a_lexical_attribute_the_vocabulary_leaves_unset():
    """The tokenizer's vocabulary works out only pipeline.LEXEME_ATTRIBUTES for a new word;
    a token attribute or matcher pattern key outside them would read a default (False, "")."""
    import re

    from spacy.attrs import IDS

    kept = {name.lower() for name in pipeline.LEXEME_ATTRIBUTES}
    lexical = {name.lower() for name in IDS if name.startswith(("IS_", "LIKE_")) or name in ("SHAPE", "PREFIX", "SUFFIX", "CLUSTER", "PROB", "SENTIMENT")}
    package = Path(pipeline.__file__).resolve().parent.parent
    found = set()
    for source in package.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        read = re.findall(r"\.([a-z]+_[a-z]+|shape|prefix|suffix|cluster|prob|sentiment)_?\b", text)  # token.is_punct, token.shape_
        read += [name.lower() for name in re.findall(r"[\"']([A-Z_]+)[\"']", text)]  # {"IS_PUNCT": True} in a pattern
        for names in re.findall(r"from spacy\.attrs import ([^\n]+)", text):
            read += [name.strip().lower() for name in names.split(",")]
        found |= {name for name in read if name in lexical}
    assert found and found <= kept, sorted(found - kept)


def test_a_short_text_gets_the_same_matches_from_the_small_matcher():
    pipe = pipeline.get_pipeline()
    for text in TEXTS:
        doc, norm = pipe.make_doc(text)
        pipeline.apply_fuzzy(pipe, doc, norm)
        assert list(pipe._small_matcher(doc)(doc)) == list(pipe.phrases(doc))


# ---------------------------------------------------------------- batch re-run


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    body = (Path(__file__).resolve().parent.parent / "samples").glob("*.txt")
    for index, sample in enumerate(sorted(body)[:3]):
        (folder / f"c{index}.txt").write_bytes(sample.read_bytes())
    old = 1_700_000_000  # well before any run: stamps taken now are trusted
    for path in folder.iterdir():
        os.utime(path, (old, old))
    return folder


def test_a_rerun_reads_no_unchanged_file_and_rewrites_no_output(tmp_path, monkeypatch):
    # Files changed within RACY_NS of their hashing are read again (a change within the same
    # clock tick keeps the stamp); the files here were just written (their ctime is now).
    monkeypatch.setattr(importlib.import_module("profilecheck.batch.cache"), "RACY_NS", 0)
    folder, out, cache = _folder(tmp_path), tmp_path / "out", str(tmp_path / "cache")
    first = review_folder(str(folder), str(out), OPTIONS, workers=1, cache_dir=cache, progress=False)
    outputs = [path for path in out.rglob("*") if path.is_file()]
    assert len(outputs) >= 6
    for path in outputs:
        os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    read = []
    real = discover_module.classify
    monkeypatch.setattr(discover_module, "classify", lambda path, *a: read.append(path) or real(path, *a))
    second = review_folder(str(folder), str(out), OPTIONS, workers=1, cache_dir=cache, progress=False)
    assert read == []
    assert second.cached == len(first.rows) + len(first.not_judged) == 3
    assert [path.stat().st_mtime_ns for path in outputs] == [1_000_000_000] * len(outputs)

    # A changed file of the same size is read again and reviewed again.
    changed = folder / "c1.txt"
    data = changed.read_bytes()
    changed.write_bytes(data.replace(b"a", b"e", 1) if b"a" in data else data + b" ")
    os.utime(changed, (1_700_000_100, 1_700_000_100))
    third = review_folder(str(folder), str(out), OPTIONS, workers=1, cache_dir=cache, progress=False)
    assert read == [str(changed)]
    assert third.cached == 2


def test_a_rerun_with_the_same_results_does_not_make_the_summary_files_again(tmp_path, monkeypatch):
    """index.html records what it and summary.csv were made from; a re-run that would make the
    same ones renders neither, and one whose summary.csv was edited or whose results changed
    makes both again."""
    from profilecheck.batch import outputs

    monkeypatch.setattr(importlib.import_module("profilecheck.batch.cache"), "RACY_NS", 0)
    folder, out, cache = _folder(tmp_path), tmp_path / "out", str(tmp_path / "cache")
    review_folder(str(folder), str(out), OPTIONS, workers=1, cache_dir=cache, progress=False)
    page, table = (out / "index.html").read_bytes(), (out / "summary.csv").read_bytes()
    assert b'<meta name="profilecheck-made-from" content="' in page
    rendered = []
    real_dashboard = outputs.dashboard
    monkeypatch.setattr(outputs, "dashboard", lambda *args: rendered.append(1) or real_dashboard(*args))
    review_folder(str(folder), str(out), OPTIONS, workers=1, cache_dir=cache, progress=False)
    assert rendered == [] and (out / "index.html").read_bytes() == page and (out / "summary.csv").read_bytes() == table

    (out / "summary.csv").write_text("edited by hand\n")
    review_folder(str(folder), str(out), OPTIONS, workers=1, cache_dir=cache, progress=False)
    assert rendered == [1] and (out / "summary.csv").read_bytes() == table and (out / "index.html").read_bytes() == page

    (folder / "c1.txt").write_text("Jane Roe\nIT Project Coordinator\nCoordinated the roll-out of Jira to two teams.\n")
    review_folder(str(folder), str(out), OPTIONS, workers=1, cache_dir=cache, progress=False)
    assert rendered == [1, 1] and (out / "index.html").read_bytes() != page


def test_a_file_changed_just_before_it_was_hashed_is_read_again(tmp_path, monkeypatch):
    folder, cache = _folder(tmp_path), str(tmp_path / "cache")  # ctime: now
    review_folder(str(folder), str(tmp_path / "out"), OPTIONS, workers=1, cache_dir=cache, progress=False)
    read = []
    real = discover_module.classify
    monkeypatch.setattr(discover_module, "classify", lambda path, *a: read.append(path) or real(path, *a))
    review_folder(str(folder), str(tmp_path / "out"), OPTIONS, workers=1, cache_dir=cache, progress=False)
    assert len(read) == 3


def test_batch_no_cache_writes_nothing_to_the_cache_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv(usercache.NO_CACHE_VARIABLE, raising=False)
    review_folder(str(_folder(tmp_path)), str(tmp_path / "out"), OPTIONS, workers=1, use_cache=False, progress=False)
    assert not (tmp_path / "xdg").exists()
    assert usercache.caching_allowed()


def test_compiled_templates_are_kept_apart_per_format(cache_home):
    """The text report's compiled macros (no escaping) must never serve the HTML report: a
    second process rendering HTML after one that rendered text would write the resume's text
    into the page as markup."""
    from profilecheck import render as render_module
    from test_render import hostile_report

    report = hostile_report()
    render_module._environment.cache_clear()
    try:
        render_module.render(report, "text")  # compiles and stores partials/words.j2 for text
        render_module._environment.cache_clear()  # a new process: environments made anew
        html = render_module.render(report, "html")
    finally:
        render_module._environment.cache_clear()
    assert "<script" not in html.lower()
    assert any(name.endswith(".html.cache") for name in os.listdir(cache_home / "templates"))
