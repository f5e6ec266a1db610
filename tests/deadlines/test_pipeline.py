"""Pipeline helpers over Application.history."""

from __future__ import annotations

from datetime import date

from secondment_desk.deadlines import is_open, next_statuses, sent_in_time, sent_on, status_dates
from secondment_desk.models.application import Status
from tests.deadlines.conftest import MakeApp


def test_dates_moves_and_sent_in_time(make_app: MakeApp) -> None:
    app = make_app()
    assert next_statuses(app) == [Status.READY, Status.WITHDRAWN]
    assert sent_on(app) is None and sent_in_time(app, date(2026, 10, 12)) is None
    app.move_to(Status.READY, on=date(2026, 10, 1))
    app.move_to(Status.SENT, on=date(2026, 10, 13))
    dates = status_dates(app)
    assert dates[Status.READY] == date(2026, 10, 1) and dates[Status.SENT] == date(2026, 10, 13)
    assert next_statuses(app) == [Status.NOMINATED, Status.NOT_SELECTED, Status.WITHDRAWN]
    assert sent_in_time(app, date(2026, 10, 12)) is False
    assert sent_in_time(app, date(2026, 10, 13)) is True
    assert is_open(app)
    app.move_to(Status.NOT_SELECTED, on=date(2026, 12, 1))
    assert not is_open(app) and next_statuses(app) == []
