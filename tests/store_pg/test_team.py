"""Members are PostgreSQL roles; row-level security keeps each to their assigned candidates.

Proved by SQL with the member's own database role, not through the app."""

from __future__ import annotations

import psycopg
import pytest

from secondment_desk.errors import InputError
from secondment_desk.models.application import Application
from secondment_desk.models.vacancy import Vacancy
from secondment_desk.store.postgres import open_server_store
from secondment_desk.store.team import add_member, assign, enable_team, unassign
from tests.store.profiles import candidate
from tests.store_pg.server import PgServer

PASS = "correct horse battery staple"


def _team(url: str) -> None:
    with open_server_store(url, PASS) as store:
        for pid in ("p1", "p2"):
            store.profiles.save(candidate(1, profile_id=pid))
            post = Vacancy(organization="OSCE", title="Officer", requisition_id=f"V-{pid}")
            store.applications.save(Application(id=f"a-{pid}", profile_id=pid, vacancy=post))
    enable_team(url)
    add_member(url, "maria")
    add_member(url, "boss", admin=True)
    assign(url, "p1", "maria")


def _as(url: str, role: str) -> str:
    return url.replace("postgresql://desk@", f"postgresql://{role}@")


def _ids(url: str, sql: str) -> list[str]:
    with psycopg.connect(url, autocommit=True) as conn:
        return sorted(str(r[0]) for r in conn.execute(sql).fetchall())


def test_a_member_reads_and_writes_only_assigned_candidates(pg_url: str) -> None:
    _team(pg_url)
    maria = _as(pg_url, "maria")
    assert _ids(maria, "SELECT id FROM profiles") == ["p1"]
    assert _ids(maria, "SELECT id FROM applications") == ["a-p1"]
    assert _ids(maria, "SELECT id FROM profiles WHERE id = 'p2'") == []
    with psycopg.connect(maria, autocommit=True) as conn:
        # Neither changing nor deleting the other candidate's rows reaches them.
        assert conn.execute("UPDATE profiles SET updated_at = 'x' WHERE id = 'p2'").rowcount == 0
        assert conn.execute("DELETE FROM applications WHERE profile_id = 'p2'").rowcount == 0
        # Nor can a row be moved to, or added for, a candidate she is not assigned.
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute("UPDATE applications SET profile_id = 'p2' WHERE id = 'a-p1'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute(
                "INSERT INTO profiles (id, version, updated_at, blob) VALUES ('p9', 1, 'x', 'x')"
            )
        # And she cannot switch the rules off or give herself the other candidate.
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("ALTER TABLE profiles DISABLE ROW LEVEL SECURITY")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO desk_assignments (profile_id, role) VALUES ('p2', 'maria')")
    # The admin member sees everyone; the owner's rows are untouched.
    boss = _as(pg_url, "boss")
    assert _ids(boss, "SELECT id FROM profiles") == ["p1", "p2"]
    assert _ids(pg_url, "SELECT updated_at FROM profiles WHERE id = 'p2'") != ["x"]
    # Taking the assignment away takes the rows away.
    unassign(pg_url, "p1", "maria")
    assert _ids(maria, "SELECT id FROM profiles") == []
    assert _ids(maria, "SELECT id FROM applications") == []


def test_a_role_that_is_not_a_member_sees_nothing(pg_url: str, pg_server: PgServer) -> None:
    _team(pg_url)
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE ROLE stranger LOGIN")
    with (
        psycopg.connect(_as(pg_url, "stranger"), autocommit=True) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        conn.execute("SELECT id FROM profiles")


def test_member_names_are_checked(pg_url: str) -> None:
    with pytest.raises(InputError, match="cannot be a member's name"):
        add_member(pg_url, 'x"; DROP TABLE profiles; --')


def test_a_member_works_through_the_app_with_their_own_role(pg_url: str) -> None:
    from secondment_desk.errors import StoreError
    from secondment_desk.store.member_keys import new_member_keys
    from secondment_desk.store.members import add_member_key, member_key

    _team(pg_url)
    private, public = new_member_keys()
    with open_server_store(pg_url, PASS) as admin:
        add_member_key(pg_url, admin._data_key, "maria", public)
    maria = _as(pg_url, "maria")
    key = member_key(maria, "maria", private)
    with open_server_store(maria, key=key) as store:
        assert store.damaged() == []  # the hidden candidate is not taken for a deleted one
        assert [s.id for s in store.profiles.list()] == ["p1"]
        assert [a.id for a in store.applications.list()] == ["a-p1"]
        mine = store.profiles.get("p1")
        mine.summary = "edited by maria"
        store.profiles.save(mine)
        with pytest.raises(StoreError, match="row-level security"):
            store.profiles.save(candidate(5, profile_id="p2"))  # not hers: refused by the server
    with open_server_store(pg_url, PASS) as admin:
        assert admin.damaged() == []  # her writes kept the ledger whole
        assert admin.profiles.get("p1").summary == "edited by maria"
        assert admin.profiles.get("p2").summary == "version 1"
