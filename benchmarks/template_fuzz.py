"""A blind stress set of Word resumes, built the way people really build them.

docx_fuzz.py was written by the people who wrote the Word reader, so it shares the reader's
assumptions.  This set's first draw was written without looking at the reader, the structure
stage or docx_fuzz (the shapes added later came after reading them, from the same sources): each
resume is assembled in the shape of a real source and labelled by construction (every role's
title, employer, start and end as drawn; years the union of their ranges as of --as-of, a
year-only start from January and end to December; is_pm from the titles).

    python benchmarks/template_fuzz.py                      # 300 resumes, seed 1
    python benchmarks/template_fuzz.py --count 600 --seed 7 --full   # also "is a project manager"
    python benchmarks/template_fuzz.py --only 42 --keep /tmp/tf      # one resume: its lines, its roles, its file

Families (the template's source): Word's built-in resume templates (a Title-style name, sections
and jobs in content controls, placeholders left in, the date line above "Job Title, Company", set
right by a tab or an absolute tab, Shift+Enter lines, Harvard lines, dates pushed by spaces,
promotions under one employer, an "Earlier career" block); a borderless chronological table
(dates or section names in a narrow column, dates in a right-hand cell, dates over two lines);
Google Docs exports (runs split, fonts run by run, headings as big coloured Normal paragraphs,
"Company, Town — Title" over capitalised dates, side tables, employers as links); LibreOffice
documents (Text Body, dates then a tab, framed dates, education tables); resume builders' exports
(a sidebar in a text box or a shaded cell with icons and skill bars drawn as shapes, the main
column in a text box too, Indeed's plain download); typed CVs ("CURRICULUM VITAE", personal
details, "Company: / Position: / Period:", numbered jobs, "Responsibilities:" and "Achievements:"
blocks); Indian CVs (jobs told as sentences, a career summary table, "Organization : / Designation
: / Duration :" blocks holding projects with their own role and duration); Europass tables (day-
first dates); a Russian job site's export (a table row per job: dates, length, employer, town,
business line, title).  Careers: juniors with a bootcamp and projects, seniors with ten jobs,
career changers, freelancers, gaps, side jobs, promotions; a cover letter first, military
service, volunteering, dated project bullets inside jobs.  Dates in many forms (Sep'18 and Sep’18,
2018-till now, from 2015 to 2018, since 2020, (2 years 3 months), 01/02/2019, 1 March 2019 ...).
OOXML oddities drawn on top, each a trait: tracked changes (titles and dates), smart tags, inline
content controls, bookmarks, HYPERLINK fields and hyperlinks, soft and non-breaking hyphens,
non-breaking and zero-width spaces, Symbol-font bullets, w:caps headings, two-column sections,
hidden text, contact in the (first-page) header, PAGE fields in the footer.

The report gives roles (title + start month) F1, years within one year and, with --full, is_pm,
scored as realworld.py scores (its role matching and failure lists), then the same by trait, so
that a failing shape stands out.  Every person, employer and school is invented.
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import io
import random
import struct
import sys
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional
from xml.sax.saxutils import escape

import environment  # noqa: E402  (benchmarks/: one line, exit 2, outside profilecheck's environment)

environment.require()

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import docx  # noqa: E402
from docx.opc.constants import RELATIONSHIP_TYPE as RT  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402

from realworld import as_pdfs, print_failures, print_measures, role_pairs, roles_failure, same_month, stress_arguments, title_like  # noqa: E402
from realworld import StressCounts as Counts, StressShare as Share  # noqa: E402

from profilecheck.options import Options  # noqa: E402

# ---------------------------------------------------------------------------------------------
# What a career is made of: invented people, employers and words.

FIRST = ["Dana", "Milo", "Priya", "Tomasz", "Yael", "Oksana", "Rahul", "Ingrid", "Kofi", "Lucia",
         "Arjun", "Noa", "Sven", "Marta", "Elif", "Dmitri", "Hannah", "Pavel", "Zara", "Ravi",
         "Greta", "Omar", "Chiara", "Anton", "Leila", "Bogdan", "Ines", "Kenji", "Olena", "Mateo"]
LAST = ["Whitcombe", "Varga", "Raghunathan", "Kowalczyk", "Ben-Ami", "Hrytsenko", "Desai",
        "Lindqvist", "Mensah", "Ferraro", "Iyer", "Shalev", "Berglund", "Nowicka", "Aydin",
        "Sokolov", "Brightwell", "Novak", "Qureshi", "Subramanian", "Holm", "Haddad", "Russo",
        "Petrenko", "Farahani", "Ionescu", "Moreau", "Tanaka", "Melnyk", "Castillo"]
EMP_HEAD = ["Northwind", "Bluefin", "Orbita", "Kestrel", "Tallis", "Rivergate", "Quillon",
            "Vantora", "Helixar", "Marlow", "Ardent", "Cobaltine", "Silverpine", "Brightwater",
            "Zentra", "Polarion", "Meridiant", "Lumenix", "Granitex", "Oakridge", "Fjordline",
            "Pelican", "Saffron", "Tessera", "Hart-Well", "Ostrava", "Crestmoor", "Nimbuso"]
EMP_TAIL = ["Systems", "Technologies", "Bank", "Telecom", "Health", "Logistics", "Software",
            "Consulting", "Insurance", "Retail Group", "Labs", "Solutions", "Energy", "Media",
            "Infotech", "Payments", "Airlines", "Analytics"]
LEGAL = ["", "", "", " Ltd.", " Inc.", " GmbH", " LLC", " Pvt. Ltd.", " S.A.", " plc", " AG",
         " B.V.", " Sp. z o.o.", " Ltd"]
CITIES = ["Leeds, UK", "Berlin, Germany", "Tel Aviv", "Pune, India", "Warsaw, Poland",
          "Austin, TX", "Toronto, ON", "Kyiv, Ukraine", "Lisbon", "Bangalore", "Haifa",
          "Chicago, IL", "Dublin, Ireland", "Krakow", "Hyderabad, Telangana", "Riga, Latvia",
          "Manchester", "Sofia, Bulgaria", "Denver, CO", "Bucharest, Romania"]
PM_TITLES = ["IT Project Manager", "Project Manager", "Senior Project Manager",
             "Technical Project Manager", "Program Manager", "Senior IT Project Manager",
             "Scrum Master", "Agile Delivery Manager", "Delivery Manager", "Project Coordinator",
             "PMO Analyst", "IT Program Manager", "Project Lead", "Digital Project Manager",
             "Infrastructure Project Manager", "Software Project Manager", "PMO Lead",
             "Senior Program Manager", "Project Manager - ERP", "Implementation Project Manager"]
JUNIOR_PM_TITLES = ["Junior Project Manager", "Project Coordinator", "Assistant Project Manager",
                    "Junior Scrum Master", "PMO Assistant", "Project Administrator"]
OTHER_TITLES = ["Software Developer", "QA Engineer", "Business Analyst", "Systems Administrator",
                "Network Engineer", "Data Analyst", "Support Engineer", "Web Developer",
                "IT Support Specialist", "Teacher", "Sales Associate", "Customer Service Representative",
                "Accountant", "Logistics Coordinator", "Java Developer", "Test Analyst"]
FREELANCE_EMPLOYERS = ["Self-employed", "Freelance", "Self Employed"]
DUTIES = [
    "Led a cross-functional team of {n} engineers through the migration of the billing platform to the cloud",
    "Managed a portfolio of {n} concurrent projects with a combined budget of ${m}M",
    "Ran daily stand-ups, sprint planning and retrospectives for two Scrum teams",
    "Cut release lead time by {p}% by introducing a shared release calendar",
    "Prepared weekly status reports and steering committee packs for senior stakeholders",
    "Coordinated vendors across three time zones for a nationwide network refresh",
    "Owned the RAID log and escalated risks before they reached the critical path",
    "Delivered the CRM rollout to {n}00 users two weeks ahead of plan",
    "Negotiated scope changes with the client and kept the project within {p}% of budget",
    "Introduced Jira and Confluence and trained {n} teams in their use",
    "Wrote test cases and automated regression suites in Selenium",
    "Maintained the Windows and Linux server estate and the backup schedule",
    "Built dashboards in Power BI for the finance team",
    "Handled customer enquiries and resolved {n}0 tickets a week",
    "Planned and tracked the data-centre move of {n}0 servers over four weekends",
    "Set up the PMO templates, stage gates and benefits tracking",
    "Reduced open defects from {n}0 to {n} before go-live",
    "Supported the 2019 ERP upgrade and the cut-over weekend",
]
ACHIEVEMENTS = [
    "Saved ${m}M a year by consolidating three hosting contracts",
    "Raised on-time delivery from {p}% to 9{n}%",
    "Named team of the year in {y}",
    "Brought a failing programme back on schedule within {n} months",
]
DEGREES = ["B.Sc. in Computer Science", "Bachelor of Engineering (IT)", "MBA",
           "M.Sc. Information Systems", "BA in Economics", "Master of Computer Applications",
           "B.Tech in Electronics", "Diploma in Business Administration"]
SCHOOLS = ["University of Westmarch", "Northgate Technical University", "State Polytechnic Institute",
           "Riverside College", "Eastbrook University", "Institute of Applied Sciences"]
CERTS = ["PMP, Project Management Institute", "PRINCE2 Practitioner", "Certified ScrumMaster (CSM)",
         "ITIL 4 Foundation", "PMI-ACP", "SAFe 5 Agilist", "AWS Cloud Practitioner"]
SKILLS = ["MS Project", "Jira", "Confluence", "Agile", "Scrum", "Kanban", "Risk management",
          "Budgeting", "Stakeholder management", "SQL", "Power BI", "Smartsheet", "Waterfall",
          "SAP", "Azure DevOps", "Trello", "Vendor management", "Excel"]
LANGS = ["English - fluent", "German - B2", "Hebrew - native", "Russian - native",
         "Polish - native", "Hindi - native", "French - basic", "Spanish - intermediate"]
BOOTCAMPS = ["Full-Stack Web Development Bootcamp", "Google Project Management Certificate",
             "Agile Project Management Course", "Data Analytics Bootcamp"]
PROJECTS = ["Inventory tracker for a local charity", "Booking app for a dental clinic",
            "Volunteer scheduling tool", "Price-comparison web scraper", "Open-source issue triage bot"]
INDUSTRIES = ["Information technology, system integration", "Banking", "Telecommunications",
              "Retail", "Healthcare IT", "Logistics and transport"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


@dataclass
class Role:
    title: str
    employer: str | None
    start: tuple          # (year, month or None)
    end: object           # (year, month or None) or "present"
    city: str = ""
    bullets: list = field(default_factory=list)
    achievements: list = field(default_factory=list)


@dataclass
class CV:
    name: str
    headline: str
    city: str
    email: str
    phone: str
    linkedin: str
    summary: str
    roles: list
    education: list
    certs: list
    skills: list
    langs: list
    projects: list = field(default_factory=list)     # dated, but not jobs
    bootcamp: tuple | None = None
    military: tuple | None = None
    volunteer: tuple | None = None
    kind: str = ""


def month_index(ym: tuple, *, end: bool) -> int:
    """A (year, month) as a month count; a year alone runs from January to December."""
    year, month = ym
    if month is None:
        month = 12 if end else 1
    return year * 12 + month - 1


def label_date(d) -> str:
    if d == "present":
        return "present"
    year, month = d
    return f"{year}" if month is None else f"{year}-{month:02d}"


def union_years(roles: list, as_of: dt.date) -> float | None:
    """The union of the roles' ranges in years, as the labels' README defines it."""
    if not roles:
        return None
    now = as_of.year * 12 + as_of.month - 1
    months = set()
    for role in roles:
        first = month_index(role.start, end=False)
        last = now if role.end == "present" else min(month_index(role.end, end=True), now)
        months.update(range(first, last + 1))
    return round(len(months) / 12, 1)


def is_pm_title(title: str) -> bool:
    # (a freelance "IT Project Management Consultant" presents as one)
    return title in PM_TITLES or title in JUNIOR_PM_TITLES or "Project Manage" in title


def fill(text: str, rng: random.Random) -> str:
    return text.format(n=rng.randint(2, 9), m=rng.randint(1, 9), p=rng.randint(11, 40),
                       y=rng.randint(2012, 2023))


def employer_name(rng: random.Random) -> str:
    return f"{rng.choice(EMP_HEAD)} {rng.choice(EMP_TAIL)}{rng.choice(LEGAL)}"


def draw_career(rng: random.Random, as_of: dt.date) -> tuple[str, list]:
    """Roles newest first, as (title, employer, start, end) with month dates."""
    kind = rng.choice(["junior", "mid", "mid", "senior", "senior", "changer", "freelancer",
                       "promoted", "gappy", "overlap"])
    count = {"junior": rng.randint(1, 2), "mid": rng.randint(2, 4), "senior": rng.randint(5, 10),
             "changer": rng.randint(3, 5), "freelancer": rng.randint(2, 4),
             "promoted": rng.randint(3, 5), "gappy": rng.randint(3, 5),
             "overlap": rng.randint(3, 5)}[kind]
    cursor = as_of.year * 12 + as_of.month - 1
    roles = []
    employer = employer_name(rng)
    for index in range(count):
        if index == 0 and rng.random() < 0.7:
            end = "present"
            last = cursor
        else:
            last = cursor - (0 if index else rng.randint(1, 14))
            end = (last // 12, last % 12 + 1)
        length = rng.randint(5, 26) if kind == "junior" else rng.randint(8, 60)
        first = last - length
        if first < 1996 * 12:
            break
        start = (first // 12, first % 12 + 1)
        if kind == "junior":
            title = rng.choice(JUNIOR_PM_TITLES) if index == 0 else rng.choice(OTHER_TITLES)
        elif kind == "changer":
            title = rng.choice(PM_TITLES) if index < 2 else rng.choice(OTHER_TITLES)
        else:
            title = rng.choice(PM_TITLES) if index < count - 1 or rng.random() < 0.5 \
                else rng.choice(OTHER_TITLES)
        if not (kind == "promoted" and index < 3):
            employer = employer_name(rng)
        if kind == "freelancer" and index == 0:
            employer = rng.choice(FREELANCE_EMPLOYERS)
            title = rng.choice(["Freelance IT Project Manager", "Freelance Project Manager",
                                "IT Project Management Consultant"])
        roles.append(Role(title, employer, start, end, rng.choice(CITIES)))
        gap = rng.randint(8, 30) if kind == "gappy" and rng.random() < 0.6 else rng.choice([1, 1, 1, 0, 2])
        cursor = first - gap
    if kind == "overlap" and len(roles) >= 2:
        # a side job held while employed: part-time lecturing, consulting
        host = roles[1]
        first = month_index(host.start, end=False) + rng.randint(2, 8)
        length = rng.randint(4, 14)
        start = (first // 12, first % 12 + 1)
        last = first + length
        end = (last // 12, last % 12 + 1)
        roles.insert(1, Role(rng.choice(["Part-time Lecturer", "Project Management Consultant",
                                         "Scrum Master (part-time)"]),
                             employer_name(rng), start, end, rng.choice(CITIES)))
        roles.sort(key=lambda r: month_index(r.start, end=False), reverse=True)
    # uniqueness of (title, start) keeps the scoring honest
    seen, unique = set(), []
    for role in roles:
        key = (role.title.lower(), role.start)
        if key not in seen:
            seen.add(key)
            unique.append(role)
    return kind, unique


def drop_months(roles: list, granularity: str) -> None:
    """Year-only dates for the whole resume ('year') or for the older roles ('mixed')."""
    for index, role in enumerate(roles):
        if granularity == "year" or (granularity == "mixed" and index >= 2):
            role.start = (role.start[0], None)
            if role.end != "present":
                role.end = (role.end[0], None)


def project_inside(role: Role, rng: random.Random, as_of: dt.date) -> str | None:
    """A senior's bullet naming a project of the job with its own dates, inside the job's."""
    first = month_index(role.start, end=False)
    last = (as_of.year * 12 + as_of.month - 1) if role.end == "present" else month_index(role.end, end=True)
    if last - first < 18 or rng.random() < 0.9:
        return None
    begin = rng.randint(first + 1, last - 10)
    stop = rng.randint(begin + 3, min(begin + 14, last - 1))
    if role.start[1] is None:
        dates = f"{begin // 12} – {stop // 12}"
    else:
        dates = f"{MONTHS[begin % 12][:3]} {begin // 12} – {MONTHS[stop % 12][:3]} {stop // 12}"
    name = rng.choice(["ERP rollout for 12 plants", "CRM migration", "Data-centre exit", "Mobile banking app"])
    return rng.choice([f"Key project: {name} ({dates}), budget ${rng.randint(1, 9)}M",
                       f"{name}, {dates}: led a team of {rng.randint(4, 20)}"])


def draw_cv(rng: random.Random, as_of: dt.date) -> tuple[CV, dict]:
    kind, roles = draw_career(rng, as_of)
    granularity = rng.choices(["month", "year", "mixed"], [0.65, 0.2, 0.15])[0]
    drop_months(roles, granularity)
    for role in roles:
        role.bullets = [fill(t, rng) for t in rng.sample(DUTIES, rng.randint(1, 5))]
        dated_project = project_inside(role, rng, as_of)
        if dated_project:
            role.bullets.insert(rng.randint(0, len(role.bullets)), dated_project)
        if rng.random() < 0.35:
            role.achievements = [fill(t, rng) for t in rng.sample(ACHIEVEMENTS, rng.randint(1, 2))]
    first, last = rng.choice(FIRST), rng.choice(LAST)
    pm_roles = [r for r in roles if is_pm_title(r.title)]
    headline = pm_roles[0].title if pm_roles else roles[0].title
    oldest = roles[-1].start[0]
    grad = oldest - rng.randint(0, 2)
    education = [(rng.choice(DEGREES), rng.choice(SCHOOLS), grad - rng.randint(3, 4), grad)]
    if rng.random() < 0.3:
        education.insert(0, (rng.choice(DEGREES), rng.choice(SCHOOLS), grad + 2, grad + 4))
    cv = CV(
        name=f"{first} {last}", headline=headline, city=rng.choice(CITIES),
        email=f"{first.lower()}.{last.lower().replace('-', '')}@example.com",
        phone=rng.choice(["+44 7700 900", "+1 (555) 01", "+972 54-555-", "+91 98765 4"]) +
        f"{rng.randint(100, 999)}",
        linkedin=f"linkedin.com/in/{first.lower()}{last.lower().replace('-', '')}",
        summary=rng.choice([
            "IT project manager with a record of delivering infrastructure and software projects on time and on budget.",
            "Organised, calm under pressure, and fond of a good plan. Looking for my next delivery role.",
            "Certified Scrum Master moving from software testing into project delivery.",
            "Results-driven professional with strong communication and leadership skills.",
        ]),
        roles=roles, education=education,
        certs=rng.sample(CERTS, rng.randint(0, 3)), skills=rng.sample(SKILLS, rng.randint(5, 10)),
        langs=rng.sample(LANGS, rng.randint(1, 3)), kind=kind)
    if kind == "junior" or rng.random() < 0.1:
        year = roles[0].start[0]
        cv.bootcamp = (rng.choice(BOOTCAMPS), rng.choice(["CodeForge Academy", "Coursera", "Le Wagon-style school", "TechUp Institute"]), year)
        cv.projects = [(p, (year - rng.randint(0, 1), rng.randint(1, 12)), rng.choice(["Team lead", "Project lead", "Scrum master", "Developer"]))
                       for p in rng.sample(PROJECTS, rng.randint(1, 3))]
    if rng.random() < 0.08:
        cv.military = ("Israel Defense Forces" if rng.random() < 0.5 else "Armed Forces",
                       rng.choice(["Team Commander", "Logistics Officer", "Signals Operator"]),
                       grad - 7, grad - 4)
    if rng.random() < 0.08:
        cv.volunteer = ("Volunteer Coordinator", "Riverside Food Bank", oldest + 1, oldest + 3)
    label = {
        "roles": [{"title": r.title, "employer": r.employer, "start": label_date(r.start),
                   "end": label_date(r.end)} for r in roles],
        "years": union_years(roles, as_of),
        "is_pm": bool(pm_roles),
    }
    return cv, {"label": label, "traits": {f"career:{kind}", f"dates:{granularity}"}}


# ---------------------------------------------------------------------------------------------
# How a resume writes its dates.

PRESENT_WORDS = ["Present", "Present", "Current", "Now", "Today", "Till date", "till now",
                 "to date", "Ongoing", "PRESENT", "present", "Till Date", "nowadays", "up to now"]
JOINED_PRESENT = {"Till date", "till now", "to date", "Till Date", "up to now"}


def month_formats() -> dict:
    short = [m[:3] for m in MONTHS]
    return {
        "Mon YYYY": lambda y, m: f"{short[m - 1]} {y}",
        "Month YYYY": lambda y, m: f"{MONTHS[m - 1]} {y}",
        "MM/YYYY": lambda y, m: f"{m:02d}/{y}",
        "M/YYYY": lambda y, m: f"{m}/{y}",
        "YYYY-MM": lambda y, m: f"{y}-{m:02d}",
        "MM.YYYY": lambda y, m: f"{m:02d}.{y}",
        "Mon. YYYY": lambda y, m: f"{short[m - 1]}{'' if m == 5 else '.'} {y}",
        "Mon'YY": lambda y, m: f"{('Sept' if m == 9 else short[m - 1])}'{y % 100:02d}",
        "Mon’YY": lambda y, m: f"{short[m - 1]}’{y % 100:02d}",   # Word's AutoCorrect curls the apostrophe
        "MON YYYY": lambda y, m: f"{short[m - 1].upper()} {y}",
        "Mon-YYYY": lambda y, m: f"{short[m - 1]}-{y}",
        "Month, YYYY": lambda y, m: f"{MONTHS[m - 1]}, {y}",
        "MM/YY": lambda y, m: f"{m:02d}/{y % 100:02d}",
        "Sept YYYY": lambda y, m: f"{'Sept' if m == 9 else short[m - 1]} {y}",
        "D Month YYYY": lambda y, m: f"{(y + m) % 28 + 1} {MONTHS[m - 1]} {y}",
        "Month D, YYYY": lambda y, m: f"{MONTHS[m - 1]} {(y * m) % 28 + 1}, {y}",
    }


@dataclass
class DateStyle:
    month: str
    sep: str
    present: str
    wrap: str          # plain, from_to, since, duration
    full_day: bool = False

    def one(self, d) -> str:
        if d == "present":
            return self.present
        year, month = d
        if month is None:
            return str(year)
        if self.full_day:
            return f"{(year + month) % 27 + 1:02d}/{month:02d}/{year}"
        return month_formats()[self.month](year, month)

    def span(self, role: Role) -> str:
        start, end = self.one(role.start), self.one(role.end)
        if self.wrap == "since" and role.end == "present":
            return f"since {start}"
        if self.wrap == "from_to":
            return f"from {start} {'' if self.present in JOINED_PRESENT and role.end == 'present' else 'to '}{end}".replace("  ", " ")
        if role.end == "present" and self.present in JOINED_PRESENT:
            text = f"{start}{'-' if self.sep.strip() == '-' and not self.sep.startswith(' ') else ' '}{end}"
        else:
            text = f"{start}{self.sep}{end}"
        if self.wrap == "duration":
            text += f" ({duration_words(role)})"
        return text


def duration_words(role: Role) -> str:
    first = month_index(role.start, end=False)
    last = (DRAWN_AS_OF[0].year * 12 + DRAWN_AS_OF[0].month - 1) if role.end == "present" else month_index(role.end, end=True)
    months = last - first + 1
    years, rest = divmod(months, 12)
    parts = []
    if years:
        parts.append(f"{years} year{'s' if years > 1 else ''}" if rest or years > 1 else "1 year")
    if rest:
        parts.append(f"{rest} month{'s' if rest > 1 else ''}")
    return " ".join(parts) or "1 month"


def draw_date_style(rng: random.Random, traits: set, family: str) -> DateStyle:
    month = rng.choice(list(month_formats()))
    if family == "russian_site":
        month = "Month YYYY"
    if family == "india":
        month = rng.choice(["Mon-YYYY", "Month, YYYY", "Mon YYYY", "Month YYYY", "MM/YYYY"])
    sep = rng.choice([" – ", " – ", " - ", " — ", "–", " to ", "\u00a0–\u00a0", "-", " - ", "—"])
    if month in ("YYYY-MM", "Mon-YYYY") and sep.strip() == "-":
        sep = " to "
    present = rng.choice(PRESENT_WORDS)
    wrap = rng.choices(["plain", "from_to", "since", "duration"], [0.8, 0.07, 0.05, 0.08])[0]
    full_day = family == "europass" and rng.random() < 0.5
    style = DateStyle(month, sep, present, wrap, full_day)
    traits.update({f"month:{'dd/mm/yyyy' if full_day else month}", f"sep:{sep.strip() or 'nbsp'}",
                   f"present:{present}", f"wrap:{wrap}"})
    return style


# ---------------------------------------------------------------------------------------------
# Raw OOXML: runs, paragraphs, tables, fields, content controls, text boxes.

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
    "w15": "http://schemas.microsoft.com/office/word/2012/wordml",
}
DECL = " ".join(f'xmlns:{k}="{v}"' for k, v in NS.items())
PTAB = "\x01"      # stands for an absolute right tab (w:ptab) inside run text


def run_content(text: str) -> str:
    """Text with its tabs, line breaks, soft and non-breaking hyphens as Word stores them."""
    out, buf = [], []

    def flush():
        if buf:
            out.append(f'<w:t xml:space="preserve">{escape("".join(buf))}</w:t>')
            buf.clear()
    for ch in text:
        special = {"\t": "<w:tab/>", "\n": "<w:br/>", "\u00ad": "<w:softHyphen/>",
                   "\u2011": "<w:noBreakHyphen/>",
                   PTAB: '<w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/>'}.get(ch)
        if special:
            flush()
            out.append(special)
        else:
            buf.append(ch)
    flush()
    return "".join(out)


def rpr(b=False, i=False, sz=None, color=None, caps=False, smallcaps=False, font=None,
        style=None, vanish=False, u=False, spacing=None) -> str:
    parts = []
    if style:
        parts.append(f'<w:rStyle w:val="{style}"/>')
    if font:
        parts.append(f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}" w:eastAsia="{font}"/>')
    if b:
        parts.append("<w:b/><w:bCs/>")
    if i:
        parts.append("<w:i/><w:iCs/>")
    if caps:
        parts.append("<w:caps/>")
    if smallcaps:
        parts.append("<w:smallCaps/>")
    if vanish:
        parts.append("<w:vanish/>")
    if color:
        parts.append(f'<w:color w:val="{color}"/>')
    if spacing:
        parts.append(f'<w:spacing w:val="{spacing}"/>')
    if sz:
        parts.append(f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>')
    if u:
        parts.append('<w:u w:val="single"/>')
    return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


def r(text: str, **fmt) -> str:
    return f"<w:r>{rpr(**fmt)}{run_content(text)}</w:r>"


def ppr(style=None, align=None, tabs=(), before=None, after=None, numid=None, ilvl=0,
        ind=None, hanging=None, outline=None, keep=False, border_bottom=False, shade=None,
        sect=None, line=None, frame=False) -> str:
    parts = []
    if style:
        parts.append(f'<w:pStyle w:val="{style}"/>')
    if frame:
        # a frame at the right margin, anchored to the paragraph that follows (LibreOffice's dates)
        parts.append('<w:framePr w:w="2400" w:hSpace="180" w:wrap="around" w:vAnchor="text" '
                     'w:hAnchor="margin" w:xAlign="right" w:y="1"/>')
    if keep:
        parts.append("<w:keepNext/>")
    if numid is not None:
        parts.append(f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{numid}"/></w:numPr>')
    if border_bottom:
        parts.append('<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="808080"/></w:pBdr>')
    if shade:
        parts.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>')
    if tabs:
        parts.append("<w:tabs>" + "".join(f'<w:tab w:val="{kind}" w:pos="{pos}"/>' for kind, pos in tabs) + "</w:tabs>")
    if before is not None or after is not None or line:
        attrs = ""
        if before is not None:
            attrs += f' w:before="{before}"'
        if after is not None:
            attrs += f' w:after="{after}"'
        if line:
            attrs += f' w:line="{line}" w:lineRule="auto"'
        parts.append(f"<w:spacing{attrs}/>")
    if ind is not None or hanging is not None:
        attrs = f' w:left="{ind or 0}"' + (f' w:hanging="{hanging}"' if hanging else "")
        parts.append(f"<w:ind{attrs}/>")
    if align:
        parts.append(f'<w:jc w:val="{align}"/>')
    if outline is not None:
        parts.append(f'<w:outlineLvl w:val="{outline}"/>')
    if sect:
        parts.append(sect)
    return f"<w:pPr>{''.join(parts)}</w:pPr>" if parts else ""


def p(*runs: str, **props) -> str:
    return f"<w:p>{ppr(**props)}{''.join(runs)}</w:p>"


def cell(content: str, width: int, shade=None, vmerge=None, span=None, valign=None) -> str:
    props = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span:
        props += f'<w:gridSpan w:val="{span}"/>'
    if vmerge:
        props += '<w:vMerge w:val="restart"/>' if vmerge == "restart" else "<w:vMerge/>"
    props += ('<w:tcBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
              '<w:right w:val="nil"/></w:tcBorders>')
    if shade:
        props += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
    if valign:
        props += f'<w:vAlign w:val="{valign}"/>'
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{content or p()}</w:tc>"


def table(rows: list, widths: list, borders=False, layout_fixed=False) -> str:
    """rows: lists of cell XML. Borders hidden unless asked, as layout tables have them."""
    border = "single" if borders else "none"
    bx = "".join(f'<w:{side} w:val="{border}" w:sz="4" w:space="0" w:color="auto"/>'
                 for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    fixed = '<w:tblLayout w:type="fixed"/>' if layout_fixed else ""
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    body = "".join(f"<w:tr>{''.join(row)}</w:tr>" for row in rows)
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblBorders>{bx}</w:tblBorders>'
            f'{fixed}<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
            f'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>')


def field_runs(instr: str, result: str, **fmt) -> str:
    """A complex field: begin, instruction, separate, the result shown, end."""
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {escape(instr)} </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{r(result, **fmt)}'
            f'<w:r><w:fldChar w:fldCharType="end"/></w:r>')


class Ids:
    """Ids that OOXML wants unique within a document: content controls, bookmarks, shapes."""
    def __init__(self):
        self.value = 1000

    def __call__(self) -> int:
        self.value += 1
        return self.value


def block_sdt(content: str, ids: Ids, alias: str, placeholder=False, repeating=False) -> str:
    extra = "<w:showingPlcHdr/>" if placeholder else ""
    if repeating:
        extra += "<w15:repeatingSectionItem/>"
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/>'
            f'<w:id w:val="{ids()}"/>{extra}</w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>')


def inline_sdt(runs: str, ids: Ids, alias: str, date=False) -> str:
    kind = ('<w:date><w:dateFormat w:val="MMMM yyyy"/><w:lid w:val="en-US"/>'
            '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>') if date else "<w:text/>"
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:id w:val="{ids()}"/>{kind}</w:sdtPr>'
            f'<w:sdtContent>{runs}</w:sdtContent></w:sdt>')


def textbox(paragraphs: str, ids: Ids, x_emu: int, y_emu: int, cx: int, cy: int,
            fill_color="F2F2F2") -> str:
    """A floating text box as Word 2010+ writes it: DrawingML with a VML fallback that holds
    the same paragraphs a second time."""
    n = ids()
    choice = (
        f'<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="{n}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>{x_emu}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="page"><wp:posOffset>{y_emu}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="{n}" name="Text Box {n}"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill_color}"/></a:solidFill>'
        f'<a:ln><a:noFill/></a:ln></wps:spPr><wps:txbx><w:txbxContent>{paragraphs}</w:txbxContent></wps:txbx>'
        f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"/>'
        f'</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>')
    fallback = (
        f'<w:pict><v:shape id="Text Box {n}" o:spid="_x0000_s{n}" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:{x_emu // 12700}pt;margin-top:{y_emu // 12700}pt;'
        f'width:{cx // 12700}pt;height:{cy // 12700}pt;z-index:{n}" fillcolor="#{fill_color}" stroked="f">'
        f'<v:textbox><w:txbxContent>{paragraphs}</w:txbxContent></v:textbox></v:shape></w:pict>')
    return (f'<w:r><mc:AlternateContent><mc:Choice Requires="wps">{choice}</mc:Choice>'
            f'<mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent></w:r>')


def shape_bar(ids: Ids, width_emu: int, color: str) -> str:
    """A skill bar: a filled rectangle with no text, inline in the paragraph."""
    n = ids()
    return (f'<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            f'<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{width_emu}" cy="76200"/>'
            f'<wp:docPr id="{n}" name="Rectangle {n}"/><a:graphic>'
            f'<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            f'<wps:wsp><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{width_emu}" cy="76200"/></a:xfrm>'
            f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{color}"/></a:solidFill>'
            f'</wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing>'
            f'</mc:Choice><mc:Fallback><w:pict><v:rect id="Rect{n}" style="width:{width_emu // 12700}pt;height:6pt" '
            f'fillcolor="#{color}" stroked="f"/></w:pict></mc:Fallback></mc:AlternateContent></w:r>')


def tiny_png(rgb=(40, 90, 160)) -> bytes:
    """A 4x4 one-colour PNG: the icons beside a builder's contact lines."""
    raw = b"".join(b"\x00" + bytes(rgb) * 4 for _ in range(4))

    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


# ---------------------------------------------------------------------------------------------
# One document being written, with the oddities drawn for it.

NOISES = ["tracked", "smarttag", "inline_sdt", "bookmark", "soft_hyphen", "split_runs",
          "hyperlink_field", "hyperlink_el", "header_contact", "footer_page", "hidden_text",
          "symbol_bullets", "caps_headings", "section_columns", "nb_hyphen_dates", "first_page_header",
          "nbsp_dates", "zero_width"]


class Writer:
    def __init__(self, rng: random.Random, traits: set, noises: set):
        self.doc = docx.Document()
        self.rng = rng
        self.traits = traits
        self.noise = noises
        self.ids = Ids()
        self.end = self.doc.element.body.sectPr
        self.body_xml: list[str] = []
        self.header_xml: list[str] = []
        self.footer_xml: list[str] = []
        self.bullet_char = rng.choice(["\u2022", "-", "\u2013", "*", "\u00b7"])

    # -- styles ---------------------------------------------------------------------------
    def para_style(self, name: str, size=None, bold=False, color=None, caps=False,
                   align=None, based="Normal") -> str:
        from docx.enum.style import WD_STYLE_TYPE
        from docx.shared import Pt, RGBColor
        styles = self.doc.styles
        try:
            style = styles[name]
        except KeyError:
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = styles[based]
            if size:
                style.font.size = Pt(size)
            style.font.bold = bold or None
            if color:
                style.font.color.rgb = RGBColor.from_string(color)
            if caps:
                style.font.all_caps = True
            if align == "right":
                style.paragraph_format.alignment = 2
        return style.style_id

    def char_style(self, name: str, bold=False, italic=False, color=None) -> str:
        from docx.enum.style import WD_STYLE_TYPE
        from docx.shared import RGBColor
        styles = self.doc.styles
        try:
            style = styles[name]
        except KeyError:
            style = styles.add_style(name, WD_STYLE_TYPE.CHARACTER)
            style.font.bold = bold or None
            style.font.italic = italic or None
            if color:
                style.font.color.rgb = RGBColor.from_string(color)
        return style.style_id

    # -- text with the drawn oddities -------------------------------------------------------
    def runs(self, text: str, **fmt) -> str:
        """Runs for a piece of text; Google Docs and edited documents split it up."""
        if "split_runs" in self.noise and len(text) > 3:
            pieces, i = [], 0
            while i < len(text):
                step = self.rng.randint(1, 6)
                pieces.append(text[i:i + step])
                i += step
            return "".join(r(piece, **fmt) for piece in pieces)
        return r(text, **fmt)

    def title_runs(self, title: str, **fmt) -> str:
        shown = title
        if "soft_hyphen" in self.noise and "Manager" in title:
            shown = title.replace("Manager", "Man\u00adager")
        if "zero_width" in self.noise:
            shown = shown.replace(" ", "\u200b ")
        if "tracked" in self.noise and self.rng.random() < 0.5:
            old = self.rng.choice(["Project Coordinator", "Team Lead", "Analyst"])
            n1, n2 = self.ids(), self.ids()
            return (f'<w:del w:id="{n1}" w:author="Reviewer" w:date="2024-03-02T10:00:00Z">'
                    f'<w:r>{rpr(**fmt)}<w:delText xml:space="preserve">{escape(old)}</w:delText></w:r></w:del>'
                    f'<w:ins w:id="{n2}" w:author="Reviewer" w:date="2024-03-02T10:00:00Z">{self.runs(shown, **fmt)}</w:ins>')
        out = self.runs(shown, **fmt)
        if "inline_sdt" in self.noise:
            out = inline_sdt(out, self.ids, "Job Title")
        if "bookmark" in self.noise:
            n = self.ids()
            out = f'<w:bookmarkStart w:id="{n}" w:name="_Toc{n}"/>{out}<w:bookmarkEnd w:id="{n}"/>'
        return out

    def employer_runs(self, employer: str, **fmt) -> str:
        out = self.runs(employer or "", **fmt)
        if "inline_sdt" in self.noise:
            out = inline_sdt(out, self.ids, "Company")
        if "smarttag" in self.noise:
            out = (f'<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" '
                   f'w:element="PlaceName">{out}</w:smartTag>')
        return out

    def date_runs(self, text: str, **fmt) -> str:
        if "nb_hyphen_dates" in self.noise:
            text = text.replace(" - ", "\u00a0\u2011\u00a0")
        if "nbsp_dates" in self.noise:
            text = text.replace(" ", "\u00a0")  # Ctrl+Shift+Space, so that a date never breaks
        if "zero_width" in self.noise:
            text = text.replace(" ", "\u200b ", 1)  # a web page's or a builder's zero-width space
        out = self.runs(text, **fmt)
        if "tracked" in self.noise and self.rng.random() < 0.4:
            # the dates updated with Track Changes on: the old range deleted, the new one inserted
            n1, n2 = self.ids(), self.ids()
            old = self.rng.choice(["2015 – 2017", "Jan 2016 – Present", "03/2012 - 09/2014"])
            out = (f'<w:del w:id="{n1}" w:author="Me" w:date="2025-01-10T09:00:00Z"><w:r>{rpr(**fmt)}'
                   f'<w:delText xml:space="preserve">{escape(old)}</w:delText></w:r></w:del>'
                   f'<w:ins w:id="{n2}" w:author="Me" w:date="2025-01-10T09:00:00Z">{out}</w:ins>')
        if "smarttag" in self.noise:
            out = (f'<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" '
                   f'w:element="date">{out}</w:smartTag>')
        if "inline_sdt" in self.noise and self.rng.random() < 0.5:
            out = inline_sdt(out, self.ids, "Dates", date=True)
        return out

    def link_runs(self, text: str, url: str, **fmt) -> str:
        if "hyperlink_field" in self.noise:
            return field_runs(f'HYPERLINK "{url}"', text, style=self.char_style("Hyperlink", color="0563C1"), **fmt)
        if "hyperlink_el" in self.noise:
            rid = self.doc.part.relate_to(url, RT.HYPERLINK, is_external=True)
            return f'<w:hyperlink r:id="{rid}" w:history="1">{r(text, **fmt)}</w:hyperlink>'
        return r(text, **fmt)

    def bullet(self, text: str, style_bullets="ListBullet", **fmt) -> str:
        """A bullet as the document makes them: list numbering, a typed character, or the
        Symbol-font character old Word documents carry."""
        if "symbol_bullets" in self.noise:
            return p('<w:r><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr>'
                     '<w:sym w:font="Symbol" w:char="F0B7"/></w:r>', r("\t"), self.runs(text, **fmt),
                     ind=720, hanging=360)
        if style_bullets:
            return p(self.runs(text, **fmt), style=style_bullets)
        return p(r(f"{self.bullet_char} "), self.runs(text, **fmt))

    def add(self, xml: str) -> None:
        self.body_xml.append(xml)

    # -- writing it out ---------------------------------------------------------------------
    def finish(self) -> bytes:
        if "hidden_text" in self.noise:
            # keywords for screening software in vanished text, as some people do
            self.body_xml.append(p(r("project management agile scrum PMP stakeholder budget risk", vanish=True)))
        body = parse_xml(f"<w:body {DECL}>{''.join(self.body_xml)}</w:body>")
        for child in list(body):
            self.end.addprevious(child)
        section = self.doc.sections[0]
        if self.header_xml:
            if "first_page_header" in self.noise:
                section.different_first_page_header_footer = True
                target = section.first_page_header
            else:
                target = section.header
            target.is_linked_to_previous = False
            self._fill(target._element, self.header_xml)
        footer = list(self.footer_xml)
        if "footer_page" in self.noise:
            footer.append(p(r("Page "), field_runs("PAGE", "1"), r(" of "), field_runs("NUMPAGES", "2"),
                            align="right"))
        if footer:
            section.footer.is_linked_to_previous = False
            self._fill(section.footer._element, footer)
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()

    @staticmethod
    def _fill(element, paragraphs: list) -> None:
        for child in list(element):
            element.remove(child)
        for child in parse_xml(f"<w:hdr {DECL}>{''.join(paragraphs)}</w:hdr>"):
            element.append(child)


# ---------------------------------------------------------------------------------------------
# The families. Each writes a whole resume in one real source's shape.

def employer_groups(roles: list) -> list:
    """Consecutive roles at one employer, as a CV lists promotions under one employer line."""
    groups = []
    for role in roles:
        if groups and groups[-1][0] == role.employer:
            groups[-1][1].append(role)
        else:
            groups.append((role.employer, [role]))
    return groups


def wants_grouping(w: "Writer", cv: CV) -> bool:
    grouped = any(len(roles) > 1 for _, roles in employer_groups(cv.roles)) and w.rng.random() < 0.6
    if grouped:
        w.traits.add("layout:employer_grouped")
    return grouped


def contact_runs(w: Writer, cv: CV, sep=" | ", **fmt) -> str:
    return (r(f"{cv.city}{sep}{cv.phone}{sep}", **fmt) + w.link_runs(cv.email, f"mailto:{cv.email}", **fmt)
            + r(sep, **fmt) + w.link_runs(cv.linkedin, f"https://{cv.linkedin}", **fmt))


def put_contact(w: Writer, cv: CV, body_paragraphs: list) -> None:
    """Name and contact either in the body or, as many templates do, in the page header."""
    if "header_contact" in w.noise:
        w.header_xml.extend(body_paragraphs)
    else:
        for para in body_paragraphs:
            w.add(para)


def education_lines(cv: CV) -> list:
    return [(f"{deg}, {school}", f"{start} – {end}") for deg, school, start, end in cv.education]


def other_sections(w: Writer, cv: CV, heading, style_bullets="ListBullet") -> None:
    """Education, certifications, skills, languages, projects, military: the parts that are
    not jobs but carry dates and words that look like them."""
    if cv.education or cv.bootcamp:
        heading("Education")
    for text, dates in education_lines(cv):
        w.add(p(w.runs(text, b=True)))
        w.add(p(w.runs(dates)))
    if cv.bootcamp:
        name, school, year = cv.bootcamp
        w.add(p(w.runs(f"{name}, {school}, {year}")))
    if cv.projects:
        heading("Projects")
        for name, (y, m), role in cv.projects:
            w.add(p(w.runs(name, b=True), r(f" – {role}")))
            w.add(p(r(f"{MONTHS[m - 1][:3]} {y}")))
            w.add(w.bullet("Planned the work in two-week sprints and demoed to the client", style_bullets))
    if cv.military:
        unit, rank, start, end = cv.military
        heading("Military Service")
        w.add(p(r(f"{start} – {end}\t"), w.runs(f"{unit} – {rank}", b=True), tabs=[("left", 2160)]))
    if cv.volunteer:
        title, org, start, end = cv.volunteer
        heading("Volunteering")
        w.add(p(w.runs(f"{title}, {org}", b=True), r(f"\t{start} – {end}"), tabs=[("right", 9360)]))
    if cv.certs:
        heading("Certifications")
        for cert in cv.certs:
            w.add(w.bullet(cert, style_bullets))
    heading("Skills")
    if "section_columns" in w.noise:
        # skills in a two-column section, between continuous section breaks
        w.add(p(sect='<w:sectPr><w:type w:val="continuous"/><w:pgSz w:w="12240" w:h="15840"/>'
                     '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" '
                     'w:footer="720" w:gutter="0"/><w:cols w:space="720"/></w:sectPr>'))
        for skill in cv.skills:
            w.add(w.bullet(skill, style_bullets))
        w.add(p(sect='<w:sectPr><w:type w:val="continuous"/><w:pgSz w:w="12240" w:h="15840"/>'
                     '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" '
                     'w:footer="720" w:gutter="0"/><w:cols w:num="2" w:space="720"/></w:sectPr>'))
    else:
        w.add(p(w.runs(", ".join(cv.skills))))
    heading("Languages")
    w.add(p(w.runs("; ".join(cv.langs))))


def earlier_career(w: Writer, cv: CV) -> list:
    """A senior's oldest jobs told in one line each under 'Earlier career': the roles written out
    in full are the others, which this returns."""
    if len(cv.roles) < 6 or w.rng.random() < 0.5:
        return cv.roles
    w.traits.add("layout:earlier_career")
    keep, older = cv.roles[:-3], cv.roles[-3:]
    return keep + [("earlier", older)]


def write_earlier(w: Writer, older: list, ds: DateStyle, heading) -> None:
    heading(w.rng.choice(["Earlier Career", "Previous Experience", "Early Career"]))
    for role in older:
        w.add(p(w.title_runs(role.title, b=True), r(", "), w.employer_runs(role.employer), r(f" ({ds.span(role)})")))


def fam_word_builtin(w: Writer, cv: CV, ds: DateStyle) -> None:
    """Word's own resume templates: a Title-style name, sections in content controls, a date
    line in its own style above 'Job Title, Company', placeholders sometimes left behind."""
    rng = w.rng
    h1 = rng.choice(["Heading1", w.para_style("Section", size=14, bold=True, color="1F3864", caps=True),
                     w.para_style("Resume Heading", size=13, bold=True)])
    date_style = w.para_style("Date", size=10, color="595959")
    company_style = rng.choice(["IntenseEmphasis", "SubtleReference", w.char_style("Company Char", italic=True)])
    shape = rng.choice(["date_above", "date_right_tab", "date_ptab", "date_below", "line_breaks",
                        "harvard", "spaces"])
    w.traits.add(f"builtin:{shape}")
    name = [p(r(cv.name), style="Title"), p(contact_runs(w, cv, sep=" · "), style=w.para_style("Contact Info", size=10))]
    if rng.random() < 0.4:
        # a layout table: name left, contact right, borders hidden
        w.traits.add("builtin:header_table")
        name = [table([[cell(p(r(cv.name), style="Title"), 5000),
                        cell(p(r(cv.city), align="right") + p(r(cv.phone), align="right") +
                             p(w.link_runs(cv.email, f"mailto:{cv.email}"), align="right"), 4360)]], [5000, 4360])]
    put_contact(w, cv, name)
    sections_in_sdt = rng.random() < 0.6
    if sections_in_sdt:
        w.traits.add("builtin:section_sdt")

    def heading(text):
        if "caps_headings" in w.noise:
            w.add(p(r(text, caps=True), style=h1))
        elif rng.random() < 0.2:
            w.add(p(r(text.upper(), style="Heading1Char")))
        else:
            w.add(p(r(text.upper() if rng.random() < 0.5 else text), style=h1))

    heading("Objective" if rng.random() < 0.5 else "Profile")
    w.add(p(w.runs(cv.summary)))
    heading("Experience")
    if wants_grouping(w, cv):
        # promotions under one employer: the employer once, then each title with its dates
        for employer, roles in employer_groups(cv.roles):
            w.add(p(w.employer_runs(employer, style=company_style), r(f", {roles[0].city}"), style="Heading2"))
            for role in roles:
                w.add(p(w.title_runs(role.title, b=True), style="Heading3" if rng.random() < 0.5 else None))
                w.add(p(w.date_runs(ds.span(role)), style=date_style))
                for b in role.bullets:
                    w.add(w.bullet(b))
        other_sections(w, cv, heading)
        return
    for role in earlier_career(w, cv):
        if isinstance(role, tuple):
            write_earlier(w, role[1], ds, heading)
            continue
        parts = []
        dates = w.date_runs(ds.span(role).upper() if rng.random() < 0.3 else ds.span(role))
        head = w.title_runs(role.title) + r(", ") + w.employer_runs(role.employer, style=company_style)
        if shape == "date_above":
            parts.append(p(dates, style=rng.choice(["Heading3", date_style])))
            parts.append(p(head, style="Heading2"))
        elif shape == "date_right_tab":
            parts.append(p(head, r("\t"), dates, style="Heading2", tabs=[("right", 9360)]))
        elif shape == "date_ptab":
            parts.append(p(head, r(PTAB), dates, style="Heading2"))
        elif shape == "line_breaks":
            # Shift+Enter between the fields: one paragraph, three lines
            parts.append(p(w.title_runs(role.title, b=True), r("\n"), w.employer_runs(role.employer, i=True),
                           r(f", {role.city}\n"), dates))
        elif shape == "harvard":
            # employer and town on one line, the title and the dates on the next, both set right by tabs
            parts.append(p(w.employer_runs(role.employer, b=True), r("\t"), r(role.city), tabs=[("right", 9360)]))
            parts.append(p(w.title_runs(role.title, i=True), r("\t"), dates, tabs=[("right", 9360)]))
        elif shape == "spaces":
            # the dates pushed right with spaces, as people do without tab stops
            parts.append(p(head, r(" " * rng.randint(6, 30)), dates))
        else:
            parts.append(p(head, style="Heading2"))
            parts.append(p(dates, style=date_style))
        parts.extend(w.bullet(b) for b in role.bullets)
        xml = "".join(parts)
        if sections_in_sdt:
            xml = block_sdt(xml, w.ids, "Job", repeating=True)
        w.add(xml)
    if rng.random() < 0.3:
        # the template's own example job left in, still showing its placeholder
        w.traits.add("builtin:placeholder_left")
        w.add(block_sdt(p(r("Dates From – To"), style="Heading3") +
                        p(r("Job Title, Company"), style="Heading2") +
                        p(r("Describe your responsibilities and achievements in terms of impact and results.")),
                        w.ids, "Job", placeholder=True, repeating=True))
    other_sections(w, cv, heading)


def fam_table_chronological(w: Writer, cv: CV, ds: DateStyle) -> None:
    """A whole resume in a borderless table: section names or dates in a narrow left column."""
    rng = w.rng
    left_is = rng.choice(["dates", "section"])
    w.traits.add(f"table:left_{left_is}")
    put_contact(w, cv, [p(r(cv.name, b=True, sz=40)), p(contact_runs(w, cv))])
    rows = []

    def role_cell(role):
        out = p(w.title_runs(role.title, b=True))
        out += p(w.employer_runs(role.employer, i=True), r(f", {role.city}" if rng.random() < 0.5 else ""))
        if left_is == "section":
            out = p(w.date_runs(ds.span(role)), r("", i=True)) + out if rng.random() < 0.5 else out + p(w.date_runs(ds.span(role)))
        out += "".join(w.bullet(b) for b in role.bullets)
        return out

    if left_is == "dates" and rng.random() < 0.4:
        # the dates in a narrow right-hand cell of each job's row instead
        w.traits.add("table:right_dates")
        rows.append([cell(p(r("EXPERIENCE", b=True)), 6960), cell(p(), 2400)])
        for role in cv.roles:
            rows.append([cell(role_cell(role), 6960), cell(p(w.date_runs(ds.span(role)), align="right"), 2400)])
        w.add(table(rows, [6960, 2400]))
        rows = None
    elif left_is == "dates":
        rows.append([cell(p(r("EXPERIENCE", b=True)), 2400), cell(p(), 6960)])
        for role in cv.roles:
            text = ds.span(role)
            if rng.random() < 0.4 and ds.wrap == "plain" and ds.sep.strip() in ("–", "-", "—"):
                # the date broken over two lines in its narrow cell
                start, _, end = text.partition(ds.sep)
                left = p(w.date_runs(start + ds.sep.rstrip())) + p(w.date_runs(end))
                w.traits.add("table:date_two_lines")
            else:
                left = p(w.date_runs(text))
            rows.append([cell(left, 2400), cell(role_cell(role), 6960)])
    else:
        body = "".join(role_cell(role) + p() for role in cv.roles)
        rows.append([cell(p(r("Work Experience", b=True, color="2E74B5")), 2400), cell(body, 6960)])
    if rows is not None:
        w.add(table(rows, [2400, 6960]))

    def heading(text):
        w.add(p(r(text, b=True, color="2E74B5"), border_bottom=True))
    w.add(p())
    other_sections(w, cv, heading)


def fam_gdocs(w: Writer, cv: CV, ds: DateStyle) -> None:
    """Google Docs templates exported as .docx: runs split, fonts set run by run, headings as
    big coloured Normal paragraphs or Heading 1, 'Company, Location — Job Title' then the dates."""
    rng = w.rng
    w.noise.add("split_runs")
    w.traits.add("ooxml:split_runs")
    variant = rng.choice(["spearmint", "coral", "swiss", "serif"])
    w.traits.add(f"gdocs:{variant}")
    font = rng.choice(["Open Sans", "Merriweather", "Lato", "Source Code Pro"])
    color = rng.choice(["2079C7", "FF5E0E", "00AB44", "666666"])
    plain_headings = rng.random() < 0.5
    upper_dates = rng.random() < 0.6
    if plain_headings:
        w.traits.add("gdocs:plain_headings")

    def bookmark():
        n = w.ids()
        return f'<w:bookmarkStart w:id="{n}" w:name="_{rng.choice(["gjdgxs", "30j0zll", "1fob9te", "3znysh7"])}{n}"/><w:bookmarkEnd w:id="{n}"/>'

    def heading(text, target=None):
        xml = p(bookmark(), w.runs(text.upper() if variant != "serif" else text, b=True, sz=24, color=color, font=font),
                before=480, after=120) if plain_headings else \
            p(bookmark(), w.runs(text.upper(), font=font, color=color), style="Heading1", before=360)
        (target or w.body_xml).append(xml)

    put_contact(w, cv, [p(w.runs(cv.name, sz=56, b=True, font=font), before=0, after=0),
                        p(w.runs(cv.headline, font=font, color=color, sz=22)),
                        p(contact_runs(w, cv, sep="\n" if variant == "swiss" else " • ", font=font, sz=18))])

    linked = rng.random() < 0.3
    if linked:
        w.traits.add("gdocs:employer_link")

    def employer(role, **fmt):
        if not linked:
            return w.employer_runs(role.employer, **fmt)
        rid = w.doc.part.relate_to(f"https://www.{role.employer.split()[0].lower()}.example", RT.HYPERLINK, is_external=True)
        return f'<w:hyperlink r:id="{rid}" w:history="1">{w.runs(role.employer, **fmt)}</w:hyperlink>'

    def job(role, out):
        date_text = ds.span(role)
        if upper_dates:
            date_text = date_text.upper()
        if variant in ("spearmint", "coral", "swiss"):
            head = p(employer(role, b=True, font=font), w.runs(f", {role.city} — ", font=font),
                     w.title_runs(role.title, i=True, font=font),
                     style=None if plain_headings else "Heading2", before=240)
        else:
            head = p(w.title_runs(role.title, b=True, font=font), w.runs(", ", font=font),
                     employer(role, font=font), style=None if plain_headings else "Heading2")
        dates = p(w.date_runs(date_text, font=font, sz=16, color="666666", smallcaps=not upper_dates),
                  style=None if plain_headings else "Heading3")
        out.append(head + dates)
        for b in role.bullets:
            out.append(p(w.runs(b, font=font, sz=18), style="ListBullet"))

    if variant == "swiss":
        # section name in the left column, entries on the right
        left, right = [], []
        heading("Experience", left)
        for role in cv.roles:
            job(role, right)
        w.add(table([[cell("".join(left), 2500), cell("".join(right), 6860)]], [2500, 6860]))
        other_sections(w, cv, heading)
    elif variant == "serif":
        main, side = [], []
        heading("Experience", main)
        for role in cv.roles:
            job(role, main)
        heading("Skills", side)
        side.extend(p(w.runs(s, font=font)) for s in cv.skills)
        heading("Languages", side)
        side.extend(p(w.runs(lang, font=font)) for lang in cv.langs)
        w.add(table([[cell("".join(main), 6400), cell("".join(side), 2960)]], [6400, 2960]))
        cv_rest = CV(**{**cv.__dict__, "skills": [], "langs": []})
        heading("Education")
        for text, dates in education_lines(cv_rest):
            w.add(p(w.runs(text, b=True, font=font)))
            w.add(p(w.runs(dates.upper(), font=font, sz=16)))
        if cv.certs:
            heading("Awards")
            for cert in cv.certs:
                w.add(p(w.runs(cert, font=font)))
    else:
        heading("Experience")
        for role in cv.roles:
            job(role, w.body_xml)
        other_sections(w, cv, heading)


def fam_libreoffice(w: Writer, cv: CV, ds: DateStyle) -> None:
    """Writer documents saved as .docx: 'Text Body' paragraphs, numbered outline headings,
    dates first and a tab to the title, 'Table Contents' cells."""
    rng = w.rng
    body_style = w.para_style("Text Body", size=11)
    contents = w.para_style("Table Contents", size=11)
    date_first = rng.random() < 0.6
    w.traits.add("libre:date_first_tab" if date_first else "libre:title_first")
    put_contact(w, cv, [p(r(cv.name), style="Title", align="center"),
                        p(contact_runs(w, cv, sep=" – "), style=body_style, align="center")])

    def heading(text):
        w.add(p(r(text), style="Heading2", numid=1 if rng.random() < 0.3 else None))

    heading("Professional Experience")
    framed = not date_first and rng.random() < 0.4
    if framed:
        w.traits.add("libre:framed_dates")
    if not date_first and not framed and wants_grouping(w, cv):
        for employer, roles in employer_groups(cv.roles):
            w.add(p(w.employer_runs(employer, b=True), r(f" – {roles[0].city}"), style=body_style))
            for role in roles:
                w.add(p(w.title_runs(role.title, i=True), r("\t"), w.date_runs(ds.span(role)),
                        style=body_style, tabs=[("right", 9638)]))
                for b in role.bullets:
                    w.add(w.bullet(b))
        other_sections(w, cv, heading)
        return
    for role in cv.roles:
        dates = ds.span(role)
        if framed:
            w.add(p(w.date_runs(dates), style=body_style, frame=True, align="right"))
            w.add(p(w.title_runs(role.title, b=True), style=body_style))
            w.add(p(w.employer_runs(role.employer, i=True), r(f", {role.city}"), style=body_style))
        elif date_first:
            w.add(p(w.date_runs(dates), r("\t"), w.title_runs(role.title, b=True),
                    style=body_style, tabs=[("left", 2835)]))
            w.add(p(r("\t"), w.employer_runs(role.employer, i=True), r(f", {role.city}"), style=body_style, tabs=[("left", 2835)]))
        else:
            w.add(p(w.title_runs(role.title, b=True), r(" – "), w.employer_runs(role.employer),
                    r("\t"), w.date_runs(dates), style=body_style, tabs=[("right", 9638)]))
        for b in role.bullets:
            w.add(p(r(f"{w.bullet_char}\t{b}"), style=body_style, ind=3118, hanging=283) if date_first else w.bullet(b))
    if rng.random() < 0.5:
        w.traits.add("libre:education_table")
        heading("Education")
        rows = [[cell(p(r(dates), style=contents), 2835), cell(p(r(text), style=contents), 6803)]
                for text, dates in education_lines(cv)]
        w.add(table(rows, [2835, 6803]))
        cv = CV(**{**cv.__dict__, "education": []})
    other_sections(w, cv, heading)


def fam_builder(w: Writer, cv: CV, ds: DateStyle) -> None:
    """Resume builders' Word exports: a sidebar (text box or shaded table cell) holding the
    contact lines beside icons and skills as bars, the main column on the right."""
    rng = w.rng
    sidebar = rng.choice(["textbox", "table_cell", "indeed"])
    w.traits.add(f"builder:{sidebar}")
    main = []
    icon = None
    if sidebar != "indeed" and rng.random() < 0.6:
        w.traits.add("builder:icons")
        icon_run = w.doc.add_paragraph().add_run()
        icon_run.add_picture(io.BytesIO(tiny_png()))
        icon = icon_run._r.xml
        # the helper paragraph python-docx made stays out of the body
        w.doc.element.body.remove(w.doc.paragraphs[-1]._p)

    def heading(text, out=None):
        (out if out is not None else w.body_xml).append(
            p(r(text.upper(), b=True, color="1A5276", spacing=20), border_bottom=sidebar != "indeed",
              before=240, after=80))

    if sidebar == "indeed":
        # Indeed's download: plain paragraphs, 'Company - City' then 'Month YYYY to Present'
        put_contact(w, cv, [p(r(cv.name, b=True, sz=36)), p(r(cv.city)), p(w.link_runs(cv.email, f"mailto:{cv.email}")), p(r(cv.phone))])
        heading("Work Experience")
        indeed_ds = DateStyle("Month YYYY", " to ", "Present", "plain")
        for role in cv.roles:
            w.add(p(w.title_runs(role.title, b=True), before=200))
            w.add(p(w.employer_runs(role.employer), r(f" - {role.city}")))
            w.add(p(w.date_runs(indeed_ds.span(role))))
            for b in role.bullets:
                w.add(p(r(b)))
        other_sections(w, cv, heading, style_bullets=None)
        return

    side = [p(r(cv.name, b=True, sz=36, color="FFFFFF")), p(r(cv.headline, color="FFFFFF"))]
    for text in (cv.phone, cv.email, cv.city, cv.linkedin):
        side.append(p((icon or "") + r("  " + text, color="FFFFFF")))
    side.append(p(r("SKILLS", b=True, color="FFFFFF"), before=240))
    for skill in cv.skills[:6]:
        side.append(p(r(skill, color="FFFFFF")))
        if rng.random() < 0.5:
            side.append(p(shape_bar(w.ids, rng.randint(6, 14) * 76200, "F4D03F")))
        else:
            side.append(p(r("●" * rng.randint(3, 5) + "○" * rng.randint(0, 2), color="F4D03F")))
    side.append(p(r("LANGUAGES", b=True, color="FFFFFF"), before=240))
    side.extend(p(r(lang, color="FFFFFF")) for lang in cv.langs)

    heading("Summary", main)
    main.append(p(r(cv.summary)))
    heading(rng.choice(["Work History", "Experience", "Professional Experience"]), main)
    zety_rows = rng.random() < 0.5
    if zety_rows:
        w.traits.add("builder:date_column")
    rows = []
    for role in cv.roles:
        dates = ds.span(role)
        if zety_rows:
            right = (p(w.title_runs(role.title, b=True)) +
                     p(w.employer_runs(role.employer, i=True), r(f", {role.city}")) +
                     "".join(w.bullet(b) for b in role.bullets))
            rows.append([cell(p(w.date_runs(dates), align="left"), 1800), cell(right, 4700)])
        else:
            main.append(p(w.title_runs(role.title, b=True, sz=24)))
            main.append(p(w.employer_runs(role.employer, color="1A5276"), r(f"\t{role.city}", i=True), tabs=[("right", 6500)]))
            main.append(p(w.date_runs(dates, i=True, color="7F7F7F")))
            main.extend(w.bullet(b) for b in role.bullets)
    if zety_rows:
        main.append(table(rows, [1800, 4700]))
        main.append(p())
    if sidebar == "textbox":
        anchor = p(textbox("".join(side), w.ids, 0, 0, 2286000, 10058400, fill_color="1A5276"))
        w.add(anchor)
        if rng.random() < 0.4:
            # the main column a text box too, as builders lay out every block: the history is then
            # stored twice, once in the drawing and once in its VML fallback
            w.traits.add("builder:main_in_textbox")
            w.add(p(textbox("".join(main), w.ids, 2400000, 0, 5000000, 10058400, fill_color="FFFFFF")))
        else:
            for xml in main:
                w.add(xml)
        edu_target = w.body_xml
    else:
        w.add(table([[cell("".join(side), 3000, shade="1A5276"), cell("".join(main), 6500)]], [3000, 6500]))
        edu_target = w.body_xml
    rest = CV(**{**cv.__dict__, "skills": cv.skills[6:] or cv.skills[:3], "langs": cv.langs})
    other_sections(w, rest, lambda text: heading(text, edu_target))


def fam_typed(w: Writer, cv: CV, ds: DateStyle) -> None:
    """Typed by hand: 'CURRICULUM VITAE', a personal details block, 'Work experience:' with a
    colon, dates then a tab then the employer, 'Position:', Responsibilities and Achievements."""
    rng = w.rng
    variant = rng.choice(["dates_tab_company", "numbered", "position_label", "dates_first_line"])
    w.traits.add(f"typed:{variant}")
    w.add(p(r("CURRICULUM VITAE", b=True, sz=32, u=rng.random() < 0.5), align="center"))
    details = [("Name", cv.name), ("Date of birth", f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(1975, 1995)}"),
               ("Nationality", rng.choice(["Polish", "Israeli", "Indian", "Ukrainian", "Romanian", "Latvian"])),
               ("Marital status", rng.choice(["Married", "Single", "Married, 2 children"])),
               ("Address", cv.city), ("Phone", cv.phone), ("E-mail", cv.email)]
    w.add(p(r("Personal details:", b=True, u=True)))
    for key, value in details:
        if key == "E-mail":
            w.add(p(r(f"{key}:\t"), w.link_runs(value, f"mailto:{value}"), tabs=[("left", 2268)]))
        else:
            w.add(p(r(f"{key}:\t{value}"), tabs=[("left", 2268)]))

    def heading(text):
        w.add(p(r(f"{text}:", b=True, u=rng.random() < 0.5, sz=24), before=240))

    heading(rng.choice(["Objective", "Profile", "About me"]))
    w.add(p(r(cv.summary)))
    heading(rng.choice(["Work experience", "Work Experience", "Professional experience", "Employment history"]))
    for number, role in enumerate(cv.roles, 1):
        dates = ds.span(role)
        if variant == "dates_tab_company":
            w.add(p(w.date_runs(dates, b=True), r("\t"), w.employer_runs(role.employer, b=True), r(f", {role.city}"),
                    tabs=[("left", 2835)]))
            w.add(p(r("\t"), r("Position: "), w.title_runs(role.title), tabs=[("left", 2835)]))
        elif variant == "numbered":
            w.add(p(r(f"{number}.  "), w.date_runs(dates), r("   "), w.title_runs(role.title, b=True),
                    r(" at " if rng.random() < 0.5 else ", "), w.employer_runs(role.employer)))
        elif variant == "position_label":
            w.add(p(r("Company: ", b=True), w.employer_runs(role.employer)))
            w.add(p(r("Position: ", b=True), w.title_runs(role.title)))
            w.add(p(r("Period: ", b=True), w.date_runs(dates)))
        else:
            w.add(p(w.date_runs(dates, b=True)))
            w.add(p(w.title_runs(role.title, b=True), r(" – "), w.employer_runs(role.employer)))
        w.add(p(r("Responsibilities:", i=True, u=True)))
        for b in role.bullets:
            if "symbol_bullets" in w.noise:
                w.add(w.bullet(b))
            else:
                w.add(p(r(f"-  {b}"), ind=360))
        if role.achievements:
            w.add(p(r("Achievements:", i=True, u=True)))
            for a in role.achievements:
                w.add(p(r(f"-  {a}"), ind=360))
        w.add(p())
    heading("Education")
    for deg, school, start, end in cv.education:
        w.add(p(r(f"{start}-{end}\t"), r(f"{school}", b=True), r(f", {deg}"), tabs=[("left", 2835)]))
    rest = CV(**{**cv.__dict__, "education": []})
    other_sections(w, rest, heading, style_bullets=None)


def fam_india(w: Writer, cv: CV, ds: DateStyle) -> None:
    """Indian-style CVs: a career summary table, roles in sentences ('Working as ... with ...
    from ... to till date'), then 'Organization:' blocks with projects that look like jobs."""
    rng = w.rng
    variant = rng.choice(["sentences", "table_and_blocks", "org_blocks"])
    w.traits.add(f"india:{variant}")
    w.add(p(r("RESUME", b=True, sz=28, u=True), align="center"))
    w.add(p(r(cv.name, b=True)))
    w.add(p(r("Mobile: " + cv.phone)))
    w.add(p(r("Email: "), w.link_runs(cv.email, f"mailto:{cv.email}")))

    def heading(text):
        w.add(p(r(text.upper(), b=True), shade="D9D9D9"))

    heading("Career Objective")
    w.add(p(r(cv.summary)))
    total = union_years(cv.roles, DRAWN_AS_OF[0]) or 0
    heading("Professional Summary")
    w.add(w.bullet(f"Having {int(total)}+ years of experience in IT project delivery.", None))
    if variant == "sentences":
        heading("Work Experience")
        for index, role in enumerate(cv.roles):
            verb = "Currently working" if role.end == "present" else "Worked"
            prep = rng.choice(["with", "in", "at"])
            span = ds.span(role)
            if not span.startswith(("from", "since")):
                span = f"from {ds.one(role.start)} to {'till date' if role.end == 'present' else ds.one(role.end)}"
            w.add(p(r(f"{w.bullet_char} {verb} as "), w.title_runs(role.title, b=True), r(f" {prep} "),
                    w.employer_runs(role.employer, b=True), r(f", {role.city} {span}.")))
        heading("Roles and Responsibilities")
        for b in cv.roles[0].bullets:
            w.add(w.bullet(b, None))
    else:
        if variant == "table_and_blocks":
            heading("Career Summary")
            rows = [[cell(p(r(h, b=True)), width) for h, width in (("S.No", 700), ("Organization", 3300), ("Designation", 2860), ("Duration", 2500))]]
            for n, role in enumerate(cv.roles, 1):
                rows.append([cell(p(r(str(n))), 700), cell(p(w.employer_runs(role.employer)), 3300),
                             cell(p(w.title_runs(role.title)), 2860), cell(p(w.date_runs(ds.span(role))), 2500)])
            w.add(table(rows, [700, 3300, 2860, 2500], borders=True))
        heading("Professional Experience")
        for role in cv.roles:
            w.add(p(r("Organization\t: ", b=True), w.employer_runs(role.employer), tabs=[("left", 2268)]))
            w.add(p(r("Designation\t: ", b=True), w.title_runs(role.title), tabs=[("left", 2268)]))
            w.add(p(r("Duration\t: ", b=True), w.date_runs(ds.span(role)), tabs=[("left", 2268)]))
            if rng.random() < 0.6:
                start = month_index(role.start, end=False) + 1
                py, pm = start // 12, start % 12 + 1
                w.add(p(r("Project #1: ", b=True, u=True), r(rng.choice(PROJECTS))))
                w.add(p(r("Client\t: "), r(employer_name(rng)), tabs=[("left", 2268)]))
                w.add(p(r("Role\t: "), r(rng.choice(["Project Lead", "Onsite Coordinator", "Module Lead"])), tabs=[("left", 2268)]))
                w.add(p(r("Team Size\t: "), r(str(rng.randint(4, 30))), tabs=[("left", 2268)]))
                w.add(p(r("Duration\t: "), r(f"{MONTHS[pm - 1][:3]} {py} - {MONTHS[pm - 1][:3]} {py + 1}"), tabs=[("left", 2268)]))
            w.add(p(r("Responsibilities:", b=True)))
            for b in role.bullets:
                w.add(w.bullet(b, None))
    heading("Educational Qualification")
    rows = [[cell(p(r(h, b=True)), 3120) for h in ("Qualification", "Institute", "Year of Passing")]]
    rows += [[cell(p(r(deg)), 3120), cell(p(r(school)), 3120), cell(p(r(str(end))), 3120)]
             for deg, school, start, end in cv.education]
    w.add(table(rows, [3120, 3120, 3120], borders=True))
    heading("Technical Skills")
    w.add(p(r(", ".join(cv.skills))))
    heading("Personal Details")
    w.add(p(r(f"Languages Known\t: {', '.join(l.split(' - ')[0] for l in cv.langs)}"), tabs=[("left", 2268)]))
    w.add(p(r("Declaration:", b=True)))
    w.add(p(r("I hereby declare that the above information is true to the best of my knowledge.")))


def fam_europass(w: Writer, cv: CV, ds: DateStyle) -> None:
    """Europass: a two-column table, labels right-aligned on the left ('Dates', 'Occupation or
    position held', 'Name and address of employer'), values on the right."""
    label_style = w.para_style("CV Heading 3", size=10, align="right")
    normal = w.para_style("CV Normal", size=10)
    rows = [[cell(p(r("Europass", b=True, color="0E4194"), style=label_style), 3000),
             cell(p(r("Curriculum Vitae", b=True, sz=28), style=normal), 6360)],
            [cell(p(r("Surname(s) / First name(s)"), style=label_style), 3000), cell(p(r(cv.name, b=True, sz=24), style=normal), 6360)],
            [cell(p(r("E-mail"), style=label_style), 3000), cell(p(w.link_runs(cv.email, f"mailto:{cv.email}"), style=normal), 6360)],
            [cell(p(r("Work experience", b=True, sz=24), style=label_style), 3000), cell(p(), 6360)]]
    for role in cv.roles:
        rows.append([cell(p(r("Dates"), style=label_style), 3000), cell(p(w.date_runs(ds.span(role)), style=normal), 6360)])
        rows.append([cell(p(r("Occupation or position held"), style=label_style), 3000),
                     cell(p(w.title_runs(role.title, b=True), style=normal), 6360)])
        rows.append([cell(p(r("Main activities and responsibilities"), style=label_style), 3000),
                     cell(p(r("; ".join(role.bullets)), style=normal), 6360)])
        rows.append([cell(p(r("Name and address of employer"), style=label_style), 3000),
                     cell(p(w.employer_runs(role.employer), r(f", {role.city}"), style=normal), 6360)])
        rows.append([cell(p(r("Type of business or sector"), style=label_style), 3000),
                     cell(p(r(w.rng.choice(INDUSTRIES)), style=normal), 6360)])
        rows.append([cell(p(), 3000), cell(p(), 6360)])
    rows.append([cell(p(r("Education and training", b=True, sz=24), style=label_style), 3000), cell(p(), 6360)])
    for deg, school, start, end in cv.education:
        rows.append([cell(p(r("Dates"), style=label_style), 3000), cell(p(r(f"{start} - {end}"), style=normal), 6360)])
        rows.append([cell(p(r("Title of qualification awarded"), style=label_style), 3000), cell(p(r(deg, b=True), style=normal), 6360)])
        rows.append([cell(p(r("Name of organisation providing education"), style=label_style), 3000), cell(p(r(school), style=normal), 6360)])
    rows.append([cell(p(r("Computer skills and competences"), style=label_style), 3000),
                 cell(p(r(", ".join(cv.skills)), style=normal), 6360)])
    w.add(table(rows, [3000, 6360]))
    w.traits.add("europass:labels_table")


def fam_russian_site(w: Writer, cv: CV, ds: DateStyle) -> None:
    """A job site's export (the Russian-speaking sites' shape): 'Work experience — N years M
    months', then per job a row with the dates and the length on the left, and on the right the
    company, its city and industry, then the title and the duties."""
    rng = w.rng
    w.add(p(r(cv.name, b=True, sz=36)))
    w.add(p(r(f"{rng.choice(['Male', 'Female'])}, {rng.randint(28, 55)} years")))
    w.add(p(r(cv.phone)))
    w.add(p(w.link_runs(cv.email, f"mailto:{cv.email}")))
    w.add(p(r(f"Lives in: {cv.city}")))
    w.add(p(r(cv.headline, b=True, sz=28), before=240))
    total = union_years(cv.roles, DRAWN_AS_OF[0]) or 0
    years, months = int(total), round((total - int(total)) * 12)
    w.add(p(r(f"Work experience — {years} years {months} months", b=True, sz=24, color="AEAEAE"), before=240))
    rows = []
    for role in cv.roles:
        start, end = ds.one(role.start), ds.one(role.end)
        left = p(w.date_runs(f"{start} —")) + p(w.date_runs(end)) + p(r(duration_words(role), color="707070"))
        right = (p(w.employer_runs(role.employer, b=True)) + p(r(f"{role.city}, www.{rng.choice(EMP_HEAD).lower()}.example")) +
                 p(r(rng.choice(INDUSTRIES), color="707070")) + p(w.title_runs(role.title, b=True)) +
                 "".join(p(r(b)) for b in role.bullets))
        rows.append([cell(left, 2200), cell(right, 7160)])
    w.add(table(rows, [2200, 7160]))
    w.traits.add("site:dates_left_cell")

    def heading(text):
        w.add(p(r(text, sz=24, color="AEAEAE"), border_bottom=True, before=240))
    other_sections(w, cv, heading, style_bullets=None)


FAMILIES = {
    "word_builtin": fam_word_builtin,
    "table_chronological": fam_table_chronological,
    "gdocs": fam_gdocs,
    "libreoffice": fam_libreoffice,
    "builder": fam_builder,
    "typed": fam_typed,
    "india": fam_india,
    "europass": fam_europass,
    "russian_site": fam_russian_site,
}
AS_OF = dt.date(2026, 11, 30)      # as the development labels
DRAWN_AS_OF = [AS_OF]               # the date the resume being drawn counts its lengths to


def draw_resume(seed: int, index: int, as_of: dt.date) -> tuple[bytes, dict, set]:
    """One resume: its bytes, its label and the traits it was built from."""
    rng = random.Random(f"{seed}:{index}")
    DRAWN_AS_OF[0] = as_of
    cv, meta = draw_cv(rng, as_of)
    traits = meta["traits"]
    family = rng.choice(list(FAMILIES))
    traits.add(f"family:{family}")
    noises = {n for n in NOISES if rng.random() < 0.12}
    traits.update(f"ooxml:{n}" for n in noises)
    ds = draw_date_style(rng, traits, family)
    if family in ("india", "russian_site", "europass") and any(
            n in noises for n in ("header_contact",)):
        noises.discard("header_contact")
    writer = Writer(rng, traits, noises)
    if any("Key project" in b or ": led a team" in b for role in cv.roles for b in role.bullets):
        traits.add("extra:dated_project_bullet")
    if family not in ("europass", "russian_site") and rng.random() < 0.07:
        cover_letter(writer, cv, as_of)
    FAMILIES[family](writer, cv, ds)
    return writer.finish(), meta["label"], traits


def cover_letter(w: Writer, cv: CV, as_of: dt.date) -> None:
    """A cover letter on the first page, the resume after a page break, as people send them."""
    w.traits.add("extra:cover_letter")
    role = cv.roles[0]
    w.add(p(r(cv.name, b=True)))
    w.add(p(r(f"{as_of.day} {MONTHS[as_of.month - 1]} {as_of.year}")))
    w.add(p(r("Dear Hiring Manager,")))
    w.add(p(r(f"I am writing to apply for the {cv.headline} position. Since {role.start[0]} I have worked "
              f"as {role.title} at {role.employer}, where I lead delivery across several teams.")))
    w.add(p(r("I would welcome the chance to discuss how I could help your team.")))
    w.add(p(r("Yours sincerely,")))
    w.add(p(r(cv.name)))
    w.add('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')


# ---------------------------------------------------------------------------------------------
# Reading back and scoring, with realworld.py's measures.

def read(data: bytes, as_of: dt.date, full: bool, name: str = "cv.docx"):
    """(profile, years, is_pm) as profilecheck reads the file; is_pm only with the whole analysis."""
    options = Options(as_of=as_of)
    if full:
        import profilecheck

        report = profilecheck.analyze_bytes(data, options, name)
        return report.profile, report.facts.years_of_experience, report.facts.is_project_manager
    from profilecheck.facts import years_of_experience
    from profilecheck.readers import read_bytes
    from profilecheck.structure import build_profile

    profile = build_profile(read_bytes(data, name, options))
    return profile, years_of_experience(profile, as_of)[0], None


class Tally:
    def __init__(self) -> None:
        self.roles = Counts()
        self.shares: dict = collections.defaultdict(Share)
        self.by_trait: dict = collections.defaultdict(lambda: [Counts(), Share(), Share()])
        self.fails: dict = collections.defaultdict(list)


def found_roles(profile) -> list:
    return [{"title": w.position, "employer": w.name, "start": w.startDate,
             "end": w.endDate or ("present" if w.current else None)} for w in profile.work]  # an undated role counts too: every drawn role has dates


def title_start(found: dict, expected: dict) -> bool:
    """realworld.py's role match: the same start month (or year) and a like title."""
    return same_month(found["start"], expected["start"]) and title_like(found["title"], expected["title"])


def score(tally: Tally, index: int, label: dict, traits: set, read_back) -> None:
    profile, years, is_pm = read_back
    found, expected = found_roles(profile), label["roles"]
    matched = role_pairs(found, expected, title_start)
    tp, fp, fn = matched, len(found) - matched, len(expected) - matched
    tally.roles.add(tp, fp, fn)
    want = label["years"]
    years_ok = (want is None and years is None) or (
        want is not None and years is not None and abs(years - want) <= 1.0)
    roles_ok = fp == 0 and fn == 0
    tally.shares["years within 1 year"].add(years_ok)
    tally.shares["files with every role right"].add(roles_ok)
    pm_ok = None
    if is_pm is not None:
        pm_ok = bool(is_pm) == label["is_pm"]
        tally.shares["is a project manager"].add(pm_ok)
    for trait in traits:
        counts, years_share, roles_share = tally.by_trait[trait]
        counts.add(tp, fp, fn)
        years_share.add(years_ok)
        roles_share.add(roles_ok)
    shown = "; ".join(sorted(traits))
    if not roles_ok:
        tally.fails["roles"].append(roles_failure(index, expected, found, title_start, shown))
    if not years_ok:
        tally.fails["years"].append(f"#{index} expected {want}, found {years}\n      [{shown}]")
    if pm_ok is False:
        tally.fails["is a project manager"].append(f"#{index} expected {label['is_pm']}, found {is_pm}\n      [{shown}]")


def show_one(data: bytes, label: dict, traits: set, read_back, as_of: dt.date, name: str = "cv.docx") -> None:
    from profilecheck.readers import read_bytes

    print("traits: " + "; ".join(sorted(traits)))
    print(f"label: years {label['years']}, PM {label['is_pm']}")
    for role in label["roles"]:
        print(f"  {role['title']!r} | {role['employer']!r} | {role['start']} - {role['end']}")
    print("lines read:")
    for line in read_bytes(data, name, Options(as_of=as_of)).lines:
        print(f"  [{line.region}{' b' if line.bold else ''}] {line.text}")
    profile, years, is_pm = read_back
    print(f"read: years {years}" + (f", PM {is_pm}" if is_pm is not None else ""))
    print("sections: " + ", ".join(f"{s.name}({s.heading!r})" for s in profile.sections))
    for work in profile.work:
        print(f"  {work.position!r} | {work.name!r} | {work.startDate} - {work.endDate or ('present' if work.current else None)}")


def print_traits(tally: Tally, below: float) -> None:
    print("\n## by trait: roles F1, files with every role right, years within 1 year")
    last = None
    for trait in sorted(tally.by_trait):
        counts, years, roles = tally.by_trait[trait]
        f1 = counts.f1 if counts.f1 is not None else 1.0
        if below < 1 and min(f1, years.value) >= below:
            continue
        key, _, value = trait.partition(":")
        if key != last:
            print(f"  {key}")
            last = key
        print(f"    {value:34} {f1:5.2f}  {100 * roles.value:5.1f}%  {100 * years.value:5.1f}%  ({years.total} CVs)")


def main(argv: Optional[list] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    stress_arguments(parser, "resume", AS_OF)
    parser.add_argument("--full", action="store_true", help="the whole analysis: also 'is a project manager'")
    parser.add_argument("--traits", type=float, default=1.0,
                        help="show only the traits scoring under this F1 or share (default 1: all)")
    parser.add_argument("--as", dest="form", choices=("docx", "pdf"), default="docx",
                        help="read the Word files (default), or the PDFs their authors would export (LibreOffice converts them)")
    args = parser.parse_args(argv)
    indexes = [args.only] if args.only is not None else list(range(args.count))
    tally = Tally()
    errors: list = []
    started = time.perf_counter()
    drawn = {index: draw_resume(args.seed, index, args.as_of) for index in indexes}
    if args.form == "pdf":
        pdfs = as_pdfs({index: data for index, (data, _, _) in drawn.items()})
        errors += [f"#{index}: LibreOffice wrote no PDF" for index in indexes if index not in pdfs]
        drawn = {index: (pdfs[index], label, traits) for index, (_, label, traits) in drawn.items() if index in pdfs}
    name = f"cv.{args.form}"
    for index, (data, label, traits) in drawn.items():
        failed_before = sum(len(v) for v in tally.fails.values())
        try:
            read_back = read(data, args.as_of, args.full, name)
        except Exception as error:  # a crash is a finding too
            errors.append(f"#{index}: {type(error).__name__}: {error}")
            read_back = None
        if read_back is not None:
            score(tally, index, label, traits, read_back)
        failed = read_back is None or sum(len(v) for v in tally.fails.values()) > failed_before
        if args.keep and (failed or args.only is not None):
            args.keep.mkdir(parents=True, exist_ok=True)
            (args.keep / f"template-fuzz-{args.seed}-{index}.{args.form}").write_bytes(data)
        if args.only is not None and read_back is not None:
            show_one(data, label, traits, read_back, args.as_of, name)
    seconds = time.perf_counter() - started
    form = "Word files" if args.form == "docx" else "PDFs exported by LibreOffice"
    print(f"# Word resumes from templates: {len(indexes)} resumes, seed {args.seed}, read as {form}, as of {args.as_of} ({seconds:.0f} s)")
    print_measures([("roles (title + start) F1", tally.roles)], tally.shares, errors, args.show)
    if args.only is None:
        print_traits(tally, args.traits)
    print_failures(tally.fails, ("roles", "years", "is a project manager"), args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
