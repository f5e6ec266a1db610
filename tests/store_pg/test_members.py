"""The data key wrapped per member; removing one rotates it, and their key opens nothing."""

from __future__ import annotations

import psycopg
import pytest

from secondment_desk.errors import LockedError, StoreError
from secondment_desk.models.application import Application
from secondment_desk.models.vacancy import Vacancy
from secondment_desk.store.crypto import KEY_DIGEST, WRAP_KEYS, RecordCipher, key_material_digest
from secondment_desk.store.errors import StoreReplacedError
from secondment_desk.store.member_keys import WRAPPED, new_member_keys, unwrap_with
from secondment_desk.store.members import add_member_key, member_key, remove_member
from secondment_desk.store.postgres import create_server_store, open_server_store
from tests.store.old_wraps import scrypt_rows
from tests.store.profiles import candidate

PASS = "correct horse battery staple"


def test_a_removed_member_cannot_decrypt_after_rotation(pg_url: str) -> None:
    key = create_server_store(pg_url, "passphrase", PASS)
    with open_server_store(pg_url, key=key) as store:
        for n in range(4):
            store.profiles.save(candidate(n, profile_id=f"p{n}"))
            post = Vacancy(organization="OSCE", title="Officer", requisition_id=f"V{n}")
            store.applications.save(Application(id=f"a{n}", profile_id=f"p{n}", vacancy=post))
        before = {f"p{n}": store.profiles.get(f"p{n}") for n in range(4)}
    maria_private, maria_public = new_member_keys()
    ivan_private, ivan_public = new_member_keys()
    add_member_key(pg_url, key, "maria", maria_public)
    add_member_key(pg_url, key, "ivan", ivan_public)
    assert member_key(pg_url, "maria", maria_private) == key
    with pytest.raises(LockedError):
        member_key(pg_url, "maria", ivan_private)  # one member's key is not another's
    with psycopg.connect(pg_url) as conn:
        row = conn.execute("SELECT value FROM meta WHERE key = %s", (WRAPPED + "maria",)).fetchone()
        assert row is not None
        kept_wrap = str(row[0])  # what maria could have kept
        old_blob = conn.execute("SELECT blob FROM profiles WHERE id = 'p1'").fetchone()

    stale = open_server_store(pg_url, key=key)  # a window open during the rotation
    steps: list[tuple[int, int]] = []
    new_key = remove_member(pg_url, key, "maria", PASS, progress=lambda d, t: steps.append((d, t)))
    assert steps[-1] == (8, 8) and len(steps) == 8
    assert new_key != key

    # Maria: no wrap left for her; the one she kept unwraps only the old key, which opens nothing.
    with pytest.raises(LockedError, match="not a member"):
        member_key(pg_url, "maria", maria_private)
    old_key = unwrap_with(maria_private, kept_wrap, stale.store_id, "maria")
    assert old_key == key
    with pytest.raises(LockedError):
        open_server_store(pg_url, key=old_key)
    with psycopg.connect(pg_url) as conn:
        blobs = conn.execute("SELECT id, version, blob FROM profiles").fetchall()
    assert old_blob is not None and all(b != old_blob[0] for _i, _v, b in blobs)
    for pid, version, blob in blobs:
        with pytest.raises(StoreError, match="damaged or was altered"):
            RecordCipher(old_key).decrypt("profile", pid, blob, version=version)

    # Ivan, the admin's passphrase, and every record: all there under the new key.
    assert member_key(pg_url, "ivan", ivan_private) == new_key
    with open_server_store(pg_url, PASS) as store:
        assert store.damaged() == []
        assert {pid: store.profiles.get(pid) for pid in before} == before
        assert len(store.applications.list()) == 4
        found = store.applications.find(
            "p2", Vacancy(organization="OSCE", title="Officer", requisition_id="V2").key
        )
        assert found is not None and found.id == "a2"  # vacancy refs remade with the new key
    # The window that was open meanwhile stops writing instead of sealing with the old key.
    with pytest.raises(StoreReplacedError):
        stale.profiles.save(candidate(9, profile_id="p9"))
    stale.close()


def test_rotating_a_scrypt_wrapped_store_leaves_only_the_argon2id_wrap(pg_url: str) -> None:
    key = create_server_store(pg_url, "passphrase", PASS)
    _private, public = new_member_keys()
    add_member_key(pg_url, key, "maria", public)
    with psycopg.connect(pg_url) as conn:  # the wrap an older version made
        row = conn.execute("SELECT value FROM meta WHERE key = 'store_id'").fetchone()
        assert row is not None
        store_id = str(row[0])
        conn.execute("DELETE FROM meta WHERE key = ANY(%s)", (list(WRAP_KEYS),))
        for k, v in scrypt_rows(key, store_id, "2", PASS).items():
            conn.execute("INSERT INTO meta (key, value) VALUES (%s, %s)", (k, v))
        meta = {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM meta")}
        conn.execute(
            "UPDATE meta SET value = %s WHERE key = %s", (key_material_digest(meta), KEY_DIGEST)
        )
    new_key = remove_member(pg_url, key, "maria", PASS)
    with psycopg.connect(pg_url) as conn:
        meta = {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM meta")}
    assert (meta["kdf"], "kdf_n" in meta, "kdf_r" in meta) == ("argon2id", False, False)
    assert meta[KEY_DIGEST] == key_material_digest(meta)
    with open_server_store(pg_url, PASS) as store:
        assert store._data_key == new_key
