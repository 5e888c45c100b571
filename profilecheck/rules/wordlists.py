"""Word lists the rules use: weak phrases, buzzwords, action verbs (all from lexicons/)."""
from __future__ import annotations

import re
from functools import cache

from ..lexicon import load_action_verbs, load_buzzwords, load_weak_phrases

# Present-tense forms of irregular verbs, so a current role's "Lead" or "Run" counts as strong.
_IRREGULAR_PRESENT = {
    "led": "lead", "ran": "run", "built": "build", "oversaw": "oversee", "grew": "grow", "drove": "drive",
    "wrote": "write", "won": "win", "cut": "cut", "set": "set", "sold": "sell", "taught": "teach",
    "brought": "bring", "made": "make", "spoke": "speak", "held": "hold", "kept": "keep", "began": "begin",
    "chose": "choose", "rebuilt": "rebuild", "undertook": "undertake", "saw": "see", "found": "find",
}


def normalise_phrase(text: str) -> str:
    """Lower case; hyphens, slashes and runs of spaces as one space."""
    return re.sub(r"\s+", " ", re.sub(r"[-/]", " ", text.lower())).strip()


@cache
def phrase_matcher(lexicon: str) -> tuple[re.Pattern, dict[str, str]]:
    """A regex over every phrase and alias of a lexicon ("weak_phrases" or "buzzwords"), and a
    map from the normalised phrase to its suggested verb.  Hyphens, slashes and spaces between
    words are interchangeable."""
    entries = load_weak_phrases() if lexicon == "weak_phrases" else load_buzzwords()
    alternatives = []
    replacements: dict[str, str] = {}
    for entry in entries:
        for alias in entry.aliases:  # the lexicon loader includes the phrase itself
            words = normalise_phrase(alias.text).split()
            if not words:
                continue
            alternatives.append(r"[\s/-]+".join(re.escape(word) for word in words))
            replacements[normalise_phrase(alias.text)] = getattr(entry, "suggestion", "Led")
    alternatives.sort(key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", re.IGNORECASE)
    return pattern, replacements


def buzzwords_in(text: str) -> list[str]:
    pattern, _ = phrase_matcher("buzzwords")
    return list(dict.fromkeys(match.group(0) for match in pattern.finditer(text or "")))


def weak_phrase_in(text: str):
    pattern, _ = phrase_matcher("weak_phrases")
    return pattern.search(text or "")


@cache
def action_verbs() -> frozenset[str]:
    """The strong verbs, lower case, as the lexicon writes them (past tense)."""
    return frozenset(verb.lower().split()[0] for group in load_action_verbs() for verb in group.verbs)


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
