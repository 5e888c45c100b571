"""How IT project managers write their certifications, tools and methods: the forms a review of
the lexicons found missed or misread.  Every line here is made up for the test."""
import pytest

from profilecheck.nlp.matching import match_text


def certs(text: str) -> dict[str, tuple[str, str]]:
    """Certification id -> (status, name reported)."""
    return {match.id: (match.status, match.name) for match in match_text(text).certifications}


def ids(text: str, field: str) -> set[str]:
    return {match.id for match in getattr(match_text(text), field)}


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
