"""``gui --demo``: a throw-away data folder with the demo candidate and both sample notices."""

from __future__ import annotations

import os
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from secondment_desk.gui.context import AppContext
from secondment_desk.gui.demo import DEMO_PASSPHRASE, open_demo_store, prepare_demo_home
from secondment_desk.gui.mainwindow import MainWindow
from secondment_desk.gui.startup import open_store_for
from secondment_desk.paths import HOME_ENV, data_home
from secondment_desk.resources import resource_file
from secondment_desk.store import open_store, store_status


def test_demo_data_ships_in_resources() -> None:
    for name in (
        "demo/profile.json",
        "demo/osce_dushanbe_head_pmd.txt",
        "demo/osce_astana_pmo_aggregator.txt",
    ):
        assert resource_file(name).stat().st_size > 500


def test_demo_home_is_a_new_temporary_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    before = os.environ[HOME_ENV]
    home = prepare_demo_home()
    monkeypatch.setenv(HOME_ENV, str(home))  # undone after the test
    assert str(home) != before and data_home() == home
    assert home.name.startswith("secondment-desk-demo-") and not any(home.iterdir())


def test_demo_store_holds_the_candidate_and_both_notices(qtbot: QtBot) -> None:
    store = open_demo_store()
    try:
        (summary,) = store.profiles.list()
        assert summary.name == "Ingrid Marie Halvorsen"
        apps = store.applications.list()
        refs = sorted(a.reference for a in apps)
        assert "TAJ000394" in refs and len(apps) >= 2
        assert all((a.closing_date or date.min) > date.today() for a in apps)
        assert {a.nominating_state for a in apps} == {"Norway"}
    finally:
        store.close()
    assert store_status().method == "passphrase"
    open_store(passphrase=DEMO_PASSPHRASE).close()


def test_demo_start_opens_the_store_in_the_background(
    qtbot: QtBot, ctx: AppContext, window: MainWindow
) -> None:
    """The demo store's key is derived with the passphrase KDF: the window must not wait for it."""
    ctx.demo = True
    open_store_for(window)
    assert ctx.store is None and ctx.jobs.running  # returned at once; the key is on its way
    qtbot.waitUntil(lambda: ctx.store is not None, timeout=15_000)
    assert ctx.store is not None
    (summary,) = ctx.store.profiles.list()
    assert summary.name == "Ingrid Marie Halvorsen"
