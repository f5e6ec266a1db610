"""The store's own errors, for callers (the GUI) that must tell these cases apart.

Each is a :class:`~secondment_desk.errors.StoreError`, so the CLI prints it as one line and
exits with 2 like any other error a user can meet.
"""

from __future__ import annotations

from datetime import datetime

from secondment_desk.errors import StoreError


class ConflictError(StoreError):
    """The record changed in the store since this window (or command) read it; nothing was
    written. The caller reloads, or saves again with ``force=True`` to keep its own copy."""

    def __init__(self, kind: str, record_id: str, changed_at: datetime | None) -> None:
        self.kind = kind
        self.record_id = record_id
        self.changed_at = changed_at
        if changed_at is None:
            what = f"This {kind} ({record_id}) was deleted in another window or command"
        else:
            local = changed_at.astimezone().strftime("%H:%M")
            what = f"This {kind} ({record_id}) was changed in another window or command at {local}"
        super().__init__(f"{what}: reload it or keep yours (your change was not saved yet).")


class ReadOnlyError(StoreError):
    """This window opened the store read-only (another window has it open for writing)."""


class StoreReplacedError(StoreError):
    """The store file was replaced (a backup was restored) while this one was open."""


class KeyDamagedError(StoreError):
    """The key data beside the store is damaged or out of bounds: not a wrong passphrase."""


class DamagedRecordError(StoreError):
    """One record cannot be read (damaged, altered, rolled back); the others still can."""


class TamperedError(StoreError):
    """The store's structure or its ledger was altered outside the app."""
