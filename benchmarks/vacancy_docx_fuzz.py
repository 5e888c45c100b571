"""Word CVs shaped like the vacancy-matching research set: a blind, seeded stress set.

    python benchmarks/vacancy_docx_fuzz.py                          # 300 CVs, seed 1
    python benchmarks/vacancy_docx_fuzz.py --count 100 --seed 7     # an unseen draw
    python benchmarks/vacancy_docx_fuzz.py --only 17 --keep /tmp/vd # one CV: lines written, truth, reading

The development folder resumes-docx (anonymized CVs from a public research dataset on matching CVs
to vacancies) is mostly not typed in Word at all: a PDF was turned into a .docx, and what is left is
a text dump.  This set draws invented people with those shapes and known truth, writes each CV as
.docx, reads it with profilecheck's public API and scores the reading.  It was written without
reading profilecheck's readers, structure or NLP stages, nor the other stress sets' generators;
only the development files nv001-nv028 and nv036-nv054 (and their labels' notes) were studied.

Shapes seen in the development files (in our own words), each drawn below as a trait:
  container   most files are one paragraph (sometimes two or three, one per page) whose lines are
              separated by soft line breaks (w:br), one run per line; the rest are Word paragraphs,
              a paragraph per line, some starting with a tab, headings bold, a small table at the
              top (contact cells with symbol glyphs as labels, or an empty cell beside the headline)
  loss        the dump lost every non-ASCII character: dashes ("2020  2021", "2018 -  " with the end
              gone), bullets (a line starts with a space); a role's dates lost entirely (blank space
              or "(  )" where they were); all dates lost, the summary's "6+ years" the only figure
  columns     two-column designs flattened: sidebar lines (contacts, languages with levels,
              skills, even the dated education) interleaved line by line with the work history,
              or glued to the ends of its lines after two spaces
  header      how a role is written: dates first with a colon ("2019 - 2021: Title, Employer (City,
              Country)"), dates then "-- Employer" on the next line, "Employer  dates" over the title,
              the title over "dates, Employer", employer / title / dates on three lines, dates last
              after the duties ("from May 2020 till June 2022"), pipes ("dates | Title |
              Employer (City, Country) |"), "Employer, City, Country, Title 2005/2012", "Title at
              Employer" over the dates, the title over "Employer | dates", tabs between title and
              "Employer, City — 2016-2019", "Title in Employer", months glued ("Mar 2019May 2020"),
              "dates:<tab>Employer (City) – Title", "Title - 2019" over "Employer - City", a LinkedIn
              export (employer / title / "dates (2 years 3 months)" / place, "Page 1 of 2"), capitals
  dates       year only, "Jan 2019", "JAN 2019", "January 2019", "Nov. 2019", "01/2019", "1/2019",
              "2019/01", "01.2019", "2019 october", "FEB 2018 TO JUL 2021", "from .. till ..",
              "2005/2012"; open ends as Present, present, now, till now, current time, Current, to date
  dash        " - ", " – ", " — ", "-", "–", " -- ", the months run together (no dash, no space)
  heading     "EXPERIENCE", "PROFESSIONAL EXPERIENCE:", "Work experience:", "Employment History:",
              "Experience and projects", run into the first role line ("Work experience
              03/2021 - 08/2023 ..."), or a left-column label split over two lines ("WORK <line>" /
              "EXPERIENCE <line>")
  and         a skills block headed "EXPERIENCE SUMMARY" before the history; dated education, courses
              and bootcamps (under education, in their own section, or as "Student in <school>" in
              the history), projects with dates (own section), military service (in the history or
              its own section), volunteering with dates, recommendations naming a team lead and an
              employer, "Updated: dd/mm/yyyy" and a birth date in the header, languages with levels,
              "Technologies:" / "Stack:" lines under a job, sub-projects ("Project: ...") under a
              freelance job, a year inside a duty, the employer removed by the anonymizer (", ,"),
              the name masked with asterisks, in capitals, or missing; oldest-first or out-of-order
              histories; career tracks: junior developers, QA, analysts, career changers (non-IT jobs,
              then a retraining course and an internship), seniors, team leads, project managers, and
              a few beginners with no job yet.

The truth (the judgement calls):
  - roles: every job of the work history, with title and employer as written (employer None when the
    anonymizer removed it), start "YYYY-MM" or "YYYY" when only the year is written, end the same or
    "present".  An internship is a job.  Military service is a role only when it is listed under the
    work-experience heading; in its own "Military service" section it is not.  A course or bootcamp is
    never a job, not even written as "Student in <school>" inside the history.  Projects (own section,
    or "Project:" lines inside a job), volunteering and education are not roles.  A role whose dates
    the dump lost is still a role but undated: it is left out of the dated-roles F1 (as
    benchmarks/realworld.py does) and counted in "every role, dated or not".
  - years: the union of the dated roles' ranges as of --as-of, months counted inclusively (a year-only
    start from January, a year-only end to December, "present" to the --as-of month), one decimal, as
    benchmarks/labels/README.md says; a headline's "3 years of experience in development" does not
    change it.  When no role has dates, the stated total ("6+ years of experience" -> 6) when there is
    one, else None (a beginner with no job: None, and reading None or 0 is right).
  - pm_years: the same over project-management titles (project/program/delivery manager, project
    coordinator/lead, scrum master, PMO); "Product Manager", "Team Lead", "Store Manager" are not.
  - level: the ladder on PM years (foundation < 2, entry < 4, mid < 7, senior); no PM role: foundation.
  - is_pm: holds or has held a PM title (dated or not).
Matching as realworld.py: a found role with a start matches a true dated role when the start matches
(`same_month`, a year-only date on either side on the year) and the title is alike (`title_like`);
"+ employer" also wants the employer alike (token set ratio >= 80; a removed employer matches any).
The level band is not scored for a CV whose PM roles all lost their dates (the PM years are unknown).
A trait value's roles F1 of 0 under loss=undated_all only says a dated role was invented (none is true).

First draws (before any fix; about 0.05 s a CV): seed 1, 300 CVs: roles F1 0.91, with employer 0.77, years
within one year 81%, every role right 79%, PM 100%, level 95%; seed 7, 100: 0.93, 0.81, 86%, 80%, 100%,
99%.  Lowest trait values: heading=split_label (0.61, years 42%), header=dates_last (0.71), header=
title_at_over_dates (0.72), dates=y_month (0.76), a tight en dash stripped with the non-ASCII ("2019 june2021
may"), loss=end_lost (years 25%).
"""
from __future__ import annotations

import argparse
import collections
import io
import random
import re
import sys
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

import docx  # noqa: E402
from docx.shared import Pt  # noqa: E402
from rapidfuzz import fuzz as rfuzz  # noqa: E402

import profilecheck  # noqa: E402
from profilecheck.options import Options  # noqa: E402
from realworld import BAND, StressCounts, StressShare, role_pairs, same_month, title_like  # noqa: E402

AS_OF = date(2026, 11, 30)

# ---------------------------------------------------------------- invented material

FIRST = ["Dana", "Igor", "Olga", "Yael", "Maksim", "Irina", "Noam", "Svetlana", "Artem", "Maya", "Pavel", "Tamar",
         "Denis", "Alina", "Roman", "Shira", "Yulia", "Oleg", "Liora", "Kirill", "Nadia", "Eitan", "Vera", "Boris"]
LAST = ["Velkor", "Abramin", "Tesler", "Marvich", "Ostrin", "Galperen", "Kedmi", "Sorokan", "Lavrin", "Beniash",
        "Frolman", "Zaretsky-Or", "Pelner", "Harutz", "Dovlen", "Gurvani", "Shimkel", "Orlander", "Yasmin", "Kovrat"]
EMPLOYERS = ["Brightwave Ltd", "Nordlane Systems", "Kestrel Data", "Tamarix Soft", "Orvex Labs", "Bluefjord LLC",
             "Cinderpoint", "Quillmark Technologies", "Sabrel Networks", "Pinecrest Digital", "Lumora Ltd",
             "Vetrix Solutions", "Harbor Nine", "Greyfinch Software", "Azimut-Soft LLC", "Polarteq", "Mirellon",
             "Dunstrove Group", "Ketterfield Bank", "Rovanta Telecom", "Stellium Games", "Yarrowby Retail",
             "Oakhollow Insurance", "Tevet Logic Ltd", "Saffron Grid", "Calderwood Media", "NetSpruce",
             "Volkhov Data Center", "Ural-Techsoft", "Pixelbay Studio", "Medora Health Systems", "Cobaltline"]
NONIT_EMPLOYERS = {"Legal Adviser": "Riverside Law Office", "Accountant": "Maple Accounting LLC",
                   "Store Manager": "Amberlane Stores", "Assistant Manager": "Hollis & Crane Jewelry",
                   "Mathematics Teacher": "City School No. 14", "Logistics Coordinator": "Northgate Logistics",
                   "Sales Manager": "Sunrise Hotels", "Customer Care Associate": "Tellwise Call Center",
                   "Civil Engineer": "Granitway Construction"}
PLACES = [("Tel Aviv", "Israel"), ("Haifa", "Israel"), ("Rehovot", "Israel"), ("Herzliya", "Israel"),
          ("Netanya", "Israel"), ("Beer Sheva", "Israel"), ("Petah Tikva", "Israel"), ("Rishon LeZion", "Israel"),
          ("Holon", "Israel"), ("Moscow", "Russia"), ("Saint Petersburg", "Russia"), ("Novosibirsk", "Russia"),
          ("Kyiv", "Ukraine"), ("Kharkiv", "Ukraine"), ("Odesa", "Ukraine"), ("Minsk", "Belarus"),
          ("Almaty", "Kazakhstan"), ("Tbilisi", "Georgia")]
SCHOOLS = ["Karmel Institute of Technology", "Northern State Polytechnic University", "Lakeside University of Economics",
           "Volzhsk Technical University", "Open Academy of Sciences", "Southern Radio-Engineering Institute"]
COURSES = ["CodeForge Academy", "DevPath Bootcamp", "TestHub QA School", "DataLeap Institute", "Skillbridge IT College"]
DEGREES = ["B.Sc. in Computer Science", "Master's degree in Applied Mathematics", "B.A. in Economics",
           "Engineer's degree, Radio Electronics", "M.A. in Jurisprudence", "B.Sc. in Information Systems"]
TOOLS = ["Java", "Spring Boot", "Python", "Django", "React", "Angular", "Vue.js", "Node.js", "TypeScript", "PostgreSQL",
         "MySQL", "MongoDB", "Docker", "Kafka", "Git", "Jira", "Selenium", "Postman", "Power BI", "SQL", "Kotlin",
         "Swift", "C#", ".NET Core", "Redis", "AWS", "Confluence", "Excel", "Tableau", "Cypress"]
SOFT = ["Team player", "Fast learner", "Responsible", "Attention to detail", "Problem solving"]
LEVELS = ["native", "fluent", "B2 (Upper Intermediate)", "intermediate", "basic", "C1", "Advanced"]
LANGS = ["English", "Hebrew", "Russian", "Ukrainian", "Arabic", "French"]

DEV = ["Frontend Developer", "Full Stack Developer", "Java Developer", "Backend Developer", "Python Developer",
       "Android Developer", "iOS Developer", ".NET Developer", "Web Developer", "Software Engineer", "React Developer"]
QA = ["QA Engineer", "Manual QA Tester", "QA Automation Engineer", "Software Tester"]
ANALYST = ["Data Analyst", "Business Analyst", "System Analyst", "BI Developer"]
NONIT = ["Legal Adviser", "Accountant", "Store Manager", "Assistant Manager", "Mathematics Teacher",
         "Logistics Coordinator", "Sales Manager", "Customer Care Associate", "Civil Engineer"]
LEAD = ["Team Lead", "Tech Lead", "R&D Team Leader", "QA Team Leader"]
PM = ["Project Manager", "IT Project Manager", "Scrum Master", "Technical Project Manager", "Delivery Manager",
      "Program Manager", "Project Coordinator", "Software Project Manager"]
TRAPS = ["Product Manager", "Account Manager"]  # manager titles that are no project-management role
MILITARY = ["Combat Soldier", "IT Support Technician", "Intelligence Analyst", "Computing Unit Sergeant"]
ARMY = ["Israel Defense Forces", "IDF"]

DUTIES = {
    "dev": ["Developed new features for a customer portal", "Refactored legacy modules and wrote unit tests",
            "Designed REST API endpoints for the mobile app", "Took part in code reviews and sprint planning",
            "Migrated the front end to a newer framework in {year}", "Optimised SQL queries and cut response time",
            "Integrated payment and authorization services", "Maintained CI pipelines and release builds"],
    "qa": ["Wrote and ran test plans for web and mobile releases", "Automated regression tests with Selenium",
           "Reported and tracked defects in Jira", "Tested REST APIs with Postman", "Took part in release sign-off"],
    "analyst": ["Gathered business requirements from stakeholders", "Built dashboards for the sales department",
                "Wrote user stories and acceptance criteria", "Analysed data with SQL and Excel",
                "Modelled processes before the {year} system launch"],
    "nonit": ["Served customers and handled complaints", "Prepared contracts and reports",
              "Managed a team of 6 sales assistants", "Kept inventory and ordered stock", "Taught classes of 30 pupils"],
    "lead": ["Led a team of 5 developers", "Planned sprints and reviewed code", "Hired and mentored junior developers",
             "Owned the architecture of the billing service"],
    "pm": ["Managed delivery of a CRM rollout for 12 branches", "Ran daily stand-ups and sprint reviews",
           "Kept the budget and schedule of three projects", "Reported status to stakeholders weekly",
           "Coordinated vendors and an offshore QA team", "Led the {year} migration project end to end"],
    "army": ["Supported 200 users of the base network", "Served as a team commander", "Maintained field equipment"],
}
PROJECTS = ["Demo project \"Shelfy\" - book exchange web app", "Pet project: weather dashboard", "Quiz game in React",
            "Final project \"TaskNest\" - a task tracker", "Chat bot for a local library"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
PM_TITLE = re.compile(r"project\s*(manager|coordinator|lead|director)|program(me)?\s*manager|portfolio manager|"
                      r"scrum\s*master|delivery manager|\bpmo\b", re.I)


def is_pm_title(title: Optional[str]) -> bool:
    return bool(title) and bool(PM_TITLE.search(title))


# ---------------------------------------------------------------- truth


@dataclass
class Job:
    title: str
    employer: Optional[str]
    city: str
    country: str
    start: tuple  # (year, month)
    end: Optional[tuple]  # None: present
    kind: str = "job"  # job, intern, army, nonit
    dated: bool = True
    track: str = "dev"
    end_lost: bool = False  # the dump kept the start but lost the end's year


@dataclass
class Truth:
    roles: list  # dated roles: {"title", "employer", "start", "end"}
    undated: list  # roles whose dates were lost
    nonroles: list  # dated entries that are no job (courses, projects, a military section, education)
    years: Optional[float]
    pm_years: float
    level: str
    is_pm: bool
    stated: Optional[int]
    traits: dict = field(default_factory=dict)
    lines: list = field(default_factory=list)


def months_of(role: dict, as_of: date) -> tuple:
    """A role's first and last month as month numbers (year * 12 + month - 1), inclusive."""
    start, end = role["start"], role["end"]
    first = int(start[:4]) * 12 + (int(start[5:7]) - 1 if len(start) > 4 else 0)
    if end == "present":
        last = as_of.year * 12 + as_of.month - 1
    else:
        last = int(end[:4]) * 12 + (int(end[5:7]) - 1 if len(end) > 4 else 11)
    return first, min(last, as_of.year * 12 + as_of.month - 1)


def role_range(role: dict, as_of: date) -> tuple:
    return months_of(role, as_of)


def union_years(roles: list, as_of: date) -> float:
    months: set = set()
    for role in roles:
        first, last = months_of(role, as_of)
        months.update(range(first, last + 1))
    return round(len(months) / 12, 1)


def level_of(pm_years: float, any_pm: bool) -> str:
    if not any_pm or pm_years < 2:
        return "foundation"
    return "entry" if pm_years < 4 else "mid" if pm_years < 7 else "senior"


def truth_numbers(roles: list, undated: list, stated: Optional[int], as_of: date) -> tuple:
    """(years, pm_years, level, is_pm) from the roles, as the docstring's judgement calls say."""
    years = union_years(roles, as_of) if roles else (float(stated) if stated is not None else None)
    pm_years = union_years([r for r in roles if is_pm_title(r["title"])], as_of)
    is_pm = any(is_pm_title(r["title"]) for r in [*roles, *undated])
    # no dated role but a PM title: the PM years, so the band, cannot be known (not scored)
    level = None if (not roles and is_pm) else level_of(pm_years, is_pm)
    return years, pm_years, level, is_pm


# ---------------------------------------------------------------- the draw


class Draw:
    def __init__(self, seed: int, index: int, as_of: date) -> None:
        self.r = random.Random(f"vacancy-docx-{seed}-{index}")
        self.as_of = as_of
        self.traits: dict = {}

    def pick(self, items):
        return self.r.choice(items)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def trait(self, name: str, options: dict) -> str:
        value = self.r.choices(list(options), weights=list(options.values()))[0]
        self.traits[name] = value
        return value


def ym_add(ym: tuple, months: int) -> tuple:
    n = ym[0] * 12 + ym[1] - 1 + months
    return n // 12, n % 12 + 1


def draw_career(d: Draw) -> list:
    """Jobs newest first, each (start, end) in months; the track decides the titles."""
    track = d.trait("track", {"junior": 22, "qa": 10, "analyst": 9, "changer": 14, "senior": 15, "lead": 8, "pm": 18,
                              "beginner": 4})
    if track == "beginner":
        return []
    now = (d.as_of.year, d.as_of.month)
    # new immigrants often list a last job that ended when they moved
    cursor = now if d.chance(0.6) else (d.r.randint(2019, 2024), d.r.randint(1, 12))
    current = cursor == now
    count = {"junior": d.r.randint(1, 3), "qa": d.r.randint(1, 4), "analyst": d.r.randint(2, 4),
             "changer": d.r.randint(2, 4), "senior": d.r.randint(3, 6), "lead": d.r.randint(3, 5),
             "pm": d.r.randint(2, 5)}[track]
    employers = d.r.sample(EMPLOYERS, 8)
    jobs = []
    base = d.pick(DEV)
    for i in range(count):
        oldest = i == count - 1
        kind, role_track = "job", "dev"
        if track in ("junior", "changer") and oldest and track == "junior" and d.chance(0.5):
            kind, title = "intern", d.pick([f"{base} Intern", f"Intern, {base}", f"{base} (internship)"])
        elif track == "junior":
            title = base if i == 0 else d.pick([f"Junior {base}", base])
        elif track == "qa":
            title, role_track = d.pick(QA), "qa"
        elif track == "analyst":
            title, role_track = d.pick(ANALYST), "analyst"
        elif track == "changer":
            if i == 0:
                title = d.pick([f"Junior {base}", f"{base} Intern", base])
                kind = "intern" if "Intern" in title else "job"
            else:
                title, kind, role_track = d.pick(NONIT), "nonit", "nonit"
        elif track == "senior":
            title = d.pick([f"Senior {base}", f"Lead {base}", base]) if i < 2 else d.pick([base, f"Junior {base}"])
        elif track == "lead":
            title = d.pick(LEAD) if i == 0 else (f"Senior {base}" if i == 1 else base)
            role_track = "lead" if i == 0 else "dev"
        else:  # pm
            if i < max(1, count - 2) or (i == 0):
                title, role_track = d.pick(PM + ([d.pick(TRAPS)] if i > 0 else [])), "pm"
                if not is_pm_title(title):
                    role_track = "analyst"
            else:
                title, role_track = d.pick(DEV + QA + ANALYST), "dev"
        if kind == "intern":
            length = d.r.randint(2, 7)
        elif kind == "nonit":
            length = d.r.randint(8, 60)
        elif track in ("senior", "lead", "pm"):
            length = d.r.randint(12, 66)
        else:
            length = d.r.randint(5, 34)
        end = None if (i == 0 and current) else cursor
        start = ym_add(cursor, -length + 1)
        employer = NONIT_EMPLOYERS[title] if kind == "nonit" else employers[i]
        city, country = d.pick(PLACES)
        jobs.append(Job(title, employer, city, country, start, end, kind, True, role_track))
        cursor = ym_add(start, -d.r.choice([0, 0, 1, 1, 2, 3, 5, 8]) - 1)
    if d.chance(0.12) and len(jobs) >= 2 and track in ("senior", "lead", "pm", "junior"):
        # a part-time freelance job overlapping another
        host = jobs[d.r.randrange(len(jobs))]
        span = (host.end or now)
        fs = ym_add(host.start, d.r.randint(0, 4))
        fe = ym_add(fs, d.r.randint(3, 14))
        if (fe[0] * 12 + fe[1]) > (span[0] * 12 + span[1]):
            fe = host.end
        jobs.append(Job(d.pick(["Freelance Web Developer", "Freelance Developer", "Freelancer"]), None,
                        *d.pick(PLACES), fs, fe, "job", True, "dev"))
        jobs.sort(key=lambda j: (j.end or now, j.start), reverse=True)
    return jobs


# ---------------------------------------------------------------- dates as written


ABBR = [m[:3] for m in MONTHS]
PRESENT = {"Present": 3, "present": 3, "now": 3, "till now": 2, "current time": 1, "Current": 1, "to date": 1}


def point(ym: tuple, style: str) -> str:
    y, m = ym
    return {
        "year": f"{y}", "year_slash": f"{y}", "mon": f"{ABBR[m - 1]} {y}", "mon_caps": f"{ABBR[m - 1].upper()} {y}",
        "month": f"{MONTHS[m - 1]} {y}", "mon_dot": f"{ABBR[m - 1]}{'' if m == 5 else '.'} {y}",
        "mm": f"{m:02d}/{y}", "m": f"{m}/{y}", "ym": f"{y}/{m:02d}", "mm_dot": f"{m:02d}.{y}",
        "y_month": f"{y} {MONTHS[m - 1].lower()}", "to": f"{ABBR[m - 1].upper()} {y}",
        "from_till": f"{MONTHS[m - 1]} {y}", "linkedin": f"{MONTHS[m - 1]} {y}",
    }[style]


def duration(start: tuple, end: tuple) -> str:
    months = end[0] * 12 + end[1] - start[0] * 12 - start[1] + 1
    years, rest = divmod(months, 12)
    parts = ([f"{years} year{'s' if years > 1 else ''}"] if years else []) + \
            ([f"{rest} month{'s' if rest > 1 else ''}"] if rest else [])
    return " ".join(parts) or "1 month"


def date_range(job: Job, style: str, dash: str, present: str, as_of: date) -> str:
    start = point(job.start, style)
    if job.end_lost and job.end is not None:
        return lost_end(job, style, dash, start)
    if style == "to":
        return f"{start} TO {'PRESENT' if job.end is None else point(job.end, style)}"
    if style == "from_till":
        return f"from {start} till {'now' if job.end is None else point(job.end, style)}"
    if style == "year_slash":
        return f"{start}/{present if job.end is None else point(job.end, style)}"
    end = present if job.end is None else point(job.end, style)
    if dash == "glued" and job.end is not None:
        text = f"{start}{end}"
    else:
        text = f"{start}{' - ' if dash == 'glued' else dash}{end}"
    if style == "linkedin":
        text += f" ({duration(job.start, job.end or (as_of.year, as_of.month))})"
    return text


def lost_end(job: Job, style: str, dash: str, start: str) -> str:
    """"Aug 2018 - Nov", "2017 - ": the end's year is gone (a month name may stay)."""
    end = point(job.end, style)
    kept = style in ("mon", "mon_caps", "month", "mon_dot", "to", "from_till", "linkedin")
    end = re.sub(r"\s*\d{4}", "", end) if kept else ""
    if style == "to":
        return f"{start} TO {end}"
    if style == "from_till":
        return f"from {start} till {end}"
    if style == "year_slash":
        return f"{start}/"
    return f"{start}{end}" if dash == "glued" else f"{start}{dash}{end}"


def written(ym: Optional[tuple], style: str) -> str:
    """The truth's date: what the CV writes, a year only when it writes a year only."""
    if ym is None:
        return "present"
    return f"{ym[0]}" if style in ("year", "year_slash") else f"{ym[0]}-{ym[1]:02d}"


def lost(text: str) -> str:
    """Dates the dump lost: digits and month names gone, spaces, dashes and 'now' left."""
    text = re.sub(r"\b(" + "|".join(MONTHS + ABBR) + r")\.?\b", "", text, flags=re.I)
    text = re.sub(r"[0-9./]", "", text)
    return re.sub(r"\b(from|till|TO)\b", "", text).replace("()", "(  )") or "  "


# ---------------------------------------------------------------- writing a CV


def loc(job: Job, form: str) -> str:
    return {"paren": f"({job.city}, {job.country})", "paren_rev": f"({job.country}, {job.city})",
            "comma": f", {job.city}, {job.country}", "city": f"({job.city})"}[form]


def role_lines(d: Draw, job: Job, header: str, dates: str, place: str, caps: bool) -> tuple:
    """(header lines, lines after the duties) for one job."""
    title = job.title.upper() if caps else job.title
    employer = (job.employer.upper() if caps else job.employer) if job.employer else ""
    where = loc(job, place)
    emp_where = f"{employer}{'' if place == 'comma' else ' '}{where}" if employer else f" {where}"
    if header == "dates_colon":
        return [f"{dates}: {title}, {emp_where}"], []
    if header == "dates_title_at":
        return [f"{dates} {title} at {employer or '-'}, {job.city}, {job.country}"], []
    if header == "dates_then_employer":
        return [f"{dates}:  {title}", f"       -- {emp_where}"], []
    if header == "employer_dates_title":
        return [f"{employer or where} {dates}", title], []
    if header == "title_dates_employer":
        return [title, f"{dates}, {employer or job.city}"], []
    if header == "employer_title_dates":
        return [f"{employer}, {job.city}, {job.country}", title, dates], []
    if header == "dates_last":
        return [f"{title} - {employer or 'Freelance'} ({job.city}, {d.pick(['remote', 'office', 'hybrid'])})"], [dates]
    if header == "pipes":
        return [f"{dates} | {title} | {emp_where} |"], []
    if header == "dates_pipe_employer":
        return [f"{dates} | {emp_where} |", title], []
    if header == "employer_title_year":
        return [f"{employer}, {job.city}, {job.country}, {title} {dates}"], []
    if header == "title_at_over_dates":
        return [f"{title} at {employer or 'freelance'}, {job.city}", dates], []
    if header == "title_over_employer_pipe":
        return [title, f"{employer or job.city} | {dates}"], []
    if header == "title_tabs":
        return [f"{title}\t\t{employer}, {job.city}, {job.country} \u2014 {dates}"], []
    if header == "title_in":
        return [f"{dates}: {title} in {employer or 'freelance'}, {job.city}"], []
    if header == "dates_employer_title":
        return [f"{dates} {employer}, {job.country}, {job.city}  {title}"], []
    if header == "employer_dash_title":
        return [f"{dates}:\t{employer} ({job.city}) \u2013 {title}"], []
    if header == "title_dash_dates":
        return [f"{title} - {dates}", f"{employer} - {job.city}, {job.country}"], []
    if header == "linkedin":
        return [employer or "Self-employed", title, dates, f"{job.city}, {job.country}"], []
    if header == "caps_dates_title":
        return [f"{dates} {job.title.upper()}", (job.employer or "FREELANCE").upper()], []
    raise ValueError(header)


HEADERS = {"dates_colon": 10, "dates_title_at": 6, "dates_then_employer": 5, "employer_dates_title": 5,
           "title_dates_employer": 5, "employer_title_dates": 5, "dates_last": 4, "pipes": 6, "dates_pipe_employer": 5,
           "employer_title_year": 4, "title_at_over_dates": 5, "title_over_employer_pipe": 5, "title_tabs": 3,
           "title_in": 4, "dates_employer_title": 3, "employer_dash_title": 4, "title_dash_dates": 3, "linkedin": 4,
           "caps_dates_title": 4}
# date styles that suit a header shape (the rest draw from all)
HEADER_STYLES = {"dates_last": ["from_till", "month", "mon"], "employer_title_year": ["year_slash", "year"],
                 "linkedin": ["linkedin"], "caps_dates_title": ["mon_caps", "to"], "title_in": ["y_month", "year"],
                 "dates_employer_title": ["mon", "mon", "year"], "title_tabs": ["year"]}
STYLES = {"year": 24, "mon": 12, "mon_caps": 4, "month": 8, "mon_dot": 3, "mm": 10, "m": 4, "ym": 4, "mm_dot": 3,
          "y_month": 2, "to": 3, "from_till": 2}


def duty(d: Draw, track: str, job: Job) -> str:
    text = d.pick(DUTIES[track])
    first, last = job.start[0], (job.end or (d.as_of.year, 12))[0]
    return text.replace("{year}", str(d.r.randint(first, max(first, last))))


def make_lines(d: Draw, jobs: list, as_of: date, dump: bool) -> tuple:
    """The CV as (kind, text) lines, kind h (heading), r (role header), b (bullet), t (text), and the truth."""
    r = d.r
    header = d.trait("header", HEADERS)
    style = d.trait("dates", {s: 1 for s in HEADER_STYLES[header]} if header in HEADER_STYLES else STYLES)
    dash = d.trait("dash", {" - ": 6, " \u2013 ": 6, " \u2014 ": 2, "-": 4, "\u2013": 2, " -- ": 1,
                            **({"glued": 1} if style in ("mon", "month", "mon_caps") else {})})
    present = d.pick([p for p, w in PRESENT.items() for _ in range(w)])
    if style == "year_slash":
        present = d.pick(["present", "now"])
    place = d.pick(["paren", "paren", "paren_rev", "comma", "city"])
    caps = header != "caps_dates_title" and d.chance(0.08)
    loss = d.trait("loss", {"none": 62, "undated_one": 15, "undated_all": 10, "employer_removed": 8, "end_lost": 5})
    stripped = d.trait("non-ascii", {"stripped": 55, "kept": 45} if dump else {"stripped": 5, "kept": 95})
    order = d.trait("order", {"newest": 80, "oldest": 12, "mixed": 8})
    army = d.trait("army", {"none": 70, "in_history": 12, "own_section": 18})
    course = d.trait("course", {"education": 40, "own_section": 25, "in_history": 15, "none": 20})
    projects = d.trait("projects", {"none": 55, "section": 30, "sub_projects": 15})
    stated_kind = d.trait("stated", {"none": 45, "total": 30, "domain": 25})
    heading_kind = d.trait("heading", {"caps": 25, "caps_colon": 20, "title_colon": 25, "fused": 15, "split_label": 15})
    summary_trap = d.chance(0.35)
    d.traits["skills block"] = "experience_summary" if summary_trap else "skills"

    if loss == "employer_removed":
        for job in jobs:
            job.employer = None
    if jobs and loss == "undated_one":
        (jobs[r.randrange(len(jobs))] if len(jobs) > 1 else jobs[0]).dated = False
    if loss == "undated_all":
        for job in jobs:
            job.dated = False
    if loss == "end_lost":
        # the truth keeps the start; the end is read as a careful reader would: up to the next newer job
        older = [k for k in range(1, len(jobs)) if jobs[k].kind != "army" and jobs[k].end is not None
                 and jobs[k].end < jobs[k - 1].start]  # a job another one followed, not an overlapping one
        if older:
            k = r.choice(older)
            jobs[k].end_lost = True
            newer_start = jobs[k - 1].start
            jobs[k].end = (newer_start[0], newer_start[1]) if style in ("year", "year_slash") else ym_add(newer_start, -1)
            if jobs[k].end < jobs[k].start:
                jobs[k].end = jobs[k].start
        else:
            loss = d.traits["loss"] = "none"

    # military service: before the first job, right after school
    first_start = jobs[-1].start if jobs else (as_of.year - r.randint(1, 4), 9)
    army_job = None
    if army != "none":
        end = ym_add(first_start, -r.randint(6, 40))
        start = ym_add(end, -r.choice([23, 24, 31, 35, 36]))
        city, country = "Tel Aviv", "Israel"
        army_job = Job(d.pick(MILITARY), d.pick(ARMY), city, country, start, end, "army", loss != "undated_all", "army")
        if army == "in_history":
            jobs = [*jobs, army_job]
    # a retraining course, a bootcamp
    course_span = None
    if course != "none":
        cs = ym_add(jobs[0].start if jobs and jobs[0].kind != "nonit" else (as_of.year - 1, 3), -r.randint(4, 12))
        course_span = Job(d.pick(["Full Stack Web Development course", "QA Automation course", "Java Developer program",
                                  "Data Analysis course", "Front End Development bootcamp"]),
                          d.pick(COURSES), *d.pick(PLACES[:9]), cs, ym_add(cs, r.randint(3, 10)), "course")
        if track_of(d) in ("senior", "lead", "pm") and course == "in_history":
            course = d.traits["course"] = "education"

    dated_roles = [j for j in jobs if j.dated]
    truth_roles = [{"title": j.title.upper() if caps else j.title, "employer": j.employer, "start": written(j.start, style),
                    "end": written(j.end, style)} for j in dated_roles]
    undated = [{"title": j.title, "employer": j.employer, "start": None, "end": None} for j in jobs if not j.dated]
    years_union = union_years(truth_roles, as_of) if truth_roles else None
    stated = None
    total_for_text = years_union if years_union is not None else (
        union_years([{"start": written(j.start, style), "end": written(j.end, style)} for j in jobs], as_of) if jobs else None)
    if loss == "undated_all" and jobs:
        stated_kind = d.traits["stated"] = "total"
    if stated_kind == "total" and total_for_text:
        stated = max(1, int(total_for_text))
    elif stated_kind == "domain" and total_for_text and total_for_text >= 2:
        stated = None  # a domain figure, smaller than the union: not the total
    else:
        stated_kind = d.traits["stated"] = "none"

    lines: list = []
    name = d.trait("name", {"plain": 25, "caps": 20, "masked": 30, "none": 25})
    person = f"{d.pick(FIRST)} {d.pick(LAST)}"
    if name == "plain":
        lines.append(("t", person))
    elif name == "caps":
        lines.append(("t", person.upper()))
    elif name == "masked":
        lines.append(("t", "*" * r.randint(12, 20)))
    newest = jobs[0].title if jobs and jobs[0].kind not in ("nonit", "army") else d.pick(DEV + QA)
    headline = newest.split(",")[0]
    if stated_kind == "total":
        plus = d.pick(["+", "", " plus"]) if stated else ""
        phrase = f"{stated}{plus} years of experience" if stated != 1 else d.pick(["1 year of experience", "one-year experience"])
        if d.chance(0.5):
            lines.append(("t", f"{headline} - {phrase}"))
        else:
            lines += [("t", headline.upper()), ("t", phrase)]
    elif stated_kind == "domain":
        lines += [("t", headline), ("t", f"{r.randint(1, max(1, int(total_for_text) - 1))} years of experience in "
                                         f"{d.pick(['development', 'frontend development', 'testing', 'the IT field'])}")]
    else:
        lines.append(("t", headline))
    contact = [f"Phone: +972 5{r.randint(0, 8)} 000 0000", "Email: someone@mail.test",
               f"Residence: {d.pick(PLACES[:9])[0]}", "LinkedIn: linkedin.com/in/someone"]
    if d.chance(0.2):
        contact.append(f"Updated: {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2020, 2025)}")
    if d.chance(0.15):
        contact.append(f"Date of birth: {r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.randint(1975, 2002)}")
    langs = r.sample(LANGS, r.randint(2, 4))
    lang_lines = [f"{lang} - {d.pick(LEVELS)}" for lang in langs]
    skills = r.sample(TOOLS, 9)
    side = d.trait("columns", {"none": 55, "interleave": 30, "glued_end": 15})
    sidebar: list = []
    if side == "none":
        lines += [("t", "  ".join(contact[:2])), *[("t", c) for c in contact[2:]]]
    else:
        sidebar += ["Contacts", *contact[:3]]
    # summary and the skills block
    lines.append(("h", "Summary" if d.chance(0.5) else "PROFILE"))
    lines.append(("t", d.pick(["Motivated developer looking for my next challenge in a product company.",
                               "Detail-oriented specialist who enjoys clean code and clear processes.",
                               "Recently relocated to Israel; eager to grow in a strong team.",
                               "Experienced in delivering projects on time and within budget."])))
    if summary_trap:
        lines.append(("h", d.pick(["EXPERIENCE SUMMARY", "Experience overview:"])))
    else:
        lines.append(("h", d.pick(["Technical Skills:", "SKILLS", "Professional skills:"])))
    skill_lines = [f"Programming languages: {', '.join(skills[:3])}", f"Technologies: {', '.join(skills[3:6])}",
                   f"Tools: {', '.join(skills[6:])}"]
    if side == "none":
        lines += [("b", s) for s in skill_lines]
    else:
        lines += [("b", skill_lines[0])]
        sidebar += ["Skills & Expertise", *skills[3:], "Languages", *lang_lines]
    # education block (may come first)
    edu: list = []
    edu_style = "year" if style in ("year_slash", "to", "from_till", "y_month", "linkedin") else style
    ey = (jobs[-1].start[0] if jobs else as_of.year - 1) - r.randint(1, 6)
    school = Job(d.pick(DEGREES), d.pick(SCHOOLS), *d.pick(PLACES), (ey - 4, 9), (ey, 6), "edu")
    edu_text = f"{date_range(school, edu_style, dash if dash != 'glued' else ' - ', present, as_of)} {school.title}, {school.employer}"
    edu.append(("t", edu_text))
    nonroles = [{"what": "education", "start": written(school.start, edu_style)}]
    if course_span and course == "education":
        edu.append(("t", f"{date_range(course_span, edu_style, dash if dash != 'glued' else ' - ', present, as_of)} "
                         f"{course_span.title}, {course_span.employer}"))
        nonroles.append({"what": "course", "start": written(course_span.start, edu_style)})
    if side != "none" and d.chance(0.5):
        d.traits["edu in sidebar"] = "yes"
        sidebar += ["Education", *[t for _, t in edu]]
        edu = []
    else:
        d.traits["edu in sidebar"] = "no"
    edu_first = d.chance(0.2)
    if edu and edu_first:
        lines += [("h", d.pick(["EDUCATION", "Education:"])), *edu]
    if projects == "section":
        lines.append(("h", d.pick(["PROJECTS", "Projects:", "Personal projects"])))
        for _ in range(r.randint(1, 2)):
            py = r.randint(as_of.year - 6, as_of.year - 1)
            pm = r.randint(1, 12)
            when = d.pick([f"({MONTHS[pm - 1]} {py})", f"{py}", f"{ABBR[pm - 1]} {py} - {ABBR[(pm % 12)]} {py + (pm == 12)}"])
            lines.append(("t", f"{d.pick(PROJECTS)} {when}" if not when[0].isdigit() else f"{when} {d.pick(PROJECTS)}"))
            nonroles.append({"what": "project", "start": str(py)})

    # the work history
    heading = d.pick(["EXPERIENCE", "WORK EXPERIENCE", "PROFESSIONAL EXPERIENCE", "EMPLOYMENT HISTORY",
                      "PROFESSIONAL HISTORY", "WORKING EXPERIENCE", "Experience and projects"])
    if heading_kind == "caps_colon":
        heading = heading.upper() + ":"
    elif heading_kind == "title_colon":
        heading = heading.capitalize() + ":"
    elif heading_kind == "fused":
        heading = heading.capitalize() + d.pick([":", ""])
    shown = list(jobs)
    if order == "oldest":
        shown.reverse()
    elif order == "mixed" and len(shown) > 1:
        i = r.randrange(len(shown) - 1)
        shown[i], shown[i + 1] = shown[i + 1], shown[i]
    history: list = []
    starts: list = []  # where each shown job's lines begin
    for job in shown:
        starts.append((len(history), job))
        text = date_range(job, style, dash, present, as_of)
        if not job.dated:
            text = lost(text)
        heads, after = role_lines(d, job, header, text, place, caps)
        history += [("r", h) for h in heads]
        if job.employer is None and job.title.startswith("Freel") and (projects == "sub_projects" or d.chance(0.4)):
            for _ in range(2):
                history += [("t", f"Project: {d.pick(PROJECTS)}"), ("b", duty(d, 'dev', job))]
        elif projects == "sub_projects" and d.chance(0.5):
            history.append(("t", f"Project: {d.pick(PROJECTS).split(' - ')[0]}"))
        for _ in range(r.randint(1, 3)):
            history.append(("b", duty(d, job.track if job.kind != "nonit" else "nonit", job)))
        if d.chance(0.4):
            history.append(("t", f"{d.pick(['Technologies:', 'Stack:', 'Technologies used:', 'Tools used:'])} "
                                 f"{', '.join(r.sample(TOOLS, 4))}"))
        history += [("r", a) for a in after]
    if course_span and course == "in_history":
        # "Student in <school>" in the history, at its place in time: never a role
        text = date_range(course_span, style, dash, present, as_of)
        student = [("r", f"{text}: Student in {course_span.employer}, {course_span.title}, {course_span.city}"),
                   ("b", "Built a final project with a team of four")]
        key = course_span.start[0] * 12 + course_span.start[1]
        if order == "oldest":  # before the first job that started after the course
            at = next((k for k, job in starts if job.start[0] * 12 + job.start[1] > key), len(history))
        else:  # before the first job that started before it
            at = next((k for k, job in starts if job.start[0] * 12 + job.start[1] < key), len(history))
        history[at:at] = student
        nonroles.append({"what": "course", "start": written(course_span.start, style)})
    if heading_kind == "fused" and history:
        history[0] = ("r", f"{heading} {history[0][1]}")
        lines += history
    else:
        lines += [("h", heading), *history]
    if not jobs:
        lines += [("t", "Looking for my first job in IT.")] if heading_kind != "fused" else [("t", f"{heading} looking for my first job in IT.")]
    if army == "own_section" and army_job:
        lines.append(("h", d.pick(["Military service", "MILITARY SERVICE:", "Army service"])))
        lines.append(("t", f"{date_range(army_job, style, dash, present, as_of)} {army_job.title}, {army_job.employer}"))
        nonroles.append({"what": "military", "start": written(army_job.start, style)})
    if course_span and course == "own_section":
        lines.append(("h", d.pick(["Courses", "COURSES AND TRAINING:", "Additional education"])))
        lines.append(("t", f"{date_range(course_span, edu_style, dash if dash != 'glued' else ' - ', present, as_of)} "
                           f"{course_span.title}, {course_span.employer}"))
        nonroles.append({"what": "course", "start": written(course_span.start, edu_style)})
    if edu and not edu_first:
        lines += [("h", d.pick(["EDUCATION", "Education:", "STUDIES:"])), *edu]
    if d.chance(0.25):
        vy = r.randint(as_of.year - 10, as_of.year - 1)
        lines += [("h", "Volunteering:"), ("b", f"{vy} - {vy + 1} Volunteer at a food bank, organised weekly deliveries")]
        nonroles.append({"what": "volunteering", "start": str(vy)})
    if side == "none":
        lines += [("h", d.pick(["Languages:", "LANGUAGES", "Language skills:"])), *[("t", t) for t in lang_lines]]
    if d.chance(0.2):
        lines += [("h", "Recommendations:"), ("t", f"{d.pick(FIRST)} {d.pick(LAST)}, Team Lead, {d.pick(EMPLOYERS)}")]
    if d.chance(0.3):
        lines.append(("t", "References on request."))

    if heading_kind == "split_label":
        lines = split_labels(lines)
    if side != "none":
        lines = flatten_columns(d, lines, sidebar, side)
    if header == "linkedin":
        page = len(lines) // 2
        lines[page:page] = [("t", "Page 1 of 2")]
        lines.append(("t", "Page 2 of 2"))
    years, pm_years, level, is_pm = truth_numbers(truth_roles, undated, stated, as_of)
    truth = Truth(truth_roles, undated, nonroles, years, pm_years, level, is_pm, stated)
    return lines, truth


def track_of(d: Draw) -> str:
    return d.traits.get("track", "")


def split_labels(lines: list) -> list:
    """A left column of section labels flattened: each heading's words run into the lines after it."""
    out: list = []
    pending: list = []
    for kind, text in lines:
        if kind == "h":
            out.extend(("t", w) for w in pending)
            words = text.rstrip(":").split()
            pending = [" ".join(words[:-1]), words[-1]] if len(words) > 1 else [words[0]]
            pending = [w for w in pending if w]
            continue
        if pending:
            text = f"{pending.pop(0).upper()} {text}"
            kind = "r" if kind == "r" else "t"
        out.append((kind, text))
    out.extend(("t", w) for w in pending)
    return out


def flatten_columns(d: Draw, lines: list, sidebar: list, side: str) -> list:
    """A two-column design as a PDF-to-Word dump gives it: the sidebar's lines between (or glued to the
    ends of) the main column's lines, from the summary down through the work history."""
    r = d.r
    first = next((k for k, (kind, _) in enumerate(lines) if kind == "h"), 1)
    span = list(range(first, len(lines)))
    if side == "interleave":
        at = sorted(r.sample(span, min(len(sidebar), len(span))))
        out = list(lines)
        for offset, (k, item) in enumerate(zip(at, sidebar)):
            out.insert(k + 1 + offset, ("t", item))
        rest = sidebar[len(at):]
        return out + [("t", x) for x in rest]
    out = list(lines)
    population = [k for k in span if out[k][0] != "h"]
    targets = sorted(r.sample(population, min(len(sidebar), len(population))))
    for k, item in zip(targets, sidebar):
        out[k] = (out[k][0], f"{out[k][1]}  {item}")
    return out + [("t", x) for x in sidebar[len(targets):]]


# ---------------------------------------------------------------- the .docx


def ascii_only(text: str) -> str:
    return "".join(ch for ch in text if ord(ch) < 128)


def make(seed: int, index: int, as_of: date = AS_OF) -> tuple:
    """CV number `index` of seed `seed`: (the .docx bytes, its Truth)."""
    d = Draw(seed, index, as_of)
    jobs = draw_career(d)
    container = d.trait("container", {"dump_one": 45, "dump_pages": 15, "paras": 25, "paras_table": 15})
    lines, truth = make_lines(d, jobs, as_of, container.startswith("dump"))
    bullet = d.pick(["\u2022 ", "\u2022\t", "- ", " ", "\u25cf ", "", "\u25aa "])
    if d.traits["non-ascii"] == "stripped":
        lines = [(k, ascii_only(t)) for k, t in lines]
        bullet = " "
    texts = [(k, f"{bullet}{t}" if k == "b" else t) for k, t in lines]
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.size = Pt(10)
    if container.startswith("dump"):
        cuts = sorted(d.r.sample(range(5, len(texts) - 2), 1 if container == "dump_one" else d.r.randint(1, 2)))
        if container == "dump_one":
            cuts = []
        chunks, last = [], 0
        for cut in [*cuts, len(texts)]:
            chunks.append(texts[last:cut])
            last = cut
        for chunk in chunks:
            p = document.add_paragraph()
            for k, (_, text) in enumerate(chunk):
                run = p.add_run(text)
                if k < len(chunk) - 1:
                    run.add_break()
    else:
        indent = d.chance(0.2)
        if container == "paras_table":
            top = d.pick(["contact", "headline", "grid"])
            d.traits["top table"] = top
            if top == "contact":
                table = document.add_table(rows=1, cols=4)
                for cell, text in zip(table.rows[0].cells, ["\u260e +972 50 000 0000", "\u2709: someone@mail.test",
                                                             "\U0001f381: ", f"\u2302: {d.pick(PLACES[:9])[0]}"]):
                    cell.text = text if d.traits["non-ascii"] == "kept" else ascii_only(text)
            elif top == "headline":
                table = document.add_table(rows=1, cols=2)
                table.rows[0].cells[1].text = "Looking for a new position"
            else:
                table = document.add_table(rows=3, cols=2)
                for row, pair in zip(table.rows, [("", "Residence: Holon"), ("", ""), ("LinkedIn:", "Languages: English, Hebrew")]):
                    row.cells[0].text, row.cells[1].text = pair
        for kind, text in texts:
            p = document.add_paragraph()
            run = p.add_run(("\t" if indent else "") + text)
            if kind == "h":
                run.bold = True
    buffer = io.BytesIO()
    document.core_properties.author = "someone"
    document.save(buffer)
    truth.traits = dict(d.traits)
    truth.lines = [t for _, t in texts]
    return buffer.getvalue(), truth


# ---------------------------------------------------------------- reading and scoring


def read(data: bytes, as_of: date, folder: Optional[Path] = None):
    return profilecheck.analyze_bytes(data, Options(as_of=as_of), path="cv.docx")


def found_roles(report) -> list:
    return [{"title": w.position, "employer": w.name, "start": w.startDate,
             "end": w.endDate or ("present" if w.current else None)} for w in report.profile.work]


def employer_like(found: Optional[str], expected: Optional[str]) -> bool:
    if not expected:
        return True
    return bool(found) and rfuzz.token_set_ratio(found.lower(), expected.lower()) >= 80


def same_role(found: dict, expected: dict) -> bool:
    return same_month(found["start"], expected["start"]) and title_like(found["title"], expected["title"])


def same_with_employer(found: dict, expected: dict) -> bool:
    return same_role(found, expected) and employer_like(found["employer"], expected["employer"])


MEASURES = ["roles (title + start) F1", "roles (+ employer) F1", "every role, dated or not F1"]
SHARES = ["years within 1 year", "files with every role right", "is a project manager", "level band"]


def new_scores() -> dict:
    return {**{m: StressCounts() for m in MEASURES}, **{s: StressShare() for s in SHARES}}


def score(report, truth: Truth, scores: dict) -> dict:
    """Adds one CV's reading to `scores`; returns what went wrong (measure -> True)."""
    found_all = found_roles(report)
    found = [f for f in found_all if f["start"]]
    expected = truth.roles
    wrong = {}
    m = role_pairs(found, expected, same_role)
    scores[MEASURES[0]].add(m, len(found) - m, len(expected) - m)
    e = role_pairs(found, expected, same_with_employer)
    scores[MEASURES[1]].add(e, len(found) - e, len(expected) - e)
    every_found = [f for f in found_all if f["start"] or f["title"]]
    every_expected = [*expected, *truth.undated]
    a = role_pairs(every_found, every_expected, lambda f, x: title_like(f["title"], x["title"]) and (
        same_month(f["start"], x["start"]) if x["start"] else not f["start"]))
    scores[MEASURES[2]].add(a, len(every_found) - a, len(every_expected) - a)
    all_right = m == len(found) == len(expected)
    scores["files with every role right"].add(all_right)
    if not all_right:
        wrong["roles"] = (m, len(found) - m, len(expected) - m)
    years = report.facts.years_of_experience
    if truth.years is None:
        ok = years is None or years == 0
    else:
        ok = years is not None and abs(years - truth.years) <= 1.0
    scores["years within 1 year"].add(ok)
    if not ok:
        wrong["years"] = years
    ok = bool(report.facts.is_project_manager) == truth.is_pm
    scores["is a project manager"].add(ok)
    if not ok:
        wrong["is_pm"] = report.facts.is_project_manager
    ok = truth.level is None or BAND.get(report.facts.level or "") == BAND[truth.level]
    if truth.level is not None:
        scores["level band"].add(ok)
    if not ok:
        wrong["level"] = report.facts.level
    return wrong


def failure_line(index: int, truth: Truth, report) -> str:
    found = [f for f in found_roles(report) if f["start"]]
    missed = [(x["title"], x["start"]) for x in truth.roles if not any(same_role(f, x) for f in found)]
    extra = [(f["title"], f["employer"], f["start"]) for f in found if not any(same_role(f, x) for x in truth.roles)]
    traits = ", ".join(f"{k}={v}" for k, v in truth.traits.items())
    return (f"#{index} missed {missed[:3]}{' ...' if len(missed) > 3 else ''}; "
            f"extra {extra[:3]}{' ...' if len(extra) > 3 else ''}\n      [{traits}]")


def show_one(index: int, data: bytes, truth: Truth, as_of: date) -> None:
    report = read(data, as_of)
    print(f"## CV #{index}: lines as written")
    for line in truth.lines:
        print(f"  | {line}")
    print("\n## truth")
    for role in truth.roles:
        print(f"  {role['start']} .. {role['end']}  {role['title']!r} @ {role['employer']!r}")
    for role in truth.undated:
        print(f"  (undated)  {role['title']!r} @ {role['employer']!r}")
    print(f"  years {truth.years}, pm_years {truth.pm_years}, level {truth.level}, is_pm {truth.is_pm}, "
          f"stated {truth.stated}")
    print(f"  not roles: {truth.nonroles}")
    print(f"  traits: {truth.traits}")
    print("\n## read by profilecheck")
    for w in report.profile.work:
        print(f"  {w.startDate} .. {w.endDate or ('present' if w.current else None)}  {w.position!r} @ {w.name!r}")
    f = report.facts
    print(f"  years {f.years_of_experience}, pm_years {getattr(f, 'pm_years', None)}, level {f.level}, "
          f"is_pm {f.is_project_manager}")
    scores = new_scores()
    print(f"  wrong: {score(report, truth, scores) or 'nothing'}")


def main(argv: Optional[list] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=3, help="failures shown")
    parser.add_argument("--only", type=int, help="draw and read only CV number N, and show how it was read")
    parser.add_argument("--keep", type=Path, help="write the failing CVs (or --only's) to this folder")
    parser.add_argument("--as-of", type=date.fromisoformat, default=AS_OF, help="the date 'present' means")
    args = parser.parse_args(argv)
    if args.only is not None:
        data, truth = make(args.seed, args.only, args.as_of)
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            (args.keep / f"cv{args.only}.docx").write_bytes(data)
        show_one(args.only, data, truth, args.as_of)
        return 0
    started = time.time()
    scores = new_scores()
    by_trait: dict = collections.defaultdict(lambda: [StressCounts(), StressShare()])
    fails: dict = collections.defaultdict(list)
    errors: list = []
    for index in range(args.count):
        data, truth = make(args.seed, index, args.as_of)
        try:
            report = read(data, args.as_of)
        except Exception as error:  # noqa: BLE001  (a crash is a finding, not the end of the run)
            errors.append(f"#{index}: {type(error).__name__}: {error}")
            continue
        local = new_scores()
        wrong = score(report, truth, local)
        for key in scores:
            if isinstance(scores[key], StressCounts):
                c = local[key]
                scores[key].add(c.tp, c.fp, c.fn)
            else:
                scores[key].add(bool(local[key].hits))
        for trait, value in truth.traits.items():
            cell = by_trait[(trait, value)]
            c = local[MEASURES[0]]
            cell[0].add(c.tp, c.fp, c.fn)
            cell[1].add(bool(local["years within 1 year"].hits))
        if "roles" in wrong:
            fails["roles"].append(failure_line(index, truth, report))
        if "years" in wrong:
            fails["years"].append(f"#{index} years read {wrong['years']}, true {truth.years}")
        if "is_pm" in wrong:
            fails["is a project manager"].append(f"#{index} read {wrong['is_pm']}, true {truth.is_pm}")
        if "level" in wrong:
            fails["level band"].append(f"#{index} read {wrong['level']}, true {truth.level} (pm {truth.pm_years})")
        if args.keep and wrong:
            args.keep.mkdir(parents=True, exist_ok=True)
            (args.keep / f"cv{index}.docx").write_bytes(data)
    elapsed = time.time() - started
    print(f"vacancy-style Word CVs: {args.count} drawn, seed {args.seed}, as of {args.as_of} ({elapsed:.0f} s)")
    for key, value in scores.items():
        print(f"  {key:34} {value}")
    if errors:
        print(f"  errors: {len(errors)}")
        for error in errors[:args.show]:
            print(f"    {error}")
    print("\n## by trait: roles F1, years within 1 year")
    for (trait, value) in sorted(by_trait, key=lambda k: (k[0], k[1])):
        counts, years = by_trait[(trait, value)]
        f1 = counts.f1
        print(f"  {trait:16} {value:24} {'-' if f1 is None else f'{f1:.4f}':>7}  {years}")
    for key in ("roles", "years", "is a project manager", "level band"):
        if fails.get(key):
            print(f"\n## {key}: {len(fails[key])} failures")
            for line in fails[key][:args.show]:
                print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
