"""The first-run dialog (where to keep the store's key) and the unlock dialog.

Both get the store's key and open the store in a worker (deriving a passphrase key takes tens
of milliseconds with Argon2id, a good part of a second for a store still wrapped with scrypt;
opening checks the key and the ledger, writes the audit and unseals every name): the open
store, with what the window reads of it, is handed to the UI thread, where its SQLite
connection then lives. Cancel (Escape, or closing the dialog) while that runs stops it, and a
store opened meanwhile is closed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from secondment_desk.gui.context import StoreState
from secondment_desk.gui.forms.ui_first_run_dialog import Ui_FirstRunDialog
from secondment_desk.gui.forms.ui_unlock_dialog import Ui_UnlockDialog
from secondment_desk.gui.workers import Job, JobControl, JobRunner

if TYPE_CHECKING:
    from secondment_desk.store import Store

MIN_PASSPHRASE = 8
KeyMethod = Literal["keyring", "passphrase"]
OpenWithKey = Callable[[bytes], "Store"]


class _KeyDialog(QDialog):
    """Gets the key and opens the store in a worker; errors stay in the dialog."""

    errorLabel: QLabel
    buttons: QDialogButtonBox

    def __init__(self, open_with_key: OpenWithKey, jobs: JobRunner, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._open_with_key = open_with_key
        self._jobs = jobs
        self._job: Job | None = None
        self._cancelled = False
        self.store: Store | None = None
        self.state: StoreState | None = None  # what the window reads of it, read in the worker
        self.working = False

    def _start(self, label: str, get_key: Callable[[], bytes]) -> None:
        self._set_working(True)
        self.errorLabel.setText(label)

        def job(control: JobControl) -> tuple[Store, StoreState]:
            key = get_key()
            control.check()
            store = self._open_with_key(key)
            try:
                control.check()
                state = StoreState.read(store)
                control.check()
            except BaseException:
                store.close()
                raise
            return store, state

        self._job = self._jobs.submit(
            label,
            job,
            on_done=self._got_store,
            on_error=self._refused,
            on_cancel=lambda: self._refused(self.tr("Cancelled.")),
        )

    def _got_store(self, opened: tuple[Store, StoreState]) -> None:
        self._job = None
        store, state = opened
        if self._cancelled:
            store.close()  # cancelled after the worker's last check: not handed to anyone
            self._set_working(False)
            return
        self.store, self.state = store, state
        self._set_working(False)
        self._opened()
        self.accept()

    def reject(self) -> None:
        """Cancel, Escape or closing: the key work or the opening still running stops."""
        if self._job is not None:
            self._cancelled = True
            self._job.cancel()
        super().reject()

    def _refused(self, message: str) -> None:
        self._job = None
        self._set_working(False)
        self.errorLabel.setText(message)
        self._after_refusal()

    def _set_working(self, working: bool) -> None:
        self.working = working
        self.buttons.setEnabled(not working)

    def _opened(self) -> None:
        """Hook: the store is open."""

    def _after_refusal(self) -> None:
        """Hook: the key work or the opening failed."""


def keyring_words(backend: str, usable: bool) -> tuple[str, bool]:
    """Where a keyring backend keeps the key, in words, and whether that is a safe place."""
    from PySide6.QtCore import QCoreApplication

    name = backend.casefold()
    if not usable and not name:
        return QCoreApplication.translate(
            "FirstRunDialog", "No keyring works on this computer: use a passphrase."
        ), False
    if "plaintext" in name:
        return (
            QCoreApplication.translate(
                "FirstRunDialog",
                "The only keyring here is a plain text file in your home folder: anyone who can "
                "read that folder, or a backup of it, can read the key and so your data. "
                "This is not a safe place; use a passphrase instead.",
            ),
            False,
        )
    if "keyrings.alt" in name:
        return (
            QCoreApplication.translate(
                "FirstRunDialog",
                "The keyring here is a file in your home folder, itself protected by a keyring "
                "password: safer than a plain file, but not your system's keyring. "
                "A passphrase is as safe and needs no extra password.",
            ),
            True,
        )
    if "secretservice" in name or "libsecret" in name:
        return (
            QCoreApplication.translate(
                "FirstRunDialog",
                "The key will be kept in your desktop's keyring (GNOME Keyring or KWallet), "
                "which is locked with your login password: a safe place.",
            ),
            True,
        )
    if "kwallet" in name:
        return QCoreApplication.translate(
            "FirstRunDialog",
            "The key will be kept in KWallet, locked with your login: a safe place.",
        ), True
    if "macos" in name or "keychain" in name:
        return QCoreApplication.translate(
            "FirstRunDialog", "The key will be kept in the macOS Keychain: a safe place."
        ), True
    if "windows" in name or "wincred" in name:
        return QCoreApplication.translate(
            "FirstRunDialog",
            "The key will be kept in the Windows Credential Manager: a safe place.",
        ), True
    if not usable:
        return QCoreApplication.translate(
            "FirstRunDialog", "The system keyring does not work here: use a passphrase."
        ), False
    return QCoreApplication.translate(
        "FirstRunDialog", "The key will be kept in the system keyring."
    ), True


class FirstRunDialog(_KeyDialog):
    """Choose the OS keyring or a passphrase; ``create(method, passphrase)`` (run in a worker)
    makes the store and gives its key, ``open_with_key(key)`` opens it."""

    def __init__(
        self,
        keyring_usable: bool,
        warning: str,
        create: Callable[[KeyMethod, str | None], bytes],
        open_with_key: OpenWithKey,
        jobs: JobRunner,
        parent: QWidget | None = None,
        backend: str = "",
    ) -> None:
        super().__init__(open_with_key, jobs, parent)
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        self.errorLabel, self.buttons = self.ui.errorLabel, self.ui.buttons
        self._create = create
        self.method = ""
        self._chosen = ""
        words, safe = keyring_words(backend, keyring_usable)
        if not backend and keyring_usable and not warning:
            words, safe = "", True
        self.ui.keyringInfoLabel.setText(words)
        self.ui.keyringInfoLabel.setVisible(bool(words))
        self.keyring_safe = safe and keyring_usable
        if not keyring_usable:
            self.ui.keyringRadio.setEnabled(False)
        if not self.keyring_safe:
            self.ui.passphraseRadio.setChecked(True)
            self.ui.keyringInfoLabel.setStyleSheet("color: #b52b27;")
        # The core's own sentence names the backend's class: shown only when not worded above.
        self.ui.errorLabel.setText("" if backend else warning)
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
        self._chosen = method
        self._start(self.tr("Creating the store…"), lambda: self._create(method, passphrase))

    def _opened(self) -> None:
        self.method = self._chosen


class UnlockDialog(_KeyDialog):
    """Ask for the passphrase until ``unlock(passphrase)`` (run in a worker) gives the key and
    ``open_with_key(key)`` opens the store, or Cancel."""

    def __init__(
        self,
        unlock: Callable[[str], bytes],
        open_with_key: OpenWithKey,
        jobs: JobRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(open_with_key, jobs, parent)
        self.ui = Ui_UnlockDialog()
        self.ui.setupUi(self)
        self.errorLabel, self.buttons = self.ui.errorLabel, self.ui.buttons
        self._unlock = unlock
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).clicked.connect(self._ok)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.passEdit.setFocus()

    def _ok(self) -> None:
        passphrase = self.ui.passEdit.text()
        self._start(self.tr("Unlocking…"), lambda: self._unlock(passphrase))

    def _after_refusal(self) -> None:
        self.ui.passEdit.clear()
        self.ui.passEdit.setFocus()
