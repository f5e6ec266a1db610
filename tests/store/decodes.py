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


# What schema 8 added to an application's summary (the dashboard's row is computed from it).
DASHBOARD_FACTS = (
    "closing_time", "lead_working_days", "regime", "cancelled", "not_judged", "notice_warnings",
)  # fmt: skip


def as_schema_7_summary(data: dict[str, Any]) -> dict[str, Any]:
    """An application's summary as schema 7 sealed it: format 2, without the dashboard's facts."""
    old = {k: v for k, v in data.items() if k not in DASHBOARD_FACTS}
    old["format"] = 2
    return old
