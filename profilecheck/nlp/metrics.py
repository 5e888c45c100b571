"""Numbers that measure an achievement: money, percentages, team sizes, durations and counts.

Money and percentages are found with regular expressions on the original text (currency signs and
"%" are easy to see there); team sizes, counts and durations with the pipeline's token Matcher on the
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

from ..models import Metric
from .pipeline import (
    COUNT_NOUNS, LEAD_VERBS, PEOPLE_NOUNS, SCALE_WORDS, TEAM_WORDS, TIME_QUALIFIERS, TIME_UNITS, Normalised, Pipeline,
    get_pipeline,
)

PRIORITY = {"money": 0, "percent": 1, "team_size": 2, "duration": 3, "count": 4}

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"thousand|million|billion|mn|bn|mm|MM|[kKmMbB]"
_CODES = r"USD|EUR|GBP|CAD|AUD|NZD|SGD|INR|CHF|JPY|ZAR|SEK|NOK|DKK|AED|HKD"
_SIGNS = r"US\$|AU\$|A\$|CA\$|C\$|NZ\$|S\$|HK\$|R\$|\$|€|£|¥|₹"


def _range(name: str) -> str:
    return r"(?:\s?(?:-|–|—|to)\s?(?:%s)?\s?(?P<%s>%s))?" % (_SIGNS, name, _NUMBER)


_SCALE_WORD = r"(?:\s?(?P<scale>thousand|million|billion|mn|bn|mm|MM|[kKmMbB])(?![A-Za-z]))?"
# Each form is tried only at anchors found with str.find (a currency sign or code, "%", a scale word):
# Python's re is slow at scanning a whole resume for alternations, fast on a short window.
# "$1.2M", "€2.5 million", "US$ 850,000"
SIGN_MONEY_RE = re.compile(rf"(?P<sign>{_SIGNS})\s?(?P<num>{_NUMBER}){_range('hi')}{_SCALE_WORD}")
# "USD 2 million", "EUR 500K"
CODE_MONEY_RE = re.compile(rf"(?<![A-Za-z])(?P<code>{_CODES})\s?(?P<num>{_NUMBER}){_range('hi')}{_SCALE_WORD}")
# "2 million USD", "1.5 million dollars": the number before the anchor
POST_MONEY_BACK = re.compile(rf"(?<![\w.,$€£])(?P<num>{_NUMBER}){_range('hi')}\s?(?P<scale>{_SCALE})?\s?$")
# "budget of 3 million" (no currency written): the words before the scale word
CONTEXT_MONEY_BACK = re.compile(
    rf"\b(?:budgets?|savings|revenue|costs?|spend|spending|contracts?|investments?|portfolio|programs?|programmes?|deals?)\s+"
    rf"(?:of|worth|totaling|totalling|exceeding|over|above)?\s*(?:over|more\ than|approximately|approx\.?|about|nearly|around|~)?\s*"
    rf"(?P<num>{_NUMBER})\s?$",
    re.IGNORECASE,
)
PERCENT_BACK = re.compile(r"(?<![\d.,])(?:(?P<lo>\d+(?:\.\d+)?)\s?(?:-|–|—|to)\s?)?(?P<num>\d+(?:\.\d+)?)\s?$")
_CODE_LIST = tuple(_CODES.split("|"))
_SIGN_CHARS = ("$", "€", "£", "¥", "₹")
_SCALE_WORDS = ("million", "thousand", "billion")

_SIGN_UNIT = {
    "$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "A$": "AUD", "AU$": "AUD",
    "C$": "CAD", "CA$": "CAD", "NZ$": "NZD", "S$": "SGD", "HK$": "HKD", "R$": "BRL",
}
_WORD_UNIT = {"dollars": "USD", "euros": "EUR", "pounds": "GBP"}
_SCALES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mm": 1e6, "mn": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9, "billion": 1e9}
_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "a dozen": 12,
}
_UNIT_PLURAL = {
    "day": "days", "week": "weeks", "month": "months", "year": "years", "hour": "hours", "minute": "minutes",
    "quarter": "quarters", "project": "projects",
}
_DURATION_BEFORE = {
    "in", "within", "under", "by", "to", "from", "saving", "saved", "save", "saves", "cut", "cutting", "shaved",
    "only", "just", "than", "reduced", "reducing", "shortened", "accelerated", "freeing", "freed", "recovered",
    "recouped", "gained", "ahead",
}
_DURATION_AFTER = {
    "ahead", "early", "earlier", "faster", "sooner", "quicker", "before", "saved", "reduction", "shorter",
    "less", "fewer", "ahead", "per",
}
_DURATION_NEVER = {"sprint", "sprints", "iteration", "iterations", "cadence", "old", "tenure", "contract", "program", "programme", "project", "engagement", "assignment", "role"}
_PEOPLE = set(PEOPLE_NOUNS)
_ALLOWED_BEFORE_NUMBER = set(LEAD_VERBS) | {
    "over", "across", "about", "approximately", "nearly", "around", "more", "than", "to", "from", "for", "of",
    "with", "by", "and", "some", "all", "top", "only", "just", "almost", "up", "under", "within", "at", "another",
    # irregular past tenses and present tenses that open bullets (regular past tenses end in -ed)
    "ran", "run", "runs", "won", "win", "drove", "drive", "cut", "set", "sold", "taught", "brought", "made",
    "held", "kept", "began", "wrote", "own", "owns", "deliver", "delivers", "support", "supports", "serve",
    "serves", "train", "trains", "onboard", "migrate", "migrates", "deploy", "deploys", "launch", "launches",
    "ship", "ships", "release", "releases", "close", "closes", "resolve", "resolves", "implement",
    "implements", "process", "processes", "handle", "handles", "roll", "rolls", "save", "saves", "reduce",
    "reduces", "increase", "increases", "achieve", "achieves", "lead", "leads", "manages", "oversees",
    "coordinates", "directs", "supervises", "mentor", "mentors", "coach", "coaches", "hire", "hires",
}


def parse_number(text: str) -> Optional[float]:
    text = text.strip().lower()
    if text in _WORDS:
        return float(_WORDS[text])
    cleaned = text.replace(",", "")
    try:
        return float(cleaned)
    except ValueError:
        return None


def _scale(value: Optional[str]) -> float:
    if not value:
        return 1.0
    return _SCALES.get(value.lower(), 1.0)


def _positions(text: str, needle: str):
    position = text.find(needle)
    while position != -1:
        yield position
        position = text.find(needle, position + 1)


def _word_at(text: str, start: int, end: int) -> bool:
    return (start == 0 or not text[start - 1].isalnum()) and (end >= len(text) or not text[end].isalnum())


# Words whose presence decides which searches run.  The pipeline adds them to its phrase matcher
# (label "needle"), so finding out what a resume contains costs nothing extra.
NEEDLE_WORDS = (*(code.lower() for code in _CODE_LIST), *_WORD_UNIT, *_SCALE_WORDS, "percent", "per", "pct")


def money_and_percent(text: str, offset: int = 0, present: Optional[set[str]] = None) -> list[tuple[int, int, Metric]]:
    """Money and percentages in `text`, as (start, end, Metric) with start/end shifted by `offset`.
    `present` (the NEEDLE_WORDS the phrase matcher saw) lets the caller skip searches for absent words."""
    found: list[tuple[int, int, Metric]] = []
    seen: set[int] = set()
    if present is None:
        lowered = text.lower()
        present = {needle for needle in NEEDLE_WORDS if needle in lowered}
    words = [word for word in (*_WORD_UNIT, *_SCALE_WORDS, "per", "pct", "percent") if word in present]
    lower = text.lower() if words else ""

    def add(start: int, end: int, number: str, high: Optional[str], scale: Optional[str], unit: Optional[str]) -> None:
        if start in seen:
            return
        value = parse_number(high or number)
        if value is None:
            return
        value *= _scale(scale)
        if value > 0:
            seen.add(start)
            found.append((offset + start, offset + end, Metric("money", value, unit)))

    for sign in _SIGN_CHARS:
        if sign not in text:  # one character: a fast scan even in non-ASCII text
            continue
        for position in _positions(text, sign):
            match = SIGN_MONEY_RE.search(text, max(0, position - 3), position + 40)
            if match is not None and match.start() <= position:
                add(match.start(), match.end(), match["num"], match["hi"], match["scale"], _SIGN_UNIT.get(match["sign"]))
    posts: list[tuple[int, int, str]] = []
    for code in _CODE_LIST:
        if code.lower() not in present:
            continue
        for position in _positions(text, code):
            if not _word_at(text, position, position + 3):
                continue
            match = CODE_MONEY_RE.match(text, position)
            if match is not None:
                add(match.start(), match.end(), match["num"], match["hi"], match["scale"], code)
            else:
                posts.append((position, position + 3, code))
    for word, unit in _WORD_UNIT.items():
        if word not in words:
            continue
        for position in _positions(lower, word):
            posts.append((position, position + len(word), unit))
    for position, end, unit in posts:
        window_start = max(0, position - 40)
        match = POST_MONEY_BACK.search(text, window_start, position)
        if match is not None:
            add(match.start(), end, match["num"], match["hi"], match["scale"], unit)
    for word in _SCALE_WORDS:
        if word not in words:
            continue
        for position in _positions(lower, word):
            if any(start - offset <= position < end - offset for start, end, _ in found):
                continue  # "$14.5 million": already read with its currency
            window_start = max(0, position - 70)
            match = CONTEXT_MONEY_BACK.search(text, window_start, position)
            if match is not None and match.start("num") not in seen:
                add(match.start(), position + len(word), match["num"], None, word, None)
    percents = list(_positions(text, "%")) if "%" in text else []
    if "per" in words or "pct" in words or "percent" in words:
        for word in ("percent", "per cent", "pct"):
            percents.extend(position for position in _positions(lower, word) if _word_at(lower, position, position + len(word)))
    for position in percents:
        match = PERCENT_BACK.search(text, max(0, position - 30), position)
        if match is None:
            continue
        value = parse_number(match["num"])
        if value is None:
            continue
        end = position + 1 if text[position] == "%" else text.find(" ", position) if text.find(" ", position) != -1 else len(text)
        found.append((offset + match.start(), offset + end, Metric("percent", value, "%")))
    return found


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


_TEAM_HEADS = frozenset(hash_string(word) for word in ("team", "teams", "organization", "organisation", "group", "staff", "department", "pmo", "squad", "unit"))
_QUALIFIERS = frozenset(hash_string(word) for word in ("over", "about", "approximately", "nearly", "around", "up", "almost", "more", "than", "to", "some", "roughly"))
_NOT_FILLER = frozenset(
    hash_string(word)
    for word in (*COUNT_NOUNS, *PEOPLE_NOUNS, *TIME_UNITS, "and", "or", "with", "across", "for", "in", "of", "to", "from", "by", "on", "at", "per", "than")
)
_LEAD_HASHES = frozenset(hash_string(word) for word in LEAD_VERBS)
_TIME_QUALIFIER_HASHES = frozenset(hash_string(word) for word in TIME_QUALIFIERS)
_SCALE_HASHES = {hash_string(word): _SCALES[word] for word in SCALE_WORDS}
_PLUS_HASH = hash_string("+")
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
        if following in ("experience", "industry", "professional", "progressive", "it", "project", "hands", "combined", "relevant", "work"):
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
