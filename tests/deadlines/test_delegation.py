"""The delegation deadline: closing date minus the lead time in the State's working days."""

from __future__ import annotations

from datetime import date

import pytest

from secondment_desk.deadlines import (
    application_deadlines,
    delegation_deadline,
    load_states,
    working_days_left,
)
from secondment_desk.deadlines.workdays import working_days_between
from tests.deadlines.conftest import MakeApp


@pytest.mark.parametrize(
    ("state", "closing", "lead", "expected"),
    [
        # Germany: 3 Oct 2025 (German Unity Day) is a Friday. Counting back from Tue 7 Oct:
        # Mon 6 (1), Sun 5 / Sat 4 weekend, Fri 3 holiday, Thu 2 (2), Wed 1 (3).
        ("Germany", date(2025, 10, 7), 3, date(2025, 10, 1)),
        # Austria: 26 Oct 2026 (National Day) is a Monday. From Wed 28 Oct:
        # Tue 27 (1), Mon 26 holiday, Sun 25 / Sat 24 weekend, Fri 23 (2), Thu 22 (3).
        ("Austria", date(2026, 10, 28), 3, date(2026, 10, 22)),
        # Poland: 11 Nov 2024 (Independence Day) was a Monday. From Wed 13 Nov:
        # Tue 12 (1), Mon 11 holiday, Sun 10 / Sat 9 weekend, Fri 8 (2).
        ("Poland", date(2024, 11, 13), 2, date(2024, 11, 8)),
        # United Kingdom (the FCDO keeps England's bank holidays): Good Friday 3 Apr and
        # Easter Monday 6 Apr 2026. From Tue 7 Apr: Mon 6 holiday, weekend, Fri 3 holiday,
        # Thu 2 (1).
        ("UK", date(2026, 4, 7), 1, date(2026, 4, 2)),
        # Germany's national body sits in Berlin: 8 March (Women's Day, Berlin only) 2027 is
        # a Monday. From Tue 9 Mar: Mon 8 holiday, weekend, Fri 5 (1).
        ("DE", date(2027, 3, 9), 1, date(2027, 3, 5)),
    ],
)
def test_weekend_and_holiday_are_skipped(
    state: str, closing: date, lead: int, expected: date
) -> None:
    assert delegation_deadline(closing, state, lead) == expected


def test_the_same_window_without_holidays_is_one_day_later() -> None:
    # Control for the Germany case: Hungary has no holiday on 3 Oct 2025, so only the weekend
    # is skipped: Mon 6 (1), Fri 3 (2), Thu 2 (3).
    assert delegation_deadline(date(2025, 10, 7), "Hungary", 3) == date(2025, 10, 2)


def test_a_friday_saturday_weekend_is_respected() -> None:
    # Israel (a Partner) rests Friday and Saturday. From Sun 8 Nov 2026 one working day back
    # skips Sat 7 and Fri 6 and lands on Thu 5.
    assert delegation_deadline(date(2026, 11, 8), "Israel", 1) == date(2026, 11, 5)


def test_default_lead_is_ten_working_days() -> None:
    # Mon 12 Oct 2026 back to... ten working days before Mon 26 Oct 2026 in Germany, no
    # holidays between: 23, 22, 21, 20, 19, 16, 15, 14, 13, 12.
    assert load_states().get("Germany").lead_working_days == 10
    assert delegation_deadline(date(2026, 10, 26), "Germany") == date(2026, 10, 12)


def test_zero_lead_time_on_a_holiday_falls_back_to_the_last_working_day() -> None:
    # 26 Oct 2026 is Austria's National Day (Monday): the last working day is Fri 23 Oct.
    assert delegation_deadline(date(2026, 10, 26), "Austria", 0) == date(2026, 10, 23)
    assert delegation_deadline(date(2026, 10, 27), "Austria", 0) == date(2026, 10, 27)


def test_application_lead_overrides_state_and_entered_date_wins(make_app: MakeApp) -> None:
    computed = application_deadlines(make_app(state="Austria", closing_date="2026-10-28", lead=3))
    assert computed.delegation == date(2026, 10, 22)
    assert computed.delegation_source == "computed"
    assert computed.lead_working_days == 3

    entered = application_deadlines(
        make_app(state="Austria", closing_date="2026-10-28", lead=3, entered=date(2026, 10, 9))
    )
    assert entered.delegation == date(2026, 10, 9)
    assert entered.delegation_source == "entered"


def test_no_state_gives_no_delegation_deadline(make_app: MakeApp) -> None:
    found = application_deadlines(make_app(state=None))
    assert found.delegation is None and found.state is None
    assert found.closing is not None


def test_working_days_left_counts_after_today_up_to_the_deadline() -> None:
    # Germany, Thu 1 Oct 2025 -> Tue 7 Oct 2025: Thu 2 (1), Fri 3 holiday, weekend,
    # Mon 6 (2), Tue 7 (3).
    assert working_days_left(date(2025, 10, 7), date(2025, 10, 1), "Germany") == 3
    assert working_days_left(date(2025, 10, 7), date(2025, 10, 7), "Germany") == 0
    assert working_days_left(date(2025, 10, 1), date(2025, 10, 7), "Germany") == -3
    assert working_days_between(date(2025, 10, 2), date(2025, 10, 6), "DE") == 1


@pytest.mark.parametrize("code", ["DE", "IL", "KZ", "US"])
def test_fast_count_matches_the_holidays_package(code: str) -> None:
    import holidays

    from secondment_desk.deadlines.workdays import count_working_days

    cal = holidays.country_holidays(code)
    for start, end in [
        (date(2025, 12, 20), date(2026, 1, 10)),
        (date(2024, 2, 27), date(2024, 3, 2)),
        (date(2025, 1, 1), date(2026, 12, 31)),
        (date(2026, 5, 1), date(2026, 5, 1)),
    ]:
        assert count_working_days(start, end, code) == cal.get_working_days_count(start, end)
    assert count_working_days(date(2026, 5, 2), date(2026, 5, 1), code) == 0
