"""A connection lost mid-save (``pg_terminate_backend``) loses nothing committed."""

from __future__ import annotations

from typing import Any

import psycopg
import pytest

from secondment_desk.errors import StoreError
from secondment_desk.store.postgres import PgConnection, create_server_store, open_server_store
from tests.store.profiles import candidate

PASS = "correct horse battery staple"


def _terminate(url: str, pid: int) -> None:
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))


def test_terminated_mid_save_loses_nothing_committed(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = create_server_store(pg_url, "passphrase", PASS)
    with open_server_store(pg_url, key=key) as store:
        for n in range(5):
            store.profiles.save(candidate(n, profile_id=f"p{n}"))
        edited = store.profiles.get("p2")
        edited.summary = "the edit in progress"
        real = PgConnection.execute
        killed: list[int] = []

        def kill_on_write(self: PgConnection, sql: str, parameters: Any = (), /) -> Any:
            if sql.startswith("INSERT INTO profiles") and not killed:
                killed.append(self.raw.info.backend_pid)
                _terminate(pg_url, killed[0])  # the server ends this client's backend
            return real(self, sql, parameters)

        monkeypatch.setattr(PgConnection, "execute", kill_on_write)
        with pytest.raises(StoreError, match="cannot be reached"):
            store.profiles.save(edited)
        assert killed
        # Reading goes on: the handle connects again by itself.
        assert store.profiles.get("p2").summary == "version 2"  # the half-save did not land
        assert {s.id for s in store.profiles.list()} == {f"p{n}" for n in range(5)}
        # The edit in progress is still the caller's; saving it again now works.
        store.profiles.save(edited)
    with open_server_store(pg_url, key=key) as store:
        assert store.damaged() == []
        assert store.profiles.get("p2").summary == "the edit in progress"
        assert store.profiles.version("p2") == 2
        for n in (0, 1, 3, 4):
            assert store.profiles.get(f"p{n}") == candidate(n, profile_id=f"p{n}")


def test_a_server_gone_for_good_is_one_clear_error(pg_url: str) -> None:
    key = create_server_store(pg_url, "passphrase", PASS)
    with open_server_store(pg_url, key=key) as store:
        store.profiles.save(candidate(1, profile_id="p1"))
        conn = store.conn
        assert isinstance(conn, PgConnection)
        conn.url = "postgresql://desk@127.0.0.1:1/nowhere"  # where it reconnects: nothing
        _terminate(pg_url, conn.raw.info.backend_pid)
        with pytest.raises(StoreError, match="cannot be reached"):
            store.profiles.list()
