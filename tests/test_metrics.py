"""Metrics in bullets: money, percentages, team sizes, durations and counts; and numbers that are not."""
import pytest

from profilecheck.models import Metric
from profilecheck.nlp.metrics import find_metrics, money_and_percent, parse_number


def kinds(text: str) -> list[tuple[str, float, str]]:
    return [(metric.kind, metric.value, metric.unit) for metric in find_metrics(text)]


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("Managed a $1.2M budget", 1_200_000.0, "USD"),
        ("Cut vendor spend by EUR 500K", 500_000.0, "EUR"),
        ("Delivered a €2.5 million programme", 2_500_000.0, "EUR"),
        ("Secured USD 2 million in funding", 2_000_000.0, "USD"),
        ("Owned a budget of 3 million", 3_000_000.0, None),
        ("Saved $850,000 in licence fees", 850_000.0, "USD"),
        ("Saved £250k a year", 250_000.0, "GBP"),
        ("A 2 million USD contract", 2_000_000.0, "USD"),
        ("Recovered 1.5 million dollars", 1_500_000.0, "USD"),
        ("Ran a $2M+ portfolio", 2_000_000.0, "USD"),
        ("Budgets of $250K–$1.2M", 250_000.0, "USD"),
        ("US$ 40,000 in savings", 40_000.0, "USD"),
        ("A$3.5M rollout", 3_500_000.0, "AUD"),
        ("Annual budget $14.5 million", 14_500_000.0, "USD"),
    ],
)
def test_money(text, value, unit):
    money = [metric for metric in find_metrics(text) if metric.kind == "money"]
    assert money and money[0] == Metric("money", value, unit)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Reduced defects by 35%", 35.0),
        ("Kept 99.8% uptime", 99.8),
        ("Improved adoption by 40 percent", 40.0),
        ("Cut costs 12 per cent", 12.0),
        ("Raised on-time delivery from 60% to 95%", 60.0),
        ("Lifted satisfaction 30-40%", 40.0),
    ],
)
def test_percent(text, value):
    found = [metric for metric in find_metrics(text) if metric.kind == "percent"]
    assert found and found[0] == Metric("percent", value, "%")


@pytest.mark.parametrize(
    "text, value",
    [
        ("Led a cross-functional team of 12 developers", 12.0),
        ("Ran a 12-person team", 12.0),
        ("Led 15 engineers across two sites", 15.0),
        ("Managed 8 direct reports", 8.0),
        ("Built a 20-member delivery team", 20.0),
        ("Supervised 6 QA analysts and testers", 6.0),
        ("Led a team of over 40", 40.0),
        ("Coordinated 25 offshore developers", 25.0),
        ("Managed twelve engineers", 12.0),
        ("Led 12 project managers across the portfolio", 12.0),  # people of a kind, not 12 projects
    ],
)
def test_team_size(text, value):
    found = [metric for metric in find_metrics(text) if metric.kind == "team_size"]
    assert found == [Metric("team_size", value, "people")]


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("Delivered 3 weeks ahead of schedule", 3.0, "weeks"),
        ("Launched the portal in 6 months", 6.0, "months"),
        ("Closed the audit findings within 90 days", 90.0, "days"),
        ("Cut onboarding from 10 days to 2 days", 10.0, "days"),
        ("Went live 2 weeks early", 2.0, "weeks"),
        ("Saved 200 hours of manual reporting a quarter", 200.0, "hours"),
    ],
)
def test_duration(text, value, unit):
    found = [metric for metric in find_metrics(text) if metric.kind == "duration"]
    assert found and found[0] == Metric("duration", value, unit)


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("Delivered 40+ projects", 40.0, "projects"),
        ("Shipped 12 releases a year", 12.0, "releases"),
        ("Rolled out to 3,000 users", 3000.0, "users"),
        ("Migrated 38 applications to AWS", 38.0, "applications"),
        ("Consolidated 5 data centers", 5.0, "centers"),
        ("Supported 1.2M customers", 1_200_000.0, "customers"),
        ("Onboarded 200 employees", 200.0, "people"),
        ("Managed 14 vendors", 14.0, "vendors"),
        ("Rolled out 3,000 laptops with Windows 10", 3000.0, "laptops"),
        ("Upgraded 400 desktops to Windows 10", 400.0, "desktops"),
        ("Covered for two separate project managers on leave", 2.0, "people"),  # not 2 projects
    ],
)
def test_count(text, value, unit):
    found = [metric for metric in find_metrics(text) if metric.kind == "count"]
    assert found and found[0] == Metric("count", value, unit)


def test_several_metrics_in_one_bullet():
    text = (
        "Led cross-functional team of 12 developers, QA, and business analysts to migrate legacy ERP system to "
        "cloud-based SAP platform. Managed $1.2M budget, delivered 3 weeks ahead of schedule, achieved 99.8% data "
        "accuracy. Agile methodology with 2-week sprints."
    )
    assert kinds(text) == [
        ("team_size", 12.0, "people"),
        ("money", 1_200_000.0, "USD"),
        ("duration", 3.0, "weeks"),
        ("percent", 99.8, "%"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Jan 2019 – Present",
        "2015 - 2019",
        "Phone: +44 20 7946 0958",
        "Call 555-014-8822",
        "Upgraded the desktops to Windows 10",
        "Windows 10 devices",
        "Office 365 users",
        "Led the ISO 27001 certification",
        "Migrated finance to SAP S/4HANA",
        "Moved mail to Office 365",
        "12+ years of experience in IT project management",
        "Agile methodology with 2-week sprints",
        "Version 2.1 released",
        "Managed the 2019 release",
        "Over 10 years leading projects",
        "PMP certified since 2018",
        "Dynamics 365 rollout",
        "Top 10 finalist",
        "Lives in Zone 3",
    ],
)
def test_not_metrics(text):
    assert find_metrics(text) == ()


@pytest.mark.parametrize("text, value", [("3,000", 3000.0), ("1.2", 1.2), ("twelve", 12.0), ("abc", None)])
def test_parse_number(text, value):
    assert parse_number(text) == value


def test_offsets_point_at_the_money():
    text = "Saved $850,000 and cut 35% of costs"
    found = money_and_percent(text)
    assert [text[start:end] for start, end, _ in found] == ["$850,000", "35%"]


def test_no_count_of_a_noun_that_qualifies_another():
    for text in ("Wrote 3 project plans for the board", "Set up 2 release schedules"):
        assert not [metric for metric in find_metrics(text) if metric.kind == "count" and metric.unit in ("projects", "releases")], text
