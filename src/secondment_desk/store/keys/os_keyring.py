"""The data key in the OS keyring (service ``secondment-desk``), via the ``keyring`` library.

A backend counts as usable when it is not keyring's fail backend, answers a read without a
KeyringError, and is either a real OS store (priority >= 1) or chosen on purpose
(``PYTHON_KEYRING_BACKEND`` or a keyring config file): keyrings.alt's plaintext file backend is
picked automatically on headless machines and would keep the key in the clear next to the data.

``keyring`` (and its backends' discovery, ~70 ms) is imported on first use, not with the store:
a passphrase store never needs it.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, ClassVar

from secondment_desk.errors import LockedError
from secondment_desk.i18n import _
from secondment_desk.store.keys.abc import KeyMethod, KeySource

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE = "secondment-desk"
_PROBE_USER = "probe"


def _errors() -> tuple[type[Exception], ...]:
    """What a keyring backend raises when it cannot do what was asked."""
    from keyring.errors import KeyringError

    return (KeyringError, RuntimeError, OSError)


def _explicit_backend() -> KeyringBackend | None:
    """The backend the user chose on purpose (env, then keyring's config file), if any."""
    import keyring.core
    from keyring.backends import fail

    try:
        return keyring.core.load_env() or keyring.core.load_config()
    except Exception:  # an unknown backend name in the env or config
        return fail.Keyring()  # type: ignore[no-untyped-call]


def backend() -> KeyringBackend:
    """The backend in use now; read afresh each time so a changed environment is honoured."""
    import keyring

    return _explicit_backend() or keyring.get_keyring()


def describe(kr: KeyringBackend) -> str:
    cls = type(kr)
    return f"{cls.__module__}.{cls.__name__}"


def _account(store_id: str) -> str:
    return f"data-key:{store_id}"


def probe() -> tuple[bool, str, str]:
    """(usable, backend name, why not) for the keyring as it is now."""
    from keyring.backends import fail

    explicit = _explicit_backend() is not None
    kr = backend()
    name = describe(kr)
    if isinstance(kr, fail.Keyring):
        return False, name, "no keyring backend is available"
    try:
        priority = float(kr.priority)
    except Exception:
        return False, name, "the keyring backend does not work here"
    if not explicit and priority < 1:
        return False, name, f"the only keyring backend ({name}) keeps secrets in a plain file"
    try:
        kr.get_password(SERVICE, _PROBE_USER)
    except _errors() as err:
        return False, name, f"the keyring ({name}) does not answer: {err}"
    return True, name, ""


class KeyringSource(KeySource):
    method: ClassVar[KeyMethod] = "keyring"

    @classmethod
    def get_priority(cls) -> int:
        return 100

    @classmethod
    def is_usable(cls) -> bool:
        return probe()[0]

    @classmethod
    def backend_name(cls) -> str:
        return describe(backend())

    @classmethod
    def is_system(cls) -> bool:
        return True

    @classmethod
    def get_backend_warning(cls) -> str:
        usable, name, why = probe()
        if not usable:
            return f"The OS keyring cannot hold the key: {why}."
        if "keyrings.alt" in name:
            return (
                f"The keyring backend {name} is a file, not the OS keyring; "
                "anyone who copies your home folder gets the key with the data."
            )
        return ""

    def setup(self, store_id: str, data_key: bytes) -> dict[str, str]:
        try:
            backend().set_password(SERVICE, _account(store_id), base64.b64encode(data_key).decode())
        except _errors() as err:
            raise LockedError(
                _("The OS keyring refused to keep the store's key: {err}.").format(err=err)
            ) from err
        return {}

    def unlock(self, store_id: str, meta: Mapping[str, str]) -> bytes:
        kr = backend()
        try:
            value = kr.get_password(SERVICE, _account(store_id))
        except _errors() as err:
            raise LockedError(
                _(
                    "The store's key is kept in the OS keyring, which cannot be read here "
                    "({err}); unlock the keyring or restore a backup with its passphrase."
                ).format(err=err)
            ) from err
        if not value:
            raise LockedError(
                _(
                    "The store's key is missing from the OS keyring ({why}); the store cannot be "
                    "opened: restore the keyring entry or a backup with its passphrase."
                ).format(why=describe(kr))
            )
        try:
            return base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError) as err:
            raise LockedError("The store's key in the OS keyring is damaged.") from err

    def forget(self, store_id: str) -> None:
        with contextlib.suppress(*_errors()):
            backend().delete_password(SERVICE, _account(store_id))
