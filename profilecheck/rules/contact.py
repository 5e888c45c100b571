"""PC8xx: contact details, format and applicant-tracking-system (ATS) readiness."""
from __future__ import annotations

import re

from ..lexicon import cue_pattern
from .common import find_evidence
from .registry import Context, Hit, rule

GOOD = (
    "Jo Park\nIT Project Manager | Cloud | PMP\nBoston, MA | jo.park@example.com | +1 (555) 010-2030 | linkedin.com/in/jopark\n\n"
    "SUMMARY\nIT project manager with 8 years of experience.\n\nEXPERIENCE\nIT Project Manager | Acme | Jan 2019 - Present\n• Led 9 people.\n"
)
UNPROFESSIONAL_EMAIL = re.compile(rf"(?:{cue_pattern('unprofessional-email')})", re.IGNORECASE)
WORDS_TOO_FEW = 150
WORDS_TOO_MANY = 1400


@rule(
    "PC801", "email-missing", "error",
    message="No email address found.",
    suggestion="Put a professional email address at the top, next to your phone and LinkedIn URL.",
    why="Email is how recruiters reply; a resume without one is often set aside.",
    should_flag=["Jo Park\nIT Project Manager\n+1 (555) 010-2030\n"],
    should_pass=[GOOD],
)
def email_missing(context: Context):
    if not context.profile.basics.email and context.profile.kind != "linkedin-text":
        yield Hit()


@rule(
    "PC802", "phone-missing", "warning",
    message="No phone number found.",
    suggestion="Add a phone number with the country code if you apply abroad, e.g. +44 20 7946 0958.",
    why="Many recruiters call first; a missing number slows the first contact.",
    should_flag=["Jo Park\nIT Project Manager\njo.park@example.com\n"],
    should_pass=[GOOD],
)
def phone_missing(context: Context):
    if not context.profile.basics.phone and not context.profile.kind.startswith("linkedin"):
        yield Hit()


@rule(
    "PC803", "linkedin-missing", "warning",
    message="No LinkedIn profile URL found.",
    suggestion="Add your LinkedIn URL (a custom one such as linkedin.com/in/your-name) next to your email.",
    why="Recruiters check LinkedIn to confirm the story and see recommendations; a link saves them a search.",
    should_flag=["Jo Park\nIT Project Manager\njo.park@example.com\n"],
    should_pass=[GOOD],
)
def linkedin_missing(context: Context):
    if not any(p.network == "LinkedIn" for p in context.profile.basics.profiles) and context.profile.kind != "linkedin-text":
        yield Hit()


@rule(
    "PC804", "unprofessional-email", "warning",
    message="The email address \"{email}\" may not read as professional.",
    suggestion="Use an address based on your name, e.g. firstname.lastname@...",
    why="The email address is part of the first impression.",
    should_flag=["Jo Park\nIT Project Manager\npartyjo420@example.com\n"],
    should_pass=[GOOD],
)
def unprofessional_email(context: Context):
    email = context.profile.basics.email
    if email and UNPROFESSIONAL_EMAIL.search(email.split("@")[0]):
        yield Hit({"email": email}, find_evidence(context.profile, email, "header"))


@rule(
    "PC805", "no-standard-headings", "warning",
    message="No standard section headings were recognised.",
    suggestion="Use plain headings that software recognises: Summary, Experience, Education, Skills, Certifications.",
    why="Applicant tracking systems split a resume by its headings; creative or missing headings can leave your experience unread.",
    should_flag=["Jo Park\nIT Project Manager\njo.park@example.com\n\nWhere I have been\nAcme, 2019 to now, ran projects.\n"],
    should_pass=[GOOD],
)
def no_standard_headings(context: Context):
    if all(section.name == "header" for section in context.profile.sections):
        yield Hit()


@rule(
    "PC806", "resume-length", "warning",
    message="The resume has {words} words ({pages} pages); {advice}",
    suggestion="{suggestion}",
    why="Recruiters spend seconds on a first read: too short looks thin, too long hides the best results.",
    should_flag=["Jo Park\nIT Project Manager\njo.park@example.com\n\nEXPERIENCE\nIT Project Manager | Acme | Jan 2019 - Present\n• Led 9 people.\n"],
    should_pass=["Jo Park\nIT Project Manager\n\nSUMMARY\n" + "IT project manager leading cloud and ERP delivery for hospital groups with measurable results. " * 20 + "\n"],
)
def resume_length(context: Context):
    if context.profile.kind in ("linkedin-text", "linkedin-pdf"):
        return  # a LinkedIn profile's length and pages are its template's, not a resume's
    words = len(context.profile.text.split())
    pages = context.profile.document.pages
    if words < WORDS_TOO_FEW:
        yield Hit({"words": words, "pages": pages, "advice": "that is too little to show your experience.", "suggestion": "Add a summary and 3-5 result bullets per recent role."})
    elif words > WORDS_TOO_MANY or pages > 3:
        yield Hit({"words": words, "pages": pages, "advice": "that is more than most readers will take in.", "suggestion": "Aim for two pages (three at most for long senior careers): cut duties, old roles and repeated points, keep results."})


@rule(
    "PC807", "contact-only-in-header", "warning",
    message="Your contact details are only in the page header or footer of the DOCX file.",
    suggestion="Repeat name, email and phone in the body of the document, at the top.",
    why="Some applicant tracking systems skip headers and footers, which would leave you without contact details.",
    should_flag=["(a DOCX whose email is only in the page header; see tests/test_rules.py)"],
    should_pass=[GOOD],
    example_kind="docx-header",
)
def contact_only_in_header(context: Context):
    document = context.profile.document
    email = context.profile.basics.email
    if document.kind != "docx" or not email:
        return
    places = {line.region for line in document.lines if email in line.text}
    if places and places <= {"header", "footer"}:
        yield Hit({}, find_evidence(context.profile, email, "header"))


@rule(
    "PC808", "layout-hard-for-ats", "info",
    message="The resume uses {what}, which some applicant tracking systems read out of order or skip.",
    suggestion="For online applications keep a single-column version with plain text: no text boxes, tables or side columns for important content.",
    why="Older ATS parsers read text boxes, tables and columns poorly; your best content could be garbled or lost.",
    should_flag=["(a two-column PDF or a DOCX with text boxes; see tests/test_rules.py)"],
    should_pass=[GOOD],
    example_kind="layout",
)
def layout_hard_for_ats(context: Context):
    document = context.profile.document
    if context.profile.kind == "linkedin-pdf":
        return
    regions = {line.region for line in document.lines}
    what = []
    if "textbox" in regions:
        what.append("text boxes")
    if "table" in regions:
        what.append("tables")
    if "sidebar" in regions or any(line.column > 0 for line in document.lines):
        what.append("columns")
    if what:
        yield Hit({"what": " and ".join(what)})
