"""Rules that are data: a word list or a pattern, declared in lexicons/rules.toml."""
from __future__ import annotations

import re
from functools import partial
from typing import Iterator, Optional, Union

from ..lexicon import RULE_UNITS as UNITS  # noqa: F401 (re-exported)
from ..lexicon import DataRule, load_rules
from ..models import Evidence, Match
from .common import bullets, evidence, short
from .duties import rewrite_duty
from .registry import Context, Hit, Rule, register


Span = tuple[int, int]


def _units(context: Context, unit: str) -> Iterator[tuple[str, Union[Evidence, partial, None], Optional[Span]]]:
    """The texts a rule looks at: (text, its evidence or what makes it, its span in the profile text)."""
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
            # a line's evidence is made only if a phrase is found in it (`places`)
            yield line, partial(evidence, profile, offset, offset + len(line)), (offset, offset + len(line))
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
            if found and isinstance(where, partial):
                where = where()
            for place in found[:1] if unit == "bullet" else found:
                yield text, where, span, place

    def check(context: Context):
        for text, where, span, (start, end, verb) in places(context):
            values = {"match": text[start:end], "text": short(text, 90).rstrip("."), "replacement": verb, "example": ""}
            if entry.lexicon == "weak_phrases":
                rewritten = rewrite_duty(text, start, end, verb)  # None: no rewrite keeps the meaning
                if rewritten:
                    values.update(rewrite=rewritten, example=f', e.g. "{rewritten}"')
            yield Hit(
                values,
                # a bullet is quoted whole (the message names the phrase), so the bullets of one
                # finding can be told apart; in a summary, a headline or a line, the phrase itself
                where if unit == "bullet" else _narrow(where, text, start, end, context),
            )

    return check


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
