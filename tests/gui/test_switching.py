"""Switching to a screen the first time imports nothing on the UI thread (issue 16): what a
screen's first refresh needs comes with the screen's module, which the start-up warms in a
worker (``startup.WARM_MODULES``); the screens are built ahead in idle time, and what their
first refresh computes is worked out by a worker meanwhile."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from secondment_desk.gui.context import AppContext
from secondment_desk.gui.mainwindow import MainWindow
from secondment_desk.gui.startup import WARM_MODULES
from secondment_desk.locale_format import BABEL_MODULES


def test_the_warmed_screen_modules_bring_what_their_first_refresh_imports() -> None:
    needed = {
        # the checklist's language lines name languages through Babel (BABEL_MODULES below)
        "secondment_desk.gui.screens.checklist": "secondment_desk.locale_format",
        # the documents screen asks the organisations' rules on every template change
        "secondment_desk.gui.screens.documents": "secondment_desk.organisations.rules",
    }
    assert set(needed) <= set(WARM_MODULES)
    # locale_format imports Babel on first use: the warm-up loads what it will use
    assert set(BABEL_MODULES) <= set(WARM_MODULES)
    for module, brings in needed.items():
        code = f"import sys, {module}; print({brings!r} in sys.modules)"
        found = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
        )
        assert found.stdout.strip() == "True", f"{module} does not import {brings}"


def test_screens_are_built_ahead_and_their_first_checklist_and_states_off_the_ui_thread(
    qtbot: QtBot, opened: AppContext, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once the store is open the window builds the screens not shown yet in idle time; the
    Checklist and Deadline screens have a worker build the current checklist and name the
    States meanwhile, so the first switch to them computes neither on the UI thread."""
    import threading
    from datetime import date, timedelta

    import secondment_desk.checklist as checklist_core
    import secondment_desk.gui.screens.deadline as deadline_screen
    from secondment_desk.models import Application, Vacancy
    from secondment_desk.models.profile import Personal, Profile

    on_ui_thread: dict[str, list[bool]] = {"checklist": [], "states": []}

    def spy(kind: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def spied(*args: Any, **kwargs: Any) -> Any:
            on_ui_thread[kind].append(threading.current_thread() is threading.main_thread())
            return real(*args, **kwargs)

        return spied

    monkeypatch.setattr(
        checklist_core, "build_checklist", spy("checklist", checklist_core.build_checklist)
    )
    monkeypatch.setattr(
        deadline_screen, "_state_names", spy("states", deadline_screen._state_names)
    )
    store = opened.require_store()
    profile = Profile(personal=Personal(family_name="Berg", first_name="Jon"))
    opened.save_profile(profile)
    closing = (date.today() + timedelta(days=30)).isoformat()
    vacancy = Vacancy(
        organization="OSCE",
        title="Officer",
        requisition_id="REF1",
        closing_date=closing,
        text="Minimum 6 years of professional experience.",
    )
    opened.save_application(
        Application(profile_id=profile.id, vacancy=vacancy, nominating_state="Norway")
    )
    assert store.applications.list()
    window.prepare_screens()  # what the window does when the store opens
    qtbot.waitUntil(lambda: not window.preparing and not opened.jobs.running, timeout=30_000)
    assert {"checklist", "deadline"} <= set(window.screens)  # built before being shown
    assert on_ui_thread["checklist"] == [False] and on_ui_thread["states"] == [False]
    window.show_screen("checklist")
    assert window.screens["checklist"].model.rowCount() > 0  # type: ignore[attr-defined]
    window.show_screen("deadline")
    combo = window.screens["deadline"].ui.stateCombo  # type: ignore[attr-defined]
    assert combo.currentData() == "Norway" and combo.count() > 50
    assert on_ui_thread == {"checklist": [False], "states": [False]}, on_ui_thread
