"""Batch throughput of the two engines on the same files: the built-in worker processes
(--engine local) and Dask (--engine dask, a local cluster of the same number of workers).

    python benchmarks/engines.py [--count 1000] [--workers N] [--engine local,dask] [--repeat 3] [--keep DIR]

Generates --count varied resumes (half PDF, a quarter DOCX, a quarter text, as benchmarks/batch.py
does), then for each engine times a batch of one file (the fixed cost: starting the workers and
building the pipeline in each, for Dask also starting the cluster and stopping it) and a batch of
every file, uncached; each timing is the median of --repeat runs.  Files per second are given
for the whole run and without the fixed cost.  Checks that both engines wrote the same outputs.
Needs reportlab and python-docx (the test extra) and, for Dask, pip install ".[dask]".
"""
from __future__ import annotations

import argparse
import filecmp
import multiprocessing
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import environment  # noqa: E402  (benchmarks/: one line, exit 2, outside profilecheck's environment)

environment.require("reportlab")

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from batch import generate  # noqa: E402  (benchmarks/batch.py)

from profilecheck.batch import review_folder  # noqa: E402
from profilecheck.options import Options  # noqa: E402

OPTIONS = Options(as_of=date(2026, 11, 25))


def timed(folder: Path, out: Path, engine: str, workers: int) -> float:
    shutil.rmtree(out, ignore_errors=True)
    started = time.perf_counter()
    review_folder(str(folder), str(out), OPTIONS, workers=workers, use_cache=False, progress=False, engine=engine)
    return time.perf_counter() - started


def same_outputs(left: Path, right: Path) -> bool:
    names = sorted(str(path.relative_to(left)) for path in left.rglob("*") if path.is_file())
    if names != sorted(str(path.relative_to(right)) for path in right.rglob("*") if path.is_file()):
        return False
    _, mismatch, errors = filecmp.cmpfiles(left, right, names, shallow=False)
    return not mismatch and not errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--engine", default="local,dask", help="the engines to time, comma-separated (default: %(default)s)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per timing; the median is reported (default: %(default)s)")
    parser.add_argument("--keep", help="keep the generated files in this folder")
    args = parser.parse_args()
    engines = [name.strip() for name in args.engine.split(",") if name.strip()]
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="profilecheck-engines-"))
    folder, single = work / "candidates", work / "one"
    folder.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    maker = multiprocessing.get_context("spawn").Process(target=generate, args=(folder, args.count))
    maker.start()
    maker.join()
    print(f"generated {args.count} resumes in {time.perf_counter() - started:.1f} s ({folder}); {os.cpu_count()} CPUs, {args.workers} workers")
    single.mkdir(exist_ok=True)
    first = sorted(folder.iterdir())[0]
    shutil.copy(first, single / first.name)

    # The engines take turns, so that a change in the machine's load falls on both alike.
    fixed: dict[str, list[float]] = {engine: [] for engine in engines}
    totals: dict[str, list[float]] = {engine: [] for engine in engines}
    for _ in range(args.repeat):
        for engine in engines:
            fixed[engine].append(timed(single, work / f"out-{engine}-one", engine, args.workers))
            totals[engine].append(timed(folder, work / f"out-{engine}", engine, args.workers))
    for engine in engines:
        one, total = statistics.median(fixed[engine]), statistics.median(totals[engine])
        steady = (args.count - 1) / max(total - one, 1e-9)
        print(f"{engine:>5}: {args.count} files in {total:.2f} s = {args.count / total:.1f} files/s "
              f"({1000 * total / args.count:.1f} ms/file); fixed cost (a batch of one file) {one:.2f} s; "
              f"without it {steady:.1f} files/s")
    if len(engines) > 1:
        left, right = work / f"out-{engines[0]}", work / f"out-{engines[1]}"
        print(f"same outputs ({engines[0]} and {engines[1]}): {'yes' if same_outputs(left, right) else 'NO'}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
