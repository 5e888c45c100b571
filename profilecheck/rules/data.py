"""Rules that are data: a word list or a pattern, declared in lexicons/rules.toml."""
from __future__ import annotations

import re
from typing import Iterator, Optional

from ..lexicon import RULE_UNITS as UNITS  # noqa: F401 (re-exported)
from ..lexicon import DataRule, cue_pairs, cue_words, load_rules
from ..models import Evidence, Match
from .common import bullets, evidence, short
from .registry import Context, Hit, Rule, register


Span = tuple[int, int]


def _units(context: Context, unit: str) -> Iterator[tuple[str, Optional[Evidence], Optional[Span]]]:
    """The texts a rule looks at: (text, its evidence, its span in the profile text)."""
    profile = context.profile
    if unit == "bullet":
        for item in bullets(context):
            yield item.text, item.evidence, item.span
    elif unit == "summary":
        section = profile.section("summary")
        if section is not None:
            yield profile.text[section.start:section.end], evidence(profile, section.start, section.end, "summary"), (section.start, section.end)
    elif unit == "headline":
        headline = profile.basics.label
        if headline:
            start = profile.text.find(headline)
            where = evidence(profile, start, start + len(headline), "headline") if start >= 0 else None
            place = context.facts.headline
            yield headline, where, (place.start, place.end) if place is not None else None
    elif unit == "line":
        offset = 0
        for line in profile.text.split("\n"):
            yield line, evidence(profile, offset, offset + len(line)), (offset, offset + len(line))
            offset += len(line) + 1


def _narrow(where: Optional[Evidence], text: str, start: int, end: int, context: Context) -> Optional[Evidence]:
    """Evidence pointing at the matched words, when the text's position is known."""
    if where is None or not context.profile.text.startswith(text[:20], where.start):
        return where
    return evidence(context.profile, where.start + start, where.start + end, where.section)


_PHRASE_GAP = r"[\s/-]+"


def _place_in(text: str, found: Match, span: Span) -> tuple[int, int]:
    """Where a matcher hit inside `span` is in the unit's own text (which may differ from the
    profile text in its spaces: a wrapped bullet is one line)."""
    written = found.evidence.text
    offset = found.evidence.start - span[0]
    if "".join(text[offset:offset + len(written)].split()).lower() == "".join(written.split()).lower():
        return offset, offset + len(written)
    words = [word for word in re.split(_PHRASE_GAP, written) if word]
    pattern = re.compile(_PHRASE_GAP.join(re.escape(word) for word in words), re.IGNORECASE)
    places = [match.span() for match in pattern.finditer(text)]
    if places:
        return min(places, key=lambda place: abs(place[0] - offset))
    offset = max(0, min(offset, len(text)))
    return offset, min(len(text), offset + len(written))


def _make_check(entry: DataRule):
    unit = entry.unit
    pattern = re.compile(entry.pattern, re.IGNORECASE) if entry.pattern is not None else None

    def phrases(context: Context, text: str, span: Optional[Span]) -> list[tuple[int, int, str]]:
        """(start, end, suggested verb) of the phrases in the unit, in order."""
        if pattern is not None:
            return [(match.start(), match.end(), "Led") for match in pattern.finditer(text)]
        if span is None:
            return []
        found = getattr(context.facts.within(span), entry.lexicon)  # the matcher's hits: guards apply
        return [(*_place_in(text, item, span), item.category or "Led") for item in found]

    def places(context: Context):
        """A bullet once, for its first phrase; in a summary, a headline or a line every phrase.
        The registry makes one finding of those in a section."""
        for text, where, span in _units(context, unit):
            found = phrases(context, text, span)
            for place in found[:1] if unit == "bullet" else found:
                yield text, where, span, place

    def check(context: Context):
        for text, where, span, (start, end, verb) in places(context):
            yield Hit(
                {
                    "match": text[start:end],
                    "text": short(text, 90).rstrip("."),
                    "replacement": verb,
                    "rewrite": rewrite_duty(text, start, end, verb),
                },
                # a bullet is quoted whole (the message names the phrase), so the bullets of one
                # finding can be told apart; in a summary, a headline or a line, the phrase itself
                where if unit == "bullet" else _narrow(where, text, start, end, context),
            )

    return check


_IRREGULAR_PAST = cue_pairs("irregular-past")  # "leading" -> "led"
_DOUBLED = frozenset(cue_words("doubled-ing"))  # "planning" -> "planned"


def rewrite_duty(text: str, start: int, end: int, verb: str) -> str:
    """Turn "Responsible for managing vendor contracts" into "Managed vendor contracts for
    [team/budget/users], [result with a number]": the person's own words, a stronger start, and
    placeholders where the result and the scale belong."""
    if start > 3:
        # A vague phrase inside the sentence ("... with various tasks"): name the real work there.
        return f"{text[:start]}[the specific work]{text[end:]}".rstrip(" .") + ", [result with a number]"
    rest = text[end:].strip(" :,-–—").rstrip(".")
    rest = re.sub(r"^(?:the\s+)?(?:task\s+of\s+|duty\s+of\s+)?", "", rest, flags=re.IGNORECASE)
    if not rest:
        return f"{verb} [what] for [team/budget/users], [result with a number]"
    first, _, remainder = rest.partition(" ")
    lowered = first.lower()
    if lowered.endswith("ing") and len(lowered) > 5:
        if lowered in _IRREGULAR_PAST:
            past = _IRREGULAR_PAST[lowered]
        elif lowered in _DOUBLED:
            past = lowered[:-3] + "ed"  # "planning" -> "planned"
        else:
            stem = lowered[:-3]
            past = stem + ("d" if stem.endswith("e") else "ed")
            # "managing" -> "manag" -> "managed"; "coordinating" -> "coordinated"
        return f"{past[:1].upper()}{past[1:]} {remainder}".strip() + ", [result with a number]"
    return f"{verb} {rest[:1].lower()}{rest[1:]} for [team/budget/users], [result with a number]"


def load_data_rules() -> None:
    for entry in load_rules():
        register(
            Rule(
                code=entry.code,
                name=entry.name,
                level=entry.level,
                message=entry.message,
                suggestion=entry.suggestion,
                why=entry.why,
                should_flag=entry.should_flag,
                should_pass=entry.should_pass,
                check=_make_check(entry),
                scope="headline" if entry.unit == "headline" else "profile",
                example_kind="headline" if entry.unit == "headline" else "profile",
                message_many=entry.message_many,
                suggestion_many=entry.suggestion_many,
                note=entry.note,
            )
        )
