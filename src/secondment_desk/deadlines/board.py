"""The dashboard's rows for a whole store, kept per application between refreshes.

Each row is computed by :func:`~secondment_desk.deadlines.urgency.dashboard_row` from the
application's sealed summary (``store.applications.list_changed()``): no full record, with its
notice's text, is decoded to build the dashboard; one is only when it is opened. A window
refreshes the dashboard after every save; :class:`DashboardBoard` unseals and recomputes only
the applications whose version changed since the last build (all of them on a new day). The rows
hold only what the dashboard shows (a few small objects each), so a board of 25,000 rows
leaves the collector little to walk. Made for a worker thread over ``Store.reader()``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from secondment_desk import i18n
from secondment_desk.deadlines.rules import rules
from secondment_desk.deadlines.states import load_states
from secondment_desk.deadlines.urgency import DashboardRow, dashboard_row, row_order

if TYPE_CHECKING:
    from secondment_desk.store import Store


@dataclass(frozen=True)
class Board:
    rows: list[DashboardRow]  # most urgent first
    names: dict[str, str]  # candidate names by profile id
    candidates: list[tuple[str, str]]  # (id, name), in name order
    computed: int  # rows computed for this build (the others were kept)


class DashboardBoard:
    """Rows cached by (application id, version) for one day and one language (a row's
    sentences are in the language in effect when it was computed). Not thread-safe: build
    from one thread at a time."""

    def __init__(self) -> None:
        self._day: tuple[date, str] | None = None
        self._rows: dict[str, tuple[int, DashboardRow]] = {}

    def build(self, store: Store, today: date) -> Board:
        if (today, i18n.current()) != self._day:
            self._rows.clear()
            self._day = (today, i18n.current())
        # Only the summaries of applications changed since the last build are unsealed (a
        # refresh after a profile's import decodes none): the worker holds the GIL briefly
        # while the window paints the screen beside it.
        known = {app_id: version for app_id, (version, _row) in self._rows.items()}
        stale, listed = store.applications.list_changed(known)
        for gone in [i for i in self._rows if i not in listed]:
            del self._rows[gone]
        if stale:
            registry, table = load_states(), rules()
            for summary in stale:
                row = dashboard_row(summary, today, registry=registry, table=table)
                self._rows[summary.id] = (summary.version, row)
        profiles = store.profiles.list()
        rows = sorted((row for _version, row in self._rows.values()), key=row_order)
        names = {p.id: p.name for p in profiles}
        return Board(rows, names, [(p.id, p.name) for p in profiles], len(stale))
