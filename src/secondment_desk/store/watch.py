"""Noticing what another process wrote: SQLite's ``PRAGMA data_version`` (it moves when
another connection commits, never for this one's own writes) and the records' versions.

Qt-free; the window polls :func:`data_version` on a timer (``gui/watch.py``) and asks
:func:`changes` what moved. Reads ids and versions only: nothing is unsealed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from secondment_desk.store.engine import Connection

Versions = dict[tuple[str, str], int]  # (kind, id) -> version


def data_version(conn: Connection) -> int:
    """A number that changes whenever another connection commits to the database."""
    # fetchall: a statement left un-finished (fetchone) keeps its read snapshot open, and
    # this connection would then never see another commit.
    rows = conn.execute("PRAGMA data_version").fetchall()
    return int(rows[0][0]) if rows else 0


def record_versions(conn: Connection) -> Versions:
    out: Versions = {}
    for kind, table in (("profile", "profiles"), ("application", "applications")):
        for record_id, version in conn.execute(f"SELECT id, version FROM {table}").fetchall():
            out[(kind, str(record_id))] = int(version)
    return out


@dataclass(frozen=True)
class Changes:
    profiles: frozenset[str] = field(default_factory=frozenset)  # added, changed or deleted
    applications: frozenset[str] = field(default_factory=frozenset)

    def __bool__(self) -> bool:
        return bool(self.profiles or self.applications)


def changes(before: Versions, after: Versions) -> Changes:
    """The ids whose record was added, changed or deleted between two snapshots."""
    moved = {key for key in before.keys() | after.keys() if before.get(key) != after.get(key)}
    return Changes(
        frozenset(i for k, i in moved if k == "profile"),
        frozenset(i for k, i in moved if k == "application"),
    )
