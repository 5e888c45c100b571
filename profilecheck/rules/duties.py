"""Rewrites of duty bullets (PC302) that keep what the bullet says, or none at all.

"Responsible for weekly status reports" becomes "Produced weekly status reports, [result with a
number]": the verb comes from what the work is (reports are produced, a team is led, a budget
managed, a migration run; anything else is owned), the object stays as written, and only the
missing result is asked for.  "Worked on the ERP upgrade" says the person took part, so its
rewrite asks for their part: "Contributed to the ERP upgrade by [what you did], ...".  A phrase
inside a sentence ("Average handling time", "... and attended the CAB"), a place ("Worked in a
lab") or an attempt ("Tried to ...") has no rewrite that keeps its meaning: None, and the finding
gives the advice alone.  How each weak phrase is rewritten is the cue list "duty-rewrite"; the
words are lexicons/cue_words.toml's.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Optional

from ..lexicon import alias_key, cue_pairs, cue_words, load_weak_phrases
from .wordlists import is_action_verb

_MODES = cue_pairs("duty-rewrite")  # weak phrase id -> owner | part | swap | name | none
_OBJECT_VERBS = cue_pairs("duty-object-verbs")  # "reports" -> "produced"
_IRREGULAR_PAST = cue_pairs("irregular-past")  # "leading" -> "led"
_DOUBLED = frozenset(cue_words("doubled-ing"))  # "planning" -> "planned"
_NOT_VERBS = frozenset(cue_words("ing-not-verbs"))  # "engineering", "including"
_MODIFIERS = frozenset(cue_words("ing-modifiers"))  # "testing": a verb, unless "testing tools"
_LEAD_INS = frozenset(cue_words("duty-lead-ins"))  # "Primarily responsible for ..."

RESULT = "[result with a number]"
# Where the head of the object ends: "weekly status reports | to the steering group".
_HEAD_END = re.compile(
    r"\s(?:of|for|to|with|across|in|on|at|from|within|including|by|through|using|via|under|over|into|"
    r"that|which|who|while|as|per|and then)\s|[,;:(–—]|\s-\s",
    re.IGNORECASE,
)
_DETERMINERS = frozenset(
    "the a an all our my his her their its this these those each every both multiple several various new "
    "weekly daily monthly quarterly annual yearly".split()
)
_JOINERS = frozenset(("and", "or", "&", "as", "well"))
_NOUN_ENDING = re.compile(r"(?:tion|sion|ment|ance|ence|ery|ship|ure)s?$")
_STARTS_CLAUSE = frozenset(("that", "which", "who", "where", "when", "to", "so"))
# A measured result: a percentage, or a change with a number (a budget or a team size is scale, not a result).
_HAS_RESULT = re.compile(
    r"\d\s?%|\bper ?cent\b"
    r"|\b(?:saved|saving|cut|cutting|reduced|reducing|increased|increasing|improved|improving|grew|growing|raised|"
    r"boosted|lowered|shortened|halved|doubled|tripled)\b[^.]*\d",  # "cut defects by 30%", "saved 2 days"
    re.IGNORECASE,
)


@cache
def _phrase_ids() -> dict[str, str]:
    """Every way a weak phrase is written (its alias key) -> the phrase's id."""
    return {alias.key: phrase.id for phrase in load_weak_phrases() for alias in phrase.aliases}


def rewrite_mode(written: str) -> str:
    """How a bullet opening with the weak phrase as written is rewritten (see the module)."""
    ids = _phrase_ids()
    found = ids.get(alias_key(written)) or ids.get(alias_key(" ".join(re.split(r"[\s/-]+", written.strip()))))
    return _MODES.get(found or "", "none")


def rewrite_duty(text: str, start: int, end: int, verb: str) -> Optional[str]:
    """The bullet `text` rewritten around its weak phrase at text[start:end], whose suggested
    verb is `verb`; None when no rewrite keeps its meaning."""
    mode = rewrite_mode(text[start:end])
    if mode == "name":
        return _name_them(text, start, end)
    if mode == "none" or not _opens_bullet(text[:start]):
        return None  # a phrase inside a sentence ("Average handling time") is not a duty to rewrite
    rest = text[end:].strip(" :,-–—").rstrip(" .;")
    rest = re.sub(r"^(?:the\s+)?(?:task|duty)\s+of\s+", "", rest, flags=re.IGNORECASE)
    if not rest or not re.search(r"[A-Za-z]", rest):
        return None
    if mode == "owner":
        sentence = _owned(rest, verb)
    elif mode == "part":
        sentence = _took_part(rest, verb, text[start:end])
    else:  # swap
        sentence = f"{verb} {_keep_case(rest)}"
    if sentence is None:
        return None
    return sentence if _HAS_RESULT.search(rest) else f"{sentence}, {RESULT}"


def _opens_bullet(before: str) -> bool:
    """Only lead-in words ("Primarily", "I was") stand before the phrase."""
    words = re.sub(r"[^\w\s'-]", " ", before).lower().split()
    return all(word in _LEAD_INS for word in words)


def _owned(rest: str, verb: str) -> str:
    """"managing vendor contracts" -> "Managed vendor contracts"; "weekly status reports" ->
    "Produced weekly status reports"; anything else keeps the phrase's own verb ("Owned ...")."""
    words = rest.split()
    if _past(words[0].rstrip(",;:"), words[1] if len(words) > 1 else None) and not _mixed_list(words):
        out = []
        for index, word in enumerate(words):
            bare = word.rstrip(",;:")
            joined = index == 0 or words[index - 1].lower() in _JOINERS or words[index - 1].endswith(",")
            # a later item of the opening list is an action like the first ("planning, scheduling
            # and tracking releases"), whatever follows it
            past = _past(bare, words[index + 1] if index == 0 and len(words) > 1 else None) if joined else None
            out.append(past + word[len(bare):] if past else word)
        sentence = " ".join(out)
        return sentence[:1].upper() + sentence[1:]
    return f"{_object_verb(rest) or verb} {_keep_case(rest)}"


def _mixed_list(words: list[str]) -> bool:
    """The opening list mixes actions and nouns ("budgeting, planning, & execution of ..."):
    turning its actions into past tenses would leave the nouns behind."""
    for index, word in enumerate(words[1:], start=1):
        bare = re.sub(r"[^\w&]", "", word).lower()
        if bare in _JOINERS or not bare:
            continue
        joined = words[index - 1].lower() in _JOINERS or words[index - 1].endswith(",")
        if not joined:
            return False  # the list has ended
        if _past(bare, None) is None:
            return bool(_NOUN_ENDING.search(bare))
    return False


def _took_part(rest: str, verb: str, written: str) -> Optional[str]:
    """"the ERP upgrade" -> "Contributed to the ERP upgrade by [what you did]"; None when what
    follows is not a thing one takes part in ("Helped to reduce ...", "Part of the team that ...")."""
    rest = re.sub(r"^(?:with|on|in)\s+", "", rest, flags=re.IGNORECASE)
    first = re.sub(r"\W", "", rest.split()[0]).lower() if rest.split() else ""
    if not first or first in _STARTS_CLAUSE or is_action_verb(first):
        return None
    if written.lower().rstrip().endswith(" to") and first not in _DETERMINERS:
        return None  # "assigned to migrate ...": an infinitive, not a project
    return f"{verb} {_keep_case(rest)} by [what you did]"


def _name_them(text: str, start: int, end: int) -> Optional[str]:
    """"... for various types of projects" -> "... for [which] types of projects"; "Jira,
    Confluence, etc." -> "Jira, Confluence, [name the rest]"."""
    written = text[start:end].lower()
    if written.startswith(("various", "a variety of")):
        cut = len("various") if written.startswith("various") else len("a variety of")
        sentence = f"{text[:start]}[which]{text[start + cut:]}"
    else:  # "etc", "and so on", "and more": a list that stops short
        before = text[:start].rstrip(" ,")
        if not before:
            return None
        sentence = f"{before}, [name the rest]{text[end:].lstrip('.')}"
    sentence = sentence.strip().rstrip(" .;")
    if sentence.startswith("[which]"):
        sentence = "[Which]" + sentence[len("[which]"):]
    return sentence  # what is missing is what the vague word hides, not a result


def _past(word: str, following: Optional[str]) -> Optional[str]:
    """The past tense of a word in -ing that acts as a verb here ("managing" -> "managed"), else None."""
    lowered = word.lower()
    if not lowered.endswith("ing") or len(lowered) <= 5 or not lowered.isalpha() or lowered in _NOT_VERBS:
        return None
    if lowered in _MODIFIERS and following is not None:
        nxt = re.sub(r"\W", "", following).lower()
        if nxt.endswith("s") and nxt not in _DETERMINERS and len(nxt) > 3 and nxt not in ("across", "towards", "various"):
            return None  # "testing tools": what the tools are for, not an action
    if lowered in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[lowered]
    stem = lowered[:-3]
    if lowered in _DOUBLED:
        return stem + "ed"  # "planning" -> "planned"
    if stem.endswith("y") and len(stem) > 1 and stem[-2] not in "aeiou":
        return stem[:-1] + "ied"  # "identifying" -> "identified"
    return stem + ("d" if stem.endswith("e") else "ed")  # "managing" -> "managed", "agreeing" -> "agreed"


def _object_verb(rest: str) -> Optional[str]:
    """The verb for the work named by `rest`, from the last word of its head: "weekly status
    reports to the board" -> "Produced"."""
    head = _HEAD_END.split(f" {rest} ", maxsplit=1)[0].split()
    if not head:
        return None
    word = re.sub(r"[^\w&-]", "", head[-1]).lower()
    verb = _OBJECT_VERBS.get(word)
    return verb.capitalize() if verb else None


def _keep_case(rest: str) -> str:
    """The object as written, its first word in lower case only when it is a plain word
    ("The migration" -> "the migration", "ERP" and "Azure" stay)."""
    first = rest.split()[0]
    if first.lower() in _DETERMINERS and first[:1].isupper() and first[1:].islower():
        return first.lower() + rest[len(first):]
    return rest
