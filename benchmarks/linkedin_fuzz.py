"""LinkedIn "Save to PDF" exports never seen: a seeded stress set drawn like the real template.

    python benchmarks/linkedin_fuzz.py                       # 300 exports, seed 1
    python benchmarks/linkedin_fuzz.py --count 1000 --seed 7 --show 5
    python benchmarks/linkedin_fuzz.py --only 41 --keep /tmp/fuzz   # one export, its PDF written
    python benchmarks/linkedin_fuzz.py --engine pdfplumber   # the other PDF engine

The 22 real exports of the corpus are what the reader was tuned on; this draws exports it has
never seen with tests/linkedin_pdf.py in the real template's measures (REAL_LAYOUT) and random
but realistic content: names with particles, accents, hyphens, initials and suffixes ("Jr.",
", PMP", ", MBA"); headlines of one to four lines with "|", "@", "at" and long certification lists;
a location of one to four parts or none; a contact block with an address, a phone, an e-mail that
may wrap (or none: another member's profile saved may show none), a profile link that wraps,
further links; minimal one-page profiles; one to ten companies, some holding several
positions under a total time, positions with or without a place, open ("Present") or closed, in
seven interface languages (en, pt, es, it, fr, de, nl); descriptions with bullets and dates;
long company names with parentheses and commas; a summary or none; schools with or without
dates; Top Skills, Languages, Certifications, Honors-Awards and Publications in the sidebar.
The page breaks fall wherever the content puts them, as in the real export.

It reads each export as profilecheck does (the structure stage of `profilecheck.analyze`: the
same profile) and scores it against what was drawn with the measures of benchmarks/realworld.py:
name, headline, location, e-mail and LinkedIn username exactly right (the labels' normalisation:
case, spacing and separators at the ends do not count), headline and location found, and roles
(company + title + start month) F1.  It prints each measure and the first failures of each
(expected vs found, with the export's number: `--only N` draws that one again).

Some shapes were never seen in a real export; they are drawn rarely and reported apart
("unverified"): a name too long for one line, a location missing, a localised "Present" word,
a localised footer or sidebar heading other than Contact and Top Skills.  A failure only on them
is no evidence against the reader.  Every person, company and place is invented (or a city).
Text beyond Latin-1 needs a TrueType font: Liberation Sans (Arial's metrics, as the real export's
Arial Unicode) when the machine has it, else Helvetica and Latin-1 names only.
"""
from __future__ import annotations

import argparse
import collections
import random
import sys
import time
import unicodedata
from urllib.parse import quote
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Optional

import environment  # noqa: E402  (benchmarks/: one line, exit 2, outside profilecheck's environment)

environment.require("reportlab")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks" / "labels"))

from fingerprint import normalise  # noqa: E402
from linkedin_pdf import (  # noqa: E402
    DUTCH, ENGLISH, FRENCH, GERMAN, ITALIAN, PORTUGUESE, REAL_LAYOUT, SPANISH,
    Company, Export, Position, School, linkedin_pdf, use_font,
)

from profilecheck.options import Options  # noqa: E402

FONT_FILES = ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
              "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf")

# ---------------------------------------------------------------- the interface languages

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
}
MONTH_JOIN = {"pt": " de ", "es": " de "}  # "março de 2021"
# (year, years, month, months) as the durations print them: "(2 anni 9 mesi)", "5 años"
UNITS = {
    "en": ("year", "years", "month", "months"), "pt": ("ano", "anos", "mês", "meses"),
    "es": ("año", "años", "mes", "meses"), "it": ("anno", "anni", "mese", "mesi"),
    "fr": ("an", "ans", "mois", "mois"), "de": ("Jahr", "Jahre", "Monat", "Monate"),
    "nl": ("jaar", "jaar", "maand", "maanden"),
}
# The real exports in pt, es and it all print the English "Present"; the interface's own word is
# drawn now and then, unverified.
LOCAL_PRESENT = {"en": "Present", "pt": "o momento", "es": "actualidad", "it": "Presente", "fr": "aujourd’hui",
                 "de": "Heute", "nl": "heden"}
HEADINGS = {"en": ENGLISH, "pt": PORTUGUESE, "es": SPANISH, "it": dict(ITALIAN, contact="Contatta"),
            "fr": FRENCH, "de": GERMAN, "nl": DUTCH}
FOOTERS = {"fr": "Page {page} sur {total}", "de": "Seite {page} von {total}", "nl": "Pagina {page} van {total}",
           "pt": "Página {page} de {total}", "es": "Página {page} de {total}", "it": "Pagina {page} di {total}"}
LANGUAGE_WEIGHTS = {"en": 10, "pt": 4, "es": 4, "it": 3, "fr": 3, "de": 3, "nl": 2}

# ---------------------------------------------------------------- invented content

FIRST = ["Ana", "João", "María José", "Zoë", "Björn", "Anaïs", "Chloé", "Søren", "Inês", "Marie-Claire",
         "Jean-Baptiste", "Ana Luísa", "Hans", "Priya", "Oluwaseun", "Siobhán", "Ngozi", "Thanh", "Wei", "Mateus",
         "Giulia", "Francesca", "Tomás", "Renée", "Jürgen", "Kwame", "Aisling", "Dmitri", "Leilani", "Rafael",
         "Catarina", "Lukas", "Élodie", "Joaquín", "Marta", "Sven", "Noor", "Aditi", "Carlos Eduardo", "Mei"]
FIRST_WIDE = ["Łukasz", "Ştefan", "Dragoş", "Małgorzata", "Jiří", "Tōru", "Ağça", "Đorđe"]
LAST = ["Okafor", "Lindqvist", "Ferreira", "Rossi", "Moreau", "Schneider", "Vermeulen", "Kowalczyk", "Haddad",
        "Nakamura", "Oyelaran", "Castellanos", "Brennan", "Petrov", "Achterberg", "Quenby", "Marchetti",
        "Valdés", "Gonçalves", "Müller", "Lefèvre", "Sørensen", "Ibáñez", "Nwosu", "Tremblay", "Ferraz", "O'Connor",
        "D'Angelo", "N'Diaye", "McAllister"]
LAST_WIDE = ["Wiśniewski", "Dvořák", "Kılıç", "Ōtsuka", "Popescu-Ţurcanu"]
PARTICLES = ["van der", "de la", "dos", "da", "de", "von", "van", "di", "del", "Mac", "ter"]
SUFFIXES = [", PMP", " PMP", ", MBA", ", MBA, PMP", " Jr.", ", Jr.", " III", ", PhD", ", M.Sc.", ", CSM",
            ", PMP®", " MBA", ", PMP, PMI-ACP, CSM"]

TITLES = {
    "en": ["IT Project Manager", "Senior Project Manager", "Technical Program Manager", "Program Manager",
           "PMO Lead", "Scrum Master", "Delivery Manager", "Project Coordinator", "Agile Coach",
           "Head of Delivery", "Business Analyst", "Systems Analyst", "Software Engineer", "Release Manager",
           "Director, Program Management Office", "Project Manager (Contract)", "Senior Manager, IT Projects",
           "Project Manager - ERP Implementation", "Portfolio Manager | Digital Channels",
           "Project Lead, Data Platform & Analytics", "Engagement Manager", "Service Delivery Manager",
           "Co-founder & Project Lead", "Project Manager, end-to-end e-commerce platform"],
    "pt": ["Gerente de Projetos de TI", "Coordenadora de Projetos", "Analista de Sistemas Sênior",
           "Gerente de Projetos", "Scrum Master", "Especialista em Governança de TI", "Líder de PMO"],
    "es": ["Jefe de Proyectos TI", "Gerente de Proyectos", "Project Manager", "Coordinadora de Proyectos",
           "Analista Funcional", "Responsable de PMO"],
    "it": ["Project Manager IT", "Responsabile PMO", "Capo Progetto", "Program Manager", "Analista Funzionale"],
    "fr": ["Chef de projet informatique", "Directeur de programme", "Chef de projet MOA", "Scrum Master",
           "Responsable PMO"],
    "de": ["IT-Projektleiter", "Projektmanagerin", "Senior Projektmanager", "Teamleiter PMO", "Scrum Master"],
    "nl": ["Projectmanager ICT", "Programmamanager", "Scrum Master", "Teamleider PMO", "Informatieanalist"],
}
LONG_TITLES = [
    "Senior Project Manager, Electronic Health Record Rollout and Clinical Systems Integration Workstream",
    "Program Manager | Core Banking Modernisation, Payments & Regulatory Reporting (EMEA and LATAM)",
    "Gerente de Projetos de Transformação Digital - Canais Digitais, Dados e Integração com Parceiros",
    "IT Project Manager for the SAP S/4HANA migration, the warehouse systems and the finance data platform",
]
COMPANIES = [
    "Northwind Traders", "Contoso Ltd.", "Fabrikam, Inc.", "Tailspin Logistics", "Vértice Sistemas S.A.",
    "Kestrelmark Logistics B.V.", "Banco Atlântico", "Grupo Meridiano", "Helvetic Datenwerk AG", "Accentix",
    "Lumen Consulting (a Brightstar company)", "Solvent Labs", "Orbital Telecom", "Cobalt Payments",
    "Veldhuis Data", "Pohjoisvalo Oy", "Ferrovie Nordiche S.p.A.", "Hôpital Saint-Aubin", "Stadtwerke Aurach GmbH",
    "Aurora Retail Group", "Mercado Aurora S.A.", "Brightwater Health", "Quantix Software", "Tecnova Ltda.",
    "Web 2.0 Labs", "Grupo 4S", "24/7 Service Desk Ltd", "Self-employed", "Freelance",
    "Universidade Estadual do Planalto", "Ministério da Economia",
]
LONG_COMPANIES = [
    "Brightwater Regional Health Partnership (Clinical Systems, Shared Services and Digital Programmes)",
    "Marlow, Finch & Osei, Chartered Accountants and Business Advisers, LLP",
    "Secretaria de Estado de Planejamento e Gestão - Subsecretaria de Tecnologia da Informação (SUTIC)",
    "Deutsche Musterbank AG, Zweigniederlassung Luxemburg",
    "Kestrelmark Logistics (formerly Harbourline Freight Systems, acquired 2019)",
]
PLACES = [
    "Porto, Porto, Portugal", "Lisbon, Lisbon, Portugal", "São Paulo, São Paulo, Brasil", "Curitiba, Paraná, Brasil",
    "Rio de Janeiro e Região, Brasil", "Madrid, Comunidad de Madrid, España", "Barcelona, Cataluña, España",
    "Milano, Lombardia, Italia", "Roma, Lazio, Italia", "Lyon, Auvergne-Rhône-Alpes, France", "Paris et périphérie",
    "München, Bayern, Deutschland", "Berlin, Berlin, Germany", "Utrecht, Utrecht, Nederland", "Amsterdam Area",
    "Leeds, England, United Kingdom", "London Area, United Kingdom", "Dublin, County Dublin, Ireland",
    "New York, New York, United States", "Austin, Texas, United States", "San Francisco Bay Area",
    "Greater Seattle Area", "Dallas-Fort Worth Metroplex", "Toronto, Ontario, Canada", "Bengaluru, Karnataka, India",
    "Pune, Maharashtra, India", "Dubai, United Arab Emirates", "Singapore", "Sydney, New South Wales, Australia",
    "Buenos Aires, Argentina", "Córdoba, Argentina", "Mexico City Metropolitan Area", "Bogotá, D.C., Capital District, Colombia",
    "Cluj-Napoca, Cluj, Romania", "Nairobi County, Kenya", "Lagos State, Nigeria", "Zürich, Zurich, Switzerland",
    "Greater Madrid Metropolitan Area", "Brasil", "Portugal", "Germany", "Italia", "Argentina", "Norway", "India",
    "Washington DC-Baltimore Area", "Frankfurt Rhine-Main Metropolitan Area", "St. John's, Newfoundland and Labrador, Canada",
]
PLACES_WIDE = ["Kraków, Małopolskie, Poland", "İstanbul, Türkiye", "Łódź, Łódzkie, Polska"]
ROLE_PLACES = PLACES + ["Remote", "Remoto", "Hybrid", "Lisboa", "Berlin", "London"]
HEADLINE_PARTS = [
    "PMP®", "PMI-ACP", "CSM", "SAFe® 6 SPC", "ITIL 4", "PRINCE2 Practitioner", "Agile & Waterfall", "Cloud Migration",
    "ERP (SAP S/4HANA)", "Digital Transformation", "Data Platforms", "Scrum", "Kanban", "Jira & Confluence",
    "Helping teams deliver on time", "Fintech", "Healthcare IT", "Open to new opportunities", "Public Sector",
    "Transformação Digital", "Gestión de Proyectos", "Gestione Progetti", "Pilotage de projets", "Projektmanagement",
    "MBA", "Stakeholder Management", "Risk & Governance", "AI/ML Programs", "Remote-first",
    "end-to-end delivery of data-driven products", "hands-on, results-oriented leader", "full-stack background",
    "customer-facing cloud-native programmes", "e-commerce", "problem-solving", "Co-founder @ a start-up",
    "Based in Lisbon, Portugal", "Porto, Portugal", "Open to relocation - Madrid, Spain", "EMEA & LATAM",
]
CERTS = [
    "Project Management Professional (PMP)", "PMI Agile Certified Practitioner (PMI-ACP)", "Certified ScrumMaster®",
    "SAFe® 6 Practice Consultant", "ITIL® 4 Foundation in IT Service Management", "PRINCE2® Practitioner",
    "AWS Certified Cloud Practitioner", "Microsoft Certified: Azure Fundamentals", "Professional Scrum Master I",
    "Lean Six Sigma Green Belt", "Google Project Management: Professional Certificate",
    "Gestão de Projetos com Metodologias Ágeis e Tradicionais - Fundação de Estudos Avançados",
]
HONORS = ["Employee of the Year 2019", "Delivery Excellence Award", "Prêmio Inovação 2021 - Categoria Processos",
          "Dean's List", "Best Transformation Programme, Regional Awards 2022"]
PUBLICATIONS = ["Running Hybrid Delivery at Scale: Lessons from Twelve Programmes",
                "Gestão de Riscos em Projetos de TI", "A Practical Guide to PMO Metrics"]
SKILLS = ["Project Management", "Scrum", "Stakeholder Management", "Jira", "Agile Methodologies", "Risk Management",
          "Gestão de projetos", "Gestión de proyectos", "Microsoft Project", "SAP ERP", "Program Management", "ITIL",
          "Vendor Management", "Budgeting", "Confluence", "Kanban", "Business Analysis (BA)", "Cloud Computing"]
SPOKEN = ["English (Native or Bilingual)", "Spanish (Professional Working)", "Portuguese (Full Professional)",
          "French (Elementary)", "German (Limited Working)", "Italiano (Native or Bilingual)", "Dutch", "Inglês"]
SCHOOLS = ["Universidade Estadual do Planalto", "University of Eastmoor", "Politecnico di Valdora",
           "Université de Valbonne", "Hochschule Aurach", "Hogeschool Eemland", "Universidad Nacional del Sur",
           "Northgate College", "Open University of Westmere", "Instituto Superior Técnico de Almara",
           "Coursera", "PMI Portugal Chapter"]
DEGREES = ["Master of Business Administration - MBA, Project Management", "Bachelor of Science - BS, Computer Science",
           "Bacharelado, Sistemas de Informação", "Licenciatura, Ingeniería Informática", "Laurea Magistrale, Ingegneria Gestionale",
           "Master, Management des systèmes d'information", "Diplom-Informatiker, Informatik", "Bachelor, Bedrijfskunde",
           "Pós-graduação Lato Sensu, Gerenciamento de Projetos", "Postgraduate Certificate, IT Service Management",
           "Information Systems", "Technology"]
SENTENCES = [
    "Led the rollout of the new ERP across four plants, on time and 6% under budget.",
    "Ran the release train for four product squads and the quarterly planning that feeds it.",
    "Kept one weekly status page for the steering group and a shared risk register.",
    "Moved 1,200 users to the new digital workplace with no unplanned downtime.",
    "Coordinated vendors in three countries; contracts, SLAs and escalation paths.",
    "Responsável pelo portfólio de projetos de TI da diretoria comercial.",
    "Gestión de un equipo de 12 personas y un presupuesto de 2 M€.",
    "Gestione del portafoglio progetti e reporting al comitato di direzione.",
    "Pilotage du programme de migration vers le cloud (AWS) et des équipes offshore.",
    "Verantwortlich für die Einführung von SAP S/4HANA in drei Gesellschaften.",
    "Projects: core banking migration (2019 - 2020), payments hub (2021).",
    "March 2020 - June 2021: programme manager for the data centre exit.",
    "2018 - 2019 | Customer portal relaunch, 8 people, Scrum.",
    "Tools: Jira, Confluence, MS Project, Power BI.",
    "Key achievements:",
    "Present at every quarterly business review with the client's board.",
    "Set up a data-driven, end-to-end release process for the customer-facing self-service portal.",
    "Hands-on with the cloud-native re-platforming of the e-commerce back-office.",
]
BULLETS = ["• ", "- ", "* ", "# ", "▪ "]


def ascii_word(text: str) -> str:
    """"Sørensen" -> "sorensen", "Marie-Claire" -> "marieclaire": a name as it goes into a link or an address."""
    folded = unicodedata.normalize("NFKD", text.translate(str.maketrans("øØłŁđĐıß", "oOlLdDis")))
    return "".join(ch for ch in folded if ch.isascii() and ch.isalnum()).lower()


# ---------------------------------------------------------------- one export


@dataclass
class Truth:
    name: str
    headline: str
    location: Optional[str]
    email: Optional[str]
    username: str
    roles: list[tuple[str, str, str]]  # (company, title, "YYYY-MM" or "YYYY")
    as_of: date
    language: str
    unverified: list[str] = field(default_factory=list)  # shapes never seen in a real export


class Maker:
    def __init__(self, seed: str, wide: bool):
        self.r = random.Random(seed)
        self.wide = wide
        self.unverified: list[str] = []

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def pick(self, items):
        return self.r.choice(items)

    # -- people
    def name(self) -> tuple[str, str, str]:
        r = self.r
        firsts = FIRST + (FIRST_WIDE if self.wide else [])
        lasts = LAST + (LAST_WIDE if self.wide else [])
        if self.wide and self.chance(0.03):  # Greek or Cyrillic letters
            firsts, lasts = ["Νικόλαος", "Ольга", "Дмитрий", "Ελένη"], ["Παπαδοπούλου", "Коваленко", "Сергеев-Иванов"]
        first = self.pick(firsts)
        last = self.pick(lasts)
        if self.chance(0.2):
            last = f"{self.pick(PARTICLES)} {last}"
        if self.chance(0.15):
            last = f"{last}-{self.pick(lasts)}"
        if self.chance(0.15):
            last = f"{self.pick(lasts)} {last}"  # two surnames
        middle = ""
        if self.chance(0.12):
            middle = f" {self.pick('ABCDEFGHJKLMNPRSTW')}."
        if self.chance(0.05):
            first = f"{first[0]}."
        name = f"{first}{middle} {last}"
        if self.chance(0.25):
            name += self.pick(SUFFIXES)
        if self.chance(0.03):
            name = f"{self.pick(['Dr.', 'Eng.', 'Ing.'])} {name}"
        if self.chance(0.03):
            name = name.upper()
        if len(name) > 34:
            self.unverified.append("name over one line")
        # a name in another script goes into links and addresses transliterated
        return name, ascii_word(first) or "olga", ascii_word(last.split()[-1]) or "kovalenko"

    def slug(self, first: str, last: str, shown_first: str) -> str:
        """As LinkedIn makes them: ASCII letters, digits and hyphens (an accent may stay
        percent-encoded in a default link)."""
        r = self.r
        if self.chance(0.05):
            shown = "-".join(word.strip(".") for word in shown_first.lower().split())
            return f"{quote(shown)}-{last}-{r.randrange(16**8):08x}"
        kind = r.random()
        if kind < 0.3:
            return f"{first}-{last}-{r.randrange(16**8):08x}"
        if kind < 0.45:
            return f"{first}-{last}-{r.randrange(10**8, 10**9)}"
        if kind < 0.6:
            return f"{first}{last}"
        if kind < 0.7:
            return f"{first[0]}{last}"
        if kind < 0.8:
            return f"{first}-{ascii_word(self.pick(LAST))}-{last}-{r.choice(['pmp', 'mba', 'csm'])}"
        if kind < 0.88:
            return f"{first}{ascii_word(self.pick(LAST))}{last}{r.randrange(1000)}"  # long, no hyphen
        return f"{first}-{last}"

    def email_lines(self, email: str, font: Optional[str]) -> Optional[list[str]]:
        """The contact block wraps an address too long for it after a "." or "-", or anywhere in a
        piece too long for a line (both seen in real exports)."""
        from linkedin_pdf import _fill

        breaks = ".-" if self.chance(0.5) else ""
        lines = _fill(email, 10.5, REAL_LAYOUT.contact_width, font or "Helvetica", breaks)
        return lines if len(lines) > 1 else None

    def email(self, first: str, last: str) -> str:
        r = self.r
        domain = self.pick(["gmail.com", "outlook.com", "hotmail.com", "yahoo.com.br", "protonmail.com", "icloud.com",
                            "kestrelmark-logistics.co.uk", "consultoria-vertice.com.br", "web.de", "libero.it"])
        local = self.pick([f"{first}.{last}", f"{first[0]}{last}", f"{first}{last}{r.randrange(100)}",
                           f"{first}_{last}.pm", f"{last}.{first}", f"{first}.{last}"])
        if self.chance(0.05):  # long enough to wrap before the "@"
            local = f"{first}.{ascii_word(self.pick(LAST))}.{last}.consulting"
        return f"{local}@{domain}"

    # -- dates
    def month(self, language: str, year: int, month: int) -> str:
        name = MONTHS[language].split()[month - 1]
        return f"{name}{MONTH_JOIN.get(language, ' ')}{year}"

    def duration(self, language: str, months: int, parens: bool = True) -> str:
        year, years, month, plural = UNITS[language]
        y, m = divmod(max(months, 1), 12)
        parts = []
        if y:
            parts.append(f"{y} {year if y == 1 else years}")
        if m:
            parts.append(f"{m} {month if m == 1 else plural}")
        text = " ".join(parts)
        return f"({text})" if parens else text

    def dates(self, language: str, start: tuple[int, int], end: Optional[tuple[int, int]], as_of: date,
              year_only: str) -> tuple[str, str]:
        """The date line and the start as the reader gives it ("2019-03", "2019")."""
        stop = end or (as_of.year, as_of.month)
        months = (stop[0] - start[0]) * 12 + stop[1] - start[1] + 1
        left = str(start[0]) if year_only in ("start", "both") else self.month(language, *start)
        if end is None:
            present = "Present"
            if language != "en" and self.chance(0.15):
                present = LOCAL_PRESENT[language]
                self.unverified.append("localised Present")
            right = present
        else:
            right = str(end[0]) if year_only == "both" else self.month(language, *end)
        if year_only == "both":
            months = max(12, (end[0] - start[0]) * 12) if end else months
        start_iso = str(start[0]) if year_only in ("start", "both") else f"{start[0]:04d}-{start[1]:02d}"
        return f"{left} - {right} {self.duration(language, months)}", start_iso

    # -- text
    def headline(self, language: str, company: str) -> str:
        r = self.r
        title = self.pick(TITLES[language] + TITLES["en"])
        kind = r.random()
        if kind < 0.2:
            text = f"{title} at {company}"
        elif kind < 0.3:
            text = f"{title} @ {company} | {self.pick(HEADLINE_PARTS)}"
        elif kind < 0.8:
            parts = [title] + r.sample(HEADLINE_PARTS, r.randint(1, 8))
            text = " | ".join(parts)
        elif kind < 0.9:
            certs = ", ".join(r.sample(["PMP", "PMI-ACP", "CSM", "CSPO", "SAFe 6 POPM", "ITIL 4", "PRINCE2", "Six Sigma GB",
                                        "AWS CCP", "PSM I", "PSPO I", "MBA", "CAPM", "PMI-RMP", "CISA"], r.randint(4, 12)))
            text = f"{title} | {certs}"
        else:
            text = (f"{title} helping {self.pick(['banks', 'hospitals', 'retailers', 'public agencies'])} ship "
                    f"{self.pick(['cloud', 'ERP', 'data', 'payments'])} programmes: clear plans, honest status and early risks")
        if self.chance(0.08):
            text += " |"
        return text[:220].rstrip()

    def description(self) -> list[str]:
        r = self.r
        out = []
        for _ in range(r.choice([0, 0, 1, 1, 2, 3, 4, 6])):
            if self.chance(0.35):
                bullet = self.pick(BULLETS)
                out.append(bullet + " ".join(r.sample(SENTENCES, r.randint(1, 2))))
            else:
                out.append(" ".join(r.sample(SENTENCES, r.randint(1, 4))))
        return out

    # -- the whole export
    def export(self, layout_font: Optional[str]) -> tuple[Export, Truth]:
        r = self.r
        language = r.choices(list(LANGUAGE_WEIGHTS), weights=list(LANGUAGE_WEIGHTS.values()))[0]
        as_of = date(r.randint(2023, 2026), r.randint(1, 12), 15)
        name, first, last = self.name()
        shown_first = name.split()[0]
        headings = dict(HEADINGS[language])
        if language != "en":
            for key in ("languages", "certifications"):
                if self.chance(0.75):
                    headings[key] = ENGLISH[key]  # as the real exports print them
                else:
                    self.unverified.append("localised sidebar heading")
            headings["honors"], headings["publications"] = ENGLISH["honors"], ENGLISH["publications"]

        # companies, newest first, going back from the export's month
        companies: list[Company] = []
        roles: list[tuple[str, str, str]] = []
        cursor = (as_of.year, as_of.month)
        minimal = self.chance(0.06)  # a one-page profile: a short headline, no About, no descriptions
        count = r.choice([1, 1, 2, 3, 3, 4, 5, 6, 7, 8, 10]) if not minimal else r.choice([1, 1, 2])

        def back(ym: tuple[int, int], months: int) -> tuple[int, int]:
            index = ym[0] * 12 + ym[1] - 1 - months
            return index // 12, index % 12 + 1

        open_roles = r.choice([0, 1, 1, 1, 2])
        for number in range(count):
            company = self.pick(LONG_COMPANIES if self.chance(0.12) else COMPANIES)
            if companies and self.chance(0.05):
                company = companies[-1].name  # the same employer again, as an entry of its own
            positions = []
            several = r.choice([1, 1, 1, 1, 2, 2, 3, 4]) if self.chance(0.35) else 1
            first_start = None
            end = None if number < open_roles else back(cursor, r.randint(0, 4))
            for index in range(several):
                stop = end if index == 0 else back(start, r.randint(0, 1))  # noqa: F821 - set below
                length = r.randint(1, 50)
                start = back(stop or cursor, length)
                year_only = "none" if self.chance(0.9) else r.choice(["start", "both"] if stop else ["start"])
                line, start_iso = self.dates(language, start, stop, as_of, year_only)
                if index and self.chance(0.5):
                    title = self.pick(TITLES[language] + TITLES["en"])
                else:
                    title = self.pick(LONG_TITLES if self.chance(0.07) else TITLES[language] + TITLES["en"])
                place = self.pick(ROLE_PLACES + (PLACES_WIDE if self.wide else [])) if self.chance(0.7) else None
                positions.append(Position(title, line, place, [] if minimal else self.description()))
                roles.append((company, title, start_iso))
                first_start = start
            total = None
            if several > 1:
                latest = end or (as_of.year, as_of.month)
                months = (latest[0] - first_start[0]) * 12 + latest[1] - first_start[1] + 1
                total = self.duration(language, months, parens=False)
            companies.append(Company(company, positions, total))
            cursor = back(first_start, r.randint(0, 8))
        if self.chance(0.05):
            companies, roles = [], []  # no Experience section at all (a student's profile)

        location = None
        if self.chance(0.96):
            location = self.pick(PLACES + (PLACES_WIDE if self.wide else []))
        else:
            self.unverified.append("no location")
        headline = self.headline(language, companies[0].name if companies else "Northgate College")
        if minimal:
            headline = f"{self.pick(TITLES[language])} at {companies[0].name if companies else 'Northgate College'}"
        email = self.email(first, last) if self.chance(0.92) else None  # another member's profile may show none
        slug = self.slug(first, last, shown_first)
        links = []
        for _ in range(r.choice([0, 0, 0, 1, 1, 2, 3])):
            links.append(self.pick([f"github.com/{first}{last} (Portfolio)", f"www.{last}-consulting.com (Company)",
                                    f"medium.com/@{first}.{last} (Blog)", f"{first}{last}.dev/ (Personal)",
                                    f"www.slideshare.net/{first}-{last}-pm (Other)"]))
        address = []
        if self.chance(0.15):
            address = [self.pick(["Rua das Amoreiras 120, Lisboa", "Porto, Portugal", "Cordoba Capital, Cordoba,",
                                  "Av. Paulista 1000, São Paulo"])]
            if address[0].endswith(","):
                address.append("Argentina")
        phone = None
        if self.chance(0.35):
            phone = self.pick(["+55 11 91234-5678", "07700 900123", "+1 415 555 0134", "5551234567", "+351 912 345 678",
                               "+49 151 23456789"]) + " " + self.pick(["(Mobile)", "(Home)", "(Work)"])
        summary = []
        if self.chance(0.7) and not minimal:
            summary = [" ".join(r.sample(SENTENCES, r.randint(2, 6))) for _ in range(r.choice([1, 1, 2, 3, 6]))]
            if email and self.chance(0.1):
                summary.append(f"Contact: {first}.{last}.work@example.org")  # another address in the text
        schools = []
        for _ in range(r.choice([0, 1, 1, 2, 2, 3, 4])):
            kind = r.random()
            y = r.randint(1995, 2022)
            if kind < 0.5:
                degree = f"{self.pick(DEGREES)} · ({y} - {y + r.randint(1, 5)})"
            elif kind < 0.65:
                degree = f"{self.pick(DEGREES)} · ({self.month(language, y, r.randint(1, 12))} - {self.month(language, y + 1, r.randint(1, 12))})"
            elif kind < 0.75:
                degree = f"· ({y})"
            elif kind < 0.9:
                degree = self.pick(DEGREES)
            else:
                degree = ""
            schools.append(School(self.pick(SCHOOLS), degree))

        skills = r.sample(SKILLS, 3) if self.chance(0.9) else []
        export = Export(
            name=name, headline=headline, location=location, email=email, slug=slug, headings=headings,
            skills=skills, languages=r.sample(SPOKEN, r.choice([0, 0, 1, 2, 3])),
            certifications=r.sample(CERTS, r.choice([0, 0, 1, 2, 3, 5])),
            honors=r.sample(HONORS, r.choice([0, 0, 0, 1, 2])), publications=r.sample(PUBLICATIONS, r.choice([0, 0, 0, 0, 1])),
            summary=summary, companies=companies, schools=schools, address=address, phone=phone, links=links,
            email_lines=self.email_lines(email, layout_font) if email else None,
            layout=replace(REAL_LAYOUT, bottom=r.uniform(760.0, 770.0), page_top=r.choice([57.3, 58.4, 59.3, 64.3]),
                           **({"font": layout_font} if layout_font else {})),
        )
        if language != "en" and self.chance(0.2):
            export.footer = FOOTERS[language]
            self.unverified.append("localised footer")
        truth = Truth(name, headline, location, email, slug, roles, as_of, language, sorted(set(self.unverified)))
        return export, truth


def make(seed: int, index: int, font: Optional[str]) -> tuple[Export, Truth]:
    return Maker(f"{seed}-{index}", wide=font is not None).export(font)


# ---------------------------------------------------------------- reading and scoring


def read(data: bytes, engine: str, as_of: date):
    from profilecheck.readers import read_bytes
    from profilecheck.structure import build_profile

    return build_profile(read_bytes(data, "Profile.pdf", Options(pdf_engine=engine, as_of=as_of)))


def same(found: Optional[str], expected: Optional[str]) -> bool:
    if not found or not expected:
        return not found and not expected
    return normalise(found) == normalise(expected)


def location_text(location) -> Optional[str]:
    if location.address:
        return location.address
    parts = [part for part in (location.city, location.region, location.countryCode) if part]
    return ", ".join(parts) or None


class Tally:
    def __init__(self) -> None:
        self.hits = collections.Counter()
        self.totals = collections.Counter()
        self.fails: dict[str, list[str]] = collections.defaultdict(list)
        self.unverified_fails: collections.Counter = collections.Counter()
        self.tp = self.fp = self.fn = 0

    def add(self, key: str, ok: bool, detail: str, truth: Truth) -> None:
        self.totals[key] += 1
        self.hits[key] += bool(ok)
        if not ok:
            self.fails[key].append(detail + (f"  [unverified: {', '.join(truth.unverified)}]" if truth.unverified else ""))


def score(tally: Tally, index: int, truth: Truth, profile) -> None:
    basics = profile.basics
    username = next((p.username for p in basics.profiles if p.network.lower() == "linkedin"), None)
    tag = f"#{index} ({truth.language})"
    for key, found, expected in (
        ("name", basics.name, truth.name),
        ("headline", basics.label, truth.headline),
        ("location", location_text(basics.location), truth.location),
        ("email", basics.email, truth.email),
        ("linkedin_username", username, truth.username),
    ):
        tally.add(f"{key} exact", same(found, expected), f"{tag} expected {expected!r}, found {found!r}", truth)
    for key, found, expected in (("headline", basics.label, truth.headline), ("location", location_text(basics.location), truth.location)):
        if expected:
            tally.add(f"{key} found", bool(found), f"{tag} expected {expected!r}, found nothing", truth)
    found_roles = [(w.name, w.position, w.startDate) for w in profile.work]
    expected = list(truth.roles)
    unmatched_found = list(found_roles)
    missing = []
    for role in expected:
        hit = next((f for f in unmatched_found if same(f[0], role[0]) and same(f[1], role[1]) and f[2] and
                    (f[2][:7] == role[2][:7] if len(f[2]) > 4 and len(role[2]) > 4 else f[2][:4] == role[2][:4])), None)
        if hit:
            unmatched_found.remove(hit)
        else:
            missing.append(role)
    tp = len(expected) - len(missing)
    tally.tp += tp
    tally.fp += len(unmatched_found)
    tally.fn += len(missing)
    tally.totals["roles files"] += 1
    ok = not missing and not unmatched_found
    tally.hits["roles files"] += ok
    if not ok:
        tally.fails["roles"].append(
            f"{tag} missed {[tuple(m) for m in missing][:3]}{' ...' if len(missing) > 3 else ''}; "
            f"extra {unmatched_found[:3]}{' ...' if len(unmatched_found) > 3 else ''}"
            + (f"  [unverified: {', '.join(truth.unverified)}]" if truth.unverified else ""))


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=3, help="failures shown per measure")
    parser.add_argument("--only", type=int, help="draw and read only export number N")
    parser.add_argument("--keep", type=Path, help="write the failing exports' PDFs (or --only's) to this folder")
    parser.add_argument("--engine", default="auto", choices=("auto", "pdfium", "pdfplumber"))
    parser.add_argument("--helvetica", action="store_true", help="Helvetica and Latin-1 text, not Liberation Sans")
    args = parser.parse_args(argv)
    font = None
    if not args.helvetica:
        path = next((p for p in FONT_FILES if Path(p).is_file()), None)
        font = use_font("LiberationSans", path) if path else None
    indexes = [args.only] if args.only is not None else list(range(args.count))
    tally = Tally()
    started = time.perf_counter()
    errors = []
    for index in indexes:
        export, truth = make(args.seed, index, font)
        data = linkedin_pdf(export)
        failed_before = sum(len(v) for v in tally.fails.values())
        try:
            profile = read(data, args.engine, truth.as_of)
        except Exception as error:  # a crash is a finding too
            errors.append(f"#{index}: {type(error).__name__}: {error}")
            continue
        score(tally, index, truth, profile)
        failed = sum(len(v) for v in tally.fails.values()) > failed_before
        if args.keep and (failed or args.only is not None):
            args.keep.mkdir(parents=True, exist_ok=True)
            (args.keep / f"fuzz-{args.seed}-{index}.pdf").write_bytes(data)
        if args.only is not None:
            print(f"truth: {truth}")
            print(f"read: name {profile.basics.name!r}; headline {profile.basics.label!r}; location "
                  f"{location_text(profile.basics.location)!r}; email {profile.basics.email!r}")
            for work in profile.work:
                print(f"  {work.name!r} | {work.position!r} | {work.startDate}")
    seconds = time.perf_counter() - started
    print(f"# LinkedIn fuzz: {len(indexes)} exports, seed {args.seed}, engine {args.engine}, "
          f"font {'Liberation Sans' if font else 'Helvetica'} ({seconds:.0f} s)")
    for key in ("name exact", "headline exact", "location exact", "email exact", "linkedin_username exact",
                "headline found", "location found", "roles files"):
        total = tally.totals[key]
        if total:
            print(f"  {key:26} {100 * tally.hits[key] / total:6.2f}% ({tally.hits[key]}/{total})")
    denominator = 2 * tally.tp + tally.fp + tally.fn
    f1 = 2 * tally.tp / denominator if denominator else 1.0
    print(f"  {'roles F1':26} {f1:6.4f} (tp {tally.tp}, fp {tally.fp}, fn {tally.fn})")
    if errors:
        print(f"  errors: {len(errors)}")
        for error in errors[: args.show]:
            print(f"    {error}")
    for key in ("name exact", "headline exact", "location exact", "email exact", "linkedin_username exact", "roles"):
        fails = tally.fails.get(key, [])
        if fails:
            verified = [f for f in fails if "[unverified" not in f]
            print(f"\n## {key}: {len(fails)} failures ({len(fails) - len(verified)} only on unverified shapes or with them)")
            for fail in (verified or fails)[: args.show]:
                print(f"  {fail}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
