"""The two deadlines of an application.

* The organisation's: a moment (aware datetime) - the closing date at the time the notice
  states, else the organisation's default time in its zone (its ``rules.json``).
* The delegation's: a date - the closing date minus the nominating State's lead time in that
  State's working days, unless the user typed the date the national body gave (it wins).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo
from typing import Literal

from secondment_desk.deadlines.errors import DeadlineError
from secondment_desk.deadlines.rules import DeadlineRules, parse_hhmm, rules
from secondment_desk.deadlines.states import StateInfo, StatesRegistry, load_states
from secondment_desk.deadlines.workdays import (
    has_holiday_data,
    subtract_working_days,
    working_days_between,
)
from secondment_desk.i18n import _
from secondment_desk.models.application import Application
from secondment_desk.models.dates import parse_iso_date
from secondment_desk.models.vacancy import Vacancy
from secondment_desk.organisations.rules import Regime, post_rules, rules_for

TimeSource = Literal["notice", "default"]
DateSource = Literal["entered", "computed"]

_TIME_RE = re.compile(r"^\s*(\d{1,2})[:.h](\d{2})\s*(?:hrs?\b|h\b)?\s*(.*)$", re.IGNORECASE)


@dataclass(frozen=True)
class ClosingMoment:
    """The organisation's deadline and where its time came from."""

    at: datetime  # aware, in the organisation's zone
    organisation: str  # the rule used: "OSCE", "EU", "UN"
    source: TimeSource  # "notice" when the notice stated the time, else "default"

    @property
    def zone_name(self) -> str:
        return str(self.at.tzinfo)

    def in_zone(self, zone: tzinfo | None = None) -> datetime:
        """The same moment in ``zone``; None means the computer's local zone."""
        return to_user_zone(self.at, zone)


def to_user_zone(moment: datetime, zone: tzinfo | None = None) -> datetime:
    """``moment`` in ``zone`` (None: this computer's zone, with its DST rule for that day)."""
    return moment.astimezone(zone) if zone is not None else moment.astimezone()


def parse_closing_date(text: str) -> date:
    try:
        return parse_iso_date(text)
    except ValueError as err:
        raise DeadlineError(_("The closing date {reason}.").format(reason=err)) from err


def _parse_closing_time(
    text: str, default_zone: tzinfo, table: DeadlineRules
) -> tuple[time, tzinfo]:
    match = _TIME_RE.match(text)
    if not match:
        raise DeadlineError(
            _("The closing time '{text}' is not a time like '23:59 Europe/Vienna'.").format(
                text=text
            )
        )
    hours, minutes, rest = match.groups()
    try:
        at = parse_hhmm(f"{int(hours):02d}:{minutes}")
    except ValueError as err:
        raise DeadlineError(
            _("The closing time '{text}' is not a valid time of day.").format(text=text)
        ) from err
    rest = rest.strip()
    if not rest:
        return at, default_zone
    found = table.zone_for(rest)
    if found is None:
        raise DeadlineError(
            _(
                "The closing time '{text}' names a time zone I do not know ('{zone}'); write it "
                "as an IANA name such as Europe/Vienna."
            ).format(text=text, zone=rest)
        )
    return at, found


def closing_moment(vacancy: Vacancy, table: DeadlineRules | None = None) -> ClosingMoment | None:
    """The organisation's deadline for ``vacancy``; None when the notice gives no closing date.

    A bad date or time raises :class:`DeadlineError`.
    """
    return closing_moment_of(
        vacancy.closing_date, vacancy.closing_time, vacancy.organization, table
    )


def closing_moment_of(
    day: date | None,
    closing_time: str | None,
    organization: str | None,
    table: DeadlineRules | None = None,
) -> ClosingMoment | None:
    """The organisation's deadline from a notice's closing date, stated time and organisation
    (what an application's summary keeps of it); None without a date."""
    if not day:
        return None
    table = table or rules()
    org = rules_for(organization)
    name, rule = org.short_name, org.closing
    if closing_time:
        at, tz = _parse_closing_time(closing_time, rule.tz, table)
        source: TimeSource = "notice"
    else:
        at, tz, source = rule.closing_time, rule.tz, "default"
    return ClosingMoment(datetime.combine(day, at, tzinfo=tz), name, source)


def organisation_deadline(vacancy: Vacancy) -> datetime | None:
    """The organisation's deadline as an aware datetime in its own zone, or None."""
    found = closing_moment(vacancy)
    return found.at if found else None


def closing_day(vacancy: Vacancy) -> date | None:
    """The closing date as the organisation counts it (its own zone)."""
    found = closing_moment(vacancy)
    return found.at.date() if found else None


def delegation_deadline(
    closing: date,
    state: str | StateInfo,
    lead_days: int | None = None,
    *,
    registry: StatesRegistry | None = None,
) -> date:
    """``closing`` minus the lead time in the State's working days.

    ``state`` is a name or code (unknown names raise UnknownStateError with suggestions) or a
    :class:`StateInfo`; ``lead_days`` overrides the State's lead time.
    """
    info = state if isinstance(state, StateInfo) else (registry or load_states()).get(state)
    days = info.lead_working_days if lead_days is None else lead_days
    if days < 0:
        raise DeadlineError(_("The lead time must be 0 working days or more."))

    return subtract_working_days(closing, days, info.code, info.holiday_subdivision)


def working_days_left(
    deadline: date, today: date, state: str | StateInfo, *, registry: StatesRegistry | None = None
) -> int:
    """Working days of that State after ``today`` up to ``deadline`` (0 on the day itself,
    negative once it has passed)."""
    info = state if isinstance(state, StateInfo) else (registry or load_states()).get(state)
    return working_days_between(today, deadline, info.code, info.holiday_subdivision)


@dataclass(frozen=True)
class Deadlines:
    """Both deadlines of one application, with how each was reached."""

    closing: ClosingMoment | None
    state: StateInfo | None
    delegation: date | None
    delegation_source: DateSource | None
    lead_working_days: int | None
    holidays_known: bool
    nominated: bool = True  # False: the candidate applies directly, no State nominates
    regime: str = ""  # how the post is filled, in words ("UN Secretariat job opening")
    how_to_apply: str = ""
    apply_url: str | None = None

    @property
    def organisation_at(self) -> datetime | None:
        return self.closing.at if self.closing else None


def application_deadlines(
    application: Application, *, registry: StatesRegistry | None = None
) -> Deadlines:
    """Both deadlines of ``application``: the entered delegation date wins over the computed
    one; the application's lead time overrides the State's.

    Only where a State nominates (the post's regime in its organisation's rules) is there a
    nominating State, a lead time and a delegation deadline; a post applied for directly has
    the organisation's deadline alone."""
    return deadlines_of(
        closing_moment(application.vacancy),
        post_rules(application.vacancy).regime,
        application.nominating_state,
        application.lead_working_days,
        application.delegation_deadline,
        registry=registry,
    )


def deadlines_of(
    closing: ClosingMoment | None,
    regime: Regime,
    nominating_state: str | None,
    lead_working_days: int | None,
    entered: date | None,
    *,
    registry: StatesRegistry | None = None,
) -> Deadlines:
    """Both deadlines from what an application says of them (see
    :func:`application_deadlines`; a summary keeps these without the notice's text)."""
    state: StateInfo | None = None
    if nominating_state and regime.nominated:
        state = (registry or load_states()).get(nominating_state)
    lead = lead_working_days if regime.nominated else None
    if lead is None and state is not None:
        lead = state.lead_working_days
    delegation: date | None = None
    source: DateSource | None = None
    if not regime.nominated:
        pass
    elif entered is not None:
        delegation, source = entered, "entered"
    elif closing is not None and state is not None and lead is not None:
        delegation = delegation_deadline(closing.at.date(), state, lead)
        source = "computed"
    return Deadlines(
        closing=closing,
        state=state,
        delegation=delegation,
        delegation_source=source,
        lead_working_days=lead,
        holidays_known=state is not None and has_holiday_data(state.code),
        nominated=regime.nominated,
        regime=_(regime.label),  # the rules' words in the user's language
        how_to_apply=_(regime.how_to_apply),
        apply_url=regime.apply_url,
    )
