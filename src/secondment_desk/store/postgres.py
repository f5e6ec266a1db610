"""The PostgreSQL engine: a team's store on a database server (psycopg 3).

The server holds exactly what the SQLite file holds: the ``meta`` rows (store id, key check,
wrapped key, the sealed ledger), and ``profiles``/``applications`` rows of random ids,
versions, update times, a keyed vacancy reference and the AES-256-GCM blob sealed on this
machine, bound to kind, id and version. The server never sees a key or a plaintext record.

The repositories run unchanged on :class:`PgConnection`, which speaks their SQL (see
:mod:`.engine`). Every write transaction takes the store's advisory lock first, as SQLite's
``BEGIN IMMEDIATE`` takes the file's write lock: two clients saving at once are serialised and
the second one's compare-and-set sees the first one's version (ConflictError, nothing lost).

Schema migrations are numbered as on SQLite (one PostgreSQL migration per SQLite one, same
tables and columns at each number), tracked in the one-row table ``desk_schema``; each runs in
one transaction with the version bump (PostgreSQL's DDL is transactional).
"""

from __future__ import annotations

import base64
import contextlib
import secrets
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, cast

from secondment_desk import __version__
from secondment_desk.errors import LockedError, NotFoundError, StoreError
from secondment_desk.i18n import _
from secondment_desk.paths import data_home
from secondment_desk.store import migrations as sqlite_migrations
from secondment_desk.store.crypto import (
    KEY_DIGEST,
    RecordCipher,
    key_material_digest,
    make_key_check,
    new_data_key,
    verify_key,
)
from secondment_desk.store.keys import source_for
from secondment_desk.store.keys.os_keyring import probe
from secondment_desk.store.ledger import Ledger, ledger_key, write_ledger
from secondment_desk.store.member_keys import WRAPPED, kept_private, unwrap_with
from secondment_desk.store.meta import check_key_material, rewrap_rows, unlock, write_rewrap
from secondment_desk.store.store import Store, add_summaries

# The advisory lock every write transaction of a store holds (one per database).
WRITE_LOCK = 0x5D35_0001


def describe(url: str) -> str:
    """The address without its password, for messages."""
    try:
        from psycopg.conninfo import conninfo_to_dict

        parts = conninfo_to_dict(url)
    except Exception:
        return _("the server store (an address that cannot be read)")
    host = parts.get("host") or "localhost"
    port = f":{parts['port']}" if parts.get("port") else ""
    return f"postgresql://{host}{port}/{parts.get('dbname') or ''}"


class PgCursor:
    """Rows of one statement, as tuples (bytea as bytes)."""

    def __init__(self, rows: list[tuple[Any, ...]], rowcount: int) -> None:
        self._rows = rows
        self._rowcount = rowcount

    def fetchone(self) -> Any:
        return self._rows.pop(0) if self._rows else None

    def fetchall(self) -> list[Any]:
        rows, self._rows = self._rows, []
        return rows

    @property
    def rowcount(self) -> int:
        return self._rowcount

    def __iter__(self) -> Iterator[Any]:
        while self._rows:
            yield self._rows.pop(0)


# SQLite idioms the shared SQL uses, and their PostgreSQL spelling.
_IDIOMS = (
    ("substr(CAST(blob AS BLOB), -16)", "substring(blob from greatest(length(blob) - 15, 1))"),
    # The window's watcher asks SQLite's data_version, which moves when another connection
    # commits; here the sealed ledger moves with every write (its counter grows).
    (
        "PRAGMA data_version",
        "SELECT COALESCE((SELECT hashtext(value) FROM meta WHERE key = 'ledger'), 0)",
    ),
    (" BLOB", " BYTEA"),  # the migrations' column type
    (" WITHOUT ROWID", ""),
    (
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    ),
)


def translate(sql: str) -> str:
    """The repositories' SQL in PostgreSQL's dialect, with psycopg's placeholders."""
    for sqlite, pg in _IDIOMS:
        sql = sql.replace(sqlite, pg)
    return sql.replace("%", "%%").replace("?", "%s")


class PgConnection:
    """A psycopg connection that speaks the repositories' SQL (see :mod:`.engine`).

    A lost connection (server restarted, backend terminated, network gone) outside a write
    transaction is opened again and the statement retried once, so reading goes on. Inside
    one, the server has rolled the transaction back: StoreError says nothing of that change
    was saved (everything committed before stays), and the next statement reconnects."""

    dialect = "postgresql"

    def __init__(self, conn: Any, url: str) -> None:
        self._conn = conn
        self.url = url
        self.where = describe(url)
        self._in_transaction = False
        self.partial_view = False  # bound by row-level security to some candidates' rows

    def check_view(self) -> None:
        """Whether row-level security hides some rows from this role (see :mod:`.team`)."""
        team = self.execute("SELECT to_regclass('desk_members') IS NOT NULL").fetchone()
        if not team or not team[0]:
            self.partial_view = False
            return
        row = self.execute(
            "SELECT c.relrowsecurity AND NOT pg_has_role(current_user, c.relowner, 'USAGE') "
            "AND NOT EXISTS (SELECT 1 FROM desk_members m WHERE m.role = current_user "
            "AND m.is_admin) FROM pg_class c WHERE c.oid = 'profiles'::regclass"
        ).fetchone()
        self.partial_view = bool(row and row[0])

    def _reconnect(self) -> None:
        import psycopg

        with contextlib.suppress(psycopg.Error):
            self._conn.close()
        try:
            self._conn = psycopg.connect(self.url, autocommit=True, connect_timeout=10)
        except psycopg.Error as err:
            raise _server_error(self.where, err) from err

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> PgCursor:
        import psycopg

        stmt = sql.strip()
        if stmt == "ROLLBACK" and self._conn.closed:
            self._in_transaction = False
            return PgCursor([], -1)  # the server rolled it back with the connection
        for attempt in (1, 2):
            if self._conn.closed and not self._in_transaction:
                self._reconnect()
            try:
                return self._run(stmt, sql, parameters)
            except psycopg.OperationalError as err:
                lost = self._conn.closed or self._conn.broken
                if not lost or self._in_transaction or attempt == 2:
                    if lost:
                        self._in_transaction = False
                    if stmt == "ROLLBACK":
                        return PgCursor([], -1)
                    raise _server_error(self.where, err) from err
            except psycopg.Error as err:
                if stmt == "ROLLBACK":
                    self._in_transaction = False
                    return PgCursor([], -1)
                raise _server_error(self.where, err) from err
        raise AssertionError("not reached")

    def _run(self, stmt: str, sql: str, parameters: Sequence[Any]) -> PgCursor:
        if stmt == "BEGIN DEFERRED":  # a read snapshot, as SQLite's deferred transaction
            self._conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
            self._in_transaction = True
            return PgCursor([], -1)
        if stmt == "BEGIN IMMEDIATE":
            self._conn.execute("BEGIN")
            self._in_transaction = True
            self._conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
            return PgCursor([], -1)
        cur = self._conn.execute(translate(sql), tuple(parameters))
        if stmt in ("COMMIT", "ROLLBACK"):
            self._in_transaction = False
        rows = cur.fetchall() if cur.description is not None else []
        return PgCursor([tuple(r) for r in rows], cur.rowcount)

    def reopen(self) -> PgConnection:
        """A second connection to the same store (a reading handle off the UI thread)."""
        other = connect(self.url)
        other.partial_view = self.partial_view
        return other

    @property
    def member(self) -> str:
        """The database role this connection writes as (who its changes are by)."""
        return str(self._conn.info.user)

    @property
    def raw(self) -> Any:
        """The psycopg connection (tests, LISTEN/NOTIFY)."""
        return self._conn

    def close(self) -> None:
        self._conn.close()


def _server_error(where: str, err: Exception) -> StoreError:
    import psycopg

    text = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
    if isinstance(err, psycopg.errors.InsufficientPrivilege):
        return StoreError(
            _(
                "The server store {where} does not allow this to your database role ({text}); "
                "nothing was changed: an admin of the store can add or assign you."
            ).format(where=where, text=text)
        )
    if isinstance(err, psycopg.OperationalError):
        return StoreError(
            _(
                "The server store {where} cannot be reached ({text}); nothing was changed: "
                "check the connection and try again."
            ).format(where=where, text=text)
        )
    return StoreError(
        _("The server store {where} refused the change ({text}); nothing was changed.").format(
            where=where, text=text
        )
    )


def connect(url: str) -> PgConnection:
    import psycopg

    try:
        conn = psycopg.connect(url, autocommit=True, connect_timeout=10)
    except psycopg.Error as err:
        raise _server_error(describe(url), err) from err
    except Exception as err:
        raise StoreError(
            _("'{url}' is not a server store address ({err}).").format(url=describe(url), err=err)
        ) from err
    return PgConnection(conn, url)


# --- migrations, numbered as on SQLite ---------------------------------------------------------


# The numbered migrations are the SQLite ones themselves (store/migrations.py), run through
# PgConnection: the same code takes both engines from version N-1 to N, so the two schemas
# cannot drift apart. Their few SQLite spellings are translated (BLOB is BYTEA, no ROWID
# clause); a later migration that needs more must add its idiom to _IDIOMS (the engines'
# schema test compares the two schemas' tables and columns).
MIGRATIONS = sqlite_migrations.MIGRATIONS
SCHEMA_VERSION = sqlite_migrations.SCHEMA_VERSION


def schema_version(conn: PgConnection) -> int:
    # to_regclass finds the table whatever this role may read (information_schema would hide
    # it from a role without rights, which would then try to create a store).
    row = conn.execute("SELECT to_regclass('desk_schema') IS NOT NULL").fetchone()
    if not row or not row[0]:
        return 0
    found = conn.execute("SELECT version FROM desk_schema").fetchone()
    return int(found[0]) if found else 0


def migrate(conn: PgConnection, target: int = SCHEMA_VERSION) -> list[int]:
    """Bring the server store up to ``target``; each step one transaction, under the write
    lock (two clients opening an old store at once migrate it once)."""
    applied = []
    for version in range(1, target + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("CREATE TABLE IF NOT EXISTS desk_schema (version INTEGER NOT NULL)")
            if schema_version(conn) >= version:
                conn.execute("COMMIT")
                continue
            MIGRATIONS[version - 1](cast(Any, conn))  # it speaks their SQL (see engine)
            conn.execute("DELETE FROM desk_schema")
            conn.execute("INSERT INTO desk_schema (version) VALUES (?)", (version,))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(version)
    ensure_notifications(conn)
    ensure_changed_by(conn)
    return applied


# Every committed change to a record is announced on this channel as "kind:id:version" (no
# personal data: the same random ids and versions the table holds), so other windows on the
# same server store reload within a moment (LISTEN/NOTIFY, delivered at commit).
CHANNEL = "secondment_desk_changes"

_NOTIFY_FUNCTION = (
    "CREATE OR REPLACE FUNCTION desk_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "DECLARE r record; BEGIN "
    "IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF; "
    "PERFORM pg_notify('" + CHANNEL + "', TG_ARGV[0] || ':' || r.id || ':' || "
    "CASE WHEN TG_OP = 'DELETE' THEN 'deleted' ELSE r.version::text END); "
    "RETURN NULL; END $$"
)


def ensure_notifications(conn: PgConnection) -> None:
    """The triggers that announce changes (made once by the tables' owner; idempotent)."""
    found = conn.execute(
        "SELECT count(*) FROM pg_trigger WHERE tgname = 'desk_notify' AND NOT tgisinternal"
    ).fetchone()
    if found and int(found[0]) >= 2:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(_NOTIFY_FUNCTION)
        for table, kind in (("profiles", "profile"), ("applications", "application")):
            conn.execute(
                f"CREATE OR REPLACE TRIGGER desk_notify AFTER INSERT OR UPDATE OR DELETE ON "
                f"{table} FOR EACH ROW EXECUTE FUNCTION desk_notify_change('{kind}')"
            )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


# Who made a change is the server's word, not the client's: a new version of a record is
# stamped with the database role that wrote it (a member cannot write as another). A write
# that keeps the version (re-sealing after a key rotation) keeps who made the last change, and
# a record moved from a file (``store migrate --to``) arrives with none (made locally).
_CHANGED_BY_FUNCTION = (
    "CREATE OR REPLACE FUNCTION desk_changed_by() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN "
    "IF TG_OP = 'INSERT' THEN "
    "IF NEW.changed_by IS NOT NULL THEN NEW.changed_by := current_user; END IF; "
    "ELSIF NEW.version IS DISTINCT FROM OLD.version THEN NEW.changed_by := current_user; "
    "ELSE NEW.changed_by := OLD.changed_by; END IF; "
    "RETURN NEW; END $$"
)


def ensure_changed_by(conn: PgConnection) -> None:
    """The triggers that stamp who made each change (made once by the tables' owner)."""
    if schema_version(conn) < 5:
        return
    found = conn.execute(
        "SELECT count(*) FROM pg_trigger WHERE tgname = 'desk_changed_by' AND NOT tgisinternal"
    ).fetchone()
    if found and int(found[0]) >= 2:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(_CHANGED_BY_FUNCTION)
        for table in ("profiles", "applications"):
            conn.execute(
                f"CREATE OR REPLACE TRIGGER desk_changed_by BEFORE INSERT OR UPDATE ON "
                f"{table} FOR EACH ROW EXECUTE FUNCTION desk_changed_by()"
            )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


@dataclass(frozen=True)
class Change:
    kind: str
    record_id: str
    version: int | None  # None: deleted


class ChangeListener:
    """Another window's changes, as they are committed: ``poll(timeout)`` returns those that
    arrived (waiting up to ``timeout`` seconds for the first). Its own connection."""

    def __init__(self, url: str) -> None:
        self._pg = connect(url)
        self._pg.raw.execute(f"LISTEN {CHANNEL}")

    def poll(self, timeout: float = 0.0) -> list[Change]:
        out: list[Change] = []
        wait = timeout
        while True:
            got = list(self._pg.raw.notifies(timeout=wait, stop_after=1))
            if not got:
                return out
            for note in got:
                kind, _sep, rest = str(note.payload).partition(":")
                record_id, _sep, version = rest.rpartition(":")
                out.append(Change(kind, record_id, int(version) if version.isdigit() else None))
            wait = 0.05  # the rest of a burst, then return

    def close(self) -> None:
        self._pg.close()


def read_meta(conn: PgConnection) -> tuple[int, dict[str, str]]:
    version = schema_version(conn)
    if version > SCHEMA_VERSION:
        raise StoreError(
            _(
                "The server store {where} was written by a newer Secondment Desk (schema "
                "{version}); update the application to open it."
            ).format(where=conn.where, version=version)
        )
    rows = conn.execute("SELECT key, value FROM meta").fetchall() if version else []
    return version, {str(k): str(v) for k, v in rows}


def server_meta(url: str) -> tuple[int, dict[str, str]]:
    """(schema version, meta rows) of the server store at ``url``, reading only ({} when the
    database holds no store yet)."""
    conn = connect(url)
    try:
        return read_meta(conn)
    finally:
        conn.close()


def unlock_server_key(url: str, passphrase: str | None = None) -> bytes:
    """The checked data key of the server store (a worker thread may run it). It reads only,
    except that a passphrase wrap made the older way (scrypt) is made again with Argon2id
    once the passphrase opened it, as :func:`~.opening.unlock_key` does on the file."""
    conn = connect(url)
    try:
        version, meta = read_meta(conn)
        if "store_id" not in meta:
            raise NotFoundError(_("There is no store at {where} yet.").format(where=conn.where))
        key = unlock(meta, passphrase, version)
        if version == SCHEMA_VERSION:
            rows = rewrap_rows(meta, passphrase, key)
            if rows is not None:
                write_rewrap(conn, meta, rows)
        return key
    finally:
        conn.close()


def _path_for(store_id: str) -> Path:
    """Where a server store is said to be: a name in the data folder, never a file (no
    folder lock applies; versions keep the clients from losing each other's updates)."""
    return data_home(create=False) / "servers" / store_id / "server-store"


def create_server_store(
    url: str,
    method: Literal["keyring", "passphrase"] = "keyring",
    passphrase: str | None = None,
) -> bytes:
    """Make an empty store in the server's database and return its data key."""
    if method == "keyring":
        usable, _name, why = probe()
        if not usable:
            raise LockedError(
                _(
                    "The OS keyring cannot keep the store's key ({why}); choose a passphrase."
                ).format(why=why)
            )
    conn = connect(url)
    try:
        migrate(conn)
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
        conn.execute("BEGIN IMMEDIATE")
        try:
            if conn.execute("SELECT 1 FROM meta WHERE key = 'store_id'").fetchone():
                raise StoreError(_("A store already exists at {where}.").format(where=conn.where))
            for k, v in meta.items():
                conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (k, v))
            write_ledger(conn, ledger_key(data_key), store_id, Ledger())
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            source.forget(store_id)
            raise
    finally:
        conn.close()
    return data_key


def open_server_store(
    url: str,
    passphrase: str | None = None,
    *,
    create: bool = True,
    key: bytes | None = None,
    accept: bool = False,
    choose_method: Callable[[str | None], Literal["keyring", "passphrase"]] | None = None,
) -> Store:
    """Open the store in the server's database (creating it first, unless ``create`` is
    False, when the database holds none), as :func:`~.opening.open_store` does for the file;
    ``choose_method`` picks how a new store's key is kept (keyring when one works)."""
    conn = connect(url)
    try:
        version, meta = read_meta(conn)
        if "store_id" not in meta:
            if not create:
                raise NotFoundError(_("There is no store at {where} yet.").format(where=conn.where))
            conn.close()
            method = choose_method(passphrase) if choose_method else "passphrase"
            key = create_server_store(url, method, passphrase)
            conn = connect(url)
            version, meta = read_meta(conn)
        rows: dict[str, str | None] | None = None
        if key is None:
            key = _member_key(conn, meta)
            if key is None:
                key = unlock(meta, passphrase, version)
                if version == SCHEMA_VERSION:  # by this passphrase: re-wrap with it if old
                    rows = rewrap_rows(meta, passphrase, key)
        else:
            check_key_material(meta, version)
            if not verify_key(key, meta["store_id"], base64.b64decode(meta.get("key_check", ""))):
                raise LockedError(_("That key does not open this store; nothing was changed."))
        if version < SCHEMA_VERSION:
            migrate(conn)
            if version < SUMMARIES_FOR_LISTS:
                _seal_summaries(conn, key)
            version, meta = read_meta(conn)
        if rows is not None and write_rewrap(conn, meta, rows):
            version, meta = read_meta(conn)
        conn.check_view()
        return Store(conn, RecordCipher(key), _path_for(meta["store_id"]), meta, key, accept=accept)
    except BaseException:
        conn.close()
        raise


# The last schema after which every summary is sealed again in the current format
# (migrations._v7_summaries_for_lists, then ._v8_summaries_for_the_dashboard).
SUMMARIES_FOR_LISTS = max(
    i + 1 for i, m in enumerate(sqlite_migrations.MIGRATIONS) if sqlite_migrations.resealing(m)
)


def _seal_summaries(conn: PgConnection, key: bytes) -> None:
    """The keyed step of the summaries' migration on a server (the file does it in the
    migration's transaction): every summary this role can write sealed again in the current
    format, in one transaction. A role the server does not let write them leaves them as
    they were; its lists read the records until they are saved."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        add_summaries(conn, key)
        conn.execute("COMMIT")
    except StoreError:
        conn.execute("ROLLBACK")


def _member_key(conn: PgConnection, meta: dict[str, str]) -> bytes | None:
    """The data key as this role unwraps it with the private key in this machine's keyring,
    when the store has a wrap for the role and the keyring that key (see :mod:`.members`)."""
    role = str(conn.raw.info.user)
    wrapped = meta.get(WRAPPED + role)
    private = kept_private(meta["store_id"], role) if wrapped else None
    if wrapped is None or private is None:
        return None
    key = unwrap_with(private, wrapped, meta["store_id"], role)
    check_key_material(meta, None)
    if not verify_key(key, meta["store_id"], base64.b64decode(meta.get("key_check", ""))):
        raise LockedError(_("This member's key does not open the store."))
    return key
