"""Vacancies and profiles built by hand for the checklist tests.

The Dushanbe post is the contract's fixture
(``tests/fixtures/contract/vacancies/osce_dushanbe_head_pmd``): its text, with the fields and
requirements a careful reader takes from it.
"""

from __future__ import annotations

from typing import Any

from secondment_desk.models import LanguageRequirement, Profile, Requirement, Vacancy
from secondment_desk.models.profile import profile_from_data
from tests.conftest import CONTRACT_FIXTURES

DUSHANBE_TXT = CONTRACT_FIXTURES / "vacancies" / "osce_dushanbe_head_pmd.txt"

DUSHANBE_REQUIREMENTS: list[tuple[str, str, str]] = [
    ("mandatory", "physical", "Excellent physical condition"),
    (
        "mandatory",
        "licence",
        "Possession of a valid automobile driving license and ability to drive using manual "
        "transmission",
    ),
    (
        "mandatory",
        "experience",
        "Diplomatic experience or experience working in political and/or politico-military "
        "affairs with international organizations and governments",
    ),
    (
        "mandatory",
        "education",
        "Second-level university degree/certified training course in a relevant field "
        "desirable. A first-level university degree in combination with two years of "
        "additional qualifying experience may be accepted in lieu of the second-level "
        "university degree.",
    ),
    (
        "mandatory",
        "experience",
        "Minimum 6 years of relevant, diversified and progressively responsible professional "
        "experience including at least 3 years at the management level relevant to the actual "
        "position.",
    ),
    (
        "desirable",
        "language",
        "Working knowledge of Russian and/or Tajik language would be an advantage",
    ),
    ("desirable", "experience", "Working experience in field missions."),
]


def dushanbe(**changes: Any) -> Vacancy:
    text = DUSHANBE_TXT.read_text(encoding="utf-8") if DUSHANBE_TXT.exists() else ""
    fields: dict[str, Any] = dict(
        organization="OSCE",
        office="OSCE Programme Office in Dushanbe",
        requisition_id="TAJ000394",
        contract_type="seconded",
        grade="S3",
        job_level="Middle Management",
        duty_station="Dushanbe",
        country="Tajikistan",
        closing_date="2025-08-29",
        education_level="master",
        min_years_experience=6,
        min_years_management=3,
        degree_substitution_years=2,
        languages_desirable=["Russian", "Tajik"],
        driving_licence_required=True,
        ineligible_nationalities=["Tajikistan"],
        language_requirements=[
            LanguageRequirement(language="Russian", kind="desirable", wording="Working knowledge"),
            LanguageRequirement(language="Tajik", kind="desirable", wording="Working knowledge"),
        ],
        requirements=[Requirement(kind=k, category=c, text=t) for k, c, t in DUSHANBE_REQUIREMENTS],
        text=text,
    )
    fields.update(changes)
    return Vacancy(**fields)


def job(
    start: str, end: str | None, title: str = "Political Officer", **more: Any
) -> dict[str, Any]:
    return {"title": title, "start": start, "end": end, **more}


def person(
    *,
    nationalities: list[str] | None = None,
    residences: list[str] | None = None,
    jobs: list[dict[str, Any]] | None = None,
    education: list[dict[str, Any]] | None = None,
    languages: list[dict[str, Any]] | None = None,
    stories: list[dict[str, Any]] | None = None,
    licence: bool | None = True,
    manual: bool | None = True,
) -> Profile:
    return profile_from_data(
        {
            "personal": {
                "family_name": "Petrova",
                "first_name": "Anna",
                "nationalities": ["Germany"] if nationalities is None else nationalities,
                "permanent_residences": residences or [],
                "driving_licence": licence,
                "manual_transmission": manual,
            },
            "employment": jobs if jobs is not None else [],
            "education": education
            if education is not None
            else [{"institution": "University of Vienna", "degree": "MA", "level": "second-level"}],
            "languages": languages or [],
            "stories": stories or [],
        }
    )


def levels(language: str, level: str, **overrides: str) -> dict[str, Any]:
    skills = ("listening", "reading", "spoken_interaction", "spoken_production", "writing")
    out: dict[str, Any] = {"language": language, **{s: level for s in skills}}
    out.update(overrides)
    return out
