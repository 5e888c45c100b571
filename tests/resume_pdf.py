"""Draw resume PDFs from rows of text, for the tests and benchmarks/resume_fuzz.py.

A resume is a page style (size, margins, fonts, how a heading looks, how words are put on the
page), an optional sidebar (left or right, page 1 only) and a main column of rows drawn top to
bottom, breaking to a new page wherever a row does not fit (a role may be cut in two):

- `Para`: text wrapped to the column (a bullet hangs its wrapped lines);
- `Pair`: text on the left and text flush right on the same baseline ("Title ... Jan 2019 - Present");
- `Cells`: a row of cells side by side (a dates column beside the job, a label beside its value,
  a ruled table when `ruled`), each cell's lines wrapped to its width;
- `Heading`: a section heading, plain, in capitals, ruled underneath or on a coloured band;
- `Gap`: vertical space;
- `Bar`: a skill or language with a drawn bar (a label, then a filled share of a box beside it
  or under it): a converter keeps the label and loses the bar.

Words are drawn as a line's string, or one by one with no space glyph between them (as HTML-to-PDF
converters do), or spread to the column's width with the word spacing operator (justified text).
A running header and footer (the name, "Page N of M") can stand on every page.

Only reportlab's standard fonts are used, so the text is Latin-1 (with dashes and bullets).
Every person, employer and place drawn by the callers is invented.
"""
from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Optional, Union

from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

BLACK = (0.1, 0.1, 0.1)
WHITE = (1.0, 1.0, 1.0)


@dataclass(frozen=True)
class Para:
    text: str
    size: float = 10.0
    bold: bool = False
    indent: float = 0.0
    bullet: str = ""  # "• ": drawn at the indent, the text after it
    after: float = 2.0  # extra space below
    justify: bool = False  # spread to the column's width (not the last line)
    italic: bool = False


@dataclass(frozen=True)
class Pair:
    left: str
    right: str
    size: float = 10.0
    bold: bool = False  # the left text
    after: float = 2.0


@dataclass(frozen=True)
class Cells:
    cells: tuple[tuple[str, ...], ...]  # each cell's paragraphs
    widths: tuple[float, ...]  # shares of the column's width, adding up to 1
    size: float = 10.0
    bold_first: tuple[bool, ...] = ()  # per cell: its first paragraph bold
    align: tuple[str, ...] = ()  # per cell: "left" or "right"
    ruled: bool = False  # a table: a box round every cell
    after: float = 3.0


@dataclass(frozen=True)
class Heading:
    text: str
    size: float = 12.5
    style: str = "plain"  # plain, caps, rule, band
    colour: tuple[float, float, float] = (0.15, 0.25, 0.45)


@dataclass(frozen=True)
class Gap:
    height: float = 6.0


@dataclass(frozen=True)
class Bar:
    label: str
    level: float = 0.8  # the filled share of the bar
    size: float = 9.0
    under: bool = False  # the bar on a line of its own under the label, not beside it
    after: float = 2.0


Row = Union[Para, Pair, Cells, Heading, Gap, Bar]


@dataclass(frozen=True)
class Style:
    page: str = "letter"  # or "A4"
    margin: float = 50.0
    top: float = 50.0
    bottom: float = 50.0
    font: str = "Helvetica"  # or Times-Roman
    sidebar: str = ""  # "", "left" or "right"
    sidebar_width: float = 150.0
    sidebar_fill: Optional[tuple[float, float, float]] = None  # a tinted sidebar background
    words: str = "string"  # string, placed (one by one, no space glyph)
    leading: float = 1.32  # line height over type size
    sidebar_leading: Optional[float] = None  # the sidebar's own line height (None: `leading`)
    sidebar_top: float = 40.0  # where the sidebar starts below the top margin
    running_header: str = ""  # drawn at the top of every page after the first
    footer: str = ""  # "Page {page} of {total}" or "{name} - {page}"


@dataclass
class Resume:
    name: str
    contact: list[str] = field(default_factory=list)  # lines under the name (or in the sidebar)
    rows: list[Row] = field(default_factory=list)
    sidebar: list[Row] = field(default_factory=list)
    style: Style = field(default_factory=Style)


def _bold(font: str) -> str:
    return {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}[font]


def _italic(font: str) -> str:
    return {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic", "Courier": "Courier-Oblique"}[font]


class _Page:
    """The canvas and the cursor: y grows downwards from the top of the page."""

    def __init__(self, resume: Resume, total: int):
        self.resume, self.style, self.total = resume, resume.style, total
        self.size = A4 if self.style.page == "A4" else letter
        self.buffer = io.BytesIO()
        self.c = canvas.Canvas(self.buffer, pagesize=self.size, invariant=1)
        self.page = 1
        self.width, self.height = self.size

    # -- where the main column is
    def column(self) -> tuple[float, float]:
        s = self.style
        left, right = s.margin, self.width - s.margin
        if s.sidebar and self.page == 1:
            if s.sidebar == "left":
                left += s.sidebar_width + 20
            else:
                right -= s.sidebar_width + 20
        return left, right - left

    def sidebar_x(self) -> float:
        s = self.style
        return s.margin if s.sidebar == "left" else self.width - s.margin - s.sidebar_width

    # -- drawing text
    def draw(self, x: float, y: float, text: str, font: str, size: float, colour=BLACK,
             justify_to: Optional[float] = None) -> None:
        c = self.c
        c.setFillColorRGB(*colour)
        if justify_to is not None and " " in text.strip():
            self._justified(x, y, text, font, size, justify_to)
            return
        if self.style.words == "placed":
            space = stringWidth(" ", font, size)
            for word in text.split(" "):
                if word:
                    c.setFont(font, size)
                    c.drawString(x, self.height - y, word)
                x += stringWidth(word, font, size) + space
            return
        c.setFont(font, size)
        c.drawString(x, self.height - y, text)

    def _justified(self, x: float, y: float, text: str, font: str, size: float, width: float) -> None:
        words = text.split()
        natural = sum(stringWidth(w, font, size) for w in words)
        gap = (width - natural) / (len(words) - 1)
        self.c.setFont(font, size)
        if self.style.words == "placed":
            for word in words:
                self.c.drawString(x, self.height - y, word)
                x += stringWidth(word, font, size) + gap
            return
        t = self.c.beginText(x, self.height - y)
        t.setFont(font, size)
        t.setWordSpace(gap - stringWidth(" ", font, size))
        t.textOut(" ".join(words))
        t.setWordSpace(0)  # the word spacing outlives the text object: later lines keep theirs
        self.c.drawText(t)

    def furniture(self) -> None:
        s = self.style
        self.c.setFillColorRGB(*BLACK)
        if s.running_header and self.page > 1:
            self.draw(s.margin, s.top - 22, s.running_header.format(name=self.resume.name, page=self.page, total=self.total),
                      s.font, 8.5)
        if s.footer:
            text = s.footer.format(name=self.resume.name, page=self.page, total=self.total)
            self.draw(self.width - s.margin - stringWidth(text, s.font, 8.5), self.height - s.bottom + 24, text, s.font, 8.5)

    def new_page(self) -> float:
        self.furniture()
        self.c.showPage()
        self.page += 1
        return self.style.top + (14 if self.style.running_header else 0)


def _lines(text: str, font: str, size: float, width: float) -> list[str]:
    return simpleSplit(text, font, size, width) or [""]


def _draw_rows(p: _Page, rows: list[Row], y: float, fixed: Optional[tuple[float, float]] = None,
               pages: bool = True) -> float:
    """Draw `rows` from y down; `fixed` is (x, width) for the sidebar, which never breaks."""
    s = p.style
    bottom = p.height - s.bottom
    leading = s.sidebar_leading if fixed and s.sidebar_leading else s.leading

    def room(y: float, need: float) -> float:
        if pages and y + need > bottom:
            return p.new_page()
        return y

    for row in rows:
        x, width = fixed or p.column()
        if isinstance(row, Gap):
            y += row.height
        elif isinstance(row, Heading):
            y = room(y + row.size * 1.2, row.size * 3)
            x, width = fixed or p.column()
            text = row.text.upper() if row.style in ("caps", "rule", "band") else row.text
            # a heading too long for the column wraps, as a narrow sidebar's do
            pieces = _lines(text, _bold(s.font), row.size, width - 4)
            for number, piece in enumerate(pieces):
                if number:
                    y += row.size * 1.15
                if row.style == "band":
                    p.c.setFillColorRGB(*row.colour)
                    p.c.rect(x - 3, p.height - y - 5, width + 6, row.size + 7, stroke=0, fill=1)
                    p.draw(x + 2, y, piece, _bold(s.font), row.size, WHITE)
                else:
                    p.draw(x, y, piece, _bold(s.font), row.size, row.colour if row.style != "plain" else BLACK)
            if row.style == "rule":
                p.c.setStrokeColorRGB(*row.colour)
                p.c.setLineWidth(0.8)
                p.c.line(x, p.height - y - 4, x + width, p.height - y - 4)
            y += row.size * 0.6
        elif isinstance(row, Para):
            font = _bold(s.font) if row.bold else _italic(s.font) if row.italic else s.font
            lead = row.size * leading
            hang = stringWidth(row.bullet, font, row.size) if row.bullet else 0.0
            lines = _lines(row.text, font, row.size, width - row.indent - hang)
            for number, line in enumerate(lines):
                y = room(y + lead, 0)
                x, width = fixed or p.column()
                if number == 0 and row.bullet:
                    p.draw(x + row.indent, y, row.bullet.strip(), font, row.size)
                last = number == len(lines) - 1
                p.draw(x + row.indent + hang, y, line, font, row.size,
                       justify_to=(width - row.indent - hang) if row.justify and not last else None)
            y += row.after
        elif isinstance(row, Bar):
            y = room(y + row.size * leading, 0)
            x, width = fixed or p.column()
            y = _draw_bar(p, row, x, y, width)
        elif isinstance(row, Pair):
            y = room(y + row.size * s.leading, 0)
            x, width = fixed or p.column()
            right_width = stringWidth(row.right, s.font, row.size)
            left_font = _bold(s.font) if row.bold else s.font
            if stringWidth(row.left, left_font, row.size) + right_width + 18 > width:
                # no room for both: the right text goes flush right on a line of its own
                p.draw(x, y, row.left, left_font, row.size)
                y = room(y + row.size * s.leading, 0)
                x, width = fixed or p.column()
                p.draw(x + width - right_width, y, row.right, s.font, row.size)
                y += row.after
                continue
            p.draw(x, y, row.left, left_font, row.size)
            p.draw(x + width - right_width, y, row.right, s.font, row.size)
            y += row.after
        elif isinstance(row, Cells):
            y = _draw_cells(p, row, y, fixed, room)
    return y


def _draw_bar(p: _Page, row: Bar, x: float, y: float, width: float) -> float:
    """The label at y, the bar beside it (right half of the width) or on the next line."""
    p.draw(x, y, row.label, p.style.font, row.size)
    if row.under:
        y += row.size * 0.9
        left, length = x, width
    else:
        left, length = x + width * 0.55, width * 0.45
    p.c.setFillColorRGB(0.85, 0.85, 0.85)
    p.c.rect(left, p.height - y, length, 4, stroke=0, fill=1)
    p.c.setFillColorRGB(0.2, 0.35, 0.6)
    p.c.rect(left, p.height - y, length * row.level, 4, stroke=0, fill=1)
    return y + row.after


def _draw_cells(p: _Page, row: Cells, y: float, fixed, room) -> float:
    s = p.style
    lead = row.size * s.leading
    x, width = fixed or p.column()
    pad = 4.0 if row.ruled else 0.0
    gutter = 10.0
    laid: list[list[tuple[str, str]]] = []
    for index, (cell, share) in enumerate(zip(row.cells, row.widths)):
        cell_width = width * share - gutter - 2 * pad
        lines = []
        for number, paragraph in enumerate(cell):
            bold = number == 0 and index < len(row.bold_first) and row.bold_first[index]
            font = _bold(s.font) if bold else s.font
            lines += [(line, font) for line in _lines(paragraph, font, row.size, cell_width)]
        laid.append(lines)
    height = max(len(lines) for lines in laid) * lead + 2 * pad + 3
    y = room(y, height)
    x, width = fixed or p.column()
    top = y
    left = x
    for index, (lines, share) in enumerate(zip(laid, row.widths)):
        cell_width = width * share
        align = row.align[index] if index < len(row.align) else "left"
        for number, (line, font) in enumerate(lines):
            baseline = top + pad + lead * (number + 1) - 2
            if align == "right":
                p.draw(left + cell_width - gutter - pad - stringWidth(line, font, row.size), baseline, line, font, row.size)
            else:
                p.draw(left + pad, baseline, line, font, row.size)
        if row.ruled:
            p.c.setStrokeColorRGB(0.4, 0.4, 0.4)
            p.c.setLineWidth(0.6)
            p.c.rect(left, p.height - top - height, cell_width - 2, height, stroke=1, fill=0)
        left += cell_width
    return top + height + row.after


def _draw(resume: Resume, total: int) -> tuple[bytes, int]:
    p = _Page(resume, total)
    s = resume.style
    if s.sidebar:
        sx = p.sidebar_x()
        if s.sidebar_fill:
            p.c.setFillColorRGB(*s.sidebar_fill)
            p.c.rect(sx - 10, 0, s.sidebar_width + 20, p.height, stroke=0, fill=1)
        _draw_rows(p, resume.sidebar, s.top + s.sidebar_top, fixed=(sx, s.sidebar_width), pages=False)
    x, width = p.column()
    y = s.top + 20
    p.draw(x, y, resume.name, _bold(s.font), 20)
    y += 6
    if not s.sidebar:
        for line in resume.contact:
            y += 13
            p.draw(x, y, line, s.font, 9.5)
    y = _draw_rows(p, resume.rows, y + 6)
    p.furniture()
    p.c.showPage()
    p.c.save()
    return p.buffer.getvalue(), p.page


def resume_pdf(resume: Resume) -> bytes:
    """The resume as PDF bytes (drawn twice when a footer needs the page count)."""
    data, total = _draw(resume, 0)
    if "{total}" in resume.style.footer + resume.style.running_header:
        data, _ = _draw(resume, total)
    return data
