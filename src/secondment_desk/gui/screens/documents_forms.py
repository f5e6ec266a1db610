"""The mapping table of a form the user brought: each place the core found, what the form
calls it, and the profile field that fills it (a choice the user confirms or corrects).

Finding the places and proposing fields is the core's (:mod:`secondment_desk.documents.
formmap`); this dialog only shows the proposal and hands back the user's choices.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secondment_desk.documents.formmap import FormMap, field_choices


class FormMappingDialog(QDialog):
    def __init__(self, form: FormMap, source: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formMappingDialog")
        self.setWindowTitle(self.tr("Fields of {form}").format(form=form.name))
        self.form = form
        self.combos: dict[str, QComboBox] = {}
        layout = QVBoxLayout(self)
        heading = {
            "remembered": self.tr("The mapping you confirmed for this form before."),
            "given": self.tr("The mapping you gave."),
            "proposed": self.tr("Proposed from the form's labels: check each row."),
        }.get(source, "")
        intro = QLabel(
            heading
            + " "
            + self.tr("Choose “(leave empty)” for a place the profile should not fill.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        rows: list[tuple[str, str, str, str, list[str], str | None]] = []
        for f in form.fields:
            kind = {
                "text": self.tr("text"),
                "check": self.tr("check box"),
                "table": self.tr("table"),
            }[f.kind]
            rows.append((f.id, f.where, kind, f.label, field_choices(f.kind), f.target))
            for i, column in enumerate(f.columns):
                choices = field_choices("table", f.target) if f.target else []
                label = "    " + self.tr("column: {label}").format(label=column.label)
                rows.append((f"{f.id}/{i}", "", "", label, choices, column.target))
        self.table = QTableWidget(len(rows), 4, self)
        self.table.setObjectName("mappingTable")
        self.table.setAccessibleName(self.tr("Form fields and the profile fields that fill them"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Where"),
                self.tr("Kind"),
                self.tr("Label on the form"),
                self.tr("Profile field"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for r, (place, where, kind, label, choices, target) in enumerate(rows):
            for c, text in enumerate((where, kind, label)):
                item = QTableWidgetItem(text)
                item.setToolTip(place)
                self.table.setItem(r, c, item)
            combo = QComboBox(self.table)
            combo.addItem(self.tr("(leave empty)"), "")
            for key in choices:
                combo.addItem(key, key)
            index = combo.findData(target or "")
            combo.setCurrentIndex(max(0, index))
            combo.setAccessibleName(self.tr("Profile field for {label}").format(label=label))
            self.table.setCellWidget(r, 3, combo)
            self.combos[place] = combo
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(self)
        self.fillButton = buttons.addButton(
            self.tr("Remember and fill…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 600)

    def mapping(self) -> dict[str, str | None]:
        """Every place with the field chosen for it (None: leave empty)."""
        return {place: (combo.currentData() or None) for place, combo in self.combos.items()}
