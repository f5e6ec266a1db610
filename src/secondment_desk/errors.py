"""The typed errors of the core.

Every error a user can cause (a bad file, a wrong passphrase, a hostile template) is a
`DeskError` whose message is one plain sentence fit to show as it is: the CLI prints it on
stderr and exits with 2, the GUI shows it in the window. Anything else is a bug.
Packages subclass these where a caller needs to tell cases apart.
"""


class DeskError(Exception):
    """Base of every error the user can cause and should read."""


class InputError(DeskError):
    """An input file or text cannot be used (unreadable, binary, empty, too large, corrupt)."""


class NotAVacancyError(InputError):
    """The text was read but does not look like a vacancy notice."""


class ValidationFailed(DeskError):
    """Data broke a rule of the model; the message names the field."""


class StoreError(DeskError):
    """The encrypted store cannot be opened or written."""


class LockedError(StoreError):
    """The store's key is missing or the passphrase is wrong; nothing was changed."""


class TemplateError(DeskError):
    """A document template is malformed, hostile, or uses names the data model lacks."""


class NotFoundError(DeskError):
    """A named thing (profile, application, state, template) does not exist."""
