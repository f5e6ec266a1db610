"""The screens of the main window, created lazily when first shown.

Each screen is a QWidget subclass in its own module with its Designer form in ``ui/``. The
registry lists them in navigation order; a module is imported only when its screen is first
shown, so the window comes up without loading the core.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from secondment_desk.gui.context import AppContext
    from secondment_desk.gui.screens.base import Screen

# key, class name (in secondment_desk.gui.screens.<key>), title for the navigation
SCREENS: tuple[tuple[str, str, str], ...] = (
    ("dashboard", "DashboardScreen", "Dashboard"),
    ("vacancy", "VacancyScreen", "Vacancy"),
    ("profile", "ProfileScreen", "Profile"),
    ("checklist", "ChecklistScreen", "Checklist"),
    ("deadline", "DeadlineScreen", "Deadline"),
    ("documents", "DocumentsScreen", "Documents"),
    ("settings", "SettingsScreen", "Settings"),
)
SCREEN_KEYS: tuple[str, ...] = tuple(key for key, _, _ in SCREENS)


def screen_title(key: str) -> str:
    """The translated navigation title of a screen."""
    titles = {
        "dashboard": QCoreApplication.translate("Screens", "Dashboard"),
        "vacancy": QCoreApplication.translate("Screens", "Vacancy"),
        "profile": QCoreApplication.translate("Screens", "Profile"),
        "checklist": QCoreApplication.translate("Screens", "Checklist"),
        "deadline": QCoreApplication.translate("Screens", "Deadline"),
        "documents": QCoreApplication.translate("Screens", "Documents"),
        "settings": QCoreApplication.translate("Screens", "Settings"),
    }
    return titles[key]


def create_screen(key: str, ctx: AppContext, parent: QWidget | None = None) -> Screen:
    class_name = dict((k, c) for k, c, _ in SCREENS)[key]
    module = importlib.import_module(f"secondment_desk.gui.screens.{key}")
    screen: Screen = getattr(module, class_name)(ctx, parent)
    return screen
