"""Match a profile against a job posting: the posting's keywords found with the same lexicons,
plus its frequent phrases; which the resume shows, which it misses, and where it says the same
thing in another form."""
from __future__ import annotations

import re
from collections import Counter

from .definitions import JOB_MATCH_TARGET as TARGET  # noqa: F401 (re-exported)
from .lexicon import cue_words
from .models import Facts, JobMatch, Match, Profile

GROUPS = ("hard_skills", "tools", "certifications", "methodologies", "soft_skills", "keywords")
STOPWORDS = frozenset(cue_words("posting-stopwords"))
_WORD = re.compile(r"[A-Za-z][A-Za-z+#./-]*[A-Za-z+#]|[A-Za-z]")


def _by_group(found) -> dict[str, list[Match]]:
    return {
        "hard_skills": [*found.technical, *found.competencies],
        "tools": list(found.tools),
        "certifications": list(found.certifications),
        "methodologies": list(found.methodologies),
        "soft_skills": list(found.soft),
    }


def frequent_phrases(text: str, known: set[str], limit: int = 8) -> list[str]:
    """Two- and three-word phrases the posting repeats, not already covered by the lexicons."""
    counts: Counter = Counter()
    for sentence in re.split(r"[.\n;:•()]+", text):
        words = [word.lower() for word in _WORD.findall(sentence)]
        for size in (2, 3):
            for index in range(len(words) - size + 1):
                gram = words[index:index + size]
                if gram[0] in STOPWORDS or gram[-1] in STOPWORDS or any(len(word) < 3 for word in gram):
                    continue
                counts[" ".join(gram)] += 1
    phrases = []
    for phrase, count in counts.most_common():
        if count < 2 or len(phrases) >= limit:
            break
        if any(phrase in item or item in phrase for item in known | set(phrases)):
            continue
        phrases.append(phrase)
    return phrases


def match_job(profile: Profile, facts: Facts, posting: str) -> JobMatch:
    from .nlp.matching import match_text

    wanted = _by_group(match_text(posting))
    have = {
        "hard_skills": {item.id: item for item in (*facts.technical, *facts.competencies)},
        "tools": {item.id: item for item in facts.tools},
        "certifications": {item.id: item for item in facts.certifications},
        "methodologies": {item.id: item for item in facts.methodologies},
        "soft_skills": {item.id: item for item in facts.soft},
    }
    matched: dict[str, list[str]] = {group: [] for group in GROUPS}
    missing: dict[str, list[str]] = {group: [] for group in GROUPS}
    variants = []
    for group, items in wanted.items():
        for item in items:
            mine = have[group].get(item.id)
            if mine is None:
                missing[group].append(item.name)
                continue
            matched[group].append(item.name)
            posting_form, resume_form = item.evidence.text.strip(), mine.evidence.text.strip()
            if _squash(posting_form) != _squash(resume_form):
                variants.append({"posting": posting_form, "resume": resume_form})
    known = {item.name.lower() for items in wanted.values() for item in items}
    resume_text = profile.text.lower()
    for phrase in frequent_phrases(posting, known):
        (matched if phrase in resume_text else missing)["keywords"].append(phrase)
    total = sum(len(value) for value in matched.values()) + sum(len(value) for value in missing.values())
    rate = round(100.0 * sum(len(value) for value in matched.values()) / total, 1) if total else 0.0
    return JobMatch(
        match_rate=rate,
        matched={key: tuple(value) for key, value in matched.items()},
        missing={key: tuple(value) for key, value in missing.items()},
        variants=tuple(variants),
    )


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9+#]", "", text.lower())
