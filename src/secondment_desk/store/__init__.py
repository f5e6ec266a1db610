"""The encrypted local store of profiles and applications.

SQLite in the data folder; each record encrypted with AES-256-GCM under a random data key;
the key kept in the OS keyring, or wrapped with a passphrase (Argon2id) where no keyring works.
"""

from secondment_desk.store.archive import restore_archive
from secondment_desk.store.opening import (
    StoreStatus,
    create_store,
    new_store,
    open_store,
    open_store_soon,
    store_status,
    unlock_key,
)
from secondment_desk.store.store import (
    AmbiguousNameError,
    ApplicationSummary,
    ProfileSummary,
    Store,
)

__all__ = [
    "AmbiguousNameError",
    "ApplicationSummary",
    "ProfileSummary",
    "Store",
    "StoreStatus",
    "create_store",
    "new_store",
    "open_store",
    "open_store_soon",
    "restore_archive",
    "store_status",
    "unlock_key",
]
