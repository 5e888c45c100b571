"""Where the time goes: start-up parts, and per-file stages of reading and judging PDFs.

    python benchmarks/stages.py                      # the development PDFs in ../shared/corpus/resumes-pdf
    python benchmarks/stages.py --folder DIR --rounds 3

Start-up (in this process, once): the lexicons (TOML parsing alone, then loading and checking
all of them), spaCy's tokenizer, and the stored pattern table.  Per file (milliseconds, the
median of --rounds passes over the folder, one process, after a warm-up): PDFium opening each
page and building its text page (what the batch floor measures), the characters with boxes and
fonts, trimming glyph overhangs, word gaps and grouping, the whole reader, then structure,
facts and rules, and the JSON contract with the HTML report.  The reader gets a page's words
from its characters as columns of numbers (readers/glyphs.py), one character at a time only
where that declines; the three steps one character at a time are timed too, for comparison.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
import tomllib
from datetime import date
from pathlib import Path

import environment  # noqa: E402  (benchmarks/: one line, exit 2, outside profilecheck's environment)

environment.require()

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "resumes-pdf"


def startup() -> list[tuple[str, float]]:
    from profilecheck import lexicon
    from profilecheck.nlp import pipeline
    from profilecheck.resources import lexicon_dir

    files = sorted(path for path in lexicon_dir().iterdir() if path.name.endswith(".toml"))
    texts = [path.read_text(encoding="utf-8") for path in files]
    started = time.perf_counter()
    for text in texts:
        tomllib.loads(text)
    parsed = time.perf_counter()
    lex = lexicon.load_all()
    loaded = time.perf_counter()
    nlp = pipeline._build_nlp()
    tokenizer = time.perf_counter()
    key = pipeline.store_key()
    stored = pipeline._load_stored(pipeline.store_path(key), key)
    table = time.perf_counter()
    if stored is None:
        pipeline.pattern_table(nlp, lex)  # not stored yet (or caching off): built, and timed as such
        table = time.perf_counter()
    return [
        (f"lexicons: TOML parsing of {len(files)} files", parsed - started),
        ("lexicons: all loaded and checked (TOML included)", loaded - parsed),
        ("spaCy tokenizer built", tokenizer - loaded),
        ("pattern table " + ("read from the cache folder" if stored is not None else "built (nothing stored)"), table - tokenizer),
    ]


def per_file(files: list[Path], rounds: int) -> list[tuple[str, float]]:
    import pypdfium2 as pdfium

    from profilecheck.batch.worker import warm_up
    from profilecheck.options import Options
    from profilecheck.pipeline import report_from_document
    from profilecheck.readers import layout, pdf, read_bytes
    from profilecheck.render import render_data
    from profilecheck.report import report_json
    from profilecheck.structure import contact, dates, sections

    def forget_lines() -> None:
        """Empty what the structure stage keeps per line of text (a date range, a heading, a place)."""
        # (find_range keeps its answers in _find_range, keyed by the document's day-first writing too)
        for kept in (dates._find_range, sections._heading_of_text, contact.parse_location):
            kept.cache_clear()

    warm_up()
    options = Options(as_of=date(2026, 11, 30))
    datas = [path.read_bytes() for path in files]
    totals: dict[str, list[float]] = {}

    def add(name: str, seconds: float) -> None:
        totals.setdefault(name, []).append(seconds)

    for _ in range(rounds):
        spent = {"pages": 0.0, "columns": 0.0, "chars": 0.0, "trim": 0.0, "words": 0.0}
        for data in datas:
            document = pdfium.PdfDocument(data)
            for page in document:
                started = time.perf_counter()
                left, _, _, top = page.get_mediabox()
                textpage = page.get_textpage()
                spent["pages"] += time.perf_counter() - started
                started = time.perf_counter()
                if pdf._column_words(textpage.raw, left, top) is None:  # as the reader does
                    layout.words_from_chars(layout.trim_overhangs(pdf._pdfium_chars(textpage.raw, left, top)))
                spent["columns"] += time.perf_counter() - started
                started = time.perf_counter()
                chars = pdf._pdfium_chars(textpage.raw, left, top)
                spent["chars"] += time.perf_counter() - started
                started = time.perf_counter()
                trimmed = layout.trim_overhangs(chars)
                spent["trim"] += time.perf_counter() - started
                started = time.perf_counter()
                layout.words_from_chars(trimmed)
                spent["words"] += time.perf_counter() - started
                textpage.close()
                page.close()
            document.close()
        for name, seconds in spent.items():
            add(name, seconds)
        started = time.perf_counter()
        documents = [read_bytes(data, str(path), options) for data, path in zip(datas, files)]
        add("reader", time.perf_counter() - started)
        forget_lines()  # each round judges the files as new, as a batch worker sees each once
        started = time.perf_counter()
        reports = [report_from_document(document, options) for document in documents]
        add("judge", time.perf_counter() - started)
        started = time.perf_counter()
        for report in reports:
            render_data(report_json(report), "html")
        add("output", time.perf_counter() - started)
    labels = {
        "pages": "PDFium pages and text pages (the floor's work)",
        "columns": "the words from the characters (as the reader does)",
        "chars": "one character at a time: characters, boxes, fonts",
        "trim": "one character at a time: glyph overhangs trimmed",
        "words": "one character at a time: word gaps and words",
        "reader": "the whole reader (pages, words, lines, checks)",
        "judge": "structure, facts and rules",
        "output": "JSON contract and HTML report",
    }
    return [(labels[name], statistics.median(values) / len(files)) for name, values in totals.items()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--folder", default=str(CORPUS), help="a folder of PDFs (default: %(default)s)")
    parser.add_argument("--rounds", type=int, default=3, help="passes over the folder; the median is shown (default: %(default)s)")
    args = parser.parse_args()
    files = sorted(Path(args.folder).glob("*.pdf"))
    if not files:
        raise SystemExit(f"no PDFs in {args.folder}")
    print("start-up, once per process                          ms")
    for name, seconds in startup():
        print(f"  {name:<50} {seconds * 1000:6.1f}")
    print(f"per file, {len(files)} PDFs in {args.folder}, median of {args.rounds}   ms/file")
    for name, seconds in per_file(files, args.rounds):
        print(f"  {name:<50} {seconds * 1000:6.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
