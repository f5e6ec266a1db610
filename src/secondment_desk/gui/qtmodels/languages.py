"""The CEFR grid: one row per language, one column per skill (A1–C2), mother tongue ticked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from secondment_desk.models.profile import CEFR_ORDER, LANGUAGE_SKILLS, LanguageSkill

Index = QModelIndex | QPersistentModelIndex
LEVEL_CHOICES: tuple[str, ...] = ("", *CEFR_ORDER)


def skill_title(skill: str) -> str:
    return {
        "listening": QCoreApplication.translate("Languages", "Listening"),
        "reading": QCoreApplication.translate("Languages", "Reading"),
        "spoken_interaction": QCoreApplication.translate("Languages", "Spoken interaction"),
        "spoken_production": QCoreApplication.translate("Languages", "Spoken production"),
        "writing": QCoreApplication.translate("Languages", "Writing"),
    }[skill]


class LanguageGridModel(QAbstractTableModel):
    """Columns: language, mother tongue, the five CEFR skills, overall (read-only)."""

    edited = Signal(list)  # new list[LanguageSkill]
    invalid = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.entries: list[LanguageSkill] = []

    def set_entries(self, entries: list[LanguageSkill]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3 + len(LANGUAGE_SKILLS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return QCoreApplication.translate("Languages", "Language")
        if section == 1:
            return QCoreApplication.translate("Languages", "Mother tongue")
        if section == 2 + len(LANGUAGE_SKILLS):
            return QCoreApplication.translate("Languages", "Overall")
        return skill_title(LANGUAGE_SKILLS[section - 2])

    def is_skill(self, column: int) -> bool:
        return 2 <= column < 2 + len(LANGUAGE_SKILLS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 1:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == 0 or self.is_skill(index.column()):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        col = index.column()
        if col == 1:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if entry.mother_tongue else Qt.CheckState.Unchecked
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if role == Qt.ItemDataRole.TextAlignmentRole and col >= 2:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if col == 0:
            return entry.language
        if self.is_skill(col):
            level = getattr(entry, LANGUAGE_SKILLS[col - 2])
            if role == Qt.ItemDataRole.DisplayRole and entry.mother_tongue and not level:
                return "—"
            return level or ""
        return entry.overall() or ""

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        entry = self.entries[index.row()]
        col = index.column()
        data = entry.model_dump()
        if col == 1 and role == Qt.ItemDataRole.CheckStateRole:
            data["mother_tongue"] = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        elif col == 0 and role == Qt.ItemDataRole.EditRole:
            name = str(value).strip()
            if not name:
                self.invalid.emit(QCoreApplication.translate("Languages", "Name the language."))
                return False
            data["language"] = name
        elif self.is_skill(col) and role == Qt.ItemDataRole.EditRole:
            level = str(value).strip().upper()
            if level not in LEVEL_CHOICES:
                self.invalid.emit(
                    QCoreApplication.translate(
                        "Languages", "'{level}' is not a CEFR level: use A1, A2, B1, B2, C1 or C2."
                    ).format(level=value)
                )
                return False
            data[LANGUAGE_SKILLS[col - 2]] = level or None
        else:
            return False
        updated = LanguageSkill.model_validate(data)
        if updated == entry:
            return False
        entries = list(self.entries)
        entries[index.row()] = updated
        self.edited.emit(entries)
        return True


class LevelDelegate(QStyledItemDelegate):
    """Edits a CEFR cell with a drop-down of the six levels (and 'none')."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        model = index.model()
        if isinstance(model, LanguageGridModel) and model.is_skill(index.column()):
            combo = QComboBox(parent)
            combo.addItems(list(LEVEL_CHOICES))
            combo.setAccessibleName(
                str(model.headerData(index.column(), Qt.Orientation.Horizontal))
            )
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(
                max(0, editor.findText(str(index.data(Qt.ItemDataRole.EditRole))))
            )
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
