"""Reminders due today, for an in-app notification (the tray) when the application runs.

The same offsets as the calendar alarms (``resources/deadlines.json``: 7, 2 and 0 days before)
decide which deadlines to remind of on a given day; an overdue delegation deadline of an
application not yet sent is reminded of every day until the organisation closes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta, tzinfo
from typing import TYPE_CHECKING

from secondment_desk.deadlines.compute import application_deadlines, to_user_zone
from secondment_desk.deadlines.rules import rules
from secondment_desk.deadlines.states import StatesRegistry, load_states
from secondment_desk.deadlines.urgency import Which
from secondment_desk.errors import DeskError
from secondment_desk.i18n import _, ngettext
from secondment_desk.models.application import Application, Status

if TYPE_CHECKING:
    from secondment_desk.store import ApplicationSummary, Store

_PRE_SEND = frozenset({Status.DRAFT, Status.READY})
# The organisation's closing day as the user's zone sees it is at most two days after the
# notice's date (zones are at most 26 hours apart): the margin of the summaries' filter.
_ZONE_MARGIN = timedelta(days=2)


@dataclass(frozen=True)
class Reminder:
    """One notification to show: which application, which deadline, how far off."""

    application_id: str
    which: Which
    due: date
    days_left: int
    title: str
    message: str


def _title(app: Application) -> str:
    v = app.vacancy
    return v.title or v.requisition_id or "a vacancy"


def _phrase(days: int) -> str:
    if days < 0:
        return ngettext("was due {n} day ago", "was due {n} days ago", -days).format(n=-days)
    if days == 0:
        return _("is due today")
    if days == 1:
        return _("is due tomorrow")
    return ngettext("is due in {n} day", "is due in {n} days", days).format(n=days)


def due_reminders(
    applications: Iterable[Application],
    today: date,
    zone: tzinfo | None = None,
    *,
    registry: StatesRegistry | None = None,
) -> list[Reminder]:
    """The reminders to show on ``today``, soonest deadline first.

    Applications whose dates cannot be read are skipped here (the dashboard shows them).
    """
    registry = registry or load_states()
    offsets = set(rules().reminders.days_before)
    found: list[Reminder] = []
    for app in applications:
        status = app.status
        if status not in _PRE_SEND and status != Status.SENT:
            continue
        try:
            deadlines = application_deadlines(app, registry=registry)
        except DeskError:
            continue
        closing_day = to_user_zone(deadlines.closing.at, zone).date() if deadlines.closing else None
        title = _title(app)
        if status in _PRE_SEND and deadlines.delegation is not None:
            days = (deadlines.delegation - today).days
            still_open = closing_day is None or closing_day >= today
            if days in offsets or (days < 0 and still_open):
                state = deadlines.state
                to = state.body if state and state.body else _("the national body")
                found.append(
                    Reminder(
                        app.id,
                        "delegation",
                        deadlines.delegation,
                        days,
                        title,
                        _("Applying to {body} for {title} {when}.").format(
                            body=to, title=title, when=_phrase(days)
                        ),
                    )
                )
        if closing_day is not None:
            days = (closing_day - today).days
            if days in offsets:
                org = deadlines.closing.organisation if deadlines.closing else ""
                found.append(
                    Reminder(
                        app.id,
                        "organisation",
                        closing_day,
                        days,
                        title,
                        _("The {organisation} deadline for {title} {when}.").format(
                            organisation=org, title=title, when=_phrase(days)
                        ),
                    )
                )
    found.sort(key=lambda r: (r.days_left, r.title.casefold()))
    return found


def may_remind(summary: ApplicationSummary, today: date) -> bool:
    """Whether :func:`due_reminders` could find a reminder for this application on
    ``today``, from its sealed summary alone (status, the notice's closing date, an entered
    delegation date). False only when it surely finds none: a delegation deadline computed
    from the closing date falls on or before it, and once the organisation closed only an
    entered date still to come is reminded of."""
    pre_send = summary.status in {s.value for s in _PRE_SEND}
    if not pre_send and summary.status != Status.SENT.value:
        return False
    entered = summary.delegation_deadline
    if summary.closing_date is not None and summary.closing_date >= today - _ZONE_MARGIN:
        return True
    if not pre_send or entered is None:
        return False
    return summary.closing_date is None or entered >= today


def store_reminders(store: Store, today: date, zone: tzinfo | None = None) -> list[Reminder]:
    """The reminders due ``today`` in the whole store: the summaries pick the applications
    that may have one (:func:`may_remind`), and only those are decoded for their deadlines
    (the post's regime is read from the notice's text)."""
    wanted = [s.id for s in store.applications.list() if may_remind(s, today)]
    return due_reminders(store.applications.iter_many(wanted), today, zone)
