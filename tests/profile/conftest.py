from __future__ import annotations

import pytest

from secondment_desk.store.keys import passphrase


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stores made here derive keys at a small Argon2id cost (each store records its own)."""
    monkeypatch.setattr(passphrase, "ARGON2_M", passphrase.M_MIN)
    monkeypatch.setattr(passphrase, "SCRYPT_N", 2**12)
