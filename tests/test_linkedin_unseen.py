"""LinkedIn exports in shapes the development corpus did not have, drawn in the real template's
measures (tests/linkedin_pdf.py REAL_LAYOUT) and read with both PDF engines: one test for each
class of failure benchmarks/linkedin_fuzz.py found.

- Experience without descriptions, long company names and titles: the sizes are told by the
  date lines, not by which size holds the most letters;
- a wrapped e-mail address: after a hyphen of its domain, in its name part, before its "@";
- no Experience section: no jobs made of an About section's dated lines;
- lines as a browser set them: a hyphen at a line's end stays ("cloud-" + "native"), a dash at
  a line's start is no bullet ("Gestão" + "- Subsecretaria");
- the same title or place at the foot of one page and the head of the next is no page furniture;
- a profile link broken anywhere (a name percent-encoded);
- a minimal one-page profile, whose short main column leaves its sidebar as wide as the rest.

Every person, company and place is invented (or a city).
"""
from __future__ import annotations

from dataclasses import replace

import pytest

pytest.importorskip("reportlab")

from linkedin_pdf import (  # noqa: E402
    MAIN_W,
    PORTUGUESE,
    REAL_LAYOUT,
    Company,
    Export,
    Position,
    School,
    _wrap,
)
from test_linkedin_export import profiles  # noqa: E402  (the drawing read by each engine)


def roles(profile):
    return [(work.name, work.position, work.startDate) for work in profile.work]


def wrapped(text: str, size: float) -> list[str]:
    """The lines the real layout breaks `text` into in the main column."""
    return _wrap(text, size, MAIN_W, REAL_LAYOUT.font, True)


def export(**changes) -> Export:
    base = Export(
        name="Inês Valdoro", headline="IT Project Manager | PMP", location="Porto, Porto, Portugal",
        email="ines.valdoro@example.com", slug="ines-valdoro-3f2a9c1b", skills=["Scrum", "Jira", "Risk Management"],
        companies=[Company("Solvent Labs", [Position("Project Manager", "May 2021 - Present (3 years 7 months)",
                                                     "Porto, Portugal", ["Ran the quarterly planning of two teams."])])],
        schools=[School("University of Eastmoor", "Master of Science - MS, Computer Science · (2011 - 2012)")],
        layout=REAL_LAYOUT,
    )
    return replace(base, **changes)


def test_experience_without_descriptions_long_names():
    # No description: the long company names and titles (12 and 11.5 pt) hold more of the
    # section's letters than its date lines do; the date lines still tell the small size.
    companies = [
        Company("Kestrelmark Logistics (formerly Harbourline Freight Systems, acquired in 2019)", [
            Position("Program Manager | Core Banking Modernisation, Payments & Regulatory Reporting (EMEA and LATAM)",
                     "October 2019 - February 2022 (2 years 5 months)")]),
        Company("Marlow, Finch & Osei, Chartered Accountants and Business Advisers, LLP", [
            Position("Senior Project Manager, Finance Systems and Data Platform Consolidation Programme",
                     "2016 - 2019 (3 years)")]),
    ]
    for engine, profile in profiles(export(companies=companies, summary=[])):
        assert roles(profile) == [
            (companies[0].name, companies[0].positions[0].title, "2019-10"),
            (companies[1].name, companies[1].positions[0].title, "2016"),
        ], engine


@pytest.mark.parametrize(
    "email,lines,address",
    [
        ("ines.valdoro@consultoria-vertice.com.br", ["ines.valdoro@consultoria-", "vertice.com.br"], []),
        ("mariafernanda.goncalves.consulting@example.com", ["mariafernanda.goncalves.", "consulting@example.com"], []),
        ("mariafernanda.goncalvesdasilva@example.com", ["mariafernanda.goncalvesdasilva", "@example.com"], []),
        ("ines_valdoro.pm@protonmail.com", ["ines_valdoro.pm@protonmail", ".com"], ["Italy"]),
        ("ines.valdoro@example.com", ["ines.valdoro@example.com"], ["Italy"]),  # a line of its own above
    ],
    ids=["after-domain-hyphen", "name-part-after-dot", "before-at", "before-dot", "address-above"],
)
def test_wrapped_email(email, lines, address):
    drawn = export(email=email, email_lines=lines, address=address, phone="+351 912 345 678 (Mobile)",
                   summary=["Reach me at another.address@example.org for anything but work."])
    for engine, profile in profiles(drawn):
        assert profile.basics.email == email, engine


def test_no_experience_section_no_jobs_from_the_about():
    about = [
        "March 2020 - June 2021: programme manager for the data centre exit. Coordinated vendors in three "
        "countries; contracts, SLAs and escalation paths.",
        "2018 - 2019 | Customer portal relaunch, 8 people, Scrum. Moved 1,200 users to the new digital workplace.",
        "Gestione del portafoglio progetti e reporting al comitato di direzione.",
    ]
    for engine, profile in profiles(export(companies=[], summary=about)):
        assert profile.work == (), engine
        assert [school.institution for school in profile.education] == ["University of Eastmoor"], engine


def test_lines_read_as_the_browser_set_them():
    headline = "Regional Program Manager | Payments & Core Banking | cloud-native platforms and e-commerce"
    assert wrapped(headline, 12)[0].endswith("cloud-")  # the break falls after the hyphen
    company = "Principal Program Manager at Secretaria de Planejamento e Gestão - Subsecretaria de Tecnologia da Informação"
    assert wrapped(company, 12)[1].startswith("- ")  # a wrapped line starts with the dash
    title = "Senior Project Manager, Digital Channels, Payments, Cards and Loyalty - Programme Office"
    assert any(line.startswith("- ") for line in wrapped(title, 11.5)[1:])
    description = "Set up a delivery office for the retail bank mobile and cross-functional problem-solving teams"
    assert any(line.endswith(("cross-", "problem-")) for line in wrapped(description, 10.5))
    drawn = export(headline=headline, companies=[
        Company(company, [Position(title, "May 2021 - Present (3 years 7 months)", "Porto, Portugal", [description])]),
    ])
    for engine, profile in profiles(drawn):
        assert profile.basics.label == headline, engine
        assert profile.basics.location.address == "Porto, Porto, Portugal", engine
        assert roles(profile) == [(company, title, "2021-05")], engine
        assert profile.work[0].summary == description, engine


@pytest.mark.parametrize("about", range(0, 14))
def test_same_line_at_the_edge_of_two_pages(about):
    # Titles and places repeat; the About section grows a paragraph at a time, so the foot of
    # page 1 and the head of page 2 hold the same title or place at some point: the profile's,
    # not a running header.
    positions = [
        Position("Project Manager", f"{month} {year} - {end} (2 years)", "Lisbon, Lisbon, Portugal")
        for month, year, end in (("January", 2022, "Present"), ("March", 2020, "December 2021"),
                                 ("June", 2018, "February 2020"), ("April", 2016, "May 2018"))
    ]
    companies = [Company(name, [position]) for name, position in zip(
        ("Banco Atlântico", "Grupo Meridiano", "Orbital Telecom", "Accentix"), positions)]
    summary = ["I keep programmes predictable: a plan, honest status, early risks and a team that knows why. " * 2] * about
    for engine, profile in profiles(export(summary=summary, companies=companies)):
        assert roles(profile) == [(c.name, "Project Manager", s) for c, s in zip(
            companies, ("2022-01", "2020-03", "2018-06", "2016-04"))], engine


def test_profile_link_broken_anywhere():
    slug = "%D0%BE%D0%BB%D1%8C%D0%B3%D0%B0-kovalenko-984c19ad"  # the name's letters percent-encoded
    for engine, profile in profiles(export(slug=slug)):
        assert profile.basics.profiles[0].username == slug, engine


def test_minimal_one_page_profile():
    # A short headline, no About, no description: the main column's lines are about as short as
    # the sidebar's, which the layout alone does not take for a sidebar.
    drawn = export(
        headline="Project Manager at Grupo 4S", location="Barcelona, Cataluña, España", headings=PORTUGUESE,
        certifications=["Gestão de Projetos com Metodologias Ágeis e Tradicionais - Fundação de Estudos Avançados",
                        "PMI Agile Certified Practitioner (PMI-ACP)", "Google Project Management: Professional Certificate"],
        companies=[Company("Grupo 4S", [Position("Delivery Manager", "junho de 2021 - Present (2 anos 10 meses)",
                                                 "Porto, Porto, Portugal")])],
        schools=[School("Northgate College", "· (2022)")],
    )
    for engine, profile in profiles(drawn):
        assert profile.kind == "linkedin-pdf", engine
        basics = profile.basics
        assert (basics.name, basics.label, basics.location.address) == (
            "Inês Valdoro", "Project Manager at Grupo 4S", "Barcelona, Cataluña, España"), engine
        assert roles(profile) == [("Grupo 4S", "Delivery Manager", "2021-06")], engine
        assert [c.name for c in profile.certificates][:1] == [drawn.certifications[0]], engine
