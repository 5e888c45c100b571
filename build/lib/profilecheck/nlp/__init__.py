"""Language side of profilecheck: lexicons, the spaCy pipeline, matching and metrics.

    from profilecheck.nlp import find_facts, match_text, find_metrics
"""
from __future__ import annotations

from .lexicon import LexiconError, load_all
from .matching import FoundFacts, find_facts, match_text
from .metrics import find_metrics
from .pipeline import get_pipeline

__all__ = ["FoundFacts", "LexiconError", "find_facts", "find_metrics", "get_pipeline", "load_all", "match_text"]
