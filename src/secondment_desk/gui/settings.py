"""The GUI's settings, declared once with their defaults, kept in QSettings.

When ``SECONDMENT_DESK_HOME`` is set (tests, portable use, the demo) the settings live in an
INI file in that data folder so nothing leaks into the user's real settings; otherwise Qt's
native place for the organisation/application is used.
"""

from __future__ import annotations

import os
from typing import Literal

from PySide6.QtCore import QByteArray, QSettings

from secondment_desk.paths import HOME_ENV, data_home

Language = Literal["system", "en", "ru"]
LANGUAGES: tuple[Language, ...] = ("system", "en", "ru")


def open_qsettings() -> QSettings:
    if os.environ.get(HOME_ENV):
        return QSettings(str(data_home() / "gui-settings.ini"), QSettings.Format.IniFormat)
    return QSettings("SecondmentDesk", "Secondment Desk")


class DeskSettings:
    """Typed access to the few settings the GUI keeps; every setter writes through at once,
    but for where the user is (screen, candidate, application), written soon after."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings or open_qsettings()

    @property
    def path(self) -> str:
        return self._q.fileName()

    def _str(self, key: str, default: str = "") -> str:
        value = self._q.value(key, default)
        return value if isinstance(value, str) else default

    def _set(self, key: str, value: object, *, at_once: bool = True) -> None:
        """Keep ``value``; written to the file now, or (``at_once`` False: where the user is,
        changed on every screen switch and selection) by QSettings itself from the event
        loop soon after and on closing: a file write on the UI thread per click otherwise."""
        if self._q.value(key) == value:
            return
        self._q.setValue(key, value)
        if at_once:
            self._q.sync()

    @property
    def language(self) -> Language:
        value = self._str("ui/language", "system")
        for code in LANGUAGES:
            if code == value:
                return code
        return "system"

    @language.setter
    def language(self, value: Language) -> None:
        self._set("ui/language", value)

    @property
    def geometry(self) -> QByteArray | None:
        value = self._q.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._set("window/geometry", value)

    @property
    def last_screen(self) -> str:
        return self._str("window/screen", "dashboard")

    @last_screen.setter
    def last_screen(self, value: str) -> None:
        self._set("window/screen", value, at_once=False)

    @property
    def last_profile_id(self) -> str:
        return self._str("session/profile")

    @last_profile_id.setter
    def last_profile_id(self, value: str) -> None:
        self._set("session/profile", value, at_once=False)

    @property
    def last_application_id(self) -> str:
        return self._str("session/application")

    @last_application_id.setter
    def last_application_id(self, value: str) -> None:
        self._set("session/application", value, at_once=False)

    @property
    def server_store(self) -> str:
        """A team's server store (postgresql://...) the window opens instead of the file;
        SECONDMENT_DESK_STORE and --store win over it."""
        return self._str("store/server")

    @server_store.setter
    def server_store(self, value: str) -> None:
        self._set("store/server", value)
