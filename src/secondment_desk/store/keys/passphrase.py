"""The data key wrapped with a key derived from the user's passphrase (Argon2id, AES-GCM).

Kept beside the data: the KDF's salt and cost, and the wrapped key (its GCM tag is the check
that the passphrase is right). ``SECONDMENT_DESK_PASSPHRASE`` supplies the passphrase on
headless machines and in CI.

KDF: Argon2id, m=47104 KiB (46 MiB), t=1, p=1. The OWASP Password Storage Cheat Sheet
(https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html, "Argon2id")
names Argon2id as its first choice, with a minimum of m=19 MiB, t=2, p=1 or any of its
equivalent settings, of which m=46 MiB, t=1, p=1 is the most memory-hard: for a guesser memory
is what costs, for the user it is time, and one pass over 46 MiB takes about 45 ms on a 2-core
laptop, where the scrypt wrap before it (n=2**17, r=8, p=1, 128 MiB, the same cheat sheet's
scrypt line) took about 280 ms of every command. Stores keep their own cost, so it can be raised
later. The wrap is ``wrap_format`` 3: its associated data binds the store id and the settings.

Stores wrapped with scrypt (``wrap_format`` 2, or none before that) still open as they did,
and are wrapped again with Argon2id after they open with the passphrase (the same data key;
see :func:`secondment_desk.store.meta.rewrap`); :meth:`PassphraseSource.rewrapped` gives the
meta rows for that.

The settings beside the data are not trusted as they are: every cost must be within bounds
(for scrypt a power of two, at most 4 times its shipped work and 256 MiB; for Argon2id 8 MiB to
256 MiB, 1 to 8 passes, 1 to 4 lanes, memory times passes at most 512 MiB) before anything is
derived. Passphrases are Unicode-normalised (NFC) first, so "café" typed composed or
decomposed is the same passphrase; a store wrapped before that (no ``wrap_format``) is tried
with the bytes as typed and both normal forms.
"""

from __future__ import annotations

import base64
import binascii
import os
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import ClassVar

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from secondment_desk.errors import LockedError
from secondment_desk.i18n import _
from secondment_desk.store.crypto import KEY_BYTES, WRAP_KEYS, open_sealed, seal
from secondment_desk.store.errors import KeyDamagedError
from secondment_desk.store.keys.abc import KeyMethod, KeySource

PASSPHRASE_ENV = "SECONDMENT_DESK_PASSPHRASE"
MIN_LENGTH = 8
# What new wraps use (tests lower ARGON2_M to M_MIN; each store records its own cost).
KDF = "argon2id"
ARGON2_M = 47104  # KiB: 46 MiB
ARGON2_T = 1
ARGON2_P = 1
WRAP_FORMAT = "3"
# Bounds on a stored Argon2id cost, checked before deriving: memory in KiB, passes, lanes, and
# memory times passes (the time it takes), so a tampered row cannot ask for minutes or gigabytes.
M_MIN, M_MAX = 8 * 1024, 256 * 1024
T_MAX = 8
MAX_PASSES_MEMORY = 2 * M_MAX
# scrypt, which wraps made before Argon2id use (wrap_format 2, or none): read, never written.
SCRYPT = "scrypt"
SCRYPT_FORMAT = "2"
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
# Memory is 128 * r * n bytes; work grows with n * r * p.
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
    """The key-encryption key of a scrypt wrap."""
    return Scrypt(salt=salt, length=KEY_BYTES, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def derive_argon2id(passphrase: str, salt: bytes, m: int, t: int, p: int) -> bytes:
    """The key-encryption key of an Argon2id wrap (``m`` in KiB)."""
    kdf = Argon2id(salt=salt, length=KEY_BYTES, iterations=t, lanes=p, memory_cost=m)
    return kdf.derive(passphrase.encode("utf-8"))


def derive_new(passphrase: str, salt: bytes) -> bytes:
    """The key-encryption key as a new wrap derives it: the shipped KDF at the shipped cost."""
    return derive_argon2id(nfc(passphrase), salt, ARGON2_M, ARGON2_T, ARGON2_P)


def kdf_description() -> str:
    """The KDF new wraps use and its cost, for benches and reports."""
    return f"{KDF} m={ARGON2_M} KiB, t={ARGON2_T}, p={ARGON2_P}"


@dataclass(frozen=True)
class Settings:
    """A wrap's checked settings: its KDF and cost, salt, format and the wrapped key."""

    kdf: str
    cost: tuple[int, int, int]  # Argon2id (m, t, p); scrypt (n, r, p)
    salt: bytes
    fmt: str | None
    wrapped: bytes

    def derive(self, passphrase: str) -> bytes:
        if self.kdf == KDF:
            return derive_argon2id(passphrase, self.salt, *self.cost)
        return derive(passphrase, self.salt, *self.cost)

    def aad(self, store_id: str) -> bytes:
        a, b, c = self.cost
        if self.fmt is None:
            return f"wrapped-key:{store_id}".encode()
        return f"wrapped-key:{store_id}:{self.kdf}:{a}:{b}:{c}:nfc".encode()

    def variants(self, passphrase: str) -> list[str]:
        if self.fmt is not None:
            return [nfc(passphrase)]
        forms = [passphrase, nfc(passphrase), unicodedata.normalize("NFD", passphrase)]
        return list(dict.fromkeys(forms))


def wrap(passphrase: str, data_key: bytes, store_id: str) -> dict[str, str]:
    """Meta entries holding ``data_key`` under ``passphrase`` (fresh salt, Argon2id at the
    shipped cost). The rows of :data:`WRAP_KEYS` it leaves out belong to no wrap any more."""
    salt = os.urandom(16)
    cost = (ARGON2_M, ARGON2_T, ARGON2_P)
    kek = derive_new(passphrase, salt)
    aad = Settings(KDF, cost, salt, WRAP_FORMAT, b"").aad(store_id)
    return {
        "kdf": KDF,
        "kdf_salt": base64.b64encode(salt).decode(),
        "kdf_m": str(cost[0]),
        "kdf_t": str(cost[1]),
        "kdf_p": str(cost[2]),
        "wrap_format": WRAP_FORMAT,
        "wrapped_key": base64.b64encode(seal(kek, data_key, aad)).decode(),
    }


def is_current(meta: Mapping[str, str]) -> bool:
    """Whether the wrap in ``meta`` is the kind :func:`wrap` makes now (Argon2id, format 3)."""
    return meta.get("kdf") == KDF and meta.get("wrap_format") == WRAP_FORMAT


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


def _scrypt_cost(meta: Mapping[str, str]) -> tuple[int, int, int]:
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
    return n, r, p


def _argon2_cost(meta: Mapping[str, str]) -> tuple[int, int, int]:
    m, t, p = _number(meta, "kdf_m"), _number(meta, "kdf_t"), _number(meta, "kdf_p")
    if not M_MIN <= m <= M_MAX:
        raise _damaged(
            _("kdf_m={m}; it must be from {m_min} to {m_max} KiB").format(
                m=m, m_min=M_MIN, m_max=M_MAX
            )
        )
    if not 1 <= t <= T_MAX or not 1 <= p <= P_MAX:
        raise _damaged(
            _("kdf_t={t}, kdf_p={p}; allowed t 1-{t_max}, p 1-{p_max}").format(
                t=t, p=p, t_max=T_MAX, p_max=P_MAX
            )
        )
    if m * t > MAX_PASSES_MEMORY:
        raise _damaged(_("m={m} KiB, t={t} would need too much time").format(m=m, t=t))
    return m, t, p


def settings(meta: Mapping[str, str]) -> Settings:
    """The wrap in ``meta``, checked against the bounds; else KeyDamagedError, before any key
    is derived."""
    kdf = str(meta.get("kdf", SCRYPT))
    fmt = meta.get("wrap_format")
    if kdf == KDF:
        if fmt != WRAP_FORMAT:
            raise _damaged(_("wrap_format is {value}").format(value=repr(str(fmt)[:20])))
        cost = _argon2_cost(meta)
    elif kdf == SCRYPT:
        if fmt not in (None, SCRYPT_FORMAT):
            raise _damaged(_("wrap_format is {value}").format(value=repr(str(fmt)[:20])))
        cost = _scrypt_cost(meta)
    else:
        raise _damaged(_("kdf is {value}").format(value=repr(kdf[:20])))
    try:
        salt = base64.b64decode(meta.get("kdf_salt", ""), validate=True)
        wrapped = base64.b64decode(meta.get("wrapped_key", ""), validate=True)
    except (binascii.Error, ValueError):
        raise _damaged(_("the salt or the wrapped key is not base64")) from None
    if not SALT_BYTES[0] <= len(salt) <= SALT_BYTES[1]:
        raise _damaged(_("the salt has {count} bytes").format(count=len(salt)))
    if len(wrapped) != WRAPPED_BYTES:
        raise _damaged(
            _("the wrapped key has {count} bytes, not {wrapped_bytes}").format(
                count=len(wrapped), wrapped_bytes=WRAPPED_BYTES
            )
        )
    return Settings(kdf, cost, salt, fmt, wrapped)


def unwrap(passphrase: str, meta: Mapping[str, str], store_id: str) -> bytes:
    found = settings(meta)
    aad = found.aad(store_id)
    for form in found.variants(passphrase):
        kek = found.derive(form)
        try:
            return open_sealed(kek, found.wrapped, aad)
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
        return "passphrase (Argon2id)"

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

    def rewrapped(
        self, store_id: str, meta: Mapping[str, str], data_key: bytes
    ) -> dict[str, str | None] | None:
        """A scrypt wrap's replacement, after ``data_key`` was unlocked with this passphrase:
        the rows of an Argon2id wrap of the same key, and None for the rows it drops. No
        length check: the passphrase stays the one the store already has."""
        if is_current(meta) or not self.passphrase:
            return None
        rows: dict[str, str | None] = dict.fromkeys(WRAP_KEYS)
        rows.update(wrap(self.passphrase, data_key, store_id))
        return rows
