"""Small helpers shared by the rule modules: evidence, bullets, headline facts, word lists."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator, Optional

from ..models import Evidence, Profile, Work
from .registry import Context



def evidence(profile: Profile, start: int, end: int, section: Optional[str] = None) -> Evidence:
    start = max(0, min(start, len(profile.text)))
    end = max(start, min(end, len(profile.text)))
    return Evidence(section or profile.section_at(start), profile.text[start:end], start, end)


def find_evidence(profile: Profile, text: Optional[str], section: Optional[str] = None) -> Optional[Evidence]:
    """Evidence for a piece of text that came from the profile (first occurrence)."""
    if not text:
        return None
    start = profile.text.find(text)
    if start < 0:
        start = profile.text.find(text[:40])
        if start < 0:
            return None
        return evidence(profile, start, start + min(len(text), len(profile.text) - start), section)
    return evidence(profile, start, start + len(text), section)


def headline_evidence(context: Context) -> Optional[Evidence]:
    return find_evidence(context.profile, context.headline, "headline")


def section_evidence(profile: Profile, name: str, limit: int = 160) -> Optional[Evidence]:
    section = profile.section(name)
    if section is None:
        return None
    return evidence(profile, section.start, min(section.end, section.start + limit), name)


def bullets(profile: Profile) -> Iterator[tuple[Work, str, Optional[Evidence]]]:
    """Every experience bullet with its evidence."""
    for work in profile.work:
        search_from = work.span[0]
        for bullet in work.highlights:
            probe = bullet[:40]
            start = profile.text.find(probe, search_from)
            if start < 0:
                yield work, bullet, None
                continue
            # A wrapped bullet spans a newline in the text; its evidence is the first line of it.
            end = profile.text.find("\n", start)
            end = len(profile.text) if end < 0 else end
            yield work, bullet, evidence(profile, start, min(end, start + len(bullet)), "experience")
            search_from = start + 1


@lru_cache(maxsize=256)
def facts_of_text(text: str):
    """Lexicon matches in a bare string (a headline, a summary), cached per text."""
    from ..nlp.matching import match_text

    return match_text(text)


def short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
