from __future__ import annotations

from datetime import date

import pytest

from secondment_desk.errors import ValidationFailed
from secondment_desk.models.profile import Profile, profile_from_data


def _profile(jobs: list[dict[str, object]]) -> Profile:
    return profile_from_data(
        {"personal": {"family_name": "Petrova", "first_name": "Anna"}, "employment": jobs}
    )


def test_overlapping_jobs_count_once() -> None:
    profile = _profile(
        [
            {"title": "Adviser", "start": "2015-01", "end": "2018-12"},  # 4 years
            {"title": "Lecturer", "start": "2017-01", "end": "2019-12", "management": True},
        ]
    )
    assert profile.experience_years() == pytest.approx(5.0)
    assert profile.experience_years(management=True) == pytest.approx(3.0)


def test_present_job_runs_to_today_and_irrelevant_jobs_are_left_out() -> None:
    profile = _profile(
        [
            {"title": "Officer", "start": "2024-01", "end": None},
            {"title": "Waiter", "start": "2010-01", "end": "2013-12", "relevant": False},
        ]
    )
    assert profile.experience_years(today=date(2025, 12, 15)) == pytest.approx(2.0)


def test_errors_name_the_field() -> None:
    with pytest.raises(ValidationFailed) as exc:
        _profile([{"title": "Officer", "start": "2020-05", "end": "2019-01"}])
    assert "employment.0" in str(exc.value)
    assert "before it starts" in str(exc.value)
    with pytest.raises(ValidationFailed, match=r"personal\.email"):
        profile_from_data(
            {"personal": {"family_name": "A", "first_name": "B", "email": "not-an-address"}}
        )
    with pytest.raises(ValidationFailed, match=r"employment\.0\.start"):
        _profile([{"title": "Officer", "start": "May 2019"}])


def test_story_must_link_to_an_existing_job() -> None:
    with pytest.raises(ValidationFailed, match="no employment entry"):
        profile_from_data(
            {
                "personal": {"family_name": "A", "first_name": "B"},
                "stories": [{"title": "Crisis", "employment_ids": ["nope"]}],
            }
        )


def test_language_overall_is_the_weakest_skill() -> None:
    profile = profile_from_data(
        {
            "personal": {"family_name": "A", "first_name": "B"},
            "languages": [
                {"language": "Russian", "listening": "C1", "reading": "B2", "writing": "B1"},
                {"language": "Polish", "mother_tongue": True},
            ],
        }
    )
    russian = profile.language("russian")
    assert russian is not None and russian.overall() == "B1"
    polish = profile.language("Polish")
    assert polish is not None and polish.overall() == "C2"
