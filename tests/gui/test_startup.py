"""First run (key choice), unlock with a passphrase, and the message when it stays locked."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from secondment_desk.gui.context import AppContext
from secondment_desk.gui.dialogs import FirstRunDialog, UnlockDialog
from secondment_desk.gui.mainwindow import MainWindow
from secondment_desk.gui.screens.dashboard import DashboardScreen
from secondment_desk.gui.screens.settings import SettingsScreen
from secondment_desk.gui.startup import open_store_for
from secondment_desk.store import create_store, new_store, open_store, store_status, unlock_key
from tests.gui.typed import typed_screen

from .conftest import PASSPHRASE

if TYPE_CHECKING:
    from secondment_desk.store import Store


def test_first_run_refuses_short_or_different_passphrases(
    qtbot: QtBot, desk_home: Path, ctx: AppContext
) -> None:
    dialog = FirstRunDialog(
        False,
        "No OS keyring can hold the key.",
        lambda method, passphrase: new_store(desk_home, method, passphrase),
        lambda key: open_store(desk_home, key=key),
        ctx.jobs,
    )
    qtbot.addWidget(dialog)
    assert not dialog.ui.keyringRadio.isEnabled() and dialog.ui.passphraseRadio.isChecked()
    assert "No OS keyring" in dialog.ui.errorLabel.text()
    dialog.ui.passEdit.setText("short")
    dialog.ui.confirmEdit.setText("short")
    dialog._ok()
    assert "at least 8" in dialog.ui.errorLabel.text() and dialog.store is None
    dialog.ui.passEdit.setText(PASSPHRASE)
    dialog.ui.confirmEdit.setText(PASSPHRASE + "x")
    dialog._ok()
    assert "differ" in dialog.ui.errorLabel.text() and dialog.store is None
    dialog.ui.confirmEdit.setText(PASSPHRASE)
    dialog._ok()
    assert dialog.working and not dialog.ui.buttons.isEnabled()  # the key is made off-thread
    qtbot.waitUntil(lambda: not dialog.working)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.method == "passphrase"
    # _ok() set the store; mypy still holds the `dialog.store is None` narrowing from above.
    cast("Store", dialog.store).close()
    assert store_status(desk_home).method == "passphrase"


def test_unlock_dialog_says_a_wrong_passphrase_plainly(
    qtbot: QtBot, desk_home: Path, ctx: AppContext
) -> None:
    create_store(desk_home, "passphrase", PASSPHRASE).close()
    dialog = UnlockDialog(
        lambda p: unlock_key(desk_home, p), lambda key: open_store(desk_home, key=key), ctx.jobs
    )
    qtbot.addWidget(dialog)
    dialog.ui.passEdit.setText("wrong passphrase")
    dialog._ok()
    qtbot.waitUntil(lambda: not dialog.working)
    assert "passphrase is wrong" in dialog.ui.errorLabel.text()
    assert dialog.ui.passEdit.text() == ""
    dialog.ui.passEdit.setText(PASSPHRASE)
    dialog._ok()
    qtbot.waitUntil(lambda: not dialog.working)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.store is not None
    dialog.store.close()


def when_asked(act: Callable[[], None]) -> QTimer:
    """Call ``act`` once the unlock dialog is up (it runs its own event loop)."""
    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        if isinstance(QApplication.activeModalWidget(), UnlockDialog):
            timer.stop()
            act()

    timer.timeout.connect(poll)
    timer.start()
    return timer


def _type_the_passphrase() -> None:
    """What the user does in the unlock dialog the start shows."""
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, UnlockDialog)
    dialog.ui.passEdit.setText(PASSPHRASE)
    dialog._ok()


def test_start_asks_for_the_passphrase_and_opens_the_store(
    qtbot: QtBot, desk_home: Path, ctx: AppContext, window: MainWindow
) -> None:
    create_store(desk_home, "passphrase", PASSPHRASE).close()

    # The store's state is read in a worker, then the dialog asks.
    asked = when_asked(_type_the_passphrase)
    open_store_for(window)
    qtbot.waitUntil(lambda: ctx.store is not None)
    asked.stop()
    assert ctx.store is not None and ctx.key_method == "passphrase"
    window.show_screen("settings")
    assert "passphrase" in typed_screen(window, "settings", SettingsScreen).ui.keyLabel.text()


def test_the_log_file_is_set_up_off_the_ui_thread(
    qtbot: QtBot,
    desk_home: Path,
    ctx: AppContext,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading

    from secondment_desk.gui import app, logs
    from secondment_desk.gui.app import _after_show

    create_store(desk_home, "passphrase", PASSPHRASE).close()
    threads: list[str] = []
    real = logs.setup_logging

    def recording() -> Path:
        threads.append(threading.current_thread().name)
        return real()

    monkeypatch.setattr(logs, "setup_logging", recording)
    monkeypatch.setattr(app, "setup_logging", recording, raising=False)  # where it was called

    asked = when_asked(_type_the_passphrase)
    _after_show(window)
    qtbot.waitUntil(lambda: ctx.store is not None)
    asked.stop()
    assert len(threads) == 1 and threads[0] != threading.main_thread().name
    assert logs.log_path().exists()  # the handler opened its file


def test_cancelling_the_unlock_leaves_a_plain_message(
    qtbot: QtBot, desk_home: Path, ctx: AppContext, window: MainWindow
) -> None:
    create_store(desk_home, "passphrase", PASSPHRASE).close()

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, UnlockDialog)
        dialog.reject()

    asked = when_asked(cancel)
    open_store_for(window)
    qtbot.waitUntil(lambda: window.ui.messageBar.isVisible())
    asked.stop()
    assert ctx.store is None
    assert window.ui.messageLabel.text() == "The store stays locked."
    assert "not open" in typed_screen(window, "dashboard", DashboardScreen).ui.emptyLabel.text()


def test_near_deadlines_are_announced_in_the_tray(
    qtbot: QtBot, opened: AppContext, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import date, timedelta

    from PySide6.QtWidgets import QSystemTrayIcon

    from secondment_desk.gui.startup import remind
    from secondment_desk.models import Application, Profile, Vacancy
    from secondment_desk.models.profile import Personal

    profile = Profile(personal=Personal(family_name="Berg", first_name="Jon"))
    opened.save_profile(profile)
    closing = (date.today() + timedelta(days=2)).isoformat()
    vacancy = Vacancy(organization="OSCE", title="Border Officer", closing_date=closing)
    opened.save_application(Application(profile_id=profile.id, vacancy=vacancy))
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(
        QSystemTrayIcon, "showMessage", lambda self, title, text, *a: shown.append((title, text))
    )
    remind(window)  # the applications are read in a worker
    qtbot.waitUntil(lambda: isinstance(window.tray, QSystemTrayIcon))
    assert shown and shown[0][0] == "Deadlines coming up" and "Border Officer" in shown[0][1]


def test_unlocking_opens_the_store_and_reads_its_state_off_the_ui_thread(
    qtbot: QtBot,
    desk_home: Path,
    ctx: AppContext,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Issue #16: choosing the store (it imports the store package), opening it after the
    # passphrase (key check, audit, names), listing its damaged records and the versions the
    # watcher starts from all ran on the UI thread; the workers do them now.
    import threading

    import secondment_desk.gui.startup as startup
    import secondment_desk.gui.watch as gui_watch
    import secondment_desk.store as api
    import secondment_desk.store.watch as store_watch
    from secondment_desk.store.store import Store as StoreClass

    create_store(desk_home, "passphrase", PASSPHRASE).close()
    on_main: dict[str, list[bool]] = {}

    def spy(name: str, real: Callable[..., object]) -> Callable[..., object]:
        def call(*args: object, **kwargs: object) -> object:
            on_main.setdefault(name, []).append(
                threading.current_thread() is threading.main_thread()
            )
            return real(*args, **kwargs)

        return call

    monkeypatch.setattr(
        startup, "_select_server_store", spy("select", startup._select_server_store)
    )
    monkeypatch.setattr(api, "open_store", spy("open", api.open_store))
    monkeypatch.setattr(StoreClass, "damaged", spy("damaged", StoreClass.damaged))
    real_versions = store_watch.record_versions
    monkeypatch.setattr(store_watch, "record_versions", spy("versions", real_versions))
    monkeypatch.setattr(gui_watch, "record_versions", spy("versions", real_versions))

    asked = when_asked(_type_the_passphrase)
    open_store_for(window)
    qtbot.waitUntil(lambda: ctx.store is not None)
    asked.stop()
    assert on_main == {
        "select": [False],
        "open": [False],
        "damaged": [False],
        "versions": [False],
    }


def test_cancel_while_the_store_opens_closes_what_was_opened(qtbot: QtBot, ctx: AppContext) -> None:
    import threading

    release, opening = threading.Event(), threading.Event()
    closed: list[bool] = []

    class Opened:
        def close(self) -> None:
            closed.append(True)

    def slow_open(_key: bytes) -> Store:
        opening.set()
        release.wait(5)
        return cast("Store", Opened())

    dialog = UnlockDialog(lambda _p: b"key", slow_open, ctx.jobs)
    qtbot.addWidget(dialog)
    dialog.ui.passEdit.setText(PASSPHRASE)
    dialog._ok()
    assert dialog.working
    qtbot.waitUntil(opening.is_set)
    dialog.reject()  # Escape or closing the dialog while it opens
    release.set()
    qtbot.waitUntil(lambda: not dialog.working)
    assert closed == [True] and dialog.store is None
    assert dialog.result() == QDialog.DialogCode.Rejected
