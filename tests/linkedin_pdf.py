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

`Layout()` keeps these first measurements (the tests were written on them); `REAL_LAYOUT` has the
ones taken again on 22 real exports, for benchmarks/linkedin_fuzz.py: the sidebar wraps at about
172 pt (an e-mail, broken anywhere, at about 155), its sections stand 35.6 below the last item
and their first item 18.6 below the heading; the contact block's address, phone and e-mail lines
are 12.6 apart, the profile link 24.6 below them with its "(LinkedIn)" label on the same line
when it fits (a link breaks after "/" or "-", or anywhere in a piece too long for a line), further
links 13.1 apart; the headline 16.6 below the name; nothing is kept with what follows at a page
break (a company line, a heading may end a page) and the main column runs down to about 770.
The real sidebar headings other than Contact and Top Skills stay in English in every interface
language ("Languages", "Certifications", "Honors-Awards", "Publications").

Every person, company and school here is invented.
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from typing import Optional

from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
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
    "education": "Education", "honors": "Honors-Awards", "publications": "Publications",
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
class Layout:
    """The template's measures that the first tests took differently from the real export (see
    the module's doc); the defaults are the tests' own, REAL_LAYOUT the real export's."""

    font: str = FONT
    side_width: float = SIDE_W  # sidebar items wrap at this width
    contact_width: float = SIDE_W  # the contact block's lines (an e-mail breaks anywhere)
    link_width: float = SIDE_W
    side_first: float = 19.2  # a sidebar heading's baseline to its first item's
    side_section: float = 49.9  # the last item's baseline to the next heading's
    link_gap: float = 24.4  # the last contact line to the profile link
    label_inline: bool = False  # "(LinkedIn)" on the link's last line when it fits
    name_gap: float = 19.5  # the name's baseline to the headline's
    bottom: float = BOTTOM
    keep: bool = True  # a heading, company or position is not left alone at the foot of a page
    page_top: float = 60.0
    browser_wrap: bool = False  # lines break after a hyphen too, and anywhere in a word too long for one


REAL_LAYOUT = Layout(side_width=172.0, contact_width=155.0, link_width=173.0, side_first=18.6, side_section=35.6,
                     link_gap=24.6, label_inline=True, name_gap=16.6, bottom=770.0, keep=False, page_top=58.4,
                     browser_wrap=True)


def use_font(name: str, path: str) -> str:
    """Register a TrueType font (e.g. Liberation Sans, Arial's metrics) for text beyond Latin-1."""
    from reportlab.pdfbase.ttfonts import TTFont

    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, path))
    return name


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
    honors: list[str] = field(default_factory=list)
    publications: list[str] = field(default_factory=list)
    address: list[str] = field(default_factory=list)  # contact lines above the phone: "Porto, Portugal"
    phone: Optional[str] = None  # "+351 912 345 678 (Mobile)"
    links: list[str] = field(default_factory=list)  # further links: "github.com/jdoe (Portfolio)"
    layout: Layout = field(default_factory=Layout)


class _Pages:
    def __init__(self, c: canvas.Canvas, total: int, footer: str = "Page {page} of {total}", layout: Layout = Layout()):
        self.c, self.total, self.page, self.footer_text, self.layout = c, total, 1, footer, layout

    def text(self, x: float, y: float, text: str, size: float, colour=DARK) -> None:
        self.c.setFillColorRGB(*colour)
        self.c.setFont(self.layout.font, size)
        self.c.drawString(x, PAGE_H - y, text)

    def footer(self) -> None:
        self.c.setFillColorRGB(0, 0, 0)
        self.c.setFont(FONT, 9)
        self.c.drawString(384.0, PAGE_H - 781.0, self.footer_text.format(page=self.page, total=self.total))

    def new_page(self) -> float:
        self.footer()
        self.c.showPage()
        self.page += 1
        return self.layout.page_top


def _wrap(text: str, size: float, width: float, font: str = FONT, browser: bool = False) -> list[str]:
    if font == FONT and not browser:
        return simpleSplit(text, FONT, size, width) or [text]
    return _fill(text, size, width, font, " -")  # a browser breaks after a hyphen too


def _fill(text: str, size: float, width: float, font: str, breaks: str = "") -> list[str]:
    """Lines of `text` at most `width` wide as a browser breaks them: after a space (dropped at the
    break) or any character of `breaks`, and anywhere inside a piece too long for a line (an
    e-mail, a long link) -- "overflow-wrap: anywhere"."""
    pieces = re.findall(r"[^ %s]*[ %s]?" % (re.escape(breaks), re.escape(breaks)) if breaks else r".", text)
    joined: list[str] = []
    for piece in pieces:
        # spaces hang at the end of a line; no break after a hyphen before a digit ("COVID-19")
        if joined and piece and (not piece.strip() or (joined[-1].endswith("-") and piece[0].isdigit())):
            joined[-1] += piece
        elif piece:
            joined.append(piece)
    pieces = joined

    def fits(candidate: str) -> bool:
        return pdfmetrics.stringWidth(candidate.rstrip(" "), font, size) <= width

    lines, current = [], ""
    for piece in pieces:
        if fits(current + piece):
            current += piece
            continue
        if current:
            lines.append(current.rstrip(" "))
            current = ""
        while not fits(piece):  # a piece wider than a line: broken anywhere
            cut = max(1, max(n for n in range(1, len(piece) + 1) if fits(piece[:n]) or n == 1))
            lines.append(piece[:cut])
            piece = piece[cut:]
        current = piece.lstrip(" ")
    if current.strip():
        lines.append(current.rstrip(" "))
    return lines or [text]


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
    layout = export.layout
    font = layout.font
    pages = _Pages(c, total, export.footer, layout)
    head = dict(ENGLISH) | export.headings

    def wrap(text: str, size: float, width: float) -> list[str]:
        return _wrap(text, size, width, font, layout.browser_wrap)

    # ---- sidebar, page 1
    y = 55.9
    pages.text(SIDE_X, y, head["contact"], 13)
    y += layout.side_first
    contact_lines = list(export.address)
    if export.phone:
        contact_lines += wrap(export.phone, 10.5, layout.contact_width)
    if export.email_lines:
        contact_lines += export.email_lines
    elif export.email:
        contact_lines += (_fill(export.email, 10.5, layout.contact_width, font) if layout.label_inline else [export.email])
    for number, piece in enumerate(contact_lines):
        pages.text(SIDE_X, y + 12.6 * number, piece, 10.5)
    y += 12.6 * (len(contact_lines) - 1) + layout.link_gap
    if layout.label_inline:
        for number, piece in enumerate(_fill(f"www.linkedin.com/in/{export.slug} (LinkedIn)", 11, layout.link_width, font, "-/")):
            if number:
                y += 14.4
            pages.text(SIDE_X, y, piece, 11)
        for number, link in enumerate(export.links):
            for line_number, piece in enumerate(_fill(link, 11, layout.link_width, font, "-/")):
                y += 13.5 if number == 0 and line_number == 0 else 13.1
                pages.text(SIDE_X, y, piece, 11)
    else:
        for number, piece in enumerate(_wrap_link(f"www.linkedin.com/in/{export.slug}", 11, SIDE_W)):
            if number:
                y += 14.4
            pages.text(SIDE_X, y, piece, 11)
        y += 14.4
        pages.text(SIDE_X, y, "(LinkedIn)", 11)
    for key, items in (("skills", export.skills), ("languages", export.languages),
                       ("certifications", export.certifications), ("honors", export.honors),
                       ("publications", export.publications)):
        if not items:
            continue
        y += layout.side_section
        pages.text(SIDE_X, y, head[key], 13)
        y += layout.side_first - 17.6
        for item in items:
            y += 17.6
            for number, piece in enumerate(wrap(item, 10.5, layout.side_width)):
                if number:
                    y += 12.6
                pages.text(SIDE_X, y, piece, 10.5)

    # ---- main column
    y = 68.6
    for number, piece in enumerate(wrap(export.name, 26, MAIN_W)):
        if number:
            y += 31.2  # not seen in a real export: a name too long for one line
        pages.text(MAIN_X, y, piece, 26)
    y += layout.name_gap
    for number, piece in enumerate(wrap(export.headline, 12, MAIN_W)):
        if number:
            y += 14.4
        pages.text(MAIN_X, y, piece, 12)
    if export.location:
        y += 15.4
        pages.text(MAIN_X, y, export.location, 12, GREY)

    def room(y: float, need: float) -> float:
        if not layout.keep:
            need = 0
        return pages.new_page() if y + need > layout.bottom else y

    def heading(y: float, text: str) -> float:
        y = room(y + 38.1, 60)
        pages.text(MAIN_X, y, text, 15.75)
        return y

    if export.summary:
        y = heading(y, head["summary"])
        y += 25.0 - 36.0
        for paragraph in export.summary:
            y += 36.0
            for number, piece in enumerate(wrap(paragraph, 12, MAIN_W)):
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
            for number, piece in enumerate(wrap(company.name, 12, MAIN_W)):
                if number:
                    y = room(y + 18.0, 0)
                pages.text(MAIN_X, y, piece, 12)
            if company.total:
                y = room(y + 16.3, 0)
                pages.text(MAIN_X, y, company.total, 10.5)
                y = room(y + 21.4, 0)
            else:
                y = room(y + 16.0, 0)
            for index, position in enumerate(company.positions):
                if index:
                    y = room(y + 31.6, 50)
                for number, piece in enumerate(wrap(position.title, 11.5, MAIN_W)):
                    if number:
                        y = room(y + 14.4, 0)
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
                    for piece in wrap(paragraph, 10.5, MAIN_W):
                        y = room(y + 18.0, 0)
                        pages.text(MAIN_X, y, piece, 10.5)
    if export.schools:
        y = heading(y, head["education"])
        y += 25.0 - 33.6
        for school in export.schools:
            y = room(y + 33.6, 40)
            for number, piece in enumerate(wrap(school.name, 12, MAIN_W)):
                if number:
                    y = room(y + 18.0, 0)
                pages.text(MAIN_X, y, piece, 12)
            y += 17.4 - 18.0
            for piece in (wrap(school.degree, 10.5, MAIN_W) if school.degree else []):
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
