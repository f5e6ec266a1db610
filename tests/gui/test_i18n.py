"""Russian through Qt Linguist: switching in Settings relabels the open window at once; the
choice is kept; without a built .qm the application stays in English."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from secondment_desk.gui import i18n
from secondment_desk.gui.context import AppContext
from secondment_desk.gui.mainwindow import MainWindow
from secondment_desk.gui.screens.checklist import ChecklistScreen
from secondment_desk.gui.screens.deadline import DeadlineScreen
from secondment_desk.gui.screens.settings import SettingsScreen
from tests.conftest import REPO
from tests.gui.typed import typed_screen, typed_screen_for


@pytest.fixture(scope="module", autouse=True)
def built_translations() -> None:
    if not i18n.qm_path("ru").exists():
        subprocess.run(
            [sys.executable, str(REPO / "scripts" / "build_translations.py")], check=True
        )


@pytest.fixture(autouse=True)
def back_to_english(qapp: QApplication) -> Iterator[None]:
    yield
    i18n.install(qapp, "en")


def test_switching_to_russian_relabels_the_window(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    window.show_screen("settings")
    settings = typed_screen(window, "settings", SettingsScreen)
    combo = settings.ui.languageCombo
    combo.setCurrentIndex(combo.findData("ru"))
    assert ctx.settings.language == "ru"
    qtbot.waitUntil(lambda: window.ui.navList.item(0).text() == "Обзор")
    assert window.file_menu.title() == "&Файл"
    assert settings.ui.languageLabel.text() == "&Язык:"
    window.show_screen("checklist")
    assert typed_screen(window, "checklist", ChecklistScreen).ui.metButton.text() == "&Выполнено"
    combo.setCurrentIndex(combo.findData("en"))
    qtbot.waitUntil(lambda: window.ui.navList.item(0).text() == "Dashboard")


def test_the_deadline_screens_states_are_named_again_in_the_new_language(
    qtbot: QtBot, qapp: QApplication, window: MainWindow
) -> None:
    screen = typed_screen_for(window, "deadline", DeadlineScreen)  # built, not shown
    combo = screen.ui.stateCombo

    def shown() -> list[str]:
        return [combo.itemText(i) for i in range(combo.count())]

    qtbot.waitUntil(lambda: "Austria" in shown(), timeout=10_000)  # named ahead, in a worker
    assert i18n.install(qapp, "ru") == "ru"
    qtbot.waitUntil(lambda: "Австрия" in shown(), timeout=10_000)
    assert "Austria" not in shown() and combo.itemData(shown().index("Австрия")) == "Austria"
    assert shown()[0] == "— выберите выдвигающее государство —"
    i18n.install(qapp, "en")
    qtbot.waitUntil(lambda: "Austria" in shown(), timeout=10_000)


def test_every_russian_message_is_translated() -> None:
    ts = (REPO / "resources" / "i18n" / "secondment_desk_ru.ts").read_text(encoding="utf-8")
    assert ts.count("<message>") > 300
    assert 'type="unfinished"' not in ts


def test_a_missing_qm_leaves_english(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: object
) -> None:
    monkeypatch.setattr(i18n, "qm_path", lambda code: REPO / "no-such" / f"{code}.qm")
    assert i18n.install(qapp, "ru") == "en"
