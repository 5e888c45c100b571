"""Per-line text repairs shared by every reader.

Resumes arrive through PDF engines, Word, copy-paste from LinkedIn and mail clients, and
each of those leaves its own debris: ligature glyphs, UTF-8 read as Windows-1252
("â€™"), invisible characters, a dozen bullet glyphs, letter-spaced headings.  The
structure stage should see one clean spelling of all of that, so every reader sends each
line through `clean_line` and the list of lines through `join_hyphenated`.

Everything here runs per line on documents of thousands of lines (and on a single line of
a megabyte, for pasted text without newlines), so the regexes are compiled once and none
of them can backtrack quadratically.
"""
from __future__ import annotations

import re
from functools import lru_cache

__all__ = [
    "clean_line", "clean_set_line", "join_hyphenated", "join_set_lines", "hyphen_join", "HyphenatedLine", "fix_mojibake", "join_split_ligatures",
    "join_split_initials", "lost_dash", "bold_lead_apart",
]

# ---------------------------------------------------------------- mojibake
#
# UTF-8 bytes decoded as cp1252 (or latin-1) turn each non-ASCII character into 2-4
# characters from the 0x80-0xFF range.  We find runs that are exactly well-formed UTF-8
# when mapped back to bytes, and repair a run only when what it decodes to is plausible
# text; e.g. German "ß“" is a valid lead+continuation pair but decodes to an NKo letter, so
# it is left alone.


def _byte_map() -> dict[str, int]:
    """Character -> the byte it came from, for both cp1252 and latin-1 misreadings."""
    mapping: dict[str, int] = {}
    for byte in range(0x80, 0x100):
        mapping[chr(byte)] = byte  # latin-1 reading (C1 controls for 0x80-0x9F)
        try:
            mapping[bytes([byte]).decode("cp1252")] = byte
        except UnicodeDecodeError:
            pass  # 0x81 0x8D 0x8F 0x90 0x9D are undefined in cp1252; latin-1 covers them
    return mapping


_TO_BYTE = _byte_map()


def _char_class(low: int, high: int) -> str:
    chars = [ch for ch, byte in _TO_BYTE.items() if low <= byte <= high]
    return "[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]"


_CONT = _char_class(0x80, 0xBF)
_LEAD2 = _char_class(0xC2, 0xDF)
_LEAD3 = _char_class(0xE0, 0xEF)
_LEAD4 = _char_class(0xF0, 0xF4)
_MOJIBAKE_RE = re.compile(
    f"(?:{_LEAD2}{_CONT}|{_LEAD3}{_CONT}{{2}}|{_LEAD4}{_CONT}{{3}})+"
)
# A quick pre-check: every mojibake run starts with one of these characters.
_MOJIBAKE_HINT_RE = re.compile(f"{_LEAD2}|{_LEAD3}|{_LEAD4}")
# "Â" left in front of a space: a UTF-8 no-break space (C2 A0) whose A0 was later turned
# into a plain space.  A real "Â" sits inside an upper-case word, never after lower case.
_STRAY_A_CIRC_RE = re.compile(r"(?<![A-ZÀ-Þ])Â(?= |$)")
# "ï¼" before a space: a fullwidth "＠" (EF BC A0) whose last byte, a no-break space, was
# turned into a plain space before it reached us ("Company Name ï¼ City").  An "at" sign.
_STRAY_FULLWIDTH_AT_RE = re.compile(r"ï¼(?= |$)")


def _plausible(decoded: str) -> bool:
    """True when every decoded character is something a resume could contain."""
    for ch in decoded:
        code = ord(ch)
        if code < 0x80:
            return False  # cannot happen for well-formed UTF-8, but be strict
        if code < 0xA0:
            return False  # C1 controls: not text
        if code <= 0x24F:
            continue  # Latin-1 supplement and Latin Extended A/B: accents of Europe
        if 0x370 <= code <= 0x52F:
            # Greek and Cyrillic: real mojibake of those comes as whole words
            if len(decoded) < 2:
                return False
            continue
        if code >= 0x800:
            continue  # three- and four-byte sequences never occur by accident
        return False
    return True


def _repair_run(match: re.Match[str]) -> str:
    run = match.group(0)
    try:
        decoded = bytes(_TO_BYTE[ch] for ch in run).decode("utf-8")
    except (KeyError, UnicodeDecodeError):
        return run  # overlong or surrogate forms: not UTF-8 after all
    return decoded if _plausible(decoded) else run


def fix_mojibake(text: str) -> str:
    """Undo UTF-8 that was decoded as cp1252/latin-1, at most twice (double encoding)."""
    for _ in range(2):
        if not _MOJIBAKE_HINT_RE.search(text):
            break
        fixed = _MOJIBAKE_RE.sub(_repair_run, text)
        if fixed == text:
            break
        text = fixed
    if "Â" in text:
        text = _STRAY_A_CIRC_RE.sub("", text)
    if "ï¼" in text:
        text = _STRAY_FULLWIDTH_AT_RE.sub("@", text)
    return text


# ---------------------------------------------------------------- character table


def _translation() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    # Control characters carry no text.  Whitespace controls become a space so words
    # either side of them stay apart.
    for code in range(0x20):
        table[code] = None
    for code in (0x09, 0x0A, 0x0B, 0x0C, 0x0D):
        table[code] = " "
    table[0x7F] = None
    # C1 controls that survive the mojibake pass are cp1252 bytes read as latin-1
    # ("\x96" was an en dash); map them to what Windows meant, drop the undefined ones.
    for byte in range(0x80, 0xA0):
        try:
            table[byte] = bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:
            table[byte] = None
    # Every flavour of space becomes a plain space.
    for code in (0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, *range(0x2000, 0x200B)):
        table[code] = " "
    # Invisible formatting: soft hyphen, zero-width and bidirectional marks, BOM.
    for code in (0xAD, 0x180E, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0x2061,
                 0x2062, 0x2063, 0x2064, 0xFEFF, *range(0x202A, 0x202F), *range(0x2066, 0x206A)):
        table[code] = None
    # Noncharacters (U+FDD0-U+FDEF and the last two code points of every plane) are not for
    # interchange: they carry no text, and left in they make an HTML report invalid.
    for code in (*range(0xFDD0, 0xFDF0), *(plane + end for plane in range(0, 0x110000, 0x10000) for end in (0xFFFE, 0xFFFF))):
        table[code] = None
    # Fullwidth forms of ASCII ("－", "＠", "（", "１"), typed with an East Asian input method or
    # left by a web page ("Company Name － City"): the ASCII character, as NFKC has it.
    for code in range(0xFF01, 0xFF5F):
        table[code] = chr(code - 0xFEE0)
    # Typographic ligatures that PDF engines hand over as one glyph.
    table.update({0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl",
                  0xFB05: "st", 0xFB06: "st"})
    return table


_TABLE = _translation()

# ---------------------------------------------------------------- split ligatures
#
# Some PDF engines place the glyphs after an "fi"/"fl"/"ffi"/"ffl" ligature as if a space
# followed it: "Sheff ield", "eff iciency", "scientif ic", "workf low".  We join a word that
# ends in f with a next word that starts with i or l (or, after "ff", with any lower-case
# letter: "eff ort") unless both pieces are words on their own ("staff in", "self led",
# "Jeff is"): lexicons/ligatures.toml lists the words that end in f and the common words that
# follow them.  A lower-case piece ending in f that is not a word joins even a word after it
# ("workf low").  One regex pass, at word starts only, so the cost is linear in the line.

_SPLIT_LIGATURE_RE = re.compile(r"(?<![\w'’-])([A-Za-z]*f) ([a-z]+)(?![\w'’])")


@lru_cache(maxsize=1)
def _ligature_words() -> tuple[frozenset[str], frozenset[str]]:
    from ..lexicon import load_ligatures

    return load_ligatures()


def _join_ligature(match: re.Match[str]) -> str:
    left, right = match.group(1), match.group(2)
    f_words, next_words = _ligature_words()
    lowered = left.lower()
    if lowered in f_words or any(ch.isupper() for ch in left[1:]):
        return match.group(0)
    if right in next_words and (left[0].isupper() or right[0] not in "il"):
        return match.group(0)  # "Ratliff and", "Jeff led": a name, then a word
    if right[0] not in "il":
        # after an "ff" ligature any letter may follow ("eff ort"), but not after a name
        if not lowered.endswith("ff") or left[0].isupper():
            return match.group(0)
    return left + right


# The other cut: after the whole ligature, where a browser prints "fi" and "fl" as one glyph and
# the engine gives the next letter a gap of its own ("Certifi ed", "Confl uence", "offi ce",
# "fi ve").  No English word ends in "fl", and the few that end in "fi" are listed.
_SPLIT_AFTER_LIGATURE_RE = re.compile(r"(?<![\w'’-])([A-Za-z]*f[il]) ([a-z]+)(?![\w'’])")
_WORDS_ENDING_IN_FI = frozenset({"wifi", "hifi", "scifi", "lofi", "sufi", "fifi"})


def _join_after_ligature(match: re.Match[str]) -> str:
    left, right = match.group(1), match.group(2)
    if left.lower() in _WORDS_ENDING_IN_FI or any(ch.isupper() for ch in left[1:]):
        return match.group(0)
    return left + right


def join_split_ligatures(text: str) -> str:
    """ "Sheff ield" -> "Sheffield", "eff iciency" -> "efficiency", "Certifi ed" -> "Certified";
    "staff in" stays."""
    if "f " in text:
        text = _SPLIT_LIGATURE_RE.sub(_join_ligature, text)
    if "fi " in text or "fl " in text:
        text = _SPLIT_AFTER_LIGATURE_RE.sub(_join_after_ligature, text)
    return text


# ---------------------------------------------------------------- initials split off

# Some converters set a word's first letter apart ("J ira", "S oftware", "R EST"), a drop cap
# or a kerning pair read as a gap.  A capital standing alone before the rest of a word is
# common enough in plain text ("C level", "B corp", initials), so the words are joined only in
# a document where it happens again and again.
_SPLIT_INITIAL_RE = re.compile(
    r"(?<![\w.&/'’-])([B-HJ-Z]) (?!(?:and|or|in|on|at|to|of|for|with|the|by|as|is|are|was|from)\b)([a-z][a-zA-Z]+|[A-Z]{2,})(?![\w'’])"
)
_SPLIT_INITIALS_MIN = 3


def join_split_initials(lines: list[str]) -> list[str]:
    """"J ira" -> "Jira", "S oftware" -> "Software" when a document has at least three such
    words; otherwise the lines as they are."""
    if sum(len(_SPLIT_INITIAL_RE.findall(line)) for line in lines) < _SPLIT_INITIALS_MIN:
        return lines
    return [_SPLIT_INITIAL_RE.sub(r"\1\2", line) for line in lines]


# ---------------------------------------------------------------- line shapes

# Glyph bullets, taken with or without a following space.  U+F0B7 is the Symbol-font
# bullet Word exports into PDFs; the others are what resume templates like to use.  The
# middle dot "·" is not one: LinkedIn starts lines with it ("· 2nd") as a separator.
_GLYPH_BULLETS = "•●▪■◦‣⁃\uf0b7\uf0a7\uf076\uf0d8➢►✓✔➤▶▸▹◆◇❖○⦁∙□☐➔→"
# ASCII and dash bullets count only when followed by a space: "-5%" is a number, "*" may
# be a footnote mark.  A lone "o " before a capital is Word's second-level list bullet; "§",
# "Ø" and "ü" before a capital are Wingdings bullets (a square, an arrow, a tick) as text copied
# out of Word spells them.
_BULLET_RE = re.compile(
    "^(?:[" + re.escape(_GLYPH_BULLETS) + "]+ ?|[*\\-–—] +|o (?=[A-Z])|[§Øü] +(?=[A-Z]))"
)
# A letter-spaced line: single characters separated by spaces.  Each token is exactly
# one non-space, so the pattern is linear.
_SPACED_RE = re.compile(r"^\S(?: +\S)+$")
_WORD_GAP_RE = re.compile(r" {2,}")
_MULTI_SPACE_RE = re.compile(r" {2,}")


_SPACED_JOINERS = frozenset("&/+|–-")


def _unspace(line: str) -> str:
    """ "E X P E R I E N C E" -> "EXPERIENCE"; a gap of two or more spaces keeps words apart."""
    # Headings are short; the length cap also keeps a megabyte of "a a a" cheap.
    if not 7 <= len(line) <= 160 or not _SPACED_RE.match(line):
        return line
    tokens = line.split()
    letters = sum(1 for token in tokens if token.isalpha())
    # Four or more single characters, nearly all letters: a heading, not "A B" grades.
    if len(tokens) < 4 or letters < len(tokens) * 0.75:
        return line
    words = []
    for word in _WORD_GAP_RE.split(line):
        # "S K I L L S & T O O L S": a lone "&" between letters is a word of its own.
        parts = [f" {token} " if token in _SPACED_JOINERS else token for token in word.split(" ")]
        words.append("".join(parts).strip())
    return " ".join(words)


# A middle dot before a duty opened by a verb in the past ("· Managed a budget of 1.2M EUR"):
# a list's bullet after all, unlike LinkedIn's "· 2nd", "· Full-time" or a place after it.
# (the past of the irregular verbs duties open with too: "· Ran sprint planning for two teams")
_IRREGULAR_PAST = "Ran|Led|Built|Cut|Kept|Wrote|Drove|Set|Made|Grew|Won|Took|Brought|Oversaw|Sold|Held|Taught|Began|Gave|Found|Spent|Sent|Rebuilt|Rewrote|Undertook|Overcame|Upheld|Withstood"
_DOT_DUTY_RE = re.compile(rf"^· ?(?=(?:[A-Z][a-z]{{2,}}ed|{_IRREGULAR_PAST})\s(?:\S+\s+){{2,}}\S)")


def _bullet(line: str) -> str:
    match = _BULLET_RE.match(line) or _DOT_DUTY_RE.match(line)
    if match is None:
        return line
    rest = line[match.end():].lstrip(" ")
    return "• " + rest if rest else "•"


_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_SURROGATE_PAIR_RE = re.compile("([\ud800-\udbff]) ?([\udc00-\udfff])")


def whole_characters(text: str) -> str:
    """A character beyond the first 65,536 (an emoji) given as its two UTF-16 halves, as a PDF
    engine may report them, even with a space put between: the one character again; a half
    left alone is dropped (no text encoding can hold it)."""
    if not _SURROGATE_RE.search(text):
        return text
    text = _SURROGATE_PAIR_RE.sub(lambda match: (match.group(1) + match.group(2)).encode("utf-16-le", "surrogatepass").decode("utf-16-le"), text)
    return _SURROGATE_RE.sub("", text)


# "(cid:127)": a glyph whose font maps to no character, as pdfminer-based text dumps spell it.
# Standing apart from words it is a list's bullet (the glyph lists use most, and a second column
# may stand before it on the line); inside a word it is no text.
_CID_RE = re.compile(r"\(cid:\d+\)")
_CID_APART_RE = re.compile(r"(?:(?<=\s)|^)\(cid:\d+\)\s*")


def _without_cids(text: str) -> str:
    return _CID_RE.sub("", _CID_APART_RE.sub("• ", text))


# The blanks a PDF's words leave inside guillemets, around a name ("ООО « Северный Ветер »"):
# the glyphs come from another font, set a gap apart.
_GUILLEMET_GAPS = re.compile(r"(?<=«)\s+(?=\w)|(?<=\w)\s+(?=»)")


def clean_line(text: str, bullets: bool = True) -> str:
    """Return one line with encoding debris, invisible characters and (unless `bullets` is
    false) bullet variety removed."""
    if not text:
        return ""
    if "(cid:" in text:
        text = _without_cids(text)
    if not text.isascii():
        text = whole_characters(text)
        text = fix_mojibake(text)
        text = text.translate(_TABLE)
        if "«" in text:
            text = _GUILLEMET_GAPS.sub("", text)
    elif not text.isprintable():
        text = text.translate(_TABLE)  # tabs and control characters
    text = text.strip(" ")
    if not text:
        return ""
    if " " in text:
        text = _unspace(text)
    if bullets:
        text = _bullet(text)
    if "  " in text:
        text = _MULTI_SPACE_RE.sub(" ", text)
    if "f " in text or "fi " in text or "fl " in text:
        text = join_split_ligatures(text)
    return text


# ---------------------------------------------------------------- lost dashes

_YEAR_TEXT = r"(?:19[5-9]\d|20[0-4]\d)"
_MONTH_TEXT = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ \u00a0]"  # "Sep 2026", "March 2021"
_LOST_YEAR_DASH = re.compile(
    rf"(?<![\w/.])({_YEAR_TEXT})[ \u00a0]{{2,}}(?=(?:(?:{_MONTH_TEXT})?{_YEAR_TEXT}|present|current|now|today|till date|to date|ongoing)(?![\w/]))",
    re.IGNORECASE,
)
# "2019 november  2021 august": a year before its month, the dash between the two lost
_LOST_YEAR_MONTH_DASH = re.compile(
    rf"(?<![\w/.])({_YEAR_TEXT}[ \u00a0](?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)[ \u00a0]{{2,}}"
    rf"(?=(?:{_YEAR_TEXT}|present|current|now|today|till date|to date|ongoing)(?![\w/]))",
    re.IGNORECASE,
)
_LOST_LEADING_DASH = re.compile(rf"^([ \u00a0]*{_YEAR_TEXT})[ \u00a0]{{2,}}(?=[A-Z])")


# A dash dropped with no space left (a dump that lost every character beyond ASCII, an en dash
# among them): "2022 august2025 april", "2025 octoberPresent", "2024/072025/02", "07/202402/2025",
# "2025/04present", "20132017" (two years run together).
_GLUED_MONTH_DASH = re.compile(
    rf"(?<![\w/.])({_YEAR_TEXT}[ \u00a0]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)"
    rf"(?=(?:{_YEAR_TEXT}|present|current|now|till date|to date|ongoing)(?![\w/]))",
    re.IGNORECASE,
)
_NUMERIC_MONTH = r"(?:0[1-9]|1[0-2])"
_GLUED_NUMERIC_DASH = re.compile(
    rf"(?<![\w/.])({_YEAR_TEXT}[/.]{_NUMERIC_MONTH}|{_NUMERIC_MONTH}[/.]{_YEAR_TEXT})"
    rf"(?=(?:{_YEAR_TEXT}[/.]{_NUMERIC_MONTH}|{_NUMERIC_MONTH}[/.]{_YEAR_TEXT}|present|current|now|till date|to date)(?![\w/]))",
    re.IGNORECASE,
)
_GLUED_YEARS = re.compile(rf"(?<![\w/.+#№-])({_YEAR_TEXT})({_YEAR_TEXT})(?![\w/.-])")


def lost_dash(text: str) -> str:
    """Put back the dash a converter dropped from a resume's dates, leaving the spaces around it
    ("2018  2019", "Feb 2024  Sep 2026", "2019  Platform Engineer @ Northwind"): cleaning the line would close the gap,
    and the two years would read as two numbers; or none ("2022 august2025 april", "20132017").
    Word files made from PDFs carry such lines, and so does text pasted from them; call it on the
    raw line, before `clean_line`."""
    if any(character.isdigit() for character in text):
        text = _GLUED_MONTH_DASH.sub(r"\1 – ", text)
        text = _GLUED_NUMERIC_DASH.sub(r"\1 – ", text)
        text = _GLUED_YEARS.sub(_years_apart, text)
    if "  " not in text and "\u00a0" not in text:
        return text
    text = _LOST_YEAR_DASH.sub(r"\1 – ", text)
    text = _LOST_YEAR_MONTH_DASH.sub(r"\1 – ", text)
    return _LOST_LEADING_DASH.sub(r"\1: ", text)


def _years_apart(match: re.Match[str]) -> str:
    """"20132017" as "2013 – 2017" when the second year is not before the first; else as written."""
    first, second = match.group(1), match.group(2)
    return f"{first} – {second}" if 0 <= int(second) - int(first) <= 40 else match.group(0)


# A tab between two words, typed to line fields up ("Quillfeather Freight<TAB>Leeds, UK",
# "Project Manager<TAB><TAB>Mar 2019 – Present"), parts two fields; cleaning the line would make
# it one space, and the employer would run into the place.  Not after a bullet or a list number.
_FIELD_TAB_RE = re.compile(r"(?<=[^\W_])[ \u00a0]*\t[ \t\u00a0]*(?=\S)")


def field_gaps(text: str) -> str:
    """Each tab between two fields of a line as " | " (text files and Word paragraphs alike);
    call it on the raw line, before `clean_line` makes the tab a blank."""
    return _FIELD_TAB_RE.sub(" | ", text) if "\t" in text else text


# ---------------------------------------------------------------- hyphenation

# Words that form compounds ("cross-functional", "end-to-end"): the hyphen at the end of
# the line is a real one, keep it when joining.
_COMPOUND_PREFIXES = frozenset(
    """cross self end full part well long short high low non mid ex all third first
    cutting best world data client customer results detail hands year month team time
    cost mission business fast top large small senior multi""".split()
)
_WORD_EDGE = "•(\"'“‘["


def hyphen_join(first: str, second: str) -> str | None:
    """The two lines as one when `first` ends mid-word and `second` goes on with it, else None.

    Exposed for readers that keep per-line facts (bold, size) next to the text.
    """
    if len(first) < 3 or not first.endswith("-") or not second or not second[0].islower():
        return None
    if not (first[-2].isalpha() and first[-2].islower()):
        return None  # "Acme -" or "COVID-19-" are not words broken by the line end
    # Only the last word matters; slicing from the last space keeps this linear.
    word = first[first.rfind(" ") + 1:-1].lstrip(_WORD_EDGE)
    if "-" in word or word.lower() in _COMPOUND_PREFIXES:
        return first + second  # "end-to-" + "end": the hyphen belongs to the word
    return first[:-1] + second


_WORD_MAX = 64  # the last word is kept while this short (a compound prefix is far shorter)


class HyphenatedLine:
    """A line built from lines broken inside a word, as `hyphen_join` would build it pair by
    pair, but in time linear in the text added: the pieces are joined once at the end, and of
    the line so far only what the next decision needs is kept (its length, its last two
    characters, the hyphens and, while short, the letters of its last word).  A thousand
    lines of "man-" joined pair by pair would copy the growing line a thousand times."""

    __slots__ = ("pieces", "size", "tail", "word", "hyphens")

    def __init__(self, text: str) -> None:
        self.pieces = [text]
        self.size = len(text)
        self.tail = text[-2:]
        self._new_word(text)

    def _new_word(self, text: str) -> None:
        word = text[text.rfind(" ") + 1:]
        self.word: str | None = word if len(word) <= _WORD_MAX else None
        self.hyphens = word.count("-")

    def join(self, second: str) -> bool:
        """Add `second` when the line so far ends mid-word and `second` goes on with it."""
        tail = self.tail
        if self.size < 3 or len(tail) < 2 or tail[1] != "-" or not second or not second[0].islower():
            return False
        if not (tail[0].isalpha() and tail[0].islower()):
            return False  # "Acme -" or "COVID-19-" are not words broken by the line end
        word = self.word
        keep = self.hyphens > 1 or (word is not None and (
            word[:-1].lstrip(_WORD_EDGE).lower() in _COMPOUND_PREFIXES
            or "@" in word  # an e-mail address broken after a hyphen of its domain: the hyphen is its own
        ))
        if not keep:
            self.pieces[-1] = self.pieces[-1][:-1]  # each piece is cut once at most
            self.size -= 1
            self.hyphens -= 1
            self.word = word[:-1] if word is not None else None
            tail = tail[0]
        self.pieces.append(second)
        self.size += len(second)
        self.tail = (tail + second)[-2:]
        if " " in second:
            self._new_word(second)
        else:
            self.hyphens += second.count("-")
            word = self.word
            self.word = word + second if word is not None and len(word) + len(second) <= _WORD_MAX else None
        return True

    @property
    def text(self) -> str:
        if len(self.pieces) > 1:
            self.pieces = ["".join(self.pieces)]
        return self.pieces[0]


def clean_set_line(text: str) -> str:
    """`clean_line` for text a browser set (a LinkedIn export): a dash or a glyph at the start of
    a line is the text's own, maybe a wrapped line's first character ("Gestão" + "- Subsecretaria")."""
    return clean_line(text, bullets=False)


def join_set_lines(lines: list[str]) -> list[str]:
    """`join_hyphenated` for text a browser set (a LinkedIn export): it never hyphenates, so a
    line ending in "lowercase-" ends inside a compound of the text's own ("cross-" + "functional").
    The lines stay apart: the export's reader goes by their spacing and joins them itself,
    keeping the hyphen."""
    return list(lines)


def join_hyphenated(lines: list[str]) -> list[str]:
    """Join a line ending in "lowercase-" with a next line that starts in lower case.

    A next line that starts with a bullet (or anything but a lower-case letter) begins a
    new item and is never joined.  Linear in the length of the text.
    """
    out: list[str] = []
    current: HyphenatedLine | None = None
    for line in lines:
        if current is not None and current.join(line):
            continue
        if current is not None:
            out.append(current.text)
        current = HyphenatedLine(line)
    if current is not None:
        out.append(current.text)
    return out


_LEAD_WORDS = (2, 6)  # a bold lead's words: a title, not a word stressed in a sentence
_REST_WORDS = 14  # the plain rest of a header line: an employer, a place, dates
_LEAD_CLOSED = re.compile(r"[:,;|·•\-–—/(]\s*$")


def bold_lead_apart(pieces: list[tuple[str, float, bool]]) -> str:
    """The line's text from its pieces (text, size, bold), with " | " where a bold lead gives way
    to plain text ("**Project Manager** Northwind Traders, 2019 - 2021"): the weight was the only
    thing that parted the title from the employer.  Only for a lead of a few words with nothing
    closing it, before a short plain rest.  The Word reader passes its runs, the PDF layout its
    words (each after the first with its blank)."""
    text = "".join(piece[0] for piece in pieces)
    lead = 0
    while lead < len(pieces) and (pieces[lead][2] or not pieces[lead][0].strip()):
        lead += 1
    bold_text = "".join(piece[0] for piece in pieces[:lead])
    rest = "".join(piece[0] for piece in pieces[lead:])
    if not bold_text.strip() or not rest.strip() or any(piece[2] and piece[0].strip() for piece in pieces[lead:]):
        return text
    if not pieces[0][2] and pieces[0][0].strip():
        return text
    words = len(bold_text.split())
    if not _LEAD_WORDS[0] <= words <= _LEAD_WORDS[1] or _LEAD_CLOSED.search(bold_text) or len(rest.split()) > _REST_WORDS:
        return text
    if not rest[:1].isspace() or not rest.strip()[:1].isalnum():
        return text  # a word cut between runs, or punctuation that parts them already
    return f"{bold_text.rstrip()} | {rest.strip()}"
