"""The data key wrapped once per member of a server store, and rotated when one leaves.

Each member has an X25519 key pair; the private half stays with them (their keyring, or
wrapped with their passphrase on their machine), the public half is in the store's meta as
``member_pub:<role>``. An admin, who holds the data key, adds a member by wrapping the data key
for that public key (``member_key:<role>``: an ephemeral X25519 exchange, HKDF-SHA256, then
AES-256-GCM bound to the store id and the role). The server never sees a private key or the
data key.

Removing a member rotates the data key: every record is unsealed with the old key and sealed
with a new one, vacancy references and the ledger are remade with keys derived from it, the
store's own wrap (keyring or passphrase) and every remaining member's wrap are made for the new
key, and the removed member's entries are dropped: what they kept (their wrapped key, even the
old data key itself) opens nothing afterwards. All of it is one transaction under the write
lock, with progress reported per record; other windows' handles see the store's generation
change and stop writing until reopened.
"""

from __future__ import annotations

import base64
import secrets
from collections.abc import Callable

from pydantic import ValidationError

from secondment_desk.errors import LockedError, NotFoundError, StoreError
from secondment_desk.i18n import _
from secondment_desk.models.application import Application
from secondment_desk.store.crypto import (
    KEY_DIGEST,
    WRAP_KEYS,
    RecordCipher,
    key_material_digest,
    make_key_check,
    new_data_key,
    verify_key,
)
from secondment_desk.store.keys import source_for
from secondment_desk.store.ledger import Ledger, ledger_key, read_ledger, write_ledger
from secondment_desk.store.member_keys import (
    PUB,
    WRAPPED,
    keep_private,
    new_member_keys,
    unwrap_with,
    wrap_for,
)
from secondment_desk.store.postgres import PgConnection, connect, read_meta
from secondment_desk.store.store import ref_key, vacancy_ref


def _meta(conn: PgConnection) -> dict[str, str]:
    _version, meta = read_meta(conn)
    if "store_id" not in meta:
        raise NotFoundError(_("There is no store at {where} yet.").format(where=conn.where))
    return meta


def _checked(meta: dict[str, str], data_key: bytes) -> None:
    if not verify_key(data_key, meta["store_id"], base64.b64decode(meta.get("key_check", ""))):
        raise LockedError(_("That key does not open this store; nothing was changed."))


def add_member_key(url: str, data_key: bytes, role: str, public: bytes) -> None:
    """Wrap the data key for ``role``'s public key (an admin, who holds the key, does it)."""
    conn = connect(url)
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            meta = _meta(conn)
            _checked(meta, data_key)
            entries = {
                PUB + role: base64.b64encode(public).decode(),
                WRAPPED + role: wrap_for(public, data_key, meta["store_id"], role),
            }
            for k, v in entries.items():
                conn.execute(
                    "INSERT INTO meta (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (k, v),
                )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.close()


def member_key(url: str, role: str, private: bytes) -> bytes:
    """The data key as the member ``role`` unwraps it, checked against the store."""
    conn = connect(url)
    try:
        meta = _meta(conn)
    finally:
        conn.close()
    wrapped = meta.get(WRAPPED + role)
    if wrapped is None:
        raise LockedError(
            _("'{role}' is not a member of this store (no key is wrapped for them).").format(
                role=role
            )
        )
    key = unwrap_with(private, wrapped, meta["store_id"], role)
    _checked(meta, key)
    return key


def join(url: str) -> str:
    """Run by a new member on their own machine: make their key pair, keep the private half in
    their OS keyring, and return the public half (base64) for an admin to add them with."""
    conn = connect(url)
    try:
        meta = _meta(conn)
        role = str(conn.raw.info.user)
    finally:
        conn.close()
    private, public = new_member_keys()
    keep_private(meta["store_id"], role, private)
    return base64.b64encode(public).decode()


Progress = Callable[[int, int], None]


def remove_member(
    url: str,
    data_key: bytes,
    role: str,
    passphrase: str | None = None,
    progress: Progress | None = None,
) -> bytes:
    """Drop ``role``'s key and rotate the data key (see the module); returns the new key.
    ``passphrase`` re-wraps the store's own key when it is a passphrase store."""
    new_key = new_data_key()
    old, new = RecordCipher(data_key), RecordCipher(new_key)
    new_refs = ref_key(new_key)
    conn = connect(url)
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            meta = _meta(conn)
            _checked(meta, data_key)
            store_id = meta["store_id"]
            if PUB + role not in meta:
                raise NotFoundError(_("'{role}' is not a member of this store.").format(role=role))
            previous = read_ledger(conn, ledger_key(data_key), store_id)
            ledger = Ledger(counter=previous.counter if previous else 0)
            profiles = conn.execute("SELECT id, version, blob FROM profiles").fetchall()
            apps = conn.execute("SELECT id, profile_id, version, blob FROM applications").fetchall()
            total, done = len(profiles) + len(apps), 0
            for pid, version, blob in profiles:
                raw = old.decrypt("profile", pid, blob, version=version)
                sealed = new.encrypt("profile", pid, raw, version=version)
                conn.execute("UPDATE profiles SET blob = ? WHERE id = ?", (sealed, pid))
                ledger.put("profile", pid, version, sealed)
                done += 1
                if progress:
                    progress(done, total)
            for aid, owner, version, blob in apps:
                raw = old.decrypt("application", aid, blob, owner, version)
                try:
                    vacancy = Application.model_validate_json(raw).vacancy.key
                except ValidationError as err:
                    raise StoreError(
                        _("The application {id} does not read; nothing was changed.").format(id=aid)
                    ) from err
                sealed = new.encrypt("application", aid, raw, owner, version)
                conn.execute(
                    "UPDATE applications SET blob = ?, vacancy_ref = ? WHERE id = ?",
                    (sealed, vacancy_ref(new_refs, owner, vacancy), aid),
                )
                ledger.put("application", aid, version, sealed)
                done += 1
                if progress:
                    progress(done, total)
            kept = source_for(meta["key_method"], passphrase).setup(store_id, new_key)
            # A scrypt wrap's rows the new (Argon2id) wrap does not write belong to no wrap.
            stale = [k for k in WRAP_KEYS if k in meta and k not in kept]
            for k in stale:
                del meta[k]
            fresh = {
                "key_check": base64.b64encode(make_key_check(new_key, store_id)).decode(),
                "generation": secrets.token_hex(8),
                **kept,
            }
            for k in list(meta):
                if k.startswith(PUB) and k != PUB + role:
                    member = k[len(PUB) :]
                    public = base64.b64decode(meta[k])
                    fresh[WRAPPED + member] = wrap_for(public, new_key, store_id, member)
            fresh[KEY_DIGEST] = key_material_digest({**meta, **fresh})
            for k, v in fresh.items():
                conn.execute(
                    "INSERT INTO meta (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (k, v),
                )
            conn.execute("DELETE FROM meta WHERE key IN (?, ?)", (PUB + role, WRAPPED + role))
            for k in stale:
                conn.execute("DELETE FROM meta WHERE key = ?", (k,))
            write_ledger(conn, ledger_key(new_key), store_id, ledger)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.close()
    return new_key
