"""Find the lexicon entries and measured achievements in a profile (or in any bare text).

    find_facts(profile) -> FoundFacts
    match_text(text)    -> FoundFacts     (a headline, an About section, a job posting: section "text")

One pass of the phrase matcher over the normalised text finds every alias; each hit is then kept
or dropped by its alias mode and the entry's guards (see lexicon.py), by containment (the longest
name wins within a kind, and a tool name swallows the words inside it: "Azure DevOps" is not also
"Azure" and "DevOps"), and, for certifications, by context:

* a certification named as something other people earned ("coached the team through their PMP
  exams") is dropped;
* a method name that is also a credential ("ITIL", "PRINCE2", "AWS") needs a cue: the
  certifications section, a word such as "certified", a level ("Foundation"), a year, or (not for
  cloud platforms) another certification in the next list item: "PMP | PRINCE2 | CSM";
* it is `in_progress` when the words around it say the person is working towards it ("pursuing",
  "preparing for", "exam prep", "candidate", "expected 2026", "in progress", "35 contact hours"),
  else `held`;
* training or a course on its own ("PMP trained", "trained on PMP", "PMP course", "PMP training",
  "PMP bootcamp") is not the certification and not a claim to be working towards it: the name is
  dropped, neither held nor in progress.  (The other reading, in progress, would credit a course
  as a step to a credential the text never says the person is after; "training toward PMP" and
  "PMP exam prep" say so, and are in progress.)

One Match per entry id; its evidence is the best occurrence (experience and summary first; for
certifications, held before in progress and the certifications section first).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from typing import Optional

from spacy.attrs import IDX, LENGTH, LOWER
from spacy.strings import hash_string

from ..models import EVIDENCE_RANK as _EVIDENCE_RANK
from ..models import Achievement, Evidence, Match, Metric, Profile, Signal, specialization_strengths
from ..models import SPECIALIZATION_THRESHOLD as _SPEC_THRESHOLD
from .. import lexicon
from .metrics import collect_metrics
from .pipeline import KINDS, Normalised, Pipeline, apply_fuzzy, get_pipeline


@dataclass(frozen=True)
class FoundFacts:
    certifications: tuple[Match, ...] = ()
    tools: tuple[Match, ...] = ()
    methodologies: tuple[Match, ...] = ()
    technical: tuple[Match, ...] = ()
    competencies: tuple[Match, ...] = ()
    soft: tuple[Match, ...] = ()
    specializations: tuple[Match, ...] = ()  # strongest first
    achievements: tuple[Achievement, ...] = ()
    weak_phrases: tuple[Match, ...] = ()  # every occurrence; category = the suggested verb
    buzzwords: tuple[Match, ...] = ()  # every occurrence
    specialization_strength: tuple[tuple[str, float], ...] = ()  # (id, strength) for every specialization seen
    hits: tuple[Match, ...] = ()  # every occurrence kept, of every kind, in text order
    signals: tuple[Signal, ...] = ()  # every specialization signal, in the order they count
    metrics: tuple[tuple[int, int, Metric], ...] = ()  # every metric (start, end, Metric), in text order


_KIND_FIELD = {
    "certification": "certifications",
    "tool": "tools",
    "methodology": "methodologies",
    "technical": "technical",
    "competency": "competencies",
    "soft": "soft",
}
_CERT_RANK = {"certifications": 0, "header": 1, "summary": 2, "experience": 3, "text": 3, "education": 4, "skills": 5, "awards": 6}
_ACHIEVEMENT_SECTIONS = frozenset({"experience", "summary", "projects", "awards", "text"})
_NOT_ACHIEVEMENT_SECTIONS = frozenset({"skills", "certifications", "education", "contact", "languages", "interests", "references"})
_SWALLOWED_BY_TOOLS = frozenset({"technical", "methodology", "competency", "soft"})

# ---------------------------------------------------------------- line context

_NEWLINE = re.compile(r"\n")
# A name read across a line break whose next line goes on as a job's title
_TITLE_GOES_ON = re.compile(
    r"\s*(?:analyst|manager|engineer|developer|lead|director|specialist|coordinator|consultant|administrator|architect|"
    r"officer|technician|owner|agent|representative|supervisor|head)\b",
    re.IGNORECASE,
)
_LIST_LABEL = re.compile(
    rf"^\W*(?:(?:{lexicon.cue_pattern('list-label-modifiers')})\s+)?(?:{lexicon.cue_pattern('list-labels')})\b[^:\n]{{0,30}}:",
    re.IGNORECASE,
)
_LIST_SPLIT = re.compile(r"\s*[,;|•·▪]\s*|\t|\s{3,}")
_ITEM_SPLIT = re.compile(r"[,;|•·▪/():\t]|\s{3,}|\s(?:and|&)\s")
_CUE_ITEM_SPLIT = re.compile(r"[,;|•·▪\t]|\s{3,}")
_ITEM_REST = re.compile(r"\bv?\d[\d.x]*\b|[^\w]+")
_SENTENCE_STOPS = frozenset(".!?:;|•·▪*>")


class _Line:
    __slots__ = ("start", "text", "section", "_list", "_items", "_cue_items")

    def __init__(self, start: int, text: str, section: str):
        self.start = start
        self.text = text
        self.section = section
        self._list: Optional[bool] = None
        self._items: Optional[list[tuple[int, int]]] = None
        self._cue_items: Optional[list[tuple[int, int]]] = None

    @property
    def is_list(self) -> bool:
        if self._list is None:
            self._list = self._compute_list()
        return self._list

    def _compute_list(self) -> bool:
        if self.section in ("skills", "certifications"):
            return True
        if _LIST_LABEL.match(self.text):
            return True
        parts = [part for part in _LIST_SPLIT.split(self.text.strip()) if part.strip()]
        if len(parts) >= 3 and sum(len(part.split()) for part in parts) / len(parts) <= 3.5:
            return True
        return len(parts) >= 2 and "|" in self.text and sum(len(part.split()) for part in parts) / len(parts) <= 4

    def _spans(self, pattern: re.Pattern) -> list[tuple[int, int]]:
        spans, position = [], 0
        for match in pattern.finditer(self.text):
            spans.append((position, match.start()))
            position = match.end()
        spans.append((position, len(self.text)))
        return spans

    def cue_items(self) -> list[tuple[int, int]]:
        """The items of the line split at commas, semicolons, pipes and bullets (not at "and")."""
        if self._cue_items is None:
            self._cue_items = self._spans(_CUE_ITEM_SPLIT)
        return self._cue_items

    def item_at(self, start: int, end: int, cue: bool = False) -> tuple[int, int]:
        """The list item (line coordinates) around [start, end)."""
        if cue:
            spans = self.cue_items()
        else:
            if self._items is None:
                self._items = self._spans(_ITEM_SPLIT)
            spans = self._items
        index = _span_index(spans, start)
        if index >= 0 and end <= spans[index][1]:
            return spans[index]
        return start, end

    def is_whole_item(self, start: int, end: int) -> bool:
        """The name is a list item on its own (versions and punctuation aside)."""
        begin, finish = self.item_at(start, end)
        rest = self.text[begin:start] + " " + self.text[end:finish]
        return not _ITEM_REST.sub(" ", rest).strip()

    def sentence_initial(self, start: int) -> bool:
        position = start - 1
        while position >= 0 and self.text[position] in " \t\"'“‘":
            position -= 1
        return position < 0 or self.text[position] in _SENTENCE_STOPS or (
            self.text[position] in "-–—" and not self.text[:position].strip()
        )


class _Context:
    """The text being matched, its lines and sections."""

    def __init__(self, text: str, norm: Normalised, profile: Optional[Profile]):
        self.text = text
        self.norm = norm
        self.profile = profile
        self.line_starts = [0] + [match.end() for match in _NEWLINE.finditer(text)]
        self.needles: set[str] = set()  # metric words the phrase matcher saw
        self._lines: dict[int, _Line] = {}
        if profile is not None and profile.sections:
            ordered = sorted(profile.sections, key=lambda section: section.start)
            self._section_starts = [section.start for section in ordered]
            self._sections = ordered
        else:
            self._section_starts = []
            self._sections = []

    def section_at(self, offset: int) -> str:
        if self.profile is None:
            return "text"
        index = bisect_right(self._section_starts, offset) - 1
        if index >= 0:
            section = self._sections[index]
            if section.start <= offset < max(section.end, section.start + 1):
                return section.name
        return self.profile.section_at(offset)

    def line_index(self, offset: int) -> int:
        return bisect_right(self.line_starts, offset) - 1

    def line(self, index: int) -> _Line:
        found = self._lines.get(index)
        if found is None:
            start = self.line_starts[index]
            end = self.line_starts[index + 1] - 1 if index + 1 < len(self.line_starts) else len(self.text)
            found = _Line(start, self.text[start:end], self.section_at(start))
            self._lines[index] = found
        return found

    def line_count(self) -> int:
        return len(self.line_starts)


# ---------------------------------------------------------------- hits


class _Hit:
    __slots__ = ("label", "id", "info", "s", "e", "start", "end", "line", "section", "status", "level", "level_rank", "level_inside", "alias_end", "pending", "from_before", "key", "match", "entry", "category", "refs")

    def __init__(self, label, entry_id, info, s, e, start, end, line):
        self.label = label
        self.id = entry_id
        self.info = info
        self.s = s
        self.e = e
        self.start = start
        self.end = end
        self.line = line
        self.section = ""
        self.status: Optional[str] = None
        self.level: Optional[str] = None
        self.level_rank = -1
        self.level_inside: Optional[bool] = None  # the level is within the alias ("LSS Green Belt"), or wholly after it
        self.alias_end = end  # the end of the name as written, before the evidence grows over its level
        self.pending = False
        self.from_before = False
        self.key = ""  # specializations: the signal as written (normalised, lower case)
        self.match: Optional[Match] = None  # the Match it becomes (_every_hit), once settled
        self.entry = None  # the lexicon entry
        self.category: Optional[str] = None  # the entry's category (stage, family, group)
        self.refs: tuple = ()  # the specializations it is a signal for


@cache
def _guards() -> dict[tuple[str, str], tuple[frozenset, frozenset, Optional[re.Pattern], frozenset]]:
    lex = lexicon.load_all()
    table: dict[tuple[str, str], tuple[frozenset, frozenset, Optional[re.Pattern], frozenset]] = {}

    def add(label: str, entry) -> None:
        guards = entry.guards
        if guards:
            pattern = None
            if guards.not_with:
                pattern = re.compile(r"(?<![a-z0-9])(?:%s)(?![a-z0-9])" % "|".join(re.escape(word) for word in guards.not_with))
            table[(label, entry.id)] = (guards.not_before, guards.not_after, pattern, guards.not_alone_in)

    for kind in KINDS:
        for entry in lex.entries(kind):
            add(kind, entry)
    for entry in lex.weak_phrases:
        add("weak_phrase", entry)
    for entry in lex.buzzwords:
        add("buzzword", entry)
    return table


def _alone_on_line(text: str, begin: int, finish: int) -> bool:
    """Nothing but the name on its line, bar bullets, icons and punctuation ("• Github:")."""
    return not any(char.isalnum() for char in text[:begin] + text[finish:])


@cache
def _entries() -> dict[tuple[str, str], object]:
    lex = lexicon.load_all()
    table: dict[tuple[str, str], object] = {}
    for kind in KINDS:
        for entry in lex.entries(kind):
            table[(kind, entry.id)] = entry
    for spec in lex.specializations:
        table[("specialization", spec.id)] = spec
    for phrase in lex.weak_phrases:
        table[("weak_phrase", phrase.id)] = phrase
    for buzz in lex.buzzwords:
        table[("buzzword", buzz.id)] = buzz
    return table


_KEYS: dict[int, dict[int, tuple]] = {}


def _keys(pipe: Pipeline) -> dict[int, tuple]:
    """Phrase-matcher key -> (guards, lexicon entry, category, specialization refs): one lookup
    per match; a ref is (specialization id, its name, weight, signal key)."""
    table = _KEYS.get(id(pipe))
    if table is None:
        guards = _guards()
        entries = _entries()
        table = {}
        for key, info in pipe.infos.items():
            entry = entries.get((info.label, info.id))
            refs = tuple(
                (spec_id, entries[("specialization", spec_id)].name, weight, f"ref:{info.id}")
                for spec_id, weight in pipe.refs.get((info.label, info.id), ())
            )
            table[key] = (guards.get((info.label, info.id)), entry, _category(info.label, entry) if entry is not None else None, refs)
        _KEYS.clear()  # one pipeline per process; a test may build another
        _KEYS[id(pipe)] = table
    return table


def _collect_hits(pipe: Pipeline, doc, ctx: _Context) -> list[_Hit]:
    norm = ctx.norm
    norm_text = norm.text
    keys = _keys(pipe)
    hits: list[_Hit] = []
    matches = pipe.match_phrases(doc)
    if not len(matches):
        return hits
    offsets = doc.to_array([IDX, LENGTH]).tolist()
    needles = ctx.needles
    for match_id, s, e in matches:
        info = pipe.infos[match_id]
        if info.label == "needle":
            needles.add(info.id)
            continue
        begin_norm = offsets[s][0]
        end_norm = offsets[e - 1][0] + offsets[e - 1][1]
        mode = info.mode
        if mode != "any":
            if mode == "split":
                if not all(token.text[:1].isupper() for token in doc[s:e]):
                    continue
            else:
                surface = norm_text[begin_norm:end_norm]
                if surface not in info.surfaces and surface not in info.upper:
                    continue
        guard, entry, category, refs = keys[match_id]
        if guard is not None:
            not_before, not_after, _, not_alone_in = guard
            if not_before and e < len(doc) and doc[e].lower_ in not_before:
                continue
            if not_after and s > 0 and doc[s - 1].lower_ in not_after:
                continue
        start, end = norm.to_original(begin_norm, end_norm)
        if "\n" in ctx.text[start:end] and _TITLE_GOES_ON.match(ctx.text, end):
            continue  # "... using Jira" over "Service Desk Analyst, Northolm": a job's title, no tool
        line_index = ctx.line_index(start)
        if guard is not None and guard[3] and ctx.section_at(start) in guard[3]:
            line = ctx.line(line_index)
            if _alone_on_line(line.text, start - line.start, end - line.start):
                continue
        if mode in ("proper", "list") or (guard is not None and guard[2] is not None):
            line = ctx.line(line_index)
            if guard is not None and guard[2] is not None and guard[2].search(line.text.lower()):
                continue
            begin, finish = start - line.start, end - line.start
            if mode == "list":
                if not (line.is_list and line.is_whole_item(begin, finish)):
                    continue
            elif mode == "proper":
                if not line.is_list and line.sentence_initial(begin):
                    continue
        hit = _Hit(info.label, info.id, info, s, e, start, end, line_index)
        hit.entry, hit.category, hit.refs = entry, category, refs
        if info.label == "specialization":
            hit.key = norm_text[begin_norm:end_norm].lower()
        hits.append(hit)
    return hits


def _resolve_overlaps(hits: list[_Hit], size: int) -> list[_Hit]:
    """Longest wins within a label; tool names swallow technical/method/skill words inside them."""
    by_label: dict[str, list[_Hit]] = {}
    for hit in hits:
        by_label.setdefault(hit.label, []).append(hit)
    kept: list[_Hit] = []
    for label, group in by_label.items():
        if len(group) == 1:
            kept.extend(group)
            continue
        group.sort(key=lambda hit: (-(hit.e - hit.s), hit.s))
        taken = bytearray(size + 1)
        for hit in group:
            if taken.find(1, hit.s, hit.e) != -1:
                continue
            taken[hit.s:hit.e] = b"\x01" * (hit.e - hit.s)
            kept.append(hit)
    tools = sorted((hit.s, hit.e) for hit in kept if hit.label == "tool")  # never overlap one another
    if tools:
        starts = [start for start, _ in tools]

        def swallowed(hit: _Hit) -> bool:
            index = bisect_right(starts, hit.s) - 1
            if index < 0:
                return False
            start, end = tools[index]
            return hit.e <= end and (end - start) > (hit.e - hit.s)

        kept = [hit for hit in kept if hit.label not in _SWALLOWED_BY_TOOLS or not swallowed(hit)]
    kept.sort(key=lambda hit: hit.s)
    return kept


# ---------------------------------------------------------------- certifications

_CLAUSE_BREAK = re.compile(r"[;|•·▪]|(?<=[A-Za-z0-9)\]])\.(?:\s|$)")


_CUT_STATUS = re.compile(r"\b(?:in|currently|exam|expected\s+in)\s*$", re.IGNORECASE)


def _status_wrapped(after_own: str, to_line_end: bool, ctx: "_Context", line_index: int) -> bool:
    """The status cut by a narrow column at the line's end: "Lean Six Sigma Green Belt — IASSC,
    in" over "progress"."""
    if not to_line_end or not _CUT_STATUS.search(after_own) or line_index + 1 >= len(ctx.line_starts):
        return False
    following = ctx.line(line_index + 1).text[:40]
    return _IN_PROGRESS_AFTER.search(f"{after_own.rstrip()} {following}") is not None and _IN_PROGRESS_AFTER.search(after_own) is None


def _status_cell_in_progress(text: str, rest_of_cell: str, clause_end: int, breaks: list, after: int) -> bool:
    """The name alone in its cell, the next cell its status: "Certified ScrumMaster (CSM) | In
    progress", "PMP | Expected 2027" (a certification entry with its date column)."""
    if rest_of_cell.strip(" ()") or clause_end >= len(text) or text[clause_end] != "|":
        return False
    cell_end = breaks[after + 1][0] if after + 1 < len(breaks) else len(text)
    return _IN_PROGRESS_AFTER.match(text[clause_end + 1 : cell_end].strip()) is not None
_CERT_LABEL = re.compile(
    rf"^\W*(?:(?:{lexicon.cue_pattern('certification-label-modifiers')})\s+)?(?:{lexicon.cue_pattern('certification-labels')})\b",
    re.IGNORECASE,
)
_CUE_WORDS = re.compile(rf"\b(?:{lexicon.cue_pattern('certification-cues', ' ')})\b", re.IGNORECASE)
_YEAR_AFTER = re.compile(r"^[^A-Za-z0-9\n]{0,4}(?:[A-Za-z]+[^A-Za-z0-9\n]{1,3}){0,2}(?:19|20)\d\d\b")
_IN_PROGRESS_BEFORE = re.compile(rf"\b(?:{lexicon.cue_pattern('in-progress-before')}|expected\s*:)", re.IGNORECASE)
_IN_PROGRESS_AFTER = re.compile(rf"\b(?:{lexicon.cue_pattern('in-progress-after')})\b", re.IGNORECASE)
# Training or a course named after the certification, at most two words on: "PMP trained", "PMP
# training", "PMP course", "PMP-trained", "PMP bootcamp", "Six Sigma Champion Training", "PMP 35-hour
# course" ("PMP exam prep course" is caught first, as in progress).
_TRAINING_AFTER = re.compile(
    r"^[\s\-–:(]*(?:(?!(?:and|or|with|plus|certified|holder)\b)[\w-]+\s+){0,2}"
    rf"(?:{lexicon.cue_pattern('training-after')})\b",
    re.IGNORECASE,
)
_CERTIFIED = re.compile(r"\W*certified\b", re.IGNORECASE)
_SAME_MENTION = re.compile(r"[\s(\[\-–—:,/]*")  # between a name and its long name: "CAPM (", "PMP - "
_NAME_CERTIFIED = re.compile(r"\w\W*certified\b", re.IGNORECASE)  # "PMP certified", not "Certified ScrumMaster"
# ... or before it: "trained on PMP", "training in PRINCE2", "completed a PMP course" is after.
_TRAINING_BEFORE = re.compile(
    rf"\b(?:{lexicon.cue_pattern('training-before')})"
    r"(?:\s+(?:on|in|of|about|covering))?(?:\s+(?:the|a|an))?\W*$",
    re.IGNORECASE,
)
_OTHERS_POSSESSIVE = re.compile(rf"\b(?:{lexicon.cue_pattern('others-possessive')})\b", re.IGNORECASE)
_OTHERS_HELP = re.compile(
    rf"\b(?:{lexicon.cue_pattern('help-others-verbs')})\b(?:[^,;.]*?)\b(?:{lexicon.cue_pattern('others')})\b",
    re.IGNORECASE,
)
_HELP_VERB = re.compile(rf"\b(?:{lexicon.cue_pattern('help-verbs')})\b", re.IGNORECASE)
_GROUP_AFTER = re.compile(
    rf"\b(?:for|to)\s+(?:the\s+|my\s+|our\s+|all\s+|\d+\s+|several\s+|[a-z]+\s+){{0,3}}(?:{lexicon.cue_pattern('others-after')})\b",
    re.IGNORECASE,
)
_OTHERS_TEACHING = re.compile(rf"\b(?:{lexicon.cue_pattern('teaching-verbs')})\b", re.IGNORECASE)
_TEACHING_AFTER = re.compile(rf"^\W*(?:{lexicon.cue_pattern('teaching-after')})\b", re.IGNORECASE)
_JOINERS = frozenset({"", "and", "or", "&", "+"})


_ACRONYM = re.compile(r"[A-Z]{2,6}")
_WORD = re.compile(r"[A-Za-z][A-Za-z']*")
_SMALL_WORDS = frozenset({"of", "in", "and", "for", "the", "a", "an", "to", "on"})
_OPEN_BEFORE = re.compile(r"\(\s*$")
_BRACKETS_AFTER = re.compile(r"^\s*\(([^()]{3,80})\)")


def _initials(words: list[str]) -> str:
    return "".join(word[0] for word in words if word.lower() not in _SMALL_WORDS).upper()


@cache
def _long_forms(entry_id: str) -> tuple[tuple[str, ...], ...]:
    """The certification's names in words (full name, aliases and issuer: "International Project
    Management Association (IPMA, Level D)"), lower case, small words out."""
    entry = _entries()[("certification", entry_id)]
    forms = []
    for name in (entry.full_name, entry.issuer, *(alias.text for alias in entry.aliases)):
        words = tuple(word.lower() for word in _WORD.findall(name) if word.lower() not in _SMALL_WORDS)
        if len(words) >= 2:
            forms.append(words)
    return tuple(forms)


def _abbreviates(short: str, long: str) -> bool:
    """"mgmt" for "management": the same first letter, then the rest in order."""
    if short[:1] != long[:1]:
        return False
    letters = iter(long[1:])
    return all(letter in letters for letter in short[1:])


def _spelled_out_otherwise(text: str, begin: int, finish: int, hit: _Hit, group: list[_Hit], line_start: int) -> bool:
    """An acronym spelled out beside it, in brackets, as words that are not this certification's
    name: "project management plan (PMP)", "PMP (Project Management Plan)", "Client Service Manager
    (CSM)".  Its own long name is a hit of the same entry there ("Certified Scrum Master (CSM)"),
    or the words shorten one of its names ("Project Mgmt Professional")."""
    acronym = text[begin:finish]
    if not _ACRONYM.fullmatch(acronym):
        return False

    def own_name_within(start: int, end: int) -> bool:
        return any(other is not hit and other.id == hit.id and start <= other.start - line_start < end for other in group)

    def other_words(words: list[str]) -> bool:
        said = [word.lower() for word in words if word.lower() not in _SMALL_WORDS]
        return not any(
            len(form) == len(said) and all(_abbreviates(mine, theirs) for mine, theirs in zip(said, form))
            for form in _long_forms(hit.id)
        )

    opened = _OPEN_BEFORE.search(text, 0, begin)
    if opened is not None:
        words = list(_WORD.finditer(text, 0, opened.start()))
        taken: list[re.Match] = []
        for word in reversed(words):
            taken.insert(0, word)
            if len(_initials([found.group() for found in taken])) >= len(acronym):
                break
        spelled = [found.group() for found in taken]
        if taken and _initials(spelled) == acronym:
            return other_words(spelled) and not own_name_within(taken[0].start(), opened.start())
    closed = _BRACKETS_AFTER.match(text[finish:])
    if closed is not None:
        spelled = _WORD.findall(closed.group(1))
        if _initials(spelled) == acronym:
            return other_words(spelled) and not own_name_within(finish, finish + closed.end())
    return False


def _level_of(pipe: Pipeline, doc, hit: _Hit, lowers: list[int]) -> tuple[Optional[str], int, int, int]:
    """The highest level written with the name ("PRINCE2 Foundation and Practitioner" -> Practitioner),
    its rank, and the token indexes where it starts and just past it.  Compares LOWER hashes: no
    Token objects."""
    levels = pipe.levels.get(hit.id)
    if not levels:
        return None, -1, -1, -1
    order = pipe.level_order[hit.id]
    best: Optional[str] = None
    level_start = level_end = -1
    size = len(lowers)
    position, limit = hit.s + 1, min(size, hit.e + 8)
    while position < limit:
        found = None
        for tokens, level in levels.get(lowers[position], ()):
            width = len(tokens)
            if position + width <= size and tuple(lowers[position:position + width]) == tokens:
                found = (level, width)
                break
        if found is not None:
            position += found[1]
            if best is None or order[found[0]] > order[best]:
                best, level_start, level_end = found[0], position - found[1], position
            continue
        if position < hit.e:
            position += 1
            continue
        key = lowers[position]
        if key in _LEVEL_SKIPS or (key not in _LEVEL_STOPS and _skippable(doc[position])):
            if best is not None and key == _CLOSE_PAREN:
                break
            position += 1
            continue
        break
    return best, (order[best] if best is not None else -1), level_start, level_end


# between a name and its level: "ITIL 4 - Foundation", "PRINCE2 6th Edition Foundation" (a number is skipped too)
_LEVEL_SKIPS = frozenset(hash_string(text) for text in ("(", ":", ")", "and", "&", ",", "+", "level", "edition"))
_LEVEL_STOPS = frozenset(hash_string(text) for text in (";", "|", "."))
_CLOSE_PAREN = hash_string(")")


def _skippable(token) -> bool:
    """Version-like tokens between a name and its level: "ITIL 4 Foundation", "SAFe 6.0 Agilist", "ITIL v3"."""
    text = token.lower_
    return token.like_num or text[:1].isdigit() or (text[:1] == "v" and text[1:2].isdigit())


def _judge_certifications(pipe: Pipeline, doc, ctx: _Context, hits: list[_Hit]) -> list[_Hit]:
    certs = [hit for hit in hits if hit.label == "certification"]
    if not certs:
        return hits
    dropped: set[int] = set()
    lowers: Optional[list[int]] = None
    by_line: dict[int, list[_Hit]] = {}
    for hit in certs:
        by_line.setdefault(hit.line, []).append(hit)
    for line_index, group in by_line.items():
        line = ctx.line(line_index)
        text = line.text
        breaks = [(match.start(), match.end()) for match in _CLAUSE_BREAK.finditer(text)]
        break_starts = [start for start, _ in breaks]
        previous: Optional[_Hit] = None
        for position, hit in enumerate(group):
            begin, finish = hit.start - line.start, hit.end - line.start
            before = bisect_right(break_starts, begin) - 1  # the last break starting before the name
            while before >= 0 and breaks[before][1] > begin:
                before -= 1
            clause_start = breaks[before][1] if before >= 0 else 0
            after = bisect_left(break_starts, finish)
            clause_end = breaks[after][0] if after < len(breaks) else len(text)
            before_clause = text[max(clause_start, begin - 120):begin]
            # The same certification named again right after (its long name in brackets, "CAPM
            # (Certified Associate in Project Management), in progress") is one mention: the
            # words after the last naming speak for both.
            mention_end = finish
            following = len(text)
            for other in group[position + 1:]:
                if other.id == hit.id and _SAME_MENTION.fullmatch(text[mention_end:other.start - line.start]):
                    mention_end = other.end - line.start
                    continue
                following = other.start - line.start
                break
            after_own = text[finish:min(clause_end, following, mention_end + 60)]
            previous_end = previous.end - line.start if previous is not None else 0
            before_own = text[max(clause_start, previous_end, begin - 60):begin]
            # the same letters spelled out as something else: "project management plan (PMP)"
            if _spelled_out_otherwise(text, begin, finish, hit, group, line.start):
                dropped.add(id(hit))
                continue
            # someone else's certification
            near = before_clause.rsplit(",", 1)[-1]
            if _OTHERS_POSSESSIVE.search(near) or _OTHERS_HELP.search(near) or (
                _TEACHING_AFTER.match(after_own) and _OTHERS_TEACHING.search(near)
            ) or (_HELP_VERB.search(near) and _GROUP_AFTER.search(text[finish:min(clause_end, finish + 120)])):
                dropped.add(id(hit))
                continue
            hit.section = ctx.section_at(hit.start)
            if lowers is None:
                lowers = doc.to_array(LOWER).tolist()
            hit.level, hit.level_rank, level_start, level_end = _level_of(pipe, doc, hit, lowers)
            if hit.level is not None:
                hit.level_inside = True if level_end <= hit.e else False if level_start >= hit.e else None
            if level_end > hit.e:  # evidence covers "PRINCE2® Practitioner"
                last = doc[level_end - 1]
                hit.end = ctx.norm.to_original(last.idx, last.idx + len(last))[1]
                finish = hit.end - line.start
                after_own = text[finish:min(clause_end, max(following, finish), finish + 60)]
            if hit.info.cue:
                begin_item, finish_item = line.item_at(begin, finish, cue=True)
                item = text[begin_item:begin] + " " + text[finish:finish_item]  # the words around the name
                hit.pending = not (
                    hit.section == "certifications"
                    or _CERT_LABEL.match(text)
                    or _CUE_WORDS.search(item)
                    or hit.level is not None
                    or _YEAR_AFTER.match(text[finish:finish + 30])
                )
            own_before = before_own.rsplit(",", 1)[-1]
            if _IN_PROGRESS_BEFORE.search(own_before):
                hit.status, hit.from_before = "in_progress", True
            elif (
                _IN_PROGRESS_AFTER.search(after_own)
                or _status_cell_in_progress(text, text[max(mention_end, finish):clause_end], clause_end, breaks, after)
                or _status_wrapped(after_own, clause_end == len(text), ctx, line_index)
            ):
                hit.status = "in_progress"
            elif _NAME_CERTIFIED.search(text[begin:finish]) or _CERTIFIED.match(after_own):
                hit.status = "held"  # "PMP certified Scrum training lead"
            elif _TRAINING_BEFORE.search(own_before):
                hit.status, hit.from_before = _TRAINING, True
            elif _TRAINING_AFTER.match(after_own):
                hit.status = _TRAINING
            elif previous is not None and previous.from_before and before_own.strip(" ,/").lower() in _JOINERS:
                hit.status, hit.from_before = previous.status, True  # "pursuing PMP and CSM"
            else:
                hit.status = "held"
            previous = hit
        # a bare method name listed right next to another certification ("PMP | PRINCE2 | CSM")
        pending = [hit for hit in group if hit.pending and id(hit) not in dropped]
        if pending:
            settled = [hit for hit in group if id(hit) not in dropped and not hit.pending and not hit.info.cue]
            items = line.cue_items() if settled and line.is_list else []
            beside: set[int] = set()
            for hit in settled:
                index = _item_index(items, hit.start - line.start)
                beside.update((index - 1, index + 1))
            entries = _entries()
            for hit in pending:
                if _item_index(items, hit.start - line.start) in beside and not entries[("certification", hit.id)].needs_own_cue:
                    hit.pending = False
                else:
                    dropped.add(id(hit))
    return [hit for hit in hits if id(hit) not in dropped and hit.status != _TRAINING]


_TRAINING = "training"  # a course or training on the subject: not the certification


def _item_index(items: list[tuple[int, int]], offset: int) -> int:
    index = _span_index(items, offset)
    return index if index >= 0 else -10


def _span_index(spans: list[tuple[int, int]], offset: int) -> int:
    """The index of the span (sorted, not overlapping) that holds `offset`, or -1."""
    index = bisect_right(spans, (offset, len(spans) and 1 << 62)) - 1
    if index >= 0 and spans[index][0] <= offset <= spans[index][1]:
        return index
    return -1


# ---------------------------------------------------------------- results


def _frozen(cls, **values):
    """An instance of a frozen dataclass without the field-by-field object.__setattr__ of its
    __init__ (a third of the cost): every kept hit becomes a Match, so this is a hot path.  Only
    for the plain dataclasses built here (no defaults to fill, no __post_init__)."""
    made = object.__new__(cls)
    made.__dict__.update(values)
    return made


def _evidence(ctx: _Context, hit: _Hit) -> Evidence:
    section = hit.section or ctx.section_at(hit.start)
    return _frozen(Evidence, section=section, text=ctx.text[hit.start:hit.end], start=hit.start, end=hit.end)


def _match(entry_id: str, name: str, kind: str, evidence: Evidence, status: Optional[str], category: Optional[str]) -> Match:
    return _frozen(Match, id=entry_id, name=name, kind=kind, evidence=evidence, status=status, category=category)


def _category(kind: str, entry) -> Optional[str]:
    if kind == "certification":
        return entry.stage
    if kind == "tool":
        return entry.category
    if kind == "methodology":
        return entry.family
    if kind in ("technical", "competency"):
        return entry.group
    return None


def _cert_name(ctx: _Context, entry, hit: _Hit) -> str:
    """The name to report: the level's, the one `named` gives the alias as written, or both ("Lean
    Six Sigma" then "Green Belt": "Lean Six Sigma Green Belt").  A level that begins inside the alias
    and runs past it ("PRINCE2 Agile" + "Agile Practitioner") is named by the level alone."""
    name = entry.name_with_level(hit.level)
    if entry.named and (hit.level is None or hit.level_inside is not None):
        named = dict(entry.named).get(lexicon.alias_key(ctx.text[hit.start:hit.alias_end]))
        if named is not None:
            name = named if hit.level is None or hit.level_inside else entry.level_name.format(name=named, level=hit.level)
    return name


def _every_hit(ctx: _Context, hits: list[_Hit]) -> tuple[Match, ...]:
    """One Match per occurrence, of every kind but the specializations' own phrases (kept on the
    hit too, so the best-of-entry choice and the specialization signals reuse it)."""
    found = []
    for hit in hits:
        label = hit.label
        if label == "specialization":
            continue
        entry = hit.entry
        if label == "certification":
            match = _match(hit.id, _cert_name(ctx, entry, hit), label, _evidence(ctx, hit), hit.status, hit.category)
        elif label in _KIND_FIELD:
            match = _match(hit.id, entry.name, label, _evidence(ctx, hit), None, hit.category)
        else:
            match = _match(hit.id, entry.phrase, label, _evidence(ctx, hit), None, entry.suggestion if label == "weak_phrase" else None)
        hit.match = match
        found.append(match)
    return tuple(found)


def _best_matches(ctx: _Context, hits: list[_Hit]) -> dict[str, tuple[Match, ...]]:
    """One Match per entry: its best occurrence (hits carry their Match: _every_hit runs first)."""
    grouped: dict[tuple[str, str], list[_Hit]] = {}
    for hit in hits:
        if hit.label in _KIND_FIELD:
            grouped.setdefault((hit.label, hit.id), []).append(hit)
    results: dict[str, list[Match]] = {field: [] for field in _KIND_FIELD.values()}
    for (kind, entry_id), group in grouped.items():
        if len(group) == 1:
            best = group[0]
        elif kind == "certification":
            best = min(group, key=lambda hit: (hit.status != "held", -hit.level_rank, _CERT_RANK.get(hit.match.evidence.section, 7), hit.start))
        else:
            best = min(group, key=lambda hit: (_EVIDENCE_RANK.get(hit.match.evidence.section, 7), hit.start))
        results[_KIND_FIELD[kind]].append(best.match)
    return {field: tuple(sorted(found, key=lambda match: match.evidence.start)) for field, found in results.items()}


def _title_lines(ctx: _Context) -> set[int]:
    lines: set[int] = set()
    profile = ctx.profile
    if profile is None:
        first = ctx.text.split("\n", 1)[0]
        if len(first.split()) <= 20:
            lines.add(0)
        return lines
    for work in profile.work:
        if work.position:
            begin, finish = work.span
            found = ctx.text.find(work.position, begin, finish if finish > begin else len(ctx.text))
            if found >= 0:
                lines.add(ctx.line_index(found))
    label = profile.basics.label
    if label:
        found = ctx.text.find(label)
        if found >= 0:
            lines.add(ctx.line_index(found))
    return lines


def _specializations(pipe: Pipeline, ctx: _Context, hits: list[_Hit]) -> tuple[tuple[Match, ...], tuple[tuple[str, float], ...], tuple[Signal, ...]]:
    title_lines = _title_lines(ctx)
    signals: list[Signal] = []
    for hit in hits:
        if hit.label == "specialization":
            weight = hit.info.weight * (2 if hit.line in title_lines else 1)  # a phrase in a job title or headline
            signals.append(_frozen(Signal, id=hit.id, name=hit.entry.name, weight=weight, key=hit.key, evidence=_evidence(ctx, hit), tokens=(hit.s, hit.e)))
        elif hit.refs:
            evidence = hit.match.evidence if hit.match is not None else _evidence(ctx, hit)
            tokens = (hit.s, hit.e)
            # one concept, one signal: ITIL the method and ITIL the certificate repeat each other ("ref:itil")
            for spec_id, name, weight, key in hit.refs:
                signals.append(_frozen(Signal, id=spec_id, name=name, weight=weight, key=key, evidence=evidence, tokens=tokens))
    if not signals:
        return (), (), ()
    scored = specialization_strengths(signals)
    matches = tuple(
        Match(id=spec_id, name=signal.name, kind="specialization", evidence=signal.evidence)
        for strength, spec_id, signal in scored
        if strength >= _SPEC_THRESHOLD
    )
    return matches, tuple((spec_id, strength) for strength, spec_id, _ in scored), tuple(signals)


# ---------------------------------------------------------------- achievements

_BULLET = re.compile(r"^[\s•▪◦●■□►▸‣⁃∙·✓✔➢➤→*\-–—\uf0b7\uf0a7\uf076\uf0d8]*")
_ENDS_SENTENCE = frozenset(".!?;:")
_CONTINUES = re.compile(r"^[a-z0-9$€£(&%]")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z(•])")
_SPACES = re.compile(r"\s+")


# A full stop that ends an abbreviation, not a sentence: "..., schedule updates, etc." / "during ..."
_ABBREVIATION_END = re.compile(r"\b(?:etc|e\.g|i\.e|incl|approx|vs|esp)\.$", re.IGNORECASE)


def _continues(ctx: _Context, upper: int) -> bool:
    """Line `upper` is the wrapped continuation of line `upper - 1`."""
    if upper <= 0 or upper >= ctx.line_count():
        return False
    above, below = ctx.line(upper - 1), ctx.line(upper)
    head, tail = above.text.strip(), below.text.strip()
    if not head or not tail or above.section != below.section or len(head) < 35:
        return False
    if head[-1] in _ENDS_SENTENCE and not _ABBREVIATION_END.search(head):
        return False
    if _BULLET.match(below.text).end() and below.text.lstrip()[:1] in "•▪◦●■►‣⁃∙·*-–—\uf0b7\uf0a7":
        return False
    return bool(_CONTINUES.match(tail))


def _achievements(ctx: _Context, metrics: list[tuple[int, int, Metric]]) -> tuple[Achievement, ...]:
    if not metrics:
        return ()
    if ctx.profile is None:
        allowed = None
    else:
        names = {section.name for section in ctx.profile.sections}
        allowed = _ACHIEVEMENT_SECTIONS if names & _ACHIEVEMENT_SECTIONS else None
    units: dict[tuple[int, int], list[tuple[int, int, Metric]]] = {}
    unit_of_line: dict[int, tuple[int, int]] = {}
    for start, end, metric in metrics:
        index = ctx.line_index(start)
        unit = unit_of_line.get(index)
        if unit is None:
            first = last = index
            while _continues(ctx, first):
                first -= 1
            while _continues(ctx, last + 1):
                last += 1
            unit = (first, last)
            for line_index in range(first, last + 1):
                unit_of_line[line_index] = unit
        units.setdefault(unit, []).append((start, end, metric))
    found: list[Achievement] = []
    seen: set[str] = set()
    for (first, last), inside in sorted(units.items()):
        head = ctx.line(first)
        section = head.section
        if allowed is not None and section not in allowed:
            continue
        if allowed is None and section in _NOT_ACHIEVEMENT_SECTIONS:
            continue
        tail = ctx.line(last)
        begin = head.start + _BULLET.match(head.text).end()
        finish = tail.start + len(tail.text.rstrip())
        if finish <= begin:
            continue
        pieces = [(begin, finish)]
        if finish - begin > 400:
            pieces, position = [], begin
            for match in _SENTENCE_SPLIT.finditer(ctx.text, begin, finish):
                pieces.append((position, match.start()))
                position = match.end()
            pieces.append((position, finish))
        for piece_start, piece_end in pieces:
            own = tuple(metric for start, end, metric in inside if piece_start <= start < piece_end)
            if not own:
                continue
            raw = ctx.text[piece_start:piece_end]
            said = _SPACES.sub(" ", raw).strip()
            if said in seen:
                continue  # the same sentence again (a job listed twice): one result, not two
            seen.add(said)
            found.append(
                Achievement(
                    text=said,
                    metrics=own,
                    evidence=Evidence(section=section, text=raw, start=piece_start, end=piece_end),
                )
            )
    return tuple(found)


# ---------------------------------------------------------------- public API


def _analyse(text: str, profile: Optional[Profile]) -> FoundFacts:
    pipe = get_pipeline()
    doc, norm = pipe.make_doc(text)
    apply_fuzzy(pipe, doc, norm)
    ctx = _Context(text, norm, profile)
    hits = _collect_hits(pipe, doc, ctx)
    hits = _resolve_overlaps(hits, len(doc))
    hits = _judge_certifications(pipe, doc, ctx, hits)
    every = _every_hit(ctx, hits)
    kinds = _best_matches(ctx, hits)
    specializations, strength, signals = _specializations(pipe, ctx, hits)
    metrics = collect_metrics(pipe, doc, norm, ctx.needles)
    achievements = _achievements(ctx, metrics)
    return FoundFacts(
        certifications=kinds["certifications"],
        tools=kinds["tools"],
        methodologies=kinds["methodologies"],
        technical=kinds["technical"],
        competencies=kinds["competencies"],
        soft=kinds["soft"],
        specializations=specializations,
        achievements=achievements,
        weak_phrases=tuple(match for match in every if match.kind == "weak_phrase"),
        buzzwords=tuple(match for match in every if match.kind == "buzzword"),
        specialization_strength=strength,
        hits=every,
        signals=signals,
        metrics=tuple(metrics),
    )


def find_facts(profile: Profile) -> FoundFacts:
    """Everything the lexicons find in a structured profile, with evidence offsets into profile.text."""
    return _analyse(profile.text, profile)


def match_text(text: str) -> FoundFacts:
    """The same for a bare string (a headline, an About section, a job posting); every section is "text"."""
    return _analyse(text, None)
