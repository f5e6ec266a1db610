"""Small widgets the screens share: a date editor that may be empty and says why it refuses.

:class:`DateEdit` is Qt's QDateEdit (calendar popup, ISO display) with two additions a form
needs: "no date" (shown as words, not as a placeholder date) and a refusal with its reason
when a key that cannot be part of an ISO date is typed (``31/03/2026``): the editor keeps its
last good value and emits :attr:`DateEdit.refused` with the sentence to show next to it.
The value only ever leaves it as a ``date`` (or None), never as text.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QDateEdit, QWidget

NO_DATE = QDate(1900, 1, 1)


def mnemonic(text: str) -> str:
    """The letter after '&' in a label ('Export &calendar' -> 'c'), lower case; '' if none."""
    at = text.replace("&&", "").find("&")
    plain = text.replace("&&", "")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else ""


def with_mnemonic(text: str, taken: set[str]) -> str:
    """``text`` with an Alt+letter on its first letter not in ``taken`` (which it joins), for
    buttons made at run time; the text as it is when every letter is taken."""
    if mnemonic(text):
        taken.add(mnemonic(text))
        return text
    for i, ch in enumerate(text):
        if ch.isalpha() and ch.lower() not in taken:
            taken.add(ch.lower())
            return f"{text[:i]}&{text[i:]}"
    return text


def make_searchable(combo: QComboBox) -> None:
    """Let a long list (a hundred candidates) be searched by typing any part of a name: the
    list offers the names that contain what is typed; Enter or a click chooses one. Text that
    names no item is put back to the chosen one when the field is left."""
    from PySide6.QtWidgets import QCompleter

    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer() or QCompleter(combo.model(), combo)
    combo.setCompleter(completer)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def restore() -> None:
        edit = combo.lineEdit()
        if edit is not None and combo.findText(edit.text()) < 0:
            index = combo.currentIndex()  # (an editable combo's currentText is the typing)
            edit.setText(combo.itemText(index) if index >= 0 else "")

    line = combo.lineEdit()
    if line is not None:
        line.editingFinished.connect(restore)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def refusal(typed: str, month: bool = False) -> str:
    if month:
        return QCoreApplication.translate(
            "DateEdit",
            "'{typed}' is not a month: write it as YYYY-MM (e.g. 2019-03) "
            "or choose it from the calendar.",
        ).format(typed=typed)
    return QCoreApplication.translate(
        "DateEdit",
        "'{typed}' is not a date: write it as YYYY-MM-DD (e.g. 2026-03-31) "
        "or choose it from the calendar.",
    ).format(typed=typed)


class DateEdit(QDateEdit):
    """A date (or month, ``month=True``) editor; ``value()`` is a ``date`` or None."""

    refused = Signal(str)  # the reason, in one sentence
    committed = Signal()  # editing finished or a day chosen in the calendar

    def __init__(
        self, parent: QWidget | None = None, *, allow_none: bool = True, month: bool = False
    ) -> None:
        super().__init__(parent)
        self.month = month
        self.allow_none = allow_none
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM" if month else "yyyy-MM-dd")
        self.setMaximumDate(QDate(2100, 12, 31))
        self.setMinimumDate(NO_DATE)
        if allow_none:
            self.setSpecialValueText(QCoreApplication.translate("DateEdit", "not given"))
        self.setDate(NO_DATE if allow_none else QDate.currentDate())
        self._typed = ""
        self._good: date | None = self.value()
        self.editingFinished.connect(self._finished)
        self.calendarWidget().clicked.connect(lambda _d: self._finished())
        self.calendarWidget().activated.connect(lambda _d: self._finished())

    def _finished(self) -> None:
        self._typed = ""
        self._good = self.value()
        self.committed.emit()

    def setPlaceholderText(self, text: str) -> None:
        """What "no date" reads as (QLineEdit's word, for editors handled alike)."""
        if self.allow_none:
            self.setSpecialValueText(text or QCoreApplication.translate("DateEdit", "not given"))

    def placeholderText(self) -> str:
        return self.specialValueText()

    def value(self) -> date | None:
        if self.allow_none and self.date() == NO_DATE:
            return None
        return from_qdate(self.date())

    def setValue(self, value: date | None) -> None:
        self._typed = ""
        if value is None:
            self.setDate(NO_DATE if self.allow_none else QDate.currentDate())
        else:
            self.setDate(to_qdate(value))
        self._good = self.value()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.allow_none:
            whole = self.lineEdit().selectedText() == self.lineEdit().text()
            if whole or self.value() is None:
                self.setValue(None)
                self._finished()
                event.accept()
                return
        if text and text.isprintable() and not text.isdigit() and text != "-":
            typed = self._typed + text
            self.refused.emit(refusal(typed.strip() or text, self.month))
            self.setValue(self._good)  # keep the last good value
            event.accept()
            return
        if text and text.isprintable():
            self._typed += text
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab):
            self._typed = ""
        super().keyPressEvent(event)

    def focusInEvent(self, event: Any) -> None:
        self._typed = ""
        super().focusInEvent(event)

    def mousePressEvent(self, event: Any) -> None:
        empty = self.value() is None
        super().mousePressEvent(event)
        if empty:  # open the calendar on this month, not on the "no date" marker's
            today = date.today()
            calendar = self.calendarWidget()
            QTimer.singleShot(0, lambda: calendar.setCurrentPage(today.year, today.month))
