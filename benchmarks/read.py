"""Time reading resumes: milliseconds per page for each format, both PDF engines side by side.

    python benchmarks/read.py                 # every file in samples/
    python benchmarks/read.py a.pdf some/dir  # chosen files or folders
    python benchmarks/read.py --repeat 10

Goes through profilecheck.readers.read_document, so it measures the real path (type
detection, engine, layout, clean-up).  When no PDF is among the inputs, a few resume-like
PDFs are drawn with reportlab into a temporary folder so the PDF engines still get timed.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import environment  # noqa: E402  (benchmarks/: one line, exit 2, outside profilecheck's environment)

environment.require("reportlab")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from profilecheck.errors import ProfileCheckError  # noqa: E402
from profilecheck.options import Options  # noqa: E402
from profilecheck.readers import load_bytes, read_document  # noqa: E402
from profilecheck.readers.detect import detect_kind  # noqa: E402

EXTENSIONS = {".pdf", ".docx", ".txt", ".md", ".text"}


def collect(arguments: list[str]) -> list[Path]:
    targets = [Path(a) for a in arguments] or [ROOT / "samples"]
    files: list[Path] = []
    for target in targets:
        if target.is_dir():
            files.extend(sorted(
                p for p in target.iterdir() if p.suffix.lower() in EXTENSIONS and not p.name.upper().startswith("README")
            ))
        elif target.is_file():
            files.append(target)
        else:
            print(f"skipped {target}: no such file or folder", file=sys.stderr)
    return files


def time_read(path: Path, options: Options, repeat: int) -> tuple[float, int, str]:
    """Best of `repeat` runs in ms (the least disturbed by the rest of the machine), pages, kind."""
    best = float("inf")
    document = None
    for _ in range(repeat):
        start = time.perf_counter()
        document = read_document(str(path), options)
        best = min(best, (time.perf_counter() - start) * 1000)
    return best, document.pages, document.kind


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", help="files or folders (default: samples/)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per file and engine (best is kept)")
    args = parser.parse_args(argv)

    files = collect(args.paths)
    with tempfile.TemporaryDirectory(prefix="profilecheck-bench-") as scratch:
        if not any(_format(f) == "pdf" for f in files):
            files += generate_pdfs(Path(scratch))
        rows = []
        for path in files:
            form = _format(path)
            for engine in ("pdfium", "pdfplumber") if form == "pdf" else ("-",):
                options = Options(pdf_engine=engine if form == "pdf" else "auto")
                try:
                    ms, pages, kind = time_read(path, options, args.repeat)
                except ProfileCheckError as error:
                    rows.append((path.name, form, "error", engine, 0, 0.0, 0.0, error.cause))
                    continue
                rows.append((path.name, form, kind, engine, pages, ms, ms / max(pages, 1), ""))
    print_table(rows)
    return 0


def _format(path: Path) -> str:
    """pdf, docx or text, from the content as the readers decide it."""
    try:
        data, _ = load_bytes(str(path), Options())
    except ProfileCheckError:
        return "unreadable"
    return detect_kind(data)


def print_table(rows: list[tuple]) -> None:
    header = ("file", "kind", "engine", "pages", "ms", "ms/page")
    body = [
        (name, kind, engine, str(pages), f"{ms:.1f}", f"{per:.1f}") if not note else (name, kind, engine, "-", "-", note)
        for name, form, kind, engine, pages, ms, per, note in rows
    ]
    widths = [max(len(r[i]) for r in [header, *body]) for i in range(len(header))]
    for row in [header, *body]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
    print()
    summary: dict[tuple[str, str], list[float]] = {}
    for name, form, kind, engine, pages, ms, per, note in rows:
        if not note:
            summary.setdefault((form, engine), []).append(per)
    print("median ms per page, by format")
    for (form, engine), values in sorted(summary.items()):
        label = f"{form} ({engine})" if engine != "-" else form
        print(f"  {label:20} {statistics.median(values):7.1f}  over {len(values)} file(s)")


# ---------------------------------------------------------------- generated PDFs


def generate_pdfs(folder: Path) -> list[Path]:
    """Two dense, resume-like PDFs: a two-page single column and a two-column sidebar layout."""
    try:
        from reportlab.lib.pagesizes import letter
        from reportlab.pdfgen import canvas
    except ImportError:
        print("no PDF among the inputs and reportlab is not installed to draw one", file=sys.stderr)
        return []
    bullet = (
        "\u2022 Led a cross-functional team of {n} engineers to deliver the {what} on time and "
        "{p}% under budget, reporting to the steering committee every two weeks"
    )
    things = ["ERP migration", "cloud landing zone", "service desk rollout", "data warehouse", "mobile banking app"]

    def paragraph(c, x, y, width_chars, count, size=10):
        c.setFont("Helvetica", size)
        for i in range(count):
            text = bullet.format(n=5 + i, what=things[i % len(things)], p=3 + i % 9)
            while text:
                cut = text.rfind(" ", 0, width_chars) if len(text) > width_chars else len(text)
                c.drawString(x, y, text[:cut])
                text = text[cut:].strip()
                y -= size * 1.3
        return y

    single = folder / "generated-single-column.pdf"
    c = canvas.Canvas(str(single), pagesize=letter)
    for page in range(2):
        c.setFont("Helvetica-Bold", 18)
        c.drawString(54, 740, "Jane Doe" if page == 0 else "Experience (continued)")
        paragraph(c, 54, 710, 105, 14)
        c.setFont("Helvetica", 8)
        c.drawCentredString(306, 30, f"Page {page + 1} of 2")
        c.showPage()
    c.save()

    sidebar = folder / "generated-two-columns.pdf"
    c = canvas.Canvas(str(sidebar), pagesize=letter)
    for page in range(2):
        y = 740
        c.setFont("Helvetica", 9)
        for i in range(40):
            c.drawString(36, y, f"Skill number {i} with tools")
            y -= 13
        paragraph(c, 220, 740, 72, 10, size=10.5)
        c.showPage()
    c.save()
    return [single, sidebar]


if __name__ == "__main__":
    sys.exit(main())
