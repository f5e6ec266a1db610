"""The open store: profiles and applications, each record one AES-GCM blob.

Nothing personal is in a plaintext column (names neither): listing profiles decrypts them.
What stays readable: random ids, an application's profile id, versions, update times, record
sizes, and a keyed hash standing for an application's vacancy.
Every change is one transaction.

No lost update: every record carries a version; a save is a compare-and-set against the
version this store handle last read or wrote (a record it never read is written as given), and
a mismatch raises :class:`~.errors.ConflictError` without writing. Writes hold the data folder's
lock shared and check the file is still the one opened (a restore replaces it).

Damage is contained: a record that fails to unseal, or that the ledger (:mod:`.ledger`) says was
rolled back, added or deleted outside the app, is listed by :meth:`Store.damaged` and skipped by
listings and name look-ups; it can still be deleted by its id, and every other record reads.
"""

from __future__ import annotations

import builtins
import contextlib
import difflib
import gc
import hashlib
import hmac
import json
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from pydantic import ValidationError

from secondment_desk.errors import DeskError, NotFoundError, StoreError, ValidationFailed
from secondment_desk.i18n import _
from secondment_desk.models.application import Application
from secondment_desk.models.profile import Profile
from secondment_desk.models.validation import describe_validation_error
from secondment_desk.notice_status import NoticeFacts
from secondment_desk.store.archive import write_archive
from secondment_desk.store.connection import connect
from secondment_desk.store.crypto import RecordCipher, derive_key
from secondment_desk.store.engine import Connection
from secondment_desk.store.errors import (
    ConflictError,
    DamagedRecordError,
    ReadOnlyError,
    StoreReplacedError,
    TamperedError,
)
from secondment_desk.store.ledger import (
    Finding,
    Ledger,
    audit,
    known,
    ledger_key,
    read_ledger,
    record,
    write_ledger,
)
from secondment_desk.store.lock import FolderLock, WindowLock


class AmbiguousNameError(DeskError):
    """A name matches several profiles; the user must pick one by id."""


@dataclass(frozen=True, slots=True)
class Identity:
    """What tells two profiles of the same name apart (duplicate matching): from the
    profile's sealed summary, so an import compares every stored profile without decoding
    them."""

    email: str
    date_of_birth: date | None


@dataclass(frozen=True, slots=True)
class ProfileSummary:
    id: str
    name: str
    updated_at: datetime
    # None: the summary predates it (a server store not yet re-sealed), read the record.
    identity: Identity | None = None


@dataclass(frozen=True, slots=True)
class ApplicationSummary:
    """What lists show of an application, from its small sealed summary (the full record,
    with the notice's text, is decoded only when it is opened)."""

    id: str
    profile_id: str
    version: int
    updated_at: datetime
    title: str
    reference: str
    organization: str
    closing_date: date | None
    nominating_state: str | None
    status: str
    events: int  # the history's length, its creation counted (``applications.events_of``)
    delegation_deadline: date | None  # the date the national body gave, when entered
    # What the dashboard's row is computed from (``deadlines.dashboard_row``, schema 8):
    closing_time: str | None  # the notice's closing time as it states it
    lead_working_days: int | None  # the application's own lead time, when set
    regime: str  # the post's regime (``organisations.rules.post_rules``), by its key
    notice: NoticeFacts  # what the notice's state is judged from, the day aside


SUMMARY = "-summary"  # the kind of a record's summary, for its associated data


# What a summary holds changed with schema 7 (a profile's e-mail and birth date; an
# application's history length and entered delegation date) and schema 8 (what the
# dashboard's row is computed from): a summary of another format is not read, its record is
# (and each of those migrations seals every summary again in the current format).
SUMMARY_FORMAT = 3


def profile_summary_data(profile: Profile) -> bytes:
    personal = profile.personal
    birth = personal.date_of_birth.isoformat() if personal.date_of_birth else None
    data = {
        "format": SUMMARY_FORMAT,
        "name": profile.name,
        "email": personal.email,
        "date_of_birth": birth,
    }
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def application_summary_data(app: Application) -> bytes:
    from secondment_desk.applications import events_of, row_facts

    facts = row_facts(app)
    vacancy = app.vacancy
    closing = vacancy.closing_date.isoformat() if vacancy.closing_date else None
    entered = app.delegation_deadline.isoformat() if app.delegation_deadline else None
    data = {
        "format": SUMMARY_FORMAT,
        "title": vacancy.short_label,
        "reference": vacancy.requisition_id or "",
        "organization": vacancy.organization or "",
        "closing_date": closing,
        "state": app.nominating_state,
        "status": app.status.value,
        "events": len(events_of(app)),
        "delegation_deadline": entered,
        "closing_time": facts.closing_time,
        "lead_working_days": facts.lead_working_days,
        "regime": facts.regime,
        "cancelled": facts.notice.cancelled,
        "not_judged": list(facts.notice.not_judged),
        "notice_warnings": list(facts.notice.warnings),
    }
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


@contextmanager
def _no_gc() -> Iterator[None]:
    """The collector off while a bulk decode builds its records: collecting meanwhile
    walked them again and again (a 25,000-application listing took 4x longer with GC on).
    Re-enabling is all: nothing is frozen (``gc.freeze`` kept what was alive out of the
    collector for good, a cycle among those objects never freed). Lists read summaries, a few
    small objects per record, and the dashboard's rows are built from them and hold only what
    they show (``deadlines.board``), so no caller holds thousands of full records and the
    collections after re-enabling walk little (``bench/store_growth.py`` and
    ``bench/gc_pauses.py`` print the longest)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@dataclass(frozen=True)
class DamagedRecord:
    """A record that cannot be read as it is, by id; ``present`` is False when only the
    ledger remembers it (its row was deleted outside the app)."""

    kind: str
    id: str
    updated_at: datetime | None
    reason: str
    present: bool = True

    def line(self) -> str:
        when = f"{self.updated_at.astimezone():%Y-%m-%d %H:%M}" if self.updated_at else "?"
        return (
            f"{self.id}  {when}  DAMAGED {self.kind}: {self.reason}; delete it "
            f"('secondment-desk profile delete {self.id}') or restore a backup"
        )


def _time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _write_error(err: sqlite3.Error) -> StoreError:
    text = str(err)
    if "full" in text:
        return StoreError(
            "The disk is full: the change was not saved and nothing stored was lost; "
            "free some space and try again."
        )
    if "locked" in text or "busy" in text:
        return StoreError(
            "The store is busy (another window or command is writing); nothing was saved: "
            "try again in a moment."
        )
    return StoreError(f"The store could not be written ({text}); nothing was changed.")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _name_of(data: dict[str, Any]) -> str:
    personal = data.get("personal") or {}
    parts = (personal.get("first_name"), personal.get("middle_name"), personal.get("family_name"))
    return " ".join(p for p in parts if p)


def _fold(name: str) -> str:
    """Case, accents and spacing do not matter when a profile is picked by name."""
    decomposed = unicodedata.normalize("NFKD", " ".join(name.split()).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _words(name: str) -> list[str]:
    """Folded words of a name; hyphens and other punctuation separate words."""
    return re.findall(r"\w+", _fold(name))


def _in_order(wanted: list[str], words: list[str]) -> bool:
    """Every word of ``wanted`` is a whole word of ``words``, in the same order."""
    rest = iter(words)
    return bool(wanted) and all(any(w == x for x in rest) for w in wanted)


def _quoted(names: builtins.list[str]) -> str:
    shown = [f"'{n}'" for n in names]
    return shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} or {shown[-1]}"


def _closest(wanted: str, names: builtins.list[str], limit: int = 3) -> builtins.list[str]:
    """The stored names most like ``wanted``: sharing a word, or spelled alike."""
    folded = {_fold(n): n for n in names}
    words = set(_words(wanted))
    sharing = [n for n in names if words & set(_words(n))]
    alike = [folded[f] for f in difflib.get_close_matches(_fold(wanted), folded, limit, 0.6)]
    return builtins.list(dict.fromkeys([*alike, *sharing]))[:limit]


class Store:
    """An unlocked store. Use as a context manager, or call :meth:`close`."""

    def __init__(
        self,
        conn: Connection,
        cipher: RecordCipher,
        path: Path,
        meta: dict[str, str],
        data_key: bytes,
        *,
        accept: bool = False,
    ) -> None:
        self._conn = conn
        self._cipher = cipher
        self._data_key = data_key
        self._ledger_key = ledger_key(data_key)
        self._ref_key = ref_key(data_key)
        self.path = path
        self.meta = meta
        self._lock = FolderLock(path.parent)
        self._window: WindowLock | None = None
        self._generation = meta.get("generation", "")
        self.read_only = ""  # why this handle may not write ("" when it may)
        self._damaged: dict[tuple[str, str], DamagedRecord] = {}
        self.profiles = ProfileRepository(self)
        self.applications = ApplicationRepository(self)
        # Who this handle writes as: the member's database role on a server store (which the
        # server also sets itself, so no member can write as another), None on the file.
        self.member: str | None = getattr(conn, "member", None)
        self._audit(accept)

    @property
    def author(self) -> str:
        """Who this handle's changes are by, for the sealed history: the member's role on a
        server store; "" on the file, whose every change is its one user's ("you")."""
        return self.member or ""

    @property
    def store_id(self) -> str:
        return self.meta["store_id"]

    @property
    def method(self) -> str:
        return self.meta["key_method"]

    @property
    def home(self) -> Path:
        return self.path.parent

    @property
    def conn(self) -> Connection:
        return self._conn

    @property
    def cipher(self) -> RecordCipher:
        return self._cipher

    def close(self) -> None:
        self._conn.close()
        self._lock.close()
        if self._window is not None:
            self._window.release()
            self._window = None

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # --- one window edits, the others read -----------------------------------------------
    def claim_window(self) -> bool:
        """Take the data folder's window lock for this handle; when another window holds it,
        this handle turns read-only and False is returned."""
        if self._window is not None:
            return True
        self._window = WindowLock.try_take(self.home)
        if self._window is None:
            self.read_only = (
                "This store is open in another Secondment Desk window: this one is read-only. "
                "Close the other window, then reopen this one to edit."
            )
            return False
        return True

    def _current_generation(self, conn: Connection) -> str:
        row = conn.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
        return str(row[0]) if row else ""

    def replaced(self) -> bool:
        """Whether a backup was restored over the store since this handle opened it."""
        try:
            return self._current_generation(self._conn) != self._generation
        except (sqlite3.Error, StoreError):
            return True

    def _check_current(self, conn: Connection) -> None:
        if self._current_generation(conn) != self._generation:
            self.read_only = (
                "The store was replaced (a backup was restored) while this window was open: "
                "nothing more is saved here; reopen the store to see the restored data."
            )
            raise StoreReplacedError(self.read_only)

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One write transaction: all of it lands, or none of it."""
        if self.read_only:
            raise ReadOnlyError(self.read_only)
        with self._lock.shared():
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as err:
                raise _write_error(err) from err
            try:
                self._check_current(self._conn)
                yield self._conn
                self._conn.execute("COMMIT")
            except BaseException as err:
                with contextlib.suppress(sqlite3.Error):
                    self._conn.execute("ROLLBACK")
                if isinstance(err, sqlite3.Error):
                    raise _write_error(err) from err
                raise

    # --- the ledger --------------------------------------------------------------------------
    def ledger(self, conn: Connection) -> Ledger:
        found = read_ledger(conn, self._ledger_key, self.store_id)
        return found if found is not None else Ledger()

    def write_ledger(self, conn: Connection, ledger: Ledger) -> None:
        write_ledger(conn, self._ledger_key, self.store_id, ledger)

    def record(self, conn: Connection, *changes: tuple[str, str, int | None, bytes | None]) -> None:
        """The ledger's entries for these records, changed in the caller's transaction
        (version None: deleted); the cost does not grow with the store."""
        record(conn, self._ledger_key, self.store_id, changes)

    def _audit(self, accept: bool) -> None:
        # One read snapshot for the ledger and the rows: read apart, another process's save
        # between the two reads looked like a record altered outside the application.
        self._conn.execute("BEGIN DEFERRED")
        try:
            try:
                found = read_ledger(self._conn, self._ledger_key, self.store_id)
                if found is None:
                    raise TamperedError(
                        "The store's ledger is missing: the store was altered outside "
                        "Secondment Desk. Restore a backup ('secondment-desk profile restore'), "
                        "or accept the store as it is with 'secondment-desk profile verify "
                        "--accept'."
                    )
            except TamperedError:
                if not accept:
                    raise
                found = None
            findings = [] if accept or found is None else audit(self._conn, found)
        finally:
            with contextlib.suppress(sqlite3.Error, StoreError):
                self._conn.execute("COMMIT")
        if accept:
            self.accept_as_is()
            return
        for finding in findings:
            self._note(finding)

    def _note(self, finding: Finding) -> None:
        record = DamagedRecord(
            finding.kind,
            finding.record_id,
            _time(finding.updated_at),
            finding.reason,
            present=finding.updated_at is not None,
        )
        self._damaged[(record.kind, record.id)] = record

    def mark_damaged(self, kind: str, record_id: str, updated_at: str | None, reason: str) -> None:
        self._note(Finding(kind, record_id, updated_at or "", reason))

    def damage(self, kind: str, record_id: str) -> DamagedRecord | None:
        return self._damaged.get((kind, record_id))

    def forget_damage(self, kind: str, record_id: str) -> None:
        self._damaged.pop((kind, record_id), None)

    def damaged(self) -> builtins.list[DamagedRecord]:
        """Every record known to be damaged so far (at open, and by listings since)."""
        self.profiles.list()  # unsealing each profile finds the damaged ones
        return sorted(self._damaged.values(), key=lambda d: (d.kind, d.id))

    def accept_as_is(self) -> int:
        """Take the store as it is now: a new ledger of the rows that unseal (the others stay
        listed as damaged). Returns how many records the ledger holds."""
        ledger = Ledger()
        self._damaged.clear()
        with self.transaction() as conn:
            old = read_ledger_quietly(conn, self._ledger_key, self.store_id)
            ledger.counter = old.counter if old else 0
            for pid, version, updated, blob in conn.execute(
                "SELECT id, version, updated_at, blob FROM profiles"
            ).fetchall():
                try:
                    self._cipher.decrypt("profile", pid, blob, version=version)
                    ledger.put("profile", pid, version, blob)
                except StoreError:
                    self.mark_damaged(
                        "profile", pid, updated, "damaged or was altered: it does not unseal"
                    )
            for aid, owner, version, updated, blob in conn.execute(
                "SELECT id, profile_id, version, updated_at, blob FROM applications"
            ).fetchall():
                try:
                    self._cipher.decrypt("application", aid, blob, owner, version)
                    ledger.put("application", aid, version, blob)
                except StoreError:
                    self.mark_damaged(
                        "application", aid, updated, "damaged or was altered: it does not unseal"
                    )
            self.write_ledger(conn, ledger)
        return len(ledger.entries)

    def reader(self) -> Store:
        """A second handle on the same file for reading from another thread (a worker that
        builds a list off the UI thread): its own SQLite connection, made on the calling
        thread, the same key and the damage found so far; it cannot write. Close it."""
        return _ReadHandle(self)

    def vacancy_ref(self, profile_id: str, vacancy_key: str) -> str:
        return vacancy_ref(self._ref_key, profile_id, vacancy_key)

    def backup(self, out: Path, passphrase: str | None = None) -> Path:
        """Write an encrypted archive of the whole store (see :mod:`.archive`)."""
        return write_archive(self, out, self._data_key, passphrase)


class _ReadHandle(Store):
    def __init__(self, store: Store) -> None:  # no audit: the store it reads for did it
        reopen = getattr(store.conn, "reopen", None)  # a server store: its own second link
        self._conn = reopen() if reopen is not None else connect(store.path)
        self._cipher = store.cipher
        self._data_key = store._data_key
        self._ledger_key = store._ledger_key
        self._ref_key = store._ref_key
        self.path = store.path
        self.meta = store.meta
        self._lock = FolderLock(store.path.parent)
        self._window = None
        self._generation = store._generation
        self.read_only = "This handle only reads."
        self._damaged = dict(store._damaged)
        self.profiles = ProfileRepository(self)
        self.applications = ApplicationRepository(self)


def ref_key(data_key: bytes) -> bytes:
    return derive_key(data_key, "secondment-desk vacancy ref v1")


def vacancy_ref(key: bytes, profile_id: str, vacancy_key: str) -> str:
    """A keyed hash standing for (candidate, vacancy), so the store can refuse a second
    application for the same post without keeping the vacancy readable."""
    msg = f"{profile_id}\x1f{vacancy_key}".encode()
    return hmac.new(key, msg, hashlib.sha256).hexdigest()[:32]


def read_ledger_quietly(conn: Connection, key: bytes, store_id: str) -> Ledger | None:
    try:
        return read_ledger(conn, key, store_id)
    except TamperedError:
        return None


def _next_version(
    kind: str,
    record_id: str,
    row: tuple[int, str, str | None] | None,
    expected: int | None,
    force: bool,
) -> int:
    """The version a save writes, or ConflictError (naming who changed it, and when) when the
    stored one moved on."""
    if row is None:
        if expected is not None and not force:
            raise ConflictError(kind, record_id, None)
        return 1
    version, updated, changed_by = row
    if expected is not None and version != expected and not force:
        raise ConflictError(kind, record_id, _time(updated), changed_by or None)
    return int(version) + 1


class ProfileRepository:
    KIND = "profile"

    def __init__(self, store: Store) -> None:
        self._store = store
        self._seen: dict[str, int] = {}  # id -> version this handle last read or wrote
        # id -> (version, summary) already unsealed
        self._names: dict[str, tuple[int, ProfileSummary]] = {}

    def _unseal(self, profile_id: str, version: int, updated: str, blob: bytes) -> bytes:
        damage = self._store.damage(self.KIND, profile_id)
        if damage is not None:
            raise DamagedRecordError(self._damaged_message(damage))
        try:
            return self._store.cipher.decrypt(self.KIND, profile_id, blob, version=version)
        except StoreError:
            self._store.mark_damaged(
                self.KIND, profile_id, updated, "damaged or was altered: it does not unseal"
            )
            damage = self._store.damage(self.KIND, profile_id)
            assert damage is not None
            raise DamagedRecordError(self._damaged_message(damage)) from None

    @staticmethod
    def _damaged_message(damage: DamagedRecord) -> str:
        return (
            f"The {damage.kind} '{damage.id}' cannot be read ({damage.reason}); every other "
            f"record can: delete it ('secondment-desk profile delete {damage.id}') or restore "
            "a backup."
        )

    def _from_summary(
        self, pid: str, version: int, updated: str, summary: bytes | None
    ) -> ProfileSummary | None:
        """The profile's small sealed summary (None: no readable summary). An older format
        gives the name alone (``identity`` None)."""
        if summary is None or self._store.damage(self.KIND, pid) is not None:
            return None
        try:
            raw = self._store.cipher.decrypt(self.KIND + SUMMARY, pid, summary, version=version)
            data = json.loads(raw)
            name = data["name"]
            identity = None
            if data.get("format") == SUMMARY_FORMAT:
                birth = data["date_of_birth"]
                identity = Identity(
                    str(data["email"] or ""), date.fromisoformat(birth) if birth else None
                )
        except (StoreError, ValueError, KeyError, TypeError, RecursionError):
            return None
        if not isinstance(name, str):
            return None
        return ProfileSummary(pid, name, datetime.fromisoformat(updated), identity)

    def list(self) -> builtins.list[ProfileSummary]:
        """Every readable profile's id, name and what tells namesakes apart. They come from
        the record's small sealed summary; the record itself is only unsealed
        (authenticated, which is cheap: a damaged one is left out and listed as damaged),
        not parsed. Once per version."""
        out = []
        rows = self._store.conn.execute(
            "SELECT id, version, updated_at, summary, blob FROM profiles"
        ).fetchall()  # one statement: a writer between two reads would pair another version
        with _no_gc():
            for pid, version, updated, summary, blob in rows:
                cached = self._names.get(pid)
                if cached is not None and cached[0] == version:
                    out.append(cached[1])
                    continue
                found = self._from_summary(pid, version, updated, summary)
                if found is None:
                    found = self._from_record(pid, version, updated, blob)
                else:
                    try:
                        self._unseal(pid, version, updated, blob)
                    except DamagedRecordError:
                        found = None
                if found is not None:
                    self._names[pid] = (version, found)
                    out.append(found)
        return sorted(out, key=lambda s: (_fold(s.name), s.id))

    def _from_record(
        self, pid: str, version: int, updated: str, blob: bytes
    ) -> ProfileSummary | None:
        """The summary read from the full record (a profile with no readable summary of
        this format), or None when it is damaged."""
        try:
            data = json.loads(self._unseal(pid, version, updated, blob))
        except DamagedRecordError:
            return None
        except (ValueError, RecursionError):
            self._store.mark_damaged(self.KIND, pid, updated, "damaged: not a profile")
            return None
        if not isinstance(data, dict):
            return ProfileSummary(pid, "", datetime.fromisoformat(updated))
        personal = data.get("personal") or {}
        birth = personal.get("date_of_birth")
        try:
            identity = Identity(
                str(personal.get("email") or ""), date.fromisoformat(birth) if birth else None
            )
        except (TypeError, ValueError):
            identity = None  # the record's own check (get) says what is wrong with it
        return ProfileSummary(pid, _name_of(data), datetime.fromisoformat(updated), identity)

    def resolve(self, name_or_id: str, *, partial: bool = True) -> str:
        """The id of the profile numbered or named ``name_or_id``.

        A name matches whatever its case, accents and spacing. With ``partial``, a name that
        matches no profile exactly is taken for the one profile whose name holds all its
        words in order ("Anna Petrova" for "Anna Ivanova Petrova"). Otherwise
        NotFoundError names the closest profiles.
        """
        row = self._store.conn.execute(
            "SELECT id FROM profiles WHERE id = ?", (name_or_id,)
        ).fetchone()
        if row:
            return str(row[0])
        gone = self._store.damage(self.KIND, name_or_id)
        if gone is not None and not gone.present:
            return gone.id  # deleted outside the app: only its ledger entry is left
        summaries = self.list()
        wanted = _fold(name_or_id)
        hits = [s for s in summaries if _fold(s.name) == wanted]
        exact = bool(hits)
        if not hits and partial:
            words = _words(name_or_id)
            hits = [s for s in summaries if _in_order(words, _words(s.name))]
        if len(hits) > 1:
            if exact:
                ids = ", ".join(h.id for h in hits)
                raise AmbiguousNameError(
                    _(
                        "{count} profiles are called '{name_or_id}' (ids {ids}); name one by its "
                        "id."
                    ).format(count=len(hits), name_or_id=name_or_id, ids=ids)
                )
            names = ", ".join(f"{h.name} ({h.id})" for h in hits)
            raise AmbiguousNameError(
                _(
                    "{count} profiles match '{name_or_id}': {names}; give the full name or the id."
                ).format(count=len(hits), name_or_id=name_or_id, names=names)
            )
        if not hits:
            closest = _closest(name_or_id, [s.name for s in summaries])
            hint = f"; did you mean {_quoted(closest)}?" if closest else "."
            if not partial and closest:
                hint = hint[:-1] + " (give the full name or the id)?"
            raise NotFoundError(
                _("No profile is called '{name_or_id}'{hint}").format(
                    name_or_id=name_or_id, hint=hint
                )
            )
        return hits[0].id

    def get(self, name_or_id: str) -> Profile:
        profile_id = self.resolve(name_or_id)
        row = self._store.conn.execute(
            "SELECT version, updated_at, blob FROM profiles WHERE id = ?", (profile_id,)
        ).fetchone()
        if row is None:
            damage = self._store.damage(self.KIND, profile_id)
            if damage is not None:
                raise DamagedRecordError(self._damaged_message(damage))
            raise NotFoundError(
                _("No profile is called '{name_or_id}'.").format(name_or_id=name_or_id)
            )
        version, updated, blob = row
        raw = self._unseal(profile_id, version, updated, blob)
        try:
            profile = Profile.model_validate_json(raw)
        except ValidationError as err:
            raise ValidationFailed(
                _("The stored profile '{profile_id}' breaks a rule: {problem}.").format(
                    profile_id=profile_id, problem=describe_validation_error(err)
                )
            ) from err
        self._seen[profile_id] = version
        return profile

    def name_of(self, profile_id: str) -> str | None:
        """The profile's name, or None when it cannot be read."""
        cached = self._names.get(profile_id)
        if cached is None:
            self.list()
            cached = self._names.get(profile_id)
        return cached[1].name if cached else None

    def exists(self, profile_id: str) -> bool:
        row = self._store.conn.execute(
            "SELECT 1 FROM profiles WHERE id = ?", (profile_id,)
        ).fetchone()
        return row is not None

    def version(self, profile_id: str) -> int | None:
        """The version this handle last read or wrote (None: never)."""
        return self._seen.get(profile_id)

    def save(self, profile: Profile, *, force: bool = False) -> ProfileSummary:
        """Write the profile; ConflictError when another window or command changed it since
        this handle read it (``force`` writes over that change: "keep mine")."""
        data = profile.model_dump_json().encode("utf-8")
        expected = self._seen.get(profile.id)
        updated = _now()
        with self._store.transaction() as conn:
            row = conn.execute(
                "SELECT version, updated_at, changed_by FROM profiles WHERE id = ?", (profile.id,)
            ).fetchone()
            version = _next_version(self.KIND, profile.id, row, expected, force)
            cipher = self._store.cipher
            blob = cipher.encrypt(self.KIND, profile.id, data, version=version)
            summary = cipher.encrypt(
                self.KIND + SUMMARY, profile.id, profile_summary_data(profile), version=version
            )
            conn.execute(
                "INSERT INTO profiles (id, version, updated_at, blob, summary, changed_by) "
                "VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET version = excluded.version, "
                "updated_at = excluded.updated_at, blob = excluded.blob, "
                "summary = excluded.summary, changed_by = excluded.changed_by",
                (profile.id, version, updated, blob, summary, self._store.member),
            )
            self._store.record(conn, (self.KIND, profile.id, version, blob))
        personal = profile.personal
        saved = ProfileSummary(
            profile.id,
            profile.name,
            datetime.fromisoformat(updated),
            Identity(personal.email, personal.date_of_birth),
        )
        self._seen[profile.id] = version
        self._names[profile.id] = (version, saved)
        self._store.forget_damage(self.KIND, profile.id)
        return saved

    def delete(self, name_or_id: str) -> str:
        """Delete the profile and its applications; returns the id deleted. The name must be
        exact (or the id): a partial name never deletes. A damaged profile is deleted by id."""
        profile_id = self.resolve(name_or_id, partial=False)
        with self._store.transaction() as conn:
            apps = [
                str(r[0])
                for r in conn.execute(
                    "SELECT id FROM applications WHERE profile_id = ?", (profile_id,)
                )
            ]
            conn.execute("DELETE FROM applications WHERE profile_id = ?", (profile_id,))
            conn.execute("DELETE FROM profiles WHERE id = ?", (profile_id,))
            self._store.record(
                conn,
                (self.KIND, profile_id, None, None),
                *((ApplicationRepository.KIND, app_id, None, None) for app_id in apps),
            )
        self._seen.pop(profile_id, None)
        self._names.pop(profile_id, None)
        self._store.forget_damage(self.KIND, profile_id)
        for app_id in apps:
            self._store.forget_damage(ApplicationRepository.KIND, app_id)
        return profile_id


class ApplicationRepository:
    KIND = "application"

    def __init__(self, store: Store) -> None:
        self._store = store
        self._seen: dict[str, int] = {}

    def _decode(
        self, app_id: str, profile_id: str, version: int, updated: str, blob: bytes
    ) -> Application | None:
        """The application, or None (and noted as damaged) when it cannot be read."""
        if self._store.damage(self.KIND, app_id) is not None:
            return None
        try:
            raw = self._store.cipher.decrypt(self.KIND, app_id, blob, profile_id, version)
            app = Application.model_validate_json(raw)
        except StoreError:
            self._store.mark_damaged(
                self.KIND, app_id, updated, "damaged or was altered: it does not unseal"
            )
            return None
        except ValidationError as err:
            self._store.mark_damaged(
                self.KIND, app_id, updated, f"unreadable: {describe_validation_error(err)}"
            )
            return None
        for event in app.events:  # stored before events named who: "" (unknown), never
            if event.by is None:  # the next writer
                event.by = ""
        self._seen[app_id] = version
        return app

    _COLUMNS = "id, profile_id, version, updated_at, blob"

    def list(self, profile_id: str | None = None) -> builtins.list[ApplicationSummary]:
        """What lists show of each readable application (title, closing date, State,
        status, history length), newest change first, from the small sealed summaries: no
        full record (the notice's text and spans) is decoded, except for one without a
        readable summary of this format. Open one with :meth:`get`, many with
        :meth:`get_many`. A record replaced outside the app is found by the ledger when the
        store opens; one damaged in place is found when it is opened."""
        found, _present = self._summaries(profile_id, {})
        return found

    def list_changed(
        self, known: Mapping[str, int]
    ) -> tuple[builtins.list[ApplicationSummary], set[str]]:
        """For a caller that keeps something per application version (the dashboard's rows,
        by id): the summaries of the readable applications that ``known`` lacks or holds at
        another version (newest change first, as :meth:`list`), and the ids of every
        readable application (what the caller keeps of any other id is gone). Only those
        summaries are unsealed: a refresh after a change elsewhere (a profile imported)
        decodes none of 5,000, where :meth:`list` held a worker on the GIL for 80 ms while
        the window painted beside it."""
        return self._summaries(None, known)

    def _summaries(
        self, profile_id: str | None, known: Mapping[str, int]
    ) -> tuple[builtins.list[ApplicationSummary], set[str]]:
        where, args = ("", ()) if profile_id is None else (" WHERE profile_id = ?", (profile_id,))
        out = []
        present: set[str] = set()
        cipher = self._store.cipher
        rows: Iterable[tuple[str, str, int, str, bytes | None]]
        if known:  # the versions first: only the changed rows' summaries are read
            wanted = []
            sql = f"SELECT id, version FROM applications{where}"
            for app_id, version in self._store.conn.execute(sql, args):
                if self._store.damage(self.KIND, app_id) is not None:
                    continue
                if known.get(app_id) == version:
                    present.add(app_id)
                else:
                    wanted.append(app_id)
            rows = self._rows_of(wanted)
        else:
            sql = f"SELECT id, profile_id, version, updated_at, summary FROM applications{where}"
            rows = self._store.conn.execute(sql, args)
        with _no_gc():
            for app_id, owner, version, updated, summary in rows:
                if self._store.damage(self.KIND, app_id) is not None:
                    continue
                data: Any = None
                if summary is not None:
                    try:
                        raw = cipher.decrypt(self.KIND + SUMMARY, app_id, summary, owner, version)
                        data = json.loads(raw)
                    except (StoreError, ValueError, RecursionError):
                        data = None
                try:
                    found = _app_summary(app_id, owner, version, updated, data)
                except (KeyError, TypeError, ValueError):
                    found = None
                if found is None:
                    try:
                        found = self.summary_of(self.get(app_id))
                    except DeskError:
                        continue
                out.append(found)
                present.add(app_id)
        return sorted(out, key=lambda a: a.updated_at, reverse=True), present

    def _rows_of(self, ids: builtins.list[str]) -> Iterator[tuple[Any, ...]]:
        """The summary rows of ``ids`` (500 a statement), in no particular order."""
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            yield from self._store.conn.execute(
                "SELECT id, profile_id, version, updated_at, summary FROM applications "
                f"WHERE id IN ({marks})",
                chunk,
            ).fetchall()

    def versions(self) -> dict[str, int]:
        """Every application's id and version (nothing decrypted): what a cache of rows
        compares with to know which applications changed."""
        rows = self._store.conn.execute("SELECT id, version FROM applications")
        return {str(i): int(v) for i, v in rows}

    def get_many(self, ids: builtins.list[str]) -> builtins.list[Application]:
        """The readable applications among ``ids``, all decoded and held at once (a caller
        that uses each once reads :meth:`iter_many`)."""
        with _no_gc():
            return builtins.list(self.iter_many(ids))

    def iter_many(self, ids: Iterable[str]) -> Iterator[Application]:
        """The readable applications among ``ids``, decoded one at a time as the caller
        takes them (500 rows read at once): a caller that drops each one once used (the
        register, the reminders) never holds them all, so the collector has none of them
        to walk and the cost stays linear with the collector on."""
        wanted = builtins.list(ids)
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._store.conn.execute(
                f"SELECT {self._COLUMNS} FROM applications WHERE id IN ({marks})", chunk
            ).fetchall()
            for row in rows:
                app = self._decode(*row)
                if app is not None:
                    yield app

    def summary_of(self, app: Application) -> ApplicationSummary:
        """What :meth:`list` shows of ``app`` (a record already read)."""
        version = self._seen.get(app.id, 1)
        data = json.loads(application_summary_data(app))
        found = _app_summary(app.id, app.profile_id, version, app.updated_at.isoformat(), data)
        assert found is not None  # made in this format just now
        return found

    def get(self, app_id: str) -> Application:
        row = self._store.conn.execute(
            f"SELECT {self._COLUMNS} FROM applications WHERE id = ?", (app_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(_("No application has the id '{app_id}'.").format(app_id=app_id))
        app = self._decode(*row)
        if app is None:
            damage = self._store.damage(self.KIND, app_id)
            reason = damage.reason if damage else "damaged"
            raise DamagedRecordError(
                _(
                    "The application '{app_id}' cannot be read ({reason}); delete it or restore a "
                    "backup."
                ).format(app_id=app_id, reason=reason)
            )
        return app

    def first_readable(self, ids: Iterable[str]) -> Application | None:
        """The first of ``ids`` that reads, decoded (one damaged or deleted meanwhile is
        skipped): what a list's selection opens."""
        for app_id in ids:
            try:
                return self.get(app_id)
            except (DamagedRecordError, NotFoundError):
                continue
        return None

    def version(self, app_id: str) -> int | None:
        return self._seen.get(app_id)

    def save(self, app: Application, *, force: bool = False) -> None:
        """Write the application; ConflictError as for profiles, and also when another window
        or command has just created an application for the same candidate and vacancy."""
        if not self._store.profiles.exists(app.profile_id):
            raise NotFoundError(
                _("The application's profile '{profile_id}' is not in the store.").format(
                    profile_id=app.profile_id
                )
            )
        app.updated_at = datetime.now(UTC)
        author = self._store.author
        for event in app.events:  # the events made since it was read are by this handle
            if event.by is None:
                event.by = author
        data = app.model_dump_json().encode("utf-8")
        ref = self._store.vacancy_ref(app.profile_id, app.vacancy.key)
        expected = self._seen.get(app.id)
        with self._store.transaction() as conn:
            row = conn.execute(
                "SELECT version, updated_at, changed_by FROM applications WHERE id = ?", (app.id,)
            ).fetchone()
            if row is None and not force:
                twin = conn.execute(
                    "SELECT updated_at, changed_by FROM applications "
                    "WHERE profile_id = ? AND vacancy_ref = ? AND id != ?",
                    (app.profile_id, ref, app.id),
                ).fetchone()
                if twin is not None:
                    raise ConflictError(self.KIND, app.id, _time(twin[0]), twin[1] or None)
            version = _next_version(self.KIND, app.id, row, expected, force)
            cipher = self._store.cipher
            blob = cipher.encrypt(self.KIND, app.id, data, app.profile_id, version)
            summary = cipher.encrypt(
                self.KIND + SUMMARY, app.id, application_summary_data(app), app.profile_id, version
            )
            conn.execute(
                "INSERT INTO applications "
                "(id, profile_id, version, updated_at, vacancy_ref, blob, summary, changed_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                "profile_id = excluded.profile_id, version = excluded.version, "
                "updated_at = excluded.updated_at, vacancy_ref = excluded.vacancy_ref, "
                "blob = excluded.blob, summary = excluded.summary, "
                "changed_by = excluded.changed_by",
                (
                    app.id,
                    app.profile_id,
                    version,
                    app.updated_at.isoformat(),
                    ref,
                    blob,
                    summary,
                    self._store.member,
                ),
            )
            self._store.record(conn, (self.KIND, app.id, version, blob))
        self._seen[app.id] = version
        self._store.forget_damage(self.KIND, app.id)

    def delete(self, app_id: str) -> None:
        with self._store.transaction() as conn:
            cur = conn.execute("DELETE FROM applications WHERE id = ?", (app_id,))
            self._store.record(conn)  # an old-form ledger becomes entries first
            if cur.rowcount == 0 and not known(conn, self.KIND, app_id):
                raise NotFoundError(
                    _("No application has the id '{app_id}'.").format(app_id=app_id)
                )
            self._store.record(conn, (self.KIND, app_id, None, None))
        self._seen.pop(app_id, None)
        self._store.forget_damage(self.KIND, app_id)

    def find(self, profile_id: str, vacancy_key: str) -> Application | None:
        """The candidate's application for the vacancy (the latest, should there be two)."""
        ref = self._store.vacancy_ref(profile_id, vacancy_key)
        rows = self._store.conn.execute(
            f"SELECT {self._COLUMNS} FROM applications WHERE profile_id = ? AND "
            "(vacancy_ref = ? OR vacancy_ref IS NULL) ORDER BY updated_at DESC",
            (profile_id, ref),
        ).fetchall()
        for row in rows:
            app = self._decode(*row)
            if app is not None and app.vacancy.key == vacancy_key:
                return app
        twin = self._store.conn.execute(
            "SELECT id FROM applications WHERE profile_id = ? AND vacancy_ref = ?",
            (profile_id, ref),
        ).fetchone()
        if twin is not None:  # the application for this post exists but cannot be read
            raise DamagedRecordError(
                _(
                    "The application '{app_id}' for this vacancy cannot be read (damaged or "
                    "altered); delete it or restore a backup before changing it."
                ).format(app_id=twin[0])
            )
        return None


def upgrade_records(conn: Connection, data_key: bytes, store_id: str) -> None:
    """Schema 3, with the key: seal every readable record again with its version bound, give
    each application its vacancy reference, and write the first ledger. A record that does
    not unseal is left as it is (it is listed as damaged)."""
    ledger = Ledger()
    cipher = RecordCipher(data_key)
    refs = ref_key(data_key)
    for pid, blob in conn.execute("SELECT id, blob FROM profiles").fetchall():
        try:
            raw = cipher.decrypt("profile", pid, blob, legacy=True)
        except StoreError:
            continue
        new = cipher.encrypt("profile", pid, raw, version=1)
        conn.execute("UPDATE profiles SET version = 1, blob = ? WHERE id = ?", (new, pid))
        ledger.put("profile", pid, 1, new)
    for aid, owner, blob in conn.execute(
        "SELECT id, profile_id, blob FROM applications"
    ).fetchall():
        try:
            raw = cipher.decrypt("application", aid, blob, owner, legacy=True)
            key = Application.model_validate_json(raw).vacancy.key
        except (StoreError, ValidationError):
            continue
        new = cipher.encrypt("application", aid, raw, owner, 1)
        conn.execute(
            "UPDATE applications SET version = 1, vacancy_ref = ?, blob = ? WHERE id = ?",
            (vacancy_ref(refs, owner, key), new, aid),
        )
        ledger.put("application", aid, 1, new)
    # Format 1: the ledger's own table comes with a later migration.
    write_ledger(conn, ledger_key(data_key), store_id, ledger, legacy=True)


def _app_summary(
    app_id: str, owner: str, version: int, updated: str, data: Any
) -> ApplicationSummary | None:
    """The summary read from its sealed data; None for another format (read the record)."""
    if not isinstance(data, dict) or data.get("format") != SUMMARY_FORMAT:
        return None
    closing = data.get("closing_date")
    entered = data.get("delegation_deadline")
    return ApplicationSummary(
        id=app_id,
        profile_id=owner,
        version=version,
        updated_at=datetime.fromisoformat(updated),
        title=str(data["title"]),
        reference=str(data.get("reference") or ""),
        organization=str(data.get("organization") or ""),
        closing_date=date.fromisoformat(closing) if closing else None,
        nominating_state=data.get("state"),
        status=str(data["status"]),
        events=int(data["events"]),
        delegation_deadline=date.fromisoformat(entered) if entered else None,
        closing_time=_text_or_none(data.get("closing_time")),
        lead_working_days=_int_or_none(data.get("lead_working_days")),
        regime=str(data["regime"]),
        notice=NoticeFacts(
            cancelled=bool(data["cancelled"]),
            not_judged=tuple(str(w) for w in data["not_judged"]),
            warnings=tuple(str(w) for w in data["notice_warnings"]),
        ),
    )


def _text_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


def _int_or_none(value: Any) -> int | None:
    return None if value is None else int(value)


def add_summaries(conn: Connection, data_key: bytes) -> None:
    """Schemas 4, 7 and 8, with the key: a small sealed summary beside every readable record,
    in the current format (:func:`profile_summary_data`, :func:`application_summary_data`),
    bound like the record to its kind, id, owner and version. A record that does not read
    gets none (it stays listed as damaged)."""
    cipher = RecordCipher(data_key)
    for pid, version, blob in conn.execute("SELECT id, version, blob FROM profiles").fetchall():
        try:
            profile = Profile.model_validate_json(
                cipher.decrypt("profile", pid, blob, version=version)
            )
        except (StoreError, ValidationError):
            continue
        sealed = cipher.encrypt(
            "profile" + SUMMARY, pid, profile_summary_data(profile), version=version
        )
        conn.execute("UPDATE profiles SET summary = ? WHERE id = ?", (sealed, pid))
    rows = conn.execute("SELECT id, profile_id, version, blob FROM applications").fetchall()
    with _no_gc():
        for aid, owner, version, blob in rows:
            try:
                app = Application.model_validate_json(
                    cipher.decrypt("application", aid, blob, owner, version)
                )
            except (StoreError, ValidationError):
                continue
            sealed = cipher.encrypt(
                "application" + SUMMARY, aid, application_summary_data(app), owner, version
            )
            conn.execute("UPDATE applications SET summary = ? WHERE id = ?", (sealed, aid))
