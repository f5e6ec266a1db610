"""The Vacancy screen: load a notice (paste, open, drop), see every extracted value
highlighted where the parser found it, and correct the structured fields beside it.

Parsing is the core's (:mod:`secondment_desk.vacancy`) and runs in a worker; loading a post
makes it the current application of the current candidate (found again by the vacancy's key
when the same notice is loaded twice). Corrections are undoable and saved at once.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidgetItem,
    QTextEdit,
    QWidget,
)

from secondment_desk.applications import application_for, correct_vacancy
from secondment_desk.gui.context import AppContext
from secondment_desk.gui.fields import EDITABLE_KINDS, FieldSpec, field_specs
from secondment_desk.gui.forms.ui_vacancy import Ui_VacancyScreen
from secondment_desk.gui.screens.base import Screen
from secondment_desk.gui.widgets import DateEdit
from secondment_desk.models import Application, Vacancy
from secondment_desk.models.dates import date_or_none
from secondment_desk.models.vacancy import CONTRACT_FIELDS
from secondment_desk.vacancy.corrections import correctable

FIELD_COLOUR = QColor("#fff3a8")
MANDATORY_COLOUR = QColor("#d7e8fb")
DESIRABLE_COLOUR = QColor("#dff3df")
MISSING_STYLE = "background: #fde8e8;"
REFUSED_STYLE = "border: 2px solid #d9534f;"


def correctable_fields() -> dict[str, FieldSpec]:
    """The Vacancy fields shown for correction, derived from the model: the contract's
    fields first (in its order), then the model's other facts; each with its converter."""
    specs, allowed = field_specs(Vacancy), set(correctable())
    names: list[str] = [n for n in CONTRACT_FIELDS if n in specs]
    names += [n for n in specs if n not in CONTRACT_FIELDS]
    return {n: specs[n] for n in names if n in allowed and specs[n].kind in EDITABLE_KINDS}


FIELDS: dict[str, FieldSpec] = correctable_fields()


def utf16_offsets(text: str) -> Callable[[int], int]:
    """Map a Python string index to Qt's (UTF-16) document position."""
    if text.isascii() or all(ord(ch) < 0x10000 for ch in text):
        return lambda i: i
    prefix = [0]
    for ch in text:
        prefix.append(prefix[-1] + (2 if ord(ch) >= 0x10000 else 1))
    return lambda i: prefix[min(i, len(text))]


def field_labels() -> dict[str, str]:
    """The translated label of every correctable field (each needs one: a fallback made from
    the field's name would show English in the Russian window)."""
    from PySide6.QtCore import QCoreApplication

    return {
        "status": QCoreApplication.translate("VacancyFields", "Notice status"),
        "organization": QCoreApplication.translate("VacancyFields", "Organisation"),
        "office": QCoreApplication.translate("VacancyFields", "Office"),
        "title": QCoreApplication.translate("VacancyFields", "Title"),
        "requisition_id": QCoreApplication.translate("VacancyFields", "Reference"),
        "grade": QCoreApplication.translate("VacancyFields", "Grade"),
        "contract_type": QCoreApplication.translate("VacancyFields", "Contract type"),
        "job_level": QCoreApplication.translate("VacancyFields", "Job level"),
        "job_field": QCoreApplication.translate("VacancyFields", "Job field"),
        "number_of_posts": QCoreApplication.translate("VacancyFields", "Number of posts"),
        "duty_station": QCoreApplication.translate("VacancyFields", "Duty station"),
        "country": QCoreApplication.translate("VacancyFields", "Country"),
        "issue_date": QCoreApplication.translate("VacancyFields", "Issue date"),
        "closing_date": QCoreApplication.translate("VacancyFields", "Closing date"),
        "closing_time": QCoreApplication.translate("VacancyFields", "Closing time"),
        "education_level": QCoreApplication.translate("VacancyFields", "Education level"),
        "min_years_experience": QCoreApplication.translate("VacancyFields", "Years of experience"),
        "min_years_management": QCoreApplication.translate(
            "VacancyFields", "Years at management level"
        ),
        "languages_mandatory": QCoreApplication.translate("VacancyFields", "Languages required"),
        "languages_desirable": QCoreApplication.translate("VacancyFields", "Languages desirable"),
        "driving_licence_required": QCoreApplication.translate("VacancyFields", "Driving licence"),
        "ineligible_nationalities": QCoreApplication.translate("VacancyFields", "Not eligible"),
        "max_service_years": QCoreApplication.translate("VacancyFields", "Max. years of service"),
        "degree_substitution_years": QCoreApplication.translate(
            "VacancyFields", "Extra years in lieu of the degree"
        ),
    }


def field_label(name: str) -> str:
    return field_labels().get(name) or name.replace("_", " ").capitalize()


class VacancyScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_VacancyScreen()
        self.ui.setupUi(self)
        self.vacancies: list[Vacancy] = []
        self.refusals: dict[str, str] = {}  # field -> why the last typed correction was refused
        self._loading = False
        self.edits: dict[str, QLineEdit | DateEdit] = {}
        self.labels: dict[str, QLabel] = {}
        for name, spec in FIELDS.items():
            edit: QLineEdit | DateEdit
            if spec.kind == "date":
                edit = DateEdit(self)
                edit.committed.connect(lambda n=name: self._field_edited(n))
                edit.refused.connect(lambda text, n=name: self._refused(n, text))
            else:
                edit = QLineEdit(self)
                edit.editingFinished.connect(lambda n=name: self._field_edited(n))
            edit.setObjectName(f"field_{name}")
            edit.setAccessibleName(field_label(name))
            edit.installEventFilter(self)
            label = QLabel(field_label(name), self)
            label.setBuddy(edit)
            self.ui.fieldsForm.addRow(label, edit)
            self.edits[name] = edit
            self.labels[name] = label
        # Tab follows the page: the fields, then the requirements under them; the scroll area
        # itself is no stop of its own (it scrolls to the field that has the focus).
        self.ui.fieldsScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        chain: list[QWidget] = [self.ui.noticeView, *self.edits.values(), self.ui.requirementsTable]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        table = self.ui.requirementsTable
        table.setColumnCount(3)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.setEditTriggers(table.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        table.setTabKeyNavigation(False)
        table.itemSelectionChanged.connect(self._requirement_selected)
        self.setAcceptDrops(True)
        self.ui.noticeView.setAcceptDrops(False)
        self.ui.pasteButton.clicked.connect(self.paste_notice)
        self.ui.openFileButton.clicked.connect(self.open_file_dialog)
        self.ui.postCombo.currentIndexChanged.connect(self._post_chosen)
        self._show_posts_hint(False)
        self.retranslate()
        ctx.applicationChanged.connect(self.mark_dirty)
        ctx.storeOpened.connect(self.mark_dirty)

    def retranslate(self) -> None:
        for name, label in self.labels.items():
            label.setText(field_label(name))
            self.edits[name].setAccessibleName(field_label(name))
        self.ui.requirementsTable.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Category"), self.tr("Requirement")]
        )

    # --- loading ---------------------------------------------------------------------------
    def paste_notice(self) -> None:
        text = QApplication.clipboard().text()
        if not text.strip():
            self.ctx.info(self.tr("The clipboard holds no text: copy the notice first."))
            return
        self.load_text(text)

    def load_text(self, text: str, source_name: str | None = None) -> None:
        def job(control: Any) -> list[Vacancy]:
            from secondment_desk.vacancy import parse_text

            control.progress(0, 0)
            return parse_text(text, source_name=source_name)

        self.ctx.jobs.submit(self.tr("Reading the notice…"), job, on_done=self._parsed)

    def load_file(self, path: Path) -> None:
        def job(control: Any) -> list[Vacancy]:
            from secondment_desk.vacancy import load_vacancies

            control.progress(0, 0)
            return load_vacancies(path)

        self.ctx.jobs.submit(
            self.tr("Reading {name}…").format(name=path.name), job, on_done=self._parsed
        )

    def open_file_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a vacancy notice"),
            str(Path.home()),
            self.tr("Notices (*.txt *.html *.htm *.pdf *.docx *.odt);;All files (*)"),
        )
        if name:
            self.load_file(Path(name))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and all(u.isLocalFile() for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()
            self.load_file(Path(urls[0].toLocalFile()))

    def _parsed(self, vacancies: list[Vacancy]) -> None:
        self.vacancies = list(vacancies)
        self._loading = True
        try:
            self.ui.postCombo.clear()
            for v in self.vacancies:
                self.ui.postCombo.addItem(self._post_name(v))
        finally:
            self._loading = False
        self._show_posts_hint(len(self.vacancies) > 1)
        if self.vacancies:
            self._use(self.vacancies[0])

    @staticmethod
    def _post_name(v: Vacancy) -> str:
        return " — ".join(p for p in (v.requisition_id, v.title) if p) or "—"

    def _show_posts_hint(self, show: bool) -> None:
        """Beside the Post list while a many-post notice waits for a choice; gone once made."""
        self.ui.postsHint.setText(
            self.tr("This notice lists {n} posts: choose yours here.").format(n=len(self.vacancies))
            if show
            else ""
        )
        self.ui.postsHint.setVisible(show)

    def _post_chosen(self, index: int) -> None:
        if self._loading or not (0 <= index < len(self.vacancies)):
            return
        self._show_posts_hint(False)
        self._use(self.vacancies[index])

    def _use(self, vacancy: Vacancy) -> None:
        """Make this post the current application of the current candidate."""
        store, profile = self.ctx.store, self.ctx.profile
        if store is None or profile is None:
            self.show_vacancy(vacancy)
            self.ctx.info(
                self.tr(
                    "Create or import a candidate on the Profile screen to start an "
                    "application for this post."
                )
            )
            return

        def save() -> None:
            app = application_for(store.applications, profile.id, vacancy, refresh_vacancy=True)
            self.undo_stack.clear()
            self.ctx.save_application(app)

        self.run_guarded("starting the application", save)

    # --- showing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        app = self.ctx.application
        if app is not None:
            self.show_vacancy(app.vacancy)
            if not any(v.key == app.vacancy.key for v in self.vacancies):
                self.vacancies = [app.vacancy]
                self._loading = True
                self.ui.postCombo.clear()
                self.ui.postCombo.addItem(self._post_name(app.vacancy))
                self._loading = False

    def show_vacancy(self, v: Vacancy) -> None:
        self._loading = True
        try:
            if self.ui.noticeView.toPlainText() != v.text:
                self.ui.noticeView.setPlainText(v.text)
            self._highlight(v)
            for name, spec in FIELDS.items():
                edit = self.edits[name]
                value = getattr(v, name)
                if isinstance(edit, DateEdit):
                    edit.setValue(date_or_none(value))
                else:
                    edit.setText(spec.to_text(value))
                missing = value in (None, []) or name in v.missing
                edit.setStyleSheet(MISSING_STYLE if missing and name in v.missing else "")
                edit.setPlaceholderText(self.tr("not found in this copy") if missing else "")
                edit.setToolTip(
                    self.tr("Found in the notice: click to see where.") if name in v.sources else ""
                )
            warnings = list(v.warnings)
            self.ui.warningsLabel.setText("\n".join(f"⚠ {w}" for w in warnings))
            self.ui.warningsLabel.setVisible(bool(warnings))
            self._fill_requirements(v)
        finally:
            self._loading = False

    def _highlight(self, v: Vacancy) -> None:
        doc_pos = utf16_offsets(v.text)
        selections: list[QTextEdit.ExtraSelection] = []

        def add(start: int, end: int, colour: QColor) -> None:
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.ui.noticeView.document())
            cursor.setPosition(doc_pos(start))
            cursor.setPosition(doc_pos(end), QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setBackground(colour)
            sel.cursor = cursor
            sel.format = fmt
            selections.append(sel)

        for req in v.requirements:
            if req.span is not None:
                colour = MANDATORY_COLOUR if req.kind == "mandatory" else DESIRABLE_COLOUR
                add(req.span.start, req.span.end, colour)
        for span in v.sources.values():
            add(span.start, span.end, FIELD_COLOUR)
        self.ui.noticeView.setExtraSelections(selections)
        self.highlight_count = len(selections)

    def _fill_requirements(self, v: Vacancy) -> None:
        table = self.ui.requirementsTable
        table.setRowCount(len(v.requirements))
        kinds = {"mandatory": self.tr("mandatory"), "desirable": self.tr("desirable")}
        for row, req in enumerate(v.requirements):
            for col, text in enumerate((kinds[req.kind], req.category, req.text)):
                item = QTableWidgetItem(text)
                item.setToolTip(req.text)
                table.setItem(row, col, item)
        table.resizeColumnsToContents()
        table.resizeRowsToContents()

    def _show_span(self, start: int, end: int) -> None:
        app = self.ctx.application
        text = app.vacancy.text if app else self.ui.noticeView.toPlainText()
        doc_pos = utf16_offsets(text)
        cursor = self.ui.noticeView.textCursor()
        cursor.setPosition(doc_pos(start))
        cursor.setPosition(doc_pos(end), QTextCursor.MoveMode.KeepAnchor)
        self.ui.noticeView.setTextCursor(cursor)
        self.ui.noticeView.ensureCursorVisible()

    def _requirement_selected(self) -> None:
        app = self.ctx.application
        row = self.ui.requirementsTable.currentRow()
        if app is not None and 0 <= row < len(app.vacancy.requirements):
            span = app.vacancy.requirements[row].span
            if span is not None:
                self._show_span(span.start, span.end)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and self.ctx.application is not None:
            for name, edit in self.edits.items():
                if edit is watched:
                    span = self.ctx.application.vacancy.sources.get(name)
                    if span is not None:
                        self._show_span(span.start, span.end)
        return super().eventFilter(watched, event)

    # --- corrections -----------------------------------------------------------------------
    def _field_edited(self, name: str) -> None:
        app = self.ctx.application
        if self._loading or app is None:
            return
        spec, edit = FIELDS[name], self.edits[name]
        try:
            value = (
                spec.from_date(edit.value())
                if isinstance(edit, DateEdit)
                else spec.from_text(edit.text())
            )
        except ValueError as err:
            self._refused(name, f"{err}.")
            return
        if value == getattr(app.vacancy, name):
            return
        edit.setStyleSheet("")

        def change(application: Application) -> None:
            correct_vacancy(application, name, value)  # status and warnings decided again

        if not self.edit_application(
            self.tr("correct {field}").format(field=field_label(name)), change
        ):
            self.show_vacancy(app.vacancy)

    def _refused(self, name: str, reason: str) -> None:
        """A correction that cannot be taken: said where it was typed, and why."""
        edit = self.edits[name]
        edit.setToolTip(reason)
        self.ctx.message.emit(f"{field_label(name)}: {reason}", "error")
        app = self.ctx.application
        if app is not None:
            self.show_vacancy(app.vacancy)
        edit.setStyleSheet(REFUSED_STYLE)
        edit.setToolTip(reason)
        self.refusals[name] = reason
