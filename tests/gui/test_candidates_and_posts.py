"""Several candidates (imported from JSON Resume and Europass, switched in the Profile screen)
and a Call for Contributions with several posts (one application per chosen post)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from secondment_desk.gui.context import AppContext
from secondment_desk.gui.mainwindow import MainWindow
from secondment_desk.gui.screens.base import pending_refreshes
from secondment_desk.gui.screens.dashboard import DashboardScreen
from secondment_desk.gui.screens.profile import ProfileScreen
from secondment_desk.gui.screens.vacancy import VacancyScreen
from tests.conftest import FIXTURES
from tests.gui.typed import typed_screen


def wait_idle(qtbot: QtBot, ctx: AppContext) -> None:
    qtbot.waitUntil(lambda: not ctx.jobs.running and not pending_refreshes(), timeout=20_000)


def test_two_imported_candidates_and_the_switcher(
    qtbot: QtBot, opened: AppContext, window: MainWindow
) -> None:
    window.show_screen("profile")
    screen = typed_screen(window, "profile", ProfileScreen)
    screen.import_file(FIXTURES / "profiles" / "jsonresume_petrova.json")
    wait_idle(qtbot, opened)
    first = opened.profile
    screen.import_file(FIXTURES / "profiles" / "europass_kovacs.xml")
    wait_idle(qtbot, opened)
    second = opened.profile
    assert first is not None and second is not None and first.id != second.id
    combo = screen.ui.candidateCombo
    assert combo.count() == 2 and combo.currentData() == second.id
    combo.setCurrentIndex(combo.findData(first.id))
    assert opened.profile is not None and opened.profile.id == first.id
    assert screen.ui.familyNameEdit.text() == first.personal.family_name
    window.show_screen("dashboard")
    wait_idle(qtbot, opened)  # the rows and candidates are read in a worker
    filters = typed_screen(window, "dashboard", DashboardScreen).ui.candidateFilter
    assert sorted(filters.itemData(i) for i in range(1, filters.count())) == sorted(
        [first.id, second.id]
    )


def test_a_bad_profile_file_is_one_plain_sentence(
    qtbot: QtBot, opened: AppContext, window: MainWindow, tmp_path: object
) -> None:
    from pathlib import Path

    bad = Path(str(tmp_path)) / "cv.json"
    bad.write_text("{not json", encoding="utf-8")
    window.show_screen("profile")
    typed_screen(window, "profile", ProfileScreen).import_file(bad)
    wait_idle(qtbot, opened)
    qtbot.waitUntil(lambda: window.ui.messageBar.isVisible())
    text = window.ui.messageLabel.text()
    assert "broken JSON at line 1" in text and "Traceback" not in text
    assert opened.require_store().profiles.list() == []


def test_each_post_of_a_call_for_contributions_becomes_an_application(
    qtbot: QtBot, opened: AppContext, window: MainWindow
) -> None:
    pytest.importorskip("secondment_desk.vacancy")
    window.show_screen("profile")
    typed_screen(window, "profile", ProfileScreen).import_file(
        FIXTURES / "profiles" / "jsonresume_petrova.json"
    )
    wait_idle(qtbot, opened)
    window.show_screen("vacancy")
    screen = typed_screen(window, "vacancy", VacancyScreen)
    screen.load_file(FIXTURES / "vacancies" / "eu_cfc_eumm_georgia_3posts.txt")
    wait_idle(qtbot, opened)
    assert screen.ui.postCombo.count() == 3
    assert "3 posts" in screen.ui.postsHint.text()  # told beside the Post list ...
    assert not screen.ui.postsHint.isHidden()
    first = opened.application
    screen.ui.postCombo.setCurrentIndex(2)
    assert screen.ui.postsHint.isHidden()  # ... and gone once a post is chosen
    second = opened.application
    assert first is not None and second is not None and first.id != second.id
    assert second.vacancy.title == screen.vacancies[2].title
    assert len(opened.require_store().applications.list()) == 2


def test_switching_candidates_does_not_list_every_name_again(
    qtbot: QtBot, opened: AppContext, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from secondment_desk.models.profile import Personal, Profile

    store = opened.require_store()
    first = Profile(personal=Personal(family_name="Berg", first_name="Jon"))
    second = Profile(personal=Personal(family_name="Holm", first_name="Eva"))
    opened.save_profile(first)
    opened.save_profile(second)
    window.show_screen("profile")
    screen = typed_screen(window, "profile", ProfileScreen)
    wait_idle(qtbot, opened)
    combo = screen.ui.candidateCombo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Eva Holm", "Jon Berg"]
    listed: list[int] = []
    real_list = type(store.profiles).list

    def counted(repo: object) -> object:
        listed.append(1)
        return real_list(repo)  # type: ignore[arg-type]

    monkeypatch.setattr(type(store.profiles), "list", counted)
    combo.setCurrentIndex(combo.findData(first.id))  # another candidate: no new listing
    wait_idle(qtbot, opened)
    assert opened.profile is not None and opened.profile.id == first.id
    assert listed == []
    renamed = first.model_copy(deep=True)
    renamed.personal.family_name = "Aberg"  # the current candidate renamed: listed again
    opened.save_profile(renamed)
    wait_idle(qtbot, opened)
    assert listed == [1]
    assert [combo.itemText(i) for i in range(combo.count())] == ["Eva Holm", "Jon Aberg"]
    opened.save_profile(Profile(personal=Personal(family_name="Dahl", first_name="Ola")))
    wait_idle(qtbot, opened)  # a new candidate (profilesChanged): listed again
    assert combo.count() == 3 and len(listed) == 2


def test_the_profile_screen_reads_the_candidates_names_off_the_ui_thread(
    qtbot: QtBot, opened: AppContext, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every name is unsealed for the list (250 ms at 1,000 candidates): never on the UI
    thread, neither when the screen is first shown nor when an import adds a candidate."""
    import threading

    from secondment_desk.models.profile import Personal, Profile

    store = opened.require_store()
    for family in ("Holm", "Berg"):
        opened.save_profile(Profile(personal=Personal(family_name=family, first_name="Eva")))
    on_ui_thread: list[bool] = []
    real_list = type(store.profiles).list

    def spied(repo: object) -> object:
        on_ui_thread.append(threading.current_thread() is threading.main_thread())
        return real_list(repo)  # type: ignore[arg-type]

    monkeypatch.setattr(type(store.profiles), "list", spied)
    window.show_screen("profile")
    screen = typed_screen(window, "profile", ProfileScreen)
    combo = screen.ui.candidateCombo
    assert combo.currentText() == "Eva Berg"  # the current candidate at once, before the list
    wait_idle(qtbot, opened)
    assert [combo.itemText(i) for i in range(combo.count())] == ["Eva Berg", "Eva Holm"]
    screen.import_file(FIXTURES / "profiles" / "jsonresume_petrova.json")
    wait_idle(qtbot, opened)
    assert combo.count() == 3 and opened.profile is not None
    assert combo.currentData() == opened.profile.id
    assert on_ui_thread and not any(on_ui_thread), on_ui_thread


def test_listing_a_name_never_chooses_a_candidate(
    qtbot: QtBot, opened: AppContext, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The names shown while the listing is read (a candidate added to an empty list) must not
    count as the user choosing one: that choice re-entered the listing and showed a name twice."""
    window.show_screen("profile")
    screen = typed_screen(window, "profile", ProfileScreen)
    screen.import_file(FIXTURES / "profiles" / "jsonresume_petrova.json")
    wait_idle(qtbot, opened)
    assert opened.profile is not None
    chosen: list[str] = []
    monkeypatch.setattr(opened, "select_profile", chosen.append)
    combo = screen.ui.candidateCombo
    combo.clear()
    screen._shown_names = []
    screen._show_current_name(opened.profile.id, opened.profile.name)
    screen._show_names([(opened.profile.id, opened.profile.name), ("other", "Other")])
    assert chosen == []
    assert [combo.itemData(i) for i in range(combo.count())] == [opened.profile.id, "other"]
