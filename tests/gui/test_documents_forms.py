"""The Documents screen: a form of the user's own mapped in a table, confirmed, filled and
saved; the still-empty list links to the profile field (issue 14)."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from pytestqt.qtbot import QtBot

from secondment_desk.documents.formmemory import remembered
from secondment_desk.gui.context import AppContext
from secondment_desk.gui.mainwindow import MainWindow
from secondment_desk.gui.screens.documents import DocumentsScreen
from secondment_desk.gui.screens.profile import ProfileScreen
from secondment_desk.models import Application, Vacancy
from tests.documents.formshapes import build_shapes_form
from tests.documents.sample import full_profile
from tests.gui.test_flow import wait_idle
from tests.gui.typed import typed_screen


def test_own_form_is_mapped_confirmed_and_filled(
    qtbot: QtBot, opened: AppContext, window: MainWindow, tmp_path: Path
) -> None:
    profile = full_profile()
    opened.save_profile(profile)
    app = Application(profile_id=profile.id, vacancy=Vacancy(organization="OSCE", title="Officer"))
    opened.save_application(app)
    window.show_screen("documents")
    screen = typed_screen(window, "documents", DocumentsScreen)
    form = build_shapes_form(tmp_path / "delegation_form.docx")
    screen.open_own_form(form)
    dialog = screen.mapping_dialog
    assert dialog is not None and dialog.isVisible()
    combo = dialog.combos["t0r0c1"]
    assert combo.currentData() == "personal.family_name"
    colour = dialog.combos["p9"]
    assert colour.currentData() == ""  # unknown label: left empty until the user picks
    colour.setCurrentIndex(colour.findData("personal.website"))
    dialog.table.resizeColumnsToContents()
    dialog.grab().save(str(tmp_path / "mapping.png"))
    out = tmp_path / "out" / "filled.docx"
    out.parent.mkdir()
    screen._own_form_confirmed(form, dialog, out)
    wait_idle(qtbot, opened, timeout=180_000)
    assert remembered(dialog.form.fingerprint) is not None
    doc = Document(str(out))
    assert doc.tables[0].cell(0, 1).text == profile.personal.family_name
    assert any(profile.personal.website in p.text for p in doc.paragraphs)
    assert "Saved:" in screen.ui.outputLabel.text()


def test_a_still_empty_link_opens_the_profile_field(
    qtbot: QtBot, opened: AppContext, window: MainWindow
) -> None:
    profile = full_profile()
    opened.save_profile(profile)
    window.show_screen("documents")
    screen = typed_screen(window, "documents", DocumentsScreen)
    screen.open_field("field:profile.security_clearance.level")
    assert window.ui.stack.currentWidget() is typed_screen(window, "profile", ProfileScreen)
    ui = typed_screen(window, "profile", ProfileScreen).ui
    assert ui.tabs.currentWidget() is ui.moreTab
    screen.open_field("field:profile.employment[0].supervisor_name")
    assert ui.tabs.currentWidget() is ui.employmentTab
