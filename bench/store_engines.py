"""Dashboard load for 5,000 applications on each engine: SQLite file and PostgreSQL server.

"Dashboard load" is what the dashboard does on refresh: list the profiles (names unsealed)
and every application (each unsealed and validated), then build the rows, most urgent
first. Both stores hold the same 100 candidates and 5,000 applications. The PostgreSQL server
is one this script starts on 127.0.0.1 (initdb + pg_ctl in a temporary folder, as the tests
do), or the empty database given with ``--url``.

    PYTHONPATH=src /work/main/.venv/bin/python -m bench.store_engines [--url postgresql://...]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from contextlib import ExitStack
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from bench._timing import measure
from secondment_desk.deadlines.board import DashboardBoard
from secondment_desk.models.application import Application
from secondment_desk.models.profile import Personal, Profile
from secondment_desk.models.vacancy import Vacancy
from secondment_desk.store import Store, create_store, open_store
from secondment_desk.store.keys import passphrase as passphrase_module
from secondment_desk.store.postgres import create_server_store, open_server_store

PROFILES = 100
APPLICATIONS = 5_000
PASSPHRASE = "bench passphrase, long enough"


def fill(store: Store) -> None:
    """Write the records in one transaction (one ledger write), as a restore would."""
    profiles = [
        Profile(personal=Personal(first_name=f"Candidate{n}", family_name=f"Family{n}"))
        for n in range(PROFILES)
    ]
    for p in profiles:
        store.profiles.save(p)
    now = datetime.now(UTC)
    with store.transaction() as conn:
        ledger = store.ledger(conn)
        for n in range(APPLICATIONS):
            owner = profiles[n % PROFILES].id
            app = Application(
                profile_id=owner,
                vacancy=Vacancy(
                    organization="OSCE",
                    title=f"Officer {n}",
                    requisition_id=f"VN{n:05d}",
                    closing_date=(now + timedelta(days=n % 90)).date(),
                ),
                updated_at=now,
            )
            blob = store.cipher.encrypt(
                "application", app.id, app.model_dump_json().encode(), owner
            )
            conn.execute(
                "INSERT INTO applications (id, profile_id, version, updated_at, vacancy_ref, blob) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    app.id,
                    owner,
                    1,
                    now.isoformat(),
                    store.vacancy_ref(owner, app.vacancy.key),
                    blob,
                ),
            )
            ledger.put("application", app.id, 1, blob)
        store.write_ledger(conn, ledger)


def dashboard(store: Store) -> int:
    """The dashboard's first build, as the window makes it (every row from its full record)."""
    return len(DashboardBoard().build(store, date.today()).rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="an empty PostgreSQL database (default: start a server)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    passphrase_module.ARGON2_M = passphrase_module.M_MIN  # opening is not what is measured here
    with ExitStack() as stack:
        home = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        os.environ["SECONDMENT_DESK_HOME"] = str(home)
        url = args.url
        if url is None:
            sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
            from tests.store_pg.server import start_server

            url = stack.enter_context(start_server()).url()
        sqlite_store = stack.enter_context(create_store(home / "file", "passphrase", PASSPHRASE))
        key = create_server_store(url, "passphrase", PASSPHRASE)
        server_store = stack.enter_context(open_server_store(url, key=key))
        for label, store in (("sqlite", sqlite_store), ("postgresql", server_store)):
            fill(store)
            assert dashboard(store) == APPLICATIONS
            print(
                measure(
                    f"dashboard load, {APPLICATIONS} applications, {label}",
                    lambda s=store: dashboard(s),  # type: ignore[misc]
                    runs=args.runs,
                ).line()
            )
        # A fresh handle (nothing cached): the first paint after opening.
        for label, opener in (
            ("sqlite", lambda: open_store(home / "file", PASSPHRASE)),
            ("postgresql", lambda: open_server_store(url, key=key)),
        ):

            def first(opener: object = opener) -> int:
                with opener() as fresh:  # type: ignore[operator]
                    return dashboard(fresh)

            print(measure(f"open + dashboard, {label}", first, runs=args.runs).line())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
