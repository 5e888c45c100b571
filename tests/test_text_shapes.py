"""Plain-text resumes in the shapes text arrives in: one invented resume written out as a tool or a
paste leaves it, read back to the same jobs.

- as typed (the reference);
- `pdftotext -layout` of a two-column page: a skills column beside the work history, both on each
  line, page breaks as form feeds, "Page N of M" footers;
- flattened: a web page's text with its line breaks turned into runs of blanks, one line for the
  whole resume ("Project Manager   Mar 2019   to   Current   Company Name － City , State");
- pasted from a Word file made from a PDF, whose dashes between years were lost ("2016  2019").
"""
from __future__ import annotations

from datetime import date

import pytest

import profilecheck
from profilecheck.options import Options
from profilecheck.readers import read_bytes
from profilecheck.readers.text import layout_columns, unflatten

AS_OF = date(2026, 11, 30)

JOBS = [
    ("Senior Project Manager", "Quillfeather Freight", "Mar 2019", "Current", "2019-03", None),
    ("Project Coordinator", "Brackwater Utilities", "Jun 2015", "Feb 2019", "2015-06", "2019-02"),
    ("IT Support Analyst", "Tallowmere Clinics", "Jan 2012", "May 2015", "2012-01", "2015-05"),
]
BULLETS = [
    "Ran the planning and the weekly status reports of four delivery teams with Jira and MS Project.",
    "Kept the risk register and the change log for the steering group.",
    "Moved the release calendar to a two-week Scrum cadence.",
]
SKILLS = ["Scrum", "Jira", "MS Project", "Budgeting", "Risk management", "Vendor contracts", "Confluence"]


def expected_roles():
    return [(title, start, end) for title, _, _, _, start, end in JOBS]


def roles(text: str):
    report = profilecheck.analyze_text(text, Options(as_of=AS_OF))
    return report, [(work.position, work.startDate, work.endDate) for work in report.profile.work]


def typed() -> str:
    out = ["Odile Brancaster", "odile.brancaster@example.com", "", "Summary",
           "Project manager with ten years in logistics and utilities IT.", "", "Experience"]
    for title, employer, start, end, _, _ in JOBS:
        out += [f"{title}  {start} to {end}", f"{employer}, Riverton", *[f"• {b}" for b in BULLETS], ""]
    out += ["Skills", ", ".join(SKILLS)]
    return "\n".join(out) + "\n"


def test_typed_reference():
    report, found = roles(typed())
    assert found == expected_roles()
    assert report.facts.is_project_manager


# ---------------------------------------------------------------- pdftotext -layout, two columns


def two_columns() -> str:
    """The work history on the left, a skills column on the right, as `pdftotext -layout` writes a
    two-column page: each line holds both columns, padded with blanks; the work history goes on
    over a page break (a form feed), the skills column ends on page 1."""
    left = ["Odile Brancaster", "odile.brancaster@example.com", "", "Experience"]
    for title, employer, start, end, _, _ in JOBS:
        left += [f"{title}", f"{employer}, Riverton      {start} - {end}", *[f"• {b[:60]}" for b in BULLETS], ""]
    right = ["", "", "", "Skills", *SKILLS, "", "Languages", "English"]
    width = 78
    rows = [f"{l:<{width}}   {r}".rstrip() if r else l for l, r in zip(left, right + [""] * (len(left) - len(right)))]
    page_one, page_two = rows[:14], rows[14:]
    return "\n".join(page_one + ["", "                                        Page 1 of 2", "\f"]) + "\n".join(
        page_two + ["", "                                        Page 2 of 2"]) + "\n"


def test_layout_columns_are_read_one_after_the_other():
    text = two_columns()
    assert "Project Coordinator" in text and "\f" in text
    lines = layout_columns(text)
    assert lines is not None
    texts = [line.text for line in lines]
    # the skills column is read as its own lines, not run into the job lines beside it
    assert "Scrum" in texts and "Risk management" in texts
    assert not any("Page 1 of 2" in t for t in texts)
    assert all(not (t.startswith("•") and t.endswith(tuple(SKILLS))) for t in texts)
    _, found = roles(text)
    assert found == expected_roles()


def test_layout_text_without_columns_reads_as_before():
    # right-aligned dates beside each title are not a column of their own
    text = "\n".join(
        [f"{title:<50}{start} - {end}" for title, _, start, end, _, _ in JOBS]
        + ["Led the programme and kept its plans." for _ in range(3)]
    )
    assert layout_columns(text) is None
    assert layout_columns(typed()) is None


# ---------------------------------------------------------------- flattened to one line


def flattened() -> str:
    parts = ["Odile Brancaster", "Summary", "Project manager with ten years in logistics and utilities IT.", "Experience"]
    for title, _, start, end, _, _ in JOBS:
        # the web page's fields come apart with blanks, the dates' "to" and the place's comma too
        parts += [title, f"{start}   to   {end}", "Company Name   －   City  ,   State", *BULLETS]
    parts += ["Skills", *SKILLS]
    return "         " + parts[0].upper() + "\n\n" + "      ".join(parts)


def test_flattened_text_is_cut_back_into_lines():
    text = flattened()
    assert text.count("\n") == 2
    lines = unflatten(text.splitlines())
    # the job's fields back on one line: the title, the dates with their "to", the employer with
    # the dash and the place's comma
    assert "Senior Project Manager  Mar 2019 to Current  Company Name － City , State" in lines
    assert "Experience" in lines and BULLETS[1] in lines
    report, found = roles(text)
    assert found == expected_roles()
    assert {work.name for work in report.profile.work} == {"Company Name"}
    assert report.facts.years_of_experience == pytest.approx(14.9, abs=0.2)


def test_ordinary_long_lines_are_not_cut():
    paragraph = "A long paragraph typed on one line.  Two blanks after a full stop are common. " * 10
    assert unflatten([paragraph]) == [paragraph]
    assert unflatten(["short  line   with    gaps"]) == ["short  line   with    gaps"]


# ---------------------------------------------------------------- pasted from a converted Word file


def test_dashes_lost_in_a_paste_are_put_back():
    text = "\n".join([
        "Odile Brancaster", "Experience",
        "2019  2026  Senior Project Manager @ Quillfeather Freight",
        "• Ran the planning of four delivery teams.",
        "2015  Project Coordinator @ Brackwater Utilities",
        "Utilities IT / 2015  2019",
        "• Kept the risk register.",
    ])
    document = read_bytes(text.encode(), None, Options())
    texts = [line.text for line in document.lines]
    assert "2019 – 2026 Senior Project Manager @ Quillfeather Freight" in texts
    assert "Utilities IT / 2015 – 2019" in texts
    _, found = roles(text)
    assert [(title, start) for title, start, _ in found] == [("Senior Project Manager", "2019"), ("Project Coordinator", "2015")]


@pytest.mark.parametrize("anonymised", [True, False], ids=["placeholders", "named"])
def test_title_dates_employer_one_under_another(anonymised):
    # each field on a line of its own, the employer and place below the dates
    out = ["Odile Brancaster", "Experience"]
    for title, employer, start, end, _, _ in JOBS:
        below = "Company Name - City , State" if anonymised else f"{employer} - Riverton, Utopia"
        out += [title, f"{start} to {end}", below, *BULLETS]
    report, found = roles("\n".join(out))
    assert found == expected_roles()
    if not anonymised:
        assert [work.name for work in report.profile.work] == [employer for _, employer, *_ in JOBS]


def test_tab_aligned_fields_and_wingdings_bullets():
    # typed with tabs to line the fields up, bullets from a Word list pasted as "§"; CRLF line ends
    out = ["Odile Brancaster", "Experience"]
    for title, employer, start, end, _, _ in JOBS:
        out += [f"{employer}\tLeeds, UK", f"{title}\t\t{start} – {end}", *[f"§\t{b}" for b in BULLETS]]
    report, found = roles("\r\n".join(out))
    assert found == expected_roles()
    for work, (_, employer, *_) in zip(report.profile.work, JOBS):
        assert (work.name, work.location) == (employer, "Leeds, UK")
        assert work.highlights == tuple(BULLETS)


HEADING_STYLES = {
    "upper-colon": lambda h: h.upper() + ":",
    "equals": lambda h: f"=== {h.upper()} ===",
    "underlined": lambda h: f"{h.upper()}\n" + "-" * len(h),
    "letter-spaced": lambda h: " ".join(h.upper()),
    "numbered": lambda h: f"{ {'Summary': 1, 'Experience': 2, 'Skills': 3}[h]}. {h}",
    "roman": lambda h: f"{ {'Summary': 'I', 'Experience': 'II', 'Skills': 'III'}[h]}. {h.upper()}",
}


@pytest.mark.parametrize("style", sorted(HEADING_STYLES))
def test_heading_styles_of_typed_text(style):
    heading = HEADING_STYLES[style]
    out = ["Odile Brancaster", "", heading("Summary"), "Project manager in logistics IT.", "", heading("Experience")]
    for title, employer, start, end, _, _ in JOBS:
        out += [f"{title}, {employer}", f"{start} - {end}", *[f"- {b}" for b in BULLETS], ""]
    out += [heading("Skills"), ", ".join(SKILLS)]
    report, found = roles("\n".join(out))
    assert found == expected_roles()
    assert [s.name for s in report.profile.sections] == ["header", "summary", "experience", "skills"]


def test_page_number_between_a_title_and_its_dates():
    # a PDF's text without -layout: pages parted by form feeds, the page number at the foot
    out = ["Odile Brancaster", "Experience"]
    for number, (title, employer, start, end, _, _) in enumerate(JOBS):
        out += [f"{title}, {employer}"]
        if number == 1:
            out += ["", "Page 1 of 2", "\f", "- 2 -", ""]
        out += [f"{start} - {end}", *[f"• {b}" for b in BULLETS]]
    report, found = roles("\n".join(out))
    assert found == expected_roles()
    assert "Page 1 of 2" not in report.profile.text and "- 2 -" not in report.profile.text


def test_flattened_text_cut_in_its_short_lines_too():
    # the few line breaks a flattened page keeps fall anywhere; the short pieces between them are
    # cut at their blanks as well
    text = flattened() + "\n\nEducation      Bachelor of Science : Logistics   2010   Company Name   City , State\n"
    lines = unflatten(text.splitlines())
    assert "Education" in lines
    report = profilecheck.analyze_text(text, Options(as_of=AS_OF))
    assert [s.name for s in report.profile.sections][-1] == "education"
