"""A PDFium page's words, its characters handled as columns of numbers (numpy) rather than one
by one.

The words are those of the per-character reader (`pdf._pdfium_chars`, `layout.trim_overhangs`,
`layout.words_from_chars`), float for float: each step below is the same arithmetic on the
same doubles, done on whole columns.  What costs a Python loop per character there costs one
numpy operation per page here; PDFium is still asked for each character's box (there is no
call that returns them all), but through `map`, without a Python loop.  Where the columns
cannot be sure to give the same words (a box PDFium does not give, a number that is not finite
or too large, a zero with a sign, words that do not settle in _ROUNDS rounds), `page_words`
returns None and the per-character reader reads the page; pdf._column_words leaves it pages of
a few characters and pages whose text has UTF-16 surrogates.  tests/test_pdf_columns.py
compares the two readers on generated pages.
"""
from __future__ import annotations

import ctypes
import itertools
import threading
from itertools import repeat
from typing import Optional

import numpy as np

from ..models import Word
from . import layout

MIN_CHARS = 64  # a page with fewer characters is read one character at a time (as fast; pdf.py)
_SLOTS = 8192  # boxes asked for per round (PDFium writes each into a slot of one buffer)

_SLOT_LOCK = threading.Lock()
_slots: Optional[tuple[ctypes.Array, list]] = None

# What a character of the page is to the reader.
_DROP, _BREAK, _GLYPH = 0, 1, 2
_ROUNDS = 50  # rounds of deciding a page's words again before it is left to the one-by-one reader


def _box_slots() -> tuple[ctypes.Array, list]:
    """A buffer of _SLOTS boxes (FS_RECTF, four floats) and a pointer to each slot."""
    global _slots
    if _slots is None:
        buffer = (ctypes.c_float * (4 * _SLOTS))()
        base = ctypes.addressof(buffer)
        _slots = (buffer, [ctypes.c_void_p(base + 16 * slot) for slot in range(_SLOTS)])
    return _slots


def _boxes(get_box, page, indexes: list[int], count: int) -> Optional[np.ndarray]:
    """The loose boxes of the characters at `indexes` (count x 4: left, top, right, bottom;
    zeros for the others), or None if PDFium has no box for one of them."""
    out = np.zeros((count, 4), np.float32)
    with _SLOT_LOCK:
        buffer, pointers = _box_slots()
        view = np.frombuffer(buffer, np.float32).reshape(_SLOTS, 4)
        for start in range(0, len(indexes), _SLOTS):
            part = indexes[start : start + _SLOTS]
            if sum(map(get_box, repeat(page, len(part)), part, pointers)) != len(part):
                return None
            out[part] = view[: len(part)]
    return out


def _origins_y(page, indexes: list[int], count: int) -> Optional[np.ndarray]:
    """The baseline height (the origin's y) of the characters at `indexes`, zeros for the
    others; None if PDFium has no origin for one of them.  Asked only on pages whose loose
    boxes are glyph boxes (pdf.loose_boxes_are_tight)."""
    import pypdfium2.raw as raw

    out = np.zeros(count, np.float64)
    x, y = ctypes.c_double(), ctypes.c_double()
    get_origin = raw.FPDFText_GetCharOrigin
    for index in indexes:
        if not get_origin(page, index, x, y):
            return None
        out[index] = y.value
    return out


def page_words(textpage, left: float, top: float, text: str, fast: tuple, font_finder, touching: float, tight: bool = False) -> Optional[list[Word]]:
    """The words of a PDFium text page, as `layout.words_from_chars(layout.trim_overhangs(
    pdf._pdfium_chars(textpage, left, top)))` gives them; None when this page is for that path.
    `text` is the page's text, one character per character index (FPDFText_GetText), `fast`
    the PDFium functions pdf._fast() gives, `font_finder` pdf.font_finder, `touching`
    pdf.TOUCHING (all from readers/pdf.py, which calls this); `tight` when the page's loose
    boxes are only glyph boxes: each glyph then gets a box from its baseline and size
    (pdf.origin_box)."""
    count = len(text)
    codes = np.frombuffer(text.encode("utf-32-le"), np.uint32).copy()

    # What each character is: a glyph, a word break (a space drawn, or inferred by PDFium
    # from the pen's jump), or nothing (PDFium's line breaks, control characters).
    kind = np.full(count, _GLYPH, np.int8)
    page = ctypes.c_void_p(ctypes.cast(textpage, ctypes.c_void_p).value)
    for ch in {ch for ch in set(text) if ch.isspace() or ch < " " or ch == "\ufffe" or ch == "\uffff"}:
        where = codes == ord(ch)
        if ch.isspace():
            if ch == " ":
                kind[where] = _BREAK
            else:  # a line break PDFium made up is no word break; one in the text is
                at = np.flatnonzero(where)
                made_up = np.fromiter(map(fast[5], repeat(page, len(at)), at.tolist()), np.int32, len(at))
                kind[at] = np.where(made_up != 0, _DROP, _BREAK)
        elif ch == "\x02" or ch == "\ufffe":
            codes[where] = ord("-")  # a hyphen at a line end
        else:
            kind[where] = _DROP
    glyph = kind == _GLYPH

    # The glyphs' boxes.
    get_box, get_object = fast[0], fast[1]
    found = _boxes(get_box, page, np.flatnonzero(glyph).tolist(), count)
    if found is None or not np.isfinite(found).all() or np.abs(found).max() > 1e7:
        return None
    boxes = found.astype(np.float64)
    box_left, box_top, box_right, box_bottom = boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3]

    # A run of touching glyphs on one line shares a text object (one font lookup); a run
    # starts after anything but a glyph, or where the box leaves the last one's line.
    start = glyph.copy()
    start[1:] &= (
        ~glyph[:-1]
        | (box_top[1:] != box_top[:-1])
        | (box_bottom[1:] != box_bottom[:-1])
        | (np.abs(box_left[1:] - box_right[:-1]) > touching * (box_top[1:] - box_bottom[1:]))
    )
    starts = np.flatnonzero(start).tolist()
    handles = list(map(get_object, repeat(page, len(starts)), starts))
    if None in handles:
        # A glyph with no text object is left out, and the glyph after it starts a run.
        starts, handles = _without_orphans(starts, handles, glyph, get_object, page)
        for index, handle in zip(starts, handles):
            if handle is None:
                kind[index] = _DROP
        glyph = kind == _GLYPH
    if None in handles:
        owner = np.array([index for index, handle in zip(starts, handles) if handle is not None], np.int64)
        handles = [handle for handle in handles if handle is not None]
    else:
        owner = np.array(starts, np.int64)
    if not handles:
        return []
    run_size, run_bold = _run_fonts(handles, owner, box_top, box_bottom, font_finder(textpage, page, fast))

    # The characters as the per-character reader lists them: glyphs and word breaks.
    kept = np.flatnonzero(kind != _DROP)
    is_glyph = glyph[kept]
    run = np.searchsorted(owner, kept, side="right") - 1
    size = np.where(is_glyph, run_size[np.maximum(run, 0)], 0.0)
    bold = is_glyph & run_bold[np.maximum(run, 0)]
    x0 = box_left[kept] - left
    x1 = box_right[kept] - left
    tops = top - box_top[kept]
    bottom = top - box_bottom[kept]
    if tight:
        origins = _origins_y(textpage, np.flatnonzero(glyph).tolist(), count)
        if origins is None:
            return None
        base = origins[kept][is_glyph]
        # the same arithmetic as pdf.origin_box, on whole columns
        tops[is_glyph] = top - (base + layout.ASCENT_EM * size[is_glyph])
        bottom[is_glyph] = top - (base - layout.DESCENT_EM * size[is_glyph])
    if _signed_zero(x0, x1, tops, bottom, size):
        return None
    letters = codes[kept]
    letters[~is_glyph] = ord(" ")
    return _words(letters.tobytes().decode("utf-32-le"), is_glyph, letters, x0, x1, tops, bottom, size, bold)


def _run_fonts(handles: list, owner: np.ndarray, box_top: np.ndarray, box_bottom: np.ndarray, sized_font) -> tuple[np.ndarray, np.ndarray]:
    """The size and boldness of each run (its text object `handles[k]`, its first glyph at
    `owner[k]`), found as the per-character reader finds them: for each text object where it
    first appears, in the order they appear (`sized_font` keeps what it has found)."""
    if len(set(handles)) == len(handles):  # as usual: a text object of its own for each run
        objects, of_run = np.arange(len(handles)), None
    else:
        objects, of_run = _first_seen(np.array(handles, np.uint64))
    where = owner[objects]
    at = where.tolist()
    height = box_top[where] - box_bottom[where]
    heights = height.tolist()
    fonts = list(map(_object_font(), map(handles.__getitem__, objects.tolist())))
    if all(fonts):
        # Objects of one font and box height share a size (as `sized_font` finds): asked
        # once per (font, height rounded as sized_font rounds it), for the first object that
        # has them.  Few distinct heights: Python's round() for each of those.
        distinct, height_code = np.unique(height, return_inverse=True)
        rounded = [round(value, 3) for value in distinct.tolist()]
        rounded_code = np.array([rounded.index(value) for value in rounded], np.int64)[height_code.ravel()]
        _, font_code = np.unique(np.array(fonts, np.uint64), return_inverse=True)
        keys, of_object = _first_seen(font_code.ravel().astype(np.int64) * len(rounded) + rounded_code)
        found = [sized_font(at[index], fonts[index], heights[index]) for index in keys.tolist()]
    else:
        found = list(map(sized_font, at, fonts, heights))
        of_object = np.arange(len(found))
    if of_run is not None:
        of_object = of_object[of_run]
    sizes = np.array([size for size, _ in found], np.float64)
    bolds = np.array([bold for _, bold in found], bool)
    return sizes[of_object], bolds[of_object]


def _first_seen(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The index where each distinct value first appears, in that order, and for each value
    the number of its first appearance in that order."""
    _, first, inverse = np.unique(values, return_index=True, return_inverse=True)
    order = np.argsort(first, kind="stable")
    rank = np.empty(len(order), np.int64)
    rank[order] = np.arange(len(order))
    return first[order], rank[inverse.ravel()]


_OBJECT_FONT = None


def _object_font():
    """FPDFTextObj_GetFont taking a text object's address as an int, returning one."""
    global _OBJECT_FONT
    if _OBJECT_FONT is None:
        from pypdfium2_raw import bindings

        function = bindings._libs["pdfium"]["FPDFTextObj_GetFont"]  # a new function object each lookup
        function.argtypes, function.restype = (ctypes.c_void_p,), ctypes.c_void_p
        _OBJECT_FONT = function
    return _OBJECT_FONT


def _without_orphans(starts: list, handles: list, glyph: np.ndarray, get_object, page) -> tuple[list, list]:
    """Runs again where a glyph has no text object: the glyph after it starts a new run."""
    found = dict(zip(starts, handles))
    pending = sorted(index for index, handle in found.items() if handle is None)
    while pending:
        index = pending.pop(0) + 1
        if index < len(glyph) and glyph[index] and index not in found:
            handle = found[index] = get_object(page, index)
            if handle is None:
                pending.insert(0, index)
    ordered = sorted(found)
    return ordered, [found[index] for index in ordered]


def _signed_zero(*columns: np.ndarray) -> bool:
    """A -0.0 anywhere: Python's max() and numpy's may keep a different zero of two."""
    return any(bool(((column == 0) & np.signbit(column)).any()) for column in columns)


def _words(
    text: str,
    glyph: np.ndarray,
    letters: np.ndarray,
    x0: np.ndarray,
    x1: np.ndarray,
    top: np.ndarray,
    bottom: np.ndarray,
    size: np.ndarray,
    bold: np.ndarray,
) -> Optional[list[Word]]:
    """trim_overhangs, word_gap_ems and words_from_chars on the columns of a page's characters
    (`text` one letter per character, a blank for a word break)."""
    count = len(text)
    # Neighbouring glyphs with no break between them, and the larger size of the two.
    pair = glyph[:-1] & glyph[1:]
    em = np.where(size[:-1] > size[1:], size[:-1], size[1:])
    level = np.abs(bottom[1:] - bottom[:-1]) <= 0.5 * em

    # ---- trim_overhangs
    stepping = np.flatnonzero(pair & level & (x0[1:] > x0[:-1]))
    overlapping = int(np.count_nonzero(x0[stepping + 1] < x1[stepping] - 0.02 * em[stepping]))
    trimmed = x1
    if overlapping * 5 >= len(stepping):
        advance = _advances(stepping, letters, x0, size, bold)
        if advance is not None:
            with np.errstate(invalid="ignore"):
                cut = np.flatnonzero(glyph & (0 < advance) & (advance < x1 - x0))
            right = x0[cut] + advance[cut]
            following = cut + 1
            inside = following < count
            following = np.where(inside, following, cut)
            nxt = x0[following]
            touching = inside & glyph[following] & (x0[cut] < nxt) & (nxt < x1[cut])
            right = np.where(touching & (nxt > right), nxt, right)
            trimmed = x1.copy()
            trimmed[cut] = right

    # ---- word_gap_ems
    gap_em = layout.WORD_GAP_EM
    measured = np.flatnonzero(pair & (em > 0) & level & (x0[1:] >= x0[:-1]))
    if len(measured) >= layout.MIN_GAP_SAMPLE:
        gaps = (x0[measured + 1] - trimmed[measured]) / em[measured]
        middle = len(gaps) // 2
        inside_words = float(np.partition(gaps, middle)[middle])
        gap_em = min(layout.WORD_GAP_EM, max(layout.MIN_WORD_GAP_EM, inside_words + layout.WORD_GAP_MARGIN_EM))

    # ---- words_from_chars: a glyph joins the word before it unless a break, a gap, the pen
    # moving back or another baseline comes between, measured against the word so far: its
    # first glyph's size, its rightmost edge and its lowest bottom.  Guessed first against the
    # glyph before alone, which is the word so far while each word's glyphs keep one size and
    # step right and down only; where they do not, decided again against the words the guess
    # makes, until the words and the decisions agree (each round settles at least one more).
    joined = pair & ~_splits(x0, trimmed, bottom, size, size[:-1], trimmed[:-1], bottom[:-1], gap_em)
    if not (
        (trimmed[1:][joined] >= trimmed[:-1][joined]).all()
        and (bottom[1:][joined] >= bottom[:-1][joined]).all()
        and (size[1:][joined] == size[:-1][joined]).all()
    ):
        for _ in range(_ROUNDS):
            word_size, right, low = _so_far(joined, glyph, size, trimmed, bottom)
            again = pair & ~_splits(x0, trimmed, bottom, size, word_size[:-1], right[:-1], low[:-1], gap_em)
            if (again == joined).all():
                break
            joined = again
        else:
            return None
        trimmed, bottom = right, low  # a word's edge and bottom: its last glyph's so far
    begins = glyph.copy()
    begins[1:] &= ~joined
    first = np.flatnonzero(begins)
    if not len(first):
        return []
    # A word runs from its first glyph up to the next break or word start.
    boundary = begins | ~glyph
    ends_at = np.flatnonzero(np.append(boundary[1:], True)) + 1  # one past each word's or break's last
    end = ends_at[np.searchsorted(ends_at, first, side="right")]
    # A word's right edge and bottom are those so far at its last glyph; its top is the
    # highest of its glyphs.
    bounds = np.empty(2 * len(first), np.int64)
    bounds[0::2], bounds[1::2] = first, end
    padded = np.append(top, 0.0)
    word_top = np.minimum.reduceat(padded, bounds)[0::2]
    bold_count = np.concatenate(([0], np.cumsum(bold)))
    word_bold = (bold_count[end] - bold_count[first]) * 2 > (end - first)
    texts = list(map(text.__getitem__, map(slice, first.tolist(), end.tolist())))
    word_x0, word_bottom = x0[first], bottom[end - 1]
    words = list(
        map(
            Word,
            texts,
            word_x0.tolist(),
            trimmed[end - 1].tolist(),
            word_top.tolist(),
            word_bottom.tolist(),
            size[first].tolist(),
            word_bold.tolist(),
        )
    )
    return layout._without_overprint(words) if _may_overprint(texts, word_x0, word_bottom) else words


def _may_overprint(texts: list[str], x0: np.ndarray, bottom: np.ndarray) -> bool:
    """Whether two words of one text sit as close as layout._without_overprint looks for
    (less than layout.OVERPRINT apart across and down); when none do, it would keep every word."""
    numbers: dict[str, int] = {}
    code = np.array(list(map(numbers.setdefault, texts, itertools.count())), np.int64)
    if len(numbers) == len(texts):
        return False
    order = np.lexsort((bottom, code))  # by text, then bottom
    code, bottom, x0 = code[order], bottom[order], x0[order]
    for step in range(1, len(code)):
        with np.errstate(invalid="ignore"):
            near = (code[step:] == code[:-step]) & (bottom[step:] - bottom[:-step] < layout.OVERPRINT)
        if not near.any():
            return False  # nor any two further apart in this order
        with np.errstate(invalid="ignore"):
            if (near & (np.abs(x0[step:] - x0[:-step]) < layout.OVERPRINT)).any():
                return True
    return False


def _splits(x0, x1, bottom, size, word_size, word_x1, word_bottom, gap_em: float) -> np.ndarray:
    """words_from_chars's test, for each glyph after the first: does it start a new word,
    against the word so far (its size, right edge and bottom, one value per glyph before)."""
    csize = size[1:]
    em = np.where(word_size > csize, word_size, csize)
    low = np.where(word_size < csize, word_size, csize)
    tolerance = np.where(low > 0, low, np.where(em != 0, em, 1.0))
    return (
        (x0[1:] - word_x1 > gap_em * em)
        | ((x0[1:] < word_x1 - 0.5 * em) & (x0[1:] != x0[:-1]))  # a ligature's letters share one box
        | (np.abs(bottom[1:] - word_bottom) > 0.5 * tolerance)
    )


def _so_far(joined: np.ndarray, glyph: np.ndarray, size: np.ndarray, x1: np.ndarray, bottom: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """At each glyph, the word it ends so far (glyphs `joined` to the one before): the size of
    its first glyph, its rightmost edge and its lowest bottom."""
    begins = glyph.copy()
    begins[1:] &= ~joined
    word = np.cumsum(begins)  # a word's number, rising along the page
    first = np.flatnonzero(begins)
    word_size = size[first[np.maximum(word - 1, 0)]] if len(first) else size
    return word_size, _running_max(x1, word), _running_max(bottom, word)


def _running_max(values: np.ndarray, word: np.ndarray) -> np.ndarray:
    """The largest value so far within each word (words numbered in rising order): the
    values ranked, and the rank carried with the word's number in one integer."""
    distinct, rank = np.unique(values, return_inverse=True)
    key = word.astype(np.int64) * len(distinct) + rank.ravel()
    carried = np.maximum.accumulate(key) - word.astype(np.int64) * len(distinct)
    return distinct[carried]


def _advances(stepping: np.ndarray, letters: np.ndarray, x0: np.ndarray, size: np.ndarray, bold: np.ndarray) -> Optional[np.ndarray]:
    """Each glyph's advance learned from the page (trim_overhangs: the shortest step to the
    next glyph that recurs often among the steps of its letter, size and weight), NaN where
    none is known; None when no glyph has one."""
    sizes, size_code = np.unique(size, return_inverse=True)
    key_of = (letters.astype(np.int64) * len(sizes) + size_code.ravel()) * 2 + bold
    keys, key = np.unique(key_of, return_inverse=True)
    key = key.ravel()
    # Steps in tenths of a point, so that steps of one advance fall together (int() of a
    # positive number is its trunc).
    step = np.trunc((x0[stepping + 1] - x0[stepping]) * 10 + 0.5).astype(np.int64)  # under 2e8 (page_words)
    pair_key = key[stepping]
    total = np.bincount(pair_key, minlength=len(keys))
    if not len(step):
        return None
    # Sorted by key, then step: one number each, the key above the step's 31 bits.
    both = np.sort((pair_key.astype(np.int64) << 31) | step)
    pair_key, step = both >> 31, both & ((1 << 31) - 1)
    run_starts = np.flatnonzero(np.concatenate(([True], (pair_key[1:] != pair_key[:-1]) | (step[1:] != step[:-1]))))
    run_count = np.diff(np.append(run_starts, len(step)))
    run_key, run_step = pair_key[run_starts], step[run_starts]
    run_total = total[run_key]
    frequent = (run_total >= 3) & (run_count >= 2) & (run_count * 100 >= 15 * run_total)
    if not frequent.any():
        return None
    # A key's first frequent run holds its shortest frequent step.
    with_advance, first_run = np.unique(run_key[frequent], return_index=True)
    advances = np.full(len(keys), np.nan)
    advances[with_advance] = run_step[frequent][first_run] / 10
    return advances[key]
