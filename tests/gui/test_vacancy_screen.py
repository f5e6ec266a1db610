"""The Vacancy screen over a vacancy with known spans: highlights at the right places (also
after characters outside the BMP), corrections saved and undoable, missing fields flagged."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from secondment_desk.gui.context import AppContext
from secondment_desk.gui.fields import EDITABLE_KINDS, field_specs
from secondment_desk.gui.mainwindow import MainWindow
from secondment_desk.gui.screens.vacancy import FIELDS, VacancyScreen, utf16_offsets
from secondment_desk.gui.widgets import DateEdit
from secondment_desk.models import Application, Requirement, Span, Vacancy
from secondment_desk.models.profile import Personal, Profile
from secondment_desk.vacancy.corrections import BOOKKEEPING
from tests.gui.typed import current_application, typed_screen

TEXT = "🇹🇯 Post: Border Officer\nGrade: S3\nMandatory: A valid driving licence.\n"


def vacancy() -> Vacancy:
    grade_at = TEXT.index("S3")
    req_at = TEXT.index("A valid")
    return Vacancy(
        organization="OSCE",
        title="Border Officer",
        grade="S3",
        text=TEXT,
        sources={
            "grade": Span(start=grade_at, end=grade_at + 2),
            "title": Span(start=TEXT.index("Border"), end=TEXT.index("\nGrade")),
        },
        requirements=[
            Requirement(
                text="A valid driving licence.",
                kind="mandatory",
                category="licence",
                span=Span(start=req_at, end=req_at + len("A valid driving licence.")),
            )
        ],
        missing=["closing_date"],
        warnings=["The closing date is not stated in this copy: check the official notice."],
    )


def test_utf16_offsets_count_surrogate_pairs() -> None:
    pos = utf16_offsets(TEXT)
    assert pos(0) == 0
    assert pos(2) == 4  # the flag is two characters outside the BMP: four UTF-16 units
    assert utf16_offsets("plain")(3) == 3


def test_values_are_highlighted_at_their_source_and_corrected(
    qtbot: QtBot, opened: AppContext, window: MainWindow
) -> None:
    profile = Profile(personal=Personal(family_name="Berg", first_name="Jon"))
    opened.save_profile(profile)
    opened.save_application(Application(profile_id=profile.id, vacancy=vacancy()))
    window.show_screen("vacancy")
    screen = typed_screen(window, "vacancy", VacancyScreen)
    view = screen.ui.noticeView
    selections = view.extraSelections()
    assert len(selections) == 3
    chosen = sorted(s.cursor.selectedText() for s in selections)
    assert chosen == ["A valid driving licence.", "Border Officer", "S3"]
    assert screen.edits["closing_date"].placeholderText() == "not found in this copy"
    assert "background" in screen.edits["closing_date"].styleSheet()
    assert "official notice" in screen.ui.warningsLabel.text()
    assert screen.ui.requirementsTable.rowCount() == 1

    screen.edits["grade"].setFocus()  # shows where the value came from
    assert view.textCursor().selectedText() == "S3"

    app_id = current_application(opened).id
    grade, posts = screen.edits["grade"], screen.edits["number_of_posts"]
    assert isinstance(grade, QLineEdit) and isinstance(posts, QLineEdit)  # free text, not dates
    grade.setText("S2")
    screen.edits["grade"].editingFinished.emit()
    assert opened.require_store().applications.get(app_id).vacancy.grade == "S2"
    posts.setText("two")
    screen.edits["number_of_posts"].editingFinished.emit()
    assert "not a whole number" in window.ui.messageLabel.text()
    assert screen.edits["number_of_posts"].text() == ""
    closing = screen.edits["closing_date"]
    assert isinstance(closing, DateEdit)  # chosen or typed as a date, never free text
    closing.setValue(date(2026, 12, 18))
    closing.committed.emit()
    stored = opened.require_store().applications.get(app_id).vacancy
    assert stored.closing_date == date(2026, 12, 18) and "closing_date" not in stored.missing
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert opened.require_store().applications.get(app_id).vacancy.grade == "S3"
    assert screen.edits["grade"].text() == "S3"


def test_dropping_a_notice_file_loads_it(
    qtbot: QtBot, opened: AppContext, window: MainWindow
) -> None:
    import pytest

    pytest.importorskip("secondment_desk.vacancy")
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    from secondment_desk.resources import resource_file

    profile = Profile(personal=Personal(family_name="Berg", first_name="Jon"))
    opened.save_profile(profile)
    window.show_screen("vacancy")
    screen = typed_screen(window, "vacancy", VacancyScreen)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(resource_file("demo/osce_astana_pmo_aggregator.txt")))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    screen.dropEvent(drop)
    qtbot.waitUntil(lambda: opened.application is not None, timeout=20_000)
    assert current_application(opened).profile_id == profile.id
    assert "Astana" in screen.ui.noticeView.toPlainText()
    assert screen.highlight_count > 3


def test_a_typed_31_03_2026_is_refused_where_it_is_typed_with_the_reason(
    qtbot: QtBot, opened: AppContext, window: MainWindow
) -> None:
    profile = Profile(personal=Personal(family_name="Berg", first_name="Jon"))
    opened.save_profile(profile)
    start = vacancy().model_copy(update={"closing_date": date(2026, 4, 30), "missing": []})
    opened.save_application(Application(profile_id=profile.id, vacancy=start))
    window.show_screen("vacancy")
    screen = typed_screen(window, "vacancy", VacancyScreen)
    closing = screen.edits["closing_date"]
    closing.setFocus()
    QTest.keyClick(closing, Qt.Key.Key_Home)
    QTest.keyClicks(closing, "31/03/2026")
    QTest.keyClick(closing, Qt.Key.Key_Return)
    stored = opened.require_store().applications.get(current_application(opened).id).vacancy
    assert str(stored.closing_date) == "2026-04-30"  # the model never got the text
    reason = screen.refusals["closing_date"]
    assert "is not a date" in reason and "YYYY-MM-DD" in reason
    assert closing.toolTip() == reason  # on the editor itself ...
    assert "border" in closing.styleSheet()
    assert reason in window.ui.messageLabel.text()  # ... and in the message bar
    assert closing.text() == "2026-04-30"  # the last good value is kept


def test_correcting_a_misread_past_closing_date_clears_the_closed_warning(
    qtbot: QtBot, opened: AppContext, window: MainWindow
) -> None:
    from secondment_desk.vacancy.status import apply_status

    profile = Profile(personal=Personal(family_name="Berg", first_name="Jon"))
    opened.save_profile(profile)
    misread = vacancy().model_copy(update={"closing_date": date(2020, 3, 1), "missing": []})
    apply_status([misread])  # as the parser leaves it: closed, with the warning
    assert misread.status == "closed"
    opened.save_application(Application(profile_id=profile.id, vacancy=misread))
    window.show_screen("vacancy")
    screen = typed_screen(window, "vacancy", VacancyScreen)
    assert "2020-03-01 has passed" in screen.ui.warningsLabel.text()
    closing = screen.edits["closing_date"]
    assert isinstance(closing, DateEdit)
    closing.setValue(date(2999, 3, 1))
    closing.committed.emit()
    app = opened.require_store().applications.get(current_application(opened).id)
    assert app.vacancy.status == "open"
    assert not any("has passed" in w for w in app.vacancy.warnings)
    assert "has passed" not in screen.ui.warningsLabel.text()
    assert [e.item for e in app.events if e.kind == "correction"] == ["closing_date"]


def test_the_correction_fields_are_derived_from_the_vacancy_model() -> None:
    from secondment_desk.models import Vacancy

    specs = field_specs(Vacancy)
    editable = {n for n, s in specs.items() if s.kind in EDITABLE_KINDS} - BOOKKEEPING
    assert set(FIELDS) == editable
    assert {"closing_date", "issue_date", "min_years_management"} <= set(FIELDS)
    assert FIELDS["closing_date"].kind == "date"
    assert FIELDS["number_of_posts"].kind == "int" and FIELDS["number_of_posts"].optional
    assert FIELDS["driving_licence_required"].kind == "bool"
    assert "requirements" not in FIELDS  # shown in the requirements table
