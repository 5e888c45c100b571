"""Whether this checkout writes the same outputs as another commit, byte for byte.

    python benchmarks/same_outputs.py --against COMMIT [--corpus DIR] [--keep DIR] [--no-batch]

For a speed change that must change nothing.  Each tree's code, in a Python process of its own,
reads every file of the corpus folders (by default resumes-pdf, resumes-docx and linkedin in
../shared/corpus beside the checkout) and of samples/, and writes, per file: the PDFium words of
each page (every box, size and weight, as repr), the Document (its lines), and the report in
every format (JSON, HTML, text, Markdown, concise); and, per folder, the batch outputs with one
and with two workers (each file's SHA-256).  The two sets are compared file by file and the
differences are listed by name; nothing of the files' text is printed.  Both trees read the
samples of this checkout.  The other commit is written out with `git archive`, as
benchmarks/floor_ab.py does.  --keep writes both sets into that folder (for a diff).
"""
from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import environment  # noqa: E402  (benchmarks/: one line, exit 2, outside profilecheck's environment)

environment.require()

sys.path.insert(0, str(Path(__file__).resolve().parent))
from floor_ab import ROOT, export  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
SUFFIXES = (".pdf", ".docx", ".txt", ".md", ".json")

ONE_TREE = r"""
import hashlib, shutil, sys, tempfile
from datetime import date
from pathlib import Path

tree, out, no_batch = sys.argv[1], Path(sys.argv[2]), sys.argv[3] == "1"
folders = [Path(folder) for folder in sys.argv[4:]]
import profilecheck
assert profilecheck.__file__.startswith(tree), profilecheck.__file__
from profilecheck.options import Options
from profilecheck.pipeline import report_from_document
from profilecheck.readers import pdf, read_bytes
from profilecheck.render import render_data
from profilecheck.report import report_json

options = Options(as_of=date(2026, 11, 30))
out.mkdir(parents=True, exist_ok=True)
for folder in folders:
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in SUFFIXES or path.name.endswith(".expected.json"):
            continue
        data = path.read_bytes()
        parts = []
        if path.suffix.lower() == ".pdf":
            try:
                parts.append("== pdfium pages\n" + "\n".join(repr(page) for page in pdf.extract_pages(data, "pdfium", options)))
            except Exception as error:
                parts.append(f"== pdfium error {error!r}")
        try:
            document = read_bytes(data, path.name, options)
            parts.append("== document\n" + repr(document))
            contract = report_json(report_from_document(document, options))
            parts += [f"== {fmt}\n" + render_data(contract, fmt) for fmt in ("json", "html", "text", "markdown", "concise")]
        except Exception as error:
            parts.append(f"== error {error!r}")
        (out / f"{folder.name}__{path.name}").write_text("\n".join(parts), encoding="utf-8")
if not no_batch:
    from profilecheck.batch import review_folder

    for folder in folders:
        for workers in (1, 2):
            work = Path(tempfile.mkdtemp(prefix="profilecheck-same-"))
            try:
                review_folder(str(folder), str(work / "out"), options, workers=workers, use_cache=False, progress=False)
                lines = [f"{item.relative_to(work / 'out')} {hashlib.sha256(item.read_bytes()).hexdigest()}"
                         for item in sorted((work / "out").rglob("*")) if item.is_file()]
            finally:
                shutil.rmtree(work, ignore_errors=True)
            (out / f"batch__{folder.name}__{workers}-workers").write_text("\n".join(lines), encoding="utf-8")
""".replace("SUFFIXES", repr(SUFFIXES))


def outputs(tree: Path, into: Path, folders: list[Path], no_batch: bool) -> None:
    done = subprocess.run(
        [sys.executable, "-c", ONE_TREE, str(tree), str(into), "1" if no_batch else "0", *map(str, folders)],
        env=dict(os.environ, PYTHONPATH=str(tree)), cwd=str(tree),
        capture_output=True, text=True,
    )
    if done.returncode:
        raise SystemExit(done.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--against", required=True, help="the commit to compare this checkout with")
    parser.add_argument("--corpus", action="append", help="a folder of resumes (repeatable; default: %s/{resumes-pdf,resumes-docx,linkedin})" % CORPUS)
    parser.add_argument("--keep", help="write both sets of outputs into this folder")
    parser.add_argument("--no-batch", action="store_true", help="files only, no batch outputs")
    args = parser.parse_args()
    folders = [Path(folder) for folder in args.corpus] if args.corpus else [CORPUS / name for name in ("resumes-pdf", "resumes-docx", "linkedin")]
    folders = [folder for folder in folders if folder.is_dir()] + [ROOT / "samples"]
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="profilecheck-same-"))
    other = Path(tempfile.mkdtemp(prefix="profilecheck-same-tree-"))
    try:
        export(args.against, other)
        outputs(ROOT, work / "this", folders, args.no_batch)
        outputs(other, work / "other", folders, args.no_batch)
        compared = filecmp.dircmp(work / "this", work / "other")
        different = sorted(compared.diff_files + compared.left_only + compared.right_only)
        count = len(compared.common_files) + len(compared.left_only) + len(compared.right_only)
        print(f"{count} outputs compared ({', '.join(folder.name for folder in folders)}): "
              + ("the same, byte for byte" if not different else f"{len(different)} differ: " + ", ".join(different)))
        return 1 if different else 0
    finally:
        shutil.rmtree(other, ignore_errors=True)
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
