"""Cancelled and closed notices never show green in the window (issue 13)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from secondment_desk.deadlines import dashboard_rows
from secondment_desk.gui.context import AppContext
from secondment_desk.gui.mainwindow import MainWindow
from secondment_desk.gui.qtmodels.dashboard import DashboardModel
from secondment_desk.gui.screens.checklist import ChecklistScreen
from secondment_desk.gui.screens.deadline import DeadlineScreen
from secondment_desk.gui.screens.documents import DocumentsScreen
from secondment_desk.models import Application
from secondment_desk.vacancy import load_vacancies
from tests.checklist.factories import person
from tests.conftest import FIXTURES
from tests.gui.typed import typed_screen

GREENS = {"#2e7d32", "#2d7a2d"}
CANCELLED = FIXTURES / "vacancies" / "real" / "un_careers_political_affairs_officer_p4.txt"
CLOSED = FIXTURES / "vacancies" / "eu_cfc_eumm_georgia_3posts.txt"


def test_dashboard_colours_a_cancelled_and_a_closed_notice_red(qtbot: QtBot) -> None:
    apps = [
        Application(profile_id="p", vacancy=load_vacancies(CANCELLED)[0]),
        Application(profile_id="p", vacancy=load_vacancies(CLOSED)[0], nominating_state="FR"),
    ]
    model = DashboardModel()
    model.set_rows(dashboard_rows(apps, date(2026, 12, 2)), {"p": "Anna"})
    for row in range(model.rowCount()):
        colour = model.data(model.index(row, 0), Qt.ItemDataRole.BackgroundRole)
        assert colour is not None and colour.name() not in GREENS
        tip = model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
        assert "cancelled" in tip or "closed on 2017-05-12" in tip
    days = {model.data(model.index(r, 5)) for r in range(model.rowCount())}
    assert "cancelled" in days and any(d.startswith("closed on 2017-04-") for d in days)


@pytest.mark.parametrize("notice", [CANCELLED, CLOSED], ids=["cancelled", "closed"])
def test_checklist_headline_of_a_dead_notice_is_red(
    qtbot: QtBot, opened: AppContext, window: MainWindow, notice: Path
) -> None:
    profile = person(nationalities=["France"])
    opened.save_profile(profile)
    vacancy = load_vacancies(notice)[0]
    opened.save_application(Application(profile_id=profile.id, vacancy=vacancy))
    window.show_screen("checklist")
    text = typed_screen(window, "checklist", ChecklistScreen).ui.blockersLabel.text()
    assert "color:#b52b27" in text.split("</b>")[0]
    assert not any(f"color:{g}" in text for g in GREENS)
    assert "cancelled" in text or "closed on 2017-05-12" in text
    window.show_screen("documents")
    shown = typed_screen(window, "documents", DocumentsScreen).noticeLabel.text()
    assert "cancelled" in shown or "closed on 2017-05-12" in shown


def test_deadline_screen_of_a_direct_application_asks_for_no_state(
    qtbot: QtBot, opened: AppContext, window: MainWindow
) -> None:
    profile = person(nationalities=["France"])
    opened.save_profile(profile)
    vacancy = load_vacancies(CANCELLED)[0]  # a UN Secretariat opening: applied to directly
    opened.save_application(Application(profile_id=profile.id, vacancy=vacancy))
    window.show_screen("deadline")
    ui = typed_screen(window, "deadline", DeadlineScreen).ui
    for widget in (ui.stateCombo, ui.leadSpin, ui.enteredCheck, ui.enteredDate):
        assert widget.isHidden()
    how = ui.computedLabel.text()
    assert "careers.un.org" in how and "No State nominates for this" not in how
    assert "2022-09-29" in ui.effectiveLabel.text()
