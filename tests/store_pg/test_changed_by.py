"""Every change records who made it: the member's database role, stamped by the server; a
stale save names who changed the record and when; the application history says who."""

from __future__ import annotations

import psycopg
import pytest

from secondment_desk.applications import set_status, timeline
from secondment_desk.models.application import Application, Status
from secondment_desk.models.vacancy import Vacancy
from secondment_desk.store.errors import ConflictError
from secondment_desk.store.postgres import open_server_store
from secondment_desk.store.team import add_member, assign, enable_team
from tests.store.profiles import candidate

PASS = "correct horse battery staple"


def _as(url: str, role: str) -> str:
    return url.replace("postgresql://desk@", f"postgresql://{role}@")


def _changed_by(url: str, table: str, record_id: str) -> str | None:
    with psycopg.connect(url, autocommit=True) as conn:
        row = conn.execute(f"SELECT changed_by FROM {table} WHERE id = %s", (record_id,)).fetchone()
    assert row is not None
    return None if row[0] is None else str(row[0])


def test_a_stale_save_names_the_member_who_changed_it_and_the_history_says_who(
    pg_url: str,
) -> None:
    with open_server_store(pg_url, PASS) as store:
        store.profiles.save(candidate(1, profile_id="p1"))
        post = Vacancy(organization="OSCE", title="Officer", requisition_id="V1")
        store.applications.save(Application(id="a1", profile_id="p1", vacancy=post))
    assert _changed_by(pg_url, "applications", "a1") == "desk"
    enable_team(pg_url)
    add_member(pg_url, "maria")
    assign(pg_url, "p1", "maria")
    with (
        open_server_store(pg_url, PASS) as mine,
        open_server_store(_as(pg_url, "maria"), PASS) as hers,
    ):
        app = mine.applications.get("a1")
        theirs = hers.applications.get("a1")
        set_status(theirs, Status.READY)
        hers.applications.save(theirs)
        assert _changed_by(pg_url, "applications", "a1") == "maria"
        app.cover_letter = "mine"
        with pytest.raises(ConflictError) as caught:
            mine.applications.save(app)
        err = caught.value
        assert err.changed_by == "maria"
        assert err.headline.startswith("Changed by maria at ")
        assert str(err).startswith("Changed by maria at ")
        assert "changed in another window or command" in str(err)
        assert app.cover_letter == "mine"  # the edit is still the caller's
        lines = [words for _at, words in timeline(mine.applications.get("a1"))]
        assert any(w.startswith("Status: ready") and w.endswith("by maria") for w in lines)


def test_a_member_cannot_write_as_another(pg_url: str) -> None:
    with open_server_store(pg_url, PASS) as store:
        store.profiles.save(candidate(1, profile_id="p1"))
    enable_team(pg_url)
    add_member(pg_url, "maria")
    assign(pg_url, "p1", "maria")
    with psycopg.connect(_as(pg_url, "maria"), autocommit=True) as conn:
        conn.execute(
            "UPDATE profiles SET version = version + 1, changed_by = 'desk' WHERE id = 'p1'"
        )
    assert _changed_by(pg_url, "profiles", "p1") == "maria"  # the server's word, not hers
