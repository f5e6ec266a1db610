"""``store migrate --to``: the file store moved into a server store, checked record by record."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from secondment_desk.cli import main
from secondment_desk.models.application import Application
from secondment_desk.models.vacancy import Vacancy
from secondment_desk.store import create_store, open_store
from secondment_desk.store.connection import STORE_FILE
from secondment_desk.store.postgres import PgConnection, open_server_store
from tests.store.profiles import candidate

PASS = "correct horse battery staple"


def _file_store(home: Path) -> tuple[list[str], list[str]]:
    with create_store(home, "passphrase", PASS) as store:
        pids = []
        for n in range(3):
            profile = candidate(n, profile_id=f"p{n}")
            store.profiles.save(profile)
            pids.append(profile.id)
        apps = []
        for n in range(4):
            app = Application(
                profile_id=pids[n % 3],
                vacancy=Vacancy(organization="OSCE", title="Officer", requisition_id=f"VN{n}"),
            )
            store.applications.save(app)
            apps.append(app.id)
        edited = store.profiles.get("p0")
        edited.summary = "second version"
        store.profiles.save(edited)
    return pids, apps


def test_migrate_copies_checks_and_leaves_the_file(
    desk_home: Path,
    pg_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    pids, apps = _file_store(desk_home)
    before = (desk_home / STORE_FILE).read_bytes()
    monkeypatch.setenv("SECONDMENT_DESK_PASSPHRASE", PASS)
    assert main(["store", "migrate", "--to", pg_url]) == 0
    out = capsys.readouterr().out
    assert "Copied 3 profiles and 4 applications" in out and "unchanged" in out
    assert (desk_home / STORE_FILE).read_bytes() == before  # the source is left intact
    with open_store(desk_home, PASS) as file, open_server_store(pg_url, PASS) as server:
        assert server.store_id == file.store_id
        for pid in pids:
            assert server.profiles.get(pid) == file.profiles.get(pid)
        assert server.profiles.version("p0") == 2
        for aid in apps:
            assert server.applications.get(aid) == file.applications.get(aid)
        assert server.damaged() == []
    # The commands then use the server store: --store, or SECONDMENT_DESK_STORE.
    assert main(["--store", pg_url, "store", "where"]) == 0
    assert capsys.readouterr().out.startswith("server store postgresql://127.0.0.1:")
    monkeypatch.setenv("SECONDMENT_DESK_STORE", pg_url)
    with open_store() as store:
        assert isinstance(store.conn, PgConnection)
        assert {s.id for s in store.profiles.list()} == set(pids)
    # A second move into the same database is refused, in one line.
    assert main(["store", "migrate", "--to", pg_url]) == 2
    assert "already holds a store" in capsys.readouterr().err


def test_a_copy_that_differs_is_caught(
    desk_home: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _file_store(desk_home)
    real = PgConnection.execute

    def corrupting(self: PgConnection, sql: str, parameters: Any = (), /) -> Any:
        if sql.startswith("INSERT INTO applications") and parameters:
            row = list(parameters)
            # The last sealed column (schema 5 put changed_by after them): one bit of its tag.
            at = max(i for i, v in enumerate(row) if isinstance(v, bytes))
            row[at] = row[at][:-1] + bytes([row[at][-1] ^ 1])
            parameters = tuple(row)
        return real(self, sql, parameters)

    monkeypatch.setattr(PgConnection, "execute", corrupting)
    from secondment_desk.errors import StoreError
    from secondment_desk.store.transfer import migrate_to_server

    with pytest.raises(StoreError, match="differs from the file"):
        migrate_to_server(pg_url, desk_home, PASS)


def test_bad_addresses_are_one_line(
    desk_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--store", "/tmp/somewhere", "store", "where"]) == 2
    assert "postgresql://" in capsys.readouterr().err
    assert main(["store", "migrate", "--to", "mysql://x"]) == 2
    assert "--to takes a postgresql:// address" in capsys.readouterr().err
    assert main(["store", "migrate", "--to", "postgresql://nobody@127.0.0.1:1/x"]) == 2
    assert "There is no store in" in capsys.readouterr().err
    _file_store(desk_home)
    monkeypatch.setenv("SECONDMENT_DESK_PASSPHRASE", PASS)
    assert main(["store", "migrate", "--to", "postgresql://nobody@127.0.0.1:1/x"]) == 2
    err = capsys.readouterr().err
    assert "cannot be reached" in err and err.count("\n") == 1 and "Traceback" not in err
