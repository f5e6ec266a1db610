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

from secondment_desk.store.crypto import KEY_DIGEST, key_material_digest
from secondment_desk.store.engine import Connection


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


def _v3_versions(conn: sqlite3.Connection) -> None:
    """A version on every record (compare-and-set on save, bound into the sealed record's
    associated data), a keyed reference to an application's vacancy (one application per
    candidate and vacancy, even with two writers), and a digest of the key material.

    Sealing the records again with their version and writing the ledger need the key: the
    opener does it in this same transaction (``keyed`` of :func:`migrate`)."""
    conn.execute("ALTER TABLE profiles ADD COLUMN version INTEGER NOT NULL DEFAULT 1")
    conn.execute("ALTER TABLE applications ADD COLUMN version INTEGER NOT NULL DEFAULT 1")
    conn.execute("ALTER TABLE applications ADD COLUMN vacancy_ref TEXT")
    meta = {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM meta")}
    conn.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
        (KEY_DIGEST, key_material_digest(meta)),
    )


def _v4_summaries(conn: sqlite3.Connection) -> None:
    """A small sealed summary per record, for lists and name look-ups without decoding the
    full records (the opener seals them in this same transaction: ``keyed``)."""
    conn.execute("ALTER TABLE profiles ADD COLUMN summary BLOB")
    conn.execute("ALTER TABLE applications ADD COLUMN summary BLOB")


def _v5_changed_by(conn: sqlite3.Connection) -> None:
    """Who made each record's last change: on a server store the member's database role (set
    by the server itself, see ``postgres.ensure_changed_by``); on the file NULL, the local
    user ("you"). A role name is no personal data beyond what the server already holds; the
    full who-did-what stays in the sealed application history."""
    conn.execute("ALTER TABLE profiles ADD COLUMN changed_by TEXT")
    conn.execute("ALTER TABLE applications ADD COLUMN changed_by TEXT")


def _v6_ledger_entries(conn: sqlite3.Connection) -> None:
    """One ledger row per record (kind, id, version, GCM tag) instead of one sealed blob of
    all of them rewritten on every save; the sealed aggregate in ``meta`` binds the rows
    (see :mod:`.ledger`). The opener writes the old blob's entries as rows in this same
    transaction (``keyed``); a server store does it at its first write."""
    conn.execute(
        "CREATE TABLE ledger_entries ("
        " kind TEXT NOT NULL,"
        " id TEXT NOT NULL,"
        " version INTEGER NOT NULL,"
        " tag TEXT NOT NULL,"
        " PRIMARY KEY (kind, id)) WITHOUT ROWID"
    )


def _v7_summaries_for_lists(conn: sqlite3.Connection) -> None:
    """Every list reads summaries only, so a summary holds what they show or match on: a
    profile's e-mail and birth date (an import's duplicate check), an application's history
    length and entered delegation date (``application list``, the reminders). No column
    changes; the opener seals every summary again in the new format in this same transaction
    (``keyed``): personal data stays sealed like the record. A server store's opener does
    it right after the migration (``postgres._seal_summaries``); a summary left in the old
    format is read from its record until the record is saved again."""


def _v8_summaries_for_the_dashboard(conn: sqlite3.Connection) -> None:
    """An application's summary holds what the dashboard's row is computed from (the
    notice's closing time, the post's regime, the application's lead time, whether the
    notice is cancelled, what a partial copy leaves unjudged and its warnings), so the
    dashboard's first build decodes no full record. No column changes; sealed again by the
    opener as for schema 7 (``keyed``; a server store's opener right after)."""


# The migrations after which every summary is sealed again in the current format.
def resealing(migration: Callable[[sqlite3.Connection], None]) -> bool:
    return migration in (_v7_summaries_for_lists, _v8_summaries_for_the_dashboard)


Migration = Callable[[sqlite3.Connection], None]

# Index i holds the migration to version i + 1. Append only; never edit a released one.
MIGRATIONS: tuple[Migration, ...] = (
    _v1_profiles,
    _v2_applications,
    _v3_versions,
    _v4_summaries,
    _v5_changed_by,
    _v6_ledger_entries,
    _v7_summaries_for_lists,
    _v8_summaries_for_the_dashboard,
)
SCHEMA_VERSION = len(MIGRATIONS)

# Everything the schema holds (besides SQLite's own automatic indexes): anything else in
# sqlite_master (a trigger, a view, another table) was put there outside the app.
SCHEMA_OBJECTS = frozenset(
    {
        ("table", "meta"),
        ("table", "profiles"),
        ("table", "applications"),
        ("table", "ledger_entries"),
        ("index", "applications_by_profile"),
    }
)


def foreign_objects(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(type, name) of every schema object the app did not make."""
    rows = conn.execute("SELECT type, name FROM sqlite_master").fetchall()
    return [
        (str(t), str(n))
        for t, n in rows
        if (t, n) not in SCHEMA_OBJECTS and not str(n).startswith("sqlite_autoindex_")
    ]


def user_version(conn: Connection) -> int:
    value: int = conn.execute("PRAGMA user_version").fetchone()[0]
    return value


def migrate(
    conn: sqlite3.Connection,
    target: int = SCHEMA_VERSION,
    keyed: Callable[[sqlite3.Connection, int], None] | None = None,
) -> list[int]:
    """Bring ``conn`` (autocommit mode) up to ``target``; returns the versions applied.

    ``keyed(conn, version)``, when given, runs after each migration inside its transaction:
    the opener's work that needs the key (sealing records again), so it lands with it."""
    applied = []
    current = user_version(conn)
    for version in range(current + 1, target + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[version - 1](conn)
            if keyed is not None:
                keyed(conn, version)
            conn.execute(f"PRAGMA user_version = {version:d}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(version)
    return applied
