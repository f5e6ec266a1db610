"""Start the Qt application: paint the window first, then open the store.

The window is shown and painted before anything of the core is imported (cold start); the
first screen is built and the store opened (in a worker: the store's modules, the keyring
and the ledger check; a passphrase is asked for) only after the first frame is on screen.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from secondment_desk import __version__
from secondment_desk.gui import i18n
from secondment_desk.gui.context import AppContext
from secondment_desk.gui.mainwindow import MainWindow


def application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("Secondment Desk")
    app.setOrganizationName("SecondmentDesk")
    app.setApplicationVersion(__version__)
    return app


def build_window(ctx: AppContext | None = None) -> MainWindow:
    """The main window over a context (tests pass their own)."""
    ctx = ctx or AppContext()
    i18n.install(application(), ctx.settings.language)
    return MainWindow(ctx)


def launch(demo: bool = False, open_store: bool = True) -> tuple[QApplication, MainWindow]:
    """Show the window; then (once the event loop runs) start logging and open the store.
    ``bench/cold_start.py`` times this up to the first shown window (``open_store=False``)."""
    app = application()
    # Workers (store, dashboard rows, imports) hold the GIL in slices of this length: the
    # UI thread gets it back within 2 ms instead of 5, so the window keeps painting.
    sys.setswitchinterval(0.002)
    if demo:
        from secondment_desk.gui.demo import prepare_demo_home

        prepare_demo_home()
    ctx = AppContext()
    ctx.demo = demo
    window = build_window(ctx)
    window.show()
    if open_store:
        window.after_first_paint(lambda: _after_show(window))
    return app, window


def _after_show(window: MainWindow) -> None:
    from secondment_desk.gui.startup import open_store_for

    # Its worker sets up the log file first; once the store is open, the other screens'
    # imports are warmed up.
    open_store_for(window)


def main(demo: bool = False) -> int:
    app, _window = launch(demo)
    return app.exec()
