"""Calendar export (.ics): both deadlines of each application, with reminders.

* The organisation's deadline is a timed event in its own zone (DTSTART;TZID=Europe/Vienna,
  with the VTIMEZONE), so a calendar in any zone shows the right local moment.
* The delegation's deadline is an all-day event on its date.
* Each event carries a display alarm so many days before (``resources/deadlines.json``:
  7, 2 and 0 by default) at a set time of day, local to the event.
UIDs derive from the application id and the deadline kind, so exporting again updates the
events in the user's calendar instead of duplicating them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Alarm, Calendar, Event

from secondment_desk import __version__
from secondment_desk.deadlines.compute import Deadlines, application_deadlines
from secondment_desk.deadlines.rules import ReminderRule, rules
from secondment_desk.deadlines.states import StatesRegistry, load_states
from secondment_desk.errors import InputError
from secondment_desk.i18n import _, ngettext
from secondment_desk.models.application import Application

UID_DOMAIN = "secondment-desk"
PRODID = f"-//Secondment Desk//secondment-desk {__version__}//EN"


def event_uid(application_id: str, kind: str) -> str:
    """The stable UID of one deadline event (``kind``: "organisation" or "delegation")."""
    return f"{application_id}-{kind}@{UID_DOMAIN}"


def _label(app: Application) -> str:
    return app.vacancy.label


def _alarm(trigger: timedelta, description: str) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", description)
    alarm.add("trigger", trigger)
    return alarm


def _alarm_offsets(
    start_of_event: timedelta, reminders: ReminderRule
) -> list[tuple[int, timedelta]]:
    """Trigger offsets (relative to DTSTART) for each "days before" at the reminder time.

    ``start_of_event`` is DTSTART's time of day (0 for an all-day event). An on-the-day
    reminder that would fall after a timed deadline goes two hours before it instead.
    """
    at = reminders.at_time
    at_delta = timedelta(hours=at.hour, minutes=at.minute)
    offsets: list[tuple[int, timedelta]] = []
    for days in reminders.days_before:
        trigger = timedelta(days=-days) + at_delta - start_of_event
        if trigger >= timedelta(0) and start_of_event:
            trigger = -min(timedelta(hours=2), start_of_event)
        offsets.append((days, trigger))
    return offsets


def _when(days: int) -> str:
    if days == 0:
        return _("today")
    if days == 1:
        return _("tomorrow")
    return ngettext("in {n} day", "in {n} days", days).format(n=days)


def _events(app: Application, found: Deadlines, stamp: datetime) -> list[Event]:
    reminders = rules().reminders
    label = _label(app)
    events: list[Event] = []
    if found.closing is not None:
        at = found.closing.at
        event = Event()
        event.add("uid", event_uid(app.id, "organisation"))
        event.add("dtstamp", stamp)
        org = found.closing.organisation
        event.add(
            "summary", _("{organisation} closing: {label}").format(organisation=org, label=label)
        )
        event.add("dtstart", at)
        lines = [
            _("The {organisation} deadline: {moment}.").format(
                organisation=org, moment=f"{at:%Y-%m-%d %H:%M} {at.tzinfo} ({at:%z})"
            ),
            _("Nominations that arrive later are not considered."),
        ]
        if found.state is not None:
            lines.append(_("Nominating State: {state}.").format(state=found.state.name))
        event.add("description", "\n".join(lines))
        event.add("categories", ["Secondment Desk", "Organisation deadline"])
        start = timedelta(hours=at.hour, minutes=at.minute)
        for days, trigger in _alarm_offsets(start, reminders):
            event.add_component(
                _alarm(
                    trigger,
                    _("{organisation} closes {when}: {label}").format(
                        organisation=org, when=_when(days), label=label
                    ),
                )
            )
        events.append(event)
    if found.delegation is not None:
        day: date = found.delegation
        state = found.state
        to = state.body if state and state.body else _("the national body")
        event = Event()
        event.add("uid", event_uid(app.id, "delegation"))
        event.add("dtstamp", stamp)
        event.add("summary", _("Apply to {body}: {label}").format(body=to, label=label))
        event.add("dtstart", day)
        event.add("dtend", day + timedelta(days=1))
        event.add("transp", "TRANSPARENT")
        n = found.lead_working_days or 0
        lines = [
            _("The national delegation's deadline (the date the national body gave).")
            if found.delegation_source == "entered"
            else ngettext(
                "The national delegation's deadline ({n} working day before the closing date).",
                "The national delegation's deadline ({n} working days before the closing date).",
                n,
            ).format(n=n)
        ]
        if state is not None:
            for text in (state.website, state.contact):
                if text:
                    lines.append(text)
            lines.append(_("OSCE delegations: {url}").format(url=state.delegations_url))
        event.add("description", "\n".join(lines))
        event.add("categories", ["Secondment Desk", "Delegation deadline"])
        for days, trigger in _alarm_offsets(timedelta(0), reminders):
            event.add_component(
                _alarm(
                    trigger,
                    _("Apply to {body} {when}: {label}").format(
                        body=to, when=_when(days), label=label
                    ),
                )
            )

        events.append(event)
    return events


def build_calendar(
    applications: Iterable[Application],
    *,
    registry: StatesRegistry | None = None,
    name: str = "Secondment deadlines",
) -> Calendar:
    """One calendar with both deadlines of every application (and the VTIMEZONEs used)."""
    registry = registry or load_states()
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    for app in applications:
        found = application_deadlines(app, registry=registry)
        stamp = app.updated_at.astimezone(UTC)
        for event in _events(app, found, stamp):
            cal.add_component(event)
    cal.add_missing_timezones()
    return cal


def calendar_bytes(
    applications: Iterable[Application], *, registry: StatesRegistry | None = None
) -> bytes:
    """The ``.ics`` text of :func:`build_calendar` (for a save dialog or a test)."""
    data: bytes = build_calendar(applications, registry=registry).to_ical()
    return data


def _write(path: Path, data: bytes) -> Path:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    except OSError as err:
        raise InputError(
            _("Cannot write the calendar file {path}: {reason}.").format(
                path=path, reason=err.strerror or err
            )
        ) from err
    return path


def export_ics(
    applications: Iterable[Application], out: Path, *, registry: StatesRegistry | None = None
) -> Path:
    """Write all applications' deadlines into one ``.ics`` file; returns its path."""
    cal = build_calendar(applications, registry=registry)
    return _write(Path(out), cal.to_ical())


def ics_file_name(app: Application) -> str:
    """A safe, stable file name for one application's calendar."""
    v = app.vacancy
    base = v.requisition_id or v.title or "application"
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in base).strip("-")[:60]
    return f"{safe or 'application'}-{app.id[:8]}.ics"


def export_ics_per_application(
    applications: Iterable[Application], folder: Path, *, registry: StatesRegistry | None = None
) -> list[Path]:
    """Write one ``.ics`` file per application into ``folder``; returns the paths."""
    registry = registry or load_states()
    paths = []
    for app in applications:
        cal = build_calendar([app], registry=registry, name=_label(app))
        paths.append(_write(Path(folder) / ics_file_name(app), cal.to_ical()))
    return paths
