"""The demo flow in the Russian window (issue 17), offscreen: every screen is walked and every
text it shows is read; a core sentence without a Russian line, or three English words in a
row that are not the notice's own text or the candidate's own data, fail the test."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from secondment_desk import i18n as core_i18n
from secondment_desk.gui import i18n
from secondment_desk.gui.context import AppContext
from secondment_desk.gui.mainwindow import MainWindow
from secondment_desk.gui.screens.deadline import DeadlineScreen
from tests.gui.test_flow import import_demo_profile, paste_notice, wait_idle
from tests.gui.typed import typed_screen
from tests.i18n_check import allowed_corpus, english_runs, notice_data
from tests.test_russian import NOTICES

SCREENS = ("dashboard", "vacancy", "profile", "checklist", "deadline", "documents", "settings")
_TAG = re.compile(r"<[^>]+>")


@pytest.fixture
def russian_window(qapp: QApplication, window: MainWindow) -> Iterator[MainWindow]:
    assert i18n.install(qapp, "ru") == "ru", "the .qm is not built"
    assert core_i18n.current() == "ru"
    core_i18n.forget_untranslated()
    yield window
    i18n.install(qapp, "en")


def _model_texts(model: QAbstractItemModel, parent: QModelIndex) -> Iterator[str]:
    flat = isinstance(model, QAbstractTableModel | QAbstractListModel)
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            value = model.data(index, Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                yield value
            if column == 0 and not flat and model.rowCount(index) > 0:
                yield from _model_texts(model, index)
    for column in range(columns):
        head = model.headerData(column, Qt.Orientation.Horizontal)
        if isinstance(head, str):
            yield head


def shown_texts(root: QWidget, skip: tuple[QWidget, ...]) -> list[str]:
    """Every text a person can read in ``root``: labels, buttons, group titles, combo items,
    list/table/tree cells and headers, read-only text views (not the notice, not what the
    candidate typed)."""
    out: list[str] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or any(w is widget or w.isAncestorOf(widget) for w in skip):
            continue
        if isinstance(widget, QLabel):
            out.append(_TAG.sub(" ", widget.text()))
        elif isinstance(widget, QAbstractButton):
            out.append(widget.text())
        elif isinstance(widget, QGroupBox):
            out.append(widget.title())
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            out += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            out += list(_model_texts(widget.model(), QModelIndex()))
        elif isinstance(widget, QTextEdit) and widget.isReadOnly():
            out.append(widget.toPlainText())
    return [t.replace("&", "") for t in out if t]


@pytest.mark.slow
def test_every_screen_of_the_russian_window_is_in_russian(
    qtbot: QtBot, opened: AppContext, russian_window: MainWindow
) -> None:
    window = russian_window
    import_demo_profile(qtbot, window, opened)
    paste_notice(qtbot, window, opened)
    window.show_screen("deadline")
    deadline = typed_screen(window, "deadline", DeadlineScreen)
    deadline.ui.stateCombo.setCurrentIndex(deadline.ui.stateCombo.findData("Norway"))
    wait_idle(qtbot, opened)
    assert opened.application is not None
    assert opened.application.nominating_state == "Norway"

    shown: dict[str, list[str]] = {}
    for name in SCREENS:
        window.show_screen(name)
        wait_idle(qtbot, opened)
        screen = window.screens[name]
        ui = getattr(screen, "ui")  # noqa: B009 (each screen's form has its own class)
        own_words = tuple(
            w
            for w in (
                getattr(ui, "noticeView", None),  # the notice itself
                getattr(ui, "letterEdit", None),  # the candidate's letter
            )
            if w is not None
        )
        shown[name] = shown_texts(screen, own_words)
        assert shown[name], name
    shown["window"] = [window.windowTitle()] + [
        a.text().replace("&", "")
        for m in window.menuBar().findChildren(QWidget)
        for a in m.actions()
    ]

    everything = "\n".join(t for texts in shown.values() for t in texts)
    assert "обязательн" in everything and "Норвегия" in everything
    assert core_i18n.untranslated() == set()
    corpus = allowed_corpus(*notice_data(NOTICES))
    left = {name: english_runs(texts, corpus) for name, texts in shown.items()}
    assert {name: runs for name, runs in left.items() if runs} == {}
