"""The Deadline screen: nominating State, lead time, both deadlines, the status pipeline, .ics.

Every value shown is computed by :mod:`secondment_desk.deadlines`; every change is one
undoable step written to the store at once.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QLabel,
    QMainWindow,
    QPushButton,
    QWidget,
)

from secondment_desk import i18n
from secondment_desk.gui.context import AppContext
from secondment_desk.gui.forms.ui_deadline import Ui_DeadlineScreen
from secondment_desk.gui.qtmodels.dashboard import status_label, zoned
from secondment_desk.gui.screens.base import Screen
from secondment_desk.gui.widgets import mnemonic, with_mnemonic
from secondment_desk.models import Application, Status

if TYPE_CHECKING:
    from secondment_desk.deadlines.urgency import Urgency


def application_title(app: Application) -> str:
    return app.vacancy.label


def _state_names() -> list[tuple[str, str]]:
    """(name in the user's language (CLDR), English name) of every State, in display order."""
    from secondment_desk.countries import display_name
    from secondment_desk.deadlines import load_states

    shown = [(display_name(state.name), state.name) for state in load_states().all()]
    return sorted(shown, key=lambda pair: pair[0].casefold())


class DeadlineScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_DeadlineScreen()
        self.ui.setupUi(self)
        self._loading = False
        self._pipeline_buttons: list[QPushButton] = []
        self._states_filled = False
        self.ui.stateCombo.currentIndexChanged.connect(self._state_chosen)
        self.ui.leadSpin.editingFinished.connect(self._lead_changed)
        self.ui.enteredCheck.toggled.connect(self._entered_changed)
        self.ui.enteredDate.committed.connect(self._entered_changed)
        self.ui.enteredDate.refused.connect(lambda text: self.ctx.message.emit(text, "error"))
        self._computed: date | None = None
        self.ui.icsButton.clicked.connect(self.export_ics_dialog)
        self.registerButton = QPushButton(self.tr("Export the &register (plaintext)…"), self)
        self.registerButton.setObjectName("registerButton")
        self.registerButton.setToolTip(
            self.tr(
                "Every application, one row each (candidate, post, both deadlines, status, the "
                "date of each stage) as .xlsx, .csv or .pdf. The file is NOT encrypted."
            )
        )
        self.registerButton.setAccessibleName(
            self.tr("Export the register of every application, as a plaintext file")
        )
        self.registerButton.clicked.connect(self.export_register_dialog)
        self.ui.exportLayout.insertWidget(1, self.registerButton)
        self.ui.historyList.setAccessibleName(self.tr("Timeline of the application"))
        self.timelineCaption = QLabel(
            self.tr("<b>Timeline</b> (newest first; kept encrypted with the application)"), self
        )
        self.timelineCaption.setBuddy(self.ui.historyList)
        layout = self.ui.layout
        layout.insertWidget(layout.indexOf(self.ui.historyList), self.timelineCaption)
        self.ui.historyList.setMaximumHeight(260)
        ctx.applicationChanged.connect(self.mark_dirty)
        ctx.storeOpened.connect(self.mark_dirty)
        self._prepare()

    def _prepare(self) -> None:
        """While the screen waits to be shown (it is built ahead in idle time), a worker
        names the States (CLDR) and works out the current application's deadlines once, which
        loads its State's holidays and the zone rules: 25-40 ms of the first switch here on
        the UI thread otherwise (issue 16)."""
        app = self.ctx.application
        language = i18n.current()

        def prepare(_control: object) -> object:
            from secondment_desk.deadlines import application_deadlines

            names = _state_names()
            if app is not None:
                application_deadlines(app)
            return names

        def named(names: list[tuple[str, str]]) -> None:
            from shiboken6 import isValid

            if not isValid(self):  # the window closed meanwhile
                return
            # Named in another language than the one now in effect: the change named them again.
            if not self._states_filled and language == i18n.current():
                self._fill_states(names)

        self.ctx.jobs.submit(
            self.tr("Getting the deadlines ready…"),
            prepare,
            on_done=named,
            on_error=lambda _t: None,
        )

    def retranslate(self) -> None:
        """The States are named in the language in effect (CLDR): on a language change the
        list is filled again in the new one (in a worker; the refresh that follows a change
        fills it at once if this screen is showing an application)."""
        if self._states_filled:
            self._states_filled = False
            self._prepare()

    # --- showing ---------------------------------------------------------------------------
    def _fill_states(self, names: list[tuple[str, str]] | None = None) -> None:
        """The States, named in the user's language (``names``: as a worker named them)."""
        combo = self.ui.stateCombo
        loading, self._loading = self._loading, True
        try:
            combo.clear()
            combo.addItem(self.tr("— choose the nominating State —"), "")
            for text, name in names if names is not None else _state_names():
                combo.addItem(text, name)
        finally:
            self._loading = loading
        self._states_filled = True

    def refresh(self) -> None:
        app = self.ctx.application
        self._loading = True
        try:
            enabled = app is not None
            for widget in (
                self.ui.stateCombo,
                self.ui.leadSpin,
                self.ui.enteredCheck,
                self.ui.enteredDate,
                self.ui.icsButton,
            ):
                widget.setEnabled(enabled)
            if app is None:
                self.ui.headerLabel.setText(
                    self.tr("No application chosen. Load a notice on the Vacancy screen first.")
                )
                for label in (
                    self.ui.orgDeadlineLabel,
                    self.ui.computedLabel,
                    self.ui.effectiveLabel,
                    self.ui.statusLabel,
                ):
                    label.clear()
                self._set_pipeline_buttons([])
                self.ui.historyList.clear()
                return
            if not self._states_filled:
                self._fill_states()
            self._show(app)
        finally:
            self._loading = False

    def _show(self, app: Application) -> None:
        from secondment_desk.deadlines import (
            application_deadlines,
            delegation_deadline,
            next_statuses,
            urgency,
        )
        from secondment_desk.errors import DeskError

        who = self.ctx.profile.name if self.ctx.profile else ""
        from html import escape

        from secondment_desk.ranking import ranked_lines

        ranked = ranked_lines(app)
        ranking = (
            "<br>"
            + self.tr("Ranked posts (one deadline for all): {posts}").format(
                posts=escape("; ".join(ranked))
            )
            if ranked
            else ""
        )
        self.ui.headerLabel.setText(f"<b>{application_title(app)}</b> — {who}{ranking}")
        index = self.ui.stateCombo.findData(app.nominating_state or "")
        self.ui.stateCombo.setCurrentIndex(max(0, index))
        self.ui.leadSpin.setValue(
            app.lead_working_days if app.lead_working_days is not None else -1
        )
        self.ui.enteredCheck.setChecked(app.delegation_deadline is not None)
        self.ui.enteredDate.setEnabled(app.delegation_deadline is not None)
        self.ui.enteredDate.setValue(app.delegation_deadline)  # None reads "not given"
        try:
            found = application_deadlines(app)
        except DeskError as err:
            self.ui.orgDeadlineLabel.setText(str(err))
            found = None
        computed: date | None = None
        if found is not None:
            closing = found.closing
            if closing is None:
                self.ui.orgDeadlineLabel.setText(self.tr("not stated in the notice"))
            else:
                local = closing.in_zone()
                source = (
                    self.tr("time from the notice")
                    if closing.source == "notice"
                    else self.tr("the organisation's usual closing time")
                )
                self.ui.orgDeadlineLabel.setText(
                    self.tr("{moment} (your time: {local}; {source})").format(
                        moment=zoned(closing.at),
                        local=zoned(local),
                        source=source,
                    )
                )
            if found.state is not None and closing is not None:
                try:
                    computed = delegation_deadline(
                        closing.at.date(), found.state, app.lead_working_days
                    )
                except DeskError as err:
                    self.ui.computedLabel.setText(str(err))
            if found.state is not None:
                self.ui.leadSpin.setSpecialValueText(
                    self.tr("State default ({days})").format(days=found.state.lead_working_days)
                )
        self._computed = computed
        direct = found is not None and not found.nominated
        # Where nobody nominates, the State, lead time and national date are not asked at all.
        for widget in (
            self.ui.stateLabel,
            self.ui.stateCombo,
            self.ui.leadLabel,
            self.ui.leadSpin,
            self.ui.enteredCheck,
            self.ui.enteredDate,
        ):
            widget.setVisible(not direct)
        self.ui.enteredDate.setEnabled(not direct and app.delegation_deadline is not None)
        self.ui.computedCaption.setText(
            self.tr("How to apply:") if direct else self.tr("Computed delegation deadline:")
        )
        if direct and found is not None:
            self.ui.computedLabel.setText(found.how_to_apply)
        elif computed is not None:
            lead = found.lead_working_days if found else None
            self.ui.computedLabel.setText(
                self.tr("{date} ({days} working days before the closing day)").format(
                    date=computed.isoformat(), days=lead
                )
            )
        elif found is None or found.state is None:
            self.ui.computedLabel.setText(self.tr("choose the nominating State"))
        effective = found.delegation if found else None
        if direct and found is not None and found.closing is not None:
            self.ui.effectiveLabel.setText(
                self.tr("<b>{moment}</b> (the organisation's)").format(
                    moment=escape(zoned(found.closing.at))
                )
            )
        elif effective is None:
            self.ui.effectiveLabel.setText("—")
        else:
            source = (
                self.tr("the date the national body gave")
                if found and found.delegation_source == "entered"
                else self.tr("computed")
            )
            self.ui.effectiveLabel.setText(f"<b>{effective.isoformat()}</b> ({source})")
        try:
            message = self._urgency_words(urgency(app, date.today()))
        except DeskError as err:
            message = str(err)
        from secondment_desk.notice_status import notice_state

        notice = notice_state(app.vacancy)
        said = [p for p in (notice.problem(), notice.partial_sentence()) if p]
        warnings = "".join(
            f"<br><b style='color:#b52b27'>{escape(p)}</b>" for p in said if p not in message
        )
        self.ui.statusLabel.setText(
            self.tr("Status: <b>{status}</b>. {message}").format(
                status=status_label(app.status.value), message=escape(message)
            )
            + warnings
        )
        self._set_pipeline_buttons(next_statuses(app))
        from secondment_desk.applications import timeline

        self.ui.historyList.clear()
        for at, words in reversed(timeline(app)):  # newest first: what just happened on top
            self.ui.historyList.addItem(f"{at:%Y-%m-%d %H:%M}  {words}")

    def _urgency_words(self, found: Urgency) -> str:
        """The core's sentence, except a passed deadline: its date, not "1524 days ago"."""
        if found.is_overdue and found.due is not None:
            if found.which == "delegation":
                return self.tr("The delegation deadline passed on {date}.").format(
                    date=found.due.isoformat()
                )
            return self.tr("The organisation closed on {date}.").format(date=found.due.isoformat())
        return found.message

    def _set_pipeline_buttons(self, statuses: list[Status]) -> None:
        for button in self._pipeline_buttons:
            button.deleteLater()
        self._pipeline_buttons = []
        previous: QWidget = self.ui.enteredDate
        # Alt+letter for each (the letters the screen and the menus use are left to them).
        window = self.window()
        menus = window.menuBar().actions() if isinstance(window, QMainWindow) else []
        taken = {mnemonic(a.text()) for a in menus} | {
            mnemonic(w.text())
            for w in self.findChildren(QAbstractButton) + self.findChildren(QLabel)
            if not w.objectName().startswith("move_") and mnemonic(w.text())
        }
        for status in statuses:
            words = self.tr("Mark as {status}").format(status=status_label(status))
            button = QPushButton(with_mnemonic(words, taken))
            button.setObjectName(f"move_{status.value}")
            button.setAccessibleName(words)
            button.clicked.connect(partial(self.move_to, status))
            self.ui.pipelineLayout.insertWidget(self.ui.pipelineLayout.count() - 1, button)
            QWidget.setTabOrder(previous, button)
            previous = button
            self._pipeline_buttons.append(button)
        # Then the timeline, then the two export buttons under it (as the page reads).
        QWidget.setTabOrder(previous, self.ui.historyList)
        QWidget.setTabOrder(self.ui.historyList, self.ui.icsButton)
        QWidget.setTabOrder(self.ui.icsButton, self.registerButton)

    # --- changes ---------------------------------------------------------------------------
    def _state_chosen(self, index: int) -> None:
        if self._loading or index < 0:
            return
        name = self.ui.stateCombo.itemData(index) or None

        def change(app: Application) -> None:
            app.nominating_state = name

        self.edit_application(self.tr("choose the nominating State"), change)

    def _lead_changed(self) -> None:
        if self._loading or self.ctx.application is None:
            return
        value = self.ui.leadSpin.value()
        lead = None if value < 0 else value
        if lead == self.ctx.application.lead_working_days:
            return

        def change(app: Application) -> None:
            app.lead_working_days = lead

        self.edit_application(self.tr("change the lead time"), change)

    def _entered_changed(self, *_args: object) -> None:
        if self._loading or self.ctx.application is None:
            return
        entered: date | None = None
        if self.ui.enteredCheck.isChecked():
            entered = self.ui.enteredDate.value() or self._computed or date.today()
        self.ui.enteredDate.setEnabled(entered is not None)
        if entered == self.ctx.application.delegation_deadline:
            return

        def change(app: Application) -> None:
            app.delegation_deadline = entered

        self.edit_application(self.tr("set the delegation deadline"), change)

    def move_to(self, status: Status) -> None:
        def change(app: Application) -> None:
            app.move_to(status, date.today())

        self.edit_application(
            self.tr("mark as {status}").format(status=status_label(status)), change
        )

    def export_ics(self, path: Path) -> Path | None:
        from secondment_desk.deadlines import export_ics

        app = self.ctx.application
        if app is None:
            return None
        try:
            written = export_ics([app], path)
        except Exception as err:
            self.ctx.fail("exporting the calendar", err)
            return None
        self.ctx.info(self.tr("Calendar written to {path}.").format(path=written))
        return written

    def export_ics_dialog(self) -> None:
        from secondment_desk.deadlines import ics_file_name

        app = self.ctx.application
        if app is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export calendar"), str(Path.home() / ics_file_name(app)), "*.ics"
        )
        if name:
            self.export_ics(Path(name))

    # --- the register (a deliberate plaintext export) ---------------------------------------
    def export_register(self, path: Path) -> None:
        """Write the register of every application to ``path`` (.xlsx, .csv or .pdf) in the
        background; the rows are read here, the file written in a worker."""
        from secondment_desk.register import register_rows, write_register

        store = self.ctx.store
        if store is None:
            return
        try:
            rows = register_rows(store)
        except Exception as err:
            self.ctx.fail("reading the applications for the register", err)
            return

        def job(control: object) -> Path:
            return write_register(rows, path)

        def done(written: Path) -> None:
            self.ctx.info(
                self.tr(
                    "Register of {n} applications written to {path} (plaintext: not encrypted)."
                ).format(n=len(rows), path=written)
            )

        self.ctx.jobs.submit(self.tr("Writing the register…"), job, on_done=done)

    def export_register_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the register (plaintext, not encrypted)"),
            str(Path.home() / "applications_register.xlsx"),
            self.tr("Spreadsheet (*.xlsx);;CSV (*.csv);;PDF (*.pdf)"),
        )
        if name:
            self.export_register(Path(name))
