"""The store's ledger: every record's id, version and GCM tag, kept so that a row changed,
put back, added or deleted outside the app is seen, by id.

Each record has one row in ``ledger_entries`` (kind, id, version, tag), written in the same
transaction as the record, so the two never disagree after a crash. The rows are bound
together by a small sealed aggregate in ``meta`` (key ``ledger``, sealed with a key derived
from the data key): how many entries there are, the sum modulo 2**256 of an HMAC of each
entry (keyed by the ledger key, so nobody without the key can make an entry that adds up),
and a counter that grows with each write. A save changes one entry and the aggregate: its
cost does not grow with the store (the whole ledger used to be one sealed blob, rewritten on
every save).

At open every entry's HMAC is summed and compared with the aggregate (an entry altered, put
back, added or removed outside the app: the ledger is damaged, the store refuses until it is
restored or accepted), then every row is compared with its entry: a row older than its entry
(an old copy put back), a row with no entry (added outside the app), a row whose tag differs
(swapped or altered), and an entry with no row (deleted outside the app) are each reported
as a damaged record, by id, while every other record stays readable.

What it cannot see: the whole file put back as it was at an earlier moment (ledger and rows
together); that needs a copy of the counter kept elsewhere.

Stores before the ``ledger_entries`` table kept the entries inside the sealed blob (format
1): such a ledger is still read, and is written again in this form at the first write.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidTag

from secondment_desk.store.crypto import TAG_BYTES, derive_key, open_sealed, seal
from secondment_desk.store.engine import Connection
from secondment_desk.store.errors import TamperedError

LEDGER_META = "ledger"
ENTRIES = "ledger_entries"
_PURPOSE = "secondment-desk ledger v1"
_FORMAT = 2
_MODULUS = 1 << 256


def ledger_key(data_key: bytes) -> bytes:
    return derive_key(data_key, _PURPOSE)


def entry_key(kind: str, record_id: str) -> str:
    return f"{kind}:{record_id}"


def tag_of(blob: bytes) -> str:
    return base64.b64encode(bytes(blob[-TAG_BYTES:])).decode()


@dataclass
class Ledger:
    counter: int = 0
    entries: dict[str, tuple[int, str]] = field(default_factory=dict)

    def put(self, kind: str, record_id: str, version: int, blob: bytes) -> None:
        self.entries[entry_key(kind, record_id)] = (version, tag_of(blob))

    def drop(self, kind: str, record_id: str) -> None:
        self.entries.pop(entry_key(kind, record_id), None)


@dataclass
class _Aggregate:
    counter: int
    count: int
    total: int
    legacy: dict[str, tuple[int, str]] | None = None  # format 1: the entries themselves


def _aad(store_id: str) -> bytes:
    return f"ledger:{store_id}".encode()


def _mac(key: bytes, kind: str, record_id: str, version: int, tag: str) -> int:
    msg = f"{kind}\x1f{record_id}\x1f{version:d}\x1f{tag}".encode()
    return int.from_bytes(hmac.digest(key, msg, hashlib.sha256), "big")


def _damaged() -> TamperedError:
    return TamperedError(
        "The store's ledger (which records exist, at which version) is damaged or was "
        "altered: restore a backup ('secondment-desk profile restore'), or accept the store "
        "as it is now with 'secondment-desk profile verify --accept'."
    )


def _read_aggregate(conn: Connection, key: bytes, store_id: str) -> _Aggregate | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (LEDGER_META,)).fetchone()
    if row is None:
        return None
    try:
        raw = open_sealed(key, base64.b64decode(row[0], validate=True), _aad(store_id))
        data = json.loads(raw)
        if "r" in data:  # format 1
            entries = {str(k): (int(v[0]), str(v[1])) for k, v in data["r"].items()}
            return _Aggregate(int(data["n"]), len(entries), 0, entries)
        if int(data["v"]) != _FORMAT:
            raise ValueError("unknown ledger format")
        return _Aggregate(int(data["n"]), int(data["c"]), int(str(data["s"]), 16))
    except (InvalidTag, ValueError, KeyError, TypeError, IndexError, AttributeError):
        raise _damaged() from None


def _put_sealed(conn: Connection, key: bytes, store_id: str, data: dict[str, object]) -> None:
    """``data`` sealed as the store's ledger record in ``meta`` (either format)."""
    raw = json.dumps(data, separators=(",", ":")).encode()
    value = base64.b64encode(seal(key, raw, _aad(store_id))).decode()
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (LEDGER_META, value),
    )


def _write_aggregate(conn: Connection, key: bytes, store_id: str, agg: _Aggregate) -> None:
    data = {"v": _FORMAT, "n": agg.counter, "c": agg.count, "s": f"{agg.total:064x}"}
    _put_sealed(conn, key, store_id, data)


def read_ledger(conn: Connection, key: bytes, store_id: str) -> Ledger | None:
    """The whole ledger, checked against its aggregate, or None when the store has none;
    TamperedError when it does not open or its entries do not add up."""
    agg = _read_aggregate(conn, key, store_id)
    if agg is None:
        return None
    if agg.legacy is not None:
        if conn.execute(f"SELECT 1 FROM {ENTRIES} LIMIT 1").fetchone() is not None:
            raise _damaged()  # entries of the new form beside an old-form ledger
        return Ledger(agg.counter, agg.legacy)
    entries: dict[str, tuple[int, str]] = {}
    total = 0
    for kind, record_id, version, tag in conn.execute(
        f"SELECT kind, id, version, tag FROM {ENTRIES}"
    ):
        try:
            total += _mac(key, str(kind), str(record_id), int(version), str(tag))
        except (TypeError, ValueError):
            raise _damaged() from None
        entries[entry_key(str(kind), str(record_id))] = (int(version), str(tag))
    if len(entries) != agg.count or total % _MODULUS != agg.total:
        raise _damaged()
    return Ledger(agg.counter, entries)


def write_ledger(
    conn: Connection, key: bytes, store_id: str, ledger: Ledger, *, legacy: bool = False
) -> None:
    """Write the whole ledger (a new store, a key rotation, accepting a store as it is).
    ``legacy``: in format 1, for a migration that runs before the entries' table exists."""
    ledger.counter += 1
    if legacy:
        entries = {k: list(v) for k, v in ledger.entries.items()}
        _put_sealed(conn, key, store_id, {"n": ledger.counter, "r": entries})
        return
    conn.execute(f"DELETE FROM {ENTRIES}")
    total = 0
    for entry, (version, tag) in ledger.entries.items():
        kind, _, record_id = entry.partition(":")
        conn.execute(
            f"INSERT INTO {ENTRIES} (kind, id, version, tag) VALUES (?, ?, ?, ?)",
            (kind, record_id, version, tag),
        )
        total += _mac(key, kind, record_id, version, tag)
    _write_aggregate(
        conn, key, store_id, _Aggregate(ledger.counter, len(ledger.entries), total % _MODULUS)
    )


def _current(conn: Connection, key: bytes, store_id: str) -> _Aggregate:
    """The aggregate in this form (a format-1 ledger is written again in it first)."""
    agg = _read_aggregate(conn, key, store_id)
    if agg is None:
        agg = _Aggregate(0, 0, 0)
    if agg.legacy is not None:
        write_ledger(conn, key, store_id, Ledger(agg.counter - 1, agg.legacy))
        agg = _read_aggregate(conn, key, store_id) or _Aggregate(0, 0, 0)
    return agg


def convert_ledger(conn: Connection, key: bytes, store_id: str) -> None:
    """The migration's step with the key: a format-1 ledger written as entries."""
    _current(conn, key, store_id)


def known(conn: Connection, kind: str, record_id: str) -> bool:
    """Whether the ledger has an entry for the record (inside a write transaction)."""
    row = conn.execute(
        f"SELECT 1 FROM {ENTRIES} WHERE kind = ? AND id = ?", (kind, record_id)
    ).fetchone()
    return row is not None


def record(
    conn: Connection,
    key: bytes,
    store_id: str,
    changes: Iterable[tuple[str, str, int | None, bytes | None]],
) -> None:
    """Apply ``(kind, id, version, blob)`` changes (version None: the record was deleted) to
    the ledger inside the caller's write transaction: one entry each and the aggregate."""
    agg = _current(conn, key, store_id)
    total, count = agg.total, agg.count
    for kind, record_id, version, blob in changes:
        old = conn.execute(
            f"SELECT version, tag FROM {ENTRIES} WHERE kind = ? AND id = ?", (kind, record_id)
        ).fetchone()
        if old is not None:
            total -= _mac(key, kind, record_id, int(old[0]), str(old[1]))
            count -= 1
        if version is None or blob is None:
            if old is not None:
                conn.execute(f"DELETE FROM {ENTRIES} WHERE kind = ? AND id = ?", (kind, record_id))
            continue
        tag = tag_of(blob)
        conn.execute(
            f"INSERT INTO {ENTRIES} (kind, id, version, tag) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(kind, id) DO UPDATE SET version = excluded.version, tag = excluded.tag",
            (kind, record_id, version, tag),
        )
        total += _mac(key, kind, record_id, version, tag)
        count += 1
    _write_aggregate(conn, key, store_id, _Aggregate(agg.counter + 1, count, total % _MODULUS))


@dataclass(frozen=True)
class Finding:
    kind: str
    record_id: str
    updated_at: str | None  # None: no row left (deleted outside the app)
    reason: str


def audit(conn: Connection, ledger: Ledger) -> list[Finding]:
    """Every row or ledger entry that disagrees, as a finding (empty when all agree)."""
    findings: list[Finding] = []
    seen: set[str] = set()
    rows = conn.execute(
        # Cast: a value of another type put in a row must be reported, not crash the open.
        "SELECT 'profile', CAST(id AS TEXT), CAST(version AS INTEGER), updated_at, "
        "substr(CAST(blob AS BLOB), -16) FROM profiles UNION ALL "
        "SELECT 'application', CAST(id AS TEXT), CAST(version AS INTEGER), updated_at, "
        "substr(CAST(blob AS BLOB), -16) FROM applications"
    ).fetchall()
    for kind, record_id, version, updated_at, tag in rows:
        key = entry_key(kind, record_id)
        seen.add(key)
        entry = ledger.entries.get(key)
        reason = ""
        if entry is None:
            reason = "added outside Secondment Desk"
        elif version < entry[0]:
            reason = f"an older copy (version {version} of {entry[0]}) was put back"
        elif version != entry[0] or tag_of(tag) != entry[1]:
            reason = "altered outside Secondment Desk"
        if reason:
            findings.append(Finding(kind, record_id, updated_at, reason))
    # A member of a team server store sees only their candidates' rows (row-level security):
    # the others are hidden from them, not deleted; the owner's and admins' audits see all.
    partial = bool(getattr(conn, "partial_view", False))
    for key, (version, _tag) in ledger.entries.items():
        if key not in seen and not partial:
            kind, _, record_id = key.partition(":")
            findings.append(
                Finding(
                    kind, record_id, None, f"deleted outside Secondment Desk (at version {version})"
                )
            )
    return findings
