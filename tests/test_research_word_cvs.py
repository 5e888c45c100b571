"""Work history in the shapes the research dataset's Word CVs take, each class as an invented CV
written the way the converter left it (one paragraph with line breaks).  Every name, employer
and place here is invented."""
from __future__ import annotations

from datetime import date

from test_docx_work_history import dump_docx
from test_rendered_dumps import roles

from profilecheck.options import Options
from profilecheck.readers.docx import read_docx
from profilecheck.structure import build_profile


def profile_of(lines: list[str]):
    """The profile read from these lines written as a converter's one-paragraph Word file."""
    return build_profile(read_docx(dump_docx(lines), Options(as_of=date(2026, 11, 30)), None))


def test_a_role_the_author_marks_as_education_is_a_study() -> None:
    found = roles([
        "Orla Brennick", "WORK EXPERIENCE",
        "Python Developer (Aug. 2022 to present)", "Kestrel Games,", "Projects: Website, Store", "Technologies: Python, Django",
        "Python Developer (Apr. 2022 – Aug. 2022)", "Tamsin Textiles,", "Projects: Finance bot",
        "Python Developer (Education, Sep. 2021 – Aug. 2022)", "Coding Academy Online,", "Projects: Social network",
    ])
    assert found == [
        ("2022-08", "present", "Python Developer", "Kestrel Games"),
        ("2022-04", "2022-08", "Python Developer", "Tamsin Textiles"),
    ]


def test_a_working_students_job_stays_a_job() -> None:
    found = roles([
        "Orla Brennick", "WORK EXPERIENCE",
        "Software Developer, working student", "Tamsin Textiles, Bremen, Germany", "Mar 2021 – Aug 2022",
        "Kept the release board up to date.",
    ])
    assert [start for start, _, _, _ in found] == ["2021-03"]


def test_a_role_label_with_a_full_stop_gives_the_title() -> None:
    # "YYYY - Employer" over "Role: Title." (the label's value ends with a full stop); the
    # course's "Role: ... student." is a study
    found = roles([
        "Employment History", "2019 - Northwind Coding School", "Role: Java Developer student.",
        "Built web applications with common frameworks.", "2018: Quenby Components Ltd", "Role: Production manager.",
        "Company profile: makes heating elements for industry.", "2009 – 2016 Farrow Motors -> Pellmore Trucks",
        "Role: Car dealership director.", "Achievements: grew sales of new vehicles.",
        "Education:", "2019 - 2020", "Northwind Coding School - software engineering.",
    ])
    assert found == [
        ("2018", "2018", "Production manager", "Quenby Components Ltd"),
        ("2009", "2016", "Car dealership director", "Farrow Motors -> Pellmore Trucks"),
    ]


def test_an_open_end_whose_start_was_lost_leads_the_header() -> None:
    # "- present Employer (City, Country) Title": the digits of every date lost, the current
    # job's open end kept at the head of its line
    found = roles([
        "Web Developer", "Experience",
        "• present Lumora (Haifa, Israel) Web FrontEnd Developer", "Description: A map viewer for field data.",
        "Responsibilities: Built the client side.",
        "• Quillon (Tel Aviv, Israel) Web Full Stack Developer", "Description: A knowledge base.", "Responsibilities: Renewed the UI.",
        "• Brightwell (Holon, Israel) Web Front End Developer", "Description: An archive search.",
        "Education", "• Riverton Polytechnic, Lviv Ukraine",
    ])
    assert found == [
        (None, "present", "Web FrontEnd Developer", "Lumora"),
        (None, None, "Web Full Stack Developer", "Quillon"),
        (None, None, "Web Front End Developer", "Brightwell"),
    ]


def test_an_employer_named_by_its_web_address() -> None:
    found = roles([
        "Back-end Developer", "Work experience:", "PHP Developer (9 month)", "Ardent Systems LLC - Lviv, Ukraine",
        "Developed the server side of web apps", "WEB Developer (5 month)", "Corvin Bank - Lviv, Ukraine",
        "Maintained a web application", "PHP Developer (4 month)", "shopfinder.io - Lviv, Ukraine", "Developed small projects in PHP",
        "Education:", "2018 Riverton IT school",
    ])
    assert [(title, employer) for _, _, title, employer in found] == [
        ("PHP Developer", "Ardent Systems LLC"), ("WEB Developer", "Corvin Bank"), ("PHP Developer", "shopfinder.io"),
    ]


def test_title_and_employer_with_no_mark_between_then_dates_and_the_first_duty() -> None:
    found = roles([
        "Work history", "Business Owner Greengage Deli, Perm, Russia",
        "Oct 2018 - Mar 2022 Built a profitable shop from scratch;", "Managed a team of 20 people.",
        "C# Software Developer Central Filing Office, Perm, Russia", "Jan 2016 - Oct 2018 Delivered a document system from scratch;",
        "Stock Market Specialist Central Filing Office, Perm, Russia", "Apr 2005 - Jan 2016 Work with clients and paperwork.",
        "Education", "Engineer Ural Institute of Trade", "Sep 2003 - Aug 2009 Food process engineer",
    ])
    assert found == [
        ("2018-10", "2022-03", "Business Owner", "Greengage Deli"),
        ("2016-01", "2018-10", "C# Software Developer", "Central Filing Office"),
        ("2005-04", "2016-01", "Stock Market Specialist", "Central Filing Office"),
    ]


# Two columns read line by line: the skills column's labels ("Technologies:", "Other:") and
# items stand among the jobs, its education's schools and dates too; the name survives only in
# the page's footer.
INTERLEAVED = [
    "Backend Developer", "Location: Utopia", "GitHub", "LinkedIn", "Experience Skills", "Languages:",
    "Golang Developer", "Golang, Java, Python,", "Kestrel Technologies", "C++", "Nov 2021 - Present", "Technologies:",
    "Built a microservice backend in Golang for a new learning platform that", "PostgreSQL,",
    "offers sandboxes for each lesson", "MongoDB, Redis,", "Wrote APIs (REST, WebSocket, gRPC) and business features", "Kafka",
    "Other:", "Fixed several session timeout bugs,", "REST, gRPC,", "raising product stability", "Microservices,",
    "Machine Learning Engineer Intern Prometheus,", "Linux/Bash, Docker,", "Ringwell Labs", "SQL", "May 2019 - Oct 2019",
    "Worked with data scientists on data pipelines, shipping ML Education", "models to production with Python",
    "Built a recommendation system and a fraud service Applied Mathematics", "and Informatics",
    "Other projects Northern Academic", "University", "OpenDocDB Aug 2019 - July 2023",
    "Contributed to an open-source document database; learned a lot about document stores Genomics Institute",
    "Aug 2020 - June 2021", "Search Engine and Access Control Integration",
    "A hackathon project: we joined a search engine to an access control system.",
    "Languages: English (C1),", "Russian (native)", "Tobias Lindqvist 1",
]


def test_a_side_columns_labels_among_the_jobs_end_no_work_history() -> None:
    assert roles(INTERLEAVED) == [
        ("2021-11", "present", "Golang Developer", "Kestrel Technologies"),
        ("2019-05", "2019-10", "Machine Learning Engineer Intern", "Ringwell Labs"),
    ]


def test_a_name_with_the_page_number_in_the_footer() -> None:

    profile = profile_of(INTERLEAVED)
    assert profile.basics.name == "Tobias Lindqvist"
    assert profile.basics.label == "Backend Developer"  # (the headline stays, though the name is not above it)
    referee = profile_of(INTERLEAVED[:-1] + ["Recommendations:", "Tobias Lindqvist"])
    assert referee.basics.name is None  # a referee's name closing the text is not the person's


def test_employers_with_the_colon_their_lost_dates_followed() -> None:
    # "Employer: " or "Employer: -" over the title, every date lost
    found = roles([
        "Junior C++ developer", "Work experience", "Nordvik Progress:", "Junior C++ developer",
        "> Moved old data structures to async code", "> Unit-testing", "Film Scouts Ltd: -", "Location manager",
        "> Searched for spaces to film adverts", "Harbour Arts Center:", "Exhibition space assistant",
        "> Prepared exhibitions, lectures, discussions", "Education", "Riverton School of Coding", "2020 - ongoing",
    ])
    assert [(title, employer) for _, _, title, employer in found] == [
        ("Junior C++ developer", "Nordvik Progress"), ("Location manager", "Film Scouts Ltd"),
        ("Exhibition space assistant", "Harbour Arts Center"),
    ]


def test_a_label_over_a_title_is_no_employer() -> None:
    found = roles([
        "Junior C++ developer", "Work experience", "Projects:", "Booking App Developer", "> Built the booking flow",
        "Responsibilities:", "Support Engineer", "> Answered tickets",
    ])
    assert all(employer not in ("Projects", "Responsibilities") for _, _, _, employer in found)


def test_a_side_columns_language_above_a_job_is_no_employer() -> None:
    found = roles([
        "Dana Kowal", "Web Developer", "Experience",
        "Web-developer at Northwind, Riverton", "April 2014 – October 2015 Ability to Work in a Team",
        "Built web apps for the company. System administration. Languages", "English",
        "Web-developer, Teamleader at Brightbrush , Moscow", "October 2015 – December 2018 Russian", "Led a team of 3 programmers.",
        "Web-developer, Teamlead at Quill Ltd, Moscow", "January 2019 – Present", "Worked on a busy site.",
    ])
    assert [employer for _, _, _, employer in found] == ["Northwind", "Brightbrush", "Quill Ltd"]


def test_an_open_end_alone_between_employer_and_title() -> None:
    # "Employer" / "Present." / "Title": the start lost, the open end kept on a line of its own
    found = roles([
        "DANA KOWAL", "FRONTEND WEB DEVELOPER.", "WORK EXPERIENCE", "Northbiz-Web", "Present.", "Frontend Web Developer",
        "Development of the client side and adding", "functionality", "Technical support, optimization",
        "Quillon LTD", "Frontend Web developer", "Development of client-server applications", "Optimization, bug fixing, refactoring",
        "EDUCATION", "2021 Riverton Institute: MSc in Computer Science",
    ])
    assert found == [
        (None, "present", "Frontend Web Developer", "Northbiz-Web"), (None, None, "Frontend Web developer", "Quillon LTD"),
    ]


def test_a_side_headings_word_before_the_name_is_no_part_of_it() -> None:

    lines = ["CONTACTS DANA KOWAL", "FRONTEND WEB DEVELOPER.", "WORK EXPERIENCE", "Northbiz-Web", "Frontend Web Developer", "Built the UI."]
    profile = profile_of(lines)
    assert profile.basics.name == "Dana Kowal"


def test_one_job_with_a_lone_open_end_between_employer_and_title() -> None:
    found = roles([
        "DANA KOWAL", "WORK EXPERIENCE", "Northbiz-Web", "Present.", "Frontend Web Developer",
        "Development of the client side", "Technical support, optimization", "LANGUAGES", "English",
    ])
    assert found == [(None, "present", "Frontend Web Developer", "Northbiz-Web")]


def test_what_is_left_of_a_contact_line_does_not_run_on_the_headline() -> None:

    lines = ["DANA KOWAL", "FRONTEND WEB DEVELOPER.", "com Riverton Age: 27 years old", "WORK EXPERIENCE", "Northbiz-Web", "Frontend Web Developer"]
    assert profile_of(lines).basics.label == "FRONTEND WEB DEVELOPER."


def test_a_length_in_brackets_after_a_tab_as_a_printed_cv_gives_it() -> None:

    lines = [
        "Back-end Developer", "Work experience:", "PHP Developer | (9 month)", "Ardent Systems LLC - Lviv, Ukraine",
        "Developed the server side of web apps", "WEB Developer | (5 month)", "Corvin Bank - Lviv, Ukraine", "Maintained a web application",
        "Education:", "2018 Riverton IT school",
    ]
    profile = profile_of(lines)
    assert [(work.position, work.name, work.months) for work in profile.work] == [
        ("PHP Developer", "Ardent Systems LLC", 9), ("WEB Developer", "Corvin Bank", 5),
    ]


def test_the_job_befores_stack_and_a_page_number_are_no_employer() -> None:
    # Employer / Title / dates (length), the description ending in a labelled stack; a page's
    # number left between two jobs
    found = roles([
        "Experience", "Kestrel.io", "Full-stack Developer", "October 2021 - Present (8 months)",
        "Built the cart and checkout of a marketplace", "Frontend:", "Vue, TypeScript, WebPack, SCSS",
        "Backend - Golang, Postgres, MemCached", "Ringwell Telecom", "Frontend Engineer (Angular, Vue)",
        "October 2020 - October 2021 (1 year 1 month)", "Developed a React SPA", "Git, GitLab, TeamCity, Docker", "24",
        "Frontend Engineer", "August 2019 - October 2019 (3 months)", "Developed an Angular 7 web application",
    ])
    assert [(start, title, employer) for start, _, title, employer in found[:2]] == [
        ("2021-10", "Full-stack Developer", "Kestrel.io"), ("2020-10", "Frontend Engineer (Angular, Vue)", "Ringwell Telecom"),
    ]
    # (no employer of its own: read as one more role at the employer above, as LinkedIn groups them)
    assert found[2][0] == "2019-08" and found[2][3] in (None, "Ringwell Telecom")


def test_a_side_heading_between_an_undated_jobs_employer_and_title() -> None:
    # A side column's "Languages" read in between "Employer: -" and the title below it
    found = roles([
        "Junior C++ developer", "Work experience", "Nordvik Progress:", "Junior C++ developer",
        "> Moved old data structures to async code", "> Unit-testing", "Teamwork", "Film Scouts Ltd: -", "Languages",
        "Location manager", "English > Searched for spaces to film adverts", "Russian", "for search engines; on-site help",
        "Education", "Riverton School of Coding", "2020 - ongoing",
    ])
    assert [(title, employer) for _, _, title, employer in found] == [
        ("Junior C++ developer", "Nordvik Progress"), ("Location manager", "Film Scouts Ltd"),
    ]


def test_a_side_heading_after_a_dated_job_over_its_functions_makes_no_undated_jobs() -> None:
    found = roles([
        "OWNER", "Education", "Riverton University 1984 Bachelors Degree : Hospitality Management City , State",
        "Executive Experience", "Company Name City , State", "Hotel, Restaurant & Marina PRESIDENT May 1989 to October 2010", "Skills",
        "BANQUET & CATERING DIRECTOR |", "Planned the menus for family functions and business meetings.", "GENERAL MANAGER |",
        "Scheduled and trained 35 part and full time employees.", "INSURANCE, LICENSE & PERMIT SPECIALIST |",
        "Set up accounts with insurance agencies for the company.",
    ])
    assert all(start for start, _, _, _ in found)


def test_a_wrapped_open_end_below_its_start_is_no_lost_start() -> None:
    # "FEB 2026 –" / "Current": a dates column's range wrapped; the job is dated, not undated
    found = roles([
        "Marek Quillan", "PROFESSIONAL EXPERIENCE", "FEB 2026 –", "Current", "Program Manager", "Brightfield Logistics, Toronto, Canada",
        "– Onboarded two offshore vendors", "– Managed a budget of 1.2M EUR", "JUN 2024 – DEC", "2025", "Delivery Manager",
        "Hexagrid Payments LLC, Austin, TX", "JUL 2022 – JUN", "2024", "IT Project Manager", "Redfern Systems S.A., Dublin, Ireland",
        "– Built REST services in Java",
    ])
    assert [(start, title) for start, _, title, _ in found] == [
        ("2026-02", "Program Manager"), ("2024-06", "Delivery Manager"), ("2022-07", "IT Project Manager"),
    ]


def test_a_titles_scope_after_its_comma_stays_in_the_title() -> None:
    found = roles([
        "RELEVANT EXPERIENCE", "2024 - 2026: Senior IT Project Manager, Digital Channels at Brightwater", "Health (Bengaluru, Italy)",
        "• Worked with legal and security on the vendor due diligence;", "2022 - 2024: Project Lead at Ferrovie Nordiche (Lyon, France)",
        "• Ran the release train.",
    ])
    assert [title for _, _, title, _ in found] == ["Senior IT Project Manager, Digital Channels", "Project Lead"]


def test_an_employer_and_remote_over_a_title_with_of() -> None:
    found = roles([
        "Experience", "Stonemarch Logistics | Calgary, AB", "Portfolio Manager | 07/2025 — Present", "• Ran the portfolio board",
        "Kilnworth Labs | Remote", "Director of Program Management | 09/2024 — 06/2025", "• Cut the change lead time by 22%",
    ])
    assert [(title, employer) for _, _, title, employer in found] == [
        ("Portfolio Manager", "Stonemarch Logistics"), ("Director of Program Management", "Kilnworth Labs"),
    ]


def test_a_juniors_one_undated_job_at_the_top_of_the_work_history() -> None:
    found = roles([
        "FRONT END DEVELOPER", "Riverton, Utopia", "WORK EXPERIENCE", "CONTACTS Quillon Ltd, Rehovot, Israel", "Front End Developer",
        "Moved the layout to a responsive BEM model, which cut support time by 20%.", "EDUCATION", "2019 Riverton Coding School",
    ])
    assert found == [(None, None, "Front End Developer", "Quillon Ltd")]
    # (a title over a line naming no organisation, alone, stays no job)
    assert roles(["WORK EXPERIENCE", "Creative Thinker", "Front End Developer", "I like clean code.", "EDUCATION", "2019 BSc"]) == []


def test_a_dated_header_wrapped_inside_or_before_its_place() -> None:
    # "dates Employer (City, Country) Title" wrapped by a narrow page: before the bracket, or inside it
    found = roles([
        "PROFESSIONAL EXPERIENCE", "2024/05 – 2026/08 Alder Street Media", "(Madrid, Spain) Delivery Manager",
        "2021/12 – 2024/01 Stadtwerke Aurach (Porto,", "Portugal) Data Analyst", "• Handled change requests with the product owner",
        "• Reported risks to the programme board every fortnight.",
    ])
    assert found == [
        ("2024-05", "2026-08", "Delivery Manager", "Alder Street Media"), ("2021-12", "2024-01", "Data Analyst", "Stadtwerke Aurach"),
    ]


def test_an_employer_in_capitals_before_its_country_and_the_title_is_kept() -> None:
    # "dates EMPLOYER, Country, Town  TITLE  side heading": the employer leads; no title to cut
    found = roles([
        "EMPLOYMENT 2018 - 2019 PINECREST DIGITAL, Israel, Rishon LeZion  IOS DEVELOPER INTERN  Skills & Expertise",
        "HISTORY Migrated the front end to a newer framework in 2018  PostgreSQL",
    ])
    assert [employer for _, _, _, employer in found] == ["PINECREST DIGITAL"]
