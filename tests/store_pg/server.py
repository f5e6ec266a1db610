"""A throwaway PostgreSQL server: ``initdb`` + ``pg_ctl`` in a temporary folder, listening on
127.0.0.1 only, on a free port (the tests' fixture and the engines bench use it).

As root the cluster belongs to the ``postgres`` user (Debian's package makes it): PostgreSQL
refuses to run as root, so its commands go through ``runuser`` (or ``setpriv``).
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
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path


class Unavailable(Exception):
    """No server can be started here (the reason is the message)."""


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
        raise Unavailable("running as root, and neither runuser nor setpriv is there to drop root")
    if runuser.endswith("runuser"):
        return [runuser, "-u", "postgres", "--", *cmd]
    return [runuser, "--reuid=postgres", "--regid=postgres", "--init-groups", *cmd]


@contextmanager
def start_server() -> Iterator[PgServer]:
    """A running server for the ``with`` block; Unavailable when the binaries are absent."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise Unavailable(
            "PostgreSQL's initdb/pg_ctl are not installed (Debian: apt install postgresql)"
        )
    owner = None
    if os.geteuid() == 0:
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            raise Unavailable(
                "running as root and there is no 'postgres' user to run the server"
            ) from None
    root = Path(tempfile.mkdtemp(prefix="desk-pg-"))
    data, sock = root / "data", root / "sock"
    data.mkdir()
    sock.mkdir()
    if owner is not None:
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
