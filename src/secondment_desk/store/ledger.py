"""The store's ledger: every record's id, version and GCM tag, sealed with a key derived from
the data key and kept in ``meta`` beside the key material.

Each write updates the ledger in the same transaction as the record, so the two never
disagree after a crash. At open every row is compared with it: a row older than the ledger
says (an old copy put back), a row it does not know (added outside the app), a row whose tag
differs (swapped or altered), and a ledger entry with no row (deleted outside the app) are
each reported as a damaged record, by id, while every other record stays readable. A
counter in the ledger grows with each write.

What it cannot see: the whole file put back as it was at an earlier moment (ledger and rows
together); that needs a copy of the counter kept elsewhere.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidTag

from secondment_desk.store.crypto import TAG_BYTES, derive_key, open_sealed, seal
from secondment_desk.store.engine import Connection
from secondment_desk.store.errors import TamperedError

LEDGER_META = "ledger"
_PURPOSE = "secondment-desk ledger v1"


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


def _aad(store_id: str) -> bytes:
    return f"ledger:{store_id}".encode()


def read_ledger(conn: Connection, key: bytes, store_id: str) -> Ledger | None:
    """The ledger, or None when the store has none; TamperedError when it does not open."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (LEDGER_META,)).fetchone()
    if row is None:
        return None
    try:
        raw = open_sealed(key, base64.b64decode(row[0], validate=True), _aad(store_id))
        data = json.loads(raw)
        entries = {str(k): (int(v[0]), str(v[1])) for k, v in data["r"].items()}
        return Ledger(int(data["n"]), entries)
    except (InvalidTag, ValueError, KeyError, TypeError, IndexError):
        raise TamperedError(
            "The store's ledger (which records exist, at which version) is damaged or was "
            "altered: restore a backup ('secondment-desk profile restore'), or accept the store "
            "as it is now with 'secondment-desk profile verify --accept'."
        ) from None


def write_ledger(conn: Connection, key: bytes, store_id: str, ledger: Ledger) -> None:
    ledger.counter += 1
    raw = json.dumps(
        {"n": ledger.counter, "r": {k: list(v) for k, v in ledger.entries.items()}},
        separators=(",", ":"),
    ).encode()
    value = base64.b64encode(seal(key, raw, _aad(store_id))).decode()
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (LEDGER_META, value),
    )


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
