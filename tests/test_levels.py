"""Career level and "is a project manager", read from generated profiles.

The ladder is climbed by years in project-management roles; years in other roles count as
experience but are not rungs.  Each case is a failure seen on real resumes, rebuilt here.
"""
from __future__ import annotations

from datetime import date

import pytest

import profilecheck
from profilecheck.nlp.levels import is_pm_title
from profilecheck.options import Options

AS_OF = Options(as_of=date(2026, 11, 30))


def facts(text: str):
    return profilecheck.analyze_text(text, AS_OF).facts


def resume(summary: str, roles: list[tuple[str, str, str]]) -> str:
    lines = ["Sam Rivera", "", "SUMMARY", summary, "", "EXPERIENCE"]
    for title, start, end in roles:
        lines += [f"{title} | Company Name | {start} - {end}", "- Did the work well."]
    return "\n".join(lines) + "\n"


def test_long_engineering_career_without_a_pm_role_is_at_the_foot_of_the_ladder():
    f = facts(resume("Engineer with a long record in embedded systems.", [
        ("Senior Software Engineer", "Jan 2012", "Present"),
        ("Software Engineer", "Mar 2007", "Dec 2011"),
    ]))
    assert f.years_of_experience == pytest.approx(19.8, abs=0.1)
    assert f.pm_years is None
    assert f.is_project_manager is False
    assert f.level == "foundation"


def test_level_follows_years_in_pm_roles_not_total_years():
    f = facts(resume("Delivery-focused manager.", [
        ("IT Project Manager", "Jan 2022", "Present"),
        ("Network Engineer", "Jan 2010", "Dec 2021"),
    ]))
    assert f.years_of_experience == pytest.approx(16.9, abs=0.1)
    assert f.pm_years == pytest.approx(4.9, abs=0.1)
    assert f.level == "mid"


def test_a_long_pm_career_is_senior_even_under_a_plain_title():
    f = facts(resume("Project manager for infrastructure programmes.", [
        ("Project Manager", "Jan 2011", "Present"),
    ]))
    assert f.level == "senior" and f.is_project_manager


@pytest.mark.parametrize("title", [
    "Engineering Project Manager", "Assistant Program Manager", "Project Coordinator Associate",
    "Designer/Project Manager", "Scrum Master", "PMO Analyst", "Program Director",
])
def test_pm_family_titles(title):
    assert is_pm_title(title)


@pytest.mark.parametrize("title", ["Project Engineer", "Construction Manager", "Producer", "Project Assistant", "Process Lead"])
def test_titles_outside_the_pm_family(title):
    assert not is_pm_title(title)


def test_an_early_pm_role_still_makes_a_project_manager():
    f = facts(resume("Operations leader.", [
        ("Operations Director", "Jan 2020", "Present"),
        ("Operations Manager", "Jan 2018", "Dec 2019"),
        ("Team Lead", "Jan 2016", "Dec 2017"),
        ("Project Coordinator", "Jan 2013", "Dec 2015"),
    ]))
    assert f.is_project_manager
    assert f.pm_years == pytest.approx(3.0, abs=0.1)
    assert f.level == "entry"


def test_a_summary_that_presents_a_pm_counts_but_an_aim_does_not():
    presents = facts(resume("Program manager with a record of on-time launches.", [("Producer", "Jan 2015", "Present")]))
    aims = facts(resume("Seeking a project manager position where I can grow.", [("Producer", "Jan 2015", "Present")]))
    assert presents.is_project_manager and presents.level == "foundation"
    assert aims.is_project_manager is False


@pytest.mark.parametrize(
    "title",
    ["Sr. PM", "TPM", "IT Project Mgr", "Proj. Manager", "Gerente de Projetos", "Gerente de Proyectos", "Jefe de Proyecto",
     "Coordenadora de Projetos", "Responsabile di progetto", "Chef de projet", "Projektleiterin", "Diretor de Programas"],
)
def test_short_forms_and_other_languages_name_a_pm_role(title):
    assert is_pm_title(title)


@pytest.mark.parametrize("title", ["Gerente de Vendas", "Product Manager", "Project Engineer", "Night shift until 5 PM", "Gestión de Proyectos"])
def test_near_pm_words_that_are_not_a_pm_role(title):
    assert not is_pm_title(title)


def test_an_it_director_with_no_pm_role_is_at_the_foot_of_the_pm_ladder():
    f = facts(resume("Technology leader for a retail group.", [
        ("Chief Technology Officer", "Jan 2015", "Present"),
        ("IT Director", "Jan 2006", "Dec 2014"),
    ]))
    assert f.pm_years is None
    assert f.level == "foundation"


def test_a_director_title_on_top_of_years_in_pm_roles_is_director():
    f = facts(resume("Leads the PMO of a bank.", [
        ("Director of IT Project Management", "Jan 2019", "Present"),
        ("IT Project Manager", "Jan 2011", "Dec 2018"),
    ]))
    assert f.pm_years > 7
    assert f.level == "director"
