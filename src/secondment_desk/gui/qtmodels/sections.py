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
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from secondment_desk.gui.fields import field_spec
from secondment_desk.models.dates import date_or_none
from secondment_desk.models.validation import describe_validation_error

Index = QModelIndex | QPersistentModelIndex
M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Column:
    """A column of a section table: the entry's field and its (translated) title.

    How the cell converts text is not stated here: it is derived from the entry model's field
    (:func:`secondment_desk.gui.fields.field_spec`).
    """

    field: str
    title: Callable[[], str]  # translated at display time
    wrap: bool = False  # long text (duties): shown wrapped over several lines


class SectionModel(QAbstractTableModel, Generic[M]):
    edited = Signal(list)  # the new list of entries
    invalid = Signal(str)

    def __init__(self, entry_type: type[M], columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.entry_type = entry_type
        self.columns = list(columns)
        self.specs = [field_spec(entry_type, c.field) for c in self.columns]
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
        if self.specs[index.column()].kind == "bool":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column, spec = self.columns[index.column()], self.specs[index.column()]
        value = getattr(self.entries[index.row()], column.field)
        if spec.kind == "bool":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return spec.to_text(value)
        if role == Qt.ItemDataRole.ToolTipRole and spec.kind == "text" and value:
            return str(value)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        column, spec = self.columns[index.column()], self.specs[index.column()]
        if spec.kind == "bool":
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            new_value: Any = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        elif role == Qt.ItemDataRole.EditRole:
            try:
                new_value = spec.from_text(str(value))
            except ValueError as err:
                self.invalid.emit(f"{column.title()}: {err}.")
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


class SectionDelegate(QStyledItemDelegate):
    """Months are chosen with a date editor (never typed as free text); the rest as Qt does."""

    def __init__(self, model: SectionModel[Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.section = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        spec = self.section.specs[index.column()]
        if spec.kind in ("month", "date"):
            from secondment_desk.gui.widgets import DateEdit

            editor = DateEdit(parent, allow_none=spec.optional, month=spec.kind == "month")
            editor.refused.connect(self.section.invalid)
            return editor
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        from secondment_desk.gui.widgets import DateEdit

        if isinstance(editor, DateEdit):
            text = str(index.data(Qt.ItemDataRole.EditRole) or "")
            value = None
            if text:
                value = date_or_none(f"{text}-01" if editor.month else text)
            editor.setValue(value)
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        from secondment_desk.gui.widgets import DateEdit

        if isinstance(editor, DateEdit):
            value = editor.value()
            text = "" if value is None else value.isoformat()[: 7 if editor.month else 10]
            model.setData(index, text, Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)
