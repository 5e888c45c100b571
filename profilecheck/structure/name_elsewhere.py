"""A person's name where a text dump left it, when no line of its own holds it.

A PDF turned into text, or into a Word file of one paragraph, loses what set the name apart (its
size, its line): the name in capitals runs into the headline on the first line ("DANA KOWALCZYK
FULL STACK DEVELOPER with 3+ years"), or survives only as the text of the profile link ("LinkedIn:
Dana Kowalczyk", the link's address dropped) or in the link's slug ("LinkedIn: dana-kowalczyk"), or in the page's footer with its number ("Dana
Kowalczyk 1" closing the text).
A careful reader takes it from there; so does this module, as the last resort of the header
reader (only when no line reads as a name).
"""
from __future__ import annotations

import re
from typing import Optional

from .contact import looks_like_name, looks_like_location
from .title_words import TITLE_WORDS

_LEADING_WORDS = 3  # lines whose start may hold the name
_TITLE_LEAD = 4  # words of a title up to its title word ("FULL STACK DEVELOPER")
_PROFILE_LABEL_RE = re.compile(r"\blinked\s?in\s*:\s*", re.IGNORECASE)
# the field's value runs to the next label ("Languages:") or the line's end
_NEXT_LABEL_RE = re.compile(r"\s+[A-Z][\w-]*(?:\s[a-z]+)?\s*:")
_SLUG_RE = re.compile(r"(?P<first>[a-z]{2,})[-_.](?P<last>[a-z]{2,})(?:[-_.](?P<third>[a-z]{2,}))?")


def name_run_into_headline(lines: list[str]) -> Optional[str]:
    """Two or three words in capitals that open one of the first lines, a job title in capitals
    straight after them (its first word a title's word or one of its modifiers, "FULL STACK
    DEVELOPER"): the name, in title case."""
    from ..readers.glued import trade_words

    for text in lines[:_LEADING_WORDS]:
        words = text.split()
        for size in (2, 3):
            if len(words) <= size:
                continue
            name, rest = words[:size], words[size:]
            joined = " ".join(name)
            if not joined.isupper() or not looks_like_name(joined) or looks_like_location(joined):
                continue
            if TITLE_WORDS.search(joined) or any(word.lower() in trade_words() for word in name):
                break  # "FRONT END DEVELOPER": the words of a title, no name
            title = TITLE_WORDS.search(" ".join(rest[:_TITLE_LEAD]))
            if title is not None and rest[0].isupper() and (rest[0].lower() in trade_words() or TITLE_WORDS.match(rest[0])):
                return joined.title()
    return None


def name_in_profile_field(lines: list[str]) -> Optional[str]:
    """The value of a "LinkedIn:" field among the first lines when it is a name, or a slug made of
    two or three name-like words ("dana-kowalczyk"): the name."""
    from ..readers.glued import trade_words

    for text in lines:
        label = _PROFILE_LABEL_RE.search(text)
        if label is None:
            continue
        value = text[label.end() :]
        following = _NEXT_LABEL_RE.search(value)
        value = (value[: following.start()] if following else value).strip(" ,;|")
        if not value or "/" in value or "@" in value:
            continue  # an address: the slug of a full link is read as a profile, not a name
        if looks_like_name(value) and not TITLE_WORDS.search(value):
            return value
        slug = _SLUG_RE.fullmatch(value)
        if slug is None:
            continue
        parts = [part for part in slug.group("first", "last", "third") if part]
        if any(part in trade_words() for part in parts):
            continue  # "pm-expert", "agile-coach": no name
        name = " ".join(part.capitalize() for part in parts)
        if looks_like_name(name):
            return name
    return None


_FOOTER_RE = re.compile(r"(?P<name>\S+(?:\s+\S+){1,2})\s+(?:page\s+)?\d{1,2}(?:\s*(?:/|of)\s*\d{1,2})?", re.IGNORECASE)
_FOOTER_LINES = 3  # the last lines, where a page's footer ends the text


def name_in_page_footer(lines: list[str]) -> Optional[str]:
    """A name with the page's number after it among the last lines ("Dana Kowalczyk 1", "Dana
    Kowalczyk  Page 2 of 2"): a footer that repeats the person's name on every page."""
    for text in reversed([line.strip() for line in lines if line.strip()][-_FOOTER_LINES:]):
        footer = _FOOTER_RE.fullmatch(text)
        if footer is None:
            continue
        name = footer.group("name")
        if looks_like_name(name) and not TITLE_WORDS.search(name) and not looks_like_location(name):
            return name.title() if name.isupper() else name
    return None
