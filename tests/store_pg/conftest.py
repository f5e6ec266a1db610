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

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.store.conftest import cheap_scrypt, file_keyring  # noqa: F401 - the same fixtures


@dataclass(frozen=True)
class PgServer:
    host: str
    port: int
    user: str
    bin_dir: Path

    def url(self, dbname: str = "postgres", user: str | None = None) -> str:
        return f"postgresql://{user or self.user}@{self.host}:{self.port}/{dbname}"


def find_bin_dir() -> Path | None:
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(os.path.realpath(found)).parent
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: (
            int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0
        ),
    )
    return Path(candidates[-1]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_owner(cmd: list[str]) -> list[str]:
    """The command as the cluster's owner: ``postgres`` when we are root."""
    if os.geteuid() != 0:
        return cmd
    runuser = shutil.which("runuser") or shutil.which("setpriv")
    if runuser is None:
        pytest.fail("running as root, and neither runuser nor setpriv is there to drop root")
    if runuser.endswith("runuser"):
        return [runuser, "-u", "postgres", "--", *cmd]
    return [runuser, "--reuid=postgres", "--regid=postgres", "--init-groups", *cmd]


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"CI must run the PostgreSQL tests: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    bin_dir = find_bin_dir()
    if bin_dir is None:
        _unavailable(
            "PostgreSQL's initdb/pg_ctl are not installed (Debian: apt install postgresql)"
        )
        raise AssertionError  # not reached
    if os.geteuid() == 0:
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            _unavailable("running as root and there is no 'postgres' user to run the server")
            raise AssertionError from None
    root = Path(tempfile.mkdtemp(prefix="desk-pg-"))
    data, sock = root / "data", root / "sock"
    data.mkdir()
    sock.mkdir()
    if os.geteuid() == 0:
        for p in (root, data, sock):
            os.chown(p, owner.pw_uid, owner.pw_gid)
    port = _free_port()
    user = "desk"
    log = root / "server.log"
    subprocess.run(
        _as_owner(
            [
                str(bin_dir / "initdb"),
                *("-D", str(data), "-U", user, "--auth=trust"),
                *("-E", "UTF8", "--no-sync", "--locale=C"),
            ]
        ),
        check=True,
        capture_output=True,
    )
    options = (
        f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={sock} "
        "-c fsync=off -c max_connections=40 -c shared_buffers=16MB"
    )
    subprocess.run(
        _as_owner(
            [
                str(bin_dir / "pg_ctl"),
                *("-D", str(data), "-l", str(log), "-o", options),
                *("-w", "-t", "60", "start"),
            ]
        ),
        check=True,
        capture_output=True,
    )
    try:
        yield PgServer("127.0.0.1", port, user, bin_dir)
    finally:
        subprocess.run(
            _as_owner([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
            check=False,
            capture_output=True,
        )
        shutil.rmtree(root, ignore_errors=True)


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
