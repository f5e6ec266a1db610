"""The Documents screen: choose the form template, fill it, preview its first page, write the
cover letter against the organisation's character limit, export the delegation package.

How the post is filled (its regime, the form it takes, the letter's addressee and limit) comes
from the organisation's rules; a form of another organisation is filled only when the user
ticks the box that says so. The notice's problems and parse warnings are shown above.

Filling, PDF conversion and packaging are the core's (:mod:`secondment_desk.documents`) and
run in workers with progress and cancel. The preview is rendered in a private temporary
folder that is deleted at once; only the first page's image is kept, in memory.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QCheckBox, QFileDialog, QLabel, QWidget

from secondment_desk.documents.gaps import empty_heading
from secondment_desk.documents.private_temp import private_tempdir
from secondment_desk.documents.registry import DEFAULT_FORM
from secondment_desk.gui.context import AppContext
from secondment_desk.gui.forms.ui_documents import Ui_DocumentsScreen
from secondment_desk.gui.screens.base import Screen
from secondment_desk.gui.screens.deadline import application_title
from secondment_desk.gui.workers import JobControl


def first_page_png(pdf: Path, control: JobControl | None = None) -> bytes | None:
    """The first page of a PDF as PNG bytes, with pdftoppm (None when it is not installed)."""
    exe = shutil.which("pdftoppm")
    if exe is None:
        return None
    with private_tempdir("desk-preview-") as tmp:
        prefix = tmp / "page"
        proc = subprocess.Popen(
            [exe, "-png", "-f", "1", "-l", "1", "-r", "80", "-singlefile", str(pdf), str(prefix)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        while proc.poll() is None:
            try:
                proc.wait(0.1)
            except subprocess.TimeoutExpired:
                if control is not None and control.cancelled:
                    proc.kill()
                    proc.wait()
                    control.check()
        png = prefix.with_suffix(".png")
        return png.read_bytes() if proc.returncode == 0 and png.exists() else None


class DocumentsScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_DocumentsScreen()
        self.ui.setupUi(self)
        self._loading = False
        self.preview: QPixmap | None = None
        self.last_export: Path | None = None
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(500)
        self._save_timer.timeout.connect(self._save_letter)
        # Added here, not in the .ui: how the post is filled, and the explicit choice to fill
        # another organisation's form.
        self.noticeLabel = QLabel(self)
        self.noticeLabel.setObjectName("noticeLabel")
        self.noticeLabel.setWordWrap(True)
        self.ui.layout.insertWidget(1, self.noticeLabel)
        self.otherFormCheck = QCheckBox(self.tr("Use this form for another organisation's post"))
        self.otherFormCheck.setObjectName("otherFormCheck")
        self.otherFormCheck.setAccessibleName(self.otherFormCheck.text())
        self.ui.toolLayout.insertWidget(2, self.otherFormCheck)
        self.ui.templateCombo.currentIndexChanged.connect(self._form_changed)
        self.ui.splitter.setSizes([560, 480])
        self.ui.letterEdit.textChanged.connect(self._letter_changed)
        self.ui.fillButton.clicked.connect(self.fill_preview)
        self.ui.exportButton.clicked.connect(self.export_dialog)
        ctx.applicationChanged.connect(self.mark_dirty)
        ctx.profileChanged.connect(self.mark_dirty)

    # --- showing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        app, profile = self.ctx.application, self.ctx.profile
        ready = app is not None and profile is not None
        for widget in (
            self.ui.templateCombo,
            self.ui.fillButton,
            self.ui.exportButton,
            self.ui.letterEdit,
        ):
            widget.setEnabled(ready)
        if self.ui.templateCombo.count() == 0:
            self._fill_templates()
        self._loading = True
        try:
            if app is None or profile is None:
                self.ui.headerLabel.setText(
                    self.tr("Choose a candidate and load a notice to prepare the documents.")
                )
                self.noticeLabel.clear()
                self.ui.letterEdit.clear()
            else:
                self.ui.headerLabel.setText(f"<b>{application_title(app)}</b> — {profile.name}")
                self._show_notice(app)
                if self.ui.letterEdit.toPlainText() != app.cover_letter:
                    self.ui.letterEdit.setPlainText(app.cover_letter)
        finally:
            self._loading = False
        self._count()

    def _show_notice(self, app: Any) -> None:
        """The regime, addressee and form the rules give, and the notice's warnings."""
        from html import escape

        from secondment_desk.documents.context import organisation_context
        from secondment_desk.notice_status import notice_state
        from secondment_desk.ranking import ranked_lines

        ranked = ranked_lines(app)
        from secondment_desk.i18n import current

        # Told in the window's language (the letter itself follows its own language).
        org = organisation_context(app.vacancy, app.nominating_state, current(), ranked)

        state = notice_state(app.vacancy)
        lines = [
            self.tr("{regime}. Letter to: {addressee}. Form: {form}.").format(
                regime=escape(org["regime_label"]),
                addressee=escape(org["addressee"]),
                form=escape(org["form_note"]),
            )
        ]
        if ranked:
            lines.append(self.tr("Ranked posts: {posts}").format(posts=escape("; ".join(ranked))))
        for problem in (state.problem(), state.partial_sentence()):
            if problem:
                lines.append(f"<b style='color:#b52b27'>{escape(problem)}</b>")
        lines += [f"<span style='color:#8a6d00'>⚠ {escape(w)}</span>" for w in state.warnings]
        self.noticeLabel.setText("<br>".join(lines))
        own = org["form_template"]
        if own:
            index = self.ui.templateCombo.findText(own)
            if index >= 0:
                self.ui.templateCombo.setCurrentIndex(index)
        self._form_changed()

    def foreign_form(self) -> str | None:
        """Why the chosen template is another organisation's form for this post, or None."""
        from secondment_desk.organisations.rules import foreign_form

        app, template = self.ctx.application, self.ui.templateCombo.currentData()
        if app is None or not template:
            return None
        return foreign_form(app.vacancy, Path(str(template)).name)

    def _form_changed(self, *_args: object) -> None:
        reason = self.foreign_form()
        self.otherFormCheck.setVisible(reason is not None)
        self.otherFormCheck.setToolTip(reason or "")
        if reason is None:
            self.otherFormCheck.setChecked(False)

    def _form_allowed(self) -> bool:
        reason = self.foreign_form()
        if reason is None or self.otherFormCheck.isChecked():
            return True
        self.ui.outputLabel.setText(
            reason
            + " "
            + self.tr("Tick “Use this form for another organisation's post” to fill it anyway.")
        )
        return False

    def _fill_templates(self) -> None:
        from secondment_desk.documents.registry import list_templates

        try:
            templates = list_templates()
        except Exception as err:
            self.ctx.fail("listing the templates", err)
            return
        for info in templates:
            if info.kind == "form":
                label = info.name if info.source == "shipped" else f"{info.name} ({info.source})"
                self.ui.templateCombo.addItem(label, str(info.path))

    def _count(self) -> None:
        text = self.ui.letterEdit.toPlainText()
        from secondment_desk.documents import cover_letter_info, letter_limit

        app = self.ctx.application
        limit = letter_limit(app.vacancy if app else None)
        info = cover_letter_info(text, limit)
        count = info["characters"]
        colour = "#b52b27" if info["over_limit"] else "#444444"
        if limit is None:
            self.ui.countLabel.setText(
                self.tr("{count} characters with spaces (the notice states its own limit)").format(
                    count=count
                )
            )
            return
        note = (
            self.tr("{over} over the limit").format(over=info["over_by"])
            if info["over_limit"]
            else self.tr("{left} left").format(left=limit - count)
        )
        self.ui.countLabel.setText(
            f"<span style='color:{colour}'>"
            + self.tr("{count} / {limit} characters with spaces ({note})").format(
                count=count, limit=limit, note=note
            )
            + "</span>"
        )

    # --- cover letter ----------------------------------------------------------------------
    def _letter_changed(self) -> None:
        self._count()
        if not self._loading:
            self._save_timer.start()

    def _save_letter(self) -> None:
        app = self.ctx.application
        text = self.ui.letterEdit.toPlainText()
        if app is None or text == app.cover_letter:
            return
        updated = app.model_copy(deep=True)
        updated.cover_letter = text
        self._loading = True  # saving re-shows the screen; keep the cursor where it is
        try:
            self.run_guarded("saving the cover letter", lambda: self.ctx.save_application(updated))
        finally:
            self._loading = False

    def flush(self) -> None:
        """Save a pending cover-letter edit now (before leaving or exporting)."""
        if self._save_timer.isActive():
            self._save_timer.stop()
            self._save_letter()

    def hideEvent(self, event: Any) -> None:
        self.flush()
        super().hideEvent(event)

    def letter_language(self) -> str:
        from secondment_desk.gui import i18n

        return "ru" if i18n.resolve(self.ctx.settings.language) == "ru" else "en"

    # --- fill and preview ------------------------------------------------------------------
    def fill_preview(self) -> None:
        self.flush()
        app, profile = self.ctx.application, self.ctx.profile
        if app is None or profile is None:
            return
        if not self._form_allowed():
            return
        template = self.ui.templateCombo.currentData()
        language = self.letter_language()
        other = self.otherFormCheck.isChecked()

        def job(control: JobControl) -> tuple[bytes | None, list[str], bool]:
            from secondment_desk.checklist import build_checklist
            from secondment_desk.documents.package import fill_documents

            checklist = build_checklist(
                app.vacancy, profile, dict(app.decisions), ranked_posts=app.ranked_posts
            )
            with private_tempdir("desk-fill-") as tmp:
                filled = fill_documents(
                    profile,
                    app.vacancy,
                    tmp,
                    application=app,
                    checklist=checklist,
                    form_template=template or DEFAULT_FORM,
                    letter_language=language,
                    other_organisation_form=other,
                    with_report=False,
                    progress=lambda done, total, _msg: control.progress(done, total),
                    cancel=lambda: control.cancelled,
                )
                control.check()
                notes = list(filled.warnings)
                if filled.empty_groups:
                    notes.append(empty_heading())

                    notes.extend(group.line() for group in filled.empty_groups)
                if not filled.pdf:
                    return None, notes, False
                png = first_page_png(filled.pdf[0], control)
                return png, notes, True

        self.ui.previewLabel.setText(self.tr("Filling the form…"))
        self.ctx.jobs.submit(
            self.tr("Filling the form and making the preview…"),
            job,
            on_done=self._previewed,
            on_error=self._preview_failed,
            on_cancel=lambda: self.ui.previewLabel.setText(self.tr("Preview cancelled.")),
        )

    def _previewed(self, result: tuple[bytes | None, list[str], bool]) -> None:
        png, notes, had_pdf = result
        if png:
            pixmap = QPixmap()
            pixmap.loadFromData(png, "PNG")
            self.preview = pixmap
            self._show_preview()
            self.ui.previewLabel.setAccessibleDescription(self.tr("First page of the form"))
        elif had_pdf:
            self.preview = None
            self.ui.previewLabel.setText(
                self.tr(
                    "The form was filled, but no preview can be shown: install poppler-utils "
                    "(pdftoppm) to see the first page here."
                )
            )
        else:
            self.preview = None
            self.ui.previewLabel.setText(
                self.tr(
                    "The form was filled as .docx, but no PDF could be made for a preview: "
                    "install LibreOffice to get PDFs."
                )
            )
        self.ui.outputLabel.setText("\n".join(notes))

    def _show_preview(self) -> None:
        """The first page scaled to the width of its pane."""
        if self.preview is None:
            return
        from PySide6.QtCore import Qt

        width = max(200, self.ui.previewScroll.viewport().width() - 12)
        self.ui.previewLabel.setPixmap(
            self.preview.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        )

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._show_preview()

    def _preview_failed(self, text: str) -> None:
        self.ui.previewLabel.setText(self.tr("No preview."))
        self.ctx.message.emit(text, "error")

    # --- export ----------------------------------------------------------------------------
    def export_dialog(self) -> None:
        app = self.ctx.application
        if app is None:
            return
        base = app.vacancy.requisition_id or "application"
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the delegation package"),
            str(Path.home() / f"{base}-package.zip"),
            self.tr("Packages (*.zip)"),
        )
        if name:
            self.export_package(Path(name))

    def export_package(self, out: Path) -> None:
        self.flush()
        app, profile = self.ctx.application, self.ctx.profile
        if app is None or profile is None:
            return
        if not self._form_allowed():
            return
        template = self.ui.templateCombo.currentData()
        language = self.letter_language()
        other = self.otherFormCheck.isChecked()

        def job(control: JobControl) -> tuple[Path, list[str]]:
            from secondment_desk.checklist import build_checklist
            from secondment_desk.documents.package import export_package

            checklist = build_checklist(
                app.vacancy, profile, dict(app.decisions), ranked_posts=app.ranked_posts
            )
            filled = export_package(
                profile,
                app,
                out,
                checklist=checklist,
                form_template=template or DEFAULT_FORM,
                letter_language=language,
                other_organisation_form=other,
                progress=lambda done, total, _msg: control.progress(done, total),
                cancel=lambda: control.cancelled,
            )
            return out, list(filled.warnings)

        self.ctx.jobs.submit(self.tr("Exporting the package…"), job, on_done=self._exported)

    def _exported(self, result: tuple[Path, list[str]]) -> None:
        out, warnings = result
        self.last_export = out
        self.ui.outputLabel.setText(
            "\n".join([self.tr("Package written to {path}.").format(path=out), *warnings])
        )
        self.ctx.info(self.tr("Package written to {path}.").format(path=out))
