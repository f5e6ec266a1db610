"""What every screen shares: the context, an undo stack, refresh on show, retranslation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from secondment_desk.gui.context import AppContext


class Screen(QWidget):
    """Base of the screens. Subclasses build ``self.ui`` and implement :meth:`refresh`."""

    key = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.undo_stack = QUndoStack(self)
        self._dirty = True

    def refresh(self) -> None:
        """Show the current data (called when shown, and after changes while visible)."""

    def retranslate(self) -> None:
        """Re-label what the code (not the form) labelled; called on a language change."""

    def retranslate_form(self) -> None:
        ui: Any = getattr(self, "ui", None)
        if ui is not None:
            ui.retranslateUi(self)

    def mark_dirty(self) -> None:
        """Data changed: refresh now if visible, else when next shown."""
        if self.isVisible():
            self.refresh()
            self._dirty = False
        else:
            self._dirty = True

    def showEvent(self, event: Any) -> None:
        if self._dirty:
            self._dirty = False
            self.refresh()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_form()
            self.retranslate()
            self.mark_dirty()
        super().changeEvent(event)

    def run_guarded(self, action: str, fn: Callable[[], None]) -> bool:
        """Run a quick action; a failure becomes a message in the window. True on success."""
        try:
            fn()
        except Exception as err:
            self.ctx.fail(action, err)
            return False
        return True


class EditCommand(QUndoCommand):
    """An undoable edit: ``apply(value)`` writes a value (and saves it)."""

    def __init__(self, text: str, apply: Callable[[Any], None], old: Any, new: Any) -> None:
        super().__init__(text)
        self._apply = apply
        self._old = old
        self._new = new

    def redo(self) -> None:
        self._apply(self._new)

    def undo(self) -> None:
        self._apply(self._old)
