"""The shared Dushanbe notice through the real parser."""

from __future__ import annotations

from datetime import date

from secondment_desk import vacancy as vacancy_pkg
from secondment_desk.checklist import build_checklist
from secondment_desk.models import Vacancy
from tests.checklist.factories import DUSHANBE_TXT, job, levels, person

TODAY = date(2025, 8, 1)


def _parsed() -> Vacancy:
    found: list[Vacancy] = vacancy_pkg.parse_text(
        DUSHANBE_TXT.read_text(encoding="utf-8"), source_name=DUSHANBE_TXT.name
    )
    assert len(found) == 1
    return found[0]


def test_parsed_dushanbe_post_rules_out_tajik_nationals_and_residents() -> None:
    vacancy = _parsed()
    for profile in (
        person(nationalities=["Tajikistan"]),
        person(nationalities=["Germany", "Tajikistan"]),
        person(nationalities=["Germany"], residences=["Tajikistan"]),
    ):
        checklist = build_checklist(vacancy, profile, today=TODAY)
        eligibility = [i for i in checklist.items if i.category == "eligibility"]
        assert eligibility and all(i.status == "not_met" for i in eligibility)
        assert eligibility[0] in checklist.summary.blockers


def test_parsed_dushanbe_post_years_degree_and_russian() -> None:
    vacancy = _parsed()

    def years_status(profile_jobs: list[dict[str, object]], **kw: object) -> set[str]:
        checklist = build_checklist(vacancy, person(jobs=profile_jobs, **kw), today=TODAY)  # type: ignore[arg-type]
        return {i.status for i in checklist.items if i.category == "experience" and "6" in i.text}

    assert years_status([job("2020-08", "2025-07", management=True)]) == {"not_met"}
    seven = [job("2022-08", "2025-07", management=True), job("2018-08", "2022-07")]
    assert years_status(seven) == {"met"}
    bachelor = [{"institution": "U", "degree": "BA", "level": "first-level"}]
    checklist = build_checklist(
        vacancy,
        person(education=bachelor, jobs=[job("2017-08", "2025-07", management=True)]),
        today=TODAY,
    )
    mandatory = [i for i in checklist.items if i.category == "education" and i.kind == "mandatory"]
    assert mandatory and {i.status for i in mandatory} == {"met"}
    for level, status in (("B2", "met"), ("B1", "not_met")):
        checklist = build_checklist(
            vacancy, person(languages=[levels("Russian", level)]), today=TODAY
        )
        russian = [i for i in checklist.items if i.category == "language" and "Russian" in i.text]
        assert russian and {i.status for i in russian} == {status}
