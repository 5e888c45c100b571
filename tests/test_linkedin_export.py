"""LinkedIn "Save to PDF" exports, drawn like the real template (tests/linkedin_pdf.py), read with
both PDF engines: name, headline (wrapped, next to the location), location, contact, roles (company,
title, start), schools and degrees, and exports in other interface languages."""
from __future__ import annotations

import pytest

pytest.importorskip("reportlab")

from profilecheck.models import Document, Line  # noqa: E402
from profilecheck.options import Options  # noqa: E402
from profilecheck.readers.pdf import read_pdf  # noqa: E402
from profilecheck.report import json_resume  # noqa: E402
from profilecheck.structure import build_profile  # noqa: E402
from profilecheck.structure.linkedin import (  # noqa: E402
    _is_location,
    english_dates,
    linkedin_location,
    linkedin_range,
)

from linkedin_pdf import ITALIAN, PORTUGUESE, SPANISH, Company, Export, Position, School, linkedin_pdf  # noqa: E402

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
    ],
)
def test_linkedin_dates_in_interface_languages(text, start, end):
    found = linkedin_range(text)
    assert found.start.iso() == start
    assert (None if found.current else found.end.iso()) == end


def test_english_dates_leaves_english_alone():
    assert english_dates("March 2019 - Present (5 years)") == "March 2019 - Present (5 years)"


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
