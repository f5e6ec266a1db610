"""The first-run dialog (where to keep the store's key) and the unlock dialog."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from secondment_desk.errors import DeskError
from secondment_desk.gui.forms.ui_first_run_dialog import Ui_FirstRunDialog
from secondment_desk.gui.forms.ui_unlock_dialog import Ui_UnlockDialog

MIN_PASSPHRASE = 8
KeyMethod = Literal["keyring", "passphrase"]


class FirstRunDialog(QDialog):
    """Choose the OS keyring or a passphrase; ``create(method, passphrase)`` makes the store."""

    def __init__(
        self,
        keyring_usable: bool,
        warning: str,
        create: Callable[[KeyMethod, str | None], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        self._create = create
        self.store: Any = None
        self.method = ""
        if not keyring_usable:
            self.ui.keyringRadio.setEnabled(False)
            self.ui.passphraseRadio.setChecked(True)
        self.ui.errorLabel.setText(warning)
        self.ui.keyringRadio.toggled.connect(self._method_changed)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).clicked.connect(self._ok)
        self.ui.buttons.rejected.connect(self.reject)
        self._method_changed()

    def _method_changed(self, *_args: object) -> None:
        use_pass = self.ui.passphraseRadio.isChecked()
        for widget in (self.ui.passEdit, self.ui.confirmEdit):
            widget.setEnabled(use_pass)
        if use_pass:
            self.ui.passEdit.setFocus()

    def _ok(self) -> None:
        method: KeyMethod = "passphrase" if self.ui.passphraseRadio.isChecked() else "keyring"
        passphrase: str | None = None
        if method == "passphrase":
            passphrase = self.ui.passEdit.text()
            if len(passphrase) < MIN_PASSPHRASE:
                self.ui.errorLabel.setText(
                    self.tr("Use a passphrase of at least {n} characters.").format(n=MIN_PASSPHRASE)
                )
                return
            if passphrase != self.ui.confirmEdit.text():
                self.ui.errorLabel.setText(self.tr("The two passphrases differ; type them again."))
                self.ui.confirmEdit.clear()
                self.ui.confirmEdit.setFocus()
                return
        try:
            self.store = self._create(method, passphrase)
        except DeskError as err:
            self.ui.errorLabel.setText(str(err))
            return
        self.method = method
        self.accept()


class UnlockDialog(QDialog):
    """Ask for the passphrase until ``unlock(passphrase)`` opens the store, or Cancel."""

    def __init__(self, unlock: Callable[[str], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UnlockDialog()
        self.ui.setupUi(self)
        self._unlock = unlock
        self.store: Any = None
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).clicked.connect(self._ok)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.passEdit.setFocus()

    def _ok(self) -> None:
        try:
            self.store = self._unlock(self.ui.passEdit.text())
        except DeskError as err:
            self.ui.errorLabel.setText(str(err))
            self.ui.passEdit.clear()
            self.ui.passEdit.setFocus()
            return
        self.accept()
