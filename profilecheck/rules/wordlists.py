"""Word lists the rules use: weak phrases, buzzwords, action verbs (all from lexicons/)."""
from __future__ import annotations

import re
import tomllib
from functools import cache

from ..resources import read_lexicon_text

# Present-tense forms of irregular verbs, so a current role's "Lead" or "Run" counts as strong.
_IRREGULAR_PRESENT = {
    "led": "lead", "ran": "run", "built": "build", "oversaw": "oversee", "grew": "grow", "drove": "drive",
    "wrote": "write", "won": "win", "cut": "cut", "set": "set", "sold": "sell", "taught": "teach",
    "brought": "bring", "made": "make", "spoke": "speak", "held": "hold", "kept": "keep", "began": "begin",
    "chose": "choose", "rebuilt": "rebuild", "undertook": "undertake", "saw": "see", "found": "find",
}


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[-/]", " ", text.lower())).strip()


@cache
def _entries(lexicon: str) -> tuple[dict, ...]:
    data = tomllib.loads(read_lexicon_text(lexicon))
    key = {"weak_phrases": "phrase", "buzzwords": "buzzword"}[lexicon]
    return tuple(data[key])


@cache
def phrase_matcher(lexicon: str) -> tuple[re.Pattern, dict]:
    """A regex over every phrase and alias of a lexicon, and a map phrase -> suggested verb.
    Hyphens, slashes and spaces between words are interchangeable."""
    alternatives = []
    replacements: dict[str, str] = {}
    for entry in _entries(lexicon):
        for phrase in (entry["phrase"], *entry.get("aliases", ())):
            words = _normalise(phrase).split()
            if not words:
                continue
            alternatives.append(r"[\s/-]+".join(re.escape(word) for word in words))
            replacements[_normalise(phrase)] = entry.get("suggestion", "Led")
    alternatives.sort(key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", re.IGNORECASE)

    class _Replacements(dict):
        def get(self, key, default=None):  # matched text may use other separators
            return super().get(_normalise(key), default)

    return pattern, _Replacements(replacements)


def buzzwords_in(text: str) -> list[str]:
    pattern, _ = phrase_matcher("buzzwords")
    return list(dict.fromkeys(match.group(0) for match in pattern.finditer(text or "")))


def weak_phrase_in(text: str):
    pattern, _ = phrase_matcher("weak_phrases")
    return pattern.search(text or "")


@cache
def action_verbs() -> frozenset[str]:
    """The strong verbs, lower case, as the lexicon writes them (past tense)."""
    data = tomllib.loads(read_lexicon_text("action_verbs"))
    return frozenset(verb.lower().split()[0] for group in data["group"] for verb in group["verbs"])


_PAST_OF = {present: past for past, present in _IRREGULAR_PRESENT.items()}


def is_action_verb(word: str) -> bool:
    """True for a strong verb in the past tense ("Delivered") or, for a current role, the
    present ("Deliver", "Delivers", "Lead", "Runs")."""
    word = word.lower()
    verbs = action_verbs()
    stems = {word}
    if word.endswith("es"):
        stems.add(word[:-2])
    if word.endswith("s"):
        stems.add(word[:-1])
    for stem in list(stems):
        if stem in verbs or _PAST_OF.get(stem) in verbs:
            return True
        candidates = (stem + "d", stem + "ed", stem[:-1] + "ied" if stem.endswith("y") else "", stem + stem[-1:] + "ed")
        if any(candidate in verbs for candidate in candidates if candidate):
            return True
    return False


# Openings that hide the person's own action: weak verbs, auxiliaries, articles, pronouns.
WEAK_STARTS = frozenset(
    """helped assisted worked participated supported attended involved tasked did was were am is are
    have had has my i we our the a an this that responsible duties various other also general""".split()
)
_COMMON_PAST = frozenset(
    """ran led built drove cut set won wrote grew made took oversaw held kept brought began sold met taught
    chose undertook rebuilt found put spent shipped""".split()
)


def starts_with_action_verb(text: str) -> bool:
    """True when a bullet opens with a verb that shows the person acting: a strong verb from the
    lexicon, any regular past tense ("Moved", "Replaced"), or a common irregular one ("Ran")."""
    match = re.match(r"\s*([A-Za-z]+)", text or "")
    if not match:
        return False
    word = match.group(1).lower()
    if word in WEAK_STARTS:
        return False
    return is_action_verb(word) or word in _COMMON_PAST or (word.endswith("ed") and len(word) > 4)
