"""The window's session restore and candidate switch pick from the summaries and decode only
the application they open (issue #16: they decoded every application of the candidate)."""

from __future__ import annotations

from pathlib import Path

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
