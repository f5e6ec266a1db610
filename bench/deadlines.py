"""Deadline figures: dashboard rows and a calendar export for many applications.

PYTHONPATH=src python -m bench.deadlines
"""

from __future__ import annotations

import os
import tempfile
from datetime import date, timedelta

from bench._timing import measure


def main() -> None:
    os.environ.setdefault("SECONDMENT_DESK_HOME", tempfile.mkdtemp(prefix="desk-bench-"))
    from secondment_desk import countries
    from secondment_desk.deadlines import build_calendar, dashboard_rows, load_states
    from secondment_desk.models.application import Application
    from secondment_desk.models.vacancy import Vacancy

    states = [c.code for c in countries.osce_participating_states()]
    start = date(2026, 1, 5)
    apps = [
        Application(
            profile_id="bench",
            nominating_state=states[i % len(states)],
            vacancy=Vacancy(
                organization=("OSCE", "EU", "UN")[i % 3],
                title=f"Officer {i}",
                requisition_id=f"REF{i:05d}",
                closing_date=(start + timedelta(days=i % 365)).isoformat(),
            ),
        )
        for i in range(500)
    ]
    registry = load_states()
    today = date(2026, 3, 1)
    print(measure("load_states (fresh registry)", load_states, runs=50).line())
    print(
        measure(
            "dashboard_rows, 500 applications, 57 States",
            lambda: dashboard_rows(apps, today, registry=registry),
            runs=10,
        ).line()
    )
    print(
        measure(
            "build_calendar + to_ical, 500 applications",
            lambda: build_calendar(apps, registry=registry).to_ical(),
            runs=5,
        ).line()
    )


if __name__ == "__main__":
    main()
