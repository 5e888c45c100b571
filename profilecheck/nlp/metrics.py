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

from spacy.tokens import Doc

from ..models import Metric
from .pipeline import LEAD_VERBS, PEOPLE_NOUNS, Normalised, Pipeline, get_pipeline

PRIORITY = {"money": 0, "percent": 1, "team_size": 2, "duration": 3, "count": 4}

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"thousand|million|billion|mn|bn|mm|MM|[kKmMbB]"
_CODES = r"USD|EUR|GBP|CAD|AUD|NZD|SGD|INR|CHF|JPY|ZAR|SEK|NOK|DKK|AED|HKD"
_SIGNS = r"US\$|AU\$|A\$|CA\$|C\$|NZ\$|S\$|HK\$|R\$|\$|€|£|¥|₹"
_RANGE = r"(?:\s?(?:-|–|—|to)\s?(?:%s)?\s?(?P<hi{n}>%s))?" % (_SIGNS, _NUMBER)
MONEY_RE = re.compile(
    rf"""
    (?:(?P<sign>{_SIGNS})|(?<![A-Za-z])(?P<code>{_CODES})\s?)\s?(?P<num>{_NUMBER}){_RANGE.format(n=1)}
        (?:\s?(?P<scale>{_SCALE})(?![A-Za-z]))?
    | (?<![\w.,$€£])(?P<num2>{_NUMBER}){_RANGE.format(n=2)}\s?(?P<scale2>{_SCALE})?\s?(?P<post>{_CODES}|dollars|euros|pounds)\b
    | \b(?:budgets?|savings|revenue|costs?|spend|spending|contracts?|investments?|portfolio|programs?|programmes?|deals?)\s+
        (?:of|worth|totaling|totalling|exceeding|over|above)?\s*(?:over|more\ than|approximately|approx\.?|about|nearly|around|~)?\s*
        (?P<num3>{_NUMBER})\s?(?P<scale3>thousand|million|billion|mn|bn|mm|MM|[kKmMbB])(?![A-Za-z])
    """,
    re.VERBOSE,
)
PERCENT_RE = re.compile(
    rf"(?<![\d.,])(?:(?P<lo>\d+(?:\.\d+)?)\s?(?:-|–|—|to)\s?)?(?P<num>\d+(?:\.\d+)?)\s?(?:%|percent\b|per\s?cent\b|pct\b)",
    re.IGNORECASE,
)

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
    "with", "by", "supported", "support", "supporting", "served", "serving", "delivered", "trained", "onboarded",
    "migrated", "deployed", "launched", "completed", "processed", "handled", "shipped", "released", "closed",
    "resolved", "rolled", "implemented", "ran", "run", "reduced", "increased", "cut", "achieved", "saved", "and",
}
_LINE_STARTERS = set("\n•▪◦●■►‣⁃∙·-–—*|:;.(")


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


def money_and_percent(text: str, offset: int = 0) -> list[tuple[int, int, Metric]]:
    """Money and percentages in `text`, as (start, end, Metric) with start/end shifted by `offset`."""
    found: list[tuple[int, int, Metric]] = []
    if "$" in text or "€" in text or "£" in text or "¥" in text or "₹" in text or _has_money_word(text):
        for match in MONEY_RE.finditer(text):
            groups = match.groupdict()
            if groups["num"] is not None:
                number, high, scale = groups["num"], groups["hi1"], groups["scale"]
                unit = _SIGN_UNIT.get(groups["sign"]) if groups["sign"] else groups["code"]
            elif groups["num2"] is not None:
                number, high, scale = groups["num2"], groups["hi2"], groups["scale2"]
                post = groups["post"]
                unit = _WORD_UNIT.get(post.lower(), post.upper())
            else:
                number, high, scale, unit = groups["num3"], None, groups["scale3"], None
            value = parse_number(high or number)
            if value is None:
                continue
            value *= _scale(scale)
            if value <= 0:
                continue
            found.append((offset + match.start(), offset + match.end(), Metric("money", value, unit)))
    if "%" in text or "percent" in text.lower() or "per cent" in text.lower() or "pct" in text.lower():
        for match in PERCENT_RE.finditer(text):
            value = parse_number(match.group("num"))
            if value is None:
                continue
            found.append((offset + match.start(), offset + match.end(), Metric("percent", value, "%")))
    return found


_MONEY_WORDS = re.compile(rf"(?<![A-Za-z])(?:{_CODES})(?![A-Za-z])|\b(?:dollars|euros|pounds|million|billion|budget|savings)\b", re.IGNORECASE)


def _has_money_word(text: str) -> bool:
    return _MONEY_WORDS.search(text) is not None


def token_metrics(pipe: Pipeline, doc: Doc, norm: Normalised) -> list[tuple[int, int, Metric]]:
    """Team sizes, durations and counts from the token Matcher, as (original start, original end, Metric)."""
    found: list[tuple[int, int, Metric]] = []
    original = norm.original
    for match_id, start, end in pipe.metrics(doc):
        label = pipe.metric_labels[match_id]
        span = doc[start:end]
        numbers = [token for token in span if token.like_num]
        if not numbers:
            continue
        number = numbers[-1] if label == "TEAM_OF" else numbers[0]
        value = parse_number(number.text)
        if value is None or value <= 0:
            continue
        text = number.text
        is_integer = "." not in text
        after = doc[number.i + 1] if number.i + 1 < len(doc) else None
        if after is not None and after.text == "+":
            after = doc[number.i + 2] if number.i + 2 < len(doc) else None
        if label in ("TEAM_OF", "TEAM_WORD", "TEAM_VERB", "TEAM_REPORTS", "COUNT"):
            if _looks_like_year(text) or _follows_name(doc, number, original, norm) or _phone_like(doc, number):
                continue
        if label == "COUNT":
            scale = 1.0
            if after is not None and after.lower_ in _SCALES:
                scale = _SCALES[after.lower_]
            if not is_integer and scale == 1.0:
                continue
            noun = span[-1].lower_
            unit = "people" if noun in _PEOPLE else _UNIT_PLURAL.get(noun, noun)
            metric = Metric("count", value * scale, unit)
        elif label == "DURATION":
            unit_token = span[-1]
            if not _duration_context(doc, number, unit_token):
                continue
            metric = Metric("duration", value, _UNIT_PLURAL.get(unit_token.lower_, unit_token.lower_))
        else:
            if not is_integer or value > 100_000:
                continue
            metric = Metric("team_size", value, "people")
        first = number if label in ("TEAM_VERB", "COUNT", "DURATION", "TEAM_WORD", "TEAM_REPORTS") else span[0]
        begin = first.idx
        finish = span[-1].idx + len(span[-1])
        orig_begin, orig_end = norm.to_original(begin, finish)
        found.append((orig_begin, orig_end, metric))
    return found


def _looks_like_year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and 1950 <= int(text) <= 2039


def _phone_like(doc: Doc, number) -> bool:
    before = doc[number.i - 1] if number.i > 0 else None
    return before is not None and (before.like_num or before.text.startswith("+")) and before.text[:1].isdigit() | before.text.startswith("+")


def _follows_name(doc: Doc, number, original: str, norm: Normalised) -> bool:
    """"Windows 10 devices", "Office 365 users": a number right after a capitalised name is part of the name."""
    if number.i == 0:
        return False
    before = doc[number.i - 1]
    if not before.is_alpha or not (before.is_title or before.is_upper) or before.lower_ in _ALLOWED_BEFORE_NUMBER:
        return False
    # capitalised because it starts the line or sentence: fine ("Supported 3,000 users")
    orig_start, _ = norm.to_original(before.idx, before.idx + len(before))
    position = orig_start - 1
    while position >= 0 and original[position] in " \t":
        position -= 1
    return not (position < 0 or original[position] in _LINE_STARTERS)


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


def collect_metrics(pipe: Pipeline, doc: Doc, norm: Normalised) -> list[tuple[int, int, Metric]]:
    """Every metric in the text, overlaps resolved (money over percent over team size over duration
    over count), in text order."""
    candidates = money_and_percent(norm.original) + token_metrics(pipe, doc, norm)
    if not candidates:
        return []
    candidates.sort(key=lambda item: (PRIORITY[item[2].kind], item[0], -(item[1] - item[0])))
    kept: list[tuple[int, int, Metric]] = []
    for start, end, metric in candidates:
        if any(start < other_end and other_start < end for other_start, other_end, _ in kept):
            continue
        kept.append((start, end, metric))
    kept.sort(key=lambda item: item[0])
    return kept


def find_metrics(text: str) -> tuple[Metric, ...]:
    """The metrics in one bullet or sentence."""
    pipe = get_pipeline()
    doc, norm = pipe.make_doc(text)
    return tuple(metric for _, _, metric in collect_metrics(pipe, doc, norm))
