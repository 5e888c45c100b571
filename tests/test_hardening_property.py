"""Property tests: any text at all goes through reading, matching, judging and every renderer.

Hypothesis makes the text: the full Unicode range without surrogates (control characters
included), very long lines, and pieces that look like markup, template code, links, terminal
escapes, bidi overrides and resume phrases.  Runs are derandomized (the same examples on
every run) and bounded, so CI time stays predictable.
"""
from __future__ import annotations

import json
import re
from datetime import date

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import hardening_files as files

from profilecheck.errors import EmptyDocumentError, LimitExceededError, UnsupportedFormatError
from profilecheck.options import Options
from profilecheck.pipeline import analyze_bytes, analyze_headline, analyze_text
from profilecheck.render import FORMATS, render

# Part of the slow tail of the suite: skipped by `python -m pytest -m "not slow"`, always run by CI.
pytestmark = pytest.mark.slow

OPTIONS = Options(as_of=date(2026, 11, 25))

BOUNDED = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

HOSTILE = [
    "<script>alert(1)</script>", "<SCRIPT SRC=//x.example/a.js>", "</p></section></main>", "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>", "<!--", "-->", "<![CDATA[", "]]>", "<?php ?>",
    "{{ 7*7 }}", "{{", "}}", "{% raw %}", "{% endraw %}", "{# x #}", "${7*7}", "javascript:alert(1)",
    "[x](javascript:alert(1))", "![i](http://x.example/i.png)", "<http://x.example>", "&amp;", "&#x3c;script&#x3e;",
    "&lt;", "\\", "`", "```", "|", "# ", "## ", "- ", "* ", "1. ", "> ", "---", "===", "**", "__", "~~",
    "\x1b[31m", "\x1b[2J", "\x1b]8;;http://x.example\x07", "\x9b31m", "\u202e", "\u2066", "\u200b", "\ufeff",
    "\r", "\r\n", "\t", "\x00", "\x0b", "\x0c", "\x85", "\u2028", "\ufffd", "\ufffe", "\U0010ffff",
    "IT Project Manager", "PMP", "PRINCE2", "Scrum Master", "Jira", "SAP S/4HANA", "Jan 2019 - Present",
    "2014–2018", "EXPERIENCE\n", "\nSKILLS\n", "jane@example.com", "https://linkedin.com/in/jane", "+1 555 010 7781",
    "reduced costs by 35%", "$4M", "€1,2 Mio.", "🚀", "👩‍💻", "🇩🇪", "ليلى حداد", "מנהלת", "王小明", "ｆｕｌｌ",
]

pieces = st.lists(st.one_of(st.sampled_from(HOSTILE), st.text(max_size=40)), max_size=40).map("".join)
long_lines = st.builds(lambda unit, times: unit * times, st.text(min_size=1, max_size=12), st.integers(200, 5000))
any_text = st.one_of(st.text(), st.text(min_size=200, max_size=3000), pieces, long_lines)

# Text that is clearly text (no C0/C1 controls, no replacement characters), so the reader must
# accept it; hostile pieces and every other character are fair game.
printable = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffd"), max_size=200)
insertions = st.lists(st.one_of(st.sampled_from([h for h in HOSTILE if not re.search("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f\ufffd]", h)]), printable),
                      min_size=1, max_size=12).map("".join)

CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def check_renders(report, strict_html: bool = True) -> None:
    """Every format renders, and each one keeps the resume's text from acting as markup.

    `strict_html`: the page must also parse without a single HTML5 parse error.
    """
    for fmt in FORMATS:
        output = render(report, fmt)
        assert isinstance(output, str)
        output.encode("utf-8")  # no lone surrogates
        if fmt == "json":
            assert json.loads(output)["schema_version"] == "1"
        elif fmt == "html":
            import html5lib

            html5lib.HTMLParser(strict=strict_html).parse(output)
            assert files.html_problems(output) == []
            assert "<script" not in output.lower()
        elif fmt == "markdown":
            check_markdown(output)
        else:
            assert not CONTROL.search(output), repr(CONTROL.search(output).group())
            assert "\x1b" not in output


try:  # a real GitHub-flavoured Markdown parser, when installed (the test extra has it)
    import cmarkgfm
    from cmarkgfm.cmark import Options as MarkdownOptions
except ImportError:  # pragma: no cover
    cmarkgfm = None


def check_markdown(output: str) -> None:
    """Rendered by a GFM parser with raw HTML allowed, the Markdown shows no markup from the resume."""
    if cmarkgfm is None:  # pragma: no cover - without the parser, at least no raw tag may appear
        assert not re.search(r"(?<!\\)<(?:script|img|svg|a|iframe)\b", output, re.IGNORECASE)
        return
    # GFM for its autolinks, plain CommonMark because GFM's tag filter would hide a raw <script>.
    page = cmarkgfm.github_flavored_markdown_to_html(output, options=MarkdownOptions.CMARK_OPT_UNSAFE)
    page += cmarkgfm.markdown_to_html(output, options=MarkdownOptions.CMARK_OPT_UNSAFE)
    lowered = page.lower()
    for tag in ("<script", "<img", "<svg", "<a ", "<iframe", "<!--"):
        assert tag not in lowered, (tag, page)
    assert not re.search(r"<[a-z][^>]*\son\w+=", lowered)


def refused_cleanly(error: Exception) -> None:
    """A refusal is one of the input errors, and one line."""
    assert isinstance(error, (EmptyDocumentError, UnsupportedFormatError, LimitExceededError)), repr(error)
    assert "\n" not in str(error) and len(str(error)) < 300


@BOUNDED
@given(any_text)
def test_any_text_is_judged_and_rendered_or_refused_cleanly(text):
    for analyse in (lambda: analyze_text(text, OPTIONS), lambda: analyze_bytes(text.encode("utf-8"), OPTIONS, "pasted.txt")):
        try:
            report = analyse()
        except (EmptyDocumentError, UnsupportedFormatError, LimitExceededError) as error:
            refused_cleanly(error)
            event(f"refused: {type(error).__name__}")
            continue
        event("read")
        check_renders(report)


@BOUNDED
@given(st.lists(insertions, min_size=1, max_size=6), st.randoms(use_true_random=False))
def test_resume_with_hostile_text_anywhere_is_always_read(inserted, rng):
    """A real resume with odd text pushed into its lines (the name, headings, bullets) must be
    read, judged and rendered: nothing in it is a reason to refuse or to fail."""
    lines = files.resume_lines()
    for text in inserted:
        position = rng.randrange(len(lines))
        lines[position] = rng.choice([text + lines[position], lines[position] + " " + text, text])
    resume = "\n".join(lines)
    check_renders(analyze_text(resume, OPTIONS))
    report = analyze_bytes(resume.encode("utf-8"), OPTIONS, "resume.txt")
    assert report.source.path == "resume.txt"
    check_renders(report)


@settings(BOUNDED, max_examples=100)
@given(st.one_of(st.text(), pieces, long_lines))
def test_any_headline_is_judged_and_rendered(text):
    check_renders(analyze_headline(text, OPTIONS))


NONCHARACTERS = ["\ufffe", "\uffff", "\ufdd0", "\ufdef", "\U0001fffe", "\U0010ffff"]


@pytest.mark.parametrize("character", NONCHARACTERS, ids=[f"U+{ord(c):04X}" for c in NONCHARACTERS])
def test_noncharacters_are_dropped_by_the_reader(character):
    """Unicode noncharacters carry no text and are an HTML5 parse error; the reader drops them
    (found by the property test above: it used to keep them)."""
    report = analyze_text(f"Jane{character} Doe\nIT Project Manager{character} with PMP\n", OPTIONS)
    assert character not in report.profile.text
    check_renders(report)


def test_noncharacters_in_a_headline_keep_the_html_valid():
    """render.clean drops noncharacters too: a headline skips the reader's repair."""
    check_renders(analyze_headline("IT Project Manager \ufffe PMP", OPTIONS))
