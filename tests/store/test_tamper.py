"""Damage is contained and tampering is seen: one bad record never hides the others; a
rolled-back, deleted or added row is reported by id at open; unknown schema objects refuse."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from secondment_desk.store import create_store, open_store
from secondment_desk.store.connection import STORE_FILE
from secondment_desk.store.errors import DamagedRecordError, TamperedError
from tests.conftest import subprocess_env
from tests.store.profiles import candidate

PASS = "correct horse battery staple"


def _two_profiles(home: Path) -> None:
    with create_store(home, "passphrase", PASS) as store:
        store.profiles.save(candidate(1, profile_id="goodprofile"))
        store.profiles.save(candidate(2, profile_id="badprofile"))


def _sql(home: Path, *statements: tuple[str, tuple[object, ...]]) -> None:
    conn = sqlite3.connect(home / STORE_FILE)
    with conn:
        for sql, args in statements:
            conn.execute(sql, args)
    conn.close()


def _flip_byte(home: Path, profile_id: str, offset: int = 40) -> None:
    conn = sqlite3.connect(home / STORE_FILE)
    blob = bytearray(
        conn.execute("SELECT blob FROM profiles WHERE id = ?", (profile_id,)).fetchone()[0]
    )
    blob[offset] ^= 0x01
    with conn:
        conn.execute("UPDATE profiles SET blob = ? WHERE id = ?", (bytes(blob), profile_id))
    conn.close()


def _cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = subprocess_env(SECONDMENT_DESK_HOME=str(home), SECONDMENT_DESK_PASSPHRASE=PASS)
    return subprocess.run(
        [sys.executable, "-m", "secondment_desk", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("offset", [40, -3])  # in the ciphertext; in the GCM tag
def test_one_damaged_record_leaves_the_others_readable(desk_home: Path, offset: int) -> None:
    _two_profiles(desk_home)
    _flip_byte(desk_home, "badprofile", offset)
    with open_store(desk_home, PASS) as store:
        assert [s.id for s in store.profiles.list()] == ["goodprofile"]
        damaged = store.damaged()
        assert [(d.kind, d.id) for d in damaged] == [("profile", "badprofile")]
        assert damaged[0].updated_at is not None
        assert store.profiles.get("goodprofile").summary == "version 1"
        with pytest.raises(DamagedRecordError, match="badprofile"):
            store.profiles.get("badprofile")
        store.profiles.delete("badprofile")
        assert store.damaged() == []
    with open_store(desk_home, PASS) as store:
        assert store.damaged() == [] and len(store.profiles.list()) == 1


def test_the_cli_lists_shows_and_deletes_around_a_damaged_record(desk_home: Path) -> None:
    _two_profiles(desk_home)
    _flip_byte(desk_home, "badprofile")
    listed = _cli(desk_home, "profile", "list")
    assert listed.returncode == 0, listed.stderr
    assert "goodprofile" in listed.stdout
    assert "badprofile" in listed.stdout and "DAMAGED profile" in listed.stdout
    shown = _cli(desk_home, "profile", "show", "goodprofile")
    assert shown.returncode == 0 and "Wojciechowska" in shown.stdout
    bad = _cli(desk_home, "profile", "show", "badprofile")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    assert bad.stderr.count("\n") == 1 and "delete it" in bad.stderr
    deleted = _cli(desk_home, "profile", "delete", "badprofile")
    assert deleted.returncode == 0, deleted.stderr
    assert "damaged profile badprofile" in deleted.stdout


def test_an_older_copy_put_back_is_detected(desk_home: Path) -> None:
    with create_store(desk_home, "passphrase", PASS) as store:
        store.profiles.save(candidate(1, profile_id="rolled"))
        store.profiles.save(candidate(1, profile_id="other"))
        old = store.conn.execute(
            "SELECT version, blob FROM profiles WHERE id = 'rolled'"
        ).fetchone()
        newer = store.profiles.get("rolled")
        newer.summary = "version 2"
        store.profiles.save(newer)
    # The attacker puts the old row back (its version and blob, which still decrypt together).
    _sql(desk_home, ("UPDATE profiles SET version = ?, blob = ? WHERE id = 'rolled'", old))
    with open_store(desk_home, PASS) as store:
        damaged = store.damaged()
        assert [d.id for d in damaged] == ["rolled"]
        assert "older copy" in damaged[0].reason
        assert [s.id for s in store.profiles.list()] == ["other"]
        with pytest.raises(DamagedRecordError, match="older copy"):
            store.profiles.get("rolled")


def test_an_old_blob_under_the_new_version_does_not_unseal(desk_home: Path) -> None:
    with create_store(desk_home, "passphrase", PASS) as store:
        store.profiles.save(candidate(1, profile_id="rolled"))
        old_blob = store.conn.execute("SELECT blob FROM profiles").fetchone()[0]
        again = store.profiles.get("rolled")
        store.profiles.save(again)
        # Even with the ledger unaware (same handle writes it back raw), the version is bound.
        store.conn.execute("UPDATE profiles SET blob = ? WHERE id = 'rolled'", (old_blob,))
        store.forget_damage("profile", "rolled")
        with pytest.raises(DamagedRecordError, match="damaged or was altered"):
            store.profiles.get("rolled")


def test_a_deleted_row_is_detected_and_can_be_acknowledged(desk_home: Path) -> None:
    _two_profiles(desk_home)
    _sql(desk_home, ("DELETE FROM profiles WHERE id = 'badprofile'", ()))
    with open_store(desk_home, PASS) as store:
        damaged = store.damaged()
        assert [(d.id, d.present) for d in damaged] == [("badprofile", False)]
        assert "deleted outside" in damaged[0].reason
        assert [s.id for s in store.profiles.list()] == ["goodprofile"]
        store.profiles.delete("badprofile")  # the user acknowledges it
    with open_store(desk_home, PASS) as store:
        assert store.damaged() == []


def test_a_row_added_outside_the_app_is_reported(desk_home: Path) -> None:
    _two_profiles(desk_home)
    _sql(
        desk_home,
        (
            "INSERT INTO profiles (id, version, updated_at, blob) "
            "SELECT 'intruder', version, updated_at, blob FROM profiles WHERE id = 'goodprofile'",
            (),
        ),
    )
    with open_store(desk_home, PASS) as store:
        assert [(d.id, d.reason) for d in store.damaged()] == [
            ("intruder", "added outside Secondment Desk")
        ]


@pytest.mark.parametrize(
    "ddl",
    [
        "CREATE TRIGGER spy AFTER UPDATE ON profiles BEGIN DELETE FROM applications; END",
        "CREATE VIEW peek AS SELECT * FROM profiles",
        "CREATE TABLE extra (x)",
    ],
)
def test_unknown_schema_objects_refuse_to_open(desk_home: Path, ddl: str) -> None:
    _two_profiles(desk_home)
    _sql(desk_home, (ddl, ()))
    with pytest.raises(TamperedError, match="did not make"):
        open_store(desk_home, PASS)


def test_a_damaged_ledger_refuses_until_accepted(desk_home: Path) -> None:
    _two_profiles(desk_home)
    _sql(desk_home, ("UPDATE meta SET value = 'AAAA' WHERE key = 'ledger'", ()))
    with pytest.raises(TamperedError, match="ledger"):
        open_store(desk_home, PASS)
    verify = _cli(desk_home, "profile", "verify")
    assert verify.returncode == 2 and verify.stderr.count("\n") == 1
    accepted = _cli(desk_home, "profile", "verify", "--accept")
    assert accepted.returncode == 0, accepted.stderr
    with open_store(desk_home, PASS) as store:
        assert len(store.profiles.list()) == 2 and store.damaged() == []


def test_one_damaged_profile_is_restored_from_a_backup(desk_home: Path, tmp_path: Path) -> None:
    _two_profiles(desk_home)
    with open_store(desk_home, PASS) as store:
        store.backup(tmp_path / "b.sdbk")
        good = store.profiles.get("goodprofile")
        good.summary = "edited after the backup"
        store.profiles.save(good)
    _flip_byte(desk_home, "badprofile")
    done = _cli(desk_home, "profile", "restore", str(tmp_path / "b.sdbk"), "--only", "badprofile")
    assert done.returncode == 0, done.stderr
    with open_store(desk_home, PASS) as store:
        assert store.damaged() == []
        assert store.profiles.get("badprofile").summary == "version 2"
        assert store.profiles.get("goodprofile").summary == "edited after the backup"  # kept


def test_a_blob_rewritten_as_text_is_one_damaged_record(desk_home: Path) -> None:
    _two_profiles(desk_home)
    _sql(
        desk_home,
        (
            "UPDATE profiles SET blob = substr(blob, 1, 40) || x'00' || substr(blob, 42), "
            "version = 'x' WHERE id = 'badprofile'",
            (),
        ),
    )
    with open_store(desk_home, PASS) as store:
        assert [s.id for s in store.profiles.list()] == ["goodprofile"]
        assert [d.id for d in store.damaged()] == ["badprofile"]


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE ledger_entries SET version = version + 1 WHERE id = 'badprofile'",
        "DELETE FROM ledger_entries WHERE id = 'badprofile'",
        "INSERT INTO ledger_entries SELECT kind, 'intruder', version, tag FROM ledger_entries "
        "WHERE id = 'goodprofile'",
    ],
)
def test_a_ledger_entry_changed_outside_the_app_refuses(desk_home: Path, statement: str) -> None:
    # The entries are rows of their own now: each one is bound by the sealed aggregate.
    _two_profiles(desk_home)
    _sql(desk_home, (statement, ()))
    with pytest.raises(TamperedError, match="ledger"):
        open_store(desk_home, PASS)


def test_a_record_put_back_with_its_ledger_entry_is_detected(desk_home: Path) -> None:
    with create_store(desk_home, "passphrase", PASS) as store:
        store.profiles.save(candidate(1, profile_id="rolled"))
        old_row = store.conn.execute(
            "SELECT version, blob FROM profiles WHERE id = 'rolled'"
        ).fetchone()
        old_entry = store.conn.execute(
            "SELECT version, tag FROM ledger_entries WHERE id = 'rolled'"
        ).fetchone()
        store.profiles.save(store.profiles.get("rolled"))
    _sql(
        desk_home,
        ("UPDATE profiles SET version = ?, blob = ? WHERE id = 'rolled'", old_row),
        ("UPDATE ledger_entries SET version = ?, tag = ? WHERE id = 'rolled'", old_entry),
    )
    with pytest.raises(TamperedError, match="ledger"):
        open_store(desk_home, PASS)


def test_saves_keep_the_ledger_whole_across_handles(desk_home: Path) -> None:
    _two_profiles(desk_home)
    with open_store(desk_home, PASS) as store:
        good = store.profiles.get("goodprofile")
        good.summary = "edited"
        store.profiles.save(good)
        store.profiles.delete("badprofile")
    with open_store(desk_home, PASS) as store:
        assert store.damaged() == []
        assert [s.id for s in store.profiles.list()] == ["goodprofile"]
        count = store.conn.execute("SELECT count(*) FROM ledger_entries").fetchone()[0]
        assert count == 1
