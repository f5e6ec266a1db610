"""One education-level type for the notice, the profile, the checklist and the importers."""

from __future__ import annotations

import json
from datetime import date

import pytest
from pydantic import ValidationError

from secondment_desk.checklist import build_checklist
from secondment_desk.models import Vacancy
from secondment_desk.models.education import EDUCATION_ORDER, EducationLevel
from secondment_desk.models.profile import Education, profile_from_data
from secondment_desk.models.validation import describe_validation_error


def test_the_notice_and_the_profile_hold_the_same_type() -> None:
    vacancy = Vacancy(education_level="master")
    entry = Education(institution="University of Vienna", level="master")
    assert vacancy.education_level is EducationLevel.MASTER
    assert entry.level is EducationLevel.MASTER
    assert vacancy.contract_dict()["education_level"] == "master"  # the contract's word


@pytest.mark.parametrize(
    ("stored", "level"),
    [
        ("first-level", EducationLevel.BACHELOR),
        ("second-level", EducationLevel.MASTER),
        ("Second level", EducationLevel.MASTER),
        ("Master's", EducationLevel.MASTER),
        ("doctorate", EducationLevel.DOCTORATE),
    ],
)
def test_profiles_stored_with_the_osce_words_still_open(stored: str, level: EducationLevel) -> None:
    profile = profile_from_data(
        {
            "personal": {"family_name": "Petrova", "first_name": "Anna"},
            "education": [{"institution": "U", "level": stored}],
        }
    )
    assert profile.education[0].level is level
    assert json.loads(profile.model_dump_json())["education"][0]["level"] == level.value


def test_an_unknown_level_is_refused_with_the_choices() -> None:
    with pytest.raises(ValidationError) as err:
        Education(institution="U", level="postdoc")
    said = describe_validation_error(err.value)
    assert said == (
        "level: 'postdoc' is not an education level; use one of secondary, bachelor, master, "
        "doctorate"
    )


def test_levels_rank_by_degree_not_by_spelling() -> None:
    # As strings "doctorate" < "master"; as levels a doctorate is the higher one.
    assert EducationLevel.DOCTORATE.rank > EducationLevel.MASTER.rank
    assert [level.rank for level in EDUCATION_ORDER] == [0, 1, 2, 3]
    assert EDUCATION_ORDER[0] is EducationLevel.SECONDARY


def test_highest_education_is_the_top_level_of_the_profile() -> None:
    profile = profile_from_data(
        {
            "personal": {"family_name": "Petrova", "first_name": "Anna"},
            "education": [
                {"institution": "A", "level": "doctorate"},
                {"institution": "B", "level": "second-level"},
            ],
        }
    )
    assert profile.highest_education() is EducationLevel.DOCTORATE


@pytest.mark.parametrize(
    ("asked", "mine", "status"),
    [
        ("master", "second-level", "met"),
        ("master", "doctorate", "met"),
        ("doctorate", "master", "not_met"),
        ("bachelor", "first-level", "met"),
    ],
)
def test_the_checklist_compares_the_notice_level_with_the_profile_level(
    asked: str, mine: str, status: str
) -> None:
    profile = profile_from_data(
        {
            "personal": {"family_name": "Petrova", "first_name": "Anna"},
            "education": [{"institution": "U", "degree": "Degree", "level": mine}],
        }
    )
    vacancy = Vacancy(organization="OSCE", title="Adviser", education_level=asked)
    item = build_checklist(vacancy, profile, today=date(2026, 1, 1)).item("notice:education")
    assert item.status == status, item.reason
