"""What opening a store and restoring an archive both need: the data folder, the store's meta
rows and its unlocked data key.

Below both :mod:`.opening` and :mod:`.archive` (and so below :mod:`.store`), which import it at
the top: no import inside a function breaks a cycle any more.
"""

from __future__ import annotations

import base64
import logging
import shutil
import sqlite3
from pathlib import Path

from secondment_desk.errors import LockedError, StoreError
from secondment_desk.i18n import _
from secondment_desk.paths import data_home
from secondment_desk.store import migrations
from secondment_desk.store.crypto import KEY_DIGEST, KEY_MATERIAL, key_material_digest, verify_key
from secondment_desk.store.engine import Connection
from secondment_desk.store.errors import KeyDamagedError, TamperedError
from secondment_desk.store.keys import source_for

log = logging.getLogger(__name__)


def _home(home: Path | None) -> Path:
    if home is None:
        return data_home()
    home.mkdir(parents=True, exist_ok=True, mode=0o700)
    return home


def _open_error(path: Path, err: sqlite3.DatabaseError) -> StoreError:
    text = str(err)
    if isinstance(err, sqlite3.OperationalError) and any(
        w in text for w in ("disk I/O", "full", "unable to open", "readonly")
    ):
        try:
            free = shutil.disk_usage(path.parent).free
        except OSError:
            free = -1
        why = "the disk is full" if 0 <= free < 1_000_000 else f"the disk refused ({text})"
        return StoreError(
            f"The store {path} cannot be opened: {why}; nothing was changed. Free some space "
            "and try again."
        )
    return StoreError(f"{path} is not a Secondment Desk store ({text}).")


def read_meta(conn: sqlite3.Connection, path: Path) -> tuple[int, dict[str, str]]:
    """(schema version, meta rows) of an existing store, reading only."""
    try:
        version = migrations.user_version(conn)
        if version > migrations.SCHEMA_VERSION:
            raise StoreError(
                _(
                    "The store {path} was written by a newer Secondment Desk (schema {version}); "
                    "update the application to open it."
                ).format(path=path, version=version)
            )
        rows = conn.execute("SELECT key, value FROM meta").fetchall() if version else []
    except sqlite3.DatabaseError as err:
        raise _open_error(path, err) from err
    meta = {str(k): str(v) for k, v in rows}
    if "store_id" not in meta or "key_method" not in meta:
        raise StoreError(
            _("{path} is not a Secondment Desk store (its key data is missing).").format(path=path)
        )
    foreign = migrations.foreign_objects(conn)
    if foreign:
        kind, name = foreign[0]
        raise TamperedError(
            _(
                "The store {path} holds a {kind} '{name}' that Secondment Desk did not make: it "
                "was altered outside the app and is not opened. Restore a backup "
                "('secondment-desk profile restore')."
            ).format(path=path, kind=kind, name=name)
        )
    return version, meta


def check_key_material(meta: dict[str, str], version: int | None) -> None:
    """KeyDamagedError when the key data beside the store no longer matches its digest (a
    damaged store id, key check or wrapped key is not a wrong passphrase)."""
    digest = meta.get(KEY_DIGEST)
    if digest is None:
        if version is not None and version >= 3:
            raise KeyDamagedError(
                "The store's key data is incomplete (its digest is missing): it was damaged or "
                "altered; restore a backup ('secondment-desk profile restore')."
            )
        return
    if digest != key_material_digest(meta):
        raise KeyDamagedError(
            "The store's key data is damaged (its store id, key check or wrapped key changed); "
            "this is not a wrong passphrase: restore a backup ('secondment-desk profile restore')."
        )


def unlock(meta: dict[str, str], passphrase: str | None, version: int | None = None) -> bytes:
    """The data key of the store described by ``meta``, checked; else LockedError (wrong
    passphrase, missing key) or KeyDamagedError (damaged or out-of-bounds key data)."""
    check_key_material(meta, version)
    source = source_for(meta["key_method"], passphrase)
    key = source.unlock(meta["store_id"], meta)
    try:
        check = base64.b64decode(meta.get("key_check", ""), validate=True)
    except ValueError:
        check = b""
    if not verify_key(key, meta["store_id"], check):
        if meta["key_method"] == "passphrase":
            raise KeyDamagedError(
                "The passphrase is right, but the store's key check does not match: its key "
                "data is damaged; restore a backup ('secondment-desk profile restore')."
            )
        raise LockedError(
            "The key found in the OS keyring does not open this store; nothing was changed."
        )
    return key


def not_rewrapped(err: BaseException) -> None:
    """The warning when a store keeps its older wrap (it still opens the store)."""
    log.warning(
        "The store's passphrase wrap was not upgraded to Argon2id (%s: %s); it keeps its "
        "scrypt wrap, which still opens it.",
        type(err).__name__,
        err,
    )


def rewrap_rows(
    meta: dict[str, str], passphrase: str | None, key: bytes
) -> dict[str, str | None] | None:
    """The meta rows that keep ``key``, just unlocked from ``meta`` with ``passphrase`` and
    checked, the way its source keeps keys now (a scrypt wrap becomes an Argon2id one, see
    :mod:`.keys.passphrase`; None for a row to drop), or None when it is kept so already.
    Only for a key this ``passphrase`` unlocked (never a member's key): the new wrap is made
    with it. Never raises: a failure is logged and gives None."""
    try:
        return source_for(meta["key_method"], passphrase).rewrapped(meta["store_id"], meta, key)
    except Exception as err:
        not_rewrapped(err)
        return None


def write_rewrap(conn: Connection, meta: dict[str, str], rows: dict[str, str | None]) -> bool:
    """Put ``rows`` (from :func:`rewrap_rows`) in the store on ``conn`` with the key digest
    that goes with them, in one transaction, and only while its key data are still the ones
    ``meta`` holds (another process may have changed them since). The data key is the same,
    so the records and the ledger stay as they are. Whether it wrote.

    Never fails the opening: whatever goes wrong is logged as a warning, the transaction is
    rolled back and the store keeps the wrap it had, which opens it as before."""
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            now = {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM meta")}
            if any(now.get(k) != meta.get(k) for k in (*KEY_MATERIAL, KEY_DIGEST)):
                conn.execute("ROLLBACK")
                return False
            writes = dict(rows)
            after = {k: v for k, v in now.items() if k not in writes}
            after.update({k: v for k, v in writes.items() if v is not None})
            if KEY_DIGEST in now:
                writes[KEY_DIGEST] = key_material_digest(after)
            for name, value in writes.items():
                if value is None:
                    conn.execute("DELETE FROM meta WHERE key = ?", (name,))
                else:
                    conn.execute(
                        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (name, value)
                    )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    except Exception as err:  # the old wrap stays, and opens the store as before
        not_rewrapped(err)
        return False
    return True
