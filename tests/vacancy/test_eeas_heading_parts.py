"""An EEAS vacancy page's heading of parts (kind, grade, title, office, reference) as its pages
and their copies write it: the grade before or after the agent kind, the heading in capitals
with the delegation after "AT THE", the unit after the post, a grade's bracket inside the
title, a "Vacancy Notice:" lead, a count in words after "the recruitment of", and a site's
menus above it all."""

from __future__ import annotations

from datetime import date

import pytest

from secondment_desk.models.vacancy import Vacancy
from secondment_desk.vacancy import parse_text

BODY = (
    "\n09.09.2022 Expired\n\n"
    "The European External Action Service (EEAS) is the EU's diplomatic service. It helps the "
    "EU's foreign affairs chief carry out the Union's Common Foreign and Security Policy.\n"
    "Deadline for applications is 13/05/2024 at 12.00 hours (midday, Brussels time).\n"
)
MENUS = (
    "Skip to main content\nHome\nAbout us\nFind jobs\nSign in\n"
    "We use cookies to improve your experience on our website.\nAccept all cookies\n"
    "Language: English | Français | Español\n"
)


def _one(text: str) -> Vacancy:
    posts = parse_text(text, "page.txt", today=date(2000, 1, 1))
    assert len(posts) == 1
    return posts[0]


@pytest.mark.parametrize("dash", [" – ", " - "])
@pytest.mark.parametrize(
    ("kind", "grade"),
    [
        ("{g} Contract Agent", "FGIII"),
        ("Contract Agent {g}", "FGIII"),
        ("{g} Contract Agent", "FG IV"),
        ("HQ Contract Agent {g}", "FGII"),
    ],
)
@pytest.mark.parametrize(
    ("title", "country"),
    [("Regional Security Officer", "Djibouti"), ("Administrative Assistant", "Niger")],
)
def test_the_agent_kind_on_either_side_of_the_grade(
    dash: str, kind: str, grade: str, title: str, country: str
) -> None:
    heading = dash.join(
        ("EEAS vacancy", kind.format(g=grade), title, f"EU Delegation to {country}")
    )
    got = _one(heading + "\n" + BODY)
    assert (got.title, got.grade, got.office, got.country) == (
        title,
        grade,
        f"EU Delegation to {country}",
        country,
    )


@pytest.mark.parametrize("lead", ["Vacancy Notice: ", "EEAS Vacancy Notice: "])
@pytest.mark.parametrize(
    ("title", "country"),
    [("REGIONAL SECURITY OFFICER", "NIGER"), ("FINANCE OFFICER", "CHAD")],
)
def test_a_capitals_heading_names_the_delegation_after_at_the(
    lead: str, title: str, country: str
) -> None:
    heading = (
        f"{lead}EUROPEAN EXTERNAL ACTION SERVICE (EEAS) - {title} AT THE EU DELEGATION TO "
        f"{country} - CONTRACT AGENT FG III"
    )
    got = _one(heading + "\n" + BODY)
    assert got.title is not None and got.title.casefold() == title.casefold()
    assert got.grade == "FG III"
    assert (
        got.office is not None and got.office.casefold() == f"eu delegation to {country}".casefold()
    )
    assert got.country is not None and got.country.casefold() == country.casefold()


@pytest.mark.parametrize("unit", ["Resources and Logistics Sector", "Budget Division", "HR Unit"])
@pytest.mark.parametrize("title", ["Finance and Contracts Assistant", "Policy Officer"])
def test_the_unit_after_the_post_is_not_the_title(unit: str, title: str) -> None:
    heading = (
        f"EEAS Vacancy: {title} in the {unit} - HQ Contract Agent FGIII - "
        "EEAS Headquarters job No 299334"
    )
    got = _one(heading + "\n" + BODY)
    assert (got.title, got.grade, got.requisition_id) == (title, "FGIII", "299334")


@pytest.mark.parametrize("grade", ["AST-SC2", "AST/SC2", "AST 4"])
@pytest.mark.parametrize(
    ("before", "after"),
    [("Secretary", "to the Deputy Managing Director (DMD)"), ("Heads", "of Administration")],
)
def test_a_grade_bracket_inside_the_title_ends_the_name(
    grade: str, before: str, after: str
) -> None:
    heading = f"EEAS Vacancy: {before} ({grade}) {after} - DMD MENA, Middle East and North Africa"
    got = _one(heading + "\n" + BODY)
    assert (got.title, got.grade) == (f"{before} {after}", grade)


@pytest.mark.parametrize(("word", "n"), [("one", 1), ("two", 2), ("three", 3)])
@pytest.mark.parametrize("noun", ["Temporary Agent", "SECRETARY (AST/SC2)", "Legal Officers"])
def test_a_count_in_words_after_the_recruitment_of(word: str, n: int, noun: str) -> None:
    text = (
        "EEAS Vacancy: Secretary to the Director - HQ Temporary Agent AST/SC2\n"
        + BODY
        + f"The EEAS is launching a call for expression of interest for the recruitment of {word} "
        f"{noun} under Article 2(b) of the Conditions of Employment of Other Servants.\n"
    )
    assert _one(text).number_of_posts == n


@pytest.mark.parametrize(
    "heading",
    [
        "EEAS vacancy – FGIII Contract Agent – Regional Security Officer – EU Delegation to Niger",
        "EEAS Vacancy: Finance and Contracts Assistant in the Resources and Logistics Sector - "
        "HQ Contract Agent FGIII - EEAS Headquarters job No 299334",
    ],
)
def test_a_site_s_menus_above_the_heading_leave_it_read(heading: str) -> None:
    plain = _one(heading + "\n" + BODY)
    under_menus = _one(MENUS + heading + "\n" + BODY)
    assert plain.title is not None
    assert (under_menus.title, under_menus.grade, under_menus.issue_date) == (
        plain.title,
        plain.grade,
        plain.issue_date,
    )
