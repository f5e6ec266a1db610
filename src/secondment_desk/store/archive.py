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
import secrets
import sqlite3
import struct
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidTag

from secondment_desk.errors import InputError, LockedError, StoreError
from secondment_desk.i18n import _
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
from secondment_desk.store.crypto import (
    KEY_DIGEST,
    WRAP_KEYS,
    RecordCipher,
    key_material_digest,
    open_sealed,
    seal,
    verify_key,
)
from secondment_desk.store.keys import KeyringSource, PassphraseSource
from secondment_desk.store.keys.os_keyring import probe
from secondment_desk.store.keys.passphrase import env_passphrase, unwrap, wrap
from secondment_desk.store.lock import FolderLock
from secondment_desk.store.meta import _home, read_meta, unlock

if TYPE_CHECKING:
    from secondment_desk.store.store import Store

MAGIC = b"SECONDMENT-DESK-BACKUP\n"
GENERATION = "generation"  # meta: changes with each restore
FORMAT = 1


@dataclass(frozen=True)
class RestoreResult:
    profiles: int
    applications: int
    previous_copy: Path | None


def write_archive(store: Store, out: Path, data_key: bytes, passphrase: str | None) -> Path:
    conn = store.conn
    if not isinstance(conn, sqlite3.Connection):
        raise StoreError(
            _(
                "A server store is backed up on its server (pg_dump of the database); its "
                "records stay sealed there. An archive file is made of the SQLite store."
            )
        )
    wraps: dict[str, dict[str, str]] = {}
    if store.method == "passphrase":
        wraps["passphrase"] = {k: store.meta[k] for k in WRAP_KEYS if k in store.meta}
    elif passphrase or env_passphrase():
        wraps["passphrase"] = wrap(passphrase or env_passphrase() or "", data_key, store.store_id)
    header = {
        "format": FORMAT,
        "store_id": store.store_id,
        "key_method": store.method,
        "schema_version": migrations.user_version(conn),
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "wraps": wraps,
    }
    header_bytes = json.dumps(header, sort_keys=True).encode("utf-8")
    body = seal(data_key, conn.serialize(), MAGIC + header_bytes)
    out = out.expanduser()
    tmp = out.with_name(out.name + ".part")
    try:
        with open(tmp, "wb") as fh:
            fh.write(MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes + body)
            fh.flush()
            os.fsync(fh.fileno())
        private(tmp)
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)  # a full disk leaves no partial archive behind
        raise
    return out


def _read(archive: Path) -> tuple[dict[str, Any], bytes, bytes]:
    try:
        data = archive.read_bytes()
    except OSError as err:
        raise InputError(
            _("Cannot read {archive}: {strerror}.").format(
                archive=archive, strerror=err.strerror or err
            )
        ) from err
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + 4:
        raise InputError(_("{archive} is not a Secondment Desk backup.").format(archive=archive))
    (size,) = struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])
    start = len(MAGIC) + 4
    header_bytes = data[start : start + size]
    try:
        header = json.loads(header_bytes)
        if header.get("format") != FORMAT or not isinstance(header.get("store_id"), str):
            raise ValueError("unknown format")
    except ValueError as err:
        raise InputError(
            _("{archive} is a damaged or unknown kind of backup.").format(archive=archive)
        ) from err
    return header, header_bytes, data[start + size :]


def _candidate_keys(header: dict[str, Any], home: Path, passphrase: str | None) -> list[bytes]:
    keys: list[bytes] = []
    store_id = header["store_id"]
    current = store_path(home)
    if current.exists():
        conn = connect(current)
        version: int | None = None
        try:
            version, meta = read_meta(conn, current)
        except StoreError:
            meta = {}
        finally:
            conn.close()
        if meta.get("store_id") == store_id:
            with contextlib.suppress(StoreError):  # wrong passphrase, damaged key data
                keys.append(unlock(meta, passphrase, version))
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
        raise StoreError(
            _("The backup has schema {version}, which this version cannot read.").format(
                version=version
            )
        )
    foreign = migrations.foreign_objects(mem)
    if foreign:
        raise StoreError(
            _(
                "The backup holds a {kind} '{name}' that Secondment Desk did not make; nothing "
                "was restored."
            ).format(kind=foreign[0][0], name=foreign[0][1])
        )
    meta = dict(mem.execute("SELECT key, value FROM meta").fetchall())

    if meta.get("store_id") != store_id or not verify_key(
        key, store_id, base64.b64decode(meta.get("key_check", ""))
    ):
        raise StoreError("The backup's contents do not match its header; nothing was restored.")
    cipher = RecordCipher(key)
    legacy = version < 3
    ver = "1" if legacy else "version"
    profiles = 0
    for pid, v, blob in mem.execute(f"SELECT id, {ver}, blob FROM profiles"):
        raw = cipher.decrypt("profile", pid, blob, version=int(v), legacy=legacy)
        profile_from_data(json.loads(raw))
        profiles += 1
    apps = 0
    if version >= 2:
        for aid, owner, v, blob in mem.execute(
            f"SELECT id, profile_id, {ver}, blob FROM applications"
        ):
            raw = cipher.decrypt("application", aid, blob, owner, int(v), legacy=legacy)
            Application.model_validate_json(raw)
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
    meta = {str(k): str(v) for k, v in mem.execute("SELECT key, value FROM meta")}
    meta.update(rows)
    if KEY_DIGEST in meta:
        rows[KEY_DIGEST] = key_material_digest(meta)
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
        raise StoreError(
            _("{archive} is damaged or was altered; nothing was restored.").format(archive=archive)
        )
    mem = _snapshot_db(snapshot)
    try:
        try:
            profiles, apps = _check_snapshot(mem, store_id, key)
        except (sqlite3.DatabaseError, ValueError) as err:
            raise StoreError(
                _("The backup's database cannot be read ({err}).").format(err=err)
            ) from err
        _ensure_key_reachable(mem, store_id, key, passphrase)
        with mem:  # every handle open on the store (a window) sees it was restored
            mem.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                (GENERATION, secrets.token_hex(8)),
            )
        previous = _put_in_place(mem, home)
    finally:
        mem.close()
    return RestoreResult(profiles, apps, previous)


def _snapshot_db(snapshot: bytes) -> sqlite3.Connection:
    # A snapshot taken in WAL mode says so in its header; in memory it must be a rollback db.
    image = bytearray(snapshot)
    if len(image) >= 20:
        image[18:20] = b"\x01\x01"
    mem = sqlite3.connect(":memory:")
    try:
        mem.deserialize(bytes(image))
    except (sqlite3.DatabaseError, ValueError) as err:
        mem.close()
        raise StoreError(
            _("The backup's database cannot be read ({err}).").format(err=err)
        ) from err
    return mem


def restore_profile(archive: Path, store: Store, profile_id: str) -> tuple[str, int]:
    """Put one profile (and its applications) back from ``archive`` into the open ``store``,
    leaving every other record as it is: the way back for one damaged record. Returns the
    profile's name and how many applications came with it."""
    header, header_bytes, body = _read(archive)
    if header["store_id"] != store.store_id:
        raise InputError(
            _("{archive} is a backup of another store; nothing was restored.").format(
                archive=archive
            )
        )
    try:
        snapshot = open_sealed(store._data_key, body, MAGIC + header_bytes)
    except InvalidTag:
        raise StoreError(
            _("{archive} is damaged or was altered; nothing was restored.").format(archive=archive)
        ) from None
    mem = _snapshot_db(snapshot)
    try:
        version = migrations.user_version(mem)
        legacy = version < 3
        ver = "1" if legacy else "version"
        row = mem.execute(
            f"SELECT {ver}, blob FROM profiles WHERE id = ?", (profile_id,)
        ).fetchone()
        if row is None:
            raise StoreError(
                _("The backup {archive} holds no profile '{profile_id}'.").format(
                    archive=archive, profile_id=profile_id
                )
            )
        cipher = store.cipher
        raw = cipher.decrypt("profile", profile_id, row[1], version=int(row[0]), legacy=legacy)
        profile = profile_from_data(json.loads(raw))
        apps = []
        if version >= 2:
            for aid, v, blob in mem.execute(
                f"SELECT id, {ver}, blob FROM applications WHERE profile_id = ?", (profile_id,)
            ).fetchall():
                raw = cipher.decrypt("application", aid, blob, profile_id, int(v), legacy=legacy)
                apps.append(Application.model_validate_json(raw))
    finally:
        mem.close()
    if store.profiles.exists(profile_id):
        store.profiles.delete(profile_id)  # the damaged copy and its applications
    else:
        store.forget_damage("profile", profile_id)
    store.profiles.save(profile, force=True)
    for app in apps:
        store.applications.save(app, force=True)
    return profile.name, len(apps)


def _put_in_place(mem: sqlite3.Connection, home: Path) -> Path | None:
    """Write the checked snapshot over the store, holding the folder's lock exclusive.

    An existing store is overwritten through SQLite's backup API, in one transaction of the
    live file: no file is swapped under a connection another process (a window) holds, whose
    next write then finds the new generation and saves nothing. A store that is not a
    database any more is replaced as a file.
    """
    path = store_path(home)
    previous: Path | None = None
    lock = FolderLock(home)
    try:
        with lock.exclusive():
            if path.exists():
                try:
                    conn = connect(path)
                    try:
                        previous = copy_database(
                            conn, backups_dir(home) / f"store-before-restore-{timestamp()}.sqlite3"
                        )
                        mem.backup(conn)
                        conn.execute("PRAGMA journal_mode = WAL")
                    finally:
                        conn.close()
                    return previous
                except sqlite3.DatabaseError:
                    pass  # not a database any more: replaced as a file below
            tmp = path.with_name(path.name + ".restore")
            tmp.unlink(missing_ok=True)
            try:
                copy_database(mem, tmp)
                for side in ("-wal", "-shm"):
                    path.with_name(path.name + side).unlink(missing_ok=True)
                os.replace(tmp, path)
            finally:
                tmp.unlink(missing_ok=True)
            fsync_dir(home)
    finally:
        lock.close()
    return previous
