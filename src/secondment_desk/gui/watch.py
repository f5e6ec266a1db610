"""The live window: what another process (the CLI, a second window) writes to the store
appears here within a second, without losing an edit in progress.

A QTimer polls SQLite's ``PRAGMA data_version`` every 500 ms (one tiny query; nothing is
unsealed unless it moved). When it moved, the records' versions say what changed: the lists
are refreshed, and the current profile or application is read again, unless the user is in
the middle of editing a field, in which case the reload waits until the field is left (so a
half-typed value is never overwritten; its save then meets the store's conflict check).

On a server store the core's :class:`~secondment_desk.store.watch.ServerListener` is told of
other clients' changes (LISTEN/NOTIFY on its worker thread) and the timer only looks at what
it heard (no query to the server unless something moved). When the server is lost the store
turns read-only with a banner (editors keep what is typed; a save says why it cannot), and
when the listener reaches it again, saving resumes and every record is looked at again.
"""

from __future__ import annotations

import sqlite3
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

from secondment_desk.errors import StoreError
from secondment_desk.store.watch import (
    Changes,
    ServerListener,
    Versions,
    changes,
    data_version,
    offline_message,
    online_message,
    record_versions,
    server_url,
)

if TYPE_CHECKING:
    from secondment_desk.gui.context import AppContext
    from secondment_desk.store.store import Store

INTERVAL_MS = 500


def editing_in_progress() -> bool:
    """Whether the keyboard is in a field the user can type into (an edit may be half done)."""
    widget = QApplication.focusWidget()
    if isinstance(widget, QLineEdit | QAbstractSpinBox):
        return not widget.isReadOnly()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return not widget.isReadOnly()
    return isinstance(widget, QComboBox) and widget.isEditable()


class StoreWatcher(QObject):
    changed = Signal(object)  # Changes

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self._version = -1
        self._versions: Versions = {}
        self._pending = Changes()
        self.listener: ServerListener | None = None
        self._heard = threading.Event()  # set by the listener's thread: something moved
        self._offline = False
        self._was_read_only = ""
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.poll)

    def start(self, seen: tuple[int, Versions] | None = None) -> None:
        """Watch the context's store from ``seen`` (its data and record versions, read by the
        worker that opened it), or from what it holds now."""
        store = self.ctx.store
        if store is None:
            return
        if seen is not None:
            self._version, self._versions = seen[0], dict(seen[1])
        else:
            self._version = data_version(store.conn)
            self._versions = record_versions(store.conn)
        url = server_url(store.conn)
        if url is not None and self.listener is None:
            self.listener = ServerListener(url)
            self.listener.subscribe(lambda _found: self._heard.set())
            self.listener.start()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self.listener is not None:
            self.listener.stop()
            self.listener = None

    def _moved(self, store: Store) -> bool:
        if self.listener is None:
            version = data_version(store.conn)
            moved, self._version = version != self._version, version
            return moved
        moved = self._heard.is_set()
        self._heard.clear()
        return moved

    def _follow_server(self, store: Store) -> bool:
        """Banner and read-only while the server is lost; False while it is."""
        assert self.listener is not None
        if not self.listener.reachable:
            if not self._offline:
                self._offline = True
                self._was_read_only = store.read_only
                store.read_only = offline_message()
                self.ctx.message.emit(store.read_only, "error")
            return False
        if self._offline:
            self._offline = False
            store.read_only = self._was_read_only
            self.ctx.message.emit(store.read_only or online_message(), "info")
        return True

    def poll(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        if self.listener is not None and not self._follow_server(store):
            return
        try:
            if self._moved(store):
                now = record_versions(store.conn)
                found = changes(self._versions, now)
                self._versions = now
                self._pending = Changes(
                    self._pending.profiles | found.profiles,
                    self._pending.applications | found.applications,
                )
            if self._pending and not editing_in_progress():
                found, self._pending = self._pending, Changes()
                self._apply(found)
        except sqlite3.OperationalError:
            return  # busy for a moment: the next poll tries again
        except StoreError:
            if self.listener is None:
                raise
            self._heard.set()  # the server went before the listener noticed: look again later
        except Exception as err:  # a poll never breaks the window
            self.ctx.fail("noticing changes made elsewhere", err)
            self.timer.stop()

    def _stored(self, kind: str, record_id: str) -> int | None:
        return self._versions.get((kind, record_id))

    def _apply(self, found: Changes) -> None:
        """Refresh what changed: the lists, and the current records when another process
        wrote them (this window's own saves leave them as they are)."""
        ctx = self.ctx
        store = ctx.store
        assert store is not None
        if found.profiles:
            ctx.profilesChanged.emit()
        if found.applications:
            ctx.applicationsChanged.emit()
        profile = ctx.profile
        if profile is not None and profile.id in found.profiles:
            stored = self._stored("profile", profile.id)
            if stored is None:
                ctx.select_profile(None)
            elif stored != store.profiles.version(profile.id):
                ctx.profile = store.profiles.get(profile.id)
                ctx.profileChanged.emit()
        elif profile is None and found.profiles:
            summaries = store.profiles.list()
            if summaries:
                ctx.select_profile(summaries[0].id)
        app = ctx.application
        if app is not None and app.id in found.applications:
            stored = self._stored("application", app.id)
            if stored is None:
                ctx.select_application(None)
            elif stored != store.applications.version(app.id):
                ctx.application = store.applications.get(app.id)
                ctx.applicationChanged.emit()
        elif app is None and ctx.profile is not None and found.applications:
            # Picked from the summaries; a damaged newest one is skipped, not a failed poll.
            listed = store.applications.list(ctx.profile.id)
            first = store.applications.first_readable(a.id for a in listed)
            if first is not None:
                ctx.select_application(first.id)
        self.changed.emit(found)
