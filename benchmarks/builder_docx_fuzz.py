"""Word resumes as online tools and office suites export them: a blind, seeded stress set.

    python benchmarks/builder_docx_fuzz.py                          # 300 resumes, seed 1
    python benchmarks/builder_docx_fuzz.py --count 100 --seed 7     # an unseen draw
    python benchmarks/builder_docx_fuzz.py --only 17 --keep /tmp/bd # one resume: .docx, lines read, truth

Many .docx resumes were never typed in desktop Word: Google Docs' "Download as .docx", Word for the
web, resume builders' "Download DOCX" (Zety, Resume.io, Novoresume, Kickresume, Canva), LibreOffice
Writer, Apple Pages and WPS Office each write WordprocessingML with habits of their own.  This set
draws invented IT project managers (and neighbours: analysts, engineers, testers), writes each
as such a tool would (the XML is written by hand where python-docx has no API), reads it back with
profilecheck and scores the reading against the truth known by construction.  It was designed
without reading profilecheck's readers, structure or NLP stages, nor the other sets' generators.

Drawn, each a trait (a failing class shows as a trait value that scores low):
  tool        gdocs, word_web, zety, resumeio, novoresume, kickresume, canva, libreoffice, pages, wps
  layout      flow (paragraphs), table1 (the whole page one invisible one-column table), table2
              (Google Docs: section headings in a narrow left cell, content in the right one),
              sidebar (a two-column table, the shaded sidebar holding contact, skills, languages and
              certifications; left or right), boxes (Canva: floating text boxes, wps:txbx with a VML
              fallback holding the same text, in an XML order that is not the reading order), frames
              (LibreOffice: contact in a w:framePr frame, the rest in a two-column w:sectPr section),
              header (Pages/WPS: name and contact in the page header only, on every page or the first),
              header_box (a Word template's sidebar: a text box anchored in the page header)
  headings    style (Heading 1/2, Title, Subtitle), bold large runs, caps + character spacing (w:caps,
              w:spacing), small caps
  fields      title_comma "Title, Company", company_dash "Company — Title", title_at "Title at Company",
              title_over (company on the next line), company_over, breaks (title, company and dates
              in one paragraph split by soft w:br breaks)
  dates at    tab (after a right tab stop on the title line), cell (a nested job table: first line |
              dates), cell_wrapped (a narrow date cell, the end after a soft break), left_cell (a timeline:
              dates in a narrow left cell), frame (LibreOffice: the dates in a w:framePr frame at the right,
              written before the title it stands beside), grid (the whole history one table, employer |
              role and duties | dates, a promotion's employer cell merged down with w:vMerge), own (their
              own line), after_company ("Company | dates")
  date shape  mon "Jan 2019 – Present", slash "01/2019 - 03/2021", year "2019 – 2021", long "March 2019
              — Current", dotted "2019.03 - 2021.05", since "Since 2020" (the older jobs in years)
  dash xml    the dates' dash as text, as a w:noBreakHyphen element, or as a Symbol-font w:sym (F02D)
  inline wrap the dates' runs inside w:smartTag, w:customXml or a plain-text content control (w:sdt)
  bullets     list (Word numbering), glyph (Google Docs numbering with custom glyphs), typed ("• " typed;
              trait typed glyph, private-use Symbol glyphs U+F0B7 / U+F0A7 among them)
  runs        whole, split (a w:r per word or letter group, Pages/WPS, with w:lastRenderedPageBreak)
  tracked     none, date_fix (a start year deleted and another inserted), deleted_role (a whole job
              deleted, w:del/w:delText), inserted_role (a true job inserted as a tracked change),
              moved_role (a job's header moved: w:moveFrom at the old place, w:moveTo at the new),
              deleted_items (a tool and a certification deleted), end_fix ("Present" deleted, an end date
              inserted), title_fix (a title deleted, another inserted), hidden_role (a job in w:vanish text)
  box grain   Canva: a box per block (name, each job, each section), or per element (each job's header,
              its dates at the right at the same height, its duties: three boxes); box order reading,
              sidebar_first/last, jobs_reversed, dates_last, shuffled (positions always tell the order)
  links       none, w:hyperlink, a HYPERLINK field (fldChar/instrText), w:fldSimple HYPERLINK, for the
              email, the profile and (outside tracked changes) each employer
  comments    Google Docs / Word web / LibreOffice review comments (comments.xml) naming another job,
              a date, a tool and a certification: none of it is the resume
  and: sdt (content controls round the sections, date pickers round dates), spacing (empty
  paragraphs), bookmarks, hyperlinks, a footer with PAGE / NUMPAGES fields, the box order for Canva,
  jobs (1-7), the career track, a promotion grouped under its company or not, the summary stating
  the years, education before experience.

The truth (the judgement calls):
  - roles: every job in the work history with title, employer, start ("YYYY-MM", or "YYYY" when
    only the year is written) and end (the same, or "present").  Two positions at one employer
    are two roles.  Education, certifications, projects (even "as project lead") and volunteering
    (its own section) are NOT roles.  Text in w:del (and w:moveFrom) is deleted: a role there is a
    false role; text in w:ins counts.
  - years: the union of the role ranges as of --as-of, months counted inclusively (a year-only
    start from January, a year-only end to December, never past --as-of); pm_years the same over
    project-management titles (project/program/portfolio manager, project coordinator, scrum master,
    delivery manager, PMO roles, head of PMO), as benchmarks/labels/README.md says.
  - level: the ladder on PM years (foundation < 2, entry < 4, mid < 7, senior); no PM role:
    foundation.  PM years within 0.5 of a boundary are flagged (trait "level edge").
  - is_pm: has held a PM role (the headline is the latest title).
  - certifications held / in progress, tools: ids of lexicons/certifications.toml and tools.toml.

First draws (before any fix; about 0.06 s a resume): seed 1, 300 resumes: roles F1 0.91, with employer
0.90, years within one year 96%, level 92%, PM 100%, certifications held 1.00, in progress 1.00, tools
1.00; seed 7, 100: 0.88, 0.87, 90%, 93%, 99%, 1.00, 1.00, 1.00.  Outside four classes every resume was
read right (roles F1 1.00): the grid history (the dates cell after the duties goes to the next job),
the Symbol-font w:sym dash (dropped: no range is read), Canva boxes whose XML order is not the reading
order (the anchors' offsets are not used), and one LibreOffice timeline (--only 227).
"""
from __future__ import annotations

import argparse
import collections
import io
import json
import random
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Optional
from xml.sax.saxutils import escape

import environment  # noqa: E402  (benchmarks/: one line, exit 2, outside profilecheck's environment)

environment.require()

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import docx  # noqa: E402
from docx.opc.constants import RELATIONSHIP_TYPE as RT  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402

from realworld import BAND, F1, Share, same_month, stress_arguments, title_like  # noqa: E402

AS_OF = date(2026, 11, 30)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (f'xmlns:w="{W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"')

# ---------------------------------------------------------------- the people (all invented)

FIRST = ["Ottilie", "Ravindra", "Maelle", "Bartosz", "Nkechi", "Soren", "Anouk", "Dariusz", "Ysolde", "Kofi",
         "Thandeka", "Ebba", "Lucian", "Farida", "Henrik", "Mireille", "Caspian", "Juno", "Wiktor", "Aurelie",
         "Desmond", "Ines", "Kaito", "Perpetua", "Ruairi", "Svea", "Tariq", "Veronika", "Oisin", "Leontine"]
LAST = ["Brackenholt", "Quistorp", "Marrowby", "Tellwyn", "Ossendrecht", "Callaway-Prynne", "Duvanel", "Hestridge",
        "Kornblatt", "Lyssenko", "Mabberley", "Nolvayne", "Pettigrove", "Rosswarne", "Sallowfield", "Tranmere-Oake",
        "Umberleigh", "Vantongeren", "Wraybourne", "Yelverston", "Zaborska", "Aldenmoor", "Fiskerton", "Gorrindale"]
ROOTS = ["Brindlecott", "Quarrow", "Velmont", "Ostrava Point", "Hexhollow", "Lunquist", "Parravel", "Cindermoor",
         "Tollbridge", "Emberlane", "Saxmere", "Dovecrest", "Ravelstone", "Marigant", "Northolm", "Greyfallow",
         "Whitlock & Sterne", "Ambrose Kettle", "Fernhallow", "Kilnworth", "Stonemarch", "Tarrabee", "Wendmoor",
         "Holloway Vance", "Ivoryspan", "Jessamine", "Larkhaven", "Mossgiel", "Pemberlight", "Rookwater"]
SUFFIXES = ["Systems", "Analytics", "Logistics", "Health", "Insurance", "Software", "Bank", "Retail", "Telecom",
            "Energy", "Consulting", "Labs", "Technologies", "Financial", "Media", "Group", "Digital", "Networks"]
CITIES = ["Leeds, UK", "Austin, TX", "Calgary, AB", "Lyon, France", "Rotterdam, Netherlands", "Kraków, Poland",
          "Pune, India", "Melbourne, Australia", "Charlotte, NC", "Edinburgh, UK", "Vienna, Austria", "Remote",
          "Raleigh, NC", "Cork, Ireland", "Gothenburg, Sweden", "Ottawa, ON"]
SCHOOLS = ["University of Harrowmere", "Castlebrook Institute of Technology", "Wyndale University",
           "Northern Fenmoor College", "Ardley Polytechnic", "St. Clement's University of Applied Sciences"]
DEGREES = ["BSc Computer Science", "BA Business Administration", "MSc Information Systems", "BEng Software Engineering",
           "MBA", "BSc Mathematics", "MSc Project Management", "BA Economics"]

PM_TITLES = {  # by seniority, project-management roles
    0: ["Project Coordinator", "PMO Analyst", "Junior Project Manager", "Associate Project Manager"],
    1: ["IT Project Manager", "Technical Project Manager", "Scrum Master", "Project Manager", "Delivery Manager"],
    2: ["Senior IT Project Manager", "Program Manager", "Senior Delivery Manager", "Senior Technical Project Manager"],
    3: ["Director of Program Management", "Head of PMO", "Portfolio Manager", "Senior Program Manager"],
}
OTHER_TITLES = {
    0: ["Junior Business Analyst", "QA Analyst", "Service Desk Analyst", "Junior Developer"],
    1: ["Business Analyst", "Software Engineer", "Systems Analyst", "Data Analyst"],
    2: ["QA Lead", "Senior Software Engineer", "Lead Business Analyst", "Infrastructure Engineer"],
    3: ["Engineering Manager", "Solutions Architect", "Principal Engineer", "Head of Quality Engineering"],
}
PM_WORDS = ("project manager", "program manager", "programme manager", "portfolio manager", "project coordinator",
            "scrum master", "delivery manager", "pmo", "project lead", "project director", "program management",
            "project management", "programme management")

CERTS = [  # (id, as written held)
    ("pmp", "PMP"), ("prince2", "PRINCE2 Practitioner"), ("csm", "Certified ScrumMaster (CSM)"),
    ("pmi-acp", "PMI-ACP"), ("safe", "Certified SAFe Agilist"), ("itil", "ITIL 4 Foundation"), ("capm", "CAPM"),
    ("psm", "Professional Scrum Master (PSM I)"), ("six-sigma", "Lean Six Sigma Green Belt"),
    ("comptia-project-plus", "CompTIA Project+"),
]
ISSUERS = {"pmp": "PMI", "capm": "PMI", "pmi-acp": "PMI", "prince2": "AXELOS", "itil": "AXELOS", "csm": "Scrum Alliance",
           "psm": "Scrum.org", "safe": "Scaled Agile", "six-sigma": "IASSC", "comptia-project-plus": "CompTIA"}
TOOLS = [("jira", "Jira"), ("confluence", "Confluence"), ("microsoft-project", "MS Project"), ("smartsheet", "Smartsheet"),
         ("azure-devops", "Azure DevOps"), ("trello", "Trello"), ("asana", "Asana"), ("monday-com", "monday.com"),
         ("servicenow", "ServiceNow"), ("power-bi", "Power BI"), ("miro", "Miro"), ("sharepoint", "SharePoint"),
         ("wrike", "Wrike"), ("primavera", "Primavera P6")]
SOFT_SKILLS = ["Stakeholder management", "Risk management", "Budget control", "Vendor management", "Release planning",
               "Change management", "Roadmapping", "Resource planning", "Requirements workshops"]
LANGUAGES = ["English — native", "German — B2", "French — fluent", "Spanish — intermediate", "Polish — native",
             "Hindi — native", "Dutch — conversational"]
PM_BULLETS = [
    "Led a {n}-person cross-functional team delivering a {thing} {pct}% under budget",
    "Ran sprint planning, reviews and retrospectives for {k} squads using {tool}",
    "Built the release calendar and dependency map for {k} parallel workstreams in {tool}",
    "Cut the average change lead time by {pct}% by reworking the intake and triage process",
    "Managed a ${m}M portfolio of {k} projects, reporting status to the steering committee",
    "Coordinated vendors and internal teams through the {thing} cut-over without downtime",
    "Set up RAID logs and weekly status reporting in {tool} for {k} product teams",
]
OTHER_BULLETS = [
    "Wrote requirements and acceptance criteria for the {thing}, tracked in {tool}",
    "Built test plans for {k} releases and reduced escaped defects by {pct}%",
    "Developed services for the {thing} and reviewed code for a team of {n}",
    "Analysed usage data to size the {thing} backlog with product owners",
]
THINGS = ["billing platform migration", "data warehouse consolidation", "CRM replacement", "mobile banking release",
          "network refresh", "ERP upgrade", "customer portal rebuild", "identity platform rollout",
          "warehouse scanning system", "claims workflow redesign"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def is_pm_title(title: str) -> bool:
    low = title.lower()
    return any(word in low for word in PM_WORDS)


@dataclass
class Role:
    title: str
    employer: str
    city: str
    start: tuple  # (year, month)
    end: Optional[tuple]  # None: present
    bullets: list = field(default_factory=list)
    year_only: bool = False

    def truth(self) -> dict:
        def one(value):
            if value is None:
                return "present"
            return f"{value[0]}" if self.year_only else f"{value[0]}-{value[1]:02d}"
        return {"title": self.title, "employer": self.employer, "start": one(self.start), "end": one(self.end)}


@dataclass
class Truth:
    roles: list
    years: float
    pm_years: float
    level: str
    is_pm: bool
    certs_held: set
    certs_progress: set
    tools: set
    traits: dict
    nonroles: list = field(default_factory=list)  # deleted roles: must NOT be read


def union_years(ranges: list, as_of: date) -> float:
    months: set = set()
    cap = as_of.year * 12 + as_of.month - 1
    for start, end in ranges:
        for month in range(start, min(end, cap) + 1):
            months.add(month)
    return round(len(months) / 12, 1)


def role_range(role: dict, as_of: date) -> tuple:
    def index(text: str, is_end: bool) -> int:
        if text == "present":
            return as_of.year * 12 + as_of.month - 1
        if len(text) == 4:
            return int(text) * 12 + (11 if is_end else 0)
        return int(text[:4]) * 12 + int(text[5:7]) - 1
    return index(role["start"], False), index(role["end"], True)


def level_of(pm_years: float, any_pm: bool) -> str:
    if not any_pm or pm_years < 2:
        return "foundation"
    if pm_years < 4:
        return "entry"
    if pm_years < 7:
        return "mid"
    return "senior"


def truth_numbers(roles: list, as_of: date) -> tuple:
    years = union_years([role_range(role, as_of) for role in roles], as_of)
    pm_roles = [role for role in roles if is_pm_title(role["title"])]
    pm_years = union_years([role_range(role, as_of) for role in pm_roles], as_of)
    return years, pm_years, level_of(pm_years, bool(pm_roles)), bool(pm_roles)


# ---------------------------------------------------------------- drawing


def company(rng: random.Random, used: list) -> str:
    while True:
        name = f"{rng.choice(ROOTS)} {rng.choice(SUFFIXES)}"
        if name not in used:
            used.append(name)
            return name


def fill(rng: random.Random, template: str, tools: list) -> str:
    return template.format(n=rng.randint(4, 25), thing=rng.choice(THINGS), pct=rng.randint(8, 40), k=rng.randint(2, 9),
                           m=rng.randint(2, 40), tool=rng.choice(tools) if tools else "shared trackers")


def draw_roles(rng: random.Random, as_of: date, traits: dict) -> list:
    count = rng.choices(range(1, 8), weights=[8, 14, 18, 18, 16, 14, 12])[0]
    track = rng.choices(["pm", "switch", "other"], weights=[60, 28, 12])[0]
    traits["jobs"] = str(count)
    traits["track"] = track
    cur = as_of.year * 12 + as_of.month - 1
    if rng.random() < 0.15:
        cur -= rng.randint(2, 14)  # between jobs
        end = cur
    else:
        end = None
    spans = []
    for _ in range(count):
        length = rng.randint(8, 54)
        start = cur - length + 1
        spans.append((start, end))
        cur = start - 1 - rng.choice([0, 0, 0, 1, 2, 3, 5])
        end = cur
    roles = []
    used: list = []
    switch_at = rng.randint(1, max(1, count - 1)) if track == "switch" else None
    for position, (start, end) in enumerate(spans):  # newest first
        seniority = max(0, min(3, 3 - position + rng.choice([-1, 0, 0, 1]) - (1 if count < 3 else 0)))
        pm = track == "pm" or (track == "switch" and position < switch_at)
        title = rng.choice((PM_TITLES if pm else OTHER_TITLES)[seniority])
        roles.append(Role(title, company(rng, used), rng.choice(CITIES), (start // 12, start % 12 + 1),
                          None if end is None else (end // 12, end % 12 + 1)))
    # a promotion: the two newest share an employer
    traits["promotion"] = "none"
    if count >= 2 and rng.random() < 0.3:
        roles[1].employer = roles[0].employer
        roles[1].city = roles[0].city
        if roles[1].title == roles[0].title:  # a promotion changes the title
            pool = [title for titles in (PM_TITLES if is_pm_title(roles[0].title) else OTHER_TITLES).values() for title in titles]
            roles[1].title = rng.choice([title for title in pool if title != roles[0].title])
        traits["promotion"] = "pending"
    return roles


PRESENT = {"mon": "Present", "slash": "Present", "long": "Current", "dotted": "Present", "year": "Present", "since": "Present"}


def date_one(role: Role, value: tuple, shape: str) -> str:
    year, month = value
    if role.year_only:
        return str(year)
    return {"mon": f"{MONTHS[month - 1][:3]} {year}", "slash": f"{month:02d}/{year}", "long": f"{MONTHS[month - 1]} {year}",
            "dotted": f"{year}.{month:02d}"}[shape]


def date_text(role: Role, shape: str, dash: str, newest: bool) -> str:
    def one(value):
        return date_one(role, value, shape)
    present = PRESENT[shape]
    if shape == "since" and role.end is None:
        return f"Since {role.start[0]}"
    if role.end is not None and role.year_only and role.start[0] == role.end[0]:
        return str(role.start[0])
    return f"{one(role.start)}{dash}{present if role.end is None else one(role.end)}"


# ---------------------------------------------------------------- WordprocessingML writing


class Ids:
    def __init__(self) -> None:
        self.n = 100

    def next(self) -> int:
        self.n += 1
        return self.n


STAMP = 'w:author="Reviewer" w:date="2026-03-02T10:00:00Z"'


@dataclass
class Look:
    tool: str
    font: str
    size: int  # half points
    headings: str
    fields: str
    dates_at: str
    shape: str
    dash: str
    bullets: str
    runs: str
    sdt: bool
    spacing: bool
    bookmarks: bool
    ids: Ids
    rng: random.Random
    explicit_fonts: bool = True
    num_ids: dict = field(default_factory=dict)  # bullets kind -> numId
    links: str = "none"  # none | hyperlink | field: how email, profile and employer links are written
    relate: object = None  # url -> relationship id
    glyph: str = "•"  # the typed bullet
    wrap: str = "none"  # none | smartTag | customXml | sdt_text: what wraps the dates' runs inside a paragraph
    repeating: bool = False  # each job a repeating-section item content control


def rpr(look: Look, bold=False, italic=False, size=None, caps=False, small=False, spacing=None, color=None, underline=False,
        hidden=False) -> str:
    parts = []
    if look.explicit_fonts:
        parts.append(f'<w:rFonts w:ascii="{look.font}" w:hAnsi="{look.font}" w:eastAsia="{look.font}" w:cs="{look.font}"/>')
    if bold:
        parts.append("<w:b/><w:bCs/>")
    if italic:
        parts.append("<w:i/>")
    if caps:
        parts.append("<w:caps/>")
    if small:
        parts.append("<w:smallCaps/>")
    if color:
        parts.append(f'<w:color w:val="{color}"/>')
    if spacing:
        parts.append(f'<w:spacing w:val="{spacing}"/>')
    if look.explicit_fonts or size:
        parts.append(f'<w:sz w:val="{size or look.size}"/><w:szCs w:val="{size or look.size}"/>')
    if underline:
        parts.append('<w:u w:val="single"/>')
    if hidden:
        parts.append("<w:vanish/>")
    return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


def t(text: str) -> str:
    return f'<w:t xml:space="preserve">{escape(text)}</w:t>'


def runs(look: Look, text: str, **fmt) -> str:
    """The runs for `text`: one run, or (runs='split') a run per word or letter group.
    Markers: '\\x01' a tab, '\\x02' a soft break, '\\x03' a w:noBreakHyphen, '\\x04' a Symbol-font w:sym dash,
    '⟦-old⟧' deleted text, '⟦+new⟧' inserted text, '⟦@name⟧' a link (look.links: hyperlink or field)."""
    props = rpr(look, **fmt)
    out = []
    position = 0
    while position < len(text):
        if text.startswith("⟦", position):
            close = text.index("⟧", position)
            kind, body = text[position + 1], text[position + 2:close]
            if kind == "-":
                out.append(f'<w:del w:id="{look.ids.next()}" {STAMP}><w:r>{props}<w:delText xml:space="preserve">{escape(body)}</w:delText></w:r></w:del>')
            elif kind == "@":
                out.append(link(look, body, props))
            elif kind == "~":
                out.append(wrap_inline(look, runs(look, body, **fmt)))
            else:
                out.append(f'<w:ins w:id="{look.ids.next()}" {STAMP}><w:r>{props}{t(body)}</w:r></w:ins>')
            position = close + 1
            continue
        following = text.find("⟦", position)
        chunk = text[position:following if following >= 0 else len(text)]
        position += len(chunk)
        for piece in _pieces(look, chunk):
            if piece == "\x01":
                out.append(f"<w:r>{props}<w:tab/></w:r>")
            elif piece == "\x02":
                out.append(f"<w:r>{props}<w:br/></w:r>")
            elif piece == "\x03":
                out.append(f"<w:r>{props}<w:noBreakHyphen/></w:r>")
            elif piece == "\x04":
                out.append(f'<w:r>{props}<w:sym w:font="Symbol" w:char="F02D"/></w:r>')
            elif piece:
                out.append(f"<w:r>{props}{t(piece)}</w:r>")
    return "".join(out)


def _pieces(look: Look, chunk: str) -> list:
    pieces: list = []
    for part in _split_keep(chunk, "\x01\x02\x03\x04"):
        if part in ("\x01", "\x02", "\x03", "\x04") or look.runs != "split":
            pieces.append(part)
            continue
        rng = look.rng
        i = 0
        while i < len(part):
            if rng.random() < 0.5:  # up to the end of the word (with its space)
                j = part.find(" ", i)
                j = len(part) if j < 0 else j + 1
            else:
                j = i + rng.randint(1, 4)
            pieces.append(part[i:j])
            i = j
    return pieces


def link(look: Look, text: str, props: str) -> str:
    """`text` as a link: a w:hyperlink element, or a HYPERLINK field (instrText, then the result)."""
    if "@" in text:
        url = f"mailto:{text}"
    elif text.startswith("linkedin.com"):
        url = f"https://www.{text}"
    else:
        url = "https://www." + "".join(ch for ch in text.lower() if ch.isalnum()) + ".example"
    shown = f"<w:r>{props}{t(text)}</w:r>"
    if look.links == "hyperlink":
        return f'<w:hyperlink r:id="{look.relate(url)}" w:history="1">{shown}</w:hyperlink>'
    if look.links == "field":
        return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                f'<w:r><w:instrText xml:space="preserve"> HYPERLINK "{escape(url)}" \\h </w:instrText></w:r>'
                f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{shown}<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    if look.links == "simple":
        return f'<w:fldSimple w:instr=" HYPERLINK &quot;{escape(url)}&quot; ">{shown}</w:fldSimple>'
    return shown


def wrap_inline(look: Look, inner: str) -> str:
    """Runs wrapped in a run-level container, as older WPS/Word (smart tags, custom XML) and builders (text controls) write."""
    if look.wrap == "smartTag":
        return f'<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="date">{inner}</w:smartTag>'
    if look.wrap == "customXml":
        return f'<w:customXml w:uri="urn:builder:resume" w:element="period">{inner}</w:customXml>'
    if look.wrap == "sdt_text":
        return (f'<w:sdt><w:sdtPr><w:alias w:val="Dates"/><w:tag w:val="dates"/><w:id w:val="{look.ids.next()}"/><w:text/></w:sdtPr>'
                f'<w:sdtContent>{inner}</w:sdtContent></w:sdt>')
    return inner


def _split_keep(text: str, marks: str) -> list:
    out, cur = [], ""
    for char in text:
        if char in marks:
            if cur:
                out.append(cur)
            out.append(char)
            cur = ""
        else:
            cur += char
    if cur:
        out.append(cur)
    return out


def para(look: Look, content: str, style=None, jc=None, tab_right=None, num=None, frame=None, track=None,
         keep=False, before=None, shade=None) -> str:
    ppr = []
    if style:
        ppr.append(f'<w:pStyle w:val="{style}"/>')
    if keep:
        ppr.append("<w:keepNext/>")
    if frame:
        ppr.append(frame)
    if num is not None:
        ppr.append(f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>')
    if shade:
        ppr.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>')
    if tab_right:
        ppr.append(f'<w:tabs><w:tab w:val="right" w:pos="{tab_right}"/></w:tabs>')
    if before is not None:
        ppr.append(f'<w:spacing w:before="{before}" w:after="0"/>')
    if jc:
        ppr.append(f'<w:jc w:val="{jc}"/>')
    mark = ""
    if track == "del":
        mark = f'<w:rPr><w:del w:id="{look.ids.next()}" {STAMP}/></w:rPr>'
        content = content.replace("<w:t ", "<w:delText ").replace("</w:t>", "</w:delText>")
        content = f'<w:del w:id="{look.ids.next()}" {STAMP}>{content}</w:del>'
    elif track == "ins":
        mark = f'<w:rPr><w:ins w:id="{look.ids.next()}" {STAMP}/></w:rPr>'
        content = f'<w:ins w:id="{look.ids.next()}" {STAMP}>{content}</w:ins>'
    elif track in ("moveFrom", "moveTo"):
        rid = look.ids.next()
        mark = f'<w:rPr><w:{track} w:id="{look.ids.next()}" {STAMP}/></w:rPr>'
        content = (f'<w:{track}RangeStart w:id="{rid}" {STAMP} w:name="move{rid // 1000}"/>'
                   f'<w:{track} w:id="{look.ids.next()}" {STAMP}>{content}</w:{track}>'
                   f'<w:{track}RangeEnd w:id="{rid}"/>')
    if look.runs == "split" and look.rng.random() < 0.08:
        content = "<w:r><w:lastRenderedPageBreak/></w:r>" + content
    return f"<w:p><w:pPr>{''.join(ppr)}{mark}</w:pPr>{content}</w:p>"


def empty(look: Look) -> str:
    return para(look, "")


def table(rows: list, widths: list, borders=False, shade=None, style=None) -> str:
    """rows: lists of cell contents (block XML; '' gets an empty paragraph)."""
    border = "single" if borders else "nil"
    tbl_borders = "".join(f'<w:{side} w:val="{border}" w:sz="4" w:space="0" w:color="auto"/>'
                          for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    style_xml = f'<w:tblStyle w:val="{style}"/>' if style else ""
    out = [f'<w:tbl><w:tblPr>{style_xml}<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblBorders>{tbl_borders}</w:tblBorders>'
           f'<w:tblLayout w:type="fixed"/><w:tblLook w:val="0000"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
    for row in rows:
        out.append("<w:tr>")
        for index, cell in enumerate(row):
            fill = shade[index] if shade and index < len(shade) and shade[index] else None
            shade_xml = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
            span = ""
            width = widths[index] if len(row) == len(widths) else sum(widths)
            if len(row) < len(widths) and index == len(row) - 1:
                span = f'<w:gridSpan w:val="{len(widths) - len(row) + 1}"/>'
                width = sum(widths[index:])
            body = cell if cell.strip().endswith("</w:p>") else cell + "<w:p/>"
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{span}{shade_xml}</w:tcPr>{body}</w:tc>')
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def sdt(look: Look, alias: str, blocks: str) -> str:
    if not look.sdt:
        return blocks
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{escape(alias)}"/><w:tag w:val="{escape(alias.lower())}"/><w:id w:val="{look.ids.next()}"/>'
            f'</w:sdtPr><w:sdtContent>{blocks}</w:sdtContent></w:sdt>')


def heading(look: Look, text: str, level: int = 1) -> str:
    body_size = look.size
    if look.headings == "style":
        content = runs(look, text, bold=False, size=body_size + 6 if look.explicit_fonts else None)
        xml = para(look, content, style=f"Heading{level}")
    elif look.headings == "bold":
        xml = para(look, runs(look, text, bold=True, size=body_size + 6), before=240)
    elif look.headings == "caps":
        xml = para(look, runs(look, text, bold=True, size=body_size + 2, caps=True, spacing=40, color="2E5C8A"), before=200)
    else:  # smallcaps
        xml = para(look, runs(look, text, bold=True, size=body_size + 4, small=True, spacing=20), before=200)
    if look.bookmarks:
        bid = look.ids.next()
        xml = xml.replace("</w:pPr>", f'</w:pPr><w:bookmarkStart w:id="{bid}" w:name="_heading=h.{bid:x}q{bid % 7}"/>', 1)
        xml = xml.replace("</w:p>", f'<w:bookmarkEnd w:id="{bid}"/></w:p>')
    if look.spacing:
        xml = empty(look) + xml
    return xml


def bullet(look: Look, text: str, glyph: str) -> str:
    if look.bullets == "typed":
        return para(look, runs(look, f"{glyph} {text}"))
    return para(look, runs(look, text), style="ListParagraph", num=look.num_ids[look.bullets])


# ---------------------------------------------------------------- one job


def job_blocks(look: Look, role: Role, dates: str, width: int, in_group: bool = False, track=None) -> list:
    """A job entry as block XML (paragraphs and maybe a nested table)."""
    title = role.title
    emp = role.employer if track or look.links == "none" else f"⟦@{role.employer}⟧"
    fields = "title_only" if in_group else look.fields
    dates_at = look.dates_at
    if look.wrap != "none" and "⟦" not in dates:
        dates = f"⟦~{dates}⟧"
    if fields in ("breaks", "title_only") and dates_at in ("cell", "cell_wrapped", "left_cell"):
        dates_at = "own"
    head_fmt = dict(bold=True, size=look.size + 2)
    lines: list = []  # (text, fmt)
    if fields == "title_comma":
        lines = [(f"{title}, {emp}", head_fmt)]
    elif fields == "company_dash":
        lines = [(f"{emp} — {title}", head_fmt)]
    elif fields == "title_at":
        lines = [(f"{title} at {emp}", head_fmt)]
    elif fields == "title_over":
        lines = [(title, head_fmt), (f"{emp}, {role.city}", dict(italic=True))]
    elif fields == "company_over":
        lines = [(f"{emp} | {role.city}", head_fmt), (title, dict(italic=True))]
    elif fields == "breaks":
        lines = [(title, head_fmt), (emp, dict(italic=True))]
    else:  # title_only, inside a promotion group
        lines = [(title, head_fmt)]
    blocks: list = []
    cell_style = "TableContents" if look.tool == "libreoffice" else None
    if fields == "title_only" and look.fields == "breaks":
        blocks.append(para(look, runs(look, f"{title}\x02{dates}", bold=True), keep=True, track=track))
    elif fields == "breaks":
        blocks.append(para(look, runs(look, f"{title}\x02{emp} · {role.city}\x02{dates}", bold=True), keep=True, track=track))
    elif dates_at in ("cell", "cell_wrapped"):
        first = para(look, runs(look, lines[0][0], **lines[0][1]), style=cell_style, track=track)
        shown = dates
        if dates_at == "cell_wrapped":  # a narrow cell: the end on a line of its own
            for dash in (" – ", " - ", " — ", " to ", "–", "\x03", "\x04"):
                if dash in shown:
                    head, tail = shown.split(dash, 1)
                    shown = f"{head}{dash.rstrip()}\x02{tail}"
                    break
        if look.sdt and not track:  # a date picker content control round the dates
            date_cell = f'<w:sdt><w:sdtPr><w:id w:val="{look.ids.next()}"/><w:date/></w:sdtPr><w:sdtContent>{runs(look, shown)}</w:sdtContent></w:sdt>'
            date_cell = para(look, date_cell, jc="right", style=cell_style)
        else:
            date_cell = para(look, runs(look, shown, italic=True), jc="right", track=track, style=cell_style)
        blocks.append(table([[first, date_cell]], [width - (1500 if dates_at == "cell_wrapped" else 2200), 1500 if dates_at == "cell_wrapped" else 2200]))
        for text, fmt in lines[1:]:
            blocks.append(para(look, runs(look, text, **fmt), keep=True, track=track))
    else:
        if dates_at == "frame":  # a LibreOffice frame at the right margin, anchored to (so written before) the title
            frame = '<w:framePr w:w="2400" w:hSpace="142" w:wrap="around" w:vAnchor="text" w:hAnchor="margin" w:xAlign="right" w:y="1"/>'
            blocks.append(para(look, runs(look, dates, italic=True), frame=frame, jc="right", keep=True, track=track))
        for number, (text, fmt) in enumerate(lines):
            if number == 0 and dates_at == "tab":
                blocks.append(para(look, runs(look, f"{text}\x01", **fmt) + runs(look, dates), tab_right=width, keep=True, track=track))
            elif number == len(lines) - 1 and dates_at == "after_company":
                blocks.append(para(look, runs(look, f"{text} | {dates}", **fmt), keep=True, track=track))
            else:
                blocks.append(para(look, runs(look, text, **fmt), keep=True, track=track))
        if dates_at in ("own", "left_cell"):
            blocks.append(para(look, runs(look, dates, italic=True), style="JobDates", keep=True, track=track))
    for text in role.bullets:
        blocks.append(bullet(look, text, look.glyph))
    if dates_at == "left_cell" and blocks:
        # a timeline: the dates in a narrow left cell, the rest of the entry beside them
        dates_para = next(block for block in blocks if 'w:val="JobDates"' in block)
        rest = [block for block in blocks if block is not dates_para]
        blocks = [table([[dates_para, "".join(rest)]], [1900, width - 1900])]
    if look.spacing:
        blocks.append(empty(look))
    if look.repeating and not track:
        blocks = [f'<w:sdt><w:sdtPr><w:id w:val="{look.ids.next()}"/><w15:repeatingSectionItem/></w:sdtPr>'
                  f'<w:sdtContent>{"".join(blocks)}</w:sdtContent></w:sdt>']
    return blocks


# ---------------------------------------------------------------- one resume


def make(seed: int, index: int, as_of: date = AS_OF) -> tuple:
    """(docx bytes, Truth) for resume `index` of draw `seed`."""
    rng = random.Random(f"builder-docx-{seed}-{index}")
    traits: dict = {}

    def pick(name: str, options: dict) -> str:
        value = rng.choices(list(options), weights=list(options.values()))[0]
        traits[name] = value
        return value

    tool = pick("tool", {"gdocs": 16, "word_web": 8, "zety": 8, "resumeio": 8, "novoresume": 7, "kickresume": 6,
                         "canva": 12, "libreoffice": 12, "pages": 11, "wps": 11})
    layout = {"gdocs": {"flow": 4, "table1": 3, "table2": 3}, "word_web": {"flow": 4, "sidebar": 4, "header_box": 2},
              "canva": {"boxes": 1}, "libreoffice": {"frames": 3, "flow": 1},
              "pages": {"header": 3, "flow": 1}, "wps": {"header": 2, "flow": 1, "sidebar": 1}}.get(tool, {"sidebar": 4, "flow": 1, "header_box": 1.5})
    layout = pick("layout", layout)
    headings = pick("headings", {"gdocs": {"style": 1, "bold": 1}, "word_web": {"style": 1, "caps": 1},
                                 "libreoffice": {"style": 3, "bold": 1}, "pages": {"bold": 2, "style": 1},
                                 "wps": {"style": 1, "bold": 1, "caps": 1}}.get(tool, {"caps": 2, "smallcaps": 1, "bold": 1}))
    fields = pick("fields", {"title_comma": 2, "company_dash": 2, "title_at": 1, "title_over": 3, "company_over": 2,
                             "breaks": 2 if tool in ("gdocs", "pages", "canva") else 0})
    tabled = layout in ("sidebar", "table1", "table2")
    dates_at = pick("dates at", {"tab": 3, "cell": 0 if layout == "boxes" else 3 if tabled else 1,
                                 "cell_wrapped": 0 if layout == "boxes" else 2 if tabled else 0.5,
                                 "left_cell": 2 if tool == "gdocs" else 0.5 if layout != "boxes" else 0,
                                 "frame": 2 if tool == "libreoffice" else 0,
                                 "own": 2, "after_company": 2})
    if fields == "breaks":
        traits["dates at"] = dates_at = "breaks"
    if layout == "boxes" and pick("box grain", {"block": 1, "element": 1}) == "element":
        traits["dates at"] = dates_at = "own"  # each line its own box: the dates a box at the right
    if tabled and fields != "breaks" and rng.random() < 0.25:
        traits["dates at"] = dates_at = "grid"  # one table for the whole history: employer | role | dates
    shape = pick("date shape", {"mon": 3, "slash": 2, "year": 2, "long": 2, "dotted": 1, "since": 1})
    dash = rng.choice([" – ", " - ", " — ", "–", " to "]) if shape != "dotted" else rng.choice([" - ", " – "])
    dash_xml = pick("dash xml", {"text": 8, "noBreakHyphen": 1 if tool in ("wps", "pages", "word_web") else 0.3,
                                 "sym": 1 if tool in ("wps", "zety", "kickresume") else 0.3})
    if dash_xml != "text" and shape != "since":
        dash = {"noBreakHyphen": " \x03 ", "sym": " \x04 "}[dash_xml]
    elif dash_xml != "text":
        traits["dash xml"] = "text"
    bullets_kind = pick("bullets", {"list": 2 if tool != "gdocs" else 0, "glyph": 3 if tool == "gdocs" else 1, "typed": 2})
    split = pick("runs", {"whole": 1, "split": 3} if tool in ("pages", "wps") else {"whole": 5, "split": 1})
    tracked = pick("tracked", {"none": 10, "date_fix": 2, "end_fix": 1.5, "title_fix": 1.5, "deleted_role": 2, "hidden_role": 1.5,
                               "inserted_role": 2, "moved_role": 2, "deleted_items": 2})
    font = rng.choice({"gdocs": ["Arial", "Roboto", "Lato", "Georgia"], "libreoffice": ["Liberation Serif", "Liberation Sans", "Carlito"],
                       "pages": ["Helvetica Neue", "Avenir Next", "Georgia"]}.get(tool, ["Calibri", "Cambria", "Garamond", "Open Sans"]))
    look = Look(tool=tool, font=font, size=rng.choice([20, 21, 22]), headings=headings, fields=fields, dates_at=dates_at,
                shape=shape, dash=dash, bullets=bullets_kind, runs=split, sdt=tool in ("word_web", "zety", "resumeio", "kickresume") and rng.random() < 0.7,
                spacing=tool == "gdocs" and rng.random() < 0.7, bookmarks=tool == "gdocs" and rng.random() < 0.6,
                ids=Ids(), rng=rng, explicit_fonts=tool in ("gdocs", "canva", "pages", "wps") or rng.random() < 0.4)
    look.repeating = look.sdt and rng.random() < 0.5
    look.wrap = pick("inline wrap", {"none": 12, "smartTag": 1 if tool in ("wps", "word_web") else 0.3, "customXml": 0.5,
                                     "sdt_text": 2 if tool in ("zety", "resumeio", "kickresume", "novoresume") else 0.3})
    look.glyph = pick("typed glyph", {"•": 3, "–": 1, "▪": 1, "*": 0.5, "\uf0b7": 1 if tool in ("wps", "libreoffice") else 0.3,
                                      "\uf0a7": 0.5 if tool in ("wps", "libreoffice") else 0.1}) if bullets_kind == "typed" else "•"
    if "\uf000" <= look.glyph <= "\uf0ff":
        traits["typed glyph"] = "private-use"
    traits["sdt"] = "repeating" if look.repeating else str(look.sdt)
    traits["spacing"] = str(look.spacing)

    # ---- the person
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    city = rng.choice(CITIES)
    email = f"{name.split()[0].lower()}.{name.split()[1].lower().replace('-', '')}@mailbox.example"
    phone = f"+1 (555) {rng.randint(200, 899)}-{rng.randint(1000, 9999)}"
    linkedin = f"linkedin.com/in/{name.replace(' ', '-').lower()}-{rng.randint(10, 99)}"
    roles = draw_roles(rng, as_of, traits)
    if shape in ("year", "since"):
        for role in roles:
            role.year_only = True
    n_tools = rng.randint(2, 7)
    tools = rng.sample(TOOLS, n_tools)
    tool_names = [name_ for _, name_ in tools]
    for role in roles:
        pool = PM_BULLETS if is_pm_title(role.title) else OTHER_BULLETS
        role.bullets = [fill(rng, template, tool_names) for template in rng.sample(pool, rng.randint(1, 4))]
    held = rng.sample(CERTS, rng.choice([0, 1, 1, 2, 2, 3]))
    progress = [] if rng.random() < 0.6 else [rng.choice([c for c in CERTS if c not in held])]
    truth_roles = [role.truth() for role in roles]
    grouped = False
    if traits["promotion"] == "pending":
        grouped = rng.random() < 0.6
        traits["promotion"] = "grouped" if grouped else "apart"
    years, pm_years, level, is_pm = truth_numbers(truth_roles, as_of)
    summary_years = pick("summary years", {"stated": 1, "none": 1})
    edu_first = pick("education first", {"no": 4, "yes": 1})

    # ---- document
    document = docx.Document()
    setup_package(document, look, tool)
    look.links = pick("links", {"gdocs": {"none": 1, "hyperlink": 3}, "libreoffice": {"none": 1, "simple": 1, "field": 1},
                                "word_web": {"none": 1, "hyperlink": 1, "field": 1}, "canva": {"none": 1, "hyperlink": 1}}.get(
                                    tool, {"none": 2, "hyperlink": 1, "field": 1}))
    look.relate = lambda url: document.part.relate_to(url, RT.HYPERLINK, is_external=True)
    width = {"sidebar": 6400, "table2": 7000, "boxes": 6600, "header_box": 6600}.get(layout, 9360)

    def dated(role: Role, position: int) -> str:
        return date_text(role, shape, dash, position == 0)

    deleted_roles: list = []
    exp: list = []
    order = list(range(len(roles)))
    free = list(range(2 if grouped else 0, len(roles)))  # jobs outside a promotion group
    moved = inserted = fix = None
    if tracked == "end_fix":
        free = [number for number in free if roles[number].end is not None and not (shape in ("year", "since") and roles[number].start[0] == roles[number].end[0])]
    if dates_at == "grid" and tracked in ("moved_role", "inserted_role"):
        traits["tracked"] = tracked = "none"
    if tracked in ("moved_role", "inserted_role", "date_fix", "end_fix", "title_fix") and len(free) < (2 if tracked == "moved_role" else 1):
        traits["tracked"] = tracked = "none"
    if tracked == "moved_role":
        moved = rng.choice(free[:-1])  # its header first stood after the next job
    elif tracked == "inserted_role":
        inserted = rng.choice(free)
    elif tracked in ("date_fix", "end_fix", "title_fix"):
        fix = rng.choice(free)
    deleted_at = rng.randrange(len(roles) + 1) if tracked in ("deleted_role", "hidden_role") else None
    skip_next = False
    shown: dict = {}  # position -> (the role as written, its dates as written), for the grid
    for position in order:
        role = roles[position]
        if deleted_at == position:
            exp.extend(deleted_role_blocks(look, roles, rng, shape, dash, width, deleted_roles, tracked))
        if skip_next:
            skip_next = False
            continue
        dates = dated(role, position)
        if fix == position and tracked == "date_fix":  # a start year corrected
            old = role.start[0] - rng.randint(1, 2)
            dates = dates.replace(str(role.start[0]), f"⟦-{old}⟧⟦+{role.start[0]}⟧", 1)
        elif fix == position and tracked == "end_fix":  # 'Present' deleted, the end inserted: the job is over
            end_text = date_one(role, role.end, shape)
            cut = dates.rindex(end_text)
            dates = dates[:cut] + f"⟦-{PRESENT[shape]}⟧⟦+{end_text}⟧"
        elif fix == position:  # the title rewritten
            old = rng.choice([title for title in PM_TITLES[1] + OTHER_TITLES[1] if title != role.title])
            role = Role(f"⟦-{old}⟧⟦+{role.title}⟧", role.employer, role.city, role.start, role.end, role.bullets, role.year_only)
        shown[position] = (role, dates)
        if grouped and position == 0:
            exp.append(para(look, runs(look, f"{role.employer} — {role.city}", bold=True, size=look.size + 2), keep=True))
            exp.extend(job_blocks(look, roles[0], dates, width, in_group=True))
            exp.extend(job_blocks(look, roles[1], dated(roles[1], 1), width, in_group=True))
            skip_next = True
            continue
        if moved == position:
            blocks = job_blocks(look, role, dates, width, track="moveTo")
            exp.extend(blocks)
            continue
        if moved is not None and position == moved + 1:
            exp.extend(job_blocks(look, role, dates, width))
            mover = roles[moved]
            ghost = job_blocks(look, Role(mover.title, mover.employer, mover.city, mover.start, mover.end, [], mover.year_only),
                               dated(mover, moved), width, track="moveFrom")
            exp.extend(ghost)
            continue
        exp.extend(job_blocks(look, role, dates, width, track="ins" if inserted == position else None))
    if deleted_at == len(roles):
        exp.extend(deleted_role_blocks(look, roles, rng, shape, dash, width, deleted_roles, tracked))
    if dates_at == "grid":
        exp = [grid_experience(look, roles, [shown.get(number) for number in range(len(roles))], grouped, width,
                               [block for block in exp if "<w:del " in block or "<w:vanish/>" in block])]

    # ---- other sections
    headline = roles[0].title
    summary_text = (f"{'IT project manager' if is_pm else headline} with {int(years)}+ years of experience delivering "
                    f"software and infrastructure change for {rng.choice(['banks', 'insurers', 'retailers', 'hospitals', 'utilities'])}."
                    if summary_years == "stated" and years >= 1 else
                    f"{headline} who turns messy delivery into predictable releases, with a steady hand on scope and budget.")
    summary = [para(look, runs(look, summary_text))]
    education = []
    for number in range(rng.choice([1, 1, 2])):
        end_year = roles[-1].start[0] - rng.randint(0, 3) - number * 4
        degree = rng.choice(DEGREES)
        school = rng.choice(SCHOOLS)
        education.append(para(look, runs(look, f"{degree}\x01{end_year - rng.choice([2, 3, 4])} – {end_year}", bold=True), tab_right=width))
        education.append(para(look, runs(look, school, italic=True)))
    cert_blocks = []
    deleted_cert = None
    for cid, text in held:
        year = rng.randint(max(2008, roles[-1].start[0]), as_of.year)
        cert_blocks.append(para(look, runs(look, rng.choice([f"{text} — {ISSUERS[cid]}, {year}", f"{text} ({year})", f"{text}\x01{year}"])),
                                tab_right=width if tool != "canva" else 3000))
    for cid, text in progress:
        cert_blocks.append(para(look, runs(look, rng.choice([f"{text} (in progress)", f"{text} — in progress, exam booked for {as_of.year + 1}",
                                                             f"Working towards {text}, expected {as_of.year + 1}"]))))
    if tracked == "deleted_items":
        spare = [c for c in CERTS if c not in held and c not in progress]
        deleted_cert = rng.choice(spare)
        cert_blocks.append(para(look, runs(look, f"{deleted_cert[1]} ({as_of.year - 3})"), track="del"))
    projects = []
    if rng.random() < 0.5:
        year = rng.randint(roles[-1].start[0], as_of.year)
        projects.append(para(look, runs(look, f"{rng.choice(THINGS).capitalize()} (project lead)\x01{year} – {year + 1 if year < as_of.year else 'Present'}", bold=True), tab_right=width))
        projects.append(para(look, runs(look, "A side project run with a volunteer team of five, from pitch to launch.")))
    volunteering = []
    if rng.random() < 0.4:
        year = rng.randint(min(roles[-1].start[0], as_of.year - 1), as_of.year - 1)
        volunteering.append(para(look, runs(look, f"Volunteer Treasurer, {rng.choice(['Riverside', 'Old Mill', 'Hillcrest'])} Community Food Bank\x01{year} – {min(as_of.year, year + 3)}", bold=True), tab_right=width))
    skills = [name_ for name_ in tool_names] + rng.sample(SOFT_SKILLS, 3)
    rng.shuffle(skills)
    deleted_tool = None
    if tracked == "deleted_items":
        spare = [tl for tl in TOOLS if tl not in tools]
        deleted_tool = rng.choice(spare)
    skills_text = rng.choice([", ", " · ", " | "]).join(skills)
    skill_blocks = [para(look, runs(look, skills_text + (f", ⟦-{deleted_tool[1]}⟧" if deleted_tool else "")))]
    side_skills = [para(look, runs(look, item)) for item in skills]
    if deleted_tool:
        side_skills.append(para(look, runs(look, deleted_tool[1]), track="del"))
    languages = [para(look, runs(look, item)) for item in rng.sample(LANGUAGES, 2)]

    contact_bits = [email, phone, city, linkedin]
    def contact_para(items: list, jc=None) -> str:
        out = []
        for number, item in enumerate(items):
            if number:
                out.append(runs(look, "  |  "))
            if look.links != "none" and (item == email or item == linkedin):
                out.append(runs(look, f"⟦@{item}⟧", color="1155CC", underline=True))
            else:
                out.append(runs(look, item))
        return para(look, "".join(out), jc=jc)

    def name_block(jc=None) -> list:
        if headings == "style" and rng.random() < 0.7:
            return [para(look, runs(look, name), style="Title", jc=jc), para(look, runs(look, headline), style="Subtitle", jc=jc)]
        return [para(look, runs(look, name, bold=True, size=look.size + 20), jc=jc), para(look, runs(look, headline, size=look.size + 4), jc=jc)]

    titles = {"summary": rng.choice(["Summary", "Profile", "Professional Summary", "About Me"]),
              "experience": rng.choice(["Experience", "Work Experience", "Professional Experience", "Employment History", "Career History"]),
              "education": rng.choice(["Education", "Education & Training"]),
              "certifications": rng.choice(["Certifications", "Certificates", "Licenses & Certifications"]),
              "skills": rng.choice(["Skills", "Tools & Skills", "Core Skills"]),
              "projects": rng.choice(["Projects", "Selected Projects"]),
              "volunteering": rng.choice(["Volunteering", "Volunteer Work"]),
              "languages": "Languages"}
    main_order = ["summary", "experience", "education", "certifications", "skills", "projects", "volunteering"]
    if edu_first == "yes":
        main_order = ["summary", "education", "experience", "certifications", "skills", "projects", "volunteering"]
    content = {"summary": summary, "experience": exp, "education": education, "certifications": cert_blocks,
               "skills": skill_blocks, "projects": projects, "volunteering": volunteering, "languages": languages}

    def section(key: str, blocks: Optional[list] = None) -> str:
        blocks = content[key] if blocks is None else blocks
        if not blocks:
            return ""
        return sdt(look, titles[key], heading(look, titles[key]) + "".join(blocks))

    body: list = []
    if layout in ("flow", "frames", "header"):
        traits["columns"] = "1"
        if layout == "flow":
            body += name_block(rng.choice([None, "center"]))
            body.append(contact_para(contact_bits, jc=None))
        elif layout == "frames":
            body += name_block()
            frame = '<w:framePr w:w="3600" w:hSpace="180" w:wrap="around" w:vAnchor="page" w:hAnchor="page" w:x="7600" w:y="700"/>'
            body += [para(look, runs(look, item), frame=frame) for item in contact_bits]
        else:
            traits["header"] = rng.choice(["every page", "first page"])
            add_header(document, look, name, headline, contact_bits, first_only=traits["header"] == "first page")
        for key in main_order:
            body.append(section(key))
        if layout == "frames" or (tool == "libreoffice" and rng.random() < 0.5):
            traits["columns"] = "2"
        add_footer(document, look, rng, name)
    elif layout == "table1":
        rows = [["".join(name_block()) + contact_para(contact_bits)]]
        for key in main_order:
            if content[key]:
                rows.append([section(key)])
        body.append(table(rows, [9360]))
    elif layout == "table2":
        rows = [["".join(name_block()), "".join(contact_para([item]) for item in contact_bits)]]
        for key in main_order:
            if content[key]:
                rows.append([heading(look, titles[key]), "".join(content[key])])
        body.append(table(rows, [2360, 7000]))
    elif layout == "sidebar":
        side = pick("side", {"left": 3, "right": 1})
        certs_aside = bool(cert_blocks) and rng.random() < 0.6
        traits["certs aside"] = str(certs_aside)
        side_blocks = (heading(look, "Contact") + "".join(para(look, runs(look, item)) for item in contact_bits)
                       + section("skills", side_skills) + section("languages")
                       + (section("certifications") if certs_aside else ""))
        placed = {"certifications"} if certs_aside else set()
        main_blocks = "".join(section(key) for key in main_order if key not in placed and key != "skills")
        top = "".join(name_block())
        shade = "DCE6F0"
        if rng.random() < 0.5:
            cells = [side_blocks, top + main_blocks] if side == "left" else [top + main_blocks, side_blocks]
            widths = [2960, 6400] if side == "left" else [6400, 2960]
            body.append(table([cells], widths, shade=[shade, None] if side == "left" else [None, shade]))
        else:
            body.append(top)
            cells = [side_blocks, main_blocks] if side == "left" else [main_blocks, side_blocks]
            widths = [2960, 6400] if side == "left" else [6400, 2960]
            body.append(table([cells], widths, shade=[shade, None] if side == "left" else [None, shade]))
    elif layout == "header_box":
        # a Word template's sidebar: a shaded text box anchored in the page header, the body beside it
        certs_aside = bool(cert_blocks) and rng.random() < 0.5
        traits["certs aside"] = str(certs_aside)
        side_blocks = (heading(look, "Contact") + "".join(para(look, runs(look, item)) for item in contact_bits)
                       + section("skills", side_skills) + section("languages") + (section("certifications") if certs_aside else ""))
        header = document.sections[0].header
        header.is_linked_to_previous = False
        box = textbox(look, side_blocks, 300_000, 500_000, 2_000_000, 9_000_000)
        header._element.append(parse_xml(f"<w:hdr {NS}>{box}</w:hdr>")[0])
        body += name_block()
        body += [section(key) for key in main_order if key != "skills" and not (certs_aside and key == "certifications")]
    else:  # boxes
        body.append(canva_boxes(look, rng, traits, name_block(), contact_para(contact_bits),
                                [(key, heading(look, titles[key]), content[key]) for key in main_order if key != "skills" and content[key]],
                                [("skills", heading(look, titles["skills"]), side_skills), ("languages", heading(look, "Languages"), languages)],
                                exp_entries=None))
    finish(document, "".join(body), two_columns=traits.get("columns") == "2")
    traits["comments"] = "none"
    if tool in ("gdocs", "word_web", "libreoffice") and rng.random() < 0.4:
        targets = [paragraph for paragraph in document.paragraphs if paragraph.runs and paragraph.text.strip()]
        if targets:
            traits["comments"] = "present"
            other = rng.choice(ROOTS)
            year = roles[-1].start[0] - 3
            notes = [f"Should this mention the {other} Software job (Project Coordinator, {year} – {year + 2})?",
                     f"Check with Dana: was it March {roles[0].start[0] - 1}? Also add Basecamp and the CISSP you passed."]
            for note in rng.sample(notes, rng.randint(1, 2)):
                paragraph = rng.choice(targets)
                document.add_comment(paragraph.runs[0], text=note, author="Dana Reviewer", initials="DR")
    buffer = io.BytesIO()
    document.save(buffer)

    certs_held = {cid for cid, _ in held}
    certs_progress = {cid for cid, _ in progress}
    pm_lo = min(abs(pm_years - edge) for edge in (2, 4, 7))
    traits["level edge"] = "near" if is_pm and pm_lo < 0.5 else "clear"
    truth = Truth(truth_roles, years, pm_years, level, is_pm, certs_held, certs_progress, {tid for tid, _ in tools}, traits,
                  nonroles=deleted_roles)
    return buffer.getvalue(), truth


def grid_experience(look: Look, roles: list, shown: list, grouped: bool, width: int, extra: list) -> str:
    """The whole history as one table, employer | role and duties | dates; a promotion's employer cell merged down
    over its two rows (w:vMerge), and the section's column captions in a first row."""
    widths = [2300, width - 2300 - 1700, 1700]
    tbl_borders = "".join(f'<w:{side} w:val="nil"/>' for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = [f'<w:tbl><w:tblPr><w:tblW w:w="{width}" w:type="dxa"/><w:tblBorders>{tbl_borders}</w:tblBorders><w:tblLayout w:type="fixed"/>'
           f'</w:tblPr><w:tblGrid>{grid}</w:tblGrid>']

    def cell(w: int, body: str, merge: str = "") -> str:
        return f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/>{merge}</w:tcPr>{body or "<w:p/>"}</w:tc>'

    for number, role in enumerate(roles):
        written, dates = shown[number] if shown[number] else (role, date_text(role, look.shape, look.dash, False))
        if look.wrap != "none" and "⟦" not in dates:
            dates = f"⟦~{dates}⟧"
        merge = ""
        employer = para(look, runs(look, role.employer, bold=True)) + para(look, runs(look, role.city, italic=True))
        if grouped and number == 0:
            merge = '<w:vMerge w:val="restart"/>'
        elif grouped and number == 1:
            merge, employer = "<w:vMerge/>", "<w:p/>"
        duties = para(look, runs(look, written.title, bold=True)) + "".join(bullet(look, text, look.glyph) for text in role.bullets)
        out.append("<w:tr>" + cell(widths[0], employer, merge) + cell(widths[1], duties)
                   + cell(widths[2], para(look, runs(look, dates), jc="right")) + "</w:tr>")
    if extra:
        out.append("<w:tr>" + cell(width, "".join(extra), '<w:gridSpan w:val="3"/>') + "</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def deleted_role_blocks(look: Look, roles: list, rng: random.Random, shape: str, dash: str, width: int, record: list,
                        how: str = "deleted_role") -> list:
    """A job deleted as a tracked change (or hidden, w:vanish): it must not be read.  It lies before the oldest job."""
    oldest = roles[-1]
    end = oldest.start[0] * 12 + oldest.start[1] - 1 - 2
    start = end - rng.randint(10, 30)
    ghost = Role(rng.choice(["Operations Manager", "Project Manager", "Store Manager", "Logistics Planner"]),
                 f"{rng.choice(ROOTS)} Freight", rng.choice(CITIES), (start // 12, start % 12 + 1), (end // 12, end % 12 + 1),
                 ["Ran the night shift rota for the depot and its forty drivers"], oldest.year_only)
    record.append(ghost.truth())
    if how == "hidden_role":
        return [para(look, runs(look, f"{ghost.title}, {ghost.employer}\x01{date_text(ghost, shape, dash, False)}", bold=True, hidden=True),
                     tab_right=width),
                para(look, runs(look, ghost.bullets[0], hidden=True))]
    return [para(look, runs(look, f"{ghost.title}, {ghost.employer}\x01{date_text(ghost, shape, dash, False)}", bold=True),
                 tab_right=width, track="del"),
            para(look, runs(look, ghost.bullets[0]), track="del")]


# ---------------------------------------------------------------- Canva-like text boxes

EMU = 635  # per twip


def textbox(look: Look, blocks: str, x: int, y: int, w: int, h: int) -> str:
    """A floating text box (EMU), as a paragraph holding mc:AlternateContent: wps:txbx, and a VML fallback."""
    box = look.ids.next()
    drawing = (f'<w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="{box}" behindDoc="0" '
               f'locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
               f'<wp:positionH relativeFrom="page"><wp:posOffset>{x}</wp:posOffset></wp:positionH>'
               f'<wp:positionV relativeFrom="page"><wp:posOffset>{y}</wp:posOffset></wp:positionV>'
               f'<wp:extent cx="{w}" cy="{h}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
               f'<wp:docPr id="{box}" name="Text Box {box}"/><wp:cNvGraphicFramePr/>'
               f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
               f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{w}" cy="{h}"/></a:xfrm>'
               f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></wps:spPr>'
               f'<wps:txbx><w:txbxContent>{blocks}</w:txbxContent></wps:txbx>'
               f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t"><a:noAutofit/></wps:bodyPr>'
               f'</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>')
    pt = lambda emu: f"{emu / 12700:.1f}pt"  # noqa: E731
    vml = (f'<w:pict><v:shape id="Text Box {box}" o:spid="_x0000_s{box}" type="#_x0000_t202" '
           f'style="position:absolute;margin-left:{pt(x)};margin-top:{pt(y)};width:{pt(w)};height:{pt(h)};z-index:{box};'
           f'mso-position-horizontal-relative:page;mso-position-vertical-relative:page" filled="f" stroked="f">'
           f'<v:textbox inset="0,0,0,0"><w:txbxContent>{blocks}</w:txbxContent></v:textbox></v:shape></w:pict>')
    return (f'<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps">{drawing}</mc:Choice>'
            f'<mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r></w:p>')


def canva_boxes(look: Look, rng: random.Random, traits: dict, name_blocks: list, contact: str, main: list, side: list,
                exp_entries=None) -> str:
    """Each block its own box on the page; the XML order not the reading order.  Each job is a box of its own."""
    order = {"reading": 2, "sidebar_last": 2, "sidebar_first": 1, "jobs_reversed": 2, "shuffled": 2,
             "dates_last": 2 if traits.get("box grain") == "element" else 0}
    box_order = rng.choices(list(order), weights=list(order.values()))[0]
    traits["box order"] = box_order
    page_h = 15_120_000 - 700_000  # Letter height in EMU, less a margin
    main_x, side_x, main_w, side_w = 2_700_000, 360_000, 4_700_000, 2_100_000
    line_h = 190_000
    pages: list = []  # per page: list of (kind, x, y, w, h, xml)

    def place(kind: str, blocks: str, x: int, w: int, y: int, lines: int, page: int) -> tuple:
        h = max(1, lines) * line_h
        if y + h > page_h:
            page, y = page + 1, 500_000
        while len(pages) <= page:
            pages.append([])
        pages[page].append((kind, x, y, w, h, blocks))
        return y + h + 120_000, page

    def count_lines(blocks: str) -> int:
        return blocks.count("<w:p>") + blocks.count("<w:br/>") + blocks.count("</w:p>") // 3

    y, page = place("name", "".join(name_blocks), main_x, main_w, 400_000, 3, 0)
    for key, head, blocks in main:
        if key == "experience":
            y, page = place("heading", head, main_x, main_w, y, 2, page)
            entries = split_jobs(blocks)
            for entry in entries:
                dates = [block for block in entry if 'w:val="JobDates"' in block]
                if traits.get("box grain") == "element" and dates:
                    # each line its own box: the header, the dates beside it at the right, the duties below
                    head_blocks = [block for block in entry if "<w:keepNext/>" in block and block not in dates]
                    rest = [block for block in entry if block not in dates and block not in head_blocks]
                    top_y, top_page = y, page
                    y, page = place("job", "".join(head_blocks), main_x, main_w - 1_700_000, y, count_lines("".join(head_blocks)), page)
                    if page == top_page:
                        place("dates", "".join(dates), main_x + main_w - 1_600_000, 1_600_000, top_y, 1, page)
                    else:
                        place("dates", "".join(dates), main_x + main_w - 1_600_000, 1_600_000, 500_000, 1, page)
                    if rest:
                        y, page = place("duties", "".join(rest), main_x, main_w, y - 100_000, count_lines("".join(rest)), page)
                    continue
                y, page = place("job", "".join(entry), main_x, main_w, y, count_lines("".join(entry)), page)
        else:
            body = head + "".join(blocks)
            y, page = place(key, body, main_x, main_w, y, count_lines(body), page)
    sy, spage = place("contact", contact, side_x, side_w, 400_000, 5, 0)
    for key, head, blocks in side:
        body = head + "".join(blocks)
        sy, spage = place("side", body, side_x, side_w, sy, count_lines(body), spage)
    out = []
    for number, boxes in enumerate(pages):
        if box_order == "sidebar_last":
            boxes = [b for b in boxes if b[0] not in ("contact", "side")] + [b for b in boxes if b[0] in ("contact", "side")]
        elif box_order == "sidebar_first":
            boxes = [b for b in boxes if b[0] in ("contact", "side")] + [b for b in boxes if b[0] not in ("contact", "side")]
        elif box_order == "dates_last":  # the date boxes were drawn last (they sit on top)
            boxes = sorted(boxes, key=lambda b: (b[1] < 1_000_000, b[2], b[1]))
            boxes = [b for b in boxes if b[0] != "dates"] + [b for b in boxes if b[0] == "dates"]
        elif box_order == "jobs_reversed":
            jobs = [b for b in boxes if b[0] == "job"][::-1]
            boxes = [jobs.pop(0) if b[0] == "job" else b for b in boxes]
        elif box_order == "shuffled":
            boxes = boxes[:]
            rng.shuffle(boxes)
        else:
            boxes = sorted(boxes, key=lambda b: (b[1] < 1_000_000, b[2], b[1]))
        if number:
            out.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        for kind, x, y0, w, h, blocks in boxes:
            out.append(textbox(look, blocks, x, y0, w, h))
    traits["boxes pages"] = str(len(pages))
    return "".join(out)


def split_jobs(blocks: list) -> list:
    """The experience blocks cut into entries: a new entry at each keepNext block after a non-keepNext one."""
    entries: list = []
    previous_keep = False
    for block in blocks:
        keep = "<w:keepNext/>" in block or block.startswith("<w:tbl>")
        if keep and not previous_keep or not entries:
            entries.append([])
        entries[-1].append(block)
        previous_keep = keep and "<w:tbl>" not in block
    return entries


# ---------------------------------------------------------------- package parts


def setup_package(document, look: Look, tool: str) -> None:
    styles = document.styles.element
    extra = [("TableContents", "Table Contents"), ("TextBody", "Text Body"), ("ListParagraph", "List Paragraph"), ("JobDates", "Job Dates")]
    have = {s.get(f"{{{W}}}styleId") for s in styles.iterchildren(f"{{{W}}}style")}
    for sid, sname in extra:
        if sid not in have:
            styles.append(parse_xml(f'<w:style {NS} w:type="paragraph" w:customStyle="1" w:styleId="{sid}"><w:name w:val="{sname}"/>'
                                    f'<w:basedOn w:val="Normal"/><w:qFormat/></w:style>'))
    numbering = document.part.numbering_part.element
    for number, (kind, glyph, font) in enumerate([("list", "•", "Symbol"), ("glyph", look.rng.choice(["●", "➢", "○", "■", "❖"]), "Noto Sans Symbols")]):
        abstract = 90 + number
        numbering.insert(0, parse_xml(
            f'<w:abstractNum {NS} w:abstractNumId="{abstract}"><w:multiLevelType w:val="hybridMultilevel"/>'
            f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="{glyph}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/>'
            f'<w:u w:val="none"/></w:rPr></w:lvl></w:abstractNum>'))
        num_id = 70 + number
        numbering.append(parse_xml(f'<w:num {NS} w:numId="{num_id}"><w:abstractNumId w:val="{abstract}"/></w:num>'))
        look.num_ids[kind] = num_id


def add_header(document, look: Look, name: str, headline: str, contact: list, first_only: bool = False) -> None:
    section = document.sections[0]
    if first_only:  # the name and contact in the first page's header; the others' a running name line
        section.different_first_page_header_footer = True
        running = section.header
        running.is_linked_to_previous = False
        element = running._element
        for child in list(element):
            element.remove(child)
        element.append(parse_xml(f"<w:hdr {NS}>{para(look, runs(look, name + ' — page 2', size=look.size - 2), jc='right')}</w:hdr>")[0])
        header = section.first_page_header
    else:
        header = section.header
    header.is_linked_to_previous = False
    element = header._element
    for child in list(element):
        element.remove(child)
    xml = (para(look, runs(look, name, bold=True, size=look.size + 16))
           + para(look, runs(look, headline, size=look.size + 2))
           + para(look, runs(look, "  ·  ".join(contact), size=look.size - 2)))
    for block in parse_xml(f"<w:hdr {NS}>{xml}</w:hdr>"):
        element.append(block)


def add_footer(document, look: Look, rng: random.Random, name: str) -> None:
    footer = document.sections[0].footer
    footer.is_linked_to_previous = False
    element = footer._element
    for child in list(element):
        element.remove(child)
    if rng.random() < 0.5:
        pages = ('<w:r><w:t xml:space="preserve">Page </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'
                 '<w:r><w:t xml:space="preserve"> of </w:t></w:r><w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>2</w:t></w:r></w:fldSimple>')
    else:
        pages = (f'<w:r><w:t xml:space="preserve">{escape(name)} — </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                 '<w:r><w:instrText xml:space="preserve"> PAGE \\* ARABIC </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                 '<w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')
    element.append(parse_xml(f'<w:p {NS}><w:pPr><w:jc w:val="right"/></w:pPr>{pages}</w:p>'))


def finish(document, body_xml: str, two_columns: bool) -> None:
    body = document.element.body
    sect = body[-1]  # the body's sectPr
    for child in list(body)[:-1]:
        body.remove(child)
    wrapper = parse_xml(f"<w:body {NS}>{body_xml}</w:body>")
    blocks = list(wrapper)
    if two_columns and len(blocks) > 3:
        # the name and headline alone in a one-column section, the rest in two text columns
        first = blocks[1]
        if first.tag == f"{{{W}}}p":
            ppr = first.find(f"{{{W}}}pPr")
            if ppr is None:
                ppr = parse_xml(f"<w:pPr {NS}/>")
                first.insert(0, ppr)
            ppr.append(parse_xml(f'<w:sectPr {NS}><w:type w:val="continuous"/><w:pgSz w:w="12240" w:h="15840"/>'
                                 f'<w:pgMar w:top="1080" w:right="1080" w:bottom="1080" w:left="1080" w:header="720" w:footer="720" w:gutter="0"/>'
                                 f'<w:cols w:space="720"/></w:sectPr>'))
        for cols in sect.findall(f"{{{W}}}cols"):
            sect.remove(cols)
        sect.append(parse_xml(f'<w:cols {NS} w:num="2" w:space="540"/>'))
        kind = sect.find(f"{{{W}}}type")
        if kind is None:
            sect.insert(0, parse_xml(f'<w:type {NS} w:val="continuous"/>'))
    for block in blocks:
        body.insert(len(body) - 1, block)


# ---------------------------------------------------------------- reading and scoring


def read(data: bytes, as_of: date, folder: Path):
    import profilecheck
    from profilecheck.options import Options

    path = folder / "resume.docx"
    path.write_bytes(data)
    return profilecheck.analyze(str(path), Options(as_of=as_of))


def lines_read(data: bytes, folder: Path) -> list:
    from profilecheck.readers import read_document

    path = folder / "resume-lines.docx"
    path.write_bytes(data)
    return [line.text for line in read_document(str(path)).lines]


def found_roles(report) -> list:
    out = []
    for work in report.profile.work:
        if not work.startDate:
            continue
        out.append({"title": work.position, "employer": work.name, "start": work.startDate,
                    "end": "present" if work.current or not work.endDate else work.endDate})
    return out


def same_role(found: dict, expected: dict) -> bool:
    return same_month(found["start"], expected["start"]) and title_like(found["title"], expected["title"])


def employer_like(found: Optional[str], expected: str) -> bool:
    from rapidfuzz import fuzz

    return bool(found) and fuzz.token_set_ratio(found.lower(), expected.lower()) >= 80


def pairs(found: list, expected: list, same) -> list:
    used: set = set()
    out = []
    for role in expected:
        for index, candidate in enumerate(found):
            if index not in used and same(candidate, role):
                used.add(index)
                out.append((candidate, role))
                break
    return out


MEASURES = ("roles", "roles+employer", "years", "level", "pm", "certs", "progress", "tools")


def new_scores() -> dict:
    return {"roles": F1(), "roles+employer": F1(), "years": Share(), "level": Share(), "level (off the edges)": Share(),
            "pm": Share(), "certs": F1(), "progress": F1(), "tools": F1()}


def score(report, truth: Truth, tallies: list) -> dict:
    """Adds this resume to every tally; returns what failed: measure -> detail."""
    fails: dict = {}
    found = found_roles(report)
    for key, same in (("roles", same_role), ("roles+employer", lambda f, e: same_role(f, e) and employer_like(f["employer"], e["employer"]))):
        matched = pairs(found, truth.roles, same)
        tp, fp, fn = len(matched), len(found) - len(matched), len(truth.roles) - len(matched)
        for tally in tallies:
            tally[key].add_counts(tp, fp, fn)
        if fp or fn:
            hit_found = [id(f) for f, _ in matched]
            hit_expected = [id(e) for _, e in matched]
            fails[key] = {"extra": [f for f in found if id(f) not in hit_found],
                          "missed": [e for e in truth.roles if id(e) not in hit_expected]}
    facts = report.facts
    years = facts.years_of_experience
    ok = years is not None and abs(years - truth.years) <= 1.0
    level = BAND.get(facts.level or "", facts.level)
    checks = {"years": ok, "level": level == truth.level, "pm": bool(facts.is_project_manager) == truth.is_pm}
    for tally in tallies:
        tally["years"].add(checks["years"])
        tally["level"].add(checks["level"])
        if truth.traits.get("level edge") != "near":
            tally["level (off the edges)"].add(checks["level"])
        tally["pm"].add(checks["pm"])
    if not checks["years"]:
        fails["years"] = {"found": years, "expected": truth.years, "pm_years": facts.pm_years}
    if not checks["level"]:
        fails["level"] = {"found": facts.level, "expected": truth.level, "pm_years": [facts.pm_years, truth.pm_years]}
    if not checks["pm"]:
        fails["pm"] = {"found": facts.is_project_manager, "expected": truth.is_pm}
    held = {m.id for m in facts.certifications if (m.status or "held") == "held"}
    progress = {m.id for m in facts.certifications if m.status == "in_progress"}
    tools = {m.id for m in facts.tools}
    for key, got, want in (("certs", held, truth.certs_held), ("progress", progress, truth.certs_progress), ("tools", tools, truth.tools)):
        for tally in tallies:
            tally[key].add(got, want)
        if got != want:
            fails[key] = {"extra": sorted(got - want), "missed": sorted(want - got)}
    return fails


def role_text(role: dict) -> str:
    return f"{role['title']} @ {role['employer']} {role['start']}..{role['end']}"


def describe(index: int, fails: dict, truth: Truth) -> dict:
    out = {}
    tag = f"#{index} [{truth.traits['tool']}/{truth.traits['layout']}/{truth.traits['fields']}/{truth.traits['dates at']}/{truth.traits['date shape']}/{truth.traits['tracked']}]"
    for key in ("roles", "roles+employer"):
        if key in fails:
            out[key] = (f"{tag} missed: " + "; ".join(role_text(r) for r in fails[key]["missed"])
                        + " || extra: " + "; ".join(role_text(r) for r in fails[key]["extra"]))
    for key in ("years", "level", "pm"):
        if key in fails:
            out[key] = f"{tag} expected {fails[key]['expected']} found {fails[key]['found']}" + (
                f" (pm years found/true {fails[key]['pm_years']})" if key == "level" else "")
    for key in ("certs", "progress", "tools"):
        if key in fails:
            out[key] = f"{tag} extra {fails[key]['extra']} missed {fails[key]['missed']}"
    return out


def show_one(report, truth: Truth, lines: list) -> str:
    out = ["## lines read"] + [f"  {line}" for line in lines]
    out.append("## roles found")
    out += [f"  {role_text(r)}" for r in found_roles(report)]
    out.append("## roles true")
    out += [f"  {role_text(r)}" for r in truth.roles]
    if truth.nonroles:
        out.append("## deleted (not roles)")
        out += [f"  {role_text(r)}" for r in truth.nonroles]
    facts = report.facts
    out.append(f"## years found {facts.years_of_experience} true {truth.years}; pm years found {facts.pm_years} true {truth.pm_years}; "
               f"level found {facts.level} true {truth.level}; pm found {facts.is_project_manager} true {truth.is_pm}")
    out.append(f"## certs found {sorted((m.id, m.status) for m in facts.certifications)} true held {sorted(truth.certs_held)} "
               f"in progress {sorted(truth.certs_progress)}")
    out.append(f"## tools found {sorted(m.id for m in facts.tools)} true {sorted(truth.tools)}")
    out.append(f"## traits {truth.traits}")
    return "\n".join(out)


def fmt(value) -> str:
    return "  -  " if value is None else f"{value:.2f}"


def main(argv: Optional[list] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    stress_arguments(parser, "resume", AS_OF)
    parser.add_argument("--json", type=Path, help="write each resume's traits and what failed to this file")
    args = parser.parse_args(argv)
    indexes = [args.only] if args.only is not None else list(range(args.count))
    overall = new_scores()
    by_trait: dict = collections.defaultdict(new_scores)
    failures: dict = collections.defaultdict(list)
    errors: list = []
    rows: list = []
    trait_names: list = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="builder-docx-") as folder:
        work = Path(folder)
        for index in indexes:
            data, truth = make(args.seed, index, args.as_of)
            for name in truth.traits:
                if name not in trait_names:
                    trait_names.append(name)
            try:
                report = read(data, args.as_of, work)
            except Exception as error:  # a crash is a finding too
                errors.append(f"#{index}: {type(error).__name__}: {error}")
                continue
            tallies = [overall] + [by_trait[(name, value)] for name, value in truth.traits.items()]
            fails = score(report, truth, tallies)
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
                stem = args.keep / f"builder-{args.seed}-{index}"
                stem.with_suffix(".docx").write_bytes(data)
                stem.with_suffix(".read.txt").write_text(show_one(report, truth, lines_read(data, work)) + "\n", encoding="utf-8")
                stem.with_suffix(".truth.json").write_text(json.dumps(
                    {"roles": truth.roles, "years": truth.years, "pm_years": truth.pm_years, "level": truth.level,
                     "is_pm": truth.is_pm, "certs_held": sorted(truth.certs_held), "certs_in_progress": sorted(truth.certs_progress),
                     "tools": sorted(truth.tools), "deleted_roles": truth.nonroles, "traits": truth.traits}, indent=1), encoding="utf-8")
            if args.only is not None:
                print(show_one(report, truth, lines_read(data, work)))
    seconds = time.perf_counter() - started
    if args.json:
        args.json.write_text(json.dumps({"seed": args.seed, "as_of": str(args.as_of), "resumes": rows}, indent=0), encoding="utf-8")
    print(f"# Builder/office-suite DOCX fuzz: {len(indexes)} resumes, seed {args.seed}, as of {args.as_of} "
          f"({seconds:.0f} s, {seconds / max(1, len(indexes)):.2f} s each)")
    labels = [("roles", "roles (title + start) F1"), ("roles+employer", "roles with employer F1"), ("years", "years within 1 year"),
              ("level", "level band"), ("level (off the edges)", "level band, PM years off the edges"), ("pm", "is a project manager"),
              ("certs", "certifications held F1"), ("progress", "certifications in progress F1"), ("tools", "tools F1")]
    for key, label in labels:
        print(f"  {label:36} {overall[key]}")
    if errors:
        print(f"  errors: {len(errors)}")
        for error in errors[:args.show]:
            print(f"    {error}")
    if args.only is None:
        print("\n## by trait: n, roles F1, roles+employer F1, years, level, PM, certs F1, tools F1  ('<' marks roles F1 or years 0.05 under the whole)")
        base_roles, base_years = overall["roles"].value or 0, overall["years"].value or 0
        for name in trait_names:
            print(f"  {name}")
            for (trait, value), tally in sorted(by_trait.items(), key=lambda item: -item[1]["years"].total):
                if trait != name:
                    continue
                roles_f1, years = tally["roles"].value or 0, tally["years"].value or 0
                weak = " <" if roles_f1 < base_roles - 0.05 or years < base_years - 0.05 else ""
                print(f"    {value:16} {tally['years'].total:4}  roles {fmt(roles_f1)}  +emp {fmt(tally['roles+employer'].value)}"
                      f"  years {fmt(years)}  level {fmt(tally['level'].value)}  pm {fmt(tally['pm'].value)}"
                      f"  certs {fmt(tally['certs'].value)}  tools {fmt(tally['tools'].value)}{weak}")
        for key in MEASURES:
            found = failures.get(key, [])
            if found:
                print(f"\n## {key}: {len(found)} failures")
                for line in found[:args.show]:
                    print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
