"""LinkedIn "Save to PDF" exports, drawn like the real template (tests/linkedin_pdf.py), read with
both PDF engines: name, headline (wrapped, next to the location), location, contact, roles (company,
title, start), schools and degrees, and exports in other interface languages."""
from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("reportlab")

import profilecheck  # noqa: E402
from profilecheck.models import Document, Line  # noqa: E402
from profilecheck.options import Options  # noqa: E402
from profilecheck.readers.pdf import read_pdf  # noqa: E402
from profilecheck.report import json_resume  # noqa: E402
from profilecheck.structure.dates import DURATION_RE  # noqa: E402
from profilecheck.structure import build_profile  # noqa: E402
from profilecheck.structure.linkedin import (  # noqa: E402
    _is_location,
    english_dates,
    linkedin_location,
    linkedin_range,
    strip_interface_lines,
)

from linkedin_pdf import (  # noqa: E402
    DUTCH,
    FRENCH,
    GERMAN,
    ITALIAN,
    PORTUGUESE,
    SPANISH,
    Company,
    Export,
    Position,
    School,
    linkedin_pdf,
)

ENGINES = ("pdfium", "pdfplumber")


def profiles(export: Export):
    data = linkedin_pdf(export)
    for engine in ENGINES:
        document: Document = read_pdf(data, Options(pdf_engine=engine), "Profile.pdf")
        yield engine, build_profile(document)


def roles(profile):
    return [(work.name, work.position, work.startDate, work.endDate) for work in profile.work]


LONG_DESCRIPTION = (
    "Run the release train for four product squads and the quarterly planning that feeds it, "
    "with a shared risk register and one weekly status page for the steering group."
)

ENGLISH_EXPORT = Export(
    name="Marisol Quenby-Varga",
    # Wraps over three lines, the second break right after a hyphen inside a word.
    headline=(
        "Senior Technical Program Manager | Cloud Migration & Platform Reliability | Agile Delivery "
        "at Scale | PMP, SAFe | Building calm, predictable release trains for cross-functional "
        "product and infrastructure teams"
    ),
    location="Leeds, England, United Kingdom",
    email="marisol.qv@example.com",
    slug="marisol-quenby-varga-0a1b2c",
    skills=["Program Management", "Cloud Migration", "Release Management"],
    languages=["English (Native or Bilingual)", "Spanish (Professional Working)"],
    certifications=[
        "Project Management Professional (PMP)",
        "SAFe 6 Release Train Engineer certification programme",
        "ITIL 4 Foundation",
    ],
    summary=["I keep large programmes predictable: clear plans, honest status, early risks."],
    companies=[
        Company("Harbourline Logistics (HLX)", [
            Position("Senior Technical Program Manager", "March 2022 - Present (2 years 9 months)",
                     "Leeds, England, United Kingdom", [LONG_DESCRIPTION, "• Cut release lead time by 40%."]),
            Position("Technical Program Manager", "June 2019 - February 2022 (2 years 9 months)",
                     "Manchester, England, United Kingdom", ["Owned the data-centre exit programme."]),
        ], total="5 years 6 months"),
        Company(
            "Brightwater Regional Health Partnership (Clinical Systems, Shared Services and Digital "
            "Programmes)",
            [Position("Project Manager, Electronic Patient Record Rollout and Clinical Systems Integration "
                      "Workstream", "January 2016 - May 2019 (3 years 5 months)", None,
                      ["Delivered the patient record rollout to 14 wards."])],
        ),
        Company("Fenwick & Yard", [
            Position("IT Analyst", "2013 - 2015 (2 years)", "York, England, United Kingdom", []),
        ]),
    ],
    schools=[
        School("University of Eastmoor", "Master of Science - MS, Computer Science · (2011 - 2012)"),
        School("Northgate College", "Bachelor of Science - BS, Information Systems, Business Analysis and "
               "Enterprise Architecture Foundations · (2007 - 2010)"),
        School("Open Learning Academy", "· (2020)"),
    ],
)


@pytest.mark.parametrize("engine,profile", list(profiles(ENGLISH_EXPORT)), ids=ENGINES)
def test_english_export(engine, profile):
    basics = profile.basics
    assert profile.kind == "linkedin-pdf"
    assert basics.name == "Marisol Quenby-Varga"
    assert basics.label == ENGLISH_EXPORT.headline  # three lines rejoined, the location left out
    assert basics.location.address == "Leeds, England, United Kingdom"
    assert (basics.location.city, basics.location.countryCode) == ("Leeds", "GB")
    assert basics.email == "marisol.qv@example.com"
    assert basics.profiles[0].username == "marisol-quenby-varga-0a1b2c"
    assert roles(profile) == [
        ("Harbourline Logistics (HLX)", "Senior Technical Program Manager", "2022-03", None),
        ("Harbourline Logistics (HLX)", "Technical Program Manager", "2019-06", "2022-02"),
        ("Brightwater Regional Health Partnership (Clinical Systems, Shared Services and Digital Programmes)",
         "Project Manager, Electronic Patient Record Rollout and Clinical Systems Integration Workstream",
         "2016-01", "2019-05"),
        ("Fenwick & Yard", "IT Analyst", "2013", "2015"),
    ]
    first = profile.work[0]
    assert first.location == "Leeds, England, United Kingdom"
    assert first.summary == LONG_DESCRIPTION and first.highlights == ("Cut release lead time by 40%.",)
    assert profile.work[2].location is None  # no place: the description is not taken for one
    assert [(e.institution, e.studyType, e.area, e.startDate, e.endDate) for e in profile.education] == [
        ("University of Eastmoor", "Master of Science", "Computer Science", "2011", "2012"),
        ("Northgate College", "Bachelor of Science",
         "Information Systems, Business Analysis and Enterprise Architecture Foundations", "2007", "2010"),
        ("Open Learning Academy", None, None, None, "2020"),
    ]
    assert [c.name for c in profile.certificates] == ENGLISH_EXPORT.certifications  # wrapped items rejoined
    assert profile.skills[0].keywords == tuple(ENGLISH_EXPORT.skills)
    assert [language.language for language in profile.languages] == ["English", "Spanish"]
    assert {s.name for s in profile.sections} >= {"contact", "skills", "languages", "certifications", "header",
                                                  "summary", "experience", "education"}
    location = json_resume(profile)["basics"]["location"]
    assert location["address"] == "Leeds, England, United Kingdom"


def test_headline_without_location_and_wrapped_email():
    export = Export(
        name="Tobias Ellery",
        headline="Delivery Lead | Payments Platform Modernisation | Scrum Master for three teams working "
                 "across two time zones",
        location=None,
        email="tobias.ellery.delivery@example.com",
        email_lines=["tobias.ellery.delivery@exam", "ple.com"],
        slug="tobias-ellery",
        skills=["Scrum"],
        companies=[Company("Cobalt Payments", [Position("Delivery Lead", "April 2020 - Present (4 years)")])],
    )
    for _, profile in profiles(export):
        assert profile.basics.label == export.headline
        assert profile.basics.location.address is None and profile.basics.location.city is None
        assert profile.basics.email == "tobias.ellery.delivery@example.com"
        assert roles(profile) == [("Cobalt Payments", "Delivery Lead", "2020-04", None)]


def test_one_line_headline_then_location():
    export = Export(
        name="Ana Ruiz", headline="Project Manager at Solvent Labs", location="Argentina",
        email="ana.ruiz@example.com", slug="anaruiz", skills=["Jira"],
        companies=[Company("Solvent Labs", [Position("Project Manager", "May 2021 - Present (3 years)")])],
    )
    for _, profile in profiles(export):
        assert profile.basics.label == "Project Manager at Solvent Labs"
        assert profile.basics.location.address == "Argentina" and profile.basics.location.countryCode == "AR"


@pytest.mark.parametrize(
    "headings,dates,present",
    [
        (PORTUGUESE, ["janeiro de 2023 - o momento (1 ano 11 meses)", "março de 2019 - dezembro de 2022 (3 anos 10 meses)",
                      "agosto de 2015 - fevereiro de 2019 (3 anos 7 meses)"], True),
        (SPANISH, ["septiembre de 2022 - Presente (2 años 3 meses)", "enero de 2019 - agosto de 2022 (3 años 8 meses)",
                   "2014 - diciembre de 2018 (5 años)"], True),
        (ITALIAN, ["giugno 2021 - attuale (3 anni 6 mesi)", "gennaio 2018 - maggio 2021 (3 anni 5 mesi)",
                   "ottobre 2016 - dicembre 2017 (1 anno 3 mesi)"], True),
    ],
    ids=["pt", "es", "it"],
)
def test_other_interface_languages(headings, dates, present):
    export = Export(
        name="Renata Oliveira Campos",
        headline="Gerente de Projetos de TI | PMP | Transformação Digital e Governança de Dados para "
                 "operações de varejo",
        location="Curitiba, Paraná, Brasil",
        email="renata.campos@example.com",
        slug="renata-oliveira-campos",
        headings=headings,
        skills=["Gestão de projetos", "Scrum"],
        languages=["Português (Native or Bilingual)"],
        summary=["Coordeno projetos de tecnologia com foco em entregas previsíveis."],
        companies=[
            Company("Mercado Aurora S.A.", [
                Position("Gerente de Projetos de TI", dates[0], "Curitiba, Paraná, Brasil"),
                Position("Coordenadora de Projetos", dates[1], "Curitiba, Paraná, Brasil"),
            ], total="5 anos 9 meses"),
            Company("Vértice Sistemas", [Position("Analista de Sistemas", dates[2], None, ["Suporte a ERP."])]),
        ],
        schools=[School("Universidade Estadual do Planalto", "Bacharelado, Sistemas de Informação · (2010 - 2014)")],
    )
    wanted_starts = [linkedin_range(text).start.iso() for text in dates]
    for engine, profile in profiles(export):
        assert profile.kind == "linkedin-pdf", engine
        assert profile.basics.name == "Renata Oliveira Campos"
        assert profile.basics.label == export.headline
        assert profile.basics.location.address == "Curitiba, Paraná, Brasil"
        assert profile.basics.location.countryCode == "BR"
        assert [(w.name, w.position, w.startDate) for w in profile.work] == [
            ("Mercado Aurora S.A.", "Gerente de Projetos de TI", wanted_starts[0]),
            ("Mercado Aurora S.A.", "Coordenadora de Projetos", wanted_starts[1]),
            ("Vértice Sistemas", "Analista de Sistemas", wanted_starts[2]),
        ]
        assert profile.work[0].current is present
        assert [e.institution for e in profile.education] == ["Universidade Estadual do Planalto"]
        names = [s.name for s in profile.sections]
        assert {"summary", "experience", "education", "skills", "languages"} <= set(names)


def test_unknown_interface_language_sections_recognised_by_content():
    headings = {
        "contact": "Yhteystiedot", "skills": "Taidot", "languages": "Kielet", "certifications": "Sertifikaatit",
        "summary": "Tiivistelmä", "experience": "Kokemus", "education": "Koulutus",
    }
    export = Export(
        name="Aino Lehtola", headline="Projektipäällikkö | ICT", location="Tampere, Pirkanmaa, Finland",
        email="aino.lehtola@example.com", slug="ainolehtola", headings=headings,
        skills=["Projektinhallinta"], summary=["Vedän ICT-projekteja."],
        companies=[Company("Pohjoisvalo Oy", [Position("Projektipäällikkö", "March 2020 - Present (4 years)")])],
        schools=[School("Tampereen ammattikorkeakoulu", "Tradenomi, Tietojenkäsittely · (2012 - 2016)")],
    )
    for _, profile in profiles(export):
        assert profile.kind == "linkedin-pdf"
        assert roles(profile) == [("Pohjoisvalo Oy", "Projektipäällikkö", "2020-03", None)]
        assert [e.institution for e in profile.education] == ["Tampereen ammattikorkeakoulu"]
        assert profile.basics.location.address == "Tampere, Pirkanmaa, Finland"


@pytest.mark.parametrize(
    "text,start,end",
    [
        ("dezembro de 2024 - Present (9 meses)", "2024-12", None),
        ("novembro de 2021 - fevereiro de 2022 (4 meses)", "2021-11", "2022-02"),
        ("2020 - giugno 2024 (4 anni)", "2020", "2024-06"),
        ("agosto 2024 - Present (1 anno 5 mesi)", "2024-08", None),
        ("enero de 2021 - diciembre de 2021 (1 año)", "2021-01", "2021-12"),
        ("janvier 2019 - aujourd’hui (5 ans)", "2019-01", None),
        ("März 2018 - Dezember 2020 (2 Jahre 10 Monate)", "2018-03", "2020-12"),
        ("maio de 2014 - o momento", "2014-05", None),
        ("mai 2020 - Heute (4 Jahre 7 Monate)", "2020-05", None),
        ("oktober 2013 - februari 2016 (2 jaar 5 maanden)", "2013-10", "2016-02"),
        ("juin 2024 - Présent (moins d’un an)", "2024-06", None),
        # months shortened, as the interfaces write them on the profile page
        ("out. de 2019 - o momento", "2019-10", None),
        ("set 2018 - ago 2020", "2018-09", "2020-08"),
        ("janv. 2021 - déc. 2022", "2021-01", "2022-12"),
        ("mrt 2020 - heden", "2020-03", None),
        ("Okt. 2017 - Dez. 2019", "2017-10", "2019-12"),
        ("ene. de 2015 - dic. de 2016", "2015-01", "2016-12"),
    ],
)
def test_linkedin_dates_in_interface_languages(text, start, end):
    found = linkedin_range(text)
    assert found.start.iso() == start
    assert (None if found.current else found.end.iso()) == end


def test_english_dates_leaves_english_alone():
    assert english_dates("March 2019 - Present (5 years)") == "March 2019 - Present (5 years)"
    assert english_dates("Rolled out the set of tools, ago") == "Rolled out the set of tools, ago"


@pytest.mark.parametrize("text", ["4 ans 2 mois", "3 Jahre 1 Monat", "(2 jaar 5 maanden)", "1 ano 3 meses",
                                  "moins d’un an", "5 years 9 months", "· 4 yrs 11 mos"])
def test_durations_in_interface_languages(text):
    assert DURATION_RE.match(text)


@pytest.mark.parametrize(
    "text,city,region,code",
    [
        ("São Paulo, São Paulo, Brasil", "São Paulo", "São Paulo", "BR"),
        ("Palermo, Sicilia, Italia", "Palermo", "Sicilia", "IT"),
        ("Norway", None, None, "NO"),
        ("Las Vegas Metropolitan Area", "Las Vegas", None, None),
        ("Jabalia, Gaza Strip", "Jabalia", "Gaza Strip", None),
        ("Miamisburg, Ohio", "Miamisburg", "Ohio", "US"),
    ],
)
def test_linkedin_location(text, city, region, code):
    location = linkedin_location(text)
    assert (location.city, location.region, location.countryCode, location.address) == (city, region, code, text)


def _line(text, y, x1, size=12.0):
    return Line(text, page=1, size=size, region="body", column=1, y=y, x0=223.6, x1=x1)


@pytest.mark.parametrize(
    "previous,last,expected",
    [
        # The headline ended short of the column edge: what follows is the location.
        (_line("Program Manager | Cloud", 88.1, 380.0), _line("Recife, Pernambuco, Brasil", 103.5, 370.0), True),
        # A full line, the next 1.2 ems below: the headline goes on, even when it reads like a place.
        (_line("Delivery Lead | Payments | Scrum Master for teams across", 88.1, 586.0),
         _line("Lisbon, Porto", 102.5, 300.0), False),
        # A full line, the next 1.28 ems below: the location.
        (_line("Delivery Lead | Payments | Scrum Master for teams across", 88.1, 586.0),
         _line("Porto, Portugal", 103.5, 330.0), True),
        # No positions at all: the words decide.
        (Line("Software Engineer | Web Developer NEST.js | NEXT.js |"), Line("Node.js"), False),
        (Line("Software Engineer | Web Developer NEST.js | NEXT.js |"), Line("Jabalia, Gaza Strip"), True),
    ],
)
def test_location_or_wrapped_headline(previous, last, expected):
    assert _is_location(previous, last, 588.0 if previous.x1 else 0.0) is expected


# ---------------------------------------------------------------- unseen shapes and languages

SHAPES = {
    "fr": (FRENCH, "Lyon, Auvergne-Rhône-Alpes, France", "FR",
           ["janvier 2021 - aujourd’hui (3 ans 11 mois)", "mars 2017 - décembre 2020 (3 ans 10 mois)",
            "mai 2013 - février 2017 (3 ans 10 mois)", "2011 - 2013 (2 ans)"], "4 ans 2 mois",
           "Master, Management des systèmes d'information · (2009 - 2011)"),
    "de": (GERMAN, "München, Bayern, Deutschland", "DE",
           ["März 2021 - Heute (3 Jahre 9 Monate)", "Oktober 2017 - Februar 2021 (3 Jahre 5 Monate)",
            "Mai 2013 - September 2017 (4 Jahre 5 Monate)", "2011 - 2013 (2 Jahre)"], "7 Jahre 2 Monate",
           "Master of Science - MS, Wirtschaftsinformatik · (2009 - 2011)"),
    "nl": (DUTCH, "Utrecht, Utrecht, Nederland", "NL",
           ["mei 2020 - heden (4 jaar 7 maanden)", "maart 2016 - april 2020 (4 jaar 2 maanden)",
            "oktober 2013 - februari 2016 (2 jaar 5 maanden)", "2011 - 2013 (2 jaar)"], "8 jaar 9 maanden",
           "Master, Bedrijfskunde · (2009 - 2011)"),
}
ABOUT = [
    "Ik leid IT-programma's van plan tot oplevering en houd de stuurgroep elke week op de hoogte. "
    "Mijn teams werken met Scrum en een gedeeld risicoregister; budgetten blijven binnen de marge. " * 2
] * 9  # a long About section: the Experience heading lands on page 2


def shaped_export(language: str, location: bool = True, long_about: bool = False) -> Export:
    headings, place, _, dates, total, degree = SHAPES[language]
    return Export(
        name="Corentin Vasseur-Elmgreen",
        headline=(
            "IT Program Manager | Digital Workplace & Cloud Migration | Agile Delivery (Scrum, SAFe) | "
            "PMP | Leading distributed delivery teams across retail, logistics and public sector programmes"
        ),
        location=place if location else None,
        email="corentin.ve@example.com",
        slug="corentin-vasseur-elmgreen-7c1d",
        headings=headings,
        skills=["Program Management", "Scrum", "Vendor Management"],
        languages=["English (Full Professional)"],
        certifications=["Project Management Professional (PMP)"],
        summary=ABOUT if long_about else ["Programmes delivered on time, with honest status and early risks."],
        companies=[
            Company("Kestrelmark Logistics", [
                Position("IT Program Manager", dates[0], f"{place} · Hybrid" if location else None,
                         ["Ran the warehouse systems programme for four sites."]),
                Position("Senior Project Manager", dates[1], f"{place} · Remote" if location else None,
                         ["• Moved 1,200 users to the new workplace.", "• Kept a weekly status page."]),
                Position("Project Manager", dates[2], f"{place} · On-site" if location else None,
                         ["Delivered the route planning rollout."]),
            ], total=total),
            Company("Veldhuis Data", [Position("Systems Analyst", dates[3], None, [])]),
        ],
        schools=[School("Université de Valbonne", degree)],
        footer={"fr": "Page {page} sur {total}", "de": "Seite {page} von {total}", "nl": "Pagina {page} van {total}"}[language],
    )


@pytest.mark.parametrize("language", sorted(SHAPES))
@pytest.mark.parametrize("location,long_about", [(True, False), (False, False), (True, True)],
                         ids=["plain", "no-location", "long-about"])
def test_french_german_dutch_exports(language, location, long_about):
    export = shaped_export(language, location, long_about)
    dates = SHAPES[language][3]
    starts = [linkedin_range(text).start.iso() for text in dates]
    data = linkedin_pdf(export)
    for engine in ENGINES:
        document = read_pdf(data, Options(pdf_engine=engine), "Profile.pdf")
        if long_about:
            assert document.pages >= 2
        assert document.kind == "linkedin-pdf"  # known by the reader already, in its own language
        profile = build_profile(document)
        assert profile.kind == "linkedin-pdf", engine
        assert profile.basics.name == export.name
        assert profile.basics.label == export.headline  # wrapped over three lines, rejoined
        if location:
            assert profile.basics.location.address == export.location
            assert profile.basics.location.countryCode == SHAPES[language][2]
        else:
            assert profile.basics.location.address is None and profile.basics.location.city is None
        assert [(w.name, w.position, w.startDate) for w in profile.work] == [
            ("Kestrelmark Logistics", "IT Program Manager", starts[0]),
            ("Kestrelmark Logistics", "Senior Project Manager", starts[1]),
            ("Kestrelmark Logistics", "Project Manager", starts[2]),
            ("Veldhuis Data", "Systems Analyst", starts[3]),
        ]
        assert profile.work[0].current and [w.current for w in profile.work[1:]] == [False] * 3
        assert profile.work[1].endDate == linkedin_range(dates[1]).end.iso()
        if location:
            # the workplace type is no part of the place
            assert [w.location for w in profile.work[:3]] == [export.location] * 3
        assert [e.institution for e in profile.education] == ["Université de Valbonne"]
        assert profile.education[0].startDate == "2009"
        assert {"summary", "experience", "education", "skills", "languages", "certifications"} <= {
            s.name for s in profile.sections}
        assert [c.name for c in profile.certificates] == export.certifications
        assert not any(word in profile.text for word in ("Page ", "Seite ", "Pagina "))


@pytest.mark.parametrize("workplace", ["Hybrid", "Remote", "On-site", "Hybride", "Vor Ort", "Híbrido", "Op afstand"])
def test_workplace_type_is_not_a_place_nor_a_method(workplace):
    export = Export(
        name="Ana Ruiz", headline="Project Manager at Solvent Labs", location="Argentina",
        email="ana.ruiz@example.com", slug="anaruiz", skills=["Jira"],
        companies=[Company("Solvent Labs", [
            Position("Project Manager", "May 2021 - Present (3 years)", f"Córdoba, Argentina · {workplace}",
                     ["Ran the quarterly planning of two teams."]),
        ])],
    )
    report = profilecheck.analyze_bytes(linkedin_pdf(export), Options(as_of=date(2026, 11, 30)))
    assert report.profile.work[0].location == "Córdoba, Argentina"
    assert "hybrid" not in {match.id for match in report.facts.methodologies}


def test_workplace_words_outside_a_place_stay():
    lines = (Line("Delivery Lead · Agile · Hybrid"), Line("Riverton, Utopia · Hybrid"))
    assert [line.text for line in strip_interface_lines(lines)] == ["Delivery Lead · Agile · Hybrid", "Riverton, Utopia"]


def _long_company_export(about_lines: int) -> Export:
    positions = [
        Position(title, dates, "Utrecht, Utrecht, Nederland",
                 ["Ran the programme's planning, its budget and the weekly report to the steering group, "
                  "with the suppliers' plans folded into one schedule.", "• Kept the risk register current."])
        for title, dates in (
            ("Programme Director", "januari 2023 - heden (1 jaar 11 maanden)"),
            ("Programme Manager", "maart 2020 - december 2022 (2 jaar 10 maanden)"),
            ("Senior Project Manager", "juni 2017 - februari 2020 (2 jaar 9 maanden)"),
            ("Project Manager", "september 2014 - mei 2017 (2 jaar 9 maanden)"),
            ("Project Coordinator", "april 2012 - augustus 2014 (2 jaar 5 maanden)"),
        )
    ]
    return Export(
        name="Wendelien Osterkamp", headline="Programme Director | Logistics IT", location="Utrecht, Utrecht, Nederland",
        email="w.osterkamp@example.com", slug="wosterkamp", headings=DUTCH, skills=["Programmamanagement"],
        summary=["Ik maak grote IT-programma's voorspelbaar: een plan, eerlijke status, vroege risico's. " * 3] * about_lines,
        companies=[Company("Kestrelmark Logistics B.V.", positions, total="12 jaar 8 maanden"),
                   Company("Veldhuis Data", [Position("Systems Analyst", "2010 - 2012 (2 jaar)")])],
        schools=[School("Hogeschool Eemland", "Bachelor, Informatica · (2006 - 2010)")],
        footer="Pagina {page} van {total}",
    )


@pytest.mark.parametrize("about_lines", range(0, 12))
def test_positions_of_one_company_over_a_page_break(about_lines):
    # the About section grows a paragraph at a time, so the page break falls at every point of
    # the company's positions in turn: between a title and its dates, a place and a description
    export = _long_company_export(about_lines)
    for engine, profile in profiles(export):
        assert [(w.name, w.position, w.startDate) for w in profile.work] == [
            ("Kestrelmark Logistics B.V.", "Programme Director", "2023-01"),
            ("Kestrelmark Logistics B.V.", "Programme Manager", "2020-03"),
            ("Kestrelmark Logistics B.V.", "Senior Project Manager", "2017-06"),
            ("Kestrelmark Logistics B.V.", "Project Manager", "2014-09"),
            ("Kestrelmark Logistics B.V.", "Project Coordinator", "2012-04"),
            ("Veldhuis Data", "Systems Analyst", "2010"),
        ], engine
        assert [w.location for w in profile.work[:5]] == ["Utrecht, Utrecht, Nederland"] * 5, engine
        assert all(w.highlights == ("Kept the risk register current.",) for w in profile.work[:5]), engine
        assert "Pagina" not in profile.text  # the footers, in the interface language, are no text of the profile


# ---------------------------------------------------------------- an export saved as text


def export_as_layout_text(export: Export) -> str:
    """The export as `pdftotext -layout` writes it: the sidebar and the main column side by side on
    each line of page 1, blanks between them; the rest of the main column on page 2."""
    import textwrap

    def wrap(text: str) -> list[str]:
        return textwrap.wrap(text, 70) or [""]

    head = export.headings
    link = f"www.linkedin.com/in/{export.slug}"
    cut = link.rfind("-", 0, 30) + 1  # the sidebar breaks the link after a hyphen
    side = [head["contact"], export.email, link[:cut], f"{link[cut:]} (LinkedIn)", "",
            head["skills"], *export.skills, "", head["languages"], *export.languages]
    main = [export.name, *wrap(export.headline), *([export.location] if export.location else []), "",
            head["summary"], *[piece for paragraph in export.summary for piece in wrap(paragraph)], "", head["experience"]]
    for company in export.companies:
        main += ["", company.name] + ([company.total] if company.total else [])
        for position in company.positions:
            main += [position.title, position.dates] + ([position.place] if position.place else [])
            main += [piece for paragraph in position.description for piece in wrap(paragraph)]
    main += ["", head["education"]]
    for school in export.schools:
        main += [school.name, *wrap(school.degree)]
    page_one, page_two = main[:24], main[24:]
    rows = [f"{left:<36}{right}".rstrip() for left, right in zip(side + [""] * 40, page_one)]
    footer = export.footer
    return "\n".join(rows + ["", " " * 40 + footer.format(page=1, total=2), "\f"] + page_two
                     + ["", " " * 40 + footer.format(page=2, total=2)]) + "\n"


@pytest.mark.parametrize("language", sorted(SHAPES))
def test_export_saved_as_text(language):
    export = shaped_export(language)
    # a line of a description that reads like a heading is none in an export
    export.companies[0].positions[1].description[0:0] = ["Key Achievements"]
    text = export_as_layout_text(export)
    report = profilecheck.analyze_text(text, Options(as_of=date(2026, 11, 30)))
    profile = report.profile
    assert profile.kind == "linkedin-text"
    names = [section.name for section in profile.sections]
    assert {"contact", "skills", "languages", "summary", "experience", "education"} <= set(names)
    assert names.count("experience") == 1 and "awards" not in names
    dates = SHAPES[language][3]
    companies = ["Kestrelmark Logistics"] * 3 + ["Veldhuis Data"]
    titles = ["IT Program Manager", "Senior Project Manager", "Project Manager", "Systems Analyst"]
    assert [(w.name, w.position, w.startDate) for w in profile.work] == [
        (company, title, linkedin_range(when).start.iso()) for company, title, when in zip(companies, titles, dates)
    ]
    assert profile.work[0].location == SHAPES[language][1]  # the workplace type dropped
    assert profile.work[1].highlights == ("Moved 1,200 users to the new workplace.", "Kept a weekly status page.")
    assert profile.work[0].current
    assert not any(word in profile.text for word in ("Page ", "Seite ", "Pagina "))
    assert profile.basics.email == export.email
    # the head of the main column: the name, the headline's wrapped lines, the place
    assert (profile.basics.name, profile.basics.label) == (export.name, export.headline)
    assert profile.basics.location.address == export.location


def test_ordinary_resume_with_a_labelled_profile_link_is_no_export():
    text = "\n".join([
        "Jo Marchetti", "www.linkedin.com/in/jomarchetti (LinkedIn)", "", "Summary", "Project manager.", "",
        "Experience", "Project Manager, Aldgate Systems", "2019 - Present", "", "Skills", "Jira", "",
        "Languages", "English", "", "Certifications", "PMP",
    ])
    assert profilecheck.analyze_text(text).profile.kind == "text"


def test_a_resume_that_borrows_the_sidebar_headings_is_no_export():
    # "Top Skills", "Contact" and "Languages" in a side column, but no "Page N of M" footers and
    # no profile link: a resume template, read as a resume.
    from profilecheck.models import Line
    from profilecheck.readers.pdf import looks_like_linkedin

    side = ["Contact", "dana@example.com", "Top Skills", "Jira", "Languages", "English"]
    lines = [Line(text, region="sidebar") for text in side] + [Line("Dana Example"), Line("Project Manager")]
    assert not looks_like_linkedin(lines, page_footers=False)
    assert looks_like_linkedin(lines, page_footers=True)
    linked = lines + [Line("www.linkedin.com/in/dana-example (LinkedIn)", region="sidebar")]
    assert looks_like_linkedin(linked, page_footers=False)


def test_a_long_export_is_not_told_to_be_shorter():
    """A LinkedIn export runs to as many pages as the profile has roles: PC806's two-page advice
    is for resumes, not for LinkedIn's own template."""
    duties = [f"• Ran release {n} of the customer portal with four squads and a budget of 1.{n}M." for n in range(8)]
    companies = [Company(f"Quillon Systems {n}", [Position("Project Manager", f"January {2000 + 2 * n} - December {2001 + 2 * n} (2 years)",
                                                              "Leeds, United Kingdom", duties)]) for n in range(10)]
    export = Export(name="Ana Ruiz", headline="Project Manager | Agile delivery", location="Leeds, United Kingdom",
                    email="ana.ruiz@example.com", slug="anaruiz", skills=["Jira"], companies=companies)
    report = profilecheck.analyze_bytes(linkedin_pdf(export), Options(as_of=date(2026, 11, 30)))
    assert report.profile.kind == "linkedin-pdf" and report.profile.document.pages > 3
    assert "PC806" not in {finding.code for finding in report.findings}
