"""What every screen shares: the context, an undo stack, refresh on show, retranslation."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from secondment_desk.errors import ValidationFailed
from secondment_desk.gui.context import AppContext

if TYPE_CHECKING:
    from secondment_desk.models import Application, Profile


_QUEUED: weakref.WeakSet[Screen] = weakref.WeakSet()


def pending_refreshes() -> int:
    """How many screens wait for their refresh in the next event-loop turn (tests wait)."""
    return len(_QUEUED)


class Screen(QWidget):
    """Base of the screens. Subclasses build ``self.ui`` and implement :meth:`refresh`."""

    key = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.undo_stack = QUndoStack(self)
        self._dirty = True
        self._queued = False

    def refresh(self) -> None:
        """Show the current data (called when shown, and after changes while visible)."""

    def flush(self) -> None:
        """Write any edit still waiting (debounced typing) to the store now."""

    def retranslate(self) -> None:
        """Re-label what the code (not the form) labelled; called on a language change."""

    def retranslate_form(self) -> None:
        ui: Any = getattr(self, "ui", None)
        if ui is not None:
            ui.retranslateUi(self)

    def mark_dirty(self) -> None:
        """Data changed: refresh now if visible, else when next shown. While the context
        batches its signals (opening the store says storeOpened, profilesChanged,
        profileChanged and applicationsChanged at once), the refresh waits for the next
        event-loop turn: one refresh for the lot."""
        if not self.isVisible():
            self._dirty = True
            return
        if not getattr(self.ctx, "batching", False):
            self.refresh()
            self._dirty = False
            return
        if not self._queued:
            self._queued = True
            _QUEUED.add(self)
            QTimer.singleShot(0, self._queued_refresh)

    def _queued_refresh(self) -> None:
        self._queued = False
        _QUEUED.discard(self)
        if self.isVisible():
            self._dirty = False
            self.refresh()
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

    def edit_application(self, text: str, change: Callable[[Application], None]) -> bool:
        """Change the current application as one undoable step, saved at once."""
        current = self.ctx.application
        if current is None:
            return False
        old = current.model_copy(deep=True)
        new = current.model_copy(deep=True)
        try:
            change(new)
        except ValidationFailed as err:  # the core's own refusal, already in words
            self.ctx.fail(text, err)
            return False
        except (ValueError, TypeError) as err:  # pydantic's ValidationError is a ValueError
            self.ctx.fail(text, ValidationFailed(_plain(err)))
            return False
        self.undo_stack.push(EditCommand(text, self._save_application, old, new))
        return True

    def edit_profile(self, text: str, change: Callable[[Profile], None]) -> bool:
        """Change the current profile as one undoable step, saved at once."""
        current = self.ctx.profile
        if current is None:
            return False
        old = current.model_copy(deep=True)
        try:
            new = type(current).model_validate(current.model_dump())
            change(new)
            new = type(current).model_validate(new.model_dump())
        except (ValueError, TypeError) as err:
            self.ctx.fail(text, ValidationFailed(_plain(err)))
            return False
        self.undo_stack.push(EditCommand(text, self._save_profile, old, new))
        return True

    def _save_application(self, application: Application) -> None:
        try:
            self.ctx.save_application(application.model_copy(deep=True))
        except Exception as err:
            self.ctx.fail("saving the application", err)

    def _save_profile(self, profile: Profile) -> None:
        try:
            self.ctx.save_profile(profile.model_copy(deep=True))
        except Exception as err:
            self.ctx.fail("saving the profile", err)

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


def _plain(err: BaseException) -> str:
    """One readable sentence for a refused edit (pydantic errors name the field)."""
    from pydantic import ValidationError

    if isinstance(err, ValidationError):
        from secondment_desk.models.validation import describe_validation_error

        return describe_validation_error(err)
    return str(err)
