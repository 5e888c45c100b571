"""Load and validate every file in lexicons/ once per process, into frozen dataclasses: the
matchable lexicons, and the word lists of the other stages (section headings, ligature words,
name words, the data rules).  Every stage reads its words through here, so every file is
checked the same way.  Nothing here imports spaCy: loading the lexicons is cheap.

Every matchable entry carries `aliases`: the ways people write it.  An alias is a plain string, or
a string with flags before a colon that say when it counts:

    "PMP"              any case.  The matcher ignores ®/™, hyphens, slashes, line breaks and the dots
                       of dotted acronyms ("P.M.P."), so those variants need no alias of their own.
    "case:SAFe"        exact case (a line written in capitals may write it in capitals).
    "proper:Rally"     exact case, and not the first word of a line or sentence unless in a list:
                       "Tracked work in Rally" counts, "Rally the team" does not.
    "list:Teams"       exact case, and only as an item of a list: the skills or certifications section,
                       a "Tools:" line, or a line of short items separated by commas, pipes or bullets.
    "cue:ITIL"         certifications only: a name that is a method as much as a credential counts as a
                       certification only with a cue (certifications section, "certified", a level such
                       as "Foundation", a year, or beside other certifications in a list).
    "cue,case:SAFe"    flags combine.

Entries may also carry guards: `not_before` (words that veto a match when they come right after
it), `not_after` (right before it), `not_with` (anywhere on the same line) and `not_alone_in`
(sections where the name standing alone on its line is something else: "GitHub" alone in the
header is a link to a profile, not a tool in use).

`aliases` are the entry's names: true synonyms, spellings and abbreviations of one concept, so a
job match may offer one for another ("MS Project" where the resume says "Microsoft Project").
Tools, methods, technical skills, competencies and soft skills may add phrases that count for the
entry without being its name:

    shows     phrases that show the entry in use ("within budget", "facilitated"): a posting that
              writes one asks for the entry, but no job match offers it as another wording.
    includes  narrower concepts of their own that the entry counts (products, practices, bodies:
              "Docker", "steering committee"): a posting that asks for one is matched only by that
              concept, never by the entry's other words.  A nested list is one concept written in
              several ways (["PMO", "project management office"]); its first form names it.

A broken lexicon raises LexiconError naming the file and the entry.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Any, Callable, Optional

from .definitions import LEVELS, STAGES
from .errors import ProfileCheckError
from .nlp.normalise import normalise
from .resources import read_lexicon_text

ALIAS_FLAGS = ("case", "proper", "list", "cue")
SHOWS = "~"  # the sense of a phrase that shows an entry without naming it (see `shows` above)
TOOL_CATEGORIES = (
    "planning", "agile", "collaboration", "resource-risk", "documentation", "reporting", "itsm",
    "portfolio", "development",
)
METHOD_FAMILIES = ("agile", "traditional", "hybrid", "scaled", "lean", "service", "quality", "governance", "technique")
TECH_GROUPS = (
    "development", "cloud", "infrastructure", "security", "data", "risk", "enterprise", "itsm", "emerging",
    "languages",
)
REF_KINDS = ("certification", "tool", "methodology", "technical", "competency")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class LexiconError(ProfileCheckError):
    """A lexicon file is missing, is not valid TOML, or has an entry that breaks the rules."""


# ---------------------------------------------------------------- data


@dataclass(frozen=True)
class Alias:
    text: str  # as written in the lexicon, without the flags
    mode: str = "any"  # any | case | proper | list
    cue: bool = False  # certifications: needs a certification cue

    @property
    def key(self) -> str:
        """The normalised, lower-case form used for matching and duplicate checks."""
        return alias_key(self.text)


@dataclass(frozen=True)
class Guards:
    not_before: frozenset = frozenset()
    not_after: frozenset = frozenset()
    not_with: tuple = ()
    not_alone_in: frozenset = frozenset()

    def __bool__(self) -> bool:
        return bool(self.not_before or self.not_after or self.not_with or self.not_alone_in)


@dataclass(frozen=True)
class Certification:
    id: str
    name: str
    full_name: str
    issuer: str
    stage: str
    description: str
    aliases: tuple[Alias, ...]
    guards: Guards
    levels: tuple[str, ...] = ()
    level_name: str = "{name} {level}"
    named: tuple[tuple[str, str], ...] = ()  # (alias key, name to report)
    needs_own_cue: bool = False  # a platform name too: a neighbouring certification is no cue

    def name_with_level(self, level: Optional[str]) -> str:
        if not level:
            return self.name
        return self.level_name.format(name=self.name, level=level)


@dataclass(frozen=True)
class Tool:
    id: str
    name: str
    category: str
    description: str
    aliases: tuple[Alias, ...]
    guards: Guards
    senses: tuple[tuple[str, str], ...] = ()  # (alias key, SHOWS or an included concept's name); names are absent


@dataclass(frozen=True)
class Methodology:
    id: str
    name: str
    family: str
    description: str
    aliases: tuple[Alias, ...]
    guards: Guards
    senses: tuple[tuple[str, str], ...] = ()  # (alias key, SHOWS or an included concept's name); names are absent


@dataclass(frozen=True)
class TechnicalSkill:
    id: str
    name: str
    group: str
    aliases: tuple[Alias, ...]
    guards: Guards
    senses: tuple[tuple[str, str], ...] = ()  # (alias key, SHOWS or an included concept's name); names are absent


@dataclass(frozen=True)
class CompetencyGroup:
    id: str
    name: str
    description: str


@dataclass(frozen=True)
class Competency:
    id: str
    name: str
    group: str
    aliases: tuple[Alias, ...]
    guards: Guards
    senses: tuple[tuple[str, str], ...] = ()  # (alias key, SHOWS or an included concept's name); names are absent


@dataclass(frozen=True)
class SoftSkill:
    id: str
    name: str
    aliases: tuple[Alias, ...]
    guards: Guards
    senses: tuple[tuple[str, str], ...] = ()  # (alias key, SHOWS or an included concept's name); names are absent


@dataclass(frozen=True)
class Title:
    id: str
    name: str
    level: str
    is_pm: bool
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Specialization:
    id: str
    name: str
    description: str
    titles: tuple[Alias, ...]
    signals: tuple[Alias, ...]
    refs: tuple[str, ...]  # "kind:id"
    weak: tuple[str, ...]  # "kind:id", half weight


@dataclass(frozen=True)
class VerbGroup:
    id: str
    name: str
    description: str
    verbs: tuple[str, ...]


@dataclass(frozen=True)
class WeakPhrase:
    id: str
    phrase: str
    aliases: tuple[Alias, ...]  # includes the phrase itself
    suggestion: str
    alternatives: tuple[str, ...]
    why: str
    guards: Guards


@dataclass(frozen=True)
class Buzzword:
    id: str
    phrase: str
    aliases: tuple[Alias, ...]  # includes the phrase itself
    why: str
    guards: Guards


@dataclass(frozen=True)
class Lexicons:
    certifications: tuple[Certification, ...]
    tools: tuple[Tool, ...]
    methodologies: tuple[Methodology, ...]
    technical: tuple[TechnicalSkill, ...]
    competency_groups: tuple[CompetencyGroup, ...]
    competencies: tuple[Competency, ...]
    soft: tuple[SoftSkill, ...]
    titles: tuple[Title, ...]
    specializations: tuple[Specialization, ...]
    action_verbs: tuple[VerbGroup, ...]
    weak_phrases: tuple[WeakPhrase, ...]
    buzzwords: tuple[Buzzword, ...]

    def entries(self, kind: str) -> tuple:
        """The matchable entries of a kind: certification, tool, methodology, technical, competency, soft."""
        return {
            "certification": self.certifications,
            "tool": self.tools,
            "methodology": self.methodologies,
            "technical": self.technical,
            "competency": self.competencies,
            "soft": self.soft,
        }[kind]


def sense_of(entry, surface: str) -> str:
    """What a phrase as written means for its entry: "" for one of its names (or a spelling the
    matcher corrected), SHOWS for a phrase that only shows it, else the included concept's name."""
    senses = getattr(entry, "senses", ())
    if not senses:
        return ""
    return _sense_table(senses).get(alias_key(surface), "")


@cache
def _sense_table(senses: tuple[tuple[str, str], ...]) -> dict[str, str]:
    return dict(senses)


# ---------------------------------------------------------------- reading helpers


def alias_key(text: str) -> str:
    return normalise(text).text.strip().lower()  # the matcher's own normal form


class _Entry:
    """Typed access to one [[table]] of a file, with errors that name the file and the entry."""

    def __init__(self, file: str, table: str, index: int, data: Any):
        self.file = file
        self.where = f"{table} #{index + 1}"
        if not isinstance(data, dict):
            self.fail("is not a table")
        self.data = data
        entry_id = data.get("id", data.get("code"))
        if isinstance(entry_id, str):
            self.where = f"{table} '{entry_id}'"

    def fail(self, problem: str):
        raise LexiconError(f"{self.where}: {problem}", f"lexicons/{self.file}.toml")

    def text(self, key: str, default: Optional[str] = None, required: bool = True, strip: bool = True) -> str:
        value = self.data.get(key, default)
        if value is None:
            if required:
                self.fail(f"missing required field '{key}'")
            return ""
        if not isinstance(value, str) or not value.strip():
            self.fail(f"field '{key}' must be a non-empty string")
        return value.strip() if strip else value

    def ident(self) -> str:
        value = self.text("id")
        if not _ID.match(value):
            self.fail(f"id '{value}' must be lower case letters, digits and hyphens")
        return value

    def choice(self, key: str, allowed: tuple[str, ...]) -> str:
        value = self.text(key)
        if value not in allowed:
            self.fail(f"field '{key}' is '{value}'; expected one of {', '.join(allowed)}")
        return value

    def flag(self, key: str) -> bool:
        value = self.data.get(key)
        if not isinstance(value, bool):
            self.fail(f"field '{key}' must be true or false")
        return value

    def texts(self, key: str, required: bool = False, strip: bool = True) -> tuple[str, ...]:
        value = self.data.get(key)
        if value is None:
            if required:
                self.fail(f"missing required field '{key}'")
            return ()
        if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
            self.fail(f"field '{key}' must be a list of non-empty strings")
        if required and not value:
            self.fail(f"field '{key}' must not be empty")
        return tuple(item.strip() if strip else item for item in value)

    def aliases(self, key: str = "aliases", allow_cue: bool = False, required: bool = True, extra: tuple[str, ...] = ()) -> tuple[Alias, ...]:
        found = [parse_alias(text, self, allow_cue) for text in (*extra, *self.texts(key, required=required and not extra))]
        if required and not found:
            self.fail(f"field '{key}' must not be empty")
        return tuple(found)

    def named_aliases(self) -> tuple[tuple[Alias, ...], tuple[tuple[str, str], ...]]:
        """The aliases with the `shows` and `includes` phrases after them (the matcher counts them
        all for the entry), and the sense of each added phrase: SHOWS, or the included concept's name."""
        names = self.aliases()
        added: list[Alias] = []
        senses: dict[str, str] = {}
        name_keys = {alias.key for alias in names}

        def add(text: str, sense: str) -> None:
            alias = parse_alias(text, self)
            if alias.key in name_keys or senses.get(alias.key, sense) != sense:
                self.fail(f"'{text}' is listed both as a name and as a phrase of its own, or in two of them")
            senses[alias.key] = sense
            added.append(alias)

        for text in self.texts("shows"):
            add(text, SHOWS)
        included = self.data.get("includes", [])
        if not isinstance(included, list):
            self.fail("field 'includes' must be a list of phrases or of lists of phrases")
        for item in included:
            forms = [item] if isinstance(item, str) else item
            if not isinstance(forms, list) or not forms or not all(isinstance(form, str) and form.strip() for form in forms):
                self.fail("field 'includes' must be a list of phrases or of lists of phrases")
            concept = parse_alias(forms[0].strip(), self).text
            for form in forms:
                add(form.strip(), concept)
        return names + tuple(added), tuple(senses.items())

    def guards(self) -> Guards:
        return Guards(
            not_before=frozenset(alias_key(word) for word in self.texts("not_before")),
            not_after=frozenset(alias_key(word) for word in self.texts("not_after")),
            not_with=tuple(alias_key(word) for word in self.texts("not_with")),
            not_alone_in=frozenset(self.texts("not_alone_in")),
        )

    def no_unknown_fields(self, allowed: set[str]) -> None:
        unknown = sorted(set(self.data) - allowed)
        if unknown:
            self.fail(f"unknown field(s) {', '.join(unknown)}")


def parse_alias(raw: str, entry: Optional[_Entry] = None, allow_cue: bool = False) -> Alias:
    """'case:SAFe' -> Alias('SAFe', 'case'); a colon not preceded by known flags is part of the text."""
    mode, cue, text = "any", False, raw
    head, sep, rest = raw.partition(":")
    words = [word.strip() for word in head.split(",")] if sep else []
    if words and all(word in ALIAS_FLAGS for word in words):
        text = rest.strip()
        modes = [word for word in words if word != "cue"]
        cue = "cue" in words
        if len(modes) > 1:
            _alias_fail(entry, raw, "combines more than one of case, proper, list")
        if modes:
            mode = modes[0]
        if cue and not allow_cue:
            _alias_fail(entry, raw, "uses 'cue', which only certifications may use")
    if not text or not alias_key(text):
        _alias_fail(entry, raw, "is empty once normalised")
    return Alias(text, mode, cue)


def _alias_fail(entry: Optional[_Entry], raw: str, problem: str):
    if entry is None:
        raise LexiconError(f"alias '{raw}' {problem}")
    entry.fail(f"alias '{raw}' {problem}")


def _read_file(name: str) -> dict:
    try:
        text = read_lexicon_text(name)
    except (FileNotFoundError, OSError) as error:
        raise LexiconError(f"cannot read the lexicon: {error}", f"lexicons/{name}.toml") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise LexiconError(f"not valid TOML: {error}", f"lexicons/{name}.toml") from None
    if data.get("version") != 1:
        raise LexiconError("'version = 1' is missing or different", f"lexicons/{name}.toml")
    return data


def _read(name: str, table: str) -> list[_Entry]:
    data = _read_file(name)
    rows = data.get(table)
    if not isinstance(rows, list) or not rows:
        raise LexiconError(f"no [[{table}]] entries", f"lexicons/{name}.toml")
    return [_Entry(name, table, index, row) for index, row in enumerate(rows)]


def _check_unique(name: str, entries: list, keys: Callable[[Any], list[str]], what: str = "alias") -> None:
    """Ids unique; no normalised alias shared by two entries of the same file."""
    ids: dict[str, int] = {}
    owners: dict[str, str] = {}
    for entry in entries:
        if entry.id in ids:
            raise LexiconError(f"id '{entry.id}' is used twice", f"lexicons/{name}.toml")
        ids[entry.id] = 1
        for key in set(keys(entry)):
            other = owners.setdefault(key, entry.id)
            if other != entry.id:
                raise LexiconError(
                    f"{what} '{key}' belongs to both '{other}' and '{entry.id}'", f"lexicons/{name}.toml"
                )


def _alias_keys(entry) -> list[str]:
    return [alias.key for alias in entry.aliases]


_GUARD_FIELDS = {"not_before", "not_after", "not_with", "not_alone_in"}
_SENSE_FIELDS = {"shows", "includes"}

# ---------------------------------------------------------------- loaders


@cache
def load_certifications() -> tuple[Certification, ...]:
    found = []
    for row in _read("certifications", "certification"):
        row.no_unknown_fields({"id", "name", "full_name", "issuer", "stage", "description", "aliases", "levels", "level_name", "named", "needs_own_cue"} | _GUARD_FIELDS)
        aliases = row.aliases(allow_cue=True)
        named_raw = row.data.get("named", {})
        if not isinstance(named_raw, dict) or not all(isinstance(v, str) and v.strip() for v in named_raw.values()):
            row.fail("field 'named' must be a table of alias = \"name\"")
        keys = {alias.key for alias in aliases}
        named = []
        for alias, shown in named_raw.items():
            if alias_key(alias) not in keys:
                row.fail(f"'named' mentions '{alias}', which is not one of its aliases")
            named.append((alias_key(alias), shown.strip()))
        level_name = row.text("level_name", "{name} {level}")
        if "{level}" not in level_name:
            row.fail("field 'level_name' must contain {level}")
        found.append(
            Certification(
                id=row.ident(),
                name=row.text("name"),
                full_name=row.text("full_name"),
                issuer=row.text("issuer"),
                stage=row.choice("stage", STAGES),
                description=row.text("description"),
                aliases=aliases,
                guards=row.guards(),
                levels=row.texts("levels"),
                level_name=level_name,
                named=tuple(named),
                needs_own_cue=row.flag("needs_own_cue") if "needs_own_cue" in row.data else False,
            )
        )
    _check_unique("certifications", found, _alias_keys)
    return tuple(found)


@cache
def load_tools() -> tuple[Tool, ...]:
    found = []
    for row in _read("tools", "tool"):
        row.no_unknown_fields({"id", "name", "category", "description", "aliases"} | _GUARD_FIELDS | _SENSE_FIELDS)
        aliases, senses = row.named_aliases()
        found.append(
            Tool(row.ident(), row.text("name"), row.choice("category", TOOL_CATEGORIES), row.text("description"), aliases, row.guards(), senses)
        )
    _check_unique("tools", found, _alias_keys)
    return tuple(found)


@cache
def load_methodologies() -> tuple[Methodology, ...]:
    found = []
    for row in _read("methodologies", "methodology"):
        row.no_unknown_fields({"id", "name", "family", "description", "aliases"} | _GUARD_FIELDS | _SENSE_FIELDS)
        aliases, senses = row.named_aliases()
        found.append(
            Methodology(row.ident(), row.text("name"), row.choice("family", METHOD_FAMILIES), row.text("description"), aliases, row.guards(), senses)
        )
    _check_unique("methodologies", found, _alias_keys)
    return tuple(found)


@cache
def load_technical_skills() -> tuple[TechnicalSkill, ...]:
    found = []
    for row in _read("technical_skills", "skill"):
        row.no_unknown_fields({"id", "name", "group", "aliases", "description"} | _GUARD_FIELDS | _SENSE_FIELDS)
        aliases, senses = row.named_aliases()
        found.append(TechnicalSkill(row.ident(), row.text("name"), row.choice("group", TECH_GROUPS), aliases, row.guards(), senses))
    _check_unique("technical_skills", found, _alias_keys)
    return tuple(found)


@cache
def load_competency_groups() -> tuple[CompetencyGroup, ...]:
    found = []
    for row in _read("competencies", "group"):
        row.no_unknown_fields({"id", "name", "description"})
        found.append(CompetencyGroup(row.ident(), row.text("name"), row.text("description")))
    _check_unique("competencies", found, lambda entry: [])
    return tuple(found)


@cache
def load_competencies() -> tuple[Competency, ...]:
    groups = tuple(group.id for group in load_competency_groups())
    found = []
    for row in _read("competencies", "competency"):
        row.no_unknown_fields({"id", "name", "group", "aliases", "description"} | _GUARD_FIELDS | _SENSE_FIELDS)
        aliases, senses = row.named_aliases()
        found.append(Competency(row.ident(), row.text("name"), row.choice("group", groups), aliases, row.guards(), senses))
    _check_unique("competencies", found, _alias_keys)
    return tuple(found)


@cache
def load_soft_skills() -> tuple[SoftSkill, ...]:
    found = []
    for row in _read("soft_skills", "soft_skill"):
        row.no_unknown_fields({"id", "name", "aliases", "description"} | _GUARD_FIELDS | _SENSE_FIELDS)
        aliases, senses = row.named_aliases()
        found.append(SoftSkill(row.ident(), row.text("name"), aliases, row.guards(), senses))
    _check_unique("soft_skills", found, _alias_keys)
    return tuple(found)


@cache
def load_titles() -> tuple[Title, ...]:
    found = []
    for row in _read("titles", "title"):
        row.no_unknown_fields({"id", "name", "level", "is_pm", "aliases", "description"})
        found.append(Title(row.ident(), row.text("name"), row.choice("level", STAGES), row.flag("is_pm"), row.texts("aliases")))

    def keys(title: Title) -> list[str]:
        return [_title_key(text) for text in (title.name, *title.aliases)]

    _check_unique("titles", found, keys, "title")
    return tuple(found)


def _title_key(text: str) -> str:
    text = re.sub(r"[^a-z0-9+ ]+", " ", text.lower().replace("&", " and "))
    return re.sub(r"\s+", " ", text).strip()


@cache
def load_specializations() -> tuple[Specialization, ...]:
    known = {kind: {entry.id for entry in _entries_of(kind)} for kind in REF_KINDS}
    found = []
    for row in _read("specializations", "specialization"):
        row.no_unknown_fields({"id", "name", "description", "titles", "signals", "refs", "weak"})
        refs = row.texts("refs")
        weak = row.texts("weak")
        repeated = sorted({ref for ref in (*refs, *weak) if (*refs, *weak).count(ref) > 1})
        if repeated:
            row.fail(f"ref '{repeated[0]}' is listed twice")
        for ref in (*refs, *weak):
            kind, _, ref_id = ref.partition(":")
            if kind not in known or ref_id not in known[kind]:
                row.fail(f"ref '{ref}' does not name an entry of another lexicon (kind:id)")
        found.append(
            Specialization(
                id=row.ident(),
                name=row.text("name"),
                description=row.text("description"),
                titles=row.aliases("titles"),
                signals=row.aliases("signals"),
                refs=refs,
                weak=weak,
            )
        )

    def keys(spec: Specialization) -> list[str]:
        # refs may be shared (cloud work signals both infrastructure and transformation); phrases may not
        return [alias.key for alias in (*spec.titles, *spec.signals)]

    _check_unique("specializations", found, keys, "signal")
    return tuple(found)


def _entries_of(kind: str) -> tuple:
    return {
        "certification": load_certifications,
        "tool": load_tools,
        "methodology": load_methodologies,
        "technical": load_technical_skills,
        "competency": load_competencies,
        "soft": load_soft_skills,
    }[kind]()


@cache
def load_action_verbs() -> tuple[VerbGroup, ...]:
    found = []
    for row in _read("action_verbs", "group"):
        row.no_unknown_fields({"id", "name", "description", "verbs"})
        found.append(VerbGroup(row.ident(), row.text("name"), row.text("description"), row.texts("verbs", required=True)))
    _check_unique("action_verbs", found, lambda group: [verb.lower() for verb in group.verbs], "verb")
    return tuple(found)


@cache
def action_verb_groups() -> dict[str, str]:
    """Lower-case verb -> group id."""
    return {verb.lower(): group.id for group in load_action_verbs() for verb in group.verbs}


@cache
def load_weak_phrases() -> tuple[WeakPhrase, ...]:
    found = []
    for row in _read("weak_phrases", "phrase"):
        row.no_unknown_fields({"id", "phrase", "aliases", "suggestion", "alternatives", "why"} | _GUARD_FIELDS)
        phrase = row.text("phrase")
        found.append(
            WeakPhrase(
                id=row.ident(),
                phrase=phrase,
                aliases=row.aliases(extra=(phrase,)),
                suggestion=row.text("suggestion"),
                alternatives=row.texts("alternatives"),
                why=row.text("why"),
                guards=row.guards(),
            )
        )
    _check_unique("weak_phrases", found, _alias_keys, "phrase")
    return tuple(found)


@cache
def load_buzzwords() -> tuple[Buzzword, ...]:
    found = []
    for row in _read("buzzwords", "buzzword"):
        row.no_unknown_fields({"id", "phrase", "aliases", "why"} | _GUARD_FIELDS)
        phrase = row.text("phrase")
        found.append(Buzzword(row.ident(), phrase, row.aliases(extra=(phrase,)), row.text("why"), row.guards()))
    _check_unique("buzzwords", found, _alias_keys, "phrase")
    return tuple(found)


@cache
def load_name_words() -> frozenset[str]:
    """Words that say a short title-case line is a job title, a heading or an organisation,
    not a person's name (lexicons/name_words.toml)."""
    owners: dict[str, str] = {}
    for row in _read("name_words", "group"):
        group = row.ident()
        row.text("description")
        for word in row.texts("words", required=True):
            if word != word.lower() or " " in word:
                row.fail(f"word '{word}' must be one lower-case word")
            other = owners.setdefault(word, group)
            if other != group:
                raise LexiconError(f"word '{word}' belongs to both '{other}' and '{group}'", "lexicons/name_words.toml")
    return frozenset(owners)


@cache
def load_all() -> Lexicons:
    """Every lexicon, validated; the first call reads the files, later calls return the same object."""
    return Lexicons(
        certifications=load_certifications(),
        tools=load_tools(),
        methodologies=load_methodologies(),
        technical=load_technical_skills(),
        competency_groups=load_competency_groups(),
        competencies=load_competencies(),
        soft=load_soft_skills(),
        titles=load_titles(),
        specializations=load_specializations(),
        action_verbs=load_action_verbs(),
        weak_phrases=load_weak_phrases(),
        buzzwords=load_buzzwords(),
    )


# ---------------------------------------------------------------- the other stages' word lists


@dataclass(frozen=True)
class SectionNames:
    id: str  # the canonical section name
    aliases: tuple[str, ...]  # the headings people write for it


@cache
def load_sections() -> tuple[SectionNames, ...]:
    """Section headings (lexicons/sections.toml), for the readers and the structure stage."""
    found = []
    for row in _read("sections", "section"):
        row.no_unknown_fields({"id", "aliases", "description"})
        found.append(SectionNames(row.ident(), row.texts("aliases", required=True)))

    def keys(section: SectionNames) -> list[str]:
        return [" ".join(alias.lower().split()) for alias in section.aliases]

    _check_unique("sections", found, keys, "heading")
    return tuple(found)


@cache
def load_ligatures() -> tuple[frozenset[str], frozenset[str]]:
    """(words that end in f, common words that may follow them), lexicons/ligatures.toml."""
    data = _read_file("ligatures")
    unknown = sorted(set(data) - {"version", "f_words", "next_words"})
    if unknown:
        raise LexiconError(f"unknown field(s) {', '.join(unknown)}", "lexicons/ligatures.toml")
    lists = []
    for key in ("f_words", "next_words"):
        words = data.get(key)
        if not isinstance(words, list) or not words or not all(isinstance(word, str) and word.strip() for word in words):
            raise LexiconError(f"field '{key}' must be a non-empty list of words", "lexicons/ligatures.toml")
        bad = [word for word in words if word != word.lower() or " " in word.strip()]
        if bad:
            raise LexiconError(f"{key}: '{bad[0]}' must be one lower-case word", "lexicons/ligatures.toml")
        lists.append(frozenset(words))
    if not all(word.endswith("f") for word in lists[0]):
        raise LexiconError("f_words: every word must end in f", "lexicons/ligatures.toml")
    return lists[0], lists[1]


RULE_UNITS = ("bullet", "summary", "headline", "line")
RULE_LEXICONS = ("weak_phrases", "buzzwords")
_RULE_CODE = re.compile(r"^PC[1-9]\d\d$")


@dataclass(frozen=True)
class DataRule:
    """A rule whose logic is a word list or a pattern (lexicons/rules.toml)."""

    code: str
    name: str
    level: str
    unit: str  # where it looks: bullet | summary | headline | line
    message: str
    suggestion: str
    why: str
    should_flag: tuple[str, ...]
    should_pass: tuple[str, ...]
    lexicon: Optional[str] = None  # weak_phrases | buzzwords: the matcher's hits of that lexicon
    pattern: Optional[str] = None  # or a case-insensitive regular expression
    message_many: Optional[str] = None  # the one finding for several places in a section
    suggestion_many: Optional[str] = None
    note: Optional[str] = None  # the advice for each place of that finding


@cache
def load_rules() -> tuple[DataRule, ...]:
    found = []
    for row in _read("rules", "rule"):
        row.no_unknown_fields({
            "code", "name", "level", "unit", "lexicon", "pattern", "message", "suggestion", "why", "should_flag", "should_pass",
            "message_many", "suggestion_many", "note",
        })
        code = row.text("code")
        if not _RULE_CODE.match(code):
            row.fail(f"code '{code}' must look like PC104")
        if ("pattern" in row.data) == ("lexicon" in row.data):
            row.fail("needs exactly one of pattern or lexicon")
        pattern = row.text("pattern", required=False, strip=False) or None
        if pattern is not None:
            try:
                re.compile(pattern)
            except re.error as error:
                row.fail(f"pattern is not a valid regular expression: {error}")
        found.append(
            DataRule(
                code=code,
                name=row.text("name"),
                level=row.choice("level", LEVELS),
                unit=row.choice("unit", RULE_UNITS),
                message=row.text("message", strip=False),
                suggestion=row.text("suggestion", strip=False),
                why=row.text("why", strip=False),
                should_flag=row.texts("should_flag", required=True, strip=False),
                should_pass=row.texts("should_pass", required=True, strip=False),
                lexicon=row.choice("lexicon", RULE_LEXICONS) if "lexicon" in row.data else None,
                pattern=pattern,
                message_many=row.text("message_many", required=False, strip=False) or None,
                suggestion_many=row.text("suggestion_many", required=False, strip=False) or None,
                note=row.text("note", required=False, strip=False) or None,
            )
        )
    codes = [rule.code for rule in found]
    repeated = sorted({code for code in codes if codes.count(code) > 1})
    if repeated:
        raise LexiconError(f"rule code {repeated[0]} is used twice", "lexicons/rules.toml")
    return tuple(found)


# ---------------------------------------------------------------- cue words

_CUE_WORD = re.compile(r"^[a-z0-9][a-z0-9'.+&-]*(?: [a-z0-9'.+&-]+)*\*?$")


@dataclass(frozen=True)
class CueList:
    id: str
    description: str
    words: tuple[str, ...] = ()
    pairs: tuple[tuple[str, str], ...] = ()  # (word, form): irregular verbs


@cache
def load_cue_words() -> dict[str, CueList]:
    """The small vocabularies read around names and numbers (lexicons/cue_words.toml), by id."""
    found: dict[str, CueList] = {}
    for row in _read("cue_words", "list"):
        row.no_unknown_fields({"id", "description", "words", "pairs"})
        list_id = row.ident()
        if list_id in found:
            row.fail("id is used twice")
        description = row.text("description")
        if ("words" in row.data) == ("pairs" in row.data):
            row.fail("needs exactly one of words or pairs")
        words: tuple[str, ...] = ()
        pairs: tuple[tuple[str, str], ...] = ()
        if "words" in row.data:
            words = row.texts("words", required=True)
            checked = words
        else:
            table = row.data["pairs"]
            if not isinstance(table, dict) or not table or not all(isinstance(value, str) for value in table.values()):
                row.fail("field 'pairs' must be a table of word = \"form\"")
            pairs = tuple((key.strip(), value.strip()) for key, value in table.items())
            checked = tuple(word for pair in pairs for word in pair)
        for word in checked:
            if not _CUE_WORD.match(word):
                row.fail(f"word '{word}' must be lower case words, with a * only at the end")
        repeated = sorted({word for word in words if words.count(word) > 1})
        if repeated:
            row.fail(f"word '{repeated[0]}' is listed twice")
        found[list_id] = CueList(list_id, description, words, pairs)
    return found


def _cue_list(list_id: str) -> CueList:
    found = load_cue_words().get(list_id)
    if found is None:
        raise LexiconError(f"no [[list]] with id '{list_id}'", "lexicons/cue_words.toml")
    return found


def cue_words(list_id: str) -> tuple[str, ...]:
    """The words of one cue list, as written."""
    return _cue_list(list_id).words


def cue_pairs(list_id: str) -> dict[str, str]:
    """The pairs of one cue list: word -> form."""
    return dict(_cue_list(list_id).pairs)


def cue_pattern(list_id: str, gap: str = r"\s+") -> str:
    """A regular-expression alternation of one cue list (no group, no word boundaries: the
    grammar around it is the caller's): a space between words is `gap`, a trailing * any word
    ending, a hyphen a hyphen or a space."""
    parts = []
    for word in cue_words(list_id):
        star = word.endswith("*")
        words = (word[:-1] if star else word).split(" ")
        piece = gap.join(re.escape(part).replace(r"\-", "[- ]") for part in words)
        parts.append(piece + (r"\w*" if star else ""))
    return "|".join(parts)


LEXICON_FILES = (
    "certifications", "tools", "methodologies", "technical_skills", "competencies", "soft_skills", "titles",
    "specializations", "action_verbs", "weak_phrases", "buzzwords", "name_words",
)
OTHER_FILES = ("sections", "ligatures", "rules", "cue_words")  # word lists and rules of the other stages
ALL_FILES = (*LEXICON_FILES, *OTHER_FILES)


def load_everything() -> None:
    """Read and validate every file in lexicons/ (a broken one raises LexiconError)."""
    load_all()
    load_name_words()
    load_sections()
    load_ligatures()
    load_rules()
    load_cue_words()
