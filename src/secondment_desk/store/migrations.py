"""Numbered schema migrations, tracked in ``PRAGMA user_version``.

Migration N takes a database at version N-1 to N. Each runs inside one transaction together
with the ``user_version`` bump (SQLite's DDL is transactional), so a crash leaves the old
version intact. The caller copies the database aside before running any (see
:func:`secondment_desk.store.connection.backup_before_migration`). Migrations see only
ciphertext: nothing in them may need the key.

The schema holds nothing personal in the clear: ids are random, the blobs are AES-GCM.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable


def _v1_profiles(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID")
    conn.execute(
        "CREATE TABLE profiles ( id TEXT PRIMARY KEY, updated_at TEXT NOT NULL, blob BLOB NOT NULL)"
    )


def _v2_applications(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TABLE applications ("
        " id TEXT PRIMARY KEY,"
        " profile_id TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
        " updated_at TEXT NOT NULL,"
        " blob BLOB NOT NULL)"
    )
    conn.execute("CREATE INDEX applications_by_profile ON applications(profile_id)")


Migration = Callable[[sqlite3.Connection], None]

# Index i holds the migration to version i + 1. Append only; never edit a released one.
MIGRATIONS: tuple[Migration, ...] = (_v1_profiles, _v2_applications)
SCHEMA_VERSION = len(MIGRATIONS)


def user_version(conn: sqlite3.Connection) -> int:
    value: int = conn.execute("PRAGMA user_version").fetchone()[0]
    return value


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> list[int]:
    """Bring ``conn`` (autocommit mode) up to ``target``; returns the versions applied."""
    applied = []
    current = user_version(conn)
    for version in range(current + 1, target + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[version - 1](conn)
            conn.execute(f"PRAGMA user_version = {version:d}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(version)
    return applied
