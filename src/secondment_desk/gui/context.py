"""The application context handed to every screen: store, current profile and application,
settings, the job runner and the message channel. No globals: tests build their own.

Screens read ``ctx.profile`` / ``ctx.application`` and listen to the change signals; they
change data only through ``save_profile`` / ``save_application`` (every change is written to
the store at once; there is no "save" button).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, Signal

from secondment_desk.errors import DeskError, StoreError
from secondment_desk.gui.logs import log_failure
from secondment_desk.gui.settings import DeskSettings
from secondment_desk.gui.workers import UNEXPECTED, JobRunner

if TYPE_CHECKING:
    from pathlib import Path

    from secondment_desk.models import Application, Profile
    from secondment_desk.store import Store
    from secondment_desk.store.store import DamagedRecord
    from secondment_desk.store.watch import Versions


class StoreState(NamedTuple):
    """What the window reads of a store it is given (its damaged records, and the versions
    the change watcher starts from), read by the worker that opened it: every profile is
    listed for it, tens of milliseconds the UI thread would otherwise wait. (A named tuple,
    not a dataclass: ``dataclasses`` is not imported before the first paint.)"""

    damaged: list[DamagedRecord]
    watch: tuple[int, Versions] | None  # data version and record versions; None: not watched

    @classmethod
    def read(cls, store: Store) -> StoreState:
        """Read on the thread that holds ``store`` (the opening worker, before handing it)."""
        damaged = store.damaged() if hasattr(store, "damaged") else []
        if not hasattr(store, "conn"):
            return cls(damaged, None)
        from secondment_desk.store.watch import data_version, record_versions

        return cls(damaged, (data_version(store.conn), record_versions(store.conn)))


class AppContext(QObject):
    storeOpened = Signal()
    storeUnavailable = Signal()  # not created, still locked, or failed to open
    profileChanged = Signal()  # another candidate chosen, or the current one edited
    applicationChanged = Signal()  # another application chosen, or the current one edited
    applicationsChanged = Signal()  # the list of applications changed
    profilesChanged = Signal()  # the list of candidates changed
    message = Signal(str, str)  # text, level: "info" | "error"
    navigate = Signal(str)  # a screen key

    def __init__(
        self,
        settings: DeskSettings | None = None,
        jobs: JobRunner | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings or DeskSettings()
        self.jobs = jobs or JobRunner(self)
        self.jobs.error.connect(lambda text: self.message.emit(text, "error"))
        self.store: Store | None = None  # once opened
        self.key_method: str = ""
        self.profile: Profile | None = None
        self.application: Application | None = None
        self.demo = False
        self.batching = False  # screens coalesce the refreshes of signals sent meanwhile

    # --- messages -------------------------------------------------------------------------
    def info(self, text: str) -> None:
        self.message.emit(text, "info")

    def fail(self, action: str, err: BaseException) -> None:
        """Show an error in the window in plain words and log it (never its message)."""
        expected = isinstance(err, DeskError)
        log_failure(action, err, expected=expected)
        self.message.emit(str(err) if expected else UNEXPECTED.format(action=action), "error")

    # --- store ----------------------------------------------------------------------------
    def set_store(
        self, store: Store, key_method: str = "", state: StoreState | None = None
    ) -> None:
        """Show ``store``; ``state`` is what the opening worker read of it (None: read here)."""
        self.store = store
        self.key_method = key_method
        if hasattr(store, "claim_window"):  # one window edits; a second one reads only
            store.claim_window()
        self.batching = True  # the screens refresh once for all the signals below
        try:
            self.storeOpened.emit()
            self._restore_session()
        finally:
            self.batching = False
        self._tell_store_state(state)
        self._watch_for_restore()
        self._watch_for_changes(state)

    def _watch_for_changes(self, state: StoreState | None = None) -> None:
        """What the CLI or another window writes appears here (gui/watch.py)."""
        if not hasattr(self.store, "conn"):
            return
        from secondment_desk.gui.watch import StoreWatcher

        watcher = getattr(self, "watcher", None)
        if watcher is None:
            watcher = self.watcher = StoreWatcher(self)
        watcher.start(state.watch if state is not None else None)

    def _tell_store_state(self, state: StoreState | None = None) -> None:
        """Say on start what the user must know: read-only, or damaged records."""
        from PySide6.QtCore import QCoreApplication

        said = (
            [self.require_store().read_only]
            if getattr(self.require_store(), "read_only", "")
            else []
        )
        if state is not None:
            damaged = state.damaged
        else:
            damaged = self.require_store().damaged() if hasattr(self.store, "damaged") else []
        if damaged:
            ids = ", ".join(f"{d.kind} {d.id}" for d in damaged[:5])
            said.append(
                QCoreApplication.translate(
                    "MainWindow",
                    "{n} record(s) cannot be read and are left out ({ids}); every other "
                    "record is shown. Delete them or restore a backup "
                    "(secondment-desk profile list shows them).",
                ).format(n=len(damaged), ids=ids)
            )
        if said:  # one bar shows one message: both in it
            self.message.emit(" ".join(said), "error")

    def _watch_for_restore(self) -> None:
        """A restore from the command line replaces the data under this window: say so."""
        from PySide6.QtCore import QTimer

        if not hasattr(self.store, "replaced"):
            return
        timer = getattr(self, "_restore_timer", None)
        if timer is None:
            timer = self._restore_timer = QTimer(self)
            timer.setInterval(3000)
            timer.timeout.connect(self._check_restored)
        timer.start()

    def _check_restored(self) -> None:
        from PySide6.QtCore import QCoreApplication

        if self.store is None or not self.store.replaced():
            return
        self._restore_timer.stop()
        self.store.read_only = QCoreApplication.translate(
            "MainWindow",
            "A backup was restored over this store while the window was open: nothing more "
            "is saved here. Close and reopen the window to see the restored data.",
        )
        self.message.emit(self.store.read_only, "error")

    def resolve_conflict(self, err: Exception) -> str:
        """Ask the user what to do after a conflicting save: "reload" or "keep"."""
        from PySide6.QtWidgets import QApplication, QMessageBox

        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(str(err))
        reload = box.addButton(self.tr("Reload"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(self.tr("Keep mine"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        return "reload" if box.clickedButton() is reload else "keep"

    def require_store(self) -> Store:
        """The open store; a clear error (shown like any other) when none is open."""
        if self.store is None:
            raise StoreError("No store is open: unlock or create it first.")
        return self.store

    def close_store(self) -> None:
        timer = getattr(self, "_restore_timer", None)
        if timer is not None:
            timer.stop()
        watcher = getattr(self, "watcher", None)
        if watcher is not None:
            watcher.stop()
        store, self.store = self.store, None
        if store is not None:
            store.close()

    def _restore_session(self) -> None:
        store = self.require_store()
        summaries = store.profiles.list()
        wanted = self.settings.last_profile_id
        chosen = next((s for s in summaries if s.id == wanted), summaries[0] if summaries else None)
        self.profile = store.profiles.get(chosen.id) if chosen else None
        self.application = None
        if self.profile is not None:  # the summaries pick it; only that one is decoded
            apps = store.applications.list(self.profile.id)
            wanted_app = self.settings.last_application_id
            ids = [a.id for a in apps]
            ids.sort(key=lambda i: i != wanted_app)  # the last one opened, else the newest
            self.application = store.applications.first_readable(ids)
        self.profilesChanged.emit()
        self.profileChanged.emit()
        self.applicationsChanged.emit()
        self.applicationChanged.emit()

    # --- current candidate and application ------------------------------------------------
    def select_profile(self, profile_id: str | None) -> None:
        if self.store is None:
            return
        self.profile = self.store.profiles.get(profile_id) if profile_id else None
        self.settings.last_profile_id = self.profile.id if self.profile else ""
        if self.application is not None and (
            self.profile is None or self.application.profile_id != self.profile.id
        ):
            apps = self.store.applications.list(self.profile.id) if self.profile else []
            self.application = self.store.applications.first_readable(a.id for a in apps)
            self.applicationChanged.emit()
        self.profileChanged.emit()

    def select_application(self, application_id: str | None) -> None:
        if self.store is None:
            return
        app = self.store.applications.get(application_id) if application_id else None
        self.application = app
        self.settings.last_application_id = app.id if app else ""
        if app is not None and (self.profile is None or self.profile.id != app.profile_id):
            self.profile = self.store.profiles.get(app.profile_id)
            self.settings.last_profile_id = self.profile.id
            self.profileChanged.emit()
        self.applicationChanged.emit()

    def save_profile(self, profile: Profile) -> None:
        """Write the profile at once and make it the current one."""
        from secondment_desk.store.errors import ConflictError

        is_new = self.profile is None or self.profile.id != profile.id
        store = self.require_store()
        try:
            store.profiles.save(profile)
        except ConflictError as err:
            if self.resolve_conflict(err) == "reload":
                self.profile = store.profiles.get(profile.id)
                self.profilesChanged.emit()
                self.profileChanged.emit()
                return
            store.profiles.save(profile, force=True)
        self.profile = profile
        self.settings.last_profile_id = profile.id
        if is_new:
            self.profilesChanged.emit()
        self.profileChanged.emit()

    def save_application(self, application: Application) -> None:
        """Write the application at once and make it the current one."""
        from secondment_desk.store.errors import ConflictError

        store = self.require_store()
        try:
            store.applications.save(application)
        except ConflictError as err:
            if self.resolve_conflict(err) == "reload":
                self.application = store.applications.find(
                    application.profile_id, application.vacancy.key
                )
                self.applicationsChanged.emit()
                self.applicationChanged.emit()
                return
            store.applications.save(application, force=True)
        self.application = application
        self.settings.last_application_id = application.id
        self.applicationsChanged.emit()
        self.applicationChanged.emit()

    def record_export(self, path: Path) -> None:
        """The exported file, with its SHA-256, becomes an event of the current application."""
        from secondment_desk.applications import record_files
        from secondment_desk.models.application import EventKind

        if self.application is None:
            return
        app = self.application.model_copy(deep=True)
        record_files(app, [path], EventKind.EXPORT)
        self.save_application(app)
