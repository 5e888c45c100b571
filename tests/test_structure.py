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
        ("Work Experiences", "experience"),
        ("PROFESSIONAL EXPERIENCES", "experience"),
        ("Work Experience (selected)", "experience"),
        ("Certifications (in progress)", "certifications"),
        ("WORK | HISTORY", "experience"),
        ("EDUCATION | & | TRAINING", "education"),
    ],
)
def test_headings(line, section):
    assert heading_of(Line(line)).section == section


@pytest.mark.parametrize("line", ["Experience with Jira and Confluence across five teams", "• Skills", "Managed the education portal", "Project Manager (Agile)", "Experience (2019)", "MATEO | HOLLISBY", "English | Native"])
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


# ---------------------------------------------------------------- work history forms (issue 12, class 2)
# Every text below is made up for the test, in the shapes real resumes take.


def works_of(text):
    return [(w.startDate, w.endDate, w.position, w.name, w.location) for w in build_profile(doc(text)).work]


def test_title_dates_and_employer_on_one_line_and_open_ends():
    text = """Alex Morgan
Project Manager

Career Timeline
Project Manager 05/2013 to Current Northwind Traders - Springfield, IL
• Ran the warehouse rollout.
Business Analyst Jan 2010 - Till Date
Tailspin Toys | Riverton, WY
• Wrote specifications.
Service Desk Lead, Fabrikam | Lakeside, OR | 2008.03 - 2009.12
Support Analyst 01/2005 - pres.
Contoso Ltd
"""
    assert works_of(text) == [
        ("2013-05", None, "Project Manager", "Northwind Traders", "Springfield, IL"),
        ("2010-01", None, "Business Analyst", "Tailspin Toys", "Riverton, WY"),
        ("2008-03", "2009-12", "Service Desk Lead", "Fabrikam", "Lakeside, OR"),
        ("2005-01", None, "Support Analyst", "Contoso Ltd", None),
    ]


@pytest.mark.parametrize(
    "line, section",
    [
        ("Career Timeline", "experience"),
        ("EMPLOYMENT HISTORY", "experience"),
        ("Experience Summary", "experience"),
        ("MY EDUCATION:", "education"),
        ("Education and Courses", "education"),
        ("EXPERIENCE SKILLS", "experience"),  # two columns' headings read as one line
    ],
)
def test_more_headings(line, section):
    assert heading_of(Line(line)).section == section


def test_lower_case_sentence_end_is_not_a_heading():
    assert heading_of(Line("methods.")) is None
    assert heading_of(Line("experience.")) is None


def test_experience_heading_sharing_its_line_with_the_first_job():
    text = """Sam Rivera
Developer
Professional Experience: Independent Developer, 2021 till now
Built mobile apps for small shops
Work experience 04/2019 07/2020 (contract)
Full Stack Engineer, Lakeside, OR
EDUCATION
BSc Computer Science, 2015 - 2019
"""
    assert [(w[0], w[1]) for w in works_of(text)] == [("2021", None), ("2019-04", "2020-07")]


def test_bulleted_job_lines_and_single_year_jobs():
    text = """Dana Lee
EXPERIENCE
• 2021-present: Frontend developer (remote, part-time)
-- Tailspin (Haifa, Israel)
Support and development of game sites.
• July 2020 – now: Backend developer, Fabrikam LTD (Rehovot)
• Built services.
• 2016: Freelance
Frontend Developer - 2015
EDUCATION
"""
    assert [(w[0], w[1]) for w in works_of(text)] == [
        ("2021", None), ("2020-07", None), ("2016", "2016"), ("2015", "2015"),
    ]


def test_dates_stacked_over_lines():
    text = """Robin Park
Experience
January 2007
to
May 2010
Northwind Traders | Springfield, IL | Customer Service Representative
Answered calls.
Account Manager, Contoso April 2001 to
November 2006
Kept accounts.
2012, November Fabrikam Bank
2016, March Data Analyst
Built reports.
"""
    assert [(w[0], w[1]) for w in works_of(text)] == [("2007-01", "2010-05"), ("2001-04", "2006-11"), ("2012-11", "2016-03")]


def test_dates_without_a_dash_in_a_table_row():
    text = """Kim Ode
Employment History:
Software Developer
4/2016 5/2022, Northwind Systems
Wrote code.
iOS developer
February 2017 Present
2019 2021 Data Analyst, Tailspin (Riverton, WY)
"""
    assert [(w[0], w[1]) for w in works_of(text)] == [("2016-04", "2022-05"), ("2017-02", None), ("2019", "2021")]


def test_year_lines_inside_a_job_are_its_description_not_jobs():
    text = """Lee Hart
Experience
Sourcing Manager Jan 2007 to Jan 2015
Northwind Traders | Springfield, IL
2014 - 2015 Knitwear program $90 million at cost
2011- 2012 Outerwear program $60 million at cost
Led sourcing trips.
Buyer Feb 2003 to Feb 2006
Northwind Traders | Springfield, IL
"""
    assert [(w[0], w[1]) for w in works_of(text)] == [("2007-01", "2015-01"), ("2003-02", "2006-02")]


def test_a_repeated_work_history_counts_once():
    body = """Work History
Assistant Project Manager , 07/2017 to Current
Northwind Builders – Springfield, IL
Managed trades.
Project Engineer , 11/2015 to 07/2017
Northwind Builders – Springfield, IL
Wrote RFIs.
"""
    text = "Pat Doe\n" + body + "Skills\nScheduling\n" + body.replace("Managed trades.", "Managed trades and GMP.")
    assert [(w[0], w[1]) for w in works_of(text)] == [("2017-07", None), ("2015-11", "2017-07")]


def test_inline_tools_line_inside_a_job_does_not_end_the_work_history():
    text = """Ivan Petrov
PROFESSIONAL EXPERIENCE
Northwind LLC, Springfield, Team Lead 2013 - Present
Built the billing system.
Technologies: PowerBuilder, Oracle Database, C++
Tailspin LLC, Riverton, Software Developer 2004/ 2013
EDUCATION
State University 1998/2003
"""
    assert [(w[0], w[1]) for w in works_of(text)] == [("2013", None), ("2004", "2013")]


def test_title_before_dates_with_the_first_sentence_on_the_same_line():
    text = """Jo Quinn
Experience
Flight Attendant 10/2013 to Current Northwind Air City , State Took this job to have time to write two novels about the
sea and the sky
Personal Fitness Trainer 09/2011 to 10/2013 Tailspin Gym City , State
"""
    assert [(w[0], w[1], w[2]) for w in works_of(text)] == [
        ("2013-10", None, "Flight Attendant"), ("2011-09", "2013-10", "Personal Fitness Trainer"),
    ]


def test_range_led_by_from_in_lower_case():
    text = """Max Berg
WORK EXPERIENCE
Golang Developer - Northwind (Kyiv, remote)
Built payment clients.
from November 2021 till now
"""
    assert [(w[0], w[1]) for w in works_of(text)] == [("2021-11", None)]
    assert works_of(text)[0][2] != "from"


def test_an_age_is_not_years_of_experience():
    profile = build_profile(doc("Lena Sova\nFront End Developer\nTel Aviv, Israel Age: 28 years old\nWORK EXPERIENCE\nFront End Developer"))
    assert profile.stated_years is None
    assert build_profile(doc("Kai Ode\nSUMMARY\nOver 12 years of experience in IT delivery.")).stated_years == 12
    assert build_profile(doc("Kai Ode\nSUMMARY\nOver three years of experience in design.")).stated_years == 3


def test_dates_leading_a_line_whose_header_ends_in_a_full_stop():
    text = """Ari Tal
EXPERIENCE
2021 - present, FULL STACK DEVELOPER, , Springfield, Israel.
Built services.
2012 - 2021, Network Engineer, , Riverton, Russia. Full cycle of upgrade projects for the mobile network.
2021 2022 Tailspin. Junior web developer. Five projects in travel booking.
EDUCATION
"""
    assert [(w[0], w[1]) for w in works_of(text)] == [("2021", None), ("2012", "2021"), ("2021", "2022")]


@pytest.mark.parametrize("line", ["Mechanical Designer", "Digital Producer", "Career Focus", "Postal Support Employee",
                                  "Advanced Troubleshooting Techniques", "Engineering Supervisor", "Designer/Builder",
                                  "Israel, Haifa", "Haifa, Israel", "Austin, Texas"])
def test_title_case_job_titles_and_headings_are_not_names(line):
    from profilecheck.structure.contact import looks_like_name

    assert not looks_like_name(line)


@pytest.mark.parametrize("line", ["Maria Lopez", "Jean-Paul Martin", "Anna van der Berg", "SAM O'NEILL"])
def test_names_still_look_like_names(line):
    from profilecheck.structure.contact import looks_like_name

    assert looks_like_name(line)


def test_anonymised_placeholders_and_where_the_header_stands():
    text = """Experience
08/2015 to Current
Digital Producer Company Name ï¼ City , State
Managed a project budget of $300,000.
Maintained and expanded vendor relationships and negotiated contracts
Collaborated with agency departments in all project stages on creative solutions
02/2013 to 10/2014
Associate Producer Company Name ï¼ City , State
Ran smaller events.
Director, Public Relations Mar 2007 to May 2009
Company Name ï¼ City , State
Wrote press releases.
Spoke on service learning and expeditionary learning panels
English Teacher Aug 2005 to Oct 2006
Company Name ï¼ City , State
Company Name May 2003 to September 2004 Instructional Designer
"""
    from profilecheck.readers.repair import clean_line

    cleaned = "\n".join(clean_line(line) for line in text.split("\n"))
    assert [(w[0], w[1], w[2], w[3], w[4]) for w in works_of("Pat Quinn\n" + cleaned)] == [
        ("2015-08", None, "Digital Producer", "Company Name", "City, State"),
        ("2013-02", "2014-10", "Associate Producer", "Company Name", "City, State"),
        ("2007-03", "2009-05", "Director, Public Relations", "Company Name", "City, State"),
        ("2005-08", "2006-10", "English Teacher", "Company Name", "City, State"),
        ("2003-05", "2004-09", "Instructional Designer", "Company Name", None),
    ]


def test_docx_style_headers():
    text = """Noa Levi
EXPERIENCE
Tailspin, Haifa, Israel
iOS developer
February 2017 Present
Built the app.
Work experience 04/2022 07/2022 (project employment)
Full Stack Engineer, , Jerusalem, Israel
Built the portal.
08/2021 07/2022 (project employment)
.NET Team/Tech Lead, Management Consultant, Northwind Global, Zaporizhya, Ukraine
Led the team.
• 2015 – 2017: Data scientist, Company "Contoso", Russia, Moscow www.contoso.example
"""
    assert [(w[0], w[1], w[2]) for w in works_of(text)] == [
        ("2017-02", None, "iOS developer"),
        ("2022-04", "2022-07", "Full Stack Engineer"),
        ("2021-08", "2022-07", ".NET Team/Tech Lead"),
        ("2015", "2017", "Data scientist"),
    ]


def test_a_month_alone_above_an_anonymised_header_starts_the_newest_job():
    # "May 2019" alone, the header below it; the newest job, with no end written, runs on.
    works = build_profile(doc(
        "Experience\n"
        "May 2019\n"
        "Company Name City , State Quality Analyst\n"
        "Checked the accuracy of account transfers.\n"
        "January 2014\n"
        "to\n"
        "May 2019\n"
        "Company Name City , State Customer Service Representative\n"
        "Answered account questions by phone.\n"
    )).work
    assert [(w.position, w.startDate, w.endDate, w.current) for w in works] == [
        ("Quality Analyst", "2019-05", None, True),
        ("Customer Service Representative", "2014-01", "2019-05", False),
    ]


def test_an_anonymised_header_run_into_the_first_sentence_is_split():
    works = build_profile(doc(
        "Experience\n"
        "06/2016 to 05/2019\n"
        "Membership Coordinator Company Name @ City , State\n"
        "Wrote the newsletters.\n"
        "06/2015 to 06/2016\n"
        "Marketing Assistant Company Name @ City , State Built working relationships with local media and partners.\n"
        "Planned the trade show calendar.\n"
    )).work
    assert [(w.position, w.startDate) for w in works] == [
        ("Membership Coordinator", "2016-06"),
        ("Marketing Assistant", "2015-06"),
    ]
    assert works[1].summary.startswith("Built working relationships")


def test_a_student_in_a_course_is_studies_not_a_job():
    works = build_profile(doc(
        "Experience\n"
        "2019 october - now: Mobile Developer, Northwind Apps, Riverton\n"
        "Build the booking app.\n"
        "2016 september - 2017 june: Student in Contoso Academy, Java and Android developer, Riverton\n"
        "Wrote a course project app.\n"
    )).work
    assert [w.startDate for w in works] == ["2019-10"]


def test_a_title_as_the_first_sentence_below_an_anonymised_employer():
    works = build_profile(doc(
        "Experience\n"
        "Jan 2019 to Jun 2021\n"
        "Company Name\n"
        "Interim Director of Data Platforms. Managed the platform budget and a team of six.\n"
        "Jan 2016 to Dec 2018\n"
        "Company Name\n"
        "Supported the sales director. Kept the pipeline reports.\n"
    )).work
    assert [(w.position, w.startDate) for w in works] == [("Interim Director of Data Platforms", "2019-01"), (None, "2016-01")]
    assert works[0].summary.startswith("Managed the platform budget")


def test_an_anonymised_header_run_into_a_sentence_with_a_comma():
    works = build_profile(doc(
        "Experience\n"
        "10/2019 to Current\n"
        "REALTOR Company Name @ City , State Rent, buy, or sell homes for clients across the county.\n"
        "03/2015 to 09/2019\n"
        "Contracts Project Manager Company Name @ City , State\n"
    )).work
    assert [(w.position, w.startDate) for w in works] == [("REALTOR", "2019-10"), ("Contracts Project Manager", "2015-03")]


def test_a_title_with_no_title_word_before_the_dates_and_an_anonymised_employer_after():
    works = build_profile(doc(
        "Experience\n"
        "Deputy Sheriff 06/1999 to 11/2004 Company Name City , State\n"
        "Dive Team Trainer, Night Shift Supervisor, Search and Rescue volunteer\n"
        "Patrol Officer 06/1995 to 06/1999 Company Name City , State\n"
        "Answered calls in a county of 40,000 people.\n"
    )).work
    assert [(w.position, w.name, w.startDate) for w in works] == [
        ("Deputy Sheriff", "Company Name", "1999-06"),
        ("Patrol Officer", "Company Name", "1995-06"),
    ]


def test_jobs_listed_under_another_heading_above_the_work_history_are_found():
    # A whole earlier career written under "Skill Highlights", each job a title line and an
    # "Unit - Place - Month YYYY to Month YYYY" line; the later jobs under "Professional Experience".
    profile = build_profile(doc(
        "Executive Profile\n"
        "Former army medic moving into healthcare operations.\n"
        "Skill Highlights\n"
        "Public speaking, scheduling, supply planning\n"
        "Course Instructor - Field Medicine\n"
        "2nd Training Detachment - Riverton, GA - November 2012 to October 2015\n"
        "Taught field care to classes of 40.\n"
        "Emergency Care Sergeant\n"
        "Bravo Company, 3rd Battalion - Fort Example, TX - April 2009 to November 2012\n"
        "Led two ambulance teams.\n"
        "Professional Experience\n"
        "Healthcare Consultant 05/2016 to 10/2016 Company Name City , State\n"
        "Advised clinics on patient intake.\n"
    ))
    assert [section.name for section in profile.sections][:2] == ["summary", "skills"]
    assert [(w.position, w.startDate) for w in profile.work] == [
        ("Healthcare Consultant", "2016-05"),
        ("Course Instructor", "2012-11"),
        ("Emergency Care Sergeant", "2009-04"),
    ]


def test_awards_with_titles_and_months_are_not_jobs():
    profile = build_profile(doc(
        "Experience\n"
        "IT Project Manager 05/2016 to Current Company Name City , State\n"
        "Ran the ERP upgrade.\n"
        "Awards\n"
        "Project Manager of the Month, March 2019\n"
        "Team Leader of the Quarter, October 2017\n"
    ))
    assert [(w.position, w.startDate) for w in profile.work] == [("IT Project Manager", "2016-05")]


def test_normalise_heading_reads_as_the_substitutions_did():
    """normalise_heading keeps the runs of [a-z0-9+] one blank apart: what replacing every other
    run by a blank, collapsing blanks and stripping gave."""
    import random
    import re

    from profilecheck.structure.sections import normalise_heading

    def substituted(text: str) -> str:
        text = text.lower().replace("&", " and ").replace("-", " ").replace("/", " and ")
        return re.sub(r"\s+", " ", re.sub(r"[^a-z0-9+ ]+", " ", text)).strip()

    rng = random.Random(7)
    alphabet = "aZ09+ -&/\t\n\u00a0\u0130\u0131\u212a.,;:\u00c9\u20ac\u2028x"
    texts = ["Work Experience", "EDUCATION & TRAINING", "Skills/Tools", " -- Projects -- ", "My   Profile:"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))) for _ in range(20000)]
    for text in texts:
        assert normalise_heading(text) == substituted(text), repr(text)


def test_main_column_goes_on_with_its_section_after_a_side_column():
    """A side column read between two parts of the main column (a narrow duties column, a
    sidebar on page 2): the main column's jobs after it stay in the work history; only the
    first time the main column begins does it start with the name and headline again."""
    lines = (
        Line("Jo Park", size=20, bold=True, page=1),
        Line("EXPERIENCE", size=13, bold=True, page=1),
        Line("May 2025 – ongoing | Tallow Systems | Service Desk Lead", size=10, page=1),
        Line("• Ran the service desk rota", size=10, region="sidebar", column=1, page=1),
        Line("• Cut the queue by a third", size=10, region="sidebar", column=1, page=2),
        Line("Apr 2021 – Apr 2025 | Marrow Freight | Help Desk Technician", size=10, page=2),
        Line("Nov 2018 – Mar 2021 | Quillon Bank | IT Support Analyst", size=10, page=2),
    )
    profile = build_profile(Document("pdf", lines, 2, "", body_size=10))
    assert [work.position for work in profile.work] == ["Service Desk Lead", "Help Desk Technician", "IT Support Analyst"]


@pytest.mark.parametrize("text, city, country", [("Israel, Rishon Lezion", "Rishon Lezion", "IL"), ("Poland, Kraków", "Kraków", "PL")])
def test_a_place_with_its_country_first(text, city, country):
    found = parse_location(text)
    assert (found.city, found.countryCode) == (city, country)


def test_a_contact_line_whose_addresses_were_taken_out_is_no_headline():
    """An anonymised CV's contact line keeps its bars and labels: "| | LinkedIn-profile | place"."""
    profile = build_profile(doc("""| | LinkedIn-profile | Israel, Rishon Lezion
Frontend Developer | React | TypeScript
EXPERIENCE
Frontend Developer, Quillon Labs, 2020 - Present"""))
    assert profile.basics.label == "Frontend Developer | React | TypeScript"
    assert profile.basics.location.city == "Rishon Lezion"


def test_a_line_of_personal_details_is_no_headline():
    """"Birth year: 1990 | City: Lyon, France | LinkedIn": labelled details, no job named."""
    profile = build_profile(doc("""Birth year: 1990 | City: Lyon, France | LinkedIn
Email: | Phone:
Summary:
I have 6 years of experience in database development.
Experience:
Oracle Developer, Quillon Labs, 2019 - Present"""))
    assert profile.basics.label is None
    with_headline = build_profile(doc("""Date of birth: 1990 | Nationality: French
Data Engineer | Oracle | PL/SQL
Experience:
Oracle Developer, Quillon Labs, 2019 - Present"""))
    assert with_headline.basics.label == "Data Engineer | Oracle | PL/SQL"


def test_a_name_in_capitals_below_a_profile_paragraph():
    """A two-column CV written out line by line: the profile's paragraph first, then the name in
    capitals with the headline in capitals below it."""
    profile = build_profile(doc("""PROFILE
I moved from law into software and finished a web development course in Haifa.
As part of it I built a quiz game and a calculator.
MIRELA VOSKANYAN
I did my internship in a small studio.
FRONT END DEVELOPER
EXPERIENCE
Front End Developer Intern, Quillon Labs, Jan 2022 - Apr 2022"""))
    assert profile.basics.name == "Mirela Voskanyan"


def test_capitals_with_no_headline_below_are_no_name():
    profile = build_profile(doc("""PROFILE
Facilities manager with twenty years in hospitals.
PUBLIC RELATIONS
Wrote the press releases for three openings.
EXPERIENCE
Facilities Manager, Quillon Health, 2010 - 2020"""))
    assert profile.basics.name is None


@pytest.mark.parametrize(
    "summary, years",
    [
        ("Over 10 years' experience delivering ERP programmes.", 10),
        ("Delivery lead with 20 years’ experience in banking.", 20),
        ("Total experience: 9 years", 9),
        ("Experience — 8 years", 8),
        ("Project manager with 14 years in banking IT.", 14),
        ("More than 8 years across IT delivery and support.", 8),
        ("Over a decade of experience in programme delivery.", 10),
        ("Two decades in IT infrastructure projects.", 20),
        ("Won the service award 3 years in a row.", None),
        ("Ran the programme over 3 years in the public sector.", None),
        ("Built a model with 3 years of sales data.", None),
        ("Birth year: 1990", None),
        ("Senior Web Developer - 10 plus years of experience", 10),
    ],
)
def test_totals_stated_the_ways_people_write_them(summary, years):
    assert build_profile(doc(f"Kai Ode\nSUMMARY\n{summary}")).stated_years == years


def test_a_heading_wrapped_in_a_narrow_column():
    """"ACADEMIC" over "BACKGROUND" in a side column: one heading, education's; neither word alone
    is one ("BACKGROUND" is no work history)."""
    lines = ["Dev Tamsworth", "LANGUAGES", "English (native)", "ACADEMIC", "BACKGROUND", "MSc Project Management | 2015 – 2017",
             "University of Lannister Bay", "EXPERIENCE", "Project Lead", "Sablewood Group, Chicago, IL | 2024 – 2026"]
    profile = build_profile(Document(
        kind="pdf", lines=tuple(Line(text, region="sidebar" if n < 7 else "body") for n, text in enumerate(lines)), pages=1, sha256=""
    ))
    assert [(w.position, w.startDate) for w in profile.work] == [("Project Lead", "2024")]
    assert [e.institution for e in profile.education] == ["University of Lannister Bay"]


def test_a_contact_line_left_with_a_birth_date_and_a_town_is_no_headline():
    """"| | | 9 March 1988 | Nesher": the addresses emptied, a birth date and a town kept."""
    profile = build_profile(doc("""| | | 9 march 1988 | Nesher Gardens
Skills
Fast learner, good at analysis.
Employment History
2018: Quenby Components Ltd
Role: Production manager."""))
    assert profile.basics.label is None
    headline = build_profile(doc("""| | | 09.03.1988 | Nesher
Java Developer | Spring | SQL
Employment History
2018: Quenby Components Ltd"""))
    assert headline.basics.label == "Java Developer | Spring | SQL"


def test_a_languages_lines_wrapped_rest_is_no_name():
    """"LinkedIn: | Languages: English, Hebrew," / "Ukrainian, Russian": the list wrapped."""
    profile = build_profile(doc("""******
WEB FRONTEND DEVELOPER
Residence: Herzliya
LinkedIn: | Languages: English, Hebrew,
Ukrainian, Russian
EXPERIENCE
2021-present: Frontend developer, Quillon Labs"""))
    assert profile.basics.name is None
    assert looks_like_name("Dawn English")


def test_a_profile_paragraph_with_no_heading_under_the_name_is_the_summary():
    """Many CVs set their profile paragraph under the name and headline with no "Summary" heading."""
    profile = build_profile(doc("""Dana Kowal
Golang Developer
Riverton, Utopia
Telegram: @dana
I am a back-end developer who moved from Android (Java/Kotlin) a year
ago. I built web apps for payments and kept two legacy services alive.
Also took a couple of courses.
EXPERIENCE
Golang Developer, Quillon Labs, 2023 - Present"""))
    assert profile.basics.summary.startswith("I am a back-end developer who moved from Android")
    assert "Telegram" not in profile.basics.summary
    # two columns' words read side by side make no sentence: no summary is made of them
    columns = build_profile(doc("""Dana Kowal
Hard skills Implemented projects
Programming languages Design and implementation of data structures in
C++ and Go with tests Command line shell for the terminal in C
Haskell, Scala and Rust 3D renderer in C with shading and a camera
EXPERIENCE
Golang Developer, Quillon Labs, 2023 - Present"""))
    assert columns.basics.summary is None
