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

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QCheckBox, QFileDialog, QLabel, QPushButton, QWidget

# The organisations' rules (foreign_form asks them on every template change): imported with
# this module, which the start-up warms in a worker, not at the first switch here (issue 16).
from secondment_desk.documents.private_temp import private_tempdir
from secondment_desk.documents.registry import DEFAULT_FORM
from secondment_desk.gui.context import AppContext
from secondment_desk.gui.forms.ui_documents import Ui_DocumentsScreen
from secondment_desk.gui.screens.base import Screen
from secondment_desk.gui.screens.deadline import application_title
from secondment_desk.gui.workers import JobControl


def page_pngs(pdf: Path, control: JobControl | None = None) -> list[bytes]:
    """Every page of a PDF as PNG bytes, with pdftoppm (empty when it is not installed)."""
    exe = shutil.which("pdftoppm")
    if exe is None:
        return []
    with private_tempdir("desk-preview-") as tmp:
        prefix = tmp / "page"
        proc = subprocess.Popen(
            [exe, "-png", "-r", "80", str(pdf), str(prefix)],
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
        if proc.returncode != 0:
            return []
        pages = sorted(tmp.glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
        return [page.read_bytes() for page in pages]


def first_page_png(pdf: Path, control: JobControl | None = None) -> bytes | None:
    """The first page of a PDF as PNG bytes (None when pdftoppm is not installed)."""
    pages = page_pngs(pdf, control)
    return pages[0] if pages else None


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
        # On a row of its own, under the template: beside the buttons its Russian wording made
        # the row 1,338 px wide and the window 1,539 px on a 1,280 px screen.
        items = [self.ui.layout.itemAt(i) for i in range(self.ui.layout.count())]
        tools = next(
            i for i, item in enumerate(items) if item and item.layout() is self.ui.toolLayout
        )
        self.ui.layout.insertWidget(tools + 1, self.otherFormCheck)
        self.ui.templateCombo.currentIndexChanged.connect(self._form_changed)
        self.ui.splitter.setSizes([560, 480])
        self.ui.letterEdit.setPlaceholderText(
            self.tr(
                "No cover letter yet. Write or paste it here: it is saved with this application "
                "as you type, and the count below shows how much the notice allows."
            )
        )
        self.ui.letterEdit.textChanged.connect(self._letter_changed)
        self.ui.fillButton.clicked.connect(self.fill_preview)
        self.ui.exportButton.clicked.connect(self.export_dialog)
        self.pages: list[QPixmap] = []
        self.ownFormButton = QPushButton(self.tr("Fill a form of my &own…"))
        self.ownFormButton.setObjectName("ownFormButton")
        self.ownFormButton.setAccessibleName(
            self.tr("Open any .docx application form and fill it from the profile")
        )
        self.ui.toolLayout.insertWidget(2, self.ownFormButton)
        self.ownFormButton.clicked.connect(lambda: self.open_own_form())
        # Tab from the template to its check box below it, then along the row: own form, fill.
        row = [self.ui.templateCombo, self.otherFormCheck, self.ownFormButton]
        for before, after in zip(row, [*row[1:], self.ui.fillButton], strict=False):
            QWidget.setTabOrder(before, after)
        self.mapping_dialog: Any = None
        self.ui.outputLabel.setTextFormat(Qt.TextFormat.RichText)
        self.ui.outputLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.ui.outputLabel.setOpenExternalLinks(False)
        self.ui.outputLabel.linkActivated.connect(self.open_field)
        ctx.applicationChanged.connect(self.mark_dirty)
        ctx.profileChanged.connect(self.mark_dirty)

    # --- showing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        app, profile = self.ctx.application, self.ctx.profile
        ready = app is not None and profile is not None
        for widget in (
            self.ui.templateCombo,
            self.ui.fillButton,
            self.ownFormButton,
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
                regime=escape(_sentence_start(str(org["regime_label"]))),
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
            combo = self.ui.templateCombo  # listed by title; the rules name the file
            names = [Path(str(combo.itemData(i))).name for i in range(combo.count())]
            if own in names:
                combo.setCurrentIndex(names.index(own))
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
                label = (
                    info.label
                    if info.source == "shipped"
                    else self.tr("{title} (your template {file})").format(
                        title=info.label, file=info.name
                    )
                )
                self.ui.templateCombo.addItem(label, str(info.path))
                self.ui.templateCombo.setItemData(
                    self.ui.templateCombo.count() - 1, str(info.path), Qt.ItemDataRole.ToolTipRole
                )

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
    def output_folder(self) -> Path | None:
        """The application's folder (created), where the save dialog starts."""
        from secondment_desk.documents.outputs import application_folder

        profile = self.ctx.profile
        if profile is None:
            return None
        return application_folder(profile, self.ctx.application)

    def fill_preview(self, outdir: Path | None = None) -> None:
        """Fill the form (and the letter when it has text) into a folder the user chooses
        (default: the application's folder), as .docx and PDF, and preview every page."""
        self.flush()
        app, profile = self.ctx.application, self.ctx.profile
        if app is None or profile is None:
            return
        if not self._form_allowed():
            return
        if outdir is None:
            start = self.output_folder()
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Save the filled documents in"), str(start or Path.home())
            )
            if not chosen:
                return
            outdir = Path(chosen)
        template = self.ui.templateCombo.currentData()
        language = self.letter_language()
        other = self.otherFormCheck.isChecked()
        folder = outdir

        def job(control: JobControl) -> dict[str, Any]:
            from secondment_desk.checklist import build_checklist
            from secondment_desk.documents.package import fill_documents

            checklist = build_checklist(
                app.vacancy, profile, dict(app.decisions), ranked_posts=app.ranked_posts
            )
            filled = fill_documents(
                profile,
                app.vacancy,
                folder,
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
            pages = page_pngs(filled.pdf[0], control) if filled.pdf else []
            return {
                "pages": pages,
                "notes": list(filled.warnings),
                "had_pdf": bool(filled.pdf),
                "groups": filled.empty_groups,
                "files": filled.files,
            }

        self.ui.previewLabel.setText(self.tr("Filling the form…"))
        self.ctx.jobs.submit(
            self.tr("Filling the form and making the preview…"),
            job,
            on_done=self._previewed,
            on_error=self._preview_failed,
            on_cancel=lambda: self.ui.previewLabel.setText(self.tr("Preview cancelled.")),
        )

    def _previewed(self, result: dict[str, Any]) -> None:
        pages: list[bytes] = result["pages"]
        self.pages = []
        for png in pages:
            pixmap = QPixmap()
            pixmap.loadFromData(png, "PNG")
            self.pages.append(pixmap)
        if self.pages:
            self.preview = self.pages[0]
            self._show_preview()
            self.ui.previewLabel.setAccessibleDescription(
                self.tr("All {n} pages of the form").format(n=len(self.pages))
            )
        elif result["had_pdf"]:
            self.preview = None
            self.ui.previewLabel.setText(
                self.tr(
                    "The form was filled, but no preview can be shown: install poppler-utils "
                    "(pdftoppm) to see its pages here."
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
        self._show_output(result["files"], result["notes"], result["groups"])

    def _show_output(self, files: list[Path], notes: list[str], groups: list[Any]) -> None:
        """Files written, warnings, and what is still empty: each section a link to the
        profile field that fills it."""
        from html import escape

        lines = [escape(self.tr("Saved: {path}").format(path=", ".join(str(f) for f in files)))]
        lines += [escape(n) for n in notes]
        if groups:
            lines.append(escape(self.tr("Still empty in the form (fill them in the profile):")))
            for group in groups:
                target = group.paths[0] if group.paths else ""
                head = (
                    f"<a href='field:{escape(target)}'>{escape(group.title)}</a>"
                    if target
                    else escape(group.title)
                )
                lines.append(f"{head}: {escape('; '.join(group.items))}")
        self.ui.outputLabel.setText("<br>".join(lines))

    def open_field(self, link: str) -> None:
        """A "still empty" link: the Profile screen, at the field that fills it."""
        path = link.removeprefix("field:")
        self.ctx.navigate.emit("profile")
        screens = getattr(self.window(), "screens", {})
        profile_screen = screens.get("profile") if isinstance(screens, dict) else None
        if profile_screen is not None and hasattr(profile_screen, "focus_path"):
            profile_screen.focus_path(path)

    def _show_preview(self) -> None:
        """Every page, one under the other, scaled to the width of the pane."""
        pages = getattr(self, "pages", []) or ([self.preview] if self.preview else [])
        if not pages:
            return
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QPainter

        scroll = self.ui.previewScroll
        bar = (
            0
            if scroll.verticalScrollBar().isVisible()
            else scroll.verticalScrollBar().sizeHint().width()
        )
        width = max(200, scroll.viewport().width() - bar - 12)  # room for the bar the pages bring
        scaled = [
            page.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation) for page in pages
        ]
        gap = 8
        sheet = QPixmap(width, sum(p.height() for p in scaled) + gap * (len(scaled) - 1))
        sheet.fill(Qt.GlobalColor.gray)
        painter = QPainter(sheet)
        y = 0
        for page in scaled:
            painter.drawPixmap(0, y, page)
            y += page.height() + gap
        painter.end()
        self.ui.previewLabel.setPixmap(sheet)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._show_preview()

    def _preview_failed(self, text: str) -> None:
        self.ui.previewLabel.setText(self.tr("No preview."))
        self.ctx.message.emit(text, "error")

    # --- a form of the user's own --------------------------------------------------------
    def open_own_form(self, path: Path | None = None) -> None:
        """Read a .docx form, show its fields and the profile fields proposed for them."""
        if self.ctx.profile is None:
            return
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Open an application form"),
                str(Path.home()),
                self.tr("Word forms (*.docx)"),
            )
            if not name:
                return
            path = Path(name)
        from secondment_desk.documents.formfill import choose_mapping, read_form
        from secondment_desk.gui.screens.documents_forms import FormMappingDialog

        def show() -> None:
            _data, form = read_form(path)
            chosen, source = choose_mapping(form, None)
            for f in form.fields:
                f.target = None
                for column in f.columns:
                    column.target = None
            form.apply(chosen)
            dialog = FormMappingDialog(form, source, self)
            dialog.accepted.connect(lambda: self._own_form_confirmed(path, dialog))
            self.mapping_dialog = dialog
            dialog.open()

        self.run_guarded("reading the form", show)

    def _own_form_confirmed(self, path: Path, dialog: Any, out: Path | None = None) -> None:
        from secondment_desk.documents.formmemory import remember

        mapping = dialog.mapping()
        self.run_guarded(
            "remembering the mapping",
            lambda: remember(dialog.form.fingerprint, dialog.form.name, mapping),
        )
        if out is None:
            start = self.output_folder() or Path.home()
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the filled form"),
                str(start / f"{path.stem}_filled.docx"),
                self.tr("Word documents (*.docx)"),
            )
            if not name:
                return
            out = Path(name)
        self.fill_own_form(path, mapping, out)

    def fill_own_form(self, path: Path, mapping: dict[str, str | None], out: Path) -> None:
        """Fill the user's form with the confirmed mapping into ``out`` (.docx and PDF)."""
        profile, app = self.ctx.profile, self.ctx.application
        if profile is None:
            return

        def job(control: JobControl) -> dict[str, Any]:
            from secondment_desk.documents.formfill import fill_form
            from secondment_desk.documents.pdf import PdfUnavailable, convert_to_pdf

            filled = fill_form(
                path,
                profile,
                out,
                vacancy=app.vacancy if app else None,
                application=app,
                mapping=mapping,
            )
            notes: list[str] = []
            pdfs: list[Path] = []
            try:
                pdfs = convert_to_pdf([out], out.parent, cancel=lambda: control.cancelled)
            except PdfUnavailable as err:
                notes.append(str(err))
            if filled.unmapped:
                notes.append(filled.report_lines()[-1])
            return {
                "pages": page_pngs(pdfs[0], control) if pdfs else [],
                "notes": notes,
                "had_pdf": bool(pdfs),
                "groups": filled.empty_groups,
                "files": [out, *pdfs],
            }

        self.ui.previewLabel.setText(self.tr("Filling the form…"))
        self.ctx.jobs.submit(
            self.tr("Filling your form…"),
            job,
            on_done=self._previewed,
            on_error=self._preview_failed,
        )

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
        self.run_guarded("recording the export", lambda: self.ctx.record_export(out))
        self.ui.outputLabel.setText(
            "\n".join([self.tr("Package written to {path}.").format(path=out), *warnings])
        )
        self.ctx.info(self.tr("Package written to {path}.").format(path=out))


def _sentence_start(words: str) -> str:
    """``words`` opening a sentence: the Russian regime ("прикомандированная должность в
    ОБСЕ") is written for the middle of one."""
    return words[:1].upper() + words[1:]
