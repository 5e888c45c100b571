"""Plain-text resumes in shapes the development corpus did not have: one test for each class of
failure benchmarks/text_fuzz.py found, on a small text written here.

- the employer's line "Employer, City, Country" below the title: the whole line was taken for a
  place ("City, Region, Country") and the job had no employer (the next job then took it); so
  was "Employer, Remote"; and above an indented "Title  dates" with no duties, the line was the
  job before's place, and the next employer's line this job's employer;
- a LinkedIn profile copied from the browser, every field given twice in a row (the page's
  hidden text for screen readers): each job was read twice, the second time with no title;
- "Title<tab>dates" over "Employer, City" (typed, or Word's plain text of a right tab stop), a
  job with no duties: its employer's line was taken by the next job as its header above;
- text hard-wrapped at 60-80 columns, a long "Title, Employer   dates" line cut inside its
  range ("... Aug 2019" / "to Aug 2024", "... Sep" / "2022-PRESENT"): the end was lost (a job of
  one month) or the month went into the title; so were a Markdown list's jobs ("- **Title**,
  Employer (September" / "2023–July 2026)");
- a resume pasted from an e-mail, every line quoted ("> ", "> > "): a heading's "=====" underline
  was read as the first job's employer, Markdown's "### " stayed in the titles; and bullets typed
  as ">" were read as plain lines (so a duty could be taken for an employer);
- duties typed as a numbered list ("1. Planned ...", "2. Kept ..."), or as Word's plain text
  writes a list ("o<TAB>Led ..."): read as lines of their own (the tab as a field gap), one of
  them was taken for the employer of a job whose employer's line reads as a place; so were
  duties typed after a middle dot ("· Ran the ...");
- a LinkedIn copy's positions under one employer, a duty without a bullet right below a
  position's dates: the duty was taken for the position's employer; and the employer's line
  after a long bullet was taken for the bullet's wrapped end (LinkedIn's text is never wrapped:
  a line over "Full-time · 9 yrs 11 mos" starts a company's positions).

Every person, employer and place is invented (or a city).
"""
from __future__ import annotations

import pytest

from datetime import date

from profilecheck.options import Options
from profilecheck.readers.text import read_text
from profilecheck.structure import build_profile

AS_OF = date(2026, 11, 30)


def profile_of(text: str, crlf: bool = False):
    data = text.replace("\n", "\r\n" if crlf else "\n").encode("utf-8")
    return build_profile(read_text(data, Options(as_of=AS_OF)))


def jobs(text: str) -> list[tuple]:
    return [(work.position, work.name, work.startDate, work.endDate) for work in profile_of(text).work]


def test_employer_city_country_below_the_title() -> None:
    text = "\n".join([
        "Wren Castellane", "", "EXPERIENCE",
        "Delivery Manager\tFebruary 2024 - Present",
        "Oakwell University Hospital, Warsaw, Poland",
        "- Ran the weekly steering report",
        "",
        "QA Analyst\tSeptember 2019 - March 2024",
        "Mossgate Foods, Lisbon, Portugal",
        "- Kept the regression suite green",
    ])
    assert jobs(text) == [
        ("Delivery Manager", "Oakwell University Hospital", "2024-02", None),
        ("QA Analyst", "Mossgate Foods", "2019-09", "2024-03"),
    ]
    assert [work.location for work in profile_of(text).work] == ["Warsaw, Poland", "Lisbon, Portugal"]


def test_a_city_region_country_stays_a_place() -> None:
    # a three-part place is no employer when its middle part is a state, or its first one word
    text = "\n".join([
        "Wren Castellane", "", "EXPERIENCE",
        "Project Manager, Brindlecombe Freight", "Austin, Texas, USA", "Jan 2020 - Present",
        "", "Business Analyst, Quarrymoor Data", "Pune, Maharashtra, India", "Mar 2016 - Dec 2019",
    ])
    found = profile_of(text).work
    assert [(w.position, w.name, w.location) for w in found] == [
        ("Project Manager", "Brindlecombe Freight", "Austin, Texas, USA"),
        ("Business Analyst", "Quarrymoor Data", "Pune, Maharashtra, India"),
    ]


def linkedin_copy(doubled: bool) -> str:
    lines = ["Wren Castellane", "Infrastructure Project Manager", "Leeds, UK · Contact info", "500+ connections", "",
             "Experience"]
    for title, employer, span, place in (
        ("Infrastructure Project Manager", "Brindlecombe Freight · Full-time", "Nov 2025 - Present · 1 yr 1 mo", "Leeds, UK"),
        ("PMO Analyst", "Quarrymoor Data · Contract", "Mar 2020 - Oct 2025 · 5 yrs 8 mos", "Leeds, UK · Hybrid"),
    ):
        fields = [title, employer, span, place]
        lines += [field for field in fields for _ in range(2 if doubled else 1)]
        lines += ["- Kept the plan and the risk log for the steering group", "Skills: Jira · Scrum and +4 skills"]
    lines += ["", "Education", "Calderbank State University", "2011 - 2015"]
    return "\n".join(lines)


def test_linkedin_copy_with_every_field_twice() -> None:
    expected = [
        ("Infrastructure Project Manager", "Brindlecombe Freight", "2025-11", None),
        ("PMO Analyst", "Quarrymoor Data", "2020-03", "2025-10"),
    ]
    assert jobs(linkedin_copy(doubled=False)) == expected
    assert jobs(linkedin_copy(doubled=True)) == expected
    # one job only, among an About and a skills list: still 10% of the lines
    one = linkedin_copy(doubled=True).split("\n")
    about = ["About", "Delivery lead for logistics platforms.", "Plain status reports.", "Early risks.", "No surprises."]
    skills = ["Skills", "Jira", "Scrum", "Kanban", "SQL", "Confluence", "Budgeting", "SAFe", "ITIL"]
    one = one[:6] + about + one[6:16] + skills
    assert jobs("\n".join(one)) == expected[:1]


def test_lines_repeated_now_and_then_stay() -> None:
    text = "\n".join(["Wren Castellane", "EXPERIENCE", "Team Lead, Brindlecombe Freight", "Jan 2020 - Present",
                      "- Ran the release train", "- Ran the release train", "Developer, Quarrymoor Data", "Mar 2016 - Dec 2019"])
    lines = [line.text for line in read_text(text.encode(), Options()).lines]
    assert lines.count("• Ran the release train") == 2
    # a line repeated many times over is no copy that doubles its lines
    lines = [line.text for line in read_text(("Wren Castellane\n" + "Kept the log\n" * 9).encode(), Options()).lines]
    assert lines.count("Kept the log") == 9


def test_employer_below_a_job_without_duties() -> None:
    # (an employer no gazetteer takes for a place: a place's line would stay with its job anyway)
    text = "\n".join([
        "Wren Castellane", "", "EXPERIENCE",
        "IT Program Manager\t2024 to Today", "Brindlecombe Solutions, Leeds, UK",
        "Project Lead\t\t2021 to 2024", "Quarrymoor Bank, Leeds",
        "• Kept the risk register for the steering group",
        "Data Analyst\t\t2019 to 2021", "Tallowfen Games Ltd",
        "• Wrote the weekly sales report",
    ])
    assert jobs(text) == [
        ("IT Program Manager", "Brindlecombe Solutions", "2024", None),
        ("Project Lead", "Quarrymoor Bank", "2021", "2024"),
        ("Data Analyst", "Tallowfen Games Ltd", "2019", "2021"),
    ]


def test_employer_above_titled_dates_stays_with_its_job() -> None:
    # the employer above "Title  dates": the line below the dates is no employer of the job before
    text = "\n".join([
        "Wren Castellane", "", "EXPERIENCE",
        "Brindlecombe Solutions, Leeds, UK", "IT Program Manager\t2024 to Today",
        "• Ran the data centre exit",
        "Quarrymoor Bank, Leeds", "Project Lead\t\t2021 to 2024",
        "• Kept the risk register for the steering group",
    ])
    assert jobs(text) == [
        ("IT Program Manager", "Brindlecombe Solutions", "2024", None),
        ("Project Lead", "Quarrymoor Bank", "2021", "2024"),
    ]


def test_range_cut_by_a_line_wrap() -> None:
    text = "\n".join([
        "Wren Castellane", "", "EXPERIENCE",
        "IT Program Manager, Brindlecombe Freight                     Dec 2024",
        "to Current",
        "  - Moved 40 applications from the old data centre to Azure in three",
        "    waves",
        "IT Project Manager, Quarrymoor Data                          Aug 2019",
        "to Aug 2024",
        "- Planned the cut-over weekend",
        "Service Desk Analyst                                       Dec 2016-Jun",
        "2019",
        "Tallowfen Games, Lisbon, Portugal",
        "Network Engineer                                                  Sep",
        "2014-2016",
        "Tallowfen Games, Lisbon, Portugal",
        "Scrum Master                                                     Nov.",
        "2012–Aug. 2014",
        "Tallowfen Games, Lisbon, Portugal",
    ])
    assert [(title, start, end) for title, _, start, end in jobs(text)] == [
        ("IT Program Manager", "2024-12", None),
        ("IT Project Manager", "2019-08", "2024-08"),
        ("Service Desk Analyst", "2016-12", "2019-06"),
        ("Network Engineer", "2014-09", "2016"),
        ("Scrum Master", "2012-11", "2014-08"),
    ]


def test_range_cut_before_its_dash() -> None:
    # the rest of the range starts the next line with its dash, which reads as a bullet
    text = "\n".join([
        "Wren Castellane", "Employment History",
        "Brindlecombe Solutions, Berlin, Germany             Aug 2024", "- Present", "IT Program Manager",
        "• Built integrations between the CRM and the billing", "  platform.",
        "Quarrymoor Bank, Warsaw, Poland                     Jul 2021", "- Aug 2024", "Senior IT Project Manager",
        "• Wrote the business case",
    ])
    assert [(title, start, end) for title, _, start, end in jobs(text)] == [
        ("IT Program Manager", "2024-08", None), ("Senior IT Project Manager", "2021-07", "2024-08")]


def test_a_date_line_below_a_sentence_is_no_wrapped_range() -> None:
    text = "\n".join([
        "Wren Castellane", "", "EXPERIENCE",
        "Project Manager, Brindlecombe Freight", "Mar 2019 - Present",
        "- Took the data centre exit over in 2019",
        "Developer, Quarrymoor Data", "2016 - 2019",
    ])
    assert [(title, start, end) for title, _, start, end in jobs(text)] == [
        ("Project Manager", "2019-03", None), ("Developer", "2016", "2019"),
    ]


def quoted(lines: list[str], mark: str = "> ") -> str:
    return "\n".join((mark + line).rstrip() for line in lines)


def test_quoted_typed_resume_with_underlined_headings() -> None:
    lines = ["WREN CASTELLANE", "", "EXPERIENCE", "==========", "",
             "Database Administrator", "Brindlecombe Freight, Toronto, ON", "Feb 2026 - ongoing", "",
             "Project Coordinator", "Quarrymoor Data, Leeds, UK", "Mar 2021 - Jan 2026", "",
             "EDUCATION", "=========", "MBA, Calderbank State University, 2015 - 2018"]
    for mark in ("> ", "> > "):
        profile = profile_of(quoted(lines, mark))
        assert [(w.position, w.name, w.startDate) for w in profile.work] == [
            ("Database Administrator", "Brindlecombe Freight", "2026-02"),
            ("Project Coordinator", "Quarrymoor Data", "2021-03"),
        ]
        assert [s.name for s in profile.sections] == ["header", "experience", "education"]


def test_quoted_markdown_resume() -> None:
    lines = ["# Wren Castellane", "", "## Experience", "", "### Business Analyst - Quarrymoor Data",
             "_April 2024 - Today_ | Toronto, ON", "", "### Solutions Architect",
             "**Brindlecombe Freight** | Dec 2022 - Mar 2024", "", "- Ran the architecture board"]
    assert [(title, employer, start) for title, employer, start, _ in jobs(quoted(lines))] == [
        ("Business Analyst", "Quarrymoor Data", "2024-04"),
        ("Solutions Architect", "Brindlecombe Freight", "2022-12"),
    ]


def test_arrow_bullets_are_bullets() -> None:
    text = "\n".join(["Wren Castellane", "EXPERIENCE", "Project Manager, Brindlecombe Freight", "Jan 2020 - Present",
                      "  > Ran the release train", "> Kept the risk log", "Analyst, Quarrymoor Data", "2016 - 2019"])
    work = profile_of(text).work
    assert work[0].highlights == ("Ran the release train", "Kept the risk log")
    assert [w.position for w in work] == ["Project Manager", "Analyst"]


def test_numbered_duties_are_bullets() -> None:
    text = "\n".join([
        "Wren Castellane", "", "# Work Experience",
        "Agile Project Manager                                         Jan 2022 - Jun 2024",
        "Cobaltwave Labs, Berlin, Germany",
        "QA Analyst                                                    Nov 2018 - Dec 2021",
        "Meadowgate Farms, Leeds, UK",
        "  1. Supported 250 users on the service desk and wrote the knowledge",
        "  base.",
        "  2) Set up Jira and Confluence for planning, tracking and documentation",
    ])
    work = profile_of(text).work
    assert [(w.position, w.name) for w in work] == [("Agile Project Manager", "Cobaltwave Labs"), ("QA Analyst", "Meadowgate Farms")]
    assert len(work[1].highlights) == 2


def test_numbered_headings_and_jobs_stay() -> None:
    text = "\n".join([
        "Wren Castellane", "1. Summary", "Project manager in logistics IT.", "2. Experience",
        "1. Project Manager, Brindlecombe Freight, 2020 - 2024",
        "2. Developer, Quarrymoor Data, 2016 - 2019",
        "3. Education", "MBA, Calderbank State University, 2012",
    ])
    profile = profile_of(text)
    assert [s.name for s in profile.sections] == ["header", "summary", "experience", "education"]
    assert [w.startDate for w in profile.work] == ["2020", "2016"]
    assert [w.position.split(". ")[-1] for w in profile.work] == ["Project Manager", "Developer"]  # (the number stays, as before)
    # numbered jobs with their dates on the line below
    text = "\n".join(["Wren Castellane", "Experience", "1. Project Manager, Brindlecombe Freight", "Jan 2020 - Present",
                      "2. Developer, Quarrymoor Data", "Mar 2016 - Dec 2019"])
    assert [(title.split(". ")[-1], employer, start) for title, employer, start, _ in jobs(text)] == [
        ("Project Manager", "Brindlecombe Freight", "2020-01"), ("Developer", "Quarrymoor Data", "2016-03")]


def test_each_job_with_one_numbered_duty() -> None:
    # lists that start again at 1 under each job: every item is a duty
    text = "\n".join([
        "Wren Castellane", "PROFESSIONAL EXPERIENCE:",
        "Program Manager                                     Jun '24 - to date",
        "Brindlecombe Freight, Denver, CO",
        "1) Planned the cut-over weekend and the hypercare weeks after go-live",
        "Test Engineer                                       Oct '19 - May '24",
        "Oakwell University Hospital, Dublin, Ireland",
        "  1) Wrote the business case and the project charter for the data warehouse",
        "Systems Administrator                               Dec '16 - Oct '19",
        "Marlowe Insurance Group, Pune, India",
        "1) Cut the release cycle from eight weeks to two with the platform team.",
    ])
    assert [(title, employer) for title, employer, _, _ in jobs(text)] == [
        ("Program Manager", "Brindlecombe Freight"), ("Test Engineer", "Oakwell University Hospital"),
        ("Systems Administrator", "Marlowe Insurance Group")]


def test_word_plain_text_list_items() -> None:
    text = "\n".join([
        "Wren Castellane", "Work Experience",
        "IT Support Specialist\tSep 2025 - ongoing", "Ironvale Security LLC, Austin, TX",
        "o\tMentored two junior coordinators", "o\tSupported 250 users on the service desk",
        "Network Engineer\tJul 2023 - Oct 2025", "Pennyroyal Logistics, Pune, India",
        "o\tRan the network refresh",
    ])
    work = profile_of(text).work
    assert [(w.position, w.name) for w in work] == [
        ("IT Support Specialist", "Ironvale Security LLC"), ("Network Engineer", "Pennyroyal Logistics")]
    assert work[0].highlights == ("Mentored two junior coordinators", "Supported 250 users on the service desk")


def test_word_plain_text_numbered_items_and_expanded_tabs() -> None:
    text = "\n".join([
        "Wren Castellane", "Work Experience",
        "2019 - 2022\tSoftware Developer", "Ironvale Security LLC, Austin, TX",
        "1.\tMoved 40 applications to Azure", "2.\tHandled change requests with the product owner",
        "2016 - 2019\tNetwork Engineer", "Pennyroyal Logistics, Pune, India",
        "o       Ran the network refresh for three offices",
        "o       Kept the change log",
    ])
    work = profile_of(text).work
    assert [(w.position, w.name) for w in work] == [
        ("Software Developer", "Ironvale Security LLC"), ("Network Engineer", "Pennyroyal Logistics")]
    assert [len(w.highlights) for w in work] == [2, 2]


def test_employer_then_remote() -> None:
    text = "\n".join([
        "Wren Castellane", "EXPERIENCE", "Project Coordinator", "Redmere Energy, Remote", "August 2021 - May 2024",
        "* Tracked scope and cost", "", "Web Developer", "Kestrelmark, Remote", "June 2018 - May 2021",
    ])
    work = profile_of(text).work
    assert [(w.position, w.name, w.location) for w in work] == [
        ("Project Coordinator", "Redmere Energy", "Remote"), ("Web Developer", "Kestrelmark", "Remote")]


def test_middle_dot_bullets_in_typed_text() -> None:
    text = "\n".join([
        "Wren Castellane", "Employment History", "------------------",
        "Solutions Architect                                        May 2018 - May 2023",
        "Ironvale Security LLC, Berlin, Germany",
        "· Mentored two junior coordinators and ran the monthly review;",
        "· Cut the release cycle from eight weeks to two with the platform team",
        "", "Business Analyst                                           Apr 2014 - May 2018",
        "Ironvale Security LLC, Berlin, Germany",
        "· Planned and ran the rollout of a ticketing system for 600 agents.",
    ])
    work = profile_of(text).work
    assert [(w.position, w.name) for w in work] == [("Solutions Architect", "Ironvale Security LLC"),
                                                    ("Business Analyst", "Ironvale Security LLC")]
    assert len(work[0].highlights) == 2


def test_duty_below_a_grouped_position() -> None:
    text = "\n".join([
        "Wren Castellane", "Agile Project Manager", "Denver, CO · Contact info", "", "Experience",
        "Redmere Energy", "Full-time · 14 yrs 1 mo",
        "Project Manager", "Oct 2020 - Feb 2022 · 1 yr 5 mos",
        "- Managed a budget of 1.8M and a team of 11 engineers and testers",
        "Data Analyst", "Feb 2008 - Sep 2020 · 12 yrs 8 mos",
        "Ran sprint planning, reviews and retrospectives for two delivery teams",
        "Data Analyst", "Corvane Systems Inc. · Full-time", "Apr 2004 - Jan 2008 · 3 yrs 10 mos",
        "", "Education", "Calderbank State University", "1999 - 2003",
    ])
    assert [(title, employer, start) for title, employer, start, _ in jobs(text)] == [
        ("Project Manager", "Redmere Energy", "2020-10"), ("Data Analyst", "Redmere Energy", "2008-02"),
        ("Data Analyst", "Corvane Systems Inc.", "2004-04")]


def test_employer_city_country_above_indented_positions() -> None:
    text = "\n".join([
        "Wren Castellane", "Work Experience", "",
        "Tinderbox Software Ltd, Denver, CO", "    Project Lead  Aug '23 – Jul '26",
        "        • Built integrations between the CRM and the billing platform", "",
        "Gullwing Freight, Leeds, UK", "    IT Project Manager, Jan '19 – Aug '20", "",
        "Brightkey Payments, Warsaw, Poland", "    PMO Analyst | Nov '17 – Sep '18",
        "        • Ran sprint planning for two delivery teams;",
    ])
    assert [(title, employer) for title, employer, _, _ in jobs(text)] == [
        ("Project Lead", "Tinderbox Software Ltd"), ("IT Project Manager", "Gullwing Freight"),
        ("PMO Analyst", "Brightkey Payments")]


def test_company_group_after_a_long_bullet() -> None:
    text = "\n".join([
        "Wren Castellane", "IT Program Manager | Jira", "Austin, TX", "500+ connections", "", "Experience",
        "IT Program Manager", "Marlowe Insurance Group · Self-employed", "Dec 2021 - Jul 2026 · 4 yrs 8 mos",
        "Pune, India · Hybrid",
        "- Planned and ran the rollout of a ticketing system for 600 agents and their leads",
        "Oakwell University Hospital", "Full-time · 9 yrs 11 mos", "Lisbon, Portugal",
        "IT Project Manager", "Nov 2019 - Dec 2021 · 2 yrs 2 mos", "- Wrote the business case",
        "Senior Project Manager", "Mar 2012 - Oct 2019 · 7 yrs 8 mos",
        "", "Education", "Calderbank State University", "2004 - 2008",
    ])
    profile = profile_of(text)
    assert profile.kind == "linkedin-text"
    assert [(w.position, w.name) for w in profile.work] == [
        ("IT Program Manager", "Marlowe Insurance Group"), ("IT Project Manager", "Oakwell University Hospital"),
        ("Senior Project Manager", "Oakwell University Hospital")]


def test_markdown_list_job_wrapped_inside_its_dates() -> None:
    text = "\n".join([
        "# Wren Castellane", "", "## Experience", "",
        "- **Agile Project Manager**, Pennyroyal Logistics (September", "  2023–July 2026)",
        "  - Planned and ran the rollout of a ticketing system for 600", "    agents",
        "- **Business Analyst**, Quarrymoor Data (March 2019–August", "  2023)",
        "", "## Skills", "", "Confluence, SAFe",
    ])
    assert jobs(text) == [("Agile Project Manager", "Pennyroyal Logistics", "2023-09", "2026-07"),
                          ("Business Analyst", "Quarrymoor Data", "2019-03", "2023-08")]


@pytest.mark.parametrize(
    "dates, start, end",
    [
        ("Summer 2021", "2021-06", "2021-08"),  # a season runs its months
        ("June 2021", "2021-06", "2021-06"),
        ("(2021)", "2021", "2021"),
        ("Sep 2021 –", "2021-09", None),
        ("June - August 2021", "2021-06", "2021-08"),
    ],
)
def test_a_short_job_dated_on_a_line_of_its_own(dates, start, end) -> None:
    """One date under the job's header (a short job or internship), or a start whose dash
    was left open (the job goes on)."""
    text = "\n".join([
        "Ilse Marwood", "", "WORK EXPERIENCE",
        "Junior Project Coordinator, Quillfield Analytics",
        dates,
        "- Kept the sprint board and ran daily stand-ups for six developers",
        "", "EDUCATION", "BSc Computer Science, University of Harlow, 2018 - 2021",
    ])
    assert jobs(text) == [("Junior Project Coordinator", "Quillfield Analytics", start, end)]


def test_a_range_wrapped_after_its_dash_is_no_open_end() -> None:
    text = "\n".join([
        "Ilse Marwood", "", "WORK EXPERIENCE",
        "Junior Project Coordinator, Quillfield Analytics",
        "Sep 2021 –", "Mar 2023",
        "- Kept the sprint board and ran daily stand-ups for six developers",
    ])
    assert jobs(text) == [("Junior Project Coordinator", "Quillfield Analytics", "2021-09", "2023-03")]


@pytest.mark.parametrize("heading", ["INTERNSHIPS", "Internship", "Work Placement", "Career Path", "Employment Details", "Job History"])
def test_work_history_under_other_headings(heading) -> None:
    """A graduate's only job under "Internships", a career under "Career Path": a work history."""
    text = "\n".join([
        "Ilse Marwood", "", "EDUCATION", "BSc Computer Science, University of Harlow, 2018 - 2021", "",
        heading,
        "Project Management Intern, Quillfield Analytics, Leeds",
        "Jun 2021 - Sep 2021",
        "- Kept the sprint board and ran daily stand-ups for six developers",
    ])
    assert jobs(text) == [("Project Management Intern", "Quillfield Analytics", "2021-06", "2021-09")]


@pytest.mark.parametrize("heading, line", [
    ("Related Volunteer Work", "Treasurer, Harlow Chess Club 2019 - 2022"),
    # service set apart is not counted as work (as template_fuzz draws it); in the work history it would be
    ("MILITARY SERVICE", "2015 - 2018  Logistics Officer, Armed Forces"),
])
def test_sections_after_the_work_history_that_hold_no_jobs(heading, line) -> None:
    text = "\n".join([
        "Ilse Marwood", "", "WORK EXPERIENCE",
        "Project Coordinator, Quillfield Analytics", "Jun 2021 - Present", "- Ran the stand-ups", "",
        heading, line,
    ])
    assert [job[0] for job in jobs(text)] == ["Project Coordinator"]


def test_duties_a_line_each_with_their_bullets_lost_are_duties() -> None:
    """An HTML-to-PDF converter draws list bullets as pictures: the duties come out one a line,
    with no mark, a long one wrapped.  Each line that starts with a verb is a duty, the wrapped
    rest goes with it; a paragraph of sentences stays the description."""
    text = "\n".join([
        "Ilse Marwood", "", "EXPERIENCE",
        "Assistant Project Manager, 07/2017 to Current",
        "Quillfield Analytics - Leeds, UK",
        "Mentored and guided associates on the delivery approach",
        "Adjusted project plans to account for changing targets and staffing and operational",
        "specifications of the client",
        "Managed cost projections, prepared budgets and cost reports",
        "Closely collaborated with project members to address problems",
    ])
    [job] = profile_of(text).work
    assert job.highlights == (
        "Mentored and guided associates on the delivery approach",
        "Adjusted project plans to account for changing targets and staffing and operational specifications of the client",
        "Managed cost projections, prepared budgets and cost reports",
        "Closely collaborated with project members to address problems",
    )
    assert job.summary is None
    prose = "\n".join([
        "Ilse Marwood", "", "EXPERIENCE",
        "Assistant Project Manager, 07/2017 to Current",
        "Quillfield Analytics - Leeds, UK",
        "Ran the delivery of a data platform for four hospitals. The work covered the",
        "Migration of records. Managed the budget and the plan.",
        "Reported to the board.",
    ])
    [job] = profile_of(prose).work
    assert job.highlights == () and job.summary.startswith("Ran the delivery")


def test_a_european_form_value_wrapped_onto_a_line_of_its_own() -> None:
    """The form's value cell wraps its last words ("... Manager, Digital" / "Channels"): they end
    the title, not start the employer."""
    text = "\n".join([
        "Ilse Marwood", "", "WORK EXPERIENCE",
        "Dates", "Mar 2020 – Aug 2020",
        "Occupation or position held", "Senior IT Project Manager, Digital", "Channels",
        "Main activities and responsibilities", "• Reported risks to the board",
        "Name and address of employer", "Quillfield Analytics, Leeds",
        "Dates", "Nov 2016 – Feb 2020",
        "Occupation or position held", "PMO Lead",
        "Main activities and responsibilities", "• Set up the stage gates",
        "Name and address of employer", "Marrow Freight, Hull",
    ])
    assert [(job[0], job[1]) for job in jobs(text)] == [
        ("Senior IT Project Manager, Digital Channels", "Quillfield Analytics"), ("PMO Lead", "Marrow Freight"),
    ]


@pytest.mark.parametrize("contact", ["07700 900123", "+44 113 496 0000"])
def test_a_contact_piece_run_into_a_job_line_is_no_employer(contact) -> None:
    """A side column's phone run into the job's line ("07700 900123 | Release Manager,
    Northwind, Lyon Oct 2020–Aug 2022"): the job keeps its own employer."""
    text = "\n".join([
        "Ilse Marwood", "", "EMPLOYMENT HISTORY",
        f"{contact} | Release Manager, Quillfield Analytics, Lyon Oct 2020–Aug 2022",
        "- Ran the release calendar",
    ])
    assert [(job[0], job[1]) for job in jobs(text)] == [("Release Manager", "Quillfield Analytics")]
