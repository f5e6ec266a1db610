"""Every list reads the sealed summaries: no full record is decoded to list, pick, match or
remind (issue #16: 25,000 applications decoded in full took seconds); schema 7 seals every
summary again with what those lists need."""

from __future__ import annotations

import gc
import json
import sqlite3
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from secondment_desk.applications import caseload
from secondment_desk.deadlines import due_reminders, store_reminders
from secondment_desk.deadlines.reminders import may_remind
from secondment_desk.models import Application, Status, Vacancy
from secondment_desk.profile.review import find_duplicates
from secondment_desk.store import (
    ApplicationSummary,
    ProfileSummary,
    Store,
    create_store,
    migrations,
    open_store,
    unlock_key,
)
from secondment_desk.store.connection import STORE_FILE
from secondment_desk.store.crypto import RecordCipher
from secondment_desk.store.errors import DamagedRecordError
from tests.store.decodes import count_unsealed
from tests.store.profiles import EMAIL, candidate

PASS = "list paths passphrase"
TODAY = date(2026, 10, 1)


def _app(
    profile_id: str, n: int, closing: date | None, status: Status, **extra: Any
) -> Application:
    vacancy = Vacancy(
        organization="OSCE", title=f"Officer {n}", requisition_id=f"VN{n:03d}",
        closing_date=closing, text="Minimum 6 years of experience. " * 40,
    )  # fmt: skip
    app = Application(profile_id=profile_id, vacancy=vacancy, nominating_state="Norway", **extra)
    for step in (Status.READY, Status.SENT, Status.NOMINATED):
        if app.status == status:
            break
        app.move_to(step)
    return app


def _fill(store: Store) -> list[Application]:
    for i in range(3):
        profile = candidate(i, profile_id=f"p{i}")
        profile.personal.family_name = f"Family{i}"
        profile.personal.email = f"person{i}@example.org"
        store.profiles.save(profile)
    apps = [
        _app("p0", 1, TODAY + timedelta(days=9), Status.DRAFT),  # open: may remind
        _app("p0", 2, TODAY - timedelta(days=40), Status.DRAFT),  # closed long ago
        _app("p1", 3, TODAY + timedelta(days=2), Status.SENT),  # open, sent
        _app("p1", 4, TODAY + timedelta(days=30), Status.NOMINATED),  # past the reminders
        _app("p2", 5, None, Status.READY, delegation_deadline=TODAY + timedelta(days=7)),
        _app("p2", 6, TODAY - timedelta(days=30), Status.READY),  # closed
    ]
    for app in apps:
        store.applications.save(app)
    return apps


@pytest.fixture
def home(desk_home: Path) -> Path:
    with create_store(desk_home, "passphrase", PASS) as store:
        _fill(store)
    return desk_home


@pytest.fixture
def decoded(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How many records of each kind were unsealed ("application": a full record)."""
    return count_unsealed(monkeypatch)


def test_listing_and_the_cli_list_decode_no_full_application(
    home: Path,
    decoded: Counter[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from secondment_desk.cli import main

    with open_store(home, PASS) as store:
        listed = store.applications.list()
        assert len(listed) == 6 and decoded["application-summary"] == 6
        assert [a.reference for a in store.applications.list("p2")] == ["VN006", "VN005"]
        sent = caseload(store, status=Status.SENT)
        assert [(a.reference, name) for a, name in sent] == [("VN003", "Ljudmila Family1")]
        assert {a.events for a in listed} >= {1, 3}  # created; created, ready, sent
        assert decoded["application"] == 0
        assert store.applications.version(listed[0].id) is None  # nothing full was read
        full = store.applications.get_many([a.id for a in listed])
        assert decoded["application"] == 6  # opening them does decode them
        assert [store.applications.summary_of(a) for a in full] == [
            next(s for s in listed if s.id == a.id) for a in full
        ]
    monkeypatch.setenv("SECONDMENT_DESK_HOME", str(home))
    monkeypatch.setenv("SECONDMENT_DESK_PASSPHRASE", PASS)
    before = decoded["application"]
    assert main(["application", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert decoded["application"] == before
    row = next(r for r in rows if r["reference"] == "VN003")
    assert (row["post"], row["status"], row["events"], row["organisation"]) == (
        "Officer 3", "sent", 3, "OSCE",
    )  # fmt: skip


def test_the_reminders_decode_only_what_may_be_due(home: Path, decoded: Counter[str]) -> None:
    with open_store(home, PASS) as store:
        every = store.applications.get_many([a.id for a in store.applications.list()])
        expected = due_reminders(every, TODAY)
        decoded.clear()
        found = store_reminders(store, TODAY)
        assert found == expected and found  # the same reminders
        assert decoded["application"] == 3  # VN001, VN003 (open), VN005 (entered date)


def test_the_summary_filter_never_misses_a_reminder(desk_home: Path) -> None:
    # Every day of four months, in the computer's zone and the farthest ones: whenever the
    # full record has a reminder due, the summary said it may.
    with create_store(desk_home, "passphrase", PASS) as store:
        apps = _fill(store)
        late = _app("p0", 7, TODAY, Status.DRAFT, delegation_deadline=TODAY + timedelta(days=9))
        timed = _app("p1", 8, TODAY, Status.READY)
        timed.vacancy.closing_time = "23:59 America/New_York"
        for app in (late, timed):
            store.applications.save(app)
        summaries = {s.id: s for s in store.applications.list()}
        apps = store.applications.get_many(list(summaries))
    missed = []
    for zone in (None, ZoneInfo("Pacific/Kiritimati"), ZoneInfo("Etc/GMT+12")):
        for offset in range(-60, 60):
            day = TODAY + timedelta(days=offset)
            for app in apps:
                if due_reminders([app], day, zone) and not may_remind(summaries[app.id], day):
                    missed.append((app.vacancy.requisition_id, day, zone))
    assert missed == []
    first = next(s for s in summaries.values() if s.reference == "VN001")
    assert not may_remind(first, TODAY + timedelta(days=400))  # it does filter


def test_the_duplicate_check_decodes_only_a_match(home: Path, decoded: Counter[str]) -> None:
    with open_store(home, PASS) as store:
        stranger = candidate(9, profile_id="p9")
        stranger.personal.family_name = "Nobody"
        stranger.personal.email = "nobody@example.org"
        decoded.clear()
        assert find_duplicates(store, stranger) == []
        assert decoded["profile-summary"] == 3
        by_mail = candidate(9, profile_id="p8")
        by_mail.personal.family_name = "Renamed"
        by_mail.personal.email = "PERSON1@example.org"
        namesake = candidate(9, profile_id="p7")
        namesake.personal.family_name = "Family2"
        namesake.personal.email = ""
        other_birth = namesake.model_copy(deep=True, update={"id": "p6"})
        other_birth.personal.date_of_birth = date(1990, 1, 1)
        decoded.clear()
        assert [p.id for p in find_duplicates(store, by_mail)] == ["p1"]
        assert [p.id for p in find_duplicates(store, namesake)] == ["p2"]
        assert find_duplicates(store, other_birth) == []
        # Profiles were only authenticated by the list the first time: once per version.
        assert decoded["profile"] == 2  # the two matches, read in full to be shown


def test_a_listing_freezes_nothing_and_leaves_the_collector_as_it_was(home: Path) -> None:
    frozen = gc.get_freeze_count()
    with open_store(home, PASS) as store:
        ids = [a.id for a in store.applications.list()]
        assert len(store.applications.get_many(ids)) == len(list(store.applications.iter_many(ids)))
        store.profiles.list()
        assert gc.isenabled()
        gc.disable()
        try:
            store.applications.list()
            assert not gc.isenabled()  # a caller's choice is kept
        finally:
            gc.enable()
    assert gc.get_freeze_count() == frozen


def _old_summaries(home: Path) -> tuple[list[ApplicationSummary], list[ProfileSummary]]:
    """The store as schema 6 left it: summaries in the first format (a name; an application
    without its history length and entered delegation date). Returns what it listed before."""
    with open_store(home, PASS) as store:
        listed = store.applications.list(), store.profiles.list()
    cipher = RecordCipher(unlock_key(home, PASS))
    conn = sqlite3.connect(home / STORE_FILE)
    with conn:
        for pid, version, blob in conn.execute("SELECT id, version, summary FROM profiles"):
            raw = json.loads(cipher.decrypt("profile-summary", pid, blob, version=version))
            del raw["format"], raw["email"], raw["date_of_birth"]
            old = cipher.encrypt("profile-summary", pid, json.dumps(raw).encode(), version=version)
            conn.execute("UPDATE profiles SET summary = ? WHERE id = ?", (old, pid))
        rows = conn.execute("SELECT id, profile_id, version, summary FROM applications")
        for aid, owner, version, blob in rows.fetchall():
            raw = json.loads(cipher.decrypt("application-summary", aid, blob, owner, version))
            del raw["format"], raw["events"], raw["delegation_deadline"]
            old = cipher.encrypt(
                "application-summary", aid, json.dumps(raw).encode(), owner, version
            )
            conn.execute("UPDATE applications SET summary = ? WHERE id = ?", (old, aid))
        conn.execute("PRAGMA user_version = 6")
    conn.close()
    return listed


def test_a_schema_6_store_gets_its_summaries_sealed_again(
    home: Path, decoded: Counter[str]
) -> None:
    expected, people = _old_summaries(home)
    with open_store(home, PASS) as store:
        assert migrations.user_version(store.conn) == migrations.SCHEMA_VERSION == 8
        decoded.clear()
        assert store.applications.list() == expected
        assert store.profiles.list() == people
        assert all(p.identity is not None for p in people)
        assert decoded["application"] == 0  # the new summaries say it all
        assert store.damaged() == []
    assert list((home / "backups").glob("store-v6-*.sqlite3"))  # copied aside first
    raw = (home / STORE_FILE).read_bytes()  # the e-mail and dates are sealed like the record
    for secret in ("person1@example.org", EMAIL, "1984-02-29", "Family1", "Officer 3"):
        assert secret.encode() not in raw


def test_a_summary_of_the_first_format_is_read_from_its_record(
    home: Path, decoded: Counter[str]
) -> None:
    # A summary left in the first format (the server did not let a member seal it again):
    # until its record is saved, the list reads the record, and says the same.
    expected, people = _old_summaries(home)
    conn = sqlite3.connect(home / STORE_FILE)
    conn.execute("PRAGMA user_version = 8")  # as if migrated without the key
    conn.close()
    with open_store(home, PASS) as store:
        decoded.clear()
        assert store.applications.list() == expected
        assert decoded["application"] == 6
        names = store.profiles.list()
        assert [(p.id, p.name) for p in names] == [(p.id, p.name) for p in people]
        assert all(p.identity is None for p in names)  # the duplicate check reads the records
        twin = candidate(9, profile_id="p9")
        twin.personal.family_name = "Family1"
        assert [p.id for p in find_duplicates(store, twin)] == ["p1"]  # name and birth date


def test_a_record_damaged_in_place_is_listed_and_skipped_when_opened(home: Path) -> None:
    # The list reads the summary; the record's own damage (its tag intact, so the ledger at
    # open cannot tell) shows when it is opened: the window's pick goes to the next one.
    with open_store(home, PASS) as store:
        newest, older = (a.id for a in store.applications.list("p0"))
    conn = sqlite3.connect(home / STORE_FILE)
    with conn:
        (blob,) = conn.execute("SELECT blob FROM applications WHERE id = ?", (newest,)).fetchone()
        middle = len(blob) // 2
        broken = blob[:middle] + bytes([blob[middle] ^ 1]) + blob[middle + 1 :]
        conn.execute("UPDATE applications SET blob = ? WHERE id = ?", (broken, newest))
    conn.close()
    with open_store(home, PASS) as store:
        assert [a.id for a in store.applications.list("p0")] == [newest, older]
        opened = store.applications.first_readable([newest, older])
        assert opened is not None and opened.id == older
        assert [d.id for d in store.damaged()] == [newest]
        with pytest.raises(DamagedRecordError):
            store.applications.get(newest)
