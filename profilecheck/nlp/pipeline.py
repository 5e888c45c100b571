"""The spaCy side of matching, built once per process.

* The text is normalised first (normalise.py: marks gone, hyphens, slashes and line breaks as
  spaces, dotted acronyms closed up, with a map back to the original offsets); case is kept
  (case-sensitive aliases need it) and the phrase matcher compares lower-case NORMs.
* `get_pipeline()` builds spaCy's English tokenizer once (without the English special-case table, which
  only serves contractions and costs most of the tokenizing time; built directly, without
  `spacy.blank("en")`'s config machinery, which costs as much again), one PhraseMatcher over every
  lexicon alias, and a token Matcher for metrics.  Nothing is downloaded; no model is loaded.
* Start-up: tokenizing the ~3,000 patterns is most of the build, so the tokenized patterns are kept
  in the user cache folder (`matcher-*.json`, see usercache.py), keyed by the lexicon files, this
  code and the spaCy version, verified by a checksum, rebuilt when missing, stale or damaged, never
  read or written under PROFILECHECK_NO_CACHE=1.  The full PhraseMatcher and the metric Matcher are
  built on first use; a short text (a headline) met before that is matched by a small PhraseMatcher
  of only the patterns whose every token occurs in it, which finds exactly the same matches.
* Near misses: long product names typed wrong ("Smartsheeet") are corrected token by token with
  rapidfuzz before the phrase matcher runs (the corrected NORM is what it compares), and names
  split by a space ("Service Now") are extra patterns that count only when both parts are capitalised.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Optional

import spacy
from spacy.attrs import IDS as ATTRIBUTE_IDS
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from .. import __version__, collector, lexicon, usercache
from ..resources import lexicon_dir
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
            from rapidfuzz import process
            from rapidfuzz.distance import OSA

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


class Pipeline:
    """The tokenizer, the pattern table and what is derived from it.  `phrases` (every pattern)
    and `metrics` are built on first use; `match_phrases` answers a short text before that."""

    SMALL_DOC = 80  # tokens: up to this many, a text met before the full matcher is matched by a small one
    SMALL_LIMIT = 20  # small matchers built before the full one is built anyway

    def __init__(self, nlp, infos, fuzzy, levels, level_order, refs, lexicons, table):
        self.nlp = nlp
        self.infos: dict[int, PatternInfo] = infos
        self.fuzzy: FuzzyIndex = fuzzy
        self.levels: dict[str, dict[int, tuple[tuple[tuple[int, ...], str], ...]]] = levels  # cert id -> first LOWER hash -> ((LOWER hashes, level), ...) longest first
        self.level_order: dict[str, dict[str, int]] = level_order  # cert id -> level -> rank (the lexicon's order; later is higher)
        self.refs: dict[tuple[str, str], tuple[tuple[str, float], ...]] = refs  # (kind, id) -> ((specialization id, weight), ...)
        self.lexicons: "lexicon.Lexicons" = lexicons
        self.table: list[tuple[str, list]] = table  # (key, [(words, spaces, NORMs or None: the lower-case words)])
        self._phrases: Optional[PhraseMatcher] = None
        self._metrics: Optional[tuple[Matcher, dict[int, str]]] = None
        self._by_norm: Optional[dict[str, list[tuple[int, int]]]] = None
        self._small_builds = 0

    def make_doc(self, text: str) -> tuple[Doc, Normalised]:
        """Normalise and tokenize (no pipeline components run: there are none)."""
        norm = normalise(text)
        return self.nlp.make_doc(norm.text), norm

    @property
    def patterns(self) -> tuple[dict, ...]:
        """Every phrase pattern as data (pattern_data), made when asked."""
        return tuple(pattern_data(self.lexicons))

    @property
    def phrases(self) -> PhraseMatcher:
        """One PhraseMatcher over every pattern (on NORM), built from the pattern table."""
        if self._phrases is None:
            vocab = self.nlp.vocab
            phrases = PhraseMatcher(vocab, attr="NORM")
            for key, docs in self.table:
                phrases.add(key, [Doc(vocab, words=words, spaces=spaces) for words, spaces, _ in docs])
            self._phrases = phrases
        return self._phrases

    @property
    def metrics(self) -> Matcher:
        if self._metrics is None:
            self._metrics = _metric_matcher(self.nlp)
        return self._metrics[0]

    @property
    def metric_labels(self) -> dict[int, str]:
        if self._metrics is None:
            self._metrics = _metric_matcher(self.nlp)
        return self._metrics[1]

    def match_phrases(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The phrase matches of `doc`, as `phrases(doc)` gives them."""
        if self._phrases is None and len(doc) <= self.SMALL_DOC and self._small_builds < self.SMALL_LIMIT:
            self._small_builds += 1
            return self._small_matcher(doc)(doc)
        return self.phrases(doc)

    def _small_matcher(self, doc: Doc) -> PhraseMatcher:
        """A PhraseMatcher of only the patterns whose every token's NORM occurs in `doc`: no
        other pattern can match.  Keys and patterns go in in the table's order, so each
        pattern's keys are stored, and reported, exactly as in the full matcher."""
        if self._by_norm is None:
            by_norm: dict[str, list[tuple[int, int]]] = {}
            for key_index, (_, docs) in enumerate(self.table):
                for doc_index, (words, _, norms) in enumerate(docs):
                    if words:
                        by_norm.setdefault(norms[0] if norms else words[0].lower(), []).append((key_index, doc_index))
            self._by_norm = by_norm
        present = {token.norm_ for token in doc}
        chosen: dict[int, list[int]] = {}
        for norm in present:
            for key_index, doc_index in self._by_norm.get(norm, ()):
                words, _, norms = self.table[key_index][1][doc_index]
                if all(other in present for other in norms) if norms else all(word.lower() in present for word in words):
                    chosen.setdefault(key_index, []).append(doc_index)
        vocab = self.nlp.vocab
        phrases = PhraseMatcher(vocab, attr="NORM")
        for key_index in sorted(chosen):
            key, docs = self.table[key_index]
            picked = [docs[index] for index in sorted(chosen[key_index])]
            phrases.add(key, [Doc(vocab, words=words, spaces=spaces) for words, spaces, _ in picked])
        return phrases


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


# The lexical attributes of a token that profilecheck reads (tokens' .lower_, .norm_,
# .like_num, .is_alpha, .is_title, .is_upper; LOWER, NORM, LIKE_NUM and IS_ALPHA in matcher
# patterns) and the vocabulary's language; tests/test_startup_and_rerun.py looks for any other.
LEXEME_ATTRIBUTES = ("LANG", "LOWER", "NORM", "LIKE_NUM", "IS_ALPHA", "IS_TITLE", "IS_UPPER")
_LEXEME_ATTRIBUTE_IDS = frozenset(ATTRIBUTE_IDS[name] for name in LEXEME_ATTRIBUTES)


class _English:
    """spaCy's English tokenizer on a vocab of its own, without spacy.blank("en")'s config
    resolution and without the English special cases (contractions, "a.m.", emoticons), which
    are irrelevant to lexicon matching and make tokenizing ~30x slower (every special case is
    searched for in every text).  The same tokens, lexemes and NORMs as spacy.blank("en") with
    `tokenizer.rules = {}` (tests/test_matching.py compares them)."""

    pipe_names: list[str] = []  # no components: make_doc is the whole pipeline

    def __init__(self):
        from spacy import util
        from spacy.lang.en import English
        from spacy.tokenizer import Tokenizer
        from spacy.vocab import create_vocab

        defaults = English.Defaults
        self.lang = "en"
        self.vocab = create_vocab("en", defaults)
        self.tokenizer = Tokenizer(
            self.vocab,
            rules={},
            prefix_search=util.compile_prefix_regex(defaults.prefixes).search,
            suffix_search=util.compile_suffix_regex(defaults.suffixes).search,
            infix_finditer=util.compile_infix_regex(defaults.infixes).finditer,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )
        # A word met for the first time gets each lexical attribute worked out by a Python
        # function; only those profilecheck reads are (LEXEME_ATTRIBUTES): the others (shape,
        # prefix, suffix, stop word, URL, e-mail, punctuation kinds...) stay unset.
        getters = self.vocab.lex_attr_getters
        self.vocab.lex_attr_getters = {attr: getters[attr] for attr in getters if attr in _LEXEME_ATTRIBUTE_IDS}
        # spaCy's 1M-character guard protects parser and NER memory; this pipeline has neither, and
        # the readers keep up to 2M characters of a text input.
        self.max_length = 10_000_000

    def make_doc(self, text: str) -> Doc:
        if len(text) > self.max_length:
            raise ValueError(f"text of {len(text)} characters is over the tokenizer's limit of {self.max_length}")
        return self.tokenizer(text)


def _build_nlp():
    return _English()


# ---------------------------------------------------------------- the pattern table, stored

STORE_FORMAT = 2
_STORE_SOURCES = ("nlp/pipeline.py", "nlp/normalise.py", "nlp/amounts.py", "lexicon.py")


def store_key() -> str:
    """What the stored pattern table depends on: the lexicon files, the code that turns them
    into patterns and tokens, and the spaCy version (its tokenizer and NORMs)."""
    digest = hashlib.sha256(f"{STORE_FORMAT}|{__version__}|{spacy.__version__}".encode())
    for entry in sorted(lexicon_dir().iterdir(), key=lambda item: item.name):
        if entry.name.endswith(".toml"):
            digest.update(entry.name.encode())
            digest.update(entry.read_bytes())
    package = Path(__file__).resolve().parent.parent
    for name in _STORE_SOURCES:
        try:
            digest.update((package / name).read_bytes())
        except OSError:
            digest.update(name.encode())
    return digest.hexdigest()[:20]


def store_path(key: Optional[str] = None) -> str:
    return os.path.join(usercache.cache_folder(), f"matcher-{spacy.__version__}-{key or store_key()}.json")


def _tokenized(nlp, lex: "lexicon.Lexicons") -> dict:
    """The pattern table: phrase-matcher keys in order, each with its patterns' tokens (words,
    trailing spaces, and NORMs where they are not simply the lower-case words), the words of
    every pattern, and the words a typo may be corrected to."""
    rows = pattern_data(lex)
    grouped: dict[tuple, list[str]] = {}
    for row in rows:
        grouped.setdefault((row["label"], row["id"], row["mode"], row["cue"], row["weight"]), []).append(row["pattern"])
    table = []
    known_words: set[str] = set()
    for (label, entry_id, mode, cue, weight), texts in grouped.items():
        docs = []
        for text in dict.fromkeys(texts):
            doc = nlp.make_doc(text)
            words = [token.text for token in doc]
            norms = [token.norm_ for token in doc]
            docs.append([words, [bool(token.whitespace_) for token in doc], None if norms == [word.lower() for word in words] else norms])
            known_words.update(token.lower_ for token in doc)
        table.append([label, entry_id, mode, cue, weight, docs])
    return {"table": table, "known_words": sorted(known_words), "fuzzy_targets": sorted(_fuzzy_targets(rows, lex))}


def _load_stored(path: str, key: str) -> Optional[dict]:
    """The stored table, or None when it is missing, for other inputs, or damaged in any way."""
    try:
        with open(path, "rb") as handle:
            header = json.loads(handle.readline())
            body = handle.read()
        if header.get("format") != STORE_FORMAT or header.get("key") != key:
            return None
        if hashlib.sha256(body).hexdigest() != header.get("sha256"):
            return None
        data = json.loads(body)
        table, known, targets = data["table"], data["known_words"], data["fuzzy_targets"]
        if not (isinstance(table, list) and isinstance(known, list) and isinstance(targets, list)):
            return None
        for label, entry_id, mode, cue, weight, docs in table:
            if not (isinstance(label, str) and isinstance(entry_id, str) and isinstance(mode, str) and isinstance(cue, bool) and isinstance(weight, (int, float))):
                return None
            for words, spaces, norms in docs:
                if len(words) != len(spaces) or (norms is not None and len(norms) != len(words)):
                    return None
        return data
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None


def _store(path: str, key: str, data: dict) -> None:
    """Write the table atomically (a reader never sees half a file); any failure is ignored."""
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    header = json.dumps({"format": STORE_FORMAT, "key": key, "sha256": hashlib.sha256(body).hexdigest()}).encode()
    folder = os.path.dirname(path)
    temporary = None
    try:
        os.makedirs(folder, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(prefix=".matcher-", suffix=".tmp", dir=folder)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(header + b"\n" + body)
        os.replace(temporary, path)
        temporary = None
    except OSError:
        pass
    finally:
        if temporary is not None:
            try:
                os.unlink(temporary)
            except OSError:
                pass


def pattern_table(nlp, lex: "lexicon.Lexicons") -> dict:
    """The tokenized pattern table: from the user cache folder when a valid one is there, else
    built (and stored for the next process)."""
    use_store = usercache.cache_readable()  # batch --no-cache reads it, writes nothing
    if use_store:
        try:
            key = store_key()
        except OSError:
            use_store = False
    if use_store:
        path = store_path(key)
        data = _load_stored(path, key)
        if data is not None:
            return data
    data = _tokenized(nlp, lex)
    if use_store and usercache.caching_allowed():
        _store(path, key, data)
    return data


@cache
def get_pipeline() -> Pipeline:
    """The process-wide pipeline; built on first use."""
    with collector.paused_while_building():
        return _build_pipeline()


def _build_pipeline() -> Pipeline:
    global BUILDS
    BUILDS += 1
    lex = lexicon.load_all()
    nlp = _build_nlp()
    data = pattern_table(nlp, lex)
    infos: dict[int, PatternInfo] = {}
    table: list[tuple[str, list]] = []
    strings = nlp.vocab.strings
    for label, entry_id, mode, cue, weight, docs in data["table"]:
        key = f"{label}|{entry_id}|{mode}|{int(cue)}|{weight}"
        table.append((key, docs))
        cased = mode != "any"
        # the patterns' normalised texts (a Doc's words and spaces give its text back exactly)
        unique = ["".join(word + " " * space for word, space in zip(words, spaces)) for words, spaces, _ in docs] if cased else ()
        infos[strings.add(key)] = PatternInfo(
            label=label,
            id=entry_id,
            mode=mode,
            cue=cue,
            weight=weight,
            surfaces=frozenset(unique) if cased else frozenset(),
            upper=frozenset(text.upper() for text in unique if text.upper() != text) if cased else frozenset(),
        )
    targets = data["fuzzy_targets"]
    by_letter: dict[str, list[str]] = {}
    for word in targets:
        by_letter.setdefault(word[0], []).append(word)
    fuzzy = FuzzyIndex(by_letter=by_letter, known=frozenset(data["known_words"]).union(targets))
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
        infos=infos,
        fuzzy=fuzzy,
        levels=levels,
        level_order=level_order,
        refs={key: tuple(value) for key, value in refs.items()},
        lexicons=lex,
        table=table,
    )


def _fuzzy_targets(rows: list[dict], lex: "lexicon.Lexicons") -> set[str]:
    """Long single-word names (and brand words of tool names) that a typo may be corrected to."""
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
    return targets


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
