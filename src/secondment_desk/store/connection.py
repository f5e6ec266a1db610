"""The SQLite file: where it is, how it is opened, and the copy taken before a migration.

One file, ``store.sqlite3``, in the data folder; write-ahead log (WAL) with
``synchronous=FULL``, so a killed process or a power cut leaves the last committed state.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from secondment_desk.errors import StoreError
from secondment_desk.i18n import _
from secondment_desk.paths import data_home

STORE_FILE = "store.sqlite3"
BACKUP_DIR = "backups"


def store_path(home: Path | None = None) -> Path:
    return (home if home is not None else data_home()) / STORE_FILE


def backups_dir(home: Path) -> Path:
    path = home / BACKUP_DIR
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def timestamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def _lenient_text(raw: bytes) -> str:
    return raw.decode("utf-8", "surrogateescape")


def connect(path: Path) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit); reads nothing yet."""
    try:
        # A window opens its store in a worker thread and then uses it on the UI thread only
        # (handed over, never shared: other threads read through ``Store.reader()``).
        conn = sqlite3.connect(path, isolation_level=None, timeout=10.0, check_same_thread=False)
        # Text that is not UTF-8 (a blob rewritten as text outside the app) must reach the
        # code that reports the record as damaged, not fail the whole query.
        conn.text_factory = _lenient_text
        conn.execute("PRAGMA busy_timeout = 10000")
    except sqlite3.Error as err:
        raise StoreError(
            _("The store {path} cannot be opened: {err}.").format(path=path, err=err)
        ) from err
    return conn


def set_write_mode(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")


def private(path: Path) -> None:
    """Only the user may read the file (best effort on systems without POSIX modes)."""
    with contextlib.suppress(OSError):
        os.chmod(path, 0o600)


def copy_database(conn: sqlite3.Connection, dest: Path) -> Path:
    """A consistent copy of the open database (SQLite's online backup), private to the user."""
    dest.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = sqlite3.connect(dest)
    try:
        conn.backup(target)
    finally:
        target.close()
    private(dest)
    return dest


def backup_before_migration(conn: sqlite3.Connection, home: Path, version: int) -> Path:
    return copy_database(conn, backups_dir(home) / f"store-v{version}-{timestamp()}.sqlite3")


def fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
