"""The lexicon loader lives in profilecheck/lexicon.py (below every stage, so the readers, the
structure stage and the rules read their words through it too); this name stays for callers."""
from __future__ import annotations

from ..lexicon import *  # noqa: F401,F403
from ..lexicon import (  # noqa: F401 (names that * leaves out)
    ALIAS_FLAGS, ALL_FILES, LEXICON_FILES, METHOD_FAMILIES, OTHER_FILES, REF_KINDS, STAGES, TECH_GROUPS, TOOL_CATEGORIES,
    LexiconError, alias_key, parse_alias,
)
