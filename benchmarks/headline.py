"""How long `profilecheck headline` takes, against Python alone and Python importing spaCy.

    python benchmarks/headline.py [--runs 10]

The headline command should answer in about the time of Python plus spaCy start-up: it imports
only what the headline rules need (no PDF engines, no DOCX reader, no renderer it does not use).
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

COMMANDS = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "python -c 'import spacy'": [sys.executable, "-c", "import spacy"],
    "profilecheck headline (json)": [sys.executable, "-m", "profilecheck", "headline", "IT Project Manager | Cloud | PMP", "--format", "json"],
    "profilecheck headline (text)": [sys.executable, "-m", "profilecheck", "headline", "IT Project Manager", "--fail-level", "never"],
}


def time_command(command: list[str], runs: int) -> list[float]:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    time_command(COMMANDS["python -c 'import spacy'"], 1)  # warm the file cache
    results = {name: time_command(command, args.runs) for name, command in COMMANDS.items()}
    spacy_ms = statistics.median(results["python -c 'import spacy'"])
    print(f"{'command':<32} {'median ms':>10} {'min ms':>8} {'vs spacy import':>16}")
    for name, timings in results.items():
        median = statistics.median(timings)
        print(f"{name:<32} {median:>10.0f} {min(timings):>8.0f} {median / spacy_ms:>15.2f}x")


if __name__ == "__main__":
    main()
