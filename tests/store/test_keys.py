"""Key data beside the store: wrong passphrase, damaged key data and out-of-bounds settings
are told apart; passphrases are NFC-normalised and stores made before still open."""

from __future__ import annotations

import base64
import sqlite3
import time
import unicodedata
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from secondment_desk.errors import LockedError
from secondment_desk.store import create_store, open_store
from secondment_desk.store.connection import STORE_FILE
from secondment_desk.store.crypto import KEY_DIGEST, key_material_digest, seal
from secondment_desk.store.errors import KeyDamagedError
from secondment_desk.store.keys import passphrase as pw
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


def test_composed_and_decomposed_passphrases_are_the_same(desk_home: Path) -> None:
    assert COMPOSED != DECOMPOSED
    with create_store(desk_home, "passphrase", DECOMPOSED) as store:
        store.profiles.save(candidate(1, profile_id="p1"))
    with open_store(desk_home, COMPOSED) as store:
        assert store.profiles.get("p1").summary == "version 1"


def test_a_store_wrapped_before_normalising_still_opens(desk_home: Path) -> None:
    with create_store(desk_home, "passphrase", COMPOSED) as store:
        store.profiles.save(candidate(1, profile_id="p1"))
        key = store._data_key
        store_id = store.store_id
    # What an older version wrote: the raw (decomposed) bytes, no settings in the wrap's AAD.
    salt = base64.b64decode(_meta(desk_home)["kdf_salt"])
    kek = Scrypt(salt=salt, length=32, n=pw.SCRYPT_N, r=8, p=1).derive(DECOMPOSED.encode())
    legacy = base64.b64encode(seal(kek, key, f"wrapped-key:{store_id}".encode())).decode()
    conn = sqlite3.connect(desk_home / STORE_FILE)
    with conn:
        conn.execute("DELETE FROM meta WHERE key = 'wrap_format'")
        conn.execute("UPDATE meta SET value = ? WHERE key = 'wrapped_key'", (legacy,))
        meta = {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM meta")}
        conn.execute(
            "UPDATE meta SET value = ? WHERE key = ?", (key_material_digest(meta), KEY_DIGEST)
        )
    conn.close()
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
def test_kdf_settings_out_of_bounds_are_refused_before_deriving(
    desk_home: Path, rows: dict[str, str], says: str
) -> None:
    create_store(desk_home, "passphrase", COMPOSED).close()
    _set_meta(desk_home, rows, redigest=True)  # an attacker who also fixes the digest
    start = time.perf_counter()
    with pytest.raises(KeyDamagedError, match=says):
        open_store(desk_home, COMPOSED)
    assert time.perf_counter() - start < 2.0
