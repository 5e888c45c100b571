"""Accuracy on resumes given as plain text: the labelled development documents written out as
text in the shapes people paste, each read back and scored with `realworld.py`'s labels.

    python benchmarks/textshapes.py [--corpus DIR] [--labels DIR] [--keep DIR]

Shapes, each a corpus-shaped folder of .txt files made in a temporary directory (deleted after
unless --keep names one):
- pdf-text: the text of each resume PDF as pdfplumber lays it out (pages apart);
- docx-text: the paragraphs and table rows of each Word CV, as a copy from Word gives them;
- flattened: each PDF's text on one line, its line breaks turned into runs of 2-9 blanks (the
  shape of the text column of public resume datasets and of text scraped from a web page);
- docx-printed: each Word CV printed to PDF by LibreOffice (`soffice --headless --convert-to
  pdf`), as people send a Word resume; only when `soffice` is on the PATH (the project does not
  depend on it; Debian's libreoffice-writer-nogui has it).

Nothing is written anywhere else; the corpus is only read.
"""
from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import environment  # noqa: E402  (benchmarks/: one line, exit 2, outside profilecheck's environment)

environment.require()

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus"


def pdf_text(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return "\n\f".join(page.extract_text() or "" for page in pdf.pages)


def docx_text(path: Path) -> str:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(str(path))
    out: list[str] = []

    def walk(parent, element) -> None:
        for child in element.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                out.append(Paragraph(child, parent).text)
            elif tag == "tbl":
                for row in Table(child, parent).rows:
                    seen = []
                    for cell in row.cells:
                        if all(cell._tc is not other._tc for other in seen):
                            seen.append(cell)
                    out.append("\t".join("\n".join(p.text for p in cell.paragraphs) for cell in seen))
            elif tag == "sdt":
                content = child.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}sdtContent")
                if content is not None:
                    walk(parent, content)

    walk(document, document.element.body)
    return "\n".join(out)


def flattened(text: str, seed: str) -> str:
    """The lines joined by runs of blanks, the first line (the title) apart, as the datasets have it."""
    lines = [line.strip() for line in text.replace("\f", "\n").splitlines() if line.strip()]
    if not lines:
        return ""
    rnd = random.Random(seed)
    return "         " + lines[0] + "\n\n" + "".join(line + " " * rnd.choice([2, 3, 4, 5, 6, 9]) for line in lines[1:])


def labelled(labels: Path, folder: str) -> set[str]:
    return {path.stem for path in (labels / folder).glob("*.json")}


def printed(sources: list[Path], folder: Path) -> bool:
    """The Word files printed to PDF in `folder` by LibreOffice; False when it is not installed."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None or not sources:
        return False
    with tempfile.TemporaryDirectory(prefix="profilecheck-office-") as profile:
        # A profile folder of its own: no settings written to the user's home
        subprocess.run(
            [office, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir", str(folder), *map(str, sources)],
            capture_output=True, check=False, timeout=600,
        )
    return True


def build(corpus: Path, labels: Path, out: Path) -> dict[str, Path]:
    shapes = {name: out / name for name in ("pdf-text", "docx-text", "flattened", "docx-printed")}
    for folder in shapes.values():
        (folder / "resumes-pdf").mkdir(parents=True, exist_ok=True)
        (folder / "resumes-docx").mkdir(parents=True, exist_ok=True)
    for stem in sorted(labelled(labels, "resumes-pdf")):
        source = corpus / "resumes-pdf" / f"{stem}.pdf"
        if source.exists():
            text = pdf_text(source)
            (shapes["pdf-text"] / "resumes-pdf" / f"{stem}.txt").write_text(text, encoding="utf-8")
            (shapes["flattened"] / "resumes-pdf" / f"{stem}.txt").write_text(flattened(text, stem), encoding="utf-8")
    word_files = []
    for stem in sorted(labelled(labels, "resumes-docx")):
        source = corpus / "resumes-docx" / f"{stem}.docx"
        if source.exists():
            (shapes["docx-text"] / "resumes-docx" / f"{stem}.txt").write_text(docx_text(source), encoding="utf-8")
            word_files.append(source)
    if not printed(word_files, shapes["docx-printed"] / "resumes-docx"):
        print("docx-printed: skipped (LibreOffice's soffice is not on the PATH)\n")
        shutil.rmtree(shapes.pop("docx-printed"))
    return shapes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the corpus folder (default ../shared/corpus)")
    parser.add_argument("--labels", type=Path, default=HERE / "labels", help="labels folder (default benchmarks/labels)")
    parser.add_argument("--keep", type=Path, help="write the text shapes here and keep them (a new, empty folder)")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}: give one with --corpus DIR", file=sys.stderr)
        return 2
    if args.keep is not None and args.keep.exists() and (not args.keep.is_dir() or any(args.keep.iterdir())):
        print(f"--keep {args.keep}: not a new, empty folder", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="profilecheck-textshapes-") as scratch:
        out = args.keep or Path(scratch)
        shapes = build(args.corpus, args.labels, out)
        print(f"# labelled development documents as text ({args.labels})\n")
        for name, folder in shapes.items():
            result = subprocess.run(
                [sys.executable, str(HERE / "realworld.py"), "--corpus", str(folder), "--labels", str(args.labels), "--labelled-only"],
                capture_output=True, text=True, check=False,
            )
            short = result.stdout.split("## in short", 1)[-1].splitlines()[1:]
            for line in short:
                if line.strip().startswith("resumes-"):
                    print(f"{name:10} {line.strip()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
