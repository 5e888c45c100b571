"""Language side of profilecheck: lexicons, the spaCy pipeline, matching and metrics.

    from profilecheck.nlp import find_facts, match_text, find_metrics

Bottom to top: normalise (the matchers' text) and amounts (money and percentages), lexicon (the
validated loader), pipeline (spaCy), metrics, matching, levels.  The names below load on first use,
so importing the lexicon loader does not import spaCy.
"""
from __future__ import annotations

import importlib

_EXPORTS = {
    "FoundFacts": "matching",
    "find_facts": "matching",
    "match_text": "matching",
    "find_metrics": "metrics",
    "get_pipeline": "pipeline",
    "LexiconError": "lexicon",
    "load_all": "lexicon",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
