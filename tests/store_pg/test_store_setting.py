"""The store setting: the local file or a server address, checked by the core's one check of
a store address (the window's setting and ``--store`` alike), with a clear message."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from secondment_desk.errors import InputError
from secondment_desk.gui.context import AppContext
from secondment_desk.gui.screens.settings import SettingsScreen
from secondment_desk.i18n import set_language
from secondment_desk.store.engine import check_address
from secondment_desk.store.postgres import describe

GOOD = "postgresql://anna@db.example.org:5433/secondment_desk"


def test_an_address_is_checked_for_form() -> None:
    assert check_address("  ") is None  # the file on this computer
    assert check_address(f" {GOOD} ") == GOOD
    with pytest.raises(InputError, match="starts with postgresql://"):
        check_address("mysql://anna@db/x")
    with pytest.raises(InputError, match="cannot be read"):
        check_address("postgresql://anna@db:notaport/x?sslmode")
    with pytest.raises(InputError, match="names no database"):
        check_address("postgresql://anna@db.example.org")
    with_password = "postgresql://anna:s3cret@db.example.org/secondment_desk"
    assert check_address(with_password) == with_password  # given for one run: fine
    with pytest.raises(InputError, match="pgpass") as refused:
        check_address(with_password, remembered=True)  # saved in a plain settings file: no
    assert "s3cret" not in str(refused.value)


def test_describe_of_a_bad_address_is_translated() -> None:
    set_language("ru")
    try:
        said = describe("postgresql://anna@db:notaport/x?sslmode")
    finally:
        set_language("en")
    assert said != "the server store (an address that cannot be read)"
    assert "сервер" in said


def test_the_settings_screen_saves_a_good_address_and_refuses_a_bad_one(
    desk_home: Path, qtbot: QtBot
) -> None:
    ctx = AppContext()
    screen = SettingsScreen(ctx)
    qtbot.addWidget(screen)
    try:
        screen.storeEdit.setText("db.example.org/secondment_desk")
        screen.storeApply.click()
        assert "starts with postgresql://" in screen.storeStatus.text()
        assert screen.storeEdit.text() == "db.example.org/secondment_desk"  # kept to correct
        assert ctx.settings.server_store == ""
        screen.storeEdit.setText("postgresql://anna:s3cret@db.example.org/secondment_desk")
        screen.storeApply.click()
        assert "pgpass" in screen.storeStatus.text() and ctx.settings.server_store == ""
        screen.storeEdit.setText(GOOD)
        screen.storeApply.click()
        assert ctx.settings.server_store == GOOD
        assert "db.example.org:5433/secondment_desk" in screen.storeStatus.text()
        screen.storeEdit.setText("")
        screen.storeApply.click()
        assert ctx.settings.server_store == ""  # back to the file
        assert "the file on this computer" in screen.storeStatus.text()
    finally:
        ctx.jobs.shutdown()
