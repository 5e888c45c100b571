"""Per-line text repairs shared by the readers."""
from __future__ import annotations

import time

import pytest

from profilecheck.readers.repair import clean_line, fix_mojibake, hyphen_join, join_hyphenated

CLEAN_CASES = [
    # ligatures
    ("ﬁnance ofﬁce", "finance office"),
    ("eﬀort, eﬃcient, baﬄe, ﬂow", "effort, efficient, baffle, flow"),
    ("ﬅ ﬆ", "st st"),
    # ligatures a PDF engine split into two words
    ("Sheff ield, UK", "Sheffield, UK"),
    ("improved eff iciency by 20%", "improved efficiency by 20%"),
    ("a scientif ic approach", "a scientific approach"),
    ("Certif ied ScrumMaster", "Certified ScrumMaster"),
    ("signif icant eff ort", "significant effort"),
    ("workf low tools", "workflow tools"),
    # ... or cut after the whole ligature, as browsers print "fi" and "fl" as one glyph
    ("Certifi ed Scrum Product Owner", "Certified Scrum Product Owner"),
    ("Jira, Confl uence, MS Project", "Jira, Confluence, MS Project"),
    ("the portfolio offi ce, for fi ve managers", "the portfolio office, for five managers"),
    ("free wifi in the lobby", "free wifi in the lobby"),
    # ... but real word pairs stay apart
    ("staff in the office", "staff in the office"),
    ("self led teams", "self led teams"),
    ("Jeff is our lead", "Jeff is our lead"),
    ("Ratliff and Sons", "Ratliff and Sons"),
    ("off line, of interest, if it", "off line, of interest, if it"),
    ("Wolf Island", "Wolf Island"),
    ("PDF ile", "PDF ile"),
    # Wingdings bullets as text copied out of Word spells them
    ("§ Managed the budget", "• Managed the budget"),
    ("Ø\tLed the release team", "• Led the release team"),
    ("ü Delivered on time", "• Delivered on time"),
    ("§ 5 of the contract", "§ 5 of the contract"),
    ("Ø is an island", "Ø is an island"),
    # fullwidth forms of ASCII
    ("Company Name － City , State", "Company Name - City , State"),
    ("ｊａｎｅ＠ｅｘａｍｐｌｅ．ｃｏｍ （２０１９）", "jane@example.com (2019)"),
    # UTF-8 read as cp1252 / latin-1
    ("2019 â€“ 2021", "2019 – 2021"),
    ("Managerâ€™s role", "Manager’s role"),
    ("â€œQuotedâ€\x9d", "“Quoted”"),
    ("CafÃ© rÃ©sumÃ©", "Café résumé"),
    ("Ã\x81lvaro", "Álvaro"),  # 0x81 is undefined in cp1252: latin-1 reading
    ("Agile Â· Scrum", "Agile · Scrum"),
    ("10Â km", "10 km"),  # the NBSP's second byte became a plain space
    ("Ã¢â‚¬â„¢", "’"),  # encoded twice
    ("Ð˜Ð²Ð°Ð½", "Иван"),
    ("Proï¬\x81ciency", "Proficiency"),  # mojibake of a ligature
    ("ï»¿Summary", "Summary"),  # a BOM turned into mojibake
    ("Northwind ï¼ Springfield , IL", "Northwind @ Springfield , IL"),  # "＠" lost its last byte
    # left alone: real accented text, and lookalikes that are not whole UTF-8
    ("Zürich, São Paulo, Malmö", "Zürich, São Paulo, Malmö"),
    ("groß“ test", "groß“ test"),
    ("voilà»", "voilà»"),
    ("MAÇÃ, CÂ TEST", "MAÇÃ, CÂ TEST"),  # "Â" ending an upper-case word is real
    # invisible and control characters
    ("Project\u00a0Manager", "Project Manager"),
    ("man\u00adage\u00adment", "management"),
    ("zero\u200bwidth\u200djoin\ufeff", "zerowidthjoin"),
    ("bell\x07 and\x00 nul", "bell and nul"),
    ("tab\tseparated", "tab separated"),
    ("cp1252 dash \x96 here", "cp1252 dash – here"),
    # bullets
    ("• Led a team", "• Led a team"),
    ("●Led a team", "• Led a team"),
    ("▪ Led", "• Led"),
    ("■ Led", "• Led"),
    ("◦ Led", "• Led"),
    ("‣ Led", "• Led"),
    ("⁃ Led", "• Led"),
    ("\uf0b7 Led", "• Led"),
    ("\uf0b7Led", "• Led"),
    ("➢ Led", "• Led"),
    ("►Led", "• Led"),
    ("✓ Led", "• Led"),
    ("* Led", "• Led"),
    ("- Led", "• Led"),
    ("– Led", "• Led"),
    ("   -   Led", "• Led"),
    ("o Managed vendors", "• Managed vendors"),
    ("-5% cost", "-5% cost"),
    ("*Footnote", "*Footnote"),
    ("· 2nd", "· 2nd"),  # LinkedIn's separator, not a bullet
    ("•", "•"),
    # letter-spaced headings
    ("E X P E R I E N C E", "EXPERIENCE"),
    ("W O R K  H I S T O R Y", "WORK HISTORY"),
    ("P R O F E S S I O N A L   S U M M A R Y", "PROFESSIONAL SUMMARY"),
    ("S K I L L S & T O O L S", "SKILLS & TOOLS"),
    ("S u m m a r y", "Summary"),
    ("A B", "A B"),
    ("Grade A B C", "Grade A B C"),
    ("1 2 3 4 5", "1 2 3 4 5"),
    # spaces
    ("  Led    the   team  ", "Led the team"),
    ("", ""),
    ("   ", ""),
    ("\u00a0\u200b", ""),
    ("plain ascii line", "plain ascii line"),
]


@pytest.mark.parametrize("raw, expected", CLEAN_CASES)
def test_clean_line(raw: str, expected: str) -> None:
    assert clean_line(raw) == expected


def test_clean_line_is_idempotent() -> None:
    for raw, _ in CLEAN_CASES:
        once = clean_line(raw)
        assert clean_line(once) == once, raw


def test_fix_mojibake_leaves_clean_text_alone() -> None:
    text = "Résumé — Project Manager’s “quote” €5M"
    assert fix_mojibake(text) == text


JOIN_CASES = [
    (["manage-", "ment of vendors"], ["management of vendors"]),
    (["end-to-", "end delivery"], ["end-to-end delivery"]),
    (["cross-", "functional teams"], ["cross-functional teams"]),
    (["• Drove stake-", "holder alignment"], ["• Drove stakeholder alignment"]),
    (["• Drove implemen-", "tation"], ["• Drove implementation"]),
    (["Acme Corp -", "london"], ["Acme Corp -", "london"]),  # a dash after a space is not a hyphen
    (["COVID-", "era projects"], ["COVID-", "era projects"]),  # upper case before the hyphen
    (["budget re-", "- bullet"], ["budget re-", "- bullet"]),
    (["budget re-", "• bullet"], ["budget re-", "• bullet"]),
    (["managed pro-", "Grams"], ["managed pro-", "Grams"]),
    (["implemen-", "ta-", "tion"], ["implementation"]),
    ([], []),
    (["-"], ["-"]),
]


@pytest.mark.parametrize("lines, expected", JOIN_CASES)
def test_join_hyphenated(lines: list[str], expected: list[str]) -> None:
    assert join_hyphenated(lines) == expected


def test_hyphen_join_pairs() -> None:
    assert hyphen_join("imple-", "mentation") == "implementation"
    assert hyphen_join("implementation", "next") is None


def test_clean_line_is_fast_on_huge_lines() -> None:
    cases = [
        "résumé word " * 100_000,
        "x" * 1_000_000 + "é",
        "a " * 500_000,
        "Ã" * 300_000,
        "â€" * 300_000,
        "eff " * 250_000,  # every pair a split-ligature candidate
        "f" * 1_000_000 + " ield",
        "staff in " * 100_000,
    ]
    started = time.perf_counter()
    for text in cases:
        clean_line(text)
    join_hyphenated(["x" * 1_000_000 + "1-", "abc"])
    assert time.perf_counter() - started < 3.0


def test_clean_line_is_fast_on_many_lines() -> None:
    lines = ["• Managed a portfolio of 12 projects – budget $4M, 25 people"] * 20_000
    started = time.perf_counter()
    for line in lines:
        clean_line(line)
    assert time.perf_counter() - started < 1.0


class _Counted(str):
    """A line that counts the characters every concatenation involving it copies."""

    copied = 0

    def __add__(self, other):
        result = str.__add__(self, other)
        _Counted.copied += len(result)
        return result

    def __radd__(self, other):
        result = str.__add__(other, self)
        _Counted.copied += len(result)
        return result

    def __getitem__(self, key):
        result = str.__getitem__(self, key)
        _Counted.copied += len(result)
        return _Counted(result)


@pytest.mark.parametrize("line", ["man-", "cross-", "end-to-"])
def test_joining_hyphens_is_linear(line: str) -> None:
    """Characters copied while joining 20,000 broken lines stay proportional to the text (pair
    by pair, the growing line was copied at every join: 'man-' * 200,000 took 45 s)."""
    lines = [_Counted(line) for _ in range(20_000)]
    _Counted.copied = 0
    joined = join_hyphenated(lines)
    total = sum(map(len, lines))
    assert len(joined) == 1 and len(joined[0]) >= total - len(lines)
    assert _Counted.copied <= 4 * total


def test_text_reader_joins_hyphens_in_linear_time(monkeypatch) -> None:
    from profilecheck.options import Options
    from profilecheck.readers import text as text_reader

    real = text_reader.clean_line
    monkeypatch.setattr(text_reader, "clean_line", lambda raw: _Counted(real(raw)))
    _Counted.copied = 0
    document = text_reader.read_text(b"Jane Doe\n" + b"man-\n" * 20_000 + b"agement\n", Options(), None)
    assert document.lines[1].text == "man" * 20_000 + "agement"
    assert _Counted.copied <= 4 * 80_000


def test_hyphenated_line_matches_pairwise_joining() -> None:
    """The linear joiner decides exactly as hyphen_join does, pair by pair."""
    import random

    from profilecheck.readers.repair import hyphen_join

    def pairwise(lines):
        out = []
        for line in lines:
            joined = hyphen_join(out[-1], line) if out else None
            if joined is not None:
                out[-1] = joined
            else:
                out.append(line)
        return out

    pieces = ["man-", "age-", "ment", "cross-", "end-to-", "func tional", "(cross-", "• x-", "Acme -", "COVID-19-",
              "ab", "a-", "ex-", "x", "", "Data-", "data-", "self-", "tion of", "A-b-", "mid-", "-", "--", "re- ", "(((self-"]
    rng = random.Random(15)
    for _ in range(3000):
        lines = [rng.choice(pieces) + rng.choice(["", "", "-", " x-", "y"]) for _ in range(rng.randrange(1, 8))]
        assert join_hyphenated(lines) == pairwise(lines), lines


# ---------------------------------------------------------------- initials set apart from their word


def test_initials_set_apart_are_joined_in_a_document_where_it_keeps_happening():
    from profilecheck.readers.repair import join_split_initials

    lines = ["Built iOS apps in S wift with J ira", "R EST services, G itFlow branching", "Vitamin C and more"]
    assert join_split_initials(lines) == ["Built iOS apps in Swift with Jira", "REST services, GitFlow branching", "Vitamin C and more"]


def test_one_or_two_capitals_before_a_word_are_left_alone():
    from profilecheck.readers.repair import join_split_initials

    lines = ["Reported to the C level", "Plan B funding", "J Smith, referee"]
    assert join_split_initials(lines) == lines


def test_a_word_document_with_initials_set_apart_reads_its_tools(tmp_path):
    import docx

    from profilecheck import analyze

    document = docx.Document()
    for line in ["Mobile Developer", "Built iOS apps in S wift, tracked work in J ira", "Wrote R EST clients", "Used G itFlow"]:
        document.add_paragraph(line)
    path = tmp_path / "initials.docx"
    document.save(path)
    report = analyze(path)
    assert "jira" in {match.id for match in report.facts.tools}
    assert "Swift" in report.profile.text and "S wift" not in report.profile.text


def test_an_emoji_given_as_two_utf16_halves_is_one_character_again() -> None:
    # PDFium reports a character beyond U+FFFF as its two UTF-16 halves, and may put a space
    # between them; a half left alone cannot be encoded at all (spaCy fails on it).
    assert clean_line("Gift \ud83c \udf81: Riverton") == "Gift \U0001f381: Riverton"
    assert clean_line("Phone \ud83c\udf81 555") == "Phone \U0001f381 555"
    cleaned = clean_line("Lone \udf81 half and \ud83d")
    cleaned.encode("utf-8")  # no half left
    assert "Lone" in cleaned and "half and" in cleaned


@pytest.mark.parametrize("line, put_back", [
    ("2022 august2025 april: Assistant Manager", "2022 august – 2025 april: Assistant Manager"),
    ("2025 octoberPresent: Backend Developer", "2025 october – Present: Backend Developer"),
    ("20132017 BSc in Mathematics", "2013 – 2017 BSc in Mathematics"),
    ("2024/072025/02  Business Analyst", "2024/07 – 2025/02  Business Analyst"),
    ("2025/04present", "2025/04 – present"),
    ("07/202402/2025 QA Engineer", "07/2024 – 02/2025 QA Engineer"),
    ("2019 november  2021 august: Project Manager", "2019 november – 2021 august: Project Manager"),
])
def test_a_dash_lost_with_no_space_left_is_put_back(line, put_back):
    # a dump that dropped every character beyond ASCII, the en dash among them
    from profilecheck.readers.repair import lost_dash

    assert lost_dash(line) == put_back


@pytest.mark.parametrize("line", ["ID 2013201799", "Version 20192018 of the tool", "Ticket #20152016"])
def test_numbers_that_are_no_two_years_stay(line):
    from profilecheck.readers.repair import lost_dash

    assert lost_dash(line) == line


def test_a_lost_dash_before_a_month_and_year_is_put_back():
    from profilecheck.readers.repair import lost_dash

    assert lost_dash("Feb 2024  Sep 2026  PMO Analyst, Contoso Ltd").startswith("Feb 2024 – Sep 2026")
    assert lost_dash("Jan 2019   March 2021") == "Jan 2019 – March 2021"
    assert lost_dash("2018  2019") == "2018 – 2019"
    # a word that only starts like a month is no month: "Marketing Manager" follows the year
    assert lost_dash("2019  Marketing Manager") == "2019: Marketing Manager"


def test_blanks_inside_guillemets_go():
    """A PDF sets guillemets from another font a gap apart: "ООО « Северный Ветер »" is one name."""
    assert clean_line("ООО « Северный Ветер », Москва") == "ООО «Северный Ветер», Москва"
