from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import keyring
import pytest

from secondment_desk.errors import InputError, LockedError, NotFoundError, StoreError
from secondment_desk.models.application import Application
from secondment_desk.models.vacancy import Vacancy
from secondment_desk.store import (
    AmbiguousNameError,
    create_store,
    migrations,
    new_store,
    open_store,
    restore_archive,
    store_status,
    unlock_key,
)
from secondment_desk.store.connection import STORE_FILE
from secondment_desk.store.keys import os_keyring
from tests.store.conftest import snapshot
from tests.store.profiles import BIRTH, EMAIL, NAME, PHONE, candidate

PASS = "correct horse battery staple"


def _vacancy(ref: str) -> Vacancy:
    return Vacancy(organization="OSCE", title="Political Officer", requisition_id=ref)


def test_profiles_round_trip_and_names(desk_home: Path) -> None:
    with create_store(desk_home, "passphrase", PASS) as store:
        anna = candidate(1)
        store.profiles.save(anna)
        assert store.profiles.get(anna.id) == anna
        assert store.profiles.get("ljudmila WOJCIECHOWSKA") == anna
        summaries = store.profiles.list()
        assert [(s.id, s.name) for s in summaries] == [(anna.id, "Ljudmila Wojciechowska")]
        twin = candidate(2)
        store.profiles.save(twin)
        with pytest.raises(AmbiguousNameError, match="2 profiles"):
            store.profiles.get("Ljudmila Wojciechowska")
        assert store.profiles.delete(twin.id) == twin.id
        with pytest.raises(NotFoundError):
            store.profiles.get(twin.id)
    with open_store(desk_home, PASS) as store:
        assert store.profiles.get("Ljudmila Wojciechowska").summary == "version 1"


def test_applications_belong_to_a_profile(desk_home: Path) -> None:
    with create_store(desk_home, "passphrase", PASS) as store:
        profile = candidate()
        store.profiles.save(profile)
        app = Application(profile_id=profile.id, vacancy=_vacancy("VNMISS001"))
        store.applications.save(app)
        other = Application(profile_id=profile.id, vacancy=_vacancy("VNMISS002"))
        store.applications.save(other)
        assert {a.id for a in store.applications.list(profile.id)} == {app.id, other.id}
        found = store.applications.find(profile.id, _vacancy("VNMISS002").key)
        assert found is not None and found.id == other.id
        assert store.applications.find(profile.id, "nope") is None
        assert store.applications.get(app.id).vacancy.requisition_id == "VNMISS001"
        with pytest.raises(NotFoundError, match="not in the store"):
            store.applications.save(Application(profile_id="ghost", vacancy=_vacancy("X")))
        store.applications.delete(app.id)
        with pytest.raises(NotFoundError):
            store.applications.get(app.id)
        store.profiles.delete(profile.id)
        assert store.applications.list() == []


def test_a_blob_moved_to_another_row_does_not_decrypt(desk_home: Path) -> None:
    with create_store(desk_home, "passphrase", PASS) as store:
        a, b = candidate(1), candidate(2)
        store.profiles.save(a)
        store.profiles.save(b)
        blob = store.conn.execute("SELECT blob FROM profiles WHERE id = ?", (a.id,)).fetchone()
        store.conn.execute("UPDATE profiles SET blob = ? WHERE id = ?", (blob[0], b.id))
        with pytest.raises(StoreError, match="damaged or was altered"):
            store.profiles.get(b.id)


def _needles() -> list[bytes]:
    texts = [*NAME, EMAIL, PHONE, BIRTH, "Wojciechowska", "29.02.1984"]
    out = []
    for text in texts:
        out += [text.encode("utf-8"), text.encode("utf-16-le"), text.lower().encode()]
    return out


def _scan(folder: Path) -> dict[str, list[bytes]]:
    hits = {}
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert files
    for path in files:
        data = path.read_bytes()
        found = [n for n in _needles() if n in data]
        if found:
            hits[str(path)] = found
    return hits


@pytest.mark.parametrize("method", ["passphrase", "keyring"])
def test_nothing_personal_is_written_in_plaintext(
    desk_home: Path, tmp_path: Path, method: str, file_keyring: Path
) -> None:
    with create_store(desk_home, method, PASS) as store:  # type: ignore[arg-type]
        for v in range(3):
            store.profiles.save(candidate(v, profile_id="p1"))
        profile = store.profiles.get("p1")
        store.applications.save(Application(profile_id=profile.id, vacancy=_vacancy("V1")))
        store.backup(desk_home / "backup.sdb", passphrase=PASS)
        # While the store is open the write-ahead log holds the latest pages.
        assert (desk_home / (STORE_FILE + "-wal")).exists()
        assert _scan(desk_home) == {}
    restore_archive(desk_home / "backup.sdb", desk_home, PASS)  # leaves a copy in backups/
    assert list((desk_home / "backups").iterdir())
    assert _scan(desk_home) == {}
    # The scan can fail: an export is plaintext on purpose.
    (desk_home / "export.json").write_text(profile.model_dump_json(), "utf-8")
    assert _scan(desk_home)


def test_wrong_passphrase_changes_nothing(desk_home: Path) -> None:
    with create_store(desk_home, "passphrase", PASS) as store:
        store.profiles.save(candidate())
    before = snapshot(desk_home)
    with pytest.raises(LockedError, match="passphrase is wrong"):
        open_store(desk_home, "not the passphrase")
    with pytest.raises(LockedError, match="locked with a passphrase"):
        open_store(desk_home)
    assert snapshot(desk_home) == before


def test_key_found_in_a_worker_thread_opens_the_store_on_this_one(desk_home: Path) -> None:
    """The window derives the key (the slow passphrase KDF) off its UI thread, then opens the
    store on it: SQLite connections belong to the thread that opened them."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:
        key = pool.submit(new_store, desk_home, "passphrase", PASS).result()
        with open_store(desk_home, key=key) as store:
            store.profiles.save(candidate())
        before = snapshot(desk_home)
        with pytest.raises(LockedError, match="passphrase is wrong"):
            pool.submit(unlock_key, desk_home, "not the passphrase").result()
        assert snapshot(desk_home) == before
        key = pool.submit(unlock_key, desk_home, PASS).result()
    with open_store(desk_home, key=key) as store:
        assert [p.name for p in store.profiles.list()] == [" ".join(NAME)]
    with pytest.raises(LockedError, match="does not open this store"):
        open_store(desk_home, key=bytes(len(key)))
    assert snapshot(desk_home) == before


def test_unlocking_a_missing_store_says_so(desk_home: Path) -> None:
    with pytest.raises(NotFoundError, match="no store"):
        unlock_key(desk_home, PASS)


def test_env_passphrase_opens_headless(desk_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECONDMENT_DESK_PASSPHRASE", PASS)
    with open_store(desk_home) as store:  # created: no keyring works here
        assert store.method == "passphrase"
        store.profiles.save(candidate())
    with open_store(desk_home) as store:
        assert len(store.profiles.list()) == 1


def test_no_keyring_and_no_passphrase_is_a_clear_error(desk_home: Path) -> None:
    with pytest.raises(LockedError, match="SECONDMENT_DESK_PASSPHRASE"):
        open_store(desk_home)
    assert not (desk_home / STORE_FILE).exists()
    status = store_status(desk_home)
    assert not status.exists and not status.keyring_usable
    assert "passphrase" in status.warning


def test_keyring_store_with_file_backend(desk_home: Path, file_keyring: Path) -> None:
    status = store_status(desk_home)
    assert status.keyring_usable and status.keyring_backend.endswith("PlaintextKeyring")
    with open_store(desk_home) as store:  # created with the keyring, no passphrase needed
        assert store.method == "keyring"
        store.profiles.save(candidate())
        store_id = store.store_id
    assert keyring.get_password("secondment-desk", f"data-key:{store_id}")
    assert store_status(desk_home).method == "keyring"
    with open_store(desk_home) as store:
        assert len(store.profiles.list()) == 1


def test_missing_keyring_entry_is_locked_and_changes_nothing(
    desk_home: Path, file_keyring: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_store(desk_home) as store:
        store.profiles.save(candidate())
        store_id = store.store_id
    before = snapshot(desk_home)
    keyring.delete_password("secondment-desk", f"data-key:{store_id}")
    with pytest.raises(LockedError, match="missing from the OS keyring"):
        open_store(desk_home)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    with pytest.raises(LockedError, match="cannot be read here"):
        open_store(desk_home)
    assert snapshot(desk_home) == before


def test_an_automatic_plaintext_backend_does_not_count_as_a_keyring(
    file_keyring: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """keyrings.alt's file backend is picked by default on headless boxes: not good enough."""
    from keyrings.alt.file import PlaintextKeyring

    monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
    monkeypatch.setattr(keyring, "get_keyring", PlaintextKeyring)
    usable, _name, why = os_keyring.probe()
    assert not usable and "plain file" in why


def test_secret_service_keyring(desk_home: Path, secret_service: dict[str, str]) -> None:
    status = store_status(desk_home)
    assert status.keyring_usable, status.warning
    assert "SecretService" in status.keyring_backend
    with open_store(desk_home) as store:
        assert store.method == "keyring"
        store.profiles.save(candidate(7))
        store_id = store.store_id
    with open_store(desk_home) as store:
        assert store.profiles.get(NAME[0] + " " + NAME[1]).summary == "version 7"
    os_keyring.KeyringSource().forget(store_id)
    with pytest.raises(LockedError):
        open_store(desk_home)


def _make_v1_store(home: Path) -> str:
    """A store as version 1 wrote it: passphrase meta and one profile, no applications."""
    import base64

    from secondment_desk.store.crypto import RecordCipher, make_key_check, new_data_key
    from secondment_desk.store.keys.passphrase import wrap

    key, store_id = new_data_key(), "0123456789abcdef"
    conn = sqlite3.connect(home / STORE_FILE, isolation_level=None)
    migrations.migrate(conn, target=1)
    meta = {
        "store_id": store_id,
        "key_method": "passphrase",
        "key_check": base64.b64encode(make_key_check(key, store_id)).decode(),
        **wrap(PASS, key, store_id),
    }
    conn.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
    profile = candidate(1, profile_id="oldprofile")
    blob = RecordCipher(key).encrypt("profile", profile.id, profile.model_dump_json().encode())
    conn.execute("INSERT INTO profiles VALUES (?, ?, ?)", (profile.id, "2024-01-01T00:00", blob))
    conn.close()
    return store_id


def test_migration_from_v1_keeps_a_backup(desk_home: Path) -> None:
    _make_v1_store(desk_home)
    before = snapshot(desk_home)
    with pytest.raises(LockedError):
        open_store(desk_home, "wrong passphrase")
    assert snapshot(desk_home) == before  # no migration, no backup without the key
    with open_store(desk_home, PASS) as store:
        assert migrations.user_version(store.conn) == migrations.SCHEMA_VERSION == 8
        assert store.profiles.get("oldprofile").summary == "version 1"
        store.applications.save(Application(profile_id="oldprofile", vacancy=_vacancy("V")))
        # The old sealed ledger's entries became rows of their own (one per record).
        entries = store.conn.execute("SELECT kind FROM ledger_entries ORDER BY kind").fetchall()
        assert entries == [("application",), ("profile",)]
    backups = list((desk_home / "backups").glob("store-v1-*.sqlite3"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert migrations.user_version(copy) == 1
    assert copy.execute("SELECT count(*) FROM profiles").fetchone() == (1,)
    copy.close()
    with open_store(desk_home, PASS):
        pass
    assert len(list((desk_home / "backups").iterdir())) == 1  # no second migration


def test_a_newer_store_is_refused(desk_home: Path) -> None:
    create_store(desk_home, "passphrase", PASS).close()
    conn = sqlite3.connect(desk_home / STORE_FILE)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(StoreError, match="newer Secondment Desk"):
        open_store(desk_home, PASS)


def test_not_a_store(desk_home: Path) -> None:
    (desk_home / STORE_FILE).write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a Secondment Desk store"):
        open_store(desk_home, PASS)


def test_backup_and_restore(desk_home: Path, tmp_path: Path, file_keyring: Path) -> None:
    with open_store(desk_home) as store:
        old = candidate(1)
        store.profiles.save(old)
        store.applications.save(Application(profile_id=old.id, vacancy=_vacancy("V1")))
        archive = store.backup(tmp_path / "desk.backup", passphrase=PASS)
        store.profiles.save(candidate(2, profile_id=old.id))
        store.profiles.save(candidate(3))
    result = restore_archive(archive, desk_home)
    assert (result.profiles, result.applications) == (1, 1)
    assert result.previous_copy is not None and result.previous_copy.exists()
    with open_store(desk_home) as store:
        assert [p.id for p in store.profiles.list()] == [old.id]
        assert store.profiles.get(old.id).summary == "version 1"

    # A damaged archive is refused and the store is left alone.
    damaged = tmp_path / "damaged.backup"
    data = bytearray(archive.read_bytes())
    data[-40] ^= 0xFF
    damaged.write_bytes(bytes(data))
    before = snapshot(desk_home)
    with pytest.raises(StoreError, match="damaged"):
        restore_archive(damaged, desk_home)
    (tmp_path / "junk").write_bytes(b"junk")
    with pytest.raises(InputError, match="not a Secondment Desk backup"):
        restore_archive(tmp_path / "junk", desk_home)
    assert snapshot(desk_home) == before

    # On another machine (no keyring entry) the archive opens with its passphrase only.
    elsewhere = tmp_path / "elsewhere"
    keyring_store = file_keyring / ".local" / "share" / "python_keyring" / "keyring_pass.cfg"
    keyring_store.unlink()
    with pytest.raises(LockedError, match="passphrase"):
        restore_archive(archive, elsewhere)
    with pytest.raises(LockedError, match="passphrase is wrong"):
        restore_archive(archive, elsewhere, "a wrong passphrase")
    restore_archive(archive, elsewhere, PASS)
    with open_store(elsewhere) as store:  # the key went into this keyring
        assert store.profiles.get(old.id).summary == "version 1"


def test_restore_into_a_home_without_keyring_protects_with_the_passphrase(
    desk_home: Path, tmp_path: Path, file_keyring: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_store(desk_home) as store:
        store.profiles.save(candidate(4))
        archive = store.backup(tmp_path / "a.backup", passphrase=PASS)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    target = tmp_path / "headless"
    restore_archive(archive, target, PASS)
    assert store_status(target).method == "passphrase"
    with open_store(target, PASS) as store:
        assert len(store.profiles.list()) == 1


def test_store_status_of_a_passphrase_store(desk_home: Path) -> None:
    create_store(desk_home, "passphrase", PASS).close()
    status = store_status(desk_home)
    assert status.exists and status.method == "passphrase" and status.schema_version == 8
    assert "forgotten" in status.warning
    with pytest.raises(StoreError, match="already exists"):
        create_store(desk_home, "passphrase", PASS)
    with pytest.raises(LockedError, match="at least 8"):
        create_store(desk_home / "other", "passphrase", "short")
    with pytest.raises(LockedError, match="choose a passphrase"):
        create_store(desk_home / "other", "keyring")


def test_applications_keep_dates(desk_home: Path) -> None:
    with create_store(desk_home, "passphrase", PASS) as store:
        profile = candidate()
        store.profiles.save(profile)
        app = Application(
            profile_id=profile.id, vacancy=_vacancy("V9"), delegation_deadline=date(2025, 3, 1)
        )
        store.applications.save(app)
        assert store.applications.get(app.id).delegation_deadline == date(2025, 3, 1)
