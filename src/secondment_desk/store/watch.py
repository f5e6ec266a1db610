"""Noticing what another process wrote: SQLite's ``PRAGMA data_version`` (it moves when
another connection commits, never for this one's own writes) and the records' versions.

Qt-free; the window polls :func:`data_version` on a timer (``gui/watch.py``) and asks
:func:`changes` what moved. On a server store :class:`ServerListener` is told instead
(LISTEN/NOTIFY on a worker thread), and says when the server is lost and back. Reads ids and
versions only: nothing is unsealed.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from secondment_desk.i18n import _
from secondment_desk.store.engine import Connection
from secondment_desk.store.postgres import ChangeListener

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


# --- a server store: its changes pushed by LISTEN/NOTIFY ----------------------------------------


def offline_message() -> str:
    """What a window says (and a save while offline refuses with) when the server is lost."""
    return _(
        "Server unreachable \u2014 read-only, retrying\u2026 Your edits stay where they are; "
        "save them again once it is back."
    )


def online_message() -> str:
    return _("The server store is reachable again: saving works again.")


def server_url(conn: Connection) -> str | None:
    """The address of a server store's connection (None for the file)."""
    if getattr(conn, "dialect", "") != "postgresql":
        return None
    url = getattr(conn, "url", None)
    return str(url) if url else None


Subscriber = Callable[[Changes], None]
StateSubscriber = Callable[[bool, str], None]  # (reachable, why not)

BACKOFF = (0.5, 1.0, 2.0, 4.0, 8.0, 15.0)  # seconds between attempts to reach the server again


class ServerListener:
    """Another client's changes to a server store, as the server announces them at commit
    (LISTEN/NOTIFY, see :func:`~.postgres.ensure_notifications`), on a worker thread of its own
    with its own connection: no polling of the server, and no Qt (the window subscribes).

    ``subscribe(fn)``: ``fn(Changes)`` for every burst of changes; ``on_state(fn)``:
    ``fn(reachable, why)`` when the server is lost or back. Losing the server, it retries with
    backoff (:data:`BACKOFF`) until it is back or :meth:`stop`; back, it reports every record
    as possibly changed (what happened meanwhile was not announced to it). Both are called on
    the worker thread: a face hands them over to its own thread."""

    def __init__(self, url: str, backoff: tuple[float, ...] = BACKOFF) -> None:
        self.url = url
        self._backoff = backoff
        self._subscribers: list[Subscriber] = []
        self._state_subscribers: list[StateSubscriber] = []
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.reachable = True
        self.ready = threading.Event()  # set once it listens (tests wait on it)

    def subscribe(self, fn: Subscriber) -> None:
        self._subscribers.append(fn)

    def on_state(self, fn: StateSubscriber) -> None:
        self._state_subscribers.append(fn)

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="store-listener", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _state(self, reachable: bool, why: str) -> None:
        if reachable == self.reachable:
            return
        self.reachable = reachable
        for fn in list(self._state_subscribers):
            fn(reachable, why)

    def _deliver(self, found: Changes) -> None:
        for fn in list(self._subscribers):
            fn(found)

    def _run(self) -> None:
        attempt = 0
        lost = False
        while not self._stop.is_set():
            try:
                listener = ChangeListener(self.url)
            except Exception as err:  # unreachable: the state says why; try again later
                self._state(False, str(err))
                lost = True
                self._stop.wait(self._backoff[min(attempt, len(self._backoff) - 1)])
                attempt += 1
                continue
            attempt = 0
            self.ready.set()
            if lost:  # changes made while away were announced to nobody: look at them all
                self._state(True, "")
                self._deliver(Changes(frozenset({"*"}), frozenset({"*"})))
                lost = False
            try:
                while not self._stop.is_set():
                    got = listener.poll(timeout=0.5)
                    if got:
                        self._deliver(
                            Changes(
                                frozenset(c.record_id for c in got if c.kind == "profile"),
                                frozenset(c.record_id for c in got if c.kind == "application"),
                            )
                        )
            except Exception as err:  # the connection went: report it, and reconnect
                self._state(False, str(err))
                lost = True
            finally:
                with contextlib.suppress(Exception):
                    listener.close()
