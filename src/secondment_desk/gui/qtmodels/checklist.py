"""The checklist tree: items grouped mandatory / desirable / competencies, status per item."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel

from secondment_desk.models import ChecklistItem

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
GROUPS: tuple[str, ...] = ("mandatory", "desirable", "competency")
STATUS_COLOURS = {"met": "#d5efd5", "partly": "#fde7b0", "not_met": "#f8c9c4", "unknown": ""}


def group_title(kind: str) -> str:
    return {
        "mandatory": QCoreApplication.translate("Checklist", "Mandatory"),
        "desirable": QCoreApplication.translate("Checklist", "Desirable"),
        "competency": QCoreApplication.translate("Checklist", "Competencies"),
    }[kind]


def status_title(status: str) -> str:
    return {
        "met": QCoreApplication.translate("Checklist", "met"),
        "partly": QCoreApplication.translate("Checklist", "partly met"),
        "not_met": QCoreApplication.translate("Checklist", "not met"),
        "unknown": QCoreApplication.translate("Checklist", "to check"),
    }[status]


def evidence_text(item: ChecklistItem) -> str:
    parts = [e.text for e in item.evidence if e.text]
    if item.note:
        parts.append(item.note)
    if not parts and item.reason:
        parts.append(item.reason)
    return "; ".join(parts)


class ChecklistModel(QStandardItemModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[ChecklistItem] = []
        self._headers()

    def _headers(self) -> None:
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Checklist", "Requirement"),
                QCoreApplication.translate("Checklist", "Status"),
                QCoreApplication.translate("Checklist", "Decided by"),
                QCoreApplication.translate("Checklist", "Evidence"),
            ]
        )

    def set_items(self, items: Sequence[ChecklistItem]) -> None:
        self.items = list(items)
        self.clear()
        self._headers()
        root = self.invisibleRootItem()
        for kind in GROUPS:
            members = [i for i in self.items if i.kind == kind]
            if not members:
                continue
            met = sum(1 for i in members if i.status == "met")
            group = QStandardItem(f"{group_title(kind)} ({met}/{len(members)})")
            group.setEditable(False)
            font = group.font()
            font.setBold(True)
            group.setFont(font)
            row = [group] + [self._cell("") for _ in range(3)]
            root.appendRow(row)
            for item in members:
                group.appendRow(self._row(item))

    def _cell(self, text: str) -> QStandardItem:
        cell = QStandardItem(text)
        cell.setEditable(False)
        cell.setToolTip(text)
        return cell

    def _row(self, item: ChecklistItem) -> list[QStandardItem]:
        decided = (
            QCoreApplication.translate("Checklist", "you")
            if item.decided_by == "candidate"
            else QCoreApplication.translate("Checklist", "computed")
        )
        cells = [
            self._cell(item.text),
            self._cell(status_title(item.status)),
            self._cell(decided),
            self._cell(evidence_text(item)),
        ]
        colour = STATUS_COLOURS[item.status]
        for cell in cells:
            cell.setData(item.id, ITEM_ID_ROLE)
            if colour:
                cell.setBackground(QColor(colour))
        return cells

    def item_id(self, row: int, parent_row: int) -> str | None:
        group = self.item(parent_row, 0)
        if group is None:
            return None
        child = group.child(row, 0)
        value = child.data(ITEM_ID_ROLE) if child is not None else None
        return value if isinstance(value, str) else None
