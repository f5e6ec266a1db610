"""Counting what the store unseals, by kind: "application" is a full record decoded,
"application-summary" its small summary (the tests that lists decode no full record)."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from secondment_desk.store.crypto import RecordCipher


def count_unsealed(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """From now on, how many records of each kind were unsealed."""
    counts: Counter[str] = Counter()
    real = RecordCipher.decrypt

    def counting(self: RecordCipher, kind: str, *args: Any, **kwargs: Any) -> bytes:
        counts[kind] += 1
        return real(self, kind, *args, **kwargs)

    monkeypatch.setattr(RecordCipher, "decrypt", counting)
    return counts
