"""Qt Linguist translations: pick the language, install the translators.

The ``.ts`` sources live in ``resources/i18n/``; ``scripts/build_translations.py`` compiles
them to ``.qm`` beside them (at set-up and at wheel build). When no ``.qm`` is built the
application simply stays in English.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from secondment_desk import i18n as core_i18n
from secondment_desk.gui.settings import Language

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

SUPPORTED = ("en", "ru")
_installed: list[QTranslator] = []


def resolve(language: Language) -> str:
    """The language code to use: the setting, or the system's when it is 'system'."""
    if language != "system":
        return language
    # The environment first, read by the core as the CLI reads it: Qt's system locale is "C"
    # when the asked-for locale is not installed (LANG=ru_RU.UTF-8 on a machine without it).
    asked = core_i18n.language_from_env()
    if asked != "en":
        return asked
    system = QLocale.system().name().split("_")[0]
    return system if system in SUPPORTED else "en"


def qm_path(code: str) -> Path:
    from secondment_desk.resources import data_dir  # not at import: English needs no file

    return data_dir("resources") / "i18n" / f"secondment_desk_{code}.qm"


def install(app: QCoreApplication, language: Language) -> str:
    """Replace the installed translators; return the code in effect ('en' when none built).

    The core's sentences (checklist reasons, deadlines, gaps) follow the same setting through
    :func:`secondment_desk.i18n.set_language`."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    code = resolve(language)
    core_i18n.set_language(code)

    if code == "en":
        return "en"
    from PySide6.QtCore import QTranslator  # not for an English start (before its first paint)

    ours = QTranslator(app)
    if not (qm_path(code).exists() and ours.load(str(qm_path(code)))):
        return "en"
    app.installTranslator(ours)
    _installed.append(ours)
    from PySide6.QtCore import QLibraryInfo  # only for a translated start

    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{code}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    QLocale.setDefault(QLocale(code))
    return code
