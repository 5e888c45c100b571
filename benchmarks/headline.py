"""How long `profilecheck headline` takes, against Python alone and Python importing spaCy.

    python benchmarks/headline.py [--runs 15] [--no-cache]

The headline command should answer in about the time of Python plus spaCy start-up (goal: at most
1.2x `python -c "import spacy"`): it imports only what a headline needs (no PDF engines, no DOCX
reader, no structure stage), builds spaCy's tokenizer without spacy.blank's config machinery,
reads the tokenized lexicon patterns from the user cache folder and matches the headline with a
small phrase matcher of the patterns that can occur in it.  The commands run interleaved (one of
each per round) and the medians are compared, so a busy machine slows them alike.

Each command runs once before timing, as a user's second run would: that fills the user cache
folder (the stored pattern table, compiled templates) and writes Python's bytecode, as `pip
install` does for an installed package (spaCy's is compiled already); PYTHONDONTWRITEBYTECODE is
removed from the children's environment for that reason.  --no-cache runs the commands with
PROFILECHECK_NO_CACHE=1 (nothing read from or written to the cache folder: every start builds
the pattern table).
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

import environment  # noqa: E402  (benchmarks/: one line, exit 2, outside profilecheck's environment)

environment.require()

HEADLINE = "Senior IT Project Manager | Cloud Migrations | Agile & PMP"
COMMANDS = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "python -c 'import spacy'": [sys.executable, "-c", "import spacy"],
    # profilecheck pauses the garbage collector while it starts (collector.py), which speeds
    # spaCy's import as well: this line shows how much of the ratio that is.
    "import spacy, collector paused": [sys.executable, "-c", "import gc; gc.disable(); import spacy"],
    "profilecheck headline (text)": [sys.executable, "-m", "profilecheck", "headline", HEADLINE, "--fail-level", "never"],
    "profilecheck headline (json)": [sys.executable, "-m", "profilecheck", "headline", HEADLINE, "--format", "json"],
}
GOAL = 1.2


def run_once(command: list[str], env: dict) -> float:
    started = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)
    return (time.perf_counter() - started) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--no-cache", action="store_true", help="run with PROFILECHECK_NO_CACHE=1")
    args = parser.parse_args()
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    if args.no_cache:
        env["PROFILECHECK_NO_CACHE"] = "1"
    for command in COMMANDS.values():  # warm: file cache, bytecode, the user cache folder
        run_once(command, env)
    results: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(args.runs):
        for name, command in COMMANDS.items():
            results[name].append(run_once(command, env))
    spacy_ms = statistics.median(results["python -c 'import spacy'"])
    print(f"{'command':<32} {'median ms':>10} {'min ms':>8} {'vs spacy import':>16}")
    for name, timings in results.items():
        median = statistics.median(timings)
        print(f"{name:<32} {median:>10.0f} {min(timings):>8.0f} {median / spacy_ms:>15.2f}x")
    ratio = statistics.median(results["profilecheck headline (text)"]) / spacy_ms
    verdict = "met" if ratio <= GOAL else "MISSED"
    cache = "no cache (PROFILECHECK_NO_CACHE=1)" if args.no_cache else "warm user cache"
    print(f"headline cold start: {ratio:.2f}x python -c 'import spacy' ({cache}, {args.runs} interleaved runs); goal <= {GOAL}x {verdict}")
    paused = statistics.median(results["profilecheck headline (text)"]) / statistics.median(results["import spacy, collector paused"])
    print(f"against spaCy's import with the collector paused too: {paused:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
