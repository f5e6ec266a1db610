"""A member's key pair and the data key wrapped for it (see :mod:`.members`).

X25519: the member's private half stays with them, in their OS keyring; the public half is in
the store's meta. A wrap is an ephemeral X25519 exchange, HKDF-SHA256, then AES-256-GCM bound
to the store id and the member's role.
"""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidTag

from secondment_desk.errors import LockedError
from secondment_desk.i18n import _
from secondment_desk.store.crypto import derive_key, open_sealed, seal
from secondment_desk.store.keys.os_keyring import SERVICE, backend

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

PUB = "member_pub:"
WRAPPED = "member_key:"


# X25519 and its key serialisation are imported when a member's key is used, not with the
# store: a file store's every command would pay ~10 ms for them (issue 16).
def _raw_public(key: X25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def new_member_keys() -> tuple[bytes, bytes]:
    """(private, public) X25519 key pair for a new member; the private half is theirs."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    private = X25519PrivateKey.generate()
    raw = serialization.Encoding.Raw
    return (
        private.private_bytes(raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()),
        _raw_public(private),
    )


def _kek(shared: bytes, ephemeral: bytes, public: bytes) -> bytes:
    return derive_key(shared + ephemeral + public, "secondment-desk member key v1")


def _aad(store_id: str, role: str) -> bytes:
    return f"member-key:{store_id}:{role}".encode()


def wrap_for(public: bytes, data_key: bytes, store_id: str, role: str) -> str:
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )

    ephemeral = X25519PrivateKey.generate()
    eph_pub = _raw_public(ephemeral)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public))
    sealed = seal(_kek(shared, eph_pub, public), data_key, _aad(store_id, role))
    return base64.b64encode(eph_pub + sealed).decode()


def unwrap_with(private: bytes, wrapped: str, store_id: str, role: str) -> bytes:
    """The data key from a member's wrap; LockedError when this private key does not open it."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )

    try:
        raw = base64.b64decode(wrapped, validate=True)
        key = X25519PrivateKey.from_private_bytes(private)
        public = _raw_public(key)
        shared = key.exchange(X25519PublicKey.from_public_bytes(raw[:32]))
        return open_sealed(_kek(shared, raw[:32], public), raw[32:], _aad(store_id, role))
    except (InvalidTag, ValueError):
        raise LockedError(_("This member's key does not open the store.")) from None


def _account(store_id: str, role: str) -> str:
    return f"member:{store_id}:{role}"


def keep_private(store_id: str, role: str, private: bytes) -> None:
    """Keep this member's private key in the OS keyring of this machine."""
    backend().set_password(SERVICE, _account(store_id, role), base64.b64encode(private).decode())


def kept_private(store_id: str, role: str) -> bytes | None:
    """This machine's private key for ``role`` in the store, if the keyring holds one."""
    try:
        value = backend().get_password(SERVICE, _account(store_id, role))
    except Exception:
        return None
    return base64.b64decode(value) if value else None
