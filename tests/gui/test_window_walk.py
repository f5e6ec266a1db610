"""The next things a person stumbled on, walking every screen (issue 18's last paragraph)."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from secondment_desk.gui.context import AppContext
from secondment_desk.gui.mainwindow import MainWindow
from secondment_desk.models.profile import Dependant, Personal, Profile


def _candidate(ctx: AppContext) -> Profile:
    profile = Profile(personal=Personal(family_name="Berg", first_name="Jon"))
    ctx.save_profile(profile)
    return profile


def test_dependants_are_edited_in_a_table_on_other_details(
    qtbot: QtBot, opened: AppContext, window: MainWindow
) -> None:
    profile = _candidate(opened)
    profile.personal.dependants = [Dependant(name="Liv Berg", relationship="daughter")]
    opened.save_profile(profile)
    window.show_screen("profile")
    screen = window.screens["profile"]
    ui = screen.ui
    table = ui.dependantsTable
    model = table.model()
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "Liv Berg"
    ui.addDependantButton.click()
    assert model.rowCount() == 2
    assert model.setData(model.index(1, 2), "2015-06-01")
    stored = opened.store.profiles.get(profile.id)  # type: ignore[union-attr]
    assert [d.name for d in stored.personal.dependants][0] == "Liv Berg"
    assert stored.personal.dependants[1].date_of_birth == date(2015, 6, 1)
    table.setCurrentIndex(model.index(0, 0))
    ui.removeDependantButton.click()
    stored = opened.store.profiles.get(profile.id)  # type: ignore[union-attr]
    assert [d.date_of_birth for d in stored.personal.dependants] == [date(2015, 6, 1)]
    assert screen.focus_path("profile.personal.dependants[0].name")
    assert ui.tabs.currentWidget() is ui.moreTab


def test_the_system_language_follows_the_environment_when_qt_says_c(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtCore import QLocale

    from secondment_desk.gui import i18n

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.C)))
    for name in ("LANGUAGE", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LC_ALL", "C.UTF-8")  # what Qt falls back to without the ru_RU locale
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    assert i18n.resolve("system") == "ru"
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert i18n.resolve("system") == "en"
