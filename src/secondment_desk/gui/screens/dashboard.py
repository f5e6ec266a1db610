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
from secondment_desk.gui.widgets import make_searchable

if TYPE_CHECKING:
    from secondment_desk.deadlines.board import Board, DashboardBoard
    from secondment_desk.gui.qtmodels.dashboard import DashboardFilter, DashboardModel
    from secondment_desk.gui.workers import Job


class DashboardScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_DashboardScreen()
        self.ui.setupUi(self)
        # The table model (and the core) load when there is data to show, not at start-up.
        self.model: DashboardModel | None = None
        self.proxy: DashboardFilter | None = None
        self._loading = False
        self._board: DashboardBoard | None = None
        self._job: Job | None = None
        self._again = False
        self.ui.table.hide()
        self.ui.legendLabel.hide()
        self.ui.openButton.setEnabled(False)  # nothing to open until the rows are shown
        self.ui.emptyLabel.setText(self.tr("Opening your data…"))
        make_searchable(self.ui.candidateFilter)
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
            # Widths from the font, never from the rows: ResizeToContents asks every row of
            # a big model for its text on each change (100,000 data() calls at 5,000 rows).
            header = self.ui.table.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            metrics = self.ui.table.fontMetrics()
            samples = ("Firstname Family-Name", "sent to the national body", "— (apply directly)",
                       "2026-03-31 23:59 Vienna (CEST)", "closed on 2026-03-31")  # fmt: skip
            for col, sample in enumerate(samples, start=1):
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(col, metrics.horizontalAdvance(sample) + 24)
            # Every row one line high, fixed: the view never measures rows for their height.
            rows = self.ui.table.verticalHeader()
            rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            rows.setDefaultSectionSize(metrics.height() + 8)
            rows.hide()
            self.ui.table.setWordWrap(False)  # one line per row: a long title is elided
        return self.model, self.proxy

    @property
    def loading(self) -> bool:
        """Whether rows are being built (tests and benches wait for it)."""
        return self._job is not None or self._again

    def refresh(self) -> None:
        """Rebuild the rows in a worker (off the UI thread, over its own read handle) from
        the applications' sealed summaries; only the rows of applications changed since the
        last build are computed again. No full record is decoded until one is opened."""
        store = self.ctx.store
        if store is None:
            return
        if self._job is not None:
            self._again = True  # one more build once this one is in
            return
        from datetime import date

        board = self._board
        today = date.today()

        def build(_control: object) -> object:
            # The deadlines package (holidays, time zones, rules) loads here, not on the UI
            # thread; the board (rows cached per application version) comes back with it.
            from PySide6.QtWidgets import QStyle

            from secondment_desk.deadlines.board import DashboardBoard
            from secondment_desk.gui.qtmodels import dashboard  # noqa: F401  (for _show_board)

            # PySide6 builds a class's enums on first use (tens of ms): here, not in paint.
            _ = QStyle.StandardPixmap.SP_MessageBoxWarning
            kept = board if board is not None else DashboardBoard()
            reader = store.reader()
            try:
                built = kept.build(reader, today)
            finally:
                reader.close()
            return kept, built

        self._job = self.ctx.jobs.submit(
            self.tr("Loading the dashboard…"),
            build,
            on_done=self._show_board,
            on_error=self._board_failed,
        )

    def _board_failed(self, text: str) -> None:
        self._job = None
        self._again = False
        self.ctx.message.emit(text, "error")

    def _show_board(self, built: tuple[DashboardBoard, Board]) -> None:
        self._job = None
        self._board, board = built
        if self._again:
            self._again = False
            self.refresh()
            return
        if self.ctx.store is None:
            return
        from secondment_desk.gui.qtmodels.dashboard import status_label
        from secondment_desk.models import Status

        model, _proxy = self._ensure_model()
        rows = board.rows
        model.set_rows(rows, board.names)
        self._loading = True
        try:
            chosen = self.ui.candidateFilter.currentData() or ""
            self.ui.candidateFilter.clear()
            self.ui.candidateFilter.addItem(self.tr("All candidates"), "")
            for pid, name in board.candidates:
                self.ui.candidateFilter.addItem(name, pid)
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
        self.ui.openButton.setEnabled(not empty)
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
