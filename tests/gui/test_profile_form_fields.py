"""The profile screen edits the fields the P.11 and EU CSDP forms ask (issue 14)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from secondment_desk.gui.context import AppContext
from secondment_desk.gui.mainwindow import MainWindow
from secondment_desk.gui.screens.profile import ProfileScreen
from secondment_desk.models.profile import Employment, Personal, Profile
from tests.gui.typed import typed_screen


def test_clearance_marital_status_relatives_and_salaries_are_edited(
    qtbot: QtBot, opened: AppContext, window: MainWindow
) -> None:
    profile = Profile(
        personal=Personal(family_name="Berg", first_name="Jon"),
        employment=[Employment(start="2019-01", title="Officer")],
    )
    opened.save_profile(profile)
    window.show_screen("profile")
    screen = typed_screen(window, "profile", ProfileScreen)
    ui = screen.ui
    ui.clearanceLevelEdit.setText("NATO SECRET")
    ui.clearanceLevelEdit.editingFinished.emit()
    ui.clearanceExpiryEdit.setValue(date(2029, 1, 31))
    ui.clearanceExpiryEdit.committed.emit()
    ui.maritalStatusEdit.setCurrentIndex(ui.maritalStatusEdit.findData("married"))
    ui.maritalStatusEdit.activated.emit(ui.maritalStatusEdit.currentIndex())
    ui.consentCheck.setCheckState(Qt.CheckState.Checked)
    ui.consentCheck.clicked.emit()
    ui.nationalitiesAtBirthEdit.setText("Yugoslavia")
    ui.nationalitiesAtBirthEdit.editingFinished.emit()
    ui.tabs.setCurrentWidget(ui.moreTab)
    assert ui.addRowButton.isHidden()  # the relatives have their own buttons
    ui.addRelativeButton.click()
    jobs = screen.sections["employment"][1]
    column = next(i for i, c in enumerate(jobs.columns) if c.field == "salary_end")
    assert jobs.setData(jobs.index(0, column), "52000", Qt.ItemDataRole.EditRole)
    stored = opened.require_store().profiles.get(profile.id)
    assert stored.security_clearance.level == "NATO SECRET"
    assert stored.security_clearance.expiry == date(2029, 1, 31)
    assert stored.personal.marital_status == "married"
    assert stored.personal.nationalities_at_birth == ["Yugoslavia"]
    assert stored.declarations.consent_to_share is True
    assert len(stored.relatives) == 1
    assert stored.employment[0].salary_end == 52000
    ui.relativesTable.setCurrentIndex(ui.relativesTable.model().index(0, 0))
    ui.removeRelativeButton.click()
    assert opened.require_store().profiles.get(profile.id).relatives == []
