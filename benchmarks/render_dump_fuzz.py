"""Resumes drawn as real PDFs and turned back into text by real converters: a seeded stress set.

    python benchmarks/render_dump_fuzz.py                          # 300 resumes, seed 1
    python benchmarks/render_dump_fuzz.py --count 100 --office 0   # none through LibreOffice (a tenth by default)
    python benchmarks/render_dump_fuzz.py --only 41 --keep /tmp/rd # one resume: PDF, dump, file read
    python benchmarks/render_dump_fuzz.py --path pdfplumber        # every resume by one path

benchmarks/dump_fuzz.py models what a PDF-to-Word converter does to a two-column resume by merging
two lists of lines by height in Python: our own model, with our own blind spots.  This set draws
the page for real and lets real text extractors read it back:

- each resume (invented content: IT project managers and their neighbours, developers, analysts,
  QA, team leads; juniors with one or two jobs, seniors with six) is drawn with
  tests/resume_pdf.py as a designed resume: a sidebar left or right of the work history (or none:
  the one-column control), its width, type sizes and line spacing apart from the main column's;
  contact lines, skills (some with drawn bars), languages with levels, education and courses in
  the sidebar or in the main column, with dates; headings plain, in capitals, ruled or on a band;
  a summary that may state its years; dates flush right on the title line, in a column of their
  own or on a line of their own, with hyphens, en or em dashes; bullets of several kinds;
- the PDF is turned into text by one path: poppler's `pdftotext` (default, `-raw`, `-layout`),
  pdfplumber's `extract_text()`, pypdfium2's `get_text_range()`, or (a tenth by default, set by
  --office; all of them converted in one LibreOffice run with a profile of its own) LibreOffice's
  PDF import saved as Word (`soffice --infilter=writer_pdf_import`), which writes every line of
  the page as a text box anchored where it stood; the path has a die of its own, so --office and
  --path change how a resume is read, not what it holds;
- the text is written as the development Word CVs hold it: a .docx whose body is one paragraph of
  line breaks, a .docx with a paragraph per line, or plain text; some dumps lose every character
  beyond ASCII (dashes and bullets with them).

pdftotext and LibreOffice are benchmark-only tools: a path whose tool is missing is not drawn
(the report says so), and with none of them the set still runs on pdfplumber and pypdfium2.

Each resume is read as benchmarks/realworld.py reads a file (`profilecheck.analyze_bytes`) and
scored by benchmarks/docx_fuzz.py's scorer (realworld's role matching: title + start month F1,
years within one year of the union of the roles' ranges as of --as-of, the level band, "is a
project manager").  It prints the measures, the measures by each trait drawn (a class of failure
shows as a trait that scores low), and the first failures (`--only N` draws one again and shows
its dump and how it was read; `--keep DIR` writes the PDF and the file read).
Every person, employer and school is invented; cities are real.
"""
from __future__ import annotations

import argparse
import io
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Optional

import environment  # noqa: E402  (benchmarks/: one line, exit 2, outside profilecheck's environment)

environment.require("reportlab")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import docx_fuzz  # noqa: E402
from docx_fuzz import Role, Tally, Truth, level_of, print_tally, score, union_years  # noqa: E402
from realworld import SeededDraw, stress_arguments  # noqa: E402
from resume_pdf import Bar, Cells, Gap, Heading, Pair, Para, Resume, Style, resume_pdf  # noqa: E402

from profilecheck.options import Options  # noqa: E402

AS_OF = date(2026, 11, 30)

# ---------------------------------------------------------------- invented content

FIRST_NAMES = ["Ilona", "Marek", "Sunniva", "Tobiah", "Rasmi", "Ottilie", "Bruno", "Keziah", "Anneli", "Dorian", "Yaretzi", "Fennick"]
LAST_NAMES = ["Vantrell", "Osgood", "Quillan", "Marchetti", "Brannagh", "Ekwueme", "Solberg", "Harwick", "Delacroix", "Penhallow"]
PM_TITLES = [
    "IT Project Manager", "Project Manager", "Senior Project Manager", "Technical Project Manager", "Junior Project Manager",
    "Project Coordinator", "Program Manager", "Delivery Manager", "Scrum Master", "Agile Project Manager", "IT Program Manager",
]
NEIGHBOUR_TITLES = [
    "Software Developer", "Java Developer", "Front End Developer", "Business Analyst", "Systems Analyst", "QA Engineer",
    "QA Automation Engineer", "Team Lead", "Development Team Lead", "Data Analyst", "Support Engineer", "DevOps Engineer",
]
EMPLOYER_HEADS = ["Brightfield", "Coldwater", "Hexagrid", "Lanternfish", "Mossbank", "Northvale", "Quillstone", "Redfern", "Tidewell", "Umberline"]
EMPLOYER_TAILS = ["Software", "Systems", "Analytics", "Payments", "Logistics", "Digital", "Labs", "Telecom", "Insurance", "Health"]
EMPLOYER_FORMS = ["", "", " Ltd", " Inc.", " GmbH", " LLC", " S.A."]
CITIES = ["Warsaw, Poland", "Berlin, Germany", "Lisbon, Portugal", "Austin, TX", "Toronto, Canada", "Riga, Latvia", "Dublin, Ireland", "Kyiv, Ukraine"]
DUTIES = [
    "Planned and ran the release of a billing platform with a team of nine engineers",
    "Ran sprint planning, reviews and retrospectives for two product teams",
    "Kept the risk log and the weekly status report for the steering committee",
    "Moved 40 servers to a public cloud with no unplanned downtime",
    "Cut the regression cycle from five days to one with automated tests",
    "Wrote requirements and acceptance criteria with the business owners",
    "Managed a budget of 1.2M EUR across three parallel projects",
    "Built REST services in Java and Spring for the customer portal",
    "Onboarded two offshore vendors and set up their reporting",
    "Introduced Kanban boards and work-in-progress limits in Jira",
]
SKILLS = ["Jira", "Confluence", "MS Project", "Scrum", "Kanban", "Risk management", "Budgeting", "Stakeholder management",
          "SQL", "Python", "Java", "Git", "Docker", "Selenium", "Power BI", "Excel"]
SKILL_LEVELS = ["Expert", "Advanced", "Intermediate", "Good"]
LANGUAGES = ["English", "German", "Polish", "Spanish", "French", "Ukrainian", "Portuguese"]
LANGUAGE_LEVELS = ["Native", "Fluent", "C1", "B2", "B1", "Intermediate", "Basic"]
DEGREES = ["BSc in Computer Science", "MSc Information Systems", "Bachelor of Economics", "Master of Business Administration",
           "Engineer's degree, Telecommunications"]
SCHOOLS = ["Eastmoor University", "Northgate Technical University", "Valdora Polytechnic", "Lakeside College of Business"]
COURSES = ["Professional Scrum Master I", "PRINCE2 Foundation", "Google Project Management Certificate",
           "ITIL 4 Foundation", "Certified ScrumMaster", "Lean Six Sigma Yellow Belt"]
PROVIDERS = ["Scrum.org", "Axelos", "Coursera", "Scrum Alliance", "Udemy", "PeopleCert"]
MONTHS = "January February March April May June July August September October November December".split()

HEADINGS = {
    "summary": ["Summary", "Profile", "About me", "Professional Summary"],
    "experience": ["Work Experience", "Experience", "Professional Experience", "Employment History", "Career"],
    "education": ["Education", "Education and Training"],
    "courses": ["Courses", "Certifications", "Courses & Certificates", "Trainings"],
    "contact": ["Contact", "Contacts", "Personal Info", "Details"],
    "skills": ["Skills", "Key Skills", "Expertise", "Technical Skills"],
    "languages": ["Languages", "Language Skills"],
}

# What the text is drawn through: each path with its weight; office is drawn by --office's share.
PATHS = {"pdftotext": 2, "pdftotext -raw": 1, "pdftotext -layout": 1, "pdfplumber": 2, "pypdfium2": 2}
SHAPES = {"docx, one paragraph of breaks": 2, "docx, a paragraph per line": 1, "text": 1}


@dataclass
class Drawn:
    """One resume as drawn: the PDF, its truth, and the converter path and shape to take."""

    pdf: bytes
    truth: Truth
    path: str
    shape: str
    ascii_only: bool


class Maker(SeededDraw):
    """Draws one resume's content and its page; every choice that may matter is a trait."""

    # -- the career
    def employer(self) -> str:
        return self.pick(EMPLOYER_HEADS) + " " + self.pick(EMPLOYER_TAILS) + self.pick(EMPLOYER_FORMS)

    def career(self) -> tuple[list[Role], list[str], bool]:
        """Roles newest first (start and end as written), their cities, and whether the person is a PM."""
        seniority = self.weighted("seniority", {"junior (1-2 jobs)": 1, "middle (3-4 jobs)": 1, "senior (5-6 jobs)": 1})
        count = {"junior": self.r.randint(1, 2), "middle": self.r.randint(3, 4), "senior": self.r.randint(5, 6)}[seniority.split()[0]]
        pm = self.chance(0.7)
        year_only = self.traits.get("date shape") == "YYYY"
        current = self.chance(0.7)
        last = self.as_of.year * 12 + self.as_of.month - 1 - (0 if current else self.r.randint(1, 20))
        roles, cities = [], []
        for number in range(count):
            length = self.r.randint(5, 40)
            first = last - length
            title = self.pick(PM_TITLES) if pm and (number == 0 or self.chance(0.7)) else self.pick(NEIGHBOUR_TITLES)
            start, end = self.month(first, year_only), ("present" if current and number == 0 else self.month(last, year_only))
            if year_only and start == end:
                end = str(int(end) + 1)  # "2019 - 2019" is not how a year-only range is written
            roles.append(Role(title, self.employer(), start, end))
            cities.append(self.pick(CITIES))
            last = first - self.r.randint(0, 5)
        return roles, cities, any(role.title in PM_TITLES for role in roles)

    @staticmethod
    def month(index: int, year_only: bool) -> str:
        return str(index // 12) if year_only else f"{index // 12}-{index % 12 + 1:02d}"

    # -- how dates are written
    def date_writer(self):
        shape = self.traits["date shape"]
        dash = self.weighted("dash", {" - ": 3, " \u2013 ": 3, " \u2014 ": 1, "\u2013": 1, " to ": 1})
        present = self.pick(["Present", "PRESENT", "Current", "now", "Till date"])

        def point(iso: str) -> str:
            if iso == "present":
                return present
            year, _, month = iso.partition("-")
            if not month:
                return year
            m = int(month)
            return {"Mon YYYY": f"{MONTHS[m - 1][:3]} {year}", "MON YYYY": f"{MONTHS[m - 1][:3].upper()} {year}",
                    "Month YYYY": f"{MONTHS[m - 1]} {year}", "MM/YYYY": f"{m:02d}/{year}", "MM.YYYY": f"{m:02d}.{year}"}[shape]

        return lambda role: point(role.start) + dash + point(role.end)

    # -- the main column's rows
    def role_rows(self, role: Role, city: str, dates: str, shape: str, size: float, bullet: str) -> list:
        duties = [Para(text, size=size, indent=6, bullet=bullet) for text in self.r.sample(DUTIES, self.r.randint(0, 4))]
        if shape == "title, dates right / employer":
            head = [Pair(role.title, dates, size=size, bold=True), Para(f"{role.employer}, {city}", size=size, italic=True)]
        elif shape == "employer, dates right / title":
            head = [Pair(f"{role.employer} | {city}", dates, size=size, bold=True), Para(role.title, size=size, italic=True)]
        elif shape == "dates column":
            head = [Cells(((dates,), (role.title, f"{role.employer}, {city}")), (0.27, 0.73), size=size, bold_first=(False, True), after=0)]
        elif shape == "dates / title at employer":
            head = [Para(dates, size=size - 0.5), Para(f"{role.title} at {role.employer}", size=size, bold=True)]
        elif shape == "title / employer / dates":
            head = [Para(role.title, size=size + 0.5, bold=True), Para(f"{role.employer}, {city}", size=size), Para(dates, size=size - 0.5, italic=True)]
        else:  # "title, employer / dates"
            head = [Para(f"{role.title}, {role.employer}", size=size, bold=True), Para(f"{dates} | {city}", size=size - 0.5)]
        return head + duties + [Gap(self.r.uniform(3, 9))]

    def summary(self, years: Optional[float], title: str, size: float) -> list:
        stated = f"{int(years)}+ years" if years and years >= 2 and self.chance(0.6) else None
        self.traits["summary"] = "states years" if stated else "no years"
        text = (f"{title} with {stated} of experience in delivering software for banks, retail and logistics. "
                if stated else f"{title} who delivers software for banks, retail and logistics. ")
        text += "Calm under pressure, clear in writing, and used to distributed teams and vendors."
        return [Para(text, size=size)]

    def schools(self, size: float, narrow: bool) -> list:
        year = self.as_of.year - self.r.randint(8, 26)
        rows = []
        for _ in range(self.r.randint(1, 2)):
            span = f"{year - self.r.randint(3, 5)} - {year}" if self.chance(0.7) else f"Sep {year - 4} \u2013 Jun {year}"
            degree, school = self.pick(DEGREES), self.pick(SCHOOLS)
            if narrow or self.chance(0.5):
                rows += [Para(degree, size=size, bold=True), Para(school, size=size), Para(span, size=size - 0.5), Gap(4)]
            else:
                rows += [Pair(degree, span, size=size, bold=True), Para(school, size=size), Gap(4)]
            year -= self.r.randint(2, 4)
        return rows

    def courses(self, size: float) -> list:
        rows = []
        for course in self.r.sample(COURSES, self.r.randint(1, 3)):
            year = self.as_of.year - self.r.randint(0, 8)
            when = self.pick([str(year), f"{MONTHS[self.r.randint(0, 11)][:3]} {year}", f"Mar {year} - Jun {year}"])
            rows += [Para(course, size=size, bold=True), Para(f"{self.pick(PROVIDERS)}, {when}", size=size - 0.5)]
        return rows

    # -- the sidebar's blocks
    def side_block(self, key: str, size: float, heading) -> list:
        rows = [Gap(self.r.uniform(4, 12)), heading(key)]
        if key == "contact":
            rows += [Para(line, size=size) for line in ("+48 600 000 000", "someone@mail.test", self.pick(CITIES), "linkedin.com/in/someone")]
        elif key == "skills":
            how = self.weighted("skills", {"plain": 2, "bars beside": 1, "bars under": 1, "with level words": 1})
            for skill in self.r.sample(SKILLS, self.r.randint(4, 8)):
                if how.startswith("bars"):
                    rows.append(Bar(skill, self.r.uniform(0.4, 1.0), size=size, under=how == "bars under"))
                elif how == "with level words":
                    rows.append(Para(f"{skill} \u2014 {self.pick(SKILL_LEVELS)}" if self.chance(0.5) else f"{skill}: {self.pick(SKILL_LEVELS)}", size=size))
                else:
                    rows.append(Para(skill, size=size))
        elif key == "languages":
            how = self.pick(["dash", "parentheses", "own line", "bars"])
            for language in self.r.sample(LANGUAGES, self.r.randint(1, 3)):
                level = self.pick(LANGUAGE_LEVELS)
                if how == "dash":
                    rows.append(Para(f"{language} \u2013 {level}", size=size))
                elif how == "parentheses":
                    rows.append(Para(f"{language} ({level})", size=size))
                elif how == "own line":
                    rows += [Para(language, size=size, bold=True), Para(level, size=size - 0.5)]
                else:
                    rows.append(Bar(language, self.r.uniform(0.3, 1.0), size=size, under=self.chance(0.5)))
        elif key == "education":
            rows += self.schools(size, narrow=True)
        else:  # courses
            rows += self.courses(size)
        return rows

    # -- the whole resume
    def draw(self) -> tuple[Resume, Truth]:
        r = self.r
        self.weighted("date shape", {"Mon YYYY": 3, "MON YYYY": 1, "Month YYYY": 2, "MM/YYYY": 2, "MM.YYYY": 1, "YYYY": 1})
        roles, cities, is_pm = self.career()
        spans = [(role.start, role.end) for role in roles]
        years = union_years(spans, self.as_of)
        pm_years = union_years([(role.start, role.end) for role in roles if role.title in PM_TITLES], self.as_of) or 0.0
        truth = Truth(roles, years, self.as_of, is_pm, level_of(pm_years, is_pm))
        layout = self.weighted("layout", {"sidebar left": 3, "sidebar right": 2, "one column": 1})
        sidebar = layout.split()[-1] if layout.startswith("sidebar") else ""
        heading_style = self.weighted("heading style", {"plain": 1, "caps": 2, "rule": 1, "band": 1})
        main_size = r.choice([9.5, 10.0, 10.5, 11.0])
        side_size = main_size - r.choice([0.0, 0.5, 1.0, 1.5])

        def heading(key: str, side: bool = False):
            return Heading(self.pick(HEADINGS[key]), size=(side_size + 1.5) if side else main_size + 2.5, style=heading_style)

        dates = self.date_writer()
        role_shape = self.weighted("role shape", {
            "title, dates right / employer": 3, "employer, dates right / title": 2, "dates column": 2,
            "dates / title at employer": 1, "title / employer / dates": 2, "title, employer / dates": 1})
        bullet = self.pick(["\u2022 ", "\u2013 ", "- ", "\u00b7 ", ""])
        self.traits["bullet"] = repr(bullet.strip()) if bullet else "none"
        # what stands where: education and courses in the sidebar or the main column
        side_keys = ["contact", "skills", "languages"] if sidebar else []
        main_keys = ["summary"] if self.chance(0.75) else []
        education_where = self.weighted("education in", {"sidebar": 1, "main column": 1} if sidebar else {"main column": 1})
        courses_where = self.weighted("courses in", {"sidebar": 1, "main column": 1, "none": 1} if sidebar else {"main column": 1, "none": 1})
        (side_keys if education_where == "sidebar" else main_keys).append("education")
        if courses_where != "none":
            (side_keys if courses_where == "sidebar" else main_keys).append("courses")
        order = self.weighted("main order", {"work before education": 3, "education and courses before work": 1})
        rest = [key for key in main_keys if key != "summary"]
        main_keys = ["summary"] * ("summary" in main_keys) + (rest + ["experience"] if order.startswith("education") else ["experience"] + rest)
        if side_keys:
            r.shuffle(side_keys)
            if self.chance(0.7):  # contact most often leads the sidebar
                side_keys.remove("contact")
                side_keys.insert(0, "contact")
        self.traits["sidebar leads with"] = side_keys[0] if side_keys else "none"
        rows: list = []
        if self.chance(0.6):
            rows.append(Para(roles[0].title.upper() if self.chance(0.5) else roles[0].title, size=main_size + 1))
        for key in main_keys:
            rows += [Gap(r.uniform(4, 10)), heading(key)]
            if key == "summary":
                rows += self.summary(years, roles[0].title, main_size)
            elif key == "experience":
                for role, city in zip(roles, cities):
                    rows += self.role_rows(role, city, dates(role), role_shape, main_size, bullet)
            elif key == "education":
                rows += self.schools(main_size, narrow=False)
            else:
                rows += self.courses(main_size)
        side: list = []
        for key in side_keys:
            side += self.side_block(key, side_size, lambda k: heading(k, side=True))
        leading = r.uniform(1.15, 1.5)
        style = Style(
            page=self.pick(["A4", "letter"]), margin=r.uniform(30, 50), top=r.uniform(30, 50), font=self.pick(["Helvetica", "Times-Roman"]),
            sidebar=sidebar, sidebar_width=r.uniform(120, 190), sidebar_fill=(0.92, 0.94, 0.97) if self.chance(0.5) else None,
            leading=leading, sidebar_leading=r.uniform(1.1, 1.6), sidebar_top=r.uniform(-10, 60),
        )
        self.traits["sidebar width"] = "none" if not sidebar else "narrow" if style.sidebar_width < 145 else "wide"
        name = f"{self.pick(FIRST_NAMES)} {self.pick(LAST_NAMES)}"
        contact = [] if sidebar else [f"+48 600 000 000 | someone@mail.test | {self.pick(CITIES)}"]
        return Resume(name=name, contact=contact, rows=rows, sidebar=side, style=style), truth


def draw(seed: int, index: int, as_of: date, paths: dict[str, float], office: float) -> Drawn:
    maker = Maker(f"render-{seed}-{index}", as_of)
    resume, truth = maker.draw()
    pdf = resume_pdf(resume)
    # the path has a die of its own, so that --office and --path leave the resumes as they are
    die = random.Random(f"render-path-{seed}-{index}")
    if die.random() < office:
        path, shape = "libreoffice", "docx as converted"
    else:
        path = die.choices(list(paths), weights=list(paths.values()))[0]
        shape = maker.traits["written as"] = die.choices(list(SHAPES), weights=list(SHAPES.values()))[0]
    maker.traits["path"] = path
    ascii_only = path != "libreoffice" and die.random() < 0.25
    maker.traits["non-ASCII"] = "dropped" if ascii_only else "kept"
    truth.traits = dict(maker.traits)
    return Drawn(pdf, truth, path, shape, ascii_only)


# ---------------------------------------------------------------- the converters


def available_paths() -> tuple[dict[str, float], list[str]]:
    """The text paths whose tool is here, and the names of those that are not."""
    missing = []
    paths = dict(PATHS)
    if not shutil.which("pdftotext"):
        missing += [name for name in paths if name.startswith("pdftotext")]
        paths = {name: weight for name, weight in paths.items() if not name.startswith("pdftotext")}
    return paths, missing


def office_binary() -> Optional[str]:
    return shutil.which("soffice") or shutil.which("libreoffice")


def extract_text(pdf: bytes, path: str) -> str:
    """The PDF's text as the path gives it."""
    if path.startswith("pdftotext"):
        flags = path.split()[1:]
        return subprocess.run(["pdftotext", *flags, "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode("utf-8")
    if path == "pdfplumber":
        import pdfplumber

        with pdfplumber.open(io.BytesIO(pdf)) as document:
            return "\n".join(page.extract_text() or "" for page in document.pages)
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        return "\n".join(document[number].get_textpage().get_text_range() for number in range(len(document)))
    finally:
        document.close()


def dump_lines(text: str, ascii_only: bool) -> list[str]:
    """The dump's lines: page breaks as blank lines, trailing blanks cut, non-ASCII dropped when drawn so."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    if ascii_only:
        text = text.encode("ascii", "ignore").decode("ascii")
    return [line.rstrip() for line in text.split("\n")]


def as_docx(lines: list[str], one_paragraph: bool) -> bytes:
    import docx

    document = docx.Document()
    if one_paragraph:
        run = document.add_paragraph().add_run()
        for number, line in enumerate(lines):
            if number:
                run.add_break()
            run.add_text(line)
    else:
        for line in lines:
            document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def written(lines: list[str], shape: str) -> tuple[bytes, str]:
    """The file the dump is written to, and its name."""
    if shape == "text":
        return "\n".join(lines).encode("utf-8"), "resume.txt"
    return as_docx(lines, shape.startswith("docx, one paragraph")), "resume.docx"


def office_convert(pdfs: dict[int, bytes], work: Path) -> dict[int, bytes]:
    """Each PDF through LibreOffice's PDF import saved as Word, in one run (its own profile, so a
    LibreOffice the machine is running elsewhere is left alone)."""
    if not pdfs:
        return {}
    work.mkdir(parents=True, exist_ok=True)
    names = []
    for index, pdf in pdfs.items():
        (work / f"r{index}.pdf").write_bytes(pdf)
        names.append(str(work / f"r{index}.pdf"))
    profile = (work / "profile").as_uri()
    subprocess.run([office_binary(), f"-env:UserInstallation={profile}", "--headless", "--infilter=writer_pdf_import",
                    "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(work), *names],
                   capture_output=True, timeout=60 + 20 * len(names))
    out = {}
    for index in pdfs:
        converted = work / f"r{index}.docx"
        if converted.is_file():
            out[index] = converted.read_bytes()
    return out


# ---------------------------------------------------------------- reading and showing


def analyze(data: bytes, name: str, as_of: date):
    import profilecheck

    report = profilecheck.analyze_bytes(data, Options(as_of=as_of), name)
    facts = report.facts
    return report.profile, facts.years_of_experience, facts.level, facts.is_project_manager


def show_one(drawn: Drawn, data: bytes, name: str, read_back, as_of: date) -> None:
    docx_fuzz.show_one(data, drawn.truth, read_back, as_of, name)


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    stress_arguments(parser, "resume", AS_OF)
    parser.add_argument("--office", type=float, default=0.1,
                        help="the share of resumes converted by LibreOffice's PDF import (slow; default %(default)s, 0 for none)")
    parser.add_argument("--path", help="convert every resume by this one path (" + ", ".join([*PATHS, "libreoffice"]) + ")")
    parser.add_argument("--traits", type=float, default=1.0, help="show only the traits scoring under this F1 or share (default 1: all)")
    args = parser.parse_args(argv)
    paths, missing = available_paths()
    if args.path:
        if args.path == "libreoffice":
            args.office = 1.0
        elif args.path not in paths:
            print(f"path {args.path!r} is not available here", file=sys.stderr)
            return 2
        else:
            paths, args.office = {args.path: 1}, 0.0
    if args.office and not office_binary():
        missing.append("libreoffice")
        args.office = 0.0
    indexes = [args.only] if args.only is not None else list(range(args.count))
    started = time.perf_counter()
    drawn = {index: draw(args.seed, index, args.as_of, paths, args.office) for index in indexes}
    with tempfile.TemporaryDirectory(prefix="render-dump-") as work:
        converted = office_convert({i: d.pdf for i, d in drawn.items() if d.path == "libreoffice"}, Path(work))
    tally = Tally()
    errors: list[str] = []
    for index in indexes:
        one = drawn[index]
        if one.path == "libreoffice":
            if index not in converted:
                errors.append(f"#{index}: LibreOffice gave no file")
                continue
            data, name, lines = converted[index], "resume.docx", None
        else:
            lines = dump_lines(extract_text(one.pdf, one.path), one.ascii_only)
            data, name = written(lines, one.shape)
        failed_before = sum(len(v) for v in tally.fails.values())
        try:
            read_back = analyze(data, name, args.as_of)
        except Exception as error:  # a crash is a finding too
            errors.append(f"#{index}: {type(error).__name__}: {error}")
            continue
        score(tally, index, one.truth, read_back)
        failed = sum(len(v) for v in tally.fails.values()) > failed_before
        if args.keep and (failed or args.only is not None):
            args.keep.mkdir(parents=True, exist_ok=True)
            (args.keep / f"render-{args.seed}-{index}.pdf").write_bytes(one.pdf)
            (args.keep / f"render-{args.seed}-{index}{Path(name).suffix}").write_bytes(data)
        if args.only is not None:
            if lines is not None:
                print("dump:\n" + "\n".join(f"  | {line}" for line in lines))
            show_one(one, data, name, read_back, args.as_of)
    seconds = time.perf_counter() - started
    print(f"# rendered dumps: {len(indexes)} resumes, seed {args.seed}, as of {args.as_of}, "
          f"{sum(d.path == 'libreoffice' for d in drawn.values())} through LibreOffice ({seconds:.0f} s)")
    if missing:
        print(f"  not drawn (tool missing): {', '.join(missing)}")
    print_tally(tally, errors, args, "resumes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
