"""The structure stage on documents built in the test: sections, contact, work, education."""
import pytest

from profilecheck.models import Document, Line
from profilecheck.structure import build_profile
from profilecheck.structure.contact import find_phone, looks_like_name, parse_location
from profilecheck.structure.sections import heading_of


def doc(text, kind="text"):
    return Document(kind=kind, lines=tuple(Line(item) for item in text.strip("\n").split("\n")), pages=1, sha256="")


RESUME = """Jane Q. Doe
Senior IT Project Manager | PMP | Agile Delivery
Boston, MA | jane.doe@example.com | +1 (555) 010-2030 | linkedin.com/in/janedoe

SUMMARY
IT project manager with 12+ years of experience delivering cloud migrations.

Professional Experience:
Senior IT Project Manager | Contoso Health | Boston, MA | Jan 2018 – Present
• Led a 12-person team to migrate ERP to SAP, $1.2M budget.
• Responsible for status reports.
IT Project Manager
Fabrikam Inc, Austin, TX
03/2014 – 12/2017
• Delivered 40+ projects
across three regions.

EDUCATION
Bachelor of Science in Computer Science, Boston University, 2010

CERTIFICATIONS
PMP, PMI, 2016
PRINCE2 Practitioner — AXELOS (2019)
Skills: Jira, Confluence, MS Project
Languages: English (Native), Spanish (Professional working)
"""


@pytest.fixture(scope="module")
def profile():
    return build_profile(doc(RESUME))


def test_sections_found(profile):
    names = [section.name for section in profile.sections]
    assert names == ["header", "summary", "experience", "education", "certifications", "skills", "languages"]


def test_contact(profile):
    basics = profile.basics
    assert basics.name == "Jane Q. Doe"
    assert basics.label.startswith("Senior IT Project Manager")
    assert basics.email == "jane.doe@example.com"
    assert basics.phone == "+1 (555) 010-2030"
    assert basics.location.city == "Boston" and basics.location.countryCode == "US"
    assert basics.profiles[0].url == "https://www.linkedin.com/in/janedoe"


def test_work_entries(profile):
    first, second = profile.work
    assert (first.position, first.name, first.location) == ("Senior IT Project Manager", "Contoso Health", "Boston, MA")
    assert (first.startDate, first.endDate, first.current) == ("2018-01", None, True)
    assert len(first.highlights) == 2
    assert (second.position, second.name, second.location) == ("IT Project Manager", "Fabrikam Inc", "Austin, TX")
    assert (second.startDate, second.endDate) == ("2014-03", "2017-12")
    assert second.highlights == ("Delivered 40+ projects across three regions.",)


def test_education_certificates_skills_languages(profile):
    (education,) = profile.education
    assert education.institution == "Boston University"
    assert education.studyType == "Bachelor of Science"
    assert education.area == "Computer Science"
    assert [(c.name, c.issuer, c.date) for c in profile.certificates] == [
        ("PMP", "PMI", "2016"),
        ("PRINCE2 Practitioner", "AXELOS", "2019"),
    ]
    assert profile.skills[0].keywords == ("Jira", "Confluence", "MS Project")
    assert [item.language for item in profile.languages] == ["English", "Spanish"]
    assert profile.stated_years == 12


LINKEDIN_TEXT = """Maria Okafor
Senior IT Project Manager | ITSM & ServiceNow | ITIL 4
Chicago, Illinois, United States · Contact info
500+ connections
About
I run service management programmes.
Experience
Senior IT Project Manager
Northwind Health · Full-time
Jan 2020 - Present · 4 yrs 11 mos
Chicago, Illinois, United States · Hybrid
Led the ServiceNow rollout.
Tailspin Systems
Full-time · 6 yrs
IT Project Manager
Mar 2016 - Dec 2019 · 3 yrs 10 mos
Service desk consolidation.
IT Project Coordinator
Jan 2014 - Feb 2016 · 2 yrs 2 mos
Education
DePaul University
Bachelor of Science - BS, Information Systems
2009 - 2013
Licenses & certifications
ITIL 4 Foundation
AXELOS Global Best Practice
Issued Mar 2019
Show credential
"""


def test_linkedin_pasted_text():
    profile = build_profile(doc(LINKEDIN_TEXT))
    assert profile.kind == "linkedin-text"
    assert profile.basics.name == "Maria Okafor"
    assert profile.basics.label.startswith("Senior IT Project Manager")
    assert profile.basics.location.city == "Chicago"
    assert profile.basics.summary == "I run service management programmes."
    assert [(w.name, w.position, w.startDate, w.endDate) for w in profile.work] == [
        ("Northwind Health", "Senior IT Project Manager", "2020-01", None),
        ("Tailspin Systems", "IT Project Manager", "2016-03", "2019-12"),
        ("Tailspin Systems", "IT Project Coordinator", "2014-01", "2016-02"),
    ]
    assert profile.work[0].location.startswith("Chicago")
    assert profile.education[0].institution == "DePaul University"
    assert profile.certificates[0].name == "ITIL 4 Foundation"
    assert profile.certificates[0].date == "2019-03"
    assert "Show credential" not in profile.text


def test_resume_without_headings():
    profile = build_profile(doc("Sam Lee\nIT Project Coordinator\nsam@example.com\nCoordinated releases for the service desk."))
    assert [section.name for section in profile.sections] == ["header"]
    assert profile.basics.name == "Sam Lee"
    assert profile.basics.email == "sam@example.com"


@pytest.mark.parametrize(
    "line, section",
    [
        ("EXPERIENCE", "experience"),
        ("Work History:", "experience"),
        ("  Professional   Experience ", "experience"),
        ("Licenses & Certifications", "certifications"),
        ("CORE COMPETENCIES", "skills"),
        ("About", "summary"),
        ("## Education", "education"),
        ("Honors-Awards", "awards"),
    ],
)
def test_headings(line, section):
    assert heading_of(Line(line)).section == section


@pytest.mark.parametrize("line", ["Experience with Jira and Confluence across five teams", "• Skills", "Managed the education portal"])
def test_not_headings(line):
    assert heading_of(Line(line)) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("+44 20 7946 0958", "+44 20 7946 0958"),
        ("Tel: +1 (555) 010-2030", "+1 (555) 010-2030"),
        ("(555) 123-4567", "(555) 123-4567"),
        ("+49 30 1234567", "+49 30 1234567"),
        ("2015 - 2019", None),
        ("2016.03", None),
    ],
)
def test_phone(text, expected):
    assert find_phone(text) == expected


def test_names_and_places():
    assert looks_like_name("MARIA GARCIA-LOPEZ")
    assert not looks_like_name("IT Project Manager")
    assert parse_location("London, United Kingdom").countryCode == "GB"
    assert parse_location("Fabrikam Inc, Austin, TX") is None


def test_unnamed_heading_found_by_its_type_ends_the_section():
    """A larger, bold heading we have no name for ends the section before it."""
    lines = (
        Line("Jo Park", size=20, bold=True),
        Line("IT Project Manager", size=12),
        Line("EXPERIENCE", size=13, bold=True),
        Line("IT Project Manager | Acme | Jan 2019 - Present", size=10),
        Line("• Led 9 people.", size=10),
        Line("Community Leadership", size=13, bold=True),
        Line("Chair of the Riverside Coding Club for young people", size=10),
        Line("Sentinel Ridge Financial", size=10.5, bold=True),
    )
    profile = build_profile(Document("pdf", lines, 1, "", body_size=10))
    assert [section.name for section in profile.sections] == ["header", "experience", "other"]
    assert profile.section("other").heading == "Community Leadership"
    assert len(profile.work) == 1 and profile.work[0].highlights == ("Led 9 people.",)
