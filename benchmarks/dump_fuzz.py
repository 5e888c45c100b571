"""Resumes whose text was dumped from a two-column PDF: a seeded stress set.

    python benchmarks/dump_fuzz.py                        # 300 resumes, seed 1, as Word files
    python benchmarks/dump_fuzz.py --count 1000 --seed 7 --show 8
    python benchmarks/dump_fuzz.py --only 41 --keep /tmp/dumps   # one resume, its file and text written
    python benchmarks/dump_fuzz.py --as text                  # the same text pasted as plain text

Most Word CVs of the development corpus are not Word documents at heart: somebody turned a PDF
into Word, and the converter wrote the PDF's text out line by line, as it lay on the page.  When
the PDF had two columns (a sidebar with contacts, skills, languages and education beside the work
history) the two columns come out interleaved: a line of the sidebar between two lines of a job,
or joined to one ("Project Manager  Python"), whenever the two lines sat at the same height.  The
dump may also have lost every character beyond ASCII, taking the dashes of date ranges with it
("Jan 2019  Mar 2021").

This draws such resumes with invented content and scores them like benchmarks/realworld.py:
roles (title + start month) F1, years of experience within one year, and "is a project manager".
Each resume is drawn as two columns of lines with their own line spacing and their own headings,
then merged by height the way a text dump does.  A third of them have no sidebar (the control:
a one-column dump), so a fault shown only by the interleaved ones is the sidebar's doing.

It prints each measure for the interleaved and the one-column resumes apart, then the first
failures (expected vs found, with the resume's number: `--only N` draws that one again).
Every person, employer and school is invented; cities are real.
"""
from __future__ import annotations

import argparse
import io
import random
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Optional

import environment  # noqa: E402  (benchmarks/: one line, exit 2, outside profilecheck's environment)

environment.require()

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from realworld import Folder, score_resume  # noqa: E402

from profilecheck.options import Options  # noqa: E402

AS_OF = date(2026, 11, 30)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

PM_TITLES = [
    "IT Project Manager", "Project Manager", "Senior Project Manager", "Technical Project Manager",
    "Junior Project Manager", "Project Coordinator", "Program Manager", "Delivery Manager",
    "Scrum Master", "Agile Project Manager", "Software Project Manager", "IT Program Manager",
]
OTHER_TITLES = [
    "Software Engineer", "Front End Developer", "Backend Developer", "Full Stack Developer", "QA Engineer",
    "Business Analyst", "Team Lead", "DevOps Engineer", "Python Developer", "Java Developer",
    "System Administrator", "Data Analyst", "Support Engineer",
]
FIRST = ["Blue", "North", "Quanta", "Vertex", "Lumen", "Orbit", "Cedar", "Harbor", "Nimbus", "Pixel", "Ardent", "Silver", "Kestrel", "Tundra"]
SECOND = ["Soft", "Labs", "Systems", "Tech", "Data", "Works", "Digital", "Networks", "Logic", "Cloud"]
SUFFIX = ["", "", " Ltd", " Inc.", " LLC", " GmbH", " Group"]
CITIES = ["Haifa, Israel", "Berlin, Germany", "Austin, TX", "Warsaw, Poland", "Toronto, Canada", "Lisbon, Portugal", "Tel Aviv, Israel", "Riga, Latvia"]
VERBS = ["Led", "Planned", "Coordinated", "Built", "Delivered", "Migrated", "Tracked", "Automated", "Reported", "Introduced"]
OBJECTS = [
    "a billing platform release with 9 engineers", "sprint planning and daily stand-ups", "the vendor onboarding process",
    "a $1.2M data centre move", "weekly status reports for the steering group", "test automation for the payments API",
    "a customer portal in React", "risk and issue logs in Jira", "the migration of 40 servers to the cloud",
    "budget tracking for three parallel projects",
]
SKILLS = ["Jira", "Confluence", "Python", "React", "SQL", "Docker", "Scrum", "Kanban", "MS Project", "Git", "Linux", "Figma", "Trello", "Excel", "Kubernetes"]
LANGUAGES = ["English - B2", "English (fluent)", "Hebrew - native", "German - A2", "Russian (native)", "Spanish - basic", "French - C1"]
DEGREES = ["B.Sc. in Computer Science", "M.Sc. Information Systems", "B.A. Economics", "Diploma in Software Engineering", "MBA"]
SCHOOLS = ["Lakeside University", "Northfield Institute of Technology", "Eastbrook College", "Riverton State University"]
SIDEBAR_HEADINGS = {
    "contacts": ["CONTACTS", "CONTACT", "Contact"],
    "skills": ["SKILLS", "Skills", "SKILLS & EXPERTISE", "TECHNICAL SKILLS"],
    "languages": ["LANGUAGES", "Languages"],
    "education": ["EDUCATION", "Education"],
}
MEASURED = ("roles", "years", "is_pm")  # what is drawn; tools and methods are not labelled here
WORK_HEADINGS = ["WORK EXPERIENCE", "EXPERIENCE", "Professional Experience", "EMPLOYMENT HISTORY", "Work experience"]


@dataclass(frozen=True)
class Role:
    title: str
    employer: str
    city: str
    start: tuple[int, int]
    end: Optional[tuple[int, int]]  # None: to the present
    bullets: tuple[str, ...]


@dataclass
class Truth:
    roles: list[Role]
    years: float
    is_pm: bool
    sidebar: bool
    notes: list[str] = field(default_factory=list)

    def label(self) -> dict:
        return {
            "as_of": AS_OF.isoformat(),
            "roles": [{"title": role.title, "start": f"{role.start[0]}-{role.start[1]:02d}"} for role in self.roles],
            "years": self.years,
            "is_pm": self.is_pm,
        }


def months_between(start: tuple[int, int], end: tuple[int, int]) -> int:
    return (end[0] - start[0]) * 12 + end[1] - start[1]


def union_years(roles: list[Role]) -> float:
    """Months covered by at least one role, inclusive of both end months, as of AS_OF."""
    covered: set[int] = set()
    now = (AS_OF.year, AS_OF.month)
    for role in roles:
        end = role.end or now
        first = role.start[0] * 12 + role.start[1] - 1
        covered.update(range(first, first + months_between(role.start, end) + 1))
    return round(len(covered) / 12, 1)


class Maker:
    """Draws one resume: its truth and the text a two-column dump of it gives."""

    def __init__(self, seed: str, glue: str = " ") -> None:
        self.random = random.Random(seed)
        self.glue = glue

    def pick(self, items):
        return self.random.choice(items)

    def employer(self) -> str:
        return self.pick(FIRST) + self.pick(SECOND) + self.pick(SUFFIX)

    def roles(self) -> list[Role]:
        pm = self.random.random() < 0.7
        count = self.random.randint(1, 5)
        year, month = AS_OF.year - self.random.randint(0, 2), self.random.randint(1, 12)
        end: Optional[tuple[int, int]] = None if self.random.random() < 0.75 else (year, month)
        roles = []
        for _ in range(count):
            length = self.random.randint(6, 48)
            last = end or (AS_OF.year, AS_OF.month)
            total = last[0] * 12 + last[1] - 1 - length
            start = (total // 12, total % 12 + 1)
            title = self.pick(PM_TITLES if pm and self.random.random() < 0.8 else OTHER_TITLES)
            bullets = tuple(f"{self.pick(VERBS)} {self.pick(OBJECTS)}" for _ in range(self.random.randint(0, 3)))
            roles.append(Role(title, self.employer(), self.pick(CITIES), start, end, bullets))
            gap = self.random.randint(0, 4)
            total -= gap
            end = (total // 12, total % 12 + 1)
        return roles

    def date_text(self, role: Role, shape: str) -> str:
        def one(point: Optional[tuple[int, int]]) -> str:
            if point is None:
                return self.pick(["Present", "present", "now", "Current"])
            y, m = point
            if shape == "mon":
                return f"{MONTHS[m - 1][:3]} {y}"
            if shape == "MON":
                return f"{MONTHS[m - 1][:3].upper()} {y}"
            if shape == "month":
                return f"{MONTHS[m - 1]} {y}"
            return f"{m:02d}/{y}"

        dash = self.pick([" - ", " \u2013 ", " \u2014 ", " to "])
        return one(role.start) + dash + one(role.end)

    def role_lines(self, role: Role, shape: str, dates: str) -> list[str]:
        dated = self.date_text(role, dates)
        if shape == "title/employer/dates":
            lines = [role.title, f"{role.employer}, {role.city}", dated]
        elif shape == "title at/dates":
            lines = [f"{role.title} at {role.employer}, {role.city}", dated]
        elif shape == "dates: title, employer":
            lines = [f"{dated}: {role.title}, {role.employer} ({role.city})"]
        elif shape == "title/employer | dates":
            lines = [role.title, f"{role.employer} | {dated}"]
        else:  # employer/title/dates
            lines = [f"{role.employer}, {role.city}", role.title, dated]
        return lines + [f"\u2022 {bullet}" for bullet in role.bullets]

    def main_column(self, roles: list[Role]) -> list[tuple[str, bool]]:
        """(line, is a heading) of the main column, top to bottom."""
        title = roles[0].title
        lines: list[tuple[str, bool]] = [(title.upper() if self.random.random() < 0.5 else title, True)]
        if self.random.random() < 0.7:
            lines.append(("SUMMARY", True))
            lines += [
                (f"{title} who ships on time and keeps the people around the work informed.", False),
                ("Comfortable with distributed teams, vendors and changing priorities.", False),
            ]
        lines.append((self.pick(WORK_HEADINGS), True))
        shape = self.pick(["title/employer/dates", "title at/dates", "dates: title, employer", "title/employer | dates", "employer/title/dates"])
        dates = self.pick(["mon", "MON", "month", "mm/yyyy"])
        for role in roles:
            lines += [(line, False) for line in self.role_lines(role, shape, dates)]
        return lines

    def sidebar(self) -> list[tuple[str, bool]]:
        blocks = ["contacts", "skills", "languages", "education"]
        self.random.shuffle(blocks)
        lines: list[tuple[str, bool]] = []
        for block in blocks[: self.random.randint(2, 4)]:
            lines.append((self.pick(SIDEBAR_HEADINGS[block]), True))
            if block == "contacts":
                lines += [("+972 50 000 00 00", False), ("someone@mail.test", False), (self.pick(CITIES), False)]
            elif block == "skills":
                lines += [(skill, False) for skill in self.random.sample(SKILLS, self.random.randint(3, 7))]
            elif block == "languages":
                lines += [(language, False) for language in self.random.sample(LANGUAGES, self.random.randint(1, 3))]
            else:
                first = AS_OF.year - self.random.randint(12, 25)
                lines += [(self.pick(DEGREES), False), (self.pick(SCHOOLS), False), (f"{first} - {first + self.random.randint(2, 5)}", False)]
        return lines

    def resume(self) -> tuple[list[str], Truth]:
        roles = self.roles()
        sidebar = self.random.random() < 2 / 3
        main = self.main_column(roles)
        side = self.sidebar() if sidebar else []
        lines = merge_columns(main, side, self.random, sidebar_left=self.random.random() < 0.5, glue=self.glue)
        notes = []
        if self.random.random() < 0.3:
            lines = [line.encode("ascii", "ignore").decode("ascii") for line in lines]
            notes.append("non-ASCII dropped")
        is_pm = any(role.title in PM_TITLES for role in roles)
        return lines, Truth(roles, union_years(roles), is_pm, sidebar, notes)


# Between two columns' lines at one height: a converter's one space, a viewer's copy that keeps
# the gap as blanks, or a tab.
GLUES = {"space": " ", "wide": "   ", "tab": "\t"}


def merge_columns(main, side, rng: random.Random, sidebar_left: bool, glue: str = " ") -> list[str]:
    """The two columns' lines in page order, as a text dump gives them: by height, and a line of
    each column at the same height joined into one (the left column's first), `glue` between."""
    placed = []  # (y, column, text)
    for column, lines, leading in ((0, main, rng.uniform(12, 16)), (1, side, rng.uniform(10, 15))):
        y = rng.uniform(0, 30) if column == 1 else 0.0
        for text, heading in lines:
            if heading:
                y += leading * 0.8
            placed.append((round(y, 1), column, text))
            y += leading
    placed.sort(key=lambda item: (item[0], item[1]))
    out: list[str] = []
    index = 0
    while index < len(placed):
        y, column, text = placed[index]
        if index + 1 < len(placed) and placed[index + 1][1] != column and placed[index + 1][0] - y < 2.0:
            other = placed[index + 1][2]
            left, right = (other, text) if (column == 0) == sidebar_left else (text, other)
            out.append(f"{left}{glue}{right}")
            index += 2
            continue
        out.append(text)
        index += 1
    return out


def as_docx(lines: list[str]) -> bytes:
    """One paragraph with a line break between lines: how the converter wrote these CVs."""
    import docx

    document = docx.Document()
    run = document.add_paragraph().add_run()
    for number, line in enumerate(lines):
        if number:
            run.add_break()
        run.add_text(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def analyze(lines: list[str], shape: str):
    import profilecheck

    options = Options(as_of=AS_OF)
    if shape == "text":
        return profilecheck.analyze_bytes("\n".join(lines).encode("utf-8"), options, "resume.txt")
    return profilecheck.analyze_bytes(as_docx(lines), options, "resume.docx")


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--only", type=int, help="draw only this resume")
    parser.add_argument("--show", type=int, default=5, help="failures to show")
    parser.add_argument("--keep", type=Path, help="write each drawn resume (file and text) here")
    parser.add_argument("--as", dest="shape", choices=("docx", "text"), default="docx")
    parser.add_argument("--glue", choices=sorted(GLUES), default="space",
                        help="what stands between two columns' lines joined into one (default: one space, as the converter wrote them)")
    args = parser.parse_args(argv)
    folders = {True: Folder("two columns"), False: Folder("one column")}
    failures: list[str] = []
    indexes = [args.only] if args.only is not None else range(args.count)
    start = time.perf_counter()
    for index in indexes:
        lines, truth = Maker(f"{args.seed}-{index}", GLUES[args.glue]).resume()
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            (args.keep / f"dump{index}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
            if args.shape == "docx":
                (args.keep / f"dump{index}.docx").write_bytes(as_docx(lines))
        report = analyze(lines, args.shape)
        misses = [miss for miss in score_resume(folders[truth.sidebar], report, truth.label()) if miss.split(":")[0] in MEASURED]
        if misses:
            found = [(work.position, work.startDate) for work in report.profile.work]
            expected = [(role.title, f"{role.start[0]}-{role.start[1]:02d}") for role in truth.roles]
            failures.append(f"#{index} ({'two columns' if truth.sidebar else 'one column'}{', ' + ', '.join(truth.notes) if truth.notes else ''}): "
                            + "; ".join(misses) + f"\n      expected {expected}\n      found    {found}")
    seconds = time.perf_counter() - start
    print(f"# {len(indexes)} dumped resumes, seed {args.seed}, read as {args.shape} ({seconds:.1f} s)")
    for sidebar in (True, False):
        folder = folders[sidebar]
        print(f"\n## {folder.name}")
        for key in ("roles (title + start)", "years within 1 year", "is a project manager"):
            if key in folder.fields:
                print(f"  {key:34} {folder.fields[key]}")
    if failures:
        print(f"\n## first failures ({len(failures)} resumes with one)")
        for failure in failures[: args.show]:
            print("  " + failure)
    return 0


if __name__ == "__main__":
    sys.exit(main())
