"""The dashboard's rows come from the sealed summaries (issue #16): the first build decodes no
full application, says exactly what rows computed from the full records say, holds only what
it shows, and freezes nothing; a schema-7 store's summaries are sealed again with it."""

from __future__ import annotations

import gc
import json
import sqlite3
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from secondment_desk.deadlines import dashboard_rows
from secondment_desk.deadlines.board import DashboardBoard
from secondment_desk.models import Application, Status, Vacancy
from secondment_desk.models.vacancy import Requirement
from secondment_desk.store import Store, create_store, migrations, open_store, unlock_key
from secondment_desk.store.connection import STORE_FILE
from secondment_desk.store.crypto import RecordCipher
from secondment_desk.store.store import SUMMARY
from tests.store.decodes import as_schema_7_summary, count_unsealed
from tests.store.profiles import candidate

PASS = "board passphrase"
TODAY = date(2026, 10, 1)
MUST = [Requirement(text="Minimum 6 years of experience.", kind="mandatory", category="experience")]


def _vacancy(n: int, **fields: Any) -> Vacancy:
    base: dict[str, Any] = {
        "organization": "OSCE",
        "title": f"Officer {n}",
        "requisition_id": f"VN{n:03d}",
        "closing_date": TODAY + timedelta(days=3 * n),
        "text": "Minimum 6 years of experience. " * 40,
        "requirements": MUST,
    }
    return Vacancy(**(base | fields))


def _apps() -> list[Application]:
    """One of each case a row must get right from the summary alone."""
    cases: list[tuple[Vacancy, dict[str, Any]]] = [
        (_vacancy(1, closing_time="12:00 Europe/Vienna"), {}),  # the notice's own time
        (_vacancy(2), {"lead_working_days": 2}),  # the application's lead time
        (_vacancy(3), {"delegation_deadline": TODAY + timedelta(days=4)}),  # entered
        (_vacancy(4, contract_type="Contracted, fixed-term"), {}),  # applied for directly
        (_vacancy(5, status="cancelled"), {}),  # the parser said cancelled
        (_vacancy(6, requirements=[], warnings=["the grade is not stated"]), {}),  # partial
        (_vacancy(7, closing_date=TODAY - timedelta(days=2)), {}),  # closed: a warning
        (_vacancy(8, closing_time="25:99"), {}),  # unreadable: a problem row
        (_vacancy(9, closing_date=None), {"nominating_state": None}),  # no date
        (_vacancy(10, organization="EU"), {}),
    ]
    apps = []
    for vacancy, extra in cases:
        fields: dict[str, Any] = {"nominating_state": "Norway"} | extra
        apps.append(Application(profile_id="p0", vacancy=vacancy, **fields))
    apps[1].move_to(Status.READY)
    apps[1].move_to(Status.SENT)
    return apps


@pytest.fixture
def home(desk_home: Path) -> Path:
    with create_store(desk_home, "passphrase", PASS) as store:
        store.profiles.save(candidate(0, profile_id="p0"))
        for app in _apps():
            store.applications.save(app)
    return desk_home


def _full_rows(store: Store) -> list[Any]:
    apps = store.applications.get_many([a.id for a in store.applications.list()])
    return dashboard_rows(apps, TODAY)


def test_the_board_is_built_from_summaries_and_says_what_the_full_records_say(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    decoded: Counter[str] = count_unsealed(monkeypatch)
    with open_store(home, PASS) as store:
        board = DashboardBoard().build(store, TODAY)
        assert decoded["application"] == 0 and decoded["application-summary"] == 10
        assert board.computed == 10
        expected = _full_rows(store)
    assert board.rows == expected  # every field, the urgency and the warnings included
    by_title = {row.title: row for row in board.rows}
    assert by_title["Officer 1"].closing_at is not None
    assert by_title["Officer 1"].closing_at.hour == 12
    assert not by_title["Officer 4"].nominated and by_title["Officer 4"].delegation_deadline is None
    assert by_title["Officer 5"].urgency.level == "cancelled"
    assert any("grade is not stated" in w for w in by_title["Officer 6"].warnings)
    assert any("could not be judged" in w for w in by_title["Officer 6"].warnings)
    assert any("closed on" in w for w in by_title["Officer 7"].warnings)
    assert by_title["Officer 8"].problem is not None and by_title["Officer 8"].urgency.rank == -1
    assert by_title["Officer 3"].delegation_deadline == TODAY + timedelta(days=4)


def test_a_refresh_computes_only_the_changed_row_and_still_decodes_nothing(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    board = DashboardBoard()
    with open_store(home, PASS) as store:
        board.build(store, TODAY)
        app = store.applications.get(store.applications.list()[0].id)
        app.delegation_deadline = TODAY + timedelta(days=1)
        store.applications.save(app)
        decoded = count_unsealed(monkeypatch)
        again = board.build(store, TODAY)
    assert again.computed == 1 and decoded["application"] == 0
    assert next(r for r in again.rows if r.application_id == app.id).delegation_deadline == (
        TODAY + timedelta(days=1)
    )


def _reachable_models(root: object, depth: int = 4) -> list[BaseModel]:
    """Pydantic models reachable from ``root`` within ``depth`` references."""
    found: list[BaseModel] = []
    seen, layer = {id(root)}, [root]
    for _ in range(depth):
        nxt = []
        for obj in layer:
            for ref in gc.get_referents(obj):
                if id(ref) in seen or isinstance(ref, type):
                    continue
                seen.add(id(ref))
                if isinstance(ref, BaseModel):
                    found.append(ref)
                nxt.append(ref)
        layer = nxt
    return found


def test_the_rows_hold_no_full_record_and_nothing_is_frozen(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    froze: list[int] = []
    monkeypatch.setattr(gc, "freeze", lambda: froze.append(1))
    with open_store(home, PASS) as store:
        board = DashboardBoard().build(store, TODAY)
        store.applications.get_many([a.id for a in store.applications.list()] * 60)
    assert froze == []  # neither the build nor a bulk decode of 600 freezes the process
    assert _reachable_models(board.rows) == []


def test_a_schema_7_store_gets_the_summaries_the_dashboard_reads(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As schema 7 left it: summaries in format 2, without what the rows are computed from.
    cipher = RecordCipher(unlock_key(home, PASS))
    conn = sqlite3.connect(home / STORE_FILE)
    with conn:
        rows = conn.execute("SELECT id, profile_id, version, summary FROM applications")
        for aid, owner, version, blob in rows.fetchall():
            raw = as_schema_7_summary(
                json.loads(cipher.decrypt("application-summary", aid, blob, owner, version))
            )
            old = cipher.encrypt(
                "application-summary", aid, json.dumps(raw).encode(), owner, version
            )
            conn.execute("UPDATE applications SET summary = ? WHERE id = ?", (old, aid))
        conn.execute("PRAGMA user_version = 7")
    conn.close()
    with open_store(home, PASS) as store:
        assert migrations.user_version(store.conn) == migrations.SCHEMA_VERSION == 8
        decoded = count_unsealed(monkeypatch)
        board = DashboardBoard().build(store, TODAY)
        assert decoded["application"] == 0
        assert board.rows == _full_rows(store)
    assert list((home / "backups").glob("store-v7-*.sqlite3"))  # copied aside first


def test_a_language_change_computes_the_rows_again_in_it(home: Path) -> None:
    from secondment_desk import i18n

    board = DashboardBoard()
    with open_store(home, PASS) as store:
        english = board.build(store, TODAY)
        assert i18n.set_language("ru") == "ru"
        try:
            russian = board.build(store, TODAY)
        finally:
            i18n.set_language("en")
    assert russian.computed == 10  # not kept from the English build
    before = {r.application_id: r.urgency.message for r in english.rows}
    after = {r.application_id: r.urgency.message for r in russian.rows}
    assert all(after[i] != before[i] for i in before if before[i])


def test_a_refresh_after_a_change_elsewhere_unseals_no_summary(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A refresh with no application changed (a profile imported) unseals none of the
    summaries the board holds rows for: the worker that builds it keeps the GIL only briefly
    while the window paints the dashboard beside it (issue 16)."""
    board = DashboardBoard()
    with open_store(home, PASS) as store:
        first = board.build(store, TODAY)
        decoded = count_unsealed(monkeypatch)
        again = board.build(store, TODAY)
    assert decoded["application" + SUMMARY] == 0 and again.computed == 0
    assert again.rows == first.rows and len(first.rows) == len(_apps())


def test_the_changed_listing_drops_deleted_and_damaged_applications(home: Path) -> None:
    with open_store(home, PASS) as store:
        listed = store.applications.list()
        known = {s.id: s.version for s in listed}
        gone, damaged, changed = listed[0].id, listed[1].id, listed[2].id
        store.applications.delete(gone)
        store.mark_damaged("application", damaged, None, "altered")
        app = store.applications.get(changed)
        app.delegation_deadline = TODAY + timedelta(days=2)
        store.applications.save(app)
        fresh, present = store.applications.list_changed(known)
    assert [s.id for s in fresh] == [changed] and fresh[0].version == known[changed] + 1
    assert present == set(known) - {gone, damaged}
