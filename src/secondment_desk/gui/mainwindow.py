"""The main window: navigation over the screens, message bar, busy bar, menus and undo."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QUndoGroup
from PySide6.QtWidgets import QApplication, QListWidgetItem, QMainWindow, QMenu, QWidget

from secondment_desk import __version__
from secondment_desk.gui.context import AppContext
from secondment_desk.gui.forms.ui_main_window import Ui_MainWindow
from secondment_desk.gui.screens import SCREEN_KEYS, create_screen, screen_title

if TYPE_CHECKING:  # each Qt class costs its first import (PySide builds it): not before the paint
    from PySide6.QtCore import QObject, QSize
    from PySide6.QtGui import QCloseEvent

    from secondment_desk.gui.screens.base import Screen  # with the first screen, after the paint

ERROR_STYLE = "QFrame#messageBar { background: #fde8e8; border: 1px solid #d9534f; }"
INFO_STYLE = "QFrame#messageBar { background: #e8f1fd; border: 1px solid #5b8dd9; }"


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.screens: dict[str, Screen] = {}
        self.undo_group = QUndoGroup(self)
        self.tray: object | None = None
        self._placeholders: dict[str, QWidget] = {}
        # Roomier navigation without a style sheet (QStyleSheetStyle costs start-up time).
        font = self.ui.navList.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.ui.navList.setFont(font)
        self.ui.navList.setSpacing(3)
        for key in SCREEN_KEYS:
            item = QListWidgetItem(screen_title(key))
            item.setToolTip(f"Ctrl+{SCREEN_KEYS.index(key) + 1}")
            self.ui.navList.addItem(item)
            placeholder = QWidget()
            self._placeholders[key] = placeholder
            self.ui.stack.addWidget(placeholder)
        self.ui.messageBar.hide()
        self.ui.busyBar.hide()
        self.ui.messageCloseButton.clicked.connect(self.ui.messageBar.hide)
        self.ui.cancelButton.clicked.connect(ctx.jobs.cancel_all)
        self.ui.navList.currentRowChanged.connect(self._row_changed)
        ctx.message.connect(self.show_message)
        ctx.navigate.connect(self.show_screen)
        ctx.jobs.busy.connect(self._busy)
        ctx.jobs.progress.connect(self._progress)
        ctx.jobs.idle.connect(self.ui.busyBar.hide)
        self._build_menus()
        self._set_title()
        geometry = ctx.settings.geometry
        if geometry is not None:
            self.restoreGeometry(geometry)
        # The first screen is built once the empty window is on screen: it has nothing to show
        # before the store is open anyway, and the window appears sooner.
        start = ctx.settings.last_screen
        self._first_screen = start if start in SCREEN_KEYS else "dashboard"
        self.ui.navList.blockSignals(True)
        self.ui.navList.setCurrentRow(SCREEN_KEYS.index(self._first_screen))
        self.ui.navList.blockSignals(False)
        self._painted = False
        self._after_paint: list[Callable[[], None]] = []
        self.installEventFilter(self)
        self.after_first_paint(self._show_first_screen)
        self._to_prepare: list[str] = []
        ctx.storeOpened.connect(self.prepare_screens)

    def _show_first_screen(self) -> None:
        """The first screen, once its module is imported in a worker: importing it (its form,
        PySide6 building the enums it names) held the UI thread 30-45 ms in one go, while
        the store opens beside it (issue 16)."""
        if self.screens:
            return
        key = self._first_screen

        def load(_control: object) -> str:
            import importlib

            importlib.import_module(f"secondment_desk.gui.screens.{key}")
            return key

        def show(*_args: object) -> None:
            if not self.screens:  # nothing was shown meanwhile
                self.show_screen(key)

        self.ctx.jobs.submit(
            QCoreApplication.translate("MainWindow", "Opening your data…"),
            load,
            on_done=show,
            on_error=show,  # shown anyway: what fails to import says so there
        )

    # --- screens ahead, in idle time ----------------------------------------------------------
    PREPARE_MS = 50  # between two screens built ahead (each waits until no job runs)

    def prepare_screens(self) -> None:
        """Build the screens not shown yet while the window is idle: one at a time, each once
        no job runs (the opening's workers, the warm-up importing their modules), so the
        first switch to one does not build its widgets on the UI thread then. Each build is
        a few ms to ~20 ms of the UI thread, in a turn of its own; its data is read when
        shown."""
        if not self._to_prepare:
            self._to_prepare = [key for key in SCREEN_KEYS if key not in self.screens]
            QTimer.singleShot(self.PREPARE_MS, self._prepare_next)

    @property
    def preparing(self) -> bool:
        """Whether screens are still to be built ahead (tests and benches wait for it)."""
        return bool(self._to_prepare)

    def _prepare_next(self) -> None:
        if self.ctx.jobs.running or QApplication.activePopupWidget() is not None:
            QTimer.singleShot(self.PREPARE_MS, self._prepare_next)
            return
        while self._to_prepare and self._to_prepare[0] in self.screens:
            self._to_prepare.pop(0)
        if not self._to_prepare:
            return
        self.screen_for(self._to_prepare.pop(0))
        if self._to_prepare:
            QTimer.singleShot(self.PREPARE_MS, self._prepare_next)

    # --- paint first -------------------------------------------------------------------------
    def after_first_paint(self, fn: Callable[[], None]) -> None:
        """Run ``fn`` once the window's first frame is painted (a timer fired before it would
        run first: X delivers the expose event later), in order; at once, in the next turn,
        when the window is not shown (tests) or was painted already."""
        self._after_paint.append(fn)
        if len(self._after_paint) == 1:
            QTimer.singleShot(0, self._maybe_run_after_paint)

    def _maybe_run_after_paint(self) -> None:
        if self._painted or not self.isVisible():
            self._run_after_paint()
        else:  # a window the platform never paints (minimised) does not wait for ever
            QTimer.singleShot(1000, self._run_after_paint)

    def _run_after_paint(self) -> None:
        waiting, self._after_paint = self._after_paint, []
        for fn in waiting:
            fn()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Installed on itself until the first paint only: a Python override of event() would
        # take the GIL for every event of the window for good (slow while workers run).
        if watched is self and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.removeEventFilter(self)
            if self._after_paint:  # after this frame is flushed to the screen
                QTimer.singleShot(0, self._run_after_paint)
        return False

    # Nothing on the path to the first shown window touches the ``Qt`` namespace: PySide6
    # builds all its enums on first access, about 40 ms, a third of the cold-start budget.

    # --- navigation ------------------------------------------------------------------------
    def screen_for(self, key: str) -> Screen:
        """The screen for `key`, created (and its module imported) on first use."""
        if key not in self.screens:
            index = SCREEN_KEYS.index(key)
            screen = create_screen(key, self.ctx)
            screen.key = key
            placeholder = self._placeholders.pop(key)
            self.ui.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.ui.stack.insertWidget(index, screen)
            if self.ui.stack.currentWidget() is not screen:
                _size_counts(screen, False)  # built ahead, unseen: it does not size the window
            self.undo_group.addStack(screen.undo_stack)
            self.screens[key] = screen
        return self.screens[key]

    def show_screen(self, key: str) -> None:
        row = SCREEN_KEYS.index(key)
        if self.ui.navList.currentRow() != row:
            self.ui.navList.setCurrentRow(row)  # comes back through _row_changed
        else:
            self._row_changed(row)

    def current_key(self) -> str:
        return SCREEN_KEYS[max(0, self.ui.navList.currentRow())]

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        key = SCREEN_KEYS[row]
        screen = self.screen_for(key)
        before = self.size()
        shown = self.ui.stack.currentWidget()
        if shown is not None and shown is not screen:
            _size_counts(shown, False)
        _size_counts(screen, True)
        self.ui.stack.setCurrentWidget(screen)
        if self.size() != before and self.isVisible() and not self.isFullScreen():
            # A screen shown the first time asks for its width before its wrapped labels
            # are laid out, and the window grew with it (the Documents screen in Russian:
            # 1539 px on a 1280 px screen). Once laid out it fits: give the size back.
            QTimer.singleShot(0, lambda: self._restore_size(before))
        self.undo_group.setActiveStack(screen.undo_stack)
        self.ctx.settings.last_screen = key

    def _restore_size(self, size: QSize) -> None:
        needed = self.minimumSizeHint()
        if needed.width() <= size.width() and needed.height() <= size.height():
            self.setMinimumSize(needed)
            self.resize(size)

    # --- menus and shortcuts -----------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = QMenu(self)
        bar.addMenu(self.file_menu)
        self.open_action = self._action(
            self.file_menu,
            QKeySequence.keyBindings(QKeySequence.StandardKey.Open),
            self._open_notice,
        )
        self.paste_action = self._action(
            self.file_menu, QKeySequence("Ctrl+Shift+V"), self._paste_notice
        )
        self.file_menu.addSeparator()
        self.quit_action = self._action(
            self.file_menu, QKeySequence.keyBindings(QKeySequence.StandardKey.Quit), self.close
        )
        self.edit_menu = QMenu(self)
        bar.addMenu(self.edit_menu)
        self.undo_action = self.undo_group.createUndoAction(self)
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.redo_action = self.undo_group.createRedoAction(self)
        self.redo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.go_menu = QMenu(self)
        bar.addMenu(self.go_menu)
        self.go_actions: list[QAction] = []
        for number, key in enumerate(SCREEN_KEYS, start=1):
            action = self._action(
                self.go_menu, QKeySequence(f"Ctrl+{number}"), partial(self.show_screen, key)
            )
            self.go_actions.append(action)
        QShortcut(QKeySequence("Ctrl+L"), self, self.ui.navList.setFocus)
        QShortcut(QKeySequence("Esc"), self, self._escape)
        self._label_menus()

    def _action(self, menu: QMenu, keys: Any, slot: Callable[[], Any]) -> QAction:
        action = QAction(self)
        # setShortcuts(list), not setShortcut(): the latter's overload check builds every Qt
        # enum (~60 ms at start-up).
        action.setShortcuts(keys if isinstance(keys, list) else [keys])
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _label_menus(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.open_action.setText(self.tr("&Open notice…"))
        self.paste_action.setText(self.tr("&Paste notice"))
        self.quit_action.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.undo_action.setText(self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo"))
        self.go_menu.setTitle(self.tr("&Go"))
        for action, key in zip(self.go_actions, SCREEN_KEYS, strict=True):
            action.setText(screen_title(key))
        for row, key in enumerate(SCREEN_KEYS):
            item = self.ui.navList.item(row)
            item.setText(screen_title(key))
        self._fit_nav()

    def _fit_nav(self) -> None:
        """The screen list as wide as its longest title, so the screens get the rest."""
        nav = self.ui.navList
        widest = max(nav.sizeHintForColumn(0), 80)
        nav.setFixedWidth(widest + 2 * nav.frameWidth() + 2 * nav.spacing() + 16)

    def _escape(self) -> None:
        if self.ctx.jobs.running:
            self.ctx.jobs.cancel_all()
        else:
            self.ui.messageBar.hide()

    def _open_notice(self) -> None:
        self.show_screen("vacancy")
        getattr(self.screen_for("vacancy"), "open_file_dialog", lambda: None)()

    def _paste_notice(self) -> None:
        self.show_screen("vacancy")
        getattr(self.screen_for("vacancy"), "paste_notice", lambda: None)()

    def _set_title(self) -> None:
        title = self.tr("Secondment Desk {version}").format(version=__version__)
        if self.ctx.demo:
            title += " — " + self.tr("demo")
        self.setWindowTitle(title)

    # --- messages and jobs -------------------------------------------------------------------
    def show_message(self, text: str, level: str = "info") -> None:
        from PySide6.QtCore import Qt

        self.ui.messageLabel.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.ui.messageBar.setStyleSheet(ERROR_STYLE if level == "error" else INFO_STYLE)
        self.ui.messageLabel.setText(text)
        self.ui.messageBar.show()
        self.ui.messageBar.setAccessibleDescription(text)

    def _busy(self, label: str) -> None:
        self.ui.busyLabel.setText(label)
        self.ui.progressBar.setRange(0, 0)
        self.ui.busyBar.show()

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.ui.progressBar.setRange(0, total)
            self.ui.progressBar.setValue(done)
        else:
            self.ui.progressBar.setRange(0, 0)

    # --- events ------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._label_menus()
            self._set_title()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        for screen in self.screens.values():
            screen.flush()  # a pending edit (the cover letter) is written before the store closes
        self.ctx.settings.geometry = self.saveGeometry()
        self.ctx.jobs.shutdown()
        self.ctx.close_store()
        super().closeEvent(event)


def schedule(fn: Callable[[], None]) -> None:
    """Run ``fn`` once the event loop is idle (after the window is painted)."""
    QTimer.singleShot(0, fn)


def _size_counts(page: QWidget, counts: bool) -> None:
    """Whether a page of the screens' stack sizes the window: only the one shown does. A
    stack asks every page for its minimum size, and a screen built ahead in idle time, whose
    wrapped labels are not laid out yet, asked for 1539 px in Russian and widened the window
    past a 1280 px screen; an ignored page is left out (QStackedLayout)."""
    from PySide6.QtWidgets import QSizePolicy

    policy = QSizePolicy.Policy.Preferred if counts else QSizePolicy.Policy.Ignored
    page.setSizePolicy(policy, policy)
