"""A real PostgreSQL server for the server-store tests, started by the suite itself.

``initdb`` and ``pg_ctl`` (found in PATH, else in Debian's /usr/lib/postgresql/*/bin; ``./desk
test`` installs Debian's ``postgresql`` package) make a cluster in a temporary folder, listening
on 127.0.0.1 only, on a free port, with no Unix socket outside that folder. PostgreSQL refuses
to run as root: as root the cluster belongs to the ``postgres`` user (made by the Debian
package) and its commands run through ``runuser``. Each test gets a database of its own.

Without the binaries the tests are skipped with that reason, except in CI (``CI`` set), where
they fail: CI must run them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.store.conftest import cheap_kdf, file_keyring  # noqa: F401 - the same fixtures
from tests.store_pg.server import PgServer, Unavailable, start_server


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    try:
        with start_server() as server:
            yield server
    except Unavailable as why:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the PostgreSQL tests: {why}")
        pytest.skip(str(why))


_counter = iter(range(1_000_000))


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """The address of a new, empty database on the test server."""
    import psycopg

    name = f"desk_{os.getpid()}_{next(_counter)}"
    with psycopg.connect(pg_server.url(), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    yield pg_server.url(name)
    with psycopg.connect(pg_server.url(), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(autouse=True)
def no_selected_store() -> Iterator[None]:
    """``--store`` given to an in-process command does not outlive its test."""
    from secondment_desk.store.engine import select_store

    yield
    select_store(None)
