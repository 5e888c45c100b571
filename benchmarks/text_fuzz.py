"""Plain-text resumes never seen: a seeded stress set of .txt resumes as people type and tools export them.

    python benchmarks/text_fuzz.py                          # 300 resumes, seed 1
    python benchmarks/text_fuzz.py --count 1000 --seed 7 --show 5
    python benchmarks/text_fuzz.py --only 41                # one resume: its text, its truth, what was read
    python benchmarks/text_fuzz.py --only 41 --keep /tmp/tf # ... and its file written
    python benchmarks/text_fuzz.py --traits 0.95            # only the traits scoring under 0.95

benchmarks/textshapes.py reads the development PDFs' and Word CVs' own text again in a few shapes;
nothing there was written as text.  This draws IT-project-manager resumes written as text from the
start, with invented content and known truth, in the shapes text resumes take:

- typed by hand: headings in capitals, underlined with ==== or ----, "EXPERIENCE:", "== Experience
  ==", "[Experience]", "# Experience", "**Experience**", "--- Experience ---"; bullets "*", "-",
  "o", "•", "+", ">", "1)", "1.", "·" or none (prose); a role's fields in a dozen orders (dates set
  right with blanks or tabs on the title line, "Title, Employer (2019-2021)", "2019 - present:
  Title at Employer", the employer above its positions with indentation carrying the structure,
  ...); ten date shapes and their dashes;
- Markdown: "## Experience", "### Title - Employer" or "**Title**, Employer", "_Jan 2019 -
  Present_", links in the contact line;
- a LinkedIn profile copied from the browser: "Title" / "Employer · Full-time" / "Jan 2020 -
  Present · 4 yrs 11 mos" / "Berlin, Germany · Hybrid", positions grouped under one employer,
  and (as the page's hidden accessibility text gives it) every line twice;
- Word's "Save as plain text": one line per paragraph, tables as tab-separated rows, bullets as
  "·<tab>";
- and then, whatever the source: hard-wrapped at 60-80 columns (a long title, employer and dates
  line wraps), Windows line endings, e-mail quoting ("> "), read from a file or pasted.

Each resume is read with `profilecheck.analyze_bytes` (a .txt file) or `profilecheck.analyze_text`
(pasted) as of --as-of and scored with benchmarks/realworld.py's measures: roles (title + start
month) F1, roles with the employer too, years of experience within a year, the level band (the
labels' rule: years in project-management roles) and "is a project manager".  It prints each
measure, then each measure by trait drawn (a class of failure shows as a trait that scores low),
then the first failures per measure with the resume's number and traits (`--only N` draws it
again).  Every person, employer and school is invented (cities are real).
"""
from __future__ import annotations

import argparse
import collections
import random
import sys
import textwrap
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

from realworld import BAND, F1, SeededDraw, Share, print_failures, role_pairs, same_month, stress_arguments, title_like  # noqa: E402

from profilecheck.nlp.levels import level_from_years  # noqa: E402
from profilecheck.options import Options  # noqa: E402

AS_OF = date(2026, 11, 30)  # as the development labels

# ---------------------------------------------------------------- invented content

FIRST = ["Maren", "Tobias", "Ines", "Kofi", "Ludmila", "Arjun", "Siobhan", "Pedro", "Hana", "Emeka", "Greta",
         "Rui", "Yara", "Casimir", "Noemi", "Idris", "Solveig", "Bartek", "Amara", "Teodor"]
LAST = ["Ostrander", "Quillby", "Marchbank", "Oyelaran", "Vasconcelos", "Hartigan", "Zelenko", "Pellegrini",
        "Thorsby", "Achterfeld", "Ruddock", "Kaminski", "Delahaye", "Brightwell", "Nakagawa", "Fairbairn"]
# Project-management titles by the labels' rule (project or program manager, coordinator, lead,
# scrum master, delivery manager, PMO roles, portfolio manager); the others are not.
PM_TITLES = ["IT Project Manager", "Project Manager", "Senior Project Manager", "Technical Project Manager",
             "Program Manager", "Senior IT Project Manager", "Project Coordinator", "Scrum Master",
             "Delivery Manager", "IT Program Manager", "Project Lead", "Junior Project Manager",
             "Agile Project Manager", "Infrastructure Project Manager", "PMO Analyst", "Portfolio Manager"]
OTHER_TITLES = ["Business Analyst", "Systems Administrator", "Software Developer", "Network Engineer",
                "QA Analyst", "Service Desk Analyst", "Data Analyst", "Systems Analyst", "Database Administrator",
                "Web Developer", "IT Support Specialist", "Solutions Architect", "Test Engineer"]
EMPLOYERS = ["Gullwing Freight", "Brackenridge Health", "Tinderbox Software Ltd", "Corvane Systems Inc.",
             "Marlowe Insurance Group", "Fenwater Bank", "Quillon Retail", "Ashcombe County Council",
             "Pennyroyal Logistics", "Veltmark Consulting", "Stonechat Utilities", "Larkhill Media",
             "Oakmere University Hospital", "Brightkey Payments", "Sallowfen Telecom", "Redmere Energy",
             "Granite Reach Solutions", "Cobaltwave Labs", "Meadowgate Foods", "Ironvale Security LLC",
             "Northfold Data GmbH", "Tessaract Games"]
CITIES = ["Leeds, UK", "Austin, TX", "Toronto, ON", "Lisbon, Portugal", "Berlin, Germany", "Pune, India",
          "Dublin, Ireland", "Denver, CO", "Warsaw, Poland", "Manchester, UK", "Remote"]
DUTIES = [
    "Planned and ran the rollout of a ticketing system for 600 agents",
    "Kept the risk register and a weekly status report for the steering group",
    "Ran sprint planning, reviews and retrospectives for two delivery teams",
    "Moved 40 applications from the old data centre to Azure in three waves",
    "Managed a budget of 1.8M and a team of 11 engineers and testers",
    "Set up Jira and Confluence for planning, tracking and documentation",
    "Coordinated three vendors, their contracts and their escalation paths",
    "Wrote the business case and the project charter for the data warehouse",
    "Cut the release cycle from eight weeks to two with the platform team",
    "Tracked scope, schedule and cost in MS Project and reported earned value",
    "Built integrations between the CRM and the billing platform",
    "Supported 250 users on the service desk and wrote the knowledge base",
    "Handled change requests with the product owner and kept the backlog in order",
    "Planned the cut-over weekend and the hypercare weeks after go-live",
    "Mentored two junior coordinators and ran the PMO's monthly review",
]
SUMMARIES = [
    "{title} who keeps delivery honest: plain status reports, early risks, no surprises.",
    "{title} with a background in software delivery for logistics and health care.",
    "{title}. Agile and waterfall, on site and remote, with teams of up to twenty.",
]
SKILLS = ["Jira", "Confluence", "MS Project", "Scrum", "Kanban", "Risk management", "Stakeholder management",
          "Budgeting", "Power BI", "SQL", "Azure DevOps", "Smartsheet", "SAFe", "Vendor management", "ITIL"]
DEGREES = ["B.Sc. Computer Science", "M.Sc. Information Systems", "BA Business Administration", "MBA",
           "BEng Software Engineering", "Diploma in Information Technology"]
SCHOOLS = ["University of Wexmoor", "Calderbank State University", "Northmere College", "Ravensholt Institute of Technology"]
CERTS = ["PMP, Project Management Institute", "PRINCE2 Practitioner", "Certified ScrumMaster (CSM)",
         "ITIL 4 Foundation", "Professional Scrum Master I"]
MONTHS = "January February March April May June July August September October November December".split()
PRESENT = ["Present", "present", "Current", "Now", "now", "to date", "Today", "ongoing", "PRESENT"]
HEADINGS = {
    "summary": ["Summary", "Profile", "Professional Summary", "About Me"],
    "skills": ["Skills", "Core Skills", "Technical Skills", "Key Skills"],
    "experience": ["Experience", "Work Experience", "Professional Experience", "Employment History", "Work History",
                   "Career History"],
    "education": ["Education", "Education and Training"],
    "certifications": ["Certifications", "Certificates"],
}
LINKEDIN_TYPES = ["Full-time", "Full-time", "Contract", "Part-time", "Freelance", "Self-employed"]
LINKEDIN_PLACES = ["Hybrid", "Remote", "On-site"]


# ---------------------------------------------------------------- truth


@dataclass(frozen=True)
class Role:
    title: str
    employer: str
    city: str
    start: tuple[int, int]
    end: Optional[tuple[int, int]]  # None: open ("Present")
    duties: tuple[str, ...]

    @property
    def pm(self) -> bool:
        return self.title in PM_TITLES


@dataclass
class Truth:
    roles: list[Role]
    year_only: bool  # the dates were written as years alone
    years: Optional[float]
    level: str
    is_pm: bool
    traits: dict[str, str] = field(default_factory=dict)

    def iso(self, point: Optional[tuple[int, int]]) -> str:
        if point is None:
            return "present"
        return f"{point[0]:04d}" if self.year_only else f"{point[0]:04d}-{point[1]:02d}"


def month_index(ym: tuple[int, int]) -> int:
    return ym[0] * 12 + ym[1] - 1


def covered_years(roles: list[Role], year_only: bool, as_of: date) -> Optional[float]:
    """The union of the roles' ranges, as the labels count it: a year-only start from January and
    a year-only end to December, "present" the as-of month."""
    now = as_of.year * 12 + as_of.month - 1
    months: set[int] = set()
    for role in roles:
        first = role.start[0] * 12 if year_only else month_index(role.start)
        if role.end is None:
            last = now
        else:
            last = min(now, role.end[0] * 12 + 11 if year_only else month_index(role.end))
        months.update(range(first, last + 1))
    return round(len(months) / 12, 1) if months else None


# ---------------------------------------------------------------- drawing one resume


class Maker(SeededDraw):
    # -- the career

    def career(self) -> list[Role]:
        """Roles newest first; the newer ones PM roles, the older ones not (a career path)."""
        r = self.r
        count = r.choice([1, 2, 2, 3, 3, 3, 4, 4, 5, 6])
        pm_from = r.randint(0, count)
        cursor = self.as_of.year * 12 + self.as_of.month - 1 - r.randint(0, 4)
        employers = r.sample(EMPLOYERS, count)
        promoted = self.chance(0.2)
        roles: list[Role] = []
        for number in range(count):
            end = None if number == 0 and self.chance(0.6) else cursor
            start = cursor - r.randint(5, 60)
            title = self.pick(PM_TITLES if number < pm_from or self.chance(0.1) else OTHER_TITLES)
            employer, city = employers[number], self.pick(CITIES)
            if promoted and roles and self.chance(0.5) and title != roles[-1].title:
                employer, city = roles[-1].employer, roles[-1].city  # an earlier position with the same employer
                end = cursor
            duties = tuple(r.sample(DUTIES, r.choice([0, 1, 2, 3, 3, 4])))
            roles.append(Role(title, employer, city, divmod(start, 12), None if end is None else divmod(end, 12), duties))
            cursor = start - r.randint(-1, 6)
        return [Role(x.title, x.employer, x.city, (x.start[0], x.start[1] + 1),
                     None if x.end is None else (x.end[0], x.end[1] + 1), x.duties) for x in roles]

    # -- dates

    def date_style(self) -> dict:
        shape = self.weighted("date shape", {
            "Mon YYYY": 6, "Month YYYY": 3, "MM/YYYY": 3, "M/YYYY": 1, "MM.YYYY": 1, "YYYY-MM": 1, "YYYY": 4,
            "Mon 'YY": 1, "Mon. YYYY": 1, "MON YYYY": 1,
        })
        dash = self.weighted("dash", {" - ": 5, " – ": 4, " — ": 1, "–": 2, "-": 2, " to ": 2, " ~ ": 0.5})
        return {"shape": shape, "dash": dash, "present": self.pick(PRESENT)}

    def written(self, style: dict, ym: Optional[tuple[int, int]]) -> str:
        if ym is None:
            return style["present"]
        year, month = ym
        name = MONTHS[month - 1]
        return {
            "Mon YYYY": f"{name[:3]} {year}", "Month YYYY": f"{name} {year}", "MM/YYYY": f"{month:02d}/{year}",
            "M/YYYY": f"{month}/{year}", "MM.YYYY": f"{month:02d}.{year}", "YYYY-MM": f"{year}-{month:02d}",
            "YYYY": str(year), "Mon 'YY": f"{name[:3]} '{year % 100:02d}",
            "Mon. YYYY": f"{name[:3]}. {year}" if len(name) > 4 else f"{name} {year}",
            "MON YYYY": f"{name[:3].upper()} {year}",
        }[style["shape"]]

    def span(self, style: dict, role: Role) -> str:
        return f"{self.written(style, role.start)}{style['dash']}{self.written(style, role.end)}"

    # -- typed by hand

    def heading(self, style: str, key: str) -> list[str]:
        text = self.pick(HEADINGS[key])
        return {
            "CAPS": lambda: [text.upper()],
            "Title Case": lambda: [text],
            "underlined ===": lambda: [text.upper(), "=" * len(text)],
            "underlined ---": lambda: [text, "-" * len(text)],
            "CAPS:": lambda: [text.upper() + ":"],
            "== x ==": lambda: [f"== {text} =="],
            "[x]": lambda: [f"[{text}]"],
            "# x": lambda: [f"# {text}"],
            "**x**": lambda: [f"**{text}**"],
            "--- x ---": lambda: [f"--- {text.upper()} ---"],
            "*** x ***": lambda: [f"*** {text.upper()} ***"],
            "ruled box": lambda: ["-" * 40, text.upper(), "-" * 40],
            "S P A C E D": lambda: [" ".join(text.upper())],
        }[style]()

    def bullets(self, style: str, duties: tuple[str, ...], indent: str = "") -> list[str]:
        if style == "prose":
            return [indent + ". ".join(duties) + "."] if duties else []
        out = []
        for number, duty in enumerate(duties, 1):
            mark = {"1)": f"{number})", "1.": f"{number}."}.get(style, style)
            out.append(f"{indent}{mark} {duty}{self.pick(['', '', '.', ';'])}")
        return out

    def role_lines(self, shape: str, role: Role, dates: str, width: int) -> list[str]:
        title, employer, city = role.title, role.employer, role.city

        def right(left: str) -> str:  # dates set flush right with blanks
            return left + " " * max(3, width - len(left) - len(dates)) + dates

        tabs = "\t" * self.r.randint(1, 3)
        return {
            "Title / Employer, City / dates": lambda: [title, f"{employer}, {city}", dates],
            "Title ... dates (blanks) / Employer": lambda: [right(title), f"{employer}, {city}"],
            "Title <tabs> dates / Employer": lambda: [f"{title}{tabs}{dates}", f"{employer}, {city}"],
            "Employer, City ... dates / Title": lambda: [right(f"{employer}, {city}"), title],
            "Title, Employer ... dates": lambda: [right(f"{title}, {employer}")],
            "Title, Employer (dates)": lambda: [f"{title}, {employer} ({dates})"],
            "dates: Title at Employer": lambda: [f"{dates}: {title} at {employer}"],
            "Title | Employer | dates": lambda: [f"{title} | {employer} | {dates}"],
            "Title at Employer, City / dates": lambda: [f"{title} at {employer}, {city}", dates],
            "dates / Title, Employer": lambda: [dates, f"{title}, {employer}, {city}"],
            "Employer - Title / dates": lambda: [f"{employer} {self.pick(['-', '–', '—'])} {title}", dates],
            "Title (dates) / Employer": lambda: [f"{title} ({dates})", employer],
            "dates <tab> Title, Employer": lambda: [f"{dates}{tabs}{title}, {employer}"],
        }[shape]()

    def typed(self) -> tuple[list[str], bool]:
        roles = self.roles
        heading = self.weighted("heading", {
            "CAPS": 4, "Title Case": 3, "underlined ===": 2, "underlined ---": 2, "CAPS:": 2, "== x ==": 1, "[x]": 1,
            "# x": 1, "**x**": 1, "--- x ---": 1, "*** x ***": 0.5, "ruled box": 0.5, "S P A C E D": 0.5,
        })
        bullet = self.weighted("bullet", {"*": 2, "-": 3, "o": 1, "•": 3, "+": 1, ">": 1, "1)": 0.5, "1.": 0.5,
                                          "·": 0.5, "–": 0.5, "prose": 1})
        layout = self.weighted("role shape", {
            "Title / Employer, City / dates": 3, "Title ... dates (blanks) / Employer": 3,
            "Title <tabs> dates / Employer": 2, "Employer, City ... dates / Title": 2, "Title, Employer ... dates": 1,
            "Title, Employer (dates)": 2, "dates: Title at Employer": 2, "Title | Employer | dates": 2,
            "Title at Employer, City / dates": 1, "dates / Title, Employer": 1, "Employer - Title / dates": 1,
            "Title (dates) / Employer": 1, "dates <tab> Title, Employer": 1, "indented under employer": 2,
        })
        style = self.date_style()
        width = self.r.randint(64, 96)
        gap = self.weighted("blank lines", {"between jobs": 4, "none": 1, "two": 0.5})
        name = f"{self.pick(FIRST)} {self.pick(LAST)}"
        out = [name.upper() if self.chance(0.4) else name]
        if self.chance(0.6):
            out.append(self.headline())
        out.append(self.pick([f"{name.split()[0].lower()}.{name.split()[1].lower()}@example.com | +44 7700 900{self.r.randint(100, 999)}",
                              f"Email: {name.split()[1].lower()}@example.org", f"{self.pick(CITIES)} | {name.split()[0].lower()}@example.net"]))
        out.append("")
        sections = ["summary", "skills", "experience", "education", "certifications"]
        if self.chance(0.3):
            sections = ["summary", "experience", "skills", "education", "certifications"]
        for key in sections:
            if key in ("summary", "skills", "certifications") and self.chance(0.3):
                continue
            out += self.heading(heading, key)
            if heading in ("underlined ===", "underlined ---", "ruled box") or self.chance(0.3):
                out.append("")
            if key == "summary":
                out.append(self.pick(SUMMARIES).format(title=self.summary_title()))
            elif key == "skills":
                out += self.skills(bullet)
            elif key == "education":
                out += self.education(style)
            elif key == "certifications":
                out += [f"{self.pick(['', '- ', '* '])}{cert}, {self.r.randint(2010, 2024)}" for cert in self.r.sample(CERTS, 2)]
            else:
                out += self.work(layout, style, bullet, width, gap)
            out.append("")
        return out, style["shape"] == "YYYY"

    def work(self, layout: str, style: dict, bullet: str, width: int, gap: str) -> list[str]:
        out: list[str] = []
        previous = None
        for role in self.roles:
            dates = self.span(style, role)
            if layout == "indented under employer":
                if role.employer != previous:
                    if out and gap != "none":
                        out.append("")
                    out.append(f"{role.employer}, {role.city}")
                out.append(f"    {role.title}{self.pick([', ', '  ', ' | '])}{dates}")
                out += self.bullets(bullet, role.duties, "        ")
            else:
                out += self.role_lines(layout, role, dates, width)
                out += self.bullets(bullet, role.duties, self.pick(["", "", "  "]))
                if gap != "none":
                    out += [""] * (2 if gap == "two" else 1)
            previous = role.employer
        return out

    def headline(self) -> str:
        title = self.summary_title()
        return self.pick([title, f"{title} | {self.pick(SKILLS)} | {self.pick(SKILLS)}", title.upper()])

    def summary_title(self) -> str:
        return self.roles[0].title

    def skills(self, bullet: str) -> list[str]:
        chosen = self.r.sample(SKILLS, 6)
        if self.chance(0.5):
            return [", ".join(chosen)]
        if self.chance(0.5):
            return [f"{bullet if bullet not in ('prose', '1)', '1.') else '-'} {skill}" for skill in chosen]
        return [f"{chosen[i]:<24}{chosen[i + 1]}" for i in range(0, 6, 2)]  # two columns of blanks

    def education(self, style: dict) -> list[str]:
        first = self.roles[-1].start[0] - self.r.randint(4, 8)
        degree, school = self.pick(DEGREES), self.pick(SCHOOLS)
        span = f"{first}{style['dash']}{first + self.r.randint(3, 4)}"
        return self.pick([[f"{degree}, {school}, {span}"], [degree, f"{school}  {span}"], [f"{span}  {degree}", school]])

    # -- Markdown

    def markdown(self) -> tuple[list[str], bool]:
        style = self.date_style()
        name = f"{self.pick(FIRST)} {self.pick(LAST)}"
        user = name.lower().replace(" ", "-")
        out = [f"# {name}", "", f"**{self.headline()}**", "",
               f"[{user}@example.com](mailto:{user}@example.com) · [LinkedIn](https://www.linkedin.com/in/{user}) · {self.pick(CITIES)}", ""]
        shape = self.weighted("markdown role", {"### Title - Employer / _dates_": 3, "**Title**, Employer / *dates*": 3,
                                                "### Title / **Employer** | dates": 2, "- **Title**, Employer (dates)": 1})
        out += ["## Summary", "", self.pick(SUMMARIES).format(title=self.summary_title()), "", "## Experience", ""]
        for role in self.roles:
            dates = self.span(style, role)
            if shape == "### Title - Employer / _dates_":
                out += [f"### {role.title} - {role.employer}", f"_{dates}_ | {role.city}", ""]
            elif shape == "**Title**, Employer / *dates*":
                out += [f"**{role.title}**, {role.employer}  ", f"*{dates}*", ""]
            elif shape == "### Title / **Employer** | dates":
                out += [f"### {role.title}", f"**{role.employer}** | {dates}", ""]
            else:
                out += [f"- **{role.title}**, {role.employer} ({dates})"]
                out += [f"  - {duty}" for duty in role.duties]
                continue
            out += [f"{self.pick(['-', '*'])} {duty}" for duty in role.duties]
            out.append("")
        out += ["", "## Skills", "", ", ".join(f"`{skill}`" if self.chance(0.3) else skill for skill in self.r.sample(SKILLS, 6)),
                "", "## Education", ""]
        out += [f"**{line}**" if number == 0 else line for number, line in enumerate(self.education(style))]
        return out, style["shape"] == "YYYY"

    # -- LinkedIn, copied from the browser

    def linkedin(self) -> tuple[list[str], bool]:
        doubled = self.weighted("linkedin lines", {"once": 3, "twice (hidden text)": 2}) != "once"
        name = f"{self.pick(FIRST)} {self.pick(LAST)}"
        out = [name, f"{self.headline()}", f"{self.pick(CITIES)} · Contact info" if self.chance(0.7) else self.pick(CITIES),
               self.pick(["500+ connections", "312 connections", "89 connections"]), ""]
        if self.chance(0.6):
            out += ["About", self.pick(SUMMARIES).format(title=self.summary_title()), ""]
        out.append("Experience")
        index = 0
        roles = self.roles
        while index < len(roles):
            group = [roles[index]]
            while index + len(group) < len(roles) and roles[index + len(group)].employer == group[0].employer:
                group.append(roles[index + len(group)])
            index += len(group)
            kind = self.pick(LINKEDIN_TYPES)
            if self.chance(0.3):
                out.append(f"{group[0].employer} logo")
            if len(group) == 1:
                role = group[0]
                out += self.twice(doubled, [role.title, f"{role.employer} · {kind}" if self.chance(0.8) else role.employer,
                                            self.linkedin_span(role.start, role.end)])
                if self.chance(0.7):
                    out += self.twice(doubled, [self.linkedin_place(role.city)])
            else:
                first, last = group[-1].start, group[0].end
                out += self.twice(doubled, [group[0].employer, f"{kind} · {self.duration(first, last)}"])
                if self.chance(0.6):
                    out += self.twice(doubled, [self.linkedin_place(group[0].city)])
                for role in group:
                    out += self.twice(doubled, [role.title, self.linkedin_span(role.start, role.end)])
                    out += self.linkedin_duties(role)
                continue
            out += self.linkedin_duties(group[0])
        out += ["", "Education", self.pick(SCHOOLS), f"{self.pick(DEGREES)}",
                f"{roles[-1].start[0] - 5} - {roles[-1].start[0] - 1}", "", "Skills", *self.r.sample(SKILLS, 3)]
        return out, False

    def twice(self, doubled: bool, lines: list[str]) -> list[str]:
        return [line for line in lines for _ in range(2 if doubled else 1)]

    def linkedin_place(self, city: str) -> str:
        return f"{city} · {self.pick(LINKEDIN_PLACES)}" if city != "Remote" and self.chance(0.6) else city

    def linkedin_duties(self, role: Role) -> list[str]:
        out = [f"- {duty}" if self.chance(0.5) else duty for duty in role.duties[:2]]
        if self.chance(0.4):
            out.append(f"Skills: {self.pick(SKILLS)} · {self.pick(SKILLS)} and +{self.r.randint(2, 9)} skills")
        return out

    def linkedin_span(self, start: tuple[int, int], end: Optional[tuple[int, int]]) -> str:
        def one(point: Optional[tuple[int, int]]) -> str:
            return "Present" if point is None else f"{MONTHS[point[1] - 1][:3]} {point[0]}"

        return f"{one(start)} - {one(end)} · {self.duration(start, end)}"

    def duration(self, start: tuple[int, int], end: Optional[tuple[int, int]]) -> str:
        last = end or (self.as_of.year, self.as_of.month)
        months = month_index(last) - month_index(start) + 1
        years, months = divmod(months, 12)
        parts = []
        if years:
            parts.append(f"{years} yr{'s' if years > 1 else ''}")
        if months:
            parts.append(f"{months} mo{'s' if months > 1 else ''}")
        return " ".join(parts)

    # -- Word, "Save as plain text"

    def word_text(self) -> tuple[list[str], bool]:
        style = self.date_style()
        table = self.weighted("word layout", {"paragraphs, title <tab> dates": 3, "table: dates | job": 3,
                                              "table: job | dates": 2, "paragraphs, dates first": 1})
        bullet = self.weighted("word bullet", {"·\t": 3, "•\t": 2, "o\t": 1, "-\t": 1, "1.\t": 1})
        name = f"{self.pick(FIRST)} {self.pick(LAST)}"
        out = [name, f"{self.headline()}", f"{name.split()[1].lower()}@example.com\t+1 555 010 {self.r.randint(1000, 9999)}", ""]
        headings = self.pick([str.upper, str.title])
        out += [headings("Professional Summary"), self.pick(SUMMARIES).format(title=self.summary_title()), ""]
        out.append(headings(self.pick(HEADINGS["experience"])))
        for role in self.roles:
            dates = self.span(style, role)
            duties = [f"{bullet.replace('1.', f'{n}.')}{duty}" for n, duty in enumerate(role.duties, 1)]
            if table == "table: dates | job":
                out += [f"{dates}\t{role.title}", f"{role.employer}, {role.city}", *duties]
            elif table == "table: job | dates":
                out += [f"{role.title}, {role.employer}\t{dates}", *duties]
            elif table == "paragraphs, dates first":
                out += [dates, f"{role.title}, {role.employer}, {role.city}", *duties]
            else:
                out += [f"{role.title}\t{dates}", f"{role.employer}, {role.city}", *duties]
            out.append("")
        out += [headings("Education"), *self.education(style), "", headings("Skills"), "\t".join(self.r.sample(SKILLS, 4))]
        return out, style["shape"] == "YYYY"

    # -- the whole resume

    def resume(self) -> tuple[str, Truth, bool]:
        self.roles = self.career()
        source = self.weighted("source", {"typed": 6, "markdown": 1.5, "linkedin copy": 1.5, "word plain text": 1.5})
        lines, year_only = {"typed": self.typed, "markdown": self.markdown, "linkedin copy": self.linkedin,
                            "word plain text": self.word_text}[source]()
        wrap = self.weighted("wrap", {"none": 4, "60-69 columns": 1, "70-80 columns": 1.5})
        if wrap != "none":
            lines = hard_wrapped(lines, self.r.randint(60, 69) if wrap.startswith("60") else self.r.randint(70, 80), self.r)
        quote = self.weighted("quoted", {"no": 8, "> ": 1, "> > ": 0.3})
        if quote != "no":
            lines = [(quote + line).rstrip() if line else quote.rstrip() for line in lines]
        ending = self.weighted("line endings", {"LF": 3, "CRLF": 1.5})
        text = ("\r\n" if ending == "CRLF" else "\n").join(lines) + ("\r\n" if ending == "CRLF" else "\n")
        pasted = self.weighted("entry", {"file": 2, "pasted": 1}) == "pasted"
        roles = self.roles
        years = covered_years(roles, year_only, self.as_of)
        pm_years = covered_years([role for role in roles if role.pm], year_only, self.as_of)
        level = BAND[level_from_years(pm_years)] if pm_years else "foundation"
        return text, Truth(roles, year_only, years, level, any(role.pm for role in roles), dict(self.traits)), pasted


def hard_wrapped(lines: list[str], width: int, r: random.Random) -> list[str]:
    """Lines longer than `width` broken at blanks, as an editor's or a mail program's fill does; a
    wrapped bullet goes on under its text (a hanging indent) or at the margin."""
    hanging = r.random() < 0.5
    out: list[str] = []
    for line in lines:
        if len(line.expandtabs(8)) <= width:
            out.append(line)
            continue
        lead = len(line) - len(line.lstrip(" "))
        marker = line.lstrip(" ").split(" ", 1)[0]
        indent = " " * lead + (" " * (len(marker) + 1) if hanging and len(marker) <= 3 and not marker[:1].isalnum() else "")
        out += textwrap.wrap(line, width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False,
                             replace_whitespace=False) or [line]
    return out


def make(seed: int, index: int, as_of: date) -> tuple[str, Truth, bool]:
    return Maker(f"text-{seed}-{index}", as_of).resume()


# ---------------------------------------------------------------- reading and scoring


def read(text: str, pasted: bool, as_of: date):
    import profilecheck

    options = Options(as_of=as_of)
    if pasted:
        return profilecheck.analyze_text(text, options)
    return profilecheck.analyze_bytes(text.encode("utf-8"), options, "resume.txt")


MEASURES = ("roles (title + start) F1", "roles (+ employer) F1", "years within 1 year", "level band", "is a project manager")


class Tally:
    def __init__(self) -> None:
        self.overall = self.measures()
        self.by_trait: dict[tuple[str, str], dict] = collections.defaultdict(self.measures)
        self.fails: dict[str, list[str]] = collections.defaultdict(list)

    @staticmethod
    def measures() -> dict:
        return {key: F1() if key.endswith("F1") else Share() for key in MEASURES}

    def add_counts(self, key: str, truth: Truth, tp: int, fp: int, fn: int) -> None:
        for measures in (self.overall, *(self.by_trait[item] for item in truth.traits.items())):
            measures[key].add_counts(tp, fp, fn)

    def add_share(self, key: str, truth: Truth, ok: bool) -> bool:
        for measures in (self.overall, *(self.by_trait[item] for item in truth.traits.items())):
            measures[key].add(ok)
        return ok


def score(tally: Tally, index: int, truth: Truth, report) -> None:
    facts, profile = report.facts, report.profile
    found = [{"title": w.position, "employer": w.name, "start": w.startDate} for w in profile.work]  # an undated role counts too: every drawn role has dates
    expected = [{"title": r.title, "employer": r.employer, "start": truth.iso(r.start)} for r in truth.roles]
    traits = "; ".join(f"{key}={value}" for key, value in truth.traits.items())

    def title_start(f: dict, e: dict) -> bool:
        return same_month(f["start"], e["start"]) and title_like(f["title"], e["title"])

    matched = role_pairs(found, expected, title_start)
    tally.add_counts(MEASURES[0], truth, matched, len(found) - matched, len(expected) - matched)
    if matched < max(len(found), len(expected)):
        missed = [(e["title"], e["start"]) for e in expected if not any(title_start(f, e) for f in found)]
        extra = [(f["title"], f["employer"], f["start"]) for f in found if not any(title_start(f, e) for e in expected)]
        tally.fails["roles"].append(f"#{index} missed {missed[:3]}; extra {extra[:3]}\n      [{traits}]")
    with_employer = role_pairs(found, expected, lambda f, e: title_start(f, e) and title_like(f["employer"], e["employer"]))
    tally.add_counts(MEASURES[1], truth, with_employer, len(found) - with_employer, len(expected) - with_employer)
    if with_employer < matched:
        wrong = [(f["title"], f["employer"], e["employer"]) for e in expected for f in found
                 if title_start(f, e) and not title_like(f["employer"], e["employer"])]
        tally.fails["employers"].append(f"#{index} (title, employer found, expected) {wrong[:3]}\n      [{traits}]")
    years = facts.years_of_experience
    if not tally.add_share(MEASURES[2], truth, years is not None and truth.years is not None and abs(years - truth.years) <= 1.0):
        tally.fails["years"].append(f"#{index} expected {truth.years}, found {years}\n      [{traits}]")
    if not tally.add_share(MEASURES[3], truth, BAND.get(facts.level or "") == truth.level):
        tally.fails["level band"].append(f"#{index} expected {truth.level}, found {facts.level}\n      [{traits}]")
    if not tally.add_share(MEASURES[4], truth, bool(facts.is_project_manager) == truth.is_pm):
        tally.fails["is a project manager"].append(f"#{index} expected {truth.is_pm}, found {facts.is_project_manager}\n      [{traits}]")


def show_one(text: str, truth: Truth, report) -> None:
    print("traits: " + "; ".join(f"{key}={value}" for key, value in truth.traits.items()))
    print(f"truth: years {truth.years}, level {truth.level}, PM {truth.is_pm}")
    for role in truth.roles:
        print(f"  {role.title!r} | {role.employer!r} | {truth.iso(role.start)} - {truth.iso(role.end)}")
    print("text:\n" + "\n".join(f"    {line!r}" if "\t" in line or "\r" in line else f"    {line}" for line in text.split("\n")))
    facts = report.facts
    print(f"read: years {facts.years_of_experience}, level {facts.level}, PM {facts.is_project_manager}")
    print("sections: " + ", ".join(f"{s.name}({s.heading!r})" for s in report.profile.sections))
    for work in report.profile.work:
        print(f"  {work.position!r} | {work.name!r} | {work.startDate} - {work.endDate or ('present' if work.current else None)}")


def print_by_trait(tally: Tally, below: float) -> None:
    print("\n## by trait: roles F1, roles (+ employer) F1, years, level band, is a PM  (resumes)")
    last = None
    for (trait, value), measures in sorted(tally.by_trait.items()):
        values = [measure.value for measure in measures.values()]
        if below < 1 and min(v for v in values if v is not None) >= below:
            continue
        if trait != last:
            print(f"  {trait}")
            last = trait
        shown = "  ".join("    -" if v is None else f"{v:5.2f}" for v in values)
        print(f"    {value:38} {shown}  ({measures[MEASURES[2]].total})")


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    stress_arguments(parser, "resume", AS_OF)
    parser.add_argument("--traits", type=float, default=1.0, help="show only the traits scoring under this (default 1: all)")
    args = parser.parse_args(argv)
    indexes = [args.only] if args.only is not None else list(range(args.count))
    tally = Tally()
    errors: list[str] = []
    started = time.perf_counter()
    for index in indexes:
        text, truth, pasted = make(args.seed, index, args.as_of)
        failed_before = sum(len(v) for v in tally.fails.values())
        try:
            report = read(text, pasted, args.as_of)
        except Exception as error:  # a crash is a finding too
            errors.append(f"#{index}: {type(error).__name__}: {error}")
            report = None
        if report is not None:
            score(tally, index, truth, report)
        failed = report is None or sum(len(v) for v in tally.fails.values()) > failed_before
        if args.keep and (failed or args.only is not None):
            args.keep.mkdir(parents=True, exist_ok=True)
            (args.keep / f"text-fuzz-{args.seed}-{index}.txt").write_bytes(text.encode("utf-8"))
        if args.only is not None and report is not None:
            show_one(text, truth, report)
    seconds = time.perf_counter() - started
    print(f"# plain-text resume fuzz: {len(indexes)} resumes, seed {args.seed}, as of {args.as_of} ({seconds:.0f} s)")
    for key, measure in tally.overall.items():
        print(f"  {key:30} {measure}")
    if errors:
        print(f"  errors: {len(errors)}")
        for error in errors[: args.show]:
            print(f"    {error}")
    if args.only is None:
        print_by_trait(tally, args.traits)
    print_failures(tally.fails, ("roles", "employers", "years", "level band", "is a project manager"), args.show, "resumes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
