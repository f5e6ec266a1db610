"""The dashboard's table: one row per application, most urgent first, coloured by days left."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class DashboardRow:
    application_id: str
    profile_id: str
    vacancy: str
    candidate: str
    status: str  # Status value
    status_label: str
    organisation_deadline: date | None
    delegation_deadline: date | None
    days_left: int | None  # to the deadline that applies next
    final: bool = False

    def urgency_key(self) -> tuple[int, int, str]:
        """Open applications with the fewest days left first; closed ones last."""
        if self.final:
            return (2, 0, self.vacancy)
        if self.days_left is None:
            return (1, 0, self.vacancy)
        return (0, self.days_left, self.vacancy)


def colour_for(days_left: int | None, final: bool) -> QColor | None:
    if final or days_left is None:
        return None
    if days_left < 0:
        return QColor("#d9d9d9")  # passed
    if days_left <= 3:
        return QColor("#f8c9c4")
    if days_left <= 10:
        return QColor("#fde7b0")
    return QColor("#d5efd5")


class DashboardModel(QAbstractTableModel):
    COLUMNS = 6

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[DashboardRow] = []

    def set_rows(self, rows: list[DashboardRow]) -> None:
        self.beginResetModel()
        self.rows = sorted(rows, key=DashboardRow.urgency_key)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        tr = QCoreApplication.translate
        return (
            tr("Dashboard", "Vacancy"),
            tr("Dashboard", "Candidate"),
            tr("Dashboard", "Status"),
            tr("Dashboard", "Delegation deadline"),
            tr("Dashboard", "Organisation deadline"),
            tr("Dashboard", "Days left"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return row.vacancy
            if col == 1:
                return row.candidate
            if col == 2:
                return row.status_label
            if col == 3:
                return row.delegation_deadline.isoformat() if row.delegation_deadline else "—"
            if col == 4:
                return row.organisation_deadline.isoformat() if row.organisation_deadline else "—"
            if col == 5:
                return "—" if row.days_left is None else str(row.days_left)
        if role == Qt.ItemDataRole.BackgroundRole:
            return colour_for(row.days_left, row.final)
        if role == Qt.ItemDataRole.UserRole:
            return row.application_id
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class DashboardFilter(QSortFilterProxyModel):
    """Filter rows by candidate (profile id) and status; empty means 'all'."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.profile_id = ""
        self.status = ""

    def set_filter(self, profile_id: str = "", status: str = "") -> None:
        if hasattr(self, "endFilterChange"):  # Qt >= 6.10; invalidateFilter() is deprecated
            self.beginFilterChange()
            self.profile_id, self.status = profile_id, status
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.profile_id, self.status = profile_id, status
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, DashboardModel):
            return True
        row = model.rows[source_row]
        if self.profile_id and row.profile_id != self.profile_id:
            return False
        return not (self.status and row.status != self.status)
