"""Errors of the deadlines package (all are user-facing :class:`DeskError` sentences)."""

from __future__ import annotations

from secondment_desk.errors import DeskError, NotFoundError, ValidationFailed


class DeadlineError(DeskError):
    """A date or time in a notice or an argument cannot be turned into a deadline."""


class UnknownStateError(NotFoundError):
    """A state name matches no country; the message names the closest ones."""

    def __init__(self, name: str, suggestions: list[str]) -> None:
        self.name = name
        self.suggestions = suggestions
        from secondment_desk.i18n import _

        hint = " " + _("Did you mean {names}?").format(names=", ".join(suggestions))
        said = _("Unknown state '{name}'.").format(name=name)
        super().__init__(said + (hint if suggestions else ""))


class StatesFileError(ValidationFailed):
    """The user's states file is unreadable or breaks a rule; the message names the file."""
