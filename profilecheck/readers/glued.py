"""Words run together in the source, set apart again with the words of the trade.

A Word file made from a PDF, or text copied out of one, may carry words with the space between
them lost: "intoproductmanagement", "requirementelicitation", "seniorbusinessand".  A careful
reader splits them at once, each piece being a word of the trade or a small common word.  So
does this pass: a long run of lower-case letters that is no word the lexicons know, nor one
the document writes twice, is cut into the fewest such words (at most four; the short ones only
common words: "and", "of"; the first and last of three letters or more; two only when they make
a phrase of the trade, "stakeholder management", as "internet working" and "micro processor"
make none); a run that cannot be cut so stays as it is, as does a compound of
another language ("bransjemagasinet") whose pieces are no English words of the trade.  A run with
a capital is left alone: a name, or a compound that Dutch or German writes as one word
("Projectmanager" in a LinkedIn headline, which must stay as written).  PDFs are not passed
through it: their words are parted from the glyphs' positions (readers/glyphs.py), and a LinkedIn
export's fields are quoted exactly.  Runs under 14 letters are left alone: mostly real words.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Optional

# Shorter runs are mostly real words ("understanding", "implementation"); runs of two words or
# more lost in the source are longer
_MIN_LETTERS = 14
_MAX_LETTERS = 60
_MAX_PIECES = 4
# A run of 22 letters or more is no English word a resume writes: a phrase that lost its spaces
# ("Managedtheportfolioofinternalprojects"), cut into more pieces, and with a capital at its start
# or in capitals throughout ("PROFESSIONALEXPERIENCE") as well (a compound of another language
# or a name is rarely so long, and its pieces are no English words of the trade anyway)
_LONG_RUN = 22
_MAX_LONG_PIECES = 8
_OWN_PIECE = 4  # the document's own words a long run may be cut into: four letters or more
_MIN_PIECE = 2
_SHORT_PIECE = 3
_EDGE_PIECE = 3  # the first and the last piece: "and", "into", never "or" or "of"
# Prefixes that the lexicons write apart ("multi-cloud") but English writes into its words
# ("multifunctional", "crossfunctional" is one word to some): no piece of their own
_BOUND_PREFIXES = frozenset({
    "multi", "cross", "non", "sub", "pre", "inter", "intra", "semi", "anti", "post", "mid", "co", "re", "micro", "macro", "tele",
    "auto", "bio", "eco", "geo", "hyper", "super", "ultra", "infra", "over", "under", "out",
})
_LETTER_RUN_RE = re.compile(r"(?<![^\W\d_])[^\W\d_]{%d,%d}(?![^\W\d_])" % (_MIN_LETTERS, _MAX_LETTERS))
_WORD_RE = re.compile(r"[^\W\d_]+")


def _lexicon_texts() -> Iterable[str]:
    """Every name and alias of the lexicons a glued run may be made of (skills, tools, methods,
    competencies, soft skills, titles, certifications)."""
    from .. import lexicon

    for loader in (lexicon.load_tools, lexicon.load_methodologies, lexicon.load_technical_skills, lexicon.load_competencies,
                   lexicon.load_soft_skills, lexicon.load_titles, lexicon.load_certifications):
        for entry in loader():
            yield entry.name
            yield from (getattr(alias, "text", alias) for alias in entry.aliases)  # (titles' are plain strings)


@lru_cache(maxsize=1)
def trade_words() -> frozenset[str]:
    """The words of the lexicons (and of section names and action verbs) and the small common
    words of English that glued runs are made of."""
    from .. import lexicon

    phrases = [*lexicon.cue_words("common-words"), *_lexicon_texts(), *lexicon.action_verb_groups()]
    phrases.extend(alias for section in lexicon.load_sections() for alias in section.aliases)
    return frozenset(word.lower() for phrase in phrases for word in _WORD_RE.findall(phrase) if len(word) >= _MIN_PIECE)


@lru_cache(maxsize=1)
def _piece_words() -> frozenset[str]:
    """The words a glued run may be cut into: the trade's, less the prefixes English writes into
    its words."""
    return trade_words() - _BOUND_PREFIXES


@lru_cache(maxsize=1)
def _trade_phrases() -> frozenset[str]:
    """The lexicons' names and aliases of two words and the section names of two words, in lower
    case ("stakeholder management", "professional experience")."""
    from .. import lexicon

    texts = [*_lexicon_texts(), *(alias for section in lexicon.load_sections() for alias in section.aliases)]
    pairs = (_WORD_RE.findall(text.lower()) for text in texts)
    return frozenset(" ".join(words) for words in pairs if len(words) == 2)


def _trade_phrase(first: str, second: str) -> bool:
    """"requirement elicitation": the two words are a phrase of the trade (either in the plural)."""
    phrases = _trade_phrases()
    return any(f"{a} {b}" in phrases for a in (first, first + "s", first.rstrip("s")) for b in (second, second + "s", second.rstrip("s")))


def split_glued_words(lines: list[str]) -> list[str]:
    """The lines with each long run of letters that no known word spells cut into known words
    (the trade's, the common ones); the same list when nothing was cut."""
    if not any(_LETTER_RUN_RE.search(line) for line in lines):
        return lines  # the common case: no run long enough, no vocabulary built
    # Pieces are words of the trade and common words only: a document's own words would cut a
    # compound of another language ("bransjemagasinet") or a name made of words.  A run the
    # document writes twice is a word of its own.
    counts: dict[str, int] = {}
    for line in lines:
        for run in _LETTER_RUN_RE.findall(line):
            counts[run.lower()] = counts.get(run.lower(), 0) + 1
    written = {run for run, count in counts.items() if count > 1}
    known = _piece_words()
    # A long run may be made of any of the words the document writes apart elsewhere ("managed",
    # "responsible"): it is no word itself, and the document's own words are the likeliest pieces.
    own_words = frozenset(
        word.lower() for line in lines for word in _WORD_RE.findall(line) if _OWN_PIECE <= len(word) < _MIN_LETTERS
    )
    long_known = known | own_words
    cache: dict[str, Optional[str]] = {}

    def repair(match: re.Match[str]) -> str:
        run = match.group(0)
        if _in_address(match):
            return run  # "www.bestprojectteams.com", "someone@northwindtraders": an address, not prose
        if run in cache:
            return cache[run] or run
        cache[run] = None
        lowered = run.lower()
        long_run = len(run) >= _LONG_RUN
        cased = run.isupper() or (run[0].isupper() and run[1:].islower())
        if lowered in known or lowered in written or not (run.islower() or (long_run and cased)):
            return run  # a word of the trade; a capital may begin a name or another language's compound ("Projectmanager")
        pieces = _fewest_pieces(lowered, long_known, _MAX_LONG_PIECES) if long_run else _fewest_pieces(lowered, known)
        if pieces is None:
            return run
        if run.isupper():
            pieces = [piece.upper() for piece in pieces]
        elif run[0].isupper():
            pieces[0] = pieces[0].capitalize()
        cache[run] = " ".join(pieces)
        return cache[run]

    repaired = [_LETTER_RUN_RE.sub(repair, line) if _LETTER_RUN_RE.search(line) else line for line in lines]
    return lines if repaired == lines else repaired


_ADDRESS_MARK_RE = re.compile(r"[@/\\]|\w\.\w")


def _in_address(match: re.Match[str]) -> bool:
    """The run is part of an e-mail address, a web address or a path (its whitespace-delimited
    token holds "@", "/" or a dot between letters)."""
    text = match.string
    start = text.rfind(" ", 0, match.start()) + 1
    end = text.find(" ", match.end())
    return _ADDRESS_MARK_RE.search(text[start : end if end >= 0 else len(text)]) is not None


def _known(piece: str, known: frozenset[str]) -> bool:
    """A known word, or one in the singular or plural of a known word ("requirement"); a piece of
    three letters or fewer only when it is a common word ("and", "of"), not any short token
    ("ee", "ds" would cut "theneeds" into nonsense)."""
    if len(piece) <= _SHORT_PIECE:
        return piece in _common_words()
    return piece in known or piece + "s" in known or (piece.endswith("s") and piece[:-1] in known)


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    from ..lexicon import cue_words

    return frozenset(cue_words("common-words"))


def _fewest_pieces(run: str, known: frozenset[str], most: int = _MAX_PIECES) -> Optional[list[str]]:
    """The run as the fewest known words, `most` at most (ties: the longest pieces first), or None."""
    size = len(run)
    # best[i]: (pieces, -sum of squared lengths, cut points) for run[:i]
    best: list[Optional[tuple[int, int, tuple[int, ...]]]] = [None] * (size + 1)
    best[0] = (0, 0, ())
    for end in range(_MIN_PIECE, size + 1):
        for start in range(max(0, end - _MAX_LETTERS), end - _MIN_PIECE + 1):
            before = best[start]
            if before is None or before[0] >= most or not _known(run[start:end], known):
                continue
            candidate = (before[0] + 1, before[1] - (end - start) ** 2, before[2] + (end,))
            if best[end] is None or candidate[:2] < best[end][:2]:
                best[end] = candidate
    found = best[size]
    if found is None or found[0] < 2:
        return None
    cuts = (0,) + found[2]
    pieces = [run[a:b] for a, b in zip(cuts, cuts[1:])]
    if len(pieces[0]) < _EDGE_PIECE or len(pieces[-1]) < _EDGE_PIECE:
        return None  # "micro process or": a word's own ending is no word of two letters
    if len(pieces) == 2 and not _trade_phrase(*pieces):
        return None  # "internet working": two pieces are a phrase of the trade, or one real word
    return pieces
