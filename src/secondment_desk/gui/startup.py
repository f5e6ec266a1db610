"""Open the encrypted store once the window is up: first run, unlock, or straight in."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from secondment_desk.gui.mainwindow import MainWindow


def open_store_for(window: MainWindow) -> None:
    """Placeholder until the store lands on main: tell the user plainly."""
    window.ctx.info(window.tr("The encrypted store is not available in this build yet."))
