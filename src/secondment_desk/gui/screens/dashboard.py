"""The Dashboard: every application with both deadlines and days left, most urgent first.

The rows, their order and colours come from ``deadlines.dashboard_rows``; the screen filters
by candidate and status and opens an application (Enter or double-click).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from secondment_desk.gui.context import AppContext
from secondment_desk.gui.forms.ui_dashboard import Ui_DashboardScreen
from secondment_desk.gui.screens.base import Screen

if TYPE_CHECKING:
    from secondment_desk.gui.qtmodels.dashboard import DashboardFilter, DashboardModel


class DashboardScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_DashboardScreen()
        self.ui.setupUi(self)
        # The table model (and the core) load when there is data to show, not at start-up.
        self.model: DashboardModel | None = None
        self.proxy: DashboardFilter | None = None
        self._loading = False
        self.ui.table.hide()
        self.ui.legendLabel.hide()
        self.ui.emptyLabel.setText(self.tr("Opening your data…"))
        self.ui.candidateFilter.currentIndexChanged.connect(self._filter)
        self.ui.statusFilter.currentIndexChanged.connect(self._filter)
        self.ui.openButton.clicked.connect(self.open_selected)
        self.ui.table.activated.connect(lambda _index: self.open_selected())
        ctx.storeOpened.connect(self.mark_dirty)
        ctx.storeUnavailable.connect(self._unavailable)
        ctx.applicationsChanged.connect(self.mark_dirty)
        ctx.profilesChanged.connect(self.mark_dirty)

    def _unavailable(self) -> None:
        self.ui.emptyLabel.setText(
            self.tr("Your data is not open. Start the application again to unlock or create it.")
        )

    def _ensure_model(self) -> tuple[DashboardModel, DashboardFilter]:
        if self.model is None or self.proxy is None:
            from PySide6.QtWidgets import QHeaderView

            from secondment_desk.gui.qtmodels.dashboard import DashboardFilter, DashboardModel

            self.model = DashboardModel(self)
            self.proxy = DashboardFilter(self)
            self.proxy.setSourceModel(self.model)
            self.ui.table.setModel(self.proxy)
            header = self.ui.table.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for col in range(1, 6):
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
            self.ui.table.verticalHeader().hide()
        return self.model, self.proxy

    def refresh(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        from datetime import date

        from secondment_desk.deadlines import dashboard_rows
        from secondment_desk.gui.qtmodels.dashboard import status_label
        from secondment_desk.models import Status

        model, _proxy = self._ensure_model()
        profiles = store.profiles.list()
        names = {p.id: p.name for p in profiles}
        rows = dashboard_rows(store.applications.list(), date.today())
        model.set_rows(rows, names)
        self._loading = True
        try:
            chosen = self.ui.candidateFilter.currentData() or ""
            self.ui.candidateFilter.clear()
            self.ui.candidateFilter.addItem(self.tr("All candidates"), "")
            for p in profiles:
                self.ui.candidateFilter.addItem(p.name, p.id)
            self.ui.candidateFilter.setCurrentIndex(
                max(0, self.ui.candidateFilter.findData(chosen))
            )
            status = self.ui.statusFilter.currentData() or ""
            self.ui.statusFilter.clear()
            self.ui.statusFilter.addItem(self.tr("All statuses"), "")
            for s in Status:
                self.ui.statusFilter.addItem(status_label(s.value), s.value)
            self.ui.statusFilter.setCurrentIndex(max(0, self.ui.statusFilter.findData(status)))
        finally:
            self._loading = False
        self._filter()
        empty = not rows
        self.ui.table.setVisible(not empty)
        self.ui.legendLabel.setVisible(not empty)
        if not empty:
            from secondment_desk.gui.qtmodels.dashboard import legend_html

            self.ui.legendLabel.setText(legend_html())
        self.ui.emptyLabel.setVisible(empty)
        self.ui.emptyLabel.setText(
            self.tr(
                "No applications yet. Load a vacancy notice on the Vacancy screen (Ctrl+2) "
                "to start one."
            )
        )
        if rows and not self.ui.table.currentIndex().isValid() and self.proxy is not None:
            from PySide6.QtCore import QItemSelectionModel

            # Current (Enter opens it) but not selected, so its urgency colour stays visible.
            self.ui.table.selectionModel().setCurrentIndex(
                self.proxy.index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def _filter(self, *_args: object) -> None:
        if self._loading or self.proxy is None:
            return
        self.proxy.set_filter(
            self.ui.candidateFilter.currentData() or "", self.ui.statusFilter.currentData() or ""
        )

    def visible_titles(self) -> list[str]:
        """What the table shows in its first column, top to bottom."""
        if self.proxy is None:
            return []
        return [str(self.proxy.index(r, 0).data()) for r in range(self.proxy.rowCount())]

    def open_selected(self) -> None:
        from secondment_desk.gui.qtmodels.dashboard import APPLICATION_ID_ROLE

        index = self.ui.table.currentIndex()
        if not index.isValid():
            return
        app_id = index.data(APPLICATION_ID_ROLE)
        if isinstance(app_id, str):
            self.run_guarded("opening the application", lambda: self._open(app_id))

    def _open(self, app_id: str) -> None:
        self.ctx.select_application(app_id)
        self.ctx.navigate.emit("checklist")
