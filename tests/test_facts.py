"""Facts is the one reading of the text: every hit with its section and offsets, the bullets with
their spans and metrics, the headline's place, and the queries the rules ask."""
from datetime import date

from profilecheck.models import Document, Line
from profilecheck.options import Options
from profilecheck.pipeline import analyze_headline, analyze_text
from profilecheck.facts import derive_facts
from profilecheck.structure import build_profile

AS_OF = date(2026, 11, 25)
RESUME = (
    "Jo Park\nIT Project Manager | Cloud Migration | Agile | PMP\n\n"
    "SUMMARY\nIT project manager with 8 years of Scrum delivery; a resource ninja and team player.\n\n"
    "EXPERIENCE\nIT Project Manager | Acme Health | Jan 2019 - Present\n"
    "• Led a team of 12 to move 40 clinical apps to Azure with Scrum, cutting hosting costs by 30%.\n"
    "• Responsible for weekly status reports in Jira.\n"
    "• Coordinated the vendors of the data-centre exit and the many workstreams of the hospital migration\n"
    "  programme for the steering committee.\n\n"
    "SKILLS\nRisk management, stakeholder engagement, Jira, Confluence\n"
)


def facts_of(text: str):
    lines = tuple(Line(line) for line in text.split("\n"))
    profile = build_profile(Document(kind="text", lines=lines, pages=1, sha256=""))
    return profile, derive_facts(profile, AS_OF)


def test_every_hit_is_kept_with_its_section_and_offsets():
    profile, facts = facts_of(RESUME)
    assert [hit.evidence.start for hit in facts.hits] == sorted(hit.evidence.start for hit in facts.hits)
    for hit in facts.hits:
        assert profile.text[hit.evidence.start:hit.evidence.end] == hit.evidence.text
        assert hit.evidence.section == profile.section_at(hit.evidence.start)
    jira = [hit for hit in facts.hits if hit.id == "jira"]
    assert [hit.evidence.section for hit in jira] == ["experience", "skills"]  # both, not only the best one
    assert [item.id for item in facts.tools].count("jira") == 1


def test_queries_by_span_and_by_section():
    profile, facts = facts_of(RESUME)
    summary = facts.in_section("summary")
    assert [item.id for item in summary.methodologies] == ["scrum"]
    assert not summary.tools
    assert facts.headline is not None and facts.headline.text == "IT Project Manager | Cloud Migration | Agile | PMP"
    headline = facts.within((facts.headline.start, facts.headline.end))
    assert [item.id for item in headline.certifications] == ["pmp"]
    assert [item.id for item in headline.methodologies] == ["agile"]
    assert not facts.within((0, 5)).methodologies


def test_bullets_carry_their_span_and_metrics():
    profile, facts = facts_of(RESUME)
    first, duty, wrapped = facts.bullets
    assert first.text.startswith("Led a team of 12")
    assert {metric.kind for metric in first.metrics} >= {"team_size", "percent"}
    assert not duty.metrics
    assert [item.id for item in facts.within(duty.span).weak_phrases] == ["responsible-for"]
    # a wrapped bullet: the span covers both lines, the evidence the first line
    assert profile.text[wrapped.span[0]:wrapped.span[1]].endswith("steering committee.")
    assert "\n" not in wrapped.evidence.text


def test_lexicon_guards_apply_to_the_buzzword_rules():
    """buzzwords.toml: "ninja" after "resource" is a role (a resource manager), not self-praise."""
    report = analyze_headline("Resource ninja and Scrum guru | ITIL 4 Foundation", Options(as_of=AS_OF))
    message = next(finding.message for finding in report.findings if finding.code == "PC111")
    assert "guru" in message and "ninja" not in message
    report = analyze_text(RESUME, Options(as_of=AS_OF))
    buzz = [finding.message for finding in report.findings if finding.code == "PC210"]
    assert buzz and "ninja" not in buzz[0] and "team player" in buzz[0]


def test_a_lone_headline_is_queried_the_same_way():
    report = analyze_headline("IT Project Manager | ERP Implementations | PMP", Options(as_of=AS_OF))
    assert report.facts.headline.start == 0
    codes = {finding.code for finding in report.findings}
    assert "PC105" not in codes and "PC106" in codes


def test_hits_are_whole_matches():
    """The matcher builds its Match and Evidence objects without their __init__ (a hot path);
    they must still be complete, equal to ones built the usual way, and frozen."""
    import dataclasses

    import pytest

    from profilecheck.models import Evidence, Match

    _, facts = facts_of(RESUME)
    for hit in (*facts.hits, *facts.tools):
        assert set(vars(hit)) == {field.name for field in dataclasses.fields(Match)}
        assert set(vars(hit.evidence)) == {field.name for field in dataclasses.fields(Evidence)}
        assert hit == Match(hit.id, hit.name, hit.kind, Evidence(**dataclasses.asdict(hit.evidence)), hit.status, hit.category)
    for signal in facts.signals:
        assert set(vars(signal)) == {field.name for field in dataclasses.fields(signal)}
    with pytest.raises(dataclasses.FrozenInstanceError):
        facts.hits[0].evidence.start = 0


def test_a_stretch_of_text_counts_once_for_its_heaviest_specialization_signal():
    """specialization_strengths keeps, heaviest first, the signals whose token spans overlap none
    already kept (spans that only touch both count)."""
    from types import SimpleNamespace

    from profilecheck.models import specialization_strengths

    def signal(start, end, weight, key):
        evidence = SimpleNamespace(section="experience", start=start)
        return SimpleNamespace(id="cloud", name="Cloud", tokens=(start, end), weight=weight, key=key, evidence=evidence)

    signals = [signal(0, 3, 1.0, "a"), signal(2, 5, 2.0, "b"), signal(5, 7, 1.0, "c"), signal(6, 9, 0.5, "d"), signal(9, 10, 1.0, "a")]
    (strength, spec_id, strongest), = specialization_strengths(signals)
    # kept: b (2-5), c (5-7, touches b), a (9-10); dropped: a (0-3, overlaps b), d (6-9, overlaps c)
    assert (strength, spec_id, strongest.tokens) == (4.0, "cloud", (2, 5))


def test_a_row_of_profile_links_names_no_code_host_as_a_tool() -> None:
    for links in ("LinkedIn | GitHub | Portfolio", "Links: LinkedIn, GitLab", "GitHub: jane-doe"):
        _, facts = facts_of(f"Jane Doe\nProject Manager\njane@mail.test\n{links}\n\nExperience\nProject Manager, Acme, 2019 - Present\n- Ran the releases.\n")
        assert [tool.id for tool in facts.tools] == [], links
    _, facts = facts_of("Jane Doe\nProject Manager\n\nSkills\nTools: Jira, GitHub, Confluence\n")
    assert {tool.id for tool in facts.tools} >= {"jira", "github", "confluence"}


def test_a_code_host_alone_on_a_header_or_contact_line_is_a_link() -> None:
    # link words one under another, as a designed resume's contact column lists them
    for block in ("LinkedIn\nGithub\n", "\nContact\nLinkedIn\n• GitLab\n"):
        _, facts = facts_of(f"Jane Doe\njane@mail.test\n{block}\nExperience\nProject Manager, Acme, 2019 - Present\n- Ran the releases.\n")
        assert [tool.id for tool in facts.tools] == [], block
    # alone on a line elsewhere it is a tool in use
    _, facts = facts_of("Jane Doe\n\nSkills\nJira\nGitHub\n\nExperience\nProject Manager, Acme, 2019 - Present\n- Ran the releases.\n")
    assert {tool.id for tool in facts.tools} == {"jira", "github"}
