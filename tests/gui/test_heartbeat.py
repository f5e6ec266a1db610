"""The UI thread keeps beating while the window opens a real store (issue 16).

The window is up and painted; then the start-up path of ``secondment-desk gui`` runs
(``app._after_show``: the store's state read and a keyring store opened in a worker, the
dashboard's rows built in a worker, the other screens' modules warmed up, then the screens
built ahead in idle time) over a keyring store
with candidates and applications. Between two beats of a 10 ms heartbeat the app must never
keep the UI thread from beating more than 50 ms.

What the app caused, not the wall clock: on a shared 2-core machine (load 7) the scheduler
alone leaves a process off the CPU for 100 ms and more, which no code can change. The
heartbeat (``bench/_beats.py``, which ``bench/heartbeat.py`` measures with too) takes off each
gap the time the process's threads waited for a CPU (Linux schedstat), and never counts less
than the UI thread's own CPU time: the UI thread's work, its waits on the GIL held by a
running worker and any blocking call all count. The wall-clock gaps are in the failure message.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from bench._beats import BEAT_MS, Heartbeat
from pytestqt.qtbot import QtBot

from secondment_desk.gui.context import AppContext
from secondment_desk.gui.mainwindow import MainWindow
from secondment_desk.gui.screens import SCREEN_KEYS
from secondment_desk.gui.screens.base import pending_refreshes

LIMIT_MS = 50
CANDIDATES = 30
POSTS = 5


@pytest.fixture
def keyring_store(desk_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A keyring store (keyrings.alt's file backend in a private HOME) with 30 candidates x 5
    applications, made through the store's own API."""
    from secondment_desk import store as api
    from secondment_desk.models import Application, Vacancy
    from secondment_desk.models.profile import Personal, Profile

    home = tmp_path / "user"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "share"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    today = date.today()
    with api.create_store(desk_home, "keyring") as store:
        for i in range(CANDIDATES):
            profile = Profile(personal=Personal(family_name=f"Berg-{i:02d}", first_name="Jon"))
            store.profiles.save(profile)
            for j in range(POSTS):
                vacancy = Vacancy(
                    organization="OSCE",
                    title=f"Officer {j}",
                    requisition_id=f"REF{i:02d}{j}",
                    closing_date=(today + timedelta(days=5 + i + j)).isoformat(),
                    text="Minimum 6 years of professional experience. " * 40,
                )
                store.applications.save(
                    Application(profile_id=profile.id, vacancy=vacancy, nominating_state="Norway")
                )
    return desk_home


def test_opening_a_real_store_never_blocks_the_ui_thread_over_50ms(
    qtbot: QtBot, keyring_store: Path, ctx: AppContext, window: MainWindow
) -> None:
    import importlib

    from secondment_desk.gui.app import _after_show
    from secondment_desk.gui.startup import WARM_MODULES

    # The installed app imports from bytecode; this test process may compile every module
    # from source (PYTHONDONTWRITEBYTECODE), one long GIL-holding call per module that no
    # user meets: the modules are imported before the clock starts. What runs is the rest.
    for name in (*WARM_MODULES, "secondment_desk.gui.qtmodels.dashboard"):
        importlib.import_module(name)
    qtbot.waitUntil(lambda: "dashboard" in window.screens)  # built after the first paint
    heartbeat = Heartbeat(BEAT_MS, "opening the store")
    heartbeat.start()
    _after_show(window)  # what launch() runs once the window is painted

    def settled() -> bool:
        dashboard = window.screens["dashboard"]
        return (
            ctx.store is not None
            and not ctx.jobs.running
            and not pending_refreshes()
            and not getattr(dashboard, "loading", True)
            and not window.preparing  # the other screens, built ahead in idle time
        )

    qtbot.waitUntil(settled, timeout=60_000)
    qtbot.wait(50)
    heartbeat.stop()
    dashboard = window.screens["dashboard"]
    assert ctx.key_method == "keyring"
    assert len(dashboard.visible_titles()) == CANDIDATES * POSTS  # type: ignore[attr-defined]
    assert set(window.screens) == set(SCREEN_KEYS)  # every screen built while it beat
    beats = heartbeat.beats
    assert len(beats) > 5, "the heartbeat barely ran"
    blocked = [round(b.app) for b in beats if b.app > LIMIT_MS]
    assert blocked == [], (
        f"the app blocked the UI thread {blocked} ms at a stretch while the store opened "
        f"(wall-clock gaps over {LIMIT_MS} ms: {[round(b.gap) for b in beats if b.gap > LIMIT_MS]}"
        f", UI-thread CPU: {[round(b.cpu) for b in beats if b.gap > LIMIT_MS]})"
    )
