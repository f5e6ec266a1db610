"""GUI tests run offscreen with pytest-qt; each gets its own data folder (tests/conftest.py)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pytestqt.qtbot import QtBot

from secondment_desk.gui.app import build_window
from secondment_desk.gui.context import AppContext
from secondment_desk.gui.mainwindow import MainWindow


@pytest.fixture
def ctx(qtbot: QtBot) -> Iterator[AppContext]:
    context = AppContext()
    yield context
    context.jobs.shutdown()
    context.close_store()


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    win = build_window(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


PASSPHRASE = "correct horse battery"


@pytest.fixture
def opened(ctx: AppContext, desk_home: Path) -> AppContext:
    """The context over a real (passphrase) store in this test's data folder."""
    from secondment_desk.store import create_store

    ctx.set_store(create_store(desk_home, "passphrase", PASSPHRASE), "passphrase")
    return ctx
