"""The Settings screen: language, where the store's key is kept, where data and logs live."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

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
        self._add_store_setting()

    # --- the store setting: the file here, or a team's server store --------------------------
    def _add_store_setting(self) -> None:
        """A row under the form (built here, not in the .ui, to stay one small piece): the
        address of a server store, or empty for the local file; checked by the core's one
        check of a store address, saved for the next start."""
        box = QWidget(self)
        rows = QVBoxLayout(box)
        rows.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        self.storeCaption = QLabel(box)
        self.storeEdit = QLineEdit(box)
        self.storeEdit.setObjectName("storeEdit")
        self.storeEdit.setPlaceholderText("postgresql://anna@db.example.org/secondment_desk")
        self.storeEdit.setText(self.ctx.settings.server_store)
        self.storeCaption.setBuddy(self.storeEdit)
        self.storeApply = QPushButton(box)
        self.storeApply.setObjectName("storeApply")
        self.storeApply.clicked.connect(self._store_chosen)
        self.storeEdit.returnPressed.connect(self._store_chosen)
        line.addWidget(self.storeCaption)
        line.addWidget(self.storeEdit, 1)
        line.addWidget(self.storeApply)
        self.storeStatus = QLabel(box)
        self.storeStatus.setObjectName("storeStatus")
        self.storeStatus.setWordWrap(True)
        rows.addLayout(line)
        rows.addWidget(self.storeStatus)
        layout = self.layout()
        if isinstance(layout, QVBoxLayout | QHBoxLayout):
            layout.insertWidget(1, box)
        elif layout is not None:
            layout.addWidget(box)
        self._label_store_setting()

    def _label_store_setting(self) -> None:
        self.storeCaption.setText(self.tr("&Store:"))
        self.storeEdit.setAccessibleName(
            self.tr("Server store address (empty: the file on this computer)")
        )
        self.storeApply.setText(self.tr("Use"))
        self.storeApply.setAccessibleName(self.tr("Use this store at the next start"))

    def _store_chosen(self) -> None:
        from secondment_desk.errors import InputError
        from secondment_desk.store.engine import check_address
        from secondment_desk.store.postgres import describe

        try:
            address = check_address(self.storeEdit.text(), remembered=True)
        except InputError as err:  # the text stays as typed, to be corrected
            self.storeStatus.setStyleSheet("color: #b00020;")
            self.storeStatus.setText(str(err))
            return
        self.ctx.settings.server_store = address or ""
        self.storeStatus.setStyleSheet("")
        where = describe(address) if address else self.tr("the file on this computer")
        self.storeStatus.setText(
            self.tr("Saved: the window opens {where} at its next start.").format(where=where)
        )

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
        self._label_store_setting()

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
