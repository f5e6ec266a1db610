"""The .ics export round-trips through icalendar with both events, zones and alarms."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar

from secondment_desk.deadlines import event_uid, export_ics, export_ics_per_application
from tests.deadlines.conftest import MakeApp


def _read(path: Path) -> Calendar:
    return Calendar.from_ical(path.read_bytes())


def _events(cal: Calendar) -> dict[str, object]:
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def test_round_trip_with_both_events_zones_and_alarms(make_app: MakeApp, tmp_path: Path) -> None:
    # Closing Mon 30 Mar 2026 (the day after Vienna moved to summer time) for Austria, lead 3:
    # Fri 27 (1), Thu 26 (2), Wed 25 (3) -> delegation deadline 25 Mar 2026.
    app = make_app(state="Austria", closing_date="2026-03-30", lead=3, app_id="app-1")
    out = export_ics([app], tmp_path / "all.ics")
    cal = _read(out)

    assert [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")] == ["Europe/Vienna"]
    events = _events(cal)
    assert set(events) == {event_uid("app-1", "organisation"), event_uid("app-1", "delegation")}

    org = events[event_uid("app-1", "organisation")]
    start = org["DTSTART"]  # type: ignore[index]
    assert start.params["TZID"] == "Europe/Vienna"
    assert start.dt == datetime(2026, 3, 30, 23, 59, tzinfo=ZoneInfo("Europe/Vienna"))
    assert start.dt.utcoffset() == timedelta(hours=2)
    org_alarms = org.walk("VALARM")  # type: ignore[attr-defined]
    # 7 days, 2 days and the day itself, each at 09:00 Vienna: 23:59 minus 14h59m.
    assert [a["TRIGGER"].dt for a in org_alarms] == [
        -timedelta(days=7, hours=14, minutes=59),
        -timedelta(days=2, hours=14, minutes=59),
        -timedelta(hours=14, minutes=59),
    ]
    assert all(str(a["ACTION"]) == "DISPLAY" for a in org_alarms)

    dele = events[event_uid("app-1", "delegation")]
    assert dele["DTSTART"].dt == date(2026, 3, 25)  # type: ignore[index]
    assert dele["DTEND"].dt == date(2026, 3, 26)  # type: ignore[index]
    assert not isinstance(dele["DTSTART"].dt, datetime)  # type: ignore[index]  # all-day
    # All-day alarms at 09:00 of the day 7 days before, 2 days before, and on the day.
    assert [a["TRIGGER"].dt for a in dele.walk("VALARM")] == [  # type: ignore[attr-defined]
        -timedelta(days=6, hours=15),
        -timedelta(days=1, hours=15),
        timedelta(hours=9),
    ]


def test_uids_are_stable_and_one_file_per_application(make_app: MakeApp, tmp_path: Path) -> None:
    a = make_app(state="Germany", closing_date="2026-10-26", app_id="a1", title="First")
    b = make_app(
        state="Poland", closing_date="2026-11-13", organization="EU", app_id="b2", title="Second"
    )
    together = _events(_read(export_ics([a, b], tmp_path / "x.ics")))
    again = _events(_read(export_ics([a, b], tmp_path / "y.ics")))
    assert set(together) == set(again) and len(together) == 4

    paths = export_ics_per_application([a, b], tmp_path / "each")
    assert len(paths) == 2 and len({p.name for p in paths}) == 2
    second = _read(paths[1])
    assert set(_events(second)) == {event_uid("b2", "organisation"), event_uid("b2", "delegation")}
    assert [str(tz["TZID"]) for tz in second.walk("VTIMEZONE")] == ["Europe/Brussels"]
    org = _events(second)[event_uid("b2", "organisation")]
    assert org["DTSTART"].dt.isoformat() == "2026-11-13T17:00:00+01:00"  # type: ignore[index]
    # EU 17:00: the on-the-day reminder at 09:00 is 8 hours before.
    assert org.walk("VALARM")[-1]["TRIGGER"].dt == -timedelta(hours=8)  # type: ignore[attr-defined]


def test_entered_date_and_missing_state(make_app: MakeApp, tmp_path: Path) -> None:
    entered = make_app(state="Sweden", entered=date(2026, 9, 1), app_id="e1")
    no_state = make_app(state=None, app_id="n1")
    events = _events(_read(export_ics([entered, no_state], tmp_path / "z.ics")))
    assert events[event_uid("e1", "delegation")]["DTSTART"].dt == date(2026, 9, 1)  # type: ignore[index]
    assert "Folke Bernadotte" in str(events[event_uid("e1", "delegation")]["SUMMARY"])  # type: ignore[index]
    assert event_uid("n1", "organisation") in events
    assert event_uid("n1", "delegation") not in events
