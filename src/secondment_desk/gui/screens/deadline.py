"""The Deadline screen."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from secondment_desk.gui.context import AppContext
from secondment_desk.gui.forms.ui_deadline import Ui_DeadlineScreen
from secondment_desk.gui.screens.base import Screen


class DeadlineScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_DeadlineScreen()
        self.ui.setupUi(self)
