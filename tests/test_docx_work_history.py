"""Work history read from Word files the tests build: the layouts that PDF-to-Word converters
and resume templates leave behind (one paragraph with line breaks, side columns, text boxes,
layout tables) and the date forms found in them.  Every name, employer and place is invented."""
from __future__ import annotations

import io
from datetime import date

import docx
from docx.oxml import parse_xml

import profilecheck
from profilecheck.options import Options
from profilecheck.readers.docx import read_docx
from profilecheck.structure import build_profile

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def save(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def dump_docx(lines: list[str]) -> bytes:
    """What a PDF-to-Word converter writes: the whole resume as one paragraph whose lines are
    separated by line breaks (w:br)."""
    document = docx.Document()
    paragraph = document.add_paragraph()
    for number, line in enumerate(lines):
        run = paragraph.add_run(line)
        if number < len(lines) - 1:
            run.add_break()
    return save(document)


def paragraphs_docx(lines: list[str]) -> bytes:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    return save(document)


def profile_of(data: bytes):
    return build_profile(read_docx(data, Options(as_of=date(2026, 11, 30)), None))


def roles(data: bytes) -> list[tuple]:
    return [(work.startDate, work.endDate, work.position) for work in profile_of(data).work]


# ---------------------------------------------------------------- sections and header fields


def test_a_job_header_does_not_reach_into_a_skills_list_under_an_experience_heading() -> None:
    # "EXPERIENCE SUMMARY" holds a skills list; the jobs follow under "EXPERIENCE".
    data = paragraphs_docx([
        "WEB DEVELOPER",
        "EXPERIENCE SUMMARY",
        "Languages: TypeScript, Go",
        "Databases: PostgreSQL",
        "EXPERIENCE",
        "2021-present: Frontend developer (remote, part-time)",
        "-- Northwind (Riverton, Canada)",
        "Built the booking pages.",
        "2018-2021: Frontend developer",
        "-- Northwind (Riverton, Canada)",
        "Kept the shop running.",
    ])
    works = profile_of(data).work
    assert [(w.startDate, w.position, w.name) for w in works] == [
        ("2021", "Frontend developer", "Northwind"),  # "(remote, part-time)" is where, not what
        ("2018", "Frontend developer", "Northwind"),
    ]


def test_a_title_word_inside_a_web_address_is_not_a_title() -> None:
    data = paragraphs_docx([
        "EXPERIENCE",
        "• 2019 – 2021: Data scientist, Tailspin Labs, Riverton www.consultant.example",
        "Modelled demand.",
    ])
    (work,) = profile_of(data).work
    assert (work.position, work.name) == ("Data scientist", "Tailspin Labs")


def test_a_kind_of_work_beside_the_year_is_the_title() -> None:
    data = paragraphs_docx([
        "EXPERIENCE",
        "• 2019-2021: Web developer",
        "-- Contoso (Riverton, Canada)",
        "Built pages.",
        "• 2018: Freelance",
        "-- Riverton, Canada",
        "Landing pages for small shops.",
    ])
    assert roles(data) == [("2019", "2021", "Web developer"), ("2018", "2018", "Freelance")]


def test_two_digit_end_years_and_dashed_open_ends() -> None:
    data = dump_docx([
        "PROFESSIONAL EXPERIENCE",
        "Fabrikam LLC, Riverton, Utopia, Team Lead 2019/---",
        "Led the platform team.",
        "Contoso LLC, Riverton, Utopia, Software Developer 2015-18",
        "Wrote the billing service.",
    ])
    assert roles(data) == [("2019", None, "Team Lead"), ("2015", "2018", "Software Developer")]


# ---------------------------------------------------------------- dates a converter mangled


def test_a_year_whose_month_digits_were_lost() -> None:
    data = dump_docx([
        "Professional Experience",
        "Mobile developer at Tailspin, Riverton, .2022",
        "Built the watch app.",
        "Mobile developer intern at Contoso, Riverton, .2021",
        "Fixed bugs in the shop app.",
    ])
    assert roles(data) == [("2022", "2022", "Mobile developer"), ("2021", "2021", "Mobile developer intern")]


def test_a_start_year_whose_end_and_header_were_lost() -> None:
    # "2018 - <description>": the converter dropped the end year and the title; the job runs
    # until the newer one began, and the oldest until the next one.
    data = dump_docx([
        "EXPERIENCE",
        "2020 Present Frontend developer at Northwind, Riverton, Canada",
        "Built the hiring pages.",
        "2018 - Designed, developed, and deployed frontend applications from scratch and implemented",
        "new features of existing projects.",
        "2017 - 2018 Full Stack developer at Contoso, Riverton, Canada",
        "Moved the code to a new framework.",
        "2015 - Build custom shops, commercial and corporate websites based on existing",
        "solutions and from scratch.",
        "EDUCATION",
    ])
    profile = profile_of(data)
    assert [(w.startDate, w.endDate) for w in profile.work] == [
        ("2020", None), ("2018", "2020"), ("2017", "2018"), ("2015", "2017"),
    ]
    assert profile.work[1].position is None
    assert profile.work[1].summary.startswith("Designed, developed")


def test_a_dash_after_a_year_before_a_short_title_is_still_a_one_year_job() -> None:
    data = dump_docx(["EXPERIENCE", "2016 - Freelance web developer", "Landing pages."])
    assert roles(data) == [("2016", "2016", "Freelance web developer")]


# ---------------------------------------------------------------- layouts


def test_dates_after_each_description() -> None:
    data = dump_docx([
        "WORK EXPERIENCE",
        "Backend Developer - Northwind (Riverton, remote) - product company",
        "Built payment services.",
        "Worked with queues and caches.",
        "from November 2021 till now",
        "Android Developer - Contoso (Riverton, Canada) - outsource company",
        "Wrote client apps.",
        "Led two developers.",
        "from March 2021 till November 2021",
        "Android Developer - Tailspin (remote) - outsource company",
        "First job in an international team.",
        "from July 2020 till March 2021",
        "EDUCATION",
        "Riverton State University",
    ])
    assert roles(data) == [
        ("2021-11", None, "Backend Developer"),
        ("2021-03", "2021-11", "Android Developer"),
        ("2020-07", "2021-03", "Android Developer"),
    ]
    assert [w.name for w in profile_of(data).work] == ["Northwind", "Contoso", "Tailspin"]


def test_employer_and_dates_then_the_title_with_a_side_column_run_in() -> None:
    # A two-column page dumped line by line: the right column's skills end the employer's line
    # and the title's line, and sit above the next employer.
    data = dump_docx([
        "Experience",
        "Northwind Bank Jan 2022 - June 2022",
        "Senior Software Developer",
        "Skills & Expertise",
        "designed a new onboarding platform",
        "SQL, Postgres, Oracle",
        "Contoso Bank Aug 2018 - Dec 2021 Kafka, Cassandra",
        "Software Engineer / Senior Software Engineer Git, Docker",
        "Agile, Scrum",
        "SL3 support",
        "Russian native, English advanced",
        "Tailspin Dec 2015 - Aug 2018",
        "Software Developer / Senior Software Developer",
        "mentor for interns",
    ])
    works = profile_of(data).work
    assert [(w.startDate, w.name) for w in works] == [("2022-01", "Northwind Bank"), ("2018-08", "Contoso Bank"), ("2015-12", "Tailspin")]
    assert works[0].position == "Senior Software Developer"
    assert works[1].position.startswith("Software Engineer / Senior Software Engineer")
    assert works[2].position == "Software Developer / Senior Software Developer"


def test_title_above_employer_and_dates_keeps_the_title() -> None:
    data = dump_docx([
        "Experience",
        "Senior Project Manager",
        "Northwind Bank Jan 2019 - Present",
        "Lead developer for the mobile app was hired and onboarded.",
    ])
    (work,) = profile_of(data).work
    assert (work.position, work.name) == ("Senior Project Manager", "Northwind Bank")


def test_dates_run_together_with_no_dash() -> None:
    data = dump_docx([
        "WORKING EXPERIENCE",
        "Apr 2020Jun 2020 Work programme at Northwind, Canada, Riverton Full stack Developer",
        "Built a barcode scanner.",
        "Mar 2017Aug 2018 Contoso portal, Canada, Riverton Front-end Developer",
        "Kept the portal fast.",
    ])
    assert [(start, end) for start, end, _ in roles(data)] == [("2020-04", "2020-06"), ("2017-03", "2018-08")]


def test_an_end_month_whose_year_was_lost() -> None:
    # "Jun 2019Oct": the converter lost the end year; it is put back as the latest year that
    # ends the job before the next one began, or the first year after the start.
    data = dump_docx([
        "WORKING EXPERIENCE",
        "Apr 2020Jun 2020 Work programme at Northwind, Canada, Riverton Full stack Developer",
        "Built a barcode scanner.",
        "Jun 2019Oct Front-end Developer",
        "Wrote the chat.",
        "Sep 2018Jun Front-end Developer",
        "Moved the app to a new framework.",
        "Oct 2014 Feb Web Developer",
        "Made shop sites.",
        "Nov 2013Mar Junior Web Developer",
        "Fixed layouts.",
    ])
    assert [(start, end) for start, end, _ in roles(data)] == [
        ("2020-04", "2020-06"), ("2019-06", "2019-10"), ("2018-09", "2019-06"), ("2014-10", "2018-02"),
        ("2013-11", "2014-03"),
    ]
    assert [title for _, _, title in roles(data)][1:4] == ["Front-end Developer", "Front-end Developer", "Web Developer"]


def test_a_side_column_run_into_the_header_and_labelled_lists_between_jobs() -> None:
    # Two columns flattened line by line: the side column's words end header lines, the title
    # is run onto the place before it ("Riverton,HarbourDeveloper"), and each job closes with
    # a labelled list that is not the next job's header.
    data = dump_docx([
        "EXPERIENCE SKILLS",
        "Northwind,Remote Developer Unity3D",
        "APRIL 2020 - PRESENT C#",
        "Ported games to the web.",
        "Tech stack: Unity3D, WASM, UniRX",
        "Contoso,RivertonDeveloper Git",
        "JULY 2018 - APRIL 2020",
        "Built a lab simulator.",
        "Tech stack: Unity3D, C#, WPF, MEF",
        "Fabrikam,RivertonDeveloper",
        "MARCH 2015 - JULY 2018",
        "Worked on mobile games.",
        "Description: a studio of casual games",
        "Technologies used: Lua, Redis, Go",
    ])
    works = profile_of(data).work
    assert [(w.startDate, w.name) for w in works] == [("2020-04", "Northwind"), ("2018-07", "Contoso"), ("2015-03", "Fabrikam")]
    assert all("Developer" in w.position.split() for w in works)


def test_a_header_after_a_list_item_that_ends_in_a_semicolon() -> None:
    # List items that end in ";" are whole: the capitalised line after the last one is the next
    # job's header, not the item's continuation.
    document = docx.Document()
    for text in ["EXPERIENCE", "Senior Developer, Northwind", "2019 – 2022"]:
        document.add_paragraph(text)
    for text in ["built the billing service;", "ran the code reviews;"]:
        document.add_paragraph(text, style="List Bullet")
    for text in ["Junior Developer, Contoso", "2016 – 2019"]:
        document.add_paragraph(text)
    document.add_paragraph("kept the shop online;", style="List Bullet")
    works = profile_of(save(document)).work
    assert [(w.startDate, w.position, w.name) for w in works] == [
        ("2019", "Senior Developer", "Northwind"), ("2016", "Junior Developer", "Contoso"),
    ]
    assert works[0].highlights == ("built the billing service;", "ran the code reviews;")


def test_an_educational_programme_among_the_jobs_is_not_a_job() -> None:
    data = dump_docx([
        "Experience and projects:",
        "2020 – 2021 Northwind Academy, Go and web programming, educational program, Canada",
        "Wrote a robot controller in the programme.",
        "2020: Internship, Support Engineer, Contoso, software company, Canada",
        "Kept the build green.",
        "2019 – 2020 Fabrikam coding course, student",
        "Made a quiz game.",
        "2019: Summer internship as Java Developer at Tailspin, Canada",
        "Wrote router software.",
    ])
    assert [(start, title) for start, _, title in roles(data)] == [
        ("2020", "Support Engineer"), ("2019", "Summer internship as Java Developer"),
    ]


def test_a_place_below_the_headline_is_not_the_name() -> None:
    # Name, headline and place as LinkedIn lays them out, the name taken away: the two
    # capitalised words below the headline are the place.
    data = dump_docx([
        "Contact",
        "Full Stack Developer (Go / TS)",
        "Port Harbour",
        "Summary",
        "I build web services.",
    ])
    assert profile_of(data).basics.name is None
    named = dump_docx(["Avery Lindqvist", "Full Stack Developer (Go / TS)", "Port Harbour", "Summary", "I build web services."])
    assert profile_of(named).basics.name == "Avery Lindqvist"


def test_a_header_column_beside_the_description_flattened_line_by_line() -> None:
    # Left column: employer, title (wrapped), dates; right column: the description.  A PDF
    # dump glues the two line by line with a single space.
    data = dump_docx([
        "Experience",
        "Northwind Building a payment gateway (Go, Kafka, Redis,",
        "Senior Platform postgres, s3).",
        "Engineer Achievement: Within 3 months shipped the first version by",
        "MAR 2022 TO PRESENT moving card traffic to a queue of its own",
        "with retries and alerts.",
        "Contoso Labs Developing & maintaining the ledger (Postgres, Go 1.19,",
        "Lead Backend Developer gRPC, Redis & Kafka, Docker + Helm charts,",
        "MAR 2019 TO MAR 2022 AWS)",
        "Owned the architecture decisions and code reviews.",
        "Fabrikam Ltd Developing a desktop app for clinics (C#,",
        "c# developer WinForms & Xamarin Mac):",
        "MAR 2017 TO MAR 2019 with a web part (REST, jQuery)",
        "Education Riverton University 2012 TO 2017 , Specialist",
    ])
    works = profile_of(data).work
    assert [(w.startDate, w.position, w.name) for w in works] == [
        ("2022-03", "Senior Platform Engineer", "Northwind"),
        ("2019-03", "Lead Backend Developer", "Contoso Labs"),
        ("2017-03", "c# developer", "Fabrikam Ltd"),
    ]
    assert "payment gateway" in (works[0].summary or "")


def test_a_job_header_at_the_ends_of_a_flattened_summary_column() -> None:
    # The summary on the left, the jobs on the right, glued line by line: the title ends one
    # line of the summary, the employer and dates the next.
    data = dump_docx([
        "WEB DEVELOPER",
        "PROFESSIONAL SUMMARY EXPERIENCE",
        "I have built and shipped web apps and worked as Shift Supervisor",
        "on retail projects. I am at home with Northwind Stores | Feb 2018 - Present",
        "TypeScript, HTML, CSS and modern frameworks.",
        "Ran the evening shift and kept the tills up for the",
        "whole chain on Linux and Windows 2003-2012",
        "EDUCATION",
    ])
    works = profile_of(data).work
    assert [(w.startDate, w.current, w.position, w.name) for w in works] == [
        ("2018-02", True, "Shift Supervisor", "Northwind Stores"),
    ]


def test_an_employers_line_after_a_duty_left_open_heads_its_positions() -> None:
    # The duty above ends without a full stop, yet "Harbour Freight, Vienna" over a title alone
    # over bare dates is the next employer's line, not the duty's wrapped rest.
    data = paragraphs_docx([
        "EXPERIENCE",
        "Junior Project Manager",
        "Northwind Traders | Singapore",
        "10/2023 - present",
        "• Built and tested integrations between the CRM and the billing system",
        "Harbour Freight, Vienna",
        "IT Support Specialist",
        "05/2022 - 11/2023",
        "• Managed a budget of 2.4M and a team of 14 engineers",
        "Lumen Consulting, Tallinn",
        "Frontend Developer",
        "08/2019 - 02/2020",
        "• Ran sprint planning for two product teams",
        "Software Developer",
        "05/2014 - 05/2019",
    ])
    works = profile_of(data).work
    assert [(w.startDate, w.position, w.name) for w in works] == [
        ("2023-10", "Junior Project Manager", "Northwind Traders"),
        ("2022-05", "IT Support Specialist", "Harbour Freight"),
        ("2019-08", "Frontend Developer", "Lumen Consulting"),
        ("2014-05", "Software Developer", "Lumen Consulting"),
    ]
    assert works[0].highlights == ("Built and tested integrations between the CRM and the billing system",)


# ---------------------------------------------------------------- headings of two columns


def test_summary_and_experience_headings_side_by_side() -> None:
    # A two-column page dumped row by row: "PROFESSIONAL SUMMARY" on the left, "EXPERIENCE" on
    # the right, on one line; the work history must not be read as the summary.
    data = dump_docx([
        "FRONTEND DEVELOPER",
        "PROFESSIONAL SUMMARY EXPERIENCE",
        "I build web apps with modern frameworks.",
        "Store Floor Manager",
        "Northwind Stores | May 2016 - Aug 2017",
        "• Helped customers on the floor",
        "ACADEMIC EDUCATION",
        "Riverton University",
    ])
    (work,) = profile_of(data).work
    assert (work.startDate, work.endDate, work.position) == ("2016-05", "2017-08", "Store Floor Manager")


def test_experience_heading_straight_above_a_skills_heading() -> None:
    # The left column's "EXPERIENCE" and the right column's "SKILLS" read one after the other:
    # the jobs below are still the work history.
    data = dump_docx([
        "EXPERIENCE",
        "SKILLS & EXPERTISE",
        "Front-end: HTML, CSS",
        "Web Developer at Northwind, Riverton Dec 2017 - Jul 2019",
        "Back-end: PHP, MySQL",
        "Built the shop.",
    ])
    profile = profile_of(data)
    assert [(w.startDate, w.endDate, w.position, w.name) for w in profile.work] == [
        ("2017-12", "2019-07", "Web Developer", "Northwind"),
    ]
    assert "skills" not in [section.name for section in profile.sections][:2]


def test_jobs_under_an_education_heading_when_no_experience_heading_survived() -> None:
    data = dump_docx([
        "Web Developer",
        "Education",
        "Second degree, Riverton State Technical University, Riverton",
        "September 2009 June 2011",
        "Web-developer at Northwind LLC, Riverton",
        "August 2012 August 2013",
        "Built shop sites on a CMS.",
        "Web-developer, Teamlead at Contoso Ltd, Riverton",
        "January 2019 Present",
        "Ran a team of five.",
    ])
    works = profile_of(data).work
    assert [(w.startDate, w.endDate, w.position, w.name) for w in works] == [
        ("2012-08", "2013-08", "Web-developer", "Northwind LLC"),
        ("2019-01", None, "Web-developer, Teamlead", "Contoso Ltd"),
    ]


def test_an_experience_heading_with_words_of_its_own_before_it() -> None:
    # "Cloud Dev Positions": a known heading word after the person's own; the jobs below it are
    # written as sentences after their dates, employer first.  The heading is not a name either.
    data = dump_docx([
        "Cloud engineer (backend) Updated: 01/02/2023",
        "Location: Riverton",
        "Cloud Dev Positions",
        "2022 - Northwind Labs. Senior Cloud Engineer. Storage platform project.",
        "Moved the billing service to queues.",
        "2019 – 2022 Contoso. Junior web developer. Three projects for travel agencies.",
        "Built the booking pages.",
        "Education",
        "2012 - 2016 BSc in Physics, Riverton State University.",
        "Cloud Dev Skills and Tools",
        "Go, Kubernetes, Terraform",
    ])
    profile = profile_of(data)
    assert [(w.startDate, w.position, w.name) for w in profile.work] == [
        ("2022", "Senior Cloud Engineer", "Northwind Labs"),
        ("2019", "Junior web developer", "Contoso"),
    ]
    assert profile.work[1].summary.startswith("Three projects")
    assert profile.basics.name is None
    assert [section.name for section in profile.sections][-1] == "skills"


def test_a_heading_phrase_in_a_list_is_not_a_heading_without_jobs_below() -> None:
    # "User Experience" in a skills list ends in a heading word but no dated job follows it.
    data = dump_docx([
        "EXPERIENCE",
        "Product Designer at Northwind  2019 - 2022",
        "Designed the mobile app.",
        "SKILLS",
        "Interaction Design",
        "User Experience",
        "Prototyping",
        "Usability Testing",
        "Visual Design",
        "Design Systems",
        "Accessibility",
        "Wireframing",
        "Research Planning",
    ])
    profile = profile_of(data)
    assert [section.name for section in profile.sections] == ["experience", "skills"]
    assert [w.startDate for w in profile.work] == ["2019"]


def test_education_alone_gives_no_jobs() -> None:
    data = dump_docx([
        "Data Analyst",
        "EDUCATION",
        "Riverton State University, Faculty of Mathematics",
        "Sep 2019 - present",
        "Research assistant at the Chair of Mechanics",
        "Riverton Institute of Technology",
        "Sep 2017 - May 2018",
        "Bachelor of Science, Mathematics",
    ])
    assert profile_of(data).work == ()


# ---------------------------------------------------------------- what the DOCX reader places

DRAWING_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def _box_paragraphs(lines: list[str]) -> str:
    return "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{line}</w:t></w:r></w:p>" for line in lines)


def textbox_run(lines: list[str], floating: bool = True, x_emu: int = 4_800_000, y_emu: int = 300_000) -> str:
    """A run holding a DrawingML text box, floating (wp:anchor, placed by offsets from the page)
    or in the line (wp:inline), with the VML copy Word writes in mc:Fallback."""
    if floating:
        frame = (
            '<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="2" behindDoc="0" '
            'locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            f'<wp:positionH relativeFrom="page"><wp:posOffset>{x_emu}</wp:posOffset></wp:positionH>'
            f'<wp:positionV relativeFrom="page"><wp:posOffset>{y_emu}</wp:posOffset></wp:positionV>'
            '<wp:extent cx="2200000" cy="8000000"/><wp:wrapSquare wrapText="bothSides"/>'
        )
        close = "</wp:anchor>"
    else:
        frame, close = '<wp:inline><wp:extent cx="2200000" cy="600000"/>', "</wp:inline>"
    body = _box_paragraphs(lines)
    drawing = (
        f'<w:drawing>{frame}<wp:docPr id="7" name="Side"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f"<wps:wsp><wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>"
        f"</a:graphicData></a:graphic>{close}</w:drawing>"
    )
    fallback = (
        '<mc:Fallback><w:pict><v:rect style="position:absolute;margin-left:300pt;width:170pt;height:600pt">'
        f"<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:rect></w:pict></mc:Fallback>"
    )
    return (
        f'<w:r {DRAWING_NS}><mc:AlternateContent><mc:Choice Requires="wps">{drawing}</mc:Choice>'
        f"{fallback}</mc:AlternateContent></w:r>"
    )


def vml_box_run(lines: list[str]) -> str:
    """An old-style (VML) text box positioned on the page, as Word 2007 and converters write it."""
    return (
        f'<w:r {DRAWING_NS}><w:pict><v:shape style="position:absolute;margin-left:380pt;margin-top:20pt;'
        f'width:160pt;height:500pt;z-index:2"><v:textbox><w:txbxContent>{_box_paragraphs(lines)}'
        "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )


SIDEBAR = ["SKILLS", "Jira", "Confluence", "Scrum", "LANGUAGES", "English", "Spanish"]


def _job_page(document, anchor_run: str, anchor_at: str) -> None:
    lines = [
        "Alex Rivera",
        "Senior Project Manager",
        "PROFESSIONAL EXPERIENCE",
        "Senior Project Manager, Northwind Bank",
        "Jan 2020 - Present",
        "Led the core banking migration.",
        "Project Manager, Contoso Health",
        "Mar 2015 - Dec 2019",
        "Ran the clinic scheduling programme.",
        "EDUCATION",
        "BSc Computer Science, Riverton University, 2014",
    ]
    for line in lines:
        paragraph = document.add_paragraph(line)
        if line == anchor_at:
            paragraph._p.append(parse_xml(anchor_run))


def _texts(data: bytes) -> list[str]:
    return [line.text for line in read_docx(data, Options(), None).lines]


def test_a_floating_side_column_anchored_inside_the_work_history_is_read_after_the_body() -> None:
    # Word anchors a floating box to whichever paragraph it was dropped on; here a job's title.
    document = docx.Document()
    _job_page(document, textbox_run(SIDEBAR), anchor_at="Senior Project Manager, Northwind Bank")
    data = save(document)
    texts = _texts(data)
    assert texts.index("Jan 2020 - Present") == texts.index("Senior Project Manager, Northwind Bank") + 1
    assert texts[-len(SIDEBAR):] == SIDEBAR  # read once, after the main text
    assert texts.count("Jira") == 1  # the VML copy in mc:Fallback is not read again
    assert [(w.startDate, w.position, w.name) for w in profile_of(data).work] == [
        ("2020-01", "Senior Project Manager", "Northwind Bank"),
        ("2015-03", "Project Manager", "Contoso Health"),
    ]


def test_an_old_style_positioned_box_is_a_side_column_too() -> None:
    document = docx.Document()
    _job_page(document, vml_box_run(SIDEBAR), anchor_at="Project Manager, Contoso Health")
    texts = _texts(save(document))
    assert texts.index("Mar 2015 - Dec 2019") == texts.index("Project Manager, Contoso Health") + 1
    assert texts[-len(SIDEBAR):] == SIDEBAR


def test_a_small_floating_box_stays_beside_its_anchor() -> None:
    # Dates set in a small box to the right of each job's title belong to that job.
    document = docx.Document()
    document.add_paragraph("EXPERIENCE")
    for title, dates in (("Project Manager, Northwind Bank", "Jan 2020 - Present"), ("Analyst, Contoso", "2016 - 2019")):
        paragraph = document.add_paragraph(title)
        paragraph._p.append(parse_xml(textbox_run([dates], y_emu=0)))
        document.add_paragraph("Ran the delivery of the programme.")
    data = save(document)
    assert _texts(data)[1:3] == ["Project Manager, Northwind Bank", "Jan 2020 - Present"]
    assert [(w.startDate, w.position) for w in profile_of(data).work] == [("2020-01", "Project Manager"), ("2016", "Analyst")]


def test_an_inline_text_box_is_read_where_it_stands() -> None:
    document = docx.Document()
    _job_page(document, textbox_run(SIDEBAR, floating=False), anchor_at="Senior Project Manager, Northwind Bank")
    texts = _texts(save(document))
    at = texts.index("Senior Project Manager, Northwind Bank")
    assert texts[at + 1 : at + 1 + len(SIDEBAR)] == SIDEBAR


def test_a_side_column_box_anchored_before_the_main_text_stays_first() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph()
    paragraph._p.append(parse_xml(textbox_run(["Alex Rivera", "alex@example.com", *SIDEBAR])))
    document.add_paragraph("PROFESSIONAL EXPERIENCE")
    document.add_paragraph("Project Manager, Northwind Bank")
    document.add_paragraph("Jan 2020 - Present")
    texts = _texts(save(document))
    assert texts[:2] == ["Alex Rivera", "alex@example.com"]
    assert texts[-2:] == ["Project Manager, Northwind Bank", "Jan 2020 - Present"]


def test_a_frame_in_the_middle_of_the_work_history_is_read_after_the_body() -> None:
    document = docx.Document()
    lines = ["PROFESSIONAL EXPERIENCE", "Project Manager, Northwind Bank", "Jan 2020 - Present", "Ran the migration."]
    for number, line in enumerate(lines):
        document.add_paragraph(line)
        if number == 1:
            for item in SIDEBAR:
                framed = document.add_paragraph(item)
                framed._p.get_or_add_pPr().append(
                    parse_xml(f'<w:framePr {W_NS} w:w="3000" w:hAnchor="page" w:vAnchor="page" w:x="8000" w:y="400"/>')
                )
    data = save(document)
    texts = _texts(data)
    assert texts[:4] == lines and texts[4:] == SIDEBAR
    assert [(w.startDate, w.position) for w in profile_of(data).work] == [("2020-01", "Project Manager")]


def _table(document, rows: list[list[list[str]]]) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, cells in zip(table.rows, rows):
        for cell, texts in zip(row.cells, cells):
            cell.paragraphs[0].text = texts[0]
            for text in texts[1:]:
                cell.add_paragraph(text)


def test_a_layout_table_of_two_columns_is_read_column_by_column() -> None:
    # A template's grid: the left column runs Contact, Skills, Languages; the right one Summary
    # and the jobs, cut into rows that line up on the page.
    document = docx.Document()
    _table(document, [
        [["CONTACT", "alex@example.com"], ["SUMMARY", "Delivery lead for banking platforms."]],
        [["SKILLS", "Jira", "Confluence"], ["EXPERIENCE", "Senior Project Manager, Northwind Bank"]],
        [["Scrum", "Kanban"], ["Jan 2020 - Present", "Led the core banking migration."]],
        [["LANGUAGES", "English"], ["Project Manager, Contoso Health", "Mar 2015 - Dec 2019"]],
    ])
    data = save(document)
    texts = _texts(data)
    assert texts.index("SUMMARY") == texts.index("English") + 1  # the left column first, whole
    assert [(w.startDate, w.endDate, w.position, w.name) for w in profile_of(data).work] == [
        ("2020-01", None, "Senior Project Manager", "Northwind Bank"),
        ("2015-03", "2019-12", "Project Manager", "Contoso Health"),
    ]


def test_a_sidebar_without_headings_beside_the_main_column_is_read_first_and_whole() -> None:
    # The sidebar holds short lines and no headings; the main column runs the sections.  Row by
    # row, "English" would become the second job's employer.
    document = docx.Document()
    _table(document, [
        [["Alex Morgan", "alex@example.com"], ["SUMMARY", "Delivery lead for banking platforms."]],
        [["Jira", "Confluence"], ["EXPERIENCE", "Senior Project Manager, Northwind Bank"]],
        [["Scrum", "Kanban"], ["Jan 2020 - Present", "Led the core banking migration."]],
        [["English", "Spanish"], ["Project Manager", "Contoso Health | Mar 2015 - Dec 2019"]],
        [["Riverton"], ["EDUCATION", "BSc Computer Science, Riverton University"]],
    ])
    data = save(document)
    texts = _texts(data)
    assert texts.index("SUMMARY") == texts.index("Riverton") + 1
    assert [(w.startDate, w.endDate, w.position, w.name) for w in profile_of(data).work] == [
        ("2020-01", None, "Senior Project Manager", "Northwind Bank"),
        ("2015-03", "2019-12", "Project Manager", "Contoso Health"),
    ]


def test_a_table_of_dates_beside_jobs_is_still_read_row_by_row() -> None:
    document = docx.Document()
    document.add_paragraph("EXPERIENCE")
    _table(document, [
        [["2020 - Present"], ["Senior Project Manager, Northwind Bank", "Led the migration."]],
        [["2015 - 2019"], ["Project Manager, Contoso Health", "Ran scheduling."]],
    ])
    document.add_paragraph("SKILLS")
    document.add_paragraph("Jira")
    data = save(document)
    assert [(w.startDate, w.position) for w in profile_of(data).work] == [
        ("2020", "Senior Project Manager"),
        ("2015", "Project Manager"),
    ]


def test_two_text_columns_of_a_section_are_read_in_document_order() -> None:
    # A section set in two newspaper columns (w:cols) flows down the first column, then the
    # second: document order is reading order.
    document = docx.Document()
    document.add_paragraph("EXPERIENCE")
    document.add_paragraph("Project Manager, Northwind Bank")
    paragraph = document.add_paragraph("Jan 2020 - Present")
    paragraph.add_run().add_break(docx.enum.text.WD_BREAK.COLUMN)
    document.add_paragraph("Analyst, Contoso")
    document.add_paragraph("2016 - 2019")
    document.sections[0]._sectPr.append(parse_xml(f'<w:cols {W_NS} w:num="2" w:space="720"/>'))
    data = save(document)
    assert [(w.startDate, w.position) for w in profile_of(data).work] == [("2020-01", "Project Manager"), ("2016", "Analyst")]


def test_stated_years_hyphenated_and_misspelt() -> None:
    # The one role has no dates; the total is stated in the text, the way non-native writers
    # often put it.
    data = dump_docx([
        "WORK EXPERIENCE",
        "Front End Developer at Northwind Ltd",
        "ABOUT ME",
        "I have finished a one-year course and have one-year experiance. I like clean code.",
    ])
    assert profile_of(data).stated_years == 1.0


# ---------------------------------------------------------------- two columns read line by line


def test_start_and_end_lines_where_the_end_gives_its_month_only() -> None:
    # A left date column read line by line: "YYYY, Month  Employer" then "Month  Title"; the end
    # year is the start's (or the next, when the month comes earlier in the year).
    data = dump_docx([
        "EXPERIENCE",
        "2019, March NORTHWIND TRADERS (northwind.example), Utopia",
        "2021, October Backend Developer",
        "Built an order service in Go for the warehouse team.",
        "2017, July CONTOSO LABS (contoso.example), Utopia",
        "December Web Developer",
        "Moved the build to Gradle",
        "2016, November FABRIKAM, Utopia",
        "February Engineering Intern",
        "Wrote a landing page in TypeScript.",
    ])
    works = profile_of(data).work
    assert [(w.startDate, w.endDate, w.position) for w in works] == [
        ("2019-03", "2021-10", "Backend Developer"),
        ("2017-07", "2017-12", "Web Developer"),
        ("2016-11", "2017-02", "Engineering Intern"),
    ]
    # An employer's web address in brackets does not make it a place; a name in capitals before
    # the country is the employer.
    assert [(w.name, w.location) for w in works] == [
        ("NORTHWIND TRADERS (northwind.example)", "Utopia"),
        ("CONTOSO LABS (contoso.example)", "Utopia"),
        ("FABRIKAM", "Utopia"),
    ]


def test_side_column_headings_inside_the_work_history_do_not_end_it() -> None:
    # The right column's "Languages" and "About me" fall between one job and the next; the jobs
    # below them still belong to the work history, and the headings are no job's employer.
    data = dump_docx([
        "EXPERIENCE",
        "Senior Business Analyst Oct 2019 - Present",
        "Northwind Retail, online store",
        "ran requirement workshops with six product teams;",
        "Business Analyst Oct 2017 - Oct 2019",
        "Languages",
        "Contoso Clinics",
        "English - fluent",
        "redesigned the patient sign-up flow;",
        "Spanish - native",
        "moved results delivery to a new service;",
        "planned the analysts' work for each release;",
        "wrote the acceptance criteria for payments;",
        "About me",
        "reviewed the data model with the architects;",
        "I sail and read in my free time.",
        "kept the backlog in order;",
        "trained two junior analysts;",
        "documented the order process;",
        "Junior Software Engineer Jan 2016 Jun 2017",
        "Fabrikam Consulting",
        "Wrote scripts and SQL reports.",
    ])
    works = profile_of(data).work
    assert [(w.startDate, w.position) for w in works] == [
        ("2019-10", "Senior Business Analyst"),
        ("2017-10", "Business Analyst"),
        ("2016-01", "Junior Software Engineer"),
    ]
    assert all(w.name not in ("Languages", "About me") for w in works)


def test_jobs_are_found_when_the_experience_heading_ran_into_side_column_text() -> None:
    # "EXPERIENCE Wordpress": the heading is lost in a line shared with the side column, so the
    # jobs stand under the side column's headings; a heading run into a job's line is no field.
    data = dump_docx([
        "SUMMARY",
        "Backend developer looking for a Python role.",
        "SKILLS & EXPERTISE",
        "Python",
        "EXPERIENCE Wordpress",
        "Freelance Software Development Feb. 2020 – Present",
        "Flask",
        "Built tools for a fleet of servers.",
        "QA Team Leader Jan. 2016 Mar. 2020",
        "Languages",
        "Northwind Search",
        "Wrote an automated test framework.",
        "Head of IT department Jul. 2009 Dec. 2015 EDUCATION",
        "Fabrikam Plastics",
        "2001 – 2006",
        "Built the IT department from scratch.",
    ])
    works = profile_of(data).work
    assert [(w.startDate, w.endDate, w.position) for w in works] == [
        ("2020-02", None, "Freelance Software Development"),
        ("2016-01", "2020-03", "QA Team Leader"),
        ("2009-07", "2015-12", "Head of IT department"),
    ]


def test_the_newest_job_given_only_its_start_month_runs_to_the_present() -> None:
    data = dump_docx([
        "EXPERIENCE",
        "Full-stack Developer Sep 2021",
        "at Northwind Apps",
        "Build and run the booking service.",
        "Web Developer Dec 2018 - Jul 2021",
        "Contoso Media",
        "Built the company's sites.",
    ])
    assert roles(data) == [("2021-09", None, "Full-stack Developer"), ("2018-12", "2021-07", "Web Developer")]


def test_a_single_month_job_below_newer_ones_keeps_its_month() -> None:
    data = dump_docx([
        "EXPERIENCE",
        "Web Developer Dec 2018 - Jul 2021",
        "Contoso Media",
        "Built the company's sites.",
        "Event Volunteer Coordinator Sep 2017",
        "Northwind Conference",
    ])
    assert roles(data)[1][:2] == ("2017-09", "2017-09")


def test_a_year_and_a_dash_below_a_newer_job_stays_one_year() -> None:
    data = dump_docx([
        "EXPERIENCE",
        "2020 – 2023 Northwind Labs. Senior Cloud Engineer. Storage platform project.",
        "2016 - Contoso. Freelance web developer. Landing pages.",
    ])
    assert [(start, end) for start, end, _ in roles(data)] == [("2020", "2023"), ("2016", "2016")]


def test_an_end_month_whose_year_was_lost_after_a_title() -> None:
    # "Software Developer Nov. 1998 Jun. Northwind": the end year is put back from the next job.
    data = dump_docx([
        "EXPERIENCE",
        "Head of IT department Jul. 2001 Dec. 2009",
        "Fabrikam Plastics",
        "Built the IT department.",
        "Software Developer Nov. 1998 Jun. Northwind Labs",
        "Wrote features for the accounting suite.",
    ])
    assert roles(data) == [("2001-07", "2009-12", "Head of IT department"), ("1998-11", "2001-06", "Software Developer")]


def test_a_date_line_that_says_student_is_a_study_not_a_job() -> None:
    # Two columns read line by line: the side column's course, dated and marked STUDENT, lands
    # among the jobs; the text before its dates is no title.
    data = dump_docx([
        "EXPERIENCE",
        "MAR 2021 - JUN 2022 JUNIOR DEVELOPER",
        "FABRIKAM Built the billing pages.",
        "Fixed defects reported by support.",
        "Frontend Track | Riverton JAN 2020 - MAR 2020 STUDENT",
        "Wrote the release notes for each sprint.",
        "OCT 2019 - DEC 2019 SUPPORT ENGINEER",
        "CONTOSO Answered tickets from customers.",
    ])
    assert roles(data) == [
        ("2021-03", "2022-06", "JUNIOR DEVELOPER"),
        ("2019-10", "2019-12", "SUPPORT ENGINEER"),
    ]


def test_an_education_heading_after_the_jobs_still_ends_the_work_history() -> None:
    # The usual order: no job's own line after "EDUCATION", so the degree is no job.
    data = dump_docx([
        "EXPERIENCE",
        "MAR 2021 - JUN 2022 JUNIOR DEVELOPER",
        "FABRIKAM Built the billing pages.",
        "EDUCATION",
        "SEP 2016 - JUN 2020 BSc Computer Science",
        "Northwind University",
        "OCT 2015 - DEC 2015 TEACHING ASSISTANT, Northwind University",
    ])
    assert roles(data) == [("2021-03", "2022-06", "JUNIOR DEVELOPER")]
    assert [entry.studyType or entry.area for entry in profile_of(data).education]


def test_jobs_dated_with_two_digit_years_are_read() -> None:
    data = paragraphs_docx([
        "EXPERIENCE",
        "Project Manager, Northwind, 03/19 - present",
        "Led a team of eight engineers.",
        "Business Analyst, Contoso, 01/15 - 02/19",
        "Wrote the requirements for the billing system.",
    ])
    assert roles(data) == [("2019-03", None, "Project Manager"), ("2015-01", "2019-02", "Business Analyst")]


def test_a_title_after_a_short_bullet_without_a_full_stop_starts_the_next_job() -> None:
    # Most bullets end without a full stop: a capital after a short one is no wrapped line.
    data = dump_docx([
        "WORK EXPERIENCE",
        "Delivery Manager",
        "Northwind Traders | Oct 2023 - Present",
        "• Ran the quarterly release train",
        "• Kept the risk log in Jira",
        "Program Manager",
        "Contoso Bank | Nov 2020 - Jun 2023",
        "• Moved forty servers to the cloud",
        "IT Project Manager",
        "Fabrikam, Riverton",
        "March 2017 - October 2020",
        "• Planned the data centre move",
    ])
    assert [(w.startDate, w.position) for w in profile_of(data).work] == [
        ("2023-10", "Delivery Manager"),
        ("2020-11", "Program Manager"),
        ("2017-03", "IT Project Manager"),
    ]


def test_a_bullet_that_ran_to_the_edge_goes_on_in_the_next_line() -> None:
    # The wrapped half of a long bullet starts with a capital ("Finance") and is no job title.
    data = dump_docx([
        "EXPERIENCE",
        "Project Manager, Northwind Traders, Jan 2020 - Present",
        "• Agreed the budget of the billing platform every quarter with the Head of",
        "Finance and the steering group",
        "• Ran the weekly status meeting",
        "Business Analyst, Contoso Bank, Feb 2016 - Dec 2019",
        "• Wrote the requirements",
    ])
    works = profile_of(data).work
    assert [(w.startDate, w.position) for w in works] == [("2020-01", "Project Manager"), ("2016-02", "Business Analyst")]
    assert works[0].highlights[0].endswith("Head of Finance and the steering group")


def test_a_job_without_bullets_keeps_its_title_above_its_dates() -> None:
    # Title line, dates, title line, dates: the line below the first dates is the next job's,
    # though with its place it is a whole header that could follow the dates.
    data = dump_docx([
        "EXPERIENCE",
        "Support Engineer at Northwind Traders, Warsaw, Poland",
        "AUG 2024 - AUG 2026",
        "DevOps Engineer at Contoso Bank, Berlin, Germany",
        "DEC 2020 - AUG 2024",
        "• Automated the nightly builds",
    ])
    assert [(w.startDate, w.position, w.name) for w in profile_of(data).work] == [
        ("2024-08", "Support Engineer", "Northwind Traders"),
        ("2020-12", "DevOps Engineer", "Contoso Bank"),
    ]


def test_dates_first_jobs_keep_the_header_below_their_dates() -> None:
    # The other orientation: each job's dates come first and its header below them.
    data = dump_docx([
        "EXPERIENCE",
        "01/2021 to Current",
        "Project Manager Northwind Traders - Riverton, UT",
        "04/2018 to 12/2020",
        "Project Coordinator Contoso Bank - Lakeside, UT",
        "02/2016 to 03/2018",
        "Business Analyst Fabrikam - Riverton, UT",
    ])
    works = profile_of(data).work
    assert [w.startDate for w in works] == ["2021-01", "2018-04", "2016-02"]
    assert [w.position.split()[1] for w in works] == ["Manager", "Coordinator", "Analyst"]


# ---------------------------------------------------------------- a side column read into the jobs


def test_a_side_columns_items_between_the_lines_of_the_jobs_are_no_part_of_them() -> None:
    # A two-column page dumped line by line: skills, languages and contacts between job lines.
    data = dump_docx([
        "WORK EXPERIENCE",
        "SKILLS",
        "Project Manager",
        "Jira",
        "Northwind Traders | Jan 2022 - Present",
        "Confluence, Trello",
        "• Ran the release calendar",
        "LANGUAGES",
        "Scrum Master",
        "English - C1",
        "Contoso Bank | Mar 2019 - Dec 2021",
        "German (basic)",
        "• Coached two teams  CONTACTS",
        "Business Analyst",
        "someone@mail.test",
        "Fabrikam | Feb 2016 - Feb 2019",
        "+49 30 0000 0000",
        "• Wrote the requirements",
    ])
    works = profile_of(data).work
    assert [(w.startDate, w.position, w.name) for w in works] == [
        ("2022-01", "Project Manager", "Northwind Traders"),
        ("2019-03", "Scrum Master", "Contoso Bank"),
        ("2016-02", "Business Analyst", "Fabrikam"),
    ]
    assert works[1].highlights == ("Coached two teams",)  # the glued heading is gone


def test_a_job_line_with_a_language_glued_to_it_stays() -> None:
    from profilecheck.structure.side_column import without_side_column

    lines = [(0, "SKILLS"), (7, "Northwind,RivertonDeveloper English -B2"), (50, "• Improved the team's Communication Skills")]
    assert [text for _, text in without_side_column(lines)] == [
        "Northwind,RivertonDeveloper English -B2",
        "• Improved the team's Communication Skills",
    ]


def test_education_and_experience_headings_side_by_side_start_the_work_history() -> None:
    # Two columns' headings on one line: the work history must not be lost under "Education".
    data = dump_docx([
        "EDUCATION Professional Experience",
        "Project Manager",
        "Northwind Traders | Jan 2022 - Present",
        "BSc Computer Science",
        "• Ran the release calendar",
    ])
    assert [(w.startDate, w.position) for w in profile_of(data).work] == [("2022-01", "Project Manager")]


def test_an_experience_heading_with_a_side_item_run_into_its_line() -> None:
    # The side column's item sits at the heading's height: after it, or before it.
    for heading_line in ("EXPERIENCE Riverton State University", "Work experience Kubernetes", "someone@mail.test EXPERIENCE"):
        data = dump_docx([
            "PROJECT MANAGER",
            "SUMMARY",
            "Runs software projects for banks.",
            heading_line,
            "Project Manager, Northwind Traders",
            "Jan 2022 - Present",
        ])
        assert [(w.startDate, w.position) for w in profile_of(data).work] == [("2022-01", "Project Manager")], heading_line


def test_an_experience_heading_with_a_tool_run_in_before_it_and_a_side_heading_below() -> None:
    # "Figma Professional Experience" reads like a heading of the person's own words; no dates
    # follow before the side column's "CONTACT", past which the job's line comes.
    data = dump_docx([
        "FULL STACK DEVELOPER",
        "SUMMARY",
        "Python Ships on time and keeps people informed.",
        "Figma Professional Experience",
        "Full Stack Developer",
        "CONTACT",
        "Northwind Traders | NOV 2022 to NOV 2024",
        "+972 50 000 00 00",
        "someone@mail.test",
    ])
    assert [(w.startDate, w.position) for w in profile_of(data).work] == [("2022-11", "Full Stack Developer")]


def test_an_experience_heading_run_into_a_phone_with_the_dates_past_a_side_education() -> None:
    data = dump_docx([
        "FULL STACK DEVELOPER",
        "Contact",
        "+972 50 000 00 00 Professional Experience",
        "someone@mail.test",
        "Northwind Traders, Lisbon, Portugal",
        "Full Stack Developer",
        "EDUCATION",
        "October 2023 - Present",
        "M.Sc. Information Systems",
        "Riverton State University",
        "2013 - 2016 • Coordinated test automation for the payments API",
        "Contoso Digital, Berlin, Germany",
        "QA Engineer",
        "February 2020 - September 2023",
    ])
    assert [(w.startDate, w.position) for w in profile_of(data).work] == [("2023-10", "Full Stack Developer"), ("2020-02", "QA Engineer")]


def test_a_side_heading_and_the_work_historys_read_as_one_line_start_the_work_history() -> None:
    from profilecheck.models import Line
    from profilecheck.structure.sections import heading_of

    # "SKILLS & EXPERTISE" beside "EXPERIENCE": not a skills heading "... and Expertise Experience"
    assert heading_of(Line(text="SKILLS & EXPERTISE EXPERIENCE")).section == "experience"
    assert heading_of(Line(text="Education and Courses")).section == "education"
    assert heading_of(Line(text="Education and work experience")).section == "education"  # may be one heading


def test_an_experience_heading_after_a_studys_years_on_its_line() -> None:
    data = dump_docx([
        "SUMMARY",
        "Runs software projects for banks.",
        "Education",
        "Diploma in Software Engineering",
        "Eastbrook College",
        "2014 - 2018 WORK EXPERIENCE",
        "Junior Project Manager",
        "CONTACTS Northwind Traders Inc. | 12/2024 to present",
        "+972 50 000 00 00 Software Project Manager",
        "someone@mail.test Contoso Digital LLC | 05/2023 - 11/2024",
    ])
    assert [(w.startDate, w.position) for w in profile_of(data).work] == [("2024-12", "Junior Project Manager"), ("2023-05", "Software Project Manager")]


def test_an_experience_heading_followed_by_a_title_is_not_taken_apart() -> None:
    from profilecheck.structure.sections import experience_heading_with_side_item

    assert experience_heading_with_side_item("EXPERIENCE Project Manager") is None
    assert experience_heading_with_side_item("Experience with Jira and Scrum") is None


def test_bare_study_years_above_the_first_job_line_are_no_job() -> None:
    # A side column's "2002 - 2007" lands between the heading and the first job's own dated line.
    data = dump_docx([
        "EMPLOYMENT HISTORY",
        "2002 - 2007",
        "01/2025 - now: Senior Project Manager, Northwind Traders (Riverton)",
        "• Ran the release calendar",
        "04/2021 - 11/2024: Project Manager, Contoso Bank (Lakeside)",
    ])
    assert [(w.startDate, w.position) for w in profile_of(data).work] == [("2025-01", "Senior Project Manager"), ("2021-04", "Project Manager")]


def test_bare_years_with_the_header_below_them_stay_a_job() -> None:
    data = dump_docx([
        "EXPERIENCE",
        "2016 - 2019",
        "Project Manager, Northwind Traders",
        "2019 - 2022",
        "Senior Project Manager, Contoso Bank",
    ])
    assert [w.startDate for w in profile_of(data).work] == ["2016", "2019"]


def test_bare_study_years_between_jobs_that_run_newest_first_are_no_job() -> None:
    data = dump_docx([
        "EXPERIENCE",
        "Project Manager, Northwind Traders",
        "Mar 2022 - Present",
        "• Ran the release calendar",
        "2009 - 2013",
        "Business Analyst, Contoso Bank",
        "Jan 2018 - Feb 2022",
    ])
    assert [w.startDate for w in profile_of(data).work] == ["2022-03", "2018-01"]


def test_jobs_dated_by_years_alone_stay_jobs() -> None:
    data = dump_docx([
        "EXPERIENCE",
        "Project Manager, Northwind Traders",
        "2019 - 2022",
        "Business Analyst, Contoso Bank",
        "2015 - 2018",
        "Support Engineer, Fabrikam",
        "2012 - 2014",
    ])
    assert [w.startDate for w in profile_of(data).work] == ["2019", "2015", "2012"]


def test_a_side_heading_on_the_work_historys_heading_line_begins_its_items() -> None:
    data = dump_docx([
        "Work experience Languages",
        "Program Manager",
        "English (fluent)",
        "Northwind Traders | Dec 2023 - Present",
        "Hebrew - native",
        "• Ran the vendor onboarding",
    ])
    works = profile_of(data).work
    assert [(w.startDate, w.position, w.name) for w in works] == [("2023-12", "Program Manager", "Northwind Traders")]
    assert works[0].highlights == ("Ran the vendor onboarding",)


def test_a_side_columns_education_heading_below_a_jobs_title_does_not_end_the_work_history() -> None:
    # Two columns read line by line: the side column's "Education" lands between a job's title
    # and its dates; the degree, school and study years are no part of the job.
    data = dump_docx([
        "Work experience",
        "Software Engineer",
        "Education",
        "Northwind Traders GmbH | 07/2022 - 02/2024",
        "MBA",
        "• Introduced the vendor onboarding process",
        "Lakeside Institute of Technology",
        "• Introduced risk and issue logs",
        "2008 - 2011",
    ])
    works = profile_of(data).work
    assert [(w.startDate, w.endDate, w.position) for w in works] == [("2022-07", "2024-02", "Software Engineer")]
    assert works[0].highlights == ("Introduced the vendor onboarding process", "Introduced risk and issue logs")


def test_a_side_columns_education_heading_between_a_jobs_bullets_does_not_end_the_work_history() -> None:
    data = dump_docx([
        "EXPERIENCE",
        "Program Manager",
        "Northwind Traders | Dec 2023 - Feb 2026",
        "• Planned the weekly status reports",
        "Education",
        "• Delivered the vendor onboarding process",
        "B.A. Economics",
        "Delivery Manager",
        "Contoso Bank | Jan 2020 - Aug 2023",
        "Riverton College",
        "• Coordinated budget tracking for three projects",
    ])
    assert [(w.startDate, w.position) for w in profile_of(data).work] == [("2023-12", "Program Manager"), ("2020-01", "Delivery Manager")]


def test_jobs_without_dates_above_an_education_with_study_years_stay_undated() -> None:
    # The work history ends on a title (its jobs carry no dates) and the study years below it are
    # a degree's, not a job's: "Education" ends the work history as usual.
    data = dump_docx([
        "Work experience",
        "Northwind Traders Junior tester Riverton",
        "Fabrikam Library",
        "Computer lab administrator",
        "Education:",
        "Lakeside Polytechnic University",
        "2011 - 2017 Faculty of Electrical Engineering, speciality: control systems",
        "Riverton State University",
        "Sep 2007 - Jun 2010 Faculty of Mathematics (incomplete)",
    ])
    assert [w.startDate for w in profile_of(data).work if w.startDate] == []


def test_a_side_columns_education_heading_above_the_next_jobs_title_does_not_end_the_work_history() -> None:
    data = dump_docx([
        "WORK EXPERIENCE",
        "Scrum Master at Northwind Traders, Riga, Latvia",
        "NOV 2022 to JUN 2026",
        "• Introduced budget tracking for three projects",
        "EDUCATION",
        "Data Analyst at Contoso Bank, Berlin, Germany",
        "B.A. Economics",
        "AUG 2021 to JUL 2022",
        "Lakeside University",
        "• Planned test automation for the payments API",
        "2001 - 2003",
    ])
    assert [(w.startDate, w.position) for w in profile_of(data).work] == [("2022-11", "Scrum Master"), ("2021-08", "Data Analyst")]


def test_an_education_heading_above_a_teaching_job_at_a_university_still_ends_the_work_history() -> None:
    data = dump_docx([
        "EXPERIENCE",
        "Project Manager, Northwind Traders",
        "Mar 2019 - Present",
        "• Ran the release calendar",
        "EDUCATION",
        "Teaching Assistant, Lakeside University",
        "Sep 2014 - Jun 2016",
        "MSc Computer Science",
    ])
    assert [(w.startDate, w.position) for w in profile_of(data).work] == [("2019-03", "Project Manager")]


def test_jobs_going_on_among_a_side_columns_studies_stay_in_the_work_history() -> None:
    # The side column's "Education" comes right after a job's dates, and the next jobs' titles,
    # employers and dates stand among its degree, school, study years and languages; the
    # skills among the first job's lines show the two columns.
    data = dump_docx([
        "WORK EXPERIENCE",
        "SQL",
        "Delivery Manager",
        "Git",
        "Northwind Traders, Riga, Latvia",
        "OCT 2023 to Present",
        "Education",
        "Program Manager Riverton State University",
        "Contoso Bank, Warsaw, Poland 2012 - 2014",
        "APR 2020 - AUG 2023",
        "Scrum Master LANGUAGES",
        "Fabrikam, Toronto, Canada German - A2",
        "APR 2017 - APR 2020 English - B2",
        "• Coached two delivery teams",
    ])
    assert [(w.startDate, w.endDate, w.position) for w in profile_of(data).work] == [
        ("2023-10", None, "Delivery Manager"),
        ("2020-04", "2023-08", "Program Manager"),
        ("2017-04", "2020-04", "Scrum Master"),
    ]


def test_a_certificates_name_wrapped_under_the_main_columns_education_is_no_job_title() -> None:
    # Skills among the jobs show a second column, but this "Education" is the main column's: the
    # degree's month dates below "Professional Scrum" (a certificate's name the side column
    # wrapped) are no job's.
    data = dump_docx([
        "PROFESSIONAL EXPERIENCE",
        "Git",
        "Dec 2023 - now Agile Project Manager",
        "Python Northwind Traders, Austin, TX",
        "Java",
        "Aug 2022 - Oct 2023 Junior Project Manager",
        "Contoso Bank, Berlin, Germany",
        "SQL",
        "EDUCATION AND TRAINING",
        "CERTIFICATIONS Master of Business Administration",
        "Northgate Technical University",
        "Professional Scrum",
        "Sep 2014 - Jun 2018",
        "Master I",
    ])
    assert [(w.startDate, w.position) for w in profile_of(data).work] == [("2023-12", "Agile Project Manager"), ("2022-08", "Junior Project Manager")]


def test_a_jobs_dates_below_a_side_columns_education_heading_its_header_above() -> None:
    # The job's title and employer stand above the side column's "Education", a skill between
    # them; its dates come straight below the heading, before the degree.
    data = dump_docx([
        "EMPLOYMENT HISTORY",
        "Trello",
        "QA Engineer",
        "SQL",
        "Quillby Ltd, Lisbon, Portugal",
        "EDUCATION",
        "Jul 2023 - Current",
        "B.Sc. in Computer Science",
        "Reported the vendor onboarding process Lakeside University",
        "2005 - 2009",
    ])
    assert [(w.startDate, w.position) for w in profile_of(data).work] == [("2023-07", "QA Engineer")]


def test_jobs_going_on_past_two_side_headings_their_dates_below_a_side_item() -> None:
    # "Contact" and "Languages" of the side column between the jobs; each job's dates come two
    # lines under its title, a language between them.
    data = dump_docx([
        "EMPLOYMENT HISTORY",
        "Support Engineer at Quillby Systems, Haifa, Israel",
        "January 2024 - Current",
        "Contact",
        "Introduced the vendor onboarding process",
        "+972 50 000 00 00",
        "someone@mail.test",
        "Languages",
        "Front End Developer at Harbor Works, Austin, TX",
        "German - A2",
        "January 2023 - September 2023",
        "English - B2",
        "Java Developer at Orbit Digital, Lisbon, Portugal",
        "February 2022 - November 2022",
    ])
    assert [(w.startDate, w.position) for w in profile_of(data).work] == [
        ("2024-01", "Support Engineer"),
        ("2023-01", "Front End Developer"),
        ("2022-02", "Java Developer"),
    ]


def test_a_side_columns_studies_between_a_jobs_title_and_its_dates_do_not_part_them() -> None:
    # Below the side column's "Education", the next job's title, employer and dates each stand a
    # study's line apart: four lines from title to dates, two of them the job's.
    data = dump_docx([
        "Work experience",
        "IT Project Manager",
        "Northwind Traders LLC, Berlin, Germany",
        "Jira",
        "FEB 2024 to JUL 2026",
        "Education",
        "Program Manager",
        "Diploma in Software Engineering",
        "Contoso Bank Group, Berlin, Germany",
        "Eastbrook College",
        "AUG 2019 to AUG 2021",
        "English (fluent)",
    ])
    assert [(w.startDate, w.position) for w in profile_of(data).work] == [("2024-02", "IT Project Manager"), ("2019-08", "Program Manager")]


def test_jobs_under_a_side_columns_education_straight_below_the_work_historys_heading() -> None:
    # The two columns' headings one after the other; the job's dates run into the study's years
    # ("2010 - 2014 Jan 2023 - Present": the range of years ends at 2014, not in January).
    data = dump_docx([
        "SUMMARY",
        "Runs agile teams for banks.",
        "Professional Experience",
        "Education",
        "Northwind Traders, Lisbon, Portugal",
        "B.Sc. in Computer Science",
        "Scrum Master",
        "Northfield Institute of Technology",
        "2010 - 2014 Jan 2023 - Present",
        "SKILLS",
        "Contoso Digital LLC, Lisbon, Portugal",
        "React",
        "Agile Project Manager",
        "Linux",
        "Figma Apr 2021 - Jan 2023",
    ])
    assert [(w.startDate, w.position) for w in profile_of(data).work] == [("2023-01", "Scrum Master"), ("2021-04", "Agile Project Manager")]


def test_a_job_header_ending_in_a_companys_initials_stays_a_title_line() -> None:
    # "..., Northwind Health S.A." ends with its company's form, not a sentence: the job's title
    # below the two columns' headings ("CAREER" then the side column's "EDUCATION").
    data = dump_docx([
        "CAREER",
        "EDUCATION",
        "Technical Project Manager, Northwind Health S.A.",
        "Bachelor of Economics",
        "05/2022 to 04/2025 | Riga, Latvia",
        "Northgate Technical University",
        "2002 - 2006",
        "Project Coordinator, Contoso Insurance Inc.",
        "01/2020 to 03/2022 | Lisbon, Portugal",
    ])
    assert [(w.startDate, w.position) for w in profile_of(data).work] == [("2022-05", "Technical Project Manager"), ("2020-01", "Project Coordinator")]


def test_a_studys_month_dates_under_its_school_among_the_jobs_are_no_job() -> None:
    # The side column's second degree lands between two jobs, its months below its school; the
    # job above already has its dates, so none waits for these.
    data = dump_docx([
        "CAREER",
        "EDUCATION",
        "Technical Project Manager, Northwind Health",
        "Bachelor of Economics",
        "05/2022 to 04/2025 | Riga, Latvia",
        "Northgate Technical University",
        "2002 - 2006",
        "Project Coordinator, Contoso Insurance",
        "Bachelor of Economics 01/2020 to 03/2022 | Lisbon, Portugal",
        "Valdora Polytechnic",
        "• Moved 40 servers to a public cloud",
        "Sep 1998 - Jun 2002",
        "• Cut the regression cycle to one day",
    ])
    assert [(w.startDate, w.position) for w in profile_of(data).work] == [("2022-05", "Technical Project Manager"), ("2020-01", "Project Coordinator")]


def test_jobs_whose_lines_have_a_study_run_into_their_end_go_on_past_the_side_headings() -> None:
    # The side column's degree and school at the height of a job's line, run into its end.
    data = dump_docx([
        "SKILLS",
        "EXPERIENCE",
        "System Administrator Kubernetes",
        "Northwind Traders Inc. | Aug 2023 - present Kanban",
        "Languages",
        "German - A2",
        "Java Developer",
        "EDUCATION",
        "Contoso Labs LLC | Mar 2021 - Jun 2023 M.Sc. Information Systems",
        "CONTACT",
        "Python Developer",
        "+972 50 000 00 00",
        "Fabrikam Cloud | May 2018 - Mar 2021",
        "someone@mail.test",
    ])
    assert [(w.startDate, w.position) for w in profile_of(data).work] == [
        ("2023-08", "System Administrator"),
        ("2021-03", "Java Developer"),
        ("2018-05", "Python Developer"),
    ]


def test_a_study_run_into_the_end_of_a_job_line_is_looked_past_only_after_month_dates() -> None:
    from profilecheck.structure.sections import _without_study_at_end

    assert _without_study_at_end("Contoso LLC | Mar 2021 - Jun 2023 M.Sc. Information Systems") == "Contoso LLC | Mar 2021 - Jun 2023"
    assert _without_study_at_end("B.Sc. Computer Science | Sep 2015 - Jun 2019") == "B.Sc. Computer Science | Sep 2015 - Jun 2019"
    assert _without_study_at_end("Contoso LLC 2019 - 2021 Lakeside University") == "Contoso LLC 2019 - 2021 Lakeside University"


def test_dated_assistant_posts_in_a_one_column_education_are_no_jobs() -> None:
    # One column: the work history ends at "Education", whose two dated posts with a title's
    # word are part of the studies; no side column's line stands among the jobs.
    data = paragraphs_docx([
        "Work Experience",
        "Support Engineer, Quillby Ltd",
        "Mar 2022 - Present",
        "Education",
        "B.Sc. in Computer Science",
        "Northfield University",
        "Sep 2017 - Jun 2021",
        "Teaching Assistant",
        "Oct 2019 - Jun 2021",
        "Research Assistant",
        "Oct 2018 - Sep 2019",
        "Skills",
        "Jira, SQL",
    ])
    assert [(w.startDate, w.position) for w in profile_of(data).work] == [("2022-03", "Support Engineer")]


def test_scrum_master_names_no_masters_degree() -> None:
    from profilecheck.structure.education import names_a_study

    assert not names_a_study("Scrum Master, Northwind Traders")
    assert names_a_study("Master of Science, Lakeside")
    assert names_a_study("Scrum Master, Master of Science")
    assert names_a_study("Certified Scrum Master, Scrum Alliance")  # a certificate's name


def test_a_side_columns_studies_begun_above_the_work_history_are_no_job() -> None:
    # The side column's "Education" starts above the work history's heading and its school and
    # study years go on below it, the years run into the first employer's line.
    data = dump_docx([
        "BUSINESS ANALYST",
        "EDUCATION",
        "B.Sc. in Computer Science",
        "Work experience",
        "Northfield Institute of Technology",
        "Quillby GmbH, Austin, TX 2012 - 2016",
        "Business Analyst",
        "SKILLS",
        "Dec 2023 - present",
        "Jira",
        "Harbor Analytics, Berlin, Germany",
        "Data Analyst",
        "Jan 2020 to Aug 2023",
    ])
    assert [(w.startDate, w.position) for w in profile_of(data).work] == [("2023-12", "Business Analyst"), ("2020-01", "Data Analyst")]


def test_a_side_columns_studies_beside_the_work_historys_heading_are_no_job() -> None:
    data = dump_docx([
        "EDUCATION Professional Experience",
        "Lakeside University",
        "Program Manager",
        "2013 - 2017 Quillby GmbH, Riga | Oct 2025 - now",
        "• Ran the vendor onboarding",
    ])
    assert [(w.startDate, w.position, w.name) for w in profile_of(data).work] == [("2025-10", "Program Manager", "Quillby GmbH")]


def test_a_degree_run_into_the_first_jobs_title_below_two_columns_headings() -> None:
    # "EDUCATION  Professional Experience": the degree and the job's title at one height, the
    # school and the study years beside the employer and the job's dates.
    data = dump_docx([
        "EDUCATION Professional Experience",
        "M.Sc. Information Systems Agile Project Manager",
        "Eastbrook College Northwind Traders, Warsaw, Poland",
        "2013 - 2017 Oct 2025 - now",
        "Project Manager",
        "Contoso Bank Group, Lisbon, Portugal",
        "Nov 2021 - Aug 2025",
    ])
    assert [(w.startDate, w.position) for w in profile_of(data).work] == [("2025-10", "Agile Project Manager"), ("2021-11", "Project Manager")]


def test_a_known_title_after_a_degree_is_split_from_it_only_whole() -> None:
    from profilecheck.structure.side_column import _degree_before_title

    text = "M.Sc. Information Systems Agile Project Manager"
    assert text[_degree_before_title(text):] == "Agile Project Manager"  # not "Project Manager"
    assert _degree_before_title("MBA Marketing Strategy") is None  # no title after the degree


def test_jobs_dated_by_years_below_a_one_column_education_keep_their_years() -> None:
    # One column, education first: it ends above the work history, whose years are the jobs'.
    data = paragraphs_docx([
        "EDUCATION",
        "B.Sc. in Computer Science",
        "Lakeside University",
        "2008 - 2012",
        "EXPERIENCE",
        "Project Manager, Northwind Traders",
        "2016 - 2019",
        "Business Analyst, Contoso Bank",
        "2012 - 2016",
    ])
    assert [(w.startDate, w.endDate, w.position) for w in profile_of(data).work] == [
        ("2016", "2019", "Project Manager"),
        ("2012", "2016", "Business Analyst"),
    ]


def test_an_education_heading_run_into_the_end_of_a_duty_line_begins_its_studies() -> None:
    data = dump_docx([
        "WORK EXPERIENCE",
        "Software Engineer",
        "Quillby Ltd, Haifa, Israel LANGUAGES",
        "SEP 2022 - MAY 2025",
        "Hebrew - native",
        "Introduced sprint planning and daily stand-ups EDUCATION",
        "Harbor Group, Riga, Latvia",
        "MBA",
        "Project Manager",
        "Riverton State University",
        "MAY 2021 - JUL 2022",
        "2001 - 2003",
        "Delivered risk and issue logs in Jira",
    ])
    assert [(w.startDate, w.position, w.name) for w in profile_of(data).work] == [
        ("2022-09", "Software Engineer", "Quillby Ltd"),
        ("2021-05", "Project Manager", "Harbor Group"),
    ]


def test_a_name_in_capitals_ending_in_education_is_no_heading() -> None:
    data = dump_docx([
        "WORK EXPERIENCE",
        "Project Manager, Northwind Traders",
        "2019 - 2022",
        "Rolled out the new school portal for the MINISTRY OF EDUCATION",
        "Business Analyst, Contoso Bank",
        "2015 - 2018",
    ])
    works = profile_of(data).work
    assert [(w.startDate, w.endDate, w.position) for w in works] == [("2019", "2022", "Project Manager"), ("2015", "2018", "Business Analyst")]
    assert works[0].summary == "Rolled out the new school portal for the MINISTRY OF EDUCATION"


def test_a_skill_run_into_a_title_line_is_no_part_of_the_title() -> None:
    # "Work experience  Kubernetes": the skills column runs beside the jobs from the heading on
    data = dump_docx([
        "Work experience Kubernetes",
        "IT Project Manager SQL",
        "Northwind Traders LLC, Berlin, Germany",
        "Jira",
        "FEB 2024 to JUL 2026",
        "• Migrated the weekly status reports",
        "Docker Full Stack Developer at Contoso Bank, Austin, TX",
        "11/2020 - 01/2024",
    ])
    assert [(w.startDate, w.position) for w in profile_of(data).work] == [("2024-02", "IT Project Manager"), ("2020-11", "Full Stack Developer")]


def test_contact_items_run_into_job_lines_below_a_contact_column() -> None:
    data = dump_docx([
        "Contact",
        "+972 50 000 00 00",
        "Work experience",
        "someone@mail.test Front End Developer at Northwind Traders GmbH, Riga, Latvia",
        "Riga, Latvia 10/2025 - Current",
        "• Coordinated the risk and issue logs",
        "Software Engineer at Contoso Bank, Austin, TX",
        "07/2020 - 09/2025",
    ])
    assert [(w.startDate, w.position) for w in profile_of(data).work] == [("2025-10", "Front End Developer"), ("2020-07", "Software Engineer")]


def test_a_skill_run_into_a_date_line_is_no_employer() -> None:
    data = dump_docx([
        "EXPERIENCE SKILLS",
        "Northwind Traders, Remote Developer Unity3D",
        "APRIL 2020 - PRESENT C#",
        "• Built the billing pages",
    ])
    works = profile_of(data).work
    assert [w.startDate for w in works] == ["2020-04"]
    assert all(w.name != "C#" for w in works)


def test_a_platform_before_a_title_stays_in_the_title_beside_a_skills_column() -> None:
    data = dump_docx([
        "EXPERIENCE SKILLS",
        "SAP Project Manager",
        "Jira",
        "Northwind Traders | Jan 2021 - Present",
        "Python Developer",
        "Confluence",
        "Contoso Bank | Mar 2017 - Dec 2020",
    ])
    assert [w.position for w in profile_of(data).work] == ["SAP Project Manager", "Python Developer"]


def test_a_language_with_its_level_run_into_a_title_line_is_no_part_of_the_title() -> None:
    data = dump_docx([
        "EXPERIENCE SKILLS",
        "Senior Project Manager English - B2",
        "Northwind Traders | Jan 2021 - Present",
        "Jira",
        "Business Analyst",
        "Contoso Bank | Mar 2017 - Dec 2020",
    ])
    assert [w.position for w in profile_of(data).work] == ["Senior Project Manager", "Business Analyst"]


def test_an_employer_named_like_a_tool_after_the_dates_stays_beside_a_skills_list() -> None:
    # One column: a skills list straight above the work history, and a job's line that ends
    # with its employer, which shares its name with a tool of the lexicon.
    data = dump_docx([
        "SKILLS",
        "Jira",
        "Confluence",
        "EXPERIENCE",
        "Project Manager",
        "Jan 2019 - Present Oracle",
        "• Ran the release calendar",
    ])
    works = profile_of(data).work
    assert [(w.startDate, w.position, w.name) for w in works] == [("2019-01", "Project Manager", "Oracle")]


def test_an_education_heading_above_a_duty_that_lost_its_bullet_does_not_end_the_work_history() -> None:
    # The dump dropped every character beyond ASCII, the bullets with them.
    data = dump_docx([
        "EMPLOYMENT HISTORY",
        "Northwind Traders, Berlin, Germany",
        "Business Analyst",
        "Mar 2025 to present",
        " Reported the weekly status to the steering group",
        "Education",
        " Planned the migration of 40 servers to the cloud",
        "Diploma in Software Engineering",
        "Contoso Bank, Haifa, Israel",
        "Lakeside Institute of Technology",
        "Software Engineer",
        "Dec 2022  Nov 2024",
    ])
    assert [(w.startDate, w.position) for w in profile_of(data).work] == [("2025-03", "Business Analyst"), ("2022-12", "Software Engineer")]


def test_study_years_run_into_a_jobs_lines_below_a_side_columns_education_heading() -> None:
    data = dump_docx([
        "Work experience",
        "Northwind Traders, Toronto, Canada",
        "IT Program Manager",
        "Education",
        "August 2024 - October 2025",
        "MBA",
        "• Reported the migration of 40 servers to the cloud",
        "Riverton State University",
        "2014 - 2019 • Led the risk and issue logs",
        "Contoso Bank, Austin, TX 2009 - 2013",
        "Java Developer",
        "September 2023 - April 2024",
    ])
    assert [(w.startDate, w.position) for w in profile_of(data).work] == [("2024-08", "IT Program Manager"), ("2023-09", "Java Developer")]


def test_a_side_heading_run_into_the_start_of_a_jobs_line_is_no_part_of_it() -> None:
    data = dump_docx([
        "Work experience",
        "LANGUAGES Front End Developer",
        "Hebrew - native",
        "Northwind Traders GmbH, Tel Aviv, Israel",
        "September 2024 to present",
        "SKILLS Backend Developer",
        "Kanban",
        "Contoso Bank, Haifa, Israel",
        "JAN 2020 - AUG 2024",
    ])
    works = profile_of(data).work
    assert [(w.startDate, w.position) for w in works] == [("2024-09", "Front End Developer"), ("2020-01", "Backend Developer")]


def test_a_title_that_opens_with_a_side_headings_word_keeps_it() -> None:
    data = dump_docx([
        "EXPERIENCE",
        "Contact Center Manager",
        "Northwind Traders | Jan 2021 - Present",
        "SKILLS",
        "Jira",
        "Languages Program Coordinator",
        "Contoso Bank | Mar 2017 - Dec 2020",
    ])
    assert [w.position for w in profile_of(data).work][0] == "Contact Center Manager"


def test_an_experience_heading_with_a_method_run_into_it_starts_the_work_history() -> None:
    data = dump_docx([
        "SKILLS",
        "Professional Experience Scrum",
        "Northwind Traders Ltd, Warsaw, Poland Docker",
        "Technical Project Manager SQL",
        "DEC 2023 - DEC 2026 Git",
        "• Automated the budget tracking",
        "Contoso Bank GmbH, Austin, TX",
        "Java Developer",
        "NOV 2022 - DEC 2023",
    ])
    assert [(w.startDate, w.position) for w in profile_of(data).work] == [("2023-12", "Technical Project Manager"), ("2022-11", "Java Developer")]


def test_a_tool_after_the_dates_of_a_line_that_names_its_employer_is_no_title() -> None:
    data = dump_docx([
        "EXPERIENCE",
        "TECHNICAL SKILLS",
        "Project Coordinator Jira",
        "Northwind Traders Ltd | MAR 2025 - present Scrum",
        "• Built a customer portal",
        "Junior Project Manager",
        "Contoso Bank LLC | JUN 2022 - FEB 2025",
    ])
    assert [(w.startDate, w.position) for w in profile_of(data).work] == [("2025-03", "Project Coordinator"), ("2022-06", "Junior Project Manager")]


def test_an_education_heading_between_two_whole_job_lines_does_not_end_the_work_history() -> None:
    data = dump_docx([
        "EMPLOYMENT HISTORY",
        "February 2023 to April 2026: Project Coordinator, Northwind Traders (Berlin, Germany)",
        "Education",
        "March 2021 - February 2023: System Administrator, Contoso Bank (Riga, Latvia)",
        "Diploma in Software Engineering",
        "• Tracked the sprint planning",
        "Lakeside Institute of Technology",
    ])
    assert [(w.startDate, w.position) for w in profile_of(data).work] == [("2023-02", "Project Coordinator"), ("2021-03", "System Administrator")]


def test_a_dated_degree_below_the_last_job_line_is_education() -> None:
    data = dump_docx([
        "EMPLOYMENT HISTORY",
        "February 2023 to April 2026: Project Coordinator, Northwind Traders (Berlin, Germany)",
        "Education",
        "September 2017 - June 2021: BSc Computer Science, Lakeside University",
    ])
    assert [w.startDate for w in profile_of(data).work] == ["2023-02"]


def test_a_side_heading_in_title_case_run_into_an_employers_line_is_no_part_of_it() -> None:
    data = dump_docx([
        "EXPERIENCE",
        "IT Program Manager",
        "Skills Northwind Traders, Haifa, Israel",
        "Kanban",
        "JAN 2026 - now",
        "Technical Project Manager",
        "Contoso Bank, Toronto, Canada",
        "FEB 2022 - OCT 2025",
    ])
    works = profile_of(data).work
    assert [(w.startDate, w.position) for w in works] == [("2026-01", "IT Program Manager"), ("2022-02", "Technical Project Manager")]
    assert "Skills" not in (works[0].name or "") + str(works[0].location or "")


def test_an_education_heading_straight_below_the_experience_heading_begins_a_side_column() -> None:
    data = dump_docx([
        "Professional Experience",
        "EDUCATION",
        "Data Analyst",
        "B.A. Economics",
        "Northwind Traders Inc. | 07/2023 - now",
        "Eastbrook College",
        "Program Manager",
        "2003 - 2008",
        "Contoso Bank | 06/2021 to 07/2023",
    ])
    assert [(w.startDate, w.position) for w in profile_of(data).work] == [("2023-07", "Data Analyst"), ("2021-06", "Program Manager")]


def test_an_empty_experience_heading_above_education_leaves_the_degree_a_degree() -> None:
    data = dump_docx([
        "Professional Experience",
        "EDUCATION",
        "BSc Computer Science",
        "Lakeside University",
        "Sep 2015 - Jun 2019",
    ])
    assert [w.startDate for w in profile_of(data).work] == []
    assert profile_of(data).education


def test_a_side_columns_education_run_into_the_lines_of_a_job() -> None:
    data = dump_docx([
        "EMPLOYMENT HISTORY",
        "Team Lead at Northwind Traders Inc., Tel Aviv, Israel",
        "Aug 2022 - Nov 2024",
        "• Coordinated the risk and issue logs",
        "Education • Planned the weekly status reports",
        "Diploma in Software Engineering • Migrated the risk logs",
        "Eastbrook College System Administrator at Contoso Bank Inc., Warsaw, Poland",
        "2013 - 2016 Oct 2018 to Aug 2022",
        "• Led the budget tracking",
    ])
    assert [(w.startDate, w.position) for w in profile_of(data).work] == [("2022-08", "Team Lead"), ("2018-10", "System Administrator")]


def test_a_skills_heading_then_a_side_columns_education_heading_inside_the_jobs() -> None:
    data = dump_docx([
        "EMPLOYMENT HISTORY",
        "Northwind Traders GmbH, Lisbon, Portugal",
        "Project Coordinator",
        "April 2024 - now",
        "Skills",
        "• Migrated the budget tracking",
        "SQL",
        "• Delivered a data centre move",
        "Contoso Bank Group, Toronto, Canada",
        "EDUCATION",
        "Senior Project Manager",
        "Diploma in Software Engineering",
        "July 2023 - January 2024",
        "Lakeside Institute of Technology",
    ])
    assert [(w.startDate, w.position) for w in profile_of(data).work] == [("2024-04", "Project Coordinator"), ("2023-07", "Senior Project Manager")]


def test_an_education_heading_between_a_duty_and_a_whole_job_line_does_not_end_the_work_history() -> None:
    data = dump_docx([
        "EXPERIENCE",
        "May 2024 - now: IT Project Manager, Northwind Traders (Austin, TX)",
        "• Introduced a billing platform release with 9 engineers",
        "EDUCATION",
        "Dec 2021 to Jan 2024: Front End Developer, Contoso Bank Inc. (Berlin, Germany)",
        "B.A. Economics",
        "• Led the risk and issue logs",
    ])
    assert [(w.startDate, w.position) for w in profile_of(data).work] == [("2024-05", "IT Project Manager"), ("2021-12", "Front End Developer")]


def test_an_end_year_wrapped_out_of_a_narrow_dates_cell_goes_back_to_its_month() -> None:
    data = dump_docx([
        "EXPERIENCE",
        "July 2026 to November 2026 Business Analyst",
        "Northwind Traders",
        "February 2023 to February Database Administrator",
        "2026: Northwind Traders",
        "• Built the audit dashboards",
        "August 2019 to April 2022 QA Analyst",
        "Contoso Bank",
    ])
    assert [(w.startDate, w.endDate, w.position) for w in profile_of(data).work] == [
        ("2026-07", "2026-11", "Business Analyst"), ("2023-02", "2026-02", "Database Administrator"), ("2019-08", "2022-04", "QA Analyst"),
    ]


def test_an_end_year_wrapped_below_a_right_hand_dates_column() -> None:
    data = dump_docx([
        "EMPLOYMENT",
        "Project Lead December 2021 – January",
        "Northwind Insurance Group 2024",
        "• Ran the vendor reviews",
        "Project Coordinator June 2019 – April 2021",
        "Contoso Labs",
    ])
    works = profile_of(data).work
    assert [(w.startDate, w.endDate, w.position) for w in works] == [("2021-12", "2024-01", "Project Lead"), ("2019-06", "2021-04", "Project Coordinator")]
    assert works[0].name == "Northwind Insurance Group"


def test_a_title_below_an_employers_date_line_stays_with_that_job_when_the_next_has_its_own() -> None:
    data = dump_docx([
        "EXPERIENCE",
        "Northwind Systems Inc., Austin, TX 04/2016 to 04/2020",
        "Database Administrator",
        "• Wrote the test plan",
        "Northwind Systems Inc., Portland, OR 12/2011 to 10/2015",
        "IT Support Specialist",
        "Business Analyst 10/2009 to 02/2011",
        "Contoso Labs",
    ])
    works = profile_of(data).work
    assert [(w.startDate, w.position) for w in works] == [
        ("2016-04", "Database Administrator"), ("2011-12", "IT Support Specialist"), ("2009-10", "Business Analyst"),
    ]


def test_side_items_across_a_tab_in_pasted_text_leave_the_jobs() -> None:
    # Text pasted from a two-column page: a tab between the columns' lines at one height.
    text = "\n".join([
        "BACKEND DEVELOPER",
        "LANGUAGES",
        "Hebrew - native\tEXPERIENCE",
        "French - C1\tBackend Developer",
        "Northwind Soft | November 2024 to now",
        "SKILLS & EXPERTISE",
        "Scrum\tJava Developer",
        "Figma",
        "Contoso Networks Group | September 2021 - November 2024",
    ])
    report = profilecheck.analyze_bytes(text.encode(), Options(as_of=date(2026, 11, 30)), "resume.txt")
    assert [(w.startDate, w.position) for w in report.profile.work] == [("2024-11", "Backend Developer"), ("2021-09", "Java Developer")]


def test_a_developers_title_keeps_the_technology_named_after_it() -> None:
    data = dump_docx([
        "EXPERIENCE SKILLS",
        "Northwind,Remote Developer Unity3D",
        "APRIL 2020 - PRESENT",
        "• Ported the games to the web",
        "Project Manager SQL",
        "Contoso | JULY 2018 - APRIL 2020",
    ])
    titles = [w.position for w in profile_of(data).work]
    assert titles[0].endswith("Developer Unity3D") and titles[1] == "Project Manager"


def test_education_after_a_title_below_its_own_dates_ends_the_work_history() -> None:
    # Dates first on every job: the last line above "Education" is a whole job's title, no
    # dangling one, and the dated degrees below are studies.
    data = dump_docx([
        "EMPLOYMENT HISTORY",
        "September 2021 – present",
        "Senior Program Manager, Northwind Traders",
        "September 2015 – February 2017",
        "Agile Project Manager, Contoso Freight, Bengaluru",
        "EDUCATION & QUALIFICATIONS",
        "MSc Information Systems, Lakeside Polytechnic",
        "September 1999 – June 2002",
        "Master of Project Management, Riverton Institute of Technology",
        "October 1996 – June 2000",
    ])
    assert [w.startDate for w in profile_of(data).work] == ["2021-09", "2015-09"]


def test_education_after_a_skills_list_inside_the_jobs_ends_the_work_history() -> None:
    # "Scrum | Jira" closes a skills list: "scrum" opens titles, but this line is no job's title.
    data = dump_docx([
        "EMPLOYMENT HISTORY",
        "Project Coordinator, Northwind Traders",
        "Feb 2013 – Jul 2014",
        "SKILLS",
        "Waterfall | Risk management",
        "Scrum | Jira",
        "EDUCATION & QUALIFICATIONS",
        "BEng Software Engineering, University of Eastmoor",
        "Oct 2003 to Jul 2006",
    ])
    assert [w.startDate for w in profile_of(data).work] == ["2013-02"]


def test_a_side_item_and_a_tab_before_the_experience_heading_name_the_side_section() -> None:
    # "English - fluent<TAB>EXPERIENCE": the tab (read as " | ") must not hide the languages column
    data = dump_docx([
        "English - fluent\tEXPERIENCE",
        "Project Manager",
        "Hebrew - native",
        "Northwind Traders GmbH",
        "Russian - basic",
        "10/2025 - Current",
        "• Coordinated the risk and issue logs",
        "Software Engineer",
        "Contoso Bank",
        "07/2020 - 09/2025",
    ])
    assert [(w.startDate, w.position) for w in profile_of(data).work] == [("2025-10", "Project Manager"), ("2020-07", "Software Engineer")]


def test_a_grid_of_jobs_whose_dates_stand_in_the_last_cell() -> None:
    """One table for the whole history: employer | title and duties | dates.  Each row's dates
    belong to its own job, not to the job of the next row."""
    import io

    import docx as python_docx

    document = python_docx.Document()
    document.add_paragraph("Work Experience")
    table = document.add_table(rows=0, cols=3)
    for employer, title, dates in (("Northwind Freight, Leeds", "Delivery Manager", "Mar 2021 – Present"),
                                   ("Harborline Bank, York", "Project Manager", "Jan 2017 – Feb 2021"),
                                   ("Tallis Systems, Hull", "Business Analyst", "Jun 2014 – Dec 2016")):
        cells = table.add_row().cells
        cells[0].text = employer
        cells[1].text = title
        cells[1].add_paragraph("• Ran the weekly steering review for the sponsors.")
        cells[1].add_paragraph("• Kept the RAID log and the release calendar.")
        cells[2].text = dates
    buffer = io.BytesIO()
    document.save(buffer)
    works = profile_of(buffer.getvalue()).work
    assert [(w.position, w.name, w.startDate) for w in works] == [
        ("Delivery Manager", "Northwind Freight", "2021-03"),
        ("Project Manager", "Harborline Bank", "2017-01"),
        ("Business Analyst", "Tallis Systems", "2014-06"),
    ]


def test_the_newest_job_given_its_year_and_a_dash_runs_to_the_present() -> None:
    data = dump_docx([
        "EXPERIENCE",
        "2022 - Northwind Labs. Senior Cloud Engineer. Storage platform project.",
        "Moved the billing service to queues.",
        "2019 2022 Contoso. Junior web developer. Three projects for travel agencies.",
    ])
    assert [(start, end) for start, end, _ in roles(data)] == [("2022", None), ("2019", "2022")]
