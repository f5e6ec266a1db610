"""What every source of the store's data key does (one module per backend, as vorta does).

A source either keeps the random data key itself (the OS keyring) or wraps it so it can be
kept beside the data (a passphrase). ``setup`` returns the meta entries to store with the
database; ``unlock`` gives the data key back or raises :class:`LockedError` without touching
the disk. The store verifies the key it gets against its key check; ``rewrapped`` says how to
keep a key that was kept an older way (a passphrase store wrapped with scrypt) the current way.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping
from typing import ClassVar, Literal

KeyMethod = Literal["keyring", "passphrase"]


class KeySource(ABC):
    method: ClassVar[KeyMethod]

    @classmethod
    @abstractmethod
    def get_priority(cls) -> int:
        """Higher is preferred when the store is created."""

    @classmethod
    @abstractmethod
    def is_usable(cls) -> bool:
        """Whether this source works on this machine now."""

    @classmethod
    @abstractmethod
    def backend_name(cls) -> str:
        """A readable name of what holds the key."""

    @classmethod
    def is_system(cls) -> bool:
        """Whether the key is held by the operating system rather than by the user's memory."""
        return False

    @classmethod
    def get_backend_warning(cls) -> str:
        """A sentence for the user about this source's weak points ("" if none)."""
        return ""

    @abstractmethod
    def setup(self, store_id: str, data_key: bytes) -> dict[str, str]:
        """Keep ``data_key`` for the store ``store_id``; returns meta entries to store."""

    @abstractmethod
    def unlock(self, store_id: str, meta: Mapping[str, str]) -> bytes:
        """The data key, or :class:`LockedError`."""

    def rewrapped(
        self, store_id: str, meta: Mapping[str, str], data_key: bytes
    ) -> dict[str, str | None] | None:
        """After ``data_key`` was unlocked: the meta rows that keep it the way this source keeps
        keys now (None for a row to drop), when ``meta`` keeps it an older way; else None."""
        return None

    def forget(self, store_id: str) -> None:  # noqa: B027 - optional for sources
        """Drop what this source keeps outside the store (nothing by default)."""
