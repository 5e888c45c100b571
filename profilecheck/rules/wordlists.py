"""Action verbs for the rules (lexicons/action_verbs.toml); weak phrases and buzzwords are the
matcher's hits in Facts, so their lexicon guards apply."""
from __future__ import annotations

import re
from functools import cache

from ..lexicon import cue_pairs, cue_words, load_action_verbs

# Present-tense forms of irregular verbs, so a current role's "Lead" or "Run" counts as strong.
_IRREGULAR_PRESENT = cue_pairs("irregular-present")


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
WEAK_STARTS = frozenset(cue_words("weak-starts"))
_COMMON_PAST = frozenset(cue_words("common-past"))


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
