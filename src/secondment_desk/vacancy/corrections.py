"""A candidate's correction of what the parser read, applied so the notice stays consistent.

A corrected field is no longer missing, its "not found" warning goes, and the notice's status
(closed, partial, open; see :mod:`.status`) is decided again with its warning: correcting a
misread closing date must not leave "the closing date has passed" behind. The faces call
:func:`correct`; they never set a vacancy's fields themselves.
"""

from __future__ import annotations

from datetime import date
from typing import get_args, get_origin

from pydantic import ValidationError

from secondment_desk.errors import ValidationFailed
from secondment_desk.i18n import _
from secondment_desk.models.vacancy import Vacancy
from secondment_desk.models.validation import describe_validation_error
from secondment_desk.vacancy.draft import MISSING_WARNINGS
from secondment_desk.vacancy.status import status_of, status_warning, status_warnings

# What the parser keeps about its own work, not facts of the notice to correct.
BOOKKEEPING: frozenset[str] = frozenset(
    {"format", "source_name", "text", "missing", "warnings", "sources", "tasks"}
)
# Structured readings a correction cannot write as one value.
_STRUCTURED = frozenset({"requirements", "language_requirements"})


def correctable() -> tuple[str, ...]:
    """The Vacancy fields a candidate may correct, in the model's order."""
    return tuple(n for n in Vacancy.model_fields if n not in BOOKKEEPING and n not in _STRUCTURED)


def is_list_field(name: str) -> bool:
    annotation = Vacancy.model_fields[name].annotation
    return get_origin(annotation) is list and get_args(annotation)[:1] == (str,)


def value_from_text(name: str, text: str) -> object:
    """A value as typed on a command line: empty clears it, a list is comma-separated; the
    model's own validation (on :func:`correct`) refuses what it cannot take, with why."""
    _check_name(name)
    text = text.strip()
    if is_list_field(name):
        return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]
    return text or None


def correct(vacancy: Vacancy, name: str, value: object, today: date | None = None) -> None:
    """Set ``name`` to ``value`` as the candidate corrected it; ValidationFailed (naming the
    field and the reason, the vacancy unchanged) when the model refuses the value."""
    _check_name(name)
    old_status_words = status_warnings(vacancy)
    try:
        setattr(vacancy, name, value)  # the model validates on assignment
    except ValidationError as err:
        raise ValidationFailed(describe_validation_error(err)) from err
    vacancy.missing = [m for m in vacancy.missing if m != name]
    message = next((m for n, m in MISSING_WARNINGS.items() if n == name), None)
    stale = {message, _(message)} if message else set()
    if name != "status":  # a status the candidate sets is theirs; otherwise decide it again
        if vacancy.status != "cancelled":
            vacancy.status = status_of(vacancy, today)
        stale |= old_status_words
    keep = [w for w in vacancy.warnings if w not in stale]
    sentence = status_warning(vacancy, vacancy.status) if vacancy.status else None
    if sentence and sentence not in keep and name != "status":
        keep.insert(0, sentence)
    vacancy.warnings = keep


def _check_name(name: str) -> None:
    if name not in correctable():
        raise ValidationFailed(
            _("{field}: not a field of the notice that can be corrected (one of: {names})").format(
                field=name, names=", ".join(correctable())
            )
        )
