"""Lists and name look-ups read a small sealed summary per record (schema 4), not the records."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from secondment_desk.models import Application, Status, Vacancy
from secondment_desk.store import create_store, migrations, open_store, unlock_key
from secondment_desk.store.connection import STORE_FILE
from secondment_desk.store.ledger import ledger_key, read_ledger, write_ledger
from tests.store.profiles import candidate

PASS = "summaries passphrase"


def _store_with_an_application(home: Path) -> tuple[str, str]:
    with create_store(home, "passphrase", PASS) as store:
        profile = candidate(1, profile_id="p1")
        store.profiles.save(profile)
        vacancy = Vacancy(
            organization="OSCE", title="Border Officer", requisition_id="BOR001",
            closing_date="2026-05-04", text="Minimum 6 years of experience. " * 50,
        )  # fmt: skip
        app = Application(profile_id="p1", vacancy=vacancy, nominating_state="Norway")
        app.move_to(Status.READY)
        store.applications.save(app)
        return profile.name, app.id


def test_summaries_say_what_lists_show(desk_home: Path) -> None:
    name, app_id = _store_with_an_application(desk_home)
    with open_store(desk_home, PASS) as store:
        (summary,) = store.applications.list()
        assert summary.id == app_id and summary.profile_id == "p1"
        assert (summary.title, summary.reference, summary.organization) == (
            "Border Officer", "BOR001", "OSCE",
        )  # fmt: skip
        assert summary.closing_date == date(2026, 5, 4)
        assert (summary.nominating_state, summary.status) == ("Norway", "ready")
        assert store.applications.list("nobody") == []
        assert [p.name for p in store.profiles.list()] == [name]
        assert store.profiles.resolve(name) == "p1"
        assert store.applications.version(app_id) is None  # nothing full was decoded


def test_a_summary_is_bound_to_its_record_and_version(desk_home: Path) -> None:
    _store_with_an_application(desk_home)
    with open_store(desk_home, PASS) as store:
        other = candidate(2, profile_id="p2")
        store.profiles.save(other)
    conn = sqlite3.connect(desk_home / STORE_FILE)
    with conn:  # p2's summary put on p1: it must not be read as p1's name
        moved = conn.execute("SELECT summary FROM profiles WHERE id = 'p2'").fetchone()[0]
        conn.execute("UPDATE profiles SET summary = ? WHERE id = 'p1'", (moved,))
    conn.close()
    with open_store(desk_home, PASS) as store:
        names = {p.id: p.name for p in store.profiles.list()}
        assert names["p1"] == store.profiles.get("p1").name  # read from the record instead
        assert names["p2"] == other.name


def test_a_schema_3_store_gets_its_summaries_when_opened(desk_home: Path) -> None:
    name, app_id = _store_with_an_application(desk_home)
    key = unlock_key(desk_home, PASS)
    conn = sqlite3.connect(desk_home / STORE_FILE)
    with conn:  # back to schema 3: no summary columns, no changed_by, the ledger one sealed blob
        for table in ("profiles", "applications"):
            conn.execute(f"ALTER TABLE {table} DROP COLUMN changed_by")
        store_id = conn.execute("SELECT value FROM meta WHERE key = 'store_id'").fetchone()[0]
        ledger = read_ledger(conn, ledger_key(key), store_id)
        assert ledger is not None
        write_ledger(conn, ledger_key(key), store_id, ledger, legacy=True)
        conn.execute("DROP TABLE ledger_entries")
        conn.execute("ALTER TABLE profiles DROP COLUMN summary")
        conn.execute("ALTER TABLE applications DROP COLUMN summary")
        conn.execute("PRAGMA user_version = 3")
    conn.close()
    with open_store(desk_home, PASS) as store:
        assert migrations.user_version(store.conn) == migrations.SCHEMA_VERSION
        rows = store.conn.execute("SELECT count(*) FROM applications WHERE summary IS NOT NULL")
        assert rows.fetchone()[0] == 1
        assert [s.id for s in store.applications.list()] == [app_id]
        assert [p.name for p in store.profiles.list()] == [name]
        assert store.damaged() == []
    assert list((desk_home / "backups").glob("store-v3-*.sqlite3"))  # copied aside first
