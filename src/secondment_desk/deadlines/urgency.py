"""How urgent each application is, for a dashboard sorted by urgency.

The deadline that matters depends on the status: before the application is sent it is the
delegation's (or the organisation's when no State is chosen); once sent, the organisation's
(the national body must nominate by then); after that the application only waits. Levels and
their thresholds come from ``resources/deadlines.json``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import Literal, Protocol

from secondment_desk.applications import row_facts, status_word
from secondment_desk.deadlines.compute import (
    Deadlines,
    application_deadlines,
    closing_moment_of,
    deadlines_of,
    to_user_zone,
)
from secondment_desk.deadlines.rules import DeadlineRules, rules
from secondment_desk.deadlines.states import StatesRegistry, load_states
from secondment_desk.deadlines.workdays import working_days_between
from secondment_desk.errors import DeskError
from secondment_desk.i18n import _, ngettext
from secondment_desk.models.application import FINAL_STATUSES, Application, Status
from secondment_desk.notice_status import NoticeFacts, NoticeState, notice_state, notice_state_of

Which = Literal["delegation", "organisation"]

# Levels that are not thresholds, ranked after every threshold level.
NO_DATE, WAITING, CLOSED, CANCELLED = "no_date", "waiting", "closed", "cancelled"
# A row whose dates cannot be read ranks before everything: it needs fixing.
PROBLEM = "problem"
_PRE_SEND = frozenset({Status.DRAFT, Status.READY})


@dataclass(frozen=True)
class Urgency:
    """Where an application stands against the deadline that matters now.

    Sort a list of these (or call :func:`dashboard_rows`): the most urgent comes first.
    """

    level: str  # overdue | critical | soon | ok | no_date | waiting | closed | problem
    rank: int  # position of the level; lower is more urgent
    colour: str  # "#rrggbb" hint for views
    which: Which | None  # which deadline days_left counts to
    due: date | None  # that deadline's date (organisation's: in the user's zone)
    due_at: datetime | None  # the organisation's moment in the user's zone, when which == it
    days_left: int | None  # calendar days from today (negative: passed)
    working_days_left: int | None  # the nominating State's working days (None: no State)
    message: str

    @property
    def sort_key(self) -> tuple[int, int, date]:
        days = self.days_left if self.days_left is not None else 1 << 30
        return (self.rank, days, self.due or date.max)

    def __lt__(self, other: Urgency) -> bool:
        return self.sort_key < other.sort_key

    @property
    def is_overdue(self) -> bool:
        return self.days_left is not None and self.days_left < 0

    @property
    def shows_colour(self) -> bool:
        """Whether a view paints the row in :attr:`colour` (a dated level, or a cancelled or
        unreadable notice, which must stand out)."""
        return self.days_left is not None or self.level in (CANCELLED, PROBLEM)

    @property
    def days_text(self) -> str:
        """The days-left cell: a count, or 'closed on DATE' once the deadline has passed."""
        if self.days_left is None:
            return _("cancelled") if self.level == CANCELLED else "—"
        if self.days_left < 0 and self.due is not None:
            return _("closed on {date}").format(date=self.due.isoformat())
        return str(self.days_left)


def _fixed(level: str, table: DeadlineRules, message: str) -> Urgency:
    ranks = {NO_DATE: 0, WAITING: 1, CLOSED: 2, CANCELLED: -len(table.urgency) - 1}
    return Urgency(
        level=level,
        rank=len(table.urgency) + ranks[level],
        colour=table.other_levels[level].colour,  # type: ignore[index]
        which=None,
        due=None,
        due_at=None,
        days_left=None,
        working_days_left=None,
        message=message,
    )


def _days_phrase(days: int, due: date) -> str:
    if days < 0:
        return _("on {date}").format(date=due.isoformat())
    if days == 0:
        return _("today")
    if days == 1:
        return _("tomorrow")
    return ngettext("in {n} day", "in {n} days", days).format(n=days)


def urgency_of(
    application: Application,
    deadlines: Deadlines,
    today: date,
    zone: tzinfo | None = None,
    table: DeadlineRules | None = None,
) -> Urgency:
    """The urgency given already computed ``deadlines`` (see :func:`urgency`)."""
    notice = notice_state(application.vacancy, today)
    return _urgency(application.status, notice, deadlines, today, zone, table)


def _urgency(
    status: Status,
    notice: NoticeState,
    deadlines: Deadlines,
    today: date,
    zone: tzinfo | None = None,
    table: DeadlineRules | None = None,
) -> Urgency:
    table = table or rules()
    if status in FINAL_STATUSES:
        return _fixed(CLOSED, table, _("Closed: {status}.").format(status=status_word(status)))
    if notice.cancelled:
        return _fixed(CANCELLED, table, notice.problem() or _("Cancelled."))
    closing_local = to_user_zone(deadlines.closing.at, zone) if deadlines.closing else None
    which: Which
    if status in _PRE_SEND and deadlines.delegation is not None:
        which, due, due_at = "delegation", deadlines.delegation, None
    elif status in _PRE_SEND or status == Status.SENT:
        if closing_local is None:
            return _fixed(NO_DATE, table, _("No closing date known."))
        if status == Status.SENT and closing_local.date() < today:
            return _fixed(WAITING, table, _("Sent; waiting for the nomination."))
        which, due, due_at = "organisation", closing_local.date(), closing_local
    else:
        return _fixed(WAITING, table, _("Waiting ({status}).").format(status=status_word(status)))
    days_left = (due - today).days
    state = deadlines.state
    work_left = (
        working_days_between(today, due, state.code, state.holiday_subdivision) if state else None
    )
    band = table.band(days_left)
    when = _days_phrase(days_left, due)
    dated = "" if days_left < 0 else f" ({due.isoformat()})"
    if which == "delegation":
        to = state.body if state and state.body else _("the national body")
        if status == Status.SENT:
            message = _("Sent to {body}.").format(body=to)
        elif days_left < 0:
            message = _("The date to apply to {body} passed {when}.").format(body=to, when=when)
        else:
            message = _("Apply to {body} {when}{dated}.").format(body=to, when=when, dated=dated)
    elif status == Status.SENT:
        if days_left < 0:
            message = _("The organisation closed {when}; nomination pending.").format(when=when)
        else:
            message = _("The organisation closes {when}; nomination pending.").format(when=when)
    elif days_left < 0:
        message = _("The notice closed {when}.").format(when=when)
    elif not deadlines.nominated:
        message = _("Apply directly: the organisation closes {when}{dated}.").format(
            when=when, dated=dated
        ) + (f" {deadlines.how_to_apply}" if deadlines.how_to_apply else "")

    else:
        message = _("The organisation closes {when}{dated}.").format(when=when, dated=dated)
    return Urgency(
        level=band.level,
        rank=table.urgency.index(band),
        colour=band.colour,
        which=which,
        due=due,
        due_at=due_at,
        days_left=days_left,
        working_days_left=work_left,
        message=message,
    )


def urgency(
    application: Application,
    today: date,
    zone: tzinfo | None = None,
    *,
    registry: StatesRegistry | None = None,
) -> Urgency:
    """How urgent ``application`` is on ``today`` (dates shown in ``zone``; None = local).

    Raises DeskError (DeadlineError, UnknownStateError) when its data cannot give a deadline.
    """
    return urgency_of(
        application, application_deadlines(application, registry=registry), today, zone
    )


class RowSource(Protocol):
    """What a dashboard row is computed from, none of it tied to the day: an application's
    sealed summary (``store.ApplicationSummary``) holds exactly this, so the dashboard never
    decodes a full record (with its notice's text) to list it."""

    @property
    def id(self) -> str: ...
    @property
    def profile_id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def reference(self) -> str: ...
    @property
    def organization(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def closing_date(self) -> date | None: ...
    @property
    def closing_time(self) -> str | None: ...
    @property
    def regime(self) -> str: ...
    @property
    def nominating_state(self) -> str | None: ...
    @property
    def lead_working_days(self) -> int | None: ...
    @property
    def delegation_deadline(self) -> date | None: ...
    @property
    def notice(self) -> NoticeFacts: ...


@dataclass(frozen=True, slots=True)
class DashboardRow:
    """One line of the deadlines dashboard: only what a view shows, computed by the core
    (no full application is held: a board of 25,000 rows is a few small objects each)."""

    application_id: str
    profile_id: str
    title: str
    reference: str
    organisation: str
    status: Status
    state_name: str
    urgency: Urgency
    delegation_deadline: date | None  # entered or computed
    nominated: bool  # whether a State nominates (else there is no delegation deadline)
    closing_at: datetime | None  # the organisation's deadline in its own zone
    closing_at_local: datetime | None  # the same moment in the user's zone
    warnings: tuple[str, ...]  # what the row says of its notice: cancelled, closed, partial...
    problem: str | None = None  # a DeskError sentence when the deadlines cannot be computed


def dashboard_row(
    source: RowSource,
    today: date,
    zone: tzinfo | None = None,
    *,
    registry: StatesRegistry | None = None,
    table: DeadlineRules | None = None,
) -> DashboardRow:
    """The row of one application, from its summary (or :func:`row_facts`) on ``today``.

    An application whose dates cannot be read is not dropped: its row carries the problem
    sentence and sorts first (level "overdue" colour, no date), so it is seen and fixed.
    """
    from secondment_desk.organisations.rules import regime_of

    table = table or rules()
    status = Status(source.status)
    notice = notice_state_of(source.notice, source.closing_date, today)
    said = [s for s in (notice.problem(), notice.partial_sentence()) if s]
    warnings = tuple(said + list(notice.warnings))
    state_name = source.nominating_state or ""
    try:
        closing = closing_moment_of(
            source.closing_date, source.closing_time, source.organization, table
        )
        found = deadlines_of(
            closing,
            regime_of(source.organization, source.regime),
            source.nominating_state,
            source.lead_working_days,
            source.delegation_deadline,
            registry=registry,
        )
    except DeskError as err:
        problem = Urgency(
            level=PROBLEM,
            rank=-1,
            colour=table.urgency[0].colour,
            which=None,
            due=None,
            due_at=None,
            days_left=None,
            working_days_left=None,
            message=str(err),
        )
        return DashboardRow(
            application_id=source.id,
            profile_id=source.profile_id,
            title=source.title,
            reference=source.reference,
            organisation=source.organization,
            status=status,
            state_name=state_name,
            urgency=problem,
            delegation_deadline=None,
            nominated=True,  # unknown: the row says its problem instead
            closing_at=None,
            closing_at_local=None,
            warnings=warnings,
            problem=str(err),
        )
    local = to_user_zone(found.closing.at, zone) if found.closing else None
    return DashboardRow(
        application_id=source.id,
        profile_id=source.profile_id,
        title=source.title,
        reference=source.reference,
        organisation=source.organization,
        status=status,
        state_name=found.state.name if found.state else state_name,
        urgency=_urgency(status, notice, found, today, zone, table),
        delegation_deadline=found.delegation,
        nominated=found.nominated,
        closing_at=found.closing.at if found.closing else None,
        closing_at_local=local,
        warnings=warnings,
    )


def dashboard_rows(
    applications: Iterable[Application | RowSource],
    today: date,
    zone: tzinfo | None = None,
    *,
    registry: StatesRegistry | None = None,
) -> list[DashboardRow]:
    """Rows for every application (full records or their summaries), most urgent first."""
    registry = registry or load_states()
    table = rules()
    rows = [
        dashboard_row(
            row_facts(app) if isinstance(app, Application) else app,
            today,
            zone,
            registry=registry,
            table=table,
        )
        for app in applications
    ]
    rows.sort(key=row_order)
    return rows


def row_order(row: DashboardRow) -> tuple[tuple[int, int, date], str]:
    """The dashboard's order: most urgent first, then by title."""
    return (row.urgency.sort_key, row.title.casefold())
