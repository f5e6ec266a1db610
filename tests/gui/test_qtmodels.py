"""The item models, tested without a window."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from secondment_desk.deadlines import dashboard_rows
from secondment_desk.gui.qtmodels.checklist import ITEM_ID_ROLE, ChecklistModel
from secondment_desk.gui.qtmodels.dashboard import (
    APPLICATION_ID_ROLE,
    DashboardFilter,
    DashboardModel,
)
from secondment_desk.gui.qtmodels.languages import LanguageGridModel
from secondment_desk.gui.qtmodels.sections import Column, SectionModel
from secondment_desk.models import Application, ChecklistItem, Status, Vacancy
from secondment_desk.models.profile import Employment, LanguageSkill

D = Qt.ItemDataRole.DisplayRole


def app(ref: str, closing: str, profile: str = "p1", state: str | None = None) -> Application:
    vacancy = Vacancy(
        title=f"Post {ref}", requisition_id=ref, organization="OSCE", closing_date=closing
    )
    return Application(profile_id=profile, vacancy=vacancy, nominating_state=state)


TODAY = date(2026, 3, 2)


def test_dashboard_shows_core_rows_in_urgency_order_with_their_colours(qtbot: QtBot) -> None:
    apps = [app("A", "2026-04-30"), app("B", "2026-03-04"), app("C", "2026-03-20", "p2")]
    model = DashboardModel()
    rows = dashboard_rows(apps, TODAY)
    model.set_rows(rows, {"p1": "Ana Petrova", "p2": "Jon Berg"})
    titles = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert titles == ["Post B (B)", "Post C (C)", "Post A (A)"]
    assert model.data(model.index(1, 1)) == "Jon Berg"
    assert model.data(model.index(0, 5)) == "2"
    assert model.data(model.index(0, 4)).startswith("2026-03-0")
    colour = model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole)
    assert colour.name() == rows[0].urgency.colour.lower()
    assert colour != model.data(model.index(2, 0), Qt.ItemDataRole.BackgroundRole)
    assert model.data(model.index(0, 0), APPLICATION_ID_ROLE) == apps[1].id
    assert model.data(model.index(0, 2)) == "draft"


def test_dashboard_filter_by_candidate_and_status(qtbot: QtBot) -> None:
    apps = [app("A", "2026-04-30"), app("B", "2026-03-04", "p2"), app("C", "2026-03-20")]
    apps[2].move_to(Status.READY, TODAY)
    model = DashboardModel()
    model.set_rows(dashboard_rows(apps, TODAY), {})
    proxy = DashboardFilter()
    proxy.setSourceModel(model)
    proxy.set_filter(profile_id="p1")
    assert proxy.rowCount() == 2
    proxy.set_filter(profile_id="p1", status="ready")
    assert [proxy.data(proxy.index(r, 0)) for r in range(proxy.rowCount())] == ["Post C (C)"]
    proxy.set_filter()
    assert proxy.rowCount() == 3


def test_section_model_validates_edits_and_reports_the_field(qtbot: QtBot) -> None:
    jobs = [Employment(start="2019-01", end="2020-12", title="Officer")]
    model: SectionModel[Employment] = SectionModel(
        Employment,
        [
            Column("title", lambda: "Title"),
            Column("end", lambda: "End"),
            Column("management", lambda: "Mgmt"),
        ],
    )
    model.set_entries(jobs)
    edits: list[list[Employment]] = []
    errors: list[str] = []
    model.edited.connect(edits.append)
    model.invalid.connect(errors.append)
    assert model.setData(model.index(0, 0), "Senior Officer")
    assert edits[-1][0].title == "Senior Officer" and edits[-1][0].id == jobs[0].id
    assert not model.setData(model.index(0, 1), "2018-01")
    assert "before it starts" in errors[-1]
    assert not model.setData(model.index(0, 1), "March")
    assert "YYYY-MM" in errors[-1]
    assert model.setData(model.index(0, 2), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert edits[-1][0].management is True
    assert len(edits) == 2


def test_cefr_grid_accepts_levels_and_refuses_others(qtbot: QtBot) -> None:
    model = LanguageGridModel()
    model.set_entries([LanguageSkill(language="Russian", listening="B1", reading="B2")])
    edits: list[list[LanguageSkill]] = []
    errors: list[str] = []
    model.edited.connect(edits.append)
    model.invalid.connect(errors.append)
    assert model.columnCount() == 8
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Listening"
    assert model.data(model.index(0, 7)) == "B1"  # overall = lowest stated
    assert model.setData(model.index(0, 2), "c1")
    assert edits[-1][0].listening == "C1"
    assert not model.setData(model.index(0, 3), "fluent")
    assert "not a CEFR level" in errors[-1]


def test_checklist_groups_items_and_keeps_ids(qtbot: QtBot) -> None:
    items = [
        ChecklistItem(id="m1", text="Degree", kind="mandatory", category="education", status="met"),
        ChecklistItem(
            id="m2", text="6 years", kind="mandatory", category="experience", status="not_met"
        ),
        ChecklistItem(id="d1", text="Russian", kind="desirable", category="language"),
        ChecklistItem(id="c1", text="Communication", kind="competency", category="core"),
    ]
    model = ChecklistModel()
    model.set_items(items)
    groups = [model.item(r, 0).text() for r in range(model.rowCount())]
    assert groups == ["Mandatory (1/2)", "Desirable (0/1)", "Competencies (0/1)"]
    assert model.item(0, 0).rowCount() == 2
    assert model.item_id(1, 0) == "m2"
    assert model.item(0, 0).child(1, 1).text() == "not met"
    assert model.item(2, 0).child(0, 0).data(ITEM_ID_ROLE) == "c1"


def test_cefr_cells_are_edited_with_a_level_drop_down(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem, QTableView

    from secondment_desk.gui.qtmodels.languages import LevelDelegate

    model = LanguageGridModel()
    model.set_entries([LanguageSkill(language="Russian", listening="B1")])
    edits: list[list[LanguageSkill]] = []
    model.edited.connect(edits.append)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = LevelDelegate(view)
    index = model.index(0, 2)
    editor = delegate.createEditor(view, QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox)
    assert [editor.itemText(i) for i in range(editor.count())] == [
        "",
        "A1",
        "A2",
        "B1",
        "B2",
        "C1",
        "C2",
    ]
    delegate.setEditorData(editor, index)
    assert editor.currentText() == "B1"
    editor.setCurrentText("C2")
    delegate.setModelData(editor, model, index)
    assert edits[-1][0].listening == "C2"
    assert not isinstance(
        delegate.createEditor(view, QStyleOptionViewItem(), model.index(0, 0)), QComboBox
    )


def test_text_stays_readable_on_every_urgency_colour() -> None:
    from PySide6.QtGui import QColor

    from secondment_desk.gui.qtmodels.dashboard import readable_on

    assert readable_on(QColor("#2e7d32")).name() == "#ffffff"
    assert readable_on(QColor("#fde7b0")).name() == "#000000"


def test_dashboard_filter_keeps_each_rows_texts_and_warnings_in_one_pass(qtbot: QtBot) -> None:
    apps = [app("A", "2026-04-30"), app("B", "2026-03-04", "p2"), app("C", "2026-03-20")]
    model = DashboardModel()
    rows = dashboard_rows(apps, TODAY)  # B, C, A
    rows = [replace(row, warnings=(f"warning of {row.title}",)) for row in rows]
    model.set_rows(rows, {"p1": "Ana", "p2": "Jon"})
    proxy = DashboardFilter()
    proxy.setSourceModel(model)
    assert proxy.data(proxy.index(0, 0)) == "Post B (B)"  # cached before the filter changes
    proxy.set_filter(profile_id="p1")
    assert (proxy.profile_id, proxy.status) == ("p1", "")
    shown = [proxy.data(proxy.index(r, 0)) for r in range(proxy.rowCount())]
    assert shown == ["Post C (C)", "Post A (A)"]
    tip = proxy.data(proxy.index(1, 0), Qt.ItemDataRole.ToolTipRole)
    assert "warning of Post A" in tip and "Post C" not in tip
    assert proxy.data(proxy.index(1, 0), APPLICATION_ID_ROLE) == apps[0].id
    # The source model filters its list itself: the proxy has no per-row Python filter.
    assert "filterAcceptsRow" not in vars(DashboardFilter)
    assert [row.title for row in model.rows] == ["Post C", "Post A"]
