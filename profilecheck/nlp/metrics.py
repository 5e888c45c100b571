"""Numbers that measure an achievement: money, percentages, team sizes, durations and counts.

Money and percentages are found with regular expressions on the original text (amounts.py: currency
signs and "%" are easy to see there); team sizes, counts and durations with the pipeline's token Matcher on the
normalised text, because they hang on the words around the number ("team of 12", "led 15 engineers",
"3 weeks ahead of schedule", "40+ projects").  A number with no unit word is never a metric, so
years, phone numbers and versions ("2019", "+44 20 7946 0958", "Windows 10", "ISO 27001",
"S/4HANA", "Office 365") stay out.

Values are floats in base units: "$1.2M" is 1200000.0 USD, "35%" is 35.0 "%", "team of 12" is 12.0
"people", "3 weeks" is 3.0 "weeks", "40+ projects" is 40.0 "projects".
"""
from __future__ import annotations

import re
from typing import Optional

import numpy
from spacy.attrs import LIKE_NUM, LOWER, ORTH
from spacy.strings import hash_string
from spacy.tokens import Doc

from ..lexicon import cue_words
from ..models import Metric
from .amounts import _SCALES, NEEDLE_WORDS, money_and_percent, parse_number  # noqa: F401 (re-exported)
from .normalise import Normalised
from .pipeline import (
    COUNT_NOUNS, LEAD_VERBS, PEOPLE_NOUNS, SCALE_WORDS, TEAM_WORDS, TIME_QUALIFIERS, TIME_UNITS, Pipeline, get_pipeline,
)

PRIORITY = {"money": 0, "percent": 1, "team_size": 2, "duration": 3, "count": 4}

_UNIT_PLURAL = {
    "day": "days", "week": "weeks", "month": "months", "year": "years", "hour": "hours", "minute": "minutes",
    "quarter": "quarters", "project": "projects",
}
_DURATION_BEFORE = frozenset(cue_words("duration-before"))
_DURATION_AFTER = frozenset(cue_words("duration-after"))
_DURATION_NEVER = frozenset(cue_words("duration-never"))
_EXPERIENCE_OF = frozenset(cue_words("experience-of"))
_PEOPLE = set(PEOPLE_NOUNS)
_ALLOWED_BEFORE_NUMBER = set(LEAD_VERBS) | set(cue_words("before-number"))


_YEAR_HASHES = frozenset(hash_string(str(year)) for year in range(1950, 2040))
_PERCENT_HASH = hash_string("%")
_OF_HASH = hash_string("of")
# a metric pattern needs one of these words after its number (or "team of" before it)
_UNIT_HASHES = frozenset(
    hash_string(word) for word in (*COUNT_NOUNS, *PEOPLE_NOUNS, *TIME_UNITS, *TEAM_WORDS, "report", "reports", "fte", "ftes")
)


def _number_windows(doc: Doc) -> tuple[list[tuple[int, int]], list[int]]:
    """Token windows around the numbers of the text: the only places a metric pattern can match.
    Numbers that cannot start a metric open none: years ("2019"), a number followed by another one
    (dates "03/2016", phone numbers) or by "%" (the regex's job).  Works on attribute arrays: no
    Token objects are made."""
    columns = doc.to_array([LIKE_NUM, ORTH, LOWER])
    if not columns[:, 0].any():
        return [], []
    like_num = columns[:, 0].tolist()
    orth = columns[:, 1].tolist()
    lower = columns[:, 2].tolist()
    size = len(like_num)
    windows: list[tuple[int, int]] = []
    for index in numpy.flatnonzero(columns[:, 0]).tolist():
        if index + 1 < size and (like_num[index + 1] or orth[index + 1] == _PERCENT_HASH):
            continue
        if orth[index] in _YEAR_HASHES:
            continue
        team_of = _OF_HASH in lower[max(0, index - 3):index]
        if not team_of and not any(key in _UNIT_HASHES for key in lower[index + 1:index + 7]):
            continue  # no unit word near: "$1.2M", "version 2", "Q3"
        # as far as a pattern reaches: "of [over] [about] 40", "12 + [cross] [functional] [qa] engineers"
        begin, end = max(0, index - (3 if team_of else 0)), min(size, index + 7)
        if windows and begin <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((begin, end))
    return windows, lower


_TEAM_HEADS = frozenset(hash_string(word) for word in cue_words("team-heads"))
_QUALIFIERS = frozenset(hash_string(word) for word in cue_words("number-qualifiers"))
_NOT_FILLER = frozenset(
    hash_string(word)
    for word in (*COUNT_NOUNS, *PEOPLE_NOUNS, *TIME_UNITS, "and", "or", "with", "across", "for", "in", "of", "to", "from", "by", "on", "at", "per", "than")
)
_LEAD_HASHES = frozenset(hash_string(word) for word in LEAD_VERBS)
_TIME_QUALIFIER_HASHES = frozenset(hash_string(word) for word in TIME_QUALIFIERS)
_SCALE_HASHES = {hash_string(word): _SCALES[word] for word in SCALE_WORDS}
_PLUS_HASH = hash_string("+")
# Words that make a counted noun part of a compound ("project managers", "release plan"): then
# the number counts those, and the counted noun is no unit
_COMPOUND_HEADS = frozenset(
    hash_string(word)
    for word in (*PEOPLE_NOUNS, "manager", "managers", "management", "lead", "leads", "plan", "plans", "team", "teams",
                 "office", "offices", "lifecycle", "lifecycles", "charter", "charters", "schedule", "schedules")
)
_COUNT_NOUN_HASHES = frozenset(hash_string(word) for word in COUNT_NOUNS)
_LABEL_ORDER = {"TEAM_OF": 0, "TEAM_WORD": 0, "TEAM_REPORTS": 0, "TEAM_PEOPLE": 1, "DURATION": 2, "COUNT": 3}


def _variant(label: str, start: int, end: int, lower: list[int]) -> Optional[int]:
    """The index of the number when the match is a real one, else None: the checks the patterns leave out."""
    if label == "TEAM_OF":
        fillers = lower[start + 1:end - 1]
        if start == 0 or lower[start - 1] not in _TEAM_HEADS or any(key not in _QUALIFIERS for key in fillers):
            return None
        return end - 1
    inner = lower[start + 1:end - 1]
    if inner and inner[0] == _PLUS_HASH:
        inner = inner[1:]
    if label == "COUNT":
        if inner and inner[0] in _SCALE_HASHES:
            inner = inner[1:]
        if any(key in _NOT_FILLER for key in inner):
            return None
    elif label == "TEAM_PEOPLE":
        if inner and inner[-1] in _COUNT_NOUN_HASHES:
            inner = inner[:-1]  # "12 project managers": the noun before the people names their kind
        if any(key in _NOT_FILLER for key in inner):
            return None
    elif label == "DURATION":
        if any(key not in _TIME_QUALIFIER_HASHES for key in inner):
            return None
    return start


def token_metrics(pipe: Pipeline, doc: Doc, norm: Normalised) -> list[tuple[int, int, Metric]]:
    """Team sizes, durations and counts from the token Matcher, as (original start, original end, Metric)."""
    found: list[tuple[int, int, Metric]] = []
    windows, lower = _number_windows(doc)
    if not windows:
        return found
    variants: dict[tuple[str, int], list[int]] = {}  # optional slots give several matches per start
    for begin, end in windows:
        for match_id, start, stop in pipe.metrics(doc[begin:end]):
            variants.setdefault((pipe.metric_labels[match_id], begin + start), []).append(begin + stop)
    used: set[int] = set()  # numbers already read as a stronger kind of metric
    for (label, start), ends in sorted(variants.items(), key=lambda item: (_LABEL_ORDER[item[0][0]], item[0][1])):
        for end in sorted(ends):  # the shortest reading that passes
            number_index = _variant(label, start, end, lower)
            if number_index is not None:
                break
        else:
            continue
        if number_index in used:
            continue
        number = doc[number_index]
        value = parse_number(number.text)
        if value is None or value <= 0:
            continue
        text = number.text
        if _looks_like_year(text) or _follows_name(doc, number) or _phone_like(doc, number):
            continue
        last = doc[end - 1]
        if label == "COUNT":
            if end < len(lower) and lower[end] in _COMPOUND_HEADS:
                continue  # "two separate project managers": the noun names what follows, not a count
            after = lower[number_index + 1] if number_index + 1 < len(lower) else 0
            if after == _PLUS_HASH and number_index + 2 < len(lower):
                after = lower[number_index + 2]
            scale = _SCALE_HASHES.get(after, 1.0)
            if "." in text and scale == 1.0:
                continue
            noun = last.lower_
            metric = Metric("count", value * scale, "people" if noun in _PEOPLE else _UNIT_PLURAL.get(noun, noun))
        elif label == "DURATION":
            if not _duration_context(doc, number, last):
                continue
            metric = Metric("duration", value, _UNIT_PLURAL.get(last.lower_, last.lower_))
        else:
            if "." in text or value > 100_000:
                continue
            if label == "TEAM_PEOPLE" and not _led_by_verb(lower, number_index):
                metric = Metric("count", value, "people")  # "trained 200 staff": people, but not a team
            else:
                metric = Metric("team_size", value, "people")
        first = doc[start] if label == "TEAM_OF" else number
        orig_begin, orig_end = norm.to_original(first.idx, last.idx + len(last))
        found.append((orig_begin, orig_end, metric))
        used.add(number_index)
    return found


def _led_by_verb(lower: list[int], number_index: int) -> bool:
    """"Led 15 engineers", "managed over 20 developers": a leading verb at most three words before."""
    for index in range(number_index - 1, max(-1, number_index - 4), -1):
        key = lower[index]
        if key in _LEAD_HASHES:
            return True
        if key in _NOT_FILLER and key not in _QUALIFIERS:
            return False
    return False


def _looks_like_year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and 1950 <= int(text) <= 2039


def _phone_like(doc: Doc, number) -> bool:
    """"+44 20 7946 0958": a number right after another number is part of a phone or an id."""
    before = doc[number.i - 1] if number.i > 0 else None
    return before is not None and (before.text[:1].isdigit() or (before.text.startswith("+") and len(before.text) > 1))


def _follows_name(doc: Doc, number) -> bool:
    """"Windows 10 devices", "Office 365 users", "ISO 27001": a number right after a capitalised word
    that is not a verb or a preposition is part of a name."""
    if number.i == 0:
        return False
    before = doc[number.i - 1]
    if not before.is_alpha or not (before.is_title or before.is_upper):
        return False
    word = before.lower_
    return not (word in _ALLOWED_BEFORE_NUMBER or word.endswith("ed") or word.endswith("ing"))


def _duration_context(doc: Doc, number, unit_token) -> bool:
    after = doc[unit_token.i + 1] if unit_token.i + 1 < len(doc) else None
    after_lower = after.lower_ if after is not None else ""
    if after_lower in _DURATION_NEVER:
        return False
    if after_lower == "of":
        following = doc[unit_token.i + 2].lower_ if unit_token.i + 2 < len(doc) else ""
        if following in _EXPERIENCE_OF:
            return False
    if after_lower in ("experience", "exp"):
        return False
    before = doc[number.i - 1] if number.i > 0 else None
    if before is not None and before.lower_ in _DURATION_BEFORE:
        return True
    return after_lower in _DURATION_AFTER


def collect_metrics(pipe: Pipeline, doc: Doc, norm: Normalised, present: Optional[set[str]] = None) -> list[tuple[int, int, Metric]]:
    """Every metric in the text, overlaps resolved (money over percent over team size over duration
    over count), in text order.  `present`: the needle words seen by the phrase matcher, if known."""
    candidates = money_and_percent(norm.original, 0, present) + token_metrics(pipe, doc, norm)
    if not candidates:
        return []
    candidates.sort(key=lambda item: (PRIORITY[item[2].kind], item[0], -(item[1] - item[0])))
    kept: list[tuple[int, int, Metric]] = []
    taken = bytearray(len(norm.original) + 1)  # characters already claimed by a stronger metric
    for start, end, metric in candidates:
        if taken.find(1, start, end) != -1:
            continue
        taken[start:end] = b"\x01" * (end - start)
        kept.append((start, end, metric))
    kept.sort(key=lambda item: item[0])
    return kept


def find_metrics(text: str) -> tuple[Metric, ...]:
    """The metrics in one bullet or sentence."""
    pipe = get_pipeline()
    doc, norm = pipe.make_doc(text)
    return tuple(metric for _, _, metric in collect_metrics(pipe, doc, norm))
