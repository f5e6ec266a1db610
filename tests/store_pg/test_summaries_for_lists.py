"""Schema 7 on a server store: the summaries are sealed again when the store is upgraded, so
its lists read summaries, not the records (issue #16), as on the file."""

from __future__ import annotations

import json

import psycopg
import pytest

from secondment_desk.models.application import Application, Status
from secondment_desk.models.vacancy import Vacancy
from secondment_desk.store.postgres import (
    SCHEMA_VERSION,
    create_server_store,
    open_server_store,
)
from tests.store.decodes import as_schema_7_summary, count_unsealed
from tests.store.profiles import EMAIL, candidate

PASS = "correct horse battery staple"


def _as_schema_6(pg_url: str, key: bytes) -> None:
    """The summaries in the first format (no e-mail, birth date, history length)."""
    from secondment_desk.store.crypto import RecordCipher

    cipher = RecordCipher(key)
    with psycopg.connect(pg_url) as pg:
        for pid, version, sealed in pg.execute("SELECT id, version, summary FROM profiles"):
            data = json.loads(cipher.decrypt("profile-summary", pid, sealed, version=version))
            old = {"name": data["name"]}
            pg.execute(
                "UPDATE profiles SET summary = %s WHERE id = %s",
                (
                    cipher.encrypt("profile-summary", pid, json.dumps(old).encode(), "", version),
                    pid,
                ),
            )
        rows = pg.execute("SELECT id, profile_id, version, summary FROM applications").fetchall()
        for aid, owner, version, sealed in rows:
            data = json.loads(cipher.decrypt("application-summary", aid, sealed, owner, version))
            for gone in ("format", "events", "delegation_deadline"):
                del data[gone]
            again = cipher.encrypt(
                "application-summary", aid, json.dumps(data).encode(), owner, version
            )
            pg.execute("UPDATE applications SET summary = %s WHERE id = %s", (again, aid))
        pg.execute("UPDATE desk_schema SET version = 6")


def test_an_upgraded_server_store_lists_from_summaries(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = create_server_store(pg_url, "passphrase", PASS)
    with open_server_store(pg_url, PASS, create=False) as store:
        store.profiles.save(candidate(1, profile_id="p1"))
        app = Application(
            profile_id="p1",
            vacancy=Vacancy(organization="OSCE", title="Officer", requisition_id="VN1"),
        )
        app.move_to(Status.READY)
        store.applications.save(app)
        expected = store.applications.list()
    _as_schema_6(pg_url, key)
    with open_server_store(pg_url, PASS, create=False) as store:
        decoded = count_unsealed(monkeypatch)
        assert store.applications.list() == expected
        (person,) = store.profiles.list()
        assert decoded["application"] == 0 and decoded["profile-summary"] == 1
        assert person.identity is not None and person.identity.email == EMAIL
        assert store.damaged() == []
    with psycopg.connect(pg_url) as pg:
        row = pg.execute("SELECT version FROM desk_schema").fetchone()
        sealed = pg.execute("SELECT summary FROM profiles").fetchone()
    assert row is not None and row[0] == SCHEMA_VERSION == 8
    assert sealed is not None and EMAIL.encode() not in bytes(sealed[0])


def test_a_server_store_at_schema_7_gets_the_summaries_the_dashboard_reads(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import date

    from secondment_desk.deadlines.board import DashboardBoard
    from secondment_desk.store.crypto import RecordCipher

    key = create_server_store(pg_url, "passphrase", PASS)
    with open_server_store(pg_url, PASS, create=False) as store:
        store.profiles.save(candidate(1, profile_id="p1"))
        vacancy = Vacancy(organization="OSCE", title="Officer", closing_time="12:00 Europe/Vienna")
        store.applications.save(Application(profile_id="p1", vacancy=vacancy))
        expected = DashboardBoard().build(store, date(2026, 10, 1)).rows
    cipher = RecordCipher(key)
    with psycopg.connect(pg_url) as pg:  # as schema 7 left it: format 2, no dashboard facts
        rows = pg.execute("SELECT id, profile_id, version, summary FROM applications").fetchall()
        for aid, owner, version, sealed in rows:
            data = as_schema_7_summary(
                json.loads(cipher.decrypt("application-summary", aid, sealed, owner, version))
            )
            again = cipher.encrypt(
                "application-summary", aid, json.dumps(data).encode(), owner, version
            )
            pg.execute("UPDATE applications SET summary = %s WHERE id = %s", (again, aid))
        pg.execute("UPDATE desk_schema SET version = 7")
    with open_server_store(pg_url, PASS, create=False) as store:
        decoded = count_unsealed(monkeypatch)
        assert DashboardBoard().build(store, date(2026, 10, 1)).rows == expected
        assert decoded["application"] == 0
