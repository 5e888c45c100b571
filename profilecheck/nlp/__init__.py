"""Language side of profilecheck: lexicons, the spaCy pipeline, matching and metrics.

    from profilecheck.nlp import find_facts, match_text, find_metrics

Bottom to top: normalise (the matchers' text) and amounts (money and percentages), lexicon (the
validated loader), pipeline (spaCy), metrics, matching, levels.  The names below load on first use,
so importing the lexicon loader does not import spaCy.
"""
from __future__ import annotations

import importlib
import sys
import types

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


def _spacy_without_its_command_line() -> None:
    """`import spacy` imports spaCy's command line (spacy.cli: typer, requests, weasel and
    more, some 360 modules) only to offer `spacy.info`; that is a quarter of the import, and
    nothing here uses it.  Until spaCy is imported, `spacy.cli.info` is a stand-in whose
    `info` (and anything else asked of it) imports the real module then: `spacy.info()` works
    as before, only later."""
    name = "spacy.cli.info"
    if "spacy" in sys.modules or name in sys.modules:
        return
    stand_in = types.ModuleType(name, "Stands in for spaCy's spacy.cli.info until it is used (profilecheck.nlp).")

    def real():
        if sys.modules.get(name) is stand_in:
            del sys.modules[name]
        return importlib.import_module(name)

    def info(*args, **kwargs):
        return real().info(*args, **kwargs)

    def attribute(wanted: str):
        if wanted.startswith("__"):  # what the import system asks of any module
            raise AttributeError(wanted)
        return getattr(real(), wanted)

    stand_in.info = info
    stand_in.__getattr__ = attribute
    sys.modules[name] = stand_in


_spacy_without_its_command_line()
