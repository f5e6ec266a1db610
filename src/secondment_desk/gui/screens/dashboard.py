"""The Dashboard screen."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from secondment_desk.gui.context import AppContext
from secondment_desk.gui.forms.ui_dashboard import Ui_DashboardScreen
from secondment_desk.gui.screens.base import Screen


class DashboardScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_DashboardScreen()
        self.ui.setupUi(self)
