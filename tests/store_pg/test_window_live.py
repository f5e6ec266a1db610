"""The window on a server store: another client's change reaches its watcher within 3 s
(LISTEN/NOTIFY); a lost server turns it read-only with a banner, keeps the edit in progress
and refuses a save with a clear message, and it resumes when the server is back."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import psycopg
import pytest
from pytestqt.qtbot import QtBot

from secondment_desk.gui.context import AppContext
from secondment_desk.store.errors import ReadOnlyError
from secondment_desk.store.postgres import create_server_store, open_server_store
from tests.store.profiles import candidate

PASS = "correct horse battery staple"


def _messages(ctx: AppContext) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []
    ctx.message.connect(lambda text, level: seen.append((text, level)))
    return seen


def test_another_clients_change_reaches_the_window_within_3_s(pg_url: str, qtbot: QtBot) -> None:
    key = create_server_store(pg_url, "passphrase", PASS)
    ctx = AppContext()
    try:
        ctx.set_store(open_server_store(pg_url, key=key), "passphrase")
        assert ctx.watcher.listener is not None
        assert ctx.watcher.listener.ready.wait(10)
        with (
            open_server_store(pg_url, key=key) as other,
            qtbot.waitSignal(ctx.profilesChanged, timeout=3000),
        ):
            other.profiles.save(candidate(1, profile_id="p1"))
        assert [p.id for p in ctx.require_store().profiles.list()] == ["p1"]
    finally:
        ctx.jobs.shutdown()
        ctx.close_store()


def test_a_lost_server_keeps_the_window_read_only_and_the_edit(pg_url: str, qtbot: QtBot) -> None:
    key = create_server_store(pg_url, "passphrase", PASS)
    dbname = pg_url.rsplit("/", 1)[1]
    admin_url = pg_url.rsplit("/", 1)[0] + "/postgres"
    ctx = AppContext()
    seen = _messages(ctx)
    try:
        ctx.set_store(open_server_store(pg_url, key=key), "passphrase")
        ctx.save_profile(candidate(1, profile_id="p1"))
        listener = ctx.watcher.listener
        assert listener is not None and listener.ready.wait(10)
        edit = ctx.require_store().profiles.get("p1")
        edit.summary = "typed while the server was away"
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(f'ALTER DATABASE "{dbname}" ALLOW_CONNECTIONS false')
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                (dbname,),
            )
            qtbot.waitUntil(
                lambda: any("Server unreachable" in t for t, lvl in seen if lvl == "error"),
                timeout=5000,
            )
            with pytest.raises(ReadOnlyError, match=r"Server unreachable .* read-only, retrying"):
                ctx.save_profile(edit)
            assert edit.summary == "typed while the server was away"  # nothing lost
            admin.execute(f'ALTER DATABASE "{dbname}" ALLOW_CONNECTIONS true')
        qtbot.waitUntil(lambda: not ctx.require_store().read_only, timeout=20000)
        assert any("reachable again" in t for t, lvl in seen if lvl == "info")
        ctx.save_profile(edit)  # saving resumes; the edit lands
        with open_server_store(pg_url, key=key) as other:
            assert other.profiles.get("p1").summary == "typed while the server was away"
    finally:
        ctx.jobs.shutdown()
        ctx.close_store()
