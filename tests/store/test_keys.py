"""Key data beside the store: wrong passphrase, damaged key data and out-of-bounds settings
are told apart; passphrases are NFC-normalised and stores made before still open."""

from __future__ import annotations

import base64
import logging
import sqlite3
import time
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from secondment_desk.errors import LockedError
from secondment_desk.store import create_store, open_store, opening, restore_archive
from secondment_desk.store import meta as store_meta
from secondment_desk.store.connection import STORE_FILE
from secondment_desk.store.crypto import KEY_DIGEST, WRAP_KEYS, key_material_digest, open_sealed
from secondment_desk.store.errors import KeyDamagedError
from secondment_desk.store.keys import passphrase as pw
from tests.store.conftest import snapshot
from tests.store.old_wraps import scrypt_rows
from tests.store.profiles import candidate

COMPOSED = unicodedata.normalize("NFC", "café au lait, très fort")
DECOMPOSED = unicodedata.normalize("NFD", COMPOSED)


def _meta(home: Path) -> dict[str, str]:
    conn = sqlite3.connect(home / STORE_FILE)
    meta = {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM meta")}
    conn.close()
    return meta


def _set_meta(home: Path, rows: dict[str, str], *, redigest: bool) -> None:
    meta = {**_meta(home), **rows}
    if redigest:
        rows = {**rows, KEY_DIGEST: key_material_digest(meta)}
    conn = sqlite3.connect(home / STORE_FILE)
    with conn:
        conn.executemany(
            "UPDATE meta SET value = ? WHERE key = ?", [(v, k) for k, v in rows.items()]
        )
    conn.close()


def _to_scrypt(
    home: Path, key: bytes, store_id: str, fmt: str | None, typed: str = COMPOSED
) -> None:
    """Replace the store's wrap with the scrypt one an older version wrote (see old_wraps)."""
    conn = sqlite3.connect(home / STORE_FILE)
    with conn:
        for name in WRAP_KEYS:
            conn.execute("DELETE FROM meta WHERE key = ?", (name,))
        rows = scrypt_rows(key, store_id, fmt, typed)
        conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", rows.items())
        meta = {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM meta")}
        conn.execute(
            "UPDATE meta SET value = ? WHERE key = ?", (key_material_digest(meta), KEY_DIGEST)
        )
    conn.close()


def _no_deriving(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any) -> bytes:
        raise AssertionError("a key was derived from settings that should have been refused")

    monkeypatch.setattr(pw, "derive", refuse)
    monkeypatch.setattr(pw, "derive_argon2id", refuse)


def test_a_new_store_wraps_its_key_with_argon2id(desk_home: Path) -> None:
    with create_store(desk_home, "passphrase", COMPOSED) as store:
        key, store_id = store._data_key, store.store_id
    meta = _meta(desk_home)
    assert (meta["kdf"], meta["wrap_format"]) == ("argon2id", "3")
    m, t, p = (int(meta[k]) for k in ("kdf_m", "kdf_t", "kdf_p"))
    assert (m, t, p) == (pw.ARGON2_M, pw.ARGON2_T, pw.ARGON2_P)
    assert "kdf_n" not in meta and "kdf_r" not in meta
    # Derived here with the library alone: the settings and the store id are the AAD.
    kek = Argon2id(
        salt=base64.b64decode(meta["kdf_salt"]), length=32, iterations=t, lanes=p, memory_cost=m
    ).derive(COMPOSED.encode())
    aad = f"wrapped-key:{store_id}:argon2id:{m}:{t}:{p}:nfc".encode()
    assert open_sealed(kek, base64.b64decode(meta["wrapped_key"]), aad) == key


def test_the_shipped_argon2id_cost_is_the_owasp_one() -> None:
    # conftest lowers ARGON2_M for speed; the module's own value is what ships.
    import importlib

    fresh = importlib.reload(pw)
    try:
        assert (fresh.ARGON2_M, fresh.ARGON2_T, fresh.ARGON2_P) == (47104, 1, 1)
        assert fresh.M_MIN <= fresh.ARGON2_M <= fresh.M_MAX
    finally:
        importlib.reload(pw)


def test_argon2id_settings_are_bound_to_the_wrap(desk_home: Path) -> None:
    create_store(desk_home, "passphrase", COMPOSED).close()
    _set_meta(desk_home, {"kdf_t": "2"}, redigest=True)  # in bounds, but not what was wrapped
    with pytest.raises(LockedError, match="passphrase is wrong"):
        open_store(desk_home, COMPOSED)


@pytest.mark.parametrize("fmt", ["2", None])
@pytest.mark.parametrize("way", ["open_store", "unlock_key"])
def test_a_scrypt_store_opens_and_is_wrapped_again_with_argon2id(
    desk_home: Path, fmt: str | None, way: str
) -> None:
    with create_store(desk_home, "passphrase", COMPOSED) as store:
        store.profiles.save(candidate(1, profile_id="p1"))
        key, store_id = store._data_key, store.store_id
    _to_scrypt(desk_home, key, store_id, fmt, COMPOSED if fmt else DECOMPOSED)
    before = _meta(desk_home)
    if way == "open_store":
        opened = open_store(desk_home, COMPOSED)
    else:
        opened = open_store(desk_home, key=opening.unlock_key(desk_home, COMPOSED))
    with opened as store:
        assert store.profiles.get("p1").summary == "version 1"
        assert store._data_key == key
        assert store.meta["kdf"] == "argon2id"  # the store holds the meta it now has
    after = _meta(desk_home)
    assert (after["kdf"], after["wrap_format"]) == ("argon2id", "3")
    assert "kdf_n" not in after and "kdf_r" not in after
    assert after[KEY_DIGEST] == key_material_digest(after) != before[KEY_DIGEST]
    changed = {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}
    assert changed <= {*WRAP_KEYS, KEY_DIGEST}  # the same data key: only the wrap moved
    for typed in (DECOMPOSED, COMPOSED):
        with open_store(desk_home, typed) as store:
            assert store.profiles.get("p1").summary == "version 1"
    assert _meta(desk_home) == after  # opened with Argon2id, not wrapped again


def test_a_wrong_passphrase_on_a_scrypt_store_changes_nothing(desk_home: Path) -> None:
    with create_store(desk_home, "passphrase", COMPOSED) as store:
        _to_scrypt(desk_home, store._data_key, store.store_id, "2")
    before = snapshot(desk_home)
    for attempt in (
        lambda: open_store(desk_home, "another passphrase entirely"),
        lambda: opening.unlock_key(desk_home, "another passphrase entirely"),
    ):
        with pytest.raises(LockedError, match="passphrase is wrong") as info:
            attempt()
        assert not isinstance(info.value, KeyDamagedError)
    assert snapshot(desk_home) == before


class _FailingWrites:
    """A connection whose second write to the meta table fails (a disk error halfway)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn, self._writes = conn, 0

    def execute(self, sql: str, parameters: Any = (), /) -> Any:
        if sql.startswith(("INSERT OR REPLACE INTO meta", "DELETE FROM meta")):
            self._writes += 1
            if self._writes == 2:
                raise sqlite3.OperationalError("disk I/O error")
        return self._conn.execute(sql, parameters)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


@pytest.mark.parametrize("fails", ["wrapping", "writing"])
def test_a_failed_rewrap_keeps_the_store_and_its_scrypt_wrap(
    desk_home: Path, fails: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    with create_store(desk_home, "passphrase", COMPOSED) as store:
        store.profiles.save(candidate(1, profile_id="p1"))
        key, store_id = store._data_key, store.store_id
    _to_scrypt(desk_home, key, store_id, "2")
    before = _meta(desk_home)
    with monkeypatch.context() as patch, caplog.at_level(logging.WARNING):
        if fails == "wrapping":

            def no_wrap(*args: Any) -> dict[str, str]:
                raise RuntimeError("argon2 failed")

            patch.setattr(pw, "wrap", no_wrap)
        else:
            real = store_meta.write_rewrap

            def failing(conn: Any, meta: dict[str, str], rows: dict[str, str | None]) -> bool:
                return real(_FailingWrites(conn), meta, rows)

            patch.setattr(opening, "write_rewrap", failing)
        got = opening.unlock_key(desk_home, COMPOSED)
        assert got == key
        with open_store(desk_home, COMPOSED) as store:  # the other way in fails too
            assert store.profiles.get("p1").summary == "version 1"
        assert _meta(desk_home) == before  # rolled back: the old wrap and digest, whole
        with open_store(desk_home, key=got) as store:
            assert store.profiles.get("p1").summary == "version 1"
    assert "not upgraded to Argon2id" in caplog.text
    with open_store(desk_home, COMPOSED) as store:  # the next opening that can, re-wraps
        assert store.profiles.get("p1").summary == "version 1"
    assert _meta(desk_home)["kdf"] == "argon2id"


def test_a_rewrap_is_not_written_over_key_data_changed_meanwhile(desk_home: Path) -> None:
    with create_store(desk_home, "passphrase", COMPOSED) as store:
        key, store_id = store._data_key, store.store_id
    _to_scrypt(desk_home, key, store_id, "2")
    seen = _meta(desk_home)
    rows = store_meta.rewrap_rows(seen, COMPOSED, key)
    assert rows is not None
    _to_scrypt(desk_home, key, store_id, "2")  # another process wrapped it again meanwhile
    now = _meta(desk_home)
    conn = sqlite3.connect(desk_home / STORE_FILE, isolation_level=None)
    try:
        assert store_meta.write_rewrap(conn, seen, rows) is False
    finally:
        conn.close()
    assert _meta(desk_home) == now


@pytest.mark.parametrize(
    ("rows", "says"),
    [
        ({"kdf_m": str(2**30)}, "kdf_m=1073741824"),
        ({"kdf_m": "4096"}, "kdf_m=4096"),
        ({"kdf_m": "lots"}, "not a whole number"),
        ({"kdf_m": "9" * 5000}, "not a whole number"),
        ({"kdf_t": "0"}, "kdf_t=0"),
        ({"kdf_t": "1000"}, "kdf_t=1000"),
        ({"kdf_p": "64"}, "kdf_p=64"),
        ({"kdf_m": str(256 * 1024), "kdf_t": "8"}, "too much time"),
        ({"wrap_format": "2"}, "wrap_format is '2'"),
        ({"kdf": "scrypt"}, "wrap_format is '3'"),
        ({"kdf_salt": "!!notbase64"}, "base64"),
    ],
)
def test_argon2id_settings_out_of_bounds_are_refused_before_deriving(
    desk_home: Path, rows: dict[str, str], says: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_store(desk_home, "passphrase", COMPOSED).close()
    _set_meta(desk_home, rows, redigest=True)  # an attacker who also fixes the digest
    _no_deriving(monkeypatch)
    start = time.perf_counter()
    with pytest.raises(KeyDamagedError, match=says):
        open_store(desk_home, COMPOSED)
    assert time.perf_counter() - start < 2.0


def test_composed_and_decomposed_passphrases_are_the_same(desk_home: Path) -> None:
    assert COMPOSED != DECOMPOSED
    with create_store(desk_home, "passphrase", DECOMPOSED) as store:
        store.profiles.save(candidate(1, profile_id="p1"))
    with open_store(desk_home, COMPOSED) as store:
        assert store.profiles.get("p1").summary == "version 1"


def test_a_store_wrapped_before_normalising_still_opens(desk_home: Path) -> None:
    with create_store(desk_home, "passphrase", COMPOSED) as store:
        store.profiles.save(candidate(1, profile_id="p1"))
        key, store_id = store._data_key, store.store_id
    # What an older version wrote: the raw (decomposed) bytes, no settings in the wrap's AAD.
    _to_scrypt(desk_home, key, store_id, None, DECOMPOSED)
    for typed in (COMPOSED, DECOMPOSED):
        with open_store(desk_home, typed) as store:
            assert store.profiles.get("p1").summary == "version 1"


def test_wrong_passphrase_is_a_wrong_passphrase(desk_home: Path) -> None:
    create_store(desk_home, "passphrase", COMPOSED).close()
    with pytest.raises(LockedError, match="passphrase is wrong") as info:
        open_store(desk_home, "another passphrase entirely")
    assert not isinstance(info.value, KeyDamagedError)


@pytest.mark.parametrize("field", ["wrapped_key", "store_id", "key_check"])
def test_damaged_key_data_is_not_called_a_wrong_passphrase(desk_home: Path, field: str) -> None:
    create_store(desk_home, "passphrase", COMPOSED).close()
    value = _meta(desk_home)[field]
    damaged = value[:10] + ("A" if value[10] != "A" else "B") + value[11:]
    _set_meta(desk_home, {field: damaged}, redigest=False)
    with pytest.raises(KeyDamagedError, match="not a wrong passphrase"):
        open_store(desk_home, COMPOSED)


def test_a_damaged_key_check_after_a_right_passphrase(desk_home: Path) -> None:
    create_store(desk_home, "passphrase", COMPOSED).close()
    value = _meta(desk_home)["key_check"]
    _set_meta(desk_home, {"key_check": value[:10] + "AAAA" + value[14:]}, redigest=True)
    with pytest.raises(KeyDamagedError, match="passphrase is right"):
        open_store(desk_home, COMPOSED)


@pytest.mark.parametrize(
    ("rows", "says"),
    [
        ({"kdf_n": str(2**24)}, "kdf_n=16777216"),
        ({"kdf_n": "1000"}, "power of two"),
        ({"kdf_n": "-4096"}, "not a whole number"),
        ({"kdf_n": "9" * 5000}, "not a whole number"),
        ({"kdf_n": "lots"}, "not a whole number"),
        ({"kdf_r": "0"}, "kdf_r=0"),
        ({"kdf_p": "64"}, "kdf_p=64"),
        ({"kdf_r": "16", "kdf_p": "4", "kdf_n": str(2**17)}, "too much memory or time"),
        ({"kdf_salt": "!!notbase64"}, "base64"),
        ({"kdf": "argon9"}, "argon9"),
    ],
)
def test_scrypt_settings_out_of_bounds_are_refused_before_deriving(
    desk_home: Path, rows: dict[str, str], says: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with create_store(desk_home, "passphrase", COMPOSED) as store:
        _to_scrypt(desk_home, store._data_key, store.store_id, "2")
    _set_meta(desk_home, rows, redigest=True)  # an attacker who also fixes the digest
    _no_deriving(monkeypatch)
    start = time.perf_counter()
    with pytest.raises(KeyDamagedError, match=says):
        open_store(desk_home, COMPOSED)
    assert time.perf_counter() - start < 2.0


def test_backups_carry_either_wrap_and_restore_with_the_passphrase(
    desk_home: Path, tmp_path: Path
) -> None:
    with create_store(desk_home, "passphrase", COMPOSED) as store:
        store.profiles.save(candidate(1, profile_id="p1"))
        key, store_id = store._data_key, store.store_id
    _to_scrypt(desk_home, key, store_id, "2")
    with open_store(desk_home, key=key) as store:  # a given key re-wraps nothing
        old_archive = store.backup(tmp_path / "scrypt.backup")
    assert _meta(desk_home)["kdf"] == "scrypt"
    with open_store(desk_home, COMPOSED) as store:
        new_archive = store.backup(tmp_path / "argon2id.backup")
    for archive, kdf in ((old_archive, "scrypt"), (new_archive, "argon2id")):
        elsewhere = tmp_path / f"elsewhere-{kdf}"
        with pytest.raises(LockedError, match="passphrase is wrong"):
            restore_archive(archive, elsewhere, "another passphrase entirely")
        restore_archive(archive, elsewhere, COMPOSED)  # from the archive's own wrap
        assert _meta(elsewhere)["kdf"] == kdf
        with open_store(elsewhere, DECOMPOSED) as store:
            assert store.profiles.get("p1").summary == "version 1"
        assert _meta(elsewhere)["kdf"] == "argon2id"
