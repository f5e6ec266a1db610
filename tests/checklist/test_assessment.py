"""The issue's "Done means" cases and the rules around them, on the Dushanbe post."""

from __future__ import annotations

from datetime import date

import pytest

from secondment_desk.checklist import Checklist, build_checklist
from secondment_desk.models import ChecklistItem, Vacancy
from tests.checklist.factories import DUSHANBE_REQUIREMENTS, dushanbe, job, levels, person

TODAY = date(2025, 8, 1)


def _by_text(checklist: Checklist, start: str) -> ChecklistItem:
    found = [i for i in checklist.items if i.text.startswith(start)]
    assert len(found) == 1, [i.text for i in checklist.items]
    return found[0]


def _eligibility(checklist: Checklist) -> ChecklistItem:
    return checklist.item("notice:eligibility")


def _experience(checklist: Checklist) -> ChecklistItem:
    return _by_text(checklist, "Minimum 6 years")


def _education(checklist: Checklist) -> ChecklistItem:
    return _by_text(checklist, "Second-level university degree")


# --- eligibility -----------------------------------------------------------------------------


def test_tajik_national_is_ineligible_for_dushanbe() -> None:
    checklist = build_checklist(dushanbe(), person(nationalities=["Tajikistan"]), today=TODAY)
    item = _eligibility(checklist)
    assert item.status == "not_met"
    assert "national of Tajikistan" in item.reason
    assert item in checklist.summary.blockers
    assert checklist.summary.blockers[0] is item  # eligibility comes first


def test_dual_national_is_ineligible_even_on_another_passport() -> None:
    profile = person(nationalities=["Germany", "TJ"])
    item = _eligibility(build_checklist(dushanbe(), profile, today=TODAY))
    assert item.status == "not_met"
    assert "another passport" in item.reason


def test_permanent_resident_of_the_duty_station_country_is_ineligible() -> None:
    profile = person(nationalities=["Germany"], residences=["Tajikistan"])
    item = _eligibility(build_checklist(dushanbe(), profile, today=TODAY))
    assert item.status == "not_met"
    assert "permanent resident of Tajikistan" in item.reason
    assert {e.ref for e in item.evidence} == {
        "personal.nationalities",
        "personal.permanent_residences",
    }


def test_other_nationals_are_eligible_with_the_reason_said() -> None:
    item = _eligibility(build_checklist(dushanbe(), person(nationalities=["Germany"]), today=TODAY))
    assert item.status == "met"
    assert "Germany is an OSCE participating State" in item.reason
    assert "lists no permanent residence" in item.reason


@pytest.mark.parametrize(
    ("grade", "status"), [("S2", "met"), ("S1", "met"), ("S3", "not_met"), ("S", "unknown")]
)
def test_partners_for_cooperation_only_for_s1_and_s2(grade: str, status: str) -> None:
    profile = person(nationalities=["Japan"])
    item = _eligibility(build_checklist(dushanbe(grade=grade), profile, today=TODAY))
    assert item.status == status
    assert "Partner for Co-operation" in item.reason


def test_no_nationality_in_the_profile_stays_unknown() -> None:
    item = _eligibility(build_checklist(dushanbe(), person(nationalities=[]), today=TODAY))
    assert item.status == "unknown"
    assert "add every nationality" in item.reason


# --- experience ------------------------------------------------------------------------------


def test_five_years_do_not_meet_the_six_year_clause() -> None:
    profile = person(jobs=[job("2020-08", "2025-07", management=True)])
    item = _experience(build_checklist(dushanbe(), profile, today=TODAY))
    assert item.status == "not_met"
    assert "You have 5 years of relevant experience" in item.reason
    assert "1 year short" in item.reason


def test_seven_years_with_three_as_manager_meet_the_clause() -> None:
    jobs = [
        job("2022-08", "2025-07", "Head of Unit", management=True),
        job("2018-08", "2022-07", "Political Officer"),
    ]
    profile = person(jobs=jobs)
    item = _experience(build_checklist(dushanbe(), profile, today=TODAY))
    assert item.status == "met"
    assert "7 years of relevant experience" in item.reason
    assert "3 years of it in jobs marked as management" in item.reason
    assert [e.ref for e in item.evidence] == [profile.employment[0].id, profile.employment[1].id]


def test_enough_years_but_too_little_management_is_partly_met() -> None:
    jobs = [job("2023-08", "2025-07", management=True), job("2018-08", "2023-07")]
    item = _experience(build_checklist(dushanbe(), person(jobs=jobs), today=TODAY))
    assert item.status == "partly"
    assert "management experience is 1 year short" in item.reason


def test_overlapping_jobs_count_once_and_irrelevant_ones_not_at_all() -> None:
    jobs = [
        job("2019-08", "2025-07", management=True),
        job("2020-01", "2022-12", "Consultant"),  # inside the first: adds nothing
        job("2010-01", "2018-12", "Waiter", relevant=False),
    ]
    item = _experience(build_checklist(dushanbe(), person(jobs=jobs), today=TODAY))
    assert item.status == "met"
    assert "6 years of relevant experience" in item.reason
    assert "1 job marked not relevant was left out" in item.reason


def test_no_employment_is_unknown_not_a_failure() -> None:
    item = _experience(build_checklist(dushanbe(), person(jobs=[]), today=TODAY))
    assert item.status == "unknown"
    assert item.evidence == []


def test_subject_matter_experience_is_left_to_the_candidate_with_a_hint() -> None:
    jobs = [
        job(
            "2019-01", "2025-07", "Election Observer", duties="Long-term observer in field missions"
        )
    ]
    item = _by_text(
        build_checklist(dushanbe(), person(jobs=jobs), today=TODAY), "Working experience in field"
    )
    assert item.status == "unknown"
    assert item.evidence == []  # a hint in words, never invented evidence
    assert "Election Observer" in item.reason and "missions" in item.reason


# --- education -------------------------------------------------------------------------------


def _bachelor() -> list[dict[str, str]]:
    return [{"institution": "Charles University", "degree": "BA Politics", "level": "first-level"}]


def test_bachelor_with_eight_years_meets_the_s3_degree_clause_by_substitution() -> None:
    profile = person(education=_bachelor(), jobs=[job("2017-08", "2025-07", management=True)])
    item = _education(build_checklist(dushanbe(), profile, today=TODAY))
    assert item.status == "met"
    assert "substitution" in item.reason
    assert "6 + 2 = 8" in item.reason
    kinds = [e.kind for e in item.evidence]
    assert kinds[0] == "education" and "employment" in kinds


def test_bachelor_with_seven_years_does_not_meet_the_degree_clause() -> None:
    profile = person(education=_bachelor(), jobs=[job("2018-08", "2025-07", management=True)])
    checklist = build_checklist(dushanbe(), profile, today=TODAY)
    assert _education(checklist).status == "not_met"
    assert _experience(checklist).status == "met"  # the experience clause alone is fine
    assert "2 more years (8 in all)" in _experience(checklist).reason


def test_master_meets_the_degree_clause_and_names_the_entry() -> None:
    profile = person(jobs=[job("2017-08", "2025-07")])
    item = _education(build_checklist(dushanbe(), profile, today=TODAY))
    assert item.status == "met"
    assert item.evidence[0].ref == profile.education[0].id


def test_degree_without_a_level_stays_unknown() -> None:
    profile = person(education=[{"institution": "Somewhere", "degree": "Diploma"}])
    item = _education(build_checklist(dushanbe(), profile, today=TODAY))
    assert item.status == "unknown"
    assert "level" in item.reason


def test_education_field_of_the_vacancy_alone_gives_an_item() -> None:
    vacancy = dushanbe(requirements=[], education_level="bachelor")
    item = build_checklist(vacancy, person(education=_bachelor()), today=TODAY).item(
        "notice:education"
    )
    assert item.status == "met"


# --- languages -------------------------------------------------------------------------------


def _russian(checklist: Checklist) -> ChecklistItem:
    return _by_text(checklist, "Working knowledge of Russian")


def test_b2_russian_meets_working_knowledge() -> None:
    profile = person(languages=[levels("Russian", "B2")])
    item = _russian(build_checklist(dushanbe(), profile, today=TODAY))
    assert item.status == "met"
    assert "≈ B2" in item.reason
    assert item.evidence[0].kind == "language" and item.evidence[0].ref == "Russian"


def test_b1_russian_does_not_meet_working_knowledge() -> None:
    profile = person(languages=[levels("Russian", "B1")])
    item = _russian(build_checklist(dushanbe(), profile, today=TODAY))
    assert item.status == "not_met"
    assert item in build_checklist(dushanbe(), profile, today=TODAY).summary.desirable_gaps or True
    assert "below B2" in item.reason


def test_one_weak_skill_is_named() -> None:
    profile = person(languages=[levels("Russian", "C1", writing="B1")])
    item = _russian(build_checklist(dushanbe(), profile, today=TODAY))
    assert item.status == "partly"
    assert "Below B2: writing" in item.reason


def test_and_or_needs_only_one_language() -> None:
    profile = person(languages=[levels("Tajik", "B2"), levels("Russian", "A2")])
    item = _russian(build_checklist(dushanbe(), profile, today=TODAY))
    assert item.status == "met"
    assert "One of these is enough" in item.reason


def test_mandatory_working_knowledge_of_russian_as_a_vacancy_field() -> None:
    from secondment_desk.models import LanguageRequirement

    vacancy = dushanbe(
        requirements=[],
        language_requirements=[
            LanguageRequirement(language="Russian", kind="mandatory", wording="working knowledge")
        ],
    )
    met = build_checklist(vacancy, person(languages=[levels("Russian", "B2")]), today=TODAY)
    short = build_checklist(vacancy, person(languages=[levels("Russian", "B1")]), today=TODAY)
    assert met.item("notice:language:mandatory:russian").status == "met"
    assert short.item("notice:language:mandatory:russian").status == "not_met"
    assert short.item("notice:language:mandatory:russian") in short.summary.blockers


def test_native_speaker_and_unmapped_wording() -> None:
    from secondment_desk.models import LanguageRequirement

    vacancy = dushanbe(
        requirements=[],
        language_requirements=[
            LanguageRequirement(
                language="English", kind="mandatory", wording="Professional fluency"
            ),
            LanguageRequirement(language="French", kind="desirable", wording="Knowledge of French"),
        ],
    )
    profile = person(
        languages=[{"language": "English", "mother_tongue": True}, levels("French", "B1")]
    )
    checklist = build_checklist(vacancy, profile, today=TODAY)
    english = checklist.item("notice:language:mandatory:english")
    assert english.status == "met" and "≈ C1" in english.reason
    french = checklist.item("notice:language:desirable:french")
    assert french.status == "unknown"
    assert "Judge it yourself" in french.reason


def test_language_missing_from_the_profile() -> None:
    item = _russian(build_checklist(dushanbe(), person(languages=[]), today=TODAY))
    assert item.status == "not_met"
    assert "lists no Russian" in item.reason


# --- driving licence ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("licence", "manual", "status"),
    [
        (True, True, "met"),
        (True, False, "not_met"),
        (True, None, "unknown"),
        (False, None, "not_met"),
        (None, None, "unknown"),
    ],
)
def test_driving_licence_and_manual_transmission(
    licence: bool | None, manual: bool | None, status: str
) -> None:
    item = _by_text(
        build_checklist(dushanbe(), person(licence=licence, manual=manual), today=TODAY),
        "Possession of a valid",
    )
    assert item.status == status


# --- competencies ---------------------------------------------------------------------------


def test_s3_post_gets_core_values_core_and_managerial_competencies() -> None:
    checklist = build_checklist(dushanbe(), person(), today=TODAY)
    ids = [i.id for i in checklist.items if i.kind == "competency"]
    assert ids[:4] == ["osce:commitment", "osce:diversity", "osce:integrity", "osce:accountability"]
    assert "osce:analysis-and-decision-making" in ids
    assert "osce:leadership" in ids and "osce:strategic-thinking" in ids
    assert checklist.management_reason == "the grade is S3"


def test_s2_post_without_management_clause_has_no_managerial_competencies() -> None:
    vacancy = dushanbe(
        grade="S2",
        job_level="Professional",
        min_years_management=None,
        requirements=[r for r in dushanbe().requirements if "management level" not in r.text],
    )
    checklist = build_checklist(vacancy, person(), today=TODAY)
    groups = {i.group for i in checklist.items if i.kind == "competency"}
    assert groups == {"core_values", "core"}
    assert checklist.management_reason is None


@pytest.mark.parametrize(
    ("changes", "why"),
    [
        ({"grade": "P4", "job_level": None, "min_years_management": None}, "grade"),
        ({"grade": "D1", "job_level": None, "min_years_management": None}, "grade"),
        (
            {"grade": "S2", "job_level": "Senior Management", "min_years_management": None},
            "job level",
        ),
        ({"grade": None, "job_level": None, "min_years_management": 3}, "management level"),
    ],
)
def test_what_makes_a_management_post(changes: dict[str, object], why: str) -> None:
    vacancy = dushanbe(requirements=[], **changes)
    checklist = build_checklist(vacancy, person(), today=TODAY)
    assert checklist.management_reason is not None and why in checklist.management_reason
    assert any(i.group == "managerial" for i in checklist.items)


def test_competency_with_a_story_points_at_it_and_others_are_listed_without() -> None:
    profile = person(
        stories=[
            {"title": "Border talks", "competencies": ["osce:communication", "Leadership"]},
        ]
    )
    checklist = build_checklist(dushanbe(), profile, today=TODAY)
    comm = checklist.item("osce:communication")
    assert comm.status == "met"
    assert comm.evidence[0].kind == "story" and comm.evidence[0].ref == profile.stories[0].id
    assert checklist.item("osce:leadership").status == "met"
    without = {i.id for i in checklist.summary.competencies_without_story}
    assert "osce:communication" not in without and "osce:planning" in without
    assert checklist.item("osce:planning").status == "unknown"


def test_un_post_uses_the_un_model_and_unknown_organisations_none() -> None:
    un = build_checklist(dushanbe(organization="UN", grade="P3"), person(), today=TODAY)
    assert any(i.id == "un:teamwork" for i in un.items)
    none = build_checklist(dushanbe(organization=None), person(), today=TODAY)
    assert not any(i.kind == "competency" for i in none.items)


# --- honesty and summary --------------------------------------------------------------------


def test_every_item_says_why_and_nothing_is_met_without_a_reason() -> None:
    profiles = [
        person(),
        person(nationalities=[], jobs=[], education=[], licence=None, manual=None),
        person(jobs=[job("2010-01", None, management=True)], languages=[levels("Russian", "C2")]),
    ]
    for profile in profiles:
        for item in build_checklist(dushanbe(), profile, today=TODAY).items:
            assert item.reason.strip(), item.id
            assert item.decided_by == "computed"


def test_summary_orders_blockers_then_gaps_then_competencies() -> None:
    profile = person(nationalities=["Tajikistan"], jobs=[job("2021-08", "2025-07")])
    checklist = build_checklist(dushanbe(), profile, today=TODAY)
    s = checklist.summary
    assert [i.kind for i in s.blockers] == ["mandatory"] * len(s.blockers)
    assert {"notice:eligibility"} <= {i.id for i in s.blockers}
    assert _experience(checklist) in s.blockers
    assert all(i.kind == "desirable" for i in s.desirable_gaps)
    assert all(i.kind == "competency" for i in s.competencies_without_story)
    assert not s.ready and "not met" in s.headline()


def test_headline_says_not_fully_met_when_a_blocker_is_partly_met() -> None:
    profile = person(nationalities=["Norway"], jobs=[job("2019-08", "2025-07")])  # 6 y, no mgmt
    s = build_checklist(dushanbe(), profile, today=TODAY).summary
    assert [i.status for i in s.blockers] == ["partly"]
    assert s.headline() == "1 mandatory requirement not fully met."


def test_items_cover_every_requirement_in_mandatory_then_desirable_order() -> None:
    checklist = build_checklist(dushanbe(), person(), today=TODAY)
    requirement_ids = {r.id for r in dushanbe().requirements}
    assert requirement_ids <= {i.id for i in checklist.items}
    kinds = [i.kind for i in checklist.items]
    assert kinds == sorted(kinds, key=["mandatory", "desirable", "competency"].index)
    assert len(DUSHANBE_REQUIREMENTS) == len(requirement_ids)


def test_empty_vacancy_still_checks_eligibility() -> None:
    checklist = build_checklist(Vacancy(), person(), today=TODAY)
    assert [i.id for i in checklist.items] == ["notice:eligibility"]


def test_substitution_clause_on_its_own_is_judged_against_the_second_level_degree() -> None:
    """Parsers may split the degree clause: the 'in lieu' sentence alone must not pass a BA."""
    from secondment_desk.models import Requirement

    clause = (
        "A first-level university degree in combination with two years of additional "
        "qualifying experience may be accepted in lieu of the second-level university degree."
    )
    req = Requirement(kind="mandatory", category="education", text=clause)
    vacancy = dushanbe(requirements=[req])
    seven = person(education=_bachelor(), jobs=[job("2018-08", "2025-07")])
    eight = person(education=_bachelor(), jobs=[job("2017-08", "2025-07")])
    assert build_checklist(vacancy, seven, today=TODAY).item(req.id).status == "not_met"
    assert build_checklist(vacancy, eight, today=TODAY).item(req.id).status == "met"
