"""Confirmed form mappings, remembered by the form's layout fingerprint.

A mapping says which profile field fills which place of a form (``t0r2c1`` ->
``personal.family_name``): it holds the form's layout and our field names, nothing of the
candidate, so it is kept as plain JSON in the data folder (``form_mappings.json``), written
atomically and readable by the user only. The next time a form with the same layout is
opened (another copy of the same official form), the confirmed mapping is used as it is.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from secondment_desk.documents.private_temp import open_private
from secondment_desk.paths import data_home

FILE = "form_mappings.json"
_MAX_FORMS = 500


def _path() -> Path:
    return data_home() / FILE


def _load() -> dict[str, Any]:
    try:
        data = json.loads(_path().read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return {}
    return data if isinstance(data, dict) else {}


def remembered(fingerprint: str) -> dict[str, str | None] | None:
    """The confirmed mapping for a form layout, or None."""
    entry = _load().get(fingerprint)
    fields = entry.get("fields") if isinstance(entry, dict) else None
    if not isinstance(fields, dict):
        return None
    return {str(k): (v if isinstance(v, str) else None) for k, v in fields.items()}


def remember(fingerprint: str, form_name: str, fields: dict[str, str | None]) -> None:
    """Keep the confirmed mapping of a layout (the newest ``_MAX_FORMS`` layouts are kept)."""
    data = _load()
    data.pop(fingerprint, None)
    data[fingerprint] = {"form": form_name, "fields": fields}
    while len(data) > _MAX_FORMS:
        data.pop(next(iter(data)))
    path = _path()
    tmp = path.with_name(f".{path.name}.part")
    tmp.unlink(missing_ok=True)
    try:
        with open_private(tmp) as fh:
            fh.write(json.dumps(data, indent=1, ensure_ascii=False).encode("utf-8"))
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
