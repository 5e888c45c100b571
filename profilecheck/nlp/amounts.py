"""Numbers, money and percentages, read with regular expressions on the original text: currency
signs and "%" are easy to see there.  Grammar only (no spaCy, no lexicon): "$1.2M" is 1200000.0 USD,
"EUR 500K" is 500000.0 EUR, "35%" is 35.0 "%"; "budget of 3 million" is money without a currency.
"""
from __future__ import annotations

import re
from typing import Optional

from ..models import Metric

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
