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
            from secondment_desk.gui.demo import open_demo_store

            ctx.set_store(open_demo_store(), "passphrase")
            remind(window)
            return
        status = api.store_status()
        if not status.exists:
            first = FirstRunDialog(
                status.keyring_usable,
                status.warning,
                lambda method, passphrase: api.create_store(method=method, passphrase=passphrase),
                window,
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
            unlock = UnlockDialog(lambda passphrase: api.open_store(passphrase=passphrase), window)
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
