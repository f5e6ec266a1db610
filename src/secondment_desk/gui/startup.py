"""Open the encrypted store once the window is up: first run, unlock, or straight in; then
remind of near deadlines in the system tray."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from secondment_desk.errors import DeskError
from secondment_desk.gui.context import StoreState
from secondment_desk.locale_format import BABEL_MODULES

if TYPE_CHECKING:
    from secondment_desk.deadlines.reminders import Reminder
    from secondment_desk.gui.mainwindow import MainWindow
    from secondment_desk.store import Store, StoreStatus


def open_store_for(window: MainWindow) -> None:
    """Open (or create) the store, asking what is needed; errors go to the message bar.

    The UI thread never waits for it: the store's modules are imported and its state read
    in a worker, a keyring store is opened (key fetched, ledger checked) there too, and only
    the open store is handed to the window. Dialogs (first run, passphrase) run here."""
    ctx = window.ctx
    if ctx.demo:
        _open_demo(window)
        return
    server = ctx.settings.server_store  # the store setting, read here; chosen in the worker

    def status(_control: object) -> object:
        # The log file first (logging.handlers imported, the file opened: 7 ms), then the
        # store package (and a server engine): here, not on the UI thread.
        from secondment_desk.gui.logs import setup_logging

        setup_logging()
        _select_server_store(server)
        from secondment_desk import store as api

        found = api.store_status()
        if found.exists and found.method == "keyring":  # nothing to ask: open it here too
            store = api.open_store()
            # Every name unsealed (the damaged ones found) and the watcher's versions read
            # here once, not on the UI thread.
            return found, store, StoreState.read(store)
        return found, None, None

    ctx.jobs.submit(
        QCoreApplication.translate("MainWindow", "Opening your data…"),
        status,
        on_done=lambda found: _continue_opening(window, *found),
        on_error=lambda text: _not_opened(window, text),
    )


# What the other screens and their first refresh import: loaded in a worker once the store is
# open (not before: the UI thread would wait on a module the worker is half-way through
# importing), so switching to a screen the first time does not import on the UI thread.
WARM_MODULES = (
    "secondment_desk.deadlines.board",
    "secondment_desk.gui.screens.profile",
    "secondment_desk.gui.screens.vacancy",
    "secondment_desk.gui.screens.checklist",
    "secondment_desk.gui.screens.deadline",
    "secondment_desk.gui.screens.documents",
    "secondment_desk.gui.screens.settings",
    "secondment_desk.checklist",
    "secondment_desk.documents.context",
    *BABEL_MODULES,  # the checklist names languages and the deadline screen States through it
    "secondment_desk.notice_status",
    "secondment_desk.ranking",
    "secondment_desk.profile",
    "secondment_desk.vacancy",
)


def warm_up(window: MainWindow) -> None:
    """Import what the other screens need, in a worker (the UI thread keeps beating)."""

    def load(_control: object) -> object:
        import importlib

        for name in WARM_MODULES:
            importlib.import_module(name)
        import pycountry

        # pycountry reads its databases on first look-up (the checklist's languages, the
        # deadline screen's States): half a second the first screen switch would wait.
        pycountry.languages.get(name="English")
        pycountry.countries.get(alpha_2="NO")
        return len(WARM_MODULES)

    window.ctx.jobs.submit(
        QCoreApplication.translate("MainWindow", "Getting ready…"), load, on_error=lambda _t: None
    )


def _not_opened(window: MainWindow, text: str) -> None:
    window.ctx.storeUnavailable.emit()
    window.ctx.message.emit(text, "error")


def _continue_opening(
    window: MainWindow, status: StoreStatus, opened: Store | None, state: StoreState | None
) -> None:
    from secondment_desk import store as api

    ctx = window.ctx
    try:
        if not status.exists:
            from secondment_desk.gui.dialogs import FirstRunDialog

            first = FirstRunDialog(
                status.keyring_usable,
                status.warning,
                lambda method, passphrase: api.new_store(method=method, passphrase=passphrase),
                lambda key: api.open_store(key=key),
                ctx.jobs,
                window,
                backend=status.keyring_backend,
            )
            if not first.exec():
                ctx.storeUnavailable.emit()
                ctx.info(
                    QCoreApplication.translate(
                        "MainWindow", "No store was created: your data cannot be kept yet."
                    )
                )
                return
            assert first.store is not None  # accepted: the store is open
            ctx.set_store(first.store, first.method, first.state)
        elif status.method == "passphrase":
            from secondment_desk.gui.dialogs import UnlockDialog

            unlock = UnlockDialog(
                lambda passphrase: api.unlock_key(passphrase=passphrase),
                lambda key: api.open_store(key=key),
                ctx.jobs,
                window,
            )
            if not unlock.exec():
                ctx.storeUnavailable.emit()
                ctx.info(QCoreApplication.translate("MainWindow", "The store stays locked."))
                return
            assert unlock.store is not None  # accepted: the store is open
            ctx.set_store(unlock.store, "passphrase", unlock.state)
        elif opened is not None:
            ctx.set_store(opened, status.method or "keyring", state)
        else:
            ctx.set_store(api.open_store(), status.method or "keyring")
    except DeskError as err:
        ctx.storeUnavailable.emit()
        ctx.fail("opening the store", err)
        return
    remind(window)
    warm_up(window)


def _select_server_store(wanted: str) -> None:
    """The store setting: a server store, unless the environment or --store chose one (run
    in the opening worker: it imports the store package)."""
    from secondment_desk.store.engine import is_server, select_store, selected_store

    if wanted and is_server(wanted) and selected_store() is None:
        select_store(wanted)


def _open_demo(window: MainWindow) -> None:
    """The demo store: its key (the passphrase KDF), then opened and filled, all in a worker."""
    ctx = window.ctx

    def prepare(_control: object) -> object:
        from secondment_desk.gui.demo import demo_key, open_demo_with_key
        from secondment_desk.gui.logs import setup_logging

        setup_logging()  # off the UI thread, as for a real store

        store = open_demo_with_key(*demo_key())
        return store, StoreState.read(store)

    def opened(found: tuple[Store, StoreState]) -> None:
        store, state = found
        try:
            ctx.set_store(store, "passphrase", state)
        except DeskError as err:
            ctx.storeUnavailable.emit()
            ctx.fail("opening the demo store", err)
            return
        remind(window)
        warm_up(window)

    ctx.jobs.submit(
        QCoreApplication.translate("MainWindow", "Preparing the demo…"),
        prepare,
        on_done=opened,
        on_error=lambda text: _not_opened(window, text),
    )


def remind(window: MainWindow) -> None:
    """Show the reminders due today in the system tray, when there is one (found in a
    worker over a read handle, from the summaries: only an application that may have one
    due is decoded)."""
    from PySide6.QtWidgets import QSystemTrayIcon

    ctx = window.ctx
    store = ctx.store
    if store is None or not QSystemTrayIcon.isSystemTrayAvailable():
        return
    today = date.today()

    def find(_control: object) -> object:
        from secondment_desk.deadlines import store_reminders

        reader = store.reader()
        try:
            return store_reminders(reader, today)
        finally:
            reader.close()

    ctx.jobs.submit(
        QCoreApplication.translate("MainWindow", "Looking for deadlines…"),
        find,
        on_done=lambda reminders: _show_reminders(window, reminders),
    )


def _show_reminders(window: MainWindow, reminders: list[Reminder]) -> None:
    from PySide6.QtWidgets import QStyle, QSystemTrayIcon

    if not reminders:
        return
    icon = window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
    tray = QSystemTrayIcon(icon, window)
    tray.setToolTip(QCoreApplication.translate("MainWindow", "Secondment Desk"))
    tray.show()
    window.tray = tray
    text = "\n".join(r.message for r in reminders[:4])
    tray.showMessage(
        QCoreApplication.translate("MainWindow", "Deadlines coming up"), text, icon, 15_000
    )
