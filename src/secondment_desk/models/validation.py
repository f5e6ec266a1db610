"""Pydantic validation errors in the words the user reads: which field, what is wrong."""

from __future__ import annotations

from pydantic import ValidationError


def field_errors(err: ValidationError) -> list[tuple[str, str]]:
    """``(where, what)`` for each broken field: ``("employment.2.end", "ends (…) before …")``."""
    found = []
    for item in err.errors():
        where = ".".join(str(p) for p in item["loc"] if p != "__root__") or "value"
        what = str(item["msg"]).removeprefix("Value error, ").rstrip(".")
        found.append((where, what))
    return found


def describe_validation_error(err: ValidationError) -> str:
    """One line naming each broken field: ``personal.email: 'x' is not an e-mail address``."""
    return "; ".join(f"{where}: {what}" for where, what in field_errors(err))
