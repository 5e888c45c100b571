"""Small helpers shared by the rule modules: evidence, bullets, what the headline holds."""
from __future__ import annotations

from typing import Iterator, Optional

from ..models import Bullet, Evidence, Found, Profile
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
    end = min(section.end, section.start + limit)
    if end < section.end:  # end at a word, not inside one
        space = max(profile.text.rfind(" ", section.start, end + 1), profile.text.rfind("\n", section.start, end + 1))
        end = space if space > section.start + limit // 2 else end
    return evidence(profile, section.start, end, name)


def bullets(context: Context) -> Iterator[Bullet]:
    """Every experience bullet, as the Facts stage read it (text, span, evidence, metrics)."""
    return iter(context.facts.bullets)


def headline_found(context: Context, limit: Optional[int] = None) -> Found:
    """What the lexicons found in the headline (or in its first `limit` characters)."""
    place = context.facts.headline
    if place is None:
        return Found()
    end = place.end if limit is None else min(place.end, place.start + limit)
    return context.facts.within((place.start, end))


def short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
