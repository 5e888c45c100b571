"""Match a profile against a job posting: the posting's keywords found with the same lexicons,
plus its frequent phrases; which the resume shows, which it misses, and where it says the same
thing in another form.

A keyword is a concept, not a lexicon entry: an entry's names (its `aliases`) and the phrases that
only show it (`shows`) are the entry's own concept, and each concept it `includes` (a product, a
practice, a body such as a steering committee) is one of its own.  A concept is matched only by
itself (any of its forms), or by the posting's own words written in the resume: "steering
committee" is not matched by "facilitated", nor "RAID logs" by a storage RAID.  A different wording
is offered (PC904) only between two names of one concept, and only when the posting's words are
not in the resume already, plural, hyphens and role aside: "project management" is there when the
resume says "project manager", "cross-functional team" when it says "cross functional teams"."""
from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import Iterable

from .definitions import JOB_MATCH_TARGET as TARGET  # noqa: F401 (re-exported)
from .lexicon import SHOWS, cue_words, load_all, sense_of
from .models import Facts, JobMatch, Match, Profile

GROUPS = ("hard_skills", "tools", "certifications", "methodologies", "soft_skills", "keywords")
STOPWORDS = frozenset(cue_words("posting-stopwords"))
_WORD = re.compile(r"[A-Za-z][A-Za-z+#./-]*[A-Za-z+#]|[A-Za-z]")
_GROUP_OF_KIND = {
    "technical": "hard_skills",
    "competency": "hard_skills",
    "tool": "tools",
    "certification": "certifications",
    "methodology": "methodologies",
    "soft": "soft_skills",
}
_KIND_ORDER = ("technical", "competency", "tool", "certification", "methodology", "soft")


# ---------------------------------------------------------------- folding: what a literal filter ignores

_TOKEN = re.compile(r"[a-z0-9+#]+")
# A role and its discipline are one keyword: the last word of "project manager" and "project
# management" folds to the same stem.
_ROLE_STEMS = {
    "manager": "manag", "management": "manag",
    "engineer": "engineer", "engineering": "engineer",
    "developer": "develop", "development": "develop",
    "analyst": "analy", "analysis": "analy", "analytics": "analy",
    "administrator": "administ", "administration": "administ",
    "coordinator": "coordinat", "coordination": "coordinat",
    "architect": "architect", "architecture": "architect",
    "consultant": "consult", "consulting": "consult",
    "planner": "plan", "planning": "plan",
    "scheduler": "schedul", "scheduling": "schedul",
    "tester": "test", "testing": "test",
    "leader": "lead", "leadership": "lead",
    "facilitator": "facilitat", "facilitation": "facilitat",
    "trainer": "train", "training": "train",
    "designer": "design", "design": "design",
}


def _singular(word: str) -> str:
    if len(word) <= 3 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    return word[:-1]


@cache
def _fold_word(word: str) -> str:
    word = _singular(word)
    return _ROLE_STEMS.get(word, word)


def fold(text: str) -> str:
    """A phrase as a literal keyword filter sees it: lower case, words only (hyphens, slashes and
    line breaks are spaces), each word singular, a role and its discipline alike."""
    return " ".join(_fold_word(word) for word in _TOKEN.findall(text.lower()))


# Words that add nothing a filter looks for: "communication skills" is in "strong communication".
_GENERIC_TAIL = frozenset({"skill", "experience", "methodology", "framework", "principle", "practice", "knowledge", "background"})


def _core(folded: str) -> str:
    words = folded.split()
    while len(words) > 1 and words[-1] in _GENERIC_TAIL:
        words.pop()
    return " ".join(words)


def _contains(folded_text: str, folded_phrase: str) -> bool:
    return bool(folded_phrase) and f" {folded_phrase} " in folded_text


# ---------------------------------------------------------------- concepts


class _Concept:
    __slots__ = ("kind", "id", "sense", "name", "names", "forms")

    def __init__(self, kind: str, entry_id: str, sense: str, name: str):
        self.kind, self.id, self.sense, self.name = kind, entry_id, sense, name
        self.names: list[str] = []  # the forms written that are names of the concept, first first
        self.forms: list[str] = []  # every form written


@cache
def _entries() -> dict[tuple[str, str], object]:
    lex = load_all()
    return {(kind, entry.id): entry for kind in _GROUP_OF_KIND for entry in lex.entries(kind)}


def concepts(hits: Iterable[Match]) -> dict[tuple[str, str, str], _Concept]:
    """(kind, entry id, sense) -> the concept and how it was written, in order of first mention;
    the sense is "" for the entry itself, else the name of a concept it includes."""
    entries = _entries()
    found: dict[tuple[str, str, str], _Concept] = {}
    for hit in hits:
        if hit.kind not in _GROUP_OF_KIND:
            continue
        surface = " ".join(hit.evidence.text.split())
        sense = sense_of(entries.get((hit.kind, hit.id)), surface)
        own = "" if sense == SHOWS else sense
        key = (hit.kind, hit.id, own)
        concept = found.get(key)
        if concept is None:
            concept = found[key] = _Concept(hit.kind, hit.id, own, _display(own) if own else hit.name)
        if surface not in concept.forms:
            concept.forms.append(surface)
        if sense != SHOWS and surface not in concept.names:
            concept.names.append(surface)
    return found


def _display(name: str) -> str:
    """An included concept's name as a keyword: "Steering committee", "PMO", "Kubernetes"."""
    return name[:1].upper() + name[1:] if name[:1].islower() else name


def _one_reading(hits: Iterable[Match]) -> list[Match]:
    """A name read both as a certification and as a method at one place ("PRINCE2 certification")
    is the certification the posting asks for, counted once."""
    hits = list(hits)
    certified = [(hit.evidence.start, hit.evidence.end) for hit in hits if hit.kind == "certification"]
    return [
        hit for hit in hits
        if hit.kind != "methodology" or not any(start <= hit.evidence.start and hit.evidence.end <= end for start, end in certified)
    ]


def _ordered(found: dict[tuple[str, str, str], _Concept]) -> list[_Concept]:
    return sorted(found.values(), key=lambda concept: _KIND_ORDER.index(concept.kind))  # stable: text order within a kind


# ---------------------------------------------------------------- frequent phrases


def frequent_phrases(text: str, known: Iterable[str], limit: int = 8) -> list[str]:
    """Two- and three-word phrases the posting repeats, not already covered by the lexicons (a
    phrase that is a known keyword but for plural, hyphens or role is the same keyword)."""
    counts: Counter = Counter()
    written: dict[str, Counter] = {}
    for sentence in re.split(r"[.\n;:•()]+", text):
        words = _WORD.findall(sentence)
        lowered = [word.lower() for word in words]
        for size in (2, 3):
            for index in range(len(words) - size + 1):
                gram = lowered[index:index + size]
                if gram[0] in STOPWORDS or gram[-1] in STOPWORDS or any(len(word) < 3 for word in gram):
                    continue
                folded = fold(" ".join(gram))
                counts[folded] += 1
                written.setdefault(folded, Counter())[" ".join(gram)] += 1
    longest: dict[str, int] = {}  # two words -> the count of the most frequent three-word phrase around them
    for folded, count in counts.items():
        words = folded.split()
        if len(words) == 3:
            for part in (" ".join(words[:2]), " ".join(words[1:])):
                longest[part] = max(longest.get(part, 0), count)
    covered = {fold(item) for item in known}
    covered.discard("")
    phrases: list[str] = []
    chosen: list[str] = []
    for folded, count in counts.most_common():
        if count < 2 or len(phrases) >= limit:
            break
        if any(_contains(f" {item} ", folded) or _contains(f" {folded} ", item) for item in (*covered, *chosen)):
            continue
        if longest.get(folded, 0) >= count:
            continue  # only ever part of a longer phrase: "technical project" of "technical project manager"
        chosen.append(folded)
        phrases.append(written[folded].most_common(1)[0][0])
    return phrases


# ---------------------------------------------------------------- the match


def match_job(profile: Profile, facts: Facts, posting: str) -> JobMatch:
    from .nlp.matching import match_text

    wanted = concepts(_one_reading(match_text(posting).hits))
    have = concepts(facts.hits)
    resume_text = f" {fold(profile.text)} "
    matched: dict[str, list[str]] = {group: [] for group in GROUPS}
    missing: dict[str, list[str]] = {group: [] for group in GROUPS}
    variants: list[dict] = []
    offered: set[str] = set()
    for concept in _ordered(wanted):
        group = _GROUP_OF_KIND[concept.kind]
        if concept.name in matched[group] or concept.name in missing[group]:
            continue  # two entries of one name (a method and its certification are apart)
        mine = have.get((concept.kind, concept.id, concept.sense))
        shown = mine is not None or _written(concept, resume_text)
        (matched if shown else missing)[group].append(concept.name)
        if mine is None or not mine.names or not concept.names:
            continue  # another wording is offered only between two names of one concept
        if any(_contains(resume_text, _core(fold(form))) for form in concept.forms):
            continue  # the posting's own words are there already
        folded = fold(concept.names[0])
        if folded not in offered:
            offered.add(folded)
            variants.append({"posting": concept.names[0], "resume": mine.names[0]})
    known = [name for concept in wanted.values() for name in (concept.name, *concept.forms)]
    for phrase in frequent_phrases(posting, known):
        (matched if _contains(resume_text, fold(phrase)) else missing)["keywords"].append(phrase)
    total = sum(len(value) for value in matched.values()) + sum(len(value) for value in missing.values())
    rate = round(100.0 * sum(len(value) for value in matched.values()) / total, 1) if total else 0.0
    return JobMatch(
        match_rate=rate,
        matched={key: tuple(value) for key, value in matched.items()},
        missing={key: tuple(value) for key, value in missing.items()},
        variants=tuple(variants),
    )


def _written(concept: _Concept, resume_text: str) -> bool:
    """The resume writes the concept in words the lexicons do not hold as such: "project manager"
    for "project management" (phrases of two words or more: a lone word may mean anything)."""
    for form in (concept.name, *concept.forms):
        folded = fold(form)
        if " " in folded and _contains(resume_text, folded):
            return True
    return False
