"""Resume PDFs never seen: a seeded stress set drawn from many templates, each labelled by construction.

    python benchmarks/resume_fuzz.py                         # 300 resumes, seed 1
    python benchmarks/resume_fuzz.py --count 1000 --seed 7 --show 5
    python benchmarks/resume_fuzz.py --only 41 --keep /tmp/fuzz   # one resume, its PDF written
    python benchmarks/resume_fuzz.py --engine pdfplumber     # the other PDF engine

The labelled development PDFs come mostly from one HTML-to-PDF converter and one template; the
resumes judged later come from other tools.  This draws resumes with tests/resume_pdf.py in many
of the shapes real resumes take, with invented content:

- templates: one column; a sidebar left or right (contact, skills, certifications, languages)
  beside the history; a dates column left of the job; dates flush right on the title line; a
  ruled table of dates and jobs; label-and-value rows ("Employer" | "..."); headings plain, in
  capitals, ruled underneath or on a coloured band; page breaks wherever the content falls; a
  running header and a footer with the name and page numbers; words placed one by one with no
  space glyph; justified bullets;
- role shapes: "Title, Employer", "Employer - Title", "Employer | City, ST" over the title,
  "Title at Employer", the title and dates on one line, the dates on a line of their own before
  or after, several titles under one employer (promotions), a role with no bullets;
- date shapes: "Jan 2019 - Mar 2021", "01/2019 - 03/2021", "2019 - 2021", "2019 - Present",
  "Since 2020", "05/2013 to Current", "Till Date", two-digit years, "Summer 2018";
- sections in many names and orders, with dated entries that are not jobs (education,
  certifications, projects, volunteer work) and a summary stating its years ("12+ years").

Each resume is read as benchmarks/realworld.py reads a file (`profilecheck.analyze_bytes` with
the resume's as-of date) and scored with its measures: roles (title + start month) F1, years of
experience within a year, the level band and "is a project manager".  The truth follows the
labels' rules (benchmarks/labels/README.md): years are the union of the roles' ranges, a
year-only start counting from January and a year-only end to December; the level is the band of
the years in project-management roles (foundation when there are none).
"""
from __future__ import annotations

import argparse
import collections
import random
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Optional

import environment  # noqa: E402  (benchmarks/: one line, exit 2, outside profilecheck's environment)

environment.require("reportlab")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "benchmarks" / "labels"))

from realworld import BAND, print_failures, same_month, title_like  # noqa: E402
from resume_pdf import Cells, Gap, Heading, Pair, Para, Resume, Style, resume_pdf  # noqa: E402

from profilecheck.nlp.levels import level_from_years  # noqa: E402
from profilecheck.options import Options  # noqa: E402

# ---------------------------------------------------------------- invented content

FIRST = ["Dana", "Marcus", "Priya", "Tomasz", "Aisha", "Colin", "Renata", "Kenji", "Olivia", "Samuel", "Yusuf",
         "Hannah", "Diego", "Mei", "Grace", "Luca", "Nadia", "Owen", "Fatima", "Victor"]
LAST = ["Whitcombe", "Okonkwo-Hale", "Brandvold", "Ferrante", "Castellano", "Moorfield", "Lindgren", "Achebe",
        "Pemberton", "Vasquez", "Kowalski", "Thornbury", "Nakashima", "Delacroix", "Rutherford", "Abernathy"]
# PM titles by the labels' rule (project or program manager, coordinator, lead, scrum master,
# delivery manager, PMO roles, project director, portfolio manager); the others are not
PM_TITLES = ["IT Project Manager", "Project Manager", "Senior Project Manager", "Technical Project Manager",
             "Program Manager", "Senior Program Manager", "Project Coordinator", "Scrum Master",
             "Delivery Manager", "IT Program Manager", "Project Lead", "Portfolio Manager",
             "Junior Project Manager", "Assistant Project Manager", "Agile Project Manager",
             "Infrastructure Project Manager"]
OTHER_TITLES = ["Business Analyst", "Systems Administrator", "Software Developer", "Network Engineer",
                "QA Analyst", "Help Desk Technician", "Data Analyst", "Systems Analyst", "Database Administrator",
                "Web Developer", "IT Support Specialist", "Solutions Architect"]
EMPLOYERS = ["Harbourline Freight", "Northgate Health Partners", "Bluefen Software Ltd", "Corvane Systems Inc.",
             "Marlpit Insurance Group", "Teal Ridge Bank", "Quillon Retail", "Ashgrove County Council",
             "Pinecrest Logistics", "Veltmark Consulting", "Stonebridge Utilities", "Larkspur Media",
             "Oakhurst University Hospital", "Brightkey Payments", "Silverfen Telecom", "Redmere Energy",
             "Granite Peak Solutions", "Cobaltwave Labs", "Meadowvale Foods", "Ironclad Security LLC"]
CITIES = ["Austin, TX", "Denver, CO", "Columbus, OH", "Raleigh, NC", "Tampa, FL", "Portland, OR", "Toronto, ON",
          "Leeds, UK", "Boston, MA", "Phoenix, AZ", "Remote"]
SENTENCES = [
    "Planned and tracked the release of a new billing platform for three business units",
    "Kept a weekly status report and a risk log that the steering group read every Monday",
    "Moved the team from long waterfall phases to two-week sprints in Jira",
    "Managed a budget of 1.2M and brought the project in under it",
    "Coordinated nine vendors through the data-centre move without an outage",
    "Wrote the test plan and ran user acceptance testing with the finance team",
    "Built dashboards that cut the time to answer audit questions by half",
    "Led daily stand-ups, sprint reviews and retrospectives for two teams",
    "Set up the change board and the release calendar",
    "Supported 400 users on the service desk and wrote the knowledge base",
    "Migrated the mail system to the cloud over one weekend",
    "Gathered requirements from the warehouse staff and drew the process maps",
    "Hired and coached four junior analysts",
    "Cut the backlog of open tickets from 300 to 40 in six months",
]
SCHOOLS = ["Eastmoor University", "Westbrook Polytechnic", "Lakeshore Community College", "Northfield Institute of Technology"]
DEGREES = ["B.Sc. Computer Science", "Bachelor of Business Administration", "M.Sc. Information Systems", "MBA",
           "Associate Degree in Network Technology", "B.A. Economics"]
CERTS = ["PMP - Project Management Professional", "Certified ScrumMaster (CSM)", "PRINCE2 Foundation",
         "ITIL 4 Foundation", "CAPM", "AWS Certified Cloud Practitioner", "PMI-ACP", "CompTIA Project+"]
SKILLS = ["Jira", "Confluence", "MS Project", "Risk management", "Budgeting", "Scrum", "Kanban", "Stakeholder management",
          "SQL", "Smartsheet", "Vendor management", "Power BI"]
LANGUAGES = ["English (native)", "Spanish (fluent)", "French (basic)", "German (intermediate)", "Portuguese"]
PROJECTS = ["Warehouse scanner rollout", "Customer portal redesign", "Payroll system upgrade", "Branch network refresh",
            "Data warehouse migration"]
VOLUNTEER = ["Volunteer Coordinator, Riverside Food Bank", "Mentor, Code Club for Teens", "Treasurer, Hillview Rowing Club"]

HEADINGS = {
    "summary": ["Summary", "Professional Summary", "Profile", "About Me", "Career Summary", "Executive Summary"],
    "experience": ["Experience", "Professional Experience", "Work Experience", "Work History", "Employment History",
                   "Career History", "Relevant Experience", "Employment", "Professional Background"],
    "education": ["Education", "Education and Training", "Academic Background", "Qualifications"],
    "certifications": ["Certifications", "Certificates", "Licenses & Certifications", "Professional Certifications"],
    "projects": ["Projects", "Key Projects", "Selected Projects"],
    "volunteer": ["Volunteer Work", "Volunteering", "Community Involvement"],
    "skills": ["Skills", "Core Skills", "Technical Skills", "Key Skills"],
    "languages": ["Languages"],
    "contact": ["Contact", "Contact Details"],
}
MONTHS = "January February March April May June July August September October November December".split()
SEASONS = {"Spring": 3, "Summer": 6, "Fall": 9, "Autumn": 9, "Winter": 1}
OPEN_WORDS = ["Present", "Current", "Now", "Till Date", "Today", "To Date", "present"]
SEPARATORS = [" - ", " – ", " — ", " to ", "–", "-"]
BULLETS = ["• ", "- ", "* ", "o ", ""]

TEMPLATES = ["single", "single", "sidebar-left", "sidebar-right", "dates-left", "dates-right", "table", "labels"]
ROLE_SHAPES = ["title-comma-employer", "employer-dash-title", "employer-city-over-title", "title-at-employer",
               "title-dates-line", "dates-before", "dates-after", "title-over-employer"]
DATE_SHAPES = ["mon-year", "month-year", "mm/yyyy", "year", "mm/yy", "mon-'yy"]


@dataclass(frozen=True)
class Role:
    title: str
    employer: str
    start: tuple[int, int]
    end: Optional[tuple[int, int]]  # None: open ("Present")
    start_text: str = ""  # as the reader should give it: "2019-03" or "2019"
    year_only: bool = False
    pm: bool = False


@dataclass
class Truth:
    roles: list[Role]
    years: Optional[float]
    level: str
    is_pm: bool
    as_of: date
    shapes: list[str] = field(default_factory=list)  # what was drawn: template, role and date shapes


def month_index(ym: tuple[int, int]) -> int:
    return ym[0] * 12 + ym[1] - 1


def union_years(ranges: list[tuple[tuple[int, int], tuple[int, int]]]) -> Optional[float]:
    months: set[int] = set()
    for start, end in ranges:
        months.update(range(month_index(start), month_index(end) + 1))
    return round(len(months) / 12, 1) if months else None


class Maker:
    def __init__(self, seed: str):
        self.r = random.Random(seed)
        self.shapes: list[str] = []

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def pick(self, items):
        return self.r.choice(items)

    # -- dates
    def one_date(self, ym: tuple[int, int], shape: str) -> str:
        year, month = ym
        if shape == "mon-year":
            return f"{MONTHS[month - 1][:3]}{'.' if self.flags.get('dot') and month != 5 else ''} {year}"
        if shape == "month-year":
            return f"{MONTHS[month - 1]} {year}"
        if shape == "mm/yyyy":
            return f"{month:02d}/{year}"
        if shape == "mm/yy":
            return f"{month:02d}/{year % 100:02d}"
        if shape == "mon-'yy":
            return f"{MONTHS[month - 1][:3]} '{year % 100:02d}"
        return str(year)

    def range_text(self, role: Role, shape: str) -> str:
        sep = self.flags["sep"]
        if role.end is None and self.flags.get("since"):
            return f"Since {self.one_date(role.start, shape)}"
        start = self.one_date(role.start, shape)
        if self.flags.get("season") and role.end is not None and shape in ("year", "mon-year"):
            season = self.pick([s for s, m in SEASONS.items() if m == role.end[1]] or [None])
            if season:
                return f"{start}{sep}{season} {role.end[0]}"
        end = self.flags["open"] if role.end is None else self.one_date(role.end, shape)
        return f"{start}{sep}{end}"

    # -- the career
    def career(self, as_of: date) -> list[Role]:
        r = self.r
        count = r.choice([1, 2, 2, 3, 3, 4, 4, 5, 6])
        pm_from = r.randint(0, count)  # roles newer than this index are PM roles
        cursor = (as_of.year, as_of.month)
        roles: list[Role] = []
        open_first = self.chance(0.7)
        employer = None
        for index in range(count):
            end = None if index == 0 and open_first else self.back(cursor, r.randint(0, 5))
            length = r.randint(4, 60)
            start = self.back(end or cursor, length)
            if start[0] < 1995:
                break
            promoted = roles and self.chance(0.15)
            if not promoted:
                employer = self.pick([e for e in EMPLOYERS if e not in {x.employer for x in roles}])
            pm = index < pm_from
            title = self.pick(PM_TITLES if pm else OTHER_TITLES)
            roles.append(Role(title, employer, start, end, pm=pm))
            cursor = self.back(start, r.choice([0, 0, 1, 1, 3, 8]))
        return roles

    @staticmethod
    def back(ym: tuple[int, int], months: int) -> tuple[int, int]:
        index = month_index(ym) - months
        return index // 12, index % 12 + 1

    # -- rows for one role
    def role_rows(self, role: Role, dates: str, template: str, shape: str, bullet_rows: list) -> list:
        r = self.r
        city = self.pick(CITIES)
        if template == "dates-left":
            header = [role.title, role.employer] if self.chance(0.5) else [f"{role.title}, {role.employer}"]
            if self.chance(0.4):
                header.append(city)
            return [Cells(((dates,), tuple(header)), (0.28, 0.72), bold_first=(False, True))] + bullet_rows
        if template == "dates-right":
            header = [role.title, role.employer] if self.chance(0.5) else [f"{role.employer}, {city}", role.title]
            return [Cells((tuple(header), (dates,)), (0.72, 0.28), bold_first=(True, False), align=("left", "right"))] + bullet_rows
        if template == "table":
            return [Cells(((dates,), (role.title, role.employer)), (0.3, 0.7), bold_first=(False, True), ruled=True)] + bullet_rows
        if template == "labels":
            label_rows = [("Dates", dates), ("Position", role.title), ("Employer", f"{role.employer}, {city}")]
            if self.flags["labels last"]:  # one order for the whole resume, as a form has it
                label_rows = [label_rows[1], label_rows[2], label_rows[0]]
            return [Cells(((label,), (value,)), (0.3, 0.7), align=("right", "left"), after=1.0)
                    for label, value in label_rows] + [Gap(3)] + bullet_rows
        if shape == "title-comma-employer":
            head = [Pair(f"{role.title}, {role.employer}", dates, bold=True)]
        elif shape == "employer-dash-title":
            head = [Pair(f"{role.employer} {self.pick(['—', '–', '-', '|'])} {role.title}", dates, bold=True)]
        elif shape == "employer-city-over-title":
            head = [Pair(f"{role.employer} | {city}", dates, bold=True), Para(role.title, italic=True)]
        elif shape == "title-at-employer":
            head = [Para(f"{role.title} at {role.employer}", bold=True), Para(dates, italic=True)]
        elif shape == "title-dates-line":
            head = [Para(f"{role.title} {self.pick(['|', '-', '–', ','])} {dates}", bold=True), Para(role.employer)]
        elif shape == "dates-before":
            head = [Para(dates, italic=True), Para(role.title, bold=True), Para(f"{role.employer}, {city}")]
        elif shape == "dates-after":
            head = [Para(role.title, bold=True), Para(f"{role.employer} {self.pick(['|', '-', '·'])} {city}"), Para(dates, italic=True)]
        else:  # title over employer, dates flush right on the employer line
            head = [Para(role.title, bold=True), Pair(role.employer, dates)]
        return head + bullet_rows

    def bullets(self, justify: bool) -> list:
        r = self.r
        bullet = self.flags["bullet"]
        rows = []
        for _ in range(r.choice([0, 1, 2, 3, 3, 4, 5])):
            text = " ".join(r.sample(SENTENCES, r.randint(1, 2)))
            rows.append(Para(text + ("." if self.chance(0.5) else ""), indent=10, bullet=bullet, justify=justify))
        return rows

    # -- the whole resume
    def resume(self) -> tuple[Resume, Truth]:
        r = self.r
        as_of = date(2026, 11, 30)
        template = self.pick(TEMPLATES)
        shape = self.pick(ROLE_SHAPES)
        date_shape = self.pick(DATE_SHAPES)
        self.flags = {
            "sep": self.pick(SEPARATORS), "open": self.pick(OPEN_WORDS), "since": self.chance(0.08),
            "season": self.chance(0.08), "dot": self.chance(0.2), "bullet": self.pick(BULLETS),
            "labels last": self.chance(0.5),
        }
        heading_style = self.pick(["plain", "caps", "rule", "band"])
        words = "placed" if self.chance(0.25) else "string"
        justify = self.chance(0.2)
        self.shapes += [template, shape if template in ("single", "sidebar-left", "sidebar-right") else "", date_shape,
                        f"headings {heading_style}", words] + [k for k in ("since", "season") if self.flags[k]]
        roles = self.career(as_of)
        # the start as the reader should give it
        year_only = date_shape == "year"
        labelled = []
        for role in roles:
            text = str(role.start[0]) if year_only else f"{role.start[0]:04d}-{role.start[1]:02d}"
            labelled.append(Role(role.title, role.employer, role.start, role.end, text, year_only, role.pm))
        roles = labelled

        name = f"{self.pick(FIRST)} {self.pick(LAST)}"
        first, last = name.split()[0].lower(), name.split()[-1].lower()
        contact = [f"{first}.{last}@example.com", self.pick(["(512) 555-0147", "+1 303 555 0188", "07700 900456"]),
                   self.pick(CITIES)]
        if self.chance(0.4):
            contact.append(f"linkedin.com/in/{first}-{last}")

        # years, level and PM standing by the labels' rules
        ranges = []
        for role in roles:
            start = (role.start[0], 1) if year_only else role.start
            end = (as_of.year, as_of.month) if role.end is None else ((role.end[0], 12) if year_only else role.end)
            end = min(end, (as_of.year, as_of.month))  # "2026" ends no later than the as-of month
            ranges.append((start, end))
        years = union_years(ranges)
        pm_ranges = [rng for rng, role in zip(ranges, roles) if role.pm]
        pm_years = union_years(pm_ranges)
        level = BAND[level_from_years(pm_years)] if pm_years else "foundation"
        is_pm = any(role.pm for role in roles)

        # sections
        H = lambda key: Heading(self.pick(HEADINGS[key]), style=heading_style)  # noqa: E731
        sections: dict[str, list] = {}
        if self.chance(0.7):
            lead = "IT project manager" if is_pm else self.pick(OTHER_TITLES).lower()
            stated = f"{int(years)}+ years" if years and years >= 2 and self.chance(0.6) else "many years"
            text = (f"{lead[0].upper() + lead[1:]} with {stated} of experience in planning and delivering software and "
                    f"infrastructure work for mid-sized companies. Calm under pressure and clear in writing.")
            sections["summary"] = [H("summary"), Para(text, justify=justify)]
        experience = [H("experience")]
        previous = None
        for role in roles:
            dates = self.range_text(role, date_shape)
            rows = self.bullets(justify)
            if previous is not None and role.employer == previous.employer and template == "single" and shape in (
                    "employer-city-over-title", "employer-dash-title"):
                # a promotion under the same employer: the title and its dates only
                experience += [Pair(role.title, dates, bold=False)] + rows
            else:
                experience += [Gap(self.pick([3, 6, 9]))] + self.role_rows(role, dates, template, shape, rows)
            previous = role
        sections["experience"] = experience
        if self.chance(0.85):
            rows = [H("education")]
            for _ in range(r.choice([1, 1, 2])):
                y = r.randint(1992, 2016)
                degree, school = self.pick(DEGREES), self.pick(SCHOOLS)
                kind = r.random()
                if kind < 0.35:
                    rows.append(Pair(f"{degree}, {school}", f"{y} - {y + r.randint(1, 4)}"))
                elif kind < 0.6:
                    rows += [Para(degree, bold=True), Para(f"{school} | Sep {y} – Jun {y + r.randint(1, 4)}")]
                elif kind < 0.8:
                    rows += [Para(f"{school}, {degree}, {y}")]
                else:
                    rows += [Para(f"{MONTHS[8][:3]} {y} - {MONTHS[5][:3]} {y + 3}"), Para(degree, bold=True), Para(school)]
            sections["education"] = rows
        certs = r.sample(CERTS, r.choice([0, 1, 2, 3]))
        sidebar_certs = template.startswith("sidebar") and self.chance(0.6)
        if certs and not sidebar_certs:
            rows = [H("certifications")]
            for cert in certs:
                y = r.randint(2008, 2025)
                rows.append(self.pick([Para(f"{cert}, {y}"), Pair(cert, str(y)), Para(f"{cert} ({MONTHS[r.randint(0, 11)][:3]} {y})"),
                                       Para(f"{cert} | {y} - {y + 3}")]))
            sections["certifications"] = rows
        if self.chance(0.3):
            rows = [H("projects")]
            for project in r.sample(PROJECTS, r.randint(1, 2)):
                y = r.randint(2012, 2025)
                rows += [Pair(project, f"Jan {y} – Jun {y}", bold=True), Para(self.pick(SENTENCES), indent=10, bullet="• ")]
            sections["projects"] = rows
        if self.chance(0.25):
            rows = [H("volunteer")]
            for item in r.sample(VOLUNTEER, r.randint(1, 2)):
                y = r.randint(2005, 2022)
                rows += [Pair(item, f"{y} - {y + r.randint(1, 4)}")]
            sections["volunteer"] = rows
        side: list = []
        if template.startswith("sidebar"):
            side += [Heading(self.pick(HEADINGS["contact"]), size=11, style=heading_style)]
            side += [Para(line, size=8.5, after=0) for line in contact]
            side += [Gap(8), Heading(self.pick(HEADINGS["skills"]), size=11, style=heading_style)]
            side += [Para(skill, size=9, after=0) for skill in r.sample(SKILLS, r.randint(3, 7))]
            if sidebar_certs and certs:
                side += [Gap(8), Heading(self.pick(HEADINGS["certifications"]), size=11, style=heading_style)]
                side += [Para(cert + (f" ({r.randint(2010, 2025)})" if self.chance(0.5) else ""), size=8.5, after=1) for cert in certs]
            side += [Gap(8), Heading("Languages", size=11, style=heading_style)]
            side += [Para(item, size=9, after=0) for item in r.sample(LANGUAGES, 2)]
        elif self.chance(0.6):
            sections["skills"] = [H("skills"), Para(", ".join(r.sample(SKILLS, r.randint(4, 9))))]

        order = ["summary", "experience", "education", "certifications", "projects", "volunteer", "skills"]
        if self.chance(0.3):  # education or skills first, as graduates and career changers do
            head = self.pick(["education", "skills", "certifications"])
            order.remove(head)
            order.insert(1, head)
        rows = []
        for key in order:
            rows += sections.get(key, [])
        style = Style(
            page=self.pick(["letter", "A4"]), margin=self.pick([36, 45, 54, 72]), font=self.pick(["Helvetica", "Times-Roman"]),
            sidebar=template.split("-")[1] if template.startswith("sidebar") else "",
            sidebar_fill=(0.92, 0.94, 0.97) if self.chance(0.4) else None, words=words,
            running_header=self.pick(["", "", "{name} - Resume", "{name}    Page {page}"]),
            footer=self.pick(["", "", "Page {page} of {total}", "{page}", "{name} | page {page}"]),
        )
        resume = Resume(name=name, contact=contact, rows=rows, sidebar=side, style=style)
        truth = Truth(roles, years, level, is_pm, as_of, [s for s in self.shapes if s])
        return resume, truth


def make(seed: int, index: int) -> tuple[Resume, Truth]:
    return Maker(f"{seed}-{index}").resume()


# ---------------------------------------------------------------- reading and scoring


def read(data: bytes, engine: str, as_of: date):
    import profilecheck

    return profilecheck.analyze_bytes(data, Options(pdf_engine=engine, as_of=as_of), "resume.pdf")


class Tally:
    def __init__(self) -> None:
        self.hits = collections.Counter()
        self.totals = collections.Counter()
        self.fails: dict[str, list[str]] = collections.defaultdict(list)
        self.tp = self.fp = self.fn = 0
        self.by_shape: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])  # shape: [files, roles failed]

    def add(self, key: str, ok: bool, detail: str) -> bool:
        self.totals[key] += 1
        self.hits[key] += bool(ok)
        if not ok:
            self.fails[key].append(detail)
        return ok


def score(tally: Tally, index: int, truth: Truth, report) -> None:
    facts, profile = report.facts, report.profile
    tag = f"#{index} [{', '.join(truth.shapes)}]"
    found = [(w.position, w.name, w.startDate) for w in profile.work]  # an undated role counts too: every drawn role has dates
    unmatched = list(found)
    missing = []
    for role in truth.roles:
        hit = next((f for f in unmatched if same_month(f[2], role.start_text) and title_like(f[0], role.title)), None)
        if hit:
            unmatched.remove(hit)
        else:
            missing.append((role.title, role.employer, role.start_text))
    tally.tp += len(truth.roles) - len(missing)
    tally.fp += len(unmatched)
    tally.fn += len(missing)
    ok = tally.add("roles files", not missing and not unmatched,
                   f"{tag} missed {missing[:3]}{' ...' if len(missing) > 3 else ''}; extra {unmatched[:3]}"
                   f"{' ...' if len(unmatched) > 3 else ''}")
    for shape in truth.shapes:
        tally.by_shape[shape][0] += 1
        tally.by_shape[shape][1] += not ok
    years = facts.years_of_experience
    if truth.years is not None:
        tally.add("years within 1 year", years is not None and abs(years - truth.years) <= 1.0,
                  f"{tag} expected {truth.years}, found {years}")
    tally.add("level band", BAND.get(facts.level or "") == truth.level, f"{tag} expected {truth.level}, found {facts.level}")
    tally.add("is a project manager", bool(facts.is_project_manager) == truth.is_pm,
              f"{tag} expected {truth.is_pm}, found {facts.is_project_manager}")


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=3, help="failures shown per measure")
    parser.add_argument("--only", type=int, help="draw and read only resume number N")
    parser.add_argument("--keep", type=Path, help="write the failing resumes' PDFs (or --only's) to this folder")
    parser.add_argument("--engine", default="auto", choices=("auto", "pdfium", "pdfplumber"))
    parser.add_argument("--shapes", action="store_true", help="also the share of files with a role missed, per shape drawn")
    args = parser.parse_args(argv)
    indexes = [args.only] if args.only is not None else list(range(args.count))
    tally = Tally()
    errors = []
    started = time.perf_counter()
    for index in indexes:
        resume, truth = make(args.seed, index)
        data = resume_pdf(resume)
        failed_before = sum(len(v) for v in tally.fails.values())
        try:
            report = read(data, args.engine, truth.as_of)
        except Exception as error:  # a crash is a finding too
            errors.append(f"#{index}: {type(error).__name__}: {error}")
            continue
        score(tally, index, truth, report)
        failed = sum(len(v) for v in tally.fails.values()) > failed_before
        if args.keep and (failed or args.only is not None):
            args.keep.mkdir(parents=True, exist_ok=True)
            (args.keep / f"resume-{args.seed}-{index}.pdf").write_bytes(data)
        if args.only is not None:
            print(f"truth: years {truth.years}, level {truth.level}, PM {truth.is_pm}; {', '.join(truth.shapes)}")
            for role in truth.roles:
                print(f"  {role.title!r} | {role.employer!r} | {role.start_text} - {role.end or 'open'}")
            facts = report.facts
            print(f"read: years {facts.years_of_experience}, level {facts.level}, PM {facts.is_project_manager}")
            for work in report.profile.work:
                print(f"  {work.position!r} | {work.name!r} | {work.startDate} - {work.endDate or ('open' if work.current else None)}")
            print("text:\n" + "\n".join(f"    {line.text}" for line in report.profile.document.lines))
    seconds = time.perf_counter() - started
    print(f"# resume fuzz: {len(indexes)} resumes, seed {args.seed}, engine {args.engine} ({seconds:.0f} s)")
    denominator = 2 * tally.tp + tally.fp + tally.fn
    f1 = 2 * tally.tp / denominator if denominator else 1.0
    print(f"  {'roles (title + start) F1':26} {f1:6.4f} (tp {tally.tp}, fp {tally.fp}, fn {tally.fn})")
    for key in ("roles files", "years within 1 year", "level band", "is a project manager"):
        total = tally.totals[key]
        if total:
            print(f"  {key:26} {100 * tally.hits[key] / total:6.2f}% ({tally.hits[key]}/{total})")
    if errors:
        print(f"  errors: {len(errors)}")
        for error in errors[: args.show]:
            print(f"    {error}")
    if args.shapes:
        print("\n## files with a role missed or extra, per shape drawn")
        for shape, (files, failed) in sorted(tally.by_shape.items(), key=lambda kv: -kv[1][1] / kv[1][0]):
            print(f"  {shape:28} {failed:4}/{files:<4} {100 * failed / files:5.1f}%")
    print_failures(tally.fails, ("roles files", "years within 1 year", "level band", "is a project manager"), args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
