"""The window's session restore and candidate switch pick from the summaries and decode only
the application they open (issue #16: they decoded every application of the candidate)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from secondment_desk.gui.context import AppContext
from secondment_desk.models import Application, Profile, Vacancy
from secondment_desk.models.profile import Personal
from secondment_desk.store import create_store, open_store
from tests.store.decodes import count_unsealed

from .conftest import PASSPHRASE


def _fill(home: Path) -> tuple[list[str], list[str]]:
    """Two candidates with four applications each; their ids, oldest saved first."""
    people, apps = [], []
    with create_store(home, "passphrase", PASSPHRASE) as store:
        for name in ("Berg", "Lund"):
            profile = Profile(personal=Personal(family_name=name, first_name="Jon"))
            store.profiles.save(profile)
            people.append(profile.id)
            for n in range(4):
                vacancy = Vacancy(
                    organization="OSCE", title=f"Officer {name} {n}", requisition_id=f"{name}{n}",
                    text="Minimum 6 years of experience. " * 40,
                )  # fmt: skip
                app = Application(profile_id=profile.id, vacancy=vacancy)
                store.applications.save(app)
                apps.append(app.id)
    return people, apps


def test_the_session_opens_one_application_not_all_of_them(
    desk_home: Path, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    people, apps = _fill(desk_home)
    ctx.settings.last_profile_id = people[0]
    ctx.settings.last_application_id = apps[1]  # not the newest of Berg's
    decoded = count_unsealed(monkeypatch)
    ctx.set_store(open_store(desk_home, PASSPHRASE), "passphrase")
    assert ctx.application is not None and ctx.application.id == apps[1]
    assert decoded["application"] == 1
    decoded.clear()
    ctx.select_profile(people[1])  # Lund: his newest application, read alone
    assert ctx.application is not None and ctx.application.id == apps[-1]
    assert decoded["application"] == 1


def test_deleting_a_candidate_lists_the_others_in_a_worker(
    desk_home: Path, ctx: AppContext, window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from secondment_desk.gui.screens.profile import ProfileScreen
    from secondment_desk.store.store import ProfileRepository

    people, _apps = _fill(desk_home)
    ctx.set_store(open_store(desk_home, PASSPHRASE), "passphrase")
    ctx.select_profile(people[0])
    screen = window.screen_for("profile")
    assert isinstance(screen, ProfileScreen)
    qtbot.waitUntil(lambda: not screen.loading_names, timeout=10_000)
    listed_on: list[str] = []
    real = ProfileRepository.list

    def recording(self: ProfileRepository, *args: Any, **kwargs: Any) -> Any:
        listed_on.append(threading.current_thread().name)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(ProfileRepository, "list", recording)
    main = threading.current_thread().name
    screen._delete(people[0])
    assert main not in listed_on  # nothing listed on the UI thread by the deletion itself
    qtbot.waitUntil(lambda: not screen.choosing_next, timeout=10_000)
    assert ctx.profile is not None and ctx.profile.id == people[1]  # the one left, shown
    assert listed_on and main not in listed_on  # neither by the screens' refreshes after it
