"""Walk the whole flow like a user, over the real core and a real encrypted store: paste a
notice, import a profile, mark checklist items, set the State, write the letter, fill the
form, export the package; assert what the screens show and what ends up on disk."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from secondment_desk.gui.context import AppContext
from secondment_desk.gui.mainwindow import MainWindow
from secondment_desk.gui.screens.base import pending_refreshes
from secondment_desk.gui.screens.checklist import ChecklistScreen
from secondment_desk.gui.screens.dashboard import DashboardScreen
from secondment_desk.gui.screens.deadline import DeadlineScreen
from secondment_desk.gui.screens.documents import DocumentsScreen
from secondment_desk.gui.screens.profile import ProfileScreen
from secondment_desk.gui.screens.vacancy import VacancyScreen
from secondment_desk.models import Status
from secondment_desk.resources import resource_file
from tests.gui.typed import current_application, current_profile, typed_screen

NOTICE = "demo/osce_dushanbe_head_pmd.txt"


def wait_idle(qtbot: QtBot, ctx: AppContext, timeout: int = 20_000) -> None:
    qtbot.waitUntil(lambda: not ctx.jobs.running and not pending_refreshes(), timeout=timeout)


def import_demo_profile(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    window.show_screen("profile")
    screen = typed_screen(window, "profile", ProfileScreen)
    screen.import_file(resource_file("demo/profile.json"))
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: ctx.profile is not None)


def paste_notice(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    QApplication.clipboard().setText(resource_file(NOTICE).read_text(encoding="utf-8"))
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(
        window,
        Qt.Key.Key_V,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: ctx.application is not None)


def test_profile_import_edit_and_undo(qtbot: QtBot, opened: AppContext, window: MainWindow) -> None:
    import_demo_profile(qtbot, window, opened)
    screen = typed_screen(window, "profile", ProfileScreen)
    ui = screen.ui
    assert ui.candidateCombo.currentText() == "Ingrid Marie Halvorsen"
    assert ui.familyNameEdit.text() == "Halvorsen"
    assert screen.languages.rowCount() == 3
    stored = opened.require_store().profiles.get(current_profile(opened).id)
    assert stored.personal.nationalities == ["Norway"]

    ui.familyNameEdit.setFocus()
    ui.familyNameEdit.selectAll()
    QTest.keyClicks(ui.familyNameEdit, "Berg")
    QTest.keyClick(ui.familyNameEdit, Qt.Key.Key_Return)
    assert opened.require_store().profiles.get(stored.id).personal.family_name == "Berg"
    assert ui.candidateCombo.currentText() == "Ingrid Marie Berg"

    ui.dateOfBirthEdit.setFocus()
    QTest.keyClicks(ui.dateOfBirthEdit, "17 May 1984")
    ui.dateOfBirthEdit.editingFinished.emit()
    assert "not a date" in window.ui.messageLabel.text()
    assert ui.dateOfBirthEdit.text() == "1984-05-17"  # refused: the stored value is shown again

    assert ui.drivingCheck.isChecked() and ui.manualCheck.isChecked()
    ui.drivingCheck.click()  # no licence while "manual transmission" is ticked: refused
    assert "driving licence" in window.ui.messageLabel.text()
    assert ui.drivingCheck.isChecked()
    assert opened.require_store().profiles.get(stored.id).personal.driving_licence is True
    ui.noticeWeeksEdit.setText("12")
    ui.noticeWeeksEdit.editingFinished.emit()
    assert opened.require_store().profiles.get(stored.id).availability.notice_period_weeks == 12

    grid = screen.languages
    assert grid.setData(grid.index(2, 2), "C1")  # Russian listening
    assert opened.require_store().profiles.get(stored.id).languages[2].listening == "C1"

    window.undo_action.trigger()  # the CEFR edit
    window.undo_action.trigger()  # the notice period
    window.undo_action.trigger()  # the name
    again = opened.require_store().profiles.get(stored.id)
    assert again.personal.family_name == "Halvorsen"
    assert again.languages[2].listening == "B2"
    assert ui.familyNameEdit.text() == "Halvorsen"


@pytest.mark.slow
def test_the_whole_flow(
    qtbot: QtBot, opened: AppContext, window: MainWindow, tmp_path: Path
) -> None:
    pytest.importorskip("secondment_desk.vacancy")
    import_demo_profile(qtbot, window, opened)
    paste_notice(qtbot, window, opened)

    # Vacancy: the notice on one side, highlighted; the fields on the other.
    vacancy_screen = typed_screen(window, "vacancy", VacancyScreen)
    vui = vacancy_screen.ui
    assert "Politico-Military" in vui.noticeView.toPlainText()
    assert vacancy_screen.highlight_count >= 5
    assert vacancy_screen.edits["requisition_id"].text() == "TAJ000394"
    assert vacancy_screen.edits["grade"].text() == "S3"
    app = opened.application
    assert app is not None and app.vacancy.requisition_id == "TAJ000394"
    assert (
        opened.require_store().applications.find(current_profile(opened).id, app.vacancy.key)
        is not None
    )

    # Checklist: mark an item; the decision is saved with the application.
    QTest.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    checklist = typed_screen(window, "checklist", ChecklistScreen)
    cui = checklist.ui
    assert checklist.checklist is not None
    assert cui.blockersLabel.text()
    item_id = checklist.selected_id()
    assert item_id
    cui.notMetButton.click()
    stored = opened.require_store().applications.get(app.id)
    assert stored.decisions[item_id].status == "not_met"
    assert checklist.selected_id() == item_id
    cui.noteEdit.setText("Degree recognised in 2010")
    cui.noteEdit.editingFinished.emit()
    assert (
        opened.require_store().applications.get(app.id).decisions[item_id].note
        == "Degree recognised in 2010"
    )
    cui.metButton.click()
    assert opened.require_store().applications.get(app.id).decisions[item_id].status == "met"

    # Deadline: choose the State, see both deadlines, move the pipeline, export .ics.
    QTest.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    deadline = typed_screen(window, "deadline", DeadlineScreen)
    dui = deadline.ui
    dui.stateCombo.setCurrentIndex(dui.stateCombo.findData("Norway"))
    assert opened.require_store().applications.get(app.id).nominating_state == "Norway"
    assert "2025-08-29" in dui.orgDeadlineLabel.text()
    assert "2025-08" in dui.computedLabel.text()
    ready = deadline.findChild(QPushButton, "move_ready")
    assert ready is not None
    ready.click()
    assert opened.require_store().applications.get(app.id).status == Status.READY
    ics = deadline.export_ics(tmp_path / "deadlines.ics")
    assert ics is not None and "BEGIN:VEVENT" in ics.read_text()

    # Documents: the letter is counted and saved; fill + preview; export the package.
    QTest.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    documents = typed_screen(window, "documents", DocumentsScreen)
    doc = documents.ui
    doc.letterEdit.setFocus()
    QTest.keyClicks(doc.letterEdit, "Dear Sir or Madam, I apply for TAJ000394.")
    assert doc.countLabel.text().count("41 / 3000") == 1
    documents.flush()
    assert opened.require_store().applications.get(app.id).cover_letter.startswith("Dear Sir")
    out = tmp_path / "package.zip"
    documents.export_package(out)
    wait_idle(qtbot, opened, timeout=180_000)
    assert out.exists()
    names = zipfile.ZipFile(out).namelist()
    assert any(n.endswith("application_form.docx") for n in names)
    assert "Package written" in doc.outputLabel.text()

    # Dashboard: the application with its status and deadlines.
    QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, opened)  # the dashboard's rows are built in a worker
    dashboard = typed_screen(window, "dashboard", DashboardScreen)
    assert dashboard.visible_titles() == [
        "Head of Politico-Military Department (TAJ000394)"
    ] or any("TAJ000394" in t for t in dashboard.visible_titles())


def typed_application(ctx: AppContext) -> None:
    """An application for a vacancy typed in by hand (no parser involved)."""
    from secondment_desk.models import Application, Requirement, Vacancy

    assert ctx.profile is not None
    vacancy = Vacancy(
        organization="OSCE",
        title="Head of Politico-Military Department",
        requisition_id="TAJ000394",
        grade="S3",
        duty_station="Dushanbe",
        country="Tajikistan",
        closing_date="2026-12-18",
        education_level="master",
        min_years_experience=6,
        languages_desirable=["Russian"],
        requirements=[
            Requirement(
                text="Minimum 6 years of relevant experience",
                kind="mandatory",
                category="experience",
            ),
            Requirement(text="Working knowledge of Russian", kind="desirable", category="language"),
        ],
        text="Closing Date: Dec 18, 2026",
    )
    ctx.save_application(Application(profile_id=ctx.profile.id, vacancy=vacancy))


@pytest.mark.slow
def test_checklist_deadline_and_documents_on_a_typed_vacancy(
    qtbot: QtBot, opened: AppContext, window: MainWindow, tmp_path: Path
) -> None:
    import_demo_profile(qtbot, window, opened)
    typed_application(opened)
    app_id = current_application(opened).id

    window.show_screen("checklist")
    checklist = typed_screen(window, "checklist", ChecklistScreen)
    assert checklist.model.item(0, 0).text().startswith("Mandatory")
    checklist.select(None)
    first = checklist.selected_id()
    assert first is not None
    checklist.ui.partlyButton.click()
    assert opened.require_store().applications.get(app_id).decisions[first].status == "partly"
    window.undo_action.trigger()
    assert first not in opened.require_store().applications.get(app_id).decisions

    window.show_screen("deadline")
    deadline = typed_screen(window, "deadline", DeadlineScreen)
    deadline.ui.stateCombo.setCurrentIndex(deadline.ui.stateCombo.findData("Norway"))
    assert "2026-12" in deadline.ui.computedLabel.text()
    deadline.ui.enteredCheck.setChecked(True)
    assert opened.require_store().applications.get(app_id).delegation_deadline is not None
    assert "national body" in deadline.ui.effectiveLabel.text()

    window.show_screen("documents")
    documents = typed_screen(window, "documents", DocumentsScreen)
    documents.ui.letterEdit.setPlainText("x" * 3005)
    assert "5 over the limit" in documents.ui.countLabel.text()
    documents.flush()
    assert len(opened.require_store().applications.get(app_id).cover_letter) == 3005
    saved = tmp_path / "filled"
    saved.mkdir()
    documents.fill_preview(saved)
    wait_idle(qtbot, opened, timeout=180_000)
    assert (saved / "application_form.docx").exists() and (saved / "cover_letter.docx").exists()
    assert "Still empty" in documents.ui.outputLabel.text()
    assert "href='field:profile." in documents.ui.outputLabel.text()
    if shutil.which("soffice") and shutil.which("pdftoppm"):
        assert (saved / "application_form.pdf").exists()
        assert len(documents.pages) > 1  # every page, not only the first
        assert documents.preview is not None and documents.preview.width() > 300
        shown = documents.ui.previewLabel.pixmap()
        assert 0 < shown.width() <= documents.ui.previewScroll.viewport().width()
    else:
        assert "install" in documents.ui.previewLabel.text()
    out = tmp_path / "package.zip"
    documents.export_package(out)
    wait_idle(qtbot, opened, timeout=180_000)
    names = zipfile.ZipFile(out).namelist()
    assert any(n.endswith("application_form.docx") for n in names)
    assert any(n.endswith("cover_letter.docx") for n in names)
    if shutil.which("soffice"):
        assert any(n.endswith("application_form.pdf") for n in names)
    assert "Package written" in documents.ui.outputLabel.text()


def test_closing_the_window_saves_a_letter_still_being_typed(
    qtbot: QtBot, opened: AppContext, window: MainWindow
) -> None:
    import_demo_profile(qtbot, window, opened)
    typed_application(opened)
    app_id = current_application(opened).id
    store = opened.store
    window.show_screen("documents")
    documents = typed_screen(window, "documents", DocumentsScreen)
    documents.ui.letterEdit.setPlainText("Typed just before closing.")
    window.close()  # within the 500 ms pause that normally saves it
    from secondment_desk.store import open_store

    from .conftest import PASSPHRASE

    assert opened.store is None and store is not None
    with open_store(passphrase=PASSPHRASE) as again:
        assert again.applications.get(app_id).cover_letter == "Typed just before closing."


def test_star_story_is_edited_step_by_step(
    qtbot: QtBot, opened: AppContext, window: MainWindow
) -> None:
    import_demo_profile(qtbot, window, opened)
    screen = typed_screen(window, "profile", ProfileScreen)
    ui = screen.ui
    ui.tabs.setCurrentWidget(ui.storiesTab)
    ui.storiesTable.setCurrentIndex(screen.stories_model.index(1, 0))
    assert ui.situationEdit.toPlainText() == "Incident reports took two days to reach headquarters."
    ui.resultEdit.setFocus()
    ui.resultEdit.setPlainText("Reports now reach headquarters within 6 hours.")
    ui.situationEdit.setFocus()  # leaving the field saves it
    qtbot.waitUntil(
        lambda: (
            opened.require_store().profiles.get(current_profile(opened).id).stories[1].result
            == "Reports now reach headquarters within 6 hours."
        )
    )
    assert ui.storiesTable.currentIndex().row() == 1


def test_keyboard_only_marks_items_and_chooses_the_state(
    qtbot: QtBot, opened: AppContext, window: MainWindow
) -> None:
    import_demo_profile(qtbot, window, opened)
    typed_application(opened)
    app_id = current_application(opened).id
    alt = Qt.KeyboardModifier.AltModifier
    QTest.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    checklist = typed_screen(window, "checklist", ChecklistScreen)
    checklist.ui.tree.setFocus()
    QTest.keyClick(checklist.ui.tree, Qt.Key.Key_Down)
    item_id = checklist.selected_id()
    assert item_id is not None
    QTest.keyClick(window, Qt.Key.Key_N, alt)  # &Not met (a mnemonic clicks after ~100 ms)
    qtbot.waitUntil(lambda: item_id in opened.require_store().applications.get(app_id).decisions)
    assert opened.require_store().applications.get(app_id).decisions[item_id].status == "not_met"
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo
    assert item_id not in opened.require_store().applications.get(app_id).decisions

    QTest.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    deadline = typed_screen(window, "deadline", DeadlineScreen)
    QTest.keyClick(window, Qt.Key.Key_S, alt)  # Nominating &state
    assert deadline.ui.stateCombo.hasFocus()
    QTest.keyClicks(deadline.ui.stateCombo, "Norway")
    assert opened.require_store().applications.get(app_id).nominating_state == "Norway"
