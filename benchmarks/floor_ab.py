"""The batch's ratio to the floor, this checkout against another commit, in alternating runs.

    python benchmarks/floor_ab.py --against COMMIT [--rounds 6] [--corpus DIR] [--workers 2]

Each run is a new Python process that first times the floor (PDFium's text extraction of every
page of the folder's PDFs, one process, as benchmarks/batch.py measures it), then a batch of the
same folder (no cache, `--workers` workers) with the code of one tree.  The trees take turns
(this checkout, the other commit, the other commit, this checkout, ...), so load from other work
on the machine falls on both alike; the medians are compared.  Each run also reports the CPU
time of the batch (its process and its workers).  The other commit is written out with
`git archive` into a temporary folder, and its modules are compiled first, as an installed
package's are.  By default the folder is ../shared/corpus/resumes-pdf beside the checkout.
"""
from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import environment  # noqa: E402  (benchmarks/: one line, exit 2, outside profilecheck's environment)

environment.require()

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "resumes-pdf"

ONE_RUN = r"""
import resource, shutil, sys, tempfile, time
from datetime import date
from pathlib import Path

import pypdfium2

folder, workers, tree = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
started = time.perf_counter()
for path in sorted(folder.rglob("*.pdf")):
    document = pypdfium2.PdfDocument(str(path))
    for page in document:
        page.get_textpage().get_text_range()
    document.close()
floor = time.perf_counter() - started

from profilecheck.batch import review_folder
from profilecheck.options import Options
import profilecheck

assert profilecheck.__file__.startswith(tree), profilecheck.__file__


def cpu():
    return sum(getattr(resource.getrusage(who), part) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN) for part in ("ru_utime", "ru_stime"))


work = Path(tempfile.mkdtemp(prefix="profilecheck-ab-"))
spent = cpu()
started = time.perf_counter()
review_folder(str(folder), str(work / "out"), Options(as_of=date(2026, 11, 25)), workers=workers, use_cache=False, progress=False)
batch = time.perf_counter() - started
spent = cpu() - spent
shutil.rmtree(work, ignore_errors=True)
print(f"{floor:.4f} {batch:.4f} {spent:.4f}")
"""


def export(commit: str, into: Path) -> Path:
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit], check=True, capture_output=True).stdout
    with tempfile.TemporaryFile() as handle:
        handle.write(archive)
        handle.seek(0)
        with tarfile.open(fileobj=handle) as tar:
            if hasattr(tarfile, "data_filter"):  # Python 3.11.4 and later
                tar.extractall(into, filter="data")
            else:
                tar.extractall(into)  # our own repository's archive
    return into


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--against", required=True, help="the commit to compare this checkout with")
    parser.add_argument("--rounds", type=int, default=6, help="runs of each tree (default: %(default)s)")
    parser.add_argument("--corpus", default=str(CORPUS), help="a folder of PDFs (default: %(default)s)")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    if not any(Path(args.corpus).rglob("*.pdf")):
        raise SystemExit(f"no PDFs in {args.corpus}")
    other = Path(tempfile.mkdtemp(prefix="profilecheck-ab-tree-"))
    try:
        trees = {"this checkout": ROOT, args.against: export(args.against, other)}
        for tree in trees.values():
            compileall.compile_dir(str(tree / "profilecheck"), quiet=1)
        runs: dict[str, list[tuple[float, float, float]]] = {name: [] for name in trees}
        for round_ in range(args.rounds):
            for name in list(trees) if round_ % 2 == 0 else list(reversed(trees)):
                env = dict(os.environ, PYTHONPATH=str(trees[name]))
                env.pop("PYTHONDONTWRITEBYTECODE", None)
                done = subprocess.run(
                    [sys.executable, "-c", ONE_RUN, args.corpus, str(args.workers), str(trees[name])],
                    env=env, cwd=str(trees[name]), capture_output=True, text=True,
                )
                if done.returncode:
                    raise SystemExit(done.stderr)
                floor, batch, spent = map(float, done.stdout.split()[-3:])
                runs[name].append((floor, batch, spent))
                print(f"{name:>14}: floor {floor:.3f} s, batch {batch:.3f} s ({batch / floor:.2f}x), CPU {spent:.2f} s; load {os.getloadavg()[0]:.2f}", flush=True)
        for name, found in runs.items():
            floor = statistics.median(run[0] for run in found)
            batch = statistics.median(run[1] for run in found)
            spent = statistics.median(run[2] for run in found)
            ratio = statistics.median(run[1] / run[0] for run in found)
            print(f"{name:>14}: medians floor {floor:.3f} s, batch {batch:.3f} s, CPU {spent:.2f} s; ratio {ratio:.2f}x the floor (median of the runs' ratios)")
    finally:
        shutil.rmtree(other, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
