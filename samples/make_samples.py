#!/usr/bin/env python3
"""Regenerate the binary sample resumes (PDF and DOCX) in this directory.

    python samples/make_samples.py

This script is the single source of truth for every binary sample; the .txt and .md samples
are plain committed files.  All people, companies, schools, e-mail addresses and phone
numbers are invented (example.com addresses, 555 numbers, UK Ofcom drama-range numbers).

Output is deterministic: reportlab runs with invariant=1 and fixed metadata, and the DOCX
zip archives are rewritten with fixed timestamps, so regenerating gives identical bytes on
the same library versions.

Needs reportlab, python-docx and lxml.
"""
from __future__ import annotations

import datetime as _dt
import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent

REGULAR = "Helvetica"
BOLD = "Helvetica-Bold"

BLACK = (0.09, 0.09, 0.09)
GRAY = (0.42, 0.42, 0.42)
WHITE = (1, 1, 1)


# ====================================================================== PDF helpers


def new_canvas(path: Path, pagesize, title: str, author: str) -> canvas.Canvas:
    c = canvas.Canvas(str(path), pagesize=pagesize, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setSubject("Resume")
    c.setCreator("profilecheck samples/make_samples.py")
    c.setKeywords("")
    return c


class Flow:
    """A column of text that flows top to bottom and onto new pages.

    `y` is the baseline of the last line drawn; a new line moves it down by its leading.
    `page_break` is called when the column is full; it must start a new page and return.
    """

    def __init__(self, c, x, width, top, bottom, page_break=None):
        self.c = c
        self.x = x
        self.width = width
        self.top = top
        self.bottom = bottom
        self.y = top
        self.page_break = page_break

    def ensure(self, height):
        if self.y - height < self.bottom and self.page_break is not None:
            self.page_break()
            self.y = self.top

    def space(self, height):
        self.y -= height

    def _draw(self, text, font, size, color, x):
        self.c.setFont(font, size)
        self.c.setFillColorRGB(*color)
        self.c.drawString(x, self.y, text)

    def text(self, text, font=REGULAR, size=10, color=BLACK, leading=None, indent=0.0, keep=0.0):
        leading = leading or size * 1.3
        lines = simpleSplit(text, font, size, self.width - indent) or [""]
        self.ensure(leading + keep)
        for line in lines:
            self.ensure(leading)
            self.y -= leading
            self._draw(line, font, size, color, self.x + indent)

    def lines(self, lines, font=REGULAR, size=10, color=BLACK, leading=None):
        """Lines drawn exactly as given (no re-wrapping), e.g. a URL broken by hand."""
        leading = leading or size * 1.3
        for line in lines:
            self.ensure(leading)
            self.y -= leading
            self._draw(line, font, size, color, self.x)

    def bullet(self, text, size=10, color=BLACK, leading=None, mark="•", indent=10.0):
        leading = leading or size * 1.3
        lines = simpleSplit(text, REGULAR, size, self.width - indent)
        self.ensure(leading)
        for number, line in enumerate(lines):
            self.ensure(leading)
            self.y -= leading
            if number == 0:
                self._draw(mark, REGULAR, size, color, self.x + 1)
            self._draw(line, REGULAR, size, color, self.x + indent)

    def left_right(self, left, right, font=BOLD, size=10.5, right_font=REGULAR, right_size=None,
                   color=BLACK, right_color=BLACK, leading=None, keep=0.0):
        """One line with text on the left and right-aligned text (typically dates)."""
        right_size = right_size or size
        leading = leading or size * 1.3
        self.ensure(leading + keep)
        self.y -= leading
        self._draw(left, font, size, color, self.x)
        self.c.setFont(right_font, right_size)
        self.c.setFillColorRGB(*right_color)
        self.c.drawRightString(self.x + self.width, self.y, right)

    def rule(self, color=(0.7, 0.7, 0.7), gap=3.0, width=0.6):
        self.y -= gap
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(width)
        self.c.line(self.x, self.y, self.x + self.width, self.y)


# ====================================================================== 3. mid-software-pm.pdf


def make_mid_software(path: Path):
    width, height = letter
    c = new_canvas(path, letter, "Nadia Petrova - Resume", "Nadia Petrova")
    margin = 54
    flow = Flow(c, margin, width - 2 * margin, height - 48, 54)

    def page_break():
        c.showPage()

    flow.page_break = page_break

    def heading(text):
        flow.space(8)
        flow.text(text.upper(), BOLD, 11.5, (0.10, 0.25, 0.45), keep=30)
        flow.rule(color=(0.10, 0.25, 0.45), gap=3, width=0.8)
        flow.space(2)

    flow.text("Nadia Petrova", BOLD, 22, leading=24)
    flow.text("IT Project Manager | Agile Software Delivery | Certified ScrumMaster", REGULAR, 11.5,
              (0.10, 0.25, 0.45), leading=17)
    flow.text("Austin, TX  |  nadia.petrova@example.com  |  +1 (555) 010-7781  |  "
              "linkedin.com/in/nadia-petrova-pm", REGULAR, 9.5, GRAY, leading=14)

    heading("Summary")
    flow.text(
        "IT project manager with six years in software delivery, first as a Scrum Master and now "
        "running SaaS product releases for a billing platform. I like small, steady increments, honest "
        "burndown charts and release notes that customers actually read. My working motto: Rally the "
        "team around one sprint goal, protect it, ship it.", size=10, leading=13.5)

    heading("Experience")
    flow.left_right("IT Project Manager", "03/2022 – Present", keep=40)
    flow.text("Brightloop Software Inc.  ·  Austin, TX", REGULAR, 10, GRAY, leading=13.5)
    flow.space(2)
    for bullet in (
        "Led delivery of the billing platform rewrite with two Scrum teams (14 engineers) and a $950K "
        "budget; launched after 11 sprints, two sprints ahead of plan.",
        "Introduced a shared release calendar and one definition of done across 3 product squads, "
        "reducing production hotfixes by 38% within two quarters.",
        "Run quarterly planning for 5 feature teams with Jira Advanced Roadmaps and Confluence "
        "decision logs.",
        "Coordinated the move from Jenkins to GitHub Actions with the DevOps group; average build time "
        "dropped from 42 to 17 minutes.",
        "Report sprint metrics, risks and budget burn to the VP of Engineering every two weeks.",
        "Keep stakeholder updates in Slack to one announcement channel and one escalation path.",
    ):
        flow.bullet(bullet, size=10, leading=13.5)

    flow.space(6)
    flow.left_right("Scrum Master", "07/2020 – 02/2022", keep=40)
    flow.text("Quarry Analytics  ·  Remote", REGULAR, 10, GRAY, leading=13.5)
    flow.space(2)
    for bullet in (
        "Facilitated Scrum events for a 7-person data platform team; sprint predictability rose from "
        "61% to 89% of committed story points.",
        "Set up a Kanban board for the support rotation so interrupts stopped derailing sprints.",
        "Responsible for Jira hygiene and sprint reports.",
        "Coached two new product owners on backlog refinement and acceptance criteria.",
    ):
        flow.bullet(bullet, size=10, leading=13.5)

    heading("Skills")
    for label, value in (
        ("Methodologies", "Agile, Scrum, Kanban, SDLC, DevOps (CI/CD), release management"),
        ("Tools", "Jira, Confluence, GitHub, Slack, Miro, Excel"),
        ("Technical", "REST APIs, SQL, AWS basics, test automation concepts"),
        ("Leadership", "stakeholder management, risk management, coaching, vendor coordination"),
    ):
        flow.text(f"{label}: {value}", size=10, leading=13.5)

    heading("Certifications")
    flow.bullet("Certified ScrumMaster (CSM) — Scrum Alliance, 2020", size=10, leading=13.5)
    flow.bullet("PMI-ACP — in progress, exam booked for March 2027", size=10, leading=13.5)

    heading("Education")
    flow.left_right("Bachelor of Science in Computer Science", "2020", font=BOLD, size=10.5)
    flow.text("Hill Country State University  ·  San Marcos, TX", REGULAR, 10, GRAY, leading=13.5)
    c.showPage()
    c.save()


# ====================================================================== 4. mid-infrastructure-two-column.pdf


def make_mid_infrastructure(path: Path):
    width, height = A4
    c = new_canvas(path, A4, "Grace Oyelaran - CV", "Grace Oyelaran")
    sidebar_w = 188
    navy = (0.12, 0.23, 0.33)
    accent = (0.55, 0.78, 0.93)
    main_color = (0.12, 0.23, 0.33)

    def background():
        c.setFillColorRGB(*navy)
        c.rect(0, 0, sidebar_w, height, stroke=0, fill=1)

    def page_break():
        c.showPage()
        background()

    background()

    # ---- sidebar (contact, skills, certifications, languages)
    side = Flow(c, 22, sidebar_w - 40, height - 44, 40)

    def side_heading(text):
        side.space(14)
        side.text(text.upper(), BOLD, 10.5, accent, leading=13)
        side.rule(color=accent, gap=4, width=0.6)
        side.space(3)

    side_heading("Contact")
    for item in ("London, United Kingdom", "+44 20 7946 0958", "grace.oyelaran@example.com",
                 "linkedin.com/in/grace-oyelaran"):
        side.text(item, REGULAR, 8.8, WHITE, leading=13)
    side_heading("Skills")
    for item in ("Data centre migration", "Azure and AWS landing zones", "LAN/WAN and SD-WAN refresh",
                 "Disaster recovery testing", "Vendor and contract management", "Risk and issue management",
                 "Capex budget tracking", "ITIL change management"):
        side.text(item, REGULAR, 8.8, WHITE, leading=12.5)
    side_heading("Tools")
    for item in ("Microsoft Project", "ServiceNow", "Azure DevOps", "Confluence", "Visio", "Excel"):
        side.text(item, REGULAR, 8.8, WHITE, leading=12.5)
    side_heading("Methods")
    for item in ("PRINCE2", "Waterfall", "Agile", "Hybrid"):
        side.text(item, REGULAR, 8.8, WHITE, leading=12.5)
    side_heading("Certifications")
    for item in ("PRINCE2 Foundation (2021)", "Microsoft Certified: Azure Administrator Associate (2022)",
                 "AWS Certified Cloud Practitioner (2023)", "PMP – studying, exam planned for 2027"):
        side.text(item, REGULAR, 8.8, WHITE, leading=12)
        side.space(3)
    side_heading("Languages")
    for item in ("English – native", "Yoruba – conversational"):
        side.text(item, REGULAR, 8.8, WHITE, leading=12.5)

    # ---- main column (name, summary, experience, education)
    main = Flow(c, sidebar_w + 24, width - sidebar_w - 24 - 36, height - 40, 44, page_break)

    def heading(text):
        main.space(12)
        main.text(text.upper(), BOLD, 11.5, main_color, leading=14, keep=30)
        main.rule(color=main_color, gap=4, width=1)
        main.space(3)

    main.text("Grace Oyelaran", BOLD, 24, main_color, leading=28)
    main.text("Infrastructure & Cloud Project Manager", REGULAR, 12.5, (0.25, 0.45, 0.62), leading=17)

    heading("Profile")
    main.text(
        "Project manager for infrastructure and cloud programmes with five years of delivery in "
        "hosting and manufacturing. I plan migrations that business users barely notice: rehearsed "
        "cutovers, tested rollback and a clear run book for every weekend change.", size=9.5, leading=13)

    heading("Experience")

    def role(title, org, dates, bullets):
        main.text(title, BOLD, 10.5, BLACK, leading=14, keep=30)
        main.text(f"{org}  |  {dates}", REGULAR, 9, GRAY, leading=12.5)
        main.space(2)
        for bullet in bullets:
            main.bullet(bullet, size=9.5, leading=12.6)
        main.space(7)

    role("Infrastructure Project Manager", "Kestrel Cloud Services, London", "2023.04 – present", (
        "Led the migration of 212 virtual servers from the Slough data centre to Azure over 9 cutover "
        "weekends, with no priority-1 incidents after go-live.",
        "Run a 10-person project team (network, storage and application owners) and a £1.4M capital "
        "budget; the first phase closed 6% under plan.",
        "Delivered an SD-WAN refresh for 31 sites on a lean budget by reusing existing circuits where "
        "contracts allowed.",
        "Raised change records and CAB submissions in ServiceNow for every cutover; all 27 were "
        "approved first time.",
        "Keep the master schedule in Microsoft Project and the network diagrams in Visio.",
    ))
    role("Junior IT Project Manager", "Halden Manufacturing Ltd, Birmingham", "2021.09 – 2023.03", (
        "Managed the replacement of factory-floor Wi-Fi across 3 plants (480 access points) using a "
        "PRINCE2 stage plan.",
        "Coordinated twice-yearly disaster recovery tests; recovery time for the ERP servers fell "
        "from 14 hours to 3.",
        "Responsible for weekly highlight reports to the project board.",
        "Tracked the backlog for the cloud backup pilot in Azure DevOps.",
    ))

    heading("Education")
    main.text("BSc (Hons) Computer Networks", BOLD, 10.5, BLACK, leading=14)
    main.text("Northfield University  |  2017 – 2021, including a placement year", REGULAR, 9, GRAY,
              leading=12.5)
    c.showPage()
    c.save()


# ====================================================================== 6. senior-cyber-linkedin.pdf

LI_SIDEBAR_W = 200
LI_SIDEBAR_FILL = (0.925, 0.933, 0.945)
LI_DARK = (0.11, 0.11, 0.11)
LI_GRAY = (0.45, 0.45, 0.45)

LI_EXPERIENCE = [
    ("Sentinel Ridge Financial", "7 years 9 months", [
        ("Senior Cybersecurity Project Manager", "March 2022 - Present (4 years 9 months)",
         "Arlington, Virginia, United States", [
             "Lead the enterprise zero trust program: 5 workstreams, 26 engineers and vendor staff, "
             "and a $4.8M budget over three fiscal years.",
             "- Delivered privileged access management for 1,900 administrator accounts 6 weeks ahead "
             "of the regulator's deadline.",
             "- Run the monthly security steering committee with the CISO and the business risk owners.",
             "- Cut open high-severity vulnerabilities older than 30 days by 71% with a remediation "
             "sprint model tracked in Jira.",
             "- Mentor three project managers in the security PMO.",
         ]),
        ("Cybersecurity Project Manager", "March 2019 - February 2022 (3 years)",
         "Arlington, Virginia, United States", [
             "- Managed the SOC 2 Type II readiness project; the first audit closed with zero exceptions.",
             "- Rolled out multi-factor authentication to 6,200 employees in 10 weeks.",
             "- Coordinated quarterly vulnerability assessments and penetration tests with two external "
             "firms.",
             "- Responsible for the risk register and weekly status updates in Smartsheet.",
         ]),
    ]),
    ("Arcwell Defense Systems", None, [
        ("IT Project Manager, Security Programs", "June 2016 - February 2019 (2 years 9 months)",
         "Reston, Virginia, United States", [
             "- Managed NIST SP 800-171 compliance projects for 4 business units, closing 112 control gaps "
             "before the contract deadline.",
             "- Led the SIEM migration to Splunk for 2,300 log sources with a team of 8.",
             "- Built integrated schedules in Microsoft Project and routed every change through ServiceNow.",
         ]),
    ]),
    ("Blue Harbor Networks", None, [
        ("Information Security Analyst", "August 2014 - May 2016 (1 year 10 months)",
         "Baltimore, Maryland, United States", [
             "Triaged alerts for a 24x7 managed security service and wrote more than 40 incident reports. "
             "Helped with firewall rule reviews for 30 client networks.",
         ]),
    ]),
]


def _linkedin_pdf(path: Path, total_pages: int) -> int:
    width, height = letter
    c = new_canvas(path, letter, "Daniel Osei", "Daniel Osei") if path else canvas.Canvas(
        io.BytesIO(), pagesize=letter, invariant=1)
    page = [1]
    main_x = LI_SIDEBAR_W + 28
    main_w = width - main_x - 40

    def begin_page():
        c.setFillColorRGB(*LI_SIDEBAR_FILL)
        c.rect(0, 0, LI_SIDEBAR_W, height, stroke=0, fill=1)

    def end_page():
        c.setFont(REGULAR, 9)
        c.setFillColorRGB(*LI_GRAY)
        c.drawCentredString(main_x + main_w / 2, 28, f"Page {page[0]} of {total_pages}")

    def page_break():
        end_page()
        c.showPage()
        page[0] += 1
        begin_page()

    begin_page()

    # ---- sidebar
    side = Flow(c, 28, LI_SIDEBAR_W - 46, height - 38, 50)

    def side_heading(text):
        side.space(12)
        side.text(text, BOLD, 13, LI_DARK, leading=18)
        side.space(2)

    side_heading("Contact")
    side.text("daniel.osei@example.com", REGULAR, 10.5, LI_DARK, leading=14)
    side.space(4)
    # The export breaks long profile URLs inside the slug, as the real one does.
    side.lines(["www.linkedin.com/in/daniel-osei-", "cyberpm (LinkedIn)"], REGULAR, 10.5, LI_DARK, leading=14)
    side_heading("Top Skills")
    for item in ("Cybersecurity Program Management", "Identity and Access Management (IAM)",
                 "NIST Cybersecurity Framework"):
        side.text(item, REGULAR, 10.5, LI_DARK, leading=14)
    side_heading("Languages")
    for item in ("English (Native or Bilingual)", "French (Professional Working)"):
        side.text(item, REGULAR, 10.5, LI_DARK, leading=14)
    side_heading("Certifications")
    for item in ("Certified Information Systems Security Professional (CISSP)",
                 "Project Management Professional (PMP)", "CompTIA Security+ ce"):
        side.text(item, REGULAR, 10.5, LI_DARK, leading=14)

    # ---- main column
    main = Flow(c, main_x, main_w, height - 40, 56, page_break)
    main.text("Daniel Osei", REGULAR, 26, LI_DARK, leading=30)
    main.space(2)
    main.text("Senior Cybersecurity Project Manager | CISSP | Zero Trust, IAM & Compliance Programs",
              REGULAR, 12, LI_DARK, leading=15)
    main.text("Arlington, Virginia, United States", REGULAR, 10.5, LI_GRAY, leading=15)

    def heading(text):
        main.space(14)
        main.text(text, REGULAR, 15.75, LI_DARK, leading=20, keep=40)
        main.space(2)

    heading("Summary")
    for paragraph in (
        "I run security programs that have to land on time and survive an audit. Over twelve years I "
        "have moved from security analysis into project and program delivery: identity and access "
        "management rollouts, zero trust network segmentation, SOC 2 and PCI DSS readiness, and "
        "incident response exercises for a regulated financial services firm.",
        "I hold the CISSP and PMP and I am currently preparing for the CISM exam. My teams mix security "
        "engineers, infrastructure, internal audit and vendors, and my job is to keep all of them "
        "pointed at the same risk-reduction target.",
    ):
        main.text(paragraph, REGULAR, 10.5, LI_DARK, leading=14)
        main.space(6)

    heading("Experience")
    for company, total, roles in LI_EXPERIENCE:
        main.text(company, BOLD, 12, LI_DARK, leading=16, keep=50)
        if total:
            main.text(total, REGULAR, 10.5, LI_GRAY, leading=14)
        for title, dates, place, description in roles:
            main.space(4)
            main.text(title, REGULAR, 11.5, LI_DARK, leading=15, keep=30)
            main.text(dates, REGULAR, 10.5, LI_GRAY, leading=14)
            main.text(place, REGULAR, 10.5, LI_GRAY, leading=14)
            main.space(2)
            for paragraph in description:
                main.text(paragraph, REGULAR, 10.5, LI_DARK, leading=14)
        main.space(12)

    heading("Education")
    for school, degree in (
        ("Hollins Ridge University", "Master of Science - MS, Cybersecurity Management · (2012 - 2014)"),
        ("Eastbrook Institute of Technology", "Bachelor of Science - BS, Information Systems · (2008 - 2012)"),
    ):
        main.text(school, BOLD, 12, LI_DARK, leading=16, keep=30)
        main.text(degree, REGULAR, 10.5, LI_GRAY, leading=14)
        main.space(8)

    end_page()
    c.showPage()
    c.save()
    return page[0]


def make_senior_cyber_linkedin(path: Path):
    pages = _linkedin_pdf(None, 0)  # dry run to learn the page count for "Page n of N"
    _linkedin_pdf(path, pages)


# ====================================================================== 9. weak-generic.pdf


def make_weak_generic(path: Path):
    width, height = letter
    c = new_canvas(path, letter, "Resume", "Jamie Porter")
    margin = 72
    flow = Flow(c, margin, width - 2 * margin, height - 60, 60, c.showPage)
    center = width / 2

    def centred(text, font, size, leading):
        flow.y -= leading
        c.setFont(font, size)
        c.setFillColorRGB(*BLACK)
        c.drawCentredString(center, flow.y, text)

    centred("Jamie Porter", BOLD, 18, 22)
    centred("Project Manager", REGULAR, 12, 17)
    centred("jamie.porter@example.com  •  555-010-3344  •  Springfield, IL", REGULAR, 10, 15)

    def heading(text):
        flow.space(10)
        flow.text(text, BOLD, 12, leading=15, keep=30)
        flow.rule(color=BLACK, gap=3, width=0.5)
        flow.space(2)

    heading("Objective")
    flow.text(
        "Results-driven team player with a proven track record of success. Passionate about leveraging "
        "synergy to deliver value-added solutions in a fast-paced environment. Detail-oriented "
        "self-starter who thinks outside the box and goes above and beyond.", size=10.5, leading=14)

    heading("Work Experience")
    flow.left_right("Project Manager, Summit Business Solutions", "2024 - Present", size=10.5, keep=30)
    for bullet in (
        "Responsible for managing projects from start to finish.",
        "Responsible for project documentation.",
        "Helped with software upgrades and other IT projects.",
        "Attended meetings with stakeholders and different teams.",
        "Worked on budgets and schedules.",
        "Made sure projects were completed.",
    ):
        flow.bullet(bullet, size=10.5, leading=14)
    flow.space(6)
    flow.left_right("Project Coordinator, Summit Business Solutions", "2022 - 2023", size=10.5, keep=30)
    for bullet in (
        "Helped the project manager with various tasks.",
        "Responsible for scheduling meetings and taking notes.",
        "Assisted with the new phone system.",
        "Duties included data entry and reporting.",
    ):
        flow.bullet(bullet, size=10.5, leading=14)

    heading("Skills")
    flow.text("Microsoft Office (Word, Excel, PowerPoint), Communication, Teamwork, Leadership, "
              "Time management, Problem solving, Multitasking", size=10.5, leading=14)

    heading("Education")
    flow.text("Bachelor's Degree, Business Administration", size=10.5, leading=14)
    flow.text("Central Plains College", size=10.5, leading=14)

    heading("References")
    flow.text("Available upon request.", size=10.5, leading=14)
    c.showPage()
    c.save()


# ====================================================================== DOCX helpers

DOCX_TIME = _dt.datetime(2026, 1, 15, 9, 0, 0)
ZIP_TIME = (2026, 1, 15, 9, 0, 0)

NS_DECLS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word"'
)


def _txbx_paragraphs(paragraphs) -> str:
    """w:p elements for the inside of a text box; `paragraphs` is [(text, bold, half_points)]."""
    out = []
    for text, bold, half_points in paragraphs:
        rpr = ("<w:b/>" if bold else "") + f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/>'
        out.append(
            '<w:p><w:pPr><w:spacing w:after="40"/></w:pPr>'
            f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'
        )
    return "".join(out)


def textbox_run_xml(paragraphs, width_in=2.1, height_in=1.25, shape_id=1, name="Text Box 1") -> str:
    """A w:r holding a floating text box the way Word 2010+ saves it: DrawingML (wps:txbx) in
    mc:Choice and a VML copy (v:textbox) in mc:Fallback, both with the same w:txbxContent."""
    cx, cy = int(width_in * 914400), int(height_in * 914400)
    width_pt, height_pt = width_in * 72, height_in * 72
    body = _txbx_paragraphs(paragraphs)
    return f"""<w:r {NS_DECLS}><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264"
 behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="{cx}" cy="{cy}"/>
<wp:effectExtent l="0" t="0" r="0" b="0"/>
<wp:wrapSquare wrapText="bothSides"/>
<wp:docPr id="{shape_id}" name="{name}"/>
<wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp>
<wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr>
<wps:spPr bwMode="auto">
<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
<a:solidFill><a:srgbClr val="EEF3F8"/></a:solidFill>
<a:ln w="9525"><a:solidFill><a:srgbClr val="8EA9C1"/></a:solidFill><a:miter lim="800000"/><a:headEnd/><a:tailEnd/></a:ln>
</wps:spPr>
<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>
</wps:wsp>
</a:graphicData></a:graphic>
<wp14:sizeRelH relativeFrom="margin"><wp14:pctWidth>0</wp14:pctWidth></wp14:sizeRelH>
<wp14:sizeRelV relativeFrom="margin"><wp14:pctHeight>0</wp14:pctHeight></wp14:sizeRelV>
</wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict>
<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">
<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
<v:shape id="{name}" o:spid="_x0000_s{1025 + shape_id}" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:{width_pt:.1f}pt;height:{height_pt:.1f}pt;z-index:251659264;visibility:visible;mso-wrap-style:square;mso-wrap-distance-left:9pt;mso-wrap-distance-top:3.6pt;mso-wrap-distance-right:9pt;mso-wrap-distance-bottom:3.6pt;mso-position-horizontal:right;mso-position-horizontal-relative:margin;mso-position-vertical:absolute;mso-position-vertical-relative:text;v-text-anchor:top" fillcolor="#eef3f8" strokecolor="#8ea9c1">
<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox>
<w10:wrap type="square"/>
</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"""


def add_hyperlink(paragraph, url: str, text: str):
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    color = OxmlElement("w:color")
    color.set(qn("w:val"), "0563C1")
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    rpr.append(color)
    rpr.append(underline)
    run.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def fixed_core_properties(document, author: str, title: str):
    props = document.core_properties
    props.author = author
    props.last_modified_by = author
    props.title = title
    props.subject = "Resume"
    props.comments = ""
    props.keywords = ""
    props.category = ""
    props.created = DOCX_TIME
    props.modified = DOCX_TIME
    props.last_printed = DOCX_TIME
    props.revision = 1


def save_docx_deterministic(document, path: Path):
    buffer = io.BytesIO()
    document.save(buffer)
    buffer.seek(0)
    with zipfile.ZipFile(buffer) as source:
        items = [(info.filename, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, data)


def set_cell_shading(cell, fill: str):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tc_pr = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    tc_pr.append(shading)


# ====================================================================== 2. entry-pm-coordinator.docx


def make_entry_docx(path: Path):
    from docx import Document
    from docx.oxml import parse_xml
    from docx.shared import Inches, Pt, RGBColor

    doc = Document()
    section = doc.sections[0]
    section.left_margin = section.right_margin = Inches(0.9)
    section.top_margin = Inches(0.8)
    section.bottom_margin = Inches(0.8)
    section.header_distance = Inches(0.4)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(3)

    # ---- contact details live in the page header
    header_paragraph = section.header.paragraphs[0]
    header_paragraph.alignment = 1  # centre
    add_hyperlink(header_paragraph, "mailto:jordan.mbeki@example.com", "jordan.mbeki@example.com")
    header_paragraph.add_run("  |  +1 (555) 010-2030  |  Columbus, OH  |  ")
    add_hyperlink(header_paragraph, "https://www.linkedin.com/in/jordan-mbeki-pm", "linkedin.com/in/jordan-mbeki-pm")
    for run in header_paragraph.runs:
        run.font.size = Pt(9)

    def heading(text):
        paragraph = doc.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(10)
        paragraph.paragraph_format.space_after = Pt(3)
        run = paragraph.add_run(text.upper())
        run.bold = True
        run.font.size = Pt(12)
        run.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        return paragraph

    def bullet(text):
        paragraph = doc.add_paragraph(text, style="List Bullet")
        paragraph.paragraph_format.space_after = Pt(1)
        return paragraph

    name = doc.add_paragraph()
    run = name.add_run("Jordan Mbeki")
    run.bold = True
    run.font.size = Pt(22)
    name.paragraph_format.space_after = Pt(0)
    label = doc.add_paragraph()
    run = label.add_run("Associate IT Project Manager")
    run.font.size = Pt(13)
    run.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)

    heading("Professional Summary")
    summary = doc.add_paragraph()
    # The floating certifications box is anchored in the first summary paragraph, as Word does
    # when a text box is dropped next to it.
    summary._p.append(parse_xml(textbox_run_xml([
        ("CERTIFICATIONS", True, 20),
        ("CAPM — Project Management Institute, 2024", False, 18),
        ("ITIL 4 Foundation — AXELOS, 2023", False, 18),
        ("PMP (expected 2027)", False, 18),
    ])))
    summary.add_run(
        "Associate IT project manager with three years in project coordination and delivery for a "
        "regional logistics company. I run the day-to-day plan for mobile and warehouse software "
        "releases, keep the RAID log honest and make sure business users are ready for go-live. "
        "Working toward the PMP.")

    heading("Experience")

    def role(title, org, dates):
        paragraph = doc.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(6)
        paragraph.paragraph_format.space_after = Pt(0)
        run = paragraph.add_run(title)
        run.bold = True
        paragraph.add_run(f" — {org}")
        dates_paragraph = doc.add_paragraph()
        run = dates_paragraph.add_run(dates)
        run.italic = True
        run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)

    role("Associate IT Project Manager", "Bluewater Freight Logistics, Columbus, OH", "January 2025 - Current")
    for text in (
        "Manage delivery of the driver mobile app (iOS and Android) with a 9-person Scrum team; cut the "
        "average release cycle from 6 weeks to 4.",
        "Planned and ran user acceptance testing for the proof-of-delivery feature with 40 drivers at 3 "
        "depots; 96% of test cases passed in the first cycle.",
        "Maintain the project schedule in Microsoft Project and the sprint board in Jira; publish weekly "
        "status pages in Confluence.",
        "Coordinated 4 teams (development, QA, warehouse operations and vendor support) for the handheld "
        "scanner upgrade.",
        "Managed a $180K vendor budget for the barcode scanner integration and closed 5% under budget.",
    ):
        bullet(text)
    role("IT Project Coordinator", "Bluewater Freight Logistics, Columbus, OH", "October 2023 - December 2024")
    for text in (
        "Responsible for meeting notes and action items for the weekly project review.",
        "Kept the RAID log and change request register for 6 concurrent projects in Smartsheet.",
        "Built an Excel tracker for software licence renewals that found $22K of unused seats.",
        "Helped with onboarding of two contract developers.",
    ):
        bullet(text)

    heading("Skills")
    rows = (
        ("Area", "Details"),
        ("Project management", "Scheduling, RAID logs, change requests, UAT planning, status reporting"),
        ("Tools", "Jira, Confluence, Microsoft Project, Smartsheet, Excel, SharePoint"),
        ("Methodologies", "Agile (Scrum, Kanban), Waterfall, Hybrid"),
        ("Technical", "SQL (basic), REST APIs, mobile release process, barcode and RFID hardware"),
    )
    table = doc.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for number, (area, details) in enumerate(rows):
        left, right = table.rows[number].cells
        left.width = Inches(1.7)
        right.width = Inches(5.0)
        left.text = area
        right.text = details
        if number == 0:
            for cell in (left, right):
                cell.paragraphs[0].runs[0].bold = True
                set_cell_shading(cell, "DCE6F0")

    heading("Education")
    paragraph = doc.add_paragraph()
    run = paragraph.add_run("Bachelor of Science in Information Technology")
    run.bold = True
    paragraph.add_run(" — Lakeshore State University, 2023")

    fixed_core_properties(doc, "Jordan Mbeki", "Jordan Mbeki - Resume")
    save_docx_deterministic(doc, path)


# ====================================================================== 5. senior-erp-pm.docx


def make_senior_erp_docx(path: Path):
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Inches, Mm, Pt, RGBColor

    doc = Document()
    section = doc.sections[0]
    section.page_width = Mm(210)
    section.page_height = Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin = section.bottom_margin = Mm(18)
    text_width = Mm(210 - 40)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(2)
    for style_name, size in (("Heading 1", 13),):
        style = doc.styles[style_name]
        style.font.size = Pt(size)
        style.font.color.rgb = RGBColor(0x2E, 0x3B, 0x4E)
        style.paragraph_format.space_before = Pt(12)
        style.paragraph_format.space_after = Pt(4)

    name = doc.add_paragraph()
    run = name.add_run("Henrik Solberg")
    run.bold = True
    run.font.size = Pt(24)
    name.paragraph_format.space_after = Pt(0)
    label = doc.add_paragraph()
    run = label.add_run("Senior ERP Project Manager — SAP S/4HANA")
    run.font.size = Pt(13)
    run.font.color.rgb = RGBColor(0x2E, 0x75, 0xB6)
    contact = doc.add_paragraph()
    run = contact.add_run("Manchester, United Kingdom  |  +44 161 496 0753  |  henrik.solberg@example.com  |  "
                          "https://www.linkedin.com/in/henrik-solberg-erp")
    run.font.size = Pt(9.5)

    doc.add_heading("Profile", level=1)
    doc.add_paragraph(
        "Senior ERP project manager with 10+ years of SAP experience, including three full S/4HANA "
        "implementations and two carve-outs. PMP and PRINCE2 Practitioner. I do my best work where "
        "finance, supply chain and IT all need to agree on one cutover weekend, and I keep steering "
        "committees focused on decisions rather than status.")

    doc.add_heading("Professional Experience", level=1)

    def role(title, org, dates):
        paragraph = doc.add_paragraph()
        paragraph.paragraph_format.tab_stops.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT)
        paragraph.paragraph_format.space_before = Pt(8)
        run = paragraph.add_run(title)
        run.bold = True
        paragraph.add_run(f", {org}\t{dates}")

    def bullet(text):
        paragraph = doc.add_paragraph(text, style="List Bullet")
        paragraph.paragraph_format.space_after = Pt(1)

    role("Senior ERP Project Manager", "Vantor Industrial Group — Manchester", "Nov 2020 – Present")
    for text in (
        "Directed the SAP S/4HANA greenfield implementation for finance, procurement and plant maintenance "
        "across 7 legal entities: a team of 38 internal and integrator staff and a £6.2M budget, live in "
        "19 months.",
        "Chair the weekly design authority and the monthly steering committee with the CFO and COO.",
        "Cut the month-end close from 9 to 5 working days by sequencing the finance release ahead of "
        "logistics.",
        "Planned the migration of 1.3 million material and vendor records, reaching 99.6% reconciliation "
        "at cutover.",
        "Mentor two junior project managers and run the PMO's lessons-learned sessions.",
        "Keep the integrated plan in MS Project, the issue log in Jira and the document library in "
        "SharePoint; steering packs are built from Power BI.",
    ):
        bullet(text)
    role("ERP Project Manager", "Castellan Consulting Partners — Leeds", "2018 - 2020")
    for text in (
        "Delivered 4 SAP ECC to S/4HANA conversions for mid-size manufacturers, each under £1.5M, all "
        "live on the planned weekend.",
        "Introduced a hybrid plan: waterfall phases for build and cutover, two-week agile sprints for "
        "reports and interfaces.",
        "Responsible for weekly status reports to client sponsors.",
    ):
        bullet(text)
    role("SAP Functional Analyst (FI/CO)", "Castellan Consulting Partners — Leeds", "2016 - 2017")
    for text in (
        "Configured FI/CO for three rollouts and wrote more than 60 functional specifications.",
        "Led the finance test stream of 12 testers during integration testing.",
    ):
        bullet(text)

    doc.add_heading("Key Projects", level=1)
    rows = (
        ("Project", "Scope", "Result"),
        ("S/4HANA Finance and Procurement (Vantor)", "7 entities, 1,100 users", "Live in June 2022, 4% under budget"),
        ("Plant Maintenance rollout (Vantor)", "5 plants, 320 technicians", "Work-order backlog down 27%"),
        ("S/4HANA conversion (Castellan client)", "2 plants, 450 users", "Cutover completed in 52 hours"),
    )
    table = doc.add_table(rows=len(rows), cols=3)
    table.style = "Table Grid"
    widths = (Inches(2.6), Inches(1.9), Inches(2.2))
    for number, values in enumerate(rows):
        for cell, value, cell_width in zip(table.rows[number].cells, values, widths):
            cell.width = cell_width
            cell.text = value
            if number == 0:
                cell.paragraphs[0].runs[0].bold = True
                set_cell_shading(cell, "E7ECF2")

    doc.add_heading("Certifications", level=1)
    for text in (
        "Project Management Professional (PMP) — PMI, 2017",
        "PRINCE2 Practitioner — AXELOS, 2019",
        "SAP Certified Application Associate – SAP S/4HANA for Financial Accounting — SAP, 2016",
    ):
        bullet(text)

    doc.add_heading("Skills", level=1)
    for label_text, value in (
        ("ERP: ", "SAP S/4HANA, SAP ECC, SAP Activate, SAP Solution Manager, data migration, cutover planning"),
        ("Delivery: ", "PRINCE2, Waterfall, Agile, Hybrid, stage gates, steering committee governance"),
        ("Tools: ", "MS Project, Jira, SharePoint, Power BI, Excel, Visio"),
    ):
        paragraph = doc.add_paragraph()
        run = paragraph.add_run(label_text)
        run.bold = True
        paragraph.add_run(value)

    doc.add_heading("Education", level=1)
    for degree, school in (
        ("Master of Business Administration", "Pennine Business School, 2021"),
        ("Bachelor of Science in Accounting and Information Systems", "Aire Valley University, 2015"),
    ):
        paragraph = doc.add_paragraph()
        run = paragraph.add_run(degree)
        run.bold = True
        paragraph.add_run(f" — {school}")

    doc.add_heading("Languages", level=1)
    doc.add_paragraph("Norwegian (native), English (fluent)")

    fixed_core_properties(doc, "Henrik Solberg", "Henrik Solberg - CV")
    save_docx_deterministic(doc, path)


# ====================================================================== main

BINARIES = {
    "entry-pm-coordinator.docx": make_entry_docx,
    "mid-software-pm.pdf": make_mid_software,
    "mid-infrastructure-two-column.pdf": make_mid_infrastructure,
    "senior-erp-pm.docx": make_senior_erp_docx,
    "senior-cyber-linkedin.pdf": make_senior_cyber_linkedin,
    "weak-generic.pdf": make_weak_generic,
}


def main() -> None:
    for name, make in BINARIES.items():
        make(HERE / name)
        print(f"wrote {name}")


if __name__ == "__main__":
    main()
