"""The store's own errors, for callers (the GUI) that must tell these cases apart.

Each is a :class:`~secondment_desk.errors.StoreError`, so the CLI prints it as one line and
exits with 2 like any other error a user can meet.
"""

from __future__ import annotations

from datetime import datetime

from secondment_desk.errors import StoreError


class ConflictError(StoreError):
    """The record changed in the store since this window (or command) read it; nothing was
    written. The caller reloads, or saves again with ``force=True`` to keep its own copy.

    ``changed_by``: who made that change (a member's database role on a server store; None on
    the file, where it is this user in another window: "you"). :attr:`headline` says both,
    "Changed by maria at 14:02", and starts the message."""

    def __init__(
        self,
        kind: str,
        record_id: str,
        changed_at: datetime | None,
        changed_by: str | None = None,
    ) -> None:
        from secondment_desk.i18n import _

        self.kind = kind
        self.record_id = record_id
        self.changed_at = changed_at
        self.changed_by = changed_by
        who = changed_by or _("you")
        if changed_at is None:
            what = f"This {kind} ({record_id}) was deleted in another window or command"
            self.headline = _("Deleted by {who}").format(who=who)
        else:
            local = changed_at.astimezone().strftime("%H:%M")
            what = f"This {kind} ({record_id}) was changed in another window or command at {local}"
            self.headline = _("Changed by {who} at {time}").format(who=who, time=local)
        super().__init__(
            f"{self.headline} — {what}: reload it or keep yours (your change was not saved yet)."
        )


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
