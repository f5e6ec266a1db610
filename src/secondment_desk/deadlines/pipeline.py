"""Read-only helpers over the status pipeline kept in :class:`Application` (``move_to``).

The pipeline itself (statuses, allowed moves, dated history) lives in the model; these give
views what they show: the date of each step, the moves offered next, the order of steps.
"""

from __future__ import annotations

from datetime import date

from secondment_desk.models.application import FINAL_STATUSES, TRANSITIONS, Application, Status

# The order a timeline shows the steps in.
PIPELINE: tuple[Status, ...] = tuple(Status)


def status_dates(application: Application) -> dict[Status, date]:
    """The date each status was last reached (draft: the day the application was created)."""
    dates: dict[Status, date] = {Status.DRAFT: application.created_at.date()}
    for change in application.history:
        dates[change.status] = change.on
    return dates


def next_statuses(application: Application) -> list[Status]:
    """The moves the pipeline allows from the current status, in pipeline order."""
    allowed = TRANSITIONS[application.status]
    return [s for s in PIPELINE if s in allowed]


def is_open(application: Application) -> bool:
    """True until the application reaches offer, not selected or withdrawn."""
    return application.status not in FINAL_STATUSES


def sent_on(application: Application) -> date | None:
    """When the application went to the national body, if it did."""
    return status_dates(application).get(Status.SENT)


def sent_in_time(application: Application, delegation_deadline: date | None) -> bool | None:
    """Whether it was sent on or before the delegation deadline (None: not sent or no date)."""
    sent = sent_on(application)
    if sent is None or delegation_deadline is None:
        return None
    return sent <= delegation_deadline
