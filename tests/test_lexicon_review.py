"""How IT project managers write their certifications, tools and methods: the forms a review of
the lexicons found missed or misread.  Every line here is made up for the test."""
import pytest

from profilecheck.nlp.matching import match_text


def certs(text: str) -> dict[str, tuple[str, str]]:
    """Certification id -> (status, name reported)."""
    return {match.id: (match.status, match.name) for match in match_text(text).certifications}


def ids(text: str, field: str) -> set[str]:
    return {match.id for match in getattr(match_text(text), field)}


# ---------------------------------------------------------------- certification names


@pytest.mark.parametrize(
    "text, entry_id, name",
    [
        # SAFe 6 renamed the SPC and added credentials
        ("Certified SAFe® 6 Practice Consultant (SPC)", "safe", "SAFe Practice Consultant"),
        ("SAFe Practice Consultant, 2024", "safe", "SAFe Practice Consultant"),
        ("SAFe Agile Product Manager (APM)", "safe", "SAFe Agile Product Manager"),
        ("SAFe DevOps Practitioner (SDP)", "safe", "SAFe DevOps Practitioner"),
        # the Leading SAFe course ends in the Agilist exam
        ("Leading SAFe 6.0 certification", "safe", "SAFe Agilist"),
        # the version glued to ITIL
        ("Certifications: ITIL4 Foundation", "itil", "ITIL Foundation"),
        ("ITILv3 Foundation, 2014", "itil", "ITIL Foundation"),
        ("ITIL4 Managing Professional", "itil", "ITIL Managing Professional"),
        # the edition between PRINCE2 and its level
        ("PRINCE2 6th Edition Foundation", "prince2", "PRINCE2 Foundation"),
        ("PRINCE2® 7th Edition Practitioner, 2024", "prince2", "PRINCE2 Practitioner"),
        # Lean Six Sigma keeps its Lean; LSS is how many write it
        ("Lean Six Sigma Green Belt", "six-sigma", "Lean Six Sigma Green Belt"),
        ("Lean Six Sigma Black Belt (LSSBB), 2017", "six-sigma", "Lean Six Sigma Black Belt"),
        ("Lean Six Sigma, 2016", "six-sigma", "Lean Six Sigma"),
        ("LSS Green Belt", "six-sigma", "Lean Six Sigma Green Belt"),
        ("LSS Black Belt, 2019", "six-sigma", "Lean Six Sigma Black Belt"),
        # the short forms of the cloud exams
        ("AWS SAA, 2023", "aws", "AWS Solutions Architect Associate"),
        ("AWS CCP", "aws", "AWS Cloud Practitioner"),
    ],
)
def test_certification_names_as_written(text, entry_id, name):
    assert certs(text).get(entry_id) == ("held", name), certs(text)


@pytest.mark.parametrize(
    "text, entry_id, name",
    [
        # what the names were reported as before stays so
        ("Six Sigma Black Belt", "six-sigma", "Six Sigma Black Belt"),
        ("CSSGB, ASQ", "six-sigma", "Six Sigma Green Belt"),
        ("PRINCE2 Agile Practitioner, 2020", "prince2", "PRINCE2 Agile Practitioner"),
        ("PRINCE2 Agile certified", "prince2", "PRINCE2 Agile"),
        ("HashiCorp Certified: Terraform Associate (003)", "hashicorp", "HashiCorp Terraform Associate"),
        ("SAFe® 6.0 Agilist", "safe", "SAFe Agilist"),
        ("ITIL® 4 Foundation", "itil", "ITIL Foundation"),
    ],
)
def test_certification_names_unchanged(text, entry_id, name):
    assert certs(text).get(entry_id) == ("held", name), certs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Leading SAFe transformation for 10 agile release trains",
        "Leading SAFe adoption across the portfolio",
        "Leading SAFe implementation at a regional bank",
    ],
)
def test_leading_an_adoption_is_not_the_course(text):
    assert "safe" not in certs(text)
    assert "safe" in ids(text, "methodologies")


def test_a_method_glued_to_its_version_is_still_the_method():
    assert "itil" in ids("Applied ITIL4 practices to incident and change management", "methodologies")
    assert "itil" not in certs("Applied ITIL4 practices to incident and change management")


# ---------------------------------------------------------------- held or in progress


@pytest.mark.parametrize(
    "text",
    [
        "PMP (In-Progress)",
        "PMP (in-progress)",
        "In-progress: PMP",
        "PMP - currently enrolled",
        "PMP (exam booked for June)",
        "PMP aspirant",
        "PMP — authorized to test",
        "PMP (estimated completion: 2026)",
        "Will sit the PMP in 2026",
        "Currently working on my PMP",
    ],
)
def test_in_progress_as_written(text):
    assert certs(text).get("pmp", ("", ""))[0] == "in_progress", certs(text)


@pytest.mark.parametrize(
    "text",
    [
        "PMP certified, enrolled in an MBA programme",
        "PMP certified project manager who estimated and tracked budgets",
        "CSM, 2019 (expired)",
    ],
)
def test_still_held(text):
    found = certs(text)
    assert all(status == "held" for status, _ in found.values()) and found, found


# ---------------------------------------------------------------- the same letters, something else


@pytest.mark.parametrize(
    "text, entry_id",
    [
        ("Wrote the project management plan (PMP) for each release", "pmp"),
        ("Kept the PMP (Project Management Plan) current through three phase gates", "pmp"),
        ("Client Service Manager (CSM), regional bank, 2016 - 2019", "csm"),
        ("Our CSM team renewed 95% of accounts", "csm"),
    ],
)
def test_an_acronym_spelled_out_as_something_else(text, entry_id):
    assert entry_id not in certs(text)


@pytest.mark.parametrize(
    "text, entry_id",
    [
        ("Project Management Professional (PMP)", "pmp"),
        ("PMP (Project Management Professional), 2019", "pmp"),
        ("PMP (Project Mgmt Professional)", "pmp"),
        ("Certified Scrum Master (CSM)", "csm"),
        ("Certified ScrumMaster® (CSM)", "csm"),
        ("CSM (Scrum Alliance)", "csm"),
        ("Scrum Master (CSM)", "csm"),
        ("PSM (Professional Scrum Master)", "psm"),
        # the issuer spelled out, then its credential
        ("Certified, International Project Management Association (IPMA, Level D)", "ipma"),
    ],
)
def test_an_acronym_beside_its_own_name(text, entry_id):
    assert certs(text).get(entry_id, ("", ""))[0] == "held", certs(text)


# ---------------------------------------------------------------- methods


@pytest.mark.parametrize(
    "text, entry_id",
    [
        ("Release Train Engineer for an Agile Release Train of nine teams", "safe"),
        ("Ran Program Increment (PI) planning every quarter", "safe"),
        ("Coached two teams on Scrum@Scale", "scrum"),
        ("Testing followed the V-model", "v-model"),
        ("Delivered with a hybrid of Agile and Waterfall", "hybrid"),
        ("Skills: ITIL4, Jira", "itil"),
    ],
)
def test_methods_as_written(text, entry_id):
    assert entry_id in ids(text, "methodologies")


def test_lean_six_sigma_is_not_also_lean():
    assert "lean" not in ids("Certified Lean Six Sigma Black Belt (IASSC)", "methodologies")
    assert {"lean", "six-sigma"} <= ids("Skills: Lean, Six Sigma, Kaizen", "methodologies")


# ---------------------------------------------------------------- tools


@pytest.mark.parametrize(
    "text, entry_id",
    [
        ("Held weekly Teams calls with the offshore vendor", "microsoft-teams"),
        ("Ran the daily stand-up in Teams meetings", "microsoft-teams"),
        ("Kept the sprint backlog in ADO Boards", "azure-devops"),
        ("Baselined the schedule in MSP 2013", "microsoft-project"),
    ],
)
def test_tools_as_written(text, entry_id):
    assert entry_id in ids(text, "tools")


@pytest.mark.parametrize(
    "text, entry_id",
    [
        ("Teams meetings moved to Thursdays", "microsoft-teams"),
        ("Chose an MSP for the service desk", "microsoft-project"),
        ("Managed three teams across two sites", "microsoft-teams"),
    ],
)
def test_not_tools(text, entry_id):
    assert entry_id not in ids(text, "tools")
