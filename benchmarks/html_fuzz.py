"""Resumes from online resume builders, never seen: a blind, seeded stress set printed by Chromium.

    python benchmarks/html_fuzz.py                          # 300 resumes, seed 1
    python benchmarks/html_fuzz.py --count 100 --seed 7     # an unseen draw
    python benchmarks/html_fuzz.py --only 17 --keep /tmp/hf # one resume: its HTML, PDF and reading

Most resumes sent today are PDFs that a headless Chromium printed from HTML and CSS: resume
builders (Zety, Novoresume, Resume.io, FlowCV, Reactive Resume, JSON Resume themes, Canva-like
designs) all work that way.  This set draws invented IT project managers (and their neighbours:
analysts, engineers, testers) as such builders lay them out, prints each with the installed
Chromium (`/usr/bin/chromium`, or $CHROMIUM; one at a time, under `nice`), reads the PDF back with
profilecheck and scores it against the truth known by construction.  It was designed without
reading the reader, the structure stage, the NLP stage or the other sets' generators.

Drawn, each a trait (so a failing class shows as a trait value that scores low):
  theme       classic, sidebar, timeline, band, modern, compact, cards, jsonresume, ats, europass
  side        where a sidebar stands (none, left, right) for the themes that have one
  font        Carlito, Liberation Sans/Serif, DejaVu Sans/Serif, Caladea (installed fonts only)
  headings    as written, capitals (text-transform), letter-spaced capitals, small caps, a rule
  fields      title over company, company over title, "Title · Company", "Title at Company",
              title over "Company — City"
  title case  job titles as written, in capitals by CSS, in letter-spaced capitals
  dates at    right of the title line (flex), on their own line, after the company ("| dates"),
              in the timeline's left column, above the title (Europass: "[ 01/03/2019 – Current ]")
  date shape  mon "Jan 2019 – Present", slash "01/2019 - 03/2021", year "2019 – 2021", long
              "March 2019 — Current", dotted "2019.03 - 2021.05", since "Since 2020" (the older
              jobs in years), iso "2019-03-01 – Present", euro "03.2019 – 05.2021", dmy
              "01/03/2019" (day first, always the 1st: ambiguous in itself), dmyd (day first,
              days 1-28, so that most are not ambiguous)
  duration    "· 2 yrs 3 mos" or "(2 yrs 3 mos)" after the dates, or not
  bullets     <ul>, CSS ::before markers (▸ – •), prose paragraphs, a sentence and a list
  icons       Unicode symbols (✉ ☎ ⌂ 🔗: the emoji has no installed font and is dropped), inline
              SVG, private-use glyphs (&#xf0e0;) in a missing icon font (they land in the PDF as
              the private-use characters), text labels ("Email:"), none
  skills      chips, bars, dots (all drawn with divs), a plain list
  running     none, @page margin boxes (name top left, "Page n of N" bottom right), a
              position:fixed name line (Chromium prints it at the foot of every page), a table
              whose thead repeats name and headline on every page
  cards       for the cards theme: stacked, or a two-column grid of job cards
  and: page size (A4, Letter), page-break-inside: avoid on each job or not, pages printed,
  jobs (1-7), the career track (PM, agile, none), a promotion (two positions at one employer)
  grouped under the company or listed apart, the summary stating the years, education before
  experience, how certifications are set (entries with dates right, lines, chips), projects and
  volunteering, where the contact details stand.

The truth (the judgement calls are here):
  - roles: every job in the work history, with its title, employer, start ("YYYY-MM", or "YYYY"
    when the resume writes only years) and end (the same, or "present").  Two positions at one
    employer are two roles.  Education, certifications, projects (even "as project lead") and
    volunteering are NOT roles; volunteering is drawn in a section of its own, never inside the
    work history, and a role found there counts as a false one.
  - years: the union of the roles' ranges as of --as-of, months counted inclusively (a year-only
    start from January, a year-only end to December, never past --as-of); pm_years the same over
    project-management roles (project/program/portfolio manager, project coordinator or lead,
    scrum master, delivery manager, PMO roles, head of PMO), as benchmarks/labels/README.md says.
  - level: the README's ladder on the PM years (foundation < 2, entry < 4, mid < 7, senior);
    someone with no PM role is foundation.  A PM-years figure within 0.5 of a boundary is
    marked (trait "level edge") since a careful reader could go either way there.
  - is_pm: has held a PM role (the headline is always the latest title, so nobody presents
    themselves as a PM without one).
  - certifications held / in progress and tools: ids of lexicons/certifications.toml and
    lexicons/tools.toml for what is drawn; bullets only name tools the person lists, and never
    a certification.

Scored like benchmarks/realworld.py: roles F1 (a found role matches when its start agrees, on the
year when either side has only a year, and its title is alike: realworld.title_like), the same
with the employer alike too, years within one year, level band, PM, certifications held F1,
tools F1; then each trait value's figures, so weak classes stand out, the false roles by where
they came from, and the first --show failures of each measure.  The first draw (seed 1, 300 resumes,
before any fix, about 0.9 s a resume) read roles at F1 0.81 (0.96 without the day-first "01/.."
dates, letter-spaced job titles and the card grid), years within one year 87%, level 91%, PM 99%,
certifications held 0.97, tools 0.99; seed 7 (100) 0.80, 82%, 90%, 100%, 0.96, 0.99.  Every person, employer and
school is invented; cities are real.
"""
from __future__ import annotations

import argparse
import collections
import html
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Optional

import environment  # noqa: E402  (benchmarks/: one line, exit 2, outside profilecheck's environment)

environment.require()

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from rapidfuzz import fuzz  # noqa: E402

from realworld import BAND, same_month, stress_arguments, title_like  # noqa: E402

AS_OF = date(2026, 11, 30)

# ---------------------------------------------------------------- the people

FIRST = ["Marta", "Dev", "Ilona", "Tomasz", "Aisha", "Connor", "Priya", "Jonas", "Leila", "Mateo", "Sunniva",
         "Okon", "Hana", "Rafael", "Greta", "Yusuf", "Chloe", "Nikhil", "Ingrid", "Tobias", "Amara", "Linus",
         "Valentina", "Kwame", "Elodie", "Bram", "Zofia", "Imran", "Rosalind", "Teodor"]
LAST = ["Quellen", "Varnhold", "Okafume", "Brastley", "Ternova", "Hollisby", "Drummant", "Pellworth", "Ashcombe",
        "Rydecki", "Moravane", "Castellio", "Fenwright", "Lindqvale", "Oyelaro", "Strandberg-Noe", "Kilbarry",
        "Tamsworth", "Vasquell", "Eberhardy", "Nakashiro", "Delacourt-Ives", "Wexlin", "Yarborne"]
ROOTS = ["Corvane", "Bluefen", "Quillmark", "Tessaro", "Harrowgate", "Lumeno", "Orvial", "Pexwood", "Standel",
         "Veltrix", "Kestrano", "Ambervale", "Nordwick", "Caldris", "Frayne", "Glenmora", "Ostraline", "Redhallow",
         "Sunvast", "Talvora", "Wexbridge", "Yarrowtek", "Zentharo", "Duskfield", "Merrowind", "Brinmoor",
         "Halcyra", "Istovel", "Juniper Crest", "Marlowe & Finch", "Pinecastle", "Sablewood", "Tidewell"]
SUFFIXES = ["Systems", "Analytics", "Logistics", "Health", "Insurance Group", "Software", "Bank", "Retail",
            "Telecom", "Energy", "Consulting", "Labs", "Technologies", "Financial", "Media", "Mutual", "Group",
            "Digital", "Networks", "Solutions"]
CITIES = ["Austin, TX", "Toronto, ON", "London, UK", "Berlin, Germany", "Dublin, Ireland", "Chicago, IL",
          "Denver, CO", "Manchester, UK", "Sydney, Australia", "Amsterdam, Netherlands", "Warsaw, Poland",
          "Bengaluru, India", "Cape Town, South Africa", "Seattle, WA", "Atlanta, GA", "Remote"]
SCHOOLS = ["University of Eastbrook", "Harlow Institute of Technology", "Westmarch College", "Northbridge State University",
           "Kelvingrove Polytechnic", "University of Lannister Bay", "Saint Arvid University", "Coldwater Business School"]
DEGREES = ["BSc Computer Science", "BA Business Administration", "BEng Software Engineering", "MSc Information Systems",
           "MBA", "BSc Information Technology", "MSc Project Management", "BCom Finance"]

# title, is a PM role, rank (0 starter ... 4 director)
PM_TITLES = {
    1: ["Project Coordinator", "PMO Analyst", "Junior Project Manager", "IT Project Coordinator", "Assistant Project Manager"],
    2: ["IT Project Manager", "Technical Project Manager", "Project Manager", "Scrum Master", "Delivery Manager", "Project Lead"],
    3: ["Senior IT Project Manager", "Senior Technical Project Manager", "Program Manager", "Agile Delivery Manager",
        "Senior Scrum Master", "PMO Lead", "Senior Project Manager"],
    4: ["Senior Program Manager", "Head of PMO", "Director of Program Management", "Portfolio Manager",
        "Director, IT Delivery"],
}
OTHER_TITLES = {
    0: ["IT Support Specialist", "Junior Software Engineer", "QA Engineer", "Junior Business Analyst",
        "Systems Administrator", "Data Analyst", "Service Desk Analyst"],
    1: ["Software Engineer", "Business Analyst", "QA Lead", "Senior Software Engineer", "Business Systems Analyst",
        "Network Engineer", "Test Analyst"],
    2: ["Senior Business Analyst", "Lead Software Engineer", "QA Manager", "Solutions Architect", "Product Owner"],
}

CERTS = [  # id, ways to write it, issuer
    ("pmp", ["PMP", "Project Management Professional (PMP)", "PMP® – Project Management Professional"], "Project Management Institute"),
    ("prince2", ["PRINCE2 Practitioner", "PRINCE2® Foundation", "PRINCE2 Agile Practitioner"], "PeopleCert"),
    ("csm", ["Certified ScrumMaster (CSM)", "CSM – Certified Scrum Master"], "Scrum Alliance"),
    ("pmi-acp", ["PMI-ACP", "PMI Agile Certified Practitioner (PMI-ACP)"], "Project Management Institute"),
    ("safe", ["SAFe Agilist", "Certified SAFe 6 Agilist", "SAFe Scrum Master"], "Scaled Agile"),
    ("itil", ["ITIL 4 Foundation", "ITIL® v3 Foundation"], "AXELOS"),
    ("capm", ["CAPM", "Certified Associate in Project Management (CAPM)"], "Project Management Institute"),
    ("psm", ["PSM I", "Professional Scrum Master I"], "Scrum.org"),
    ("cspo", ["CSPO", "Certified Scrum Product Owner"], "Scrum Alliance"),
    ("six-sigma", ["Lean Six Sigma Green Belt"], "IASSC"),
    ("comptia-project-plus", ["CompTIA Project+"], "CompTIA"),
]
TOOLS = [  # as written, lexicon id
    ("Jira", "jira"), ("Confluence", "confluence"), ("MS Project", "microsoft-project"), ("Microsoft Project", "microsoft-project"),
    ("Smartsheet", "smartsheet"), ("Azure DevOps", "azure-devops"), ("Trello", "trello"), ("Asana", "asana"),
    ("Miro", "miro"), ("ServiceNow", "servicenow"), ("Power BI", "power-bi"), ("Tableau", "tableau"), ("Visio", "visio"),
    ("SharePoint", "sharepoint"), ("monday.com", "monday-com"), ("Wrike", "wrike"), ("Slack", "slack"),
    ("Microsoft Teams", "microsoft-teams"), ("Primavera P6", "primavera"), ("MS Excel", "excel"), ("Lucidchart", "lucidchart"),
    ("Clarity PPM", "clarity-ppm"), ("GitHub", "github"), ("ClickUp", "clickup"),
]
SKILLS = ["Risk management", "Stakeholder management", "Budget control", "Agile delivery", "Scrum", "Kanban",
          "Vendor management", "Release planning", "Change management", "Resource planning", "Requirements gathering",
          "Roadmapping", "Cloud migration", "Data migration", "Team leadership", "Scope management", "Reporting",
          "Process improvement", "Hybrid delivery", "Contract negotiation"]
TECH = ["SQL", "Python", "Java", "REST APIs", "Linux", "Selenium", "Git", "Docker", "JavaScript", "C#"]
LANGUAGES = [("English", "Native"), ("Spanish", "B2"), ("German", "Intermediate"), ("French", "Basic"), ("Polish", "Fluent"),
             ("Portuguese", "C1"), ("Hindi", "Native"), ("Dutch", "A2"), ("Italian", "Professional working")]

BULLETS = {
    "pm": [
        "Ran fortnightly steering reviews for a {n}-person programme and kept the RAID log current.",
        "Brought a late ERP upgrade back on plan within two quarters while holding the budget at ${m}M.",
        "Set up a shared release calendar in {tool} used by four product teams.",
        "Negotiated scope trade-offs with finance and operations sponsors, cutting change requests by {p}%.",
        "Moved three vendor contracts to fixed-price milestones, saving ${k}K a year.",
        "Led the cutover of {n} legacy applications to a hosted platform with no unplanned downtime.",
        "Built a weekly status pack for executives from {tool} data.",
        "Tracked dependencies across {n} workstreams and raised blockers before they hit the critical path.",
        "Introduced a light stage-gate process that the whole portfolio office adopted.",
        "Managed a distributed team of {n} across three time zones.",
        "Delivered a payment gateway integration {w} weeks ahead of the regulatory deadline.",
        "Owned a ${m}M budget and reported variance monthly to the CIO.",
    ],
    "coord": [
        "Scheduled meetings, took minutes and chased action items for five project managers.",
        "Kept project plans and resource sheets up to date in {tool}.",
        "Prepared the monthly budget variance report for the portfolio office.",
        "Onboarded {n} contractors and tracked their timesheets.",
    ],
    "agile": [
        "Facilitated sprint planning, reviews and retrospectives for two delivery teams.",
        "Raised sprint predictability from {p}% to {q}% over three quarters.",
        "Coached product owners on backlog refinement and story slicing in {tool}.",
        "Removed impediments across teams and cut cycle time by {p}%.",
    ],
    "eng": [
        "Built REST services for the order management platform.",
        "Wrote integration tests that cut regression defects by {p}%.",
        "Moved nightly batch jobs to an event-driven pipeline.",
        "Reviewed code for a team of {n} and ran the weekly release.",
    ],
    "ba": [
        "Gathered requirements from {n} business units and wrote user stories with acceptance criteria.",
        "Mapped current and target processes for the claims workflow.",
        "Kept the requirements traceability matrix in {tool} and ran UAT.",
    ],
    "qa": [
        "Led a team of {n} testers and introduced risk-based test planning.",
        "Automated {p}% of the regression suite.",
        "Reported defect trends to the release board every week.",
    ],
    "ops": [
        "Resolved first- and second-line tickets for {n}00 staff.",
        "Patched and monitored {n}0 Linux and Windows servers.",
        "Wrote knowledge-base articles that cut repeat tickets by {p}%.",
    ],
}

SECTION_NAMES = {
    "summary": ["Profile", "Summary", "About Me", "Professional Summary"],
    "experience": ["Experience", "Work Experience", "Professional Experience", "Employment History", "Career History", "Work History"],
    "education": ["Education", "Education & Training", "Academic Background"],
    "certifications": ["Certifications", "Licenses & Certifications", "Certificates"],
    "skills": ["Skills", "Core Competencies", "Expertise"],
    "tools": ["Tools", "Tools & Platforms", "Software"],
    "languages": ["Languages"],
    "projects": ["Projects", "Key Projects", "Selected Projects"],
    "volunteering": ["Volunteering", "Volunteer Work", "Community"],
    "contact": ["Contact", "Details", "Personal Info"],
}

THEMES = ("classic", "sidebar", "timeline", "band", "modern", "compact", "cards", "jsonresume", "ats", "europass")
FONTS = ["Carlito", "Liberation Sans", "Liberation Serif", "DejaVu Sans", "DejaVu Serif", "Caladea"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DATE_SHAPES = ("mon", "slash", "year", "long", "dotted", "since", "iso", "euro", "dmy", "dmyd")
YEAR_ONLY = ("year", "since")


# ---------------------------------------------------------------- truth


@dataclass
class Role:
    title: str
    employer: str
    city: str
    start: int  # months since year 0 (year * 12 + month - 1)
    end: Optional[int]  # None: present
    pm: bool
    kind: str  # bullet pool
    bullets: list = field(default_factory=list)
    group: int = -1  # the promotion's number when two positions share an employer


@dataclass
class Truth:
    roles: list  # [{"title", "employer", "start", "end"}], newest first
    years: Optional[float]
    pm_years: float
    level: str
    is_pm: bool
    certs_held: set
    certs_progress: set
    tools: set
    traits: dict
    nonroles: list  # dated entries that are not jobs: {"kind", "text", "start"}


def month_text(month: int, year_only: bool) -> str:
    return f"{month // 12:04d}" if year_only else f"{month // 12:04d}-{month % 12 + 1:02d}"


def union_years(ranges: list, as_of: date) -> float:
    """The union of month ranges (inclusive), in years to one decimal."""
    cap = as_of.year * 12 + as_of.month - 1
    months: set = set()
    for start, end in ranges:
        months.update(range(start, min(end, cap) + 1))
    return round(len(months) / 12, 1)


def role_range(role: dict, as_of: date) -> tuple:
    """A truth role's months: a year-only start from January, a year-only end to December."""
    start = role["start"]
    first = int(start[:4]) * 12 + (int(start[5:7]) - 1 if len(start) > 4 else 0)
    end = role["end"]
    if end == "present":
        last = as_of.year * 12 + as_of.month - 1
    else:
        last = int(end[:4]) * 12 + (int(end[5:7]) - 1 if len(end) > 4 else 11)
    return first, last


def level_of(pm_years: float, any_pm: bool) -> str:
    if not any_pm or pm_years < 2:
        return "foundation"
    if pm_years < 4:
        return "entry"
    if pm_years < 7:
        return "mid"
    return "senior"


def truth_numbers(roles: list, as_of: date) -> tuple:
    """(years, pm_years, level, is_pm) from truth roles (dicts with a "pm" flag)."""
    ranges = [role_range(role, as_of) for role in roles]
    years = union_years(ranges, as_of) if roles else None
    pm_ranges = [r for r, role in zip(ranges, roles) if role["pm"]]
    pm_years = union_years(pm_ranges, as_of) if pm_ranges else 0.0
    any_pm = bool(pm_ranges)
    return years, pm_years, level_of(pm_years, any_pm), any_pm


# ---------------------------------------------------------------- drawing a person


def draw_person(rng: random.Random, as_of: date) -> dict:
    now = as_of.year * 12 + as_of.month - 1
    jobs = rng.choices(range(1, 8), weights=[8, 14, 18, 18, 16, 14, 12])[0]
    track = rng.choices(["pm", "agile", "other"], weights=[62, 22, 16])[0]
    # the ladder, oldest first
    ladder: list = []
    if track == "other":
        ranks = sorted(rng.choice([0, 1, 1, 2]) for _ in range(jobs))
        for rank in ranks:
            title = rng.choice(OTHER_TITLES[rank])
            ladder.append((title, False, kind_of(title)))
    else:
        before = min(jobs - 1, rng.choice([0, 0, 1, 1, 2]))
        for _ in range(before):
            title = rng.choice(OTHER_TITLES[rng.choice([0, 1])])
            ladder.append((title, False, kind_of(title)))
        start_rank = rng.choice([1, 1, 2]) if jobs - before > 1 else rng.choice([1, 2, 3])
        for step in range(jobs - before):
            rank = min(4, start_rank + (step * rng.choice([1, 1, 2])) // 2)
            if track == "agile" and rank in (2, 3) and rng.random() < 0.7:
                title = rng.choice(["Scrum Master", "Agile Delivery Manager", "Senior Scrum Master", "Delivery Manager"])
            else:
                title = rng.choice(PM_TITLES[rank])
            ladder.append((title, True, kind_of(title)))
    # dates, newest first, going back from --as-of
    roles: list = []
    end: Optional[int] = None if rng.random() < 0.8 else now - rng.randint(1, 9)
    employers: list = []
    for index, (title, pm, kind) in enumerate(reversed(ladder)):
        length = rng.randint(8, 62)
        last = end if end is not None else now
        start = last - length + 1
        employer = company(rng, employers)
        roles.append(Role(title, employer, rng.choice(CITIES), start, end, pm, kind))
        gap = rng.choice([0, 0, 0, 1, 1, 2, 3, 5])
        end = start - gap if gap else start - 1
    # a promotion: two neighbouring positions at one employer, back to back
    if len(roles) >= 2 and rng.random() < 0.35:
        at = rng.randrange(len(roles) - 1)
        newer, older = roles[at], roles[at + 1]
        if newer.title != older.title:
            older.employer, older.city = newer.employer, newer.city
            older.end = newer.start - 1
            newer.group = older.group = at
    return {"roles": roles, "track": track}


def kind_of(title: str) -> str:
    lower = title.lower()
    if "coordinator" in lower or "pmo analyst" in lower or "assistant" in lower:
        return "coord"
    if "scrum" in lower or "agile" in lower:
        return "agile"
    if any(word in lower for word in ("project", "program", "delivery", "pmo", "portfolio")):
        return "pm"
    if "analyst" in lower and "data" not in lower and "test" not in lower and "service" not in lower or "product owner" in lower:
        return "ba"
    if "qa" in lower or "test" in lower:
        return "qa"
    if any(word in lower for word in ("support", "administrator", "network", "service desk", "data")):
        return "ops"
    return "eng"


def company(rng: random.Random, used: list) -> str:
    while True:
        name = f"{rng.choice(ROOTS)} {rng.choice(SUFFIXES)}"
        if not any(name.split()[0] == other.split()[0] for other in used):
            used.append(name)
            return name


def fill(rng: random.Random, template: str, tools: list) -> str:
    return template.format(n=rng.randint(3, 14), m=rng.choice(["1.2", "2.5", "4", "7.8", "12"]), p=rng.randint(12, 45),
                           q=rng.randint(80, 95), k=rng.randint(60, 480), w=rng.randint(2, 6),
                           tool=rng.choice(tools) if tools else "a shared tracker")


# ---------------------------------------------------------------- the resume's parts


def date_range(role: Role, shape: str, present: str, dash: str) -> str:
    def one(month: int) -> str:
        year, mon = month // 12, month % 12
        return {
            "mon": f"{MONTHS[mon][:3]} {year}", "slash": f"{mon + 1:02d}/{year}", "year": f"{year}",
            "long": f"{MONTHS[mon]} {year}", "dotted": f"{year}.{mon + 1:02d}", "since": f"{year}",
            "iso": f"{year}-{mon + 1:02d}-01", "euro": f"{mon + 1:02d}.{year}", "dmy": f"01/{mon + 1:02d}/{year}",
            "dmyd": f"{month * 7 % 28 + 1:02d}/{mon + 1:02d}/{year}",
        }[shape]

    if role.end is None:
        if shape == "since":
            return f"Since {one(role.start)}"
        return f"{one(role.start)}{dash}{present}"
    if shape in YEAR_ONLY and role.start // 12 == role.end // 12:
        return one(role.start)
    return f"{one(role.start)}{dash}{one(role.end)}"


def duration(role: Role, as_of: date) -> str:
    """How long a position lasted, as builders print it next to the dates ("2 yrs 3 mos")."""
    last = role.end if role.end is not None else as_of.year * 12 + as_of.month - 1
    months = last - role.start + 1
    years, rest = divmod(months, 12)
    parts = ([f"{years} yr{'s' if years > 1 else ''}"] if years else []) + ([f"{rest} mo{'s' if rest > 1 else ''}"] if rest else [])
    return " ".join(parts)


def esc(text: str) -> str:
    return html.escape(text, quote=False)


ICON_GLYPHS = {  # contact kind -> (Unicode symbol, private-use code point as an icon font would map it)
    "email": ("✉", "&#xf0e0;"), "phone": ("☎", "&#xf095;"), "place": ("⌂", "&#xf3c5;"), "link": ("🔗", "&#xf0c1;"),
    "web": ("🌐", "&#xf0ac;"),
}
SVG_ICON = ('<svg class="ic" viewBox="0 0 16 16" width="10" height="10" aria-hidden="true">'
            '<path d="M2 3h12v10H2z M2 3l6 5 6-5" fill="none" stroke="currentColor" stroke-width="1.5"/></svg>')


def contact_html(person: dict, icons: str, vertical: bool) -> str:
    items = []
    labels = {"email": "Email:", "phone": "Phone:", "place": "Location:", "link": "LinkedIn:", "web": "Web:"}
    for kind, value in person["contact"]:
        if icons == "unicode":
            mark = f'<span class="ic">{ICON_GLYPHS[kind][0]}</span> '
        elif icons == "svg":
            mark = SVG_ICON + " "
        elif icons == "pua":
            mark = f'<i class="fa">{ICON_GLYPHS[kind][1]}</i> '
        elif icons == "labels":
            mark = f"<b>{labels[kind]}</b> "
        else:
            mark = ""
        items.append(f'<span class="ct">{mark}{esc(value)}</span>')
    if vertical:
        return '<div class="contact v">' + "".join(f"<div>{item}</div>" for item in items) + "</div>"
    return '<div class="contact">' + '<span class="sep"> </span>'.join(items) + "</div>"


def bullets_html(lines: list, kind: str, marker: str) -> str:
    if not lines:
        return ""
    if kind == "ul":
        return "<ul>" + "".join(f"<li>{esc(line)}</li>" for line in lines) + "</ul>"
    if kind == "before":
        return f'<div class="bl m{marker}">' + "".join(f'<div class="b">{esc(line)}</div>' for line in lines) + "</div>"
    if kind == "prose":
        return f'<p class="prose">{esc(" ".join(lines))}</p>'
    return f'<p class="prose">{esc(lines[0])}</p>' + "<ul>" + "".join(f"<li>{esc(line)}</li>" for line in lines[1:]) + "</ul>"


def job_html(role: Role, look: dict, dates: str, in_group: bool = False) -> str:
    """One position as the theme lays it out."""
    fields, where = look["fields"], look["dates_at"]
    title, employer, city = esc(role.title), esc(role.employer), esc(role.city)
    company_html = f'<a href="https://www.{role.employer.split()[0].lower()}.example">{employer}</a>' if look["theme"] == "jsonresume" else employer
    date_span = f'<span class="dates">{esc(dates)}</span>'
    body = bullets_html(role.bullets, look["bullets"], look["marker"])
    if in_group:
        head = [f'<div class="row"><span class="title">{title}</span>{date_span}</div>']
        if where == "above":
            head = [f'<div class="dateline above">{date_span}</div>', f'<div class="title">{title}</div>']
        elif where != "right":
            head = [f'<div class="title">{title}</div>', f'<div class="dateline">{date_span}</div>']
        return f'<div class="pos">{"".join(head)}{body}</div>'
    if where == "leftcol":
        right = {
            "title-company": f'<div class="title">{title}</div><div class="company">{company_html}, {city}</div>',
            "company-title": f'<div class="company strong">{company_html}</div><div class="title it">{title}</div>',
            "dot": f'<div class="title">{title} · {company_html}</div>',
            "at": f'<div class="title">{title} at {company_html}</div>',
            "company-city": f'<div class="title">{title}</div><div class="company">{company_html} — {city}</div>',
        }[fields]
        return (f'<div class="job tl"><div class="when">{date_span}</div><div class="what">{right}{body}</div></div>')
    if fields == "title-company":
        first, second = f'<span class="title">{title}</span>', f'<span class="company">{company_html}, {city}</span>'
    elif fields == "company-title":
        first, second = f'<span class="company strong">{company_html}</span>', f'<span class="title it">{title}</span>'
    elif fields == "dot":
        first, second = f'<span class="title">{title} · {company_html}</span>', ""
    elif fields == "at":
        first, second = f'<span class="title">{title} at {company_html}</span>', ""
    else:  # company-city
        first, second = f'<span class="title">{title}</span>', f'<span class="company">{company_html} — {city}</span>'
    lines = []
    if where == "above":
        lines.append(f'<div class="dateline above">{date_span}<span class="eploc">{city}</span></div>')
        lines.append(f'<div class="row1">{first}</div>')
        if second:
            lines.append(f'<div class="row2">{second}</div>')
    elif where == "right":
        lines.append(f'<div class="row">{first}{date_span}</div>')
        if second:
            lines.append(f'<div class="row2">{second}</div>')
    elif where == "own":
        lines.append(f'<div class="row1">{first}</div>')
        if second:
            lines.append(f'<div class="row2">{second}</div>')
        lines.append(f'<div class="dateline">{date_span}</div>')
    else:  # inline: after the company (or the one line)
        if second:
            lines.append(f'<div class="row1">{first}</div>')
            lines.append(f'<div class="row2">{second} <span class="pipe">|</span> {date_span}</div>')
        else:
            lines.append(f'<div class="row1">{first} <span class="pipe">|</span> {date_span}</div>')
    return f'<div class="job">{"".join(lines)}{body}</div>'


def group_html(roles: list, look: dict, shape_dates) -> str:
    """Positions at one employer under the company's name (a promotion)."""
    first = roles[0]
    company_html = esc(first.employer)
    if look["theme"] == "jsonresume":
        company_html = f'<a href="https://www.{first.employer.split()[0].lower()}.example">{company_html}</a>'
    inner = "".join(job_html(role, look, shape_dates(role), in_group=True) for role in roles)
    if look["dates_at"] == "leftcol":
        return (f'<div class="job tl"><div class="when"></div><div class="what"><div class="company strong">{company_html}'
                f' — {esc(first.city)}</div>{inner}</div></div>')
    return f'<div class="job grp"><div class="company strong">{company_html} — {esc(first.city)}</div>{inner}</div>'


def chips(items: list) -> str:
    return '<div class="chips">' + "".join(f'<span class="chip">{esc(item)}</span>' for item in items) + "</div>"


def bars(items: list, rng: random.Random, style: str) -> str:
    out = []
    for item in items:
        level = rng.randint(2, 5)
        if style == "bars":
            meter = f'<div class="bar"><div class="fill" style="width:{level * 20}%"></div></div>'
        else:
            meter = '<div class="dots">' + "".join(f'<span class="dot{" on" if i < level else ""}"></span>' for i in range(5)) + "</div>"
        out.append(f'<div class="meter"><span class="mname">{esc(item)}</span>{meter}</div>')
    return '<div class="meters">' + "".join(out) + "</div>"


def skills_html(items: list, style: str, rng: random.Random) -> str:
    if style == "chips":
        return chips(items)
    if style in ("bars", "dots"):
        return bars(items, rng, style)
    return f'<p class="plain">{esc(", ".join(items))}</p>'


# ---------------------------------------------------------------- CSS


def css(look: dict) -> str:
    accent = look["accent"]
    heading = {
        "plain": "",
        "upper": "text-transform: uppercase;",
        "spaced": "text-transform: uppercase; letter-spacing: 0.3em;",
        "smallcaps": "font-variant: small-caps; letter-spacing: 0.08em;",
        "rule": f"border-bottom: 1.5px solid {accent}; padding-bottom: 2px;",
    }[look["headings"]]
    marker = {"tri": "▸", "dash": "–", "dot": "•"}[look["marker"]]
    page = look["page"]
    margin = "0" if look["theme"] in ("sidebar", "band") else "14mm 15mm"
    if look["running"] in ("margin", "fixed", "thead") and margin == "0":
        margin = "12mm 0 14mm 0"
    running = ""
    if look["running"] == "margin":
        running = (f'@top-left {{ content: "{look["name"]} · Resume"; font: 8pt "{look["font"]}"; color: #777; margin-left: 12mm; }}'
                   f'@bottom-right {{ content: "Page " counter(page) " of " counter(pages); font: 8pt "{look["font"]}"; color: #777; margin-right: 12mm; }}')
    avoid = "page-break-inside: avoid; break-inside: avoid;" if look["avoid"] else ""
    side_bg = look["side_bg"]
    title_case = {"as written": "", "upper": "text-transform: uppercase;",
                  "spaced upper": "text-transform: uppercase; letter-spacing: 0.12em;"}[look["title case"]]
    return f"""
@page {{ size: {page}; margin: {margin}; {running} }}
* {{ box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
body {{ margin: 0; font-family: "{look['font']}", sans-serif; font-size: {look['size']}pt; color: #222; line-height: 1.3; }}
h1 {{ font-size: 22pt; margin: 0 0 2px 0; {"letter-spacing: 0.12em; text-transform: uppercase;" if look['theme'] == 'modern' else ''} }}
.headline {{ font-size: 12pt; color: {accent}; margin-bottom: 4px; }}
h2 {{ font-size: 11.5pt; color: {accent}; margin: 12px 0 5px 0; {heading} }}
.contact {{ font-size: 9pt; color: #444; margin: 4px 0; }}
.contact .sep {{ display: inline-block; width: 14px; }}
.contact.v div {{ margin: 2px 0; }}
.ic {{ font-family: "DejaVu Sans"; color: {accent}; vertical-align: -1px; }}
.fa {{ font-family: "FontAwesome", "Font Awesome 6 Free"; font-style: normal; color: {accent}; }}
.job {{ margin: 0 0 9px 0; {avoid} }}
.pos {{ margin: 4px 0 6px 10px; }}
.row {{ display: flex; justify-content: space-between; align-items: baseline; gap: 10px; }}
.title {{ font-weight: bold; {title_case} }}
.dateline.above {{ font-size: 0.9em; color: #555; }}
.dateline.above .dates {{ font-style: normal; }}
.eploc {{ margin-left: 14px; color: #666; }}
.cards.grid2 .s-experience {{ display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }}
.cards.grid2 .s-experience h2 {{ grid-column: 1 / span 2; }}
.europass h2 {{ border-bottom: 1px solid #b7c4d6; color: #10427a; }}
.it {{ font-style: italic; font-weight: normal; }}
.strong {{ font-weight: bold; }}
.company {{ color: #444; }}
.dates {{ color: #555; font-size: 0.92em; white-space: nowrap; }}
.dateline .dates {{ font-style: italic; }}
ul {{ margin: 3px 0 3px 0; padding-left: 16px; }}
li {{ margin: 1px 0; }}
.bl .b {{ padding-left: 14px; text-indent: -10px; margin: 1px 0; }}
.bl .b::before {{ content: "{marker}"; display: inline-block; width: 10px; text-indent: 0; color: {accent}; }}
.prose {{ margin: 3px 0; text-align: justify; }}
.chips {{ display: flex; flex-wrap: wrap; gap: 4px; }}
.chip {{ border: 1px solid {accent}; border-radius: 10px; padding: 1px 7px; font-size: 0.88em; }}
.meter {{ display: flex; align-items: center; justify-content: space-between; margin: 2px 0; gap: 6px; }}
.bar {{ width: 70px; height: 5px; background: #ddd; border-radius: 3px; }}
.bar .fill {{ height: 5px; background: {accent}; border-radius: 3px; }}
.dots {{ display: flex; gap: 2px; }}
.dot {{ width: 7px; height: 7px; border-radius: 50%; border: 1px solid {accent}; }}
.dot.on {{ background: {accent}; }}
.entry {{ margin: 0 0 5px 0; }}
.entry .row {{ font-size: 0.95em; }}
.grid {{ display: grid; grid-template-columns: {look['grid']}; {('min-height: ' + ('297mm' if page == 'A4' else '11in') + ';') if margin == '0' else ''} }}
.side {{ background: {side_bg}; padding: 14mm 7mm; font-size: 0.92em; {'color: #f2f2f2;' if look['dark_side'] else ''} }}
.side h2 {{ {'color: #fff;' if look['dark_side'] else ''} }}
.main {{ padding: 14mm 10mm; }}
.band {{ background: {accent}; color: #fff; padding: 10mm 12mm 7mm; }}
.band .headline, .band .contact, .band .ic, .band .fa {{ color: #f0f0f0; }}
.job.tl {{ display: grid; grid-template-columns: 28mm 1fr; gap: 0; }}
.job.tl .when {{ padding-right: 8px; text-align: right; }}
.job.tl .when .dates {{ white-space: normal; }}
.job.tl .what {{ border-left: 2px solid {accent}; padding-left: 10px; position: relative; }}
.job.tl .what::before {{ content: ""; position: absolute; left: -6px; top: 3px; width: 10px; height: 10px; border-radius: 50%; background: {accent}; }}
.cards .job {{ border: 1px solid #c9cfd8; border-radius: 6px; padding: 7px 9px; background: #fafbfc; }}
.fixed {{ position: fixed; top: -10mm; left: 0; right: 0; text-align: right; font-size: 8pt; color: #888; }}
table.run {{ width: 100%; border-collapse: collapse; }}
table.run thead td {{ font-size: 8pt; color: #888; border-bottom: 1px solid #ccc; padding: 0 0 3px 0; }}
.ats h2 {{ color: #000; font-size: 11pt; }}
.ats .headline {{ color: #000; }}
.json .position {{ font-weight: bold; font-size: 1.05em; }}
.json a {{ color: {accent}; text-decoration: none; }}
a {{ color: inherit; text-decoration: none; }}
"""


# ---------------------------------------------------------------- one resume


def make(seed: int, index: int, as_of: date = AS_OF) -> tuple:
    """(HTML, Truth) for resume number `index` of the draw `seed`."""
    rng = random.Random(f"html-fuzz-{seed}-{index}")
    drawn = draw_person(rng, as_of)
    roles: list = drawn["roles"]
    theme = rng.choice(THEMES)
    first, last = rng.choice(FIRST), rng.choice(LAST)
    name = f"{first} {last}"
    look = {
        "theme": theme,
        "name": name,
        "font": rng.choice(FONTS) if theme != "ats" else rng.choice(["Liberation Sans", "Carlito"]),
        "size": rng.choice([9.5, 10, 10.5, 11]),
        "accent": rng.choice(["#1f4e79", "#2e7d6b", "#7a2e4f", "#37474f", "#b35c00", "#3949ab"]),
        "page": rng.choice(["A4", "Letter"]),
        "avoid": rng.random() < 0.5,
        "running": rng.choices(["none", "margin", "fixed", "thead"], weights=[55, 18, 14, 13])[0],
        "marker": rng.choice(["tri", "dash", "dot"]),
    }
    look["side"] = {"sidebar": rng.choice(["left", "right"]), "band": rng.choice(["none", "left", "right"])}.get(theme, "none")
    look["headings"] = {"modern": rng.choice(["spaced", "smallcaps"]), "ats": rng.choice(["upper", "plain"]),
                        "classic": rng.choice(["rule", "plain", "upper"])}.get(theme, rng.choice(["plain", "upper", "spaced", "smallcaps", "rule"]))
    look["dates_at"] = {
        "timeline": "leftcol", "europass": "above", "compact": "right", "jsonresume": rng.choice(["own", "right"]),
        "ats": rng.choice(["inline", "own"]), "cards": rng.choice(["right", "own"]), "band": rng.choice(["right", "own", "inline"]),
    }.get(theme, rng.choice(["right", "own", "inline"]))
    look["fields"] = {"compact": rng.choice(["dot", "at"]), "jsonresume": "title-company", "europass": "title-company"}.get(
        theme, rng.choice(["title-company", "company-title", "dot", "at", "company-city"]))
    shape = {"jsonresume": rng.choice(["iso", "mon"]), "europass": rng.choice(["dmy", "dmyd", "slash"])}.get(theme) or rng.choice(DATE_SHAPES)
    look["title case"] = "upper" if theme == "europass" else rng.choices(["as written", "upper", "spaced upper"], weights=[70, 18, 12])[0]
    look["grid2"] = theme == "cards" and rng.random() < 0.4
    look["duration"] = shape not in YEAR_ONLY and rng.random() < 0.2
    look["bullets"] = rng.choice(["ul", "before"]) if theme == "ats" else rng.choice(["ul", "before", "prose", "mixed"])
    look["icons"] = "none" if theme == "ats" and rng.random() < 0.5 else rng.choice(["unicode", "svg", "pua", "labels", "none"])
    look["skills"] = rng.choice(["list", "chips"]) if theme == "ats" else rng.choice(["chips", "bars", "dots", "list"])
    look["grid"] = "32% 68%" if look["side"] == "left" else "68% 32%"
    look["dark_side"] = theme == "sidebar" and rng.random() < 0.5
    look["side_bg"] = "#263238" if look["dark_side"] else rng.choice(["#eef2f6", "#f3efe8", "#e8f1ee"])
    present = "Current" if shape == "long" else rng.choice(["Present", "Present", "Current", "Now", "Today"])
    if theme == "europass":
        present = rng.choice(["Current", "CURRENT", "Present"])
    dash = {"mon": " – ", "slash": " - ", "year": " – ", "long": " — ", "dotted": " - ", "since": " – ",
            "iso": " – ", "euro": " – ", "dmy": " – ", "dmyd": " – "}[shape]
    if theme == "jsonresume" and shape == "mon":
        dash = " - "
    year_only = shape in YEAR_ONLY

    # what the person has
    tool_pool = list(TOOLS)
    rng.shuffle(tool_pool)
    tools_written: list = []
    tool_ids: set = set()
    for written, tool_id in tool_pool:
        if tool_id not in tool_ids and len(tools_written) < rng.randint(3, 8):
            tools_written.append(written)
            tool_ids.add(tool_id)
    skills = rng.sample(SKILLS, rng.randint(4, 9))
    if drawn["track"] == "other":
        skills = rng.sample(TECH, 3) + skills[:4]
    certs: list = []
    held: set = set()
    progress: set = set()
    has_pm = any(role.pm for role in roles)
    for cert_id, ways, issuer in rng.sample(CERTS, rng.choice([0, 1, 1, 2, 2, 3, 4])):
        if not has_pm and cert_id in ("pmp", "pmi-acp", "prince2"):
            continue
        year = rng.randint(max(2008, roles[-1].start // 12), as_of.year)
        certs.append((rng.choice(ways), issuer, year, False))
        held.add(cert_id)
    if rng.random() < 0.25:
        left = [c for c in CERTS if c[0] not in held]
        cert_id, ways, issuer = rng.choice(left)
        certs.append((ways[0], issuer, as_of.year + 1, True))
        progress.add(cert_id)
    languages = [LANGUAGES[0]] + rng.sample(LANGUAGES[1:], rng.randint(0, 3))
    first_work = roles[-1].start // 12
    degree_end = first_work - rng.choice([0, 0, 1, 2])
    education = [(rng.choice(DEGREES), rng.choice(SCHOOLS), degree_end - rng.choice([3, 4]), degree_end)]
    if rng.random() < 0.3:
        masters_end = rng.randint(degree_end + 2, max(degree_end + 2, as_of.year - 1))
        education.insert(0, ("MSc Project Management" if has_pm else "MSc Data Science", rng.choice(SCHOOLS),
                             masters_end - rng.choice([1, 2]), masters_end))
    for role in roles:
        pool = BULLETS[role.kind]
        count = rng.randint(1, min(5, len(pool))) if rng.random() < 0.9 else 0
        role.bullets = [fill(rng, line, tools_written) for line in rng.sample(pool, count)]
    projects = []
    if rng.random() < 0.22:
        for _ in range(rng.randint(1, 2)):
            year = rng.randint(roles[-1].start // 12, as_of.year)
            projects.append((rng.choice(["Core Banking Cutover", "Warehouse Robotics Pilot", "Patient Portal Relaunch",
                                         "Data Centre Exit", "Self-Service Claims App", "SAP S/4 Readiness"]),
                             rng.choice(["Project lead", "Delivery lead", "Coordinator", "Analyst"]), year))
    volunteering = []
    if rng.random() < 0.18:
        year = rng.randint(max(2010, roles[-1].start // 12), as_of.year - 1)
        volunteering.append((rng.choice(["Volunteer Mentor", "Event Organiser", "Treasurer", "Coding Coach"]),
                             rng.choice(["Code Bridge Foundation", "Harbourside Food Bank", "Open Meetup Collective"]), year))

    # truth
    truth_roles = []
    for role in roles:
        truth_roles.append({
            "title": role.title, "employer": role.employer, "pm": role.pm,
            "start": month_text(role.start, year_only),
            "end": "present" if role.end is None else month_text(role.end, year_only),
        })
    years, pm_years, level, is_pm = truth_numbers(truth_roles, as_of)
    stated = rng.random() < 0.55 and years is not None and years >= 2
    edge = any(abs(pm_years - b) < 0.5 for b in (2, 4, 7)) and is_pm
    nonroles = [{"kind": "education", "text": d, "start": str(s)} for d, _, s, _ in education]
    nonroles += [{"kind": "certification", "text": c, "start": str(y)} for c, _, y, _ in certs]
    nonroles += [{"kind": "project", "text": f"{p} {r}", "start": str(y)} for p, r, y in projects]
    nonroles += [{"kind": "volunteering", "text": t, "start": str(y)} for t, _, y in volunteering]

    # the page
    headline = roles[0].title
    if rng.random() < 0.3:
        headline += rng.choice([" · Cloud & Data Programs", " | Agile Delivery", " · Digital Transformation", " | Fintech"])
    mail = f"{first.lower()}.{last.lower().replace('-', '')}@example.com"
    person = {"contact": [("email", mail), ("phone", f"+1 555 01{rng.randint(10, 99)}"), ("place", rng.choice(CITIES).replace("Remote", "Leeds, UK"))]}
    if rng.random() < 0.7:
        person["contact"].append(("link", f"linkedin.com/in/{first.lower()}-{last.lower()}-{rng.randint(100, 999)}"))
    noun = {"pm": "IT project manager", "agile": "Agile delivery lead", "other": roles[0].title.lower()}[drawn["track"]]
    if drawn["track"] == "pm" and not has_pm:
        noun = roles[0].title.lower()
    summary = (f"{noun[0].upper()}{noun[1:]} with {int(years)}+ years of experience" if stated else f"{noun[0].upper()}{noun[1:]}")
    summary += rng.choice([" delivering change in regulated, multi-vendor environments.",
                           ", known for calm delivery of complex releases and clear reporting.",
                           " who turns vague goals into plans that teams can actually follow.",
                           " focused on predictable delivery, honest status and happy sponsors."])

    def dates_of(role: Role) -> str:
        text = date_range(role, shape, present, dash)
        if theme == "europass":
            text = f"[ {text} ]"
        if look["duration"]:
            text += rng.choice([" · ", " ("]) + duration(role, as_of)
            text += ")" if text.count("(") > text.count(")") else ""
        return text

    grouped = any(role.group >= 0 for role in roles) and rng.random() < 0.55
    exp_parts = []
    index_role = 0
    while index_role < len(roles):
        role = roles[index_role]
        if grouped and role.group >= 0:
            members = [r for r in roles if r.group == role.group]
            exp_parts.append(group_html(members, look, dates_of))
            index_role += len(members)
        else:
            exp_parts.append(job_html(role, look, dates_of(role)))
            index_role += 1

    def section(key: str, content: str) -> str:
        return f'<section class="s-{key}"><h2>{esc(rng.choice(SECTION_NAMES[key]))}</h2>{content}</section>'

    def entry(left: str, right: str, sub: str = "") -> str:
        return (f'<div class="entry"><div class="row"><span class="strong">{left}</span><span class="dates">{right}</span></div>'
                + (f'<div class="company">{sub}</div>' if sub else "") + "</div>")

    cert_style = rng.choice(["entries", "lines", "chips"])
    if cert_style == "chips" or not certs:
        cert_content = chips([c if not p else f"{c} (in progress)" for c, _, _, p in certs])
    elif cert_style == "lines":
        cert_content = "".join(
            f'<div class="entry">{esc(c)} — {esc(i)}, {"in progress, exam planned " + str(y) if p else y}</div>'
            for c, i, y, p in certs)
    else:
        cert_content = "".join(entry(esc(c), "In progress" if p else str(y), esc(i)) for c, i, y, p in certs)
    blocks = {
        "summary": section("summary", f'<p class="prose">{esc(summary)}</p>'),
        "experience": section("experience", "".join(exp_parts)),
        "education": section("education", "".join(
            entry(esc(d), f"{s} – {e}" if rng.random() < 0.7 else str(e), esc(sch)) for d, sch, s, e in education)),
        "certifications": section("certifications", cert_content) if certs else "",
        "skills": section("skills", skills_html(skills, look["skills"], rng)),
        "tools": section("tools", chips(tools_written) if look["skills"] != "list" else f'<p class="plain">{esc(", ".join(tools_written))}</p>'),
        "languages": section("languages", "".join(
            f'<div class="meter"><span class="mname">{esc(lang)}</span><span>{esc(lvl)}</span></div>' if rng.random() < 0.5
            else bars([lang], rng, rng.choice(["bars", "dots"])) for lang, lvl in languages)),
        "projects": section("projects", "".join(entry(esc(p), str(y), esc(f"Role: {r}")) for p, r, y in projects)) if projects else "",
        "volunteering": section("volunteering", "".join(entry(f"{esc(t)}, {esc(o)}", f"{y} – {y + 1}") for t, o, y in volunteering)) if volunteering else "",
    }
    education_first = rng.random() < 0.12
    main_order = ["summary", "experience", "education", "certifications", "skills", "tools", "projects", "volunteering", "languages"]
    if education_first:
        main_order.remove("education")
        main_order.insert(1, "education")
    side_keys: list = []
    if look["side"] != "none":
        side_keys = ["skills", "tools", "languages"]
        side_keys += [key for key in ("certifications", "education") if rng.random() < 0.7]
    header_inner = (f'<h1>{esc(name)}</h1><div class="headline">{esc(headline)}</div>')
    contact_in_side = look["side"] != "none" and rng.random() < 0.6
    if theme == "band":
        top = f'<div class="band">{header_inner}{"" if contact_in_side else contact_html(person, look["icons"], False)}</div>'
    elif theme == "sidebar":
        top = ""
    else:
        top = f'<header>{header_inner}{contact_html(person, look["icons"], False)}</header>'
    main_html = "".join(blocks[key] for key in main_order if key not in side_keys)
    if look["side"] != "none":
        side_html = ""
        if theme == "sidebar":
            side_html += header_inner if look["side"] == "left" else ""
        if contact_in_side or theme == "sidebar":
            side_html += section("contact", contact_html(person, look["icons"], True))
        side_html += "".join(blocks[key] for key in side_keys)
        main_side = ""
        if theme == "sidebar" and look["side"] == "right":
            main_side = header_inner + ("" if contact_in_side else contact_html(person, look["icons"], False))
        cells = [f'<aside class="side">{side_html}</aside>', f'<div class="main">{main_side}{main_html}</div>']
        if look["side"] == "right":
            cells.reverse()
        body = top + f'<div class="grid">{"".join(cells)}</div>'
    else:
        body = top + main_html
    wrapper = {"cards": "cards grid2" if look["grid2"] else "cards", "ats": "ats", "jsonresume": "json", "europass": "europass"}.get(theme, "")
    body = f'<div class="{wrapper}">{body}</div>'
    if look["running"] == "fixed":
        body = f'<div class="fixed">{esc(name)} · {esc(mail)}</div>' + body
    elif look["running"] == "thead":
        body = (f'<table class="run"><thead><tr><td>{esc(name)} — {esc(headline)}</td></tr></thead>'
                f"<tbody><tr><td>{body}</td></tr></tbody></table>")
    document = (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{esc(name)} — Resume</title>'
                f"<style>{css(look)}</style></head><body>{body}</body></html>")

    traits = {
        "theme": theme, "side": look["side"], "font": look["font"], "headings": look["headings"],
        "fields": look["fields"], "dates at": look["dates_at"], "date shape": shape, "bullets": look["bullets"],
        "title case": look["title case"], "duration": "yes" if look["duration"] else "no",
        "cards": ("grid2" if look["grid2"] else "stacked") if theme == "cards" else "none",
        "icons": look["icons"], "skills": look["skills"], "running": look["running"], "page size": look["page"],
        "break avoid": "yes" if look["avoid"] else "no", "jobs": str(len(roles)), "track": drawn["track"],
        "promotion": ("grouped" if grouped else "listed") if any(r.group >= 0 for r in roles) else "none",
        "years stated": "yes" if stated else "no", "education first": "yes" if education_first else "no",
        "certs": cert_style if certs else "none", "projects": "yes" if projects else "no",
        "volunteering": "yes" if volunteering else "no", "level edge": "yes" if edge else "no",
        "contact at": "side" if contact_in_side or theme == "sidebar" else ("band" if theme == "band" else "top"),
    }
    truth = Truth(
        roles=[{key: value for key, value in role.items() if key != "pm"} | {"pm": role["pm"]} for role in truth_roles],
        years=years, pm_years=pm_years, level=level, is_pm=is_pm,
        certs_held=held, certs_progress=progress, tools=tool_ids, traits=traits, nonroles=nonroles,
    )
    return document, truth


# ---------------------------------------------------------------- printing and reading


def chromium_path() -> Optional[str]:
    for candidate in (os.environ.get("CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
                      shutil.which("chromium-browser"), shutil.which("google-chrome")):
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


class Printer:
    """One Chromium at a time, under nice, with a profile folder of its own, offline."""

    def __init__(self, folder: Path) -> None:
        self.binary = chromium_path()
        if self.binary is None:
            raise SystemExit(2)
        self.folder = folder
        self.profile = folder / "chromium-profile"
        self.profile.mkdir(parents=True, exist_ok=True)

    def pdf(self, document: str, stem: str = "resume") -> bytes:
        source, target = self.folder / f"{stem}.html", self.folder / f"{stem}.pdf"
        source.write_text(document, encoding="utf-8")
        if target.exists():
            target.unlink()
        command = ["nice", "-n", "10", self.binary, "--headless=new", "--no-sandbox", "--disable-gpu",
                   "--no-pdf-header-footer", "--no-first-run", "--disable-extensions", "--disable-sync",
                   "--disable-background-networking", "--disable-component-update",
                   "--host-resolver-rules=MAP * ~NOTFOUND", f"--user-data-dir={self.profile}",
                   f"--print-to-pdf={target}", source.as_uri()]
        env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS="disabled:")
        for _ in range(2):
            subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120, env=env, check=False)
            if target.is_file() and target.stat().st_size > 0:
                return target.read_bytes()
        raise RuntimeError("Chromium wrote no PDF")


def read(pdf: bytes, as_of: date):
    import profilecheck
    from profilecheck.options import Options

    return profilecheck.analyze(pdf, Options(as_of=as_of), name="resume.pdf")


def found_roles(report) -> list:
    return [{"title": w.position, "employer": w.name, "start": w.startDate,
             "end": w.endDate or ("present" if w.current else None)} for w in report.profile.work if w.startDate]


# ---------------------------------------------------------------- scoring


class F1:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    def add_sets(self, found: set, expected: set) -> tuple:
        extra, missing = found - expected, expected - found
        self.add(len(found & expected), len(extra), len(missing))
        return extra, missing

    @property
    def value(self) -> Optional[float]:
        total = 2 * self.tp + self.fp + self.fn
        return 1.0 if total == 0 else 2 * self.tp / total

    def __str__(self) -> str:
        return f"{self.value:.3f} (tp {self.tp}, fp {self.fp}, fn {self.fn})"


class Share:
    def __init__(self) -> None:
        self.hits = self.n = 0

    def add(self, ok: bool) -> bool:
        self.hits += bool(ok)
        self.n += 1
        return ok

    @property
    def value(self) -> Optional[float]:
        return self.hits / self.n if self.n else None

    def __str__(self) -> str:
        return f"{100 * self.value:.1f}% ({self.hits}/{self.n})" if self.n else "-"


MEASURES = ("roles", "roles+employer", "years", "level", "pm", "certs", "tools")


def new_scores() -> dict:
    return {"roles": F1(), "roles+employer": F1(), "years": Share(), "level": Share(), "level (off the edges)": Share(),
            "pm": Share(), "certs": F1(), "tools": F1(), "progress": F1()}


def pairs(found: list, expected: list, same) -> tuple:
    """Greedy one-to-one matches: (matched pairs as (found index, expected index))."""
    used: set = set()
    out = []
    for e_index, role in enumerate(expected):
        for f_index, candidate in enumerate(found):
            if f_index not in used and same(candidate, role):
                used.add(f_index)
                out.append((f_index, e_index))
                break
    return out


def same_role(found: dict, expected: dict) -> bool:
    return same_month(found["start"], expected["start"]) and title_like(found["title"], expected["title"])


def employer_like(found: Optional[str], expected: str) -> bool:
    return bool(found) and fuzz.token_set_ratio(found.lower(), expected.lower()) >= 80


def score(report, truth: Truth, scores: list) -> dict:
    """Adds one resume to every tally in `scores`; returns what failed, by measure."""
    facts = report.facts
    found = found_roles(report)
    expected = truth.roles
    matched = pairs(found, expected, same_role)
    with_employer = pairs(found, expected, lambda f, e: same_role(f, e) and employer_like(f["employer"], e["employer"]))
    fails: dict = {}
    years = facts.years_of_experience
    band = BAND.get(facts.level or "", None)
    held = {m.id for m in facts.certifications if m.status == "held"}
    progress = {m.id for m in facts.certifications if m.status != "held"}
    tools = {m.id for m in facts.tools}
    for tally in scores:
        tally["roles"].add(len(matched), len(found) - len(matched), len(expected) - len(matched))
        tally["roles+employer"].add(len(with_employer), len(found) - len(with_employer), len(expected) - len(with_employer))
        tally["years"].add(years is not None and truth.years is not None and abs(years - truth.years) <= 1.0)
        tally["level"].add(band == truth.level)
        if truth.traits["level edge"] == "no":
            tally["level (off the edges)"].add(band == truth.level)
        tally["pm"].add(bool(facts.is_project_manager) == truth.is_pm)
        tally["certs"].add_sets(held, truth.certs_held)
        tally["tools"].add_sets(tools, truth.tools)
        tally["progress"].add_sets(progress, truth.certs_progress)
    if len(matched) < max(len(found), len(expected)):
        used_f = {f for f, _ in matched}
        used_e = {e for _, e in matched}
        fails["roles"] = {"missed": [expected[i] for i in range(len(expected)) if i not in used_e],
                          "extra": [found[i] for i in range(len(found)) if i not in used_f]}
    if len(with_employer) < len(matched):
        fails["roles+employer"] = [(f["title"], f["employer"]) for f in found
                                   if any(same_role(f, e) and not employer_like(f["employer"], e["employer"]) for e in expected)]
    if not (years is not None and abs(years - truth.years) <= 1.0):
        fails["years"] = (years, truth.years, facts.years_basis)
    if band != truth.level:
        fails["level"] = (facts.level, truth.level, truth.pm_years)
    if bool(facts.is_project_manager) != truth.is_pm:
        fails["pm"] = (facts.is_project_manager, truth.is_pm)
    if held != truth.certs_held:
        fails["certs"] = (sorted(held - truth.certs_held), sorted(truth.certs_held - held))
    if tools != truth.tools:
        fails["tools"] = (sorted(tools - truth.tools), sorted(truth.tools - tools))
    return fails


def extra_source(role: dict, truth: Truth) -> str:
    """Where a found role that matches no expected one seems to come from."""
    for entry in truth.nonroles:
        if role["start"] and role["start"][:4] == entry["start"][:4] and (
                title_like(role["title"], entry["text"]) or fuzz.partial_ratio((role["title"] or "").lower(), entry["text"].lower()) >= 80):
            return entry["kind"]
    for expected in truth.roles:
        if title_like(role["title"], expected["title"]) and role["title"]:
            return "a true role, wrong start"
    for expected in truth.roles:
        if same_month(role["start"], expected["start"]):
            return "a true start, title not alike"
    return "other"


def missed_reason(role: dict, found: list) -> str:
    if any(title_like(f["title"], role["title"]) for f in found):
        return "found with another start"
    if any(same_month(f["start"], role["start"]) for f in found):
        return "found with another title"
    return "not found"


# ---------------------------------------------------------------- report


def describe(index: int, fails: dict, truth: Truth) -> dict:
    traits = ", ".join(f"{k}={v}" for k, v in truth.traits.items() if k in ("theme", "side", "dates at", "date shape", "fields", "title case", "bullets", "running", "promotion", "duration"))
    out = {}
    if "roles" in fails:
        missed = [(r["title"], r["employer"], r["start"]) for r in fails["roles"]["missed"]]
        extra = [(r["title"], r["employer"], r["start"]) for r in fails["roles"]["extra"]]
        out["roles"] = f"#{index} missed {missed[:3]}{' ...' if len(missed) > 3 else ''}; extra {extra[:3]}{' ...' if len(extra) > 3 else ''}\n      [{traits}]"
    if "roles+employer" in fails:
        out["roles+employer"] = f"#{index} employer read as {fails['roles+employer'][:3]}  [{traits}]"
    if "years" in fails:
        found, expected, basis = fails["years"]
        out["years"] = f"#{index} years found {found} ({basis}), expected {expected}  [{traits}]"
    if "level" in fails:
        found, expected, pm_years = fails["level"]
        out["level"] = f"#{index} level found {found}, expected {expected} (PM years {pm_years})  [{traits}]"
    if "pm" in fails:
        out["pm"] = f"#{index} is_pm found {fails['pm'][0]}, expected {fails['pm'][1]}  [{traits}]"
    if "certs" in fails:
        out["certs"] = f"#{index} certifications extra {fails['certs'][0]}, missing {fails['certs'][1]}  [theme={truth.traits['theme']}, certs={truth.traits['certs']}, font={truth.traits['font']}]"
    if "tools" in fails:
        out["tools"] = f"#{index} tools extra {fails['tools'][0]}, missing {fails['tools'][1]}  [theme={truth.traits['theme']}, skills={truth.traits['skills']}, font={truth.traits['font']}]"
    return out


def show_one(report, truth: Truth, pdf_text: str) -> str:
    lines = ["## the lines profilecheck read (region, column)"]
    for line in report.profile.document.lines:
        lines.append(f"  p{line.page} {line.region:8} c{line.column} | {line.text}")
    lines.append("## sections: " + ", ".join(f"{s.name}({s.heading!r})" for s in report.profile.sections))
    lines.append("## expected roles")
    for role in truth.roles:
        lines.append(f"  {role['start']:8} {role['end']:8} {role['title']} @ {role['employer']}")
    lines.append("## found roles")
    for work in report.profile.work:
        lines.append(f"  {work.startDate or '-':8} {(work.endDate or ('present' if work.current else '-')):8} {work.position} @ {work.name}")
    facts = report.facts
    lines.append(f"## years found {facts.years_of_experience} ({facts.years_basis}), expected {truth.years}; "
                 f"level found {facts.level}, expected {truth.level} (PM years {truth.pm_years}); "
                 f"is_pm found {facts.is_project_manager}, expected {truth.is_pm}")
    lines.append(f"## certifications found {sorted((m.id, m.status) for m in facts.certifications)}, "
                 f"expected held {sorted(truth.certs_held)}, in progress {sorted(truth.certs_progress)}")
    lines.append(f"## tools found {sorted(m.id for m in facts.tools)}, expected {sorted(truth.tools)}")
    lines.append("## traits " + ", ".join(f"{k}={v}" for k, v in truth.traits.items()))
    return "\n".join(lines)


def pdf_text(pdf: bytes) -> str:
    """The PDF's text as pdftotext -layout sees it (for --keep), when poppler is there."""
    if shutil.which("pdftotext") is None:
        return ""
    result = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, timeout=60, check=False)
    return result.stdout.decode("utf-8", "replace")


def fmt(value) -> str:
    if value is None:
        return "  -  "
    return f"{value:.2f}"


def main(argv: Optional[list] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    stress_arguments(parser, "resume", AS_OF)
    parser.add_argument("--json", type=Path, help="write each resume's traits and what failed to this file, for cross-tabulating")
    parser.add_argument("--traits", type=float, default=1.0, help="show only trait values whose roles F1 or years share is under this")
    args = parser.parse_args(argv)
    if chromium_path() is None:
        print("html_fuzz.py: Chromium not found (/usr/bin/chromium, or set $CHROMIUM); it prints the resumes to PDF", file=sys.stderr)
        return 2
    indexes = [args.only] if args.only is not None else list(range(args.count))
    overall = new_scores()
    by_trait: dict = collections.defaultdict(new_scores)
    failures: dict = collections.defaultdict(list)
    extra_sources: collections.Counter = collections.Counter()
    missed_reasons: collections.Counter = collections.Counter()
    pages: collections.Counter = collections.Counter()
    errors: list = []
    rows: list = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="html-fuzz-") as folder:
        printer = Printer(Path(folder))
        for index in indexes:
            document, truth = make(args.seed, index, args.as_of)
            try:
                pdf = printer.pdf(document)
                report = read(pdf, args.as_of)
            except Exception as error:  # a crash is a finding too
                errors.append(f"#{index}: {type(error).__name__}: {error}")
                continue
            truth.traits["pages"] = str(min(report.profile.document.pages, 3)) + ("+" if report.profile.document.pages > 3 else "")
            pages[truth.traits["pages"]] += 1
            tallies = [overall] + [by_trait[(name, value)] for name, value in truth.traits.items()]
            fails = score(report, truth, tallies)
            if "roles" in fails:
                found = found_roles(report)
                for role in fails["roles"]["extra"]:
                    extra_sources[extra_source(role, truth)] += 1
                for role in fails["roles"]["missed"]:
                    missed_reasons[missed_reason(role, found)] += 1
            found = found_roles(report)
            matched = len(pairs(found, truth.roles, same_role))
            rows.append({"index": index, "traits": truth.traits, "fails": sorted(fails),
                         "roles": [matched, len(found) - matched, len(truth.roles) - matched],
                         "years": [report.facts.years_of_experience, truth.years],
                         "level": [report.facts.level, truth.level]})
            for key, line in describe(index, fails, truth).items():
                failures[key].append(line)
            if args.keep and (args.only is not None or "roles" in fails or "years" in fails):
                args.keep.mkdir(parents=True, exist_ok=True)
                stem = args.keep / f"html-{args.seed}-{index}"
                stem.with_suffix(".html").write_text(document, encoding="utf-8")
                stem.with_suffix(".pdf").write_bytes(pdf)
                stem.with_suffix(".read.txt").write_text(show_one(report, truth, "") + "\n", encoding="utf-8")
                stem.with_suffix(".pdftotext.txt").write_text(pdf_text(pdf), encoding="utf-8")
                stem.with_suffix(".truth.json").write_text(json.dumps(
                    {"roles": truth.roles, "years": truth.years, "pm_years": truth.pm_years, "level": truth.level,
                     "is_pm": truth.is_pm, "certs_held": sorted(truth.certs_held), "certs_in_progress": sorted(truth.certs_progress),
                     "tools": sorted(truth.tools), "nonroles": truth.nonroles, "traits": truth.traits}, indent=1), encoding="utf-8")
            if args.only is not None:
                print(show_one(report, truth, ""))
    seconds = time.perf_counter() - started
    if args.json:
        args.json.write_text(json.dumps({"seed": args.seed, "as_of": str(args.as_of), "resumes": rows}, indent=0), encoding="utf-8")
    print(f"# HTML resume fuzz (Chromium-printed PDFs): {len(indexes)} resumes, seed {args.seed}, as of {args.as_of} "
          f"({seconds:.0f} s, {seconds / max(1, len(indexes)):.1f} s each)")
    print(f"  {'roles (title + start) F1':34} {overall['roles']}")
    print(f"  {'roles with employer F1':34} {overall['roles+employer']}")
    print(f"  {'years within 1 year':34} {overall['years']}")
    print(f"  {'level band':34} {overall['level']}")
    print(f"  {'level band, PM years off the edges':34} {overall['level (off the edges)']}")
    print(f"  {'is a project manager':34} {overall['pm']}")
    print(f"  {'certifications held F1':34} {overall['certs']}")
    print(f"  {'certifications in progress F1':34} {overall['progress']}")
    print(f"  {'tools F1':34} {overall['tools']}")
    print(f"  {'pages printed':34} " + ", ".join(f"{k}: {v}" for k, v in sorted(pages.items())))
    print("  false roles by their source       " + (", ".join(f"{k} {v}" for k, v in extra_sources.most_common()) or "none"))
    print("  missed roles                      " + (", ".join(f"{k} {v}" for k, v in missed_reasons.most_common()) or "none"))
    if errors:
        print(f"  errors: {len(errors)}")
        for error in errors[:args.show]:
            print(f"    {error}")
    if args.only is None:
        print("\n## by trait: n, roles F1, years, level, PM, certs F1, tools F1  ('<' marks roles F1 or years 0.05 under the whole)")
        base_roles, base_years = overall["roles"].value, overall["years"].value or 0
        for name in sorted({name for name, _ in by_trait}, key=lambda n: list(truth.traits).index(n) if n in truth.traits else 99):
            print(f"  {name}")
            for (trait, value), tally in sorted(by_trait.items(), key=lambda item: -item[1]["years"].n):
                if trait != name:
                    continue
                roles_f1, years = tally["roles"].value, tally["years"].value or 0
                if min(roles_f1, years / 1.0) >= args.traits and args.traits < 1.0:
                    continue
                weak = " <" if roles_f1 < base_roles - 0.05 or years < base_years - 0.05 else ""
                print(f"    {value:24} {tally['years'].n:4}  roles {fmt(roles_f1)}  years {fmt(years)}  level {fmt(tally['level'].value)}"
                      f"  pm {fmt(tally['pm'].value)}  certs {fmt(tally['certs'].value)}  tools {fmt(tally['tools'].value)}{weak}")
        for key in MEASURES:
            found = failures.get(key, [])
            if found:
                print(f"\n## {key}: {len(found)} failures")
                for line in found[:args.show]:
                    print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
