"""Editable tables over a list of profile entries (education, employment, references, ...).

Each cell edit builds a new validated entry (pydantic does the checking, the model only
shows it); an invalid value is refused and reported through :attr:`SectionModel.invalid` in
the model's own words. A valid edit emits :attr:`SectionModel.edited` with the whole new list,
so the screen can push it on its undo stack and save it at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from secondment_desk.models.validation import describe_validation_error

Index = QModelIndex | QPersistentModelIndex
M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Column:
    field: str
    title: Callable[[], str]  # translated at display time
    kind: str = "text"  # "text" | "bool" | "int" | "list" | "optional"


def to_display(value: Any, kind: str) -> Any:
    if kind == "list":
        return ", ".join(str(v) for v in value or [])
    if value is None:
        return ""
    return value if kind in ("bool", "int") else str(value)


def from_edit(text: Any, kind: str) -> Any:
    if kind == "bool":
        return bool(text)
    if kind == "list":
        return [part.strip() for part in str(text).split(",") if part.strip()]
    if kind == "int":
        return int(text) if str(text).strip() else 0
    if kind == "optional":
        return str(text).strip() or None
    return str(text)


class SectionModel(QAbstractTableModel, Generic[M]):
    edited = Signal(list)  # the new list of entries
    invalid = Signal(str)

    def __init__(self, entry_type: type[M], columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.entry_type = entry_type
        self.columns = list(columns)
        self.entries: list[M] = []

    def set_entries(self, entries: Sequence[M]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title()
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].kind == "bool":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        value = getattr(self.entries[index.row()], column.field)
        if column.kind == "bool":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return to_display(value, column.kind)
        if role == Qt.ItemDataRole.ToolTipRole and column.kind == "text" and value:
            return str(value)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        column = self.columns[index.column()]
        if column.kind == "bool":
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            new_value: Any = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        elif role == Qt.ItemDataRole.EditRole:
            try:
                new_value = from_edit(value, column.kind)
            except ValueError:
                self.invalid.emit(f"{column.title()}: '{value}' is not a number.")
                return False
        else:
            return False
        entry = self.entries[index.row()]
        if getattr(entry, column.field) == new_value:
            return False
        try:
            updated = self.entry_type.model_validate(
                {**entry.model_dump(), column.field: new_value}
            )
        except ValidationError as err:
            self.invalid.emit(describe_validation_error(err))
            return False
        entries = list(self.entries)
        entries[index.row()] = updated
        self.edited.emit(entries)
        return True
