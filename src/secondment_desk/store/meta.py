"""What opening a store and restoring an archive both need: the data folder, the store's meta
rows and its unlocked data key.

Below both :mod:`.opening` and :mod:`.archive` (and so below :mod:`.store`), which import it at
the top: no import inside a function breaks a cycle any more.
"""

from __future__ import annotations

import base64
import sqlite3
from pathlib import Path

from secondment_desk.errors import LockedError, StoreError
from secondment_desk.paths import data_home
from secondment_desk.store import migrations
from secondment_desk.store.crypto import verify_key
from secondment_desk.store.keys import source_for


def _home(home: Path | None) -> Path:
    if home is None:
        return data_home()
    home.mkdir(parents=True, exist_ok=True, mode=0o700)
    return home


def read_meta(conn: sqlite3.Connection, path: Path) -> tuple[int, dict[str, str]]:
    """(schema version, meta rows) of an existing store, reading only."""
    try:
        version = migrations.user_version(conn)
        if version > migrations.SCHEMA_VERSION:
            raise StoreError(
                f"The store {path} was written by a newer Secondment Desk (schema {version}); "
                "update the application to open it."
            )
        rows = conn.execute("SELECT key, value FROM meta").fetchall() if version else []
    except sqlite3.DatabaseError as err:
        raise StoreError(f"{path} is not a Secondment Desk store ({err}).") from err
    meta = {str(k): str(v) for k, v in rows}
    if "store_id" not in meta or "key_method" not in meta:
        raise StoreError(f"{path} is not a Secondment Desk store (its key data is missing).")
    return version, meta


def unlock(meta: dict[str, str], passphrase: str | None) -> bytes:
    """The data key of the store described by ``meta``, checked; else LockedError."""
    source = source_for(meta["key_method"], passphrase)
    key = source.unlock(meta["store_id"], meta)
    check = base64.b64decode(meta.get("key_check", ""))
    if not verify_key(key, meta["store_id"], check):
        if meta["key_method"] == "passphrase":
            raise LockedError(
                "The passphrase is wrong; the store was not opened and nothing was changed."
            )
        raise LockedError(
            "The key found in the OS keyring does not open this store; nothing was changed."
        )
    return key
