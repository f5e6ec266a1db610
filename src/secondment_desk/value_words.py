"""The words a person reads for the model's own values (a notice's status, a contract type,
an education level): translated for display, read back from either language.

The model keeps the English value ("seconded", "master", "open"); the faces show
:func:`value_label` and turn what a person typed back with :func:`value_from_label`.
"""

from __future__ import annotations

from collections.abc import Iterable

from secondment_desk.i18n import NC_, pgettext

CONTEXT = "value"
VALUES: tuple[str, ...] = (
    NC_("value", "seconded"),
    NC_("value", "contracted"),
    NC_("value", "seconded/contracted"),
    NC_("value", "secondary"),
    NC_("value", "bachelor"),
    NC_("value", "master"),
    NC_("value", "doctorate"),
    NC_("value", "open"),
    NC_("value", "cancelled"),
    NC_("value", "closed"),
    NC_("value", "partial"),
)
_KNOWN = frozenset(VALUES)


def value_label(value: str) -> str:
    """``value`` as the language in effect writes it (unknown values unchanged)."""
    return pgettext(CONTEXT, value) if value in _KNOWN else value


def value_from_label(text: str, values: Iterable[str] = VALUES) -> str | None:
    """The model's value a person's ``text`` names, in English or the language in effect."""
    folded = text.strip().casefold()
    for value in values:
        if folded in (value.casefold(), value_label(value).casefold()):
            return value
    return None
