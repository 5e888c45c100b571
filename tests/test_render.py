"""Renderers: every format from one Report, escaping of untrusted resume text, the JSON fixture.

Reports are built here from the model types directly, so these tests do not depend on the
reading and judging pipeline.  tests/fixtures/report_full.json is the JSON contract of
`full_report()`; regenerate it with PROFILECHECK_UPDATE_FIXTURES=1 after a deliberate change.
"""
from __future__ import annotations

import json
import os
import re
from datetime import date
from pathlib import Path

import pytest

from profilecheck.models import (
    Achievement,
    Basics,
    Certificate,
    CategoryScore,
    Document,
    Education,
    Evidence,
    Facts,
    Finding,
    Line,
    Location,
    Match,
    Metric,
    Profile,
    Report,
    Score,
    SocialProfile,
    SourceInfo,
    Work,
)
from profilecheck.render import FORMATS, format_for_output, md_escape, render, render_data
from profilecheck.report import report_json

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "report_full.json"
ANSI = re.compile(r"\x1b[\[\]PX^_]|\x9b")
CONCISE_LINE = re.compile(r"^[^\n]+:[a-z-]+: PC\d{3} \S[^\n]*$")


# ------------------------------------------------------------------ reports built from the models


def ev(section: str, text: str, start: int = 0) -> Evidence:
    return Evidence(section=section, text=text, start=start, end=start + len(text))


def match(kind: str, name: str, section: str = "skills", status=None) -> Match:
    return Match(id=name.lower().replace(" ", "-"), name=name, kind=kind, evidence=ev(section, name), status=status)


def full_report() -> Report:
    """A realistic senior IT PM report with every part filled in."""
    work = (
        Work(
            name="Contoso Health",
            position="Senior IT Project Manager",
            location="Boston, MA",
            startDate="2018-01",
            current=True,
            highlights=(
                "Led a 12-person team to move the ERP platform to SAP S/4HANA, on a $1.2M budget, two weeks early.",
                "Cut release lead time by 35% by introducing a Scrum of Scrums across four vendor teams.",
                "Responsible for status reports.",
            ),
        ),
        Work(
            name="Fabrikam Inc",
            position="IT Project Manager",
            location="Austin, TX",
            startDate="2014-03",
            endDate="2017-12",
            highlights=("Delivered 40+ infrastructure projects across three regions with 98% on-time delivery.",),
        ),
        Work(name="Northwind Traders", position="Business Analyst", startDate="2010", endDate="2014-02"),
    )
    profile = Profile(
        document=Document(kind="pdf", lines=(Line("Jane Q. Doe"),), pages=2, sha256="ab" * 32, path="samples/jane-doe.pdf"),
        kind="pdf",
        text="Jane Q. Doe",
        sections=(),
        basics=Basics(
            name="Jane Q. Doe",
            label="Senior IT Project Manager",
            email="jane.doe@example.com",
            phone="+1 (555) 010-2030",
            summary="IT project manager with 12+ years of experience delivering cloud migrations.",
            location=Location(city="Boston", region="MA", countryCode="US"),
            profiles=(SocialProfile(network="LinkedIn", username="janedoe", url="https://www.linkedin.com/in/janedoe"),),
        ),
        work=work,
        education=(Education(institution="Boston University", area="Computer Science", studyType="Bachelor of Science", endDate="2010"),),
        certificates=(Certificate(name="PMP", issuer="PMI", date="2016"),),
    )
    facts = Facts(
        as_of=date(2026, 11, 25),
        years_of_experience=16.9,
        years_basis="dates",
        level="senior",
        is_project_manager=True,
        specializations=(match("specialization", "ERP", "experience"), match("specialization", "Cloud migration", "summary")),
        certifications=(match("certification", "PMP", "certifications", "held"), match("certification", "PMI-ACP", "certifications", "in_progress")),
        tools=tuple(match("tool", name) for name in ("Jira", "Confluence", "MS Project", "Smartsheet", "ServiceNow")),
        methodologies=(match("methodology", "Scrum"), match("methodology", "Waterfall"), match("methodology", "SAFe")),
        technical=(match("technical", "SAP S/4HANA"),),
        competencies=(match("competency", "Risk management"),),
        soft=(match("soft", "Stakeholder management"),),
        achievements=(
            Achievement(
                text="Led a 12-person team to move the ERP platform to SAP S/4HANA, on a $1.2M budget, two weeks early.",
                metrics=(Metric("team_size", 12), Metric("money", 1_200_000, "USD")),
                evidence=ev("experience", "Led a 12-person team", 200),
            ),
            Achievement(
                text="Cut release lead time by 35% by introducing a Scrum of Scrums across four vendor teams.",
                metrics=(Metric("percent", 35),),
                evidence=ev("experience", "Cut release lead time by 35%", 320),
            ),
        ),
    )
    findings = (
        Finding("PC104", "headline-only-title", "warning", "headline", "Your headline is only a job title.",
                "Add what you deliver and one proof point: \"Senior IT Project Manager | ERP & Cloud Migrations | PMP\".",
                ev("header", "Senior IT Project Manager", 12)),
        Finding("PC301", "duty-not-result", "warning", "experience", "This bullet describes a duty, not a result.",
                "Say what changed because of you, with a number: time saved, money, people, scope.",
                ev("experience", "Responsible for status reports.", 400)),
        Finding("PC305", "unexplained-gap", "info", "experience", "Two months between roles are not explained.",
                "A one-line note (study, relocation, contract work) answers the question before it is asked.", None),
        Finding("PC802", "missing-linkedin", "error", "format", "The contact line has no LinkedIn address.",
                "Add your LinkedIn URL next to your e-mail; recruiters look for it first.", None),
        Finding("PC201", "summary-no-numbers", "warning", "summary", "Your summary has no numbers.",
                "Name the size of what you ran: budget, team, number of projects.",
                ev("summary", "IT project manager with 12+ years of experience delivering cloud migrations.", 60)),
        Finding("PC601", "few-tools", "info", "tools", "Only five tools are named.",
                "List the tools a hiring manager would search for: Jira, MS Project, Smartsheet, Power BI.", None),
    )
    score = Score(
        overall=72,
        categories={
            "headline": CategoryScore(55, "A job title alone"),
            "summary": CategoryScore(64, "Clear, but no numbers"),
            "experience": CategoryScore(81, "Results with numbers in most roles"),
            "skills": CategoryScore(78, "Broad PM and technical skills"),
            "format": CategoryScore(90, "Reads cleanly"),
        },
    )
    rewrites = {
        "headline": [
            "Senior IT Project Manager | ERP & Cloud Migrations | PMP",
            "IT Program Lead: SAP S/4HANA and Cloud Delivery | 16 Years | PMP, Scrum",
        ],
        "summary": "Senior IT project manager with 16 years in healthcare and logistics. I lead ERP and cloud "
        "migrations of up to $1.2M with teams of 12, and deliver them on time.",
    }
    job_match = {
        "match_rate": 62.5,
        "target": 80,
        "matched": {"hard_skills": ["ERP", "Cloud migration"], "tools": ["Jira"], "certifications": ["PMP"], "methodologies": ["Scrum"], "soft_skills": []},
        "missing": {"hard_skills": ["Vendor management", "Budget forecasting"], "tools": ["Power BI"], "certifications": [], "methodologies": ["Kanban"], "soft_skills": ["Executive communication"]},
        "variants": [{"posting": "Microsoft Project", "resume": "MS Project"}],
    }
    source = SourceInfo(path="samples/jane-doe.pdf", kind="pdf", pages=2, characters=4210, sha256="ab" * 32,
                        warnings=("The second page had a text layer with repaired encoding.",))
    return Report(source=source, profile=profile, facts=facts, findings=findings, score=score, rewrites=rewrites, job_match=job_match)


def minimal_report(**changes) -> Report:
    """The least a report can have: no name, no score, no findings, nothing found."""
    profile = Profile(document=Document(kind="text", lines=(), pages=1, sha256=""), kind="text", text="", sections=(), basics=Basics())
    report = Report(
        source=SourceInfo(path=None, kind="text", pages=1, characters=0, sha256=""),
        profile=profile,
        facts=Facts(as_of=date(2026, 1, 1), years_of_experience=None, years_basis=None),
    )
    return report if not changes else Report(**{**report.__dict__, **changes})


PAYLOADS = (
    "<script>alert(1)</script>",
    "{{ 7*7 }}",
    "{% raw %}",
    "[x](javascript:alert(1))",
    "</style>",
    "*Jane*",
    "\x1b[31mRED\x1b]0;title\x07\x1b[2J",
)
HOSTILE = " ".join(PAYLOADS)


def hostile_report() -> Report:
    """Every string the resume controls carries every payload."""
    h = HOSTILE
    base = full_report()
    profile = Profile(
        document=base.profile.document,
        kind="pdf",
        text=h,
        sections=(),
        basics=Basics(name=h, label=h, email=h, phone=h, url="javascript:alert(1)", summary=h,
                      location=Location(city=h), profiles=(SocialProfile(network=h, username=h, url="javascript:alert(2)"),)),
        work=(Work(name=h, position=h, location=h, startDate="2020-01", highlights=(h, "- 1. " + h)),),
        education=(Education(institution=h, area=h, studyType=h),),
    )
    facts = Facts(
        as_of=date(2026, 11, 25), years_of_experience=6.0, years_basis="dates", level="mid", is_project_manager=True,
        specializations=(match("specialization", h),), certifications=(match("certification", h, status="in_progress"),),
        tools=(match("tool", h),), methodologies=(match("methodology", h),),
        achievements=(Achievement(text=h, metrics=(Metric("percent", 20),), evidence=ev("experience", h)),),
    )
    findings = tuple(
        Finding(f"PC{100 + i}", "rule-name", level, "headline", f"Message about {h}", f"Suggestion with {h}", ev(h, h))
        for i, level in enumerate(("error", "warning", "info"))
    )
    score = Score(overall=50, categories={"headline": CategoryScore(50, h)})
    job = {"match_rate": 40.0, "target": 80, "matched": {"tools": [h]}, "missing": {"hard_skills": [h], "tools": [h]}, "variants": [{"posting": h, "resume": h}]}
    source = SourceInfo(path="cv.pdf", kind="pdf", pages=1, characters=10, sha256="0" * 64, warnings=(h,))
    return Report(source=source, profile=profile, facts=facts, findings=findings, score=score, rewrites={"headline": [h], "summary": h}, job_match=job)


# ------------------------------------------------------------------ every format renders


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("build", [full_report, minimal_report, hostile_report], ids=["full", "minimal", "hostile"])
def test_every_format_renders(fmt, build):
    text = render(build(), fmt)
    assert isinstance(text, str) and text.endswith("\n") or (fmt == "concise" and text == "")


def test_formats_are_the_contract():
    assert FORMATS == ("text", "concise", "json", "markdown", "html")


def test_unknown_format_is_a_usage_error():
    from profilecheck.errors import UsageError

    with pytest.raises(UsageError):
        render(full_report(), "pdf")


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_same_content_in_every_human_format(fmt):
    text = render(full_report(), fmt)
    plain = text.replace("\\", "").replace("&amp;", "&").replace("&#34;", '"').replace("&#39;", "'")
    for expected in (
        "Jane Q. Doe", "Senior IT Project Manager", "16.9 years", "from the work dates", "Senior",
        "ERP", "Cloud migration", "PMI-ACP", "in progress", "Jira", "Scrum",
        "72", "Good, with gaps",
        "PC104", "Your headline is only a job title.", "Senior IT Project Manager | ERP & Cloud Migrations | PMP",
        "Responsible for status reports.", "Say what changed because of you",
        "IT Program Lead: SAP S/4HANA", "healthcare and logistics",
        "62.5%", "80%", "Power BI", "Kanban", "Executive communication", "Microsoft Project",
        "Contoso Health", "Fabrikam Inc", "Jan 2018 – present", "Mar 2014 – Dec 2017",
        "two weeks early", "Boston University",
        "repaired encoding",
    ):
        assert expected in plain, f"{fmt}: {expected!r} missing"


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_findings_worst_first_within_a_category(fmt):
    text = render(full_report(), fmt)
    # the category with an error first, then by rule code; within experience the warning first
    assert text.index("PC802") < text.index("PC104") < text.index("PC201") < text.index("PC301") < text.index("PC305") < text.index("PC601")


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_without_score_job_match_or_rewrites(fmt):
    base = full_report()
    report = Report(source=base.source, profile=base.profile, facts=base.facts, findings=base.findings)
    text = render(report, fmt)
    assert "No overall score yet" in text
    assert "62.5%" not in text and "Vendor management" not in text and "Job match" not in text
    assert "IT Program Lead" not in text


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_minimal_report_reads_well(fmt):
    text = render(minimal_report(), fmt)
    assert "Profile review" in text
    assert "no findings" in text.lower() or "passed every check" in text
    assert "None" not in text.replace("none found", "")


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_lone_headline_report(fmt):
    """`profilecheck headline` judges a headline alone: no empty resume sections."""
    base = minimal_report()
    profile = Profile(document=base.profile.document, kind="text", text="IT Project Manager", sections=(), basics=Basics(label="IT Project Manager"))
    finding = Finding("PC104", "headline-only-title", "warning", "headline", "Your headline is only a job title.", "Add a specialization.", ev("headline", "IT Project Manager"))
    report = minimal_report(profile=profile, findings=(finding,), score=Score(85, {"headline": CategoryScore(85, "-15 PC104 headline-only-title")}))
    text = render(report, fmt)
    assert "Headline review" in text and "IT Project Manager" in text and "PC104" in text
    assert "none found" not in text and "not found" not in text and "At a glance" not in text


def test_tolerates_partial_rewrites_and_job_match():
    odd = minimal_report(
        rewrites={"headline": "One headline as a string"},
        job_match={"match_rate": None, "missing": {"tools": [{"name": "Power BI"}]}},
    )
    for fmt in ("text", "markdown", "html"):
        text = render(odd, fmt)
        assert "One headline as a string" in text and "Power BI" in text
    assert "Kanban" not in render(minimal_report(rewrites={}, job_match={}), "text")


# ------------------------------------------------------------------ untrusted resume text


def test_html_escapes_everything():
    html = render(hostile_report(), "html")
    assert "<script" not in html.lower()
    assert html.count("</style>") == 1  # our own stylesheet's end, nothing else
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "{{ 7*7 }}" in html and "49" not in html
    assert "{% raw %}" in html
    assert not re.search(r"""(href|src|action|formaction)\s*=\s*["']?\s*javascript:""", html, re.IGNORECASE)
    assert "\x1b" not in html


def test_html_has_no_links_into_resume_text():
    html = render(hostile_report(), "html")
    assert "<a " not in html and "href=" not in html and "src=" not in html


def test_markdown_escapes_everything():
    md = render(hostile_report(), "markdown")
    assert "<script>" not in md and "</style>" not in md
    assert "\\<script\\>" in md
    assert "{{" not in md and "{%" not in md  # no template syntax, even for a Liquid pass
    assert "\\{\\{ 7\\*7 \\}\\}" in md and "49" not in md
    assert "[x](" not in md and "\\[x\\](javascript:alert(1))" in md
    assert "\\*Jane\\*" in md
    assert not re.search(r"(?<!\\)\]\(", md)  # no unescaped link syntax anywhere
    assert "\x1b" not in md


def test_markdown_is_literal_under_a_real_gfm_parser():
    cmarkgfm = pytest.importorskip("cmarkgfm")
    from cmarkgfm.cmark import Options

    md = render(hostile_report(), "markdown")
    html = cmarkgfm.github_flavored_markdown_to_html(md, options=Options.CMARK_OPT_UNSAFE)
    assert "<script" not in html and "<a " not in html and "<em>Jane</em>" not in html
    assert "{{ 7*7 }}" in html and "*Jane*" in html and "[x](javascript:alert(1))" in html
    full = cmarkgfm.github_flavored_markdown_to_html(render(full_report(), "markdown"), options=Options.CMARK_OPT_UNSAFE)
    assert "<a " not in full and "<table>" in full and "<h2>" in full
    assert "jane.doe@example.com" in full


@pytest.mark.parametrize("text, literal", [
    ("*Jane*", "*Jane*"),
    ("_Jane_", "_Jane_"),
    ("[x](javascript:alert(1))", "[x](javascript:alert(1))"),
    ("# Heading", "# Heading"),
    ("- item", "- item"),
    ("1. item", "1. item"),
    ("a | b", "a | b"),
    ("R&D &amp; &#60;", "R&D &amp; &#60;"),
    ("<b>bold</b>", "<b>bold</b>"),
    ("`code`", "`code`"),
    ("$5 and $6", "$5 and $6"),
])
def test_md_escape_round_trips_to_the_same_text(text, literal):
    escaped = md_escape(text)
    unescaped = re.sub(r"\\(.)", r"\1", escaped)
    assert unescaped == literal
    assert not re.search(r"(?<!\\)[*_\[\]<>#|`]", escaped.replace("\\\\", ""))


def test_md_escape_keeps_addresses_from_becoming_links():
    assert md_escape("see https://example.com/a_b or jane@example.com") == "see `https://example.com/a_b` or `jane@example.com`"
    assert md_escape("www.example.com") == "`www.example.com`"


@pytest.mark.parametrize("fmt", ["text", "concise"])
def test_text_formats_strip_terminal_escapes(fmt):
    text = render(hostile_report(), fmt, color=True)
    assert "RED" in text
    assert "\x1b]" not in text and "\x1b[2J" not in text and "\x1b[31mRED" not in text and "\x07" not in text
    assert "{{ 7*7 }}" in text and "49" not in text and "<script>alert(1)</script>" in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_control_characters_never_reach_the_output(fmt):
    nasty = "Jane\x00\x08\r\x0b\x0c\x7f\x85\x9b31m\u202eenaJ\u2066\ud800 Doe"
    report = minimal_report(profile=Profile(document=minimal_report().profile.document, kind="text", text="", sections=(), basics=Basics(name=nasty)))
    text = render(report, fmt)
    if fmt == "json":
        assert json.loads(text)["profile"]["basics"]["name"] == nasty  # the contract keeps the value
        text.encode("utf-8")
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]", text.replace("\t", "").replace("\n", ""))


def test_json_is_the_contract():
    report = full_report()
    assert json.loads(render(report, "json")) == json.loads(json.dumps(report_json(report)))


# ------------------------------------------------------------------ HTML


def test_html_is_valid_html5():
    html5lib = pytest.importorskip("html5lib")
    for build in (full_report, minimal_report, hostile_report):
        html5lib.HTMLParser(strict=True).parse(render(build(), "html"))


def test_html_is_self_contained():
    html = render(full_report(), "html")
    assert "<script" not in html.lower() and "<link" not in html.lower() and "@import" not in html
    assert not re.search(r"""(src|href)\s*=\s*["']?[a-z]*:?//""", html, re.IGNORECASE)
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", html)
    assert "http-equiv=\"Content-Security-Policy\"" in html
    assert '<meta name="viewport"' in html and "@media print" in html


def test_html_structure_and_accessibility():
    html = render(full_report(), "html")
    assert html.count("<h1") == 1 and "<h2" in html and "<h3" in html and "<section" in html and "<ul" in html
    assert '<html lang="en">' in html
    # level badges carry words, not only colour
    for word in ("Fix", "Improve", "Tip"):
        assert re.search(rf'class="badge [a-z]+">{word}<', html)
    # the gauge and the bars are inline SVG with text alternatives
    assert html.count("<svg") >= 1 + 5
    assert 'role="img"' in html and "<title>" in html


def test_html_without_score_has_no_gauge():
    base = full_report()
    html = render(Report(source=base.source, profile=base.profile, facts=base.facts, findings=base.findings), "html")
    assert 'class="gauge' not in html


# ------------------------------------------------------------------ text and concise


def test_text_plain_has_no_ansi():
    text = render(full_report(), "text", color=False)
    assert not ANSI.search(text)
    assert all(len(line) <= 80 for line in text.splitlines()), max(text.splitlines(), key=len)


def test_text_colour_is_sparing():
    text = render(full_report(), "text", color=True)
    assert "\x1b[1m" in text and "\x1b[0m" in text
    assert re.sub(r"\x1b\[[0-9;]*m", "", text) == render(full_report(), "text", color=False)


def test_colour_only_for_text():
    for fmt in ("concise", "markdown", "html", "json"):
        assert not ANSI.search(render(full_report(), fmt, color=True))


def test_concise_one_line_per_finding():
    report = full_report()
    lines = render(report, "concise").splitlines()
    assert len(lines) == len(report.findings)
    for line in lines:
        assert CONCISE_LINE.match(line), line
    assert "samples/jane-doe.pdf:header: PC104 Your headline is only a job title." in lines
    assert "samples/jane-doe.pdf:-: PC802 The contact line has no LinkedIn address." in lines


def test_concise_stdin_and_no_findings():
    assert render(minimal_report(), "concise") == ""
    report = minimal_report(findings=(Finding("PC101", "x", "error", "headline", "Multi\nline\x1b[2J message", "s", ev("summary", "x")),))
    assert render(report, "concise") == "-:summary: PC101 Multi line message\n"


def test_hostile_concise_stays_one_line_each():
    lines = render(hostile_report(), "concise").splitlines()
    assert len(lines) == 3
    assert all(line.startswith("cv.pdf:") and " PC10" in line for line in lines)


# ------------------------------------------------------------------ CLI glue


def test_format_for_output():
    assert format_for_output("review.HTML") == "html"
    assert format_for_output("review.md") == "markdown"
    assert format_for_output("out.json") == "json"
    assert format_for_output("review.txt") is None and format_for_output(None) is None


def test_html_environment_escapes_for_other_templates():
    from profilecheck.render import environment

    assert environment(True) is environment("html") and environment(True).autoescape is True
    assert environment("markdown").autoescape is False


def test_cli_format_choices_come_from_render():
    from profilecheck.cli import build_parser

    parser = build_parser()
    check = parser._subparsers._group_actions[0].choices["check"]
    action = next(item for item in check._actions if item.dest == "format")
    assert tuple(action.choices) == FORMATS


# ------------------------------------------------------------------ the JSON contract fixture


def _normalized(data: dict) -> dict:
    return {**data, "tool": {**data["tool"], "version": "*"}}


def test_json_contract_fixture():
    data = _normalized(json.loads(render(full_report(), "json")))
    if os.environ.get("PROFILECHECK_UPDATE_FIXTURES"):
        FIXTURE.parent.mkdir(exist_ok=True)
        FIXTURE.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert data == json.loads(FIXTURE.read_text(encoding="utf-8")), "the JSON contract changed: update docs/json-schema.md and the fixture"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_saved_json_report_renders_again(fmt):
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    assert render_data(data, fmt) == render_data(_normalized(report_json(full_report())), fmt)


# ------------------------------------------------------------------ the bundled samples, when the pipeline works


SAMPLES = ROOT / "samples"


def _samples():
    if not SAMPLES.is_dir():
        return []
    return sorted(
        path for path in SAMPLES.iterdir()
        if path.suffix.lower() in (".pdf", ".docx", ".txt", ".md") and not path.name.lower().startswith("readme")
    )


@pytest.mark.parametrize("expected", sorted(SAMPLES.glob("*.expected.json")), ids=lambda path: path.name)
def test_partial_contract_dicts_render(expected):
    """The samples' expected facts are partial contract dicts: the renderers must take them."""
    data = json.loads(expected.read_text(encoding="utf-8"))
    for fmt in FORMATS:
        render_data(data, fmt)
    name = (data.get("profile") or {}).get("basics", {}).get("name")
    if name:
        assert name in render_data(data, "text")


@pytest.mark.parametrize("sample", _samples(), ids=lambda path: path.name)
def test_samples_render_in_every_format(sample):
    try:
        from profilecheck.pipeline import analyze
    except ImportError as error:
        pytest.skip(f"the pipeline is not importable yet: {error}")
    from profilecheck.options import Options

    report = analyze(str(sample), Options(as_of=date(2026, 11, 25)))
    for fmt in FORMATS:
        text = render(report, fmt)
        assert text == "" and fmt == "concise" or text.strip()
    html5lib = pytest.importorskip("html5lib")
    html5lib.HTMLParser(strict=True).parse(render(report, "html"))


def test_clean_skips_its_expressions_only_where_they_would_change_nothing():
    """`clean` returns a printable text with no double blank as it is (stripped): no code point
    that str.isprintable() accepts is an escape, a control character or a blank other than the
    space, so the expressions would leave such a text alone."""
    from profilecheck.render import _ANSI, _CONTROL, _SPACE, clean

    printable = "".join(chr(point) for point in range(0x110000) if chr(point).isprintable())
    assert not _ANSI.search(printable) and not _CONTROL.search(printable)
    assert set(_SPACE.findall(printable)) == {" "}
    for text in ("  Project  Manager ", "PM\u00a0lead", "a\u2028b", "\x1b[31mred", "tab\there", " plain text "):
        slow = _SPACE.sub(" ", _CONTROL.sub(" ", _ANSI.sub("", text))).strip()
        assert clean(text) == slow
