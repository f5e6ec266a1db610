"""The methods ``dataclasses`` generates, compiled once and kept between runs, like patterns.

Each ``@dataclass`` writes the source of its ``__init__``, ``__repr__``, ``__eq__`` (and, when
frozen, ``__setattr__`` and ``__delattr__``) and compiles it: a ``form fill`` creates about a
hundred dataclasses (the parser's, the documents', pydantic's), ~25 ms of compiling in every
process. After :func:`install`, ``dataclasses`` runs that source through :func:`_kept_exec`: a
source text an earlier run compiled is looked up in a cache file, and added to it when new.

What goes through it is ``dataclasses``' own text, made from class definitions (field names,
the names of defaults), never a notice's or a profile's text (the cache file is not
encrypted). Like :mod:`secondment_desk.regex_cache` (the file handling is
:mod:`secondment_desk.kept_file`'s): derived
data, named for the interpreter, rebuilt when missing or unreadable, never required (a bad
entry is compiled again), written once at exit, not written when bytecode writing is off;
other interpreters than CPython compile as usual.
"""

from __future__ import annotations

import builtins
import dataclasses
import sys
import types
from pathlib import Path
from typing import Any

from secondment_desk.kept_file import KeptTable

_FORMAT = 1
# Past this many sources the file starts afresh (stale ones from older versions accumulate).
MAX_ENTRIES = 5000


def cache_file() -> Path:
    from secondment_desk.paths import cache_home

    return cache_home() / f"dataclasses-{sys.implementation.cache_tag}-{_FORMAT}.marshal"


_table = KeptTable(cache_file, MAX_ENTRIES)


def compiled(source: str) -> types.CodeType:
    """The code of ``source`` as ``exec`` in ``dataclasses`` compiles it (its own, empty,
    ``__future__`` flags: not this module's), from the cache file when an earlier run kept it."""
    code = _table.get(source)
    if isinstance(code, types.CodeType):
        return code
    code = compile(source, "<string>", "exec", dont_inherit=True)
    _table.put(source, code)
    return code


def _kept_exec(source: Any, *args: Any, **kwargs: Any) -> None:
    """``exec`` for ``dataclasses``: a source text runs from its kept code."""
    if isinstance(source, str):
        source = compiled(source)
    builtins.exec(source, *args, **kwargs)


def install() -> None:
    """From now on, the dataclasses created in this process compile through the cache."""
    if sys.implementation.name == "cpython":
        # A module global shadows the builtin for dataclasses' code alone.
        setattr(dataclasses, "exec", _kept_exec)  # noqa: B010


def save() -> None:
    """Write the sources compiled since the last save (done at exit too)."""
    _table.save()
