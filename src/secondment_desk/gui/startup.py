"""Open the encrypted store once the window is up: first run, unlock, or straight in; then
remind of near deadlines in the system tray."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from secondment_desk.errors import DeskError

if TYPE_CHECKING:
    from secondment_desk.gui.mainwindow import MainWindow


def open_store_for(window: MainWindow) -> None:
    """Open (or create) the store, asking what is needed; errors go to the message bar."""
    from secondment_desk import store as api
    from secondment_desk.gui.dialogs import FirstRunDialog, UnlockDialog

    ctx = window.ctx
    try:
        if ctx.demo:
            _open_demo(window)
            return
        _select_server_store(window)
        status = api.store_status()
        if not status.exists:
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
            ctx.set_store(first.store, first.method)
        elif status.method == "passphrase":
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
            ctx.set_store(unlock.store, "passphrase")
        else:
            ctx.set_store(api.open_store(), status.method or "keyring")
    except DeskError as err:
        ctx.storeUnavailable.emit()
        ctx.fail("opening the store", err)
        return
    remind(window)


def _select_server_store(window: MainWindow) -> None:
    """The store setting: a server store, unless the environment or --store chose one."""
    from secondment_desk.store.engine import is_server, select_store, selected_store

    wanted = window.ctx.settings.server_store
    if wanted and is_server(wanted) and selected_store() is None:
        select_store(wanted)


def _open_demo(window: MainWindow) -> None:
    """The demo store: its key (scrypt) in a worker, then opened and filled on this thread."""
    from secondment_desk.gui.demo import demo_key, open_demo_with_key

    ctx = window.ctx

    def opened(result: tuple[bytes, bool]) -> None:
        try:
            ctx.set_store(open_demo_with_key(*result), "passphrase")
        except DeskError as err:
            ctx.storeUnavailable.emit()
            ctx.fail("opening the demo store", err)
            return
        remind(window)

    ctx.jobs.submit(
        QCoreApplication.translate("MainWindow", "Preparing the demo…"),
        lambda _control: demo_key(),
        on_done=opened,
    )


def remind(window: MainWindow) -> None:
    """Show the reminders due today in the system tray, when there is one."""
    from PySide6.QtWidgets import QStyle, QSystemTrayIcon

    from secondment_desk.deadlines import due_reminders

    ctx = window.ctx
    if ctx.store is None or not QSystemTrayIcon.isSystemTrayAvailable():
        return
    reminders = due_reminders(ctx.store.applications.list(), date.today())
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
