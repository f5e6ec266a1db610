"""The main window: lazy screens, keyboard navigation, settings kept in the data folder,
errors shown in plain words and logged without personal data."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from secondment_desk.errors import InputError
from secondment_desk.gui.app import build_window
from secondment_desk.gui.context import AppContext
from secondment_desk.gui.logs import log_path, setup_logging
from secondment_desk.gui.mainwindow import MainWindow
from secondment_desk.gui.screens import SCREEN_KEYS
from secondment_desk.gui.screens.documents import DocumentsScreen
from secondment_desk.gui.settings import Language
from tests.gui.typed import typed_screen


def test_only_the_first_screen_is_built_at_start(window: MainWindow, qtbot: QtBot) -> None:
    assert window.screens == {}  # nothing but the empty frame before the first paint
    qtbot.waitUntil(lambda: bool(window.screens))
    assert list(window.screens) == ["dashboard"]
    assert window.ui.stack.count() == len(SCREEN_KEYS) == 7
    window.show_screen("documents")
    assert set(window.screens) == {"dashboard", "documents"}
    assert window.ui.stack.currentWidget() is typed_screen(window, "documents", DocumentsScreen)


def test_ctrl_number_jumps_to_each_screen(window: MainWindow, qtbot: QtBot) -> None:
    for number, key in enumerate(SCREEN_KEYS, start=1):
        QTest.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_key() == key
        assert window.ui.stack.currentWidget() is window.screens[key]


def test_every_interactive_widget_has_an_accessible_name(window: MainWindow) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QWidget,
    )

    for key in SCREEN_KEYS:
        window.show_screen(key)
    kinds = (QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QPlainTextEdit)
    nameless = [
        f"{type(w).__name__}:{w.objectName()}"
        for w in window.findChildren(QWidget)
        if isinstance(w, kinds)
        and w.objectName()
        and not w.objectName().startswith("qt_")
        and not w.accessibleName()
    ]
    assert nameless == []


def test_settings_and_geometry_live_in_the_data_folder(
    qtbot: QtBot, desk_home: Path, window: MainWindow
) -> None:
    window.show_screen("profile")
    window.resize(window.minimumSizeHint().width() + 10, 520)
    saved = window.size()
    window.close()
    ini = desk_home / "gui-settings.ini"
    assert ini.exists()
    text = ini.read_text()
    assert "geometry" in text and "screen=profile" in text
    again = build_window(AppContext())
    qtbot.addWidget(again)
    assert again.current_key() == "profile"
    assert again.size().height() == saved.height() == 520  # width is clamped to the screen


def test_a_user_error_is_shown_in_the_window_and_logged_without_its_text(
    window: MainWindow, ctx: AppContext
) -> None:
    setup_logging()
    ctx.fail("reading a notice", InputError("The file secret-Jane-Doe.txt is empty."))
    assert window.ui.messageBar.isVisible()
    assert window.ui.messageLabel.text() == "The file secret-Jane-Doe.txt is empty."
    ctx.fail("exporting", RuntimeError("boom for Jane Doe"))
    assert "Something went wrong while exporting" in window.ui.messageLabel.text()
    for handler in __import__("logging").getLogger("secondment_desk").handlers:
        handler.flush()
    logged = log_path().read_text()
    assert "InputError" in logged and "RuntimeError" in logged
    assert "Jane" not in logged
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]


def test_escape_dismisses_the_message(window: MainWindow, ctx: AppContext, qtbot: QtBot) -> None:
    ctx.info("hello")
    assert window.ui.messageBar.isVisible()
    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert not window.ui.messageBar.isVisible()


def _mnemonic(text: str) -> str | None:
    import re

    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


@pytest.mark.parametrize("language", ["en", "ru"])
def test_no_two_visible_mnemonics_collide(
    qtbot: QtBot, window: MainWindow, qapp: QApplication, language: Language
) -> None:
    """Alt+letter reaches one thing only, on every screen and every tab (menus included)."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar, QTabWidget

    from secondment_desk.gui import i18n

    if language != "en" and not i18n.qm_path(language).exists():
        pytest.skip("translations not built (scripts/build_translations.py)")
    assert i18n.install(qapp, language) == language
    qtbot.wait(10)  # the LanguageChange events

    menus = [_mnemonic(a.text()) for a in window.menuBar().actions()]
    clashes = {}
    for key in SCREEN_KEYS:
        window.show_screen(key)
        screen = window.screens[key]
        tabs = screen.findChildren(QTabWidget)
        pages = [tabs[0].widget(i) for i in range(tabs[0].count())] if tabs else [None]
        for page in pages:
            if page is not None:
                tabs[0].setCurrentWidget(page)
            letters = list(menus)
            for w in screen.findChildren(QAbstractButton):
                if w.isVisibleTo(window):
                    letters.append(_mnemonic(w.text()))
            for label in screen.findChildren(QLabel):
                if label.isVisibleTo(window) and label.buddy() is not None:
                    letters.append(_mnemonic(label.text()))
            for bar in screen.findChildren(QTabBar):
                letters += [_mnemonic(bar.tabText(i)) for i in range(bar.count())]
            seen = [x for x in letters if x]
            dup = sorted({x for x in seen if seen.count(x) > 1})
            if dup:
                clashes[f"{key}/{page.objectName() if page else ''}"] = dup
    i18n.install(qapp, "en")
    assert clashes == {}, "\n".join(f"{k}: {v}" for k, v in clashes.items())


# What the first frame needs is Qt and the window's own modules: the store, the models
# (pydantic), Babel, the parsers (their regular expressions compile at import), the screens
# and the CLI's command modules all load after it (issue 16).
_AFTER_THE_PAINT = (
    "pydantic",
    "babel",
    "keyring",
    "pycountry",
    "secondment_desk.store",
    "secondment_desk.models",
    "secondment_desk.vacancy",
    "secondment_desk.profile",
    "secondment_desk.checklist",
    "secondment_desk.deadlines",
    "secondment_desk.documents",
    "secondment_desk.locale_format",
    "secondment_desk.gui.screens.dashboard",
    "secondment_desk.cli.vacancy",
    "secondment_desk.cli.form",
)

_AT_FIRST_PAINT = """
import os, sys
from secondment_desk.gui import mainwindow

def at_paint(window):
    print(window._painted)
    print("\\n".join(sorted(sys.modules)), flush=True)
    os._exit(0)

mainwindow.MainWindow._run_after_paint = at_paint
from secondment_desk.cli import main
main(sys.argv[1:])
"""


@pytest.mark.parametrize("argv", [["gui"], ["gui", "--demo"]])
def test_the_first_frame_is_painted_before_the_core_is_imported(
    argv: list[str], tmp_path: Path
) -> None:
    import subprocess
    import sys

    from tests.conftest import subprocess_env

    env = subprocess_env(
        QT_QPA_PLATFORM="offscreen", SECONDMENT_DESK_HOME=str(tmp_path), TMPDIR=str(tmp_path)
    )
    result = subprocess.run(
        [sys.executable, "-c", _AT_FIRST_PAINT, *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    painted, *modules = result.stdout.split()
    assert painted == "True"  # a painted frame, not the fallback for a window never painted
    assert "secondment_desk.gui.mainwindow" in modules
    early = [m for m in modules if any(m == p or m.startswith(p + ".") for p in _AFTER_THE_PAINT)]
    assert early == []
