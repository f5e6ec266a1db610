"""The Documents screen."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from secondment_desk.gui.context import AppContext
from secondment_desk.gui.forms.ui_documents import Ui_DocumentsScreen
from secondment_desk.gui.screens.base import Screen


class DocumentsScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_DocumentsScreen()
        self.ui.setupUi(self)
