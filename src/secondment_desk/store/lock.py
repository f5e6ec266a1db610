"""Locks on the data folder (OS file locks, ``flock``), so two processes never lose updates.

* the store file itself: every write transaction holds it shared, a restore holds it
  exclusive while it writes the backup's content over it. So a restore never lands half-way
  through a write. (SQLite's own locks are POSIX record locks, which ``flock`` does not meet.)
* the data folder: held exclusive by the one window that edits the store; a second window on
  the same data folder cannot take it and opens the store read-only.

Neither creates a file, so opening with a wrong passphrase still changes nothing on disk.

The locks belong to the open file, so the kernel drops them when a process dies: a crash never
leaves a folder locked. Where ``fcntl`` does not exist (Windows) there are no OS locks; the
record versions (compare-and-set) still refuse a lost update there.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from secondment_desk.errors import StoreError
from secondment_desk.i18n import _
from secondment_desk.store.connection import store_path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

WAIT_SECONDS = 10.0


def _open(path: Path) -> int:
    """A read-only descriptor to lock ``path`` by; -1 when it does not exist."""
    try:
        return os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return -1
    except OSError as err:
        raise StoreError(
            _("Cannot lock {path}: {strerror}.").format(path=path, strerror=err.strerror or err)
        ) from err


# Closing *any* descriptor of the store file drops every POSIX record lock this process holds
# on it, SQLite's own locks of the other open connections included; another process may then
# checkpoint and reset the WAL under them (stale reads, "database disk image is malformed").
# So a descriptor of the store file is never closed: it is parked, unlocked, and reused by the
# next lock on the same file (as SQLite itself does with its own descriptors). Keyed by the
# process too: a forked child opens its own (a shared open file shares its flock).
_parked: dict[tuple[int, int, int], list[int]] = {}
_parked_guard = threading.Lock()


def _open_store_file(path: Path) -> int:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return -1
    with _parked_guard:
        free = _parked.get((os.getpid(), st.st_dev, st.st_ino))
        if free:
            return free.pop()
    return _open(path)


def _park(fd: int) -> None:
    try:
        st = os.fstat(fd)
    except OSError:
        return
    with _parked_guard:
        _parked.setdefault((os.getpid(), st.st_dev, st.st_ino), []).append(fd)


class FolderLock:
    """The store file's lock: shared for a write, exclusive for a restore."""

    def __init__(self, home: Path) -> None:
        self.path = store_path(home)
        self._fd = _open_store_file(self.path) if fcntl is not None else -1

    def _take(self, op: int, timeout: float, busy: str) -> None:
        if fcntl is None or self._fd < 0:
            return
        deadline = time.monotonic() + timeout
        pause = 0.002
        while True:
            try:
                fcntl.flock(self._fd, op | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise StoreError(busy) from None
                time.sleep(pause)
                pause = min(pause * 2, 0.05)

    def _release(self) -> None:
        if fcntl is not None and self._fd >= 0:
            fcntl.flock(self._fd, fcntl.LOCK_UN)

    @contextlib.contextmanager
    def shared(self, timeout: float = WAIT_SECONDS) -> Iterator[None]:
        self._take(
            fcntl.LOCK_SH if fcntl is not None else 0,
            timeout,
            "The store is being restored from a backup; try again in a moment.",
        )
        try:
            yield
        finally:
            self._release()

    @contextlib.contextmanager
    def exclusive(self, timeout: float = WAIT_SECONDS) -> Iterator[None]:
        self._take(
            fcntl.LOCK_EX if fcntl is not None else 0,
            timeout,
            "The store is busy (another window or command is writing to it); "
            "try again in a moment.",
        )
        try:
            yield
        finally:
            self._release()

    def close(self) -> None:
        if self._fd >= 0:
            self._release()
            _park(self._fd)  # never os.close: see _parked
            self._fd = -1


class WindowLock:
    """The data folder's lock, held by the one window that may edit the store."""

    def __init__(self, fd: int) -> None:
        self._fd = fd

    @classmethod
    def try_take(cls, home: Path) -> WindowLock | None:
        """The lock, or None when another window holds it (always the lock without fcntl)."""
        fd = _open(home)
        if fcntl is not None and fd >= 0:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                return None
        return cls(fd)

    def release(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)  # closing the file drops the lock
            self._fd = -1
