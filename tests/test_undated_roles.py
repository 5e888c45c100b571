"""Jobs written without dates (structure/undated.py): listed as roles with no start, and told to
the person by PC312; and the lines that only look like such a job left alone.  Every name,
employer and place is invented."""
from __future__ import annotations

import io
from datetime import date

import docx
import pytest

import profilecheck
from profilecheck.options import Options
from profilecheck.report import json_resume

OPTIONS = Options(as_of=date(2026, 11, 30))
HEAD = "Dana Reyes\ndana.reyes@example.org\n\n"
EDUCATION = "\nEducation\nBSc Computer Science, Riverton State University, 2012\n"


def roles(text: str) -> list[tuple]:
    report = profilecheck.analyze_text(HEAD + text + EDUCATION, OPTIONS)
    return [(work.position, work.name, work.startDate, work.current) for work in report.profile.work]


def codes(text: str) -> list[str]:
    report = profilecheck.analyze_text(HEAD + text + EDUCATION, OPTIONS)
    return [finding.code for finding in report.findings]


# ---------------------------------------------------------------- found


def test_history_without_any_dates_lists_each_job():
    text = (
        "Experience\nProject Manager\nHarbourline Freight\n- Led a team of 6 engineers through a CRM migration\n"
        "- Managed a budget of $1.2M\n\nBusiness Analyst\nOakridge Mutual\n- Wrote requirements for 3 releases\n"
    )
    assert roles(text) == [("Project Manager", "Harbourline Freight", None, False), ("Business Analyst", "Oakridge Mutual", None, False)]


def test_headers_with_no_description_between_pair_from_the_first_line():
    # Title over employer, job after job, nothing else: each title goes with the line below it,
    # the last pair too (not "Harbourline Freight" over "Business Analyst").
    text = (
        "Experience\nHead of PMO\nHarbourline Freight\nBusiness Analyst\nOakridge Mutual\nClient: Brackwater Retail\n"
        "Test Lead\nPellmore Systems GmbH\nQA Engineer\nQuenby Software\n"
    )
    assert roles(text) == [
        ("Head of PMO", "Harbourline Freight", None, False),
        ("Business Analyst", "Oakridge Mutual", None, False),
        ("Test Lead", "Pellmore Systems GmbH", None, False),
        ("QA Engineer", "Quenby Software", None, False),
    ]


def test_an_undated_job_written_like_the_dated_ones_with_dates_beside_the_title():
    # The dated jobs write "Employer" over "Title, dates"; the oldest, its dates lost, is
    # "Employer" over "Title": a job of the same make.
    text = (
        "Career History\nPellmore Systems GmbH\nProgramme Manager, 08/2022 – 08/2026\n• Introduced Kanban to the support team\n"
        "Quenby Analytics\nDelivery Manager, 03/2019 – 06/2022\n• Wrote user stories\n"
        "Brackwater Energy\nSystems Administrator\nClient: Oakridge Mutual\n• Maintained the servers and the backup routine\n"
    )
    assert roles(text)[-1] == ("Systems Administrator", "Brackwater Energy", None, False)


def test_a_key_achievements_label_above_an_undated_two_line_header_ends_no_history():
    text = (
        "Employment\nBrackwater Retail\nProject Manager\nKey responsibilities:\n• Ran daily stand-ups and reviews\n"
        "Key achievements:\n• Raised customer satisfaction from 72% to 90%\nPellmore Energy Ltd\nTest Lead\nDuties:\n"
        "• Wrote user stories and acceptance criteria\n"
    )
    assert roles(text) == [("Project Manager", "Brackwater Retail", None, False), ("Test Lead", "Pellmore Energy Ltd", None, False)]


def test_a_work_tables_column_names_and_a_merged_header_make_no_undated_job():
    # A table's column names ("Period", "Position and employer") over the first job, read as
    # lines; the first job's title and employer read as one title: no undated job of them.
    text = (
        "Experience:\nPeriod\nOctober 2024 – November\n2026\nPosition and employer\nTechnical Project Manager\n"
        "Pellmore Inc.\nDuties\n• Coordinated vendors in three countries\n"
        "June 2021 – April 2024 | Senior Program Manager\nQuenby Meridiano\n"
        "December 2020 – April 2021 | Senior Program Manager\nFarrowdale Nordiche, Warsaw\n"
    )
    assert all(start is not None for _, _, start, _ in roles(text))


def test_an_undated_title_within_a_dated_ones_title_after_its_description_is_a_job():
    # "Project Manager" is within "Senior IT Project Manager", a few lines below its dates, but
    # after that job's description: the header of a job of its own.
    text = (
        "Work Experience\nSenior IT Project Manager\nHarbourline Insurance\n2023 - present\n• Kept the RAID log\n"
        "Acted as Scrum Master when needed.\n\nProject Manager\nOakridge Media (5 months)\n• Delivered the CRM rollout\n"
    )
    assert [role[:2] for role in roles(text)] == [("Senior IT Project Manager", "Harbourline Insurance"), ("Project Manager", "Oakridge Media")]


def test_a_jobs_bullets_after_its_dates_show_the_dates_lead_it():
    # Title / employer / dates / bullets, the newest job's dates emptied: not "dates last" (the
    # newest job does not take the next one's dates).
    text = (
        "WORK EXPERIENCE\nTechnical Project Manager\nQuarry Lane Software ( – present)\n* Introduced Kanban to the support team\n"
        "* Wrote user stories\nBusiness Analyst\nNimbrook Telecom\nJan 2020 - Dec 2023\n* Built the test plan\n* Kept the RAID log\n"
        "Junior Business Analyst\nBrisk Ledger LLC\nOct 2017 – Nov 2019\n* Ran daily stand-ups\n"
    )
    assert [(title, start) for title, _, start, _ in roles(text)] == [
        ("Technical Project Manager", None), ("Business Analyst", "2020-01"), ("Junior Business Analyst", "2017-10"),
    ]


def test_undated_jobs_are_told_to_the_person_not_called_missing():
    text = (
        "Experience\nProject Manager\nHarbourline Freight\n- Led a team of 6 engineers through a CRM migration\n\n"
        "Business Analyst\nOakridge Mutual\n- Wrote requirements for 3 releases\n"
    )
    found = codes(text)
    assert "PC312" in found and "PC301" not in found
    report = profilecheck.analyze_text(HEAD + text + EDUCATION, OPTIONS)
    finding = next(finding for finding in report.findings if finding.code == "PC312")
    assert "Project Manager at Harbourline Freight" in finding.message
    # the profile is placed on the ladder by its titles, so "cannot be placed" is not said
    assert "PC706" not in found


def test_employer_title_and_place_on_one_line():
    text = (
        "Experience:\nNorthwind Analytics Oracle developer Lyon, France\nBuilt the nightly loads of the warehouse.\n"
        "Tallow Labs Tutor Lyon, France\nTaught programming to children.\n"
    )
    found = roles(text)
    assert len(found) == 2 and all(start is None for _, _, start, _ in found)
    assert "developer" in (found[0][0] or "").lower() and "Tutor" in (found[1][0] or "")


def test_dates_emptied_from_brackets_and_an_open_end_kept():
    text = (
        "Work Experience\nBrightpath Full Stack Developer ( now)\nBuilt the booking API.\nAdded payments.\n"
        "Copperleaf Junior Developer ( )\nFixed bugs in the reporting module.\n"
    )
    found = roles(text)
    assert [(start, current) for _, _, start, current in found] == [(None, True), (None, False)]
    assert found[0][1] == "Brightpath" and "Developer" in found[0][0]


def test_title_with_only_an_open_end():
    text = (
        "Experience\nSenior Analyst  Jan 2015 - Dec 2019\nMeridian Works, Porto, Portugal\n- Ran the reporting team of 4\n\n"
        "Designer and Consultant  Current\nLarkspur Studio, Porto, Portugal\n- Designed 12 client portals\n"
    )
    found = roles(text)
    assert ("Designer and Consultant", "Larkspur Studio", None, True) in found  # its employer's line below it
    assert ("Senior Analyst", "2015-01") in [(title, start) for title, _, start, _ in found]


def test_undated_job_below_a_dated_one_takes_its_own_bullets():
    text = (
        "Experience\nIT Project Manager | Acme Health | Boston, MA | Jan 2019 - Present\n"
        "• Led a team of 12 to move 40 apps to Azure.\n• Cut hosting costs by 30%.\n\n"
        "Business Analyst | Beta Bank | Leeds, UK\n• Wrote the requirements for 3 releases.\n"
    )
    report = profilecheck.analyze_text(HEAD + text + EDUCATION, OPTIONS)
    dated, undated = report.profile.work
    assert (dated.position, dated.startDate, undated.position, undated.startDate) == ("IT Project Manager", "2019-01", "Business Analyst", None)
    assert dated.highlights == ("Led a team of 12 to move 40 apps to Azure.", "Cut hosting costs by 30%.")
    assert undated.highlights == ("Wrote the requirements for 3 releases.",)
    assert undated.location == "Leeds, UK" and undated.name == "Beta Bank"
    # the years still come from the dated role alone
    assert report.facts.years_of_experience == 7.9


def test_undated_roles_in_a_word_file_and_in_json():
    document = docx.Document()
    for line in (
        "Dana Reyes", "dana.reyes@example.org", "Experience",
        "Web Developer Quillfield Ltd., Porto, Portugal 2020 - present", "Built the customer portal in Angular.",
        "Fixed the release pipeline.", "Data Analyst Harrowgate Group, Lyon, France", "Automated the monthly sales report.",
        "Education", "MSc Mathematics, Riverton State University, 2012",
    ):
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    report = profilecheck.analyze(io.BytesIO(buffer.getvalue()), OPTIONS, name="cv.docx")
    assert [(work.startDate, work.current) for work in report.profile.work] == [("2020", True), (None, False)]
    assert report.profile.work[1].summary == "Automated the monthly sales report."
    assert "Data Analyst" in report.profile.work[1].position
    assert report.profile.work[0].summary == "Built the customer portal in Angular. Fixed the release pipeline."
    work = json_resume(report.profile, report.facts)["work"]
    assert "startDate" in work[0] and "startDate" not in work[1] and work[1]["name"] == "Harrowgate Group"


# ---------------------------------------------------------------- left alone


def test_header_below_its_bare_dates_is_the_dated_job_not_another():
    text = (
        "Experience\n08/2015 to Current\nDigital Producer Company Name @ City , State\n- Ran 40 campaigns a year\n"
        "06/2011 to 09/2011\nProduction Intern Company Name @ City , State\n- Tracked invoices\n"
    )
    assert [start for _, _, start, _ in roles(text)] == ["2015-08", "2011-06"]


def test_titles_held_in_one_job_are_no_job_of_their_own():
    text = (
        "Experience\nSenior Project Manager | Company Name | City, State | 06/2002 - Current\n- Grew sales by 20%\n"
        "Project Manager, Staff Appraiser, Assistant Appraiser, Intern\n- Appraised 300 buildings a year\n"
    )
    assert [start for _, _, start, _ in roles(text)] == ["2002-06"]


def test_lists_and_project_lines_in_a_history_are_no_jobs():
    text = (
        "Experience\nProject Manager | Harbourline Freight | Leeds, UK | Mar 2018 - Present\n"
        "Agile, Scrum, SAFe methodologies\nKey project: ERP rollout\nReporting to the Programme Director\n"
        "Responsibilities: planning, budgets, vendors\n- Delivered the ERP rollout for 900 users\n"
    )
    assert [start for _, _, start, _ in roles(text)] == ["2018-03"]


def test_one_title_deep_in_a_dateless_history_is_no_history():
    text = (
        "Experience\nI have worked on many projects over the years, mostly for banks and insurers.\n"
        "I like clear plans and short meetings.\nProject Coordinator\nMost of my work was remote.\n"
    )
    assert roles(text) == []


def test_headline_in_a_side_column_over_contact_lines_is_no_job():
    text = (
        "Experience\nIT Consultant, Greystone Partners\nJuly 2016 - March 2018\n• Managed a budget of 2.4M\n"
        "• Cut the release cycle from six weeks to two\n• Reported risks to the programme board\nProgram Manager | PMP\nsam.okafor@example.com\n+44 20 7946 0000\n"
    )
    assert [start for _, _, start, _ in roles(text)] == ["2016-07"]


def test_bulleted_dated_header_is_not_read_again_without_its_dates():
    text = (
        "## Experience\n\n- **IT Program Manager**, Fenwater Bank (March 2025-October 2026)\n"
        "  - Ran sprint planning for two delivery teams\n  - Cut the release cycle from eight weeks to two\n"
    )
    assert [(title, employer, start) for title, employer, start, _ in roles(text)] == [("IT Program Manager", "Fenwater Bank", "2025-03")]


def test_title_standing_far_below_its_dates_is_the_dated_job():
    text = (
        "Work experience\nAugust 2023 -\nNovember 2025\n2 years 4 months\nCobaltine Software B.V.\nDenver, CO\n"
        "Logistics and transport\nProject Manager - ERP\nPrepared weekly status reports for the steering committee\n"
        "Coordinated vendors across three time zones\n"
    )
    assert [start for _, _, start, _ in roles(text)] == ["2023-08"]


def test_a_jobs_achievements_label_does_not_end_an_undated_history():
    text = (
        "Experience\nGold Harbour Trading, Java developer\nResponsibilities:\nBuilt the order service in Spring Boot\n"
        "Key Achievements:\nShipped the trading portal to 3 branches.\nNeolines Studio, Frontend developer\n"
        "Built landing pages in React.\n"
    )
    found = roles(text)
    assert [(title, employer) for title, employer, _, _ in found] == [
        ("Java developer", "Gold Harbour Trading"), ("Frontend developer", "Neolines Studio")]


# ---------------------------------------------------------------- a builder's left column of headings


def test_headings_in_capitals_with_the_right_columns_lines_run_in():
    """A CV builder's left column of headings read line by line beside the right column: the
    heading's words lead the lines ("WORK" over "EXPERIENCE"), the jobs' dates were lost."""
    text = (
        "Dana Reyes\nFull-Stack Developer\nWORK Brightpath Full Stack Developer ( now)\n"
        "EXPERIENCE Built the booking API in Node.js;\nAdded card payments;\nCopperleaf Junior Developer ( )\n"
        "Fixed bugs in the reporting module;\nEDUCATION Riverton State University Bachelor's Degree (2012 - 2016)\n"
        "Computer Science\n"
    )
    report = profilecheck.analyze_text(text, OPTIONS)
    assert [(section.name, section.heading) for section in report.profile.sections][-2:] == [
        ("experience", "WORK EXPERIENCE"), ("education", "EDUCATION")]
    assert [(work.position, work.name, work.current) for work in report.profile.work] == [
        ("Full Stack Developer", "Brightpath", True), ("Junior Developer", "Copperleaf", False)]
    assert report.profile.education and report.profile.education[0].endDate == "2016"


def test_capitals_that_are_no_run_in_heading():
    from profilecheck.models import Line
    from profilecheck.structure.sections import heading_of

    for text in (
        "LANGUAGES Professional Experience",  # two columns' headings side by side
        "LANGUAGES Front End Developer",  # a side column's heading beside a job's line
        "EDUCATION Northwind Group | FEB 2023 - FEB 2025",  # beside a job's line with its dates
        "EXPERIENCE Wordpress",  # one word run in: left to the side-column reading
        "IT Project Manager at Northwind",
    ):
        heading = heading_of(Line(text))
        assert heading is None or not heading.run_in, text


# ---------------------------------------------------------------- lengths in place of dates


def test_lengths_written_beside_undated_jobs_add_up_to_the_years():
    text = (
        "Experience\nJava Developer, Harbourline Freight (2 years)\n- Built the booking API\n\n"
        "QA Engineer, Oakridge Mutual (1 year 6 months)\n- Wrote 300 automated tests\n"
    )
    report = profilecheck.analyze_text(HEAD + text + EDUCATION, OPTIONS)
    assert [(work.name, work.months) for work in report.profile.work] == [("Harbourline Freight", 24), ("Oakridge Mutual", 18)]
    assert (report.facts.years_of_experience, report.facts.years_basis) == (3.5, "durations")
    assert [work.get("months") for work in json_resume(report.profile, report.facts)["work"]] == [24, 18]


def test_an_undated_current_job_says_so_in_json():
    text = "Work Experience\nBrightpath Full Stack Developer ( now)\nBuilt the booking API.\nCopperleaf Junior Developer ( )\nFixed bugs.\n"
    report = profilecheck.analyze_text(HEAD + text + EDUCATION, OPTIONS)
    work = json_resume(report.profile, report.facts)["work"]
    assert [(item.get("startDate"), item.get("current")) for item in work] == [(None, True), (None, None)]


def test_a_stated_total_goes_before_the_lengths():
    text = (
        "Summary\nProject manager with 9 years of experience in logistics software.\n\n"
        "Experience\nProject Manager | Harbourline Freight | 3 years\n- Led 12 releases\n"
        "Business Analyst | Oakridge Mutual | 2 years\n- Wrote the specifications of 3 products\n"
    )
    report = profilecheck.analyze_text(HEAD + text + EDUCATION, OPTIONS)
    assert [work.months for work in report.profile.work] == [36, 24]
    assert (report.facts.years_of_experience, report.facts.years_basis) == (9.0, "stated")
    assert report.facts.pm_years == 3.0


# ---------------------------------------------------------------- classes the blind undated set found


def test_titles_led_by_a_verbs_form_or_an_of_phrase():
    text = (
        "Experience\nProduct Owner at Kitewood Games (2023 - Current)\n* Planned releases in Jira\n* Ran reviews\n"
        "Test Lead at Pellucid Labs (3 years)\n* Built the test plan\n* Automated the regression suite\n"
        "Head of PMO | Highcliff Hospital | Lyon, France\n* Set up the portfolio board\n"
    )
    found = roles(text)
    assert [(title, employer, start) for title, employer, start, _ in found] == [
        ("Product Owner", "Kitewood Games", "2023"), ("Test Lead", "Pellucid Labs", None), ("Head of PMO", "Highcliff Hospital", None)]


def test_a_freelancers_title_alone_is_a_job_without_an_employer():
    text = (
        "Experience\nSenior IT Project Manager, Highcliff Hospital ( now)\n• Delivered the CRM rollout for 600 users\n"
        "Independent Project Manager\n• Kept the RAID log for three clients\n"
        "Freelance Scrum Master | 4 years, 2 months\n• Coached two teams\n"
    )
    report = profilecheck.analyze_text(HEAD + text + EDUCATION, OPTIONS)
    assert [(work.position, work.name, work.months) for work in report.profile.work] == [
        ("Senior IT Project Manager", "Highcliff Hospital", None), ("Independent Project Manager", None, None),
        ("Freelance Scrum Master", None, 50)]


def test_a_two_line_header_written_as_the_dated_jobs_write_theirs():
    text = (
        "Career History\nProject Manager\nAshcombe Insurance\n2024 - 2026\n• Delivered the CRM rollout for 600 users\n"
        "• Kept the RAID log\nSystems Administrator\nBrisk Ledger LLC\n• Cut the release cycle from six weeks to two\n"
        "• Maintained the backup routine\n"
    )
    assert [(title, employer, start) for title, employer, start, _ in roles(text)] == [
        ("Project Manager", "Ashcombe Insurance", "2024"), ("Systems Administrator", "Brisk Ledger LLC", None)]


def test_employer_over_a_title_with_emptied_brackets():
    text = (
        "Employment\nKitewood Games\nProgramme Manager ( now)\nRan daily stand-ups and reviews\n"
        "Bramblegate Bank\nScrum Master\nIntroduced Kanban to the support team\n"
    )
    assert [(title, employer, current) for title, employer, _, current in roles(text)] == [
        ("Programme Manager", "Kitewood Games", True), ("Scrum Master", "Bramblegate Bank", False)]


@pytest.mark.parametrize(
    "line, months",
    [("Junior Java Developer – Ashcombe Insurance (3.5 years)", 42), ("IT Project Manager – Orrin Digital - 4.5 years", 54),
     ("Support Analyst, Veltro Retail (2 years and 7 months)", 31), ("QA Engineer | Glenmoor Media | 1 year, 3 months", 15)],
)
def test_lengths_written_every_way(line, months):
    text = f"Experience\n{line}\n- Kept the test plan up to date\n- Ran the release checks\n"
    report = profilecheck.analyze_text(HEAD + text + EDUCATION, OPTIONS)
    assert [work.months for work in report.profile.work] == [months]


def test_each_jobs_key_achievements_label_keeps_the_history_going():
    text = (
        "Employment History\nDelivery Manager, Highcliff Hospital (June 2025 to July 2026)\nResponsibilities:\n"
        "• Managed a budget of EUR 1.2M\nKey achievements:\n• Saved EUR 300K a year\nTechnologies: Jira, Confluence\n"
        "Scrum Master (contract), Larkspur Health Group\nDuties:\n• Coordinated vendors\nKey achievements:\n"
        "• Raised satisfaction from 72% to 90%\nTechnologies: Python, AWS\nTest Lead, Fernwick Solutions (August 2020 to January 2022)\n"
        "• Built the test plan\n"
    )
    assert [start for _, _, start, _ in roles(text)] == ["2025-06", None, "2020-08"]


def test_a_job_of_dates_alone_past_a_repeated_heading_gives_its_dates_back():
    """A layout set a job's dates apart from its header (a page's repeated heading between
    them): the dates alone below are the undated header's own, and the duty above it keeps
    only its own words."""
    text = (
        "Professional Experience\nPortfolio Manager, Stadtwerke Aurach\n04/2022 – 04/2026\n"
        "• Worked with legal on the vendor due diligence\n• Introduced Jira for planning\n"
        "Release Manager, Brightwater Health, Lyon, France\nProfessional Experience\n07/2017 – 03/2019\n"
        "• Cut the release cycle from six weeks to two\nIT Consultant, Hollis & Brandt LLP\n12/2014 – 06/2017\n• Built integrations\n"
    )
    report = profilecheck.analyze_text(HEAD + text + EDUCATION, OPTIONS)
    assert [(work.position, work.name, work.startDate, work.endDate) for work in report.profile.work] == [
        ("Portfolio Manager", "Stadtwerke Aurach", "2022-04", "2026-04"),
        ("Release Manager", "Brightwater Health", "2017-07", "2019-03"),
        ("IT Consultant", "Hollis & Brandt LLP", "2014-12", "2017-06"),
    ]
    assert report.profile.work[0].highlights == ("Worked with legal on the vendor due diligence", "Introduced Jira for planning")


def test_places_set_side_by_side_with_a_slash_are_no_employer():
    text = "Experience\nFreelancer\nFront End Developer, Portugal/Spain\n• Built landing pages in React\n• Fixed layout bugs\n"
    report = profilecheck.analyze_text(HEAD + text + EDUCATION, OPTIONS)
    assert [(work.position, work.name) for work in report.profile.work if not work.startDate] == [("Front End Developer", None)]


def test_a_word_that_begins_like_a_month_is_no_piece_of_lost_dates():
    """"Marketing 2019" beside the jobs is no month date a layout broke apart: the undated jobs stay."""
    text = (
        "Experience\nProject Manager | Harbourline Freight | Lyon, France\n- Ran the CRM rollout\nAward: Marketing 2019\n"
        "Business Analyst | Oakridge Mutual | Porto, Portugal\n- Wrote requirements for 3 releases\n"
    )
    assert [(title, start) for title, _, start, _ in roles(text)] == [("Project Manager", None), ("Business Analyst", None)]


def test_a_methods_line_above_an_undated_title_is_no_employer():
    # "Agile, Scrum, Kanban" ends the job above; the next title's employer is the line below it
    text = (
        "Positions Held\nProgramme Manager\nHollowmere Software\n- Cut the release cycle from six weeks to two\n"
        "Agile, Scrum, Kanban\nRelease Manager\nBrackenfield Ledger LLC | 2 years\n"
        "- Led a team of 9 developers through two-week sprints\n"
        "Technical Project Manager\nOstlerby Telecom | 3 years\n- Introduced Kanban to the support team\n"
    )
    found = roles(text)
    assert [(title, employer) for title, employer, _, _ in found] == [
        ("Programme Manager", "Hollowmere Software"),
        ("Release Manager", "Brackenfield Ledger LLC"),
        ("Technical Project Manager", "Ostlerby Telecom"),
    ]
