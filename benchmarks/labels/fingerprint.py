"""Fingerprint a piece of text so a label can say "this exact value" without holding the value.

LinkedIn labels record structure only (no names, no employers): where exactness matters (name,
headline, location, a role's title and company) the label keeps this fingerprint instead, and
benchmarks/realworld.py compares the fingerprint of what profilecheck read.

    python benchmarks/labels/fingerprint.py "Some Headline | With Parts"
"""
from __future__ import annotations

import hashlib
import re
import sys
import unicodedata


def normalise(text: str) -> str:
    """Case, accents' composition, whitespace and the punctuation around separators do not count."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"\s+", " ", text)
    return text.strip(" .,;:-|·•")


def fingerprint(text: str) -> str:
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()[:16]


if __name__ == "__main__":
    value = " ".join(sys.argv[1:]) if len(sys.argv) > 1 else sys.stdin.read()
    print(fingerprint(value))
