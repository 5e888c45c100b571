"""Accuracy on real documents: how well profilecheck reads a folder of resumes and LinkedIn exports.

    python benchmarks/realworld.py                      # ../shared/corpus when it exists
    python benchmarks/realworld.py --corpus DIR         # any folder of folders of documents
    python benchmarks/realworld.py --quick              # a few files per folder, under 45 s
    python benchmarks/realworld.py --misses             # also list, per labelled file, what was missed
    python benchmarks/realworld.py --json out.json      # every figure, for comparing two runs
    python benchmarks/realworld.py --labels benchmarks/labels-heldout --labelled-only   # files never tuned on

Per folder and format it prints the share of files with a name, at least one dated role, years
of experience, a level and a summary; the glued-word rate (letter runs of 22+ letters, words read as one);
for LinkedIn exports the share with a headline and a location; for PDFs the agreement between
the two engines (shared words over all words).  Where `benchmarks/labels/<folder>/<stem>.json`
exists (written by reading the document, see benchmarks/labels/README.md) it scores the reading
against it: roles F1, years within one year, level band, "is a project manager", certifications
held, tools and methodologies F1, and (where a resume states a total and its dates give one) how
often the stated total is more than a year below the dated years or within a year of them; for LinkedIn, name, headline, location, email and username
exactly right and roles (title + company + start) F1.

The labelled files are the development set the reader was tuned on: figures on them flatter.
Nothing is written anywhere unless --json is given; documents are only read.
"""
from __future__ import annotations

import argparse
import collections
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Optional

import environment  # noqa: E402  (benchmarks/: one line, exit 2, outside profilecheck's environment)

environment.require()

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks" / "labels"))

from fingerprint import fingerprint  # noqa: E402
from rapidfuzz import fuzz  # noqa: E402

import profilecheck  # noqa: E402
from profilecheck.errors import ProfileCheckError  # noqa: E402
from profilecheck.options import Options  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
LABELS = ROOT / "benchmarks" / "labels"  # the development labels (the reader was tuned on them)
HELD_OUT = ROOT / "benchmarks" / "labels-heldout"  # written later, never tuned on: --labels HELD_OUT
EXTENSIONS = {".pdf", ".docx", ".txt", ".md"}
AS_OF = date(2026, 11, 30)
GLUED_LETTERS = 22
LETTERS = re.compile(r"[^\W\d_]+")
BAND = {"foundation": "foundation", "entry": "entry", "mid": "mid", "senior": "senior", "director": "senior"}


# ---------------------------------------------------------------- helpers


def documents(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in EXTENSIONS and p.is_file())


def quick_sample(files: list[Path], count: int) -> list[Path]:
    """Evenly spread files, labelled ones first so the labelled figures still mean something."""
    if len(files) <= count:
        return files
    step = len(files) / count
    return [files[int(i * step)] for i in range(count)]


def load_label(folder: str, path: Path, labels: Path = LABELS) -> Optional[dict]:
    label = labels / folder / f"{path.stem}.json"
    if not label.is_file():
        return None
    return json.loads(label.read_text(encoding="utf-8"))


class F1:
    """Micro-averaged precision and recall over many files."""

    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, found: set, expected: set) -> tuple[set, set]:
        self.tp += len(found & expected)
        self.fp += len(found - expected)
        self.fn += len(expected - found)
        return found - expected, expected - found

    def add_counts(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def value(self) -> Optional[float]:
        if self.tp + self.fp + self.fn == 0:
            return None
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)

    def __str__(self) -> str:
        value = self.value
        return "-" if value is None else f"{value:.2f} (tp {self.tp}, fp {self.fp}, fn {self.fn})"


class Share:
    def __init__(self) -> None:
        self.hits = self.total = 0

    def add(self, ok: bool) -> bool:
        self.hits += bool(ok)
        self.total += 1
        return bool(ok)

    @property
    def value(self) -> Optional[float]:
        return self.hits / self.total if self.total else None

    def __str__(self) -> str:
        return "-" if not self.total else f"{100 * self.hits / self.total:.0f}% ({self.hits}/{self.total})"


class SeededDraw:
    """What every stress set's drawer does: choices from its own seeded stream, and each choice
    that may matter kept as a trait (a failure shows as a trait that scores low)."""

    def __init__(self, seed: str, as_of: date) -> None:
        self.r = random.Random(seed)
        self.as_of = as_of
        self.traits: dict[str, str] = {}

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def pick(self, items):
        return self.r.choice(items)

    def weighted(self, trait: str, options: dict[str, float]) -> str:
        value = self.r.choices(list(options), weights=list(options.values()))[0]
        self.traits[trait] = value
        return value


class StressCounts:
    """Roles matched in a stress set: F1 to four places, as the seeded sets print it."""

    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    @property
    def f1(self) -> Optional[float]:
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else None

    def __str__(self) -> str:
        f1 = self.f1
        return "-" if f1 is None else f"{f1:6.4f} (tp {self.tp}, fp {self.fp}, fn {self.fn})"


class StressShare:
    """A share of a stress set's files, to two places (1.0 while there are none)."""

    def __init__(self) -> None:
        self.hits = self.total = 0

    def add(self, ok: bool) -> None:
        self.hits += bool(ok)
        self.total += 1

    @property
    def value(self) -> float:
        return self.hits / self.total if self.total else 1.0

    def __str__(self) -> str:
        return f"{100 * self.value:6.2f}% ({self.hits}/{self.total})" if self.total else "-"


def stress_arguments(parser, noun: str, as_of) -> None:
    """The options every seeded stress set takes: how many `noun`s, which seed, how many failures
    to show, one drawn again (`--only`), where to write them, and the date "present" means."""
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=3, help="failures shown per measure")
    parser.add_argument("--only", type=int, help=f"draw and read only {noun} number N, and show how it was read")
    parser.add_argument("--keep", type=Path, help=f"write the failing {noun}s (or --only's) to this folder")
    parser.add_argument("--as-of", type=date.fromisoformat, default=as_of, help="the date 'present' means (default %(default)s)")


def as_pdfs(documents: dict[int, bytes]) -> dict[int, bytes]:
    """Word documents (number -> bytes) as their authors would export them to PDF, for the stress
    sets' `--as pdf`: LibreOffice (a benchmark-only tool,
    `soffice` on the PATH) converts them in one run, with a profile of its own in a temporary
    folder so that another LibreOffice at work does not get in the way.  A CV it cannot convert
    is left out."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("--as pdf needs LibreOffice (soffice) on the PATH")
    with tempfile.TemporaryDirectory(prefix="docx-fuzz-") as folder:
        work = Path(folder)
        for index, data in documents.items():
            (work / f"cv{index}.docx").write_bytes(data)
        names = [str(work / f"cv{index}.docx") for index in documents]
        for start in range(0, len(names), 100):  # a bounded command line
            subprocess.run([soffice, f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless",
                            "--convert-to", "pdf", "--outdir", str(work / "pdf"), *names[start:start + 100]],
                           check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=1800)
        return {index: (work / "pdf" / f"cv{index}.pdf").read_bytes()
                for index in documents if (work / "pdf" / f"cv{index}.pdf").is_file()}


def roles_failure(index: int, expected: list[dict], found: list[dict], same, traits: str) -> str:
    """A stress set's line for a file whose roles were not all right: the roles missed (title,
    start) and the roles found that match none (title, employer, start), three of each at most."""
    missed = [(e["title"], e["start"]) for e in expected if not any(same(f, e) for f in found)]
    extra = [(f["title"], f["employer"], f["start"]) for f in found if not any(same(f, e) for e in expected)]
    return (f"#{index} missed {missed[:3]}{' ...' if len(missed) > 3 else ''}; "
            f"extra {extra[:3]}{' ...' if len(extra) > 3 else ''}\n      [{traits}]")


def print_measures(measures: list[tuple[str, object]], shares: dict, errors: list[str], show: int) -> None:
    """A stress set's head lines: each measure, each share of files, and the first errors."""
    for key, value in [*measures, *shares.items()]:
        print(f"  {key:34} {value}")
    if errors:
        print(f"  errors: {len(errors)}")
        for error in errors[:show]:
            print(f"    {error}")


def print_failures(fails: dict, keys, show: int, noun: str = "failures") -> None:
    """Each measure's failures, the first `show` of them, in a stress set's report."""
    for key in keys:
        found = fails.get(key, [])
        if found:
            print(f"\n## {key}: {len(found)} {noun}")
            for fail in found[:show]:
                print(f"  {fail}")


def same_month(found: Optional[str], expected: Optional[str]) -> bool:
    """"2013-05" matches "2013-05"; a year-only date on either side matches on the year."""
    if not found or not expected:
        return False
    if len(found) == 4 or len(expected) == 4:
        return found[:4] == expected[:4]
    return found[:7] == expected[:7]


def role_pairs(found: list[dict], expected: list[dict], same) -> int:
    """Greedy one-to-one matches between found and expected roles."""
    used: set[int] = set()
    matched = 0
    for role in expected:
        for index, candidate in enumerate(found):
            if index not in used and same(candidate, role):
                used.add(index)
                matched += 1
                break
    return matched


def title_like(found: Optional[str], expected: Optional[str]) -> bool:
    if not expected:
        return True  # the label has no title (anonymised away): the start month decides
    if not found:
        return False
    return fuzz.token_set_ratio(found.lower(), expected.lower()) >= 80


def glued(text: str) -> tuple[int, int]:
    runs = LETTERS.findall(text)
    return sum(len(run) >= GLUED_LETTERS for run in runs), len(runs)


def engine_agreement(path: Path) -> Optional[float]:
    from profilecheck.readers import read_document

    words = []
    for engine in ("pdfium", "pdfplumber"):
        try:
            document = read_document(str(path), Options(pdf_engine=engine))
        except ProfileCheckError:
            return None
        words.append(collections.Counter(re.findall(r"\w+", "\n".join(line.text for line in document.lines))))
    union = sum((words[0] | words[1]).values())
    return sum((words[0] & words[1]).values()) / union if union else None


def location_text(location) -> Optional[str]:
    if location.address:
        return location.address
    parts = [part for part in (location.city, location.region, getattr(location, "countryCode", None)) if part]
    return ", ".join(parts) or None


def fp(value: Optional[str]) -> Optional[str]:
    return f"fp:{fingerprint(value)}" if value else None


# ---------------------------------------------------------------- scoring one file


class Folder:
    """Figures for one corpus folder."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.by_kind: dict[str, dict[str, Share]] = collections.defaultdict(lambda: collections.defaultdict(Share))
        self.glued = [0, 0]
        self.agreement: list[float] = []
        self.errors: list[str] = []
        self.seconds = 0.0
        self.labelled = 0
        self.fields: dict[str, object] = {}
        self.misses: list[str] = []

    def share(self, key: str) -> Share:
        if key not in self.fields:
            self.fields[key] = Share()
        return self.fields[key]  # type: ignore[return-value]

    def f1(self, key: str) -> F1:
        if key not in self.fields:
            self.fields[key] = F1()
        return self.fields[key]  # type: ignore[return-value]


def score_resume(folder: Folder, report, label: dict) -> list[str]:
    facts, profile = report.facts, report.profile
    misses = []
    found_roles = [
        {"title": work.position, "employer": work.name, "start": work.startDate, "end": work.endDate or ("present" if work.current else None)}
        for work in profile.work
        if work.startDate
    ]
    expected_roles = [role for role in label.get("roles", []) if role.get("start")]
    matched = role_pairs(
        found_roles, expected_roles, lambda f, e: same_month(f["start"], e["start"]) and title_like(f["title"], e["title"])
    )
    folder.f1("roles (title + start)").add_counts(matched, len(found_roles) - matched, len(expected_roles) - matched)
    # Every role, dated or not: a role whose dates the document lost is still a role the reader
    # should list (and the rules tell the person to date it); undated roles match on the title.
    every_found = [
        {"title": work.position, "start": work.startDate} for work in profile.work if work.startDate or work.position
    ]
    every_expected = [role for role in label.get("roles", []) if role.get("start") or role.get("title")]
    every = role_pairs(
        every_found,
        every_expected,
        lambda f, e: title_like(f["title"], e.get("title")) and (same_month(f["start"], e.get("start")) if e.get("start") else not f["start"]),
    )
    folder.f1("every role, dated or not (title + start)").add_counts(every, len(every_found) - every, len(every_expected) - every)
    if every < max(len(every_found), len(every_expected)) and matched == max(len(found_roles), len(expected_roles)):
        misses.append(f"undated roles: {every} matched of {len(every_expected)} expected, {len(every_found)} found")
    if matched < max(len(found_roles), len(expected_roles)):
        misses.append(f"roles: {matched} matched of {len(expected_roles)} expected, {len(found_roles)} found")
    if label.get("has_name") is not None:
        if not folder.share("name present as labelled").add(bool(profile.basics.name) == bool(label["has_name"])):
            misses.append(f"name: found {profile.basics.name!r}, label says present={label['has_name']}")
    if label.get("years") is not None:
        years = facts.years_of_experience
        if not folder.share("years within 1 year").add(years is not None and abs(years - label["years"]) <= 1.0):
            misses.append(f"years: found {years}, expected {label['years']}")
    if facts.years_basis == "dates" and profile.stated_years:
        # The stated total ("10+ years") beside the years the dates give: why the dates come first.
        stated, dated = float(profile.stated_years), facts.years_of_experience
        folder.share("stated total 1+ y below the dates").add(stated < dated - 1.0)
        folder.share("stated total within 1 y of the dates").add(abs(stated - dated) <= 1.0)
    if label.get("level"):
        found_band = BAND.get(facts.level or "", None)
        if not folder.share("level band").add(found_band == BAND[label["level"]]):
            misses.append(f"level: found {facts.level}, expected {label['level']}")
    if label.get("is_pm") is not None:
        if not folder.share("is a project manager").add(bool(facts.is_project_manager) == bool(label["is_pm"])):
            misses.append(f"is_pm: found {facts.is_project_manager}, expected {label['is_pm']}")
    held = {m.id for m in facts.certifications if m.status == "held"}
    progress = {m.id for m in facts.certifications if m.status != "held"}
    for key, found, expected in (
        ("certifications held", held, set(label.get("certifications_held", []))),
        ("certifications in progress", progress, set(label.get("certifications_in_progress", []))),
        ("tools", {m.id for m in facts.tools}, set(label.get("tools", []))),
        ("methodologies", {m.id for m in facts.methodologies}, set(label.get("methodologies", []))),
    ):
        extra, missing = folder.f1(key).add(found, expected)
        if extra or missing:
            misses.append(f"{key}: extra {sorted(extra)}, missing {sorted(missing)}")
    return misses


def score_linkedin(folder: Folder, report, label: dict) -> list[str]:
    basics = report.profile.basics
    misses = []
    username = next((p.username for p in basics.profiles if p.network.lower() == "linkedin"), None)
    for key, found in (
        ("name", basics.name),
        ("headline", basics.label),
        ("location", location_text(basics.location)),
        ("email", basics.email),
        ("linkedin_username", username),
    ):
        expected = label.get(key)
        if expected is False:
            expected = None
        if not folder.share(f"{key} exact").add(fp(found) == expected):
            misses.append(f"{key}: found {found!r}{' (expected none)' if expected is None else ''}")
        if expected is not None:
            folder.share(f"{key} found").add(bool(found))
    found_roles = [
        {"title": fp(work.position), "company": fp(work.name), "start": work.startDate} for work in report.profile.work
    ]
    expected_roles = label.get("roles", [])
    matched = role_pairs(
        found_roles,
        expected_roles,
        lambda f, e: same_month(f["start"], e.get("start")) and f["title"] == e.get("title") and f["company"] == e.get("company"),
    )
    folder.f1("roles (title + company + start)").add_counts(matched, len(found_roles) - matched, len(expected_roles) - matched)
    loose = role_pairs(found_roles, expected_roles, lambda f, e: same_month(f["start"], e.get("start")))
    folder.f1("roles (start only)").add_counts(loose, len(found_roles) - loose, len(expected_roles) - loose)
    if matched < max(len(found_roles), len(expected_roles)):
        misses.append(f"roles: {matched} exact of {len(expected_roles)} expected ({loose} by start month), {len(found_roles)} found")
    return misses


# ---------------------------------------------------------------- running


def run_folder(path: Path, quick: bool, agreement_files: int, labels: Path = LABELS, labelled_only: bool = False) -> Folder:
    folder = Folder(path.name)
    files = documents(path)
    if labelled_only:
        files = [file for file in files if (labels / path.name / f"{file.stem}.json").is_file()]
    if quick:
        files = quick_sample(files, 12)
    start = time.perf_counter()
    pdfs = []
    for file in files:
        label = load_label(path.name, file, labels)
        as_of = date.fromisoformat(label["as_of"]) if label and label.get("as_of") else AS_OF
        try:
            report = profilecheck.analyze(str(file), Options(as_of=as_of))
        except ProfileCheckError as error:
            folder.errors.append(f"{file.name}: {error}")
            continue
        kind = report.profile.kind
        stats = folder.by_kind[kind]
        facts, basics = report.facts, report.profile.basics
        stats["files"].add(True)
        stats["a name"].add(bool(basics.name))
        stats["a dated role"].add(any(work.startDate for work in report.profile.work))
        stats["years"].add(facts.years_of_experience is not None)
        stats["a level"].add(facts.level is not None)
        stats["a summary"].add(bool(basics.summary))
        if kind.startswith("linkedin"):
            stats["a headline"].add(bool(basics.label))
            stats["a location"].add(bool(location_text(basics.location)))
        count, runs = glued(report.profile.text)
        folder.glued[0] += count
        folder.glued[1] += runs
        if file.suffix.lower() == ".pdf":
            pdfs.append(file)
        if label is not None:
            folder.labelled += 1
            misses = score_linkedin(folder, report, label) if path.name == "linkedin" or kind.startswith("linkedin") else score_resume(folder, report, label)
            folder.misses.extend(f"{file.name}: {miss}" for miss in misses)
    for file in quick_sample(pdfs, agreement_files) if agreement_files >= 0 else pdfs:
        value = engine_agreement(file)
        if value is not None:
            folder.agreement.append(value)
    folder.seconds = time.perf_counter() - start
    return folder


def figures(folder: Folder) -> dict:
    out: dict = {"folder": folder.name, "seconds": round(folder.seconds, 1), "labelled": folder.labelled, "errors": folder.errors}
    out["formats"] = {
        kind: {key: share.value for key, share in stats.items()} | {"count": stats["files"].total}
        for kind, stats in folder.by_kind.items()
    }
    out["glued_rate"] = folder.glued[0] / folder.glued[1] if folder.glued[1] else None
    out["engine_agreement"] = sum(folder.agreement) / len(folder.agreement) if folder.agreement else None
    out["labelled_figures"] = {key: value.value for key, value in folder.fields.items()}  # type: ignore[union-attr]
    return out


def short_line(result: dict) -> str:
    labelled = result["labelled_figures"]

    def show(key: str, percent: bool = False) -> str:
        value = labelled.get(key)
        if value is None:
            return "-"
        return f"{100 * value:.0f}%" if percent else f"{value:.2f}"

    glued = result["glued_rate"]
    parts = [f"{result['folder']:13}", f"glued {100 * glued:.2f}%" if glued is not None else "glued -"]
    if "headline exact" in labelled and "roles (title + start)" not in labelled:  # a folder of exports
        parts += [f"name/headline/location exact {show('name exact', True)}/{show('headline exact', True)}/{show('location exact', True)}",
                  f"roles {show('roles (title + company + start)')}"]
    else:
        parts += [f"roles {show('roles (title + start)')}", f"years {show('years within 1 year', True)}",
                  f"level {show('level band', True)}", f"PM {show('is a project manager', True)}",
                  f"certs {show('certifications held')}", f"tools {show('tools')}", f"methods {show('methodologies')}"]
    return "; ".join(parts)


def print_folder(folder: Folder, show_misses: bool) -> None:
    print(f"\n## {folder.name}  ({sum(s['files'].total for s in folder.by_kind.values())} files read, "
          f"{len(folder.errors)} refused, {folder.labelled} labelled, {folder.seconds:.1f} s)")
    for kind, stats in sorted(folder.by_kind.items()):
        parts = [f"{key} {share}" for key, share in stats.items() if key != "files"]
        print(f"  {kind} ({stats['files'].total}): " + "; ".join(parts))
    if folder.glued[1]:
        print(f"  glued words: {100 * folder.glued[0] / folder.glued[1]:.2f}% ({folder.glued[0]} of {folder.glued[1]} letter runs)")
    if folder.agreement:
        print(f"  PDF engines agree on {100 * sum(folder.agreement) / len(folder.agreement):.1f}% of words "
              f"(mean over {len(folder.agreement)} files)")
    if folder.fields:
        print("  against the labels:")
        for key, value in folder.fields.items():
            print(f"    {key:34} {value}")
    for error in folder.errors:
        print(f"  refused: {error}")
    if show_misses and folder.misses:
        print("  misses:")
        for miss in folder.misses:
            print(f"    {miss}")


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="a folder of folders of documents")
    parser.add_argument("--quick", action="store_true", help="12 files per folder, engines compared on 3")
    parser.add_argument("--misses", action="store_true", help="list what was missed in each labelled file")
    parser.add_argument("--json", type=Path, help="write every figure to this file")
    parser.add_argument("--labels", type=Path, default=LABELS,
                        help=f"label folder (default: the development labels; {HELD_OUT.relative_to(ROOT)} holds labels never tuned on)")
    parser.add_argument("--labelled-only", action="store_true", help="read only the files that have a label")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}: give one with --corpus DIR", file=sys.stderr)
        return 2
    folders = sorted(p for p in args.corpus.iterdir() if p.is_dir() and documents(p))
    if args.labelled_only:
        folders = [p for p in folders if (args.labels / p.name).is_dir()]
    if not folders and documents(args.corpus):
        folders = [args.corpus]
    start = time.perf_counter()
    results = []
    print(f"# profilecheck on {args.corpus} ({'quick sample' if args.quick else 'every file'})")
    for path in folders:
        folder = run_folder(path, args.quick, 3 if args.quick else -1, args.labels, args.labelled_only)
        print_folder(folder, args.misses)
        results.append(figures(folder))
    print("\n## in short (labelled files; roles F1, years within 1 y, level band, PM, certs/tools/methods F1)")
    for result in results:
        print("  " + short_line(result))
    print(f"\n{time.perf_counter() - start:.1f} s in all")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
