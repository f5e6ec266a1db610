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
        hint = f" Did you mean {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"Unknown state '{name}'.{hint}")


class StatesFileError(ValidationFailed):
    """The user's states file is unreadable or breaks a rule; the message names the file."""
