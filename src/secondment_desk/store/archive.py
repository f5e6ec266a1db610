"""``profile backup`` / ``profile restore``: the whole store as one encrypted archive.

Layout: a magic line, a 4-byte header length, a JSON header (store id, schema version, how
the key can be recovered), then a snapshot of the SQLite file sealed with AES-GCM under the
store's data key, the header being associated data. The records inside stay encrypted too.

The key travels only wrapped: for a passphrase store the archive carries the same wrap as the
store (same passphrase); for a keyring store it opens with this keyring's entry, and, if a
passphrase is given when it is made (``SECONDMENT_DESK_PASSPHRASE``), on any machine with it.

Restoring decrypts and checks everything (integrity check, key check, every record) in memory
before it touches the store; the old store is copied to ``backups/`` first.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import sqlite3
import struct
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidTag

from secondment_desk.errors import InputError, LockedError, StoreError
from secondment_desk.models.application import Application
from secondment_desk.models.profile import profile_from_data
from secondment_desk.store import migrations
from secondment_desk.store.connection import (
    backups_dir,
    connect,
    copy_database,
    fsync_dir,
    private,
    store_path,
    timestamp,
)
from secondment_desk.store.crypto import RecordCipher, open_sealed, seal, verify_key
from secondment_desk.store.keys import KeyringSource, PassphraseSource
from secondment_desk.store.keys.os_keyring import probe
from secondment_desk.store.keys.passphrase import env_passphrase, unwrap, wrap
from secondment_desk.store.meta import _home, read_meta, unlock

if TYPE_CHECKING:
    from secondment_desk.store.store import Store

MAGIC = b"SECONDMENT-DESK-BACKUP\n"
FORMAT = 1
_WRAP_KEYS = ("kdf", "kdf_salt", "kdf_n", "kdf_r", "kdf_p", "wrapped_key")


@dataclass(frozen=True)
class RestoreResult:
    profiles: int
    applications: int
    previous_copy: Path | None


def write_archive(store: Store, out: Path, data_key: bytes, passphrase: str | None) -> Path:
    wraps: dict[str, dict[str, str]] = {}
    if store.method == "passphrase":
        wraps["passphrase"] = {k: store.meta[k] for k in _WRAP_KEYS}
    elif passphrase or env_passphrase():
        wraps["passphrase"] = wrap(passphrase or env_passphrase() or "", data_key, store.store_id)
    header = {
        "format": FORMAT,
        "store_id": store.store_id,
        "key_method": store.method,
        "schema_version": migrations.user_version(store.conn),
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "wraps": wraps,
    }
    header_bytes = json.dumps(header, sort_keys=True).encode("utf-8")
    body = seal(data_key, store.conn.serialize(), MAGIC + header_bytes)
    out = out.expanduser()
    tmp = out.with_name(out.name + ".part")
    with open(tmp, "wb") as fh:
        fh.write(MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes + body)
        fh.flush()
        os.fsync(fh.fileno())
    private(tmp)
    os.replace(tmp, out)
    return out


def _read(archive: Path) -> tuple[dict[str, Any], bytes, bytes]:
    try:
        data = archive.read_bytes()
    except OSError as err:
        raise InputError(f"Cannot read {archive}: {err.strerror or err}.") from err
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + 4:
        raise InputError(f"{archive} is not a Secondment Desk backup.")
    (size,) = struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])
    start = len(MAGIC) + 4
    header_bytes = data[start : start + size]
    try:
        header = json.loads(header_bytes)
        if header.get("format") != FORMAT or not isinstance(header.get("store_id"), str):
            raise ValueError("unknown format")
    except ValueError as err:
        raise InputError(f"{archive} is a damaged or unknown kind of backup.") from err
    return header, header_bytes, data[start + size :]


def _candidate_keys(header: dict[str, Any], home: Path, passphrase: str | None) -> list[bytes]:
    keys: list[bytes] = []
    store_id = header["store_id"]
    current = store_path(home)
    if current.exists():
        conn = connect(current)
        try:
            _v, meta = read_meta(conn, current)
        except StoreError:
            meta = {}
        finally:
            conn.close()
        if meta.get("store_id") == store_id:
            with contextlib.suppress(LockedError):
                keys.append(unlock(meta, passphrase))
    if header.get("key_method") == "keyring" and probe()[0]:
        with contextlib.suppress(LockedError):
            keys.append(KeyringSource().unlock(store_id, {}))
    pw = passphrase or env_passphrase()
    wrap_meta = header.get("wraps", {}).get("passphrase")
    if not keys and wrap_meta and pw:
        keys.append(unwrap(pw, wrap_meta, store_id))  # LockedError if wrong
    if not keys:
        if wrap_meta:
            raise LockedError(
                "This backup opens with the passphrase it was made with: give it "
                "(SECONDMENT_DESK_PASSPHRASE); nothing was restored."
            )
        raise LockedError(
            "This backup's key is not in this machine's keyring and the backup carries no "
            "passphrase; nothing was restored."
        )
    return keys


def _check_snapshot(mem: sqlite3.Connection, store_id: str, key: bytes) -> tuple[int, int]:
    if mem.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
        raise StoreError("The backup's database is damaged; nothing was restored.")
    version = migrations.user_version(mem)
    if not 1 <= version <= migrations.SCHEMA_VERSION:
        raise StoreError(f"The backup has schema {version}, which this version cannot read.")
    meta = dict(mem.execute("SELECT key, value FROM meta").fetchall())

    if meta.get("store_id") != store_id or not verify_key(
        key, store_id, base64.b64decode(meta.get("key_check", ""))
    ):
        raise StoreError("The backup's contents do not match its header; nothing was restored.")
    cipher = RecordCipher(key)
    profiles = 0
    for pid, blob in mem.execute("SELECT id, blob FROM profiles"):
        profile_from_data(json.loads(cipher.decrypt("profile", pid, blob)))
        profiles += 1
    apps = 0
    if version >= 2:
        for aid, owner, blob in mem.execute("SELECT id, profile_id, blob FROM applications"):
            Application.model_validate_json(cipher.decrypt("application", aid, blob, owner))
            apps += 1
    return profiles, apps


def _ensure_key_reachable(
    mem: sqlite3.Connection, store_id: str, key: bytes, passphrase: str | None
) -> None:
    """After restoring, the store must open here: put the key where its meta says it is."""
    method = mem.execute("SELECT value FROM meta WHERE key = 'key_method'").fetchone()[0]
    if method != "keyring":
        return
    if probe()[0]:
        try:
            if KeyringSource().unlock(store_id, {}) == key:
                return
        except LockedError:
            pass
        KeyringSource().setup(store_id, key)
        return
    pw = passphrase or env_passphrase()
    if not pw:
        raise LockedError(
            "No OS keyring works here to hold the restored store's key: set "
            "SECONDMENT_DESK_PASSPHRASE to protect it with a passphrase; nothing was restored."
        )
    PassphraseSource(pw).setup(store_id, key)  # checks the length
    rows = {"key_method": "passphrase", **wrap(pw, key, store_id)}
    with mem:
        mem.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", rows.items())


def restore_archive(
    archive: Path, home: Path | None = None, passphrase: str | None = None
) -> RestoreResult:
    """Replace the store in ``home`` with the archive's, after checking all of it."""
    home = _home(home)
    header, header_bytes, body = _read(archive)
    store_id = header["store_id"]
    snapshot = b""
    for key in _candidate_keys(header, home, passphrase):
        try:
            snapshot = open_sealed(key, body, MAGIC + header_bytes)
            break
        except InvalidTag:
            continue
    else:
        raise StoreError(f"{archive} is damaged or was altered; nothing was restored.")
    # A snapshot taken in WAL mode says so in its header; in memory it must be a rollback db.
    image = bytearray(snapshot)
    if len(image) >= 20:
        image[18:20] = b"\x01\x01"
    mem = sqlite3.connect(":memory:")
    try:
        try:
            mem.deserialize(bytes(image))
            profiles, apps = _check_snapshot(mem, store_id, key)
        except (sqlite3.DatabaseError, ValueError) as err:
            raise StoreError(f"The backup's database cannot be read ({err}).") from err
        _ensure_key_reachable(mem, store_id, key, passphrase)
        path = store_path(home)
        tmp = path.with_name(path.name + ".restore")
        tmp.unlink(missing_ok=True)
        copy_database(mem, tmp)
    finally:
        mem.close()
    previous: Path | None = None
    if path.exists():
        conn = connect(path)
        try:
            previous = copy_database(
                conn, backups_dir(home) / f"store-before-restore-{timestamp()}.sqlite3"
            )
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    for side in ("-wal", "-shm"):
        path.with_name(path.name + side).unlink(missing_ok=True)
    os.replace(tmp, path)
    fsync_dir(home)
    return RestoreResult(profiles, apps, previous)
