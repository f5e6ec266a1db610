"""Start the Qt application and show the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QApplication, QMainWindow

from secondment_desk import __version__
from secondment_desk.resources import ui_file


def load_ui(name: str) -> QMainWindow:
    """Load a Designer file from ui/ into a widget."""
    path = ui_file(name)
    fh = QFile(str(path))
    if not fh.open(QIODevice.OpenModeFlag.ReadOnly):
        raise RuntimeError(f"Cannot open {path}")
    try:
        widget = QUiLoader().load(fh)
    finally:
        fh.close()
    if not isinstance(widget, QMainWindow):
        raise RuntimeError(f"{name} is not a main window")
    return widget


def main(demo: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Secondment Desk")
    app.setApplicationVersion(__version__)
    window = load_ui("main_window.ui")
    window.setWindowTitle(f"Secondment Desk {__version__}" + (" — demo" if demo else ""))
    window.show()
    return app.exec()
