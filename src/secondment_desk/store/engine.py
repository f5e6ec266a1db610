"""The storage engine under the repositories: what a connection must offer, and which engine
a store lives on.

The repositories (:mod:`.store`) and the ledger (:mod:`.ledger`) speak one small SQL: ``?``
parameters, ``BEGIN IMMEDIATE``/``COMMIT``/``ROLLBACK`` for an explicit write transaction
(autocommit otherwise), ``INSERT ... ON CONFLICT ... DO UPDATE``, rows as tuples and blobs as
``bytes``. Two engines provide it:

* SQLite (the default): :class:`sqlite3.Connection` itself, one file in the data folder.
* PostgreSQL (a team's server store): :class:`~.postgres.PgConnection` over psycopg 3, which
  turns ``?`` into psycopg's placeholders and ``BEGIN IMMEDIATE`` into a transaction holding
  the store's write lock (an advisory lock), so writers are serialised as on SQLite and the
  compare-and-set on versions holds between machines.

Which engine: a ``postgresql://`` address given with ``--store`` (the CLI), in
``SECONDMENT_DESK_STORE``, or saved as the store setting of the window; anything else (unset)
is the SQLite file in the data folder.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any, Protocol

STORE_ENV = "SECONDMENT_DESK_STORE"
SERVER_SCHEMES = ("postgresql://", "postgres://")


class Cursor(Protocol):
    """The part of a DB-API cursor the repositories use."""

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    @property
    def rowcount(self) -> int: ...

    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """The part of a connection the repositories use (``sqlite3.Connection`` has it)."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Cursor: ...

    def close(self) -> None: ...


def check_address(text: str, remembered: bool = False) -> str | None:
    """A store setting as the user typed it: None for the local file (empty), else the
    ``postgresql://`` address, checked for form (it is not connected to); InputError says what
    is wrong with a bad one. The one check for the window's setting and ``--store``.

    ``remembered``: the address is to be saved in the settings file, which is not encrypted,
    so one holding a password is refused (the server's password belongs in ~/.pgpass)."""
    from secondment_desk.errors import InputError
    from secondment_desk.i18n import _

    text = text.strip()
    if not text:
        return None
    example = "postgresql://anna@db.example.org/secondment_desk"
    if not is_server(text):
        raise InputError(
            _(
                "'{text}' is not a server store address: it starts with postgresql:// (for "
                "example {example}); leave it empty for the file on this computer."
            ).format(text=text, example=example)
        )
    try:
        from psycopg.conninfo import conninfo_to_dict

        parts = conninfo_to_dict(text)
    except Exception as err:
        raise InputError(
            _("The server store address cannot be read ({err}); for example {example}.").format(
                err=str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__,
                example=example,
            )
        ) from err
    if not parts.get("dbname"):
        raise InputError(
            _(
                "The server store address names no database: add /DATABASE (for example {example})."
            ).format(example=example)
        )
    if remembered and parts.get("password"):
        raise InputError(
            _(
                "Leave the password out of the address: the settings file is not encrypted. Put "
                "it in ~/.pgpass (or PGPASSWORD) and give the address without it, for example "
                "{example}."
            ).format(example=example)
        )
    return text


def is_server(target: str | None) -> bool:
    return bool(target) and str(target).startswith(SERVER_SCHEMES)


_selected: str | None = None


def select_store(target: str | None) -> None:
    """Use ``target`` (a ``postgresql://`` address, or None for the file) for this process:
    what ``--store`` does. It wins over ``SECONDMENT_DESK_STORE``."""
    global _selected
    _selected = target


def selected_store() -> str | None:
    """The server address the store opens on, or None for the SQLite file."""
    target = _selected if _selected is not None else os.environ.get(STORE_ENV, "")
    return target if is_server(target) else None
