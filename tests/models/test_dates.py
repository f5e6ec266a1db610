"""Dates in the models are ``date`` values, read from text only as YYYY-MM-DD, refused in words."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from pydantic import ValidationError

from secondment_desk.models import Application, Vacancy
from secondment_desk.models.dates import parse_iso_date
from secondment_desk.models.validation import describe_validation_error


def test_iso_text_becomes_a_date_and_json_stays_iso() -> None:
    vacancy = Vacancy(issue_date="2026-03-03", closing_date=" 2026-03-31 ")
    assert vacancy.issue_date == date(2026, 3, 3)
    assert vacancy.closing_date == date(2026, 3, 31)
    assert vacancy.contract_dict()["closing_date"] == "2026-03-31"
    assert json.loads(vacancy.model_dump_json())["issue_date"] == "2026-03-03"
    assert Vacancy.model_validate_json(vacancy.model_dump_json()) == vacancy


def test_a_day_first_date_is_refused_with_the_reason_and_the_iso_form() -> None:
    with pytest.raises(ValidationError) as err:
        Vacancy(closing_date="31/03/2026")
    said = describe_validation_error(err.value)
    assert said == (
        "closing_date: '31/03/2026' is not a date; write it as YYYY-MM-DD "
        "(did you mean 2026-03-31?)"
    )


def test_a_correction_assigned_to_the_vacancy_is_refused_and_the_old_date_kept() -> None:
    vacancy = Vacancy(closing_date="2026-03-30")
    with pytest.raises(ValidationError) as err:
        vacancy.closing_date = "31/03/2026"  # type: ignore[assignment]
    assert "'31/03/2026' is not a date" in describe_validation_error(err.value)
    assert vacancy.closing_date == date(2026, 3, 30)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("03/04/2026", "write it as YYYY-MM-DD, e.g. 2026-03-31"),  # either order: no guess
        ("2026-02-30", "is not a day of the calendar"),
        ("1700000000", "is not a date"),  # pydantic alone would read a Unix time
        ("20260331", "is not a date"),  # Python's fromisoformat alone would take it
        ("next Friday", "is not a date"),
    ],
)
def test_other_text_is_refused_with_a_reason(text: str, reason: str) -> None:
    with pytest.raises(ValueError) as err:
        parse_iso_date(text)
    assert reason in str(err.value) and f"'{text}'" in str(err.value)
    with pytest.raises(ValidationError):
        Vacancy(issue_date=text)


def test_blank_text_is_not_stated() -> None:
    assert Vacancy(closing_date="  ").closing_date is None


def test_an_application_saved_with_an_unreadable_date_still_opens_and_keeps_the_text() -> None:
    """A record written before dates were typed may hold "31.10.2026": nothing is lost."""
    stored = Application(profile_id="p1", vacancy=Vacancy(title="Adviser")).model_dump(mode="json")
    stored["vacancy"]["closing_date"] = "31.10.2026"
    app = Application.model_validate_json(json.dumps(stored))
    assert app.vacancy.closing_date is None
    assert "closing_date" in app.vacancy.missing
    assert any("31.10.2026" in w and "2026-10-31" in w for w in app.vacancy.warnings)


def test_application_times_must_carry_a_zone() -> None:
    with pytest.raises(ValidationError):
        Application(profile_id="p1", vacancy=Vacancy(), updated_at=datetime(2026, 3, 1, 12, 0))


def test_date_or_none_reads_only_a_date_or_iso_text() -> None:
    from secondment_desk.models.dates import date_or_none

    assert date_or_none(date(2026, 3, 31)) == date(2026, 3, 31)
    assert date_or_none(" 2026-03-31 ") == date(2026, 3, 31)
    nothings: tuple[object, ...] = (None, "", "31/03/2026", "2026-02-30", 20260331, [])
    for nothing in nothings:
        assert date_or_none(nothing) is None
