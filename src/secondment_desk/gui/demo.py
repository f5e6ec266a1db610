"""``secondment-desk gui --demo``: a throw-away data folder with a demo candidate and notices.

The demo never touches the user's real data: it points ``SECONDMENT_DESK_HOME`` at a new
temporary folder (removed on exit) and uses a passphrase store with a fixed, public demo
passphrase, so no keyring is needed. The candidate and the notices ship in
``resources/demo/``.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from secondment_desk.paths import HOME_ENV

if TYPE_CHECKING:
    from secondment_desk.store import Store

DEMO_PASSPHRASE = "demo-passphrase-not-secret"
DEMO_NOTICES = ("osce_dushanbe_head_pmd.txt", "osce_astana_pmo_aggregator.txt")
DEMO_PROFILE = "demo/profile.json"
DEMO_LETTER = """Dear Selection Panel,

I am writing to apply for the post of {post}. Over fourteen years I have worked on conflict \
prevention, arms control and border security, six of them leading international teams in OSCE \
and EU field missions in Central Asia and the South Caucasus.

In Bishkek I managed border-security and small-arms projects worth EUR 1.2 million and \
negotiated the first joint border-management training between two neighbouring States. In \
Georgia I lead a team of fourteen monitors and cut incident reporting from 48 to 12 hours.

I speak English at C1-C2 level and Russian at B1-B2, and I am available from {available}.

Yours faithfully,
Ingrid Marie Halvorsen"""
DEMO_DAYS_LEFT = (40, 21)  # days until each demo notice closes (Norway asks ~2 weeks ahead)
ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
DEMO_START_AFTER_CLOSING = 60  # the candidate can start two months after the later closing


def demo_start(today: date) -> date:
    """The demo candidate's earliest start: the first of a month, after both demo notices
    close and their selection (so it is never in the past, whatever day the demo runs)."""
    later = today + timedelta(days=max(DEMO_DAYS_LEFT) + DEMO_START_AFTER_CLOSING)
    return date(later.year + later.month // 12, later.month % 12 + 1, 1)


def prepare_demo_home() -> Path:
    """Point the data folder at a fresh temporary folder, removed when the process ends."""
    home = Path(tempfile.mkdtemp(prefix="secondment-desk-demo-"))
    atexit.register(shutil.rmtree, home, True)
    os.environ[HOME_ENV] = str(home)
    return home


def open_demo_store() -> Store:
    """Create the demo store in the (temporary) data folder, or open it, filled once."""
    key, new = demo_key()
    return open_demo_with_key(key, new)


def demo_key() -> tuple[bytes, bool]:
    """The demo store's key, creating the store when there is none: (key, newly created).

    The slow part (the passphrase KDF); the window runs it in a worker, then
    :func:`open_demo_with_key`."""
    from secondment_desk import store as store_api

    if store_api.store_status().exists:
        return store_api.unlock_key(passphrase=DEMO_PASSPHRASE), False
    return store_api.new_store(method="passphrase", passphrase=DEMO_PASSPHRASE), True


def open_demo_with_key(key: bytes, fill: bool) -> Store:
    """Open the demo store (on the calling thread) and, when ``fill``, add the demo data."""
    from secondment_desk import store as store_api

    store = store_api.open_store(key=key)
    if fill:
        _fill(store)
    return store


def _fill(store: Store) -> None:
    from secondment_desk.checklist import build_checklist
    from secondment_desk.models import Application, ChecklistDecision, Status
    from secondment_desk.profile import import_file
    from secondment_desk.resources import resource_file
    from secondment_desk.vacancy import load_vacancies

    today = date.today()
    profile = import_file(resource_file(DEMO_PROFILE))
    start = demo_start(today)
    profile.availability.earliest_start = start
    store.profiles.save(profile)
    available = f"{ENGLISH_MONTHS[start.month - 1]} {start.year}"  # the letter is in English
    for number, name in enumerate(DEMO_NOTICES):
        # judged as of the notice's own time (not "closed"): its dates move ahead below
        for vacancy in load_vacancies(resource_file(f"demo/{name}"), today=date.min):
            # The sample notices closed in 2025; the demo moves their dates into the coming
            # weeks so the deadlines, urgency colours and reminders have something to show.
            closing = today + timedelta(days=DEMO_DAYS_LEFT[number])
            vacancy.closing_date = closing
            vacancy.issue_date = closing - timedelta(days=28)
            vacancy.warnings = [
                *vacancy.warnings,
                QCoreApplication.translate(
                    "demo",
                    "Demo: the closing date was moved to {date} so the deadlines lie ahead; the "
                    "notice text still shows the original date.",
                ).format(date=closing.isoformat()),
            ]
            app = Application(
                profile_id=profile.id,
                vacancy=vacancy,
                nominating_state="Norway",
                cover_letter=DEMO_LETTER.format(
                    post=vacancy.title or vacancy.requisition_id, available=available
                ),
            )
            # The Dushanbe post is shown "ready": the candidate has judged every item the
            # computer could not, and no mandatory item is unmet. The Astana one stays a
            # draft (its checklist has a blocker), so status and checklist agree.
            checklist = build_checklist(app.vacancy, profile, dict(app.decisions))
            if number == 0 and not checklist.summary.blockers:
                for item in checklist.summary.to_check:
                    app.decisions[item.id] = ChecklistDecision(
                        status="met", note="Demo: the candidate's own judgement."
                    )
                if not build_checklist(app.vacancy, profile, dict(app.decisions)).summary.to_check:
                    app.move_to(Status.READY)
            store.applications.save(app)
