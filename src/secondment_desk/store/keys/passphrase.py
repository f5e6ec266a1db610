"""The data key wrapped with a key derived from the user's passphrase (scrypt, AES-GCM).

Kept beside the data: the scrypt salt and cost, and the wrapped key (its GCM tag is the
check that the passphrase is right). ``SECONDMENT_DESK_PASSPHRASE`` supplies the passphrase on
headless machines and in CI. Cost: n=2**17, r=8, p=1 (128 MiB, the OWASP recommendation),
about 0.6 s on a 2-core laptop; stores keep their own cost so it can be raised later.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Mapping
from typing import ClassVar

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from secondment_desk.errors import LockedError, StoreError
from secondment_desk.store.crypto import KEY_BYTES, open_sealed, seal
from secondment_desk.store.keys.abc import KeyMethod, KeySource

PASSPHRASE_ENV = "SECONDMENT_DESK_PASSPHRASE"
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
MIN_LENGTH = 8


def env_passphrase() -> str | None:
    return os.environ.get(PASSPHRASE_ENV) or None


def derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=KEY_BYTES, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def wrap(passphrase: str, data_key: bytes, store_id: str) -> dict[str, str]:
    """Meta entries holding ``data_key`` under ``passphrase`` (fresh salt, current cost)."""
    salt = os.urandom(16)
    kek = derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return {
        "kdf": "scrypt",
        "kdf_salt": base64.b64encode(salt).decode(),
        "kdf_n": str(SCRYPT_N),
        "kdf_r": str(SCRYPT_R),
        "kdf_p": str(SCRYPT_P),
        "wrapped_key": base64.b64encode(
            seal(kek, data_key, f"wrapped-key:{store_id}".encode())
        ).decode(),
    }


def unwrap(passphrase: str, meta: Mapping[str, str], store_id: str) -> bytes:
    try:
        salt = base64.b64decode(meta["kdf_salt"])
        n, r, p = int(meta["kdf_n"]), int(meta["kdf_r"]), int(meta["kdf_p"])
        wrapped = base64.b64decode(meta["wrapped_key"])
    except (KeyError, ValueError) as err:
        raise StoreError("The store's passphrase data is damaged; it cannot be opened.") from err
    kek = derive(passphrase, salt, n, r, p)
    try:
        return open_sealed(kek, wrapped, f"wrapped-key:{store_id}".encode())
    except InvalidTag:
        raise LockedError(
            "The passphrase is wrong; the store was not opened and nothing was changed."
        ) from None


class PassphraseSource(KeySource):
    method: ClassVar[KeyMethod] = "passphrase"

    def __init__(self, passphrase: str | None = None) -> None:
        self.passphrase = passphrase or env_passphrase()

    @classmethod
    def get_priority(cls) -> int:
        return 10

    @classmethod
    def is_usable(cls) -> bool:
        return True

    @classmethod
    def backend_name(cls) -> str:
        return "passphrase (scrypt)"

    @classmethod
    def get_backend_warning(cls) -> str:
        return (
            "The store is protected by your passphrase only; if it is forgotten, "
            "the profiles cannot be recovered."
        )

    def _require(self) -> str:
        if not self.passphrase:
            raise LockedError(
                "This store is locked with a passphrase: enter it, or set "
                f"{PASSPHRASE_ENV} for the command line."
            )
        return self.passphrase

    def setup(self, store_id: str, data_key: bytes) -> dict[str, str]:
        passphrase = self._require()
        if len(passphrase) < MIN_LENGTH:
            raise LockedError(f"Choose a passphrase of at least {MIN_LENGTH} characters.")
        return wrap(passphrase, data_key, store_id)

    def unlock(self, store_id: str, meta: Mapping[str, str]) -> bytes:
        return unwrap(self._require(), meta, store_id)
