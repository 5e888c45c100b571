"""The text the matchers see, and the way back to the original offsets.  No spaCy here: the
lexicon loader normalises aliases with it, and loading the lexicons must stay cheap.

`normalise(text)` gives the text the matchers see: ®/™/© gone, hyphens, dashes, slashes, bullets and
line breaks turned into spaces, runs of spaces squeezed, dotted acronyms ("P.M.P.") closed up,
punctuation inside 50+ character runs without spaces opened up (spaCy splits those in quadratic time).
Case is kept (case-sensitive aliases need it).  The result keeps a map back to offsets in the
original text.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Optional

_BLANKS = (
    "®™©℠"  # marks
    "\n\r\t\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b"
    "\u2028\u2029\u202f\u205f\u3000\u00ad\ufeff"  # spaces, soft hyphen, BOM
    "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212_/\\"  # hyphens, dashes, slashes
    "•▪◦●■□►▸‣⁃∙·✓✔➢➤→\uf0b7\uf0a7\uf076\uf0d8"  # bullets (incl. Symbol-font private-use ones)
)
_BLANK_RE = re.compile("[%s]" % re.escape(_BLANKS))  # one character each: lengths are kept
_SPACES = re.compile(r"  +")
_ACRONYM = re.compile(r"(?:[A-Za-z]\.){2,}(?:[A-Za-z](?![A-Za-z0-9]))?")  # "P.M.P.", "P.M.P"
_ACRONYM_HINT = re.compile(r"\.[A-Za-z]\.")


class Normalised:
    """Normalised text plus the way back to offsets in the original."""

    __slots__ = ("text", "original", "_starts", "_segments")

    def __init__(self, text: str, original: str, starts: Optional[list[int]], segments: Optional[list[tuple[int, int, bool]]]):
        self.text = text
        self.original = original
        self._starts = starts  # normalised start of each segment
        self._segments = segments  # (original start, original end, copied verbatim)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) for a normalised [start, end)."""
        if self._starts is None:
            return start, end
        return self._map(start, False), self._map(max(start, end - 1), True)

    def _map(self, position: int, is_end: bool) -> int:
        index = bisect_right(self._starts, position) - 1
        orig_start, orig_end, copied = self._segments[index]
        if copied:
            return orig_start + (position - self._starts[index]) + (1 if is_end else 0)
        return orig_end if is_end else orig_start


_LONG_RUN = re.compile(r"\S{50,}")
_PUNCTUATION = re.compile(r"[^\w]")


def _open_long_run(match: re.Match) -> str:
    return _PUNCTUATION.sub(" ", match.group())


def normalise(text: str) -> Normalised:
    translated = _BLANK_RE.sub(" ", text)
    # A long run without spaces ("%%%%...", dot leaders, base64) makes spaCy's affix splitting
    # quadratic; its punctuation becomes spaces, one for one, so offsets stay the same.
    if len(translated) >= 50 and max(map(len, translated.split()), default=0) >= 50:  # str.split beats a regex scan
        translated = _LONG_RUN.sub(_open_long_run, translated)
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement): space runs and dotted acronyms
    if "  " in translated:
        edits.extend((match.start(), match.end(), " ") for match in _SPACES.finditer(translated))
    if "." in translated:
        last = -1
        for hint in _ACRONYM_HINT.finditer(translated):  # ".M." is rare and cheap to find; then look around it
            begin = hint.start() - 1
            if begin <= last or begin < 0 or (begin and (translated[begin - 1].isalnum() or translated[begin - 1] == ".")):
                continue  # inside a word ("Node.js") or already part of the previous acronym
            match = _ACRONYM.match(translated, begin)
            if match is not None:
                edits.append((begin, match.end(), match.group().replace(".", "")))
                last = match.end()
        edits.sort()
    if not edits:
        return Normalised(translated, text, None, None)
    pieces: list[str] = []
    starts: list[int] = []
    segments: list[tuple[int, int, bool]] = []
    position = length = 0
    for begin, finish, replacement in edits:
        if begin > position:
            starts.append(length)
            segments.append((position, begin, True))
            pieces.append(translated[position:begin])
            length += begin - position
        starts.append(length)
        segments.append((begin, finish, False))
        pieces.append(replacement)
        length += len(replacement)
        position = finish
    if position < len(translated):
        starts.append(length)
        segments.append((position, len(translated), True))
        pieces.append(translated[position:])
    return Normalised("".join(pieces), text, starts, segments)
