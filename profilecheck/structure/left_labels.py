"""Section labels of a left column split over two lines, read line by line beside the content.

A CV laid out as a narrow left column of labels beside the content, turned into text line by line
(a PDF dump, a converter's Word file), runs each label into the content line at its height; a
label of two words that wrapped in its column puts one word on each of two lines:

    PROFESSIONAL 2024 – 2025: Business Analyst, Northwind Bank, Rehovot
    HISTORY Analysed data with SQL and Excel
    ARMY 2021 – 2023 Intelligence Analyst, ...
    service

A careful reader sees "PROFESSIONAL HISTORY" and "ARMY service" at once.  This pass, run on the
lines before the sections are found, sets such a label on a line of its own ("PROFESSIONAL
HISTORY"), followed by the two content lines without it.  Only a label whose two halves open the
two lines, in capitals (the second may be in lower case when it stands alone), that together are
a heading of the lexicon, and with content run in beside at least one half.  Once three lines or
more open with a label in capitals run into their content, the column is plain and every such
label is set apart ("EXPERIENCE — present: Project Manager, ..." whose start date was lost).
"""
from __future__ import annotations

import dataclasses
import re
from typing import Optional

from ..models import Line
from .sections import _section_of, heading_aliases, normalise_heading

_LABEL_WORD_RE = re.compile(r"^[A-Za-z][A-Za-z&/-]*$")
_COLUMN_LABELS = 3  # labels run into the content that show a column of them


def _label_words(words: list[str], count: int, lower_alone: bool) -> bool:
    """The first `count` words read as a label's: capitals (or, when `lower_alone`, lower case)."""
    head = words[:count]
    if len(head) < count or not all(_LABEL_WORD_RE.match(word) for word in head):
        return False
    return all(word.isupper() or word == "&" for word in head) or (lower_alone and all(word.islower() for word in head))


def _one_heading(key: str) -> bool:
    """A heading of the lexicon, or one joined to a short second by "and" ("experience and
    projects")."""
    return key in heading_aliases() or (" and " in key and _section_of(key) is not None)


def _split_label(first: str, second: str) -> Optional[tuple[str, str, str]]:
    """(the label, the first line's content, the second line's content) when the two lines open
    with the two halves of a label, else None."""
    first_words, second_words = first.split(), second.split()
    if not first_words or not second_words or not _label_words(first_words, 1, lower_alone=False):
        return None
    for size_first in (2, 1):
        if not _label_words(first_words, size_first, lower_alone=False):
            continue
        for size_second in (2, 1):
            alone = len(second_words) == size_second  # the half alone on its line may be in lower case
            if not _label_words(second_words, size_second, lower_alone=alone):
                continue
            label = " ".join(first_words[:size_first] + second_words[:size_second])
            if not _one_heading(normalise_heading(label)):
                continue  # (not "EDUCATION AND" + "WORK EXPERIENCE": two headings)
            if _section_of(normalise_heading(first)) is not None:
                continue  # the first line a heading whole ("EDUCATION AND TRAINING" over "WORK EXPERIENCE")
            if not alone and _section_of(normalise_heading(second)) is not None:
                continue  # the second a heading whole of more than the label's half
            rest_first = " ".join(first_words[size_first:])
            rest_second = " ".join(second_words[size_second:])
            if not rest_first and not rest_second:
                return None  # two labels alone, one under the other: the section finder's case
            if rest_first[:1].islower() or rest_second[:1].islower():
                continue  # "IT project manager with ..." over "EXPERIENCE": a sentence's acronym, no label
            return label, rest_first, rest_second
    return None


def _run_in_label(text: str) -> Optional[tuple[str, str]]:
    """(the label, the content) for a line opened by a label of one to three words in capitals
    that is a heading of the lexicon, content run in after it ("SKILLS Programming languages:
    ...", "EXPERIENCE — present: Project Manager, ..."); else None."""
    words = text.split()
    if len(words) < 2 or not _label_words(words, 1, lower_alone=False):
        return None  # (the cheap test first: most lines open with no word in capitals)
    if _section_of(normalise_heading(text)) is not None:
        return None  # the line a heading whole ("ABOUT ME", "EMPLOYMENT HISTORY")
    for size in (3, 2, 1):
        if len(words) <= size or not _label_words(words, size, lower_alone=False):
            continue
        if _label_words(words, size + 1, lower_alone=False) and len(words) == size + 1:
            continue  # capitals throughout, two or three words: a heading of its own, not a label and content
        label, rest = " ".join(words[:size]), " ".join(words[size:])
        if normalise_heading(label) in heading_aliases() and not rest[:1].islower():
            return label, rest
    return None


def left_labels_apart(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """The lines with each two-line label of a left column set on a line of its own; and, in a
    document with such a column (three labels or more run into the content), each one-line
    label as well."""
    column = sum(1 for line in lines if _run_in_label(line.text.strip()) is not None) >= _COLUMN_LABELS
    result: list[Line] = []
    index = 0
    changed = False
    while index < len(lines):
        line = lines[index]
        split = _split_label(line.text.strip(), lines[index + 1].text.strip()) if index + 1 < len(lines) else None
        if split is None:
            run_in = _run_in_label(line.text.strip()) if column else None
            if run_in is not None:
                result.extend([dataclasses.replace(line, text=run_in[0]), dataclasses.replace(line, text=run_in[1])])
                changed = True
            else:
                result.append(line)
            index += 1
            continue
        label, rest_first, rest_second = split
        result.append(dataclasses.replace(line, text=label))
        if rest_first:
            result.append(dataclasses.replace(line, text=rest_first))
        if rest_second:
            result.append(dataclasses.replace(lines[index + 1], text=rest_second))
        index += 2
        changed = True
    return tuple(result) if changed else lines
