"""The scrypt wraps older versions wrote, made here with the library alone (not the app's own
code), so the tests can put one in a store and watch it open and be wrapped again."""

from __future__ import annotations

import base64
import os

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from secondment_desk.store.crypto import seal
from secondment_desk.store.keys import passphrase as pw


def scrypt_rows(key: bytes, store_id: str, fmt: str | None, typed: str) -> dict[str, str]:
    """``wrap_format`` 2 (settings in the associated data, NFC-typed), or none (the bytes as
    typed, only the store id in the associated data); at the tests' scrypt cost."""
    salt, n = os.urandom(16), pw.SCRYPT_N
    kek = Scrypt(salt=salt, length=32, n=n, r=8, p=1).derive(typed.encode())
    aad = f"wrapped-key:{store_id}:scrypt:{n}:8:1:nfc" if fmt else f"wrapped-key:{store_id}"
    rows = {
        "kdf": "scrypt",
        "kdf_salt": base64.b64encode(salt).decode(),
        "kdf_n": str(n),
        "kdf_r": "8",
        "kdf_p": "1",
        "wrapped_key": base64.b64encode(seal(kek, key, aad.encode())).decode(),
    }
    if fmt:
        rows["wrap_format"] = fmt
    return rows
