"""Authenticated encryption of records with the store's data key (AES-256-GCM).

Every record is encrypted on its own with a fresh 96-bit random nonce; its kind and id (and,
for an application, its profile) are the associated data, so a blob moved to another row, or a
row re-pointed at another profile, fails to decrypt instead of being read as someone else's.
Layout of a blob: one format byte, the nonce, the ciphertext with its 16-byte tag.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from secondment_desk.errors import LockedError, StoreError

KEY_BYTES = 32
NONCE_BYTES = 12
BLOB_FORMAT = 1
_KEY_CHECK = b"secondment-desk key check"


def new_data_key() -> bytes:
    return os.urandom(KEY_BYTES)


def seal(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return bytes([BLOB_FORMAT]) + nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def open_sealed(key: bytes, blob: bytes, aad: bytes) -> bytes:
    """Decrypt a blob from :func:`seal`; raises InvalidTag if key, data or ``aad`` differ."""
    if len(blob) < 1 + NONCE_BYTES + 16 or blob[0] != BLOB_FORMAT:
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


class RecordCipher:
    """Encrypts and decrypts the records of one store."""

    def __init__(self, key: bytes) -> None:
        if len(key) != KEY_BYTES:
            raise LockedError("The store's key has the wrong length; it is not this store's key.")
        self._aead = AESGCM(key)

    @staticmethod
    def aad(kind: str, record_id: str, owner: str = "") -> bytes:
        return f"{kind}\x1f{record_id}\x1f{owner}".encode()

    def encrypt(self, kind: str, record_id: str, data: bytes, owner: str = "") -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, data, self.aad(kind, record_id, owner))
        return bytes([BLOB_FORMAT]) + nonce + sealed

    def decrypt(self, kind: str, record_id: str, blob: bytes, owner: str = "") -> bytes:
        try:
            if len(blob) < 1 + NONCE_BYTES + 16 or blob[0] != BLOB_FORMAT:
                raise InvalidTag
            return self._aead.decrypt(
                blob[1 : 1 + NONCE_BYTES],
                blob[1 + NONCE_BYTES :],
                self.aad(kind, record_id, owner),
            )
        except InvalidTag:
            raise StoreError(
                f"The {kind} record '{record_id}' is damaged or was altered; it cannot be read."
            ) from None
