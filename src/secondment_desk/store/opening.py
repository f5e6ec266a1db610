"""Creating, unlocking and describing the store.

Unlocking happens before anything is written: the meta rows are read, the key is fetched
(keyring) or unwrapped (passphrase) and checked; only then are migrations run (after a copy of
the file) and the write mode set. A wrong passphrase or a missing key raises
:class:`LockedError` and leaves every file as it was.
"""

from __future__ import annotations

import base64
import os
import secrets
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from secondment_desk import __version__
from secondment_desk.errors import LockedError, NotFoundError, StoreError
from secondment_desk.i18n import _
from secondment_desk.store import migrations
from secondment_desk.store.connection import (
    backup_before_migration,
    connect,
    fsync_dir,
    private,
    set_write_mode,
    store_path,
)
from secondment_desk.store.crypto import (
    KEY_DIGEST,
    RecordCipher,
    key_material_digest,
    make_key_check,
    new_data_key,
    verify_key,
)
from secondment_desk.store.engine import selected_store
from secondment_desk.store.keys import (
    PASSPHRASE_ENV,
    KeyringSource,
    PassphraseSource,
    source_for,
)
from secondment_desk.store.keys.os_keyring import probe
from secondment_desk.store.keys.passphrase import env_passphrase
from secondment_desk.store.ledger import Ledger, convert_ledger, ledger_key, write_ledger
from secondment_desk.store.lock import FolderLock
from secondment_desk.store.meta import (
    _home,
    check_key_material,
    not_rewrapped,
    read_meta,
    rewrap_rows,
    unlock,
    write_rewrap,
)
from secondment_desk.store.postgres import (
    create_server_store,
    describe,
    open_server_store,
    server_meta,
    unlock_server_key,
)
from secondment_desk.store.store import Store, add_summaries, upgrade_records


@dataclass(frozen=True)
class StoreStatus:
    path: Path
    exists: bool
    method: Literal["keyring", "passphrase"] | None
    keyring_usable: bool
    keyring_backend: str
    warning: str
    schema_version: int | None = None


def store_status(home: Path | None = None) -> StoreStatus:
    """What the GUI needs for its first-run and unlock screens; never asks for a key.
    With no ``home``, of the selected server store when there is one (see :mod:`.engine`)."""
    server = selected_store() if home is None else None
    home = _home(home)
    path = store_path(home)
    usable, backend_name, why = probe()
    method: Literal["keyring", "passphrase"] | None = None
    version: int | None = None
    exists = path.exists()
    if server is not None:
        version, meta = server_meta(server)
        path = Path(describe(server))
        exists = "key_method" in meta
        if exists:
            method = "keyring" if meta["key_method"] == "keyring" else "passphrase"
    elif exists:
        conn = connect(path)
        try:
            version, meta = read_meta(conn, path)
        finally:
            conn.close()
        m = meta["key_method"]
        method = "keyring" if m == "keyring" else "passphrase"
    if method == "passphrase":
        warning = PassphraseSource.get_backend_warning()
    elif method == "keyring":
        warning = KeyringSource.get_backend_warning() or (
            "The key is in the OS keyring only: keep a backup made with a passphrase, "
            "or losing the keyring loses the profiles."
        )
    elif usable:
        warning = KeyringSource.get_backend_warning()
    else:
        warning = f"No OS keyring can hold the key ({why}): a passphrase protects the store."
    return StoreStatus(path, exists, method, usable, backend_name, warning, version)


def create_store(
    home: Path | None = None,
    method: Literal["keyring", "passphrase"] = "keyring",
    passphrase: str | None = None,
) -> Store:
    """Create a new empty store whose key is kept by ``method``; returns it open."""
    home = _home(home)
    return _open_existing(home, passphrase, new_store(home, method, passphrase))


def new_store(
    home: Path | None = None,
    method: Literal["keyring", "passphrase"] = "keyring",
    passphrase: str | None = None,
) -> bytes:
    """Create a new empty store file and return its data key, without keeping it open.

    The slow part of a passphrase store (its KDF) happens here and no connection outlives the
    call, so a window can run it in a worker thread and then ``open_store(key=...)`` on its own
    thread (SQLite connections belong to the thread that opened them).
    """
    server = selected_store() if home is None else None
    if server is not None:
        return create_server_store(server, method, passphrase)
    home = _home(home)
    path = store_path(home)
    if path.exists():
        raise StoreError(_("A store already exists at {path}.").format(path=path))
    if method == "keyring":
        usable, _name, why = probe()
        if not usable:
            raise LockedError(
                _(
                    "The OS keyring cannot keep the store's key ({why}); choose a passphrase."
                ).format(why=why)
            )
    store_id = secrets.token_hex(16)
    data_key = new_data_key()
    source = source_for(method, passphrase)
    meta = {
        "store_id": store_id,
        "key_method": method,
        "key_check": base64.b64encode(make_key_check(data_key, store_id)).decode(),
        "created_by": __version__,
        **source.setup(store_id, data_key),
    }
    meta[KEY_DIGEST] = key_material_digest(meta)
    # Built under a name of its own and linked into place, which fails if another process
    # made a store meanwhile (two first-ever imports at once): a crash never leaves half a
    # store, and a second creator never replaces the first one's store under it.
    tmp = path.with_name(f"{path.name}.new-{secrets.token_hex(4)}")
    for legacy in (path.with_name(path.name + ".new"), path.with_name(path.name + ".new-journal")):
        legacy.unlink(missing_ok=True)
    try:
        conn = connect(tmp)
        try:
            migrations.migrate(conn)
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", meta.items())
            write_ledger(conn, ledger_key(data_key), store_id, Ledger())
            conn.execute("COMMIT")
        finally:
            conn.close()
        private(tmp)
        try:
            os.link(tmp, path)
        except FileExistsError:
            raise StoreError(_("A store already exists at {path}.").format(path=path)) from None
        except OSError:  # a file system without hard links: no such guard there
            os.replace(tmp, path)
        fsync_dir(home)
    except BaseException:
        source.forget(store_id)
        raise
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            leftover.unlink(missing_ok=True)
    return data_key


def unlock_key(home: Path | None = None, passphrase: str | None = None) -> bytes:
    """The checked data key of the existing store; LockedError when wrong. It reads only,
    except that a passphrase store wrapped the older way (scrypt) and at the current schema
    is wrapped again with Argon2id once the passphrase opened it (see :func:`_rewrap_file`).

    Like :func:`new_store`, safe to run in a worker thread: its connections are its own and
    closed on return. ``open_store(key=...)`` then opens the store without deriving again.
    """
    server = selected_store() if home is None else None
    if server is not None:
        return unlock_server_key(server, passphrase)
    home = _home(home)
    path = store_path(home)
    if not path.exists():
        raise NotFoundError(_("There is no store in {home} yet.").format(home=home))
    conn = connect(path)
    try:
        version, meta = read_meta(conn, path)
    finally:
        conn.close()
    key = unlock(meta, passphrase, version)
    if version == migrations.SCHEMA_VERSION:  # else the copy before the migration comes first
        _rewrap_file(home, meta, passphrase, key)
    return key


def _rewrap_file(home: Path, meta: dict[str, str], passphrase: str | None, key: bytes) -> None:
    """Wrap ``key`` again the current way when ``meta`` keeps it an older way (see
    :func:`~.meta.write_rewrap`), under the folder's shared lock as every write is; a failure
    is a logged warning and the store keeps its wrap."""
    rows = rewrap_rows(meta, passphrase, key)
    if rows is None:
        return
    try:
        lock = FolderLock(home)
        try:
            with lock.shared():
                conn = connect(store_path(home))
                try:
                    set_write_mode(conn)
                    write_rewrap(conn, meta, rows)
                finally:
                    conn.close()
        finally:
            lock.close()
    except (StoreError, OSError, sqlite3.Error) as err:
        not_rewrapped(err)


def _open_existing(
    home: Path, passphrase: str | None, key: bytes | None = None, accept: bool = False
) -> Store:
    path = store_path(home)
    lock = FolderLock(home)
    try:
        with lock.shared():  # a restore does not swap the file while it is being opened
            conn = connect(path)
            try:
                version, meta = read_meta(conn, path)
                unlocked = key is None  # by the passphrase (or keyring) here, not given
                if key is None:
                    key = unlock(meta, passphrase, version)
                else:
                    check_key_material(meta, version)
                    if not verify_key(
                        key, meta["store_id"], base64.b64decode(meta.get("key_check", ""))
                    ):
                        raise LockedError("That key does not open this store; nothing was changed.")
                data_key = key
                if version < migrations.SCHEMA_VERSION:
                    backup_before_migration(conn, home, version)
                set_write_mode(conn)

                def keyed(c: sqlite3.Connection, applied: int) -> None:
                    if applied == 3:
                        upgrade_records(c, data_key, meta["store_id"])
                    elif applied == 4 or migrations.resealing(migrations.MIGRATIONS[applied - 1]):
                        add_summaries(c, data_key)
                    elif migrations.MIGRATIONS[applied - 1] is migrations._v6_ledger_entries:
                        convert_ledger(c, ledger_key(data_key), meta["store_id"])

                try:
                    migrations.migrate(conn, keyed=keyed)
                except sqlite3.Error as err:
                    raise StoreError(
                        _("The store {path} could not be upgraded ({err}).").format(
                            path=path, err=err
                        )
                    ) from err
                if unlocked and version == migrations.SCHEMA_VERSION:
                    rows = rewrap_rows(meta, passphrase, data_key)
                    if rows is not None:
                        write_rewrap(conn, meta, rows)
                _version, meta = read_meta(conn, path)
                return Store(conn, RecordCipher(data_key), path, meta, data_key, accept=accept)
            except BaseException:
                conn.close()
                raise
    finally:
        lock.close()


def auto_method(passphrase: str | None = None) -> Literal["keyring", "passphrase"]:
    """How the command line creates a missing store: keyring if usable, else a passphrase."""
    usable, _name, why = probe()
    if usable:
        return "keyring"
    if passphrase or env_passphrase():
        return "passphrase"
    raise LockedError(
        _(
            "There is no store yet and no OS keyring can keep its key ({why}): set "
            "{passphrase_env}, or choose a passphrase in the app."
        ).format(why=why, passphrase_env=PASSPHRASE_ENV)
    )


def open_store(
    home: Path | None = None,
    passphrase: str | None = None,
    *,
    create: bool = True,
    key: bytes | None = None,
    accept: bool = False,
) -> Store:
    """Open (and, unless ``create`` is False, first create) the store in ``home``.

    The passphrase, for a passphrase store, comes from the argument or
    ``SECONDMENT_DESK_PASSPHRASE``. A missing store is created with the OS keyring when one
    works, else with that passphrase. ``key`` (from :func:`unlock_key` or :func:`new_store`)
    opens an existing store without fetching or deriving its key again. ``accept`` takes a
    store whose ledger disagrees with its rows as it is now (``profile verify --accept``).

    With no ``home``, a server store selected by ``--store`` or ``SECONDMENT_DESK_STORE``
    (see :mod:`.engine`) is opened instead of the file, the same way.
    """
    server = selected_store() if home is None else None
    if server is not None:
        return open_server_store(
            server, passphrase, create=create, key=key, accept=accept, choose_method=auto_method
        )
    home = _home(home)
    if key is not None:
        return _open_existing(home, None, key, accept)
    if not store_path(home).exists():
        if not create:
            raise NotFoundError(_("There is no store in {home} yet.").format(home=home))
        method = auto_method(passphrase)
        try:
            return create_store(home, method, passphrase)
        except StoreError:
            if not store_path(home).exists():
                raise
            # Another process created it in the meantime: open that one.
    return _open_existing(home, passphrase, accept=accept)


def open_store_soon(home: Path | None = None) -> Callable[[], Store]:
    """Start fetching or deriving the store's key in a worker thread now and return what opens
    the store with it, for a command that has other work to do first (``form fill`` imports the
    documents and parses the notice meanwhile: a passphrase store's KDF releases the GIL, so
    on two cores the two overlap instead of adding up; the KDF itself is unchanged).

    The early attempt only ever saves time: when it fails (no store yet, no passphrase, a wrong
    one), the returned function opens the store the ordinary way, which creates it or raises
    the ordinary error with its own message.
    """
    import threading
    from contextlib import suppress

    found: list[bytes] = []

    def fetch() -> None:
        with suppress(Exception):  # open_store() in finish() raises it, with its own message
            found.append(unlock_key(home))

    worker = threading.Thread(target=fetch, name="store-key", daemon=True)
    worker.start()

    def finish() -> Store:
        worker.join()
        if found:
            try:
                return open_store(home, key=found[0])
            except LockedError:  # its key changed meanwhile (another window rotated it)
                pass
        return open_store(home)

    return finish
