"""Batch throughput: generate N varied resumes (PDF, DOCX, text), then measure.

    python benchmarks/batch.py [--count 1000] [--workers N] [--keep DIR]

Reports files per second, milliseconds per file, peak memory, the floor (extracting the same
PDFs' text with pypdfium2 alone), the speed-up from 1 worker to all, and the speed-up of a
cached re-run.  Needs reportlab and python-docx (the test extra) to generate the files.
"""
from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from profilecheck.batch import review_folder  # noqa: E402
from profilecheck.options import Options  # noqa: E402

FIRST = ["Ana", "Ben", "Chloe", "Dev", "Elif", "Farid", "Grace", "Hugo", "Ines", "Jon", "Kira", "Luis", "Mei", "Nadia", "Omar", "Priya"]
LAST = ["Okafor", "Lindqvist", "Moreau", "Patel", "Novak", "Haddad", "Kowalski", "Tanaka", "Silva", "Brennan", "Costa", "Adeyemi"]
TITLES = ["IT Project Coordinator", "IT Project Manager", "Senior IT Project Manager", "Technical Project Manager", "IT Program Manager", "Scrum Master", "Director of IT Project Management"]
DOMAINS = ["cloud migration", "ERP (SAP S/4HANA)", "cybersecurity and compliance", "ITSM with ServiceNow", "software delivery", "data centre consolidation"]
TOOLS = ["Jira", "Confluence", "Microsoft Project", "Smartsheet", "ServiceNow", "Azure DevOps", "Power BI", "SharePoint", "Trello", "Asana"]
METHODS = ["Agile", "Scrum", "Kanban", "Waterfall", "Hybrid", "PRINCE2", "SAFe", "ITIL"]
CERTS = ["PMP", "CAPM", "PRINCE2 Practitioner", "Certified ScrumMaster (CSM)", "ITIL 4 Foundation", "PMI-ACP", "CompTIA Project+"]
BULLETS = [
    "Led a team of {n} engineers to deliver the {d} programme {w} weeks ahead of schedule.",
    "Managed a ${m}M budget across {k} workstreams with {t} and {t2}.",
    "Cut incident volume by {p}% after rolling out {d} to {u} users.",
    "Responsible for weekly status reports to the steering committee.",
    "Introduced {meth} ceremonies for {k} teams, raising predictability to {p2}%.",
    "Helped with vendor onboarding and contract reviews.",
    "Delivered {k} releases in {w} months using {meth} and {t}.",
]


def resume_text(rng: random.Random) -> list[str]:
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    title = rng.choice(TITLES)
    lines = [name, f"{title} | {rng.choice(DOMAINS).title()} | {rng.choice(METHODS)}", f"{name.split()[0].lower()}@example.com | +1 (555) 01{rng.randint(0, 9)}-{rng.randint(1000, 9999)} | linkedin.com/in/{name.replace(' ', '-').lower()}", "", "SUMMARY",
             f"{title} with {rng.randint(2, 18)} years of experience in {rng.choice(DOMAINS)}; I lead with {rng.choice(METHODS)} and clear reporting.", "", "EXPERIENCE"]
    year = 2026
    for _ in range(rng.randint(2, 4)):
        start = year - rng.randint(1, 5)
        end = "Present" if year == 2026 else f"{rng.choice(['Jan', 'Mar', 'Jun', 'Sep', 'Nov'])} {year}"
        lines.append(f"{rng.choice(TITLES)} | {rng.choice(LAST)} {rng.choice(['Health', 'Bank', 'Systems', 'Retail Group', 'Logistics'])} | {rng.choice(['Feb', 'Apr', 'Jul', 'Oct'])} {start} – {end}")
        for template in rng.sample(BULLETS, rng.randint(3, 5)):
            lines.append("• " + template.format(n=rng.randint(4, 40), d=rng.choice(DOMAINS), w=rng.randint(2, 12), m=round(rng.uniform(0.3, 9), 1), k=rng.randint(2, 9), t=rng.choice(TOOLS), t2=rng.choice(TOOLS), p=rng.randint(10, 60), u=rng.randint(200, 9000), meth=rng.choice(METHODS), p2=rng.randint(70, 98)))
        year = start
    lines += ["", "SKILLS", ", ".join(rng.sample(TOOLS, 5) + rng.sample(METHODS, 3)), "", "CERTIFICATIONS"] + [f"{cert}, {rng.randint(2012, 2025)}" for cert in rng.sample(CERTS, rng.randint(0, 3))]
    lines += ["", "EDUCATION", f"Bachelor of Science in Information Systems, {rng.choice(LAST)} University, {rng.randint(2000, 2020)}"]
    return lines


def write_pdf(path: Path, lines: list[str]) -> None:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    y = 750
    for number, line in enumerate(lines):
        if y < 60:
            page.showPage()
            y = 750
        page.setFont("Helvetica-Bold" if number == 0 or line.isupper() else "Helvetica", 18 if number == 0 else 10)
        page.drawString(56, y, line[:110])
        y -= 22 if number == 0 else 14
    page.save()


def write_docx(path: Path, lines: list[str]) -> None:
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(str(path))


def generate(folder: Path, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    for index in range(count):
        lines = resume_text(rng)
        kind = index % 4  # half PDF, a quarter DOCX, a quarter text
        if kind in (0, 1):
            write_pdf(folder / f"candidate-{index:05d}.pdf", lines)
        elif kind == 2:
            write_docx(folder / f"candidate-{index:05d}.docx", lines)
        else:
            (folder / f"candidate-{index:05d}.txt").write_text("\n".join(lines), encoding="utf-8")


def pdfium_floor(folder: Path) -> tuple[float, int]:
    import pypdfium2

    started = time.perf_counter()
    count = 0
    for path in sorted(folder.glob("*.pdf")):
        document = pypdfium2.PdfDocument(str(path))
        for page in document:
            page.get_textpage().get_text_range()
        document.close()
        count += 1
    return time.perf_counter() - started, count


def timed_review(folder: Path, out: Path, workers: int, cache: Path, use_cache: bool) -> float:
    started = time.perf_counter()
    review_folder(str(folder), str(out), Options(as_of=date(2026, 11, 25)), workers=workers, use_cache=use_cache, cache_dir=str(cache), progress=False)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--keep", help="keep the generated files in this folder")
    args = parser.parse_args()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="profilecheck-bench-"))
    folder, cache = work / "candidates", work / "cache"
    folder.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    # Generate in a child process so this process's peak memory is the batch parent's own.
    import multiprocessing

    maker = multiprocessing.get_context("spawn").Process(target=generate, args=(folder, args.count))
    maker.start()
    maker.join()
    print(f"generated {args.count} resumes in {time.perf_counter() - started:.1f} s ({folder})")

    floor, pdfs = pdfium_floor(folder)
    print(f"floor: pypdfium2 text of {pdfs} PDFs alone: {floor:.2f} s ({pdfs / floor:.0f} PDFs/s)")
    pdf_only = work / "pdf-only"
    pdf_only.mkdir(exist_ok=True)
    for path in folder.glob("*.pdf"):
        shutil.copy(path, pdf_only / path.name)
    pdf_all = timed_review(pdf_only, work / "out-pdf", args.workers, cache, use_cache=False)
    print(f"batch, the same PDFs, {args.workers} workers: {pdf_all:.2f} s ({pdfs / pdf_all:.1f} files/s, {pdf_all / floor:.1f}x the floor)")

    one = timed_review(folder, work / "out-1", 1, cache, use_cache=False)
    print(f"batch, all {args.count} files, 1 worker: {one:.2f} s ({args.count / one:.1f} files/s, {1000 * one / args.count:.1f} ms/file)")
    many = timed_review(folder, work / "out-n", args.workers, cache, use_cache=False)
    print(f"batch, all files, {args.workers} workers: {many:.2f} s ({args.count / many:.1f} files/s), speed-up {one / many:.2f}x")
    timed_review(folder, work / "out-c1", args.workers, cache, use_cache=True)  # fill the cache
    cached = timed_review(folder, work / "out-c2", args.workers, cache, use_cache=True)
    print(f"cached re-run: {cached:.2f} s, {many / cached:.0f}x faster than an uncached run")
    parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak memory: parent {parent:.0f} MB, largest child process {children:.0f} MB (workers and the generator)")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
