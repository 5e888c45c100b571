"""The spaCy side of matching, built once per process.

* The text is normalised first (normalise.py: marks gone, hyphens, slashes and line breaks as
  spaces, dotted acronyms closed up, with a map back to the original offsets); case is kept
  (case-sensitive aliases need it) and the phrase matcher compares lower-case NORMs.
* `get_pipeline()` builds `spacy.blank("en")` once (its tokenizer without the English special-case
  table, which only serves contractions and costs most of the tokenizing time), one PhraseMatcher over
  every lexicon alias, and a token Matcher for metrics.  Nothing is downloaded; no model is loaded.
* Near misses: long product names typed wrong ("Smartsheeet") are corrected token by token with
  rapidfuzz before the phrase matcher runs (the corrected NORM is what it compares), and names
  split by a space ("Service Now") are extra patterns that count only when both parts are capitalised.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Optional

import spacy
from rapidfuzz import process
from rapidfuzz.distance import OSA
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from .. import lexicon
from .amounts import NEEDLE_WORDS
from .normalise import Normalised, normalise

# ---------------------------------------------------------------- patterns

KINDS = ("certification", "tool", "methodology", "technical", "competency", "soft")
SPEC_WEIGHTS = {"title": 3.0, "signal": 1.0, "ref": 1.5, "weak": 0.5}


@dataclass(frozen=True)
class PatternInfo:
    """What one phrase-matcher key stands for.  One key per (label, id, mode, cue, weight)."""

    label: str  # a KINDS value, "specialization", "weak_phrase" or "buzzword"
    id: str
    mode: str  # any | case | proper | list | split
    cue: bool = False
    weight: float = 0.0  # specializations only
    surfaces: frozenset = frozenset()  # case-sensitive modes: the accepted normalised spellings
    upper: frozenset = frozenset()  # ... and their all-capitals forms


@dataclass
class FuzzyIndex:
    """Long single-word names that a typo may be corrected to."""

    by_letter: dict[str, list[str]]
    known: frozenset  # every word of every alias: never corrected
    cache: dict[str, Optional[str]] = field(default_factory=dict)

    def correct(self, word: str) -> Optional[str]:
        if word in self.cache:
            return self.cache[word]
        result = None
        choices = self.by_letter.get(word[0])
        if choices:
            best = process.extractOne(word, choices, scorer=OSA.distance, score_cutoff=2)
            if best is not None:
                target, distance = best[0], best[1]
                limit = 2 if len(target) >= 12 and len(word) >= 11 else 1
                if distance <= limit and abs(len(target) - len(word)) <= limit:
                    result = target
        if len(self.cache) > 200_000:
            self.cache.clear()
        self.cache[word] = result
        return result


@dataclass
class Pipeline:
    nlp: "spacy.language.Language"
    phrases: PhraseMatcher
    metrics: Matcher
    infos: dict[int, PatternInfo]
    patterns: tuple[dict, ...]
    fuzzy: FuzzyIndex
    levels: dict[str, dict[int, tuple[tuple[tuple[int, ...], str], ...]]]  # cert id -> first LOWER hash -> ((LOWER hashes, level), ...) longest first
    level_order: dict[str, dict[str, int]]  # cert id -> level -> rank (the lexicon's order; later is higher)
    refs: dict[tuple[str, str], tuple[tuple[str, float], ...]]  # (kind, id) -> ((specialization id, weight), ...)
    lexicons: "lexicon.Lexicons"
    metric_labels: dict[int, str]

    def make_doc(self, text: str) -> tuple[Doc, Normalised]:
        """Normalise and tokenize (no pipeline components run: there are none)."""
        norm = normalise(text)
        return self.nlp.make_doc(norm.text), norm


BUILDS = 0  # how many times the pipeline was built in this process (the tests check it stays 1)

_FUZZY_MIN = 7
_LONG_WORD = re.compile(r"(?<![a-z0-9])[a-z]{7,}(?![a-z0-9])")


def pattern_data(lexicons: Optional["lexicon.Lexicons"] = None) -> list[dict]:
    """Every phrase pattern as data: {label, pattern, id, mode, cue, weight}."""
    lex = lexicons or lexicon.load_all()
    rows: list[dict] = []

    def add(label: str, entry_id: str, alias: "lexicon.Alias", weight: float = 0.0) -> None:
        text = normalise(alias.text).text.strip()
        rows.append({"label": label, "pattern": text, "id": entry_id, "mode": alias.mode, "cue": alias.cue, "weight": weight})

    for kind in KINDS:
        for entry in lex.entries(kind):
            for alias in entry.aliases:
                add(kind, entry.id, alias)
    for spec in lex.specializations:
        for alias in spec.titles:
            add("specialization", spec.id, alias, SPEC_WEIGHTS["title"])
        for alias in spec.signals:
            add("specialization", spec.id, alias, SPEC_WEIGHTS["signal"])
    for phrase in lex.weak_phrases:
        for alias in phrase.aliases:
            add("weak_phrase", phrase.id, alias)
    for buzz in lex.buzzwords:
        for alias in buzz.aliases:
            add("buzzword", buzz.id, alias)
    # words that tell the metric search what to look for ("usd", "million", "percent")
    for word in NEEDLE_WORDS:
        rows.append({"label": "needle", "pattern": word, "id": word, "mode": "any", "cue": False, "weight": 0.0})
    # "Service Now", "Share Point": long one-word names written as two capitalised words
    seen = {(row["label"], row["pattern"].lower()) for row in rows}
    for row in list(rows):
        word = row["pattern"]
        if row["label"] not in ("tool", "technical", "certification", "methodology") or row["mode"] != "any":
            continue
        if len(word) < _FUZZY_MIN or not word.isalpha():
            continue
        for cut in range(3, len(word) - 2):
            split = f"{word[:cut]} {word[cut:]}"
            if (row["label"], split.lower()) in seen:
                continue
            seen.add((row["label"], split.lower()))
            rows.append({**row, "pattern": split, "mode": "split"})
    return rows


def _build_nlp():
    nlp = spacy.blank("en")
    # The English special cases (contractions, "a.m.", emoticons) are irrelevant to lexicon matching
    # and make tokenizing ~30x slower (every special case is searched for in every text).
    nlp.tokenizer.rules = {}
    # spaCy's 1M-character guard protects parser and NER memory; this pipeline has neither, and the
    # readers keep up to 2M characters of a text input.
    nlp.max_length = 10_000_000
    return nlp


@cache
def get_pipeline() -> Pipeline:
    """The process-wide pipeline; built on first use."""
    global BUILDS
    BUILDS += 1
    lex = lexicon.load_all()
    nlp = _build_nlp()
    rows = pattern_data(lex)
    grouped: dict[tuple, list[str]] = {}
    for row in rows:
        grouped.setdefault((row["label"], row["id"], row["mode"], row["cue"], row["weight"]), []).append(row["pattern"])
    phrases = PhraseMatcher(nlp.vocab, attr="NORM")
    infos: dict[int, PatternInfo] = {}
    known_words: set[str] = set()
    for (label, entry_id, mode, cue, weight), texts in grouped.items():
        key = f"{label}|{entry_id}|{mode}|{int(cue)}|{weight}"
        unique = list(dict.fromkeys(texts))
        docs = [nlp.make_doc(text) for text in unique]
        phrases.add(key, docs)
        for doc in docs:
            known_words.update(token.lower_ for token in doc)
        cased = mode != "any"
        infos[nlp.vocab.strings[key]] = PatternInfo(
            label=label,
            id=entry_id,
            mode=mode,
            cue=cue,
            weight=weight,
            surfaces=frozenset(unique) if cased else frozenset(),
            upper=frozenset(text.upper() for text in unique if text.upper() != text) if cased else frozenset(),
        )
    fuzzy = _fuzzy_index(rows, known_words, lex)
    metrics, metric_labels = _metric_matcher(nlp)
    levels: dict[str, dict[int, tuple[tuple[tuple[int, ...], str], ...]]] = {}
    level_order: dict[str, dict[str, int]] = {}
    for cert in lex.certifications:
        if not cert.levels:
            continue
        by_first: dict[int, list[tuple[tuple[int, ...], str]]] = {}
        for level in cert.levels:
            tokens = tuple(token.lower for token in nlp.make_doc(normalise(level).text.strip()))
            by_first.setdefault(tokens[0], []).append((tokens, level))
        levels[cert.id] = {first: tuple(sorted(found, key=lambda item: -len(item[0]))) for first, found in by_first.items()}
        level_order[cert.id] = {level: rank for rank, level in enumerate(cert.levels)}
    refs: dict[tuple[str, str], list[tuple[str, float]]] = {}
    for spec in lex.specializations:
        for ref in spec.refs:
            kind, _, ref_id = ref.partition(":")
            refs.setdefault((kind, ref_id), []).append((spec.id, SPEC_WEIGHTS["ref"]))
        for ref in spec.weak:
            kind, _, ref_id = ref.partition(":")
            refs.setdefault((kind, ref_id), []).append((spec.id, SPEC_WEIGHTS["weak"]))
    return Pipeline(
        nlp=nlp,
        phrases=phrases,
        metrics=metrics,
        infos=infos,
        patterns=tuple(rows),
        fuzzy=fuzzy,
        levels=levels,
        level_order=level_order,
        refs={key: tuple(value) for key, value in refs.items()},
        lexicons=lex,
        metric_labels=metric_labels,
    )


def _fuzzy_index(rows: list[dict], known_words: set[str], lex: "lexicon.Lexicons") -> FuzzyIndex:
    generic: set[str] = set()
    for kind in ("competency", "soft"):
        for entry in lex.entries(kind):
            for alias in entry.aliases:
                generic.update(alias.key.split())
    targets: set[str] = set()
    for row in rows:
        if row["label"] not in ("tool", "technical", "certification", "methodology") or row["mode"] != "any":
            continue
        words = row["pattern"].lower().split()
        if len(words) == 1 and words[0].isalpha() and len(words[0]) >= _FUZZY_MIN:
            targets.add(words[0])
        elif row["label"] == "tool" and words and words[0].isalpha() and len(words[0]) >= _FUZZY_MIN and words[0] not in generic:
            targets.add(words[0])  # brand words: "microsoft", "atlassian"
    by_letter: dict[str, list[str]] = {}
    for word in sorted(targets):
        by_letter.setdefault(word[0], []).append(word)
    return FuzzyIndex(by_letter=by_letter, known=frozenset(known_words | targets))


def apply_fuzzy(pipe: Pipeline, doc: Doc, norm: Normalised) -> int:
    """Correct long near-miss words in place (token NORM); returns how many tokens changed."""
    lower = norm.text.lower()
    if len(lower) != len(norm.text):
        return 0
    candidates = set(_LONG_WORD.findall(lower)) - pipe.fuzzy.known
    changed = 0
    for word in candidates:
        target = pipe.fuzzy.correct(word)
        if target is None:
            continue
        for match in re.finditer(rf"(?<![a-z0-9]){word}(?![a-z0-9])", lower):
            span = doc.char_span(match.start(), match.end())
            if span is not None and len(span) == 1:
                span[0].norm_ = target
                changed += 1
    return changed


# ---------------------------------------------------------------- metric token patterns

# The words around a number that make it a metric (lexicons/cue_words.toml).
LEAD_VERBS = list(lexicon.cue_words("lead-verbs"))
PEOPLE_NOUNS = list(lexicon.cue_words("people-nouns"))
TEAM_WORDS = list(lexicon.cue_words("team-words"))
COUNT_NOUNS = list(lexicon.cue_words("count-nouns"))
SCALE_WORDS = ["k", "m", "mm", "million", "thousand", "b", "bn", "billion"]
TIME_UNITS = list(lexicon.cue_words("time-units"))
TIME_QUALIFIERS = list(lexicon.cue_words("time-qualifiers"))


def _metric_matcher(nlp) -> tuple[Matcher, dict[int, str]]:
    """Metric patterns.  Each starts at its number (or at "of" in "team of 12"); the words in
    between are plain IS_ALPHA slots and only the closing unit word is a set test.  Set tests
    (IN/NOT_IN) cost a Python call per token and state, so what they would check in the middle of a
    pattern (the leading verb, "team" before "of", fillers that must not be nouns) is checked on the
    matches instead (metrics.token_metrics)."""
    matcher = Matcher(nlp.vocab)
    num = {"LIKE_NUM": True}
    plus = {"ORTH": "+", "OP": "?"}
    word = {"IS_ALPHA": True, "OP": "?"}
    matcher.add("TEAM_OF", [[{"LOWER": "of"}, word, word, num]])
    matcher.add("TEAM_WORD", [[num, plus, {"LOWER": {"IN": TEAM_WORDS}}]])
    matcher.add("TEAM_PEOPLE", [[num, plus, word, word, word, {"LOWER": {"IN": PEOPLE_NOUNS}}]])
    matcher.add("TEAM_REPORTS", [[num, plus, {"LOWER": "direct"}, {"LOWER": {"IN": ["reports", "report"]}}], [num, plus, {"LOWER": {"IN": ["ftes", "fte"]}}]])
    matcher.add("COUNT", [[num, plus, word, word, {"LOWER": {"IN": COUNT_NOUNS}}]])
    matcher.add("DURATION", [[num, plus, word, {"LOWER": {"IN": TIME_UNITS}}]])
    labels = {nlp.vocab.strings[name]: name for name in ("TEAM_OF", "TEAM_WORD", "TEAM_PEOPLE", "TEAM_REPORTS", "COUNT", "DURATION")}
    return matcher, labels
