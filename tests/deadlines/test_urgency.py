"""Urgency for the dashboard: which deadline matters, its level, and the sort order."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from secondment_desk.deadlines import dashboard_rows, rules, urgency
from secondment_desk.models.application import Status
from tests.deadlines.conftest import MakeApp


def test_before_sending_the_delegation_deadline_counts(make_app: MakeApp) -> None:
    # Austria, closing Wed 28 Oct 2026, lead 3 -> delegation deadline Thu 22 Oct 2026.
    app = make_app(state="Austria", closing_date="2026-10-28", lead=3)
    far = urgency(app, date(2026, 10, 1))
    assert (far.which, far.due, far.days_left, far.level) == (
        "delegation",
        date(2026, 10, 22),
        21,
        "ok",
    )
    assert urgency(app, date(2026, 10, 16)).level == "soon"  # 6 days
    assert urgency(app, date(2026, 10, 20)).level == "critical"  # 2 days
    today = urgency(app, date(2026, 10, 22))
    assert (today.level, today.days_left, today.working_days_left) == ("critical", 0, 0)
    late = urgency(app, date(2026, 10, 23))
    assert late.level == "overdue" and late.is_overdue and late.days_left == -1


def test_after_sending_the_organisation_deadline_counts(make_app: MakeApp) -> None:
    app = make_app(state="Austria", closing_date="2026-10-28", lead=3)
    app.move_to(Status.READY, on=date(2026, 10, 10))
    app.move_to(Status.SENT, on=date(2026, 10, 12))
    found = urgency(app, date(2026, 10, 25), zone=ZoneInfo("Europe/Vienna"))
    assert (found.which, found.due, found.days_left) == ("organisation", date(2026, 10, 28), 3)
    assert found.due_at is not None and found.due_at.hour == 23
    assert urgency(app, date(2026, 10, 29)).level == "waiting"
    app.move_to(Status.WITHDRAWN, on=date(2026, 10, 29))
    assert urgency(app, date(2026, 10, 29)).level == "closed"


def test_thresholds_come_from_data() -> None:
    levels = [band.level for band in rules().urgency]
    assert levels == ["overdue", "critical", "soon", "ok"]
    assert rules().band(-1).level == "overdue" and rules().band(100).level == "ok"


def test_dashboard_rows_are_sorted_by_urgency(make_app: MakeApp) -> None:
    today = date(2026, 10, 20)
    ok = make_app(state="Germany", closing_date="2026-12-15", title="Far away")
    soon = make_app(state="Germany", closing_date="2026-11-09", title="Next week")  # -> 26 Oct
    overdue = make_app(state="Germany", closing_date="2026-10-30", title="Missed")  # -> 16 Oct
    no_state = make_app(state=None, closing_date="2026-10-21", title="No state")  # org tomorrow
    done = make_app(state="Germany", closing_date="2026-10-22", title="Done")
    done.move_to(Status.WITHDRAWN, on=today)
    # Dates are typed in the model now; what can still be unreadable is the closing time.
    broken = make_app(state="Germany", closing_time="31.10.2026", title="Broken date")
    rows = dashboard_rows([ok, done, soon, broken, no_state, overdue], today)
    assert [r.title for r in rows] == [
        "Broken date",
        "Missed",
        "No state",
        "Next week",
        "Far away",
        "Done",
    ]
    assert [r.urgency.level for r in rows] == [
        "problem",
        "overdue",
        "critical",
        "soon",
        "ok",
        "closed",
    ]
    assert rows[0].problem is not None and "31.10.2026" in rows[0].problem
    assert rows[1].delegation_deadline == date(2026, 10, 16)
    assert rows[2].urgency.which == "organisation"
    assert rows[3].state_name == "Germany" and rows[3].closing_at_local is not None
    assert sorted(r.urgency for r in rows[1:]) == [r.urgency for r in rows[1:]]


def test_due_reminders_follow_the_alarm_offsets(make_app: MakeApp) -> None:
    from secondment_desk.deadlines import due_reminders

    # Austria, closing Wed 28 Oct 2026, lead 3 -> delegation deadline Thu 22 Oct 2026.
    app = make_app(state="Austria", closing_date="2026-10-28", lead=3, title="Adviser")
    assert due_reminders([app], date(2026, 10, 14)) == []  # 8 days before: nothing
    week = due_reminders([app], date(2026, 10, 15))
    assert [(r.which, r.days_left) for r in week] == [("delegation", 7)]
    both = due_reminders([app], date(2026, 10, 26))  # 4 days late; closing in 2 days
    assert [(r.which, r.days_left) for r in both] == [("delegation", -4), ("organisation", 2)]
    assert "was due 4 days ago" in both[0].message
    app.move_to(Status.READY, on=date(2026, 10, 20))
    app.move_to(Status.SENT, on=date(2026, 10, 21))
    assert [(r.which, r.days_left) for r in due_reminders([app], date(2026, 10, 26))] == [
        ("organisation", 2)
    ]
    assert due_reminders([app], date(2026, 10, 29)) == []
