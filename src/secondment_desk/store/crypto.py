"""Authenticated encryption of records with the store's data key (AES-256-GCM).

Every record is encrypted on its own with a fresh 96-bit random nonce; its kind, id, version
(and, for an application, its profile) are the associated data, so a blob moved to another row,
a row re-pointed at another profile, or an older copy put back under a newer version number,
fails to decrypt instead of being read as someone else's or as current.
Layout of a blob: one format byte, the nonce, the ciphertext with its 16-byte tag. Format 1
(before schema 3) had no version in its associated data; it is read only while a store is
upgraded, which seals every record again as format 2.

Keys derived from the data key (HKDF-SHA256, one ``info`` per use) seal the store's ledger
(see :mod:`.ledger`), so the data key itself encrypts records only.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from secondment_desk.errors import LockedError, StoreError
from secondment_desk.i18n import _

KEY_BYTES = 32
NONCE_BYTES = 12
LEGACY_BLOB_FORMAT = 1
BLOB_FORMAT = 2
TAG_BYTES = 16
_KEY_CHECK = b"secondment-desk key check"


def new_data_key() -> bytes:
    return os.urandom(KEY_BYTES)


def derive_key(data_key: bytes, purpose: str) -> bytes:
    """A key for one ``purpose`` derived from the data key (HKDF-SHA256)."""
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=purpose.encode())
    return hkdf.derive(data_key)


_SEAL_FORMAT = 1  # the key check, wrapped keys, archives, the ledger


def seal(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return bytes([_SEAL_FORMAT]) + nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def open_sealed(key: bytes, blob: bytes, aad: bytes) -> bytes:
    """Decrypt a blob from :func:`seal`; raises InvalidTag if key, data or ``aad`` differ."""
    if len(blob) < 1 + NONCE_BYTES + 16 or blob[0] != _SEAL_FORMAT:
        raise InvalidTag
    return AESGCM(key).decrypt(blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :], aad)


def make_key_check(key: bytes, store_id: str) -> bytes:
    """A small blob only the right key opens; stored so a wrong key is told apart at once."""
    return seal(key, _KEY_CHECK, f"key-check:{store_id}".encode())


def verify_key(key: bytes, store_id: str, check: bytes) -> bool:
    try:
        return open_sealed(key, check, f"key-check:{store_id}".encode()) == _KEY_CHECK
    except InvalidTag:
        return False


# Every meta row a passphrase wrap may have (store.keys.passphrase writes them; a wrap made
# now drops the ones it does not write).
WRAP_KEYS = (
    "kdf",
    "kdf_salt",
    "kdf_m",
    "kdf_t",
    "kdf_n",
    "kdf_r",
    "kdf_p",
    "wrapped_key",
    "wrap_format",
)
# The meta entries that find and check the data key; a digest of them tells damaged key data
# (a flipped byte in the store id or the wrapped key) apart from a wrong passphrase.
KEY_MATERIAL = ("store_id", "key_method", "key_check", *WRAP_KEYS)
KEY_DIGEST = "key_digest"


def key_material_digest(meta: Mapping[str, str]) -> str:
    """SHA-256 over the key material present in ``meta`` (no secret: it detects damage)."""
    present = {k: meta[k] for k in KEY_MATERIAL if k in meta}
    return hashlib.sha256(json.dumps(present, sort_keys=True).encode()).hexdigest()


class RecordCipher:
    """Encrypts and decrypts the records of one store."""

    def __init__(self, key: bytes) -> None:
        if len(key) != KEY_BYTES:
            raise LockedError("The store's key has the wrong length; it is not this store's key.")
        self._aead = AESGCM(key)

    @staticmethod
    def aad(kind: str, record_id: str, owner: str = "", version: int | None = None) -> bytes:
        base = f"{kind}\x1f{record_id}\x1f{owner}"
        return base.encode() if version is None else f"{base}\x1f{version:d}".encode()

    def encrypt(
        self, kind: str, record_id: str, data: bytes, owner: str = "", version: int = 1
    ) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, data, self.aad(kind, record_id, owner, version))
        return bytes([BLOB_FORMAT]) + nonce + sealed

    def decrypt(
        self,
        kind: str,
        record_id: str,
        blob: bytes,
        owner: str = "",
        version: int = 1,
        *,
        legacy: bool = False,
    ) -> bytes:
        """The plaintext; StoreError when the blob is damaged, altered, or not this version's.
        ``legacy`` also accepts format 1 (no version bound), for the upgrade to schema 3."""
        try:
            if not isinstance(blob, bytes) or not isinstance(version, int):
                raise InvalidTag  # a value of another type put in the row
            if len(blob) < 1 + NONCE_BYTES + TAG_BYTES:
                raise InvalidTag
            if blob[0] == BLOB_FORMAT:
                aad = self.aad(kind, record_id, owner, version)
            elif blob[0] == LEGACY_BLOB_FORMAT and legacy:
                aad = self.aad(kind, record_id, owner)
            else:
                raise InvalidTag
            return self._aead.decrypt(blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :], aad)
        except InvalidTag:
            raise StoreError(
                _(
                    "The {kind} record '{record_id}' is damaged or was altered; it cannot be read."
                ).format(kind=kind, record_id=record_id)
            ) from None
