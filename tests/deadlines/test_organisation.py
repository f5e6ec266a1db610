"""The organisation's deadline as a moment: defaults per organisation, DST, user's zone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from pydantic import ValidationError

from secondment_desk.deadlines import (
    DeadlineError,
    closing_moment,
    organisation_deadline,
    parse_closing_date,
    to_user_zone,
)
from secondment_desk.models.validation import describe_validation_error
from secondment_desk.organisations.rules import family_rules, rules_for
from tests.deadlines.conftest import vacancy


@pytest.mark.parametrize(
    ("closing", "offset_hours"),
    [
        # Summer time in Vienna starts on the last Sunday of March (29 Mar 2026).
        ("2026-03-27", 1),  # Friday before: CET
        ("2026-03-30", 2),  # Monday after: CEST
        # ... and ends on the last Sunday of October (25 Oct 2026).
        ("2026-10-23", 2),  # Friday before: CEST
        ("2026-10-26", 1),  # Monday after: CET
    ],
)
def test_osce_closes_2359_vienna_with_the_right_utc_offset(closing: str, offset_hours: int) -> None:
    at = organisation_deadline(vacancy(closing, "OSCE"))
    assert at is not None
    assert (at.hour, at.minute) == (23, 59)
    assert at.utcoffset() == timedelta(hours=offset_hours)
    day = datetime.fromisoformat(closing)
    assert at.astimezone(UTC) == datetime(
        day.year, day.month, day.day, 23 - offset_hours, 59, tzinfo=UTC
    )


def test_eu_and_un_defaults_come_from_data() -> None:
    eu = closing_moment(vacancy("2026-03-30", "EU"))
    un = closing_moment(vacancy("2026-03-30", "UN"))
    assert eu is not None and un is not None
    assert eu.at.isoformat() == "2026-03-30T17:00:00+02:00"
    assert eu.zone_name == "Europe/Brussels"
    assert un.at.isoformat() == "2026-03-30T23:59:00-04:00"
    assert (eu.source, un.organisation) == ("default", "UN")
    assert family_rules("eu").closing.time == "17:00"


def test_a_time_stated_in_the_notice_wins() -> None:
    found = closing_moment(vacancy("2026-10-26", "OSCE", closing_time="17:00 Europe/Brussels"))
    assert found is not None and found.source == "notice"
    assert found.at.isoformat() == "2026-10-26T17:00:00+01:00"
    assert found.zone_name == "Europe/Brussels"
    # A bare time takes the organisation's zone; a wording like "Brussels time" is understood.
    bare = closing_moment(vacancy("2026-07-01", "OSCE", closing_time="12:00"))
    assert bare is not None and bare.at.isoformat() == "2026-07-01T12:00:00+02:00"
    worded = closing_moment(vacancy("2026-07-01", "EU", closing_time="17:00 Brussels time"))
    assert worded is not None and str(worded.at.tzinfo) == "Europe/Brussels"


def test_unknown_organisation_uses_the_default_rule() -> None:
    found = closing_moment(vacancy("2026-07-01", None))
    assert found is not None and found.organisation == rules_for(None).short_name


@pytest.mark.parametrize(
    ("closing_date", "closing_time"),
    [("2026-10-26", "noon-ish"), ("2026-10-26", "17:00 Mars/Olympus")],
)
def test_bad_dates_and_times_are_clear_errors(closing_date: str, closing_time: str | None) -> None:
    with pytest.raises(DeadlineError) as err:
        closing_moment(vacancy(closing_date, "OSCE", closing_time=closing_time))
    assert (closing_time or closing_date) in str(err.value)


def test_a_bad_closing_date_is_refused_by_the_vacancy_with_its_text() -> None:
    """The date is typed in the model now: "26/10/2026" never reaches the deadlines."""
    with pytest.raises(ValidationError) as err:
        vacancy("26/10/2026", "OSCE")
    assert "26/10/2026" in describe_validation_error(err.value)
    with pytest.raises(DeadlineError) as raised:
        parse_closing_date("26/10/2026")
    assert "26/10/2026" in str(raised.value) and "2026-10-26" in str(raised.value)


def test_no_closing_date_gives_none() -> None:
    assert organisation_deadline(vacancy(None)) is None


def test_shown_in_the_users_zone_across_different_dst_dates() -> None:
    # 26 Oct 2026: Vienna is back on CET (+1) but New York is still on EDT (-4) until 1 Nov.
    at = organisation_deadline(vacancy("2026-10-26", "OSCE"))
    assert at is not None
    local = to_user_zone(at, ZoneInfo("America/New_York"))
    assert local.isoformat() == "2026-10-26T18:59:00-04:00"
    tokyo = to_user_zone(at, ZoneInfo("Asia/Tokyo"))
    assert tokyo.isoformat() == "2026-10-27T07:59:00+09:00"
