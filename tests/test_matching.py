"""Finding lexicon entries in real resume wording: variants, near misses, false friends,
certification status, evidence, specializations and achievements."""
import pytest

from profilecheck import models
from profilecheck.nlp import pipeline
from profilecheck.nlp.lexicon import load_all
from profilecheck.nlp.matching import FoundFacts, find_facts, match_text
from profilecheck.nlp.pipeline import get_pipeline, normalise


def ids(found: FoundFacts, field: str) -> list[str]:
    return [match.id for match in getattr(found, field)]


def one(found: FoundFacts, field: str, entry_id: str) -> models.Match:
    matches = [match for match in getattr(found, field) if match.id == entry_id]
    assert matches, f"{entry_id} not in {ids(found, field)}"
    return matches[0]


def profile_of(*parts: tuple[str, str, str]) -> models.Profile:
    """A profile from (section name, heading, body) parts; a heading line precedes each body."""
    lines: list[str] = []
    sections = []
    position = 0
    for name, heading, body in parts:
        if heading:
            lines.append(heading)
            position += len(heading) + 1
        first = len(lines)
        start = position
        for line in body.split("\n"):
            lines.append(line)
            position += len(line) + 1
        sections.append(models.Section(name, heading, start, position - 1, first, len(lines)))
    text = "\n".join(lines)
    document = models.Document(kind="text", lines=tuple(models.Line(line) for line in lines), pages=1, sha256="")
    return models.Profile(document=document, kind="text", text=text, sections=tuple(sections), basics=models.Basics())


# ---------------------------------------------------------------- variants


@pytest.mark.parametrize(
    "text, field, entry_id, surface",
    [
        ("PMP®", "certifications", "pmp", "PMP"),
        ("P.M.P.", "certifications", "pmp", "P.M.P."),
        ("Jane Doe, PMP™", "certifications", "pmp", "PMP"),
        ("Prince 2 Practitioner", "certifications", "prince2", "Prince 2 Practitioner"),
        ("PRINCE2® Practitioner", "certifications", "prince2", "PRINCE2® Practitioner"),
        ("MS Project", "tools", "microsoft-project", "MS Project"),
        ("Microsoft Project 2019", "tools", "microsoft-project", "Microsoft Project"),
        ("MS-Project", "tools", "microsoft-project", "MS-Project"),
        ("JIRA", "tools", "jira", "JIRA"),
        ("Atlassian Jira", "tools", "jira", "Atlassian Jira"),
        ("Ran sprints in jira.", "tools", "jira", "jira"),
        ("scrum-master", "methodologies", "scrum", "scrum"),
        ("Project-Management", "competencies", "project-management", "Project-Management"),
        ("C#/.NET", "technical", "c-sharp", "C#"),
        ("C#/.NET", "technical", "dotnet", ".NET"),
        ("Agile/Scrum", "methodologies", "agile", "Agile"),
        ("Agile/Scrum", "methodologies", "scrum", "Scrum"),
        ("Microsoft\nProject", "tools", "microsoft-project", "Microsoft\nProject"),
        ("Scheduling in Microsoft  Project", "tools", "microsoft-project", "Microsoft  Project"),
        ("Office 365", "tools", "microsoft-365", "Office 365"),
        ("G-Suite", "tools", "google-workspace", "G-Suite"),
        ("Monday.com boards", "tools", "monday-com", "Monday.com"),
        ("SAP S/4HANA", "technical", "sap", "SAP S/4HANA"),
        ("ISO/IEC 27001", "technical", "iso-27001", "ISO/IEC 27001"),
        ("CI/CD pipelines", "technical", "ci-cd", "CI/CD pipelines"),
        ("Lean-Agile mindset", "methodologies", "lean", "Lean-Agile"),
        ("SAFe 6.0", "methodologies", "safe", "SAFe"),
        ("Stakeholder Engagement", "competencies", "stakeholder-engagement", "Stakeholder Engagement"),
        ("Risk register upkeep", "competencies", "risk-identification", "Risk register"),
        ("Monte Carlo simulation", "technical", "monte-carlo", "Monte Carlo simulation"),
        ("Excellent problem-solving skills", "soft", "problem-solving", "problem-solving skills"),
    ],
)
def test_variants(text, field, entry_id, surface):
    match = one(match_text(text), field, entry_id)
    assert match.evidence.text == surface
    assert text[match.evidence.start:match.evidence.end] == surface
    assert match.evidence.section == "text"


@pytest.mark.parametrize(
    "text, entry_id",
    [
        ("Smartsheeet", "smartsheet"),
        ("Confluense", "confluence"),
        ("Service Now", "servicenow"),
        ("Share Point", "sharepoint"),
        ("Liquid Planner", "liquidplanner"),
        ("Sharepiont", "sharepoint"),
        ("Microsft Project", "microsoft-project"),
        ("Lucidchrat", "lucidchart"),  # (Basecamp, a common noun in lower case, matches in its own case only: no typo of it)
    ],
)
def test_near_misses_on_long_names(text, entry_id):
    assert entry_id in ids(match_text(text), "tools")


@pytest.mark.parametrize(
    "text, entry_id",
    [
        ("Jiira", "jira"),  # short names are never corrected
        ("Trelo", "trello"),
        ("Asanna", "asana"),
        ("Wrikes", "wrike"),
        ("service now available", "servicenow"),  # split names only when both parts are capitalised
        ("released version one of the app", "versionone"),
        ("Smartsheeting", "smartsheet"),  # too far
    ],
)
def test_no_fuzzy_on_short_or_distant_words(text, entry_id):
    assert entry_id not in ids(match_text(text), "tools")


# ---------------------------------------------------------------- false friends


@pytest.mark.parametrize(
    "text, field, entry_id",
    [
        ("Managed distributed teams across 3 time zones", "tools", "microsoft-teams"),
        ("Teams were aligned on the release plan", "tools", "microsoft-teams"),
        ("Building High-Performing Teams | Agile | PMP", "tools", "microsoft-teams"),
        ("Built slack time into the schedule", "tools", "slack"),
        ("Slack time was added to every phase", "tools", "slack"),
        ("Rally the team around the goal", "tools", "rally"),
        ("Rallied stakeholders behind the plan", "tools", "rally"),
        ("Helped rally support for the change", "tools", "rally"),
        ("Ran a lean budget", "methodologies", "lean"),
        ("Kept the team lean", "methodologies", "lean"),
        ("Lean budget, big results", "methodologies", "lean"),
        ("Yoga teacher: Asana and pranayama", "tools", "asana"),
        ("Daily asana practice", "tools", "asana"),
        ("R&D budget of $2M", "technical", "r-language"),
        ("Presented to C-level stakeholders", "technical", "c"),
        ("Graded C in statistics", "technical", "c"),
        ("Grade R required", "technical", "r-language"),
        ("Customer Success Manager (CSM) at Acme", "certifications", "csm"),
        ("CSM for 40 enterprise accounts in customer success", "certifications", "csm"),
        ("MyTeamdeckApp integration", "tools", "teamdeck"),
        ("Worked in a safe environment", "methodologies", "safe"),
        ("Excel at stakeholder management", "tools", "excel"),
        ("excel in fast-paced settings", "tools", "excel"),
        ("Zoom in on the details", "tools", "zoom"),
        ("A notion of ownership", "tools", "notion"),
        ("Everest Basecamp trek, 2019", "tools", "basecamp"),
        ("the basecamp of the team was in Haifa", "tools", "basecamp"),  # a common noun in lower case
        ("Confluence of business and IT goals", "tools", "confluence"),
        ("Windows XP support", "methodologies", "xp"),
        ("Drove a hybrid cloud migration", "methodologies", "hybrid"),
        ("Azure DevOps", "methodologies", "devops"),
        ("Azure DevOps", "technical", "azure"),
        ("CISA guidance on patching", "certifications", "cisa"),
        ("Google Project Management Certificate", "certifications", "google-cloud"),
        ("Scrum Master, Acme Corp", "certifications", "psm"),
        ("Clarity of goals", "tools", "clarity-ppm"),
        ("Aha! The release went out on time.", "tools", "aha"),
        ("Resource Guru", "technical", "servers"),
        ("Added controls that loaded our containers by PO and weight", "technical", "containers"),
        ("Responsible for all off-site storage archives and facilities", "technical", "storage-backup"),
        ("Cold storage of samples at the lab", "technical", "storage-backup"),
    ],
)
def test_false_friends(text, field, entry_id):
    assert entry_id not in ids(match_text(text), field)


@pytest.mark.parametrize(
    "text, field, entry_id",
    [
        ("Used Microsoft Teams daily", "tools", "microsoft-teams"),
        ("MS Teams rollout", "tools", "microsoft-teams"),
        ("Tools: Jira, Teams, Slack", "tools", "microsoft-teams"),
        ("Jira | Confluence | Teams", "tools", "microsoft-teams"),
        ("Moved the team from email to Slack", "tools", "slack"),
        ("Slack and Jira integrations", "tools", "slack"),
        ("Tracked the backlog in Rally", "tools", "rally"),
        ("Rally Software", "tools", "rally"),
        ("Applied Lean principles", "methodologies", "lean"),
        ("Introduced Lean and Kanban", "methodologies", "lean"),
        ("Managed tasks in Asana", "tools", "asana"),
        ("Languages: Python, R, SQL", "technical", "r-language"),
        ("Languages: C, C++, Java", "technical", "c"),
        ("Certified ScrumMaster (CSM)", "certifications", "csm"),
        ("Teamdeck", "tools", "teamdeck"),
        ("Advanced Excel and Power BI", "tools", "excel"),
        ("Built reports in Excel", "tools", "excel"),
        ("Ran workshops on Zoom", "tools", "zoom"),
        ("Kept the wiki in Notion", "tools", "notion"),
        ("Scaled with SAFe", "methodologies", "safe"),
        ("Hybrid Agile delivery", "methodologies", "hybrid"),
        ("Methodologies: Agile, Hybrid", "methodologies", "hybrid"),
        ("Tracked schedule commitments and critical paths for the program", "methodologies", "critical-path"),
        ("Project Management Certification - Riverton Institute", "certifications", "pm-certificate"),
        ("MSP Practitioner and PRINCE2 Foundation", "certifications", "msp"),
        ("Kanban Management Professional (KMP I)", "certifications", "kmp"),
        ("Tools: Jira, Aha!, Confluence", "tools", "aha"),
        ("Built intake apps in QuickBase", "tools", "quickbase"),
        ("Moved 40 services to containerized deployments", "technical", "containers"),
        ("Ran the platform team on Kubernetes", "technical", "containers"),
        ("Migrated 200 TB of enterprise storage to the new SAN", "technical", "storage-backup"),
        ("Owned backups and the data storage roadmap", "technical", "storage-backup"),
    ],
)
def test_the_real_thing_still_matches(text, field, entry_id):
    assert entry_id in ids(match_text(text), field)


# ---------------------------------------------------------------- certifications


@pytest.mark.parametrize(
    "text, status",
    [
        ("PMP certified", "held"),
        ("PMP, PMI 2019", "held"),
        ("Jane Doe, PMP", "held"),
        ("Passed the PMP exam in 2021", "held"),
        ("Pursuing PMP", "in_progress"),
        ("PMP candidate", "in_progress"),
        ("PMP (expected 2026)", "in_progress"),
        ("PMP - exp. 2026", "in_progress"),
        ("Preparing for the PMP exam", "in_progress"),
        ("PMP exam prep course", "in_progress"),
        ("PMP exam prep", "in_progress"),
        ("preparing for PMP", "in_progress"),
        ("Training toward PMP", "in_progress"),
        ("PMP Training (in progress)", "in_progress"),
        ("PMP certified Scrum training lead", "held"),
        ("Completed 35 contact hours toward the PMP", "in_progress"),
        ("35 contact hours (PMP)", "in_progress"),
        ("Studying for PMP", "in_progress"),
        ("PMP (in progress)", "in_progress"),
        ("PMP – in progress", "in_progress"),
        ("Working towards PMP certification", "in_progress"),
        ("Expected: PMP 2027", "in_progress"),
        # the long name in brackets is the same mention: the words after it speak for both
        ("PMP (Project Management Professional), in progress", "in_progress"),
        ("PMP (Project Management Professional) - expected 2027", "in_progress"),
        ("PMP (Project Management Professional), 2019; CAPM (Certified Associate in Project Management) in progress", "held"),
        ("PMP (Project Management Professional), PMI, 2019", "held"),
    ],
)
def test_held_or_in_progress(text, status):
    assert one(match_text(text), "certifications", "pmp").status == status


@pytest.mark.parametrize(
    "text",
    [
        "PMP trained",
        "PMP-trained project coordinator",
        "Trained on PMP and CSM",
        "PMP course",
        "PMP training",
        "Completed PMP training, 2019",
        "PMP Bootcamp 2020",
        "PMP 35-hour course",
        "Certified ScrumMaster training",
        "Lean Six Sigma Champion Training 2004",
    ],
)
def test_training_or_a_course_is_not_the_certification(text):
    """Training or a course on its own is neither held nor in progress: the certification is not
    claimed (in progress needs words saying the person is working towards it)."""
    assert match_text(text).certifications == ()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("PMP and Agile training", {"pmp": "held"}),
        ("PMP, Agile training", {"pmp": "held"}),
        ("PMP certification and SAFe training", {"pmp": "held"}),
    ],
)
def test_training_next_to_a_held_certification_leaves_it_held(text, expected):
    assert {match.id: match.status for match in match_text(text).certifications} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Certifications: PMP (expected 2026), CSM", {"pmp": "in_progress", "csm": "held"}),
        ("PMP (2019), CSM (in progress)", {"pmp": "held", "csm": "in_progress"}),
        ("Pursuing PMP and CSM", {"pmp": "in_progress", "csm": "in_progress"}),
        ("CSM; pursuing PMP", {"csm": "held", "pmp": "in_progress"}),
        ("PMP | PRINCE2 Practitioner | CSM", {"pmp": "held", "prince2": "held", "csm": "held"}),
    ],
)
def test_status_per_certification_in_one_line(text, expected):
    found = {match.id: match.status for match in match_text(text).certifications}
    assert found == expected


@pytest.mark.parametrize(
    "text, entry_id",
    [
        ("Coached the team through their PMP exams", "pmp"),
        ("Sponsored five engineers to earn CSM", "csm"),
        ("Helped 30 staff pass ITIL Foundation", "itil"),
        ("Mentored 4 project coordinators toward CAPM", "capm"),
        ("Funded PRINCE2 Practitioner courses for the PMO team", "prince2"),
        ("Delivered PMP training to 40 colleagues", "pmp"),
    ],
)
def test_someone_elses_certification(text, entry_id):
    assert entry_id not in ids(match_text(text), "certifications")


@pytest.mark.parametrize(
    "text, entry_id, is_certification",
    [
        ("ITIL 4 Foundation", "itil", True),
        ("ITIL certified", "itil", True),
        ("Applied ITIL practices to change management", "itil", False),
        ("Methodologies: Agile, Scrum, PRINCE2, Waterfall", "prince2", False),
        ("Delivered projects using PRINCE2", "prince2", False),
        ("PRINCE2 Foundation, 2018", "prince2", True),
        ("PRINCE2 (2019)", "prince2", True),
        ("AWS Certified Solutions Architect – Associate", "aws", True),
        ("Skills: AWS, Azure, GCP", "aws", False),
        ("Migrated 38 applications to AWS", "aws", False),
        ("Microsoft Certified: Azure Fundamentals", "azure", True),
        ("AZ-900", "azure", True),
        ("Cloud: Azure (certified)", "azure", True),
        ("Lean Six Sigma Green Belt", "six-sigma", True),
        ("Used Six Sigma tools to cut defects", "six-sigma", False),
        ("SAFe Agilist", "safe", True),
        ("Scaled delivery with SAFe", "safe", False),
        ("Certifications: PMP, ITIL, PRINCE2", "itil", True),
        ("Senior IT PM | PMP | PRINCE2 | Agile", "prince2", True),
        ("We need a PM with PMP, Scrum, Jira, Azure and stakeholder skills", "azure", False),
        ("Skills: PMP, AWS, Azure", "aws", False),
        ("PMP, Scrum, Jira, ITIL", "itil", False),
        ("CompTIA Project+", "comptia-project-plus", True),
        ("CompTIA Security+", "comptia-security-plus", True),
        ("CCNA", "ccna", True),
        ("CISSP, CISM", "cism", True),
        ("Google Cloud Digital Leader", "google-cloud", True),
        ("Hosted on Google Cloud", "google-cloud", False),
    ],
)
def test_certification_needs_a_cue_when_the_name_is_also_a_method(text, entry_id, is_certification):
    assert (entry_id in ids(match_text(text), "certifications")) is is_certification


@pytest.mark.parametrize(
    "text, entry_id, name",
    [
        ("PRINCE2 Foundation", "prince2", "PRINCE2 Foundation"),
        ("PRINCE2® Practitioner", "prince2", "PRINCE2 Practitioner"),
        ("PRINCE2 Foundation and Practitioner", "prince2", "PRINCE2 Practitioner"),
        ("PRINCE2 certified", "prince2", "PRINCE2"),
        ("ITIL v3 Foundation", "itil", "ITIL Foundation"),
        ("ITIL 4 Managing Professional", "itil", "ITIL Managing Professional"),
        ("Six Sigma Black Belt", "six-sigma", "Six Sigma Black Belt"),
        ("SAFe 6 Agilist", "safe", "SAFe Agilist"),
        ("Certified SAFe 6 Release Train Engineer (RTE)", "safe", "SAFe Release Train Engineer"),
        ("AZ-104", "azure", "Azure Administrator Associate"),
        ("PSM I", "psm", "PSM I"),
        ("Certified Scrum Master", "csm", "CSM"),
    ],
)
def test_certification_names_with_levels(text, entry_id, name):
    assert one(match_text(text), "certifications", entry_id).name == name


# ---------------------------------------------------------------- profiles

RESUME = profile_of(
    ("header", "", "Jordan Avery\nSenior ERP Project Manager | SAP S/4HANA | PMP"),
    ("summary", "SUMMARY", "ERP project manager with 11 years leading SAP implementations for manufacturers."),
    (
        "experience",
        "EXPERIENCE",
        "Senior ERP Project Manager, Contoso Manufacturing, 2019 - Present\n"
        "• Led a team of 14 consultants through the SAP S/4HANA go-live across 6 plants, 2 weeks ahead of schedule.\n"
        "• Managed a $4.5M budget in MS Project and Jira; cut open defects by 38% before cutover.\n"
        "• Built a data migration plan that moved 1.2M master records with Informatica and\n"
        "  reduced reconciliation effort by 60% across finance.\n"
        "• Responsible for weekly status reports to the steering committee.",
    ),
    ("skills", "SKILLS", "Jira, Confluence, MS Project, Teams, Excel\nAWS, Azure, ITIL\nSQL (8 years), Power BI 2.0"),
    ("certifications", "CERTIFICATIONS", "ITIL\nPRINCE2 Foundation, 2014\nCSM (in progress)"),
)


def test_find_facts_on_a_profile():
    found = find_facts(RESUME)
    certs = {match.id: (match.status, match.name, match.evidence.section) for match in found.certifications}
    assert certs == {
        "pmp": ("held", "PMP", "header"),
        "itil": ("held", "ITIL", "certifications"),
        "prince2": ("held", "PRINCE2 Foundation", "certifications"),
        "csm": ("in_progress", "CSM", "certifications"),
    }
    assert "aws" not in ids(found, "certifications")  # a skill here, not a certificate
    assert {"jira", "confluence", "microsoft-project", "microsoft-teams", "excel", "power-bi"} <= set(ids(found, "tools"))
    assert {"sap", "data-migration", "aws", "azure", "sql"} <= set(ids(found, "technical"))
    assert ids(found, "specializations")[0] == "erp"


def test_evidence_points_into_profile_text_and_prefers_experience():
    found = find_facts(RESUME)
    for field in ("certifications", "tools", "methodologies", "technical", "competencies", "soft", "specializations"):
        for match in getattr(found, field):
            evidence = match.evidence
            assert RESUME.text[evidence.start:evidence.end] == evidence.text
            assert evidence.section == RESUME.section_at(evidence.start)
    jira = one(found, "tools", "jira")
    assert jira.evidence.section == "experience"  # also in skills, but experience is the better evidence
    teams = one(found, "tools", "microsoft-teams")
    assert teams.evidence.section == "skills"


def test_achievements_are_bullets_with_metrics():
    found = find_facts(RESUME)
    texts = [achievement.text for achievement in found.achievements]
    assert len(texts) == 3
    assert texts[0].startswith("Led a team of 14 consultants")
    assert [metric.kind for metric in found.achievements[0].metrics] == ["team_size", "count", "duration"]
    assert [metric.kind for metric in found.achievements[1].metrics] == ["money", "percent"]
    wrapped = found.achievements[2]
    assert wrapped.text.endswith("reduced reconciliation effort by 60% across finance.")  # continuation joined
    assert [(metric.kind, metric.value) for metric in wrapped.metrics] == [("count", 1_200_000.0), ("percent", 60.0)]
    for achievement in found.achievements:
        evidence = achievement.evidence
        assert evidence.section == "experience"
        assert RESUME.text[evidence.start:evidence.end] == evidence.text
        assert not evidence.text.startswith("•")
    # numbers in the skills section are not achievements
    assert not any("SQL" in text for text in texts)


def test_weak_phrases_and_buzzwords_are_reported_each_time():
    found = match_text("Results-driven team player. Responsible for status reports. Was responsible for budgets.")
    assert [match.id for match in found.buzzwords] == ["results-driven", "team-player"]
    assert [match.id for match in found.weak_phrases] == ["responsible-for", "responsible-for"]
    assert found.weak_phrases[0].category == "Owned"


@pytest.mark.parametrize(
    "text, first",
    [
        ("Cybersecurity Project Manager | CISSP | SOC 2, ISO 27001, vulnerability assessments", "cybersecurity"),
        ("Led the ServiceNow ITSM rollout: incident management, service catalog and SLAs for the service desk", "itsm"),
        ("Data center migration of 400 servers, network upgrades and VMware consolidation", "infrastructure"),
        ("Led the digital transformation of claims: RPA bots, paperless workflows and legacy modernization", "digital-transformation"),
        ("Software releases every 2 weeks with CI/CD, microservices and REST APIs for the mobile app", "software-development"),
        ("ERP Project Manager: SAP S/4HANA cutover, hypercare and go-live", "erp"),
    ],
)
def test_specialization_strongest_first(text, first):
    found = match_text(text)
    assert ids(found, "specializations")[0] == first
    strengths = [strength for _, strength in found.specialization_strength]
    assert strengths == sorted(strengths, reverse=True)


def test_no_specialization_from_a_single_weak_signal():
    assert match_text("Used Jira and Scrum").specializations == ()


def test_match_text_works_without_sections():
    found = match_text("Senior IT Project Manager | Agile & Digital Transformation Leader | $2M+ Budget Management")
    assert "agile" in ids(found, "methodologies")
    assert "digital-transformation" in ids(found, "specializations")
    assert all(match.evidence.section == "text" for match in found.methodologies)


def test_empty_text():
    assert match_text("") == FoundFacts()


@pytest.mark.parametrize("text", ["%" * 200_000, "=" * 200_000, "." * 200_000 + " Jira", "%$" * 100_000, "é%" * 100_000])
def test_long_runs_without_spaces_stay_fast(text):
    import time

    started = time.process_time()
    match_text(text)
    assert time.process_time() - started < 5


def test_very_long_text():
    # ~2M characters, the reader's limit; each line its own result (a result said twice counts once)
    found = match_text("".join(f"Led a team of 12 using Jira and Scrum at site {n}.\n" for n in range(52_000)))
    assert ids(found, "tools") == ["jira"]
    assert len(found.achievements) == 52_000


# ---------------------------------------------------------------- pipeline


def test_pipeline_is_built_once():
    first = get_pipeline()
    for index in range(25):
        match_text(f"Jira, Confluence and MS Project, release {index}")
        find_facts(RESUME)
    assert get_pipeline() is first
    assert pipeline.BUILDS == 1
    assert get_pipeline.cache_info().misses == 1
    assert load_all() is first.lexicons


def test_pipeline_has_no_components_and_no_special_cases():
    nlp = get_pipeline().nlp
    assert nlp.pipe_names == []
    assert nlp.tokenizer.rules == {}


def test_patterns_are_data():
    rows = pipeline.pattern_data()
    assert {"label", "pattern", "id", "mode"} <= set(rows[0])
    assert {"label": "tool", "pattern": "Jira", "id": "jira", "mode": "any", "cue": False, "weight": 0.0} in rows


@pytest.mark.parametrize(
    "text, normal, piece",
    [
        ("P.M.P. certified", "PMP", "P.M.P."),
        ("Jane  Doe,   PMP", "PMP", "PMP"),
        ("PMP®\n\n\nCSM", "CSM", "CSM"),
        ("PMP®\n\n\nCSM", "PMP", "PMP"),
        ("Microsoft\n   Project 2019", "Microsoft Project", "Microsoft\n   Project"),
        ("C#/.NET", "C# .NET", "C#/.NET"),
    ],
)
def test_normalised_offsets_map_back(text, normal, piece):
    norm = normalise(text)
    start = norm.text.index(normal)
    original_start, original_end = norm.to_original(start, start + len(normal))
    assert text[original_start:original_end] == piece


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Supply Chain Management (CSM) for three plants", "csm"),
        ("AWS D1.1 structural welding certificate, entry level welder", "aws"),
    ],
)
def test_same_letters_other_credentials(text, absent):
    assert absent not in ids(match_text(text), "certifications")


def test_security_plus_written_with_a_space():
    assert "comptia-security-plus" in ids(match_text("Certifications: CompTIA A+, Network+, Security +"), "certifications")


@pytest.mark.parametrize(
    "text, statuses",
    [
        ("CERTIFICATIONS\nCertified ScrumMaster (CSM) | In progress", {"csm": "in_progress"}),
        ("Certifications\nPMP | Expected 2027\nCSM | 2021", {"pmp": "in_progress", "csm": "held"}),
        ("Certifications\nPMP | 2019 | ongoing renewal", {"pmp": "held"}),
        ("Licenses & Certifications\nITIL 4 Foundation | In progress", {"itil": "in_progress"}),
    ],
)
def test_a_status_in_the_next_cell_of_a_certification_entry(text, statuses):
    found = match_text(text)
    assert {match.id: match.status for match in found.certifications} == statuses


@pytest.mark.parametrize(
    "text, statuses",
    [
        ("CERTIFICATIONS\nITIL 4 Foundation — AXELOS, 2010\nLean Six Sigma Green Belt — IASSC, in\nprogress\nLANGUAGES",
         {"itil": "held", "six-sigma": "in_progress"}),
        ("Certifications\nPMP, exam\nscheduled for 2027", {"pmp": "in_progress"}),
        ("Certifications\nCSM, in\nJira and Confluence", {"csm": "held"}),
    ],
)
def test_a_status_a_narrow_column_wrapped_to_the_next_line(text, statuses):
    assert {match.id: match.status for match in match_text(text).certifications} == statuses


def test_a_tool_name_is_not_read_into_the_next_lines_job_title():
    found = match_text("• Tracked the backlog using Jira\nService Desk Analyst, Northolm Financial\nJan 2015 - Dec 2017")
    assert {match.id for match in found.tools} == {"jira"}
    # a name a line break cut is still one name
    assert {match.id for match in match_text("Scheduled the plan in Microsoft\nProject and tracked it weekly").tools} == {"microsoft-project"}
