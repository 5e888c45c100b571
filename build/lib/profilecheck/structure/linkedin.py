"""Recognise text copied from a LinkedIn profile page, and drop the page's interface words."""
from __future__ import annotations

import re

from ..models import Line

_MARKERS = (
    re.compile(r"·\s*contact info", re.IGNORECASE),
    re.compile(r"^\d+\+?\s+(?:connections|followers)$", re.IGNORECASE),
    re.compile(r"^(?:full-time|part-time|contract|self-employed|internship|freelance)\s*·", re.IGNORECASE),
    re.compile(r"·\s*\d+\s*(?:yrs?|mos?)\b", re.IGNORECASE),
    re.compile(r"^licenses\s*&\s*certifications$", re.IGNORECASE),
    re.compile(r"^show all \d+", re.IGNORECASE),
    re.compile(r"^issued\s+\w+\s+\d{4}", re.IGNORECASE),
    re.compile(r"·\s*(?:hybrid|remote|on-site)$", re.IGNORECASE),
)
# Buttons, counters and prompts of the profile page: not part of anybody's profile.
_NOISE = re.compile(
    r"^(?:show all.*|see more|…see more|\.\.\.see more|show credential|show less|message|connect|follow|more|"
    r"open to|add section|contact info|endorse|endorsed by .*|\d+ endorsements?|\d+\+? (?:connections|followers)|"
    r"activity|(?:he|she|they)/(?:him|her|them)|\d+(?:st|nd|rd)|· \d+(?:st|nd|rd)|skills:.*\+\d+ skills?|"
    r"credential id .*|see credential|people also viewed|you might like|ad options|"
    r"logo|company logo|.* logo)$",
    re.IGNORECASE,
)


def looks_like_linkedin_text(lines: tuple[Line, ...]) -> bool:
    hits = set()
    for line in lines[:400]:
        text = line.text.strip()
        for number, marker in enumerate(_MARKERS):
            if marker.search(text):
                hits.add(number)
    return len(hits) >= 2


def strip_interface_lines(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    kept = []
    for line in lines:
        text = line.text.strip()
        if _NOISE.match(text):
            continue
        text = re.sub(r"\s*·\s*contact info$", "", text, flags=re.IGNORECASE)
        kept.append(Line(text, line.page, line.size, line.bold, line.region, line.column) if text != line.text.strip() else line)
    return tuple(kept)
