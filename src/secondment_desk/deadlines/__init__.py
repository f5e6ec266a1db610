"""Deadlines: the national delegation's and the organisation's, urgency, calendar export.

The public API (everything a face needs; nothing here imports Qt):

* States: :func:`load_states` -> :class:`StatesRegistry` (``get(name)``, ``all()``),
  :class:`StateInfo`, :func:`set_state`, :func:`reset_state`, :func:`load_user_states`,
  :func:`save_user_states`, :func:`user_states_path`.
* Deadlines: :func:`organisation_deadline`, :func:`closing_moment` (:class:`ClosingMoment`),
  :func:`delegation_deadline`, :func:`working_days_left`, :func:`application_deadlines`
  (:class:`Deadlines`), :func:`to_user_zone`.
* Dashboard: :func:`urgency` (:class:`Urgency`), :func:`dashboard_rows` (:class:`DashboardRow`),
  :func:`dashboard_row` for one application's summary (:class:`RowSource`); the window's
  cached board over a whole store is ``deadlines.board.DashboardBoard``.
* Tray: :func:`due_reminders` (:class:`Reminder`) - what to notify of today;
  :func:`store_reminders` for a whole store, from its summaries.
* Calendar: :func:`build_calendar`, :func:`export_ics`, :func:`export_ics_per_application`,
  :func:`event_uid`.
* Pipeline: :func:`status_dates`, :func:`next_statuses`, :func:`is_open`, :func:`sent_on`.
* Errors: :class:`DeadlineError`, :class:`UnknownStateError`, :class:`StatesFileError`.
"""

from secondment_desk.deadlines.compute import (
    ClosingMoment,
    Deadlines,
    application_deadlines,
    closing_moment,
    delegation_deadline,
    organisation_deadline,
    parse_closing_date,
    to_user_zone,
    working_days_left,
)
from secondment_desk.deadlines.errors import DeadlineError, StatesFileError, UnknownStateError
from secondment_desk.deadlines.ics import (
    build_calendar,
    event_uid,
    export_ics,
    export_ics_per_application,
    ics_file_name,
)
from secondment_desk.deadlines.pipeline import (
    PIPELINE,
    is_open,
    next_statuses,
    sent_in_time,
    sent_on,
    status_dates,
)
from secondment_desk.deadlines.reminders import Reminder, due_reminders, store_reminders
from secondment_desk.deadlines.rules import DeadlineRules, rules
from secondment_desk.deadlines.states import (
    StateEdit,
    StateInfo,
    StatesRegistry,
    load_states,
    load_user_states,
    reset_state,
    save_user_states,
    set_state,
    user_states_path,
)
from secondment_desk.deadlines.urgency import (
    DashboardRow,
    RowSource,
    Urgency,
    dashboard_row,
    dashboard_rows,
    urgency,
)

__all__ = [
    "PIPELINE",
    "ClosingMoment",
    "DashboardRow",
    "DeadlineError",
    "DeadlineRules",
    "Deadlines",
    "Reminder",
    "RowSource",
    "StateEdit",
    "StateInfo",
    "StatesFileError",
    "StatesRegistry",
    "UnknownStateError",
    "Urgency",
    "application_deadlines",
    "build_calendar",
    "closing_moment",
    "dashboard_row",
    "dashboard_rows",
    "delegation_deadline",
    "due_reminders",
    "event_uid",
    "export_ics",
    "export_ics_per_application",
    "ics_file_name",
    "is_open",
    "load_states",
    "load_user_states",
    "next_statuses",
    "organisation_deadline",
    "parse_closing_date",
    "reset_state",
    "rules",
    "save_user_states",
    "sent_in_time",
    "sent_on",
    "set_state",
    "status_dates",
    "store_reminders",
    "to_user_zone",
    "urgency",
    "user_states_path",
    "working_days_left",
]
