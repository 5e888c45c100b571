"""Draw PDFs laid out like LinkedIn's "Save to PDF" export, for the tests.

The export comes from one template in every interface language, and the reader goes by that
template's type sizes and line spacing, so this draws them as the real export does (points,
baselines from the top of a US Letter page):

- sidebar on page 1 (x 21.6, 150 pt wide): headings 13 pt; items 10.5 pt, an item's wrapped
  lines 12.6 apart, items 17.6 apart; the contact block's profile link 11 pt;
- main column (x 223.6, 370 pt wide): name 26 pt; headline 12 pt, wrapped lines 14.4 apart; the
  location 12 pt, grey, 15.4 below the headline; section headings 15.75 pt;
- Experience: company 12 pt; an optional total time at the company 10.5 pt; title 11.5 pt
  (wrapped lines 14.4 apart); dates 10.5 pt 14.4 below; the place 14.7 below the dates; the
  description 10.5 pt, wrapped lines 18 apart, starting ~21 below;
- Education: school 12 pt, then "Degree, Field · (dates)" 10.5 pt, wrapping at 18;
- "Page N of M" at the foot of every page.

Every person, company and school here is invented.
"""
from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Optional

from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

FONT = "Helvetica"
DARK = (0.098, 0.098, 0.098)
GREY = (0.6941, 0.6941, 0.6941)
SIDE_X, SIDE_W = 21.6, 150.0
MAIN_X, MAIN_W = 223.6, 368.0
PAGE_W, PAGE_H = letter
BOTTOM = 755.0  # no baseline below this; the footer sits at 781

ENGLISH = {
    "contact": "Contact", "skills": "Top Skills", "languages": "Languages",
    "certifications": "Certifications", "summary": "Summary", "experience": "Experience",
    "education": "Education",
}
PORTUGUESE = {
    "contact": "Contato", "skills": "Principais competências", "languages": "Idiomas",
    "certifications": "Certificações", "summary": "Resumo", "experience": "Experiência",
    "education": "Formação acadêmica",
}
SPANISH = {
    "contact": "Contactar", "skills": "Aptitudes principales", "languages": "Idiomas",
    "certifications": "Certificaciones", "summary": "Extracto", "experience": "Experiencia",
    "education": "Educación",
}
ITALIAN = {
    "contact": "Contatti", "skills": "Competenze principali", "languages": "Lingue",
    "certifications": "Certificazioni", "summary": "Riepilogo", "experience": "Esperienza",
    "education": "Formazione",
}

FRENCH = {
    "contact": "Coordonnées", "skills": "Principales compétences", "languages": "Langues",
    "certifications": "Certifications", "summary": "Résumé", "experience": "Expérience",
    "education": "Formation",
}
GERMAN = {
    "contact": "Kontakt", "skills": "Top-Kenntnisse", "languages": "Sprachen",
    "certifications": "Zertifikate", "summary": "Zusammenfassung", "experience": "Berufserfahrung",
    "education": "Ausbildung",
}
DUTCH = {
    "contact": "Contactgegevens", "skills": "Belangrijkste vaardigheden", "languages": "Talen",
    "certifications": "Certificeringen", "summary": "Samenvatting", "experience": "Werkervaring",
    "education": "Opleiding",
}


@dataclass
class Position:
    title: str
    dates: str  # "March 2021 - Present (3 years 9 months)"
    place: Optional[str] = None
    description: list[str] = field(default_factory=list)  # paragraphs; "• ..." for bullets


@dataclass
class Company:
    name: str
    positions: list[Position]
    total: Optional[str] = None  # "4 years 3 months" under a company holding several positions


@dataclass
class School:
    name: str
    degree: str  # "Master of Science - MS, Computer Science · (2014 - 2016)"


@dataclass
class Export:
    name: str
    headline: str
    location: Optional[str]
    email: str
    slug: str  # the profile link: www.linkedin.com/in/<slug>
    headings: dict = field(default_factory=lambda: dict(ENGLISH))
    skills: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    certifications: list[str] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)
    companies: list[Company] = field(default_factory=list)
    schools: list[School] = field(default_factory=list)
    email_lines: Optional[list[str]] = None  # a long address the sidebar wraps
    footer: str = "Page {page} of {total}"  # as some interface languages print it: "Pagina {page} van {total}"


class _Pages:
    def __init__(self, c: canvas.Canvas, total: int, footer: str = "Page {page} of {total}"):
        self.c, self.total, self.page, self.footer_text = c, total, 1, footer

    def text(self, x: float, y: float, text: str, size: float, colour=DARK) -> None:
        self.c.setFillColorRGB(*colour)
        self.c.setFont(FONT, size)
        self.c.drawString(x, PAGE_H - y, text)

    def footer(self) -> None:
        self.text(384.0, 781.0, self.footer_text.format(page=self.page, total=self.total), 9, (0, 0, 0))

    def new_page(self) -> float:
        self.footer()
        self.c.showPage()
        self.page += 1
        return 60.0


def _wrap(text: str, size: float, width: float) -> list[str]:
    return simpleSplit(text, FONT, size, width) or [text]


def _wrap_link(link: str, size: float, width: float) -> list[str]:
    """The export breaks a long profile link after a hyphen: "www.linkedin.com/in/jane-" + "doe-12ab"."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, current = [], ""
    for piece in link.replace("-", "-\n").split("\n"):
        if current and stringWidth(current + piece, FONT, size) > width:
            lines.append(current)
            current = ""
        current += piece
    return lines + [current]


def _draw(export: Export, total: int) -> tuple[bytes, int]:
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=letter, invariant=1)
    pages = _Pages(c, total, export.footer)
    head = export.headings

    # ---- sidebar, page 1
    y = 55.9
    pages.text(SIDE_X, y, head["contact"], 13)
    y += 19.2
    for number, piece in enumerate(export.email_lines or [export.email]):
        pages.text(SIDE_X, y + 12.6 * number, piece, 10.5)
    y += 12.6 * (len(export.email_lines or [export.email]) - 1) + 24.4
    for number, piece in enumerate(_wrap_link(f"www.linkedin.com/in/{export.slug}", 11, SIDE_W)):
        if number:
            y += 14.4
        pages.text(SIDE_X, y, piece, 11)
    y += 14.4
    pages.text(SIDE_X, y, "(LinkedIn)", 11)
    for key, items in (("skills", export.skills), ("languages", export.languages),
                       ("certifications", export.certifications)):
        if not items:
            continue
        y += 49.9
        pages.text(SIDE_X, y, head[key], 13)
        y += 19.2 - 17.6
        for item in items:
            y += 17.6
            for number, piece in enumerate(_wrap(item, 10.5, SIDE_W)):
                if number:
                    y += 12.6
                pages.text(SIDE_X, y, piece, 10.5)

    # ---- main column
    y = 68.6
    pages.text(MAIN_X, y, export.name, 26)
    y += 19.5
    for number, piece in enumerate(_wrap(export.headline, 12, MAIN_W)):
        if number:
            y += 14.4
        pages.text(MAIN_X, y, piece, 12)
    if export.location:
        y += 15.4
        pages.text(MAIN_X, y, export.location, 12, GREY)

    def room(y: float, need: float) -> float:
        return pages.new_page() if y + need > BOTTOM else y

    def heading(y: float, text: str) -> float:
        y = room(y + 38.1, 60)
        pages.text(MAIN_X, y, text, 15.75)
        return y

    if export.summary:
        y = heading(y, head["summary"])
        y += 25.0 - 36.0
        for paragraph in export.summary:
            y += 36.0
            for number, piece in enumerate(_wrap(paragraph, 12, MAIN_W)):
                if number:
                    y += 18.0
                y = room(y, 0)
                pages.text(MAIN_X, y, piece, 12)
        y += 16.2
    if export.companies:
        y = heading(y, head["experience"])
        y += 30.0 - 38.6
        for company in export.companies:
            y = room(y + 38.6, 70)
            for number, piece in enumerate(_wrap(company.name, 12, MAIN_W)):
                if number:
                    y += 18.0
                pages.text(MAIN_X, y, piece, 12)
            if company.total:
                y += 16.3
                pages.text(MAIN_X, y, company.total, 10.5)
                y += 21.4
            else:
                y += 16.0
            for index, position in enumerate(company.positions):
                if index:
                    y = room(y + 31.6, 50)
                for number, piece in enumerate(_wrap(position.title, 11.5, MAIN_W)):
                    if number:
                        y += 14.4
                    pages.text(MAIN_X, y, piece, 11.5)
                y = room(y + 14.4, 0)
                pages.text(MAIN_X, y, position.dates, 10.5)
                if position.place:
                    y = room(y + 14.7, 0)
                    pages.text(MAIN_X, y, position.place, 10.5, GREY)
                    y += 21.4 - 18.0
                else:
                    y += 20.3 - 18.0
                for number, paragraph in enumerate(position.description):
                    if number:
                        y += 18.0
                    for piece in _wrap(paragraph, 10.5, MAIN_W):
                        y = room(y + 18.0, 0)
                        pages.text(MAIN_X, y, piece, 10.5)
    if export.schools:
        y = heading(y, head["education"])
        y += 25.0 - 33.6
        for school in export.schools:
            y = room(y + 33.6, 40)
            pages.text(MAIN_X, y, school.name, 12)
            y += 17.4 - 18.0
            for piece in _wrap(school.degree, 10.5, MAIN_W):
                y = room(y + 18.0, 0)
                pages.text(MAIN_X, y, piece, 10.5)
    pages.footer()
    c.showPage()
    c.save()
    return buffer.getvalue(), pages.page


def linkedin_pdf(export: Export) -> bytes:
    """The export as PDF bytes (drawn twice: the footers need the page count)."""
    _, total = _draw(export, 0)
    data, _ = _draw(export, total)
    return data
