"""Builders for the deadlines tests: vacancies and applications made in code."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from secondment_desk.models.application import Application
from secondment_desk.models.vacancy import Vacancy

MakeApp = Callable[..., Application]


def vacancy(
    closing_date: str | None = "2026-10-26",
    organization: str | None = "OSCE",
    closing_time: str | None = None,
    title: str = "Political Officer",
    requisition_id: str | None = "TAJ000394",
) -> Vacancy:
    return Vacancy(
        organization=organization,
        title=title,
        requisition_id=requisition_id,
        closing_date=closing_date,
        closing_time=closing_time,
    )


@pytest.fixture
def make_app() -> MakeApp:
    def build(
        state: str | None = "Germany",
        closing_date: str | None = "2026-10-26",
        organization: str | None = "OSCE",
        closing_time: str | None = None,
        lead: int | None = None,
        entered: date | None = None,
        title: str = "Political Officer",
        app_id: str | None = None,
    ) -> Application:
        extra = {"id": app_id} if app_id else {}
        return Application(
            profile_id="p1",
            vacancy=vacancy(closing_date, organization, closing_time, title=title),
            nominating_state=state,
            lead_working_days=lead,
            delegation_deadline=entered,
            **extra,
        )

    return build
