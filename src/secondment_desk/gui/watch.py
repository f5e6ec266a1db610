"""The live window: what another process (the CLI, a second window) writes to the store
appears here within a second, without losing an edit in progress.

A QTimer polls SQLite's ``PRAGMA data_version`` every 500 ms (one tiny query; nothing is
unsealed unless it moved). When it moved, the records' versions say what changed: the lists
are refreshed, and the current profile or application is read again, unless the user is in
the middle of editing a field, in which case the reload waits until the field is left (so a
half-typed value is never overwritten; its save then meets the store's conflict check).
"""

from __future__ import annotations

import sqlite3
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

from secondment_desk.store.watch import Changes, Versions, changes, data_version, record_versions

if TYPE_CHECKING:
    from secondment_desk.gui.context import AppContext

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
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        self._version = data_version(store.conn)
        self._versions = record_versions(store.conn)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def poll(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        try:
            version = data_version(store.conn)
            if version != self._version:
                self._version = version
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
            apps = store.applications.list(ctx.profile.id)
            if apps:
                ctx.select_application(apps[0].id)
        self.changed.emit(found)
