"""The live window (issue 15): what the CLI writes appears in an open window within a second,
without losing an edit in progress; the application's timeline on the Deadline screen; the
duplicate-import question; the register export."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from secondment_desk.cli import main
from secondment_desk.gui.context import AppContext
from secondment_desk.gui.mainwindow import MainWindow
from secondment_desk.models import Status
from tests.conftest import FIXTURES, subprocess_env
from tests.gui.conftest import PASSPHRASE

NOTICE = str(FIXTURES / "vacancies" / "osce_field_kosovo_human_rights.txt")
RESUME = str(FIXTURES / "profiles" / "jsonresume_petrova.json")
NAME = "Anna Ivanova Petrova"


@pytest.fixture(autouse=True)
def headless_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECONDMENT_DESK_PASSPHRASE", PASSPHRASE)


def _cli_flow(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["profile", "import", RESUME]) == 0
    assert main(["checklist", NOTICE, "--profile", NAME, "--json"]) == 0
    assert main(["form", "fill", NOTICE, "--profile", NAME, "--out", str(tmp_path / "f.docx")]) == 0
    capsys.readouterr()
    assert main(["application", "list", "--json"]) == 0
    import json

    (row,) = json.loads(capsys.readouterr().out)
    return str(row["id"])


def _open_window(qtbot: QtBot, ctx: AppContext, window: MainWindow) -> None:
    from secondment_desk.store import open_store

    ctx.set_store(open_store(), "passphrase")
    qtbot.waitUntil(lambda: ctx.application is not None, timeout=3000)


def test_the_window_shows_the_application_the_cli_made_with_its_timeline(
    qtbot: QtBot,
    ctx: AppContext,
    window: MainWindow,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    app_id = _cli_flow(tmp_path, capsys)
    _open_window(qtbot, ctx, window)
    dashboard = window.screen_for("dashboard")
    dashboard.refresh()  # its rows are built by a worker: wait for them
    qtbot.waitUntil(
        lambda: getattr(dashboard, "model", None) is not None and dashboard.model.rowCount() == 1,  # type: ignore[attr-defined]
        timeout=5000,
    )
    assert ctx.application is not None and ctx.application.id == app_id
    window.show_screen("deadline")
    deadline = window.screens["deadline"]
    lines = [deadline.ui.historyList.item(i).text() for i in range(deadline.ui.historyList.count())]  # type: ignore[attr-defined]
    assert any("Filled f.docx (SHA-256 " in line for line in lines)
    assert lines[-1].endswith("Application created")  # newest first


def test_a_status_change_by_the_cli_appears_in_the_open_window_within_a_second(
    qtbot: QtBot,
    ctx: AppContext,
    window: MainWindow,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    desk_home: Path,
) -> None:
    app_id = _cli_flow(tmp_path, capsys)
    _open_window(qtbot, ctx, window)
    window.show_screen("deadline")
    deadline = window.screens["deadline"]
    assert ctx.application is not None and ctx.application.status is Status.DRAFT
    # another process: the real command line
    done = subprocess.run(
        [sys.executable, "-m", "secondment_desk", "application", "status", app_id, "ready"],
        env=subprocess_env(SECONDMENT_DESK_HOME=str(desk_home)),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    written = time.monotonic()
    qtbot.waitUntil(
        lambda: ctx.application is not None and ctx.application.status is Status.READY,
        timeout=1500,
    )
    assert time.monotonic() - written < 1.0
    assert "ready" in deadline.ui.statusLabel.text()  # type: ignore[attr-defined]
    assert "Status: ready" in deadline.ui.historyList.item(0).text()  # type: ignore[attr-defined]
    # and a delete elsewhere leaves the window with no application, not a stale one
    assert main(["application", "delete", app_id]) == 0
    qtbot.waitUntil(lambda: ctx.application is None, timeout=1500)


def test_an_edit_in_progress_is_not_lost_when_another_process_writes(
    qtbot: QtBot,
    ctx: AppContext,
    window: MainWindow,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from PySide6.QtWidgets import QApplication, QLineEdit

    app_id = _cli_flow(tmp_path, capsys)
    _open_window(qtbot, ctx, window)
    window.show_screen("profile")
    edit = window.screens["profile"].findChild(QLineEdit, "phoneEdit") or next(
        e for e in window.screens["profile"].findChildren(QLineEdit) if e.isVisible()
    )
    window.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit, timeout=2000)
    edit.setText("half typed")
    assert main(["application", "status", app_id, "ready"]) == 0
    qtbot.wait(1200)  # two polls: noticed, but held while the field has the keyboard
    assert edit.text() == "half typed"
    assert ctx.application is not None and ctx.application.status is Status.DRAFT
    edit.clearFocus()
    window.ui.navList.setFocus()
    qtbot.waitUntil(
        lambda: ctx.application is not None and ctx.application.status is Status.READY,
        timeout=1500,
    )


def test_a_duplicate_import_in_the_window_takes_each_path(
    qtbot: QtBot, ctx: AppContext, window: MainWindow, capsys: pytest.CaptureFixture[str]
) -> None:
    from secondment_desk.profile import import_file

    assert main(["profile", "import", RESUME]) == 0
    _open_window_no_app(qtbot, ctx)
    screen = window.screen_for("profile")
    store = ctx.require_store()
    first = store.profiles.list()[0].id
    for choice, count in (("cancel", 1), ("update", 1), ("new", 2)):
        screen.ask_duplicate = lambda _parent, _profile, _twins, c=choice: c  # type: ignore[attr-defined]
        screen._imported(import_file(RESUME))  # type: ignore[attr-defined]
        assert len(store.profiles.list()) == count, choice
    assert first in {s.id for s in store.profiles.list()}


def test_an_import_looks_for_the_same_person_off_the_ui_thread(
    qtbot: QtBot,
    ctx: AppContext,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Issue #16: every stored profile is unsealed to find the same person (2.8 s on the UI
    # thread with 1,000 profiles); the import's worker does it, the window only asks.
    import threading

    from secondment_desk.profile import review

    assert main(["profile", "import", RESUME]) == 0
    _open_window_no_app(qtbot, ctx)
    screen = window.screen_for("profile")
    store = ctx.require_store()
    searched_on: list[bool] = []
    real = review.find_duplicates

    def spy(*args: Any) -> list[Any]:
        searched_on.append(threading.current_thread() is threading.main_thread())
        return real(*args)

    monkeypatch.setattr(review, "find_duplicates", spy)
    asked: list[int] = []

    def ask(_parent: object, _profile: object, twins: list[Any]) -> str:
        asked.append(len(twins))
        return "new"

    screen.ask_duplicate = ask  # type: ignore[attr-defined]
    screen.import_file(Path(RESUME))  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: len(store.profiles.list()) == 2, timeout=5000)
    assert searched_on == [False]
    assert asked == [1]


def _open_window_no_app(qtbot: QtBot, ctx: AppContext) -> None:
    from secondment_desk.store import open_store

    ctx.set_store(open_store(), "passphrase")
    qtbot.waitUntil(lambda: ctx.profile is not None, timeout=3000)


def test_the_register_export_from_the_window_writes_the_rows(
    qtbot: QtBot,
    ctx: AppContext,
    window: MainWindow,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    app_id = _cli_flow(tmp_path, capsys)
    _open_window(qtbot, ctx, window)
    deadline = window.screen_for("deadline")
    out = tmp_path / "register.xlsx"
    messages: list[str] = []
    ctx.message.connect(lambda text, _level: messages.append(text))
    deadline.export_register(out)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: any("plaintext" in m for m in messages), timeout=10000)
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert len(rows) == 2 and rows[1][0] == NAME and rows[1][-1] == app_id
    assert "plaintext" in deadline.registerButton.text()  # type: ignore[attr-defined]
