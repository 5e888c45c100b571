"""Reading order for PDF pages: words with boxes in, text lines out.

Shared by both PDF engines so that PDFium and pdfplumber read a file the same way.
The steps, per document:

1. chars -> words (`words_from_chars`): the engines only hand over characters with boxes.
2. words -> rows: words on one baseline, across the whole page.
3. page furniture ("Page 1 of 3", lone page numbers, running headers/footers) is dropped
   at row level, before columns are looked for, because a centred footer would
   otherwise cross the gutter between two columns and hide it.
4. columns: the page is cut at vertical gutters that no text crosses (a full-width
   header or footer band may be peeled off first); each column is read top to bottom.
5. lines are cleaned (`repair.clean_line`); wrapped URLs and hyphenated line ends are
   joined within a column (`repair.join_hyphenated` decides on the hyphens).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from typing import Callable, Iterable, Optional, Sequence

from ..models import Line, PageWords, Word
from .repair import bold_lead_apart

# A char as the engines give it: (text, x0, x1, top, bottom, size, bold); points, origin top-left.
Char = tuple[str, float, float, float, float, float, bool]

WORD_GAP_EM = 0.2  # a gap wider than this (in ems) ends a word even without a space char
MIN_WORD_GAP_EM = 0.03  # ... and on a tightly set page, one wider than this may (see word_gap_ems)
WORD_GAP_MARGIN_EM = 0.05  # how far past the glyph spacing inside words a word gap must reach
MIN_GAP_SAMPLE = 40  # glyph pairs needed before a page's own spacing is trusted
CHUNK_GAP_EM = 1.0  # a gap this wide inside a row may be a gutter between columns
MIN_GUTTER = 8.0  # points; narrower gaps are ordinary spacing
MIN_COLUMN_ROWS = 3  # a column needs this many rows to count as one
TABLE_ALIGNED = 0.85  # share of rows on both sides of a gap: a table, read row by row
SIDEBAR_SHARE = 0.42  # a side column at most this share of the content width is a sidebar
MAX_PEEL = 8  # rows of full-width header that may sit above columns
MAX_PEEL_BOTTOM = 3
HEADER_GAP = 2.0  # a blank band this many gutters (~ems) high across the page sets a header apart
ASCENT_EM = 0.8  # with DESCENT_EM: a box from baseline and size that both engines agree on
EDGE_ROWS = 2  # rows at the top/bottom of a page where furniture lives
EDGE_BAND = 0.08  # ... or within this share of the page height from an edge
DESCENT_EM = 0.21  # typical descent; bottom - descent estimates the baseline
OVERPRINT = 1.5  # points: a word drawn again closer than this to itself (across and down) is drawn once

_PAGE_NUMBER = re.compile(
    r"""^(?:
        (?:page|p\.|pg\.?|seite|página|pagina|pág\.?|sida|side|strona)\s*\d+(?:\s*(?:of|/|von|van|de|di|sur|av|z)\s*\d+)?
        |\d{1,3}\s*(?:/|of)\s*\d{1,3}
        |[-–—]?\s*\d{1,3}\s*[-–—]?
    )$""",
    re.IGNORECASE | re.VERBOSE,
)


# ---------------------------------------------------------------- struck-out text

# A rule drawn through the middle of glyphs strikes them out: a Word file printed with its
# tracked changes shown ("03/2012 - 09/2014" struck, "10/10/2024 to 13/12/2025" underlined
# after it), or text the writer struck through.  What is struck is no part of the text.
STRIKE_BAND = (0.3, 0.75)  # where in a glyph's box (share of its height, from the top) a strike runs
STRIKE_THICKNESS = 0.3  # at most this share of the glyph box's height (PDFium counts a stroke's width twice)
STRIKE_OVERHANG = 1.0  # boxes' heights a strike may reach past the glyphs it crosses; a rule
#                        running on past the text (a heading set on a line) strikes nothing

# (x0, x1, y, thickness): a thin horizontal rule on the page, top-origin points
Rule = tuple[float, float, float, float]


def struck_boxes(boxes: Sequence[tuple[float, float, float, float]], rules: Sequence[Rule]) -> set[int]:
    """Indices of the boxes (x0, x1, top, bottom) that a rule strikes out: it runs through the
    middle band of each, over its centre, and ends where the struck glyphs end."""
    struck: set[int] = set()
    for x0, x1, y, thickness in rules:
        hit = [
            index for index, (left, right, top, bottom) in enumerate(boxes)
            if x0 <= (left + right) / 2 <= x1
            and top + STRIKE_BAND[0] * (bottom - top) <= y <= top + STRIKE_BAND[1] * (bottom - top)
            and thickness <= STRIKE_THICKNESS * (bottom - top)
        ]
        if not hit:
            continue
        height = max(boxes[index][3] - boxes[index][2] for index in hit)
        first, last = min(boxes[index][0] for index in hit), max(boxes[index][1] for index in hit)
        if x0 < first - STRIKE_OVERHANG * height or x1 > last + STRIKE_OVERHANG * height:
            continue
        struck.update(hit)
    return struck


def without_struck(chars: Sequence[Char], rules: Sequence[Rule]) -> list[Char]:
    """The characters no rule strikes out (spaces, which have no box, stay)."""
    if not rules:
        return list(chars)
    boxed = [index for index, char in enumerate(chars) if char[2] > char[1]]
    struck = struck_boxes([(chars[index][1], chars[index][2], chars[index][3], chars[index][4]) for index in boxed], rules)
    if not struck:
        return list(chars)
    dropped = {boxed[number] for number in struck}
    return [char for index, char in enumerate(chars) if index not in dropped]


def strikes_any(words: Sequence[Word], rules: Sequence[Rule]) -> bool:
    """Whether a rule may strike out some of these words' glyphs (a word's box stands for its
    glyphs: the rule runs through its middle band over part of it).  Each rule looks only at the
    words whose top lies within a box's height above it (words sorted by their tops)."""
    if not rules or not words:
        return False
    ordered = sorted(words, key=lambda word: word.top)
    tops = [word.top for word in ordered]
    tallest = max(word.bottom - word.top for word in ordered)
    for x0, x1, y, thickness in rules:
        for word in ordered[bisect_left(tops, y - tallest) : bisect_right(tops, y)]:
            height = word.bottom - word.top
            if (
                x0 < word.x1 and word.x0 < x1
                and word.top + STRIKE_BAND[0] * height <= y <= word.top + STRIKE_BAND[1] * height
                and thickness <= STRIKE_THICKNESS * height
            ):
                return True
    return False


# ---------------------------------------------------------------- chars -> words


def trim_overhangs(chars: Sequence[Char]) -> list[Char]:
    """Cut each glyph's box back to its advance where the box reaches past it.

    PDFium's boxes cover the glyph's ink, and some glyphs overhang the next one ("f", an
    italic "l"), eating the gap before a word drawn without a space.  The advance of a
    glyph is learned from the page: the shortest steady step from its origin to the next
    glyph's origin on the same line: the shortest step that recurs often.  Steps inside a
    word repeat exactly; a step across a word gap is longer, a kerned pair rarer.
    """
    steps: dict[tuple[str, float, bool], list[int]] = {}
    pairs = overlapping = 0
    # The glyph before this one on the page, with no space between (its text None: none).
    before = None
    before_x0 = before_x1 = before_bottom = before_size = 0.0
    before_bold = False
    for ch, x0, x1, _, bottom, size, bold in chars:
        if not ch or ch.isspace():
            before = None
            continue
        if before is not None:
            em = before_size if before_size > size else size
            if abs(bottom - before_bottom) <= 0.5 * em and x0 > before_x0:
                pairs += 1
                overlapping += x0 < before_x1 - 0.02 * em
                # in tenths of a point, so that steps of one advance fall together
                steps.setdefault((before, before_size, before_bold), []).append(int((x0 - before_x0) * 10 + 0.5))
        before, before_x0, before_x1, before_bottom, before_size, before_bold = ch, x0, x1, bottom, size, bold
    if overlapping * 5 < pairs:
        return list(chars)  # boxes end where the next glyph begins: they are the advances already
    advances = {}
    for key, found in steps.items():
        if len(found) < 3:
            continue
        counts = Counter(found)
        frequent = [step for step, count in counts.items() if count >= 2 and count * 100 >= 15 * len(found)]
        if frequent:
            advances[key] = min(frequent) / 10
    if not advances:
        return list(chars)
    trimmed = list(chars)
    last = len(trimmed) - 1
    for index, (ch, x0, x1, top, bottom, size, bold) in enumerate(chars):
        advance = advances.get((ch, size, bold))
        if advance is None or not 0 < advance < x1 - x0:
            continue
        right = x0 + advance
        if index < last:
            following = chars[index + 1]
            if following[0] and not following[0].isspace() and x0 < following[1] < x1:
                # The next glyph starts inside this box: they touch, and no cut may open a gap.
                right = max(right, following[1])
        trimmed[index] = (ch, x0, right, top, bottom, size, bold)
    return trimmed


def word_gap_ems(chars: Sequence[Char]) -> float:
    """The gap, in ems, that ends a word on this page, learned from the page's own spacing.

    Many PDFs (HTML-to-PDF converters among them) place each word on its own and draw no
    space glyph, so a reader has only the gap to go by, and it can be a tenth of an em.
    Inside words, neighbouring glyph boxes touch or overlap (kerning, tight setting) or
    sit a steady distance apart (letter-spacing): words being longer than two letters,
    most gaps between glyphs that no space separates are such gaps, and a word gap is one
    clearly wider than the typical (median) one.  A page with too few glyph pairs keeps the plain WORD_GAP_EM.
    """
    gaps: list[float] = []
    previous = None
    for char in chars:
        if not char[0] or char[0].isspace():
            previous = None
            continue
        if previous is not None:
            em = previous[5] if previous[5] > char[5] else char[5]
            if em > 0 and abs(char[4] - previous[4]) <= 0.5 * em and char[1] >= previous[1]:
                gaps.append((char[1] - previous[2]) / em)
        previous = char
    if len(gaps) < MIN_GAP_SAMPLE:
        return WORD_GAP_EM
    gaps.sort()
    inside_words = gaps[len(gaps) // 2]  # words are longer than two letters: most pairs are inside one
    return min(WORD_GAP_EM, max(MIN_WORD_GAP_EM, inside_words + WORD_GAP_MARGIN_EM))


def words_from_chars(chars: Sequence[Char], gap_em: Optional[float] = None) -> list[Word]:
    """Group characters (in content-stream order) into words.

    A word ends at whitespace, at a gap wider than `gap_em` (by default learned from the
    page, see word_gap_ems), when the pen moves back (but not to where the glyph before
    began: the letters of a ligature share its box) or to another baseline.  Runs for
    every character of every page, hence the plain, inlined code.
    """
    if gap_em is None:
        gap_em = word_gap_ems(chars)
    words: list[Word] = []
    text: list[str] = []
    x0 = x1 = top = bottom = size = 0.0
    last_x0 = 0.0  # where the glyph before began: a ligature's letters ("ti") share one box
    bold_chars = 0
    for ch, cx0, cx1, ctop, cbottom, csize, cbold in chars:
        if not ch or ch.isspace():
            if text:
                joined = "".join(text)
                words.append(Word(joined, x0, x1, top, bottom, size, bold_chars * 2 > len(joined)))
                text = []
            continue
        if text:
            em = size if size > csize else csize
            low = size if size < csize else csize
            if (
                cx0 - x1 > gap_em * em
                or (cx0 < x1 - 0.5 * em and cx0 != last_x0)
                or abs(cbottom - bottom) > 0.5 * (low if low > 0 else em or 1.0)
            ):
                joined = "".join(text)
                words.append(Word(joined, x0, x1, top, bottom, size, bold_chars * 2 > len(joined)))
                text = []
        if text:
            if cx1 > x1:
                x1 = cx1
            if ctop < top:
                top = ctop
            if cbottom > bottom:
                bottom = cbottom
        else:
            x0, x1, top, bottom, size, bold_chars = cx0, cx1, ctop, cbottom, csize, 0
        text.append(ch)
        last_x0 = cx0
        if cbold:
            bold_chars += len(ch)
    if text:
        joined = "".join(text)
        words.append(Word(joined, x0, x1, top, bottom, size, bold_chars * 2 > len(joined)))
    return _without_overprint(words)


def _without_overprint(words: list[Word]) -> list[Word]:
    """Drop a word drawn again at (almost) the same place: "fake bold" prints text twice."""
    placed: dict[str, list[Word]] = {}
    kept = []
    for word in words:
        twins = placed.setdefault(word.text, [])
        if any(abs(word.x0 - t.x0) < OVERPRINT and abs(word.bottom - t.bottom) < OVERPRINT for t in twins):
            continue
        twins.append(word)
        kept.append(word)
    return kept


# ---------------------------------------------------------------- words -> rows


@dataclass
class _Row:
    words: list[Word]
    baseline: float
    size: float

    @property
    def top(self) -> float:
        return min(_top(w) for w in self.words)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in sorted(self.words, key=lambda w: w.x0))


# The engines disagree on glyph boxes (pdfminer: one em tall; PDFium: the font's ascent
# to descent), so vertical decisions use a box rebuilt from the baseline and the size.


def _baseline(word: Word) -> float:
    return word.bottom - DESCENT_EM * word.size


def _top(word: Word) -> float:
    return _baseline(word) - ASCENT_EM * word.size


def _bottom(word: Word) -> float:
    return _baseline(word) + DESCENT_EM * word.size


def group_rows(words: Sequence[Word]) -> list[_Row]:
    """Cluster words sharing a baseline; rows come back top to bottom."""
    rows: list[_Row] = []
    # By (baseline, x0), equal ones in their order (the index), each baseline worked out once.
    bases = [word.bottom - DESCENT_EM * word.size for word in words]
    for base, _, index in sorted(zip(bases, [word.x0 for word in words], range(len(words)))):
        word = words[index]
        if rows:
            row = rows[-1]
            tolerance = max(1.0, 0.3 * min(row.size or word.size, word.size or row.size))
            if abs(base - row.baseline) <= tolerance:
                row.words.append(word)
                continue
        rows.append(_Row([word], base, word.size))
    for row in rows:
        row.words.sort(key=lambda w: w.x0)
    return rows


# ---------------------------------------------------------------- furniture


_PAGE_NUMBER_EDGE = re.compile(
    r"^(?:page\s*)?\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?\s*[-–—|·•]?\s*"
    r"|\s*[-–—|·•]?\s*(?:page\s*)?\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?$",
    re.IGNORECASE,
)


def _furniture_key(text: str) -> str:
    """The line as a running header/footer would repeat it: same text, maybe another page number."""
    return _PAGE_NUMBER_EDGE.sub("", " ".join(text.lower().split()))


def _edge_rows(rows: list[_Row], height: float) -> set[int]:
    """Indexes of rows where running headers and footers live."""
    edge = set(range(min(EDGE_ROWS, len(rows)))) | set(range(max(0, len(rows) - EDGE_ROWS), len(rows)))
    for index, row in enumerate(rows):
        if row.top < EDGE_BAND * height or row.baseline > (1 - EDGE_BAND) * height:
            edge.add(index)
    return edge


def drop_furniture(
    pages: list[tuple[PageWords, list[_Row]]], gaps: list[float], repeated_lines: bool = True
) -> list[list[_Row]]:
    """Remove page numbers and (unless `repeated_lines` is false) headers/footers repeated on
    most pages.

    Page numbers are matched per chunk of a row (`gaps` per page), since a footer may share
    its baseline with the last line of a sidebar.  The first occurrence of a repeated line
    is kept: a running header is often the only place that holds the name or the contact line.
    """
    edges = [_edge_rows(rows, page.height) for page, rows in pages]
    repeated: set[str] = set()
    if len(pages) >= 2 and repeated_lines:
        seen_on: Counter[str] = Counter()
        for (page, rows), edge in zip(pages, edges):
            seen_on.update({_furniture_key(rows[i].text) for i in edge})
        repeated = {
            key for key, count in seen_on.items() if count >= 2 and count * 2 > len(pages) and len(key) >= 3
        }
    kept_once: set[str] = set()
    result: list[list[_Row]] = []
    for (page, rows), edge, gap in zip(pages, edges, gaps):
        keep: list[_Row] = []
        for index, row in enumerate(rows):
            if index in edge:
                key = _furniture_key(row.text)
                if key in repeated:
                    if key in kept_once:
                        continue
                    kept_once.add(key)
                words = [w for chunk in _chunks([row], gap) if not _PAGE_NUMBER.match(_text(chunk.words)) for w in chunk.words]
                if not words:
                    continue
                row = _Row(words, row.baseline, row.size) if len(words) < len(row.words) else row
            keep.append(row)
        result.append(keep)
    return result


def _text(words: list[Word]) -> str:
    return " ".join(w.text for w in words)


# ---------------------------------------------------------------- rows -> columns


@dataclass
class _Chunk:
    """A run of words in one row with no wide gap inside: it may not cross a gutter."""

    row: int
    words: list[Word]
    x0: float
    x1: float
    baseline: float

    @property
    def top(self) -> float:
        return min(_top(w) for w in self.words)

    @property
    def bottom(self) -> float:
        return max(_bottom(w) for w in self.words)


@dataclass
class _Region:
    chunks: list[_Chunk]
    x0: float = 0.0
    x1: float = 0.0


def _chunks(rows: list[_Row], gap: float) -> list[_Chunk]:
    chunks = []
    for index, row in enumerate(rows):
        current: list[Word] = []
        right = 0.0
        for word in row.words:
            if current and word.x0 - right > gap:
                chunks.append(_Chunk(index, current, current[0].x0, right, _baseline(current[0])))
                current = []
            if not current or word.x1 > right:
                right = word.x1
            current.append(word)
        if current:
            chunks.append(_Chunk(index, current, current[0].x0, right, _baseline(current[0])))
    return chunks


def _gaps(chunks: list[_Chunk], gap: float, bounds: Optional[tuple[float, float]] = None) -> list[tuple[float, float]]:
    """Vertical strips no chunk crosses, widest first; with `bounds`, the margins up to them count too."""
    if not chunks:
        return []
    spans = sorted((c.x0, c.x1) for c in chunks)
    found = []
    reach = spans[0][1]
    if bounds and spans[0][0] - bounds[0] >= gap:
        found.append((bounds[0], spans[0][0]))
    for start, end in spans[1:]:
        if start - reach >= gap:
            found.append((reach, start))
        reach = max(reach, end)
    if bounds and bounds[1] - reach >= gap:
        found.append((reach, bounds[1]))
    return sorted(found, key=lambda g: g[0] - g[1])


def _is_column_split(left: list[_Chunk], right: list[_Chunk]) -> bool:
    """Two sides of a gap are columns when each has rows of its own and they sit side by side,
    unless their rows line up like a table (dates beside titles, label: value lists)."""
    left_rows = {c.row for c in left}
    right_rows = {c.row for c in right}
    if len(left_rows) < MIN_COLUMN_ROWS or len(right_rows) < MIN_COLUMN_ROWS:
        return False
    if max(left_rows) < min(right_rows) or max(right_rows) < min(left_rows):
        return False  # one above the other: plain top-to-bottom order already works
    if _only_markers(left) or _only_markers(right):
        return False  # a list's bullets, hung in a strip of their own a little off the text's baseline
    if _names_a_section(left) and _names_a_section(right):
        return True  # each side has sections of its own ("Skills" | "Work Experience"): two flows
    fewer, other = (left, right) if len(left_rows) <= len(right_rows) else (right, left)
    first_other = min(c.row for c in other)
    heading = [c for c in fewer if c.row < first_other]
    if len(heading) <= _TABLE_HEADING_ROWS or _headings_beside(fewer, other, first_other):
        # (a table's heading above its first row aligns with nothing, nor does a header above a
        # table whose left cells are the section headings)
        fewer = [c for c in fewer if c.row >= first_other]
        if not fewer:
            return False
    baselines = [o.baseline for o in other]
    on_line = [chunk for chunk in fewer if _on_a_baseline(chunk, baselines)]
    aligned = len(on_line)
    beside = {chunk.row for chunk in on_line}  # rows of `fewer` whose chunk stands beside one of the other side's
    # (a cell's wrapped rest sits beside nothing, aligned with the row above it: a dates cell's
    # end, "2022-06 – 2025-" over "09", or a label's, "Main activities and" over "responsibilities")
    cells = {chunk.row: chunk for chunk in fewer if chunk.row in beside}
    aligned += sum(
        1 for chunk in fewer
        if chunk.row not in beside and chunk.row - 1 in cells and (
            _wrapped_date_end(chunk) or (chunk.words[0].text[:1].islower() and _same_edge(chunk, cells[chunk.row - 1]))
        )
    )
    if aligned >= TABLE_ALIGNED * len(fewer):
        return False
    return not _table_with_rows_across(fewer, other)


_TABLE_HEADING_ROWS = 2


def _headings_beside(fewer: list[_Chunk], other: list[_Chunk], first_other: int) -> bool:
    """Below the lines above it, the narrower side holds nothing but section headings, each on a
    baseline of the other side: a table of sections, its headings in the left cells ("WORK
    EXPERIENCE" beside the first job, "EDUCATION" beside the first degree)."""
    below = [c for c in fewer if c.row >= first_other]
    if len(below) < 2:
        return False
    baselines = [o.baseline for o in other]
    return all(_is_heading(chunk) and _on_a_baseline(chunk, baselines) for chunk in below)


def _same_edge(chunk: _Chunk, above: _Chunk) -> bool:
    """The two pieces start or end at one edge: a cell's lines, flush left or flush right."""
    return abs(chunk.x0 - above.x0) <= 2.0 or abs(chunk.x1 - above.x1) <= 2.0


def _wrapped_date_end(chunk: _Chunk) -> bool:
    """A short piece of dates alone ("09", "2025", "Present", "year 9 months)"): a dates cell's
    wrapped end."""
    text = _text(chunk.words)
    return len(text) <= 20 and (_DATE_PIECE.fullmatch(text) is not None or re.fullmatch(r"(?:0?[1-9]|1[0-2])\)?", text) is not None)


def _only_markers(chunks: list[_Chunk]) -> bool:
    return all(len(chunk.words) == 1 and _MARKER.fullmatch(chunk.words[0].text) for chunk in chunks)


def _names_a_section(chunks: list[_Chunk]) -> bool:
    """A line of these is a section's heading, whole ("SKILLS", "Work Experience").  Lines
    that line up prove nothing when a Word document sets its side column and its main column
    on the same lines, a tab between them: every line of one has a partner in the other."""
    return any(_is_heading(chunk) for chunk in chunks)


def _is_heading(chunk: _Chunk) -> bool:
    """The chunk is a section's heading, whole, by the heading lexicon."""
    from ..structure.sections import heading_aliases, normalise_heading  # the heading lexicon; structure never imports readers

    text = _text(chunk.words)
    return len(text) <= 40 and text[:1].isalpha() and normalise_heading(text) in heading_aliases()


def _table_with_rows_across(fewer: list[_Chunk], other: list[_Chunk]) -> bool:
    """A table whose rows are cut by lines that stand alone on their row: a dates column beside
    the jobs under headings ("WORK EXPERIENCE" on a row of its own, then "07/23 - now" beside
    the job's title).  Within the other side's height, each line of the narrower side either
    shares a baseline with the other side or has nothing beside it at all; two columns that
    only happen to sit side by side have lines beside each other that do not line up.  Most
    pairs that line up must hold a date: text laid out in blanks (readers/text.py) puts every
    line of a side column on a baseline of the other's, so lining up alone proves nothing there."""
    top, bottom = min(o.top for o in other), max(o.bottom for o in other)
    beside = [chunk for chunk in fewer if top <= chunk.baseline <= bottom]
    aligned = dated = alone = 0
    for chunk in beside:
        tolerance = max(1.0, 0.12 * max(chunk.words[0].size, 1.0))
        partners = [o for o in other if abs(chunk.baseline - o.baseline) <= tolerance]
        if partners:
            aligned += 1
            dated += any(_DATE_WORD.search(word.text) for piece in (chunk, *partners) for word in piece.words)
        elif not any(o.top < chunk.bottom and chunk.top < o.bottom for o in other):
            alone += 1
    return (
        aligned >= max(2, len(beside) / 3)
        and dated * 2 >= aligned
        and aligned + alone >= TABLE_ALIGNED * len(beside)
    )


_DATE_WORD = re.compile(r"(?<!\d)(?:19[5-9]\d|20[0-4]\d)(?!\d)|^\d{1,2}[./]\d{2}(?:\d{2})?\b")


def _split_columns(chunks: list[_Chunk], gap: float) -> Optional[list[list[_Chunk]]]:
    for start, end in _gaps(chunks, gap):
        left = [c for c in chunks if c.x1 <= start]
        right = [c for c in chunks if c.x0 >= end]
        if _is_column_split(left, right):
            return [left, right]
    # A gutter narrower than an em (a side column's longest line, an address, reaching almost to
    # the main column): columns only when the two sides share hardly a baseline, two flows of
    # lines that never stand side by side, which no table and no line of text is.
    for start, end in _gaps(chunks, NARROW_GUTTER * gap):
        if end - start >= gap:
            continue  # (tried above)
        left = [c for c in chunks if c.x1 <= start]
        right = [c for c in chunks if c.x0 >= end]
        if _is_column_split(left, right) and _flows_apart(left, right):
            return [left, right]
    return None


NARROW_GUTTER = 0.6  # of the page's gutter width (an em): the narrowest gap two flows may leave
FLOWS_SHARED = 0.2  # at most this share of the shorter side's lines may share a baseline with the other


def _flows_apart(left: list[_Chunk], right: list[_Chunk]) -> bool:
    fewer, other = (left, right) if len({c.row for c in left}) <= len({c.row for c in right}) else (right, left)
    baselines = [c.baseline for c in other]
    return sum(1 for chunk in fewer if _on_a_baseline(chunk, baselines)) <= FLOWS_SHARED * len(fewer)


def _on_a_baseline(chunk: _Chunk, baselines: list[float]) -> bool:
    """The chunk stands on one of these baselines (within an eighth of its size)."""
    tolerance = max(1.0, 0.12 * max(chunk.words[0].size, 1.0))
    return any(abs(chunk.baseline - baseline) <= tolerance for baseline in baselines)


def _regions(chunks: list[_Chunk], gap: float, depth: int = 0) -> list[_Region]:
    """Cut chunks into regions in reading order: [header band], columns left to right, [footer band]."""
    if not chunks:
        return []
    rows = sorted({c.row for c in chunks})
    room = len(rows) - MIN_COLUMN_ROWS  # rows that may be peeled off with columns still possible
    if depth >= 4 or room < 0:
        return [_Region(chunks)]
    max_top, max_bottom = min(MAX_PEEL, room), min(MAX_PEEL_BOTTOM, room)
    # Peeling rows only removes obstacles, so when even the most peeled middle has no gap
    # wide enough no combination will have one: skip the search (the single-column case).
    most = set(rows[max_top: len(rows) - max_bottom])
    bounds = (min(c.x0 for c in chunks), max(c.x1 for c in chunks))
    if most and not _gaps([c for c in chunks if c.row in most], NARROW_GUTTER * gap, bounds):
        return [_Region(chunks)]
    # A header (name, contact line) set apart by blank space above the columns is tried
    # first: the name may sit inside the sidebar's width without belonging to it.
    cuts = _header_cuts(chunks, rows[: max_top + 1], gap)
    tops = cuts + [top for top in range(max_top + 1) if top not in cuts]
    for bottom in range(max_bottom + 1):
        for top in [t for t in tops if t <= room - bottom]:
            head = set(rows[:top])
            foot = set(rows[len(rows) - bottom:]) if bottom else set()
            middle = [c for c in chunks if c.row not in head and c.row not in foot]
            sides = _split_columns(middle, gap)
            if sides is None or (top in cuts and _starts_columns([c for c in chunks if c.row in head], sides)):
                continue
            if foot:
                sides, foot = _heading_over_foot(sides, foot, chunks)
            regions = [_Region([c for c in chunks if c.row in head])] if head else []
            for side in sides:
                regions.extend(_regions(side, gap, depth + 1))
            if foot:
                regions.append(_Region([c for c in chunks if c.row in foot]))
            return regions
    return [_Region(chunks)]


def _heading_over_foot(sides: list[list[_Chunk]], foot: set, chunks: list[_Chunk]) -> tuple[list[list[_Chunk]], set]:
    """A full-width band under the columns with its heading just above it ("EDUCATION" over the
    degree, set across the page below a sidebar and the main column): the heading, narrow enough
    to sit inside one column, belongs to the band, not to that column's end.  A side's last row
    goes with the band when it is one short line starting where the band starts, lower than
    everything of the other side."""
    first_foot = min(foot)
    band_x0 = min(c.x0 for c in chunks if c.row == first_foot)
    for number, side in enumerate(sides):
        others = [c for n, other in enumerate(sides) if n != number for c in other]
        if not side or not others:
            continue
        last = max(c.row for c in side)
        row = [c for c in side if c.row == last]
        text = " ".join(w.text for c in row for w in c.words)
        if (
            len(row) == 1
            and len(text) <= 40
            and abs(row[0].x0 - band_x0) <= 2.0
            and row[0].top > max(c.bottom for c in others)
            and not any(c.row == last for c in others)
        ):
            sides = [[c for c in s if c.row != last] if n == number else s for n, s in enumerate(sides)]
            return sides, foot | {last}
    return sides, foot


def _starts_columns(band: list[_Chunk], sides: list[list[_Chunk]]) -> bool:
    """True when every line of a band above a blank gap starts at the left edge of a column
    below it and stays clear of the next one: the gap is one between sections and the band
    holds the columns' first lines, not a header."""
    starts = [min(c.x0 for c in side) for side in sides] + [float("inf")]
    return all(
        any(abs(chunk.x0 - starts[i]) <= 2.0 and chunk.x1 < starts[i + 1] for i in range(len(sides)))
        for chunk in band
    )


def _header_cuts(chunks: list[_Chunk], rows: list[int], gap: float) -> list[int]:
    """Counts of top rows that end above a blank band running across the whole region."""
    top: dict[int, float] = {}
    bottom: dict[int, float] = {}
    wanted = set(rows)
    for chunk in chunks:
        if chunk.row in wanted:
            top[chunk.row] = min(top.get(chunk.row, chunk.top), chunk.top)
            bottom[chunk.row] = max(bottom.get(chunk.row, chunk.bottom), chunk.bottom)
    cuts = []
    reach = None
    for count, row in enumerate(rows):
        if reach is not None and top[row] - reach >= HEADER_GAP * gap:
            cuts.append(count)
        reach = bottom[row] if reach is None else max(reach, bottom[row])
    return cuts


# ---------------------------------------------------------------- lines


@dataclass
class PlacedLine:
    """A line with the geometry the later passes need; becomes a models.Line."""

    text: str
    page: int
    size: float
    bold: bool
    region: str
    column: int
    words: tuple[Word, ...]
    cell_starts: frozenset = frozenset()  # ids of the words that begin a cell (see _make_line)

    def to_line(self) -> Line:
        first = self.words[0] if self.words else None
        return Line(
            self.text, self.page, self.size, self.bold, self.region, self.column,
            y=round(_baseline(first), 2) if first else 0.0,
            x0=round(min(w.x0 for w in self.words), 2) if first else 0.0,
            x1=round(max(w.x1 for w in self.words), 2) if first else 0.0,
        )


def _weighted_median(pairs: list[tuple[float, int]]) -> float:
    first = pairs[0][0] if pairs else 0.0
    if first and all(value == first for value, _ in pairs):
        return first  # one size (not a zero, whose sign may differ): the median, at once
    pairs = sorted(pairs)
    half = sum(weight for _, weight in pairs) / 2
    running = 0
    for value, weight in pairs:
        running += weight
        if running >= half:
            return value
    return pairs[-1][0] if pairs else 0.0


_ROUNDED: dict[float, float] = {}  # a size -> round(size, 2): a document has few sizes, and round() is slow


def _size_of(word: Word) -> float:
    size = word.size
    found = _ROUNDED.get(size)
    if found is None:
        found = round(size, 2)
        if size and len(_ROUNDED) < 4096:  # not a zero: -0.0 and 0.0 are one key
            _ROUNDED[size] = found
    return found


CELL_MARK = " | "  # between the pieces of a row that a gutter-wide gap parts (table cells)
_MARKER = re.compile(r"[^\w\s]{1,2}|\(?(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})[.)]")  # "•", "–", "1.", "a)", "iv."


_SPACED_RUN = 4  # pieces of one or two letters in a row, most of them one: letters set apart
_SPACED_PIECE = re.compile(r"[^\W\d_]{1,2}|[&/+–-]")


def _spaced_letters_joined(words: list[Word], cell_starts: frozenset) -> tuple[list[Word], frozenset]:
    """Letters set apart, each read as a word of its own, made words again: a title in capitals
    letter-spaced by its style ("S E N I O R  S C R U M  M A S T E R", a kerned pair such as "AT"
    read as one piece), or small capitals whose glyph boxes leave gaps between the letters
    ("E d u c at i o n & T r a i n i n g").  Within such a run the letters stand about one gap
    apart; a clearly wider gap is a space.  A run does not cross into the next cell."""
    out: list[Word] = []
    starts = set(cell_starts)
    index = 0
    while index < len(words):
        end = index
        while end < len(words) and _SPACED_PIECE.fullmatch(words[end].text) and (end == index or id(words[end]) not in cell_starts):
            end += 1
        run = words[index:end]
        if (
            len(run) >= _SPACED_RUN
            and sum(len(word.text) == 1 for word in run) >= 0.6 * len(run)
            and len({word.text for word in run}) >= 3  # (not a run of one stray glyph: "Â Â Â Â", mojibake of blanks)
        ):
            joined = _letters_joined(run)
            if id(run[0]) in starts:
                starts.discard(id(run[0]))
                starts.add(id(joined[0]))
            out.extend(joined)
            index = end
        elif end - index >= _SPACED_RUN:
            out.extend(run)  # (a run that is no letter-spacing is passed whole: one look per word)
            index = end
        else:
            out.append(words[index])
            index += 1
    return out, frozenset(starts)


def _letters_joined(run: list[Word]) -> list[Word]:
    gaps = [right.x0 - left.x1 for left, right in zip(run, run[1:])]
    letters_gap = max(sorted(gaps)[len(gaps) // 2], 0.0)
    em = max(max(word.size for word in run), 1.0)
    groups: list[list[Word]] = [[run[0]]]
    for gap, word in zip(gaps, run[1:]):
        if gap > max(2 * letters_gap, letters_gap + 0.15 * em) or word.text in _SPACED_JOINERS or groups[-1][-1].text in _SPACED_JOINERS:
            groups.append([word])
        else:
            groups[-1].append(word)
    return [
        Word(
            "".join(word.text for word in group), group[0].x0, group[-1].x1,
            min(word.top for word in group), max(word.bottom for word in group),
            max(word.size for word in group), sum(len(word.text) for word in group if word.bold) * 2 > sum(len(word.text) for word in group),
        )
        for group in groups
    ]


_SPACED_JOINERS = frozenset("&/+–-")


def _make_line(words: list[Word], page: int, region: str, column: int, cell_starts: frozenset = frozenset()) -> PlacedLine:
    """One line of words; `cell_starts` holds the words that begin a piece of the row set a
    gutter apart from the one before (a table's next cell, dates set right): " | " parts them,
    as a tab does in Word and text (readers/docx.py, readers/text.py)."""
    words = sorted(words, key=lambda w: w.x0)
    if len(words) >= _SPACED_RUN and sum(1 for word in words if len(word.text) == 1) >= 3:  # (a run needs three letters alone)
        words, cell_starts = _spaced_letters_joined(words, cell_starts)
    chars = sum(len(w.text) for w in words)
    size = _weighted_median([(_size_of(w), len(w.text)) for w in words])
    bold = sum(len(w.text) for w in words if w.bold) * 2 > chars
    if cell_starts and _MARKER.fullmatch(words[0].text):
        cell_starts = cell_starts - {id(words[1])}  # a list's bullet or number, its text a tab away: no cell
    if cell_starts:
        text = "".join((CELL_MARK if id(w) in cell_starts else " ") + w.text if n else w.text for n, w in enumerate(words))
    elif words[0].bold and not words[-1].bold:
        # "Portfolio Manager Grupo Meridiano": a bold title, then the plain employer
        text = bold_lead_apart([(("" if n == 0 else " ") + w.text, w.size, w.bold) for n, w in enumerate(words)])
    else:
        text = " ".join(w.text for w in words)
    return PlacedLine(text, page, size, bold, region, column, tuple(words), cell_starts)


def gutter_width(page: PageWords) -> float:
    """The narrowest gap that may separate columns on this page: about one em of its text."""
    sizes = sorted(w.size for w in page.words if w.size > 0)
    em = sizes[len(sizes) // 2] if sizes else 10.0
    return max(MIN_GUTTER, CHUNK_GAP_EM * em)


def page_lines(page: PageWords, rows: list[_Row], gap: float) -> list[PlacedLine]:
    """Lines of one page in reading order, each column read in turn."""
    if not rows:
        return []
    regions = _regions(_chunks(rows, gap), gap)
    for region in regions:
        region.x0 = min(c.x0 for c in region.chunks)
        region.x1 = max(c.x1 for c in region.chunks)
    columns = [r for r in regions if any(
        o is not r and (o.x1 <= r.x0 or o.x0 >= r.x1) and _overlap_rows(o, r) for o in regions
    )]
    order = sorted(columns, key=lambda r: r.x0)
    for dates in _dates_columns(order):
        regions.remove(dates)
        order.remove(dates)
    _dates_cells_to_jobs(order)
    index = {id(r): i for i, r in enumerate(order)}
    sidebar = _sidebar(order)
    lines = []
    for region in regions:
        by_row: dict[int, list[Word]] = {}
        starts: dict[int, set] = {}
        chunks = _cells_joined(_wrapped_ranges_joined(region.chunks))
        for chunk in chunks:
            if chunk.row in by_row:
                starts.setdefault(chunk.row, set()).add(id(chunk.words[0]))
            by_row.setdefault(chunk.row, []).extend(chunk.words)
        name = "sidebar" if region is sidebar else "body"
        column = index.get(id(region), 0)
        cells_of = _cells_by_row(chunks)
        headings = _heading_cells(cells_of)
        parallel = _side_by_side_entries(cells_of)
        for row in sorted(by_row):
            if row in parallel:
                # entries side by side (job cards in two columns, no duties to tell their lines
                # apart): each column's lines in turn, once, where the block begins
                block = parallel[row]
                if row == block[0]:
                    for side in (0, 1):
                        for block_row in block:
                            lines.append(_make_line(cells_of[block_row][side].words, page.number, name, column))
                continue
            words = by_row[row]
            heading = headings.get(row)
            if heading is not None:
                # a section's heading in a cell of its own, left of the section: a line of its own
                lines.append(_make_line(heading.words, page.number, name, column))
                words = [word for word in words if all(word is not own for own in heading.words)]
            lines.append(_make_line(words, page.number, name, column, frozenset(starts.get(row, ()))))
    return lines


def _cells_by_row(chunks: list[_Chunk]) -> dict[int, list[_Chunk]]:
    """Row -> its chunks (cells), left to right."""
    rows: dict[int, list[_Chunk]] = {}
    for chunk in chunks:
        rows.setdefault(chunk.row, []).append(chunk)
    return {row: sorted(cells, key=lambda c: c.x0) for row, cells in rows.items()}


def _side_by_side_entries(rows: dict[int, list[_Chunk]]) -> dict[int, list[int]]:
    """Rows of two cells each where one row's two cells are both nothing but a date range
    ("December 2025 — Current | August 2021 — July 2025"): two entries side by side, each
    column one job's title, employer and dates.  The block: the run of rows around that one
    whose two cells start where its cells start.  Row -> the block's rows."""
    blocks: dict[int, list[int]] = {}
    ordered = sorted(rows)
    for position, row in enumerate(ordered):
        cells = rows[row]
        if row in blocks or len(cells) != 2 or not all(_dates_piece(cell) and _DATE_RANGE_TEXT.search(_text(cell.words)) for cell in cells):
            continue

        def aligned(other: int) -> bool:
            others = rows[other]
            return len(others) == 2 and all(abs(a.x0 - b.x0) <= 2.0 for a, b in zip(others, cells))

        first = last = position
        while first > 0 and aligned(ordered[first - 1]) and position - first < 3:
            first -= 1
        while last + 1 < len(ordered) and aligned(ordered[last + 1]) and last - position < 3:
            last += 1
        block = ordered[first : last + 1]
        if len(block) >= 2:
            for member in block:
                blocks[member] = block
    return blocks


_DATE_RANGE_TEXT = re.compile(r"(?:19|20)\d\d.*(?:[-–—]|\bto\b|\btill\b|\buntil\b)|(?:[-–—]|\bto\b)\s*(?:present|current|now|today|date)", re.IGNORECASE)


def _heading_cells(rows: dict[int, list[_Chunk]]) -> dict[int, _Chunk]:
    """Rows whose first cell names a section, in a table that sets every section's heading in a
    cell left of the section (the rest of the left column empty): row -> that cell.  Two such
    rows at least, at one left edge; a side column read row by row beside the jobs holds more
    than headings ("English (fluent)", "Jira") and is left alone."""
    cells = {row: pieces[0] for row, pieces in rows.items() if len(pieces) >= 2 and _is_heading(pieces[0])}
    if len(cells) < 2:
        return {}
    edge = min(cell.x0 for cell in cells.values())
    content = min(c.x0 for row in cells for c in rows[row] if c is not cells[row])
    if any(abs(cell.x0 - edge) > 2.0 or cell.x1 >= content for cell in cells.values()):
        return {}
    first_row = min(cells)
    left_column = [c for row, pieces in rows.items() if row >= first_row for c in pieces if c.x1 < content and c.x0 < content - 2.0]
    if any(c.row not in cells or c is not cells[c.row] for c in left_column):
        return {}
    return cells


# A date range cut by the edge of a narrow table cell: "noviembre 2024 – to" over "date",
# "Dec 2021 –" over "Oct 2024", "March, 2022 -" over "September, 2025".
_CONNECTOR = r"(?:[-–—]|\bto|\btill|\buntil|\bthrough|\bbis|\bal|\ba)"
_RANGE_OPEN = re.compile(rf"(?:19[5-9]\d|20[0-4]\d)\b.*{_CONNECTOR}$", re.IGNORECASE)
_RANGE_START = re.compile(r"(?:19[5-9]\d|20[0-4]\d)$")  # "November 2024" over "– to date"
_RANGE_END = (
    r"(?:(?:[A-Za-zÀ-ÿ]{3,}[.,]?\s+)?(?:19[5-9]\d|20[0-4]\d)\b|\d{1,2}[./](?:19|20)?\d{2}\b"
    r"|(?:(?:to|till|until|up\s+to)\s+)?(?:date|now|present|current|today|heute|hoy|oggi|actualidad|atualmente|presente)\b)"
)
_RANGE_CLOSE = re.compile(rf"^{_RANGE_END}", re.IGNORECASE)
# a length after the dates cut after its number: "(1" over "year 9 months)"
_OPEN_LENGTH = re.compile(r"(?:\(|·)\s*\d{1,2}(?:[.,]\d)?$")  # "(6" or "· 3" (a length after dates, cut)
_LENGTH_REST = re.compile(r"^(?:years?|yrs?|months?|mos?)\b[^()]*\)$|^(?:years?|yrs?|months?|mos?)(?:\s+\d{1,2}\s+(?:months?|mos?))?$", re.IGNORECASE)
_YEAR_DASH_END = re.compile(r"(?:19[5-9]\d|20[0-4]\d)-$")  # a year-month end cut at its dash: "2025-"
_MONTH_NUMBER = re.compile(r"0[1-9]|1[0-2]")
# the range's connector begins the piece below ("– to date"; the dash may have been read as a bullet)
_CONNECTOR_AND_CLOSE = re.compile(rf"^[•·]?\s*(?:[-–—]\s*|(?:to|till|until|through|bis|al|a)\s+){_RANGE_END}", re.IGNORECASE)  # ("April" is no "a")


def _wrapped_ranges_joined(chunks: list[_Chunk]) -> list[_Chunk]:
    """The chunks with a date range that a narrow table cell wrapped made whole again: the end
    ("date", "Octubre 2024") moved up to the line of its start, right after it, so that the row
    reads "noviembre 2024 – to date | Brightwater Health | Portfolio Manager".  Only in a row of
    cells, and only a piece that starts at the same left edge on the row just below and is
    nothing but the range's end, is moved."""
    if len(chunks) < 2:
        return chunks
    rows = sorted({chunk.row for chunk in chunks})
    next_row = dict(zip(rows, rows[1:]))
    by_row: dict[int, list[_Chunk]] = {}
    for chunk in chunks:
        by_row.setdefault(chunk.row, []).append(chunk)
    moved: dict[int, _Chunk] = {}  # id of a chunk moved -> the chunk it now ends
    for chunk in chunks:
        if len(by_row[chunk.row]) < 2 or chunk.row not in next_row:
            continue  # a cell of a table row only: one column's wrapped lines are the structure's
        text = " ".join(word.text for word in chunk.words)
        connected = _RANGE_OPEN.search(text) is not None
        length_cut = _OPEN_LENGTH.search(text) is not None  # "Mar'25-Today (1" over "year 9 months)"
        if len(text) > 40 or not (connected or length_cut or _RANGE_START.search(text)):
            continue
        size = max(chunk.words[0].size, 1.0)
        below = [other for other in by_row[next_row[chunk.row]]
                 if (abs(other.x0 - chunk.x0) <= 0.5 * size or (length_cut and abs(other.x1 - chunk.x1) <= 0.5 * size and other.x0 >= chunk.x0))
                 and other.x1 <= chunk.x1 + 4 * size]  # (flush left, or a length's rest flush right under a cell set right)
        if len(below) != 1 or id(below[0]) in moved:
            continue
        end = below[0]
        end_text = " ".join(word.text for word in end.words)
        month_cut = _YEAR_DASH_END.search(text) is not None and _MONTH_NUMBER.fullmatch(end_text) is not None
        if length_cut:
            closes = _LENGTH_REST.match(end_text)
        else:
            closes = _RANGE_CLOSE.match(end_text) if connected else _CONNECTOR_AND_CLOSE.match(end_text)
        if len(end_text) > 25 or not (closes or month_cut) or end.baseline - chunk.baseline > 2.5 * size:
            continue
        if month_cut:
            # "2022-06 – 2025-" over "09": the end's month, cut at its dash, goes back into its word
            last = chunk.words[-1]
            chunk.words = chunk.words[:-1] + [Word(last.text + end_text, last.x0, last.x1, last.top, last.bottom, last.size, last.bold)]
            moved[id(end)] = chunk
            continue
        # Set right after the start, on its line, and before the next cell's text: squeezed
        # into the room left, as the line's order goes by where each word begins.
        following = [other.x0 for other in by_row[chunk.row] if other.x0 > chunk.x1]
        room = (min(following) if following else chunk.x1 + size * len(end.words)) - chunk.x1
        step = min(0.25 * size, room / (len(end.words) + 1))
        lift = chunk.baseline - end.baseline
        words = [Word(w.text, chunk.x1 + step * (n + 0.5), chunk.x1 + step * (n + 1), w.top + lift, w.bottom + lift, w.size, w.bold)
                 for n, w in enumerate(end.words)]
        moved[id(end)] = chunk
        chunk.words = chunk.words + words
        chunk.x1 = max(chunk.x1, words[-1].x1)
    if not moved:
        return chunks
    return [chunk for chunk in chunks if id(chunk) not in moved]


CELL_LINE_PITCH = 1.45  # ems between a cell's wrapped lines; rows of a table stand further apart
# a range left open by its dash, or cut before its end's year ("May 2025 —", "Apr 2024 — Apr")
_OPEN_RANGE_END = re.compile(rf"{_CONNECTOR}(?:\s*[A-Za-zÀ-ÿ]{{3,}}\.?)?$", re.IGNORECASE)


def _cells_joined(chunks: list[_Chunk]) -> list[_Chunk]:
    """The chunks with the wrapped lines of a table row's cells moved up to the row's first line,
    so that the row reads cell by cell: "May 2025 — ongoing | Grupo Meridiano, Lisbon | IT
    Support Specialist", not "May 2025 — | Grupo | IT Support" / "ongoing | Meridiano, |
    Specialist" / "Lisbon".  A line below is a cell's next line only when every piece of it
    starts at a cell's left edge, lies one line pitch below, and could not have stood on the
    line above for want of room (the cell is that wide: its widest line says so); the first
    such line must have pieces in two cells at least.  A bullet starts a list of its own, a
    change of weight or a section's heading another paragraph, and a date where the cell above
    already holds one (not left open by its dash) a new row."""
    if len(chunks) < 4:
        return chunks
    by_row: dict[int, list[_Chunk]] = {}
    for chunk in chunks:
        by_row.setdefault(chunk.row, []).append(chunk)
    rows = sorted(by_row)
    moved: set[int] = set()
    for position, row in enumerate(rows):
        cells = sorted(by_row[row], key=lambda c: c.x0)
        if len(cells) < 2 or id(cells[0]) in moved:
            continue
        size = max(cells[0].words[0].size, 1.0)
        starts = [cell.x0 for cell in cells]
        edges = [_cell_edge(chunks, starts, number, size) for number in range(len(cells))]
        last_lines = {number: cell for number, cell in enumerate(cells)}
        last_baseline = cells[0].baseline
        joined_rows = 0
        for below_row in rows[position + 1: position + 6]:
            below = sorted(by_row[below_row], key=lambda c: c.x0)
            if below[0].baseline - last_baseline > CELL_LINE_PITCH * size:
                break
            columns = [_column_of(piece, starts, size) for piece in below]
            if joined_rows == 0 and len(below) < 2 and not _bold_cell_goes_on(cells, columns, below):
                break
            if any(number is None for number in columns) or len(set(columns)) != len(columns):
                break
            if not all(_wrapped_from(last_lines[number], piece, edges[number], size)
                       for number, piece in zip(columns, below)):
                break
            if any(_starts_new_row(cells[number], piece) for number, piece in zip(columns, below)):
                break
            for number, piece in zip(columns, below):
                _move_up(cells[number], piece, starts[number + 1] if number + 1 < len(starts) else None)
                moved.add(id(piece))
                last_lines[number] = piece
            last_baseline = below[0].baseline
            joined_rows += 1
    if not moved:
        return chunks
    return [chunk for chunk in chunks if id(chunk) not in moved]


def _bold_cell_goes_on(cells: list[_Chunk], columns: list[Optional[int]], below: list[_Chunk]) -> bool:
    """One piece under one cell, both bold while another cell of the row is not ("Senior
    Program" / "Manager, Lumen" beside plain dates): the bold cell's title wrapped.  A plain
    employer's line under a title is no such piece."""
    number = columns[0]
    if number is None or len(below) != 1:
        return False
    bold = lambda chunk: all(word.bold for word in chunk.words)  # noqa: E731
    return bold(cells[number]) and bold(below[0]) and any(not bold(cell) for n, cell in enumerate(cells) if n != number)


def _column_of(piece: _Chunk, starts: list[float], size: float) -> Optional[int]:
    for number, start in enumerate(starts):
        if abs(piece.x0 - start) <= 0.5 * size:
            following = starts[number + 1] if number + 1 < len(starts) else None
            return number if following is None or piece.x1 < following else None
    return None


def _cell_edge(chunks: list[_Chunk], starts: list[float], number: int, size: float) -> float:
    """How far a cell's text reaches: the widest line starting at its left edge that stays clear
    of the next cell."""
    following = starts[number + 1] if number + 1 < len(starts) else float("inf")
    reach = [c.x1 for c in chunks if abs(c.x0 - starts[number]) <= 0.5 * size and c.x1 < following]
    return max(reach) if reach else starts[number]


def _wrapped_from(line: _Chunk, piece: _Chunk, edge: float, size: float) -> bool:
    """The piece's first word did not fit after the line above within the cell's width."""
    first = piece.words[0]
    if _MARKER.fullmatch(first.text) or first.text[:1] in "•▪●◦■-–*":
        return False  # a list item begins
    if first.bold != line.words[-1].bold or _names_a_section([piece]):
        return False  # another paragraph: a wrapped line keeps its weight; a heading stands alone
    return line.x1 + 0.25 * size + (first.x1 - first.x0) > edge + 0.1 * size


def _starts_new_row(cell: _Chunk, piece: _Chunk) -> bool:
    """A date under a cell that already holds a date not left open: the next row's."""
    if not any(_DATE_WORD.search(word.text) for word in piece.words):
        return False
    text = " ".join(word.text for word in cell.words)
    return any(_DATE_WORD.search(word.text) for word in cell.words) and not _OPEN_RANGE_END.search(text)


def _move_up(cell: _Chunk, piece: _Chunk, following: Optional[float]) -> None:
    """Put the piece's words at the end of the cell's first line, squeezed into the room before
    the next cell: the line's order goes by where each word begins."""
    size = max(cell.words[0].size, 1.0)
    room = (following - cell.x1) if following is not None else size * (len(piece.words) + 1)
    step = min(0.25 * size, max(room, 0.01) / (len(piece.words) + 1))
    lift = cell.baseline - piece.baseline
    words = [Word(w.text, cell.x1 + step * (n + 0.5), cell.x1 + step * (n + 1), w.top + lift, w.bottom + lift, w.size, w.bold)
             for n, w in enumerate(piece.words)]
    cell.words = cell.words + words
    cell.x1 = words[-1].x1


# A piece of a job's dates and nothing else: "May 2021 - Nov.", "2025", "03/2019 –", "2025-11 –
# present", "Mar'25-Today (1" over "year 9 months)"
_DATE_PIECE = re.compile(
    r"^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|(?:19|20)\d\d|\d{1,2}|[./]|"
    r"present|current|nowadays|now|today|ongoing|onwards|till|until|to|date|years?|months?|yrs?|mos?|[-–—|,()'’]|\s)+$",
    re.IGNORECASE,
)
_YEAR_OR_OPEN = re.compile(r"(?:19|20)\d\d|['’]\d\d\b|\b\d{1,2}[./]\d\d\b|present|current|now|today|date|ongoing|onwards", re.IGNORECASE)
_DATES_BESIDE_JOBS = 2  # rows where a piece of dates stands beside the main column's text


def _dates_columns(columns: list[_Region]) -> list[_Region]:
    """Columns that are a table's dates cells cut apart from the jobs they date (a gutter found
    between them because a side column's items stand further left, or dates set right at the
    page's edge beyond a side column): nothing but pieces of dates (a heading above them aside),
    two or more beside another column's lines.  Each is put back into the column whose lines
    it stands beside most (the widest of those, on a tie), where it now stands on each job's
    row; the columns returned are to be dropped."""
    merged: list[_Region] = []
    for region in columns:
        if not region.chunks or not _only_dates(region.chunks[_TABLE_HEADING_ROWS:]):
            continue  # (a quick look first: most columns hold other words at once)
        best, best_key = None, None
        for other in columns:
            if other is region or other in merged or not other.chunks or not _dates_piece_column_of(region, other):
                continue
            rows = {c.row for c in other.chunks}
            beside = sum(1 for c in region.chunks if c.row in rows and _dates_piece(c))
            key = (beside, other.x1 - other.x0)
            if beside >= _DATES_BESIDE_JOBS and (best_key is None or key > best_key):
                best, best_key = other, key
        if best is None:
            continue
        best.chunks = sorted(best.chunks + region.chunks, key=lambda c: (c.row, c.x0))
        best.x0, best.x1 = min(best.x0, region.x0), max(best.x1, region.x1)
        merged.append(region)
    return merged


def _dates_piece_column_of(region: _Region, other: _Region) -> bool:
    """Beside `other`'s lines, `region` holds nothing but pieces of dates, a heading above
    `other`'s first line aside."""
    first = min(c.row for c in other.chunks)
    body = [c for c in region.chunks if c.row >= first]
    return bool(body) and len(region.chunks) - len(body) <= _TABLE_HEADING_ROWS and _only_dates(body)


def _only_dates(chunks: list[_Chunk]) -> bool:
    return all(_dates_piece(c) or _wrapped_date_end(c) for c in chunks)


def _dates_piece(chunk: _Chunk) -> bool:
    text = _text(chunk.words)
    return _DATE_PIECE.fullmatch(text) is not None and _YEAR_OR_OPEN.search(text) is not None


def _dates_cells_to_jobs(columns: list[_Region]) -> None:
    """A dates column between a side column and the main one (a template's table: dates left of
    each job), read into the side column because its longest items reach under it: its pieces
    of dates go back to the main column, beside the jobs they date (dates set right, at the
    page's edge beyond a right side column, as well).  Only from the narrower of two neighbouring
    columns into the wider, only pieces of dates set off the narrower one's own left edge, and
    only when two or more of them stand on a row of the wider one's (a side column's own dates,
    a study's years under its degree, start at its edge and stand beside nothing; a job's dates
    set right in the main column stay)."""
    for number in range(len(columns) - 1):
        left, right = columns[number], columns[number + 1]
        if not left.chunks or not right.chunks:
            continue
        left_narrower = (left.x1 - left.x0) < (right.x1 - right.x0)
        side, main = (left, right) if left_narrower else (right, left)
        if _own_dates_set_right(main):
            continue  # the wider column dates its own lines (job cards side by side): each keeps its dates
        _dates_moved(side, main)


def _own_dates_set_right(region: _Region) -> bool:
    """Pieces of dates set off the column's left edge, beside its own lines, on two rows or more."""
    edge = Counter(round(c.x0) for c in region.chunks).most_common(1)[0][0]
    rows = {c.row for c in region.chunks if abs(c.x0 - edge) <= 2 * max(c.words[0].size, 1.0)}
    return sum(
        1 for c in region.chunks
        if abs(c.x0 - edge) > 2 * max(c.words[0].size, 1.0) and _dates_piece(c) and c.row in rows
    ) >= _DATES_BESIDE_JOBS


def _dates_moved(side: _Region, main: _Region) -> None:
    # (the side column's own lines start at one left edge, on either side of the page)
    edge = Counter(round(c.x0) for c in side.chunks).most_common(1)[0][0]
    main_rows = {c.row for c in main.chunks}

    def off_edge(chunk: _Chunk) -> bool:
        return abs(chunk.x0 - edge) > 2 * max(chunk.words[0].size, 1.0)

    pieces = [c for c in side.chunks if off_edge(c) and _dates_piece(c)]
    if sum(1 for c in pieces if c.row in main_rows) < _DATES_BESIDE_JOBS:
        return
    moved = {id(c) for c in pieces}
    side.chunks = [c for c in side.chunks if id(c) not in moved]
    main.chunks = sorted(main.chunks + pieces, key=lambda c: (c.row, c.x0))


def _overlap_rows(a: _Region, b: _Region) -> bool:
    rows_a = [c.row for c in a.chunks]
    rows_b = [c.row for c in b.chunks]
    return min(rows_a) <= max(rows_b) and min(rows_b) <= max(rows_a)


def _sidebar(columns: list[_Region]) -> Optional[_Region]:
    """The narrow outer column of a page with columns, if there is one."""
    if len(columns) < 2:
        return None
    width = columns[-1].x1 - columns[0].x0
    if width <= 0:
        return None
    narrowest = min((columns[0], columns[-1]), key=lambda r: r.x1 - r.x0)
    others = [r for r in columns if r is not narrowest]
    if (narrowest.x1 - narrowest.x0) <= SIDEBAR_SHARE * width and all(
        (narrowest.x1 - narrowest.x0) < 0.8 * (r.x1 - r.x0) for r in others
    ):
        return narrowest
    return None


# ---------------------------------------------------------------- joins across lines

_URL_END = re.compile(r"(?:https?://|www\.|linkedin\.com/)\S*$", re.IGNORECASE)
_URL_LABEL = re.compile(r"^\S*\s*\((?:LinkedIn|Personal|Company|Portfolio|Blog|Other|RSS Feed)\)$")


def _same_flow(a: PlacedLine, b: PlacedLine) -> bool:
    """b continues a's text: same column, or the next page (whose columns may be numbered anew)."""
    return a.region == b.region and (a.column == b.column or a.page != b.page)


def join_broken_lines(lines: list[PlacedLine], join_hyphenated: Callable[[list[str]], list[str]]) -> list[PlacedLine]:
    """Rejoin lines broken inside a word: wrapped URLs, then hyphenated words
    ("manage-" + "ment of ..." -> one line), within one column only."""
    out: list[PlacedLine] = []
    for line in lines:
        prev = out[-1] if out else None
        if prev is not None and _same_flow(prev, line):
            joined = _join_url(prev.text, line.text)
            if joined is None:
                pair = join_hyphenated([prev.text, line.text])
                joined = pair[0] if len(pair) == 1 else None
            if joined is not None:
                prev.text = joined
                prev.words += line.words
                continue
        out.append(line)
    return out


def _join_url(first: str, second: str) -> Optional[str]:
    """LinkedIn wraps long profile URLs in its sidebar: "www.linkedin.com/in/jane-" + "doe-1a2b (LinkedIn)".

    The wrap falls anywhere inside the URL, so the pieces are glued without a space.
    """
    lowered = first.lower()  # the expression needs "://", "www." or "linkedin.com/": most lines have none
    if ("://" not in lowered and "www." not in lowered and "n.com/" not in lowered) or not _URL_END.search(first):
        return None
    if _URL_LABEL.match(second) and second.startswith("("):
        return first + " " + second  # only the label wrapped
    if " " in second.split("(")[0].strip():
        return None
    if first[-1] in "-/_.=?&" or _URL_LABEL.match(second):
        return first + second
    return None


# ---------------------------------------------------------------- the whole document


def document_lines(
    pages: Sequence[PageWords],
    clean: Callable[[str], str],
    join_hyphenated: Callable[[list[str]], list[str]],
    repeated_lines: bool = True,
) -> tuple[list[Line], float]:
    """Reading-order lines of all pages plus the body font size.

    `clean` repairs one line's text and `join_hyphenated` joins a pair of lines broken at a
    hyphen (both from readers.repair, passed in so every reader shares one spelling).  With
    `repeated_lines` false only page numbers are taken for page furniture: a document known to
    have no running header (a LinkedIn export) keeps a line that happens to stand at the edge of
    two pages ("Project Manager" at the foot of one and the head of the next).
    """
    with_rows = [(page, group_rows(page.words)) for page in pages]
    gaps = [gutter_width(page) for page in pages]
    kept = drop_furniture(with_rows, gaps, repeated_lines)
    placed: list[PlacedLine] = []
    for (page, _), rows, gap in zip(with_rows, kept, gaps):
        for line in page_lines(page, rows, gap):
            line.text = clean(_lost_dashes(line)).strip()
            if line.text:
                placed.append(line)
    placed = join_broken_lines(placed, join_hyphenated)
    return [line.to_line() for line in placed], body_size(placed)


_YEAR_WORD = re.compile(r"(?:19[5-9]\d|20[0-4]\d)")
LOST_DASH_GAP = 1.6  # times a word space: two spaces or more, where a dash or a colon was


def _lost_dashes(line: PlacedLine) -> str:
    """The line's text with the dash put back where a year stands a wide gap from what follows
    ("2018     2019", "2019     Platform Engineer"): the gap is all that is left of a dash or a
    colon the PDF did not print as text (a Word CV whose dates were typed with spaces, a dash
    drawn as a rule).  `repair.lost_dash` decides, as it does for Word and text lines."""
    words = line.words
    if len(words) < 2 or not any(_YEAR_WORD.fullmatch(word.text) for word in words[:-1]):
        return line.text
    ordered = sorted(words, key=lambda w: w.x0)
    gaps = [right.x0 - left.x1 for left, right in zip(ordered, ordered[1:])]
    # A word space of this line (justified text stretches them all alike), else a quarter em
    space = sorted(gaps)[(len(gaps) - 1) // 2] if len(gaps) >= 3 else 0.25 * max(ordered[0].size, 1.0)
    pieces = [ordered[0].text]
    wide = False
    for left, right, gap in zip(ordered, ordered[1:], gaps):
        if _YEAR_WORD.fullmatch(left.text) and gap > LOST_DASH_GAP * max(space, 0.2 * max(left.size, 1.0)):
            pieces.append("   ")
            wide = True
        else:
            pieces.append(CELL_MARK if id(right) in line.cell_starts else " ")
        pieces.append(right.text)
    if not wide:
        return line.text
    from .repair import lost_dash

    spaced = "".join(pieces)
    repaired = lost_dash(spaced)
    return repaired if repaired != spaced else line.text


def body_size(lines: Iterable[PlacedLine]) -> float:
    """The font size that carries the most characters, to the half point."""
    weight: Counter[float] = Counter()
    for line in lines:
        for word in line.words:
            if word.size > 0:
                weight[round(word.size * 2) / 2] += len(word.text)
    return weight.most_common(1)[0][0] if weight else 0.0


def count_letters(pages: Sequence[PageWords]) -> int:
    return sum(map(str.isalnum, "".join(word.text for page in pages for word in page.words)))


__all__ = ["Char", "words_from_chars", "group_rows", "document_lines", "body_size", "count_letters", "PlacedLine"]
