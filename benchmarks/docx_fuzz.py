"""Word CVs never seen: a seeded stress set of .docx resumes drawn in the shapes real ones take.

    python benchmarks/docx_fuzz.py                         # 300 CVs, seed 1
    python benchmarks/docx_fuzz.py --count 1000 --seed 7 --show 5
    python benchmarks/docx_fuzz.py --only 41 --keep /tmp/fuzz   # one CV: its lines, its roles, its file
    python benchmarks/docx_fuzz.py --full                  # also level and "is a project manager"
    python benchmarks/docx_fuzz.py --classic               # the draw before 2026-12-01's wider one

The labelled development Word CVs are what the reader and the structure stage were tuned on;
this draws CVs they have never seen with python-docx, each labelled by construction, in the
shapes Word CVs take:
- layouts: plain paragraphs; the whole text as one paragraph of line breaks (what PDF-to-Word
  converters and the development set mostly hold); a table of dates beside jobs; a two-column
  layout table (a side column with contact and skills, a main column with the history) in one
  row or cut into rows; nested tables; a side column in a floating text box; sections in text
  boxes; absolutely positioned frames, every line its own or only the dates; two text columns
  of a section (w:cols); the name in the page header; lines split into runs;
- headings: heading styles, bold runs, capitals (typed or w:caps), a colon, a table cell; the
  usual names of a work history and of the other sections; sections in varied orders
  (education, courses, projects and volunteering with dates before or after the jobs);
- a role's fields in varied order and punctuation ("Title, Employer", "Employer - Title",
  "Employer | City", "Title at Employer", title and dates on one line, dates on their own line
  before or after, dates set right by a tab, dates leading the line);
- date shapes: "Jan 2019 - Mar 2021", "01/2019 - 03/2021", "2019-2021", "2019 – present",
  "Since 2020", "March 2019 to date", two-digit years, en and em dashes, a dash lost (two
  spaces), month names in another language for a minority;
- duties as Word lists, typed bullets or prose, some wrapped over lines as a converter leaves them;
- the wider draw (the default since 2026-12-01; `--classic` draws the classic set, CV for CV, to
  compare with figures of before): European CV forms (a label column: "Dates", "Occupation or
  position held", "Main activities and responsibilities", "Name and address of employer"), a
  work table with a row per job and the dates in its first cell, the whole CV in one table,
  jobs numbered "1." "2.", a bold title run before the plain employer, dates as CVs written in
  English by non-native speakers have them ("2015 y.", "2016-2019 yy.", "since 2019", "from
  March 2018 to present", "2019 october", "2019, March", "(2 yrs 3 mos)"), employers, places and
  some duties in Cyrillic, headings as shaded paragraphs, many empty paragraphs.  Each is a
  trait value of its own (WIDE_* at the top, with its weight), so a failure shows where it
  comes from.

Each CV is read as profilecheck reads it (the reader and the structure stage; with --full the
whole `profilecheck.analyze`) and scored with the measures of benchmarks/realworld.py: roles
(title + start month) F1 and years of experience within one year, as of --as-of (with --full
also the level band and "is a project manager").  It prints each measure, the measures by each
trait drawn (layout, heading style, role shape, date shape, ...: a class of failure shows as a
trait that scores low), and the first failures (expected vs found, with the CV's number:
`--only N` draws that one again, `--keep DIR` writes it).  Every person, employer and school is
invented (or a city).
"""
from __future__ import annotations

import argparse
import collections
import io
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable, Optional

import environment  # noqa: E402  (benchmarks/: one line, exit 2, outside profilecheck's environment)

environment.require()

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import docx  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402
from docx.shared import Inches, Pt  # noqa: E402

from realworld import BAND, as_pdfs, print_failures, print_measures, role_pairs, roles_failure, same_month, stress_arguments, title_like  # noqa: E402
from realworld import SeededDraw, StressCounts as Counts, StressShare as Share  # noqa: E402

from profilecheck.options import Options  # noqa: E402

AS_OF = date(2026, 11, 30)  # as the development labels
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DRAWING_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)

# ---------------------------------------------------------------- invented content

FIRST = ["Alex", "Jordan", "Priya", "Mateus", "Giulia", "Tomás", "Renée", "Kwame", "Aisling", "Dmitri", "Leilani",
         "Catarina", "Lukas", "Élodie", "Joaquín", "Marta", "Sven", "Noor", "Aditi", "Mei", "Oluwaseun", "Björn",
         "Hannah", "Yusuf", "Ingrid", "Rafael", "Chiara", "Anouk", "Tariq", "Wiktoria"]
LAST = ["Okafor", "Lindqvist", "Ferreira", "Rossi", "Moreau", "Schneider", "Vermeulen", "Kowalczyk", "Haddad",
        "Nakamura", "Castellanos", "Brennan", "Petrov", "Achterberg", "Quenby", "Marchetti", "Valdés", "Gonçalves",
        "Lefèvre", "Sørensen", "Nwosu", "Tremblay", "O'Connor", "McAllister", "Abernathy", "Ivanova"]
CITIES = ["Lisbon", "Porto", "Madrid", "Barcelona", "Milan", "Lyon", "Munich", "Berlin", "Utrecht", "Leeds", "Dublin",
          "Austin", "Toronto", "Pune", "Bengaluru", "Dubai", "Singapore", "Sydney", "Warsaw", "Kraków", "Vienna",
          "Prague", "Manchester", "Denver", "Chicago", "Boston", "Cluj-Napoca", "Nairobi", "Zurich", "Tallinn"]
CYRILLIC_COUNTRIES = ["Russia", "Ukraine", "Belarus", "Kazakhstan"]
COUNTRIES = ["Portugal", "Spain", "Italy", "France", "Germany", "Netherlands", "UK", "Ireland", "USA", "Canada",
             "India", "UAE", "Australia", "Poland", "Austria", "Czech Republic", "Romania", "Kenya", "Switzerland"]
STATES = ["TX", "CO", "IL", "MA", "WA", "NY", "CA", "GA"]

PM_TITLES = [
    "IT Project Manager", "Project Manager", "Senior Project Manager", "Technical Project Manager",
    "Program Manager", "Senior Program Manager", "Project Coordinator", "Junior Project Manager",
    "Scrum Master", "Delivery Manager", "PMO Analyst", "PMO Lead", "Head of PMO", "Portfolio Manager",
    "Project Lead", "Agile Project Manager", "Release Manager", "IT Program Director",
    "Project Manager (Contract)", "Senior IT Project Manager, Digital Channels", "Project Manager - ERP Rollout",
]
OTHER_TITLES = [
    "Software Developer", "Senior Software Engineer", "Business Analyst", "Systems Analyst", "QA Engineer",
    "IT Support Specialist", "Network Administrator", "Data Analyst", "Team Lead", "Solutions Architect",
    "Product Owner", "DevOps Engineer", "Help Desk Technician", "Frontend Developer", "IT Consultant",
]
EMPLOYERS = [
    "Northwind Traders", "Contoso Ltd", "Fabrikam Inc.", "Tailspin Logistics", "Kestrelmark", "Brightwater Health",
    "Quantix Software", "Cobalt Payments", "Orbital Telecom", "Solvent Labs", "Veldhuis Data", "Lumen Consulting",
    "Aurora Retail Group", "Harbourline Freight", "Pinecrest Bank", "Meridian Insurance", "Silverleaf Systems",
    "BlueOrbit", "Tecnova", "Stadtwerke Aurach", "Ferrovie Nordiche", "Grupo Meridiano", "Hollis & Brandt LLP",
    "Redwater Energy", "Clearpath Analytics", "Alder Street Media", "Novatek Solutions", "Greystone University",
]
DUTIES = [
    "Led the rollout of a new ERP across four plants, on time and under budget",
    "Ran sprint planning, reviews and retrospectives for two product teams",
    "Kept one weekly status report for the steering group and a shared risk register",
    "Moved 1,200 users to the new digital workplace with no unplanned downtime",
    "Coordinated vendors in three countries: contracts, SLAs and escalation paths",
    "Managed a budget of 2.4M and a team of 14 engineers and analysts",
    "Introduced Jira and Confluence for planning and documentation",
    "Cut the release cycle from six weeks to two by automating deployments",
    "Wrote the business case and the project charter for the data platform",
    "Tracked scope, cost and schedule with MS Project and earned value",
    "Set up the PMO's templates, stage gates and monthly portfolio review",
    "Handled change requests and kept the backlog in order with the product owner",
    "Built and tested integrations between the CRM and the billing system",
    "Supported 300 users on the service desk and wrote the knowledge base",
    "Migrated the on-premise servers to Azure in three waves",
    "Reported risks and issues to the programme board every fortnight",
    "Onboarded and mentored four junior project coordinators",
    "Delivered the mobile banking app to 250,000 customers",
    "Worked with legal and security on the vendor due diligence",
    "Planned the cut-over weekend and the hypercare period after go-live",
]
DUTIES_WITH_DATES = [
    "Delivered the 2019 customer portal relaunch with a team of eight",
    "In 2021 took over a failing programme and brought it back on plan",
    "Ran the data centre exit (2018 – 2019) for 140 applications",
]
SUMMARIES = [
    "IT project manager with a background in software delivery and a habit of plain, honest status reports.",
    "Delivery lead for banking and insurance platforms; agile and waterfall, remote and on site.",
    "Project manager who has run ERP, cloud and data programmes for mid-sized companies.",
    "Analyst turned project coordinator, moving into IT project management.",
    "Certified Scrum Master with 10 years of experience in software teams.",
]
PM_SUMMARIES = {SUMMARIES[0], SUMMARIES[2], SUMMARIES[3], SUMMARIES[4]}  # they present the person as a PM (coordinator, Scrum Master)
SKILLS = ["Jira", "Confluence", "MS Project", "Scrum", "Kanban", "Risk management", "Stakeholder management",
          "Budgeting", "Power BI", "SQL", "Azure DevOps", "Smartsheet", "Waterfall", "SAFe", "Vendor management",
          "Change management", "Excel", "Trello", "ITIL", "Prince2"]
SPOKEN = ["English (fluent)", "Spanish (native)", "Portuguese (B2)", "German (basic)", "French (C1)", "Polish (native)"]
DEGREES = ["BSc Computer Science", "MSc Information Systems", "Bachelor of Business Administration",
           "MBA", "BEng Software Engineering", "Master of Project Management", "BA Economics", "Diploma in IT"]
SCHOOLS = ["University of Eastmoor", "Riverton State University", "Northgate College", "Politecnico di Valdora",
           "Hochschule Aurach", "Instituto Superior de Almara", "Westmere Institute of Technology", "Open University of Lakeport"]
COURSES = ["Project Management Professional (PMP)", "Certified ScrumMaster", "PRINCE2 Foundation",
           "ITIL 4 Foundation", "Professional Scrum Master I", "SAFe Agilist", "AWS Cloud Practitioner",
           "Agile project management course", "Google Project Management Certificate", "Lean Six Sigma Green Belt"]
COURSE_PROVIDERS = ["PMI", "Scrum Alliance", "Axelos", "Scrum.org", "Coursera", "Udemy", "Scaled Agile", "Amazon Web Services"]
PROJECTS = ["Core banking migration", "Customer portal relaunch", "Warehouse scanning app", "Data lake for finance",
            "Clinic scheduling system", "Payroll replacement", "Self-service kiosk pilot"]
VOLUNTEER = ["Volunteer mentor, Code Club Riverton", "Treasurer, Lakeport Rowing Club", "Organiser, local Agile meetup"]
INTERESTS = ["Cycling, chess and cooking", "Hiking, photography", "Running; volunteering at the food bank"]

MONTHS_EN = "January February March April May June July August September October November December".split()
# Month names of other languages, full and as each shortens them, and its word for "present".
MONTHS_OTHER = {
    "fr": ("janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
           "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.", "aujourd'hui"),
    "es": ("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
           "ene. feb. mar. abr. may. jun. jul. ago. sep. oct. nov. dic.", "actualidad"),
    "de": ("Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
           "Jan. Feb. Mär. Apr. Mai Jun. Jul. Aug. Sep. Okt. Nov. Dez.", "heute"),
    "pt": ("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
           "jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez.", "atual"),
    "it": ("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
           "gen. feb. mar. apr. mag. giu. lug. ago. set. ott. nov. dic.", "oggi"),
    "nl": ("januari februari maart april mei juni juli augustus september oktober november december",
           "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.", "heden"),
}
PRESENT = ["Present", "present", "Current", "Now", "now", "to date", "till now", "Today", "ongoing", "PRESENT"]

# ---------------------------------------------------------------- the wider draw (2026-12-01)
# Shapes of Word CVs the classic draw had not: each a trait value of its own, drawn with these
# weights beside the classic ones (--classic leaves them out and draws the classic set, CV for CV).
WIDE_DATE_SHAPES = {  # as CVs written in English by non-native speakers date their jobs
    "YYYY y.": 1,  # "2015 y. - 2019 y."
    "YYYY-YYYY yy.": 1,  # "2016-2019 yy."
    "since YYYY": 1,  # "since 2019" (the newest job), "2015 - 2019" the others
    "from Month YYYY to": 1,  # "from March 2018 to present"
    "YYYY month": 1,  # "2019 october - 2021 june"
    "YYYY, Month": 1,  # "2019, March - 2021, June"
    "Mon YYYY (duration)": 1,  # "Jan 2019 - Mar 2021 (2 yrs 3 mos)"
}
WIDE_PRESENT = ["till now", "present", "now", "to date", "until now", "Present", "current time"]
WIDE_ROLE_SHAPES = {
    "N. Title, Employer / dates": 1,  # a numbered list of jobs, typed
    "bold Title, plain Employer and dates": 2,  # "**Project Manager** Northwind Traders, 2019 - 2021"
    "dates: Title at Employer (City, Country)": 1,
    "Title - dates / Employer - City, Country": 1,
    "dates Employer (City, Country) Title": 1,
}
WIDE_LAYOUTS = {
    "europass table": 2,  # a label column ("Dates", "Occupation or position held", ...) beside the values
    "work table, a row per job": 2,  # dates in the first cell, then employer, title, duties
    "one big table": 1,  # the whole CV in one table: headings in the left column, content in the right
}
WIDE_HEADING_STYLES = {"shaded paragraph": 1}
EUROPASS_JOB = ["Dates", "Occupation or position held", "Main activities and responsibilities",
                "Name and address of employer", "Type of business or sector"]
EUROPASS_SCHOOL = ["Dates", "Title of qualification awarded", "Name and type of organisation providing education and training"]
SECTORS = ["Information technology", "Banking", "Telecommunications", "Logistics", "Public administration"]
# CVs in English by people who worked at home: employers, places and some duties as written there
CYRILLIC_EMPLOYERS = ["ООО «Северный Ветер»", "АО «Техносфера»", "Интерсофт", "ПАО «Волжский Банк»",
                      "ООО Ромашка-Софт", "Медиа Линия", "ТОВ «Днiпро Дата»", "ЗАО «СтройИнформ»"]
CYRILLIC_CITIES = ["Москва", "Казань", "Новосибирск", "Київ", "Харків", "Минск"]
CYRILLIC_DUTIES = [
    "Управление проектами внедрения ERP-системы",
    "Планирование спринтов и контроль сроков",
    "Взаимодействие с заказчиком и подрядчиками",
    "Подготовка отчётов для руководства",
]

HEADINGS = {
    "summary": ["Summary", "Profile", "Professional Summary", "About Me", "Career Objective"],
    "skills": ["Skills", "Core Competencies", "Key Skills", "Technical Skills", "Skills & Tools"],
    "experience": ["Work Experience", "Professional Experience", "Employment History", "Career History",
                   "Experience", "Work History", "Relevant Experience"],
    "education": ["Education", "Education and Training", "Academic Background", "Education & Qualifications"],
    "courses": ["Certifications", "Courses", "Training", "Courses and Certifications", "Licenses & Certifications",
                "Professional Development", "Trainings", "Additional Training"],
    "projects": ["Projects", "Key Projects", "Selected Projects"],
    "volunteering": ["Volunteering", "Volunteer Experience"],
    "languages": ["Languages"],
    "interests": ["Interests", "Hobbies"],
    "contact": ["Contact", "Contact Details", "Personal Details"],
}
SIDE_KEYS = ("contact", "skills", "languages", "interests")

# ---------------------------------------------------------------- what a CV holds


@dataclass
class Para:
    """One line of the CV as written: its text, what it is, and text set right of it by a tab."""

    text: str
    kind: str  # name, headline, contact, heading, title, dates, header, duty, text, skill
    right: Optional[str] = None
    bold: bool = False
    lead: int = 0  # the first `lead` characters in a bold run of their own, the rest plain


@dataclass
class Section:
    key: str
    heading: Optional[Para]
    entries: list[list[Para]]  # each entry a group: a role, a school, a course


@dataclass(frozen=True)
class Role:
    title: str
    employer: str
    start: str  # "YYYY-MM" or "YYYY" as written
    end: str  # the same, or "present"


@dataclass
class Truth:
    roles: list[Role]
    years: Optional[float]
    as_of: date
    is_pm: bool
    level: str
    traits: dict[str, str] = field(default_factory=dict)


def month_index(iso: str, as_start: bool) -> int:
    year, _, month = iso.partition("-")
    return int(year) * 12 + (int(month) if month else (1 if as_start else 12)) - 1


def union_years(spans: list[tuple[str, str]], as_of: date) -> Optional[float]:
    """Years covered by the union of (start, end) as written: a year-only start from January, a
    year-only end to December, "present" the as-of month (the labels' rule)."""
    now = as_of.year * 12 + as_of.month - 1
    intervals = sorted(
        (month_index(start, True), now if end == "present" else min(now, month_index(end, False))) for start, end in spans
    )
    total, current = 0, None
    for first, last in intervals:
        if last < first:
            continue
        if current is None or first > current[1] + 1:
            if current is not None:
                total += current[1] - current[0] + 1
            current = [first, last]
        else:
            current[1] = max(current[1], last)
    if current is not None:
        total += current[1] - current[0] + 1
    return round(total / 12, 1) if total else None


def level_of(pm_years: float, is_pm: bool) -> str:
    """The guide's ladder by years in project-management roles."""
    if not is_pm or pm_years < 2:
        return "foundation"
    return "entry" if pm_years < 4 else "mid" if pm_years < 7 else "senior"


# ---------------------------------------------------------------- drawing one CV


class Maker(SeededDraw):
    def __init__(self, seed: str, as_of: date, wide: bool = True):
        super().__init__(seed, as_of)
        self.wide = wide  # the shapes added on 2026-12-01 (WIDE_*); off, the draw is the classic one, CV for CV
        self.jobs: list[dict] = []  # each job's fields, in the CV's order, for the layouts that set them in a form
        self.studies: list[tuple[str, str, str]] = []  # (dates, degree, school)

    # -- dates

    def date_style(self) -> dict:
        shapes = {
            "Mon YYYY": 5, "Month YYYY": 3, "MM/YYYY": 3, "MM.YYYY": 1, "YYYY/MM": 1, "YYYY": 4, "Mon 'YY": 1,
            "MM/YY": 1, "since": 1, "to date": 1, "other language": 1, "mixed year and month": 1, "Mon. YYYY": 1,
            "DD.MM.YYYY": 1,
        }
        if self.wide:
            shapes.update(WIDE_DATE_SHAPES)
        shape = self.weighted("date shape", shapes)
        dashes = {"spaced hyphen": " - ", "spaced en dash": " – ", "spaced em dash": " — ", "en dash": "–",
                  "hyphen": "-", "'to'": " to ", "lost (two spaces)": "  "}
        dash_name = self.weighted("dash", {"spaced hyphen": 4, "spaced en dash": 4, "spaced em dash": 1, "en dash": 2,
                                           "hyphen": 1, "'to'": 1, "lost (two spaces)": 1})
        if shape in ("MM/YY", "Mon 'YY", "YYYY y.", "YYYY month", "YYYY, Month") and dash_name == "lost (two spaces)":
            dash_name = self.traits["dash"] = "spaced hyphen"  # two-digit years side by side with no dash are too vague to ask
        dash = dashes[dash_name]
        language = self.pick(list(MONTHS_OTHER)) if shape == "other language" else None
        present = self.pick(PRESENT)
        if language and self.chance(0.5):
            present = MONTHS_OTHER[language][2]
        if self.wide and shape in WIDE_DATE_SHAPES:
            present = self.pick(WIDE_PRESENT)
        return {"shape": shape, "dash": dash, "language": language, "present": present,
                "abbreviate": self.chance(0.3), "upper": self.chance(0.1)}

    def written(self, style: dict, ym: tuple[int, int], index: int) -> tuple[str, str]:
        """A date as written and as labelled ("2019-03", or "2019" for a year alone)."""
        year, month = ym
        shape = style["shape"]
        if shape == "mixed year and month":
            shape = "YYYY" if index % 2 else "Mon YYYY"
        if shape in ("since", "to date", "from Month YYYY to"):
            shape = "Month YYYY"
        if shape in ("since YYYY", "YYYY-YYYY yy."):
            shape = "YYYY"
        if shape == "YYYY":
            return str(year), f"{year:04d}"
        if shape == "YYYY y.":
            return f"{year} y.", f"{year:04d}"
        if shape == "YYYY month":
            return f"{year} {MONTHS_EN[month - 1].lower()}", f"{year:04d}-{month:02d}"
        if shape == "YYYY, Month":
            return f"{year}, {MONTHS_EN[month - 1]}", f"{year:04d}-{month:02d}"
        if shape == "Mon YYYY (duration)":
            shape = "Mon YYYY"
        iso = f"{year:04d}-{month:02d}"
        if shape == "other language":
            name = MONTHS_OTHER[style["language"]][1 if style["abbreviate"] else 0].split()[month - 1]
            return f"{name.capitalize() if self.r.random() < 0.6 else name} {year}", iso
        if shape == "Mon YYYY":
            text = f"{MONTHS_EN[month - 1][:3]} {year}"
            return (text.upper() if style["upper"] else text), iso
        if shape == "Month YYYY":
            return f"{MONTHS_EN[month - 1]} {year}", iso
        if shape == "Mon. YYYY":
            name = MONTHS_EN[month - 1]
            return (f"{name[:3]}. {year}" if len(name) > 4 else f"{name} {year}"), iso
        if shape == "DD.MM.YYYY":
            return f"{self.r.randint(1, 28):02d}.{month:02d}.{year}", iso
        if shape == "MM/YYYY":
            return f"{month:02d}/{year}", iso
        if shape == "MM.YYYY":
            return f"{month:02d}.{year}", iso
        if shape == "YYYY/MM":
            return f"{year}/{month:02d}", iso
        if shape == "Mon 'YY":
            return f"{MONTHS_EN[month - 1][:3]} '{year % 100:02d}", iso
        if shape == "MM/YY":
            return f"{month:02d}/{year % 100:02d}", iso
        raise ValueError(shape)

    def date_range(self, style: dict, start: tuple[int, int], end: Optional[tuple[int, int]], index: int) -> tuple[str, str, str]:
        """The range as written and its start and end as labelled."""
        start_text, start_iso = self.written(style, start, index)
        if style["shape"] == "from Month YYYY to":
            end_text, end_iso = (style["present"], "present") if end is None else self.written(style, end, index)
            return f"from {start_text} to {end_text}", start_iso, end_iso
        if end is None:
            if style["shape"] == "since YYYY":
                return f"since {start_text}", start_iso, "present"
            if style["shape"] == "since":
                return f"Since {start_text}", start_iso, "present"
            if style["shape"] == "to date":
                return f"{start_text} to date", start_iso, "present"
            return f"{start_text}{style['dash']}{style['present']}", start_iso, "present"
        end_text, end_iso = self.written(style, end, index)
        text = f"{start_text}{style['dash']}{end_text}"
        if style["shape"] == "YYYY-YYYY yy.":
            text += " yy."
        elif style["shape"] == "Mon YYYY (duration)":
            months = (end[0] - start[0]) * 12 + end[1] - start[1] + 1
            years, months = divmod(months, 12)
            text += " (" + " ".join(part for part in (f"{years} yr{'s' if years > 1 else ''}" if years else "",
                                                       f"{months} mo{'s' if months > 1 else ''}" if months else "") if part) + ")"
        return text, start_iso, end_iso

    # -- the career

    def career(self) -> list[tuple[str, str, str, tuple[int, int], Optional[tuple[int, int]]]]:
        """Roles newest first: (title, employer, city, start, end or None for an open one)."""
        r = self.r
        count = r.choice([1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 7])
        pm_from = r.randint(0, count)  # the newest roles are PM roles, the older ones not (a career path)
        cursor = self.as_of.year * 12 + self.as_of.month - 1 - r.randint(0, 3)
        roles = []
        employers = r.sample(EMPLOYERS, count)
        promoted = self.chance(0.2)  # some jobs hold several positions, one after the other
        city = self.pick(CITIES)
        for number in range(count):
            open_end = number == 0 and self.chance(0.6)
            end = None if open_end else cursor
            length = r.randint(4, 60)
            start = cursor - length
            title = self.pick(PM_TITLES if number < pm_from or self.chance(0.1) else OTHER_TITLES)
            employer = employers[number]
            if promoted and roles and self.chance(0.5) and title != roles[-1][0]:
                employer, city = roles[-1][1], roles[-1][2]  # an earlier position with the same employer
                start, end = start, cursor  # the positions follow each other
            else:
                city = self.pick(CITIES)
            roles.append((title, employer, city, divmod(start, 12), None if end is None else divmod(end, 12)))
            cursor = start - (1 if promoted and self.chance(0.5) else r.randint(-2, 6))  # a gap, or an overlap
        return [(t, e, c, (s[0], s[1] + 1), None if n is None else (n[0], n[1] + 1)) for t, e, c, s, n in roles]

    # -- the lines of each part

    def heading(self, key: str, style: dict) -> Para:
        text = self.pick(HEADINGS[key])
        if style["case"] == "upper":
            text = text.upper()
        if style["colon"]:
            text += ":"
        return Para(text, "heading", bold=True)

    def role_paras(self, shape: str, title: str, employer: str, city: str, dates: str) -> list[Para]:
        where = self.pick([f"{employer}, {city}", f"{employer} | {city}", employer, f"{employer} ({city})"])
        shapes: dict[str, Callable[[], list[Para]]] = {
            "Title, Employer / dates": lambda: [Para(f"{title}, {employer}", "header", bold=True), Para(dates, "dates")],
            "Employer - Title / dates": lambda: [Para(f"{employer}{self.pick([' - ', ' – ', ' — '])}{title}", "header", bold=True), Para(dates, "dates")],
            "Title / Employer | City / dates": lambda: [Para(title, "title", bold=True), Para(f"{employer} | {city}", "header"), Para(dates, "dates")],
            "Title | Employer | dates": lambda: [Para(f"{title} | {employer} | {dates}", "header", bold=True)],
            "Title, Employer, City <tab> dates": lambda: [Para(f"{title}, {employer}, {city}", "header", right=dates, bold=True)],
            "dates / Title, Employer": lambda: [Para(dates, "dates"), Para(f"{title}, {where}", "header", bold=True)],
            "Title at Employer / dates": lambda: [Para(f"{title} at {employer}", "header", bold=True), Para(dates, "dates")],
            "dates: Title, Employer": lambda: [Para(f"{dates}{self.pick([': ', ' | ', '  ', ' '])}{title}, {where}", "header")],
            "Title (dates) / Employer": lambda: [Para(f"{title} ({dates})", "header", bold=True), Para(where, "header")],
            "Employer <tab> dates / Title": lambda: [Para(where, "header", right=dates, bold=True), Para(title, "title")],
            "Title <tab> dates / Employer": lambda: [Para(title, "title", right=dates, bold=True), Para(where, "header")],
            "Title / Employer / dates": lambda: [Para(title, "title", bold=True), Para(where, "header"), Para(dates, "dates")],
            "Employer / Title, dates": lambda: [Para(where, "header", bold=True), Para(f"{title}, {dates}", "title")],
            "Title, Employer / City | dates": lambda: [Para(f"{title}, {employer}", "header", bold=True),
                                                       Para(f"{city}{self.pick([' | ', ', ', ' · '])}{dates}", "dates")],
            # the wider draw
            "N. Title, Employer / dates": lambda: [Para(f"{self.job_number}. {title}, {employer}", "header", bold=True),
                                                   Para(dates, "dates")],
            "bold Title, plain Employer and dates": lambda: [Para(f"{title} {employer}, {dates}", "header", lead=len(title))],
            "dates: Title at Employer (City, Country)": lambda: [Para(f"{dates}: {title} at {employer} ({city}, {self.country()})", "header")],
            "Title - dates / Employer - City, Country": lambda: [Para(f"{title} - {dates}", "header", bold=True),
                                                                 Para(f"{employer} - {city}, {self.country()}", "header")],
            "dates Employer (City, Country) Title": lambda: [Para(f"{dates} {employer} ({city}, {self.country()}) {title}", "header")],
        }
        return shapes[shape]()

    def country(self) -> str:
        return self.pick(CYRILLIC_COUNTRIES if self.traits.get("script") == "cyrillic employers" else COUNTRIES)

    def position_paras(self, grouping: str, title: str, dates: str) -> list[Para]:
        """One position of several under an employer's line."""
        if grouping == "Title <tab> dates":
            return [Para(title, "title", right=dates, bold=True)]
        if grouping == "Title (dates)":
            return [Para(f"{title} ({dates})", "title", bold=True)]
        if grouping == "dates / Title":
            return [Para(dates, "dates"), Para(title, "title", bold=True)]
        return [Para(title, "title", bold=True), Para(dates, "dates")]

    def duties(self, kind: str) -> list[Para]:
        r = self.r
        count = r.choice([0, 1, 2, 3, 3, 4, 5])
        chosen = r.sample(DUTIES, count)
        if count and self.chance(0.08):
            chosen[-1] = self.pick(DUTIES_WITH_DATES)
        if count and self.traits.get("script") == "cyrillic employers" and self.chance(0.5):
            chosen[0] = self.pick(CYRILLIC_DUTIES)  # (the trait is drawn only in the wider draw)
        if kind == "prose":
            return [Para(". ".join(chosen) + ".", "text")] if chosen else []
        mark = {"typed •": "• ", "typed -": "- ", "typed ▪": "▪ ", "typed *": "* "}.get(kind, "")
        return [Para(mark + duty + self.pick([".", "", ";"]), "duty") for duty in chosen]

    def cv(self) -> tuple[list[Para], list[Section], Truth]:
        r = self.r
        first, last = self.pick(FIRST), self.pick(LAST)
        name = f"{first} {last}"
        header = [Para(name.upper() if self.chance(0.3) else name, "name", bold=True)]
        career = self.career()
        if self.wide and self.weighted("script", {"latin": 6, "cyrillic employers": 1}) == "cyrillic employers":
            names = dict(zip(dict.fromkeys(e for _, e, _, _, _ in career), r.sample(CYRILLIC_EMPLOYERS, len(career))))
            career = [(t, names[e], self.pick(CYRILLIC_CITIES), s, n) for t, e, _, s, n in career]
        headline = career[0][0] if self.chance(0.7) else self.pick(PM_TITLES)
        presents_as_pm = False  # the labels' rule: holds or held a PM role, or presents themselves as one
        if self.chance(0.7):
            header.append(Para(headline + self.pick(["", " | PMP", ", CSM", " | Agile & Waterfall"]), "headline"))
            presents_as_pm = headline in PM_TITLES
        contact = [f"{first.lower()}.{last.lower().replace(' ', '')}@example.com",
                   self.pick(["+351 912 345 678", "+1 512 555 0134", "07700 900123", "+49 151 2345 6789"]),
                   f"{self.pick(CITIES)}, {self.pick(COUNTRIES)}", f"linkedin.com/in/{first.lower()}-{last.lower()}"]
        contact = contact[: r.randint(1, 4)]
        if self.chance(0.15):
            labels = ["E-mail:", "Phone:", "Location:", "LinkedIn:"]
            contact = [f"{label}\t{value}" for label, value in zip(labels, contact)]
            self.traits["contact"] = "labels and tabs"

        heading_style = {"case": self.weighted("heading case", {"as typed": 3, "upper": 3}),
                         "colon": self.chance(0.15)}
        self.traits["heading colon"] = "colon" if heading_style["colon"] else "no colon"
        style = self.date_style()
        shape = self.weighted("role shape", {
            "Title, Employer / dates": 3, "Employer - Title / dates": 2, "Title / Employer | City / dates": 2,
            "Title | Employer | dates": 2, "Title, Employer, City <tab> dates": 2, "dates / Title, Employer": 2,
            "Title at Employer / dates": 1, "dates: Title, Employer": 2, "Title (dates) / Employer": 1,
            "Employer <tab> dates / Title": 2, "Title <tab> dates / Employer": 2, "Title / Employer / dates": 2,
            "Employer / Title, dates": 1, "Title, Employer / City | dates": 1,
            **(WIDE_ROLE_SHAPES if self.wide else {}),
        })
        if shape == "Title (dates) / Employer" and style["shape"] in ("since", "to date"):
            style["shape"] = self.traits["date shape"] = "Month YYYY"
        duty_kind = self.weighted("duties", {"word list": 3, "typed •": 2, "typed -": 1, "typed ▪": 1, "typed *": 1,
                                             "plain lines": 1, "prose": 1})
        roles, spans, pm_spans = [], [], []
        entries = []
        grouping = self.pick(["Title <tab> dates", "Title (dates)", "Title / dates", "each in full"])
        if shape.startswith("dates"):
            grouping = self.pick(["dates / Title", "each in full"])  # the CV's own order of dates and titles
        self.traits["positions under one employer"] = "none"
        for number, (title, employer, city, start, end) in enumerate(career):
            self.job_number = number + 1
            dates, start_iso, end_iso = self.date_range(style, start, end, number)
            same = number > 0 and career[number - 1][1] == employer
            if same or (number + 1 < len(career) and career[number + 1][1] == employer):
                self.traits["positions under one employer"] = grouping
            if same and grouping != "each in full":
                # a position of its own (a row of its own in a table of dates beside jobs)
                paras = self.position_paras(grouping, title, dates)
            elif number + 1 < len(career) and career[number + 1][1] == employer and grouping != "each in full":
                paras = ([Para(self.pick([f"{employer}, {city}", f"{employer} | {city}", employer]), "header", bold=True)]
                         + self.position_paras(grouping, title, dates))
            else:
                paras = self.role_paras(shape, title, employer, city, dates)
            duties = self.duties(duty_kind)
            entries.append(paras + duties)
            self.jobs.append({"title": title, "employer": employer, "city": city, "dates": dates, "duties": duties})
            roles.append(Role(title, employer, start_iso, end_iso))
            spans.append((start_iso, end_iso))
            if title in PM_TITLES:
                pm_spans.append((start_iso, end_iso))
        if self.chance(0.05):
            entries.reverse()  # oldest first
            roles.reverse()
            self.jobs.reverse()
            self.traits["order"] = "oldest first"
        else:
            self.traits["order"] = "newest first"

        sections = [Section("experience", self.heading("experience", heading_style), entries)]
        if self.chance(0.6):
            summary = self.pick(SUMMARIES)
            presents_as_pm = presents_as_pm or summary in PM_SUMMARIES
            sections.append(Section("summary", self.heading("summary", heading_style), [[Para(summary, "text")]]))
        skills = r.sample(SKILLS, r.randint(3, 9))
        if self.chance(0.2):
            per_row = r.choice([2, 3])  # a table of skills, a few to a row
            self.traits["skills"] = "a table"
            rows = [skills[i:i + per_row] for i in range(0, len(skills), per_row)]
            sections.append(Section("skills", self.heading("skills", heading_style),
                                    [[Para("\t".join(row), "skill row")] for row in rows]))
        else:
            sections.append(Section("skills", self.heading("skills", heading_style), [[Para(skill, "skill")] for skill in skills]))
        if self.chance(0.9):
            sections.append(Section("education", self.heading("education", heading_style), self.schools(style)))
        if self.chance(0.5):
            sections.append(Section("courses", self.heading("courses", heading_style), self.courses(style)))
        if self.chance(0.2):
            sections.append(Section("projects", self.heading("projects", heading_style), self.projects(style)))
        if self.chance(0.15):
            sections.append(Section("volunteering", self.heading("volunteering", heading_style), self.volunteering(style)))
        if self.chance(0.5):
            sections.append(Section("languages", self.heading("languages", heading_style),
                                    [[Para(item, "skill")] for item in r.sample(SPOKEN, r.randint(1, 3))]))
        if self.chance(0.2):
            sections.append(Section("interests", self.heading("interests", heading_style), [[Para(self.pick(INTERESTS), "text")]]))
        order = self.weighted("section order", {"summary, skills, work, rest": 4, "work first": 2,
                                                "education and courses first": 2, "shuffled": 1})
        keys = [section.key for section in sections]
        rank = {"summary": 0, "skills": 1, "experience": 2, "education": 3, "courses": 4, "projects": 5, "volunteering": 6,
                "languages": 7, "interests": 8}
        if order == "work first":
            rank["experience"] = -1
        elif order == "education and courses first":
            rank["education"], rank["courses"] = 1.5, 1.6
        elif order == "shuffled":
            rank = {key: r.random() for key in keys}
            rank["summary"] = -1
        sections.sort(key=lambda section: rank[section.key])
        if self.chance(0.3):
            sections.insert(0, Section("contact", self.heading("contact", heading_style), [[Para(c, "contact")] for c in contact]))
        else:
            header += [Para(c, "contact") for c in (contact if self.chance(0.5) else [" | ".join(contact)])]
        is_pm = bool(pm_spans) or presents_as_pm
        truth = Truth(roles, union_years(spans, self.as_of), self.as_of, is_pm,
                      level_of(union_years(pm_spans, self.as_of) or 0.0, bool(pm_spans)))
        return header, sections, truth

    def schools(self, style: dict) -> list[list[Para]]:
        out = []
        year = self.r.randint(1995, 2016)
        for _ in range(self.r.choice([1, 1, 2, 2, 3])):
            length = self.r.randint(1, 5)
            start, end = (year, self.r.randint(9, 10)), (year + length, self.r.randint(6, 7))
            dates, _, _ = self.date_range(style, start, end, 0)
            degree, school = self.pick(DEGREES), self.pick(SCHOOLS)
            self.studies.append((dates, degree, school))
            out.append(self.pick([
                [Para(f"{degree}, {school}", "header", bold=True), Para(dates, "dates")],
                [Para(degree, "title", bold=True), Para(f"{school} | {dates}", "header")],
                [Para(f"{dates}{self.pick([': ', '  ', ' | '])}{degree}, {school}", "header")],
                [Para(f"{school}", "header", right=dates, bold=True), Para(degree, "text")],
                [Para(f"{degree} – {school}, {year + length}", "header")],
            ]))
            year -= self.r.randint(2, 6)
        return out

    def courses(self, style: dict) -> list[list[Para]]:
        out = []
        for course in self.r.sample(COURSES, self.r.randint(1, 4)):
            year = self.r.randint(2012, self.as_of.year - 1)
            provider = self.pick(COURSE_PROVIDERS)
            if self.chance(0.3):
                dates, _, _ = self.date_range(style, (year - 1, self.r.randint(1, 6)), (year, self.r.randint(7, 12)), 0)
            else:
                dates = str(year)
            out.append(self.pick([
                [Para(f"{course}, {provider}, {dates}", "text")],
                [Para(f"{dates}{self.pick([': ', ' – ', '  '])}{course} ({provider})", "text")],
                [Para(f"{course} – {provider}", "header", right=dates)],
                [Para(course, "title", bold=True), Para(f"{provider}, {dates}", "text")],
            ]))
        return out

    def projects(self, style: dict) -> list[list[Para]]:
        out = []
        for project in self.r.sample(PROJECTS, self.r.randint(1, 3)):
            year = self.r.randint(2014, self.as_of.year - 2)
            dates, _, _ = self.date_range(style, (year, self.r.randint(1, 6)), (year + 1, self.r.randint(1, 12)), 0)
            out.append(self.pick([
                [Para(f"{project} ({dates})", "header", bold=True), Para(self.pick(DUTIES) + ".", "text")],
                [Para(project, "header", right=dates, bold=True), Para(self.pick(DUTIES) + ".", "text")],
                [Para(f"{dates}: {project}", "header"), Para("Role: project manager; " + self.pick(DUTIES).lower() + ".", "text")],
            ]))
        return out

    def volunteering(self, style: dict) -> list[list[Para]]:
        out = []
        for item in self.r.sample(VOLUNTEER, self.r.randint(1, 2)):
            year = self.r.randint(2010, self.as_of.year - 2)
            dates, _, _ = self.date_range(style, (year, self.r.randint(1, 12)), (year + 2, self.r.randint(1, 12)), 0)
            out.append([Para(item, "header", bold=True), Para(dates, "dates")])
        return out


# ---------------------------------------------------------------- writing the .docx


class Writer:
    """Lays the CV out in one of the layouts Word CVs come in."""

    def __init__(self, maker: Maker):
        self.m = maker
        self.r = maker.r
        self.doc = docx.Document()
        self.box_ids = 100
        self.heading_kind = maker.weighted("heading style", {
            "Heading style": 3, "bold larger run": 3, "bold run": 2, "plain": 1, "w:caps run": 1, "table cell": 1,
            **(WIDE_HEADING_STYLES if maker.wide else {}),
        })
        self.empty_paragraphs = False  # drawn in write(), in the wider draw only
        self.right_join = maker.weighted("tab join", {"tab": 3, "spaces": 1, "two spaces": 1})
        self.split_runs = maker.chance(0.2)
        maker.traits["runs"] = "split" if self.split_runs else "whole"

    # -- small pieces

    def runs(self, paragraph, text: str, bold: bool = False, size: Optional[float] = None, caps: bool = False) -> None:
        pieces = [text]
        if self.split_runs and len(text) > 6:
            cuts = sorted(self.r.sample(range(1, len(text)), min(3, len(text) - 1)))
            pieces = [text[a:b] for a, b in zip([0] + cuts, cuts + [len(text)])]
        for piece in pieces:
            run = paragraph.add_run(piece)
            run.bold = bold or None
            if size:
                run.font.size = Pt(size)
            if caps:
                run.font.all_caps = True

    def right_text(self, paragraph, para: Para) -> None:
        if para.right is None:
            return
        if self.right_join == "tab":
            paragraph.paragraph_format.tab_stops.add_tab_stop(Inches(6.3), WD_TAB_ALIGNMENT.RIGHT)
            paragraph.add_run().add_tab()
            self.runs(paragraph, para.right)
        else:
            self.runs(paragraph, ("    " if self.right_join == "spaces" else "  ") + para.right)

    def paragraph(self, container, para: Para, duty_kind: str):
        if para.kind == "heading":
            return self.heading(container, para)
        if para.kind == "duty" and duty_kind == "word list":
            paragraph = container.add_paragraph(style="List Bullet" if self.m.traits.get("list", "") != "numbered" else "List Number")
        else:
            paragraph = container.add_paragraph()
        size = 20 if para.kind == "name" else None
        self.para_runs(paragraph, para, size=size)
        self.right_text(paragraph, para)
        self.maybe_empty(container)
        return paragraph

    def para_runs(self, paragraph, para: Para, text: Optional[str] = None, size: Optional[float] = None, bold=None) -> None:
        """The line's runs: its bold lead in a run of its own ("**Project Manager** Northwind, 2019")."""
        text = para.text if text is None else text
        bold = para.bold if bold is None else bold
        lead = para.lead if text.endswith(para.text) and para.lead else 0
        if lead:
            lead += len(text) - len(para.text)
            self.runs(paragraph, text[:lead], bold=True, size=size)
            self.runs(paragraph, text[lead:], size=size)
        else:
            self.runs(paragraph, text, bold=bold, size=size)

    def maybe_empty(self, container) -> None:
        """Empty paragraphs between the lines, as people space a CV out with Enter."""
        if self.empty_paragraphs and hasattr(container, "add_paragraph") and self.r.random() < 0.5:
            for _ in range(self.r.randint(1, 2)):
                container.add_paragraph()

    def heading(self, container, para: Para):
        kind = self.heading_kind
        if kind == "table cell" and hasattr(container, "add_table"):
            table = container.add_table(rows=1, cols=1)
            cell = table.rows[0].cells[0]
            self.runs(cell.paragraphs[0], para.text, bold=True, size=13)
            return cell.paragraphs[0]
        if kind == "Heading style":
            paragraph = container.add_paragraph(style=self.pick_heading_style())
            self.runs(paragraph, para.text)
            return paragraph
        if kind == "shaded paragraph":
            self.maybe_empty(container)
            paragraph = container.add_paragraph()
            self.runs(paragraph, para.text)
            paragraph._p.get_or_add_pPr().append(parse_xml(f'<w:shd {W_NS} w:val="clear" w:color="auto" w:fill="D9E2F3"/>'))
            return paragraph
        paragraph = container.add_paragraph()
        if kind == "bold larger run":
            self.runs(paragraph, para.text, bold=True, size=14)
        elif kind == "bold run":
            self.runs(paragraph, para.text, bold=True)
        elif kind == "w:caps run":
            self.runs(paragraph, para.text.title() if para.text.isupper() else para.text, bold=True, caps=True)
        else:
            self.runs(paragraph, para.text)
        return paragraph

    def pick_heading_style(self) -> str:
        if not hasattr(self, "_heading_style"):
            self._heading_style = self.m.pick(["Heading 1", "Heading 2", "Heading 3"])
        return self._heading_style

    def flat(self, sections: list[Section]) -> list[Para]:
        return [para for section in sections for para in ([section.heading] if section.heading else [])
                + [p for entry in section.entries for p in entry]]

    def wrapped(self, paras: list[Para]) -> list[Para]:
        """Long lines cut as a converter cuts them: at a blank near the column's width."""
        out = []
        for para in paras:
            text = para.text
            while para.kind in ("duty", "text") and len(text) > 80:
                cut = text.rfind(" ", 0, self.r.randint(60, 80))
                if cut <= 0:
                    break
                out.append(Para(text[:cut], para.kind, bold=para.bold))
                text = text[cut + 1:]
                para = Para(text, "text" if para.kind == "duty" else para.kind, para.right, para.bold)
            out.append(Para(text, para.kind, para.right, para.bold, para.lead if text == para.text else 0))
        return out

    # -- layouts

    def write(self, header: list[Para], sections: list[Section]) -> bytes:
        m = self.m
        duty_kind = m.traits["duties"]
        if duty_kind == "word list" and m.chance(0.3):
            m.traits["list"] = "numbered"
        layout = m.weighted("layout", {
            "paragraphs": 4, "converter dump": 3, "dates beside jobs table": 2, "sidebar table, one row": 2,
            "sidebar table, rows": 1, "nested tables": 1, "side column text box": 2, "sections in text boxes": 1,
            "frames, every line": 1, "frames, the dates": 1, "two text columns": 1, "one-cell tables": 1,
            "columns side by side on each line": 2, **(WIDE_LAYOUTS if m.wide else {}),
        })
        in_header = m.chance(0.15)
        m.traits["name in page header"] = "yes" if in_header else "no"
        if in_header:
            page_header = self.doc.sections[0].header
            page_header.paragraphs[0].text = header[0].text
            for para in header[1:]:
                page_header.add_paragraph(para.text)
            header = []
        if m.chance(0.2):
            footer = self.doc.sections[0].footer
            footer.paragraphs[0].text = m.pick(["Curriculum Vitae", "Page 1", "CV – confidential", header[0].text if header else "CV"])
        if m.wide:
            self.empty_paragraphs = m.weighted("empty paragraphs", {"none": 3, "many": 1}) == "many"
        getattr(self, "layout_" + layout.replace(",", "").replace("-", "_").replace(" ", "_"))(header, sections, duty_kind)
        buffer = io.BytesIO()
        self.doc.save(buffer)
        return buffer.getvalue()

    def layout_paragraphs(self, header, sections, duty_kind) -> None:
        for para in header:
            self.paragraph(self.doc, para, duty_kind)
        for section in sections:
            paras = ([section.heading] if section.heading else []) + [p for entry in section.entries for p in entry]
            rows = [p.text.split("\t") for p in paras if p.kind == "skill row"]
            for para in paras:
                if para.kind != "skill row":
                    self.paragraph(self.doc, para, duty_kind)
            if rows:
                table = self.doc.add_table(rows=len(rows), cols=max(len(row) for row in rows))
                for cells, row in zip(table.rows, rows):
                    for cell, skill in zip(cells.cells, row):
                        cell.paragraphs[0].text = skill

    def layout_converter_dump(self, header, sections, duty_kind) -> None:
        """The whole text as one paragraph of lines (or a few), each line a run and a break."""
        paras = self.wrapped(header + self.flat(sections))
        paragraph = self.doc.add_paragraph()
        for number, para in enumerate(paras):
            if number and self.r.random() < 0.03:
                paragraph = self.doc.add_paragraph()  # a converter starts a new paragraph now and then
            elif number:
                paragraph.add_run().add_break()
            text = para.text
            if para.kind == "duty" and duty_kind == "word list":
                text = "• " + text
            self.para_runs(paragraph, para, text, bold=para.bold and self.r.random() < 0.5)
            if para.right is not None:
                self.right_text(paragraph, para)

    def layout_dates_beside_jobs_table(self, header, sections, duty_kind) -> None:
        """The jobs in a table: the dates in a narrow left cell, the rest in the right one."""
        for para in header:
            self.paragraph(self.doc, para, duty_kind)
        for section in sections:
            if section.heading:
                self.heading(self.doc, section.heading)
            if section.key not in ("experience", "education"):
                for para in (p for entry in section.entries for p in entry):
                    self.paragraph(self.doc, para, duty_kind)
                continue
            table = self.doc.add_table(rows=0, cols=2)
            for entry in section.entries:
                cells = table.add_row().cells
                dates = [p for p in entry if p.kind == "dates"]
                rest = [p for p in entry if p.kind != "dates"]
                if not dates:
                    # the dates were on a header line: the left cell holds them, the line the rest
                    left, rest = self.dates_out_of(rest)
                    dates = [Para(left, "dates")] if left else []
                self.fill(cells[0], dates, duty_kind)
                self.fill(cells[1], rest, duty_kind)

    def dates_out_of(self, paras: list[Para]) -> tuple[Optional[str], list[Para]]:
        for number, para in enumerate(paras):
            if para.right is not None:
                return para.right, paras[:number] + [Para(para.text, para.kind, None, para.bold)] + paras[number + 1:]
        return None, paras

    def fill(self, cell, paras: list[Para], duty_kind: str) -> None:
        first = cell.paragraphs[0]
        for number, para in enumerate(paras):
            if number == 0 and para.kind not in ("duty", "heading"):
                self.para_runs(first, para)
                self.right_text(first, para)
            else:
                self.paragraph(cell, para, duty_kind)

    def side_and_main(self, header, sections) -> tuple[list[Section], list[Section]]:
        side = [s for s in sections if s.key in SIDE_KEYS]
        main = [s for s in sections if s.key not in SIDE_KEYS]
        if header:
            name = header[:1]
            rest = header[1:]
            if self.r.random() < 0.5:
                main.insert(0, Section("header", None, [name + rest]))
            else:
                main.insert(0, Section("header", None, [name]))
                side.insert(0, Section("header", None, [rest]))
        return side, main

    def layout_sidebar_table_one_row(self, header, sections, duty_kind) -> None:
        side, main = self.side_and_main(header, sections)
        table = self.doc.add_table(rows=1, cols=2)
        left, right = table.rows[0].cells
        if self.r.random() < 0.3:
            left, right = right, left  # the side column on the right
        self.column(left, side, duty_kind)
        self.column(right, main, duty_kind)

    def column(self, cell, sections: list[Section], duty_kind: str) -> None:
        first = True
        for section in sections:
            paras = ([section.heading] if section.heading else []) + [p for entry in section.entries for p in entry]
            for para in paras:
                if first:
                    first = False
                    if para.kind != "heading" or self.heading_kind != "table cell":
                        self.para_runs(cell.paragraphs[0], para, bold=para.bold or para.kind == "heading")
                        self.right_text(cell.paragraphs[0], para)
                        continue
                self.paragraph(cell, para, duty_kind)

    def layout_sidebar_table_rows(self, header, sections, duty_kind) -> None:
        """A template's grid: side sections on the left, main ones on the right, one row each."""
        side, main = self.side_and_main(header, sections)
        rows = max(len(side), len(main))
        table = self.doc.add_table(rows=rows, cols=2)
        for number in range(rows):
            left, right = table.rows[number].cells
            if number < len(side):
                self.column(left, [side[number]], duty_kind)
            if number < len(main):
                self.column(right, [main[number]], duty_kind)

    def layout_nested_tables(self, header, sections, duty_kind) -> None:
        side, main = self.side_and_main(header, sections)
        table = self.doc.add_table(rows=1, cols=2)
        left, right = table.rows[0].cells
        self.column(left, side, duty_kind)
        first = True
        for section in main:
            if section.heading:
                if first:
                    self.runs(right.paragraphs[0], section.heading.text, bold=True)
                    first = False
                else:
                    self.heading(right, section.heading)
            if section.key in ("experience", "education", "courses"):
                for entry in section.entries:
                    inner = right.add_table(rows=1, cols=2)
                    dates = [p for p in entry if p.kind == "dates"]
                    rest = [p for p in entry if p.kind != "dates"]
                    if not dates:
                        left_text, rest = self.dates_out_of(rest)
                        dates = [Para(left_text, "dates")] if left_text else []
                    if dates:
                        self.fill(inner.rows[0].cells[0], dates, duty_kind)
                        self.fill(inner.rows[0].cells[1], rest, duty_kind)
                    else:
                        self.fill(inner.rows[0].cells[0], rest, duty_kind)
                    right.add_paragraph()  # Word needs a paragraph after a nested table
                continue
            for para in (p for entry in section.entries for p in entry):
                if first:
                    self.runs(right.paragraphs[0], para.text, bold=para.bold)
                    first = False
                else:
                    self.paragraph(right, para, duty_kind)

    def textbox_xml(self, paras: list[Para], floating: bool = True, y: int = 300_000) -> str:
        def escape(text: str) -> str:
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

        def text_runs(p: Para) -> str:
            if p.lead:  # a bold lead, then plain text
                return (f'<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{escape(p.text[:p.lead])}</w:t></w:r>'
                        f'<w:r><w:t xml:space="preserve">{escape(p.text[p.lead:])}</w:t></w:r>')
            return f'<w:r>{"<w:rPr><w:b/></w:rPr>" if p.bold else ""}<w:t xml:space="preserve">{escape(p.text)}</w:t></w:r>'

        body = "".join(
            f"<w:p>{text_runs(p)}"
            + (f'<w:r><w:tab/><w:t xml:space="preserve">{escape(p.right)}</w:t></w:r>' if p.right else "") + "</w:p>"
            for p in paras
        )
        self.box_ids += 1
        if floating:
            frame = (
                '<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="2" behindDoc="0" '
                'locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
                f'<wp:positionH relativeFrom="page"><wp:posOffset>{self.r.choice([300_000, 5_000_000])}</wp:posOffset></wp:positionH>'
                f'<wp:positionV relativeFrom="page"><wp:posOffset>{y}</wp:posOffset></wp:positionV>'
                '<wp:extent cx="2200000" cy="8000000"/><wp:wrapSquare wrapText="bothSides"/>'
            )
            close = "</wp:anchor>"
        else:
            frame, close = '<wp:inline><wp:extent cx="2200000" cy="600000"/>', "</wp:inline>"
        drawing = (
            f'<w:drawing>{frame}<wp:docPr id="{self.box_ids}" name="Box {self.box_ids}"/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            f"<wps:wsp><wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>"
            f"</a:graphicData></a:graphic>{close}</w:drawing>"
        )
        fallback = (
            '<mc:Fallback><w:pict><v:rect style="position:absolute;margin-left:300pt;width:170pt;height:600pt">'
            f"<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:rect></w:pict></mc:Fallback>"
        )
        return (f'<w:r {DRAWING_NS}><mc:AlternateContent><mc:Choice Requires="wps">{drawing}</mc:Choice>'
                f"{fallback}</mc:AlternateContent></w:r>")

    def layout_side_column_text_box(self, header, sections, duty_kind) -> None:
        """The main text in paragraphs, the side column in a floating text box anchored where the
        author dropped it: the first paragraph or one inside the work history."""
        side, main = self.side_and_main(header, sections)
        side_paras = self.flat(side)
        main_paras = self.flat(main)
        where = 0 if self.r.random() < 0.5 else self.r.randrange(len(main_paras))
        self.m.traits["text box anchor"] = "first paragraph" if where == 0 else "inside the text"
        for number, para in enumerate(main_paras):
            paragraph = self.paragraph(self.doc, para, duty_kind)
            if number == where and side_paras:
                paragraph._p.append(parse_xml(self.textbox_xml(side_paras)))

    def layout_sections_in_text_boxes(self, header, sections, duty_kind) -> None:
        """Each section in a floating text box of its own, anchored at an empty paragraph."""
        for para in header:
            self.paragraph(self.doc, para, duty_kind)
        for number, section in enumerate(sections):
            paras = ([section.heading] if section.heading else []) + [p for entry in section.entries for p in entry]
            paras = [Para(("• " if p.kind == "duty" and duty_kind == "word list" else "") + p.text, p.kind, p.right, p.bold, p.lead)
                     for p in paras]
            paragraph = self.doc.add_paragraph()
            paragraph._p.append(parse_xml(self.textbox_xml(paras, y=1_000_000 + number * 900_000)))

    def framed(self, container, para: Para, x: int, y: int, duty_kind: str, text: Optional[str] = None):
        paragraph = container.add_paragraph()
        self.para_runs(paragraph, para, text)
        paragraph._p.get_or_add_pPr().append(parse_xml(
            f'<w:framePr {W_NS} w:w="{9000 - x}" w:hAnchor="page" w:vAnchor="page" w:x="{x}" w:y="{y}" w:wrap="none"/>'))
        return paragraph

    def layout_frames_every_line(self, header, sections, duty_kind) -> None:
        """What PDF-to-Word converters make: each line an absolutely positioned frame; text set
        right of a line a frame of its own at the same height."""
        y = 700
        for para in self.wrapped(header + self.flat(sections)):
            text = ("• " if para.kind == "duty" and duty_kind == "word list" else "") + para.text
            self.framed(self.doc, para, 1100, y, duty_kind, text)
            if para.right is not None:
                self.framed(self.doc, Para(para.right, "dates"), 8200, y, duty_kind)
            y += 280

    def layout_frames_the_dates(self, header, sections, duty_kind) -> None:
        """Flowing paragraphs, with the text set right of a line (the dates) in a frame of its own."""
        for para in header + self.flat(sections):
            if para.right is None:
                self.paragraph(self.doc, para, duty_kind)
                continue
            self.paragraph(self.doc, Para(para.text, para.kind, None, para.bold), duty_kind)
            self.framed(self.doc, Para(para.right, "dates"), 8200, 0, duty_kind)

    def layout_columns_side_by_side_on_each_line(self, header, sections, duty_kind) -> None:
        """A two-column page converted line by line: each line holds the side column's line, a gap
        (a tab to a tab stop, or a run of blanks) and the main column's line."""
        side, main = self.side_and_main(header, sections)
        left = [piece for p in self.flat(side) for piece in (p.text.split("\t") if p.kind == "skill row" else [p.text])]
        right = self.wrapped(self.flat(main))
        gap = self.m.weighted("column gap", {"tab": 2, "blanks": 1})
        offset = self.r.randint(0, 3)  # the side column starts a line or two lower, or higher
        left = [""] * offset + left
        for number in range(max(len(left), len(right))):
            paragraph = self.doc.add_paragraph()
            side_text = left[number] if number < len(left) else ""
            para = right[number] if number < len(right) else None
            if gap == "tab":
                paragraph.paragraph_format.tab_stops.add_tab_stop(Inches(2.4))
            self.runs(paragraph, side_text, bold=side_text.isupper())
            if para is None:
                continue
            if gap == "tab":
                paragraph.add_run().add_tab()
            else:
                self.runs(paragraph, " " * self.r.randint(3, 8) if side_text else " " * self.r.randint(40, 50))
            text = ("• " if para.kind == "duty" and duty_kind == "word list" else "") + para.text
            self.para_runs(paragraph, para, text)
            if para.right is not None:
                self.right_text(paragraph, para)

    def layout_two_text_columns(self, header, sections, duty_kind) -> None:
        """A section of two newspaper columns (w:cols): the side column first, a column break,
        then the main one."""
        side, main = self.side_and_main(header, sections)
        paras = self.flat(side)
        for para in paras:
            self.paragraph(self.doc, para, duty_kind)
        if paras:
            self.doc.paragraphs[-1].add_run().add_break(WD_BREAK.COLUMN)
        for para in self.flat(main):
            self.paragraph(self.doc, para, duty_kind)
        self.doc.sections[0]._sectPr.append(parse_xml(f'<w:cols {W_NS} w:num="2" w:space="720"/>'))

    def layout_one_cell_tables(self, header, sections, duty_kind) -> None:
        """A template of boxes: each section (or each job) in a one-cell table."""
        for para in header:
            self.paragraph(self.doc, para, duty_kind)
        per_job = self.r.random() < 0.5
        for section in sections:
            if per_job and section.key == "experience":
                if section.heading:
                    self.heading(self.doc, section.heading)
                for entry in section.entries:
                    table = self.doc.add_table(rows=1, cols=1)
                    table.alignment = WD_TABLE_ALIGNMENT.CENTER
                    self.fill(table.rows[0].cells[0], entry, duty_kind)
                continue
            table = self.doc.add_table(rows=1, cols=1)
            paras = ([section.heading] if section.heading else []) + [p for entry in section.entries for p in entry]
            cell = table.rows[0].cells[0]
            self.runs(cell.paragraphs[0], paras[0].text, bold=paras[0].bold)
            for para in paras[1:]:
                self.paragraph(cell, para, duty_kind)


    # -- the wider draw's layouts

    def layout_europass_table(self, header, sections, duty_kind) -> None:
        """The European CV form: a table, labels right in a narrow left column ("Dates",
        "Occupation or position held", "Name and address of employer"), the values beside them;
        each section a row of its heading, each job a block of labelled rows."""
        table = self.doc.add_table(rows=0, cols=2)
        for para in header:
            label = {"name": "First name(s) / Surname(s)", "headline": "Desired employment"}.get(para.kind, "")
            self.label_row(table, label, [para], duty_kind)
        for section in sections:
            if section.heading:
                cells = table.add_row().cells
                self.runs(cells[0].paragraphs[0], section.heading.text, bold=True)
            if section.key == "experience":
                for job in self.m.jobs:
                    where = f"{job['employer']}, {self.r.randint(1, 120)} {self.m.pick(['Harbour Road', 'Main Street', 'Park Avenue'])}, {job['city']}"
                    values = [[Para(job["dates"], "dates")], [Para(job["title"], "title", bold=True)],
                              job["duties"] or [Para("", "text")], [Para(self.m.pick([job["employer"], where]), "header")],
                              [Para(self.m.pick(SECTORS), "text")]]
                    for label, paras in zip(EUROPASS_JOB, values):
                        self.label_row(table, label, paras, duty_kind)
                continue
            if section.key == "education" and self.m.studies:
                for dates, degree, school in self.m.studies:
                    for label, value in zip(EUROPASS_SCHOOL, (dates, degree, school)):
                        self.label_row(table, label, [Para(value, "text")], duty_kind)
                continue
            for para in (p for entry in section.entries for p in entry):
                self.label_row(table, "", [Para(para.text.replace("\t", ", "), para.kind, para.right, para.bold, para.lead)], duty_kind)

    def label_row(self, table, label: str, paras: list[Para], duty_kind: str) -> None:
        cells = table.add_row().cells
        self.runs(cells[0].paragraphs[0], label)
        cells[0].paragraphs[0].alignment = 2  # right, as the form sets its labels
        self.fill(cells[1], paras, duty_kind)

    def layout_work_table_a_row_per_job(self, header, sections, duty_kind) -> None:
        """Paragraphs, with the jobs in a table of their own: a row per job, the dates in the first
        cell, then the employer, the title and the duties (or the title and employer in one cell)."""
        merged = self.r.random() < 0.4
        head_row = self.r.random() < 0.6
        for para in header:
            self.paragraph(self.doc, para, duty_kind)
        for section in sections:
            if section.heading:
                self.heading(self.doc, section.heading)
            if section.key != "experience":
                for para in (p for entry in section.entries for p in entry):
                    if para.kind != "skill row":
                        self.paragraph(self.doc, para, duty_kind)
                continue
            columns = 3 if merged else 4
            table = self.doc.add_table(rows=0, cols=columns)
            if head_row:
                names = ["Period", "Position and employer", "Duties"] if merged else ["Period", "Company", "Position", "Responsibilities"]
                for cell, name in zip(table.add_row().cells, names):
                    self.runs(cell.paragraphs[0], name, bold=True)
            for job in self.m.jobs:
                cells = table.add_row().cells
                employer = self.m.pick([job["employer"], f"{job['employer']}, {job['city']}"])
                self.fill(cells[0], [Para(job["dates"], "dates")], duty_kind)
                if merged:
                    self.fill(cells[1], [Para(job["title"], "title", bold=True), Para(employer, "header")], duty_kind)
                else:
                    self.fill(cells[1], [Para(employer, "header")], duty_kind)
                    self.fill(cells[2], [Para(job["title"], "title")], duty_kind)
                self.fill(cells[-1], job["duties"], duty_kind)

    def layout_one_big_table(self, header, sections, duty_kind) -> None:
        """The whole CV in one table: the name and contact in the first row, then a row for each
        section, its heading in the left cell and its lines in the right one."""
        table = self.doc.add_table(rows=1, cols=2)
        if header:
            self.fill(table.rows[0].cells[0], header, duty_kind)
        for section in sections:
            cells = table.add_row().cells
            if section.heading:
                self.runs(cells[0].paragraphs[0], section.heading.text, bold=True)
            paras = [Para(p.text.replace("\t", ", "), p.kind, p.right, p.bold, p.lead) for entry in section.entries for p in entry]
            self.fill(cells[1], paras, duty_kind)


def make(seed: int, index: int, as_of: date, wide: bool = True) -> tuple[bytes, Truth]:
    maker = Maker(f"docx-{seed}-{index}", as_of, wide)
    header, sections, truth = maker.cv()
    data = Writer(maker).write(header, sections)
    truth.traits = dict(maker.traits)
    return data, truth


# ---------------------------------------------------------------- reading and scoring


def read(data: bytes, as_of: date, full: bool, name: str = "cv.docx"):
    """(profile, years, level, is_pm) as profilecheck reads the file."""
    options = Options(as_of=as_of)
    if full:
        import profilecheck

        report = profilecheck.analyze_bytes(data, options, name)
        facts = report.facts
        return report.profile, facts.years_of_experience, facts.level, facts.is_project_manager
    from profilecheck.facts import years_of_experience
    from profilecheck.readers import read_bytes
    from profilecheck.structure import build_profile

    profile = build_profile(read_bytes(data, name, options))
    return profile, years_of_experience(profile, as_of)[0], None, None


class Tally:
    def __init__(self) -> None:
        self.roles = Counts()
        self.employers = Counts()
        self.ends = Counts()
        self.shares: dict[str, Share] = collections.defaultdict(Share)
        self.by_trait: dict[tuple[str, str], list] = collections.defaultdict(lambda: [Counts(), Share(), Counts()])
        self.fails: dict[str, list[str]] = collections.defaultdict(list)


def found_roles(profile) -> list[dict]:
    return [{"title": w.position, "employer": w.name, "start": w.startDate,
             "end": w.endDate or ("present" if w.current else None)} for w in profile.work]  # an undated role counts too: every drawn role has dates


def score(tally: Tally, index: int, truth: Truth, read_back) -> None:
    profile, years, level, is_pm = read_back
    found = found_roles(profile)
    expected = [{"title": r.title, "employer": r.employer, "start": r.start, "end": r.end} for r in truth.roles]

    def title_start(f: dict, e: dict) -> bool:
        return same_month(f["start"], e["start"]) and title_like(f["title"], e["title"])

    matched = role_pairs(found, expected, title_start)
    tp, fp, fn = matched, len(found) - matched, len(expected) - matched
    tally.roles.add(tp, fp, fn)
    with_employer = role_pairs(found, expected, lambda f, e: title_start(f, e) and title_like(f["employer"], e["employer"]))
    tally.employers.add(with_employer, len(found) - with_employer, len(expected) - with_employer)
    with_end = role_pairs(found, expected, lambda f, e: title_start(f, e) and (
        f["end"] == e["end"] if "present" in (f["end"], e["end"]) else same_month(f["end"], e["end"])))
    tally.ends.add(with_end, len(found) - with_end, len(expected) - with_end)
    years_ok = truth.years is None and years is None or (
        truth.years is not None and years is not None and abs(years - truth.years) <= 1.0)
    tally.shares["years within 1 year"].add(years_ok)
    roles_ok = fp == 0 and fn == 0
    tally.shares["files with every role right"].add(roles_ok)
    for trait, value in truth.traits.items():
        counts, share, employers = tally.by_trait[(trait, value)]
        counts.add(tp, fp, fn)
        share.add(years_ok)
        employers.add(with_employer, len(found) - with_employer, len(expected) - with_employer)
    if with_employer < len(expected):
        wrong = [(f["title"], f["employer"], e["employer"]) for e in expected for f in found
                 if title_start(f, e) and not title_like(f["employer"], e["employer"])]
        if wrong:
            tally.fails["employers"].append(f"#{index} (title, employer found, employer expected) {wrong[:3]}"
                                            f"\n      [{'; '.join(f'{k}={v}' for k, v in truth.traits.items())}]")
    traits = "; ".join(f"{key}={value}" for key, value in truth.traits.items())
    if not roles_ok:
        tally.fails["roles"].append(roles_failure(index, expected, found, title_start, traits))
    if not years_ok:
        tally.fails["years"].append(f"#{index} expected {truth.years}, found {years}\n      [{traits}]")
    if level is not None:
        ok = BAND.get(level) == BAND[truth.level]
        tally.shares["level band"].add(ok)
        if not ok:
            tally.fails["level band"].append(f"#{index} expected {truth.level}, found {level}")
        tally.shares["is a project manager"].add(bool(is_pm) == truth.is_pm)
        if bool(is_pm) != truth.is_pm:
            tally.fails["is a project manager"].append(f"#{index} expected {truth.is_pm}, found {is_pm}")


def print_tally(tally: Tally, errors: list[str], args, noun: str) -> None:
    """The measures, the errors, the measures by trait (unless one file was drawn: --only) and
    the first failures of each measure; for this set and benchmarks/render_dump_fuzz.py."""
    measures = [("roles (title + start) F1", tally.roles), ("roles (+ employer) F1", tally.employers), ("roles (+ end) F1", tally.ends)]
    print_measures(measures, tally.shares, errors, args.show)
    if args.only is None:
        print("\n## by trait: roles F1, years within 1 year, roles (+ employer) F1")
        last = None
        for (trait, value), (counts, share, employers) in sorted(tally.by_trait.items()):
            f1 = counts.f1 if counts.f1 is not None else 1.0
            years = share.value
            employer_f1 = employers.f1 if employers.f1 is not None else 1.0
            if min(f1, years) >= args.traits and args.traits < 1:
                continue
            if trait != last:
                print(f"  {trait}")
                last = trait
            print(f"    {value:36} {f1:5.2f}  {100 * years:5.1f}%  {employer_f1:5.2f}  ({share.total} {noun})")
    print_failures(tally.fails, ("roles", "years", "employers", "level band", "is a project manager"), args.show)


def show_one(data: bytes, truth: Truth, read_back, as_of: date, name: str = "cv.docx") -> None:
    from profilecheck.readers import read_bytes

    print("traits: " + "; ".join(f"{key}={value}" for key, value in truth.traits.items()))
    print(f"truth: years {truth.years}, PM {truth.is_pm}, level {truth.level}")
    for role in truth.roles:
        print(f"  {role.title!r} | {role.employer!r} | {role.start} - {role.end}")
    print("lines read:")
    for line in read_bytes(data, name, Options(as_of=as_of)).lines:
        print(f"  [{line.region}{' b' if line.bold else ''}] {line.text}")
    profile, years, level, is_pm = read_back
    print(f"read: years {years}" + (f", PM {is_pm}, level {level}" if level is not None else ""))
    print("sections: " + ", ".join(f"{s.name}({s.heading!r})" for s in profile.sections))
    for work in profile.work:
        print(f"  {work.position!r} | {work.name!r} | {work.startDate} - {work.endDate or ('present' if work.current else None)}")


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    stress_arguments(parser, "CV", AS_OF)
    parser.add_argument("--full", action="store_true", help="the whole analysis: also level band and 'is a project manager'")
    parser.add_argument("--classic", action="store_true",
                        help="the classic draw, without the shapes added on 2026-12-01 (the same CVs as before them, seed for seed)")
    parser.add_argument("--traits", type=float, default=1.0, help="show only the traits scoring under this F1 or share (default 1: all)")
    parser.add_argument("--as", dest="form", choices=("docx", "pdf"), default="docx",
                        help="read the Word files (default), or the PDFs their authors would export (LibreOffice converts them)")
    args = parser.parse_args(argv)
    indexes = [args.only] if args.only is not None else list(range(args.count))
    tally = Tally()
    errors: list[str] = []
    started = time.perf_counter()
    drawn = {index: make(args.seed, index, args.as_of, wide=not args.classic) for index in indexes}
    if args.form == "pdf":
        pdfs = as_pdfs({index: data for index, (data, _) in drawn.items()})
        errors += [f"#{index}: LibreOffice wrote no PDF" for index in indexes if index not in pdfs]
        drawn = {index: (pdfs[index], truth) for index, (_, truth) in drawn.items() if index in pdfs}
    name = f"cv.{args.form}"
    for index, (data, truth) in drawn.items():
        failed_before = sum(len(v) for v in tally.fails.values())
        try:
            read_back = read(data, args.as_of, args.full, name)
        except Exception as error:  # a crash is a finding too
            errors.append(f"#{index}: {type(error).__name__}: {error}")
            read_back = None
        if read_back is not None:
            score(tally, index, truth, read_back)
        failed = read_back is None or sum(len(v) for v in tally.fails.values()) > failed_before
        if args.keep and (failed or args.only is not None):
            args.keep.mkdir(parents=True, exist_ok=True)
            (args.keep / f"docx-fuzz-{args.seed}-{index}.{args.form}").write_bytes(data)
        if args.only is not None and read_back is not None:
            show_one(data, truth, read_back, args.as_of, name)
    seconds = time.perf_counter() - started
    print(f"# Word CV fuzz: {len(indexes)} CVs, seed {args.seed}, {'classic' if args.classic else 'wide'} draw, "
          f"read as {'Word files' if args.form == 'docx' else 'PDFs exported by LibreOffice'}, as of {args.as_of} ({seconds:.0f} s)")
    print_tally(tally, errors, args, "CVs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
