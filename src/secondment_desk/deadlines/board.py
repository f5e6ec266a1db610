"""The dashboard's rows for a whole store, kept per application between refreshes.

:func:`~secondment_desk.deadlines.urgency.dashboard_rows` computes a row from a full
application (its notice, both deadlines, the State's working days). A window refreshes the
dashboard after every save; :class:`DashboardBoard` recomputes only the applications whose
version changed since the last build (all of them on a new day), so a refresh after one save
decodes one application, not every one. Made for a worker thread over ``Store.reader()``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from secondment_desk.deadlines.urgency import DashboardRow, dashboard_rows, row_order

if TYPE_CHECKING:
    from secondment_desk.store import Store


@dataclass(frozen=True)
class Board:
    rows: list[DashboardRow]  # most urgent first
    names: dict[str, str]  # candidate names by profile id
    candidates: list[tuple[str, str]]  # (id, name), in name order
    decoded: int  # applications decoded for this build


class DashboardBoard:
    """Rows cached by (application id, version) for one day. Not thread-safe: build from one
    thread at a time."""

    def __init__(self) -> None:
        self._day: date | None = None
        self._rows: dict[str, tuple[int, DashboardRow]] = {}

    def build(self, store: Store, today: date) -> Board:
        if today != self._day:
            self._rows.clear()
            self._day = today
        versions = store.applications.versions()
        for gone in [i for i in self._rows if i not in versions]:
            del self._rows[gone]
        stale = [i for i, v in versions.items() if self._rows.get(i, (None,))[0] != v]
        if stale:
            apps = store.applications.get_many(stale)
            for unreadable in set(stale) - {a.id for a in apps}:
                self._rows.pop(unreadable, None)
            for row in dashboard_rows(apps, today):
                self._rows[row.application_id] = (versions[row.application_id], row)
        profiles = store.profiles.list()
        rows = sorted((row for _version, row in self._rows.values()), key=row_order)
        names = {p.id: p.name for p in profiles}
        return Board(rows, names, [(p.id, p.name) for p in profiles], len(stale))
