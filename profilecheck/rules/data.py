"""Rules that are data: a word list or a pattern, declared in lexicons/rules.toml."""
from __future__ import annotations

import re
from typing import Iterator, Optional

from ..lexicon import RULE_UNITS as UNITS  # noqa: F401 (re-exported)
from ..lexicon import DataRule, load_rules
from ..models import Evidence
from .common import bullets, evidence, short
from .registry import Context, Hit, Rule, register


def _texts(context: Context, unit: str) -> Iterator[tuple[str, Optional[Evidence]]]:
    profile = context.profile
    if unit == "bullet":
        for _, text, where in bullets(profile):
            yield text, where
    elif unit == "summary":
        section = profile.section("summary")
        if section is not None:
            yield profile.text[section.start:section.end], evidence(profile, section.start, section.end, "summary")
    elif unit == "headline":
        headline = profile.basics.label
        if headline:
            start = profile.text.find(headline)
            yield headline, evidence(profile, start, start + len(headline), "headline") if start >= 0 else None
    elif unit == "line":
        offset = 0
        for line in profile.text.split("\n"):
            yield line, evidence(profile, offset, offset + len(line))
            offset += len(line) + 1


def _narrow(where: Optional[Evidence], text: str, match: re.Match, context: Context) -> Optional[Evidence]:
    """Evidence pointing at the matched words, when the text's position is known."""
    if where is None or not context.profile.text.startswith(text[:20], where.start):
        return where
    start = where.start + match.start()
    return evidence(context.profile, start, where.start + match.end(), where.section)


def _make_check(entry: DataRule):
    from .wordlists import normalise_phrase, phrase_matcher

    unit = entry.unit
    limit = entry.limit
    if entry.pattern is not None:
        pattern = re.compile(entry.pattern, re.IGNORECASE)
        replacements: dict = {}
    else:
        pattern, replacements = phrase_matcher(entry.lexicon)

    def check(context: Context):
        shown = 0
        for text, where in _texts(context, unit):
            match = pattern.search(text)
            if not match:
                continue
            shown += 1
            if shown > limit:
                return
            phrase = match.group(0)
            verb = replacements.get(normalise_phrase(phrase), "Led")
            yield Hit(
                {
                    "match": phrase,
                    "text": short(text, 90).rstrip("."),
                    "replacement": verb,
                    "rewrite": rewrite_duty(text, match, verb),
                },
                _narrow(where, text, match, context),
            )

    return check


_IRREGULAR_PAST = {
    "leading": "Led", "running": "Ran", "building": "Built", "writing": "Wrote", "making": "Made",
    "setting": "Set", "cutting": "Cut", "driving": "Drove", "overseeing": "Oversaw", "bringing": "Brought",
    "keeping": "Kept", "holding": "Held", "getting": "Got", "winning": "Won", "teaching": "Taught",
}
_DOUBLED = ("planning", "shipping", "scoping", "mapping", "stopping", "dropping", "scrapping")


def rewrite_duty(text: str, match: re.Match, verb: str) -> str:
    """Turn "Responsible for managing vendor contracts" into "Managed vendor contracts for
    [team/budget/users], [result with a number]": the person's own words, a stronger start, and
    placeholders where the result and the scale belong."""
    if match.start() > 3:
        # A vague phrase inside the sentence ("... with various tasks"): name the real work there.
        return f"{text[:match.start()]}[the specific work]{text[match.end():]}".rstrip(" .") + ", [result with a number]"
    rest = text[match.end():].strip(" :,-–—").rstrip(".")
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
            )
        )
