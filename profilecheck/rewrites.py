"""Headline and summary rewrites built only from the person's own facts.

Nothing is invented and nothing the person wrote is lost: a headline rewrite keeps every part of
the headline that names a role, a specialization, a method, a certification or a number, says
each once (compared by lexicon entry and by words: no "Scrum Master | ... | Scrum"), and adds
only what is missing, from the rest of the profile when it is there, else as a [placeholder].
The summary rewrite keeps what the person's own summary names, claims only the years spent in
project-management roles as such, and presents someone with no PM role yet as moving into it.
Numbers come only from the person's own quantified achievements.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Optional

from .definitions import HEADLINE_LIMIT
from .lexicon import cue_words
from .models import Achievement, Facts, Found, Match, Metric, Profile
from .nlp.levels import pm_roles
from .titles import classify_title

QUOTE_LIMIT = 220  # characters: an achievement short enough to quote in the summary

TITLE, SPECIALIZATION, METHOD, CERTIFICATION, VALUE, OTHER = "title", "specialization", "method", "certification", "value", "other"
SLOTS = (TITLE, SPECIALIZATION, METHOD, CERTIFICATION, VALUE, OTHER)
PLACEHOLDERS = {
    TITLE: "[your title]",
    SPECIALIZATION: "[your specialization]",
    METHOD: "[your methodology]",
    VALUE: "[budget, team size or result]",
}

# How a headline's parts are separated: pipes, bullets, dashes between spaces, double slashes.
_PARTS = re.compile(r"\s*[|•·▪◆♦►]\s*|\s+[-–—]\s+|\s*//\s*")
_WORD = re.compile(r"[a-z0-9][a-z0-9+#]*")
_LINKS = frozenset(("and", "of", "for", "the", "in", "with", "a", "an", "to", "at", "on", "by", "my"))
# A number that tells the scale or a result: money, a percentage, "15+", "12 years", "teams of 9".
_VALUE = re.compile(
    r"[$€£]\s?\d|\d\s?%|\d\+|\b\d[\d,.]*\s?(?:k|m|mm|bn|million|billion)\b"
    r"|\b\d[\d,.]*\s+(?:[a-z-]+\s+)?(?:years?|yrs|teams?|people|engineers|members|projects|programs|programmes|"
    r"releases|apps|applications|sites|users|countries|budgets?|clients|staff|reports|migrations)\b"
    r"|\bteams? of \d",
    re.IGNORECASE,
)
_TITLE_WORDS = frozenset(cue_words("title-words"))
# Short words of titles that are words, not acronyms ("WEB DEVELOPER", "FRONT END").
_SHORT_WORDS = frozenset("web end new top key lab net app art law tax oil gas air sea car big pro sr jr".split())
_YEARS_ONLY = re.compile(r"\b\d+(?:\.\d+)?\s*\+?\s*(?:years?|yrs)\b", re.IGNORECASE)
_SENTENCES = re.compile(r"(?<=[.!?;])\s+")


def words(text: Optional[str]) -> frozenset[str]:
    """The content words of a text, lower case ("and", "of", "for" ... left out)."""
    return frozenset(word for word in _WORD.findall((text or "").lower()) if word not in _LINKS)


# ---------------------------------------------------------------- the person's title


def _title(profile: Profile) -> Optional[str]:
    for work in profile.work[:1]:
        if work.position:
            return work.position
    label = profile.basics.label
    if label:
        first = re.split(r"\s[|•·]\s|\s[-–—]\s|,\s", label)[0].strip()
        first = re.sub(r"\s+(?:at|@)\s+.*$", "", first)
        if classify_title(first):
            return first
    return None


def _pm_title(profile: Profile) -> Optional[str]:
    """The most recent project-management title, else the most recent title."""
    for work in pm_roles(profile)[:1]:
        if work.position:
            return work.position
    return _title(profile)


# ---------------------------------------------------------------- numbers


def _money(value: float, unit: Optional[str]) -> str:
    symbol = {"USD": "$", "EUR": "€", "GBP": "£"}.get(unit or "USD", (unit or "") + " ")
    if value >= 1_000_000:
        amount = f"{value / 1_000_000:.1f}".rstrip("0").rstrip(".") + "M"
    elif value >= 1_000:
        amount = f"{value / 1_000:.0f}K"
    else:
        amount = f"{value:.0f}"
    return f"{symbol}{amount}"


def _best(facts: Facts, kind: str) -> Optional[tuple[Metric, Achievement]]:
    found = [(metric, item) for item in facts.achievements for metric in item.metrics if metric.kind == kind]
    return max(found, key=lambda pair: pair[0].value) if found else None


_BUDGET_WORDS = re.compile(r"\b(?:budgets?|portfolios?|programmes?|programs?|contracts?|spend|capex|opex|p&l)\b", re.IGNORECASE)
_SAVING_WORDS = re.compile(r"\b(?:sav\w*|cut\w*|reduc\w*|lower\w*|avoid\w*)\b", re.IGNORECASE)


def value_phrase(facts: Facts) -> Optional[str]:
    """The person's own scale in a few words: "$1.2M budgets", "teams of 12", "40+ releases
    delivered"; money is called a budget or a saving only when the achievement says which."""
    money = _best(facts, "money")
    if money:
        metric, item = money
        if _BUDGET_WORDS.search(item.text):
            return f"{_money(metric.value, metric.unit)} budgets"
        if _SAVING_WORDS.search(item.text):
            return f"{_money(metric.value, metric.unit)} saved"
    team = _best(facts, "team_size")
    if team:
        return f"teams of {team[0].value:g}"
    count = _best(facts, "count")
    if count and count[0].unit in ("projects", "releases", "programs", "programmes"):
        return f"{count[0].value:g}+ {count[0].unit} delivered"
    return None


# ---------------------------------------------------------------- headline


@dataclass
class _Part:
    text: str
    slots: set = field(default_factory=set)  # what it says: TITLE, SPECIALIZATION, ...
    ids: frozenset = frozenset()  # (kind, lexicon id) of every entry named in it
    named: frozenset = frozenset()  # the words of those names as written
    acronyms: frozenset = frozenset()  # the names' words the lexicons write in capitals ("itil", "aws")
    own: bool = True  # written by the person (else added from the profile or a placeholder)
    placeholder: bool = False

    @property
    def slot(self) -> str:
        return next((slot for slot in SLOTS if slot in self.slots), OTHER)

    @property
    def words(self) -> frozenset[str]:
        return words(self.text)


def _ids(found: Found) -> frozenset:
    ids = {(item.kind, item.id) for group in (found.certifications, found.methodologies, found.technical, found.tools, found.competencies) for item in group}
    ids |= {("specialization", signal.id) for signal in found.signals if not signal.key.startswith("ref:")}
    return frozenset(ids)


def _headline_parts(profile: Profile, facts: Facts) -> list[_Part]:
    """The headline cut at its separators, each part with what the lexicons found in it."""
    place = facts.headline
    written = place.text if place is not None else (profile.basics.label or "")
    parts: list[_Part] = []
    position = 0
    for match in list(_PARTS.finditer(written)) + [None]:
        end = match.start() if match else len(written)
        text = " ".join(written[position:end].split()).strip(" ,;")
        if text:
            found = facts.within((place.start + position, place.start + end)) if place is not None else _found_by_words(text, facts)
            parts.append(_classify(text, found, has_title=any(TITLE in part.slots for part in parts)))
        position = match.end() if match else len(written)
    # A headline in capitals that repeats a job title is written as the work history writes it.
    positions = {words(work.position): work.position for work in profile.work if work.position}
    shouting = all(part.text.isupper() for part in parts)  # a whole headline in capitals: a single word too
    for part in parts:
        if part.text.isupper() and len(part.text) > 5 and part.words in positions:
            part.text = positions[part.words]
        elif part.text.isupper() and (len(part.words) >= 2 or shouting):
            part.text = _title_case(part.text, part.acronyms)
    return parts


def _title_case(text: str, keep: frozenset) -> str:
    """"ADMINISTRATOR OF INFORMATION TECHNOLOGY" -> "Administrator of Information Technology";
    short words, words with digits and the lexicon names found in it ("ITIL") stay as written."""

    def one(match: re.Match) -> str:
        word = match.group(0)
        lowered = word.lower()
        short = len(word) <= 3 and lowered not in _LINKS and lowered not in _SHORT_WORDS  # "IT", "CAD", "QA"
        if short or any(char.isdigit() for char in word) or lowered in keep:
            return word
        return lowered if lowered in _LINKS else word.capitalize()

    cased = re.sub(r"[A-Za-z0-9]+", one, text)
    return cased[:1].upper() + cased[1:]


def _found_by_words(text: str, facts: Facts) -> Found:
    """When the headline is not in the profile text: the profile's facts whose names it contains."""
    have = words(text)

    def named(items: Iterable[Match]) -> tuple[Match, ...]:
        return tuple(item for item in items if words(item.name) and words(item.name) <= have)

    return Found(
        certifications=named(facts.certifications), methodologies=named(facts.methodologies),
        technical=named(facts.technical), tools=named(facts.tools), competencies=named(facts.competencies),
    )


def _is_title(text: str) -> bool:
    """A job title: one the titles lexicon knows, or two words or more with a title word
    ("Quality Analyst/Senior Record Keeping Specialist")."""
    if classify_title(text):
        return True
    found = re.findall(r"[a-z]+", text.lower())
    return len(found) >= 2 and any(word in _TITLE_WORDS for word in found) and not re.search(r"\d", text)


def _classify(text: str, found: Found, has_title: bool) -> _Part:
    slots = set()
    if not has_title and _is_title(text):
        slots.add(TITLE)
    if found.technical or any(not signal.key.startswith("ref:") for signal in found.signals):
        slots.add(SPECIALIZATION)
    if found.methodologies:
        slots.add(METHOD)
    if found.certifications:
        slots.add(CERTIFICATION)
    if _VALUE.search(text):
        slots.add(VALUE)
    named = frozenset(
        word
        for group in (found.certifications, found.methodologies, found.technical, found.tools, found.competencies, found.soft)
        for item in group
        for word in words(item.evidence.text) | words(item.name)
    )
    acronyms = frozenset(
        word.lower()
        for group in (found.certifications, found.methodologies, found.technical, found.tools, found.competencies)
        for item in group
        for word in re.findall(r"[A-Za-z0-9+#]+", item.name)
        if len(word) > 1 and word.isupper()
    )
    if not slots and found.buzzwords and not (found.tools or found.competencies):
        slots = {"buzzword"}
    return _Part(text, slots, _ids(found), named, acronyms)


def _says(parts: list[_Part], name: str, kind: str, entry_id: str) -> bool:
    """The parts already name this entry: by lexicon id, or by all of its words."""
    if any((kind, entry_id) in part.ids for part in parts):
        return True
    wanted = words(name)
    have = frozenset().union(*(part.words for part in parts)) if parts else frozenset()
    return bool(wanted) and wanted <= have


def _without_repeats(parts: list[_Part]) -> list[_Part]:
    """Each thing said once: a part whose words another part all says ("Scrum" beside "Scrum
    Master"), or whose entries another part names and that says nothing else ("PMP" beside
    "Project Management Professional (PMP)"), goes; the fuller part stays."""
    kept = list(parts)
    for part in parts:
        others = [other for other in kept if other is not part]
        if not part.words:
            kept.remove(part)
            continue
        repeated = any(
            part.words < other.words or (part.words == other.words and kept.index(other) < kept.index(part))
            for other in others
        )
        if not repeated and part.ids and not (part.words - part.named):
            named_elsewhere = frozenset().union(*(other.ids for other in others)) if others else frozenset()
            repeated = part.ids <= named_elsewhere
        if repeated and TITLE not in part.slots:
            kept.remove(part)
    return kept


def _additions(profile: Profile, facts: Facts, parts: list[_Part]) -> list[_Part]:
    """What the headline lacks, from the profile's own facts, else as a placeholder."""
    have = {slot for part in parts for slot in part.slots}
    added: list[_Part] = []

    def add(text: str, slot: str, placeholder: bool = False) -> None:
        added.append(_Part(text, {slot}, own=False, placeholder=placeholder))

    if TITLE not in have:
        title = next((work.position for work in profile.work[:1] if work.position), None)
        said = next((part for part in parts if title and words(title) and words(title) <= part.words), None)
        if said is not None:
            said.slots.add(TITLE)  # the headline says the current title in words the titles lexicon lacks
        elif title is None:
            add(PLACEHOLDERS[TITLE], TITLE, True)
        else:
            add(title, TITLE)
    if SPECIALIZATION not in have:
        fresh = [item for item in facts.specializations if not _says(parts + added, item.name, "specialization", item.id)]
        if fresh:
            add(fresh[0].name, SPECIALIZATION)
        elif not facts.specializations:
            add(PLACEHOLDERS[SPECIALIZATION], SPECIALIZATION, True)
    if CERTIFICATION not in have:  # before the methods: ITIL, a method and a certificate, counts as the certificate
        held = [item for item in facts.certifications if item.status == "held" and not _says(parts + added, item.name, item.kind, item.id)]
        if held:
            add(", ".join(item.name for item in held[:2]), CERTIFICATION)
    if METHOD not in have:
        fresh = [item for item in facts.methodologies if not _says(parts + added, item.name, item.kind, item.id)]
        if fresh:
            add(" & ".join(item.name for item in fresh[:2]), METHOD)
        elif not facts.methodologies:
            add(PLACEHOLDERS[METHOD], METHOD, True)
    if VALUE not in have:
        value = value_phrase(facts)
        add(value or PLACEHOLDERS[VALUE], VALUE, value is None)
    return added


def _options(parts: list[_Part]) -> list[str]:
    """Three ways to write the same parts: the person's order with what is missing after it,
    the guide's order (title, specialization, method, certification, scale), and a compact one."""
    own_order = [part for part in parts if part.own] + [part for part in parts if not part.own]
    own_order.sort(key=lambda part: TITLE not in part.slots)  # the title first, the rest as written
    by_slot = sorted(parts, key=lambda part: SLOTS.index(part.slot))
    options = [" | ".join(part.text for part in own_order), " | ".join(part.text for part in by_slot)]
    options.append(_compact(by_slot) or " | ".join(part.text for part in sorted(parts, key=lambda part: (part.slot != TITLE, part.slot != VALUE, SLOTS.index(part.slot)))))
    return options


def _compact(parts: list[_Part]) -> Optional[str]:
    """"IT Project Manager, PMP | Agile for Cloud | $2M budgets": when the certification and the
    method parts are names alone and there is one short specialization."""
    by = {slot: [part for part in parts if part.slot == slot] for slot in SLOTS}
    specs, methods, certs = by[SPECIALIZATION], by[METHOD], by[CERTIFICATION]
    if len(by[TITLE]) != 1 or len(specs) != 1 or len(specs[0].text.split()) > 4 or not (methods or certs):
        return None
    if any(part.own and part.words - part.named for part in methods + certs):
        return None
    head = by[TITLE][0].text + (", " + ", ".join(part.text for part in certs) if certs else "")
    middle = f"{' & '.join(part.text for part in methods)} for {specs[0].text}" if methods else specs[0].text
    return " | ".join([head, middle] + [part.text for part in by[VALUE] + by[OTHER]])


def headline_rewrites(profile: Profile, facts: Facts) -> list[str]:
    parts = [part for part in _headline_parts(profile, facts) if "buzzword" not in part.slots]
    parts = _without_repeats(parts)
    parts = _without_repeats(parts + _additions(profile, facts, parts))
    # Over LinkedIn's limit: drop placeholders first, then what was added, then the person's
    # words that name nothing the guide asks for; their title, specializations, methods,
    # certifications and numbers stay.
    while True:
        options = _options(parts)
        if max(len(option) for option in options) <= HEADLINE_LIMIT:
            break
        removable = (
            [part for part in parts if part.placeholder]
            or [part for part in parts if not part.own]
            or [part for part in parts if part.own and part.slots <= {OTHER}]
        )
        if not removable:
            break
        parts.remove(removable[-1])
    # A rewrite that reads exactly as the headline already does is no suggestion.
    current = " ".join((profile.basics.label or "").split()).casefold()
    unique: list[str] = []
    for option in options:
        option = option[:HEADLINE_LIMIT]
        if option and option not in unique and " ".join(option.split()).casefold() != current:
            unique.append(option)
    return unique


# ---------------------------------------------------------------- summary


def _pick(own: Iterable[Match], profile_wide: Iterable[Match], limit: int, taken: set) -> list[Match]:
    """Everything the summary itself names, then the profile's strongest up to `limit`; each
    entry once, by id and by words (`taken` holds the words already used elsewhere)."""
    chosen: list[Match] = []
    seen: set = set()
    for from_summary, items in ((True, own), (False, profile_wide)):
        for item in items:
            name_words = words(item.name)
            if (item.kind, item.id) in seen or (name_words and name_words <= taken):
                continue
            if not from_summary and len(chosen) >= limit:
                break
            chosen.append(item)
            seen.add((item.kind, item.id))
            taken |= name_words
    return chosen


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _results(facts: Facts, summary: Found) -> list[str]:
    """The person's own measured results: every sentence of their summary with a number (other
    than their years, or one in a name such as "ITIL 4" or "PRINCE2"), then their strongest
    experience results, two in all at least."""
    names = sorted(
        {item.evidence.text for group in (summary.certifications, summary.tools, summary.methodologies, summary.technical) for item in group},
        key=len, reverse=True,
    )
    own: list[str] = []
    for item in facts.achievements:
        if item.evidence.section != "summary":
            continue
        for sentence in _SENTENCES.split(item.text.strip()):
            bare = _YEARS_ONLY.sub("", sentence)
            for name in names:
                bare = bare.replace(name, "")
            if re.search(r"(?<![A-Za-z/])\d", bare):
                own.append(sentence)
    candidates = [item for item in facts.achievements if item.evidence.section in ("experience", "projects") and len(item.text) <= QUOTE_LIMIT]
    best = sorted(candidates, key=lambda item: (item.evidence.section != "experience", -len(item.metrics)))
    results = [_as_clause(text) for text in own]
    for item in best:
        if len(results) >= 2:
            break
        clause = _as_clause(item.text)
        if clause not in results:
            results.append(clause)
    return results


def _opening(profile: Profile, facts: Facts, specs: str) -> str:
    """Who the person is, with only the years that are true of it."""
    total = facts.years_of_experience
    if facts.is_project_manager:
        title = _pm_title(profile) or "IT project manager"
        pm = facts.pm_years
        if pm is not None and pm < 1:
            return f"{title} specializing in {specs} projects."
        years = f"{int(pm)}+ years in project management" if pm else "[N]+ years in project management"
        if pm and total and facts.years_basis == "dates" and total - pm >= 2:
            years += f" ({int(total)}+ years of experience in all)"
        return f"{title} with {years}, specializing in {specs} projects."
    title = _title(profile) or "IT professional"
    # The years of the whole career, called experience: the profile does not say they were all in IT.
    years = f" with {int(total)}+ years of experience" if total and total >= 1 else ""
    return f"{title}{years}, moving into project management in {specs} projects."


def summary_rewrite(profile: Profile, facts: Facts) -> Optional[str]:
    own = facts.in_section("summary")
    results = _results(facts, own)
    taken: set = set()
    certs = _pick(own.certifications, [item for item in facts.certifications if item.status == "held"], 4, taken)
    specs = _pick(own.specializations, facts.specializations, 2, taken)
    # A method or tool already named in a quoted result is not named again.
    taken |= words(" ".join(results))
    methods = _pick(own.methodologies, facts.methodologies, 3, taken)
    tools = _pick(own.tools, facts.tools, 3, taken)
    spec_text = _and([item.name for item in specs]) if specs else "[your specialization]"
    sentences = [_opening(profile, facts, spec_text)]
    if results:
        sentences.append(f"Recent results: {'; '.join(results)}.")
    else:
        sentences.append("[One or two signature results with numbers: budget, team size, time saved, uptime.]")
    verb = "I deliver with" if facts.is_project_manager else "I work with"
    tools_text = f", working in {', '.join(item.name for item in tools)}" if tools else ""
    if methods:
        sentences.append(f"{verb} {', '.join(item.name for item in methods)}{tools_text}.")
    elif not facts.methodologies:
        sentences.append(f"{verb} [your methods]{tools_text}.")
    elif tools:
        sentences.append(f"I work in {', '.join(item.name for item in tools)}.")
    held = [item.name for item in certs if item.status != "in_progress"]
    pending = [item.name for item in certs if item.status == "in_progress"]
    pending += [item.name for item in _pick((), [item for item in facts.certifications if item.status == "in_progress"], 2, taken)]
    if held:
        sentences.append(f"Certified: {', '.join(held)}." + (f" Currently completing {', '.join(pending[:2])}." if pending else ""))
    elif pending:
        sentences.append(f"Currently completing {', '.join(pending[:2])}.")
    else:
        sentences.append("[How you keep learning: a certification or course in progress.]")
    sentences.append("[One sentence on how you lead: how you build, coach and unblock your teams.]")
    return " ".join(sentences)


def _as_clause(text: str) -> str:
    text = text.strip().rstrip(".;")
    return text[:1].lower() + text[1:] if text[:2].isalpha() and not text[:2].isupper() else text


def rewrites(profile: Profile, facts: Facts, mode: str = "profile") -> dict:
    result = {"headline": headline_rewrites(profile, facts)}
    result["summary"] = summary_rewrite(profile, facts) if mode == "profile" else None
    return result
