"""The Settings screen: language, where the store's key is kept, where data and logs live."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QComboBox, QSizePolicy, QWidget

from secondment_desk.gui import i18n
from secondment_desk.gui.context import AppContext
from secondment_desk.gui.forms.ui_settings import Ui_SettingsScreen
from secondment_desk.gui.logs import log_path
from secondment_desk.gui.screens.base import Screen
from secondment_desk.gui.settings import LANGUAGES, Language
from secondment_desk.paths import data_home


class SettingsScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_SettingsScreen()
        self.ui.setupUi(self)
        self._fill_languages()
        # As wide as its longest choice, not the whole window (the form would stretch it).
        self.ui.languageCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.ui.languageCombo.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.ui.languageCombo.currentIndexChanged.connect(self._language_chosen)
        ctx.storeOpened.connect(self.mark_dirty)

    def _fill_languages(self) -> None:
        combo = self.ui.languageCombo
        combo.blockSignals(True)
        combo.clear()
        system = {"en": "English", "ru": "Русский"}.get(i18n.resolve("system"), "English")
        labels = {
            "system": self.tr("Follow the system ({language})").format(language=system),
            "en": "English",
            "ru": "Русский",
        }
        for code in LANGUAGES:
            combo.addItem(labels[code], code)
        combo.setCurrentIndex(LANGUAGES.index(self.ctx.settings.language))
        combo.blockSignals(False)

    def retranslate(self) -> None:
        self._fill_languages()

    def _language_chosen(self, index: int) -> None:
        code: Language = LANGUAGES[index]
        if code == self.ctx.settings.language:
            return
        self.ctx.settings.language = code
        app = QApplication.instance()
        if isinstance(app, QApplication):
            i18n.install(app, code)

    def refresh(self) -> None:
        methods = {
            "keyring": self.tr("the system keyring"),
            "passphrase": self.tr("your passphrase (asked at every start)"),
        }
        method = self.ctx.key_method
        self.ui.keyLabel.setText(
            methods.get(method, method) if method else self.tr("the store is not open")
        )
        self.ui.folderLabel.setText(str(data_home()))
        self.ui.logLabel.setText(str(log_path()))
