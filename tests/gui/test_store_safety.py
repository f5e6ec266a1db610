"""The window's side of the store's safety: a second window is read-only and says so, a
conflicting save asks Reload / Keep mine, damaged records are announced on start, and a
restore under an open window is told."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from secondment_desk.gui.context import AppContext
from secondment_desk.store import open_store, restore_archive
from secondment_desk.store.errors import ReadOnlyError
from tests.gui.conftest import PASSPHRASE
from tests.store.profiles import candidate


def _messages(ctx: AppContext) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []
    ctx.message.connect(lambda text, level: seen.append((text, level)))
    return seen


def test_a_second_window_opens_read_only_with_a_banner(
    opened: AppContext, desk_home: Path, qtbot: QtBot
) -> None:
    second = AppContext()
    seen = _messages(second)
    try:
        second.set_store(open_store(desk_home, PASSPHRASE), "passphrase")
        assert any("read-only" in text for text, level in seen if level == "error")
        with pytest.raises(ReadOnlyError):
            second.save_profile(candidate(1))
        opened.save_profile(candidate(2))  # the first window still edits
    finally:
        second.jobs.shutdown()
        second.close_store()


@pytest.mark.parametrize("choice", ["reload", "keep"])
def test_a_conflicting_save_asks_reload_or_keep_mine(
    opened: AppContext, desk_home: Path, choice: str
) -> None:
    opened.save_profile(candidate(1, profile_id="p1"))
    mine = opened.require_store().profiles.get("p1")
    with open_store(desk_home, PASSPHRASE) as other:  # the command line, meanwhile
        theirs = other.profiles.get("p1")
        theirs.summary = "theirs"
        other.profiles.save(theirs)
    asked: list[str] = []

    def resolve(err: Exception) -> str:
        asked.append(str(err))
        return choice

    opened.resolve_conflict = resolve  # type: ignore[method-assign]
    mine.summary = "mine"
    opened.save_profile(mine)
    assert len(asked) == 1 and "changed in another window" in asked[0]
    assert opened.profile is not None
    assert opened.profile.summary == ("theirs" if choice == "reload" else "mine")
    with open_store(desk_home, PASSPHRASE) as check:
        assert check.profiles.get("p1").summary == opened.profile.summary


def test_damaged_records_are_announced_on_start(ctx: AppContext, desk_home: Path) -> None:
    from secondment_desk.store import create_store

    with create_store(desk_home, "passphrase", PASSPHRASE) as store:
        store.profiles.save(candidate(1, profile_id="good"))
        store.profiles.save(candidate(2, profile_id="bad"))
    conn = sqlite3.connect(desk_home / "store.sqlite3")
    with conn:
        conn.execute("DELETE FROM profiles WHERE id = 'bad'")
    conn.close()
    seen = _messages(ctx)
    ctx.set_store(open_store(desk_home, PASSPHRASE), "passphrase")
    assert ctx.profile is not None and ctx.profile.id == "good"
    assert any("profile bad" in text for text, level in seen if level == "error")


def test_a_restore_under_the_window_is_told(
    opened: AppContext, desk_home: Path, tmp_path: Path
) -> None:
    opened.save_profile(candidate(1, profile_id="p1"))
    archive = opened.require_store().backup(tmp_path / "b.sdbk")
    seen = _messages(opened)
    restore_archive(archive, desk_home, PASSPHRASE)
    opened._check_restored()
    assert any("restored" in text for text, _level in seen)
    with pytest.raises(ReadOnlyError):
        opened.save_profile(candidate(1, profile_id="p1"))
