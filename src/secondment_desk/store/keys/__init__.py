"""Where the store's data key comes from: the OS keyring first, a passphrase second."""

from __future__ import annotations

from secondment_desk.i18n import _
from secondment_desk.store.keys.abc import KeyMethod, KeySource
from secondment_desk.store.keys.os_keyring import KeyringSource
from secondment_desk.store.keys.passphrase import PASSPHRASE_ENV, PassphraseSource

SOURCES: tuple[type[KeySource], ...] = tuple(
    sorted((KeyringSource, PassphraseSource), key=lambda s: s.get_priority(), reverse=True)
)


def source_for(method: str, passphrase: str | None = None) -> KeySource:
    """The source that unlocks a store whose meta says ``method``."""
    if method == "keyring":
        return KeyringSource()
    if method == "passphrase":
        return PassphraseSource(passphrase)
    from secondment_desk.errors import StoreError

    raise StoreError(
        _("The store uses a key method this version does not know: '{method}'.").format(
            method=method
        )
    )


__all__ = [
    "PASSPHRASE_ENV",
    "SOURCES",
    "KeyMethod",
    "KeySource",
    "KeyringSource",
    "PassphraseSource",
    "source_for",
]
