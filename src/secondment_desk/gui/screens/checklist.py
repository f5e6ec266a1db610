"""The Checklist screen: the notice's requirements and competencies against the candidate.

The checklist is built by :func:`secondment_desk.checklist.build_checklist` from the current
application's vacancy, the candidate's profile and the decisions kept with the application.
Marking an item (met / partly / not met / back to computed) or writing a note is a decision:
one undoable step, saved with the application at once.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QWidget

# Babel and its locale data, which the checklist's language lines name languages with
# (checklist.words.language_name imports it on first use): loaded with this module, which the
# start-up warms in a worker, not on the UI thread at the first switch here (issue 16).
import secondment_desk.locale_format  # noqa: F401
from secondment_desk.applications import decide
from secondment_desk.gui.context import AppContext
from secondment_desk.gui.forms.ui_checklist import Ui_ChecklistScreen
from secondment_desk.gui.qtmodels.checklist import ITEM_ID_ROLE, ChecklistModel, status_title
from secondment_desk.gui.screens.base import Screen
from secondment_desk.gui.screens.deadline import application_title
from secondment_desk.models import Application, ChecklistDecision, Profile

if TYPE_CHECKING:
    from secondment_desk.checklist import Checklist
    from secondment_desk.models.checklist import ItemStatus


# The headline's colour by the core's verdict: green only when nothing stops or is unjudged.
HEADLINE_COLOURS = {"blocked": "#b52b27", "check": "#8a6d00", "ready": "#2d7a2d"}


class ChecklistScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_ChecklistScreen()
        self.ui.setupUi(self)
        self.model = ChecklistModel(self)
        self.ui.tree.setModel(self.model)
        self.checklist: Checklist | None = None
        self._loading = False
        self.ui.metButton.clicked.connect(lambda: self.mark("met"))
        self.ui.partlyButton.clicked.connect(lambda: self.mark("partly"))
        self.ui.notMetButton.clicked.connect(lambda: self.mark("not_met"))
        self.ui.resetButton.clicked.connect(lambda: self.mark(None))
        self.ui.noteEdit.editingFinished.connect(self._note_edited)
        self.ui.tree.selectionModel().currentChanged.connect(self._current_changed)
        # Added here, not in the .ui: ranking several posts of one call (EU calls: three).
        self.rankRow = QWidget(self)
        row = QHBoxLayout(self.rankRow)
        row.setContentsMargins(0, 0, 0, 0)
        self.rankLabel = QLabel(self.tr("Ranked posts:"), self.rankRow)
        self.rankEdit = QLineEdit(self.rankRow)
        self.rankEdit.setObjectName("rankEdit")
        self.rankEdit.setAccessibleName(self.tr("Ranked posts of this call"))
        self.rankButton = QPushButton(self.tr("Rank"), self.rankRow)
        self.rankButton.setObjectName("rankButton")
        self.rankButton.setAccessibleName(self.tr("Rank the posts"))
        self.rankLabel.setBuddy(self.rankEdit)
        for widget in (self.rankLabel, self.rankEdit, self.rankButton):
            row.addWidget(widget)
        self.ui.layout.insertWidget(2, self.rankRow)
        self.rankButton.clicked.connect(self._rank)
        self.rankEdit.returnPressed.connect(self._rank)
        ctx.applicationChanged.connect(self.mark_dirty)
        ctx.profileChanged.connect(self.mark_dirty)
        # (application, profile, checklist) built by a worker for the first refresh here.
        self._ahead: tuple[Application, Profile, Checklist] | None = None
        self._refreshed = False
        self._build_ahead()

    def _build_ahead(self) -> None:
        """Build the current application's checklist in a worker while the screen waits to be
        shown (it is built ahead in idle time): the first build also loads the lexicons and
        rules, 40 ms of the first switch here on the UI thread otherwise (issue 16)."""
        app, profile = self.ctx.application, self.ctx.profile
        if app is None or profile is None:
            return

        def build(_control: object) -> object:
            from secondment_desk.checklist import build_checklist

            return build_checklist(
                app.vacancy, profile, dict(app.decisions), ranked_posts=app.ranked_posts
            )

        def built(checklist: Checklist) -> None:
            if not self._refreshed:  # in time for the first refresh; later ones build their own
                self._ahead = (app, profile, checklist)

        self.ctx.jobs.submit(
            self.tr("Getting the checklist ready…"), build, on_done=built, on_error=lambda _t: None
        )

    def _checklist_for(self, app: Application, profile: Profile) -> Checklist:
        """The checklist of ``app`` for ``profile``: the one built ahead when it was built from
        these very objects (the context replaces them on every change), else built now."""
        from secondment_desk.checklist import build_checklist

        ahead, self._ahead = self._ahead, None
        self._refreshed = True
        if ahead is not None and ahead[0] is app and ahead[1] is profile:
            return ahead[2]
        return build_checklist(
            app.vacancy, profile, dict(app.decisions), ranked_posts=app.ranked_posts
        )

    # --- showing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        app, profile = self.ctx.application, self.ctx.profile
        selected = self.selected_id()
        enabled = app is not None and profile is not None
        for widget in (
            self.ui.metButton,
            self.ui.partlyButton,
            self.ui.notMetButton,
            self.ui.resetButton,
            self.ui.noteEdit,
        ):
            widget.setEnabled(enabled)
        if app is None or profile is None:
            self.checklist = None
            self.model.set_items([])
            self.ui.headerLabel.setText(
                self.tr("Choose a candidate and load a notice to see the checklist.")
            )
            self.ui.blockersLabel.clear()
            self.ui.summaryLabel.clear()
            self.ui.detailsView.clear()
            self.rankRow.hide()
            return
        try:
            checklist = self._checklist_for(app, profile)
        except Exception as err:
            self.ctx.fail("building the checklist", err)
            return
        self.checklist = checklist
        self.model.set_items(checklist.items)
        self.ui.tree.expandAll()
        header = self.ui.tree.header()
        # The requirement takes what the status columns and a glimpse of the evidence leave
        # (both in full in the pane): the columns always fit, with no sideways scrolling (the
        # Russian status words are long; a fixed half for the requirement pushed the evidence
        # out of sight at 1280 px).
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, max(120, self.ui.tree.viewport().width() // 5))
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.headerLabel.setText(f"<b>{application_title(app)}</b> — {profile.name}")
        summary = checklist.summary
        colour = HEADLINE_COLOURS[summary.tone]
        lines = [f"<b style='color:{colour}'>{escape(summary.headline())}</b>"]
        if checklist.regime:
            lines.append(escape(f"{checklist.regime}: {checklist.how_to_apply or ''}"))
        lines += [f"<span style='color:#8a6d00'>⚠ {escape(w)}</span>" for w in summary.warnings]
        for item in summary.blockers:
            lines.append(
                f"<span style='color:#b52b27'>✖ {escape(item.text)} — "
                f"{status_title(item.status)}</span>"
            )
        if summary.to_check:
            lines.append(
                "<span style='color:#8a6d00'>"
                + (
                    self.tr(
                        "One mandatory item needs your own judgement: marked “to check” "
                        "below; mark it as met, partly or not met."
                    )
                    if len(summary.to_check) == 1
                    else self.tr(
                        "%n mandatory items need your own judgement: marked “to check” below; "
                        "mark each as met, partly or not met.",
                        "",
                        len(summary.to_check),
                    )
                )
                + "</span>"
            )
        if checklist.ranked_posts:
            lines.append(
                self.tr("Ranked in this application: {posts}").format(
                    posts=escape("; ".join(checklist.ranked_posts))
                )
            )
        self.ui.blockersLabel.setText("<br>".join(lines))
        self._show_ranking(app)
        self.ui.summaryLabel.setText(
            self.tr(
                "Desirable not yet met: {gaps}. Competencies without a STAR story: {stories}."
            ).format(
                gaps=len(summary.desirable_gaps), stories=len(summary.competencies_without_story)
            )
        )
        self.select(selected)
        self._show_details(self.selected_id())

    def _show_ranking(self, app: Application) -> None:
        from secondment_desk.organisations.rules import rules_for

        most = rules_for(app.vacancy.organization).ranked_posts_max
        self.rankRow.setVisible(most > 1)
        self.rankEdit.setPlaceholderText(
            self.tr("up to {n} references of this call, most wanted first, e.g. {ref}").format(
                n=most, ref=app.vacancy.requisition_id or "GEO ZM 12"
            )
        )
        if not self.rankEdit.hasFocus():
            self.rankEdit.setText("; ".join(p.reference for p in app.ranked_posts))

    def _rank(self) -> None:
        """Save the ranking typed in the box (references separated by ';' or ',')."""
        import re

        from secondment_desk.errors import DeskError
        from secondment_desk.ranking import set_ranked_posts

        app = self.ctx.application
        if app is None:
            return
        refs = [r.strip() for r in re.split(r"[;,]", self.rankEdit.text()) if r.strip()]
        trial = app.model_copy(deep=True)
        try:
            ranked = set_ranked_posts(trial, refs)
        except DeskError as err:
            self.ctx.fail("ranking the posts", err)
            return

        def change(application: Application) -> None:
            application.ranked_posts = ranked

        self.edit_application(self.tr("rank the posts"), change)

    def select(self, item_id: str | None) -> None:
        """Select the row of an item (first item when None or gone)."""
        first = None
        for g in range(self.model.rowCount()):
            group = self.model.item(g, 0)
            for r in range(group.rowCount()):
                cell = group.child(r, 0)
                if first is None:
                    first = cell
                if item_id is not None and cell.data(ITEM_ID_ROLE) == item_id:
                    self.ui.tree.setCurrentIndex(cell.index())
                    return
        if first is not None:
            self.ui.tree.setCurrentIndex(first.index())

    def selected_id(self) -> str | None:
        value = self.ui.tree.currentIndex().siblingAtColumn(0).data(ITEM_ID_ROLE)
        return value if isinstance(value, str) else None

    def _current_changed(self, *_args: object) -> None:
        app, item_id = self.ctx.application, self.selected_id()
        decision = app.decisions.get(item_id) if app and item_id else None
        self._loading = True
        self.ui.noteEdit.setText(decision.note if decision else "")
        self._loading = False
        self._show_details(item_id)

    def _show_details(self, item_id: str | None) -> None:
        """The selected item in full, wrapped: the tree's cells are cut to their width."""
        item = None
        if self.checklist is not None and item_id is not None:
            item = next((i for i in self.checklist.items if i.id == item_id), None)
        if item is None:
            self.ui.detailsView.setHtml(
                "<p>" + escape(self.tr("Select an item to read it in full here.")) + "</p>"
            )
            return
        parts = [
            f"<p><b>{escape(item.text)}</b></p>",
            "<p>"
            + escape(self.tr("Status: {status}").format(status=status_title(item.status)))
            + "</p>",
        ]
        if item.reason:
            parts.append(f"<p>{escape(item.reason)}</p>")
        evidence = [e.text for e in item.evidence if e.text]
        if evidence:
            parts.append("<p><b>" + escape(self.tr("Evidence")) + "</b></p><ul>")
            parts += [f"<li>{escape(text)}</li>" for text in evidence]
            parts.append("</ul>")
        if item.note:
            parts.append(
                "<p><b>" + escape(self.tr("Your note")) + f"</b><br>{escape(item.note)}</p>"
            )
        self.ui.detailsView.setHtml("".join(parts))

    # --- decisions -------------------------------------------------------------------------
    def mark(self, status: ItemStatus | None) -> None:
        item_id = self.selected_id()
        if item_id is None or self.ctx.application is None:
            return

        def change(app: Application) -> None:
            decide(app, item_id, status=status)

        label = status_title(status) if status else self.tr("computed")
        self.edit_application(self.tr("mark as {status}").format(status=label), change)

    def _note_edited(self) -> None:
        item_id, app = self.selected_id(), self.ctx.application
        if self._loading or item_id is None or app is None:
            return
        note = self.ui.noteEdit.text().strip()
        old = app.decisions.get(item_id, ChecklistDecision())
        if note == old.note:
            return

        def change(application: Application) -> None:
            decide(application, item_id, note=note)

        self.edit_application(self.tr("write a note"), change)
