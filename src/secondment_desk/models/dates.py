"""Calendar dates as the models hold them: ``date`` values, read from text only as YYYY-MM-DD.

One owner for "is this text a date": the models (through :data:`IsoDate`), the CLI's date
options and the deadlines all call :func:`parse_iso_date`, so "31/03/2026" is refused in the
same words wherever it is typed.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any

from pydantic import BeforeValidator

from secondment_desk.i18n import _

_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
# Day, month and year in some other order: 31/03/2026, 31.03.2026, 3-31-2026.
_OTHER = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})")


def _suggestion(text: str) -> str:
    """``2026-03-31`` for "31/03/2026" when only one reading is possible, else ""."""
    match = _OTHER.fullmatch(text)
    if not match:
        return ""
    first, second, year = (int(g) for g in match.groups())
    readings = {(first, second)} if first > 12 else {(second, first)} if second > 12 else set()
    for day, month in readings:
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return ""
    return ""


def parse_iso_date(text: str) -> date:
    """``"2026-03-31"`` -> ``date(2026, 3, 31)``; anything else raises ValueError saying why."""
    cleaned = text.strip()
    if _ISO.fullmatch(cleaned):
        try:
            return date.fromisoformat(cleaned)
        except ValueError:
            raise ValueError(_("'{text}' is not a day of the calendar").format(text=text)) from None
    hint = _suggestion(cleaned)
    if hint:
        said = _("'{text}' is not a date; write it as YYYY-MM-DD (did you mean {hint}?)")
        raise ValueError(said.format(text=text, hint=hint))
    raise ValueError(
        _("'{text}' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31").format(text=text)
    )


def date_or_none(value: Any) -> date | None:
    """``value`` as a date when it is one or a YYYY-MM-DD text, else None (no date, or text
    that is not one): what a face shows in a date editor, never parsing dates itself."""
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value.strip():
        try:
            return parse_iso_date(value)
        except ValueError:
            return None
    return None


def _coerce(value: Any) -> Any:
    """Text is read strictly as YYYY-MM-DD; ``date`` values pass on to pydantic unchanged."""
    if isinstance(value, str):
        return parse_iso_date(value)
    return value


def _coerce_optional(value: Any) -> Any:
    """As :func:`_coerce`, and blank text means "not stated" (None)."""
    if isinstance(value, str) and not value.strip():
        return None
    return _coerce(value)


# A ``date`` field that reads text only as YYYY-MM-DD and says why anything else is refused
# (pydantic alone would take "1700000000" as a Unix time and word its refusals for developers).
IsoDate = Annotated[date, BeforeValidator(_coerce)]
# The same, or None; blank text is None.
OptionalIsoDate = Annotated[date | None, BeforeValidator(_coerce_optional)]
