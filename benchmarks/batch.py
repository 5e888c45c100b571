"""Batch throughput: generate N varied resumes (PDF, DOCX, text), then measure.

    python benchmarks/batch.py [--count 1000] [--workers N] [--keep DIR] [--corpus DIR]

Reports files per second, milliseconds per file, peak memory, the floor (extracting the same
PDFs' text with pypdfium2 alone, in one process), the ratio of a batch of those PDFs (all
workers) to the floor, on the generated PDFs and on real resume PDFs (--corpus, by default
../shared/corpus/resumes-pdf beside the checkout when it is there), the speed-up from 1 worker to
all, and how much faster a re-run of the unchanged folder is than its first run (same output
folder, same cache: the re-run reads no unchanged file and rewrites no unchanged output).
Each timing is the median of --repeat runs, each batch in a new Python process (as a command
runs it).  Needs reportlab and python-docx (the test extra) to generate the files.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import environment  # noqa: E402  (benchmarks/: one line, exit 2, outside profilecheck's environment)

environment.require("reportlab")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "resumes-pdf"

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
    for path in sorted(folder.rglob("*.pdf")):
        document = pypdfium2.PdfDocument(str(path))
        for page in document:
            page.get_textpage().get_text_range()
        document.close()
        count += 1
    return time.perf_counter() - started, count


# One batch in a Python process of its own, timed around review_folder alone (the import of the
# batch package is not counted, as it was not when the batches ran in this process).
_TIMED = r"""
import json, resource, sys, time
from datetime import date

from profilecheck.batch import review_folder
from profilecheck.options import Options

folder, out, workers, cache, use_cache = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5] == "1"
started = time.perf_counter()
review_folder(folder, out, Options(as_of=date(2026, 11, 25)), workers=workers, use_cache=use_cache, cache_dir=cache, progress=False)
seconds = time.perf_counter() - started
peak = lambda who: resource.getrusage(who).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "parent": peak(resource.RUSAGE_SELF), "workers": peak(resource.RUSAGE_CHILDREN)}))
"""
PEAK_MB = {"parent": 0.0, "workers": 0.0}


def timed_review(folder: Path, out: Path, workers: int, cache: Path, use_cache: bool) -> float:
    """One batch as a command runs it: in a new process, with nothing built before it.  (A
    process that has run a batch keeps the pipeline it built for its workers, so its next batch
    would skip that start-up: timing batches in this process would flatter every run but the
    first.)"""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    done = subprocess.run(
        [sys.executable, "-c", _TIMED, str(folder), str(out), str(workers), str(cache), "1" if use_cache else "0"],
        env=env, capture_output=True, text=True,
    )
    if done.returncode:
        raise SystemExit(done.stderr)
    found = json.loads(done.stdout.strip().splitlines()[-1])
    for key in PEAK_MB:
        PEAK_MB[key] = max(PEAK_MB[key], found[key])
    return found["seconds"]


def rerun_here(folder: Path, out: Path, workers: int, cache: Path) -> float:
    """A re-run in this process: it builds no pipeline (every file comes from the cache), so
    nothing from one run shortens the next, and imports are not counted (as before)."""
    sys.path.insert(0, str(ROOT))
    from datetime import date

    from profilecheck.batch import review_folder
    from profilecheck.options import Options

    started = time.perf_counter()
    review_folder(str(folder), str(out), Options(as_of=date(2026, 11, 25)), workers=workers, use_cache=True, cache_dir=str(cache), progress=False)
    return time.perf_counter() - started


def median_of(repeat: int, measure) -> float:
    return statistics.median(measure() for _ in range(repeat))


def floor_ratio(name: str, folder: Path, work: Path, workers: int, repeat: int) -> None:
    """The batch of a folder's PDFs with all workers, against PDFium's text extraction alone;
    the two are interleaved, and each is the median of `repeat` runs."""
    floors, batches = [], []
    count = 0
    for run in range(repeat):
        seconds, count = pdfium_floor(folder)
        floors.append(seconds)
        batches.append(timed_review(folder, work / f"out-{name}-{run}", workers, work / "cache-unused", use_cache=False))
    floor, batch = statistics.median(floors), statistics.median(batches)
    print(f"{name}: {count} PDFs, floor (pypdfium2 text alone) {floor:.2f} s ({count / floor:.0f} PDFs/s); "
          f"batch, {workers} workers: {batch:.2f} s ({count / batch:.1f} files/s) = {batch / floor:.2f}x the floor")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--keep", help="keep the generated files in this folder")
    parser.add_argument("--corpus", default=str(CORPUS), help="a folder of real resume PDFs (default: %(default)s)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per timing; the median is reported (default: %(default)s)")
    args = parser.parse_args()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="profilecheck-bench-"))
    folder = work / "candidates"
    folder.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    # Generate in a child process so this process's peak memory is the batch parent's own.
    import multiprocessing

    maker = multiprocessing.get_context("spawn").Process(target=generate, args=(folder, args.count))
    maker.start()
    maker.join()
    print(f"generated {args.count} resumes in {time.perf_counter() - started:.1f} s ({folder}); {os.cpu_count()} CPUs")

    corpus = Path(args.corpus)
    if corpus.is_dir() and any(corpus.rglob("*.pdf")):
        floor_ratio(f"real resumes ({corpus})", corpus, work, args.workers, args.repeat)
    else:
        print(f"no real resume PDFs in {corpus}: skipped")
    pdf_only = work / "pdf-only"
    pdf_only.mkdir(exist_ok=True)
    for path in folder.glob("*.pdf"):
        shutil.copy(path, pdf_only / path.name)
    floor_ratio("generated PDFs", pdf_only, work, args.workers, args.repeat)

    one = median_of(args.repeat, lambda: timed_review(folder, work / "out-1", 1, work / "cache", use_cache=False))
    print(f"batch, all {args.count} files, 1 worker: {one:.2f} s ({args.count / one:.1f} files/s, {1000 * one / args.count:.1f} ms/file)")
    many = median_of(args.repeat, lambda: timed_review(folder, work / "out-n", args.workers, work / "cache", use_cache=False))
    print(f"batch, all files, {args.workers} workers: {many:.2f} s ({args.count / many:.1f} files/s), speed-up {one / many:.2f}x")

    # First run (an empty cache, a new output folder), then re-runs of the unchanged folder into the
    # same output folder.  Files written within 2 s of being hashed are read again once (their
    # stamps are not trusted yet, see batch/cache.py), so the second run is not timed.
    firsts, reruns = [], []
    for run in range(args.repeat):
        cache, out = work / f"cache-rerun-{run}", work / f"out-rerun-{run}"
        firsts.append(timed_review(folder, out, args.workers, cache, use_cache=True))
        time.sleep(2.1)
        rerun_here(folder, out, args.workers, cache)
        reruns.append(median_of(3, lambda: rerun_here(folder, out, args.workers, cache)))
    first, rerun = statistics.median(firsts), statistics.median(reruns)
    print(f"re-run of the unchanged folder: {rerun:.3f} s against {first:.2f} s for the first run: {first / rerun:.0f}x faster")
    print(f"peak memory: batch process {PEAK_MB['parent']:.0f} MB, largest worker {PEAK_MB['workers']:.0f} MB")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
