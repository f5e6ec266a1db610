"""The data key wrapped with a key derived from the user's passphrase (scrypt, AES-GCM).

Kept beside the data: the scrypt salt and cost, and the wrapped key (its GCM tag is the
check that the passphrase is right). ``SECONDMENT_DESK_PASSPHRASE`` supplies the passphrase on
headless machines and in CI. Cost: n=2**17, r=8, p=1 (128 MiB, the OWASP recommendation),
about 0.6 s on a 2-core laptop; stores keep their own cost so it can be raised later.

The settings beside the data are not trusted as they are: the cost must be a power of two
within bounds (at most 4 times the shipped work and 256 MiB) before anything is derived, and
a wrap made by this version (``wrap_format`` 2) binds the settings and the store id into the
wrapped key's associated data. Passphrases are Unicode-normalised (NFC) first, so "café"
typed composed or decomposed is the same passphrase; a store wrapped before that (no
``wrap_format``) is tried with the bytes as typed and both normal forms.
"""

from __future__ import annotations

import base64
import binascii
import os
import unicodedata
from collections.abc import Mapping
from typing import ClassVar

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from secondment_desk.errors import LockedError
from secondment_desk.i18n import _
from secondment_desk.store.crypto import KEY_BYTES, open_sealed, seal
from secondment_desk.store.errors import KeyDamagedError
from secondment_desk.store.keys.abc import KeyMethod, KeySource

PASSPHRASE_ENV = "SECONDMENT_DESK_PASSPHRASE"
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
MIN_LENGTH = 8
WRAP_FORMAT = "2"
# Bounds on the stored cost, checked before deriving (a kdf_n of 2**24 would take minutes and
# gigabytes before saying anything). Memory is 128 * r * n bytes; work grows with n * r * p.
N_MIN, N_MAX = 2**10, 2**18
R_MAX, P_MAX = 16, 4
MAX_MEMORY = 256 * 1024 * 1024
MAX_WORK = 4 * 2**17 * 8
SALT_BYTES = (16, 64)
WRAPPED_BYTES = 1 + 12 + 32 + 16


def nfc(passphrase: str) -> str:
    return unicodedata.normalize("NFC", passphrase)


def env_passphrase() -> str | None:
    return os.environ.get(PASSPHRASE_ENV) or None


def derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=KEY_BYTES, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _aad(store_id: str, n: int, r: int, p: int, fmt: str | None) -> bytes:
    if fmt == WRAP_FORMAT:
        return f"wrapped-key:{store_id}:scrypt:{n}:{r}:{p}:nfc".encode()
    return f"wrapped-key:{store_id}".encode()


def wrap(passphrase: str, data_key: bytes, store_id: str) -> dict[str, str]:
    """Meta entries holding ``data_key`` under ``passphrase`` (fresh salt, current cost)."""
    salt = os.urandom(16)
    kek = derive(nfc(passphrase), salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    aad = _aad(store_id, SCRYPT_N, SCRYPT_R, SCRYPT_P, WRAP_FORMAT)
    return {
        "kdf": "scrypt",
        "kdf_salt": base64.b64encode(salt).decode(),
        "kdf_n": str(SCRYPT_N),
        "kdf_r": str(SCRYPT_R),
        "kdf_p": str(SCRYPT_P),
        "wrap_format": WRAP_FORMAT,
        "wrapped_key": base64.b64encode(seal(kek, data_key, aad)).decode(),
    }


def _damaged(what: str) -> KeyDamagedError:
    return KeyDamagedError(
        _(
            "The store's passphrase settings are damaged or were altered ({what}); nothing "
            "was derived and this is not a wrong passphrase: restore a backup "
            "('secondment-desk profile restore')."
        ).format(what=what)
    )


def _number(meta: Mapping[str, str], name: str) -> int:
    text = str(meta.get(name, ""))
    if not (text.isascii() and text.isdigit()) or len(text) > 10:
        raise _damaged(
            _("{name} is {text}, not a whole number").format(name=name, text=repr(text[:20]))
        )
    return int(text)


def settings(meta: Mapping[str, str]) -> tuple[bytes, int, int, int, bytes]:
    """(salt, n, r, p, wrapped key) from ``meta``, checked against the bounds; else
    KeyDamagedError, before any key is derived."""
    if meta.get("kdf", "scrypt") != "scrypt":
        raise _damaged(_("kdf is {value}").format(value=repr(str(meta.get("kdf"))[:20])))
    n, r, p = _number(meta, "kdf_n"), _number(meta, "kdf_r"), _number(meta, "kdf_p")
    if n & (n - 1) or not N_MIN <= n <= N_MAX:
        raise _damaged(_("kdf_n={n}; it must be a power of two from 2^10 to 2^18").format(n=n))
    if not 1 <= r <= R_MAX or not 1 <= p <= P_MAX:
        raise _damaged(
            _("kdf_r={r}, kdf_p={p}; allowed r 1-{r_max}, p 1-{p_max}").format(
                r=r, p=p, r_max=R_MAX, p_max=P_MAX
            )
        )
    if 128 * r * n > MAX_MEMORY or n * r * p > MAX_WORK:
        raise _damaged(
            _("n={n}, r={r}, p={p} would need too much memory or time").format(n=n, r=r, p=p)
        )
    try:
        salt = base64.b64decode(meta.get("kdf_salt", ""), validate=True)
        wrapped = base64.b64decode(meta.get("wrapped_key", ""), validate=True)
    except (binascii.Error, ValueError):
        raise _damaged("the salt or the wrapped key is not base64") from None
    if not SALT_BYTES[0] <= len(salt) <= SALT_BYTES[1]:
        raise _damaged(_("the salt has {count} bytes").format(count=len(salt)))
    if len(wrapped) != WRAPPED_BYTES:
        raise _damaged(
            _("the wrapped key has {count} bytes, not {wrapped_bytes}").format(
                count=len(wrapped), wrapped_bytes=WRAPPED_BYTES
            )
        )
    return salt, n, r, p, wrapped


def _variants(passphrase: str, fmt: str | None) -> list[str]:
    if fmt == WRAP_FORMAT:
        return [nfc(passphrase)]
    forms = [passphrase, nfc(passphrase), unicodedata.normalize("NFD", passphrase)]
    return list(dict.fromkeys(forms))


def unwrap(passphrase: str, meta: Mapping[str, str], store_id: str) -> bytes:
    salt, n, r, p, wrapped = settings(meta)
    fmt = meta.get("wrap_format")
    if fmt not in (None, WRAP_FORMAT):
        raise _damaged(_("wrap_format is {value}").format(value=repr(str(fmt)[:20])))
    aad = _aad(store_id, n, r, p, fmt)
    for form in _variants(passphrase, fmt):
        kek = derive(form, salt, n, r, p)
        try:
            return open_sealed(kek, wrapped, aad)
        except InvalidTag:
            continue
    raise LockedError("The passphrase is wrong; the store was not opened and nothing was changed.")


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
                _(
                    "This store is locked with a passphrase: enter it, or set {passphrase_env} "
                    "for the command line."
                ).format(passphrase_env=PASSPHRASE_ENV)
            )
        return self.passphrase

    def setup(self, store_id: str, data_key: bytes) -> dict[str, str]:
        passphrase = self._require()
        if len(nfc(passphrase)) < MIN_LENGTH:
            raise LockedError(
                _("Choose a passphrase of at least {min_length} characters.").format(
                    min_length=MIN_LENGTH
                )
            )
        return wrap(passphrase, data_key, store_id)

    def unlock(self, store_id: str, meta: Mapping[str, str]) -> bytes:
        return unwrap(self._require(), meta, store_id)
