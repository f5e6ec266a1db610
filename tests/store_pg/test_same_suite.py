"""The store's repository tests, run as they are on both engines.

Each test below is the function from tests/store/, called once on SQLite and once on
PostgreSQL. For PostgreSQL its module's ``create_store``/``open_store`` (and the tamper tests'
raw SQL helpers) are swapped for ones that put the data folder's store in a database of its
own on the test server: the repositories, the ledger and the assertions are the same code.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Literal

import psycopg
import pytest

from secondment_desk.store import Store
from secondment_desk.store.connection import STORE_FILE
from secondment_desk.store.postgres import create_server_store, open_server_store
from tests.store_pg.server import PgServer

SAME_TESTS: tuple[tuple[str, str, dict[str, Any]], ...] = (
    ("tests.store.test_store", "test_profiles_round_trip_and_names", {}),
    ("tests.store.test_store", "test_applications_belong_to_a_profile", {}),
    ("tests.store.test_store", "test_applications_keep_dates", {}),
    ("tests.store.test_names", "test_partial_and_close_names", {}),
    ("tests.store.test_names", "test_partial_name_matching_several_profiles_lists_them", {}),
    (
        "tests.store.test_concurrency",
        "test_a_stale_window_gets_a_conflict_and_can_keep_its_copy",
        {},
    ),
    ("tests.store.test_concurrency", "test_an_application_twin_is_refused", {}),
    (
        "tests.store.test_tamper",
        "test_one_damaged_record_leaves_the_others_readable",
        {"offset": 40},
    ),
    (
        "tests.store.test_tamper",
        "test_one_damaged_record_leaves_the_others_readable",
        {"offset": -3},
    ),
    ("tests.store.test_tamper", "test_an_older_copy_put_back_is_detected", {}),
    ("tests.store.test_tamper", "test_an_old_blob_under_the_new_version_does_not_unseal", {}),
    ("tests.store.test_tamper", "test_a_deleted_row_is_detected_and_can_be_acknowledged", {}),
)


class ServerHomes:
    """One database on the test server per data folder a test uses."""

    def __init__(self, server: PgServer) -> None:
        self.server = server
        self.urls: dict[Path, str] = {}

    def url(self, home: Path) -> str:
        home = home.resolve()
        if home not in self.urls:
            name = f"same_{len(self.urls)}_{abs(hash(home)) % 10**8}"
            with psycopg.connect(self.server.url(), autocommit=True) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                admin.execute(f'CREATE DATABASE "{name}"')
            self.urls[home] = self.server.url(name)
        return self.urls[home]

    def drop_all(self) -> None:
        with psycopg.connect(self.server.url(), autocommit=True) as admin:
            for url in self.urls.values():
                admin.execute(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')

    def create_store(
        self,
        home: Path | None = None,
        method: Literal["keyring", "passphrase"] = "keyring",
        passphrase: str | None = None,
    ) -> Store:
        assert home is not None
        key = create_server_store(self.url(home), method, passphrase)
        return open_server_store(self.url(home), passphrase, key=key)

    def open_store(
        self,
        home: Path | None = None,
        passphrase: str | None = None,
        *,
        create: bool = True,
        key: bytes | None = None,
        accept: bool = False,
    ) -> Store:
        assert home is not None
        return open_server_store(self.url(home), passphrase, create=create, key=key, accept=accept)

    def sql(self, home: Path, *statements: tuple[str, tuple[object, ...]]) -> None:
        with psycopg.connect(self.url(home), autocommit=True) as conn:
            for sql, args in statements:
                conn.execute(sql.replace("?", "%s"), args)

    def flip_byte(self, home: Path, profile_id: str, offset: int = 40) -> None:
        with psycopg.connect(self.url(home), autocommit=True) as conn:
            row = conn.execute("SELECT blob FROM profiles WHERE id = %s", (profile_id,)).fetchone()
            assert row is not None
            blob = bytearray(row[0])
            blob[offset] ^= 0x01
            conn.execute("UPDATE profiles SET blob = %s WHERE id = %s", (bytes(blob), profile_id))


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest) -> Iterator[ServerHomes | None]:
    if request.param == "sqlite":
        yield None
        return
    homes = ServerHomes(request.getfixturevalue("pg_server"))
    try:
        yield homes
    finally:
        homes.drop_all()


def _ident(case: tuple[str, str, dict[str, Any]]) -> str:
    module, name, kwargs = case
    extra = "".join(f"[{v}]" for v in kwargs.values())
    return f"{module.rsplit('.', 1)[1]}::{name}{extra}"


@pytest.mark.parametrize("case", SAME_TESTS, ids=[_ident(c) for c in SAME_TESTS])
def test_the_same_repository_test_passes(
    case: tuple[str, str, dict[str, Any]],
    engine: ServerHomes | None,
    desk_home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    module_name, name, kwargs = case
    module = importlib.import_module(module_name)
    if engine is not None:
        swaps: dict[str, Callable[..., Any]] = {
            "create_store": engine.create_store,
            "open_store": engine.open_store,
            "_sql": engine.sql,
            "_flip_byte": engine.flip_byte,
        }
        for attr, swap in swaps.items():
            if hasattr(module, attr):
                monkeypatch.setattr(module, attr, swap)
    getattr(module, name)(desk_home, **kwargs)
    # On PostgreSQL the test really ran on the server: no file store was made, a database was.
    assert (desk_home / STORE_FILE).exists() == (engine is None)
    assert engine is None or engine.urls
