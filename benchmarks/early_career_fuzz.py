"""Short CVs never seen: a blind, seeded stress set of early-career and career-changer CVs.

    python benchmarks/early_career_fuzz.py                       # 300 CVs, seed 1, as Word files
    python benchmarks/early_career_fuzz.py --as text             # the same CVs as plain text
    python benchmarks/early_career_fuzz.py --as pdf              # as PDFs exported by LibreOffice
    python benchmarks/early_career_fuzz.py --only 17 --keep /tmp/ec   # one CV: its lines, its roles, its file

The other stress sets draw working professionals with a long history.  Many real CVs are short:
a fresh graduate's (education first, one internship or a part-time job, projects, courses,
volunteering, awards, all with dates), a junior's with one to three jobs, a career changer's
(an earlier trade, a course, a first IT job), some with military service, often written in
English by non-native speakers.  Their danger is the other way round: few jobs to find, and many
dated lines that are not jobs.  This set was designed without reading the reader, the structure
stage or the other sets' generators, from how people write such CVs.

What counts as a role (the truth, by construction): a paid or unpaid job held in an
organisation, an internship or work placement, and military service listed in the work history.
Service under a heading of its own ("Military Service") is left out of the truth (neither
expected nor false when found): the reader keeps such a section apart from the work history, as
benchmarks/template_fuzz.py draws it, while a person might count it.  Education (a degree, a
school, "Student, University of ..."), a thesis, academic or personal projects (even with a
role in them: "Scrum Master of the student team"), courses, trainings and certificates,
volunteering, extracurricular activities and awards are NOT roles.  Each role has a title, an
employer, a start (a month, or a year when only the year is written) and an end ("present" when
open; a start followed by a dash and nothing else is read as open, and only the newest job gets
one).  Years of experience: the union of the roles' ranges as of --as-of (a year-only start from
January, a year-only end to December, "Summer" June to August), as benchmarks/labels/README.md
defines them; none when there is no role.

Drawn, each a trait (so a failing class shows as a trait value that scores low): the persona
(fresh graduate, junior, career changer, veteran), the sections present and their order, each
section's heading (the many names people give them) and how headings are set (as written,
capitals, a colon, Word heading styles, bold runs, a table cell, underlined in text), the role's
shape (title over employer, "Title, Employer", one line with a bar, employer first, dates first,
"Position: / Company: / Period:" labels, a table of jobs, "Title at Employer (dates)", dates set
right), the date style (month names, numbers, years only, day-first dates, "since 2021 till now",
"2019 y.") and the short forms of short jobs (a season, two months of one year, a year alone, a
month alone, an open start), how the non-roles are written, and for Word the layout (a paragraph
per line; one paragraph of line breaks, as a PDF-to-Word converter leaves it; a two-column table
with a side column of contact, skills, languages and hobbies).  The first draw (seed 1, before any
fix) read roles at F1 0.72 and years at 87% as Word, 0.71 and 85% as text.  Figures: roles (title + start)
F1, roles with employer, years within one year, false roles by the section they came from, and
the tally by trait.  Every person, employer, school and project is invented.
"""
from __future__ import annotations

import argparse
import collections
import dataclasses
import io
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
sys.path.insert(0, str(ROOT / "benchmarks"))

import docx  # noqa: E402
from docx.enum.text import WD_TAB_ALIGNMENT  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402
from docx.shared import Inches, Pt  # noqa: E402
from rapidfuzz import fuzz  # noqa: E402

import docx_fuzz  # noqa: E402
from realworld import SeededDraw, as_pdfs, stress_arguments  # noqa: E402

AS_OF = date(2026, 11, 30)

FIRST = ["Noor", "Tadeo", "Ilse", "Kofi", "Marisol", "Anouk", "Bogdan", "Yuki", "Farid", "Siobhan", "Luka", "Amara",
         "Oskar", "Thandiwe", "Ravi", "Elif", "Mirela", "Dário", "Hana", "Jonas"]
LAST = ["Achterberg", "Mensah-Cole", "Varga", "Okonjo", "Lindahl", "Petrescu", "Castellanos", "Yilmaz", "Draganova",
        "Fitzwilliam", "Nakashima", "Oyelaran", "Brandvold", "Quispe", "Szabo", "Halloran"]
CITIES = ["Tallinn", "Brno", "Porto", "Gdansk", "Cluj-Napoca", "Kaunas", "Tbilisi", "Lagos", "Pune", "Almaty",
          "Nairobi", "Valencia", "Leeds", "Ghent"]
EMPLOYERS = ["Brightfield Software", "Kestrel Data Labs", "Northwind Logistics", "Bluepine Telecom", "Ostrava Metalworks",
             "Harbourline Insurance", "Quillon Systems", "Redmoss Retail Group", "Sunvale Hospital Trust", "Tidewater Bank",
             "Copperleaf Consulting", "Meridian Hotels", "Granite Peak Energy", "Lumen Edu Tech", "Pixelorchard Studio",
             "Vantor Pharma", "Greyhaven Municipal Office", "Silverbirch Foods", "Cobalt Mobility", "Aldergate Media"]
IT_TITLES = ["Project Management Intern", "IT Intern", "Junior Project Coordinator", "Project Assistant",
             "Junior Business Analyst", "QA Tester", "Help Desk Technician", "IT Support Specialist",
             "Junior Software Developer", "Junior Scrum Master", "PMO Assistant", "Data Analyst Intern",
             "Project Coordinator", "Junior Project Manager", "Technical Support Engineer", "Business Analyst Trainee"]
INTERN_TITLES = ["Project Management Intern", "IT Intern", "Data Analyst Intern", "Software Engineering Intern",
                 "Business Analyst Trainee", "PMO Intern", "Summer Intern", "Marketing Intern", "Trainee"]
OTHER_TITLES = ["Sales Assistant", "Barista", "Waiter", "Warehouse Operative", "Customer Service Agent",
                "Teaching Assistant", "Bookkeeper", "Store Supervisor", "Call Center Operator", "Receptionist",
                "Logistics Coordinator", "Nurse", "Accountant", "Chef de Partie", "Delivery Driver", "Bank Teller"]
MILITARY = [("Signals Operator", "National Army"), ("Logistics Specialist", "Armed Forces"),
            ("Communications Sergeant", "Territorial Defence Forces"), ("Radio Operator", "Army Reserve"),
            ("Supply Clerk", "Navy")]
DUTIES = ["Kept the project plan and RAID log up to date", "Prepared weekly status reports for the team lead",
          "Organised sprint ceremonies and took the notes", "Tested new releases and logged defects in Jira",
          "Answered user tickets and reset accounts", "Helped customers choose products and handled the till",
          "Built dashboards in Excel and Power BI", "Coordinated deliveries with three suppliers",
          "Trained two new colleagues", "Wrote meeting minutes and followed up on actions",
          "Managed stock and opening hours of the shop", "Maintained the team's Confluence pages"]
SCHOOLS = ["University of Westmarch", "Eastbrook Technical University", "Valdora Polytechnic Institute",
           "Riverside College of Business", "State University of Norhaven", "Kestrelford University"]
HIGH_SCHOOLS = ["Secondary School No. 12", "Linden Grammar School", "Lyceum of Applied Sciences No. 3"]
DEGREES = ["Bachelor of Science in Information Systems", "BSc Computer Science", "Bachelor's degree in Business Informatics",
           "Master of Project Management", "MSc Information Technology Management", "Bachelor of Economics",
           "Bachelor of Engineering, Telecommunications", "BA in Management"]
THESES = ["Agile practices in small software teams", "Risk registers in public IT projects",
          "A booking system for a university library", "Measuring delivery speed with Kanban metrics"]
COURSEWORK = ["Project Management, Databases, Software Engineering, Statistics",
              "IT Service Management, Systems Analysis, Accounting", "Agile Methods, Web Development, Business Law"]
PROJECTS = ["Library seat booking app", "Smart parking prototype", "Inventory tracker for a student shop",
            "Campus events website", "Chatbot for course enrolment", "Energy use dashboard"]
PROJECT_ROLES = ["Team lead", "Scrum Master", "Project manager", "Developer", "Product owner"]
COURSES = [("Scrum Fundamentals Certified", "SCRUMstudy"), ("Google Project Management Certificate", "Coursera"),
           ("ITIL 4 Foundation", "Axelos"), ("Agile Project Management", "Udemy"), ("Professional Scrum Master I", "Scrum.org"),
           ("Introduction to SQL", "Stepik"), ("Jira Fundamentals", "Atlassian University"),
           ("CAPM exam preparation course", "PMI chapter")]
TRAININGS = ["Training 'Effective communication in teams'", "Workshop on risk management",
             "Course 'Basics of 1C accounting'", "Seminar 'Leading meetings'"]
VOLUNTEERING = [("Volunteer", "City Food Bank"), ("Volunteer coordinator", "Riverside Animal Shelter"),
                ("Event volunteer", "Open Source Summit"), ("Mentor", "Girls Who Build Club"),
                ("Volunteer English teacher", "Community Centre")]
EXTRACURRICULAR = ["Member of the student council", "Organiser of the university debate club",
                   "Captain of the faculty volleyball team", "Editor of the student newspaper"]
AWARDS = ["Dean's List", "Second place, regional programming olympiad", "Best student project award",
          "Merit scholarship", "First place, university hackathon"]
SKILLS = ["MS Office, Excel (pivot tables)", "Jira, Trello, Confluence", "SQL, Python (basic)", "Scrum, Kanban",
          "MS Project, Miro", "Communication, teamwork, time management"]
LANGUAGES = ["English - B2", "English (fluent)", "German - A2", "Russian - native", "Spanish (native)", "French - basic",
             "Polish - C1", "Turkish (mother tongue)"]
HOBBIES = ["Chess, hiking, photography", "Football and cooking", "Reading, board games", "Volunteering, cycling"]
OBJECTIVES = ["Motivated graduate looking for an entry-level role in IT project coordination.",
              "Seeking an internship or junior position where I can grow as a project manager.",
              "Career changer moving into IT project management after completing Scrum and PM courses.",
              "Responsible and quick learner, ready to support delivery teams."]

MONTHS = "January February March April May June July August September October November December".split()
MON = [m[:3] for m in MONTHS]
PRESENT = ["Present", "present", "now", "Current", "to date", "till now", "ongoing"]

HEADINGS = {
    "objective": ["Objective", "Career Objective", "Summary", "About me", "Profile"],
    "education": ["Education", "Education and Training", "Academic Background", "Educational Background", "Studies"],
    "work": ["Work Experience", "Experience", "Professional Experience", "Employment History", "Work History",
             "Employment", "Relevant Experience"],
    "internship": ["Internship", "Internships", "Practical Training", "Internship Experience", "Work Placement"],
    "military": ["Military Service", "Military Experience"],
    "projects": ["Projects", "Academic Projects", "Personal Projects", "University Projects"],
    "courses": ["Courses", "Trainings", "Certificates", "Certifications", "Courses and Certificates",
                "Additional Education", "Professional Development"],
    "volunteering": ["Volunteering", "Volunteer Experience", "Volunteer Work"],
    "extracurricular": ["Extracurricular activities", "Activities", "Leadership and Activities"],
    "awards": ["Awards", "Achievements", "Honors and Awards"],
    "skills": ["Skills", "Technical Skills", "Key Skills", "Computer skills"],
    "languages": ["Languages", "Language skills"],
    "hobbies": ["Hobbies", "Interests", "Hobbies and interests"],
}
ROLE_SECTIONS = {"work", "internship", "military"}
SIDE_KEYS = {"skills", "languages", "hobbies"}

PERSONAS = {"fresh graduate": 4, "junior": 3, "career changer": 2, "veteran": 1}
DATE_STYLES = {"Mon YYYY": 3, "Month YYYY": 2, "MM/YYYY": 2, "MM.YYYY": 1, "DD.MM.YYYY": 1, "YYYY": 2, "non-native": 2}
ROLE_SHAPES = {"title/employer/dates lines": 3, "title, employer + dates": 2, "one line with bars": 2, "employer first": 2,
               "dates first": 2, "labels": 2, "table": 2, "title at employer (dates)": 1, "dates set right": 2}
HEADING_CASES = {"as written": 4, "CAPITALS": 2, "colon": 2, "CAPITALS colon": 1}
DOCX_HEADING_SETS = {"heading style": 3, "bold run": 3, "plain": 1, "table cell": 1}
DOCX_LAYOUTS = {"paragraphs": 6, "one paragraph of line breaks": 1, "two-column table": 1}
TEXT_HEADING_SETS = {"plain": 3, "underlined": 1}


@dataclass
class Para:
    """One line as written: what it is (heading, line, bullet, name), and text set right of it."""

    text: str
    kind: str = "line"
    right: Optional[str] = None


@dataclass
class Entry:
    """One item of a section (a job, a school, a course), the lines it is written in, and the
    cells it takes when its section is a table (dates left, the rest right)."""

    lines: list[Para]
    cells: Optional[tuple[str, list[Para]]] = None


@dataclass
class Section:
    key: str
    heading: str
    entries: list[Entry]


@dataclass(frozen=True)
class Role:
    title: str
    employer: str
    start: str
    end: str


@dataclass
class Truth(docx_fuzz.Truth):
    """docx_fuzz's truth (its show_one and score read it), with the CV's sections and the roles
    left out of the count."""

    sections: list[Section] = field(default_factory=list)
    untold: list[Role] = field(default_factory=list)  # neither expected nor counted false when found


@dataclass
class Job:
    title: str
    employer: str
    city: str
    start: tuple[int, int]
    end: Optional[tuple[int, int]]  # None: still there
    key: str  # the section it goes in: work, internship, military


def iso(month: tuple[int, int]) -> str:
    return f"{month[0]:04d}-{month[1]:02d}"


def shift(month: tuple[int, int], by: int) -> tuple[int, int]:
    index = month[0] * 12 + month[1] - 1 + by
    return index // 12, index % 12 + 1


class Draw(SeededDraw):
    """One CV: its sections as lines, and its truth."""

    def __init__(self, seed: int, index: int, as_of: date, form: str) -> None:
        super().__init__(f"early-career-{seed}-{index}", as_of)
        self.form = form
        self.now = (as_of.year, as_of.month)

    # ------------------------------------------------------------ the career

    def careers(self) -> tuple[str, list[Job], dict]:
        persona = self.weighted("persona", PERSONAS)
        r = self.r
        graduated = shift(self.now, -r.randint(2, 40))
        graduated = (graduated[0], r.choice([6, 7]))
        if graduated > self.now:
            graduated = (graduated[0] - 1, 6)
        study = {"end": graduated, "start": (graduated[0] - r.choice([3, 4, 4, 5]), 9)}
        jobs: list[Job] = []
        if persona == "fresh graduate":
            shapes = self.weighted("jobs", {"one internship": 3, "internship + part-time": 2, "one part-time job": 2,
                                            "two internships": 1, "no job": 1})
            if "internship" in shapes:
                summer = (graduated[0] - 1, 6)
                jobs.append(self.job("intern", summer, r.choice([2, 3]), "internship"))
                if shapes == "two internships":
                    jobs.append(self.job("intern", (graduated[0] - 2, 7), r.choice([1, 2]), "internship"))
            if "part-time" in shapes:
                start = (study["start"][0] + 1, r.choice([2, 10]))
                current = self.chance(0.4)
                jobs.append(self.job("other", start, None if current else r.randint(8, 20), "work"))
            if self.chance(0.35) and shapes != "no job":  # a first job after graduating
                start = shift(graduated, r.randint(2, 5))
                if start < self.now:
                    jobs.append(self.job("it", start, None, "work"))
        elif persona == "junior":
            count = self.weighted("jobs", {"1": 2, "2": 3, "3": 2})
            cursor = shift(graduated, r.randint(-1, 4))
            if self.chance(0.5):
                jobs.append(self.job("intern", (graduated[0] - 1, 7), r.choice([2, 3]), "internship"))
            for number in range(int(count)):
                if cursor >= self.now:
                    break
                last = number == int(count) - 1
                length = None if last and self.chance(0.7) else r.randint(7, 24)
                jobs.append(self.job("it", cursor, length, "work"))
                if length is None:
                    break
                cursor = shift(cursor, length + r.randint(0, 3))
        elif persona == "career changer":
            study = {"end": (self.now[0] - r.randint(8, 14), 6)}
            study["start"] = (study["end"][0] - 4, 9)
            cursor = shift(study["end"], r.randint(1, 4))
            for _ in range(r.randint(1, 2)):
                length = r.randint(18, 50)
                jobs.append(self.job("other", cursor, length, "work"))
                cursor = shift(cursor, length + r.randint(0, 2))
            cursor = shift(cursor, r.randint(1, 6))  # the course, then the first IT job
            if cursor < self.now:
                jobs.append(self.job("it", cursor, None if self.chance(0.7) else max(1, min(18, self.months_to_now(cursor) - 1)), "work"))
        else:  # veteran
            start = (self.now[0] - r.randint(7, 11), r.randint(1, 12))
            length = r.randint(12, 30)
            title, employer = r.choice(MILITARY)
            jobs.append(Job(title, employer, r.choice(CITIES), start, shift(start, length), "military"))
            study = {"start": (shift(start, length)[0], 9)}
            study["end"] = (study["start"][0] + 3, 6)
            cursor = shift(study["end"], r.randint(1, 4))
            for _ in range(r.randint(1, 2)):
                if cursor >= self.now:
                    break
                length = r.randint(8, 30)
                if shift(cursor, length) >= self.now:
                    jobs.append(self.job("it", cursor, None, "work"))
                    break
                jobs.append(self.job("it", cursor, length, "work"))
                cursor = shift(cursor, length + r.randint(0, 3))
        jobs = [job for job in jobs if job.start < self.now and (job.end is None or job.end <= self.now)]
        jobs.sort(key=lambda job: job.start, reverse=True)
        if len({job.start for job in jobs}) < len(jobs):  # two jobs started the same month: keep one
            jobs = [job for i, job in enumerate(jobs) if job.start not in {j.start for j in jobs[:i]}]
        return persona, jobs, study

    def months_to_now(self, month: tuple[int, int]) -> int:
        return (self.now[0] - month[0]) * 12 + self.now[1] - month[1]

    def job(self, kind: str, start: tuple[int, int], length: Optional[int], key: str) -> Job:
        title = self.r.choice({"intern": INTERN_TITLES, "it": IT_TITLES, "other": OTHER_TITLES}[kind])
        end = None if length is None else shift(start, length - 1)
        if end is not None and end > self.now:
            end = None
        return Job(title, self.r.choice(EMPLOYERS), self.r.choice(CITIES), start, end, key)

    # ------------------------------------------------------------ dates

    def month_text(self, month: tuple[int, int], style: str) -> str:
        year, number = month
        if style in ("Mon YYYY", "non-native"):
            return f"{MON[number - 1]} {year}"
        if style == "Month YYYY":
            return f"{MONTHS[number - 1]} {year}"
        if style == "MM/YYYY":
            return f"{number:02d}/{year}"
        if style == "MM.YYYY":
            return f"{number:02d}.{year}"
        if style == "DD.MM.YYYY":
            return f"{1 if self.chance(0.6) else self.r.randint(2, 28):02d}.{number:02d}.{year}"
        return str(year)

    def range_text(self, job: Job, style: str, dash: str) -> tuple[str, str, str]:
        """The dates as written, and the truth's start and end."""
        years_only = style == "YYYY"
        start = str(job.start[0]) if years_only else iso(job.start)
        if job.end is None:
            end_word = self.pick(PRESENT)
            if style == "non-native" and self.chance(0.6):
                if self.chance(0.5):
                    return f"since {self.month_text(job.start, style)} till now", start, "present"
                return f"since {job.start[0]} till now", str(job.start[0]), "present"
            return f"{self.month_text(job.start, style)}{dash}{end_word}", start, "present"
        end = str(job.end[0]) if years_only else iso(job.end)
        if style == "DD.MM.YYYY":
            last_day = 28 if job.end[1] == 2 else 30 if job.end[1] in (4, 6, 9, 11) else 31
            return f"{self.month_text(job.start, style)}{dash}{last_day:02d}.{job.end[1]:02d}.{job.end[0]}", start, end
        return f"{self.month_text(job.start, style)}{dash}{self.month_text(job.end, style)}", start, end

    def short_text(self, job: Job, style: str, dash: str) -> Optional[tuple[str, str, str]]:
        """A short job's own forms, when it fits in one year: a season, two months of one year, a
        year alone, a month alone."""
        if job.end is None or job.end[0] != job.start[0]:
            return None
        year = job.start[0]
        forms = {"range as the CV's": 4, "two months of one year": 2, "one month": 1}
        if job.start == (year, 6) and job.end == (year, 8):
            forms["season"] = 4
        if job.start[1] <= 2 and job.end[1] >= 11 or job.key == "internship":
            forms["year alone"] = 1
        form = self.weighted("short date", forms)
        if form == "season":
            return f"Summer {year}", iso(job.start), iso(job.end)
        if form == "two months of one year" and job.end[1] > job.start[1]:
            first, last = (MONTHS, MONTHS) if self.chance(0.5) else (MON, MON)
            return f"{first[job.start[1] - 1]}{dash}{last[job.end[1] - 1]} {year}", iso(job.start), iso(job.end)
        if form == "one month" and job.end == job.start:
            return f"{MONTHS[job.start[1] - 1]} {year}", iso(job.start), iso(job.end)
        if form == "year alone":
            return (f"{year} y." if style == "non-native" else str(year)), str(year), str(year)
        return None

    def dates(self, job: Job, style: str, newest: bool) -> tuple[str, str, str]:
        dash = self.pick([" - ", " – ", " — ", "-", " to "])
        if style == "YYYY" and dash == "-":
            dash = " - "
        short = self.short_text(job, style, dash)
        if short:
            return short
        if job.end is None and newest and style != "YYYY" and self.chance(0.12):
            self.traits["open start"] = "yes"
            return f"{self.month_text(job.start, style)}{dash.rstrip() if dash.strip() else ' -'}", iso(job.start), "present"
        return self.range_text(job, style, dash)

    # ------------------------------------------------------------ sections

    def heading(self, key: str) -> str:
        text = self.pick(HEADINGS[key])
        if key in ROLE_SECTIONS:
            self.traits[f"{key} heading"] = text
        case = self.traits["heading case"]
        if "CAPITALS" in case:
            text = text.upper()
        if "colon" in case:
            text += ":"
        return text

    def role_entry(self, job: Job, shape: str, style: str, newest: bool) -> tuple[Entry, Role]:
        when, start, end = self.dates(job, style, newest)
        title, employer, city = job.title, job.employer, job.city
        duties = [Para(d, "bullet") for d in self.r.sample(DUTIES, self.r.randint(0, 3))]
        place = f"{employer}, {city}" if self.chance(0.5) else employer
        lines: list[Para]
        cells = None
        if shape == "title/employer/dates lines":
            lines = [Para(title), Para(place), Para(when)]
        elif shape == "title, employer + dates":
            lines = [Para(f"{title}, {place}"), Para(when)]
        elif shape == "one line with bars":
            lines = [Para(f"{title} | {employer} | {when}")]
        elif shape == "employer first":
            lines = [Para(f"{employer} — {title}"), Para(when)] if self.chance(0.5) else [Para(place), Para(title), Para(when)]
        elif shape == "dates first":
            lines = [Para(f"{when}   {title}, {employer}")] if self.chance(0.5) else [Para(when), Para(f"{title}, {place}")]
        elif shape == "labels":
            lines = [Para(f"Period: {when}"), Para(f"Company: {place}"), Para(f"Position: {title}")]
            order = self.traits.get("label order") or self.weighted("label order", {"period first": 1, "company first": 1})
            if order == "company first":
                lines = [lines[1], lines[2], lines[0]]  # (one order throughout the CV, as people keep it)
            if duties:
                lines.append(Para("Responsibilities:"))
        elif shape == "table":
            lines = [Para(f"{when}   {title}, {employer}")]
            cells = (when, [Para(title), Para(place)] + duties)
        elif shape == "title at employer (dates)":
            lines = [Para(f"{title} at {employer} ({when})")]
        else:  # dates set right
            lines = [Para(f"{title}, {employer}", right=when)]
        return Entry(lines + duties, cells), Role(title, employer, start, end)

    def education(self, persona: str, study: dict, style: str) -> list[Entry]:
        school, degree = self.pick(SCHOOLS), self.pick(DEGREES)
        first = self.month_text(study["start"], style) if style != "YYYY" and self.chance(0.4) else str(study["start"][0])
        ongoing = study["end"] > self.now
        last = (self.pick(["present", "expected " + str(study["end"][0])]) if ongoing
                else self.month_text(study["end"], style) if first[0].isalpha() or "/" in first else str(study["end"][0]))
        span = f"{first} - {last}"
        shape = self.weighted("education shape", {"degree / school, dates": 3, "dates first": 2, "student, school, dates": 1,
                                                  "degree (dates)": 2})
        if shape == "degree / school, dates":
            lines = [Para(degree), Para(f"{school}, {span}")]
        elif shape == "dates first":
            lines = [Para(f"{span}   {school}"), Para(degree)]
        elif shape == "student, school, dates":
            lines = [Para(f"Student, {school}"), Para(degree), Para(span)]
        else:
            lines = [Para(f"{degree}, {school} ({span})")]
        extra = self.r.sample(["gpa", "thesis", "coursework"], self.r.randint(0, 3))
        if "gpa" in extra:
            lines.append(Para(f"GPA: {self.r.choice(['3.4', '3.7', '3.9'])}/4.0"))
        if "thesis" in extra:
            lines.append(Para(f"Thesis: \"{self.pick(THESES)}\" ({study['end'][0]})" if self.chance(0.5)
                              else f"Bachelor thesis: {self.pick(THESES)}"))
        if "coursework" in extra:
            lines.append(Para(f"Relevant coursework: {self.pick(COURSEWORK)}"))
        entries = [Entry(lines, (span, [Para(degree), Para(school)] + lines[2:]))]
        if self.chance(0.3):
            start = study["start"][0] - 4
            hs = f"{start} - {study['start'][0]}"
            entries.append(Entry([Para(f"{self.pick(HIGH_SCHOOLS)}, {hs}")], (hs, [Para(self.pick(HIGH_SCHOOLS))])))
        return entries

    def dated_items(self, key: str, around: int) -> list[Entry]:
        """Projects, courses, volunteering, activities and awards: dated lines that are not jobs."""
        r = self.r
        entries = []
        for _ in range(r.randint(1, 3)):
            year = around - r.randint(0, 3)
            year = min(year, self.now[0])
            month = r.randint(1, 12) if year < self.now[0] else r.randint(1, self.now[1])
            if key == "projects":
                name, role = self.pick(PROJECTS), self.pick(PROJECT_ROLES)
                month = min(month, 10)
                span = f"{MON[month - 1]} {year} - {MON[month + 1]} {year}"
                form = self.weighted("project shape", {"name (dates)": 2, "name | role | dates": 2, "name / role, dates": 2})
                if form == "name (dates)":
                    lines = [Para(f"{name} ({span})"), Para("Built with a team of four students; I planned the sprints.", "bullet")]
                elif form == "name | role | dates":
                    lines = [Para(f"{name} | {role} | {span}")]
                else:
                    lines = [Para(name), Para(f"{role}, {span}"), Para("Course project graded A.", "bullet")]
                entries.append(Entry(lines, (span, [Para(name), Para(role)])))
            elif key == "courses":
                if self.chance(0.25):
                    text = f"{self.pick(TRAININGS)}, {year}"
                    entries.append(Entry([Para(text)], (str(year), [Para(text.rsplit(',', 1)[0])])))
                    continue
                course, provider = self.pick(COURSES)
                form = self.weighted("course shape", {"course, year": 2, "course - provider (Month YYYY)": 2,
                                                      "year first": 1, "course / provider / year": 1})
                if form == "course, year":
                    lines = [Para(f"{course}, {year}")]
                elif form == "course - provider (Month YYYY)":
                    lines = [Para(f"{course} - {provider} ({MONTHS[month - 1]} {year})")]
                elif form == "year first":
                    lines = [Para(f"{year}   {course}, {provider}")]
                else:
                    lines = [Para(course), Para(provider), Para(str(year))]
                entries.append(Entry(lines, (str(year), [Para(course), Para(provider)])))
            elif key == "volunteering":
                role, place = self.pick(VOLUNTEERING)
                span = f"{year - r.randint(0, 2)} - {year}" if self.chance(0.6) else f"{MON[month - 1]} {year}"
                lines = [Para(f"{role}, {place}"), Para(span), Para("Helped organise weekend events.", "bullet")] if self.chance(0.5) \
                    else [Para(f"{role} - {place} ({span})")]
                entries.append(Entry(lines, (span, [Para(role), Para(place)])))
            elif key == "extracurricular":
                text = self.pick(EXTRACURRICULAR)
                span = f"{year - 1} - {year}"
                entries.append(Entry([Para(f"{text} ({span})")], (span, [Para(text)])))
            else:  # awards
                text = self.pick([award for award in AWARDS if not any(award in para.text for e in entries for para in e.lines)])
                entries.append(Entry([Para(f"{text}, {year}" if self.chance(0.6) else f"{year} - {text}")], (str(year), [Para(text)])))
        return entries

    def plain_items(self, key: str) -> list[Entry]:
        source = {"skills": SKILLS, "languages": LANGUAGES, "hobbies": HOBBIES, "objective": OBJECTIVES}[key]
        count = 1 if key in ("objective", "hobbies") else self.r.randint(2, 4)
        return [Entry([Para(text)]) for text in self.r.sample(source, count)]

    # ------------------------------------------------------------ the CV

    def draw(self) -> tuple[list[Section], list[Para], Truth]:
        persona, jobs, study = self.careers()
        style = self.weighted("date style", DATE_STYLES)
        shape = self.weighted("role shape", ROLE_SHAPES if self.form != "text" else
                              {k: v for k, v in ROLE_SHAPES.items() if k != "table"})
        self.weighted("heading case", HEADING_CASES)
        self.weighted("heading set", DOCX_HEADING_SETS if self.form != "text" else TEXT_HEADING_SETS)
        if self.form != "text":
            self.weighted("layout", DOCX_LAYOUTS)
        internships_apart = self.weighted("internships", {"in the work section": 1, "a section of their own": 1}) \
            if any(job.key == "internship" for job in jobs) and any(job.key != "internship" for job in jobs) else None
        roles: list[Role] = []
        untold: list[Role] = []
        by_key: dict[str, list[Entry]] = collections.defaultdict(list)
        for number, job in enumerate(jobs):
            entry, role = self.role_entry(job, shape, style, number == 0)
            key = "internship" if job.key == "internship" and (internships_apart != "in the work section"
                                                                 and (internships_apart or self.chance(0.5))) else job.key
            if job.key == "military" and self.chance(0.4):
                key = "work"
            by_key[key].append(entry)
            if key == "military":
                untold.append(role)  # service in a section of its own: left out of the truth
            else:
                roles.append(role)
        graduated = study["end"][0]
        sections = [Section("education", self.heading("education"), self.education(persona, study, style))]
        for key, chance in (("projects", 0.6), ("courses", 0.7), ("volunteering", 0.4), ("extracurricular", 0.25), ("awards", 0.3)):
            if self.chance(chance if persona != "career changer" or key != "courses" else 0.95):
                around = graduated if key != "courses" else min(self.now[0], graduated + self.r.randint(0, 4))
                sections.append(Section(key, self.heading(key), self.dated_items(key, around)))
        work_sections = [Section(key, self.heading(key), by_key[key]) for key in ("work", "internship", "military") if by_key[key]]
        order = self.weighted("order", {"education first": 3 if persona == "fresh graduate" else 1, "work first": 2})
        body = (sections[:1] + work_sections + sections[1:]) if order == "education first" else (work_sections + sections)
        if self.chance(0.6):
            body.insert(0, Section("objective", self.heading("objective"), self.plain_items("objective")))
        for key in ("skills", "languages", "hobbies"):
            if self.chance(0.7):
                body.append(Section(key, self.heading(key), self.plain_items(key)))
        for key in ("projects", "courses", "volunteering", "extracurricular", "awards"):
            self.traits[f"has {key}"] = "yes" if any(s.key == key for s in body) else "no"
        self.traits["roles"] = str(len(roles))
        name = f"{self.pick(FIRST)} {self.pick(LAST)}"
        top = [Para(name, "name"), Para(f"{name.split()[0].lower()}.{self.r.randint(10, 99)}@mail.example | +371 2{self.r.randint(1000000, 9999999)} | "
                                         f"{self.pick(CITIES)}")]
        if self.chance(0.3):
            top.insert(0, Para(self.pick(["CURRICULUM VITAE", "Curriculum Vitae", "RESUME", "CV"]), "name"))
        years = docx_fuzz.union_years([(role.start, role.end) for role in roles], self.as_of) if roles else None
        pm_titles = [role for role in roles if any(word in role.title.lower() for word in ("project", "scrum", "pmo"))
                     and "intern" not in role.title.lower() and "assistant" not in role.title.lower()]
        pm_years = docx_fuzz.union_years([(r.start, r.end) for r in pm_titles], self.as_of) or 0.0
        truth = Truth(roles, years, self.as_of, bool(pm_titles), docx_fuzz.level_of(pm_years, bool(pm_titles)), dict(self.traits), body,
                      untold)
        return body, top, truth


# ---------------------------------------------------------------- writing


def text_cv(body: list[Section], top: list[Para], traits: dict) -> bytes:
    bullet = "• " if traits.get("persona") != "veteran" else "- "
    out = [para.text for para in top] + [""]
    for section in body:
        out.append(section.heading)
        if traits["heading set"] == "underlined":
            out.append("-" * len(section.heading))
        for entry in section.entries:
            for para in entry.lines:
                text = bullet + para.text if para.kind == "bullet" else para.text
                out.append(f"{text}{' ' * max(4, 60 - len(text))}{para.right}" if para.right else text)
            out.append("")
    return ("\n".join(out) + "\n").encode("utf-8")


def docx_cv(body: list[Section], top: list[Para], traits: dict, shape: str) -> bytes:
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name, style.font.size = "Calibri", Pt(11)
    layout = traits.get("layout", "paragraphs")
    if layout == "one paragraph of line breaks":
        docx_dump(document, body, top, traits)
    else:
        main, side = document, document
        if layout == "two-column table":
            # a side column (contact, skills, languages, hobbies) beside the main one, as CV
            # templates lay them out in one borderless table row
            table = document.add_table(rows=1, cols=2)
            side, main = table.rows[0].cells
            side.width, main.width = Inches(2.2), Inches(4.8)
        docx_top(side if layout == "two-column table" else document, top, layout)
        for section in body:
            where = side if section.key in SIDE_KEYS else main
            docx_heading(where, section.heading, traits["heading set"])
            if shape == "table" and section.key in ROLE_SECTIONS | {"education"} and all(e.cells for e in section.entries):
                docx_table(where, section.entries)
                continue
            for entry in section.entries:
                for para in entry.lines:
                    docx_line(where, para, shape)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def docx_top(where, top: list[Para], layout: str) -> None:
    first = True
    for para in top:
        p = where.paragraphs[0] if layout == "two-column table" and first else where.add_paragraph()
        run = p.add_run(para.text)
        if para.kind == "name":
            run.bold, run.font.size = True, Pt(18 if first else 14)
        first = False


def docx_dump(document, body: list[Section], top: list[Para], traits: dict) -> None:
    """What a PDF-to-Word converter leaves of a CV: one paragraph, a line break after each line."""
    lines = [para.text for para in top]
    for section in body:
        lines.append(section.heading)
        for entry in section.entries:
            for para in entry.lines:
                text = "• " + para.text if para.kind == "bullet" else para.text
                lines.append(f"{text}   {para.right}" if para.right else text)
    run = document.add_paragraph().add_run()
    for number, line in enumerate(lines):
        if number:
            run.add_break()
        run.add_text(line)


def docx_heading(where, text: str, how: str) -> None:
    if how == "heading style":
        where.add_paragraph(text, style="Heading 1")
    elif how == "table cell":
        table = where.add_table(rows=1, cols=1) if hasattr(where, "add_table") and not hasattr(where, "_tc") \
            else where.add_table(1, 1)
        cell = table.rows[0].cells[0]
        cell.paragraphs[0].add_run(text).bold = True
        cell._tc.get_or_add_tcPr().append(parse_xml(
            '<w:shd xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:val="clear" w:fill="D9E2F3"/>'))
    else:
        run = where.add_paragraph().add_run(text)
        run.bold = how == "bold run"


def docx_line(where, para: Para, shape: str):
    if para.kind == "bullet":
        return where.add_paragraph(para.text, style="List Bullet")
    p = where.add_paragraph()
    if para.right:
        p.paragraph_format.tab_stops.add_tab_stop(Inches(6.3), WD_TAB_ALIGNMENT.RIGHT)
        p.add_run(para.text).bold = True
        p.add_run("\t" + para.right)
        return p
    label, colon, rest = para.text.partition(": ")
    if shape == "labels" and colon and label in ("Period", "Company", "Position"):
        p.add_run(label + ": ").bold = True
        p.add_run(rest)
        return p
    p.add_run(para.text)
    return p


def docx_table(where, entries: list[Entry]) -> None:
    """A row per entry: the dates in a narrow left cell, the rest in the right one."""
    table = where.add_table(rows=0, cols=2) if not hasattr(where, "_tc") else where.add_table(0, 2)
    for entry in entries:
        when, lines = entry.cells  # type: ignore[misc]
        row = table.add_row().cells
        row[0].width, row[1].width = Inches(1.6), Inches(4.9)
        row[0].paragraphs[0].add_run(when)
        row[1].paragraphs[0].add_run(lines[0].text).bold = True
        for para in lines[1:]:
            row[1].add_paragraph(("• " if para.kind == "bullet" else "") + para.text)


def make(seed: int, index: int, as_of: date, form: str) -> tuple[bytes, Truth]:
    draw = Draw(seed, index, as_of, form)
    body, top, truth = draw.draw()
    if form == "text":
        return text_cv(body, top, truth.traits), truth
    return docx_cv(body, top, truth.traits, truth.traits["role shape"]), truth


# ---------------------------------------------------------------- scoring


def false_role_source(found: dict, truth: Truth) -> str:
    """The section a role found but not in the truth came from: the section whose entry holds
    its title best (a work section when a job was misread)."""
    title = (found.get("title") or "").lower()
    best, score = "nowhere", 0.0
    for section in truth.sections:
        for entry in section.entries:
            text = " ".join(para.text for para in entry.lines).lower()
            value = fuzz.partial_ratio(title, text) if title else 0.0
            if value > score:
                best, score = section.key, value
    if score < 80:
        return "nowhere"
    return "a job misread" if best in ROLE_SECTIONS else best


def without_untold(read_back, truth: Truth):
    """The reading without the roles the truth leaves out (service in a section of its own, which
    the reader may read as a job or not): neither a miss nor a false role."""
    profile = read_back[0]
    kept = tuple(work for work in profile.work if not any(
        docx_fuzz.same_month(work.startDate, role.start) and docx_fuzz.title_like(work.position, role.title) for role in truth.untold))
    if len(kept) == len(profile.work):
        return read_back
    from profilecheck.facts import years_of_experience

    profile = dataclasses.replace(profile, work=kept)
    return (profile, years_of_experience(profile, truth.as_of)[0], *read_back[2:])


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    stress_arguments(parser, "CV", AS_OF)
    parser.add_argument("--full", action="store_true", help="the whole analysis: also level band and 'is a project manager'")
    parser.add_argument("--traits", type=float, default=1.0, help="show only the traits scoring under this F1 or share (default 1: all)")
    parser.add_argument("--as", dest="form", choices=("docx", "text", "pdf"), default="docx",
                        help="Word files (default), plain text, or the PDFs LibreOffice exports from the Word files")
    args = parser.parse_args(argv)
    indexes = [args.only] if args.only is not None else list(range(args.count))
    tally = docx_fuzz.Tally()
    sources: collections.Counter = collections.Counter()
    errors: list[str] = []
    started = time.perf_counter()
    drawn = {index: make(args.seed, index, args.as_of, "text" if args.form == "text" else "docx") for index in indexes}
    if args.form == "pdf":
        pdfs = as_pdfs({index: data for index, (data, _) in drawn.items()})
        errors += [f"#{index}: LibreOffice wrote no PDF" for index in indexes if index not in pdfs]
        drawn = {index: (pdfs[index], truth) for index, (_, truth) in drawn.items() if index in pdfs}
    name = {"docx": "cv.docx", "text": "cv.txt", "pdf": "cv.pdf"}[args.form]
    for index, (data, truth) in drawn.items():
        failed_before = sum(len(v) for v in tally.fails.values())
        try:
            read_back = docx_fuzz.read(data, args.as_of, args.full, name)
        except Exception as error:  # a crash is a finding too
            errors.append(f"#{index}: {type(error).__name__}: {error}")
            read_back = None
        if read_back is not None:
            read_back = without_untold(read_back, truth)
            docx_fuzz.score(tally, index, truth, read_back)
            expected = [{"title": r.title, "start": r.start} for r in truth.roles]
            for found in docx_fuzz.found_roles(read_back[0]):
                if not any(docx_fuzz.same_month(found["start"], e["start"]) and docx_fuzz.title_like(found["title"], e["title"])
                           for e in expected):
                    sources[false_role_source(found, truth)] += 1
        failed = read_back is None or sum(len(v) for v in tally.fails.values()) > failed_before
        if args.keep and (failed or args.only is not None):
            args.keep.mkdir(parents=True, exist_ok=True)
            (args.keep / f"early-career-{args.seed}-{index}.{name.rsplit('.', 1)[1]}").write_bytes(data)
        if args.only is not None and read_back is not None:
            docx_fuzz.show_one(data, truth, read_back, args.as_of, name)
    seconds = time.perf_counter() - started
    print(f"# early-career CV fuzz: {len(indexes)} CVs, seed {args.seed}, read as "
          f"{ {'docx': 'Word files', 'text': 'plain text', 'pdf': 'PDFs exported by LibreOffice'}[args.form]}, as of {args.as_of} ({seconds:.0f} s)")
    print("  false roles by their section      " + (", ".join(f"{source} {count}" for source, count in sources.most_common()) or "none"))
    docx_fuzz.print_tally(tally, errors, args, "CVs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
