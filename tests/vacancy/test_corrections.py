"""A correction keeps the notice consistent: missing, warnings and status follow the value."""

from __future__ import annotations

from datetime import date

import pytest

from secondment_desk.errors import ValidationFailed
from secondment_desk.models.vacancy import Vacancy
from secondment_desk.vacancy import load_vacancies
from secondment_desk.vacancy.corrections import correct, correctable, value_from_text
from tests.conftest import FIXTURES

NOTICE = FIXTURES / "vacancies" / "osce_field_kosovo_human_rights.txt"  # closes 2024-10-03
TODAY = date(2025, 1, 15)


def status(vacancy: Vacancy) -> str | None:
    """The status as stored now (read through a call, so each assert reads it afresh)."""
    return vacancy.status


def test_correcting_a_misread_closing_date_reopens_the_notice_and_drops_the_stale_warning() -> None:
    vacancy = load_vacancies(NOTICE, today=TODAY)[0]
    assert vacancy.status == "closed"
    assert any("2024-10-03 has passed" in w for w in vacancy.warnings)
    correct(vacancy, "closing_date", value_from_text("closing_date", "2025-02-20"), TODAY)
    assert vacancy.closing_date == date(2025, 2, 20)
    assert status(vacancy) == "open"
    assert not any("has passed" in w for w in vacancy.warnings)
    correct(vacancy, "closing_date", "2025-01-10", TODAY)  # still a past date: said again
    assert status(vacancy) == "closed"
    assert [w for w in vacancy.warnings if "has passed" in w] == [
        "the closing date 2025-01-10 has passed: this notice takes no more applications"
    ]


def test_a_found_field_is_no_longer_missing_nor_warned_about() -> None:
    vacancy = load_vacancies(NOTICE, today=TODAY)[0]
    vacancy.missing.append("grade")
    vacancy.warnings.append("grade not stated in this copy: check the official notice")
    correct(vacancy, "grade", "S2", TODAY)
    assert vacancy.grade == "S2" and "grade" not in vacancy.missing
    assert not any(w.startswith("grade not stated") for w in vacancy.warnings)


def test_a_wrong_value_is_refused_with_the_field_and_why_and_changes_nothing() -> None:
    vacancy = load_vacancies(NOTICE, today=TODAY)[0]
    before = vacancy.model_dump()
    with pytest.raises(ValidationFailed, match="closing_date") as err:
        correct(vacancy, "closing_date", "31/03/2026", TODAY)
    assert "2026-03-31" in str(err.value)  # the reason suggests the right way to write it
    with pytest.raises(ValidationFailed, match="not a field"):
        correct(vacancy, "text", "something else", TODAY)
    with pytest.raises(ValidationFailed, match=r"whole number|integer"):
        correct(vacancy, "number_of_posts", "two", TODAY)
    assert vacancy.model_dump() == before


def test_a_cancelled_notice_stays_cancelled_whatever_its_date() -> None:
    vacancy = load_vacancies(NOTICE, today=TODAY)[0]
    vacancy.status = "cancelled"
    correct(vacancy, "closing_date", "2025-03-01", TODAY)
    assert vacancy.status == "cancelled"


def test_lists_are_typed_comma_separated_and_empty_clears() -> None:
    assert value_from_text("languages_mandatory", "English, Russian;French") == [
        "English",
        "Russian",
        "French",
    ]
    assert value_from_text("grade", "  ") is None
    assert "closing_date" in correctable() and "text" not in correctable()
