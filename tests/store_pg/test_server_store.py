"""The server store on a real PostgreSQL: what the server holds, and how it opens."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg
import pytest

from secondment_desk.errors import LockedError
from secondment_desk.models.application import Application
from secondment_desk.models.vacancy import Vacancy
from secondment_desk.store import create_store
from secondment_desk.store.connection import STORE_FILE
from secondment_desk.store.crypto import KEY_DIGEST, WRAP_KEYS, key_material_digest
from secondment_desk.store.migrations import SCHEMA_VERSION as FILE_SCHEMA
from secondment_desk.store.postgres import (
    create_server_store,
    open_server_store,
    unlock_server_key,
)
from tests.store.old_wraps import scrypt_rows
from tests.store.profiles import BIRTH, EMAIL, NAME, PHONE, candidate

PASS = "correct horse battery staple"


def test_both_engines_have_the_same_tables_and_columns(pg_url: str, desk_home: Path) -> None:
    """The numbered migrations are the same code on both: the schemas must match."""
    create_server_store(pg_url, "passphrase", PASS)
    create_store(desk_home, "passphrase", PASS).close()
    conn = sqlite3.connect(desk_home / STORE_FILE)
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    in_file = {(t, str(c[1])) for t in tables for c in conn.execute(f"PRAGMA table_info({t})")}
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.close()
    with psycopg.connect(pg_url) as pg:
        on_server = {
            (str(t), str(c))
            for t, c in pg.execute(
                "SELECT table_name, column_name FROM information_schema.columns "
                "WHERE table_schema = 'public' AND table_name <> 'desk_schema'"
            ).fetchall()
        }
        row = pg.execute("SELECT version FROM desk_schema").fetchone()
    assert on_server == in_file
    assert row is not None and row[0] == version == FILE_SCHEMA


def test_a_server_store_round_trips_and_reopens(pg_url: str) -> None:
    create_server_store(pg_url, "passphrase", PASS)
    with open_server_store(pg_url, PASS, create=False) as store:
        profile = candidate(1)
        store.profiles.save(profile)
        post = Vacancy(organization="OSCE", title="Officer", requisition_id="VN1")
        store.applications.save(Application(profile_id=profile.id, vacancy=post))
    with open_server_store(pg_url, PASS, create=False) as store:
        assert store.profiles.get(profile.id) == profile
        assert [a.reference for a in store.applications.list()] == ["VN1"]
        assert store.damaged() == []
    with pytest.raises(LockedError):
        open_server_store(pg_url, "a wrong passphrase entirely", create=False)


def test_the_server_sees_only_sealed_records(pg_url: str) -> None:
    with open_server_store(pg_url, PASS) as store:
        store.profiles.save(candidate(1, profile_id="p1"))
        store.applications.save(
            Application(
                profile_id="p1",
                vacancy=Vacancy(organization="OSCE", title="Officer", requisition_id="VNSECRET7"),
            )
        )
    needles = [n.encode() for n in (NAME[1], EMAIL, PHONE, BIRTH, "VNSECRET7", PASS)]
    with psycopg.connect(pg_url) as conn:
        columns = conn.execute(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = 'public' ORDER BY 1, 2"
        ).fetchall()
        dump = b""
        for table in ("meta", "profiles", "applications", "desk_schema", "ledger_entries"):
            for row in conn.execute(f"SELECT * FROM {table}").fetchall():
                dump += repr(row).encode()
    assert columns == [
        ("applications", "blob"),
        ("applications", "changed_by"),  # the member's role, no more (schema 5)
        ("applications", "id"),
        ("applications", "profile_id"),
        ("applications", "summary"),  # sealed, like the blob (schema 4)
        ("applications", "updated_at"),
        ("applications", "vacancy_ref"),
        ("applications", "version"),
        ("desk_schema", "version"),
        ("ledger_entries", "id"),  # random ids, versions and GCM tags only
        ("ledger_entries", "kind"),
        ("ledger_entries", "tag"),
        ("ledger_entries", "version"),
        ("meta", "key"),
        ("meta", "value"),
        ("profiles", "blob"),
        ("profiles", "changed_by"),
        ("profiles", "id"),
        ("profiles", "summary"),
        ("profiles", "updated_at"),
        ("profiles", "version"),
    ]
    assert len(dump) > 500
    for needle in needles:
        assert needle not in dump, needle


def test_the_window_s_calls_open_a_selected_server_store(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the GUI calls (store_status, new_store, unlock_key, open_store(key=)), on a server
    store chosen by SECONDMENT_DESK_STORE (or the window's store setting, via select_store)."""
    from secondment_desk import store as api
    from secondment_desk.store.engine import select_store

    monkeypatch.setenv("SECONDMENT_DESK_STORE", "")
    select_store(pg_url)
    status = api.store_status()
    assert not status.exists and status.method is None
    key = api.new_store(method="passphrase", passphrase=PASS)
    status = api.store_status()
    assert status.exists and status.method == "passphrase"
    assert "127.0.0.1" in str(status.path)
    assert api.unlock_key(passphrase=PASS) == key
    with pytest.raises(LockedError):
        api.unlock_key(passphrase="not the passphrase at all")
    with api.open_store(key=key) as store:
        store.profiles.save(candidate(1, profile_id="p1"))
    select_store(None)
    monkeypatch.setenv("SECONDMENT_DESK_STORE", pg_url)
    with api.open_store(passphrase=PASS) as store:
        assert [s.id for s in store.profiles.list()] == ["p1"]


def _server_meta(url: str) -> dict[str, str]:
    with psycopg.connect(url) as pg:
        return {str(k): str(v) for k, v in pg.execute("SELECT key, value FROM meta").fetchall()}


@pytest.mark.parametrize("way", ["open_server_store", "unlock_server_key"])
def test_a_scrypt_wrapped_server_store_is_wrapped_again_with_argon2id(
    pg_url: str, way: str
) -> None:
    key = create_server_store(pg_url, "passphrase", PASS)
    store_id = _server_meta(pg_url)["store_id"]
    with psycopg.connect(pg_url) as pg:  # the wrap an older version put on the server
        pg.execute("DELETE FROM meta WHERE key = ANY(%s)", (list(WRAP_KEYS),))
        for k, v in scrypt_rows(key, store_id, "2", PASS).items():
            pg.execute("INSERT INTO meta (key, value) VALUES (%s, %s)", (k, v))
        meta = {str(k): str(v) for k, v in pg.execute("SELECT key, value FROM meta").fetchall()}
        pg.execute(
            "UPDATE meta SET value = %s WHERE key = %s", (key_material_digest(meta), KEY_DIGEST)
        )
    before = _server_meta(pg_url)
    with pytest.raises(LockedError):
        open_server_store(pg_url, "a wrong passphrase entirely", create=False)
    assert _server_meta(pg_url) == before
    if way == "open_server_store":
        open_server_store(pg_url, PASS, create=False).close()
    else:
        assert unlock_server_key(pg_url, PASS) == key
    after = _server_meta(pg_url)
    assert (after["kdf"], after["wrap_format"], "kdf_n" in after) == ("argon2id", "3", False)
    assert after[KEY_DIGEST] == key_material_digest(after)
    assert {k for k in after.keys() | before.keys() if after.get(k) != before.get(k)} <= {
        *WRAP_KEYS,
        KEY_DIGEST,
    }
    with open_server_store(pg_url, PASS, create=False) as store:
        assert store._data_key == key
    assert _server_meta(pg_url) == after
