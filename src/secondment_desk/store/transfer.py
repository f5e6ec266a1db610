"""Moving a store from its SQLite file into a server store (``store migrate --to``).

The file is only read (a read-only connection), so it is left exactly as it was. What lands
on the server is the store as it is: its meta rows (store id, key check, wrapped key, ledger)
and every record's sealed blob byte for byte, in one transaction. Records are sealed with
their kind, id, owner and version, not with the engine, so the same data key opens them there:
nothing is decrypted on the way, and the server never sees a key.

Then each record is checked: the server's row equals the file's (version, update time, blob),
and the server store, opened like any other, reads every record back equal to the file's
plaintext, with its ledger agreeing with its rows.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from secondment_desk.errors import NotFoundError, StoreError
from secondment_desk.i18n import _
from secondment_desk.models.application import Application
from secondment_desk.models.profile import Profile
from secondment_desk.store import migrations
from secondment_desk.store.connection import store_path
from secondment_desk.store.crypto import RecordCipher
from secondment_desk.store.meta import _home, read_meta, unlock
from secondment_desk.store.postgres import connect, migrate, open_server_store
from secondment_desk.store.postgres import read_meta as read_server_meta


@dataclass(frozen=True)
class Transfer:
    where: str
    profiles: int
    applications: int


def _read_only(path: Path) -> sqlite3.Connection:
    try:
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as err:
        raise StoreError(
            _("The store {path} cannot be read ({err}).").format(path=path, err=err)
        ) from err


def _columns(src: sqlite3.Connection, table: str, first: tuple[str, ...]) -> list[str]:
    names = [str(r[1]) for r in src.execute(f"PRAGMA table_info({table})")]
    return [*first, *(n for n in names if n not in first)]


def migrate_to_server(
    url: str, home: Path | None = None, passphrase: str | None = None
) -> Transfer:
    """Copy the data folder's store into the empty server store at ``url``, then check every
    record there; StoreError (and the file unchanged) when anything differs."""
    home = _home(home)
    path = store_path(home)
    if not path.exists():
        raise NotFoundError(_("There is no store in {home} to move.").format(home=home))
    src = _read_only(path)
    try:
        version, meta = read_meta(src, path)
        if version != migrations.SCHEMA_VERSION:
            raise StoreError(
                _(
                    "The store {path} is at schema {version}: open it once with this version "
                    "(it upgrades it, keeping a copy), then move it."
                ).format(path=path, version=version)
            )
        key = unlock(meta, passphrase, version)
        cipher = RecordCipher(key)
        all_meta = src.execute("SELECT key, value FROM meta").fetchall()
        # Every column the file has (a later migration's too), the known ones first.
        p_cols = _columns(src, "profiles", ("id", "version", "updated_at", "blob"))
        a_cols = _columns(
            src,
            "applications",
            ("id", "profile_id", "version", "updated_at", "vacancy_ref", "blob"),
        )
        profiles = src.execute(f"SELECT {', '.join(p_cols)} FROM profiles").fetchall()
        apps = src.execute(f"SELECT {', '.join(a_cols)} FROM applications").fetchall()
        l_cols = ("kind", "id", "version", "tag")
        entries = src.execute(f"SELECT {', '.join(l_cols)} FROM ledger_entries").fetchall()
    except sqlite3.Error as err:
        raise StoreError(
            _("The store {path} cannot be read ({err}).").format(path=path, err=err)
        ) from err
    finally:
        src.close()
    try:
        plain_profiles = {
            r[0]: Profile.model_validate_json(cipher.decrypt("profile", r[0], r[3], version=r[1]))
            for r in profiles
        }
        plain_apps = {
            r[0]: Application.model_validate_json(
                cipher.decrypt("application", r[0], r[5], r[1], r[2])
            )
            for r in apps
        }
    except ValidationError as err:
        raise StoreError(
            _("A record of {path} does not read ({err}): nothing was copied.").format(
                path=path, err=err
            )
        ) from err

    server = connect(url)
    where = server.where
    try:
        migrate(server)
        _v, existing = read_server_meta(server)
        if "store_id" in existing:
            raise StoreError(
                _("The server store {where} already holds a store: nothing was copied.").format(
                    where=where
                )
            )
        server.execute("BEGIN IMMEDIATE")
        try:
            for k, v in all_meta:
                server.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (k, v))
            for table, cols, rows in (
                ("profiles", p_cols, profiles),
                ("applications", a_cols, apps),
                ("ledger_entries", l_cols, entries),
            ):
                insert = (
                    f"INSERT INTO {table} ({', '.join(cols)}) "
                    f"VALUES ({', '.join('?' for _c in cols)})"
                )
                for row in rows:
                    server.execute(insert, row)
            server.execute("COMMIT")
        except BaseException:
            server.execute("ROLLBACK")
            raise
        # Row by row: what the server holds is what the file holds.
        got_profiles = {
            r[0]: tuple(r) for r in server.execute(f"SELECT {', '.join(p_cols)} FROM profiles")
        }
        got_apps = {
            r[0]: tuple(r) for r in server.execute(f"SELECT {', '.join(a_cols)} FROM applications")
        }
    finally:
        server.close()
    bad = [r[0] for r in profiles if got_profiles.get(r[0]) != tuple(r)]
    bad += [r[0] for r in apps if got_apps.get(r[0]) != tuple(r)]
    if bad or len(got_profiles) != len(profiles) or len(got_apps) != len(apps):
        raise StoreError(
            _("The copy on {where} differs from the file ({ids}).").format(
                where=where, ids=", ".join(bad[:5]) or _("record counts")
            )
        )
    # Record by record: the server store opens with the same key and reads each one back.
    try:
        with open_server_store(url, key=key, create=False) as store:
            if store.damaged():
                raise StoreError(
                    _("The copy on {where} has damaged records: {ids}.").format(
                        where=where, ids=", ".join(d.id for d in store.damaged()[:5])
                    )
                )
            for pid, profile in plain_profiles.items():
                if store.profiles.get(pid) != profile:
                    raise StoreError(
                        _("The profile {id} reads differently on {where}.").format(
                            id=pid, where=where
                        )
                    )
            for aid, app in plain_apps.items():
                if store.applications.get(aid) != app:
                    raise StoreError(
                        _("The application {id} reads differently on {where}.").format(
                            id=aid, where=where
                        )
                    )
    except ValidationError as err:
        raise StoreError(
            _("A record on {where} does not read back ({err}).").format(where=where, err=err)
        ) from err
    return Transfer(where, len(plain_profiles), len(plain_apps))
